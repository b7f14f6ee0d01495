"""The caseload dashboard of the profile's office: tiles and small bar charts
of ``ReportService.dashboard()``. The numbers are counted in the background
runner; every tile and every count under a chart opens the case list on
exactly the cases behind it."""

import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)
from sqlite_utils import Database

from ...domain.enums import Status
from ...services.cases import CaseService
from ...services.forms import FormService
from ...services.reports import CaseFilter, Dashboard, Figure, ReportService
from ...services.session import Session
from ...store.report_schema import PLAN_FORM
from .. import labels
from ..charts import Bar, BarChart, ChartView
from ..i18n import isolate
from ..print import save_caseload_report
from ..save_file import save_pdf
from ..tasks import Outcome, Worker
from ..widgets.flow_layout import FlowLayout

# tiles and link buttons, on top of the application's style sheet
PAGE_STYLE = """
QPushButton#tile { background: white; border: 1px solid #d5dde3; border-radius: 8px; padding: 8px 12px; }
QPushButton#tile:hover { border-color: #1f5f8b; background: #f3f8fb; }
QPushButton#tile:focus { border: 2px solid #1f5f8b; }
QLabel#tileNumber { font-size: 20pt; font-weight: bold; color: #1f5f8b; }
QLabel#tileNumber[alert="true"] { color: #a4262c; }
QPushButton#figureLink { border: none; color: #1f5f8b; text-decoration: underline; padding: 1px 4px; }
QPushButton#figureLink:focus { border: 1px dotted #1f5f8b; }
"""


def dashboard_job(session: Session, today: Any) -> Callable[[Database, threading.Event, Callable[[Any], None]], Dashboard]:
    def job(db: Database, _cancel: threading.Event, _progress: Callable[[Any], None]) -> Dashboard:
        return ReportService(session, today, db=db).dashboard()

    return job


class Tile(QPushButton):
    """A big number and what it counts; clicking it opens the cases behind it."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("tile")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.number = QLabel()
        self.number.setObjectName("tileNumber")
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self.detail = QLabel()
        self.detail.setObjectName("hint")
        self.detail.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(2)
        for label in (self.number, self.caption, self.detail):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            layout.addWidget(label)
        self.setMinimumHeight(104)

    def show_value(self, number: str, caption: str, detail: str = "", alert: bool = False) -> None:
        self.number.setText(number)
        self.number.setProperty("alert", alert)
        self.number.style().unpolish(self.number)
        self.number.style().polish(self.number)
        self.caption.setText(caption)
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))
        self.setAccessibleName(f"{caption}: {number}" + (f" ({detail})" if detail else ""))


class Section(QFrame):
    """A titled card: a bar chart and, under it, one link per number to open its cases."""

    def __init__(self, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("card")
        self.title = QLabel(title)
        self.title.setObjectName("sideTitle")
        self.note = QLabel()
        self.note.setObjectName("hint")
        self.note.setWordWrap(True)
        self.note.hide()
        self.chart = ChartView()
        self.links = QWidget()
        self.flow = FlowLayout(self.links, spacing=2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.note)
        layout.addWidget(self.chart)
        layout.addWidget(self.links)
        layout.addStretch(1)
        self.buttons: list[QPushButton] = []

    def set_note(self, text: str) -> None:
        self.note.setText(text)
        self.note.setVisible(bool(text))


class DashboardPage(QWidget):
    """Signals:
        open_filter(object, str): open the case list on a ``CaseFilter``, named by the text.
    """

    open_filter = Signal(object, str)

    def __init__(self, service: CaseService, forms: FormService, language: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.service, self.forms, self.language = service, forms, language
        self.worker: Worker | None = None
        self.dashboard: Dashboard | None = None
        self.setStyleSheet(PAGE_STYLE)

        heading = QLabel(self.tr("Caseload dashboard"))
        heading.setObjectName("pageTitle")
        self.office = QLabel()
        self.office.setObjectName("hint")
        self.state = QLabel()
        self.state.setObjectName("hint")
        self.refresh_button = QPushButton(self.tr("&Refresh"))
        self.pdf_button = QPushButton(self.tr("Save caseload report as &PDF…"))
        self.pdf_button.setToolTip(self.tr("The numbers shown, as tables and charts to print (written to the audit trail)"))
        self.pdf_button.setEnabled(False)
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addWidget(self.office)
        top.addStretch(1)
        top.addWidget(self.state)
        top.addWidget(self.pdf_button)
        top.addWidget(self.refresh_button)

        self.total = Tile()
        self.overdue = Tile()
        self.due_soon = Tile()
        self.tasks_overdue = Tile()
        self.plan_median = Tile()
        self.plan_within = Tile()
        tiles = QGridLayout()
        for index, tile in enumerate((self.total, self.overdue, self.due_soon, self.tasks_overdue,
                                      self.plan_median, self.plan_within)):
            tiles.addWidget(tile, index // 3, index % 3)
            tile.setEnabled(False)

        self.statuses = Section(labels.dashboard("by_status"))
        self.vulnerabilities = Section(labels.dashboard("by_vulnerability"))
        self.item_types = Section(labels.dashboard("item_types"))
        self.deliveries = Section(labels.dashboard("deliveries"))
        self.referrals = Section(labels.dashboard("referral_outcomes"))
        self.sections = (self.statuses, self.vulnerabilities, self.item_types, self.deliveries, self.referrals)
        grid = QGridLayout()
        for index, section in enumerate(self.sections):
            grid.addWidget(section, index // 2, index % 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)

        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.addLayout(tiles)
        body_layout.addLayout(grid, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)

        self.refresh_button.clicked.connect(self.refresh)
        self.pdf_button.clicked.connect(self.save_report)
        self._connect_tiles()

    def _connect_tiles(self) -> None:
        def opener(pick: Callable[[Dashboard], tuple[CaseFilter, str]]) -> Callable[[], None]:
            def open_cases() -> None:
                if self.dashboard is not None:
                    self.open_filter.emit(*pick(self.dashboard))
            return open_cases

        self.total.clicked.connect(opener(lambda d: (d.total.filter, self.tr("Every case of the office"))))
        self.overdue.clicked.connect(opener(lambda d: (d.follow_ups_overdue.filter, self.tr("Follow-up overdue"))))
        self.due_soon.clicked.connect(opener(lambda d: (d.follow_ups_due_soon.filter,
                                                        labels.follow_up_soon())))
        self.tasks_overdue.clicked.connect(opener(lambda d: (d.tasks_overdue.filter,
                                                             labels.report_subset("task_overdue"))))
        self.plan_median.clicked.connect(opener(lambda d: (d.plan_timing.filter, labels.report_subset("plan_timed"))))
        self.plan_within.clicked.connect(opener(lambda d: (d.plan_timing.within_filter,
                                                           labels.report_subset("plan_within"))))

    # --- the background count ---------------------------------------------------------------------

    def refresh(self) -> None:
        """Count again in the background; the numbers shown stay until the new ones arrive."""
        if self.worker is not None:
            return
        self.state.setText(self.tr("Counting…"))
        self.refresh_button.setEnabled(False)
        self.worker = Worker(self.service.session, dashboard_job(self.service.session, self.service.pinned_today),
                             self, "dashboard")
        self.worker.done.connect(self._counted)
        self.worker.start()

    def busy(self) -> bool:
        return self.worker is not None

    def _counted(self, outcome: Outcome) -> None:
        worker, self.worker = self.worker, None
        if worker is not None:
            worker.finish()
        self.refresh_button.setEnabled(True)
        if not outcome.ok:
            assert outcome.error is not None
            self.state.setText(labels.error_text(outcome.error))
            return
        self.state.setText(labels.dashboard("counted", isolate(outcome.value.today.isoformat())))
        self.show_dashboard(outcome.value)

    def save_report(self) -> bool:
        """Ask where, then write the numbers shown as a PDF report (fast: they are counted already)."""
        dashboard = self.dashboard
        if dashboard is None:
            return False
        return save_pdf(self, self.tr("Save the caseload report"),
                        Path.home() / f"caseload-{dashboard.office_code}-{dashboard.today.isoformat()}.pdf",
                        self.tr("Report not saved"),
                        lambda path: save_caseload_report(self.forms, dashboard, path, language=self.language))

    def shut_down(self) -> None:
        """Before the profile locks: no answer wanted any more."""
        if self.worker is not None:
            self.worker.stop()
            self.worker = None

    # --- showing ----------------------------------------------------------------------------------

    def _item_type(self, code: str) -> str:
        return labels.assistance_types(self.forms.catalogue.forms.get(PLAN_FORM), self.language)(code)

    def show_dashboard(self, dashboard: Dashboard) -> None:
        self.dashboard = dashboard
        self.pdf_button.setEnabled(True)
        self.office.setText(labels.dashboard("office", isolate(dashboard.office_code)))
        self.total.show_value(str(dashboard.total.count), labels.dashboard("cases"))
        self.overdue.show_value(str(dashboard.follow_ups_overdue.count), labels.dashboard("overdue"),
                                alert=dashboard.follow_ups_overdue.count > 0)
        self.due_soon.show_value(str(dashboard.follow_ups_due_soon.count), labels.follow_ups_due_soon())
        tasks = dashboard.tasks_overdue
        self.tasks_overdue.show_value(str(tasks.count), labels.dashboard("tasks_overdue"),
                                      self.tr("%n case(s)", "", tasks.cases or 0), alert=tasks.count > 0)
        timing = dashboard.plan_timing
        median = "–" if timing.median_days is None else f"{timing.median_days:g}"
        self.plan_median.show_value(median, labels.dashboard("plan_median"),
                                    self.tr("%n case(s) with both dates", "", timing.count))
        share = "–" if timing.share_within_target is None else f"{round(timing.share_within_target * 100)} %"
        self.plan_within.show_value(
            share, labels.dashboard("plan_within", timing.target_days),
            self.tr("%n case(s)", "", timing.within_target))
        for tile in (self.total, self.overdue, self.due_soon, self.tasks_overdue, self.plan_median, self.plan_within):
            tile.setEnabled(True)

        self._fill(self.statuses, dashboard.by_status, lambda code: labels.status(Status(code)),
                   self.tr("No case yet."))
        self._fill(self.vulnerabilities, dashboard.vulnerabilities, labels.vulnerability_group,
                   self.tr("No open case."), hide_zero=True)
        self._fill(self.item_types, dashboard.plan_items_by_type, self._item_type, self.tr("No plan item yet."))
        self._fill(self.deliveries, dashboard.plan_items_by_delivery, labels.report_group,
                   self.tr("No plan item yet."))
        self.item_types.set_note(self.tr("Items of each case's latest plan, cancelled ones left out; "
                                         "a link opens the cases with such an item."))
        self._fill(self.referrals, dashboard.referral_outcomes, labels.referral_outcome,
                   self.tr("No referral yet."), hide_zero=True)

    def _fill(self, section: Section, figures: Sequence[Figure], label: Callable[[str], str], empty: str,
              hide_zero: bool = False) -> None:
        shown = [figure for figure in figures if figure.count or not hide_zero]
        bars = [Bar(label(figure.code), figure.count) for figure in shown]
        if not any(figure.count for figure in shown):
            bars = []
        section.chart.set_chart(BarChart(bars, empty_text=empty))
        section.chart.setFixedHeight(max(110, 34 * len(bars) + 30))
        for button in section.buttons:
            section.flow.removeWidget(button)
            button.deleteLater()
        section.buttons = []
        title = section.title.text()
        for figure in shown:
            if not figure.count:
                continue
            name = label(figure.code)
            text = f"{name}: {figure.count}"
            if figure.cases is not None:
                text += " · " + self.tr("%n case(s)", "", figure.cases)
            button = QPushButton(text)
            button.setObjectName("figureLink")
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.setToolTip(self.tr("Open these cases in the case list"))
            button.clicked.connect(lambda _checked=False, f=figure.filter, n=f"{title}: {name}":
                                   self.open_filter.emit(f, n))
            section.flow.addWidget(button)
            section.buttons.append(button)
