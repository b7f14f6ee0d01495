"""One small caseload for every export test (built once): three returnees,
two registered through the intake form (one with a household), RSS surveys
(one corrected by a revision) and a reintegration plan with two items."""

import csv
import io
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from desktop.domain.enums import ConsentPurpose, Status
from desktop.domain.records import Provider
from desktop.domain.settings import Profile
from desktop.services import profiles
from desktop.services.cases import CaseService
from desktop.services.export import ExportFormat, ExportOptions, ExportResult, ExportService
from desktop.services.forms import FormCatalogue, FormService
from desktop.services.session import Session
from desktop.store.profiles import ProfileStore
from tests.conftest import FAST_KDF, PASSPHRASE, TODAY
from tests.unit.forms.test_shipped_forms import RSS_COMPLETE
from tests.unit.test_form_service import submit

USERNAME = "exporter"
DISPLAY_NAME = "Khadijatou Exportrice"

FORMULA = '=HYPERLINK("http://example.invalid","open")'

AWA = {  # registered through the intake form, with a household, notes naming other people
    "consent_assistance": "yes", "consent_hq_sharing": "yes",
    "given_name": "Mariétou", "family_name": "Ndiayekoro", "sex": "female",
    "birth_date_estimated": "no", "birth_date": "1994-03-02", "nationality": "Senegalese",
    "phone": "+221 77 123 45 67", "languages": ["wo", "fr"], "has_documents": "yes", "documents": ["passport"],
    "host_country": "Libya", "return_date": "2026-11-02", "return_type": "voluntary",
    "region": "north", "district": "north_east", "community": "north_east_1",
    "place_details": "Behind the Thiaroyekaw market", "has_household": "yes",
    "vulnerabilities": ["single_parent", "health"],
    "intake_notes": "Her cousin Ibrahimakoul Sarrdiop can be reached on +221 70 555 12 34",
}
AWA_HOUSEHOLD = [
    {"member_name": "Moussakoro Ndiayekoro", "member_relationship": "child", "member_sex": "male",
     "member_birth_year": 2019, "member_notes": "Goes to school with Aliounekel"},
    {"member_name": "Fatoumakel Ndiayekoro", "member_relationship": "sibling", "member_sex": "female",
     "member_birth_year": 1990},
]
FATIMA = {  # Arabic name, no household, a note that a spreadsheet would run as a formula
    "consent_assistance": "yes", "given_name": "فاطمةالزهراء", "family_name": "العراقيةالتجريبية", "sex": "female",
    "birth_date_estimated": "yes", "birth_date": "1988-07-15", "nationality": "Iraqi",
    "phone": "+964 750 123 4567", "has_documents": "no", "host_country": "Türkiye",
    "return_date": "2026-10-01", "return_type": "forced", "region": "south", "district": "south_west",
    "has_household": "no", "intake_notes": FORMULA + "\x07",
}
JEAN = {  # registered by hand (no form)
    "given_name": "Jean-Baptistou", "family_name": "Kaborégo", "sex": "male", "birth_date": date(2001, 12, 31),
    "phone": "+226 70 00 11 22", "nationality": "Burkinabe", "host_country": "Italy",
    "return_date": date(2026, 9, 10), "region": "north", "community": "Tanghinkoro",
}
PLAN_ITEM = {
    "item_dimension": "economic", "item_type": "vocational_training", "item_details": "Sewing machine from Oumarou Diopkel",
    "fg_interest_skills": "yes", "fg_local_demand": "yes", "fg_peers_aid": "no", "fg_tension": "no",
    "fg_reliable_providers": "yes", "fg_access": "yes", "delivery": "direct", "budget": 250.0,
    "target_date": "2027-01-20", "item_status": "planned",
}
PLAN = {"agreed_on": "2026-11-23", "plan_goal": "Tailoring with Oumarou Diopkel", "currency": "XOF",
        "read_back": "yes", "returnee_agreement": "yes", "participants": ["family", "interpreter"]}
PROVIDER_NAME = "Centre de formation Exemple"
REFERRAL = {"dimension": "economic", "service_type": "vocational_training", "reason": "Wants to sew",
            "urgency": "soon", "info_shared": ["contact"], "consent_checked": "yes", "sent_how": "phone_call",
            "sent_on": "2026-11-24"}

#: What a pseudonymised export must never contain (whole words, any sheet, any cell).
NAMES = ["Mariétou", "Ndiayekoro", "Moussakoro", "Fatoumakel", "Ibrahimakoul", "Sarrdiop", "Aliounekel",
         "فاطمةالزهراء", "العراقيةالتجريبية", "Jean-Baptistou", "Kaborégo", "Oumarou", "Diopkel",
         "Thiaroyekaw", "Tanghinkoro", "Khadijatou", "Exportrice", USERNAME]
PHONES = ["+221 77 123 45 67", "+221 70 555 12 34", "+964 750 123 4567", "+226 70 00 11 22"]
BIRTH_DATES = [date(1994, 3, 2), date(1988, 7, 15), date(2001, 12, 31)]
EXACT_PLACES = ["north_east", "north_east_1", "south_west"]
AGES = {"awa": 32, "fatima": 38, "jean": 24}  # on TODAY (2026-11-25)


@dataclass
class Caseload:
    root: Path
    session: Session
    catalogue: FormCatalogue
    numbers: dict[str, str]
    ids: dict[str, str]

    def service(self) -> ExportService:
        return ExportService(self.session.db, USERNAME, self.catalogue, TODAY)

    def export(self, path: Path, **options: Any) -> ExportResult:
        return self.service().export(path, ExportOptions(**options))


@pytest.fixture(scope="package")
def caseload(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Caseload]:
    root = tmp_path_factory.mktemp("export") / "data"
    store = ProfileStore(root, kdf=FAST_KDF)
    profile = Profile(username=USERNAME, display_name=DISPLAY_NAME, office="Dakar")
    _, session = profiles.create_profile(store, profile, PASSPHRASE)
    catalogue = FormCatalogue()
    forms = FormService(session, catalogue, TODAY)
    cases = CaseService(session, TODAY)
    awa = submit(forms, "intake", None, AWA, {"household": AWA_HOUSEHOLD})
    fatima = submit(forms, "intake", None, FATIMA)
    jean = cases.create(JEAN)
    first = submit(forms, "rss", awa.case_id, RSS_COMPLETE)
    rss = submit(forms, "rss", awa.case_id, {"econ_satisfaction": "satisfied"}, revision_of=first.id)
    submit(forms, "rss", fatima.case_id, {**RSS_COMPLETE, "survey_round": "follow_up"})
    cases.move(awa.case_id, Status.ASSESSED)
    plan = submit(forms, "reintegration_plan", awa.case_id, PLAN,
                  {"items": [PLAN_ITEM, {**PLAN_ITEM, "item_type": "financial_literacy", "budget": 100.5}]})
    centre = session.providers.save(Provider(name=PROVIDER_NAME, dimension="economic", services=["vocational_training"]))
    cases.record_consent(awa.case_id, {"purpose": ConsentPurpose.REFERRAL, "given": True})
    submit(forms, "referral", awa.case_id, {**REFERRAL, "provider": centre.id})
    ids = {"awa": awa.case_id, "fatima": fatima.case_id, "jean": jean.id, "rss_revised": rss.id,
           "rss_first": first.id, "awa_intake": awa.id, "plan": plan.id, "provider": centre.id}
    numbers = {key: cases.get(ids[key]).case_number for key in ("awa", "fatima", "jean")}
    yield Caseload(root, session, catalogue, numbers, ids)
    session.close()


# --- reading an export back ------------------------------------------------------------


def read_export(path: Path, fmt: ExportFormat | str) -> dict[str, list[dict[str, Any]]]:
    """Sheet name → rows as {header: value}; XLSX values typed as openpyxl reads them, CSV as text."""
    sheets: dict[str, list[dict[str, Any]]] = {}
    for name, rows in raw_sheets(path, fmt).items():
        header, *body = rows
        sheets[name] = [dict(zip(header, row)) for row in body]
    return sheets


def raw_sheets(path: Path, fmt: ExportFormat | str) -> dict[str, list[list[Any]]]:
    """Sheet name → every row, header included."""
    if str(fmt) == "xlsx":
        workbook = openpyxl.load_workbook(path, read_only=True)
        try:
            sheets = {sheet.title: [list(row) for row in sheet.values] for sheet in workbook.worksheets}
        finally:
            workbook.close()
        # read-only mode leaves out empty cells at the end of a row
        return {name: [row + [None] * (len(rows[0]) - len(row)) for row in rows] for name, rows in sheets.items()}
    with zipfile.ZipFile(path) as archive:
        return {
            member.removesuffix(".csv"): list(csv.reader(io.StringIO(archive.read(member).decode("utf-8-sig"))))
            for member in archive.namelist()
        }


def same(actual: Any, expected: Any) -> bool:
    """A cell read back from either format equals a Python value."""
    if expected is None:
        return actual in (None, "")
    if isinstance(expected, date):
        if isinstance(actual, datetime):
            return actual.date() == expected
        return actual == expected.isoformat()
    if isinstance(expected, (int, float)) and not isinstance(expected, bool):
        return actual not in (None, "") and float(actual) == float(expected)
    return str(actual) == str(expected)
