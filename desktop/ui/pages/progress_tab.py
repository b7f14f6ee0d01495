"""The Progress page of a case file: the RSS scores of the case's surveys as a
chart (the scoring profile's bands shaded, the provisional mark when it
applies), and how far the reintegration plan has got: its items by status and
by dimension, and the budget of delivered items against the budget planned.

Scores computed with different scoring profiles are not comparable, so the
chart draws only the surveys scored with the profile used on this device (and
surveys without a score); a note says how many others are left out (scores
another device computed with its own profile, until this device rescores them)."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...domain.scoring import ScoringProfile
from ...services.case_progress import (
    DIMENSIONS, ITEM_STATUSES, PLAN_FORM, PlanProgress, SurveyPoint, case_surveys, comparable, plan_progress,
)
from ...services.forms import FormService
from ...services.scoring import ScoringService
from .. import labels
from ..charts import Bar, BarChart, ChartView, RssChart, RssSurvey, RssTexts, format_count, score_bands
from ..i18n import isolate
from ..save_file import export_chart

class ProgressTab(QWidget):
    """Scores over time and plan progress of one case; ``reload()`` after a form was submitted."""

    def __init__(self, forms: FormService, case_id: str, language: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.forms, self.case_id, self.language = forms, case_id, language
        self.surveys: list[SurveyPoint] = []
        self.profile_id = ""  # the scoring profile in use: only its scores (and surveys without) are drawn
        self.plan: PlanProgress | None = None

        scores_title = QLabel(self.tr("Reintegration scores over time"))
        scores_title.setObjectName("sideTitle")
        self.export_button = QPushButton(self.tr("Export PNG…"))
        self.export_button.setToolTip(self.tr("Save the chart as an image"))
        self.chart = ChartView()
        self.chart.setMinimumHeight(300)
        self.profile_label = QLabel()
        self.profile_label.setObjectName("hint")
        self.profile_label.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(scores_title)
        top.addStretch(1)
        top.addWidget(self.export_button)

        plan_title = QLabel(self.tr("Reintegration plan"))
        plan_title.setObjectName("sideTitle")
        self.plan_summary = QLabel()
        self.plan_summary.setWordWrap(True)
        self.plan_summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status_chart = ChartView()
        self.dimension_chart = ChartView()
        for view in (self.status_chart, self.dimension_chart):
            view.setMinimumHeight(170)
        plan_charts = QGridLayout()
        plan_charts.addWidget(self.status_chart, 0, 0)
        plan_charts.addWidget(self.dimension_chart, 0, 1)

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addLayout(top)
        layout.addWidget(self.chart, 3)
        layout.addWidget(self.profile_label)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        layout.addWidget(line)
        layout.addWidget(plan_title)
        layout.addWidget(self.plan_summary)
        layout.addLayout(plan_charts, 2)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        self.export_button.clicked.connect(self._export)
        self.reload()

    # --- words -----------------------------------------------------------------------------------

    def _choice(self, list_name: str, code: str) -> str:
        """A choice's label in the plan form, in the interface language."""
        form = self.forms.catalogue.forms.get(PLAN_FORM)
        for choice in (form.choices.get(list_name, []) if form else []):
            if choice.name == code:
                return choice.label.get(self.language)
        return code

    def _survey_label(self, point: SurveyPoint) -> str:
        return f"{labels.survey_name(point.round, point.follow_up)}\n{isolate(point.day)}"

    # --- loading ---------------------------------------------------------------------------------

    def reload(self) -> None:
        profile = ScoringService(self.forms.session, set()).profile()
        self.profile_id = profile.id
        self.surveys = case_surveys(self.forms, self.case_id)
        drawn = self.drawn()
        self.chart.set_chart(self._rss_chart(profile))
        self.export_button.setEnabled(bool(drawn))
        text = labels.scoring_profile(profile.id)
        others = len(self.surveys) - len(drawn)
        if others:
            text += " · " + labels.other_profile_surveys(others)
        self.profile_label.setText(text)
        self.profile_label.setVisible(bool(self.surveys))
        self.plan = plan_progress(self.forms, self.case_id)
        self._show_plan()

    def drawn(self) -> list[SurveyPoint]:
        """The surveys the chart draws: scored with the profile in use, or not scored."""
        return comparable(self.surveys, self.profile_id)

    def _rss_chart(self, profile: ScoringProfile) -> RssChart:
        # follow-ups keep their number over every survey, drawn or not
        points = [RssSurvey(self._survey_label(point), **point.scores)
                  for point in comparable(self.surveys, profile.id)]
        if points:
            empty = labels.no_score()
        elif self.surveys:
            empty = self.tr("No survey scored with this scoring profile yet.")
        else:
            empty = self.tr("No reintegration survey yet: the scores appear here after the first one.")
        texts = RssTexts(
            economic=labels.score("economic"), social=labels.score("social"),
            psychosocial=labels.score("psychosocial"), composite=labels.score("composite"),
            empty=empty, provisional=labels.provisional_scoring(),
        )
        bands = (score_bands(profile.bands.low, profile.bands.high,
                             (labels.score_band("low"), labels.score_band("medium"), labels.score_band("high")))
                 if profile.bands is not None else ())
        return RssChart(points, texts, bands=bands, provisional=profile.provisional,
                        title=self.tr("Economic, social, psychosocial and composite scores"))

    def _show_plan(self) -> None:
        plan = self.plan
        none = self.tr("No plan items.")
        if plan is None:
            self.plan_summary.setText(self.tr("No reintegration plan yet."))
            self.status_chart.hide()
            self.dimension_chart.hide()
            return
        self.status_chart.show()
        self.dimension_chart.show()
        items = sum(plan.by_status.values())
        parts = [self.tr("Agreed on %1").replace("%1", isolate(plan.agreed_on)) if plan.agreed_on else self.tr("Not agreed yet"),
                 self.tr("%n item(s)", "", items)]
        if plan.has_budget:
            currency = f" {plan.currency}" if plan.currency else ""
            parts.append(self.tr("Budget: %1 delivered of %2 planned")
                         .replace("%1", isolate(f"{format_count(plan.delivered)}{currency}"))
                         .replace("%2", isolate(f"{format_count(plan.planned)}{currency}")))
        self.plan_summary.setText(" · ".join(parts))
        statuses = [code for code in ITEM_STATUSES if plan.by_status.get(code)] + sorted(
            set(plan.by_status) - set(ITEM_STATUSES))
        self.status_chart.set_chart(BarChart(
            [Bar(self._choice("item_status", code), plan.by_status[code]) for code in statuses],
            empty_text=none, title=self.tr("Items by status")))
        dimensions = [code for code in DIMENSIONS if plan.by_dimension.get(code)] + sorted(
            set(plan.by_dimension) - set(DIMENSIONS))
        self.dimension_chart.set_chart(BarChart(
            [Bar(self._choice("dimensions", code), plan.by_dimension[code]) for code in dimensions],
            empty_text=none, title=self.tr("Items by dimension (cancelled left out)")))

    # --- export ----------------------------------------------------------------------------------

    def _export(self) -> None:
        export_chart(self, self.chart, self.tr("scores.png"))
