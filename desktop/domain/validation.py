"""Turn pydantic's errors into field errors with message keys."""

from datetime import date
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from .case import Case
from .errors import FieldError, ValidationFailed
from .rules import check_case

M = TypeVar("M", bound=BaseModel)

_KEYS = {
    "missing": "field.required",
    "string_too_short": "field.required",
    "string_too_long": "field.too_long",
    "date_parsing": "field.date",
    "date_from_datetime_parsing": "field.date",
    "date_type": "field.date",
    "enum": "field.choice",
    "literal_error": "field.choice",
    "int_parsing": "field.number",
    "int_type": "field.number",
    "greater_than_equal": "field.number_range",
    "less_than_equal": "field.number_range",
    "bool_parsing": "field.yes_no",
    "list_type": "field.choice",
    "string_pattern_mismatch": "field.format",
    "extra_forbidden": "field.unknown",
}


def _key(error_type: str) -> str:
    # custom errors raised by our own validators carry their message key as type
    if error_type.startswith("pattern."):
        return error_type
    return _KEYS.get(error_type, "field.invalid")


def field_errors(error: ValidationError) -> list[FieldError]:
    found = []
    for item in error.errors():
        field = str(item["loc"][0]) if item["loc"] else ""
        params = {key: value for key, value in (item.get("ctx") or {}).items() if isinstance(value, int)}
        found.append(FieldError(field, _key(item["type"]), **params))
    return found


def validate_model(model: type[M], data: dict[str, Any]) -> M:
    try:
        return model.model_validate(data)
    except ValidationError as error:
        raise ValidationFailed(field_errors(error)) from None


def validate_case(data: dict[str, Any], today: date) -> Case:
    """Build a Case from plain data, raising ValidationFailed with every problem."""
    case = validate_model(Case, data)
    problems = check_case(case, today)
    if problems:
        raise ValidationFailed(problems)
    return case
