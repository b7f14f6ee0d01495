"""The form wizard: one page per group, progress, Back/Next, a review page,
and a side panel with the page's agenda and the field guide.

Every change is saved to the draft in the encrypted store (after a short
pause while typing, and at once on every page change, close or lock), so a
crash or a lock loses nothing but the last instant of typing.
"""

import html
from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import PasserelleError, ValidationFailed
from ...domain.records import Draft, Submission
from ...forms.definition import Page
from ...forms.runtime import FormRun, Issue
from ...services.forms import FormService
from ...services.handbook import HandbookService
from .. import labels
from ..widgets.scores_view import ScoresView
from ..style import ERROR_STYLE
from ..pages.forms_tab import confirm_discard
from .page_view import PageView, issue_text
from .review import answers_html

# Pause after the last keystroke before the draft is written.
AUTOSAVE_MS = 400


class FormWizard(QWidget):
    """Signals:
        submitted(object): the Submission stored.
        closed(): the person left the wizard (the draft stays).
    """

    submitted = Signal(object)
    closed = Signal()

    def __init__(self, service: FormService, draft: Draft, language: str, case_label: str = "",
                 handbook: HandbookService | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.service, self.draft, self.language, self.handbook = service, draft, language, handbook
        self.run: FormRun = service.run(draft)
        self.form = self.run.form
        self.case_label = case_label
        self.saved = True
        self.views: dict[str, PageView] = {}
        self.position = 0  # index in the relevant pages; len() = the review page

        self.title = QLabel(self.form.title.get(language))
        self.title.setObjectName("formTitle")
        self.case_line = QLabel(case_label)
        self.case_line.setObjectName("hint")
        self.step = QLabel()
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(8)
        self.progress.setAccessibleName(self.tr("Progress"))

        self.stack = QStackedWidget()
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(self.stack)
        self.review = QTextBrowser()
        self.review.setOpenLinks(False)
        self.review.setAccessibleName(self.tr("Review of the answers"))
        self.review.anchorClicked.connect(lambda url: self._go_to_page(url.toString().removeprefix("page:")))
        self.body = QStackedWidget()
        self.body.addWidget(self.scroll)
        self.body.addWidget(self.review)

        self.agenda_title = QLabel(self.tr("Agenda"))
        self.agenda_title.setObjectName("sideTitle")
        self.agenda = QLabel()
        self.agenda.setWordWrap(True)
        self.agenda.setTextFormat(Qt.TextFormat.PlainText)
        self.agenda.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.agenda.setObjectName("agenda")
        self.guide_title = QLabel(self.tr("Field guide"))
        self.guide_title.setObjectName("sideTitle")
        self.guide = QTextBrowser()
        self.guide.setAccessibleName(self.tr("Field guide section"))
        self.guide_close = QPushButton(self.tr("Hide guide"))
        self.scores = ScoresView()
        self.scores.hide()
        self.side = QWidget()
        side_layout = QVBoxLayout(self.side)
        side_layout.addWidget(self.scores)
        side_layout.addWidget(self.agenda_title)
        side_layout.addWidget(self.agenda)
        side_layout.addWidget(self.guide_title)
        side_layout.addWidget(self.guide, 4)
        side_layout.addWidget(self.guide_close, 0, Qt.AlignmentFlag.AlignTrailing)
        side_layout.addStretch(1)
        self.side.setMinimumWidth(260)
        self.side.setMaximumWidth(460)
        for widget in (self.guide_title, self.guide, self.guide_close):
            widget.hide()
        splitter = QSplitter()
        splitter.addWidget(self.body)
        splitter.addWidget(self.side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)

        self.state = QLabel()
        self.state.setObjectName("hint")
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        self.close_button = QPushButton(self.tr("Save draft and c&lose"))
        self.discard_button = QPushButton(self.tr("&Discard draft"))
        self.back_button = QPushButton(self.tr("&Back"))
        self.next_button = QPushButton(self.tr("&Next"))
        self.submit_button = QPushButton(self.tr("&Submit"))
        self.next_button.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.state, 1)
        for button in (self.discard_button, self.close_button, self.back_button, self.next_button, self.submit_button):
            buttons.addWidget(button)

        layout = QVBoxLayout(self)
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.case_line)
        layout.addLayout(head)
        layout.addWidget(self.step)
        layout.addWidget(self.progress)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.error)
        layout.addLayout(buttons)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(AUTOSAVE_MS)
        self.timer.timeout.connect(self.save_draft)
        self.back_button.clicked.connect(self.back)
        self.next_button.clicked.connect(self.next)
        self.submit_button.clicked.connect(self.submit)
        self.close_button.clicked.connect(self._close)
        self.discard_button.clicked.connect(self._discard)
        self.guide_close.clicked.connect(self._hide_guide)
        QShortcut(QKeySequence("Alt+Right" if not self.isRightToLeft() else "Alt+Left"), self, self.next)
        QShortcut(QKeySequence("Alt+Left" if not self.isRightToLeft() else "Alt+Right"), self, self.back)
        self._show(min(draft.page, len(self.run.relevant_pages())))

    # --- pages --------------------------------------------------------------------

    def pages(self) -> list[Page]:
        return self.run.relevant_pages()

    def current_view(self) -> PageView | None:
        pages = self.pages()
        if self.position >= len(pages):
            return None
        page = pages[self.position]
        view = self.views.get(page.name)
        if view is None:
            view = PageView(page, self.run, self.language)
            view.edited.connect(self._edited)
            view.structure_changed.connect(self._structure_changed)
            view.help_requested.connect(self.show_help)
            self.views[page.name] = view
            self.stack.addWidget(view)
        return view

    def _show(self, position: int, show_issues: bool = False) -> None:
        pages = self.pages()
        self.position = max(0, min(position, len(pages)))
        total = len(pages) + 1
        view = self.current_view()
        if view is None:
            self._show_review()
            self.step.setText(self.tr("Step %1 of %2: review and submit").replace("%1", str(total)).replace("%2", str(total)))
        else:
            view.refresh(None, show_issues)
            self.stack.setCurrentWidget(view)
            self.body.setCurrentWidget(self.scroll)
            self.step.setText(self.tr("Step %1 of %2: %3").replace("%1", str(self.position + 1))
                              .replace("%2", str(total)).replace("%3", pages[self.position].title.get(self.language)))
            self.scroll.verticalScrollBar().setValue(0)
        self.progress.setMaximum(total)
        self.progress.setValue(self.position + 1)
        on_review = view is None
        self.back_button.setEnabled(self.position > 0)
        self.next_button.setVisible(not on_review)
        self.submit_button.setVisible(on_review)
        (self.submit_button if on_review else self.next_button).setDefault(True)
        self._show_agenda(view)
        self._show_scores(on_review)
        self.error.hide()

    def _show_agenda(self, view: PageView | None) -> None:
        notes = view.visible_asides() if view is not None else []
        self.agenda.setText("\n\n".join(notes))
        self.agenda_title.setVisible(bool(notes))
        self.agenda.setVisible(bool(notes))
        self._update_side()

    def _show_scores(self, on_review: bool) -> None:
        """On the review page of a scored form (the RSS): the scores these answers get."""
        shown = on_review and self.form.scored
        if shown:
            self.scores.show_scores(self.service.scoring.preview(self.run.answers()), self.service.scoring.profile())
        self.scores.setVisible(shown)
        self._update_side()

    def _update_side(self) -> None:
        self.side.setVisible(any(not widget.isHidden() for widget in (self.agenda, self.guide, self.scores)))

    def next(self) -> None:
        view = self.current_view()
        if view is None:
            return
        issues = self.run.page_issues(view.page)
        if issues:
            view.refresh(None, show_issues=True)
            self._focus(view, issues[0])
            self.error.setText(self.tr("Some answers on this page are missing or need correcting."))
            self.error.show()
            return
        self.save_draft()
        self._show(self.position + 1)
        self.focus_first()

    def back(self) -> None:
        if self.position > 0:
            self.save_draft()
            self._show(self.position - 1)
            self.focus_first()

    def _focus(self, view: PageView, issue: Issue) -> None:
        row = view.row_for(issue.key)
        if row is not None and row.editor is not None:
            self.scroll.ensureWidgetVisible(row)
            row.editor.setFocus()

    def focus_first(self) -> None:
        view = self.current_view()
        if view is None:
            self.submit_button.setFocus()
            return
        for row in view.all_rows():
            if row.isVisible() and row.editor is not None and row.editor.isEnabled():
                row.editor.setFocus()
                return

    def _go_to_page(self, name: str) -> None:
        for index, page in enumerate(self.pages()):
            if page.name == name:
                self._show(index, show_issues=True)
                self.focus_first()

    # --- answers ------------------------------------------------------------------

    def _edited(self, key: tuple[Any, ...]) -> None:
        view = self.current_view()
        if view is None:
            return
        row = view.row_for(key)
        if row is None or row.editor is None:
            return
        names = self.run.answer(key, row.editor.value())
        self._after_change(view, names)

    def _structure_changed(self) -> None:
        view = self.current_view()
        if view is not None:
            self._after_change(view, None)

    def _after_change(self, view: PageView, names: set[str] | None) -> None:
        view.refresh(names)
        self._show_agenda(view)
        self.saved = False
        self.state.setText(self.tr("Saving…"))
        self.timer.start()

    def save_draft(self) -> None:
        """Write the draft now (also called before a lock or when leaving)."""
        self.timer.stop()
        if self.saved:
            return
        self.draft = self.service.autosave(self.draft, self.run, self.position)
        self.saved = True
        saved_at = datetime.fromisoformat(self.draft.updated_at).astimezone().strftime("%H:%M")
        self.state.setText(self.tr("Draft saved at %1").replace("%1", saved_at))

    # --- review and submit ------------------------------------------------------------

    def _show_review(self) -> None:
        self.body.setCurrentWidget(self.review)
        heading = self.tr("Review your answers")
        parts = [f"<h2>{html.escape(heading)}</h2>"]
        issues = self.run.issues()
        if issues:
            problem = self.tr("Some answers are missing or need correcting:")
            parts.append(f"<p style='{ERROR_STYLE}'>{html.escape(problem)}</p><ul>")
            for issue in issues:
                page = self.run.page_of[issue.key[-1]]
                question = self.run.questions[issue.key[-1]]
                label = question.label.get(self.language) if question.label else question.name
                parts.append(f"<li><a href='page:{page.name}'>{html.escape(label)}</a>: "
                             f"{html.escape(issue_text(issue, self.language))}</li>")
            parts.append("</ul>")
        parts.append(answers_html(self.run, self.language, links=True))
        self.review.setHtml("".join(parts))

    def submit(self) -> None:
        self.save_draft()
        try:
            submission: Submission = self.service.submit(self.draft, self.run)
        except ValidationFailed as failure:
            lines = [f"{self._question_label(e.field)}: {labels.error_text(e)}" for e in failure.errors]
            self.error.setText("\n".join(lines))
            self.error.show()
            return
        except PasserelleError as error:
            self.error.setText(labels.error_text(error))
            self.error.show()
            return
        self.submitted.emit(submission)

    def _question_label(self, name: str) -> str:
        question = self.run.questions.get(name)
        if question is not None and question.label is not None:
            return question.label.get(self.language)
        return labels.field(name)

    # --- leaving --------------------------------------------------------------------

    def _close(self) -> None:
        self.save_draft()
        self.closed.emit()

    def _discard(self) -> None:
        if not confirm_discard(self):
            return
        self.timer.stop()
        self.service.discard(self.draft.id)
        self.saved = True
        self.closed.emit()

    # --- field guide --------------------------------------------------------------------

    def show_help(self, section_ids: list[str]) -> None:
        """Show the question's field-guide sections beside the page."""
        parts = []
        for section_id in section_ids:
            section = self.handbook.section(self.language, section_id) if self.handbook else None
            if section is not None:
                parts.append(f"# {section.title}\n\n{section.body}")
        if parts:
            self.guide.setMarkdown("\n\n---\n\n".join(parts))
        else:
            self.guide.setPlainText(self.tr("This part of the field guide is not available yet in this language. "
                                            "Install the handbook pack, or open the field guide in another language."))
        for widget in (self.guide_title, self.guide, self.guide_close):
            widget.show()
        self._update_side()

    def _hide_guide(self) -> None:
        for widget in (self.guide_title, self.guide, self.guide_close):
            widget.hide()
        self._update_side()
