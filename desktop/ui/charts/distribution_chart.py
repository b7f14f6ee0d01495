"""How a score spreads within groups (offices, time since return…): one box
plot per group, its count beside it, and an explicit placeholder for a group
too small to show."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPen

from .base import (
    AXIS, BACKGROUND, GRID, SECONDARY_TEXT, Canvas, Chart, ScoreBand, format_score,
)

BOX_FILL = QColor("#c9dcec")
BOX_LINE = QColor("#1f5f8b")
MEDIAN = QColor("#000000")
PLACEHOLDER_FILL = QColor("#f1f3f5")
PLACEHOLDER_HATCH = QColor("#c3cbd2")


@dataclass(frozen=True)
class BoxStats:
    """The five numbers of a box plot and how many values they summarise."""

    count: int
    minimum: float
    first_quartile: float
    median: float
    third_quartile: float
    maximum: float

    @classmethod
    def of(cls, values: Sequence[float]) -> BoxStats | None:
        """The summary of ``values`` (quartiles by linear interpolation
        between the sorted values); None for no values."""
        ordered = sorted(float(value) for value in values)
        if not ordered:
            return None
        return cls(len(ordered), ordered[0], _quantile(ordered, 0.25), _quantile(ordered, 0.5),
                   _quantile(ordered, 0.75), ordered[-1])


def _quantile(ordered: list[float], fraction: float) -> float:
    position = (len(ordered) - 1) * fraction
    below = int(position)
    above = min(below + 1, len(ordered) - 1)
    return ordered[below] + (ordered[above] - ordered[below]) * (position - below)


@dataclass(frozen=True)
class Group:
    """One group: its label (already translated) and either its values or
    their summary (``stats``, e.g. computed by a query). ``suppressed``: the
    caller withheld the values because too few people are in the group."""

    label: str
    values: Sequence[float] = ()
    stats: BoxStats | None = None
    suppressed: bool = False

    def summary(self) -> BoxStats | None:
        return self.stats if self.stats is not None else BoxStats.of(self.values)

    @property
    def count(self) -> int:
        summary = self.summary()
        return summary.count if summary is not None else 0


@dataclass(frozen=True)
class DistributionTexts:
    """The chart's words, already translated."""

    #: the count beside a group, ``%1`` for the number: "n = %1"
    count: str
    #: the placeholder of a group too small to show: "fewer than 5"
    suppressed: str
    #: written instead of the chart when there is no group
    empty: str


class DistributionChart(Chart):
    """One row per group: a box from the first to the third quartile, the
    median as a thick line with its value, whiskers to the smallest and
    largest value, and ``n`` beside it. A group with fewer than ``min_count``
    values, or marked ``suppressed``, is drawn as a hatched placeholder
    saying so, never as its values and never as an empty row.

    Args:
        groups: in display order, from the top.
        texts: count format, placeholder text, empty text.
        bands: shaded behind the boxes (see ``score_bands``).
        value_range: the score axis, leading to trailing.
        min_count: smaller groups are suppressed (5: fewer than five people
            are never shown).
        value_text: writes a score (default: two decimals).
        title: drawn at the top; empty for none.
    """

    def __init__(self, groups: Sequence[Group], texts: DistributionTexts, *, bands: Sequence[ScoreBand] = (),
                 value_range: tuple[float, float] = (0.0, 1.0), min_count: int = 5,
                 value_text: Callable[[float], str] = format_score, title: str = ""):
        super().__init__(title=title, empty_text=texts.empty)
        if not value_range[0] < value_range[1]:
            raise ValueError(f"empty value range {value_range}")
        self.groups = tuple(groups)
        self.texts = texts
        self.bands = tuple(bands)
        self.value_range = value_range
        self.min_count = min_count
        self.value_text = value_text

    def is_empty(self) -> bool:
        return not self.groups

    def is_suppressed(self, group: Group) -> bool:
        return group.suppressed or group.count < self.min_count

    def size_hint(self) -> QSize:
        return QSize(520, max(180, 48 * len(self.groups) + 110))

    def _x(self, plot: QRectF, value: float) -> float:
        low, high = self.value_range
        value = min(high, max(low, value))
        return plot.left() + (value - low) / (high - low) * plot.width()

    def _paint_chart(self, canvas: Canvas, rect: QRectF) -> None:
        font = canvas.font()
        small = canvas.font(0.9)
        line = canvas.line_height(small)
        label_width = min(max(canvas.text_width(group.label, font) for group in self.groups) + 12,
                          rect.width() * 0.35)
        counts = [None if self.is_suppressed(group) else self.texts.count.replace("%1", str(group.count))
                  for group in self.groups]
        count_width = max((canvas.text_width(text, small) for text in counts if text), default=0.0) + 12
        band_row = line + 4 if self.bands else 0.0
        plot = QRectF(rect.left() + label_width, rect.top() + band_row,
                      rect.width() - label_width - count_width, rect.height() - band_row - line - 8)
        if plot.width() < 40 or plot.height() < 16:
            return
        row = min(plot.height() / len(self.groups), max(line * 3.2, 52.0))
        rows_bottom = plot.top() + row * len(self.groups)
        for band in self.bands:
            left, right = self._x(plot, band.start), self._x(plot, band.end)
            if right - left <= 0:
                continue
            canvas.fill(QRectF(left, plot.top(), right - left, rows_bottom - plot.top()), band.color)
            canvas.fill(QRectF(left, rect.top(), right - left, band_row - 2), band.color)
            canvas.text(QRectF(left + 2, rect.top(), right - left - 4, band_row - 2),
                        canvas.elided(band.label, right - left - 4, small),
                        Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter, small, SECONDARY_TEXT)
        self._paint_axis(canvas, plot, rows_bottom, small)
        for index, (group, count) in enumerate(zip(self.groups, counts)):
            top = plot.top() + row * index
            canvas.text(QRectF(rect.left(), top, label_width - 12, row),
                        canvas.elided(group.label, label_width - 12, font),
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, font)
            if count is None:
                self._paint_placeholder(canvas, QRectF(plot.left(), top, plot.width(), row), small)
                continue
            summary = group.summary()
            assert summary is not None  # a group that is not suppressed has values
            self._paint_box(canvas, plot, top, row, summary, small)
            canvas.text(QRectF(plot.right() + 8, top, count_width - 8, row), count,
                        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, small)

    def _paint_axis(self, canvas: Canvas, plot: QRectF, bottom: float, font: QFont) -> None:
        line = canvas.line_height(font)
        low, high = self.value_range
        for step in range(6):
            value = low + (high - low) * step / 5
            x = self._x(plot, value)
            canvas.line(x, plot.top(), x, bottom, QPen(GRID, 1))
            canvas.line(x, bottom, x, bottom + 4, QPen(AXIS, 1))
            text = f"{value:.1f}"
            width = canvas.text_width(text, font) + 4
            canvas.text(QRectF(x - width / 2, bottom + 5, width, line), text,
                        Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, font, SECONDARY_TEXT)
        canvas.line(plot.left(), bottom, plot.right(), bottom, QPen(AXIS, 1))

    def _paint_box(self, canvas: Canvas, plot: QRectF, top: float, row: float, summary: BoxStats,
                   font: QFont) -> None:
        line = canvas.line_height(font)
        height = max(4.0, min(row * 0.4, 22.0))
        middle = top + line + 2 + (row - line - 2) / 2 if row >= height + line + 4 else top + row / 2
        low, q1, median = (self._x(plot, value) for value in (summary.minimum, summary.first_quartile, summary.median))
        q3, high = self._x(plot, summary.third_quartile), self._x(plot, summary.maximum)
        whisker = QPen(BOX_LINE, 1.5)
        canvas.line(low, middle, q1, middle, whisker)
        canvas.line(q3, middle, high, middle, whisker)
        for x in (low, high):
            canvas.line(x, middle - height / 4, x, middle + height / 4, whisker)
        box = QRectF(q1, middle - height / 2, max(q3 - q1, 1.0), height)
        canvas.fill(box, BOX_FILL)
        canvas.outline(box, QPen(BOX_LINE, 1.2))
        canvas.line(median, middle - height / 2 - 2, median, middle + height / 2 + 2,
                    QPen(MEDIAN, 3.0, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap))
        text = self.value_text(summary.median)
        width = canvas.text_width(text, font) + 4
        if row >= height + line + 4:
            canvas.text(QRectF(median - width / 2, middle - height / 2 - line - 2, width, line), text,
                        Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom, font)

    def _paint_placeholder(self, canvas: Canvas, area: QRectF, font: QFont) -> None:
        height = max(8.0, min(area.height() * 0.6, canvas.line_height(font) + 12))
        box = QRectF(area.left() + 2, area.center().y() - height / 2, area.width() - 4, height)
        canvas.fill(box, PLACEHOLDER_FILL)
        canvas.hatch(box, Qt.BrushStyle.BDiagPattern, PLACEHOLDER_HATCH)
        canvas.outline(box, QPen(AXIS, 1, Qt.PenStyle.DashLine))
        text = canvas.elided(self.texts.suppressed, box.width() - 16, font)
        width = canvas.text_width(text, font) + 12
        label = QRectF(box.center().x() - width / 2, box.top() + 2, width, box.height() - 4)
        canvas.fill(label, BACKGROUND)
        canvas.text(label, text, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter,
                    canvas.font(0.9), SECONDARY_TEXT)
