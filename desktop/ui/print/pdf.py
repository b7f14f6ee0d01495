"""An HTML report laid out by QTextDocument on A4 pages of a QPdfWriter, with
a footer on every page: what the report is about and a "confidential" mention
on the leading side, the date of printing and "page N of M" on the trailing
side. Right to left (Arabic) mirrors the text, the tables and the footer.

The document is laid out at 96 dpi (the unit of the HTML's pixel sizes and of
the charts, see ``charts.base``); the painter scales it to the writer's
resolution. Images (charts) are added as resources under ``chart:NAME``, drawn
at three times their size so they stay sharp when printed.
"""

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QAbstractTextDocumentLayout, QFont, QGuiApplication, QImage, QPageLayout, QPageSize, QPainter, QPdfWriter,
    QTextBlock, QTextBlockFormat, QTextCursor, QTextDocument, QTextFormat, QTextOption,
)

from ..charts.base import Chart

#: Resolution of the PDF's coordinates (text and vector shapes stay exact at any zoom).
RESOLUTION = 1200
LOGICAL_DPI = 96.0
#: Page margins in millimetres: leading, top, trailing, bottom (the footer sits in the bottom one).
MARGINS_MM = (18.0, 16.0, 18.0, 22.0)
FOOTER_GAP_MM = 6.0
FONT_POINTS = 9.5
IMAGE_SCALE = 3.0

STYLE = """
body { color: #1b1f23; }
h1 { font-size: 16pt; margin: 0 0 2px 0; color: #1f5f8b; }
h2 { font-size: 12pt; margin: 14px 0 4px 0; color: #1f5f8b; border-bottom: 1px solid #1f5f8b; }
h3 { font-size: 10pt; margin: 8px 0 2px 0; }
h4 { font-size: 9.5pt; margin: 4px 0 2px 0; }
p.meta { color: #555f69; margin: 0 0 6px 0; }
p.empty { color: #555f69; }  /* no italics: DejaVu has no oblique Arabic */
p.note { color: #6b4e00; background-color: #fff4ce; }
table.grid { border-collapse: collapse; margin: 2px 0 6px 0; }
table.grid td, table.grid th { border: 1px solid #c9d1d8; padding: 3px 5px; vertical-align: top; }
table.grid th { background-color: #eef3f7; font-weight: bold; }
td.label { color: #40474e; background-color: #f6f8fa; }
td.number, th.number { }
"""


@dataclass
class Report:
    """A report to print: its HTML body (inside ``<body>``), its charts, its words."""

    title: str
    body: str
    #: leading side of the footer (what it is about, the confidential mention)
    footer: str
    #: trailing side of the footer, from the page number and the page count
    page_text: Callable[[int, int], str]
    rtl: bool = False
    charts: dict[str, tuple[Chart, QSizeF]] = field(default_factory=dict)


def chart_image(chart: Chart, size: QSizeF, rtl: bool) -> QImage:
    direction = Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
    return chart.to_image(size.toSize(), direction=direction, device_pixel_ratio=IMAGE_SCALE)


def img(name: str, size: QSizeF) -> str:
    """The HTML of a chart added to the report under ``name``."""
    return f'<img src="chart:{name}" width="{round(size.width())}" height="{round(size.height())}">'


def _document(report: Report, width: float) -> QTextDocument:
    document = QTextDocument()
    document.setDocumentMargin(0)
    font = QFont(QGuiApplication.font())
    font.setPointSizeF(FONT_POINTS)
    document.setDefaultFont(font)
    option = QTextOption()
    option.setTextDirection(Qt.LayoutDirection.RightToLeft if report.rtl else Qt.LayoutDirection.LeftToRight)
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    document.setDefaultTextOption(option)
    document.setDefaultStyleSheet(STYLE)
    for name, (chart, size) in report.charts.items():
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(f"chart:{name}"),
                             chart_image(chart, size, report.rtl))
    direction = "rtl" if report.rtl else "ltr"
    document.setHtml(f'<html dir="{direction}"><body dir="{direction}">{report.body}</body></html>')
    document.setTextWidth(width)
    return document


def _line_page(document: QTextDocument, block: QTextBlock, line: int, height: float) -> int:
    """The page of a line of the block (0: its first, -1: its last)."""
    top = document.documentLayout().blockBoundingRect(block).top()
    layout = block.layout()
    count = layout.lineCount()
    if not count:
        return int(top // height)
    bottom = top + layout.lineAt(line % count).rect().bottom()
    return int((bottom - 1) // height)


def _keep_headings_with_next(document: QTextDocument, height: float) -> None:
    """A heading at the foot of a page with what follows it on the next page (a
    chart, a table moved down whole): the heading goes to the next page too."""
    block = document.begin()
    while block.isValid():
        following = block.next()
        if block.blockFormat().headingLevel() and following.isValid():
            if _line_page(document, following, 0, height) > _line_page(document, block, -1, height):
                cursor = QTextCursor(block)
                breaking = QTextBlockFormat()
                breaking.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
                cursor.mergeBlockFormat(breaking)
                document.markContentsDirty(0, document.characterCount())  # lay out everything after it again
        block = following


def _footer(painter: QPainter, rect: QRectF, report: Report, page: int, pages: int) -> None:
    font = QFont(QGuiApplication.font())
    font.setPixelSize(10)  # 7.5 pt: the painter is scaled to 96 dpi
    painter.setFont(font)
    painter.setPen(Qt.GlobalColor.darkGray)
    painter.drawLine(rect.topLeft(), rect.topRight())
    numbers = report.page_text(page, pages)
    leading, trailing = ((Qt.AlignmentFlag.AlignRight, Qt.AlignmentFlag.AlignLeft) if report.rtl
                         else (Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignRight))
    text_rect = rect.adjusted(0, 4, 0, 0)
    painter.drawText(text_rect, leading | Qt.AlignmentFlag.AlignTop, report.footer)
    painter.drawText(text_rect, trailing | Qt.AlignmentFlag.AlignTop, numbers)


def render_pdf(report: Report) -> tuple[bytes, int]:
    """The report as PDF bytes, and its page count."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION)
    writer.setTitle(report.title)
    writer.setCreator("Passerelle")
    leading, top, trailing, bottom = MARGINS_MM
    left, right = (trailing, leading) if report.rtl else (leading, trailing)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(left, top, right, bottom), QPageLayout.Unit.Millimeter))
    scale = RESOLUTION / LOGICAL_DPI
    area = QRectF(0, 0, writer.width() / scale, writer.height() / scale)  # inside the margins, at 96 dpi
    document = _document(report, area.width())
    document.setPageSize(QSizeF(area.width(), area.height()))
    _keep_headings_with_next(document, area.height())
    pages = max(1, document.pageCount())
    footer = QRectF(0, area.height() + FOOTER_GAP_MM / 25.4 * LOGICAL_DPI, area.width(), 24)
    painter = QPainter(writer)
    try:
        painter.scale(scale, scale)
        context = QAbstractTextDocumentLayout.PaintContext()
        for page in range(pages):
            if page:
                writer.newPage()
            painter.save()
            painter.translate(0, -page * area.height())
            clip = QRectF(0, page * area.height(), area.width(), area.height())
            painter.setClipRect(clip)
            context.clip = clip
            document.documentLayout().draw(painter, context)
            painter.restore()
            _footer(painter, footer, report, page + 1, pages)
    finally:
        painter.end()
    buffer.close()
    return bytes(data.data()), pages
