"""A stored submission, read-only: its answers, who submitted it and when."""

import html

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTextBrowser, QVBoxLayout, QWidget

from ...domain.records import Submission
from ...forms.runtime import ACKNOWLEDGED, FormRun
from ...services.forms import FormService
from ..pages.case_tabs import date_text
from ..widgets.scores_view import ScoresView
from ..wizard.review import answers_html


class SubmissionDialog(QDialog):
    def __init__(self, service: FormService, submission: Submission, language: str, parent: QWidget | None = None):
        super().__init__(parent)
        form = service.catalogue.forms.get(submission.form_id)
        title = form.title.get(language) if form else submission.form_id
        self.setWindowTitle(title)
        self.resize(720, 640)
        line = self.tr("Submitted %1 by %2 · form version %3 · revision %4")
        line = (line.replace("%1", date_text(submission.created_at)).replace("%2", submission.created_by)
                .replace("%3", str(submission.form_version)).replace("%4", str(submission.revision)))
        header = QLabel(line)
        header.setWordWrap(True)
        self.view = QTextBrowser()
        self.view.setAccessibleName(self.tr("Answers"))
        if form is None:
            self.view.setPlainText(self.tr("The form of this submission is not installed on this computer."))
        else:
            answers = {**submission.answers, ACKNOWLEDGED: submission.acknowledgements}
            run = FormRun(form, service.today, answers, providers=service.provider_choices())
            self.view.setHtml(f"<h2>{html.escape(title)}</h2>" + answers_html(run, language))
        self.scores = ScoresView()
        stored = service.session.scores.get(submission.id)
        self.scores.setVisible(stored is not None)
        if stored is not None:
            self.scores.show_scores(stored.model_dump(), service.scoring.profile())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(header)
        layout.addWidget(self.scores)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
