"""Saving a file the person asked for: where (a save dialog that adds the
suffix), and writing it under a wait cursor with a clear message on failure."""

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ..domain.errors import PasserelleError
from . import labels
from .charts import ChartView


def ask_path(parent: QWidget, title: str, suggested: str, file_filter: str, suffix: str) -> Path | None:
    """Where to save, with ``suffix`` added when the name lacks it; None when cancelled."""
    path, _chosen = QFileDialog.getSaveFileName(parent, title, suggested, file_filter)
    if not path:
        return None
    return Path(path if path.lower().endswith(suffix) else path + suffix)


def write_waiting(parent: QWidget, failed_title: str, write: Callable[[], object]) -> bool:
    """Run a short write under a wait cursor; a refusal is shown in a message box, False.
    Any other exception goes up, the cursor restored."""
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        write()
    except PasserelleError as error:
        refused: PasserelleError | None = error
    else:
        refused = None
    finally:
        QGuiApplication.restoreOverrideCursor()  # whatever happened: never leave the wait cursor
    if refused is not None:
        QMessageBox.warning(parent, failed_title, labels.error_text(refused))
        return False
    return True


def save_pdf(parent: QWidget, title: str, suggested: Path, failed_title: str,
             write: Callable[[Path], object]) -> bool:
    """Ask where, then write a PDF there; True once written."""
    path = ask_path(parent, title, str(suggested), tr("PDF files (*.pdf)"), ".pdf")
    return path is not None and write_waiting(parent, failed_title, lambda: write(path))


def export_chart(parent: QWidget, chart: ChartView, suggested: str) -> None:
    """Ask where, then save the chart as a PNG image."""
    path = ask_path(parent, tr("Export the chart"), suggested, tr("PNG images (*.png)"), ".png")
    if path is None:
        return
    try:
        chart.save_png(path)
    except OSError:
        QMessageBox.warning(parent, tr("Chart not saved"), tr("The file could not be written there."))


def tr(text: str) -> str:
    return QCoreApplication.translate("SaveFile", text)
