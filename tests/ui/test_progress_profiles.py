"""The Progress tab draws only the scores of the scoring profile in use: scores
another profile computed (another device's, until this one rescores them) are
not comparable, so they are left out and a note says so."""

from desktop.domain.enums import ConsentPurpose
from desktop.domain.records import StoredScores
from desktop.services.case_progress import case_surveys
from desktop.services.forms import FormCatalogue
from desktop.services.session import Session
from desktop.ui.charts import RssChart
from desktop.ui.pages.progress_tab import ProgressTab
from tests.conftest import TODAY
from tests.unit.reports.helpers import TEST_PROFILE, consent, forms_on, rss


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
