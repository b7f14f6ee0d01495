"""Bars with their count written on them: cases by status, plan items by type,
referral outcomes… Horizontal or vertical, optionally stacked (direct vs
referral)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QFont, QPen

from .base import AXIS, Canvas, Chart, FillStyle, LegendEntry, draw_legend, fill_style, format_count


@dataclass(frozen=True)
class Bar:
    """One category: its label (already translated) and its value, or one
    value per stacked segment, in the order of the chart's ``segments``."""

    label: str
    value: float | Sequence[float]

    @property
    def segments(self) -> tuple[float, ...]:
        if isinstance(self.value, (int, float)):
            return (float(self.value),)
        return tuple(float(part) for part in self.value)

    @property
    def total(self) -> float:
        return sum(self.segments)


class BarChart(Chart):
    """Bars from a common baseline, each with its total written beside its
    end and, when stacked, each segment's value written in the segment where
    it fits.

    Args:
        bars: in display order (from the leading edge, or from the top).
        empty_text: written instead of bars when there are none.
        segments: the names of the stacked segments (shown as a legend when
            more than one); empty for plain bars.
        orientation: ``Qt.Horizontal`` (bars grow from the leading edge,
            labels on the leading side) or ``Qt.Vertical`` (bars grow up,
            categories from the leading edge).
        max_value: the value of a full-length bar, to give several charts the
            same scale; default: the largest total.
        value_text: writes a value (default: Western digits, no decimals for
            whole numbers).
        title: drawn at the top; empty for none.
    """

    def __init__(self, bars: Sequence[Bar], *, empty_text: str, segments: Sequence[str] = (),
                 orientation: Qt.Orientation = Qt.Orientation.Horizontal, max_value: float | None = None,
                 value_text: Callable[[float], str] = format_count, title: str = ""):
        super().__init__(title=title, empty_text=empty_text)
        self.bars = tuple(bars)
        self.segments = tuple(segments)
        self.orientation = orientation
        self.max_value = max_value
        self.value_text = value_text
        for bar in self.bars:
            if any(part < 0 for part in bar.segments):
                raise ValueError(f"negative value in the bar {bar.label!r}")
            if self.segments and len(bar.segments) != len(self.segments):
                raise ValueError(f"the bar {bar.label!r} has {len(bar.segments)} values for "
                                 f"{len(self.segments)} segments")

    def is_empty(self) -> bool:
        return not self.bars

    def size_hint(self) -> QSize:
        chrome = (30 if self.title else 0) + (28 if len(self.segments) > 1 else 0) + 24
        if self.orientation == Qt.Orientation.Horizontal:
            return QSize(420, max(140, 34 * len(self.bars) + chrome))
        return QSize(max(320, 80 * len(self.bars) + 40), 240 + chrome)

    def _scale(self) -> float:
        largest = max((bar.total for bar in self.bars), default=0.0)
        scale = self.max_value if self.max_value is not None else largest
        return scale if scale > 0 else 1.0

    def _paint_chart(self, canvas: Canvas, rect: QRectF) -> None:
        top = rect.top()
        if len(self.segments) > 1:
            entries = [LegendEntry(name, fill=fill_style(index)) for index, name in enumerate(self.segments)]
            top += draw_legend(canvas, entries, QRectF(rect.left(), top, rect.width(), 0)) + 8
        area = QRectF(rect.left(), top, rect.width(), rect.bottom() - top)
        if area.height() < 20:
            return
        if self.orientation == Qt.Orientation.Horizontal:
            self._paint_horizontal(canvas, area)
        else:
            self._paint_vertical(canvas, area)

    def _paint_horizontal(self, canvas: Canvas, area: QRectF) -> None:
        font = canvas.font()
        small = canvas.font(0.9)
        line = canvas.line_height(font)
        label_width = min(max(canvas.text_width(bar.label, font) for bar in self.bars) + 10, area.width() * 0.4)
        value_width = max(canvas.text_width(self.value_text(bar.total), font) for bar in self.bars) + 8
        start = area.left() + label_width
        length = area.right() - value_width - start
        if length < 10:
            return
        row = min(area.height() / len(self.bars), max(line * 2.2, 34.0))
        thickness = max(2.0, min(row * 0.68, 28.0))
        scale = self._scale()
        for index, bar in enumerate(self.bars):
            middle = area.top() + row * (index + 0.5)
            canvas.text(QRectF(area.left(), middle - row / 2, label_width - 10, row),
                        canvas.elided(bar.label, label_width - 10, font),
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, font)
            x = start
            for part_index, part in enumerate(bar.segments):
                size = part / scale * length
                if size <= 0:
                    continue
                style = fill_style(part_index)
                box = QRectF(x, middle - thickness / 2, size, thickness)
                canvas.filled(box, style)
                text = self.value_text(part)
                if (len(bar.segments) > 1 and thickness >= canvas.line_height(small)
                        and canvas.text_width(text, small) + 6 <= size):
                    _segment_text(canvas, box, text, style, small)
                x += size
            canvas.text(QRectF(x + 5, middle - line / 2, area.right() - x - 5, line), self.value_text(bar.total),
                        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, canvas.font(bold=True))
        bottom = area.top() + row * len(self.bars)
        canvas.line(start, area.top(), start, bottom, QPen(AXIS, 1))

    def _paint_vertical(self, canvas: Canvas, area: QRectF) -> None:
        font = canvas.font()
        small = canvas.font(0.9)
        line = canvas.line_height(font)
        column = area.width() / len(self.bars)
        label_lines = 2 if any(canvas.text_width(bar.label, small) > column - 6 for bar in self.bars) else 1
        labels_top = area.bottom() - label_lines * canvas.line_height(small) - 2
        base = labels_top - 4
        length = base - (area.top() + line + 4)
        if length < 10:
            return
        thickness = max(2.0, min(column * 0.62, 56.0))
        scale = self._scale()
        for index, bar in enumerate(self.bars):
            centre = area.left() + column * (index + 0.5)
            canvas.text(QRectF(centre - column / 2 + 2, labels_top, column - 4, area.bottom() - labels_top),
                        bar.label if label_lines > 1 else canvas.elided(bar.label, column - 4, small),
                        Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, small, wrap=True)
            y = base
            for part_index, part in enumerate(bar.segments):
                size = part / scale * length
                if size <= 0:
                    continue
                style = fill_style(part_index)
                box = QRectF(centre - thickness / 2, y - size, thickness, size)
                canvas.filled(box, style)
                text = self.value_text(part)
                if (len(bar.segments) > 1 and size >= canvas.line_height(small)
                        and canvas.text_width(text, small) + 6 <= thickness):
                    _segment_text(canvas, box, text, style, small)
                y -= size
            canvas.text(QRectF(centre - column / 2, y - line - 3, column, line), self.value_text(bar.total),
                        Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom, canvas.font(bold=True))
        canvas.line(area.left(), base, area.right(), base, QPen(AXIS, 1))


def _segment_text(canvas: Canvas, box: QRectF, text: str, style: FillStyle, font: QFont) -> None:
    """A segment's value in its middle, on a patch of the plain fill so that
    the hatch does not run through the digits."""
    width, height = canvas.text_width(text, font) + 4, canvas.line_height(font)
    patch = QRectF(box.center().x() - width / 2, box.center().y() - height / 2, width, height)
    canvas.fill(patch, style.color)
    canvas.text(patch, text, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter, font,
                style.text_color())
