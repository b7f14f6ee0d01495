"""The M&E view: the four RSS scores of every returnee on this computer, for
one scoring profile, by office, time since return, sex, age group, type of
assistance or direct vs referral; how each score spreads in each group (a
chart to export as PNG); and the change from baseline to the latest follow-up.

``ReportService.me_view()`` computes it in the background runner and
suppresses small cells; this page only shows them as such, never a number."""

import threading
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtWidgets import (
    QComboBox, QFrame, QHBoxLayout, QLabel, QProgressBar, QPushButton, QScrollArea,
    QVBoxLayout, QWidget,
)
from sqlite_utils import Database

from ...domain.enums import Sex
from ...domain.scoring import ScoringProfile
from ...forms.scoring_file import default_profile_path, load_profile
from ...services.cases import CaseService
from ...services.forms import FormService
from ...services.reports import BREAKDOWNS, SCORES, Cell, MEView, ReportService, ScoreStats
from ...services.scoring import ScoringService
from ...services.session import Session
from ...store.report_schema import PLAN_FORM
from .. import labels
from ..charts import ChartView, DistributionChart, DistributionTexts, format_score
from ..i18n import isolate
from ..save_file import export_chart
from ..tasks import Outcome, Worker
from ..widgets.me_table import MeTable, Row, chart_groups, profile_bands, signed



def me_job(session: Session, today: date | None, profile_id: str) -> Callable[..., MEView]:
    def job(db: Database, _cancel: threading.Event, _progress: Callable[[Any], None]) -> MEView:
        return ReportService(session, today, db=db).me_view(profile_id)

    return job


class MEPage(QWidget):
    """The M&E view; ``refresh()`` computes it again in the background."""

    def __init__(self, service: CaseService, forms: FormService, language: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.service, self.forms, self.language = service, forms, language
        self.worker: Worker | None = None
        self.view: MEView | None = None
        self.device_profile = ScoringService(service.session, set()).profile()
        self.profile_id = self.device_profile.id  # the profile asked for
        self._shipped: ScoringProfile | None = None  # the shipped profile, once read

        heading = QLabel(self.tr("M&E: reintegration scores"))
        heading.setObjectName("pageTitle")
        self.state = QLabel()
        self.state.setObjectName("hint")
        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setMaximumWidth(120)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.hide()
        self.refresh_button = QPushButton(self.tr("&Refresh"))
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addStretch(1)
        top.addWidget(self.state)
        top.addWidget(self.busy_bar)
        top.addWidget(self.refresh_button)

        self.profile_caption = QLabel(self.tr("Scoring &profile:"))
        self.profile_choice = QComboBox()
        self.profile_choice.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.profile_caption.setBuddy(self.profile_choice)
        self.breakdown = QComboBox()
        for code in BREAKDOWNS:
            self.breakdown.addItem(labels.report_breakdown(code), code)
        breakdown_caption = QLabel(self.tr("&Group by:"))
        breakdown_caption.setBuddy(self.breakdown)
        self.score = QComboBox()
        for name in SCORES:
            self.score.addItem(labels.score(name), name)
        self.score.setCurrentIndex(SCORES.index("composite"))
        score_caption = QLabel(self.tr("&Chart of:"))
        score_caption.setBuddy(self.score)
        self.export_button = QPushButton(self.tr("Export PNG…"))
        self.export_button.setToolTip(self.tr("Save the chart as an image"))
        controls = QHBoxLayout()
        for widget in (self.profile_caption, self.profile_choice, breakdown_caption, self.breakdown, score_caption,
                       self.score):
            controls.addWidget(widget)
        controls.addStretch(1)
        controls.addWidget(self.export_button)

        self.provisional = QLabel(labels.provisional_scoring())
        self.provisional.setProperty("badge", "provisional")
        self.provisional.setWordWrap(True)
        self.source = QLabel()
        self.source.setObjectName("hint")
        self.source.setWordWrap(True)
        self.note = QLabel()
        self.note.setObjectName("hint")
        self.note.setWordWrap(True)
        latest_title = QLabel(self.tr("Latest survey of each returnee"))
        latest_title.setObjectName("sideTitle")
        self.latest = MeTable(self.tr("mean"), format_score)
        self.chart = ChartView()
        change_title = QLabel(self.tr("Change from baseline to latest follow-up"))
        change_title.setObjectName("sideTitle")
        change_note = QLabel(self.tr("Returnees with a baseline and a later follow-up survey: the mean of "
                                     "(latest − baseline), over the same returnees; n: returnees with both scores."))
        change_note.setObjectName("hint")
        change_note.setWordWrap(True)
        self.change = MeTable(self.tr("mean change"), signed, self._before_after)
        self.latest.setAccessibleName(latest_title.text())
        self.change.setAccessibleName(change_title.text())

        body = QWidget()
        layout = QVBoxLayout(body)
        for widget in (self.provisional, self.source, latest_title, self.note, self.latest, self.chart, change_title,
                       change_note, self.change):
            layout.addWidget(widget)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.addLayout(top)
        outer.addLayout(controls)
        outer.addWidget(scroll, 1)

        self._set_enabled(False)
        self.provisional.hide()
        self.refresh_button.clicked.connect(self.refresh)
        self.profile_choice.activated.connect(self._profile_chosen)
        self.breakdown.currentIndexChanged.connect(self._show_breakdown)
        self.score.currentIndexChanged.connect(self._show_chart)
        self.export_button.clicked.connect(self._export)

    # --- the background computation ---------------------------------------------------------------

    def refresh(self) -> None:
        """Compute again in the background; what is shown stays until the new view arrives."""
        if self.worker is not None:
            return
        self.state.setText(self.tr("Computing…"))
        self.busy_bar.show()
        self.refresh_button.setEnabled(False)
        self.profile_choice.setEnabled(False)
        session = self.service.session
        self.worker = Worker(session, me_job(session, self.service.pinned_today, self.profile_id), self, "me view")
        self.worker.done.connect(self._computed)
        self.worker.start()

    def busy(self) -> bool:
        return self.worker is not None

    def _computed(self, outcome: Outcome) -> None:
        worker, self.worker = self.worker, None
        if worker is not None:
            worker.finish()
        self.busy_bar.hide()
        self.refresh_button.setEnabled(True)
        self.profile_choice.setEnabled(True)
        if not outcome.ok:
            assert outcome.error is not None
            self.state.setText(labels.error_text(outcome.error))
            return
        self.state.setText(self.tr("Computed on %1").replace("%1", isolate(self.service.today.isoformat())))
        self.show_view(outcome.value)

    def shut_down(self) -> None:
        """Before the profile locks: no answer wanted any more, and no slot of ours runs while the page goes."""
        if self.worker is not None:
            self.worker.stop()
            self.worker = None
        for combo in (self.profile_choice, self.breakdown, self.score):
            combo.blockSignals(True)

    def _profile_chosen(self, index: int) -> None:
        chosen = self.profile_choice.itemData(index)
        if chosen and chosen != self.profile_id:
            self.profile_id = chosen
            self.refresh()

    # --- showing ----------------------------------------------------------------------------------

    def _scoring_profile(self, profile_id: str) -> ScoringProfile | None:
        """The profile, when this computer knows it (the one in use, or the shipped one)."""
        if profile_id == self.device_profile.id:
            return self.device_profile
        if self._shipped is None:  # read once for the page's life
            self._shipped = load_profile(default_profile_path())
        return self._shipped if self._shipped.id == profile_id else None

    def show_view(self, view: MEView) -> None:
        self.view = view
        profiles = dict(view.profiles)
        profiles.setdefault(self.device_profile.id, 0)
        profiles.setdefault(view.profile_id, 0)
        self.profile_choice.clear()
        for profile_id, count in profiles.items():
            self.profile_choice.addItem(self.tr("%1 (%n survey(s))", "", count).replace("%1", profile_id), profile_id)
        self.profile_choice.setCurrentIndex(self.profile_choice.findData(view.profile_id))
        several = len(profiles) > 1
        self.profile_caption.setVisible(several)
        self.profile_choice.setVisible(several)
        profile = self._scoring_profile(view.profile_id)
        self.provisional.setVisible(profile is not None and profile.provisional)
        self.source.setText(labels.scoring_profile(view.profile_id))
        self.latest.min_cell = self.change.min_cell = view.min_cell
        self._set_enabled(True)
        self._show_breakdown()

    def _set_enabled(self, enabled: bool) -> None:
        for widget in (self.breakdown, self.score, self.export_button):
            widget.setEnabled(enabled)

    def _group(self, by: str, code: str) -> str:
        if by == "sex" and code in set(Sex):
            return labels.sex(Sex(code))
        if by == "assistance_type":
            return labels.assistance_types(self.forms.catalogue.forms.get(PLAN_FORM), self.language)(code)
        return labels.report_group(code)

    def _rows(self, total: Cell, cells: tuple[Cell, ...], by: str) -> list[Row]:
        return [("all", labels.report_group("all"), total.scores),
                *((cell.group, self._group(by, cell.group), cell.scores) for cell in cells)]

    def _show_breakdown(self) -> None:
        view = self.view
        if view is None:
            return
        by = self.breakdown.currentData()
        header = labels.report_breakdown(by)
        breakdown = view.latest.breakdowns[by]
        self.latest.show_rows(header, self._rows(view.latest.total, breakdown.cells, by))
        change = view.change.change
        self.change.show_rows(header, self._rows(change.total, change.breakdowns[by].cells, by))
        notes = [self.tr("“not shown”: fewer than %1 returnees, or hidden with such a group so that it cannot be "
                         "worked out from the total (small-cell suppression).").replace("%1", str(view.min_cell))]
        if breakdown.overlapping:
            notes.append(self.tr("A returnee can be in several groups: the groups do not add up to the total."))
        self.note.setText(" ".join(notes))
        self._show_chart()

    def _show_chart(self) -> None:
        view = self.view
        if view is None:
            return
        by, name = self.breakdown.currentData(), self.score.currentData()
        groups = chart_groups(self._rows(view.latest.total, view.latest.breakdowns[by].cells, by), name)
        texts = DistributionTexts(count=self.tr("n = %1"), suppressed=self.latest.hidden_text(),
                                  empty=self.tr("No survey scored with this profile yet."))
        bands = profile_bands(self._scoring_profile(view.profile_id))
        title = self.tr("%1 score by %2").replace("%1", labels.score(name)).replace(
            "%2", labels.report_breakdown(by).lower())
        chart = DistributionChart(groups, texts, bands=bands, min_count=view.min_cell, title=title)
        self.chart.set_chart(chart)
        self.chart.setFixedHeight(chart.size_hint().height())
        self.export_button.setEnabled(bool(groups))

    def _before_after(self, name: str, code: str, _label: str, _stats: ScoreStats) -> str:
        """The change's tooltip: the same returnees' mean at baseline and at the latest follow-up."""
        view, by = self.view, self.breakdown.currentData()
        if view is None:
            return ""
        means = []
        for table in (view.change.baseline, view.change.latest):
            cells = [table.total, *table.breakdowns[by].cells]
            cell = next((found for found in cells if found.group == code), None)
            mean = cell.scores[name].mean if cell is not None else None
            means.append("–" if mean is None else format_score(mean))
        return self.tr("%1: mean %2 at baseline, %3 at the latest follow-up").replace(
            "%1", labels.score(name)).replace("%2", means[0]).replace("%3", means[1])

    # --- export -----------------------------------------------------------------------------------

    def _export(self) -> None:
        export_chart(self, self.chart, f"me-{self.score.currentData()}-{self.breakdown.currentData()}.png")
