"""UI fixtures: a real main window over a real encrypted profile."""

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog

from desktop.domain.enums import Language
from desktop.services.session import Session
from desktop.store.profiles import ProfileStore
from desktop.ui.i18n import apply_language
from desktop.ui.idle import IdleWatcher
from desktop.ui.main_window import MainWindow
from tests.conftest import TODAY


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    apply_language(qapp, Language.ENGLISH)
    yield
    apply_language(qapp, Language.ENGLISH)


@pytest.fixture
def window(qtbot, profile_store: ProfileStore, english: None) -> Iterator[MainWindow]:  # noqa: ANN001
    idle = IdleWatcher()
    main = MainWindow(profile_store, idle, Language.ENGLISH, today=TODAY)
    main.language_wanted.connect(lambda lang: apply_language(QApplication.instance(), lang))
    # Lock before pytest-qt closes the window: closing an unlocked window with
    # unsaved changes would otherwise open a modal "Save the changes?" box and
    # hang a failing test.
    qtbot.addWidget(main, before_close_func=lambda w: w.lock(force=True))
    main.show()
    yield main
    main.lock(force=True)


@pytest.fixture
def unlocked(window: MainWindow, session: Session) -> MainWindow:
    """The main window with the test profile (English) open."""
    window.open_session(session)
    return window


@pytest.fixture
def no_intake_form(tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    """No intake form installed (a broken file): New case opens the short registration dialog."""
    from desktop.services.forms import FormCatalogue

    (tmp_path / "no-forms").mkdir()
    empty = FormCatalogue(tmp_path / "no-forms")
    monkeypatch.setattr("desktop.ui.workspace.default_catalogue", lambda: empty)


def drive_dialog(handler: Callable[[QDialog], None]) -> None:
    """Run ``handler`` on the next modal dialog once it is open. If the handler
    fails, or returns with the dialog still open, the dialog is closed so the
    test fails instead of hanging."""

    def run() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QDialog), "no modal dialog opened"
        try:
            handler(dialog)
        except BaseException:
            dialog.done(0)
            raise
        if dialog.isVisible():
            dialog.done(0)
            raise AssertionError(
                f"the handler left the {type(dialog).__name__} dialog "
                f"{dialog.windowTitle()!r} open"
            )

    QTimer.singleShot(0, run)
