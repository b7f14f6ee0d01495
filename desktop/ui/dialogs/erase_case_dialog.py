"""Erase a case everywhere (the returnee's right to erasure): says plainly what
happens, asks why, and asks for the case number typed out before it acts."""

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QLineEdit, QPushButton, QWidget

from ...domain.case import Case
from ...domain.enums import ErasureReason
from ...domain.errors import FieldError, ValidationFailed
from ...services.cases import CaseService
from .. import labels
from ..i18n import isolate
from ..widgets.combo import code_combo
from .base import FormDialog


def _same_number(typed: str, number: str) -> bool:
    """Typed as shown, give or take spaces around it and letter case."""
    return bool(number) and typed.strip().casefold() == number.strip().casefold()


class EraseCaseDialog(FormDialog):
    """The Erase button stays disabled until a reason is chosen and the case number typed."""

    def __init__(self, service: CaseService, case: Case, parent: QWidget | None = None):
        super().__init__(self.tr("Erase the case"), self.tr("Erase"), parent)
        self.setMinimumWidth(520)
        self.service = service
        self.case = case
        who = case.full_name or self.tr("(no name)")
        self.what = QLabel(
            "<p><b>" + html.escape(self.tr("Erase the case of %1 (%2)?").replace("%1", isolate(who))
                                   .replace("%2", isolate(case.case_number))) + "</b></p>"
            + "<p>" + html.escape(self.tr(
                "Every record of this case is deleted: the profile, household, consent, forms and follow-ups. "
                "It is deleted from this laptop now, and from headquarters and every other laptop of the office "
                "at their next sync.")) + "</p>"
            + "<p><b>" + html.escape(self.tr("This cannot be undone.")) + "</b></p>"
            + "<p>" + html.escape(self.tr(
                "The audit trail keeps that the case was erased, when, by whom and why, "
                "but nothing of what it contained.")) + "</p>"
        )
        self.what.setTextFormat(Qt.TextFormat.RichText)
        self.what.setWordWrap(True)
        self.form.insertRow(0, self.what)
        self.reason = self.add_row(
            self.tr("&Reason"), code_combo(ErasureReason, labels.erasure_reason, empty=self.tr("Choose a reason…")))
        self.prompt = QLabel(html.escape(self.tr("To confirm, type the case number %1:"))
                             .replace("%1", f"<b>{html.escape(isolate(case.case_number))}</b>"))
        self.prompt.setTextFormat(Qt.TextFormat.RichText)
        self.prompt.setWordWrap(True)
        self.form.addRow(self.prompt)
        self.number = self.add_row(self.tr("Case &number"), QLineEdit())
        self.number.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.number.setPlaceholderText(case.case_number)
        self.erase_button: QPushButton = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.erase_button.setObjectName("danger")
        self.erase_button.style().unpolish(self.erase_button)  # the button box polished it already
        self.erase_button.style().polish(self.erase_button)
        self.erase_button.setDefault(True)  # Enter erases only once the number is typed (disabled before)
        self.reason.currentIndexChanged.connect(self._update)
        self.number.textChanged.connect(self._update)
        self._update()

    def ready(self) -> bool:
        return self.reason.currentData() is not None and _same_number(self.number.text(), self.case.case_number)

    def _update(self) -> None:
        self.erase_button.setEnabled(self.ready())

    def submit(self) -> None:
        """Erase; a refusal (PasserelleError) is shown here and nothing changes."""
        if not self.ready():  # Enter pressed before the button was enabled
            raise ValidationFailed([FieldError("case_number", "field.required")])
        self.service.erase(self.case.id, ErasureReason(self.reason.currentData()))

    def done(self, result: int) -> None:
        if self.erase_button is not None:  # no slot may run while the widgets are destroyed
            self.reason.currentIndexChanged.disconnect(self._update)
            self.number.textChanged.disconnect(self._update)
            self.erase_button = None  # type: ignore[assignment]
        super().done(result)

