"""The passphrase strength rule, and pydantic errors turned into field message keys."""

from datetime import date

import pytest

from desktop.domain.case import Case, ConsentRecord, HouseholdMember
from desktop.domain.errors import ValidationFailed
from desktop.domain.passphrase import passphrase_problems
from desktop.domain.validation import validate_case, validate_model
from desktop.messages import TEMPLATES
from tests.conftest import TODAY

# --- passphrase -----------------------------------------------------------------


@pytest.mark.parametrize(
    "passphrase",
    ["river stone 2024!", "correct horse battery 7", "Baobab-sous-la-pluie", "٣ قطط على السطح"],
)
def test_strong_passphrases(passphrase: str) -> None:
    assert passphrase_problems(passphrase, "Aminata Diallo") == []


@pytest.mark.parametrize(
    ("passphrase", "problem"),
    [
        ("sun 2024!", "passphrase.too_short"),
        ("onlylettershere", "passphrase.one_kind"),
        ("12345678901234", "passphrase.one_kind"),
        ("password2024", "passphrase.common"),
        ("MotDePasse2024", "passphrase.common"),
        ("aminata diallo 77", "passphrase.contains_name"),
        ("aaaa1111aaaa", "passphrase.repetitive"),
    ],
)
def test_weak_passphrases(passphrase: str, problem: str) -> None:
    assert problem in passphrase_problems(passphrase, "Aminata Diallo")


def test_a_long_passphrase_may_contain_a_common_word() -> None:
    assert "passphrase.common" not in passphrase_problems("my password is a long sentence 9", "")


def test_every_problem_is_listed_and_has_a_message() -> None:
    found = passphrase_problems("aaa", "")
    assert found == ["passphrase.too_short", "passphrase.one_kind", "passphrase.repetitive"]
    assert all(key in TEMPLATES for key in found)


# --- field errors from pydantic ---------------------------------------------------


def errors_of(model: type, data: dict) -> dict[str, str]:
    with pytest.raises(ValidationFailed) as caught:
        validate_model(model, data)
    assert all(error.key in TEMPLATES for error in caught.value.errors)
    return {error.field: error.key for error in caught.value.errors}


def test_case_field_errors_name_the_field_and_the_reason() -> None:
    found = errors_of(
        Case,
        {
            "given_name": "x" * 121,
            "birth_date": "25/11/1990",
            "sex": "zebra",
            "vulnerabilities": ["not_a_vulnerability"],
            "documents": "passport",
            "birth_date_estimated": "perhaps",
            "favourite_colour": "blue",
        },
    )
    assert found == {
        "given_name": "field.too_long",
        "birth_date": "field.date",
        "sex": "field.choice",
        "vulnerabilities": "field.choice",
        "documents": "field.choice",
        "birth_date_estimated": "field.yes_no",
        "favourite_colour": "field.unknown",
    }


def test_household_member_field_errors() -> None:
    found = errors_of(HouseholdMember, {"case_id": "c1", "name": "", "birth_year": 1800})
    assert found == {"name": "field.required", "birth_year": "field.number_range"}
    found = errors_of(HouseholdMember, {"case_id": "c1", "name": "Awa", "birth_year": "around 1990"})
    assert found == {"birth_year": "field.number"}


def test_range_error_carries_the_bound() -> None:
    with pytest.raises(ValidationFailed) as caught:
        validate_model(HouseholdMember, {"case_id": "c1", "name": "Awa", "birth_year": 1800})
    assert caught.value.errors[0].params == {"ge": 1900}


def test_missing_required_field() -> None:
    assert errors_of(ConsentRecord, {"case_id": "c1", "given": True, "recorded_on": TODAY, "recorded_by": "a"}) == {
        "purpose": "field.required"
    }


def test_validate_case_adds_the_rules_after_the_types() -> None:
    with pytest.raises(ValidationFailed) as caught:
        validate_case({"given_name": "Awa", "birth_date": "2030-01-01"}, TODAY)
    assert [(e.field, e.key) for e in caught.value.errors] == [("birth_date", "field.date_in_future")]
    case = validate_case({"given_name": "Awa", "birth_date": "1990-01-01", "sex": "female"}, TODAY)
    assert case.birth_date == date(1990, 1, 1)
