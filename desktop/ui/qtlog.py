"""Route Qt's own messages into Python logging (and so into the log file)."""

import logging

from PySide6.QtCore import QtMsgType, qInstallMessageHandler

log = logging.getLogger("qt")
_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def _handler(kind: QtMsgType, context: object, text: str) -> None:
    log.log(_LEVELS.get(kind, logging.WARNING), "%s", text)


def route_qt_messages() -> None:
    qInstallMessageHandler(_handler)
