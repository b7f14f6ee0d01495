"""Settings: case-number pattern, idle lock, language and passphrase change."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.domain.enums import Language
from desktop.domain.errors import WrongPassphrase
from desktop.services import profiles
from desktop.ui.dialogs.profile_dialogs import ChangePassphraseDialog
from desktop.ui.dialogs.settings_dialog import SettingsDialog
from desktop.ui.main_window import MainWindow
from tests.conftest import PASSPHRASE
from tests.ui.conftest import drive_dialog


def test_bad_pattern_is_refused_and_a_good_one_numbers_new_cases(qtbot, unlocked: MainWindow) -> None:  # noqa: ANN001
    def edit(dialog: SettingsDialog) -> None:
        dialog.pattern.setText("{office}/{year}")
        assert "must contain {seq}" in dialog.preview.text()
        dialog.accept()
        assert dialog.isVisible() and "must contain {seq}" in dialog.error.text()
        dialog.pattern.setText("{office}/{seq:3}")
        dialog.office_code.setText("TMB")
        assert dialog.preview.text() == "TMB/042"
        dialog.idle.setValue(25)
        dialog.accept()

    session = unlocked.session
    session.save_settings(session.settings.model_copy(update={"handbook_zoom": 3}))
    drive_dialog(edit)
    unlocked.open_settings()
    assert session.settings.handbook_zoom == 3  # not shown in the dialog, kept on save
    assert session.settings.case_number_pattern == "{office}/{seq:3}"
    assert session.settings.idle_lock_minutes == 25
    assert unlocked.idle.timer.interval() == 25 * 60_000
    created = unlocked.workspace.case_list.service.create({"given_name": "Nour"})
    assert created.case_number == "TMB/001"


def test_language_change_is_kept_with_the_profile(qtbot, unlocked: MainWindow, profile_store) -> None:  # noqa: ANN001
    def to_arabic(dialog: SettingsDialog) -> None:
        dialog.language.setCurrentIndex(dialog.language.findData("ar"))
        dialog.accept()

    drive_dialog(to_arabic)
    unlocked.open_settings()
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert profile_store.get("aminata").language is Language.ARABIC
    assert unlocked.workspace.lock_button.text() == "&قفل"


def test_change_passphrase_rekeys(qtbot, unlocked: MainWindow, profile_store) -> None:  # noqa: ANN001
    def change(dialog: ChangePassphraseDialog) -> None:
        qtbot.keyClicks(dialog.current, "not it at all 1")
        for field in (dialog.passphrase.first, dialog.passphrase.second):
            qtbot.keyClicks(field, "green valley 2031")
        dialog.accept()
        assert dialog.error.text() == "Wrong passphrase."
        dialog.current.clear()
        qtbot.keyClicks(dialog.current, PASSPHRASE)
        dialog.accept()

    drive_dialog(change)
    ChangePassphraseDialog(profile_store, unlocked.session, unlocked).exec()
    unlocked.lock(force=True)
    profiles.unlock(profile_store, "aminata", "green valley 2031").close()
    with pytest.raises(WrongPassphrase):
        profiles.unlock(profile_store, "aminata", PASSPHRASE)
