"""Dialogs that add rows to a case: a new case, a household member, a consent record."""

from PySide6.QtWidgets import QCheckBox, QLineEdit, QSpinBox, QVBoxLayout, QWidget

from ...domain.case import Case, HouseholdMember
from ...domain.enums import ConsentPurpose, Relationship, Sex
from ...domain.errors import PasserelleError, ValidationFailed
from ...services.cases import CaseService
from .. import labels
from ..widgets.case_form import CaseForm
from ..widgets.combo import code_combo, select_code
from ..widgets.date_field import OptionalDateEdit
from .base import FormDialog


class NewCaseDialog(FormDialog):
    """Registers a returnee with the same form as the case file's profile page.

    Attributes:
        created: the new case once the dialog was accepted.
    """

    def __init__(self, service: CaseService, parent: QWidget | None = None):
        super().__init__(self.tr("New case"), self.tr("Create case"), parent)
        self.service = service
        self.created: Case | None = None
        self.case_form = CaseForm(service.today)
        self.case_form.assigned_to.setText(service.session.profile.username)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(0, self.case_form, 1)
        self.resize(640, 720)

    def submit(self) -> None:
        try:
            self.created = self.service.create(self.case_form.values())
        except ValidationFailed as failure:
            self.case_form.show_errors(failure.errors)  # each message under its field
            raise PasserelleError("validation.failed") from None


class MemberDialog(FormDialog):
    def __init__(self, service: CaseService, case_id: str, member: HouseholdMember | None, parent: QWidget | None = None):
        title = self.tr("Edit household member") if member else self.tr("Add household member")
        super().__init__(title, self.tr("Save"), parent)
        self.service, self.case_id, self.member = service, case_id, member
        self.name = QLineEdit()
        self.add_row(self.tr("&Name"), self.name)
        self.relationship = code_combo(Relationship, labels.relationship)
        self.add_row(self.tr("&Relationship"), self.relationship)
        self.sex = code_combo(Sex, labels.sex)
        select_code(self.sex, Sex.UNKNOWN)
        self.add_row(self.tr("&Sex"), self.sex)
        self.birth_year = QSpinBox()
        self.birth_year.setRange(1899, service.today.year)
        self.birth_year.setSpecialValueText(self.tr("Unknown"))
        self.birth_year.setValue(1899)
        self.add_row(self.tr("&Year of birth"), self.birth_year)
        self.returned_too = QCheckBox(self.tr("Returned with the returnee"))
        self.add_row("", self.returned_too)
        if member:
            self.name.setText(member.name)
            select_code(self.relationship, member.relationship)
            select_code(self.sex, member.sex)
            self.birth_year.setValue(member.birth_year or 1899)
            self.returned_too.setChecked(member.returned_too)

    def submit(self) -> None:
        data = {
            "name": self.name.text().strip(),
            "relationship": self.relationship.currentData(),
            "sex": self.sex.currentData(),
            "birth_year": None if self.birth_year.value() == 1899 else self.birth_year.value(),
            "returned_too": self.returned_too.isChecked(),
        }
        if self.member:
            self.service.update_member(self.member.id, data)
        else:
            self.service.add_member(self.case_id, data)


class ConsentDialog(FormDialog):
    def __init__(self, service: CaseService, case_id: str, parent: QWidget | None = None):
        super().__init__(self.tr("Record consent"), self.tr("Record"), parent)
        self.service, self.case_id = service, case_id
        self.purpose = code_combo(ConsentPurpose, labels.consent_purpose)
        self.add_row(self.tr("&Purpose"), self.purpose)
        self.given = QCheckBox(self.tr("The returnee gives consent"))
        self.given.setChecked(True)
        self.add_row("", self.given)
        self.recorded_on = OptionalDateEdit()
        self.recorded_on.set_value(service.today)
        self.add_row(self.tr("&Date"), self.recorded_on)
        self.provider = QLineEdit()
        self.provider.setPlaceholderText(self.tr("For a referral: the service provider named to the returnee"))
        self.add_row(self.tr("&Provider"), self.provider)
        self.note = QLineEdit()
        self.add_row(self.tr("N&ote"), self.note)

    def submit(self) -> None:
        self.service.record_consent(
            self.case_id,
            {
                "purpose": self.purpose.currentData(),
                "given": self.given.isChecked(),
                "recorded_on": self.recorded_on.value(),
                "provider": self.provider.text().strip(),
                "note": self.note.text().strip(),
            },
        )
