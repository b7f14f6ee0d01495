"""The four RSS scores of a case over its surveys: one line per score, the
scoring profile's bands shaded behind them, and a mark when the profile that
computed them is provisional."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPen

from .base import (
    AXIS, GRID, SECONDARY_TEXT, Canvas, Chart, LegendEntry, ScoreBand, draw_legend, format_score,
    series_pen, series_style,
)

#: The scores in the order they are drawn (the composite last, on top).
SCORES: tuple[str, ...] = ("economic", "social", "psychosocial", "composite")

PROVISIONAL_FILL = QColor("#fff4ce")
PROVISIONAL_BORDER = QColor("#c9a227")
PROVISIONAL_TEXT = QColor("#6b4e00")


@dataclass(frozen=True)
class RssSurvey:
    """One survey of the case: its label on the time axis (already written
    out: "Baseline", "Follow-up 2", a date; a "\\n" starts a second line) and
    its scores on the profile's scale, None when not enough answers."""

    label: str
    economic: float | None
    social: float | None
    psychosocial: float | None
    composite: float | None
    #: the survey date: places the surveys by time when the chart asks for it
    when: date | None = None

    def score(self, name: str) -> float | None:
        return getattr(self, name)


@dataclass(frozen=True)
class RssTexts:
    """The chart's words, already translated."""

    economic: str
    social: str
    psychosocial: str
    composite: str
    #: written instead of the chart when no survey has a score
    empty: str
    #: the mark shown when the scoring profile is provisional
    provisional: str = ""

    def name(self, score: str) -> str:
        return getattr(self, score)


class RssChart(Chart):
    """Lines of the economic, social, psychosocial and composite scores.

    Args:
        surveys: oldest first.
        texts: series names, the empty text and the provisional mark.
        bands: shaded behind the lines (``score_bands(profile.bands.low,
            profile.bands.high, …)``); none when the profile has no bands.
        provisional: the scores come from a provisional profile: shows
            ``texts.provisional`` above the chart.
        time_scale: place the surveys by their dates (when every survey has
            one) instead of evenly.
        value_range: the score axis (the scoring profiles score on 0..1).
        title: drawn at the top; empty for none.
    """

    def __init__(self, surveys: Sequence[RssSurvey], texts: RssTexts, *, bands: Sequence[ScoreBand] = (),
                 provisional: bool = False, time_scale: bool = False,
                 value_range: tuple[float, float] = (0.0, 1.0), title: str = ""):
        super().__init__(title=title, empty_text=texts.empty)
        if provisional and not texts.provisional:
            raise ValueError("a provisional chart needs the text of its provisional mark")
        if not value_range[0] < value_range[1]:
            raise ValueError(f"empty value range {value_range}")
        self.surveys = tuple(surveys)
        self.texts = texts
        self.bands = tuple(bands)
        self.provisional = provisional
        self.time_scale = time_scale
        self.value_range = value_range

    def is_empty(self) -> bool:
        return not any(survey.score(name) is not None for survey in self.surveys for name in SCORES)

    def size_hint(self) -> QSize:
        return QSize(max(480, 110 * len(self.surveys) + 160), 340)

    # --- layout -------------------------------------------------------------------

    def _paint_chart(self, canvas: Canvas, rect: QRectF) -> None:
        top = rect.top()
        if self.provisional:
            top += self._paint_provisional(canvas, rect) + 8
        entries = [LegendEntry(self.texts.name(name), line=series_style(index)) for index, name in enumerate(SCORES)]
        top += draw_legend(canvas, entries, QRectF(rect.left(), top, rect.width(), 0)) + 8

        small = canvas.font(0.9)
        line = canvas.line_height(small)
        label_lines = max((survey.label.count("\n") + 1 for survey in self.surveys), default=1)
        ticks = self._ticks(rect.bottom() - top - (label_lines + 1) * line, line)
        axis_width = max(canvas.text_width(text, small) for _, text in ticks) + 8
        band_width = max((canvas.text_width(band.label, small) for band in self.bands), default=0.0)
        band_width = min(band_width + 10, rect.width() * 0.25)
        plot = QRectF(rect.left() + axis_width, top + line / 2,
                      rect.width() - axis_width - band_width, rect.bottom() - label_lines * line - 6 - top - line / 2)
        if plot.width() < 40 or plot.height() < 30:
            return
        pad = 8 + 4 + canvas.text_width(format_score(1.0), small) + 6
        xs = self._positions(plot.left() + pad, plot.right() - pad)

        self._paint_bands(canvas, plot, band_width, small)
        for value, text in ticks:
            y = self._y(plot, value)
            canvas.line(plot.left(), y, plot.right(), y, QPen(GRID, 1))
            canvas.text(QRectF(rect.left(), y - line / 2, axis_width - 6, line), text,
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, small, SECONDARY_TEXT)
        canvas.line(plot.left(), plot.bottom(), plot.right(), plot.bottom(), QPen(AXIS, 1))
        canvas.line(plot.left(), plot.top(), plot.left(), plot.bottom(), QPen(AXIS, 1))
        for x in xs:
            canvas.line(x, plot.bottom(), x, plot.bottom() + 4, QPen(AXIS, 1))
        self._paint_labels(canvas, xs, plot.bottom() + 6, line * label_lines, small)
        self._paint_series(canvas, plot, xs, small)

    def _paint_provisional(self, canvas: Canvas, rect: QRectF) -> float:
        font = canvas.font(0.95, bold=True)
        metrics = canvas.metrics(font)
        width = min(metrics.horizontalAdvance(self.texts.provisional) + 20, rect.width())
        bounds = metrics.boundingRect(QRectF(0, 0, width - 20, 10_000),
                                      Qt.TextFlag.TextWordWrap.value, self.texts.provisional)
        badge = QRectF(rect.left(), rect.top(), width, bounds.height() + 10)
        canvas.fill(badge, PROVISIONAL_FILL)
        canvas.outline(badge, QPen(PROVISIONAL_BORDER, 1.5))
        # a hatched strip at the leading edge: the mark stays visible in grey
        strip = QRectF(badge.left(), badge.top(), 6, badge.height())
        canvas.fill(strip, PROVISIONAL_BORDER)
        canvas.text(badge.adjusted(12, 5, -8, -5), self.texts.provisional,
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, font, PROVISIONAL_TEXT, wrap=True)
        return badge.height()

    def _ticks(self, height: float, line: float) -> list[tuple[float, str]]:
        """Five steps, or fewer when the labels would touch."""
        low, high = self.value_range
        steps = next((steps for steps in (5, 2) if height / steps >= line * 1.4), 1)
        step = (high - low) / steps
        return [(low + i * step, f"{low + i * step:.1f}") for i in range(steps + 1)]

    def _y(self, plot: QRectF, value: float) -> float:
        low, high = self.value_range
        value = min(high, max(low, value))
        return plot.bottom() - (value - low) / (high - low) * plot.height()

    def _positions(self, start: float, end: float) -> list[float]:
        count = len(self.surveys)
        if count == 1:
            return [(start + end) / 2]
        dates = [survey.when for survey in self.surveys]
        if self.time_scale and all(dates):
            first, last = min(dates), max(dates)
            span = (last - first).days
            if span > 0:
                return [start + (when - first).days / span * (end - start) for when in dates]
        return [start + index / (count - 1) * (end - start) for index in range(count)]

    # --- parts --------------------------------------------------------------------

    def _paint_bands(self, canvas: Canvas, plot: QRectF, margin: float, font: QFont) -> None:
        line = canvas.line_height(font)
        edges: set[float] = set()
        for band in self.bands:
            top, bottom = self._y(plot, band.end), self._y(plot, band.start)
            if bottom - top <= 0:
                continue
            canvas.fill(QRectF(plot.left(), top, plot.width(), bottom - top), band.color)
            canvas.fill(QRectF(plot.right(), top, 4, bottom - top), band.color)
            middle = min(max((top + bottom) / 2, plot.top() + line / 2), plot.bottom() - line / 2)
            canvas.text(QRectF(plot.right() + 8, middle - line / 2, margin - 8, line),
                        canvas.elided(band.label, margin - 8, font),
                        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, font, SECONDARY_TEXT)
            edges.update((band.start, band.end))
        low, high = self.value_range
        for edge in sorted(edges):
            if low < edge < high:
                y = self._y(plot, edge)
                canvas.line(plot.left(), y, plot.right() + 4, y, QPen(AXIS, 1, Qt.PenStyle.DashLine))

    def _paint_labels(self, canvas: Canvas, xs: list[float], top: float, height: float, font: QFont) -> None:
        end_of_last = None
        for x, survey in zip(xs, self.surveys):
            width = canvas.text_width(survey.label, font)
            if end_of_last is not None and x - width / 2 < end_of_last + 6:
                continue  # would overlap the label before: leave it out
            canvas.text(QRectF(x - width / 2 - 1, top, width + 2, height), survey.label,
                        Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, font)
            end_of_last = x + width / 2

    def _paint_series(self, canvas: Canvas, plot: QRectF, xs: list[float], font: QFont) -> None:
        ends: list[tuple[float, float, int, float]] = []  # (x, y, style index, value)
        for index, name in enumerate(SCORES):
            style = series_style(index)
            pen = series_pen(style)
            run: list[tuple[float, float]] = []
            points: list[tuple[float, float]] = []
            last = None
            for x, survey in zip(xs, self.surveys):
                value = survey.score(name)
                if value is None:
                    if len(run) > 1:
                        canvas.polyline(run, pen)
                    run = []
                    continue
                point = (x, self._y(plot, value))
                run.append(point)
                points.append(point)
                last = (x, point[1], index, value)
            if len(run) > 1:
                canvas.polyline(run, pen)
            for x, y in points:
                canvas.marker(x, y, style)
            if last is not None:
                ends.append(last)
        self._paint_end_values(canvas, plot, ends, font)

    def _paint_end_values(self, canvas: Canvas, plot: QRectF, ends: list[tuple[float, float, int, float]],
                          font: QFont) -> None:
        """The last value of each line beside its last point, with the line's
        marker, moved apart vertically where they would overlap."""
        line = canvas.line_height(font)
        by_x: dict[float, list[tuple[float, float, int, float]]] = {}
        for end in ends:
            by_x.setdefault(round(end[0], 1), []).append(end)
        for group in by_x.values():
            group.sort(key=lambda end: end[1])
            placed = _spread([end[1] for end in group], line, plot.top() + line / 2, plot.bottom() - line / 2)
            for (x, _, index, value), y in zip(group, placed):
                canvas.marker(x + 10, y, series_style(index), 6)
                canvas.text(QRectF(x + 16, y - line / 2, plot.right() - x, line), format_score(value),
                            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, font)


def _spread(wanted: list[float], gap: float, top: float, bottom: float) -> list[float]:
    """Positions as close to ``wanted`` (sorted) as possible, ``gap`` apart,
    within ``top``..``bottom`` when they fit."""
    placed: list[float] = []
    for y in wanted:
        placed.append(max(y, top, placed[-1] + gap if placed else top))
    overflow = placed[-1] - bottom if placed else 0
    if overflow > 0:
        for i in range(len(placed) - 1, -1, -1):
            limit = bottom if i == len(placed) - 1 else placed[i + 1] - gap
            placed[i] = max(top, min(placed[i], limit))
    return placed
