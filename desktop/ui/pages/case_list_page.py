"""The caseload: search as you type, filters, a sortable list read page by page."""

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.enums import Status, Vulnerability
from ...domain.query import CaseQuery
from ...domain.rules import FollowUp
from ...services.cases import CaseService
from ...services.reports import CaseFilter, ReportService
from .. import labels
from ..models.case_table_model import (
    AGE,
    CASE_NUMBER,
    COMMUNITY,
    FOLLOW_UP,
    NAME,
    SEX,
    STATUS,
    VULNERABILITIES,
    CaseTableModel,
)
from ..widgets.combo import code_combo

SEARCH_DELAY_MS = 120
OPEN = "open"


class CaseListPage(QWidget):
    """Signals:
        open_case(str): the person asked to open the case with this id.
        new_case(): the person asked to register a new case.
    """

    open_case = Signal(str)
    new_case = Signal()

    def __init__(self, service: CaseService, parent: QWidget | None = None):
        super().__init__(parent)
        self.service = service
        self.model = CaseTableModel(service, self)

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search by name, case number, phone or community"))
        self.search.setAccessibleName(self.tr("Search cases"))
        self.search.setClearButtonEnabled(True)
        self.status = QComboBox()
        self.status.setAccessibleName(self.tr("Status filter"))
        self.status.addItem(self.tr("All statuses"), None)
        self.status.addItem(self.tr("Open cases"), OPEN)
        for status in Status:
            self.status.addItem(labels.status(status), str(status))
        self.vulnerability = code_combo(Vulnerability, labels.vulnerability, empty=self.tr("Any vulnerability"))
        self.vulnerability.setAccessibleName(self.tr("Vulnerability filter"))
        self.follow_up = QComboBox()
        self.follow_up.setAccessibleName(self.tr("Follow-up filter"))
        self.follow_up.addItem(self.tr("Any follow-up"), None)
        self.follow_up.addItem(self.tr("Follow-up overdue"), str(FollowUp.OVERDUE))
        self.follow_up.addItem(labels.follow_up_soon(), str(FollowUp.DUE_SOON))
        self.mine = QCheckBox(self.tr("Assigned to &me"))
        self.new_button = QPushButton(self.tr("&New case"))
        self.count = QLabel()
        self.count.setAccessibleName(self.tr("Number of cases found"))
        # the cases behind a number of a report: a chip says so, its ✕ clears it
        self.report_ids: frozenset[str] | None = None
        self.report_label = QLabel()
        self.report_label.setProperty("badge", "status")
        self.clear_report = QToolButton()
        self.clear_report.setText("✕")
        self.clear_report.setAutoRaise(True)
        self.clear_report.setToolTip(self.tr("Show every case again"))
        self.clear_report.setAccessibleName(self.tr("Clear the report filter"))
        self.report_chip = QWidget()
        chip = QHBoxLayout(self.report_chip)
        chip.setContentsMargins(0, 0, 0, 0)
        chip.addWidget(self.report_label)
        chip.addWidget(self.clear_report)
        chip.addStretch(1)
        self.report_chip.hide()

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Cases"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        # no sort column before sorting is switched on: the list keeps its default
        # order (newest first) and is loaded once, by apply_filters below
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        em = self.fontMetrics().horizontalAdvance("M")
        for column, width in ((CASE_NUMBER, 12), (AGE, 3), (SEX, 7), (COMMUNITY, 9), (STATUS, 9), (VULNERABILITIES, 13), (FOLLOW_UP, 9)):
            self.table.setColumnWidth(column, width * em)

        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        filters.addWidget(self.status, 1)
        filters.addWidget(self.vulnerability, 1)
        filters.addWidget(self.follow_up, 1)
        filters.addWidget(self.mine)
        top = QHBoxLayout()
        heading = QLabel(self.tr("Cases"))
        heading.setObjectName("pageTitle")
        top.addWidget(heading)
        top.addStretch(1)
        top.addWidget(self.count)
        top.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.report_chip)
        layout.addWidget(self.table, 1)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self.apply_filters)
        self.search.textChanged.connect(self._debounce.start)
        for combo in (self.status, self.vulnerability, self.follow_up):
            combo.currentIndexChanged.connect(self.apply_filters)
        self.mine.toggled.connect(self.apply_filters)
        self.new_button.clicked.connect(self.new_case)
        self.clear_report.clicked.connect(self.clear_report_filter)
        self.table.activated.connect(self._activated)
        self.model.total_changed.connect(self._show_count)
        self.search.installEventFilter(self)
        self.table.installEventFilter(self)
        self.apply_filters()

    def query(self) -> CaseQuery:
        status = self.status.currentData()
        if status == OPEN:
            statuses = frozenset(s for s in Status if s is not Status.CLOSED)
        else:
            statuses = frozenset({Status(status)}) if status else frozenset()
        follow_up = self.follow_up.currentData()
        vulnerability = self.vulnerability.currentData()
        return CaseQuery(
            search=self.search.text(),
            statuses=statuses,
            vulnerability=Vulnerability(vulnerability) if vulnerability else None,
            follow_up=FollowUp(follow_up) if follow_up else None,
            assigned_to=self.service.session.profile.username if self.mine.isChecked() else None,
            case_ids=self.report_ids,
            sort=self.model.query.sort,
            descending=self.model.query.descending,
        )

    def apply_filters(self) -> None:
        self._debounce.stop()
        self.model.set_query(self.query())
        if self.model.rowCount():
            self.table.selectRow(0)

    def refresh(self) -> None:
        self.model.refresh()

    def show_report_filter(self, filter: CaseFilter, label: str) -> None:
        """Show exactly the cases behind a report's number (the list's own filters are
        reset, the search text too), with a chip naming them; its ✕ shows every case again."""
        reports = ReportService(self.service.session, self.service.pinned_today)
        self.report_ids = frozenset(reports.case_ids(filter))
        controls = (self.search, self.status, self.vulnerability, self.follow_up, self.mine)
        for control in controls:
            control.blockSignals(True)
        self.search.clear()
        for combo in (self.status, self.vulnerability, self.follow_up):
            combo.setCurrentIndex(0)
        self.mine.setChecked(False)
        for control in controls:
            control.blockSignals(False)
        self.report_label.setText(self.tr("Filtered by: %1").replace("%1", label))
        self.report_chip.setToolTip(label)
        self.report_chip.show()
        self.apply_filters()

    def clear_report_filter(self) -> None:
        self.report_ids = None
        self.report_chip.hide()
        self.apply_filters()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _show_count(self, total: int) -> None:
        self.count.setText(self.tr("%Ln case(s)", "", total))

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_case.emit(self.model.case_id(index.row()))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """From the search field: ↓ moves into the list, Enter opens the selected case.
        In the list, typing a letter or digit goes on in the search field."""
        if watched is self.table and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            text = event.text()
            if text and text.isprintable() and not text.isspace() and not event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier:
                self.search.setFocus()
                self.search.end(False)
                self.search.insert(text)
                return True
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_Down and self.model.rowCount():
                self.table.setFocus()
                self.table.selectRow(max(self.table.currentIndex().row(), 0))
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self._debounce.isActive():
                    self.apply_filters()
                current = self.table.currentIndex()
                if current.isValid():
                    self.open_case.emit(self.model.case_id(current.row()))
                return True
        return super().eventFilter(watched, event)
