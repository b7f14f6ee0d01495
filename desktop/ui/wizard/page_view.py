"""One wizard page: a row per question (label, hint, editor, message, "?"),
repeat groups with their instances, and the page's aside notes."""

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...forms.definition import Choice, Page, Question, QuestionType
from ...forms.runtime import FormRun, Issue, Key
from .. import labels
from ..style import ERROR_STYLE
from .editors import AcknowledgementEditor, Editor, editor_for



def issue_text(issue: Issue, language: str) -> str:
    if issue.code == "constraint" and issue.message is not None:
        return issue.message.get(language)
    return labels.message(f"form.{issue.code}")


class QuestionRow(QWidget):
    """Signals:
        edited(tuple): the answer at this key changed (the key is passed).
        help_requested(list): the "?" was pressed (the question's section ids).
    """

    edited = Signal(tuple)
    help_requested = Signal(list)

    def __init__(self, question: Question, key: Key, run: FormRun, language: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.question, self.key, self.language = question, key, language
        self.touched = False
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self.caption.setTextFormat(Qt.TextFormat.PlainText)
        self.caption.setObjectName("questionLabel")
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.caption, 1)
        if question.handbook:
            help_button = QToolButton()
            help_button.setText("?")
            help_button.setToolTip(self.tr("Open the field guide on this question"))
            help_button.setAccessibleName(self.tr("Field guide for this question"))
            help_button.clicked.connect(lambda: self.help_requested.emit(list(question.handbook)))
            top.addWidget(help_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 6)
        layout.setSpacing(3)
        layout.addLayout(top)
        self.hint = QLabel(question.hint.get(language) if question.hint else "")
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.hint.setVisible(question.hint is not None)
        layout.addWidget(self.hint)
        self.editor: Editor | None = None
        if question.type != QuestionType.NOTE:
            yes_no = [Choice(name="yes", label=self.tr("Yes")), Choice(name="no", label=self.tr("No"))]
            self.editor = editor_for(question, len(run.choices(key)) if question.type in (
                QuestionType.SELECT_ONE, QuestionType.SELECT_MULTIPLE) else 0, yes_no, self.tr("Confirmed"))
            self.editor.setAccessibleName(self._label_text())
            self.caption.setBuddy(self.editor)
            self.editor.set_read_only(question.read_only)
            layout.addWidget(self.editor)
            self.editor.edited.connect(self._edited)
        else:
            self.caption.setObjectName("note")
        self.message = QLabel()
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        self.message.hide()
        layout.addWidget(self.message)

    def _label_text(self) -> str:
        return self.question.label.get(self.language) if self.question.label else self.question.name

    def _edited(self) -> None:
        self.touched = True
        self.edited.emit(self.key)

    def refresh(self, run: FormRun, show_issues: bool) -> None:
        index = self.key[1] if len(self.key) == 3 else None
        relevant = run.relevant(self.question.name, index)
        hidden_calculation = self.question.type == QuestionType.CALCULATE and self.question.label is None
        self.setVisible(relevant and not hidden_calculation)
        if not relevant:
            return
        issue = run.issue(self.key)
        required = self.editor is not None and not self.question.read_only and run.required(self.key)
        self.caption.setText(self._label_text() + (" *" if required else ""))
        if self.editor is not None:
            if self.question.type in (QuestionType.SELECT_ONE, QuestionType.SELECT_MULTIPLE):
                self.editor.set_choices(run.choices(self.key), self.language)
            calculated = self.question.type == QuestionType.CALCULATE or self.question.calculation
            self.editor.set_value(run.value(self.key) if calculated else run.entered(self.key))
            if isinstance(self.editor, AcknowledgementEditor):
                meta = run.acknowledged.get(self.question.name)
                text = self.tr("Recorded by %1 on %2").replace("%1", meta["by"]).replace("%2", meta["at"][:16].replace("T", " ")) if meta else ""
                self.editor.set_recorded(text)
        shown = issue is not None and (show_issues or (self.touched and issue.code != "required"))
        self.message.setText(issue_text(issue, self.language) if shown and issue else "")
        self.message.setVisible(shown)


class RepeatBlock(QGroupBox):
    """A repeat group: a frame per instance, with Add and Remove.

    Signals:
        structure_changed(): an instance was added or removed.
    """

    structure_changed = Signal()

    def __init__(self, question: Question, run: FormRun, language: str,
                 make_row: Callable[[Question, Key], QuestionRow], parent: QWidget | None = None):
        super().__init__(question.label.get(language) if question.label else question.name, parent)
        self.question, self.run, self.language, self.make_row = question, run, language, make_row
        self.rows: list[QuestionRow] = []
        self.body = QVBoxLayout()
        self.add_button = QPushButton(self.tr("&Add"))
        self.add_button.setAccessibleName(self.tr("Add to %1").replace("%1", self.title()))
        layout = QVBoxLayout(self)
        if question.hint:
            hint = QLabel(question.hint.get(language))
            hint.setObjectName("hint")
            hint.setWordWrap(True)
            layout.addWidget(hint)
        layout.addLayout(self.body)
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeading)
        self.add_button.clicked.connect(self._add)
        self.build()

    def build(self) -> None:
        while self.body.count():
            item = self.body.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        self.rows = []
        for index in range(self.run.instances(self.question.name)):
            frame = QFrame()
            frame.setFrameShape(QFrame.Shape.StyledPanel)
            inner = QVBoxLayout(frame)
            head = QHBoxLayout()
            head.addWidget(QLabel(f"<b>{index + 1}.</b>"), 1)
            remove = QPushButton(self.tr("Remove"))
            remove.setAccessibleName(self.tr("Remove item %1").replace("%1", str(index + 1)))
            remove.clicked.connect(lambda _checked=False, at=index: self._remove(at))
            head.addWidget(remove)
            inner.addLayout(head)
            for question in self.question.questions or []:
                row = self.make_row(question, (self.question.name, index, question.name))
                inner.addWidget(row)
                self.rows.append(row)
            self.body.addWidget(frame)

    def _add(self) -> None:
        self.run.add_instance(self.question.name)
        self.build()
        self.structure_changed.emit()
        if self.rows:
            first = [row for row in self.rows if row.key[1] == self.run.instances(self.question.name) - 1]
            if first and first[0].editor is not None:
                first[0].editor.setFocus()

    def _remove(self, index: int) -> None:
        self.run.remove_instance(self.question.name, index)
        self.build()
        self.structure_changed.emit()
        self.add_button.setFocus()


class PageView(QWidget):
    """The questions of one page.

    Signals:
        edited(tuple): an answer changed (its key).
        structure_changed(): a repeat instance was added or removed.
        help_requested(list): section ids to show beside the page.
    """

    edited = Signal(tuple)
    structure_changed = Signal()
    help_requested = Signal(list)

    def __init__(self, page: Page, run: FormRun, language: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.page, self.run, self.language = page, run, language
        self.repeats: list[RepeatBlock] = []
        #: notes shown beside the page (an agenda), with their question
        self.asides: list[Question] = []
        layout = QVBoxLayout(self)
        title = QLabel(page.title.get(language))
        title.setObjectName("pageTitle")
        title.setWordWrap(True)
        layout.addWidget(title)
        for question in page.questions:
            if question.type == QuestionType.NOTE and question.appearance == "aside":
                self.asides.append(question)
            elif question.type == QuestionType.REPEAT:
                block = RepeatBlock(question, run, language, self._row)
                block.structure_changed.connect(self.structure_changed)
                self.repeats.append(block)
                layout.addWidget(block)
            else:
                layout.addWidget(self._row(question, (question.name,)))
        layout.addStretch(1)

    def _row(self, question: Question, key: Key) -> QuestionRow:
        row = QuestionRow(question, key, self.run, self.language)
        row.edited.connect(self.edited)
        row.help_requested.connect(self.help_requested)
        return row

    def all_rows(self) -> list[QuestionRow]:
        return self.rows_outside_repeats() + [row for block in self.repeats for row in block.rows]

    def rows_outside_repeats(self) -> list[QuestionRow]:
        return [child for child in self.findChildren(QuestionRow) if len(child.key) == 1]

    def refresh(self, names: set[str] | None = None, show_issues: bool = False) -> None:
        for block in self.repeats:
            block.setVisible(self.run.relevant(block.question.name))
        for row in self.all_rows():
            if names is None or row.question.name in names:
                row.refresh(self.run, show_issues)

    def row_for(self, key: Key) -> QuestionRow | None:
        return next((row for row in self.all_rows() if row.key == key), None)

    def visible_asides(self) -> list[str]:
        return [q.label.get(self.language) for q in self.asides if q.label and self.run.relevant(q.name)]
