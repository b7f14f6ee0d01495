"""Case fields typed as text (CLI ``cases set``, CSV import) turned into values
the Case model validates. List fields take ``;`` or ``,`` separated codes;
an ``age`` column stands for an estimated birth date."""

from datetime import date
from typing import Any

from ..domain.case import EDITABLE_FIELDS, LIST_FIELDS, Case
from ..domain.errors import FieldError, ValidationFailed
from ..domain.rules import birth_date_from_age

_TRUE = {"1", "true", "yes", "y", "oui", "o", "نعم"}
_FALSE = {"0", "false", "no", "n", "non", "لا", ""}
#: columns accepted on import besides the editable fields
IMPORT_ONLY = ("case_number", "age")


def _parse(field: str, text: str) -> Any:
    text = text.strip()
    if field in LIST_FIELDS:
        return [part.strip() for part in text.replace(",", ";").split(";") if part.strip()]
    if field == "birth_date_estimated":
        lowered = text.casefold()
        if lowered in _TRUE:
            return True
        if lowered in _FALSE:
            return False
        raise FieldError(field, "field.yes_no")
    annotation = Case.model_fields[field].annotation
    if text == "" and annotation is not str:
        return None
    return text


def parse_fields(values: dict[str, str], today: date, allow_import_only: bool = False) -> dict[str, Any]:
    """Text values by field name → typed changes. Raises ValidationFailed listing
    every unknown field or unreadable value."""
    allowed = set(EDITABLE_FIELDS) | (set(IMPORT_ONLY) if allow_import_only else set())
    changes: dict[str, Any] = {}
    errors: list[FieldError] = []
    for field, text in values.items():
        if field not in allowed:
            errors.append(FieldError(field, "field.unknown"))
            continue
        try:
            if field == "age":
                if text.strip() and not (values.get("birth_date") or "").strip():
                    if not text.strip().isdigit() or not 0 <= int(text) <= 120:
                        raise FieldError(field, "field.number_range", ge=0, le=120)
                    changes["birth_date"] = birth_date_from_age(int(text), today)
                    changes["birth_date_estimated"] = True
                continue
            if field == "birth_date" and not text.strip() and (values.get("age") or "").strip():
                continue  # the age column gives an estimated date
            changes[field] = _parse(field, text)
        except FieldError as error:
            errors.append(error)
    if errors:
        raise ValidationFailed(errors)
    return changes


def parse_assignments(pairs: list[str]) -> dict[str, str]:
    """``["phone=+221 77", "community=Pikine"]`` → a dict; a pair without ``=`` is an error."""
    values: dict[str, str] = {}
    errors = []
    for pair in pairs:
        field, sep, value = pair.partition("=")
        if not sep or not field.strip():
            errors.append(FieldError(pair, "field.assignment"))
            continue
        values[field.strip()] = value
    if errors:
        raise ValidationFailed(errors)
    return values
