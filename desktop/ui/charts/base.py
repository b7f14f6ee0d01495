"""What every chart shares: painting into any QPaintDevice, right-to-left
mirroring, the application font, and series styles that stay apart in grey.

A chart is a plain object, not a widget: ``paint(painter, rect)`` draws it
into any rectangle of any paint device, so the same code draws on screen
(``ChartView``), into a QImage for PNG export (``to_image``, ``save_png``) and
into a PDF page (``render(QPdfWriter)``).

Geometry is computed in *logical* coordinates where x grows from the leading
edge to the trailing edge; ``Canvas`` turns them into device coordinates,
mirroring the horizontal axis when the layout is right to left. Text glyphs
are never mirrored, only placed; numbers are written with Western digits.

Sizes are in pixels at 96 dpi: ``paint`` scales the painter by the device's
logical dpi / 96 and sizes fonts in pixels, so a chart looks the same on a
screen, in a 96 dpi PNG and on a 1200 dpi PDF page.

Charts take data already translated (labels, legends, the "no data" text);
nothing here looks anything up.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QLineF, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QBrush, QColor, QFont, QFontMetricsF, QGuiApplication, QImage, QPainter, QPaintDevice, QPen, QPolygonF,
)

#: Ink, in the app's palette (desktop/ui/style.py).
TEXT = QColor("#1b1f23")
SECONDARY_TEXT = QColor("#555f69")
GRID = QColor("#e3e8ec")
AXIS = QColor("#9aa5ae")
BACKGROUND = QColor("#ffffff")

#: Pixels per inch the logical coordinates are measured in.
LOGICAL_DPI = 96.0

_LEFT = Qt.AlignmentFlag.AlignLeft.value
_RIGHT = Qt.AlignmentFlag.AlignRight.value
_HORIZONTAL = _LEFT | _RIGHT | Qt.AlignmentFlag.AlignHCenter.value


# --- styles -------------------------------------------------------------------------


@dataclass(frozen=True)
class SeriesStyle:
    """How one line series is drawn. The colours are far enough apart in
    lightness that a grey-scale print keeps them distinct; the pen style and
    marker tell them apart even without any colour."""

    color: QColor
    pen_style: Qt.PenStyle
    marker: str  # "circle", "square", "triangle", "diamond"
    width: float = 2.0


#: Line styles in order; grey levels about 67, 114, 167 and 0, all at least
#: 40 darker than the band tones behind them.
SERIES_STYLES: tuple[SeriesStyle, ...] = (
    SeriesStyle(QColor("#084478"), Qt.PenStyle.SolidLine, "circle"),
    SeriesStyle(QColor("#bf5000"), Qt.PenStyle.DashLine, "triangle"),
    SeriesStyle(QColor("#dd9a1f"), Qt.PenStyle.DotLine, "square"),
    SeriesStyle(QColor("#000000"), Qt.PenStyle.SolidLine, "diamond", 3.0),
)


@dataclass(frozen=True)
class FillStyle:
    """How one bar segment is filled: a colour and, for every segment but the
    first, a hatch so that segments differ without colour."""

    color: QColor
    hatch: Qt.BrushStyle = Qt.BrushStyle.NoBrush
    hatch_color: QColor = field(default_factory=lambda: QColor("#000000"))

    def text_color(self) -> QColor:
        """Ink readable on this fill."""
        return QColor("#ffffff") if self.color.lightnessF() < 0.5 else TEXT


#: Bar segment fills in order; grey levels about 91, 210, 167 and 40, each
#: but the first hatched its own way.
FILL_STYLES: tuple[FillStyle, ...] = (
    FillStyle(QColor("#1f5f8b")),
    FillStyle(QColor("#bcd6ea"), Qt.BrushStyle.BDiagPattern, QColor("#46759c")),
    FillStyle(QColor("#dd9a1f"), Qt.BrushStyle.CrossPattern, QColor("#7a5200")),
    FillStyle(QColor("#2e2e2e"), Qt.BrushStyle.FDiagPattern, QColor("#a8a8a8")),
)


def series_style(index: int) -> SeriesStyle:
    return SERIES_STYLES[index % len(SERIES_STYLES)]


def fill_style(index: int) -> FillStyle:
    return FILL_STYLES[index % len(FILL_STYLES)]


# --- score bands --------------------------------------------------------------------


#: Band tones from the lowest band up: darker to lighter in grey as well
#: (about 210, 232, 244).
BAND_TONES: tuple[QColor, ...] = (QColor("#f0c9c0"), QColor("#fbe6b8"), QColor("#eef7ee"))


@dataclass(frozen=True)
class ScoreBand:
    """A stretch of the score axis shaded behind the data, with its name
    already translated (e.g. "low" for 0–0.33)."""

    start: float
    end: float
    label: str
    color: QColor


def score_bands(low: float, high: float, labels: tuple[str, str, str],
                lower: float = 0.0, upper: float = 1.0) -> tuple[ScoreBand, ...]:
    """The three bands of a scoring profile (``profile.bands.low`` and
    ``.high``): below ``low``, from ``low`` to ``high``, from ``high`` up.
    ``labels`` are the translated names of the low, medium and high bands.
    An empty band (``low == high``) is left out."""
    edges = (lower, low, high, upper)
    return tuple(ScoreBand(edges[i], edges[i + 1], labels[i], BAND_TONES[i])
                 for i in range(3) if edges[i + 1] > edges[i])


# --- numbers ------------------------------------------------------------------------


def format_count(value: float) -> str:
    """A count or amount in Western digits: 12, 3.5."""
    if float(value).is_integer():
        return str(int(value))
    return f"{value:.1f}"


def format_score(value: float) -> str:
    """A score on 0..1 as the app shows it: two decimals."""
    return f"{value:.2f}"


# --- painting -----------------------------------------------------------------------


class Canvas:
    """A painter and a rectangle in logical coordinates (x from the leading
    edge), mirrored to device coordinates when right to left."""

    def __init__(self, painter: QPainter, rect: QRectF, rtl: bool, font: QFont):
        self.painter = painter
        self.rect = rect
        self.rtl = rtl
        self._font = font

    # geometry

    def x(self, x: float) -> float:
        return self.rect.left() + self.rect.right() - x if self.rtl else x

    def point(self, x: float, y: float) -> QPointF:
        return QPointF(self.x(x), y)

    def box(self, rect: QRectF) -> QRectF:
        if not self.rtl:
            return QRectF(rect)
        return QRectF(self.x(rect.right()), rect.top(), rect.width(), rect.height())

    def align(self, flags: Qt.AlignmentFlag) -> int:
        """Logical alignment (Left = leading) to absolute alignment flags."""
        value = Qt.AlignmentFlag(flags).value
        horizontal = value & _HORIZONTAL
        rest = value & ~_HORIZONTAL
        if horizontal == 0:
            horizontal = _LEFT
        if self.rtl and horizontal in (_LEFT, _RIGHT):
            horizontal = _LEFT + _RIGHT - horizontal
        return rest | horizontal | Qt.AlignmentFlag.AlignAbsolute.value

    # fonts and text

    def font(self, scale: float = 1.0, bold: bool = False) -> QFont:
        """The base font scaled; never italic (DejaVu has no oblique Arabic,
        and Arabic has no italics)."""
        font = QFont(self._font)
        font.setPixelSize(max(6, round(font.pixelSize() * scale)))
        font.setBold(bold or font.bold())
        font.setItalic(False)
        return font

    def metrics(self, font: QFont | None = None) -> QFontMetricsF:
        return QFontMetricsF(font or self._font)

    def text_width(self, text: str, font: QFont | None = None) -> float:
        metrics = self.metrics(font)
        return max((metrics.horizontalAdvance(line) for line in text.split("\n")), default=0.0)

    def line_height(self, font: QFont | None = None) -> float:
        return self.metrics(font).height()

    def text(self, rect: QRectF, text: str, flags: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft,
             font: QFont | None = None, color: QColor = TEXT, wrap: bool = False) -> None:
        """Write ``text`` in the logical ``rect``; Left means leading."""
        if not text or rect.width() <= 0 or rect.height() <= 0:
            return
        self.painter.setFont(font or self._font)
        self.painter.setPen(color)
        options = self.align(flags)
        if wrap:
            options |= Qt.TextFlag.TextWordWrap.value
        self.painter.drawText(self.box(rect), options, text)

    def elided(self, text: str, width: float, font: QFont | None = None) -> str:
        lines = [self.metrics(font).elidedText(line, Qt.TextElideMode.ElideRight, max(0.0, width))
                 for line in text.split("\n")]
        return "\n".join(lines)

    # shapes

    def fill(self, rect: QRectF, brush: QBrush | QColor) -> None:
        self.painter.fillRect(self.box(rect), brush)

    def outline(self, rect: QRectF, pen: QPen) -> None:
        self.painter.setPen(pen)
        self.painter.setBrush(Qt.BrushStyle.NoBrush)
        self.painter.drawRect(self.box(rect))

    def line(self, x1: float, y1: float, x2: float, y2: float, pen: QPen) -> None:
        self.painter.setPen(pen)
        self.painter.drawLine(QLineF(self.point(x1, y1), self.point(x2, y2)))

    def polyline(self, points: list[tuple[float, float]], pen: QPen) -> None:
        self.painter.setPen(pen)
        self.painter.drawPolyline(QPolygonF([self.point(x, y) for x, y in points]))

    def filled(self, rect: QRectF, style: FillStyle) -> None:
        """A bar segment: its colour, then its hatch."""
        self.fill(rect, style.color)
        self.hatch(rect, style.hatch, style.hatch_color)

    def hatch(self, rect: QRectF, kind: Qt.BrushStyle, color: QColor, spacing: float = 6.0) -> None:
        """Hatch lines across ``rect``, ``spacing`` logical pixels apart
        whatever the device (Qt's pattern brushes are in device pixels, too
        fine to see on a PDF page). ``kind``: BDiagPattern (/),
        FDiagPattern (\\), CrossPattern (+) or NoBrush."""
        if kind == Qt.BrushStyle.NoBrush or rect.width() <= 0 or rect.height() <= 0:
            return
        lines: list[QLineF] = []
        left, top, width, height = rect.left(), rect.top(), rect.width(), rect.height()
        if kind in (Qt.BrushStyle.BDiagPattern, Qt.BrushStyle.FDiagPattern):
            rising = kind == Qt.BrushStyle.BDiagPattern
            offset = 0.0
            while offset < width + height:
                x1, y1 = left + offset, top + height
                x2, y2 = left + offset + height, top
                if not rising:
                    y1, y2 = y2, y1
                lines.append(QLineF(self.point(x1 - height, y1), self.point(x2 - height, y2)))
                offset += spacing
        else:
            x = left + spacing / 2
            while x < left + width:
                lines.append(QLineF(self.point(x, top), self.point(x, top + height)))
                x += spacing
            y = top + spacing / 2
            while y < top + height:
                lines.append(QLineF(self.point(left, y), self.point(left + width, y)))
                y += spacing
        self.painter.save()
        self.painter.setClipRect(self.box(rect), Qt.ClipOperation.IntersectClip)
        self.painter.setPen(QPen(color, 1.0))
        self.painter.drawLines(lines)
        self.painter.restore()

    def marker(self, x: float, y: float, style: SeriesStyle, size: float = 8.0) -> None:
        centre = self.point(x, y)
        r = size / 2
        self.painter.setPen(QPen(BACKGROUND, 1.0))
        self.painter.setBrush(style.color)
        if style.marker == "circle":
            self.painter.drawEllipse(centre, r, r)
        elif style.marker == "square":
            self.painter.drawRect(QRectF(centre.x() - r, centre.y() - r, size, size))
        elif style.marker == "triangle":
            r *= 1.2
            self.painter.drawPolygon(QPolygonF([
                QPointF(centre.x(), centre.y() - r), QPointF(centre.x() + r, centre.y() + r * 0.8),
                QPointF(centre.x() - r, centre.y() + r * 0.8)]))
        else:
            r *= 1.3
            self.painter.drawPolygon(QPolygonF([
                QPointF(centre.x(), centre.y() - r), QPointF(centre.x() + r, centre.y()),
                QPointF(centre.x(), centre.y() + r), QPointF(centre.x() - r, centre.y())]))


def series_pen(style: SeriesStyle) -> QPen:
    pen = QPen(style.color, style.width, style.pen_style)
    dotted = style.pen_style == Qt.PenStyle.DotLine
    pen.setCapStyle(Qt.PenCapStyle.RoundCap if dotted else Qt.PenCapStyle.FlatCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return pen


# --- legend -------------------------------------------------------------------------


@dataclass(frozen=True)
class LegendEntry:
    label: str
    line: SeriesStyle | None = None
    fill: FillStyle | None = None


def draw_legend(canvas: Canvas, entries: list[LegendEntry], rect: QRectF) -> float:
    """Entries from the leading edge, wrapping; returns the height used."""
    if not entries:
        return 0.0
    font = canvas.font(0.95)
    row = canvas.line_height(font) + 4
    sample = 26.0
    x, y = rect.left(), rect.top()
    for entry in entries:
        width = sample + 6 + canvas.text_width(entry.label, font)
        if x > rect.left() and x + width > rect.right():
            x, y = rect.left(), y + row
        middle = y + row / 2
        if entry.line is not None:
            canvas.line(x, middle, x + sample, middle, series_pen(entry.line))
            canvas.marker(x + sample / 2, middle, entry.line)
        elif entry.fill is not None:
            swatch = QRectF(x + 4, middle - 6, sample - 8, 12)
            canvas.filled(swatch, entry.fill)
            canvas.outline(swatch, QPen(AXIS, 1))
        canvas.text(QRectF(x + sample + 6, y, width - sample - 6 + 2, row), entry.label,
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, font)
        x += width + 16
    return y + row - rect.top()


# --- the base class -----------------------------------------------------------------


class Chart:
    """Something that draws itself into a rectangle.

    Args:
        title: drawn at the top (already translated); empty for none.
        empty_text: written in the middle when there is nothing to show
            (already translated, e.g. "No surveys yet").
    """

    def __init__(self, *, title: str = "", empty_text: str):
        self.title = title
        self.empty_text = empty_text

    # to override

    def is_empty(self) -> bool:
        raise NotImplementedError

    def size_hint(self) -> QSize:
        """A comfortable size in logical pixels."""
        return QSize(560, 320)

    def _paint_chart(self, canvas: Canvas, rect: QRectF) -> None:
        """Draw the data into ``rect`` (logical coordinates, below the title)."""
        raise NotImplementedError

    # painting

    def paint(self, painter: QPainter, rect: QRectF, *, direction: Qt.LayoutDirection | None = None,
              font: QFont | None = None) -> None:
        """Draw into ``rect`` of the painter's device.

        Args:
            direction: right to left mirrors the chart; default: the
                application's layout direction.
            font: the base font; default: the application font.
        """
        rect = QRectF(rect)
        device = painter.device()
        scale = device.logicalDpiY() / LOGICAL_DPI if device is not None else 1.0
        if abs(scale - 1.0) < 0.01:
            scale = 1.0
        if direction is None:
            direction = QGuiApplication.layoutDirection()
        painter.save()
        try:
            painter.setClipRect(rect)
            painter.translate(rect.topLeft())
            painter.scale(scale, scale)
            logical = QRectF(0, 0, rect.width() / scale, rect.height() / scale)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
            painter.setLayoutDirection(direction)
            canvas = Canvas(painter, logical, direction == Qt.LayoutDirection.RightToLeft, _pixel_font(font))
            painter.fillRect(logical, BACKGROUND)
            self._paint_frame(canvas, logical.adjusted(12, 10, -12, -10))
        finally:
            painter.restore()

    def _paint_frame(self, canvas: Canvas, rect: QRectF) -> None:
        if rect.width() < 40 or rect.height() < 30:
            return
        if self.title:
            font = canvas.font(1.15, bold=True)
            height = canvas.line_height(font)
            canvas.text(QRectF(rect.left(), rect.top(), rect.width(), height),
                        canvas.elided(self.title, rect.width(), font), Qt.AlignmentFlag.AlignLeft, font)
            rect = rect.adjusted(0, height + 8, 0, 0)
        if self.is_empty():
            self._paint_empty(canvas, rect)
        else:
            self._paint_chart(canvas, rect)

    def _paint_empty(self, canvas: Canvas, rect: QRectF) -> None:
        frame = rect.adjusted(4, 4, -4, -4)
        pen = QPen(AXIS, 1, Qt.PenStyle.DashLine)
        canvas.outline(frame, pen)
        canvas.text(frame.adjusted(8, 8, -8, -8), self.empty_text,
                    Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter,
                    canvas.font(1.1), SECONDARY_TEXT, wrap=True)

    def render(self, device: QPaintDevice, *, direction: Qt.LayoutDirection | None = None,
               font: QFont | None = None) -> None:
        """Draw over the whole of ``device`` (a QImage, a QPdfWriter page…)."""
        painter = QPainter(device)
        try:
            ratio = device.devicePixelRatioF() or 1.0
            self.paint(painter, QRectF(0, 0, device.width() / ratio, device.height() / ratio),
                       direction=direction, font=font)
        finally:
            painter.end()

    def to_image(self, size: QSize, *, direction: Qt.LayoutDirection | None = None,
                 font: QFont | None = None, device_pixel_ratio: float = 1.0) -> QImage:
        """The chart drawn at ``size`` logical pixels (× ``device_pixel_ratio``)."""
        width = max(1, round(size.width() * device_pixel_ratio))
        height = max(1, round(size.height() * device_pixel_ratio))
        image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
        dots_per_metre = round(LOGICAL_DPI / 0.0254)
        image.setDotsPerMeterX(dots_per_metre)
        image.setDotsPerMeterY(dots_per_metre)
        image.setDevicePixelRatio(device_pixel_ratio)
        image.fill(BACKGROUND)
        self.render(image, direction=direction, font=font)
        return image

    def save_png(self, path: str | Path, size: QSize, *, direction: Qt.LayoutDirection | None = None,
                 font: QFont | None = None) -> None:
        """Write the chart as a PNG of ``size`` pixels; raises OSError when
        the file cannot be written."""
        image = self.to_image(size, direction=direction, font=font)
        if not image.save(str(path), "PNG"):
            raise OSError(f"cannot write the PNG file {path}")


def _pixel_font(font: QFont | None) -> QFont:
    """The font sized in pixels at 96 dpi (a point is 1/72 inch)."""
    font = QFont(font if font is not None else QGuiApplication.font())
    if font.pixelSize() <= 0:
        points = font.pointSizeF() if font.pointSizeF() > 0 else 9.0
        font.setPixelSize(max(6, round(points * LOGICAL_DPI / 72)))
    return font
