"""The M&E page over the seventeen returnees of tests/unit/reports/test_me_view.py
(see its table for every number): what a person sees — shown cells with their
n and mean, small cells as "not shown" and never a number, the breakdown
switched, the chart, the change since baseline, another scoring profile."""

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.domain.enums import Role
from desktop.services.cases import CaseService
from desktop.services.forms import FormService
from desktop.services.reports import MEView
from desktop.services.session import Session
from desktop.ui.charts import DistributionChart
from desktop.ui.main_window import MainWindow
from desktop.ui.pages.me_page import MEPage
from tests.conftest import TODAY
from tests.unit.reports.test_me_view import returnees as returnees_of

COLUMNS = ("economic", "social", "psychosocial", "composite")


@pytest.fixture(scope="module")
def returnees(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Session, FormService]]:
    session, forms = returnees_of(tmp_path_factory.mktemp("me_page"))
    yield session, forms
    session.close()


@pytest.fixture
def page(qtbot, english: None, returnees: tuple[Session, FormService]) -> Iterator[MEPage]:  # noqa: ANN001
    session, forms = returnees
    shown = MEPage(CaseService(session, TODAY), forms, "en")
    qtbot.addWidget(shown)
    shown.resize(1200, 900)
    shown.show()
    shown.refresh()
    qtbot.waitUntil(lambda: not shown.busy() and shown.view is not None, timeout=10000)
    yield shown
    shown.shut_down()


def _group_by(page: MEPage, code: str) -> None:
    page.breakdown.setCurrentIndex(page.breakdown.findData(code))


def _groups(page: MEPage, table: str = "latest") -> list[str]:
    widget = getattr(page, table)
    return [widget.item(row, 0).text() for row in range(widget.rowCount())]


def _row(page: MEPage, group: str, table: str = "latest") -> dict[str, tuple[str, str]]:
    widget = getattr(page, table)
    row = _groups(page, table).index(group)
    return {name: widget.cell_text(row, name) for name in COLUMNS}


def test_shown_cells_give_n_and_mean_small_cells_no_number(page: MEPage) -> None:
    assert page.state.text().startswith("Computed on")
    assert page.source.text() == "Scoring profile: rss-test-1"
    assert page.provisional.isVisibleTo(page)  # the test profile is provisional
    _group_by(page, "sex")
    # female R1..R9 = 9 shown; other R17 = 1 hidden, and male (7) hidden with it
    assert _groups(page) == ["All", "Female", "Male", "Other"]
    female = _row(page, "Female")
    assert female["composite"] == ("9", "0.58")  # 5.1875 / 9
    assert female["economic"] == ("9", "0.58")  # 5.25 / 9
    assert _row(page, "All")["composite"] == ("16", "0.54")  # 8.5625 / 16
    assert _row(page, "All")["social"] == ("17", "0.50")  # 8.5 / 17
    for group in ("Male", "Other"):
        for text, rest in _row(page, group).values():
            assert text == "not shown" and rest == ""
            assert not any(char.isdigit() for char in text)
    hidden = page.latest.item(_groups(page).index("Male"), 1)
    assert "small-cell suppression" in hidden.toolTip() and "fewer than 5" in hidden.toolTip()
    assert page.latest.columnSpan(_groups(page).index("Male"), 1) == 2  # one word across n and mean
    assert "median 0.62" in page.latest.item(1, 8).toolTip()  # female composite median


def test_switching_the_breakdown_changes_rows_chart_and_notes(page: MEPage) -> None:
    _group_by(page, "age_group")
    assert _groups(page) == ["All", "Under 18", "18–24 years", "25–34 years", "35–49 years", "50 years and over"]
    assert _row(page, "25–34 years")["composite"] == ("6", "0.52")  # 3.125 / 6
    assert _row(page, "Under 18")["social"] == ("not shown", "")
    assert "do not add up" not in page.note.text()
    chart = page.chart.chart()
    assert isinstance(chart, DistributionChart)
    assert [(group.label, group.suppressed) for group in chart.groups] == [
        ("All", False), ("Under 18", True), ("18–24 years", True), ("25–34 years", False), ("35–49 years", False),
        ("50 years and over", True)]
    assert chart.groups[4].summary().median == pytest.approx(.625)  # 35_49 composite
    assert chart.texts.suppressed == "not shown"

    _group_by(page, "assistance_type")  # labels from the plan form; a returnee can be in several
    assert "Vocational training" in _groups(page)
    assert "do not add up to the total" in page.note.text()
    page.score.setCurrentIndex(page.score.findData("social"))
    chart = page.chart.chart()
    assert isinstance(chart, DistributionChart) and chart.title.startswith("Social score")


def test_the_chart_is_drawn_and_exported(qtbot, page: MEPage, tmp_path: Path,  # noqa: ANN001
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    _group_by(page, "time_since_return")
    qtbot.waitExposed(page.chart)
    image = page.chart.grab().toImage()
    colours = {image.pixelColor(x, y).name() for x in range(0, image.width(), 5) for y in range(0, image.height(), 5)}
    assert image.height() > 200 and len(colours) > 5
    target = tmp_path / "scores"
    monkeypatch.setattr("desktop.ui.save_file.QFileDialog.getSaveFileName",
                        lambda *args: (str(target), "PNG images (*.png)"))
    page.export_button.click()
    saved = tmp_path / "scores.png"
    assert saved.exists() and saved.stat().st_size > 1000


def test_change_since_baseline(page: MEPage) -> None:
    _group_by(page, "sex")
    # R1 R2 R4 R5 R9 R10 R12 have both surveys; by sex, female 5 and male 2: both hidden
    assert _groups(page, "change") == ["All", "Female", "Male"]
    total = _row(page, "All", "change")
    assert total["social"] == ("7", "\u2068+0.25\u2069")  # 1.75 / 7
    assert total["composite"] == ("6", "\u2068+0.24\u2069")  # (4 − 2.5625) / 6
    assert _row(page, "Female", "change")["social"] == ("not shown", "")
    tip = page.change.item(0, 8).toolTip()
    assert tip == "Composite: mean 0.43 at baseline, 0.67 at the latest follow-up"


def test_another_scoring_profile_is_shown_alone(qtbot, page: MEPage) -> None:  # noqa: ANN001
    assert page.profile_choice.isVisibleTo(page)  # two profiles scored surveys here
    texts = [page.profile_choice.itemText(i) for i in range(page.profile_choice.count())]
    assert [text.split(" survey")[0] for text in texts] == ["rss-other-2 (2", "rss-test-1 (25"]
    page.profile_choice.activated.emit(page.profile_choice.findData("rss-other-2"))
    qtbot.waitUntil(lambda: not page.busy(), timeout=10000)
    assert isinstance(page.view, MEView) and page.view.profile_id == "rss-other-2"
    assert page.source.text() == "Scoring profile: rss-other-2"
    assert not page.provisional.isVisibleTo(page)  # not known here: not claimed
    assert _row(page, "All")["composite"] == ("not shown", "")  # 2 returnees


def test_case_managers_have_no_me_page(unlocked: MainWindow) -> None:
    # their own cases' scores are in the Progress tab
    assert unlocked.workspace.nav.item(unlocked.workspace.ME).isHidden()


def test_me_officers_open_the_me_page_from_the_navigation(qtbot, window: MainWindow, session: Session) -> None:
    session.profile = session.profile.model_copy(update={"role": Role.ME_OFFICER})
    window.open_session(session)
    workspace = window.workspace
    assert not workspace.nav.item(workspace.ME).isHidden()
    assert workspace.nav.item(workspace.ME).text() == "M&E scores"
    page = workspace.show_me()
    qtbot.waitUntil(lambda: not page.busy() and page.view is not None, timeout=10000)
    window.lock(force=True)


def test_the_shipped_profile_file_is_read_once(page: MEPage, monkeypatch: pytest.MonkeyPatch) -> None:
    import desktop.ui.pages.me_page as me_page

    reads: list[Path] = []
    real = me_page.load_profile
    monkeypatch.setattr(me_page, "load_profile", lambda path: reads.append(path) or real(path))
    for _ in range(3):
        assert page._scoring_profile("rss-other-2") is None  # not the device's: the shipped one is looked at
    assert page._scoring_profile(page.device_profile.id) is page.device_profile
    assert len(reads) <= 1
