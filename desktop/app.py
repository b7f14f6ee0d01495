"""Composition root: open the store, build services, create the window, wire signals."""

import logging
import os
import shutil
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QLocale, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from .domain.enums import Language, Role
from .domain.errors import ProfileError
from .domain.settings import Profile, Settings
from .logs import log_unexpected
from .services import profiles
from .services.demo import add_demo_activity, add_demo_cases
from .services.session import Session
from .store.profiles import ProfileStore
from .ui.i18n import apply_language
from .ui.labels import message
from .ui.idle import IdleWatcher
from .ui.main_window import MainWindow
from .ui.qtlog import route_qt_messages
from .ui.style import apply_style

log = logging.getLogger(__name__)
DEMO_CASES = 1000
DEMO_PASSPHRASE = "fictional-cases-2026"


def display_available() -> bool:
    """False on a Linux machine with no screen and no platform chosen, where Qt
    would abort with an unreadable message."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def system_language() -> Language:
    code = QLocale.system().name()[:2]
    return Language(code) if code in {lang.value for lang in Language} else Language.FRENCH


def _start_language(store: ProfileStore, wanted: str | None, profile: str | None) -> Language:
    if wanted:
        return Language(wanted)
    try:
        return store.resolve(profile).language
    except ProfileError:  # no profile yet, or several: the system's language
        return system_language()


def _demo_session(root: Path, language: Language) -> tuple[ProfileStore, Session]:
    store = ProfileStore(root)
    profile = Profile(
        username="demo", display_name="Demo", office="Dakar", role=Role.CASE_MANAGER, language=language
    )
    _, session = profiles.create_profile(store, profile, DEMO_PASSPHRASE, Settings(office_code="DKR"))
    add_demo_cases(session, DEMO_CASES)
    add_demo_activity(session)
    return store, session


def _save_screenshot(window: MainWindow, path: Path) -> None:
    screen = window.screen()
    if QApplication.platformName() == "offscreen" or screen is None:
        picture = window.grab()
    else:
        picture = screen.grabWindow(window.winId())
    picture.save(str(path))
    log.info("screenshot saved")
    QApplication.quit()


def _install_excepthook() -> None:
    """An error nobody expected: log it without personal data, tell the person
    in their language, keep the app running. Never show a traceback."""

    def hook(kind: type[BaseException], error: BaseException, tb: object) -> None:
        if issubclass(kind, KeyboardInterrupt):
            QApplication.quit()
            return
        log_unexpected("gui", error)
        QMessageBox.critical(None, "Passerelle", message("error.unexpected"))

    sys.excepthook = hook


def run_gui(
    data_dir: Path,
    profile: str | None = None,
    demo: bool = False,
    screenshot: Path | None = None,
    language: str | None = None,
) -> int:
    if not display_available():
        print(
            "passerelle: no screen found. Run it in a desktop session, or set "
            "QT_QPA_PLATFORM=offscreen for a headless run.",
            file=sys.stderr,
        )
        return 1
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Passerelle")
    route_qt_messages()
    _install_excepthook()
    apply_style(app)
    idle = IdleWatcher(app)
    app.installEventFilter(idle)

    demo_root = Path(tempfile.mkdtemp(prefix="passerelle-demo-")) if demo else None
    try:
        if demo_root:
            chosen = Language(language) if language else Language.FRENCH
            store, session = _demo_session(demo_root, chosen)
        else:
            store, session = ProfileStore(data_dir), None
            chosen = _start_language(store, language, profile)
        apply_language(app, chosen)
        banner = ""
        if demo_root:
            banner = app.translate(
                "App", "Demo profile with fictional cases, deleted when you quit. Passphrase: %1"
            ).replace("%1", DEMO_PASSPHRASE)
        window = MainWindow(store, idle, chosen, banner)
        window.language_wanted.connect(lambda lang: apply_language(app, lang))
        if session:
            window.open_session(session)
        window.show()
        if screenshot:
            QTimer.singleShot(1500, lambda: _save_screenshot(window, screenshot))
        code = app.exec()
        window.lock(force=True)
        return code
    finally:
        if demo_root:
            shutil.rmtree(demo_root, ignore_errors=True)
