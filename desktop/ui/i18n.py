"""Install the translator for a language and set the layout direction."""

import logging

from PySide6.QtCore import QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from ..domain.enums import Language
from ..paths import translations_dir

log = logging.getLogger(__name__)
_installed: list[QTranslator] = []


def apply_language(app: QApplication, language: Language) -> None:
    """Switch the UI language: Passerelle's own strings and Qt's standard ones
    (dialog buttons), and mirror the layout for Arabic."""
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    ours = QTranslator(app)
    if ours.load(str(translations_dir() / f"passerelle_{language}.qm")):
        app.installTranslator(ours)
        _installed.append(ours)
    else:
        log.warning("no translation file for %s", language)
    qt_own = QTranslator(app)  # standard buttons (Cancel, Yes, No…) and Qt's own dialogs
    if qt_own.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_own)
        _installed.append(qt_own)
    QLocale.setDefault(QLocale(str(language)))
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if language is Language.ARABIC else Qt.LayoutDirection.LeftToRight)


def ui_language() -> str:
    """The language the UI is shown in (fr, en or ar), for texts held as data (forms, guide)."""
    code = QLocale().name()[:2]
    return code if code in {str(language) for language in Language} else "en"


def isolate(text: str) -> str:
    """A path, an id or a case number inside a sentence: kept left to right, in its place,
    in an Arabic sentence (Unicode first-strong isolate … pop directional isolate)."""
    return f"\u2068{text}\u2069"
