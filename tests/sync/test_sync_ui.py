"""Sync from the status bar, against a real headquarters: set up (in the background,
choosing an office), sync, settle a conflict from the case file's badge, carry
changes by USB bundle, sync automatically."""

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from desktop.domain.enums import Sex
from desktop.services.bundles import BundleService
from desktop.ui import tasks
from desktop.ui.dialogs.sync_dialogs import ConflictsDialog, SyncSetupDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.widgets.sync_status import SyncStatus
from tests.devices import Device
from tests.kinto_fixtures import USER_PASSWORD, Org
from tests.ui import conftest as ui_fixtures
from tests.ui.conftest import drive_dialog

WAIT_MS = 20_000
# the main window over a real profile (fixtures of tests/ui, used here by name)
english, window, unlocked = ui_fixtures.english, ui_fixtures.window, ui_fixtures.unlocked


def _collect(status: SyncStatus) -> list:
    """The sync results, as they come."""
    results: list = []
    status.synced.connect(results.append)
    return results


def _set_up(qtbot, unlocked: MainWindow, org: Org, user: str = "cm_a") -> None:  # noqa: ANN001
    who = org.users[user]

    def fill(dialog: SyncSetupDialog) -> None:
        dialog.url.setText(org.server.url)
        dialog.user.setText(who.username)
        dialog.password.setText(USER_PASSWORD)
        dialog.accept()
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT_MS)

    drive_dialog(fill)
    unlocked.sync_status.setup_action.trigger()


def _report(qtbot, status: SyncStatus) -> str:  # noqa: ANN001
    qtbot.waitUntil(lambda: not status.running and status.report is not None and status.report.isVisible(),
                    timeout=WAIT_MS)
    text = status.report.text().replace("\u2068", "").replace("\u2069", "")  # isolates: see ui.i18n.isolate
    status.report.done(0)
    return text


def test_set_up_sync_in_the_background_and_settle_a_conflict_from_the_case_file(
    qtbot, unlocked: MainWindow, provisioned_org: Org, device_factory: Callable[..., Device]  # noqa: ANN001
) -> None:
    status = unlocked.sync_status
    assert status.text.text() == "Sync not set up" and not status.button.isEnabled()
    cases = unlocked.workspace.case_list.service
    case = cases.create({"given_name": "Awa", "family_name": "Ndiaye", "sex": Sex.FEMALE, "district": "Pikine"})

    who = provisioned_org.users["cm_a"]
    seen: list[str] = []

    def fill(dialog: SyncSetupDialog) -> None:
        dialog.url.setText(provisioned_org.server.url)
        dialog.user.setText(who.username)
        dialog.password.setText("wrong password")
        dialog.accept()
        # the check runs in the background: the dialog says so and stays responsive
        assert dialog.checking() and dialog.hint.text() == "Checking with headquarters…"
        assert not dialog.url.isEnabled() and not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()
        qtbot.waitUntil(lambda: dialog.worker is None, timeout=WAIT_MS)
        assert dialog.isVisible() and not dialog.hint.isVisible() and dialog.url.isEnabled()
        seen.append(dialog.error.text())
        dialog.password.setText(USER_PASSWORD)
        dialog.accept()
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT_MS)

    drive_dialog(fill)
    status.setup_action.trigger()
    assert seen == ["Headquarters did not accept this user name and password."]
    assert status.button.isEnabled() and status.text.text().startswith("1 change waiting")

    results = _collect(status)
    assert status.start()
    assert status.button.text() == "Cancel"
    qtbot.waitUntil(lambda: bool(results), timeout=WAIT_MS)
    assert status.text.text().startswith("1 sent, 0 received, 0 conflicts")
    assert status.button.text() == "Sync now"

    # the case file is open when a colleague changes the same field
    page = unlocked.workspace.open_case(case.id)
    assert page.header.conflicts.isHidden()
    bob = device_factory(provisioned_org, "sup_a", "bob")
    bob.run()
    cases.update(case.id, {"district": "Rufisque"})
    page.reload_all()
    bob.cases.update(case.id, {"district": "Mbour"})
    bob.run()
    results.clear()
    status.start()
    qtbot.waitUntil(lambda: bool(results), timeout=WAIT_MS)
    assert results[0].conflicts == 1 and results[0].ok
    assert "1 conflict to look at" in status.text.text()
    assert cases.get(case.id).district == "Mbour"
    # the newer edit is shown in the case file, with a badge for the conflict
    assert page.form.district.text() == "Mbour"
    assert page.header.conflicts.isVisible() and page.header.conflicts.text() == "1 conflict"

    def keep_mine(dialog: ConflictsDialog) -> None:
        assert dialog.case_id == case.id
        assert [dialog.table.item(0, column).text() for column in range(5)] == [
            case.case_number, "District", "Rufisque", "Mbour", "theirs"]
        dialog.keep_mine.click()
        assert dialog.table.rowCount() == 0
        dialog.reject()

    drive_dialog(keep_mine)
    page.header.conflicts.click()
    assert cases.get(case.id).district == "Rufisque"
    assert page.header.conflicts.isHidden() and page.form.district.text() == "Rufisque"
    results.clear()
    status.start()
    qtbot.waitUntil(lambda: bool(results), timeout=WAIT_MS)
    bob.run()
    assert bob.case_values(case.id, "district") == ("Rufisque",)


def test_an_account_that_sees_several_offices_chooses_one(
    qtbot, unlocked: MainWindow, provisioned_org: Org  # noqa: ANN001
) -> None:
    who = provisioned_org.users["me"]  # the M&E officer reads every office
    offered: list[list[str]] = []

    def fill(dialog: SyncSetupDialog) -> None:
        assert not dialog.offices_offered()
        dialog.url.setText(provisioned_org.server.url)
        dialog.user.setText(who.username)
        dialog.password.setText(USER_PASSWORD)
        dialog.accept()
        qtbot.waitUntil(lambda: dialog.offices_offered(), timeout=WAIT_MS)
        offered.append([dialog.office.itemText(i) for i in range(dialog.office.count())])
        assert dialog.hint.text().startswith("This account can see several offices.")
        dialog.office.setCurrentIndex(dialog.office.findData(provisioned_org.bucket("b")))
        dialog.accept()
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT_MS)

    drive_dialog(fill)
    unlocked.sync_status.setup_action.trigger()
    # (the shared test server holds other organisations' offices too)
    assert {provisioned_org.bucket("a"), provisioned_org.bucket("b")} <= set(offered[0])
    assert unlocked.sync_status.service.status()["office"] == provisioned_org.bucket("b")
    assert unlocked.statusBar().currentMessage() == "Headquarters set up"


def test_closing_the_setup_dialog_while_it_checks_keeps_nothing(
    qtbot, unlocked: MainWindow, provisioned_org: Org  # noqa: ANN001
) -> None:
    who = provisioned_org.users["cm_a"]

    def fill_then_close(dialog: SyncSetupDialog) -> None:
        dialog.url.setText(provisioned_org.server.url)
        dialog.user.setText(who.username)
        dialog.password.setText(USER_PASSWORD)
        dialog.accept()
        assert dialog.checking()
        dialog.reject()  # the window's close button does the same

    drive_dialog(fill_then_close)
    unlocked.sync_status.setup_action.trigger()
    tasks.wait_abandoned()  # the check ends on its own, told to keep nothing
    assert not unlocked.sync_status.service.configured()
    assert unlocked.sync_status.text.text() == "Sync not set up"


@pytest.fixture
def office(qtbot, unlocked: MainWindow, provisioned_org: Org, device_factory: Callable[..., Device]) -> Device:  # noqa: ANN001
    """This window's profile and Bob's laptop, both of office a, each knowing the other's key."""
    _set_up(qtbot, unlocked, provisioned_org)
    status = unlocked.sync_status
    results = _collect(status)
    bob = device_factory(provisioned_org, "sup_a", "bob")
    status.start()
    qtbot.waitUntil(lambda: bool(results), timeout=WAIT_MS)
    bob.run()
    results.clear()
    status.start()
    qtbot.waitUntil(lambda: bool(results), timeout=WAIT_MS)
    return bob


def test_bundles_through_the_sync_menu(
    qtbot, unlocked: MainWindow, office: Device, monkeypatch: pytest.MonkeyPatch, tmp_path: Path  # noqa: ANN001
) -> None:
    bob, status = office, unlocked.sync_status
    cases = unlocked.workspace.case_list.service
    shared = cases.create({"given_name": "Fatou", "family_name": "Fictif", "sex": Sex.FEMALE})
    results = _collect(status)
    status.start()
    qtbot.waitUntil(lambda: bool(results), timeout=WAIT_MS)
    bob.run()  # both laptops know this case through headquarters
    mine = cases.create({"given_name": "Awa", "family_name": "Ndiaye", "sex": Sex.FEMALE})
    stick = tmp_path / "stick"
    stick.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(stick / "monday"), ""))

    # write: in the background, then a plain account of it
    status.export_action.trigger()
    assert status.running and status.job == "export" and not status.button.isEnabled()
    written = stick / "monday.pslbundle"
    assert _report(qtbot, status).startswith(f"1 change written to {written}.")
    assert status.text.text().startswith("Bundle written: 1 change")
    imported = BundleService(bob.session.db, bob.session.profile.username).import_bundle(written)
    assert (imported.rows, imported.received) == (1, 1) and bob.case_values(mine.id, "given_name") == ("Awa",)

    # read: Bob's bundle brings his new case and his edit; the list and the open case file show them
    theirs = bob.cases.create({"given_name": "Moussa", "family_name": "Modèle", "sex": Sex.MALE})
    bob.cases.update(shared.id, {"community": "Yoff"})
    page = unlocked.workspace.open_case(shared.id)
    from_bob = stick / "from-bob.pslbundle"
    info = BundleService(bob.session.db, bob.session.profile.username).export(from_bob)
    assert info.count == 3  # Awa's case travels on with Bob's bundle, unchanged
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args: (str(from_bob), ""))
    status.import_action.trigger()
    assert status.running and status.job == "import"
    text = _report(qtbot, status)
    assert text == (f"Bundle {info.sequence} from device {info.device_id[:8]}…: "
                    "3 changes read, 2 applied here, 0 conflicts.\n\nThey go to headquarters at the next sync.")
    assert status.text.text().startswith("Bundle imported: 2 changes applied")
    model = unlocked.workspace.case_list.model
    assert theirs.id in [model.case_id(row) for row in range(model.rowCount())]
    assert page.form.community.text() == "Yoff"

    # the same bundle again is refused with the reason, and changes nothing
    before = unlocked.session.db.execute("SELECT count(*) FROM cases").fetchone()[0]
    status.import_action.trigger()
    assert _report(qtbot, status).startswith(f"This bundle was already imported (number {info.sequence}")
    assert status.text.text().startswith("Bundle not imported")
    # a file that is not a bundle
    junk = stick / "holiday.pslbundle"
    junk.write_bytes(b"not a bundle at all" * 10)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args: (str(junk), ""))
    status.import_action.trigger()
    assert _report(qtbot, status).startswith("This file is not a Passerelle bundle")
    assert unlocked.session.db.execute("SELECT count(*) FROM cases").fetchone()[0] == before


def test_automatic_sync_syncs_when_headquarters_answers(
    qtbot, unlocked: MainWindow, provisioned_org: Org  # noqa: ANN001
) -> None:
    _set_up(qtbot, unlocked, provisioned_org)
    status = unlocked.sync_status
    results = _collect(status)
    unlocked.workspace.case_list.service.create({"given_name": "Awa", "sex": Sex.FEMALE})
    status.auto_action.setChecked(True)
    assert status.running and status.job == "auto"
    qtbot.waitUntil(lambda: bool(results), timeout=WAIT_MS)
    assert results[0].ok and results[0].sent == 1
    assert status.text.text().startswith("1 sent, 0 received, 0 conflicts")
    status.tick()
    assert not status.running  # just tried: not due again yet
    assert status.start()  # "Sync now" still works whenever asked
    qtbot.waitUntil(lambda: len(results) == 2, timeout=WAIT_MS)


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
