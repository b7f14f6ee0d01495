"""The Progress tab draws only the scores of the scoring profile in use: scores
another profile computed (another device's, until this one rescores them) are
not comparable, so they are left out and a note says so."""

from desktop.domain.enums import ConsentPurpose
from desktop.domain.records import StoredScores
from desktop.services.case_progress import case_surveys
from desktop.services.case_summary import build_case_summary
from desktop.services.forms import FormCatalogue, FormService
from desktop.services.session import Session
from desktop.ui.charts import RssChart
from desktop.ui.pages.progress_tab import ProgressTab
from desktop.ui.print.case_summary_pdf import case_summary_report, rss_chart
from tests.conftest import TODAY
from tests.unit.reports.helpers import TEST_PROFILE, consent, forms_on, rss
from tests.unit.reports_pdf.helpers import make_case_file


def test_scores_of_another_profile_are_not_drawn(qtbot, english: None, session: Session) -> None:  # noqa: ANN001
    forms = forms_on(session, TODAY, FormCatalogue())
    forms.scoring.apply(TEST_PROFILE)
    case_id = forms.cases.create({"given_name": "A", "family_name": "Test", "sex": "female",
                                  "return_date": "2026-01-01"}).id
    consent(forms, case_id, ConsentPurpose.ASSISTANCE)
    rss(forms, case_id, "2026-02-01", "baseline", .25, .5, .5)
    other = rss(forms, case_id, "2026-06-01", "follow_up", .5, .5, .5)
    rss(forms, case_id, "2026-10-01", "follow_up", .75, 1.0, .75)
    session.scores.put(StoredScores(submission_id=other.id, case_id=case_id, profile_id="rss-other-2",
                                    economic=.9, social=.9, psychosocial=.9, composite=.9,
                                    computed_at="2026-06-02T00:00:00+00:00"))
    assert [point.profile_id for point in case_surveys(forms, case_id)] == ["rss-test-1", "rss-other-2", "rss-test-1"]

    tab = ProgressTab(forms, case_id, "en")
    qtbot.addWidget(tab)
    chart = tab.chart.chart()
    assert isinstance(chart, RssChart)
    labels = [survey.label.replace("\u2068", "").replace("\u2069", "") for survey in chart.surveys]
    assert labels == ["Baseline\n2026-02-01", "Follow-up 2\n2026-10-01"]  # numbered over every survey
    assert [survey.economic for survey in chart.surveys] == [.25, .75]  # never the other profile's .9
    assert tab.profile_label.text().startswith("Scoring profile: rss-test-1 · 1 survey")
    assert "scored with another scoring profile not shown" in tab.profile_label.text()
    assert tab.export_button.isEnabled()


def test_the_pdf_summary_shows_the_scores_the_progress_tab_draws(qtbot, english: None,  # noqa: ANN001
                                                                   session: Session) -> None:
    case = make_case_file(session)
    forms = FormService(session, FormCatalogue(), TODAY)
    # the baseline was scored on another laptop with its own profile (not comparable)
    first = session.db.execute("SELECT submission_id FROM scores ORDER BY rowid LIMIT 1").fetchone()[0]
    session.db.execute("UPDATE scores SET profile_id = 'other-office-profile' WHERE submission_id = ?", [first])
    tab = ProgressTab(forms, case.case_id, "en")
    qtbot.addWidget(tab)
    summary = build_case_summary(forms, case.case_id, "en")
    assert [(p.round, p.follow_up) for p in tab.drawn()] == [("follow_up", 1)]
    assert summary.surveys == tab.drawn() and summary.other_profiles == 1, "the PDF mixes two scoring profiles"
    chart = rss_chart(summary)
    assert [s.label.replace("\u2068", "").replace("\u2069", "") for s in chart.surveys] == ["Follow-up 1\n2026-11-20"]
    body = case_summary_report(summary, "Dakar", "Print Tester", rtl=False).body
    assert "scored with another scoring profile not shown" in body  # the Progress tab's note
