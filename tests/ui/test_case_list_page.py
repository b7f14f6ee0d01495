"""The case list filters, driven through the real widgets of the list page."""

from PySide6.QtCore import Qt

from desktop.services.cases import CaseService
from desktop.ui.main_window import MainWindow


def _names(page) -> set[str]:  # noqa: ANN001
    from desktop.ui.models.case_table_model import NAME

    return {page.model.index(row, NAME).data() for row in range(page.model.rowCount())}


def test_filters_narrow_the_list_and_the_count_follows(qtbot, unlocked: MainWindow, cases: CaseService) -> None:  # noqa: ANN001
    cases.create({"given_name": "Awa", "family_name": "Open"})
    cases.create({"given_name": "Binta", "family_name": "Vulnerable", "vulnerabilities": ["trafficking"]})
    cases.create({"given_name": "Coumba", "family_name": "Late", "next_follow_up": "2026-11-01"})
    cases.create({"given_name": "Dior", "family_name": "Colleague", "assigned_to": "colleague"})
    closed = cases.create({"given_name": "Eva", "family_name": "Closed", "next_follow_up": "2026-11-01"})
    cases.close(closed.id, "moved_away")
    page = unlocked.workspace.case_list
    page.refresh()
    assert page.model.total == 5
    assert page.count.text() == "5 cases"

    page.status.setCurrentIndex(page.status.findText("Open cases"))
    assert page.model.total == 4
    assert "Eva Closed" not in _names(page)
    assert page.count.text() == "4 cases"

    page.status.setCurrentIndex(0)  # all statuses
    page.vulnerability.setCurrentIndex(page.vulnerability.findData("trafficking"))
    assert page.model.total == 1 and _names(page) == {"Binta Vulnerable"}
    assert page.count.text() == "1 case"

    page.vulnerability.setCurrentIndex(0)
    page.follow_up.setCurrentIndex(page.follow_up.findText("Follow-up overdue"))
    assert _names(page) == {"Coumba Late"}  # the closed case is never overdue
    assert page.count.text() == "1 case"

    page.follow_up.setCurrentIndex(0)
    assert page.model.total == 5
    qtbot.mouseClick(page.mine, Qt.MouseButton.LeftButton)
    assert page.mine.isChecked()
    assert page.model.total == 4 and "Dior Colleague" not in _names(page)
    assert page.count.text() == "4 cases"
