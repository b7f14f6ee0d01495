"""Import a handbook pack: a folder of Markdown or saved HTML pages, one page,
or a ready-made pack. A refused import lists every problem by file and line and
changes nothing."""

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from ...domain.enums import Language
from ...domain.errors import PasserelleError
from ...handbook.importer import ImportFailed, ImportOptions, ImportResult
from ...handbook.planning import SPLITS
from ...handbook.source import PAGE_SUFFIXES
from ...services.handbook import HandbookService
from .. import labels
from .base import FormDialog



class ImportPackDialog(FormDialog):
    def __init__(self, service: HandbookService, parent: QWidget | None = None):
        super().__init__(self.tr("Import a handbook pack"), self.tr("Import"), parent)
        self.setMinimumWidth(560)
        self.service = service
        self.imported: ImportResult | None = None

        self.source = QLineEdit()
        self.source.setPlaceholderText(self.tr("A folder of .md or .html pages, or one page"))
        folder_button = QPushButton(self.tr("Folder…"))
        page_button = QPushButton(self.tr("Page…"))
        folder_button.clicked.connect(self._pick_folder)
        page_button.clicked.connect(self._pick_page)
        row = QWidget()
        row_layout = QHBoxLayout(row)
        row_layout.setContentsMargins(0, 0, 0, 0)
        row_layout.addWidget(self.source, 1)
        row_layout.addWidget(folder_button)
        row_layout.addWidget(page_button)
        self.add_row(self.tr("&Pages"), row)
        self.source.setAccessibleName(self.tr("Pages"))

        self.language = QComboBox()
        self.language.addItem(self.tr("Tell from the pages"), None)
        for language in Language:
            self.language.addItem(labels.language(language), language.value)
        self.add_row(self.tr("&Language"), self.language)
        self.title = self.add_row(self.tr("&Title"), QLineEdit())
        self.title.setPlaceholderText(self.tr("From the pages"))
        self.pack_id = self.add_row(self.tr("Pack &id"), QLineEdit())
        self.pack_id.setPlaceholderText(self.tr("From the folder's name"))
        self.licence = self.add_row(self.tr("Li&cence"), QLineEdit())
        self.origin = self.add_row(self.tr("&Source of the text"), QLineEdit())
        self.split = QComboBox()
        texts = {"auto": self.tr("Automatic: a single long page is cut at its headings"),
                 "none": self.tr("One section per page"),
                 "h1": self.tr("Cut pages at level 1 headings"),
                 "h2": self.tr("Cut pages at level 2 headings"),
                 "h3": self.tr("Cut pages at level 3 headings")}
        for value in SPLITS:
            self.split.addItem(texts[value], value)
        self.add_row(self.tr("Secti&ons"), self.split)
        self.replace = QCheckBox(self.tr("Replace a pack that has the same id"))
        self.form.addRow("", self.replace)
        self.use_it = QCheckBox(self.tr("Read this pack from now on in its language"))
        self.use_it.setChecked(True)
        self.form.addRow("", self.use_it)

        self.problems = QPlainTextEdit()
        self.problems.setReadOnly(True)
        self.problems.setAccessibleName(self.tr("Problems found"))
        self.problems.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.problems.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # file paths and line numbers
        self.source.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.problems.hide()
        self.layout().insertWidget(2, self.problems)

    def _pick_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder of pages"), self.source.text())
        if folder:
            self.source.setText(folder)

    def _pick_page(self) -> None:
        patterns = " ".join(f"*{suffix}" for suffix in PAGE_SUFFIXES)
        page, _ = QFileDialog.getOpenFileName(self, self.tr("Page"), self.source.text(),
                                              self.tr("Pages (%1)").replace("%1", patterns))
        if page:
            self.source.setText(page)

    def options(self) -> ImportOptions:
        def text(field: QLineEdit) -> str | None:
            return field.text().strip() or None

        return ImportOptions(pack_id=text(self.pack_id), title=text(self.title), language=self.language.currentData(),
                             licence=text(self.licence), source=text(self.origin),
                             split=self.split.currentData(), replace=self.replace.isChecked())

    def submit(self) -> None:
        self.problems.hide()
        path = self.source.text().strip()
        if not path:
            raise PasserelleError("handbook.no_source")
        read_before = {language.value: self.service.packs_for(language.value) for language in Language}
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.imported = self.service.import_pack(Path(path), self.options())
        except ImportFailed as failure:
            self.problems.setPlainText("\n".join(str(problem) for problem in failure.problems))
            self.problems.show()
            raise
        finally:
            QGuiApplication.restoreOverrideCursor()
        pack = self.imported.pack
        if self.use_it.isChecked():
            self.service.choose(pack.language, pack.id)
        elif read_before.get(pack.language):  # keep reading the pack read until now
            self.service.choose(pack.language, read_before[pack.language][0].id)

    def summary(self) -> str:
        """What was installed, in words (after a successful import)."""
        assert self.imported is not None
        pack = self.imported.pack
        text = self.tr("“%1” is installed: %n section(s), ready to search.", "", self.imported.sections)
        lines = [text.replace("%1", pack.title)]
        if self.imported.warnings:
            lines.append(self.tr("Notes:"))
            lines.extend(f"• {warning}" for warning in self.imported.warnings)
        return "\n".join(lines)
