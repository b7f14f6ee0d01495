"""The facts a counsellor needs at a glance: name, age, number, status,
vulnerabilities as badges, days since return, overdue follow-up, and open
sync conflicts (a badge to click)."""

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ...domain.case import Case
from ...domain.rules import FollowUp, age_on, days_since, follow_up_state
from .. import labels
from ..i18n import isolate
from .flow_layout import FlowLayout


def badge(text: str, kind: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName(f"badge_{kind}")
    label.setProperty("badge", kind)
    return label


class CaseHeader(QFrame):
    """Signals:
        conflicts_clicked(): the person clicked the conflicts badge.
    """

    conflicts_clicked = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("caseHeader")
        self.name = QLabel()
        font = QFont(self.name.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.name.setFont(font)
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        self.status = badge("", "status")
        self.follow_up = QLabel()
        self.follow_up.setObjectName("followUp")
        self.conflicts = QPushButton()
        self.conflicts.setProperty("badge", "conflict")
        self.conflicts.setCursor(Qt.CursorShape.PointingHandCursor)
        self.conflicts.setToolTip(self.tr("A field of this case was changed on two laptops: click to choose the value to keep"))
        self.conflicts.clicked.connect(self.conflicts_clicked)
        self.conflicts.hide()
        self.badges = QWidget()
        self.badge_layout = FlowLayout(self.badges)
        top = QHBoxLayout()
        top.addWidget(self.name)
        top.addWidget(self.status)
        top.addWidget(self.conflicts)
        top.addStretch(1)
        top.addWidget(self.follow_up)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.facts)
        layout.addWidget(self.badges)

    def show_case(self, case: Case, today: date) -> None:
        self.name.setText(case.full_name or self.tr("(no name)"))
        self.status.setText(labels.status(case.status))
        parts = [case.case_number]
        if case.birth_date:
            age = age_on(case.birth_date, today)
            text = self.tr("%n year(s) old", "", age)
            parts.append(("≈ " if case.birth_date_estimated else "") + text)
        parts.append(labels.sex(case.sex))
        since = days_since(case.return_date, today)
        if since is not None:
            parts.append(self.tr("returned %n day(s) ago", "", since))
        if case.community:
            parts.append(case.community)
        self.facts.setText("  ·  ".join(parts))
        while self.badge_layout.count():
            item = self.badge_layout.takeAt(0)
            if item and item.widget():
                item.widget().deleteLater()
        for vulnerability in case.vulnerabilities:
            self.badge_layout.addWidget(badge(labels.vulnerability(vulnerability), "vulnerability"))
        self.badges.setVisible(bool(case.vulnerabilities))
        state = follow_up_state(case.next_follow_up, case.status, today)
        if state is FollowUp.OVERDUE and case.next_follow_up:
            late = (today - case.next_follow_up).days
            self.follow_up.setText(self.tr("Follow-up overdue by %n day(s)", "", late))
            self.follow_up.setProperty("overdue", True)
        elif case.next_follow_up and state is not FollowUp.NONE:
            self.follow_up.setText(self.tr("Next follow-up: %1").replace("%1", isolate(case.next_follow_up.isoformat())))
            self.follow_up.setProperty("overdue", False)
        else:
            self.follow_up.setText("")
        self.follow_up.style().unpolish(self.follow_up)
        self.follow_up.style().polish(self.follow_up)

    def show_conflicts(self, count: int) -> None:
        """The badge for open sync conflicts on this case; hidden when there are none."""
        self.conflicts.setText(self.tr("%n conflict(s)", "", count))
        self.conflicts.setAccessibleName(self.conflicts.text())
        self.conflicts.setVisible(count > 0)
