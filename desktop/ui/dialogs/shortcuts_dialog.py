"""The list of keyboard shortcuts (F1)."""

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget


class ShortcutsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        rows = [
            ("Ctrl+F", self.tr("Search the case list")),
            ("↓ / ↑", self.tr("Move from the search field into the list, and through it")),
            ("Enter", self.tr("Open the selected case")),
            ("Ctrl+N", self.tr("New case")),
            ("Ctrl+S", self.tr("Save the case profile")),
            ("Ctrl+W", self.tr("Close the open case file")),
            ("Ctrl+1", self.tr("Go to the case list")),
            ("Ctrl+L", self.tr("Lock now")),
            ("Ctrl+,", self.tr("Settings")),
            ("F1", self.tr("This list")),
            ("Ctrl+Q", self.tr("Quit")),
        ]
        table = QTableWidget(len(rows), 2)
        table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("Action")])
        table.verticalHeader().hide()
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, (keys, action) in enumerate(rows):
            shown = QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText) if "+" in keys else keys
            table.setItem(row, 0, QTableWidgetItem(shown))
            table.setItem(row, 1, QTableWidgetItem(action))
        table.resizeColumnsToContents()
        table.horizontalHeader().setStretchLastSection(True)
        layout = QVBoxLayout(self)
        layout.addWidget(table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(520, 420)
