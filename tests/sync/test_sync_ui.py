"""Sync from the status bar: set up, sync in the background, see the result, settle a conflict."""

from collections.abc import Callable

from desktop.domain.enums import Sex
from desktop.ui.dialogs.sync_dialogs import ConflictsDialog, SyncSetupDialog
from desktop.ui.main_window import MainWindow
from tests.kinto_fixtures import USER_PASSWORD, Org
from tests.ui.conftest import drive_dialog, english, unlocked, window  # noqa: F401

from tests.devices import Device


def test_set_up_sync_in_the_background_and_settle_a_conflict(
    qtbot, unlocked: MainWindow, provisioned_org: Org, device_factory: Callable[..., Device]  # noqa: ANN001
) -> None:
    status = unlocked.sync_status
    assert status.text.text() == "Sync not set up" and not status.button.isEnabled()
    cases = unlocked.workspace.case_list.service
    case = cases.create({"given_name": "Awa", "family_name": "Ndiaye", "sex": Sex.FEMALE, "district": "Pikine"})

    who = provisioned_org.users["cm_a"]

    def fill(dialog: SyncSetupDialog) -> None:
        dialog.url.setText(provisioned_org.server.url)
        dialog.user.setText(who.username)
        dialog.password.setText("wrong password")
        dialog.accept()
        assert dialog.error.text() == "Headquarters did not accept this user name and password."
        dialog.password.setText(USER_PASSWORD)
        dialog.accept()

    drive_dialog(fill)
    status.setup_action.trigger()
    assert status.button.isEnabled() and status.text.text().startswith("1 change waiting")

    results = []
    status.synced.connect(results.append)
    assert status.start()
    assert status.button.text() == "Cancel"
    qtbot.waitUntil(lambda: bool(results), timeout=20_000)
    assert status.text.text().startswith("1 sent, 0 received, 0 conflicts")
    assert status.button.text() == "Sync now"

    # a colleague changes the same field: the newer edit is applied here and the conflict listed
    bob = device_factory(provisioned_org, "sup_a", "bob")
    bob.run()
    cases.update(case.id, {"district": "Rufisque"})
    bob.cases.update(case.id, {"district": "Mbour"})
    bob.run()
    results.clear()
    status.start()
    qtbot.waitUntil(lambda: bool(results), timeout=20_000)
    assert results[0].conflicts == 1 and results[0].ok
    assert "1 conflict to look at" in status.text.text()
    assert cases.get(case.id).district == "Mbour"

    def keep_mine(dialog: ConflictsDialog) -> None:
        assert [dialog.table.item(0, column).text() for column in range(5)] == [
            case.case_number, "District", "Rufisque", "Mbour", "theirs"]
        dialog.keep_mine.click()
        assert dialog.table.rowCount() == 0
        dialog.reject()

    drive_dialog(keep_mine)
    status.conflicts_action.trigger()
    assert cases.get(case.id).district == "Rufisque"
    results.clear()
    status.start()
    qtbot.waitUntil(lambda: bool(results), timeout=20_000)
    bob.run()
    assert bob.case_values(case.id, "district") == ("Rufisque",)


def test_locking_while_a_sync_runs_stops_it_cleanly(
    qtbot, unlocked: MainWindow, provisioned_org: Org  # noqa: ANN001
) -> None:
    who = provisioned_org.users["cm_a"]
    status = unlocked.sync_status
    status.service.configure(provisioned_org.server.url, who.username, USER_PASSWORD)
    unlocked.workspace.case_list.service.create({"given_name": "Awa", "sex": Sex.FEMALE})
    results = []
    status.synced.connect(results.append)
    assert status.start()
    assert unlocked.lock(force=True)
    qtbot.wait(200)  # a late answer from the worker would reach a closed database here
    assert unlocked.sync_status is None and results == []
