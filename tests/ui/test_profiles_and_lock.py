"""First run, unlock, lock (on demand and when idle), recovery and language,
driven through the real main window."""

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel

from desktop.domain.enums import Language
from desktop.domain.errors import WrongPassphrase
from desktop.services.cases import CaseService
from desktop.ui.dialogs.profile_dialogs import CreateProfileDialog, RecoverDialog, RecoveryKeyDialog
from desktop.store.profiles import ProfileStore
from desktop.ui.idle import IdleWatcher
from desktop.ui.main_window import MainWindow
from desktop.ui.pages.start_page import StartPage
from desktop.ui.workspace import Workspace
from tests.ui.conftest import drive_dialog
from tests.conftest import FAST_KDF, PASSPHRASE, TODAY, Clock


def _visible_texts(window: MainWindow) -> str:
    return " ".join(label.text() for label in window.findChildren(QLabel) if label.isVisible())


def test_first_run_creates_a_profile_and_shows_the_recovery_key(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    start = window.start
    assert "No profile yet" in start.error.text()
    assert not start.unlock_button.isEnabled()
    shown_keys: list[str] = []

    def fill_profile(dialog) -> None:  # noqa: ANN001
        assert isinstance(dialog, CreateProfileDialog)
        dialog.name.setText("Aïcha Diallo")  # QTest.keyClicks aborts on non-ASCII
        qtbot.keyClicks(dialog.office, "Dakar")
        dialog.role.setCurrentIndex(dialog.role.findData("supervisor"))
        dialog.language.setCurrentIndex(dialog.language.findData("en"))
        qtbot.keyClicks(dialog.passphrase.first, "short")
        qtbot.keyClicks(dialog.passphrase.second, "short")
        assert "at least 10 characters" in dialog.passphrase.hint.text()
        dialog.accept()
        assert dialog.isVisible() and "at least 10 characters" in dialog.error.text()
        for field in (dialog.passphrase.first, dialog.passphrase.second):
            field.clear()
            qtbot.keyClicks(field, "mango tree 77 rain")
        drive_dialog(confirm_key)
        dialog.accept()

    def confirm_key(dialog) -> None:  # noqa: ANN001
        assert isinstance(dialog, RecoveryKeyDialog)
        key_label = [label.text() for label in dialog.findChildren(QLabel) if label.text().count("-") == 7]
        shown_keys.extend(key_label)
        dialog.reject()  # cannot leave before confirming
        assert dialog.isVisible()
        dialog.confirm.setChecked(True)
        dialog.accept()

    drive_dialog(fill_profile)
    qtbot.mouseClick(start.new_button, Qt.MouseButton.LeftButton)
    assert len(shown_keys) == 1 and len(shown_keys[0]) == 39
    assert isinstance(window.page(), Workspace)
    assert window.session is not None and window.session.profile.username == "aicha-diallo"
    assert "Aïcha Diallo · Dakar · Supervisor" in window.who.text()


def test_wrong_passphrase_then_growing_delay(qtbot, english, profile_store, session) -> None:  # noqa: ANN001
    session.close()
    clock = Clock()
    store = ProfileStore(profile_store.root.parent, kdf=FAST_KDF, clock=clock)
    window = MainWindow(store, IdleWatcher(), Language.ENGLISH, today=TODAY)
    qtbot.addWidget(window, before_close_func=lambda w: w.lock(force=True))
    window.show()
    start = window.start
    start.reload("aminata")
    for attempt in range(3):
        start.passphrase.setText(f"wrong {attempt}")
        qtbot.keyClick(start.passphrase, Qt.Key.Key_Return)
        assert window.session is None
    assert "Too many wrong passphrases" in start.error.text()
    assert not start.unlock_button.isEnabled()
    start.passphrase.setText(PASSPHRASE)
    qtbot.keyClick(start.passphrase, Qt.Key.Key_Return)
    assert window.session is None  # still waiting, even with the right passphrase
    # the delay runs out: the next tick of the countdown enables unlocking again
    clock.now += store.seconds_to_wait("aminata")
    start._countdown.timeout.emit()
    assert start.unlock_button.isEnabled()
    assert "Too many wrong passphrases" not in start.error.text()
    start.passphrase.setText(PASSPHRASE)
    qtbot.keyClick(start.passphrase, Qt.Key.Key_Return)
    assert isinstance(window.page(), Workspace)
    assert window.session is not None and window.session.profile.username == "aminata"


def test_unlock_then_ctrl_l_locks_and_hides_case_data(qtbot, window: MainWindow, session) -> None:  # noqa: ANN001
    CaseService(session).create({"given_name": "Zeinab", "family_name": "Exemplaire"})
    session.close()
    window.start.reload("aminata")
    window.start.passphrase.setText("nope nope 1")
    qtbot.keyClick(window.start.passphrase, Qt.Key.Key_Return)
    assert window.start.error.text() == "Wrong passphrase."
    window.start.passphrase.setText(PASSPHRASE)
    qtbot.keyClick(window.start.passphrase, Qt.Key.Key_Return)
    assert isinstance(window.page(), Workspace)
    window.workspace.open_case(window.workspace.case_list.model.case_id(0))
    assert "Zeinab" in _visible_texts(window)
    opened = window.session
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert isinstance(window.page(), StartPage)
    assert window.session is None and window.workspace is None
    assert not opened.is_open
    assert "Zeinab" not in _visible_texts(window)
    assert window.start.passphrase.text() == ""


def test_idle_lock(qtbot, unlocked: MainWindow) -> None:  # noqa: ANN001
    unlocked.idle.timer.setInterval(50)
    unlocked.idle.timer.start()
    with qtbot.waitSignal(unlocked.locked, timeout=2000):
        pass
    assert unlocked.session is None
    assert isinstance(unlocked.page(), StartPage)


def test_unsaved_valid_edit_is_saved_when_idle_lock_strikes(qtbot, unlocked: MainWindow, session) -> None:  # noqa: ANN001
    case = CaseService(session).create({"given_name": "Hawa"})
    unlocked.workspace.case_list.refresh()
    page = unlocked.workspace.open_case(case.id)
    qtbot.keyClicks(page.form.community, "Thiaroye")
    unlocked.idle.idle.emit()
    assert unlocked.session is None
    reopened = unlocked.store  # the profile store; reopen to read what was kept
    from desktop.services import profiles

    again = profiles.unlock(reopened, "aminata", PASSPHRASE)
    try:
        assert CaseService(again).get(case.id).community == "Thiaroye"
    finally:
        again.close()


def test_unsaved_invalid_edit_is_dropped_when_idle_lock_strikes(qtbot, unlocked: MainWindow, session) -> None:  # noqa: ANN001
    case = CaseService(session).create({"given_name": "Hawa", "phone": "+221 77 555 12 34"})
    unlocked.workspace.case_list.refresh()
    page = unlocked.workspace.open_case(case.id)
    page.form.phone.clear()
    qtbot.keyClicks(page.form.phone, "call me maybe")
    assert page.dirty
    boxes: list[str] = []

    def close_any_box() -> None:  # a box here would block the lock: note it, shut it
        box = QApplication.activeModalWidget()
        if box is not None:
            boxes.append(type(box).__name__)
            box.done(0)

    QTimer.singleShot(0, close_any_box)
    unlocked.idle.idle.emit()
    qtbot.wait(20)
    assert boxes == []
    assert unlocked.session is None
    assert isinstance(unlocked.page(), StartPage)
    from desktop.services import profiles

    again = profiles.unlock(unlocked.store, "aminata", PASSPHRASE)
    try:
        assert CaseService(again).get(case.id).phone == "+221 77 555 12 34"
    finally:
        again.close()


def test_recovery_key_opens_and_sets_a_new_passphrase(qtbot, window: MainWindow, profile_store, profile) -> None:  # noqa: ANN001
    from desktop.services import profiles

    recovery_key, opened = profiles.create_profile(profile_store, profile, PASSPHRASE)
    opened.close()
    window.start.reload("aminata")

    def fill(dialog) -> None:  # noqa: ANN001
        assert isinstance(dialog, RecoverDialog)
        qtbot.keyClicks(dialog.key, "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH")
        for field in (dialog.passphrase.first, dialog.passphrase.second):
            qtbot.keyClicks(field, "a brand new one 42")
        dialog.accept()
        assert "does not belong" in dialog.error.text()
        dialog.key.setText(recovery_key.lower().replace("-", " "))
        dialog.accept()

    drive_dialog(fill)
    qtbot.mouseClick(window.start.recover_button, Qt.MouseButton.LeftButton)
    assert isinstance(window.page(), Workspace)
    window.lock(force=True)
    again = profiles.unlock(profile_store, "aminata", "a brand new one 42")
    again.close()
    with pytest.raises(WrongPassphrase):
        profiles.unlock(profile_store, "aminata", PASSPHRASE)


def test_choosing_arabic_mirrors_the_whole_window(qtbot, unlocked: MainWindow) -> None:  # noqa: ANN001
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    unlocked.set_language(Language.ARABIC)
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert unlocked.workspace.isRightToLeft()
    assert unlocked.workspace.case_list.status.itemText(0) == "جميع الأوضاع"
    assert unlocked.workspace.nav.item(0).text() != "Cases"


def test_idle_lock_closes_an_open_dialog(qtbot, no_intake_form, unlocked: MainWindow) -> None:  # noqa: ANN001
    seen = []

    def lock_while_open(dialog) -> None:  # noqa: ANN001
        qtbot.keyClicks(dialog.case_form.given_name, "Secret")
        unlocked.idle.idle.emit()
        seen.append(dialog.isVisible())

    drive_dialog(lock_while_open)
    unlocked.workspace.new_case()
    assert seen == [False]
    assert unlocked.session is None
    assert not [w for w in QApplication.topLevelWidgets() if w.isVisible() and w is not unlocked]


def test_standard_buttons_follow_the_language(qtbot, no_intake_form, unlocked: MainWindow) -> None:  # noqa: ANN001
    from PySide6.QtWidgets import QDialogButtonBox

    unlocked.set_language(Language.ARABIC)
    seen = []

    def look(dialog) -> None:  # noqa: ANN001
        buttons = dialog.findChild(QDialogButtonBox)
        seen.append(buttons.button(QDialogButtonBox.StandardButton.Cancel).text())
        dialog.reject()

    drive_dialog(look)
    unlocked.workspace.new_case()
    assert seen and seen[0] not in ("Cancel", "&Cancel")
    assert any("\u0600" <= ch <= "\u06ff" for ch in seen[0])


def test_activity_keeps_the_idle_lock_away_until_it_stops(qtbot, qapp, unlocked: MainWindow) -> None:  # noqa: ANN001
    qapp.installEventFilter(unlocked.idle)
    try:
        unlocked.idle.timer.setInterval(300)
        unlocked.idle.timer.start()
        search = unlocked.workspace.case_list.search
        for _ in range(5):  # a key every 100 ms for half a second: longer than the 300 ms
            qtbot.wait(100)
            qtbot.keyClick(search, Qt.Key.Key_A)
        assert unlocked.session is not None and isinstance(unlocked.page(), Workspace)
        with qtbot.waitSignal(unlocked.locked, timeout=2000):
            pass  # no more input: the lock follows
        assert unlocked.session is None
        assert isinstance(unlocked.page(), StartPage)
    finally:
        qapp.removeEventFilter(unlocked.idle)
