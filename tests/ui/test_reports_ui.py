"""The case file's Progress tab and the caseload dashboard, over a small office
built by hand through the services (today is 2026-11-25; "due soon" runs to 12-02).

Scores use the hand-checkable test profile: composite = (e + s + 2p) / 4.

==== ========= ============ =============================================================
case returned  next visit   forms
==== ========= ============ =============================================================
A    10-01     11-20 (late) plan agreed 10-20 (19 days): housing direct planned (100),
                            counselling referral in progress (100); RSS baseline 10-05
                            (e .25, s .5, p .5), follow-up 11-20 (e .75, s 1, p .75)
B    08-01     11-28 (soon) plan agreed 09-15 (45 days): vocational training direct
                            delivered (100)
C    11-10     -            nothing; vulnerable: health
==== ========= ============ =============================================================
"""

from pathlib import Path

import pytest
from PySide6.QtGui import QColor

from desktop.domain.enums import ConsentPurpose, Status
from desktop.services.forms import FormCatalogue
from desktop.services.scoring import ScoringService
from desktop.services.session import Session
from desktop.ui.charts import BarChart, RssChart
from desktop.ui.main_window import MainWindow
from desktop.ui.pages.dashboard_page import DashboardPage
from tests.conftest import TODAY
from tests.unit.reports.helpers import TEST_PROFILE, consent, forms_on, item, plan, rss


@pytest.fixture
def office(session: Session) -> dict[str, str]:
    ScoringService(session, {"rss"}).apply(TEST_PROFILE)
    forms = forms_on(session, TODAY, FormCatalogue())
    cases = forms.cases
    ids = {}

    def case(name: str, returned: str, **fields: object) -> str:
        ids[name] = cases.create({"given_name": name, "family_name": "Test", "sex": "female",
                                  "return_date": returned, **fields}).id
        return ids[name]

    a = case("A", "2026-10-01", next_follow_up="2026-11-20")
    consent(forms, a, ConsentPurpose.ASSISTANCE)
    cases.move(a, Status.ASSESSED)
    plan(forms, a, "2026-10-20", item("housing", "direct", "planned"), item("counselling", "referral", "in_progress"))
    rss(forms, a, "2026-11-20", "follow_up", 0.75, 1.0, 0.75)  # recorded first, shown second
    rss(forms, a, "2026-10-05", "baseline", 0.25, 0.5, 0.5)
    b = case("B", "2026-08-01", next_follow_up="2026-11-28")
    consent(forms, b, ConsentPurpose.ASSISTANCE)
    cases.move(b, Status.ASSESSED)
    plan(forms, b, "2026-09-15", item("vocational_training", "direct", "delivered"))
    case("C", "2026-11-10", vulnerabilities=["health"])
    return ids


def _plain(text: str) -> str:
    """Without the marks that keep dates and amounts left to right in Arabic."""
    return text.replace("\u2068", "").replace("\u2069", "")


# --- the case file ------------------------------------------------------------------------------


def test_progress_tab_charts_every_survey_and_the_plan(qtbot, unlocked: MainWindow, office: dict[str, str],
                                                       tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    page = unlocked.workspace.open_case(office["A"])
    progress = page.progress
    assert progress is not None
    page.tabs.setCurrentWidget(progress)
    chart = progress.chart.chart()
    assert isinstance(chart, RssChart)
    assert [_plain(survey.label) for survey in chart.surveys] == ["Baseline\n2026-10-05", "Follow-up 1\n2026-11-20"]
    assert [(s.economic, s.social, s.psychosocial, s.composite) for s in chart.surveys] == [
        (0.25, 0.5, 0.5, (0.25 + 0.5 + 1.0) / 4), (0.75, 1.0, 0.75, (0.75 + 1.0 + 1.5) / 4)]
    assert chart.provisional and "Provisional scoring" in chart.texts.provisional
    assert chart.bands == ()  # the test profile has no bands
    assert progress.profile_label.text() == "Scoring profile: rss-test-1"

    # the widget draws it: lines in more than the background's colours
    qtbot.waitExposed(progress.chart)
    image = progress.chart.grab().toImage()
    assert image.width() > 200
    colours = {image.pixelColor(x, y).name() for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
    assert len(colours) > 5

    assert _plain(progress.plan_summary.text()) == "Agreed on 2026-10-20 · 2 items · Budget: 0 XOF delivered of 200 XOF planned"
    by_status = progress.status_chart.chart()
    assert isinstance(by_status, BarChart)
    assert [(bar.label, bar.value) for bar in by_status.bars] == [("Planned", 1), ("In progress", 1)]
    by_dimension = progress.dimension_chart.chart()
    assert isinstance(by_dimension, BarChart)
    assert [(bar.label, bar.value) for bar in by_dimension.bars] == [("Social", 1), ("Psychosocial", 1)]

    # Export PNG… writes the chart
    target = tmp_path / "chart"
    monkeypatch.setattr("desktop.ui.save_file.QFileDialog.getSaveFileName",
                        lambda *args: (str(target), "PNG images (*.png)"))
    progress.export_button.click()
    saved = tmp_path / "chart.png"
    assert saved.exists() and saved.stat().st_size > 1000


def test_progress_tab_says_when_there_is_no_survey_nor_plan(qtbot, unlocked: MainWindow,  # noqa: ANN001
                                                            office: dict[str, str]) -> None:
    page = unlocked.workspace.open_case(office["C"])
    progress = page.progress
    assert progress is not None
    chart = progress.chart.chart()
    assert isinstance(chart, RssChart) and chart.is_empty()
    assert chart.texts.empty == "No reintegration survey yet: the scores appear here after the first one."
    assert not progress.export_button.isEnabled()
    assert _plain(progress.plan_summary.text()) == "No reintegration plan yet."
    assert progress.status_chart.isHidden() and progress.dimension_chart.isHidden()


# --- the dashboard ------------------------------------------------------------------------------


def _dashboard(qtbot, window: MainWindow) -> DashboardPage:  # noqa: ANN001
    page = window.workspace.show_dashboard()
    qtbot.waitUntil(lambda: not page.busy() and page.dashboard is not None, timeout=10000)
    return page


def _listed(window: MainWindow) -> set[str]:
    model = window.workspace.case_list.model
    return {model.rows[row].given_name for row in range(model.rowCount())}


def test_dashboard_counts_the_office_in_the_background(qtbot, unlocked: MainWindow,  # noqa: ANN001
                                                       office: dict[str, str]) -> None:
    page = _dashboard(qtbot, unlocked)
    assert page.total.number.text() == "3"
    assert page.overdue.number.text() == "1"
    assert page.due_soon.number.text() == "1"
    assert page.tasks_overdue.number.text() == "0"
    assert page.plan_median.number.text() == "32"  # median of 19 and 45 days
    assert page.plan_median.detail.text() == "2 cases with both dates"
    assert page.plan_within.number.text() == "50 %"
    assert page.plan_within.caption.text() == "Plans agreed within 30 days of return"
    statuses = page.statuses.chart.chart()
    assert isinstance(statuses, BarChart)
    assert {(bar.label, bar.value) for bar in statuses.bars if bar.value} == {("Registered", 1), ("Plan agreed", 2)}
    types = page.item_types.chart.chart()
    assert isinstance(types, BarChart)
    assert sorted((bar.label, bar.value) for bar in types.bars) == [
        ("Counselling", 1), ("Housing", 1), ("Vocational training", 1)]
    assert [button.text() for button in page.deliveries.buttons] == ["Direct: 2", "Referral: 1"]
    vulnerabilities = page.vulnerabilities.chart.chart()
    assert isinstance(vulnerabilities, BarChart)
    assert [(bar.label, bar.value) for bar in vulnerabilities.bars] == [("Health needs", 1), ("None", 2)]
    referrals = page.referrals.chart.chart()
    assert isinstance(referrals, BarChart) and referrals.is_empty()
    assert QColor(page.referrals.chart.grab().toImage().pixelColor(5, 5)).isValid()


def test_a_tile_opens_exactly_its_cases_and_the_chip_clears_them(qtbot, unlocked: MainWindow,  # noqa: ANN001
                                                                 office: dict[str, str]) -> None:
    page = _dashboard(qtbot, unlocked)
    workspace = unlocked.workspace
    case_list = workspace.case_list

    page.overdue.click()
    assert workspace.pages.currentWidget() is case_list
    assert _listed(unlocked) == {"A"}
    assert case_list.report_chip.isVisibleTo(case_list)
    assert case_list.report_label.text() == "Filtered by: Follow-up overdue"

    case_list.clear_report.click()
    assert not case_list.report_chip.isVisibleTo(case_list)
    assert _listed(unlocked) == {"A", "B", "C"}

    workspace.show_dashboard()
    page.plan_within.click()
    assert _listed(unlocked) == {"A"}

    workspace.show_dashboard()
    [vocational] = [button for button in page.item_types.buttons if button.text().startswith("Vocational")]
    vocational.click()
    assert _listed(unlocked) == {"B"}
    assert case_list.report_label.text() == "Filtered by: Plan items by type of support: Vocational training"
    # the list's own filters narrow the report's cases further, and the chip stays
    case_list.status.setCurrentIndex(case_list.status.findData(str(Status.REGISTERED)))
    assert _listed(unlocked) == set()
    case_list.clear_report.click()
    assert _listed(unlocked) == {"C"}
