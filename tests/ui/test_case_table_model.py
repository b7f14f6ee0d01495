"""The case list model reads pages on demand and follows the query."""

from datetime import timedelta

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QBrush

from desktop.domain.enums import Status
from desktop.domain.query import CaseQuery, SortKey
from desktop.services.cases import CaseService
from desktop.services.demo import add_demo_cases
from desktop.ui.models.case_table_model import (
    CASE_NUMBER,
    FOLLOW_UP,
    NAME,
    OVERDUE_COLOUR,
    PAGE,
    STATUS,
    CaseTableModel,
)
from tests.conftest import TODAY


def test_reads_one_page_then_more_on_demand(qapp, session, cases: CaseService) -> None:  # noqa: ANN001
    add_demo_cases(session, 450, today=TODAY)
    model = CaseTableModel(cases)
    model.set_query(CaseQuery())
    assert model.total == 450
    assert model.rowCount() == PAGE
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 450
    assert not model.canFetchMore(QModelIndex())
    numbers = [model.index(row, CASE_NUMBER).data() for row in range(450)]
    assert len(set(numbers)) == 450


def test_search_filter_and_sort(qapp, cases: CaseService) -> None:  # noqa: ANN001
    cases.create({"given_name": "Élodie", "family_name": "Zed"})
    cases.create({"given_name": "Awa", "family_name": "Alpha"})
    closed = cases.create({"given_name": "Omar", "family_name": "Beta"})
    cases.close(closed.id, "moved_away")
    model = CaseTableModel(cases)
    totals: list[int] = []
    model.total_changed.connect(totals.append)
    model.set_query(CaseQuery(search="elodie"))
    assert [model.index(r, NAME).data() for r in range(model.rowCount())] == ["Élodie Zed"]
    model.set_query(CaseQuery(statuses=frozenset({Status.CLOSED})))
    assert model.index(0, STATUS).data() == "Closed"
    model.set_query(CaseQuery())
    model.sort(NAME, Qt.SortOrder.AscendingOrder)
    assert model.query.sort is SortKey.NAME
    assert [model.index(r, NAME).data() for r in range(3)] == ["Awa Alpha", "Omar Beta", "Élodie Zed"]
    assert totals == [1, 1, 3, 3]


def test_overdue_follow_up_is_marked(qapp, cases: CaseService) -> None:  # noqa: ANN001
    cases.create({"given_name": "Late", "next_follow_up": "2026-11-01"})
    soon = (TODAY + timedelta(days=3)).isoformat()
    cases.create({"given_name": "Soon", "next_follow_up": soon})
    done = cases.create({"given_name": "Done", "next_follow_up": "2026-11-01"})
    cases.close(done.id, "moved_away")
    model = CaseTableModel(cases)
    model.set_query(CaseQuery())
    assert model.total == 3
    by_name = {model.index(row, NAME).data(): row for row in range(model.rowCount())}
    index = model.index(by_name["Late"], FOLLOW_UP)
    assert index.data() == "2026-11-01"
    assert index.data(Qt.ItemDataRole.ToolTipRole) == "Follow-up overdue"
    assert index.data(Qt.ItemDataRole.ForegroundRole) is not None
    assert index.data(Qt.ItemDataRole.ForegroundRole) == QBrush(OVERDUE_COLOUR)
    # due in three days, or closed (a closed case is never overdue): not marked
    for name, shown in (("Soon", soon), ("Done", "2026-11-01")):
        index = model.index(by_name[name], FOLLOW_UP)
        assert index.data() == shown
        assert index.data(Qt.ItemDataRole.ForegroundRole) is None, name
        assert index.data(Qt.ItemDataRole.ToolTipRole) is None, name
