"""The returnee's profile as a form, with a validation message under each field."""

from datetime import date
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...domain.case import EDITABLE_FIELDS, Case
from ...domain.enums import Document, ReturnType, Sex, Vulnerability
from ...domain.errors import FieldError
from ...domain.rules import age_on, birth_date_from_age
from .. import labels
from ..style import ERROR_STYLE
from .check_list import CheckList
from .combo import code_combo, select_code
from .date_field import OptionalDateEdit



class CaseForm(QScrollArea):
    """Edits the fields of ``EDITABLE_FIELDS``.

    Signals:
        edited(): the person changed any field.
    """

    edited = Signal()

    def __init__(self, today: date, parent: QWidget | None = None):
        super().__init__(parent)
        self.today = today
        self.setWidgetResizable(True)
        body = QWidget()
        self.setWidget(body)
        layout = QVBoxLayout(body)
        self.inputs: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self._loading = False

        self.given_name = self._line("given_name")
        self.family_name = self._line("family_name")
        self.sex = code_combo(Sex, labels.sex)
        select_code(self.sex, Sex.UNKNOWN)
        self.birth_date = OptionalDateEdit()
        self.birth_date_estimated = QCheckBox(self.tr("Estimated"))
        self.age = QSpinBox()
        self.age.setRange(-1, 120)
        self.age.setSpecialValueText(self.tr("Age unknown"))
        self.age.setValue(-1)
        self.age.setAccessibleName(self.tr("Age in years (fills an estimated date of birth)"))
        self.nationality = self._line("nationality")
        self.languages = self._line("languages")
        self.languages.setPlaceholderText(self.tr("e.g. Wolof, French"))
        self.phone = self._line("phone")
        self.documents = CheckList(Document, labels.document)
        birth_row = QWidget()
        birth_layout = QHBoxLayout(birth_row)
        birth_layout.setContentsMargins(0, 0, 0, 0)
        birth_layout.addWidget(self.birth_date, 1)
        birth_layout.addWidget(self.birth_date_estimated)
        birth_layout.addWidget(QLabel(self.tr("or age")))
        birth_layout.addWidget(self.age)
        returnee = self._group(
            self.tr("Returnee"),
            [
                ("given_name", self.given_name),
                ("family_name", self.family_name),
                ("sex", self.sex),
                ("birth_date", birth_row),
                ("nationality", self.nationality),
                ("languages", self.languages),
                ("phone", self.phone),
                ("documents", self.documents),
            ],
        )
        self.host_country = self._line("host_country")
        self.return_date = OptionalDateEdit()
        self.return_type = code_combo(ReturnType, labels.return_type, empty=self.tr("Not recorded"))
        self.region = self._line("region")
        self.district = self._line("district")
        self.community = self._line("community")
        return_group = self._group(
            self.tr("Return"),
            [
                ("host_country", self.host_country),
                ("return_date", self.return_date),
                ("return_type", self.return_type),
                ("region", self.region),
                ("district", self.district),
                ("community", self.community),
            ],
        )
        self.vulnerabilities = CheckList(Vulnerability, labels.vulnerability)
        self.assigned_to = self._line("assigned_to")
        self.next_follow_up = OptionalDateEdit()
        management = self._group(
            self.tr("Case management"),
            [
                ("vulnerabilities", self.vulnerabilities),
                ("assigned_to", self.assigned_to),
                ("next_follow_up", self.next_follow_up),
            ],
        )
        for group in (returnee, return_group, management):
            layout.addWidget(group)
        layout.addStretch(1)
        self.inputs.update(
            {
                "sex": self.sex,
                "birth_date": self.birth_date,
                "birth_date_estimated": self.birth_date_estimated,
                "documents": self.documents,
                "return_date": self.return_date,
                "return_type": self.return_type,
                "vulnerabilities": self.vulnerabilities,
                "next_follow_up": self.next_follow_up,
            }
        )
        self._connect_edits()

    # --- building ---------------------------------------------------------------

    def _line(self, name: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setMaxLength(120)
        self.inputs[name] = edit
        return edit

    def _group(self, title: str, rows: list[tuple[str, QWidget]]) -> QGroupBox:
        group = QGroupBox(title)
        form = QFormLayout(group)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for name, widget in rows:
            holder = QWidget()
            column = QVBoxLayout(holder)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(2)
            column.addWidget(widget)
            error = QLabel()
            error.setStyleSheet(ERROR_STYLE)
            error.setWordWrap(True)
            error.hide()
            column.addWidget(error)
            self.errors[name] = error
            label = QLabel(labels.field(name))
            label.setBuddy(widget)
            widget.setAccessibleName(labels.field(name))
            form.addRow(label, holder)
        return group

    def _connect_edits(self) -> None:
        for widget in self.inputs.values():
            for signal in ("textEdited", "currentIndexChanged", "dateChanged", "toggled", "changed"):
                if hasattr(widget, signal):
                    getattr(widget, signal).connect(self._changed)
                    break
        self.age.valueChanged.connect(self._age_entered)

    def _changed(self) -> None:
        if not self._loading:
            self.edited.emit()

    def _age_entered(self, years: int) -> None:
        if years < 0 or self._loading:
            return
        self.birth_date.set_value(birth_date_from_age(years, self.today))
        self.birth_date_estimated.setChecked(True)
        self.edited.emit()

    # --- values -----------------------------------------------------------------

    def set_case(self, case: Case) -> None:
        """Show a stored case; does not count as an edit."""
        self._loading = True
        try:
            self._fill(case)
        finally:
            self._loading = False
        self.show_errors([])

    def _fill(self, case: Case) -> None:
        for edit_name in ("given_name", "family_name", "nationality", "phone", "host_country", "region", "district",
                          "community", "assigned_to"):
            self.inputs[edit_name].setText(getattr(case, edit_name))  # type: ignore[attr-defined]
        self.languages.setText(", ".join(case.languages))
        select_code(self.sex, case.sex)
        select_code(self.return_type, case.return_type)
        self.birth_date.set_value(case.birth_date)
        self.birth_date_estimated.setChecked(case.birth_date_estimated)
        self.age.setValue(age_on(case.birth_date, self.today) if case.birth_date else -1)
        self.documents.set_codes(case.documents)
        self.return_date.set_value(case.return_date)
        self.vulnerabilities.set_codes(case.vulnerabilities)
        self.next_follow_up.set_value(case.next_follow_up)

    def values(self) -> dict[str, Any]:
        text = {
            name: self.inputs[name].text().strip()  # type: ignore[attr-defined]
            for name in ("given_name", "family_name", "nationality", "phone", "host_country", "region", "district",
                         "community", "assigned_to")
        }
        return {
            **text,
            "sex": self.sex.currentData(),
            "birth_date": self.birth_date.value(),
            "birth_date_estimated": self.birth_date_estimated.isChecked(),
            "languages": [part.strip() for part in self.languages.text().split(",") if part.strip()],
            "documents": self.documents.codes(),
            "return_date": self.return_date.value(),
            "return_type": self.return_type.currentData(),
            "vulnerabilities": self.vulnerabilities.codes(),
            "next_follow_up": self.next_follow_up.value(),
        }

    def show_errors(self, errors: list[FieldError]) -> None:
        """Show each message under its field and move the focus to the first one."""
        by_field = {error.field: labels.error_text(error) for error in errors}
        for name, label in self.errors.items():
            text = by_field.get(name, "")
            label.setText(text)
            label.setVisible(bool(text))
        first = next((name for name in EDITABLE_FIELDS if name in by_field and name in self.inputs), None)
        if first:
            self.ensureWidgetVisible(self.inputs[first])
            self.inputs[first].setFocus()
