"""A widget that shows any chart, fills the space it is given and exports it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QImage, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from .base import Chart


class ChartView(QWidget):
    """Shows a chart (or nothing until one is set) in the widget's own layout
    direction and font, and repaints it whenever it is resized or replaced.

    ``to_image`` and ``save_png`` draw the chart again at the asked size (the
    widget's size by default), so an export is sharp whatever the window.
    """

    def __init__(self, chart: Chart | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self._chart = chart
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._name_for_accessibility()

    def chart(self) -> Chart | None:
        return self._chart

    def set_chart(self, chart: Chart | None) -> None:
        self._chart = chart
        self._name_for_accessibility()
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        return self._chart.size_hint() if self._chart is not None else QSize(480, 300)

    def minimumSizeHint(self) -> QSize:
        return QSize(220, 140)

    def paintEvent(self, event: QPaintEvent) -> None:
        if self._chart is None:
            return
        painter = QPainter(self)
        try:
            self._chart.paint(painter, QRectF(self.rect()), direction=self.layoutDirection(), font=self.font())
        finally:
            painter.end()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.update()

    def to_image(self, size: QSize | None = None) -> QImage:
        """The chart drawn at ``size`` (default: the widget's size)."""
        size = size if size is not None else self.size()
        if self._chart is None:
            image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
            image.fill(0xFFFFFFFF)
            return image
        return self._chart.to_image(size, direction=self.layoutDirection(), font=self.font())

    def save_png(self, path: str | Path, size: QSize | None = None) -> None:
        """Write the chart as a PNG; raises OSError when the file cannot be written."""
        if not self.to_image(size).save(str(path), "PNG"):
            raise OSError(f"cannot write the PNG file {path}")

    def _name_for_accessibility(self) -> None:
        self.setAccessibleName(self._chart.title if self._chart is not None else "")
