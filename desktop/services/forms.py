"""Filling in forms on a case: the catalogue, drafts, submitting, revisions.

A submission is written in one transaction with everything it changes: the
case's ``save_to`` properties (or the new case, for the intake form), its
household and consent records, its status, the tasks it schedules or
completes, and its RSS scores.
"""

from datetime import date, timedelta
from pathlib import Path
from typing import Any

from ..domain.audit import AuditAction
from ..domain.case import Case
from ..domain.enums import ClosureReason, Status
from ..domain.errors import FieldError, PasserelleError, ValidationFailed
from ..domain.records import Draft, Submission, Task, TaskStatus
from ..domain.rules import can_move
from ..forms.definition import HOUSEHOLD, Choice, FormDefinition, QuestionType
from ..forms.loader import load_directory
from ..forms.runtime import ACKNOWLEDGED, FormRun
from ..paths import resources_dir
from .cases import CaseService
from .scoring import ScoringService
from .session import Session

#: Case properties that hold yes/no as a boolean.
_FLAGS = frozenset({"birth_date_estimated", "returned_too"})


class FormError(PasserelleError):
    """A form cannot be filled in or submitted (``forms.*`` message keys)."""

    key = "forms.unavailable"


class FormCatalogue:
    """The valid forms of a folder, and the problems of the files skipped."""

    def __init__(self, folder: Path | None = None) -> None:
        forms, self.problems = load_directory(folder or resources_dir() / "forms")
        self.forms: dict[str, FormDefinition] = {form.id: form for form in forms}

    def get(self, form_id: str) -> FormDefinition:
        try:
            return self.forms[form_id]
        except KeyError:
            raise FormError("forms.unknown", form=form_id) from None

    def intake(self) -> FormDefinition | None:
        return next((form for form in self.forms.values() if form.creates_case), None)

    def for_cases(self) -> list[FormDefinition]:
        """Forms filled in on an existing case."""
        return [form for form in self.forms.values() if not form.creates_case]

    def skipped(self) -> list[str]:
        """The names of the files skipped because of problems."""
        return sorted({Path(problem.file).name for problem in self.problems})


_default: FormCatalogue | None = None


def default_catalogue() -> FormCatalogue:
    """The shipped forms, read once per process (on first use, not at start-up)."""
    global _default
    if _default is None:
        _default = FormCatalogue()
    return _default


def _case_value(field: str, value: Any) -> Any:
    if field in _FLAGS:
        return value == "yes"
    return value


class FormService:
    def __init__(self, session: Session, catalogue: FormCatalogue, today: date | None = None):
        self.session = session
        self.catalogue = catalogue
        self.cases = CaseService(session, today)
        self.scoring = ScoringService(session, {form.id for form in catalogue.forms.values() if form.scored})

    @property
    def today(self) -> date:
        return self.cases.today

    # --- starting and resuming -------------------------------------------------------

    def blocked(self, form: FormDefinition, case_id: str | None) -> str | None:
        """The message key saying why the form cannot be filled in on the case now, or None."""
        if form.requires_consent is not None and case_id is not None:
            record = self.cases.current_consent(case_id).get(form.requires_consent)
            if record is None or not record.given:
                return f"forms.needs_consent.{form.requires_consent}"
        return None

    def start(self, form_id: str, case_id: str | None, revision_of: str | None = None) -> Draft:
        """A new draft (not stored until the first answer); a revision starts
        from the answers of the submission it corrects."""
        form = self.catalogue.get(form_id)
        if form.creates_case and case_id is not None and revision_of is None:
            raise FormError("forms.intake_on_case")
        reason = self.blocked(form, case_id)
        if reason:
            raise FormError(reason)
        answers: dict[str, Any] = {}
        if revision_of is not None:
            previous = self.session.submissions.get(revision_of)
            if self.session.submissions.revised(revision_of):
                raise FormError("forms.already_revised")
            answers = dict(previous.answers)
            if previous.acknowledgements:
                answers[ACKNOWLEDGED] = dict(previous.acknowledgements)
        return Draft(case_id=case_id, form_id=form.id, form_version=form.version, answers=answers,
                     revision_of=revision_of)

    def run(self, draft: Draft) -> FormRun:
        form = self.catalogue.get(draft.form_id)
        return FormRun(form, self.today, draft.answers, providers=self.provider_choices(),
                       actor=self.session.profile.display_name)

    def provider_choices(self) -> list[Choice]:
        return [
            Choice.model_validate({"name": p.id, "label": {"fr": p.name, "en": p.name, "ar": p.name},
                                   "dimension": p.dimension, "services": " ".join(p.services), "region": p.region})
            for p in self.session.providers.all(active_only=True)
        ]

    def autosave(self, draft: Draft, run: FormRun, page: int) -> Draft:
        """Store what is typed so far; returns the draft as stored."""
        updated = draft.model_copy(update={"answers": run.draft(), "page": page})
        return self.session.drafts.save(updated)

    def drafts(self, case_id: str | None) -> list[Draft]:
        return self.session.drafts.for_case(case_id)

    def discard(self, draft_id: str) -> None:
        draft = self.session.drafts.find(draft_id)
        if draft is None:
            return
        with self.session.db.atomic():
            self.session.drafts.delete(draft_id)
            self.session.audit.record(AuditAction.DISCARD_DRAFT, draft.case_id, [], {"form": draft.form_id})

    # --- submitting -------------------------------------------------------------------

    def submit(self, draft: Draft, run: FormRun) -> Submission:
        """Store the submission and everything it changes, in one transaction.

        Raises:
            ValidationFailed: answers missing or refused (``field`` is the
                question name), or case properties the answers would make invalid.
            FormError: the form cannot be submitted on this case now.
        """
        form = run.form
        reason = self.blocked(form, draft.case_id)
        if reason:
            raise FormError(reason)
        issues = run.issues()
        if issues:
            raise ValidationFailed([FieldError(issue.key[-1], f"form.{issue.code}") for issue in issues])
        answers = run.answers()
        with self.session.db.atomic():
            if form.creates_case and draft.revision_of is None:
                case = self._register(run)
            else:
                if draft.case_id is None:
                    raise FormError("forms.no_case")
                case = self._update_case(draft.case_id, run)
            previous = self.session.submissions.get(draft.revision_of) if draft.revision_of else None
            if previous is not None and self.session.submissions.revised(previous.id):
                raise FormError("forms.already_revised")
            submission = self.session.submissions.add({
                "case_id": case.id, "form_id": form.id, "form_version": form.version, "answers": answers,
                "acknowledgements": run.acknowledgements(),
                "revision_of": previous.id if previous else None,
                "chain_id": previous.chain_id if previous else "",
                "revision": previous.revision + 1 if previous else 1,
            })
            if previous is None and form.creates_case:
                self._household(case.id, run)
            self._consents(case.id, run)
            self._tasks(case.id, submission, run, previous)
            self._status(case, form, run)
            if form.scored:
                self.scoring.score(submission)
            self.session.drafts.delete(draft.id)
            action = AuditAction.REVISE if previous else AuditAction.SUBMIT
            detail: dict[str, str | int] = {"form": form.id, "version": form.version, "revision": submission.revision}
            self.session.audit.record(action, case.id, [], detail)
        return submission

    def _case_changes(self, run: FormRun) -> dict[str, Any]:
        changes: dict[str, Any] = {}
        for name, question in run.questions.items():
            if question.save_to and name not in run.repeat_of and question.type != QuestionType.REPEAT:
                value = run.values.get(name)
                if value is not None and question.save_to not in ("closure_reason", "closure_note"):
                    changes[question.save_to] = _case_value(question.save_to, value)
        return changes

    def _field_errors(self, error: ValidationFailed, run: FormRun) -> ValidationFailed:
        """Case property errors named by the question that saves to the property."""
        by_field = {q.save_to: name for name, q in run.questions.items() if q.save_to}
        return ValidationFailed([FieldError(by_field.get(e.field, e.field), e.key, **e.params) for e in error.errors])

    def _register(self, run: FormRun) -> Case:
        try:
            return self.cases.create(self._case_changes(run))
        except ValidationFailed as error:
            raise self._field_errors(error, run) from None

    def _update_case(self, case_id: str, run: FormRun) -> Case:
        changes = self._case_changes(run)
        try:
            return self.cases.update(case_id, changes) if changes else self.cases.get(case_id)
        except ValidationFailed as error:
            raise self._field_errors(error, run) from None

    def _household(self, case_id: str, run: FormRun) -> None:
        for name, question in run.questions.items():
            if question.type != QuestionType.REPEAT or question.save_to != HOUSEHOLD or not run.relevant(name):
                continue
            targets = {q.name: q.save_to for q in question.questions or [] if q.save_to}
            for index in range(run.instances(name)):
                member = {target: _case_value(target, run.value((name, index, inner)))
                          for inner, target in targets.items() if run.value((name, index, inner)) is not None}
                if member.get("name"):
                    try:
                        self.cases.add_member(case_id, member)
                    except ValidationFailed as error:
                        raise ValidationFailed([FieldError(name, e.key, **e.params) for e in error.errors]) from None

    def _consents(self, case_id: str, run: FormRun) -> None:
        """A consent record for each relevant consent question whose answer
        differs from the case's current consent for that purpose."""
        current = self.cases.current_consent(case_id)
        for name, question in run.questions.items():
            if question.consent_purpose is None or not run.relevant(name):
                continue
            given = run.values.get(name) == "yes"
            record = current.get(question.consent_purpose)
            if record is None or record.given != given:
                self.cases.record_consent(case_id, {"purpose": question.consent_purpose, "given": given})

    def _tasks(self, case_id: str, submission: Submission, run: FormRun, previous: Submission | None) -> None:
        tasks = self.session.tasks
        if previous is not None:  # the revision replaces the tasks the revised answers scheduled
            for task in tasks.open_from(previous.id):
                tasks.set_status(task.id, TaskStatus.CANCELLED, None)
        for task in tasks.open_done_by(case_id, run.form.id):
            tasks.set_status(task.id, TaskStatus.DONE, self.today)
        rules = {rule.name: rule for rule in run.form.tasks}
        for due in run.tasks():
            tasks.add({
                "case_id": case_id, "kind": due.name, "form_id": run.form.id, "source_id": submission.id,
                "title": due.title.model_dump(exclude_none=True), "due_on": due.due,
                "done_by": rules[due.name].done_by,
            })

    def _status(self, case: Case, form: FormDefinition, run: FormRun) -> None:
        target = form.sets_status
        if target is None or case.status == target or not can_move(case.status, target):
            return
        if target is Status.CLOSED:
            reason = next((run.values.get(n) for n, q in run.questions.items() if q.save_to == "closure_reason"), None)
            note = next((run.values.get(n) for n, q in run.questions.items() if q.save_to == "closure_note"), None)
            self.cases.close(case.id, ClosureReason(reason), note or "")
        else:
            self.cases.move(case.id, target)

    # --- reading ----------------------------------------------------------------------

    def submissions(self, case_id: str) -> list[Submission]:
        return self.session.submissions.for_case(case_id)

    def submission(self, submission_id: str) -> Submission:
        return self.session.submissions.get(submission_id)

    def revisable(self, submission_id: str) -> bool:
        return not self.session.submissions.revised(submission_id)

    def form_title(self, form_id: str, language: str) -> str:
        form = self.catalogue.forms.get(form_id)
        return form.title.get(language) if form else form_id

    # --- tasks ------------------------------------------------------------------------

    def tasks_due(self, days: int = 7) -> list[tuple[Task, str, str]]:
        """Open tasks overdue or due within ``days`` days, soonest first, with
        their case number and returnee name."""
        return self.session.tasks.open_with_cases(self.today + timedelta(days=days))

    def case_tasks(self, case_id: str) -> list[Task]:
        return self.session.tasks.for_case(case_id)

    def complete_task(self, task_id: str) -> None:
        task = self.session.tasks.get(task_id)
        with self.session.db.atomic():
            self.session.tasks.set_status(task_id, TaskStatus.DONE, self.today)
            self.session.audit.record(AuditAction.TASK, task.case_id, [], {"task": task.kind, "status": "done"})
