"""One small case file for the report tests, built through the services: a
returnee registered by the intake form (phone, exact place, a note quoting a
cousin's phone number, a household), two RSS surveys, a plan with two items,
a counselling session and a referral to a provider."""

from dataclasses import dataclass

from desktop.domain.enums import ConsentPurpose, Status
from desktop.domain.records import Provider
from desktop.services.forms import FormCatalogue, FormService
from desktop.services.session import Session
from tests.conftest import TODAY
from tests.unit.forms.test_shipped_forms import RSS_COMPLETE
from tests.unit.test_form_service import submit

PHONE = "+221 77 123 45 67"
COUSIN_PHONE = "+221 70 555 12 34"
PLACE = "Thiaroyekaw"
EMAIL = "mariétou.n@example.org"
AWA = {
    "consent_assistance": "yes", "consent_hq_sharing": "yes",
    "given_name": "Mariétou", "family_name": "Ndiayekoro", "sex": "female",
    "birth_date_estimated": "no", "birth_date": "1994-03-02", "nationality": "Senegalese",
    "phone": PHONE, "languages": ["wo", "fr"], "has_documents": "yes", "documents": ["passport"],
    "host_country": "Libya", "return_date": "2026-11-02", "return_type": "voluntary",
    "region": "north", "district": "north_east", "community": "north_east_1",
    "place_details": f"Behind the {PLACE} market", "has_household": "yes",
    "vulnerabilities": ["single_parent", "health"],
    "intake_notes": f"Her cousin can be reached on {COUSIN_PHONE} or {EMAIL}; wants to sew",
}
HOUSEHOLD = [{"member_name": "Moussakoro Ndiayekoro", "member_relationship": "child", "member_sex": "male",
              "member_birth_year": 2019, "member_notes": f"School phone {COUSIN_PHONE}"}]
PLAN_ITEM = {
    "item_dimension": "economic", "item_type": "vocational_training", "item_details": "Sewing machine",
    "fg_interest_skills": "yes", "fg_local_demand": "yes", "fg_peers_aid": "no", "fg_tension": "no",
    "fg_reliable_providers": "yes", "fg_access": "yes", "delivery": "direct", "budget": 250.0,
    "target_date": "2027-01-20", "item_status": "planned",
}
PLAN = {"agreed_on": "2026-11-23", "plan_goal": "Tailoring workshop", "currency": "XOF",
        "read_back": "yes", "returnee_agreement": "yes", "participants": ["family", "interpreter"]}
REFERRAL = {"dimension": "economic", "service_type": "vocational_training", "reason": "Wants to sew",
            "urgency": "soon", "info_shared": ["contact"], "consent_checked": "yes", "sent_how": "phone_call",
            "sent_on": "2026-11-24"}
PROVIDER = "Centre de formation Exemple"


@dataclass
class CaseFile:
    case_id: str
    case_number: str


def make_case_file(session: Session, catalogue: FormCatalogue | None = None) -> CaseFile:
    forms = FormService(session, catalogue or FormCatalogue(), TODAY)
    cases = forms.cases
    awa = submit(forms, "intake", None, AWA, {"household": HOUSEHOLD})
    case_id = awa.case_id
    submit(forms, "rss", case_id, {**RSS_COMPLETE, "survey_date": "2026-11-05", "survey_round": "baseline"})
    submit(forms, "rss", case_id, {**RSS_COMPLETE, "survey_date": "2026-11-20", "survey_round": "follow_up",
                                   "econ_satisfaction": "satisfied", "belonging": "strongly_agree"})
    cases.move(case_id, Status.ASSESSED)
    submit(forms, "reintegration_plan", case_id, PLAN,
           {"items": [PLAN_ITEM, {**PLAN_ITEM, "item_type": "financial_literacy", "budget": 100.5}]})
    centre = session.providers.save(Provider(name=PROVIDER, dimension="economic", services=["vocational_training"]))
    cases.record_consent(case_id, {"purpose": ConsentPurpose.REFERRAL, "given": True})
    submit(forms, "referral", case_id, {**REFERRAL, "provider": centre.id})
    return CaseFile(case_id, cases.get(case_id).case_number)

