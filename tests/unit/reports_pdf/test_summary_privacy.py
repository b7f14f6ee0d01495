"""A summary without contacts and the case's own exact place and number written
in free text: masked whatever the case, accents or grouping of digits."""

import pytest

from desktop.forms.definition import Question, QuestionType
from desktop.services.case_summary import REDACTED, Masker, build_case_summary, is_contact_question, redact
from desktop.services.forms import FormCatalogue, FormService
from desktop.services.session import Session
from tests.conftest import TODAY
from tests.unit.test_form_service import submit

from .helpers import AWA, HOUSEHOLD, PHONE, PLACE
from .test_case_summary import every_text


def handover_text(session: Session, note: str) -> str:
    forms = FormService(session, FormCatalogue(), TODAY)
    case = submit(forms, "intake", None, {**AWA, "intake_notes": note}, {"household": HOUSEHOLD})
    return every_text(build_case_summary(forms, case.case_id, "en", contacts=False))


def test_a_note_naming_the_community_and_place_does_not_reach_the_handover(session: Session) -> None:
    note = f"Home visit planned in Commune NE 1, behind the {PLACE} market; mother's number 77 12 34; wants to sew"
    text = handover_text(session, note)
    assert [secret for secret in ("Commune NE 1", PLACE, "77 12 34") if secret in text] == []
    assert "Home visit planned in" in text and "wants to sew" in text


def test_places_are_masked_whatever_the_case_and_accents(session: Session) -> None:
    note = ("Lives in DISTRICT NORD-EST, near the north-east district office, community ne 1 "
            "(north_east_1), BEHIND THE THIARÓYEKAW MARKET; born in Thiès")
    text = handover_text(session, note)
    folded = text.casefold()
    for secret in ("nord-est", "north-east district", "community ne 1", "north_east", "thiaró"):
        assert secret not in folded, secret
    assert "born in Thiès" in text  # a place that is not the case's stays


def test_the_case_phone_is_masked_in_any_grouping_and_dates_stay(session: Session) -> None:
    assert PHONE == "+221 77 123 45 67"
    text = handover_text(session, "Call 77,123,45,67 or 771-23-4567 from 2026-11-25; paid 25000 XOF")
    assert "77,123,45,67" not in text and "771-23-4567" not in text
    assert "2026-11-25" in text and "25000" in text


def test_masker_without_places_or_phone_still_redacts() -> None:
    mask = Masker(["", "  "], None)
    assert mask("ring 77 12 34 on 2026-11-25") == f"ring {REDACTED} on 2026-11-25"


def test_redact_from_six_digits_keeping_dates() -> None:
    assert redact("mother 77 12 34, room 12345") == f"mother {REDACTED}, room 12345"
    assert redact("from 2026-11-02 to 2026-11-25 12") == "from 2026-11-02 to 2026-11-25 12"


@pytest.mark.parametrize("kind", [QuestionType.INTEGER, QuestionType.DECIMAL, QuestionType.CALCULATE,
                                  QuestionType.TEXT])
def test_contact_named_numbers_and_calculations_go(kind: QuestionType) -> None:
    assert is_contact_question(Question(name="phone_number", type=kind))
    assert is_contact_question(Question(name="gps_latitude", type=kind))
    assert not is_contact_question(Question(name="household_size", type=kind))


def test_a_coded_answer_named_like_a_contact_stays() -> None:
    assert not is_contact_question(Question(name="sent_by_phone", type=QuestionType.SELECT_ONE, choice_list="x"))
