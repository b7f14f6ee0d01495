"""The case file shows how many sync conflicts are open on the case; the badge
opens the conflicts of that case only, and goes once they are settled.

The conflicts are recorded through the sync repository, as a sync would record
them (tests/sync/test_sync_ui.py makes one with two real laptops)."""

from PySide6.QtCore import Qt

from desktop.domain.merge import FieldConflict
from desktop.services.cases import CaseService
from desktop.store.sync_repo import SyncRepo
from desktop.store.tracking import BY_TABLE
from desktop.ui.dialogs.sync_dialogs import ConflictsDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.models.case_table_model import NAME
from tests.ui.conftest import drive_dialog

EARLIER, LATER = "1795000000000.00000.aaaa", "1795000100000.00000.bbbb"


def _conflict(unlocked: MainWindow, case_id: str, field: str, mine: str, theirs: str) -> None:
    repo = SyncRepo(unlocked.session.db, unlocked.session.profile.username)
    repo.add_conflicts(BY_TABLE["cases"], case_id, case_id, [FieldConflict(field, mine, theirs, EARLIER, LATER)])


def test_the_badge_counts_the_case_conflicts_and_opens_them(qtbot, unlocked: MainWindow, cases: CaseService) -> None:  # noqa: ANN001
    awa = cases.create({"given_name": "Awa", "family_name": "Ndiaye", "district": "Mbour"})
    other = cases.create({"given_name": "Moussa", "family_name": "Modèle"})
    _conflict(unlocked, awa.id, "district", "Rufisque", "Mbour")
    _conflict(unlocked, other.id, "community", "Yoff", "Pikine")
    _conflict(unlocked, other.id, "district", "Thiès", "Mbour")
    unlocked.sync_status.refresh()
    page = unlocked.workspace.open_case(awa.id)
    badge = page.header.conflicts
    assert badge.isVisible() and badge.text() == "1 conflict"
    assert unlocked.workspace.open_case(other.id).header.conflicts.text() == "2 conflicts"
    unlocked.workspace.open_case(awa.id)
    seen: list[list[str]] = []

    def keep_mine(dialog: ConflictsDialog) -> None:
        assert isinstance(dialog, ConflictsDialog)
        seen.append([dialog.table.item(row, 0).text() for row in range(dialog.table.rowCount())])
        assert [dialog.table.item(0, column).text() for column in range(1, 5)] == [
            "District", "Rufisque", "Mbour", "theirs"]
        dialog.keep_mine.click()
        assert dialog.table.rowCount() == 0
        dialog.reject()

    drive_dialog(keep_mine)
    qtbot.mouseClick(badge, Qt.MouseButton.LeftButton)
    assert seen == [[awa.case_number]]  # only this case's conflicts
    assert not badge.isVisible()
    assert cases.get(awa.id).district == "Rufisque"
    assert page.form.district.text() == "Rufisque"  # the case file shows the value kept

    everything: list[int] = []

    def count(dialog: ConflictsDialog) -> None:
        everything.append(dialog.table.rowCount())
        dialog.reject()

    drive_dialog(count)
    unlocked.sync_status.conflicts_action.trigger()  # from the sync menu: every case
    assert everything == [2]


def test_no_badge_without_conflicts(unlocked: MainWindow, cases: CaseService) -> None:
    case = cases.create({"given_name": "Awa"})
    page = unlocked.workspace.open_case(case.id)
    assert page.header.conflicts.isHidden()


def test_the_case_list_marks_cases_with_conflicts(unlocked: MainWindow, cases: CaseService) -> None:
    awa = cases.create({"given_name": "Awa", "district": "Mbour"})
    other = cases.create({"given_name": "Moussa"})
    model = unlocked.workspace.case_list.model
    unlocked.workspace.case_list.refresh()
    _conflict(unlocked, awa.id, "district", "Rufisque", "Mbour")
    unlocked.workspace.refresh_conflicts()  # as after a sync
    marked = {model.case_id(row): model.data(model.index(row, NAME), Qt.ItemDataRole.ToolTipRole)
              for row in range(model.rowCount())}
    assert marked == {awa.id: "Sync conflict to look at: open the case file", other.id: None}
    assert model.data(model.index(list(marked).index(awa.id), NAME), Qt.ItemDataRole.DecorationRole) is not None


def test_locking_while_the_conflicts_are_shown_closes_them_cleanly(unlocked: MainWindow, cases: CaseService) -> None:
    case = cases.create({"given_name": "Awa", "district": "Mbour"})
    _conflict(unlocked, case.id, "district", "Rufisque", "Mbour")
    page = unlocked.workspace.open_case(case.id)

    def lock(dialog: ConflictsDialog) -> None:
        assert dialog.table.rowCount() == 1
        unlocked.lock(force=True)  # as the idle lock does: the dialog showing case data goes
        assert not dialog.isVisible()

    drive_dialog(lock)
    page.header.conflicts.click()
    assert unlocked.session is None and unlocked.sync_status is None
