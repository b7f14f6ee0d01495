"""The Forms page of a case file: forms to fill in, drafts to resume or
discard, submissions to read or correct, and the case's follow-up tasks."""

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import PasserelleError
from ...domain.records import TaskStatus
from ...services.forms import FormService
from .. import labels
from ..widgets.flow_layout import FlowLayout
from .case_tabs import date_text

_ID = Qt.ItemDataRole.UserRole


def confirm_discard(parent: QWidget) -> bool:
    """Ask before a draft is thrown away (from the case's Forms page or the wizard)."""
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("FormsTab", "Discard draft"),
        QCoreApplication.translate("FormsTab", "Discard every answer of this draft? This cannot be undone."),
    )
    return answer == QMessageBox.StandardButton.Yes


class FormsTab(QWidget):
    """Signals:
        open_draft(object): a Draft to open in the wizard (new or resumed).
        changed(): a draft was discarded or a task completed.
    """

    open_draft = Signal(object)
    changed = Signal()

    def __init__(self, service: FormService, case_id: str, language: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.service, self.case_id, self.language = service, case_id, language
        start_box = QGroupBox(self.tr("Fill in a form"))
        flow = FlowLayout()
        self.start_buttons: dict[str, QPushButton] = {}
        for form in service.catalogue.for_cases():
            button = QPushButton(form.title.get(language))
            button.clicked.connect(lambda _checked=False, form_id=form.id: self._start(form_id))
            flow.addWidget(button)
            self.start_buttons[form.id] = button
        self.blocked_reasons = QLabel()
        self.blocked_reasons.setObjectName("hint")
        self.blocked_reasons.setWordWrap(True)
        start_layout = QVBoxLayout(start_box)
        start_layout.addLayout(flow)
        start_layout.addWidget(self.blocked_reasons)
        skipped = service.catalogue.skipped()
        self.skipped = QLabel(self.tr("Form files not loaded because of errors: %1").replace("%1", ", ".join(skipped)))
        self.skipped.setObjectName("warning")
        self.skipped.setWordWrap(True)
        self.skipped.setVisible(bool(skipped))

        self.drafts = QListWidget()
        self.drafts.setAccessibleName(self.tr("Drafts"))
        self.resume_button = QPushButton(self.tr("&Resume"))
        self.discard_button = QPushButton(self.tr("D&iscard"))
        self.submissions = QListWidget()
        self.submissions.setAccessibleName(self.tr("Submitted forms"))
        self.view_button = QPushButton(self.tr("&View"))
        self.revise_button = QPushButton(self.tr("&Correct…"))
        self.revise_button.setToolTip(self.tr("Make a new revision; the submitted answers are kept"))
        self.tasks = QListWidget()
        self.tasks.setAccessibleName(self.tr("Follow-up tasks"))
        self.done_button = QPushButton(self.tr("Mark &done"))

        layout = QVBoxLayout(self)
        layout.addWidget(start_box)
        layout.addWidget(self.skipped)
        lists = QHBoxLayout()
        for title, widget, buttons in (
            (self.tr("Drafts"), self.drafts, (self.resume_button, self.discard_button)),
            (self.tr("Submitted"), self.submissions, (self.view_button, self.revise_button)),
            (self.tr("Follow-up tasks"), self.tasks, (self.done_button,)),
        ):
            box = QGroupBox(title)
            box_layout = QVBoxLayout(box)
            box_layout.addWidget(widget, 1)
            row = QHBoxLayout()
            for button in buttons:
                row.addWidget(button)
            row.addStretch(1)
            box_layout.addLayout(row)
            lists.addWidget(box, 1)
        layout.addLayout(lists, 1)

        self.resume_button.clicked.connect(self._resume)
        self.drafts.itemActivated.connect(lambda _item: self._resume())
        self.discard_button.clicked.connect(self._discard)
        self.view_button.clicked.connect(self._view)
        self.submissions.itemActivated.connect(lambda _item: self._view())
        self.revise_button.clicked.connect(self._revise)
        self.done_button.clicked.connect(self._done)
        for widget in (self.drafts, self.submissions, self.tasks):
            widget.setWordWrap(True)
            widget.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
            widget.itemSelectionChanged.connect(self._enable)
        self.reload()

    def reload(self) -> None:
        reasons = []
        for form_id, button in self.start_buttons.items():
            reason = self.service.blocked(self.service.catalogue.get(form_id), self.case_id)
            button.setEnabled(reason is None)
            button.setToolTip(labels.message(reason) if reason else "")
            if reason:
                reasons.append(f"{button.text()}: {labels.message(reason)}")
        self.blocked_reasons.setText("\n".join(reasons))
        self.blocked_reasons.setVisible(bool(reasons))
        self.drafts.clear()
        for draft in self.service.drafts(self.case_id):
            title = self.service.form_title(draft.form_id, self.language)
            text = self.tr("%1 — saved %2").replace("%1", title).replace("%2", date_text(draft.updated_at))
            if draft.revision_of:
                text += " · " + self.tr("correction")
            self._add(self.drafts, text, draft.id)
        self.submissions.clear()
        submissions = self.service.submissions(self.case_id)
        corrected = {submission.revision_of for submission in submissions}
        for submission in reversed(submissions):
            title = self.service.form_title(submission.form_id, self.language)
            text = f"{date_text(submission.created_at)}  {title}"
            if submission.revision > 1:
                text += " · " + self.tr("revision %1").replace("%1", str(submission.revision))
            if submission.id in corrected:
                text += " · " + self.tr("corrected")
            self._add(self.submissions, text, submission.id)
        self.tasks.clear()
        for task in self.service.case_tasks(self.case_id):
            title = task.title.get(self.language) or next(iter(task.title.values()), task.kind)
            state = {TaskStatus.OPEN: self.tr("due %1").replace("%1", task.due_on.isoformat()),
                     TaskStatus.DONE: self.tr("done"), TaskStatus.CANCELLED: self.tr("cancelled")}[task.status]
            item = self._add(self.tasks, f"{title} — {state}", task.id)
            item.setData(Qt.ItemDataRole.UserRole + 1, task.status == TaskStatus.OPEN)
        self._enable()

    def _add(self, widget: QListWidget, text: str, row_id: str) -> QListWidgetItem:
        item = QListWidgetItem(text)
        item.setData(_ID, row_id)
        widget.addItem(item)
        return item

    def _selected(self, widget: QListWidget) -> str | None:
        items = widget.selectedItems()
        return items[0].data(_ID) if items else None

    def _enable(self) -> None:
        self.resume_button.setEnabled(self._selected(self.drafts) is not None)
        self.discard_button.setEnabled(self._selected(self.drafts) is not None)
        chosen = self._selected(self.submissions)
        self.view_button.setEnabled(chosen is not None)
        self.revise_button.setEnabled(chosen is not None and self.service.revisable(chosen))
        items = self.tasks.selectedItems()
        self.done_button.setEnabled(bool(items) and bool(items[0].data(Qt.ItemDataRole.UserRole + 1)))

    def _start(self, form_id: str, revision_of: str | None = None) -> None:
        try:
            draft = self.service.start(form_id, self.case_id, revision_of)
        except PasserelleError as error:
            QMessageBox.warning(self, self.tr("Could not start the form"), labels.error_text(error))
            return
        self.open_draft.emit(draft)

    def _resume(self) -> None:
        draft_id = self._selected(self.drafts)
        if draft_id is not None:
            self.open_draft.emit(self.service.session.drafts.get(draft_id))

    def _discard(self) -> None:
        draft_id = self._selected(self.drafts)
        if draft_id is None:
            return
        if confirm_discard(self):
            self.service.discard(draft_id)
            self.reload()
            self.changed.emit()

    def _view(self) -> None:
        submission_id = self._selected(self.submissions)
        if submission_id is None:
            return
        from ..dialogs.submission_dialog import SubmissionDialog

        SubmissionDialog(self.service, self.service.submission(submission_id), self.language, self).exec()

    def _revise(self) -> None:
        submission_id = self._selected(self.submissions)
        if submission_id is not None:
            self._start(self.service.submission(submission_id).form_id, submission_id)

    def _done(self) -> None:
        task_id = self._selected(self.tasks)
        if task_id is not None:
            self.service.complete_task(task_id)
            self.reload()
            self.changed.emit()
