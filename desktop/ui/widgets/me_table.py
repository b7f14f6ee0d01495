"""The M&E page's pieces: a table with one row per group, and for each RSS
score the number of returnees and a value (the mean, or the mean change) — a
small cell (suppressed by the report) shows a word across both columns and no
number — and the groups of its distribution chart."""

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QAbstractScrollArea, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from ...domain.scoring import ScoringProfile
from ...services.reports import SCORES, ScoreStats
from .. import labels
from ..charts import BoxStats, Group, ScoreBand, format_score, score_bands
from ..i18n import isolate

HIDDEN_INK = QColor("#555f69")
HIDDEN_BACKGROUND = QColor("#f1f3f5")

#: one row: the group's code, its label (translated) and its stats by score name
Row = tuple[str, str, dict[str, ScoreStats]]


def signed(value: float) -> str:
    """A change of score: +0.25, −0.10 (kept left to right in Arabic)."""
    return isolate(f"{value:+.2f}".replace("-", "−"))


def chart_groups(rows: Sequence[Row], name: str) -> list[Group]:
    """The box plots of score ``name``: a hidden cell as a placeholder; a group
    without the score is left out (nothing to draw: the table says n = 0)."""
    groups = []
    for _, label, scores in rows:
        stats = scores[name]
        if stats.suppressed:
            groups.append(Group(label, suppressed=True))
        elif stats.n and None not in (stats.minimum, stats.q1, stats.median, stats.q3, stats.maximum):
            groups.append(Group(label, stats=BoxStats(stats.n, stats.minimum, stats.q1, stats.median,  # type: ignore[arg-type]
                                                      stats.q3, stats.maximum)))
    return groups


def profile_bands(profile: ScoringProfile | None) -> tuple[ScoreBand, ...]:
    if profile is None or profile.bands is None:
        return ()
    names = (labels.score_band("low"), labels.score_band("medium"), labels.score_band("high"))
    return score_bands(profile.bands.low, profile.bands.high, names)


class MeTable(QTableWidget):
    """Rows of groups, two columns per score: ``n`` and the value.

    Args:
        value_header: the value column's name ("mean", "mean change").
        value_text: writes a shown cell's value.
        detail: the tooltip of a shown value (score name, group code, group label, stats);
            by default the median, quartiles and range.
        min_cell: the report's smallest shown cell, for the explanation of hidden cells.
    """

    def __init__(self, value_header: str, value_text: Callable[[float], str],
                 detail: Callable[[str, str, str, ScoreStats], str] | None = None, min_cell: int = 5,
                 parent: QWidget | None = None):
        super().__init__(0, 1 + 2 * len(SCORES), parent)
        self.value_header, self.value_text, self.detail = value_header, value_text, detail or self.spread
        self.min_cell = min_cell
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.verticalHeader().hide()
        self.setWordWrap(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)

    def hidden_text(self) -> str:
        return self.tr("not shown")

    def hidden_tooltip(self) -> str:
        return self.tr("Not shown to protect the returnees' privacy (small-cell suppression): fewer than %1 "
                       "returnees have this score in this group, or the group is hidden with such a group so "
                       "that it cannot be worked out from the total.").replace("%1", str(self.min_cell))

    def spread(self, name: str, _code: str, label: str, stats: ScoreStats) -> str:
        if stats.median is None:
            return ""
        numbers = (stats.median, stats.q1, stats.q3, stats.minimum, stats.maximum)
        text = self.tr("%1, %2: median %3, half of the returnees between %4 and %5, lowest %6, highest %7")
        for index, value in enumerate(numbers, start=3):
            text = text.replace(f"%{index}", format_score(value or 0))
        return text.replace("%1", label).replace("%2", labels.score(name))

    def show_rows(self, group_header: str, rows: Sequence[Row]) -> None:
        """Fill the table; the first row (the total) is bold."""
        headers = [group_header]
        for name in SCORES:
            headers += [f"{labels.score(name)}\n{self.tr('n')}", f"{labels.score(name)}\n{self.value_header}"]
        self.clearSpans()
        self.setRowCount(0)
        self.setHorizontalHeaderLabels(headers)
        self.setRowCount(len(rows))
        for row, (code, label, scores) in enumerate(rows):
            self._put(row, 0, QTableWidgetItem(label), bold=row == 0)
            for index, name in enumerate(SCORES):
                self._cells(row, 1 + 2 * index, name, (code, label), scores[name], bold=row == 0)
        self.resizeRowsToContents()
        self.setMinimumHeight(self.horizontalHeader().sizeHint().height()
                              + sum(self.rowHeight(row) for row in range(len(rows))) + 2 * self.frameWidth() + 2)

    def _put(self, row: int, column: int, item: QTableWidgetItem, bold: bool = False) -> None:
        if bold:
            font = QFont(self.font())
            font.setBold(True)
            item.setFont(font)
        self.setItem(row, column, item)

    def _cells(self, row: int, column: int, name: str, group: tuple[str, str], stats: ScoreStats,
               bold: bool) -> None:
        if stats.suppressed:
            item = QTableWidgetItem(self.hidden_text())
            item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            item.setForeground(QBrush(HIDDEN_INK))
            item.setBackground(QBrush(HIDDEN_BACKGROUND))
            item.setToolTip(self.hidden_tooltip())
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{labels.score(name)}: {self.hidden_text()}")
            self.setItem(row, column, item)
            blank = QTableWidgetItem()
            blank.setBackground(QBrush(HIDDEN_BACKGROUND))
            self.setItem(row, column + 1, blank)
            if not self.isRightToLeft():  # right to left, Qt paints a spanned cell's text twice
                self.setSpan(row, column, 1, 2)
            return
        count = QTableWidgetItem(str(stats.n or 0))
        value = QTableWidgetItem("–" if stats.mean is None else self.value_text(stats.mean))
        for item in (count, value):
            item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
        if stats.mean is not None:
            value.setToolTip(self.detail(name, *group, stats))
        self._put(row, column, count, bold)
        self._put(row, column + 1, value, bold)

    def cell_text(self, row: int, name: str) -> tuple[str, str]:
        """What a row shows for a score: (n, value), or (the hidden word, "") — for tests and screen readers."""
        column = 1 + 2 * SCORES.index(name)
        first, second = self.item(row, column), self.item(row, column + 1)
        return (first.text() if first else "", second.text() if second else "")
