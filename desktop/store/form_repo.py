"""Drafts, submissions, tasks, providers and scores in the encrypted store.

Writes here never open their own transaction when one is already open (the
form service submits a form, its ``save_to`` changes, tasks and scores in one).
"""

import json
from datetime import date
from typing import Any, TypeVar

from sqlite_utils import Database

from ..domain.case import Tracked, new_id, utc_now
from ..domain.errors import NotFound
from ..domain.records import Draft, Provider, StoredScores, Submission, Task, TaskStatus
from ..domain.validation import validate_model

T = TypeVar("T", bound=Tracked)

_JSON = {
    "submissions": ("answers", "acknowledgements"),
    "drafts": ("answers",),
    "tasks": ("title",),
    "providers": ("services",),
}


def _row(table: str, item: Tracked) -> dict[str, Any]:
    row = item.model_dump(mode="json")
    for column in _JSON.get(table, ()):
        row[column] = json.dumps(row[column], ensure_ascii=False, separators=(",", ":"))
    return row


def _decode(table: str, row: dict[str, Any]) -> dict[str, Any]:
    for column in _JSON.get(table, ()):
        row[column] = json.loads(row[column])
    return row


class _Repo:
    table: str

    def __init__(self, db: Database, actor: str):
        self.db = db
        self.actor = actor

    def _select(self, where: str, params: list[Any], order: str) -> list[dict[str, Any]]:
        return [_decode(self.table, row) for row in self.db[self.table].rows_where(where, params, order_by=order)]

    def _one(self, row_id: str) -> dict[str, Any]:
        rows = self._select("id = ?", [row_id], "id")
        if not rows:
            raise NotFound()
        return rows[0]

    def _insert(self, item: Tracked) -> None:
        self.db[self.table].insert(_row(self.table, item))

    def _upsert(self, item: T) -> T:
        """Insert or replace a row, stamped with who changed it last (and made it, when new)."""
        stamped = item.model_copy(update={"updated_at": utc_now(), "updated_by": self.actor,
                                          "created_by": item.created_by or self.actor})
        self.db[self.table].upsert(_row(self.table, stamped), pk="id")
        return stamped

    def _add(self, model: type[T], data: dict[str, Any]) -> T:
        """Validate a new row, stamped with who made it, and insert it."""
        item = validate_model(model, {**data, "created_by": self.actor, "updated_by": self.actor})
        self._insert(item)
        return item


class SubmissionRepo(_Repo):
    table = "submissions"

    def add(self, data: dict[str, Any]) -> Submission:
        if not data.get("chain_id"):  # the first of its chain: the chain is named after it
            data = {**data, "id": data.get("id") or new_id()}
            data["chain_id"] = data["id"]
        return self._add(Submission, data)

    def get(self, submission_id: str) -> Submission:
        return Submission.model_validate(self._one(submission_id))

    def for_case(self, case_id: str) -> list[Submission]:
        """Every submission of the case, revisions included, oldest first."""
        return [Submission.model_validate(row) for row in self._select("case_id = ?", [case_id], "created_at, id")]

    def revised(self, submission_id: str) -> bool:
        """Whether a newer revision of this submission exists."""
        return self.db.execute("SELECT 1 FROM submissions WHERE revision_of = ?", [submission_id]).fetchone() is not None

    def all_of_form(self, form_id: str) -> list[Submission]:
        """Every submission of a form, revisions included, oldest first."""
        return [Submission.model_validate(row) for row in self._select("form_id = ?", [form_id], "created_at, id")]


class DraftRepo(_Repo):
    table = "drafts"

    def save(self, draft: Draft) -> Draft:
        """Insert or replace the draft (autosave: called at every change)."""
        return self._upsert(draft)

    def get(self, draft_id: str) -> Draft:
        return Draft.model_validate(self._one(draft_id))

    def find(self, draft_id: str) -> Draft | None:
        rows = self._select("id = ?", [draft_id], "id")
        return Draft.model_validate(rows[0]) if rows else None

    def for_case(self, case_id: str | None) -> list[Draft]:
        """The case's drafts (``None``: intake drafts of cases not yet registered), newest first."""
        where, params = ("case_id = ?", [case_id]) if case_id else ("case_id IS NULL", [])
        return [Draft.model_validate(row) for row in self._select(where, params, "updated_at DESC")]

    def delete(self, draft_id: str) -> None:
        self.db.execute("DELETE FROM drafts WHERE id = ?", [draft_id])


class TaskRepo(_Repo):
    table = "tasks"

    def add(self, data: dict[str, Any]) -> Task:
        return self._add(Task, data)

    def get(self, task_id: str) -> Task:
        return Task.model_validate(self._one(task_id))

    def for_case(self, case_id: str) -> list[Task]:
        return [Task.model_validate(row) for row in self._select("case_id = ?", [case_id], "due_on, id")]

    def open_with_cases(self, last_day: date) -> list[tuple[Task, str, str]]:
        """Open tasks due on or before ``last_day`` (overdue included), soonest first,
        with each task's case number and returnee name."""
        rows = self.db.execute(
            "SELECT t.*, c.case_number, trim(c.given_name || ' ' || c.family_name) AS case_name"
            " FROM tasks t JOIN cases c ON c.id = t.case_id"
            " WHERE t.status = 'open' AND t.due_on <= ? ORDER BY t.due_on, c.case_number",
            [last_day.isoformat()],
        )
        columns = [d[0] for d in rows.description]
        found = []
        for values in rows.fetchall():
            row = dict(zip(columns, values))
            number, name = row.pop("case_number"), row.pop("case_name")
            found.append((Task.model_validate(_decode(self.table, row)), number, name))
        return found

    def set_status(self, task_id: str, status: TaskStatus, on: date | None) -> None:
        self.db[self.table].update(task_id, {
            "status": str(status), "done_on": on.isoformat() if on else None,
            "updated_at": utc_now(), "updated_by": self.actor})

    def open_from(self, source_id: str) -> list[Task]:
        rows = self._select("source_id = ? AND status = 'open'", [source_id], "id")
        return [Task.model_validate(row) for row in rows]

    def open_done_by(self, case_id: str, form_id: str) -> list[Task]:
        rows = self._select("case_id = ? AND status = 'open' AND done_by = ?", [case_id, form_id], "id")
        return [Task.model_validate(row) for row in rows]


class ProviderRepo(_Repo):
    table = "providers"

    def all(self, active_only: bool = False) -> list[Provider]:
        where = "active = 1" if active_only else "1 = 1"
        return [Provider.model_validate(row) for row in self._select(where, [], "name COLLATE NOCASE, id")]

    def save(self, provider: Provider) -> Provider:
        return self._upsert(provider)


class ScoreRepo(_Repo):
    table = "scores"

    def put(self, scores: StoredScores) -> None:
        self.db[self.table].upsert(scores.model_dump(), pk="submission_id")

    def for_case(self, case_id: str) -> list[StoredScores]:
        rows = self.db[self.table].rows_where("case_id = ?", [case_id], order_by="computed_at")
        return [StoredScores.model_validate(row) for row in rows]

    def get(self, submission_id: str) -> StoredScores | None:
        rows = list(self.db[self.table].rows_where("submission_id = ?", [submission_id]))
        return StoredScores.model_validate(rows[0]) if rows else None
