"""A list of checkable codes (vulnerabilities, documents) with translated labels."""

from collections.abc import Callable, Iterable
from enum import StrEnum

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget


class CheckList(QListWidget):
    """Signals:
        changed(): a box was ticked or cleared.
    """

    changed = Signal()

    def __init__(self, codes: Iterable[StrEnum], label: Callable[[StrEnum], str], parent: QWidget | None = None):
        super().__init__(parent)
        for code in codes:
            item = QListWidgetItem(label(code))
            item.setData(Qt.ItemDataRole.UserRole, str(code))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.addItem(item)
        self.itemChanged.connect(lambda _item: self.changed.emit())
        rows = self.sizeHintForRow(0) * self.count() + 2 * self.frameWidth() + 4
        self.setFixedHeight(min(rows, self.sizeHintForRow(0) * 8))

    def codes(self) -> list[str]:
        return [
            self.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.count())
            if self.item(i).checkState() == Qt.CheckState.Checked
        ]

    def set_codes(self, codes: Iterable[str]) -> None:
        wanted = {str(code) for code in codes}
        self.blockSignals(True)
        for i in range(self.count()):
            item = self.item(i)
            checked = item.data(Qt.ItemDataRole.UserRole) in wanted
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.blockSignals(False)
