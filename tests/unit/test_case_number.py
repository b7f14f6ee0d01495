"""Case numbers from an organisation-chosen pattern."""

import pytest

from desktop.domain.case_number import DEFAULT_PATTERN, check_pattern, format_number, sequence_scope
from pydantic import ValidationError

from desktop.domain.errors import FieldError, ValidationFailed
from desktop.domain.settings import Settings
from desktop.domain.validation import validate_model


@pytest.mark.parametrize(
    ("pattern", "first"),
    [
        (DEFAULT_PATTERN, "DAKAR-2026-00001"),
        ("{seq}", "1"),
        ("{office}/{seq:3}", "DAKAR/001"),
        ("IOM.{year}.{seq:6}", "IOM.2026.000001"),
        ("{year}-{office}-{seq}", "2026-DAKAR-1"),
        ("N_{seq:1}", "N_1"),
    ],
)
def test_good_patterns(pattern: str, first: str) -> None:
    check_pattern(pattern)  # does not raise
    assert format_number(pattern, "DAKAR", 2026, 1) == first


@pytest.mark.parametrize(
    ("pattern", "key"),
    [
        ("{office}-{month}-{seq}", "pattern.unknown_token"),
        ("{office}-{seq", "pattern.unknown_token"),
        ("{office}-{seq:12}", "pattern.unknown_token"),  # widths are one digit
        ("{office}-{year}", "pattern.needs_seq"),
        ("", "pattern.needs_seq"),
        ("{office}#{seq}", "pattern.bad_characters"),
        ("{office}:{seq}", "pattern.bad_characters"),
        ("ﾀ{seq}", "pattern.bad_characters"),
        ("X" * 40 + "{seq}", "pattern.too_long"),
    ],
)
def test_bad_patterns(pattern: str, key: str) -> None:
    with pytest.raises(FieldError) as caught:
        check_pattern(pattern)
    assert caught.value.key == key
    assert caught.value.field == "case_number_pattern"


def test_settings_refuse_a_bad_pattern() -> None:
    # a pattern error is a pydantic error (so validation collects it with the
    # others), carrying the message key; validate_model turns it back into a FieldError
    with pytest.raises(ValidationError):
        Settings(case_number_pattern="{office}-{year}")
    with pytest.raises(ValidationFailed) as caught:
        validate_model(Settings, {"case_number_pattern": "{office}-{year}"})
    assert [(e.field, e.key) for e in caught.value.errors] == [("case_number_pattern", "pattern.needs_seq")]


def test_a_bad_pattern_is_reported_with_the_other_bad_settings() -> None:
    with pytest.raises(ValidationFailed) as caught:
        validate_model(Settings, {"case_number_pattern": "{bad}", "office_code": "!!"})
    assert {(e.field, e.key) for e in caught.value.errors} == {
        ("case_number_pattern", "pattern.unknown_token"),
        ("office_code", "field.format"),
    }


@pytest.mark.parametrize(
    ("pattern", "seq", "number"),
    [
        (DEFAULT_PATTERN, 42, "DKR-2026-00042"),
        (DEFAULT_PATTERN, 1, "DKR-2026-00001"),
        (DEFAULT_PATTERN, 123456, "DKR-2026-123456"),  # never truncated
        ("{office}/{seq:3}", 7, "DKR/007"),
        ("{seq}", 7, "7"),
        ("{year}.{seq:2}", 3, "2026.03"),
    ],
)
def test_format_number_widths(pattern: str, seq: int, number: str) -> None:
    assert format_number(pattern, "DKR", 2026, seq) == number


def test_sequence_scope_restarts_with_office_and_year() -> None:
    scope = sequence_scope(DEFAULT_PATTERN, "DKR", 2026)
    assert scope == sequence_scope(DEFAULT_PATTERN, "DKR", 2026)
    assert scope != sequence_scope(DEFAULT_PATTERN, "DKR", 2027)
    assert scope != sequence_scope(DEFAULT_PATTERN, "THS", 2026)


def test_sequence_scope_runs_on_across_years_without_a_year_token() -> None:
    assert sequence_scope("{office}-{seq:4}", "DKR", 2026) == sequence_scope("{office}-{seq:4}", "DKR", 2027)


def test_sequence_scope_changes_with_the_pattern() -> None:
    assert sequence_scope("{office}-{seq}", "DKR", 2026) != sequence_scope("{office}/{seq}", "DKR", 2026)
