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

from ...domain.errors import PasserelleError
from ...handbook.importer import ImportFailed, ImportOptions, ImportResult
from ...services.handbook import HandbookService
from .base import FormDialog

LANGUAGES = (("fr", "Français"), ("en", "English"), ("ar", "العربية"))


class ImportPackDialog(FormDialog):
    def __init__(self, service: HandbookService, parent: QWidget | None = None):
        super().__init__(self.tr("Import a handbook pack"), self.tr("Import"), parent)
        self.setMinimumWidth(560)
        self.service = service
        self.result: ImportResult | None = None

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
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        self.add_row(self.tr("&Language"), self.language)
        self.title = self.add_row(self.tr("&Title"), QLineEdit())
        self.title.setPlaceholderText(self.tr("From the pages"))
        self.pack_id = self.add_row(self.tr("Pack &id"), QLineEdit())
        self.pack_id.setPlaceholderText(self.tr("From the folder's name"))
        self.licence = self.add_row(self.tr("Li&cence"), QLineEdit())
        self.origin = self.add_row(self.tr("&Source of the text"), QLineEdit())
        self.split = QComboBox()
        for value, text in (("auto", self.tr("Automatic: a single long page is cut at its headings")),
                            ("none", self.tr("One section per page")),
                            ("h1", self.tr("Cut pages at level 1 headings")),
                            ("h2", self.tr("Cut pages at level 2 headings")),
                            ("h3", self.tr("Cut pages at level 3 headings"))):
            self.split.addItem(text, value)
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
        page, _ = QFileDialog.getOpenFileName(self, self.tr("Page"), self.source.text(),
                                              self.tr("Pages (*.md *.markdown *.html *.htm)"))
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
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.result = self.service.import_pack(Path(path), self.options())
        except ImportFailed as failure:
            self.problems.setPlainText("\n".join(str(problem) for problem in failure.problems))
            self.problems.show()
            raise
        finally:
            QGuiApplication.restoreOverrideCursor()
        if self.use_it.isChecked():
            self.service.choose(self.result.pack.language, self.result.pack.id)

    def summary(self) -> str:
        """What was installed, in words (after a successful import)."""
        assert self.result is not None
        pack = self.result.pack
        text = self.tr("“%1” is installed: %n section(s), ready to search.", "", self.result.sections)
        lines = [text.replace("%1", pack.title)]
        if self.result.warnings:
            lines.append(self.tr("Notes:"))
            lines.extend(f"• {warning}" for warning in self.result.warnings)
        return "\n".join(lines)
