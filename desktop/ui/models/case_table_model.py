"""The case list as a Qt item model: an adapter over CaseService queries that
reads pages of rows on demand (``fetchMore``), never the whole table. Cases with
open sync conflicts carry a warning sign by their name."""

from datetime import date

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QIcon
from PySide6.QtWidgets import QApplication, QStyle

from ...domain.case import CaseRow
from ...domain.query import CaseQuery, SortKey
from ...domain.rules import FollowUp, age_on, follow_up_state
from ...services.cases import CaseService
from .. import labels

PAGE = 200
CASE_NUMBER, NAME, AGE, SEX, COMMUNITY, STATUS, VULNERABILITIES, FOLLOW_UP = range(8)
CASE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
_SORTS = {
    CASE_NUMBER: SortKey.CASE_NUMBER,
    NAME: SortKey.NAME,
    COMMUNITY: SortKey.COMMUNITY,
    STATUS: SortKey.STATUS,
    FOLLOW_UP: SortKey.NEXT_FOLLOW_UP,
}
OVERDUE_COLOUR = QColor("#a4262c")

Index = QModelIndex | QPersistentModelIndex


class CaseTableModel(QAbstractTableModel):
    """Signals:
        total_changed(int): number of cases matching the current query.
    """

    total_changed = Signal(int)

    def __init__(self, service: CaseService, parent: QObject | None = None):
        super().__init__(parent)
        self.service = service
        self.query = CaseQuery()
        self.rows: list[CaseRow] = []
        self.total = 0
        self.conflicted: set[str] = set()  # ids of cases with open sync conflicts (few)
        self._warning: QIcon | None = None

    @property
    def today(self) -> date:
        return self.service.today

    # --- loading ----------------------------------------------------------------

    def refresh_conflicts(self) -> None:
        """After a sync, an import or a choice: the warning signs, without reloading the rows."""
        self.conflicted = self.service.conflicted_case_ids()
        if self.rows:
            self.dataChanged.emit(self.index(0, NAME), self.index(len(self.rows) - 1, NAME),
                                  [Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.ToolTipRole])

    def set_query(self, query: CaseQuery) -> None:
        self.beginResetModel()
        self.conflicted = self.service.conflicted_case_ids()
        self.query = query
        self.total = self.service.count(query)
        self.rows = self.service.page(query, 0, PAGE)
        self.endResetModel()
        self.total_changed.emit(self.total)

    def refresh(self) -> None:
        """Reload after an edit, keeping as many rows loaded as before."""
        loaded = max(PAGE, len(self.rows))
        self.beginResetModel()
        self.conflicted = self.service.conflicted_case_ids()
        self.total = self.service.count(self.query)
        self.rows = self.service.page(self.query, 0, loaded)
        self.endResetModel()
        self.total_changed.emit(self.total)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self.rows) < self.total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid():
            return
        more = self.service.page(self.query, len(self.rows), PAGE)
        if not more:
            self.total = len(self.rows)
            return
        self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(more) - 1)
        self.rows.extend(more)
        self.endInsertRows()

    # --- Qt model interface -----------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 8

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Case number"),
            self.tr("Name"),
            self.tr("Age"),
            self.tr("Sex"),
            self.tr("Community"),
            self.tr("Status"),
            self.tr("Vulnerabilities"),
            self.tr("Next follow-up"),
        )[section]

    def case_id(self, row: int) -> str:
        return self.rows[row].id

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row, column = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == CASE_ID_ROLE:
            return row.id
        if column == NAME and row.id in self.conflicted:
            if role == Qt.ItemDataRole.DecorationRole:
                if self._warning is None:
                    self._warning = QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
                return self._warning
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("Sync conflict to look at: open the case file")
        if role == Qt.ItemDataRole.ToolTipRole and column == VULNERABILITIES:
            return "\n".join(labels.vulnerability(v) for v in row.vulnerabilities) or None
        if column == FOLLOW_UP and follow_up_state(row.next_follow_up, row.status, self.today) is FollowUp.OVERDUE:
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(OVERDUE_COLOUR)
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("Follow-up overdue")
        return None

    def _display(self, row: CaseRow, column: int) -> str:
        if column == CASE_NUMBER:
            return row.case_number
        if column == NAME:
            return " ".join(part for part in (row.given_name, row.family_name) if part)
        if column == AGE:
            return str(age_on(row.birth_date, self.today)) if row.birth_date else ""
        if column == SEX:
            return labels.sex(row.sex)
        if column == COMMUNITY:
            return row.community
        if column == STATUS:
            return labels.status(row.status)
        if column == VULNERABILITIES:
            return ", ".join(labels.vulnerability(v) for v in row.vulnerabilities[:2]) + (
                "…" if len(row.vulnerabilities) > 2 else ""
            )
        if column == FOLLOW_UP:
            return row.next_follow_up.isoformat() if row.next_follow_up else ""
        return ""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = _SORTS.get(column)
        if key is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        self.set_query(self.query.model_copy(update={"sort": key, "descending": descending}))

    def sortable(self, column: int) -> bool:
        return column in _SORTS
