"""Pseudonymised exports: what is dropped, what is kept, what is replaced.

The rules, decided from the data model:

- Names, contacts, birth dates and exact places go. On a case: given and
  family name, phone, birth date, district and community (``PERSONAL_FIELDS``),
  the closure note (free text) and the staff user names (assigned to, created
  and updated by). The model has no e-mail or street address column; a form
  question that holds one is free text and goes with the rule below.
- Kept at the level of a country or a region: nationality, host country and
  the region of return (the first administrative level of the place of
  return). Sex, dates other than the birth date, statuses, vulnerabilities,
  documents and every coded answer stay.
- A birth date becomes the age in whole years on the day of the export; a
  birth year (household members) becomes an age in years too.
- Form answers follow the question: a question saving to an identifying case
  or household field is dropped, and so is **every free-text answer** (types
  ``text`` and ``long_text``: notes, "other" details, provider contacts, place
  details), since any of them may hold a name or a phone number. The two
  free-text questions that save to a country-level field (nationality, host
  country) are kept.
- Case numbers (and submission ids) are replaced by a keyed hash with a salt
  drawn at random for each export and never stored: the same case has the
  same pseudonym on every sheet of one export, and a different one in the next
  export, so two exports cannot be joined on it. Nor on what would do as well:
  rows are sorted by pseudonym (not by case number or date), and record times
  (created, updated, submitted, scored) keep only their date.

Pseudonymised is not anonymous: age, sex, region, dates of return and answers
together may still single a person out in a small caseload. The file stays
personal data, to be handled as such.
"""

import hashlib
import hmac
import secrets
from datetime import date
from enum import StrEnum

from .case import PERSONAL_FIELDS
from .rules import age_on

#: Case columns a pseudonymised export leaves out.
DROPPED_CASE_FIELDS: frozenset[str] = PERSONAL_FIELDS | {"closure_note", "assigned_to", "created_by", "updated_by"}

#: ``save_to`` targets (case and household member fields) whose answers identify
#: or locate the person.
IDENTIFYING_TARGETS: frozenset[str] = frozenset(
    {"given_name", "family_name", "phone", "district", "community", "closure_note", "name", "notes"}
)

#: Free-text targets kept: they hold a country, not a person.
COUNTRY_LEVEL_TARGETS: frozenset[str] = frozenset({"nationality", "host_country"})

#: Question types whose answers are free text.
FREE_TEXT_TYPES: frozenset[str] = frozenset({"text", "long_text"})

#: Length of a pseudonym's hash part, in hexadecimal digits (64 bits: no two of
#: a million cases share one, short of a one-in-30-million chance).
DIGITS = 16


class AnswerRule(StrEnum):
    KEEP = "keep"
    DROP = "drop"
    #: a date of birth, exported as the age in years on the export date
    AGE_FROM_DATE = "age_from_date"
    #: a year of birth, exported as the age in years in the export year
    AGE_FROM_YEAR = "age_from_year"
    #: a calculation: numbers are kept, any text (it may join names) is dropped
    NUMBERS_ONLY = "numbers_only"


def answer_rule(question_type: str, save_to: str | None) -> AnswerRule:
    """What a pseudonymised export does with the answers to one question."""
    if save_to == "birth_date":
        return AnswerRule.AGE_FROM_DATE
    if save_to == "birth_year":
        return AnswerRule.AGE_FROM_YEAR
    if save_to in IDENTIFYING_TARGETS:
        return AnswerRule.DROP
    if question_type in FREE_TEXT_TYPES and save_to not in COUNTRY_LEVEL_TARGETS:
        return AnswerRule.DROP
    if question_type == "calculate":
        return AnswerRule.NUMBERS_ONLY
    return AnswerRule.KEEP


def age_from_date(value: date | str | None, today: date) -> int | None:
    """Whole years from a birth date (a date or ``YYYY-MM-DD``) to ``today``."""
    if isinstance(value, str):
        try:
            value = date.fromisoformat(value)
        except ValueError:
            return None
    return age_on(value, today) if isinstance(value, date) else None


def age_from_year(value: object, today: date) -> int | None:
    """Years from a birth year to ``today``'s year."""
    if isinstance(value, bool) or not isinstance(value, (int, float, str)):
        return None
    try:
        return today.year - int(value)
    except ValueError:
        return None


class Pseudonymiser:
    """Keyed hashes stable within one export. The salt lives in this object
    only: never stored, never logged, gone with the export."""

    def __init__(self, salt: bytes | None = None) -> None:
        self._salt = salt if salt is not None else secrets.token_bytes(32)

    def _digest(self, kind: bytes, value: str) -> str:
        return hmac.new(self._salt, kind + b"\x00" + value.encode("utf-8"), hashlib.sha256).hexdigest()[:DIGITS]

    def case_number(self, number: str) -> str:
        return "P-" + self._digest(b"case", number)

    def record_id(self, record_id: str) -> str:
        return "R-" + self._digest(b"record", record_id)
