"""Export cases: the caseload and the form submissions to one XLSX workbook or
one ZIP of CSV files (``ExportService``), written in the background with a
progress bar. Cancel stops it and leaves no file; so does closing the dialog
or locking. Pseudonymised is ticked at first: the privacy-first choice."""

import threading
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialogButtonBox, QHBoxLayout, QLabel, QLineEdit, QProgressBar, QPushButton,
    QWidget,
)
from sqlite_utils import Database

from ...domain.enums import Language
from ...services.export import ExportFormat, ExportOptions, ExportResult, ExportService
from ...services.forms import FormCatalogue, default_catalogue
from ...services.session import Session
from .. import labels
from ..i18n import isolate, ui_language
from ..save_file import ask_path
from ..tasks import Outcome, Worker
from .base import FormDialog

SUFFIXES = {ExportFormat.XLSX: ".xlsx", ExportFormat.CSV: ".zip"}


def export_job(actor: str, catalogue: FormCatalogue, today: date | None, path: Path,
               options: ExportOptions) -> Callable[..., ExportResult]:
    def job(db: Database, cancel: threading.Event, progress: Callable[[Any], None]) -> ExportResult:
        service = ExportService(db, actor, catalogue, today)
        return service.export(path, options, lambda done, total, label: progress((done, total, label)), cancel)

    return job


class ExportDialog(FormDialog):
    """Options, destination, then the export in the background; the dialog stays
    open to show how it went. ``result``: the last export written, if any."""

    def __init__(self, session: Session, catalogue: FormCatalogue | None = None, today: date | None = None,
                 parent: QWidget | None = None):
        super().__init__(self.tr("Export cases"), self.tr("&Export"), parent)
        self.setMinimumWidth(560)
        self.session, self.today = session, today
        self.catalogue = catalogue or default_catalogue()
        self.worker: Worker | None = None
        self.result: ExportResult | None = None

        self.format = self.add_row(self.tr("&Format"), QComboBox())
        self.format.addItem(self.tr("Excel workbook (.xlsx), one sheet per table"), str(ExportFormat.XLSX))
        self.format.addItem(self.tr("CSV files in a ZIP archive (.zip), one file per table"), str(ExportFormat.CSV))
        self.forms = self.add_row(self.tr("F&orms"), QComboBox())
        self.forms.addItem(self.tr("Every form"), None)
        language = ui_language()
        for form in self.catalogue.forms.values():
            self.forms.addItem(form.title.get(language), form.id)
        self.forms.setToolTip(self.tr("The sheet of cases is always there"))
        self.language = self.add_row(self.tr("&Answers as"), QComboBox())
        self.language.addItem(self.tr("Codes, as stored"), None)
        for code in Language:
            self.language.addItem(self.tr("Labels in %1").replace("%1", labels.language(code)), str(code))
        self.pseudonymise = QCheckBox(self.tr("&Pseudonymise"))
        self.pseudonymise.setChecked(True)
        self.pseudonymise.setToolTip(self.tr(
            "Leaves out names, contacts, birth dates (the age is kept), district and community, free-text answers "
            "and staff names, and replaces case numbers with pseudonyms that change at every export."))
        self.form.addRow("", self.pseudonymise)
        self.privacy = QLabel()
        self.privacy.setObjectName("hint")
        self.privacy.setWordWrap(True)
        self.form.addRow("", self.privacy)
        self.path = QLineEdit()
        self.path.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.path.setPlaceholderText(self.tr("Choose where to save the file"))
        self.choose = QPushButton(self.tr("&Browse…"))
        destination = QWidget()
        row = QHBoxLayout(destination)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.path, 1)
        row.addWidget(self.choose)
        caption = QLabel(self.tr("&Save to"))
        caption.setBuddy(self.path)
        self.path.setAccessibleName(self.tr("Save to"))
        self.form.addRow(caption, destination)

        self.progress = QProgressBar()
        self.progress.hide()
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.state.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.state.hide()
        layout = self.layout()
        layout.insertWidget(layout.indexOf(self.error), self.progress)
        layout.insertWidget(layout.indexOf(self.error), self.state)

        self.buttons.rejected.disconnect()
        self.buttons.rejected.connect(self._cancel_clicked)
        self.choose.clicked.connect(self.choose_path)
        self.format.currentIndexChanged.connect(self._format_changed)
        self.pseudonymise.toggled.connect(self._show_privacy)
        self._connected = True
        self._show_privacy()

    # --- options ----------------------------------------------------------------------------------

    def options(self) -> ExportOptions:
        form = self.forms.currentData()
        return ExportOptions(format=ExportFormat(self.format.currentData()), forms=(form,) if form else None,
                             language=self.language.currentData(), pseudonymise=self.pseudonymise.isChecked())

    def _suffix(self) -> str:
        return SUFFIXES[ExportFormat(self.format.currentData())]

    def _show_privacy(self) -> None:
        if self.pseudonymise.isChecked():
            text = self.tr("Names, contacts, birth dates, district and community, free text and staff names are "
                           "left out; case numbers are replaced.")
        else:
            text = self.tr("The file will hold names, contacts and birth dates: keep it encrypted and share it "
                           "only as your data-protection rules allow.")
        self.privacy.setText(text)

    def _format_changed(self) -> None:
        text = self.path.text().strip()
        if text:
            self.path.setText(str(Path(text).with_suffix(self._suffix())))

    def choose_path(self) -> bool:
        """Ask where to save; False when the person changed their mind."""
        suggested = self.path.text().strip() or f"passerelle-{(self.today or date.today()).isoformat()}{self._suffix()}"
        wanted = (self.tr("Excel workbooks (*.xlsx)") if self._suffix() == ".xlsx"
                  else self.tr("ZIP archives (*.zip)"))
        path = ask_path(self, self.tr("Export cases"), suggested, wanted, self._suffix())
        if path is None:
            return False
        self.path.setText(str(path))
        return True

    # --- running ----------------------------------------------------------------------------------

    def running(self) -> bool:
        return self.worker is not None

    def accept(self) -> None:
        """Start the export in the background (asking where first, if nobody said)."""
        if self.worker is not None:
            return
        if not self.path.text().strip() and not self.choose_path():
            return
        path = Path(self.path.text().strip()).expanduser()
        self.show_error("")
        self.result = None
        self._running(True)
        self.state.setText(self.tr("Preparing…"))
        job = export_job(self.session.profile.username, self.catalogue, self.today, path, self.options())
        self.worker = Worker(self.session, job, self, "export")
        self.worker.progressed.connect(self._progressed)
        self.worker.done.connect(self._finished)
        self.worker.start()

    def _running(self, on: bool) -> None:
        for widget in (self.format, self.forms, self.language, self.pseudonymise, self.path, self.choose):
            widget.setEnabled(not on)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not on)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("&Cancel") if on else self.tr("&Close"))
        cancel.setEnabled(True)
        if on:
            self.progress.setRange(0, 0)  # busy until the first count arrives
            self.progress.show()
            self.state.show()
            self.adjustSize()  # room for the bar without squeezing the wrapped notes

    def _progressed(self, report: tuple[int, int, str]) -> None:
        done, total, sheet = report
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(min(done, max(total, 1)))
        self.state.setText(self.tr("Saving the file…") if sheet == "save"
                           else self.tr("Writing the sheet “%1”…").replace("%1", isolate(sheet)))

    def _cancel_clicked(self) -> None:
        """Cancel: stop a running export (the dialog stays, to say so), else close."""
        if self.worker is None:
            self.reject()
            return
        self.worker.cancel.set()
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setEnabled(False)
        self.state.setText(self.tr("Stopping…"))

    def _finished(self, outcome: Outcome) -> None:
        worker, self.worker = self.worker, None
        if worker is not None:
            worker.finish()
        self._running(False)
        if not outcome.ok:
            assert outcome.error is not None
            self.progress.hide()
            self.state.hide()
            self.show_error(labels.error_text(outcome.error))
            return
        result: ExportResult = outcome.value
        self.result = result
        if self.progress.maximum() == 0:  # no count arrived (nothing to write)
            self.progress.setRange(0, 1)
        self.progress.setValue(self.progress.maximum())
        text = self.tr("Exported %n case(s) to %1", "", result.cases).replace("%1", isolate(str(result.path)))
        if result.skipped_forms:
            text += "\n" + self.tr("Not exported, the forms are not installed on this computer: %1").replace(
                "%1", isolate(", ".join(result.skipped_forms)))
        self.state.setText(text)
        self.adjustSize()

    def done(self, result: int) -> None:
        if self.worker is not None:  # closed or locked while exporting: stop, keep nothing
            self.worker.abandon()
            self.worker = None
        if self._connected:  # no slot of ours may run while the dialog is destroyed
            self._connected = False
            self.format.currentIndexChanged.disconnect(self._format_changed)
            self.pseudonymise.toggled.disconnect(self._show_privacy)
        super().done(result)
