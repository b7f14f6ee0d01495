"""A dialog with a form, an error line and OK/Cancel. ``submit()`` does the
work; a PasserelleError it raises is shown in the dialog, which stays open."""

from typing import TypeVar

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from ...domain.errors import PasserelleError, ValidationFailed
from .. import labels
from ..style import ERROR_STYLE

W = TypeVar("W", bound=QWidget)


class FormDialog(QDialog):
    def __init__(self, title: str, ok_text: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        self.form = QFormLayout()
        layout.addLayout(self.form)
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def add_row(self, label: str, widget: W) -> W:
        caption = QLabel(label)
        caption.setBuddy(widget)
        widget.setAccessibleName(label.replace("&", ""))
        self.form.addRow(caption, widget)
        return widget

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def submit(self) -> None:
        """Do the dialog's work; raise PasserelleError to keep it open."""

    def accept(self) -> None:
        try:
            self.submit()
        except ValidationFailed as failure:
            self.show_error(
                "\n".join(f"{labels.field(e.field)}: {labels.error_text(e)}" for e in failure.errors)
            )
            return
        except PasserelleError as error:
            self.show_error(labels.error_text(error))
            return
        super().accept()
