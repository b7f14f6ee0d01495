"""What goes into a case summary, and what a summary without contacts leaves
out: checked on the plain structure, without Qt."""

from datetime import date

import pytest

from desktop.domain.enums import ConsentPurpose, Status
from desktop.forms.definition import Question
from desktop.services.case_summary import (
    REDACTED, CaseSummary, build_case_summary, is_contact_question, redact,
)
from desktop.services.forms import FormCatalogue

from .conftest import Office
from .helpers import COUSIN_PHONE, EMAIL, PHONE, PLACE, PROVIDER

SECRETS = [PHONE, COUSIN_PHONE, EMAIL, PLACE, "north_east", "District Nord-Est", "Commune NE 1"]


def every_text(summary: CaseSummary) -> str:
    """Every value of the summary, in one string."""
    parts = [str(value) for _, value in summary.profile]
    parts += [f"{m.name} {m.notes}" for m in summary.household]
    for blocks in summary.sections.values():
        for block in blocks:
            parts += [f"{row.label} {row.value}" for row in block.rows]
            parts += [" ".join(cell for row in table.rows for cell in row) for table in block.tables]
    return "\n".join(parts)


def test_the_summary_holds_profile_forms_and_scores_in_the_language(office: Office) -> None:
    summary = build_case_summary(office.forms, office.case.case_id, "fr")
    profile = dict(summary.profile)
    assert profile["case_number"] == office.case.case_number and profile["status"] is Status.PLAN_AGREED
    assert profile["phone"] == PHONE and profile["birth_date"] == date(1994, 3, 2)
    assert profile["region"] == "Région Nord (exemple)" and profile["community"] == "Commune NE 1"
    assert [s.form_id for s in summary.sections["assessments"]] == ["intake"]
    plan, = summary.sections["plan"]
    assert plan.title == "Plan de réintégration" and plan.day == "2026-11-23"
    items, = plan.tables
    assert len(items.rows) == 2 and "Formation professionnelle" in items.rows[0]
    referral, = summary.sections["referrals"]
    assert PROVIDER in [row.value for row in referral.rows]
    assert summary.sections["sessions"] == [] and "rss" not in {b.form_id for s in summary.sections.values() for b in s}
    assert [(p.day, p.round) for p in summary.surveys] == [("2026-11-05", "baseline"), ("2026-11-20", "follow_up")]
    assert summary.has_scores
    assert {c.purpose for c in summary.consents} >= {ConsentPurpose.ASSISTANCE, ConsentPurpose.REFERRAL}
    text = every_text(summary)
    assert all(secret in text for secret in (PHONE, COUSIN_PHONE, EMAIL, PLACE)), "the full summary keeps contacts"
    assert summary.household[0].notes.startswith("School phone")


def test_answers_read_in_arabic(office: Office) -> None:
    summary = build_case_summary(office.forms, office.case.case_id, "ar")
    assert summary.sections["plan"][0].title == "خطة إعادة الإدماج"
    assert dict(summary.profile)["region"] == "المنطقة الشمالية (مثال)"


def test_without_contacts_phone_address_and_contact_answers_go(office: Office) -> None:
    summary = build_case_summary(office.forms, office.case.case_id, "en", contacts=False)
    fields = [name for name, _ in summary.profile]
    assert not {"phone", "district", "community"} & set(fields)
    assert "region" in fields and summary.case.full_name == "Mariétou Ndiayekoro"  # who is coming stays
    text = every_text(summary)
    for secret in SECRETS:
        assert secret not in text, secret
    assert "wants to sew" in text and REDACTED in text  # the note stays, its phone and e-mail are masked
    assert summary.household[0].notes == ""


def test_redact_masks_phones_and_emails_not_dates_or_amounts() -> None:
    assert redact(f"call {COUSIN_PHONE} or write to {EMAIL}.") == f"call {REDACTED} or write to {REDACTED}."
    assert redact("tel. (221) 77.123.45.67") == f"tel. {REDACTED}"
    assert redact("met on 2026-11-25, paid 25000 XOF, room 12") == "met on 2026-11-25, paid 25000 XOF, room 12"


@pytest.mark.parametrize(("form_id", "question", "dropped"), [
    ("intake", "phone", True),
    ("intake", "community", True),
    ("intake", "place_details", True),
    ("intake", "region", False),
    ("intake", "given_name", False),
    ("monitoring_visit", "next_contact", False),  # a date, not a way to reach anyone
    ("referral", "sent_how", False),  # a coded answer ("phone call")
])
def test_contact_questions_of_the_shipped_forms(form_id: str, question: str, dropped: bool) -> None:
    form = FormCatalogue().get(form_id)
    found: Question = next(q for q, _ in form.walk() if q.name == question)
    assert is_contact_question(found) is dropped
