"""The household, consent and timeline pages of a case file."""

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.case import HouseholdMember
from ...domain.enums import ClosureReason, ConsentPurpose, Status
from ...services.cases import CaseService, TimelineEntry
from .. import labels
from ..dialogs.case_dialogs import ConsentDialog, MemberDialog


def date_text(iso: str) -> str:
    """Dates stay ISO (unambiguous in every language); timestamps in local time."""
    if len(iso) <= 10:
        return iso
    return datetime.fromisoformat(iso).astimezone().strftime("%Y-%m-%d %H:%M")


class HouseholdTab(QWidget):
    """Signals:
        changed(): a member was added, edited or removed.
    """

    changed = Signal()

    def __init__(self, service: CaseService, case_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.service, self.case_id = service, case_id
        self.table = QTableWidget(0, 5)
        self.table.setAccessibleName(self.tr("Household members"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Relationship"), self.tr("Sex"), self.tr("Year of birth"), self.tr("Returned too")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.add_button = QPushButton(self.tr("&Add member…"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.remove_button = QPushButton(self.tr("&Remove"))
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table)
        self.add_button.clicked.connect(lambda: self._edit(None))
        self.edit_button.clicked.connect(self._edit_selected)
        self.table.activated.connect(self._edit_selected)
        self.remove_button.clicked.connect(self._remove)
        self.table.itemSelectionChanged.connect(self._enable)
        self.reload()

    def reload(self) -> None:
        self.members = self.service.household(self.case_id)
        self.table.setRowCount(len(self.members))
        for row, member in enumerate(self.members):
            values = [
                member.name,
                labels.relationship(member.relationship),
                labels.sex(member.sex),
                str(member.birth_year or ""),
                self.tr("Yes") if member.returned_too else self.tr("No"),
            ]
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()
        self._enable()

    def _selected(self) -> HouseholdMember | None:
        row = self.table.currentRow()
        return self.members[row] if 0 <= row < len(self.members) and self.table.selectedItems() else None

    def _enable(self) -> None:
        chosen = self._selected() is not None
        self.edit_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)

    def _edit_selected(self) -> None:
        member = self._selected()
        if member is not None:
            self._edit(member)

    def _edit(self, member: HouseholdMember | None) -> None:
        if MemberDialog(self.service, self.case_id, member, self).exec():
            self.reload()
            self.changed.emit()

    def _remove(self) -> None:
        member = self._selected()
        if member is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Remove household member"), self.tr("Remove %1 from the household?").replace("%1", member.name)
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.service.remove_member(member.id)
            self.reload()
            self.changed.emit()


class ConsentTab(QWidget):
    """Current consent per purpose, the full history, and a button to record more.

    Signals:
        changed(): a consent record was added.
    """

    changed = Signal()

    def __init__(self, service: CaseService, case_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.service, self.case_id = service, case_id
        self.current = QLabel()
        self.current.setWordWrap(True)
        self.current.setTextFormat(Qt.TextFormat.PlainText)
        self.history = QListWidget()
        self.history.setAccessibleName(self.tr("Consent history"))
        self.record_button = QPushButton(self.tr("&Record consent…"))
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(self.current, 1)
        top.addWidget(self.record_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)
        layout.addWidget(QLabel(self.tr("History")))
        layout.addWidget(self.history)
        self.record_button.clicked.connect(self._record)
        self.reload()

    def reload(self) -> None:
        current = self.service.current_consent(self.case_id)
        lines = []
        for purpose in ConsentPurpose:
            record = current.get(purpose)
            if record is None:
                state = self.tr("not recorded")
            elif record.given:
                state = self.tr("given on %1 (recorded by %2)").replace("%1", record.recorded_on.isoformat())
                state = state.replace("%2", record.recorded_by)
            else:
                state = self.tr("refused or withdrawn on %1").replace("%1", record.recorded_on.isoformat())
            lines.append(f"{labels.consent_purpose(purpose)}: {state}")
        self.current.setText("\n".join(lines))
        self.history.clear()
        for record in reversed(self.service.consents(self.case_id)):
            given = self.tr("given") if record.given else self.tr("refused")
            extra = f" — {record.provider}" if record.provider else ""
            self.history.addItem(f"{record.recorded_on.isoformat()}  {labels.consent_purpose(record.purpose)}: {given}{extra}")

    def _record(self) -> None:
        if ConsentDialog(self.service, self.case_id, self).exec():
            self.reload()
            self.changed.emit()


class TimelineTab(QWidget):
    def __init__(self, service: CaseService, case_id: str, form_title: "Callable[[str], str] | None" = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.service, self.case_id = service, case_id
        self.form_title = form_title or (lambda form_id: form_id)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Case timeline"))
        self.list.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        self.reload()

    def reload(self) -> None:
        self.list.clear()
        for entry in self.service.timeline(self.case_id):
            self.list.addItem(f"{date_text(entry.at)}   {self.describe(entry)}")

    def describe(self, entry: TimelineEntry) -> str:
        fields = ", ".join(labels.field(name) for name in entry.fields)
        by = f" — {entry.actor}" if entry.actor else ""
        if entry.kind == "returned":
            return self.tr("Returned to the country")
        if entry.kind == "consent":
            purpose = labels.consent_purpose(ConsentPurpose(str(entry.detail["purpose"])))
            text = self.tr("Consent given: %1") if entry.detail.get("given") else self.tr("Consent refused: %1")
            return text.replace("%1", purpose) + by
        if entry.kind == "create":
            return self.tr("Case registered") + by
        if entry.kind == "import":
            return self.tr("Case imported") + by
        if entry.kind == "update":
            return self.tr("Profile updated: %1").replace("%1", fields) + by
        if entry.kind == "view":
            return self.tr("Case file opened") + by
        if entry.kind == "household":
            return self.tr("Household changed") + by
        if entry.kind in ("submit", "revise"):
            title = self.form_title(str(entry.detail.get("form", "")))
            if entry.kind == "submit":
                return self.tr("Form submitted: %1").replace("%1", title) + by
            revision = str(entry.detail.get("revision", ""))
            return self.tr("Form corrected: %1 (revision %2)").replace("%1", title).replace("%2", revision) + by
        if entry.kind == "discard_draft":
            return self.tr("Draft discarded: %1").replace("%1", self.form_title(str(entry.detail.get("form", "")))) + by
        if entry.kind == "task":
            return self.tr("Follow-up task marked done") + by
        if entry.kind == "status":
            target = Status(str(entry.detail["to"]))
            if target is Status.CLOSED:
                reason = labels.closure_reason(ClosureReason(str(entry.detail["reason"])))
                return self.tr("Case closed: %1").replace("%1", reason) + by
            source = labels.status(Status(str(entry.detail["from"])))
            return self.tr("Status: %1 → %2").replace("%1", source).replace("%2", labels.status(target)) + by
        return entry.kind + by
