"""Close a case: a reason is required, a note is optional."""

from PySide6.QtWidgets import QPlainTextEdit, QWidget

from ...domain.enums import ClosureReason
from ...domain.errors import FieldError, ValidationFailed
from ...services.cases import CaseService
from .. import labels
from ..widgets.combo import code_combo
from .base import FormDialog


class CloseCaseDialog(FormDialog):
    def __init__(self, service: CaseService, case_id: str, parent: QWidget | None = None):
        super().__init__(self.tr("Close the case"), self.tr("Close case"), parent)
        self.service = service
        self.case_id = case_id
        self.reason = code_combo(ClosureReason, labels.closure_reason, empty=self.tr("Choose a reason…"))
        self.add_row(self.tr("&Reason"), self.reason)
        self.note = QPlainTextEdit()
        self.note.setPlaceholderText(self.tr("What happened? For early exits, what led to it?"))
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(100)
        self.add_row(self.tr("&Note"), self.note)

    def submit(self) -> None:
        reason = self.reason.currentData()
        if reason is None:
            raise ValidationFailed([FieldError("closure_reason", "field.required")])
        self.service.close(self.case_id, ClosureReason(reason), self.note.toPlainText())
