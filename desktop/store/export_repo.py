"""Streaming reads for exports: one row at a time from a cursor, so that an
export of 100,000 cases never holds them all in memory.

Only the newest revision of each submission chain is read (a correction
replaces what it corrects, as an edited submission does in ODK or Kobo).

Rows come by case number (submissions: oldest first), or, given an
``order_key``, sorted by that function of the case number (submissions: of
their id): a pseudonymised export sorts by pseudonym, so that the order of
rows does not match one export's rows to another's.
"""

import json
from collections.abc import Callable, Iterator
from typing import Any

from sqlite_utils import Database

from ..domain.case import LIST_FIELDS

#: Case columns, in the order the cases sheet shows them.
CASE_COLUMNS: tuple[str, ...] = (
    "case_number", "office_code", "status", "closure_reason", "closure_note", "closed_on",
    "given_name", "family_name", "sex", "birth_date", "birth_date_estimated", "nationality", "languages", "phone",
    "documents", "host_country", "return_date", "return_type", "region", "district", "community",
    "vulnerabilities", "assigned_to", "next_follow_up", "created_at", "updated_at", "created_by", "updated_by",
)

#: Columns of a submission row (``s`` the submission, ``c`` its case, ``sc`` its scores).
SUBMISSION_COLUMNS: tuple[str, ...] = (
    "s.id", "c.case_number", "s.form_version", "s.revision", "s.created_at", "s.created_by", "s.answers",
)
SCORE_COLUMNS: tuple[str, ...] = (
    "sc.profile_id", "sc.economic", "sc.social", "sc.psychosocial", "sc.composite", "sc.computed_at",
)

_CURRENT = "NOT EXISTS (SELECT 1 FROM submissions r WHERE r.revision_of = s.id)"
_ORDER_FUNCTION = "passerelle_export_order"

OrderKey = Callable[[str], str]


def _name(column: str) -> str:
    return column.split(".", 1)[1]


class ExportRepo:
    def __init__(self, db: Database):
        self.db = db

    def count_cases(self) -> int:
        return self.db.execute("SELECT count(*) FROM cases").fetchone()[0]

    def _order(self, column: str, default: str, key: OrderKey | None) -> str:
        if key is None:
            return default
        self.db.conn.create_function(_ORDER_FUNCTION, 1, key, deterministic=True)
        return f"{_ORDER_FUNCTION}({column})"

    def cases(self, order_key: OrderKey | None = None) -> Iterator[dict[str, Any]]:
        """Every case, by case number (or ``order_key`` of it); list fields decoded."""
        order = self._order("case_number", "case_number", order_key)
        cursor = self.db.execute(f"SELECT {', '.join(CASE_COLUMNS)} FROM cases ORDER BY {order}")
        for values in cursor:
            row = dict(zip(CASE_COLUMNS, values))
            for field in LIST_FIELDS:
                row[field] = json.loads(row[field]) if row[field] else []
            yield row

    def count_submissions(self, form_id: str) -> int:
        """How many current (newest-revision) submissions the form has."""
        return self.db.execute(
            f"SELECT count(*) FROM submissions s WHERE s.form_id = ? AND {_CURRENT}", [form_id]
        ).fetchone()[0]

    def submissions(self, form_id: str, scored: bool = False,
                    order_key: OrderKey | None = None) -> Iterator[dict[str, Any]]:
        """The form's current submissions, oldest first (or by ``order_key`` of their id), with the case number and,
        when ``scored``, the stored scores (``profile_id`` … ``computed_at``,
        None when the survey has none). ``answers`` is decoded."""
        columns = SUBMISSION_COLUMNS + (SCORE_COLUMNS if scored else ())
        join = " LEFT JOIN scores sc ON sc.submission_id = s.id" if scored else ""
        order = self._order("s.id", "s.created_at, s.id", order_key)
        cursor = self.db.execute(
            f"SELECT {', '.join(columns)} FROM submissions s JOIN cases c ON c.id = s.case_id{join}"
            f" WHERE s.form_id = ? AND {_CURRENT} ORDER BY {order}",
            [form_id],
        )
        names = [_name(column) for column in columns]
        for values in cursor:
            row = dict(zip(names, values))
            row["answers"] = json.loads(row["answers"])
            yield row

    def form_ids(self) -> list[str]:
        """The ids of the forms that have submissions."""
        return [row[0] for row in self.db.execute("SELECT DISTINCT form_id FROM submissions ORDER BY form_id")]

    def provider_names(self) -> dict[str, str]:
        """Provider id → name (organisations, not people), for the labels of referral answers."""
        return dict(self.db.execute("SELECT id, name FROM providers").fetchall())
