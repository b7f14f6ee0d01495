"""An export read back (XLSX with openpyxl, CSV from its ZIP) holds the data:
one row per case, one sheet per form with the newest revision of each
submission, repeat groups on child sheets keyed to their submission, RSS
scores with their profile id, choice labels in French or Arabic, or codes."""

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from desktop.forms.definition import FormDefinition
from desktop.services.export import ExportFormat
from desktop.services.forms import FormError

from .conftest import (
    AWA,
    FATIMA,
    FORMULA,
    JEAN,
    PLAN,
    PLAN_ITEM,
    PROVIDER_NAME,
    Caseload,
    raw_sheets,
    read_export,
    same,
)

FORMATS = [ExportFormat.XLSX, ExportFormat.CSV]
SUFFIX = {ExportFormat.XLSX: "xlsx", ExportFormat.CSV: "zip"}


def exported(caseload: Caseload, tmp_path: Path, fmt: ExportFormat, **options: Any) -> dict[str, list[dict]]:
    path = tmp_path / f"export.{SUFFIX[fmt]}"
    caseload.export(path, format=fmt, **options)
    return read_export(path, fmt)


def by_number(rows: list[dict], column: str = "case_number") -> dict[str, dict]:
    return {row[column]: row for row in rows}


def label(form: FormDefinition, question: str, code: str, language: str) -> str:
    return next(c.label.get(language) for c in form.choices_for(form.question(question)) if c.name == code)


@pytest.mark.parametrize("fmt", FORMATS)
def test_cases_sheet_has_one_row_per_case_with_its_fields(caseload: Caseload, tmp_path: Path, fmt: ExportFormat) -> None:
    sheets = exported(caseload, tmp_path, fmt)
    cases = by_number(sheets["cases"])
    assert set(cases) == set(caseload.numbers.values())
    awa, jean = cases[caseload.numbers["awa"]], cases[caseload.numbers["jean"]]
    for field in ("given_name", "family_name", "phone", "nationality", "host_country", "region", "district",
                  "community", "sex", "return_type"):
        assert same(awa[field], AWA[field]), field
    assert same(awa["birth_date"], date(1994, 3, 2)) and same(awa["age_at_export"], 32)
    assert same(awa["documents"], "passport") and same(awa["languages"], "wo fr")
    assert same(awa["vulnerabilities"], "single_parent health")
    assert same(awa["status"], "plan_agreed") and same(awa["birth_date_estimated"], "no")
    assert same(jean["community"], JEAN["community"]) and same(jean["return_date"], JEAN["return_date"])
    assert same(jean["age_at_export"], 24) and same(cases[caseload.numbers["fatima"]]["age_at_export"], 38)


@pytest.mark.parametrize("fmt", FORMATS)
def test_each_form_has_its_sheet_with_the_newest_revision_only(caseload: Caseload, tmp_path: Path,
                                                              fmt: ExportFormat) -> None:
    sheets = exported(caseload, tmp_path, fmt)
    installed = list(caseload.catalogue.forms)
    assert [name for name in sheets if not name.startswith(("cases", "_"))] == [
        name for form_id in installed for name in [form_id, *(
            f"{form_id}_{repeat}" for repeat in ("household", "jobs", "items")
            if any(q.name == repeat for q, _ in caseload.catalogue.forms[form_id].walk()))]]
    assert list(sheets)[0] == "cases" and list(sheets)[-1] == "_columns"
    intake = by_number(sheets["intake"], "_case_number")
    assert set(intake) == {caseload.numbers["awa"], caseload.numbers["fatima"]}  # Jean has no intake
    awa = intake[caseload.numbers["awa"]]
    assert same(awa["_uuid"], caseload.ids["awa_intake"]) and same(awa["_form_version"], 1)
    assert same(awa["given_name"], AWA["given_name"]) and same(awa["birth_date"], date(1994, 3, 2))
    assert same(awa["intake_notes"], AWA["intake_notes"]) and same(awa["place_details"], AWA["place_details"])
    assert same(awa["_submitted_by"], "exporter")
    rss = sheets["rss"]
    assert len(rss) == 2  # the first survey of Awa was corrected: only the revision is there
    revised = by_number(rss, "_case_number")[caseload.numbers["awa"]]
    assert same(revised["_uuid"], caseload.ids["rss_revised"]) and same(revised["_revision"], 2)
    assert same(revised["econ_satisfaction"], "satisfied") and same(revised["food_cut_days"], 2)
    assert all(caseload.ids["rss_first"] not in str(row) for row in rss)
    assert [row["_index"] for row in rss] == ([1, 2] if fmt is ExportFormat.XLSX else ["1", "2"])
    assert sheets["needs_assessment"] == [] and sheets["needs_assessment_jobs"] == []


@pytest.mark.parametrize("fmt", FORMATS)
def test_scores_come_with_their_scoring_profile(caseload: Caseload, tmp_path: Path, fmt: ExportFormat) -> None:
    rss = by_number(exported(caseload, tmp_path, fmt)["rss"], "_uuid")
    stored = caseload.session.scores.get(caseload.ids["rss_revised"])
    assert stored is not None
    row = rss[caseload.ids["rss_revised"]]
    assert same(row["_score_profile_id"], "rss-provisional-1")
    for score in ("economic", "social", "psychosocial", "composite"):
        value = getattr(stored, score)
        assert value is not None and abs(float(row[f"_score_{score}"]) - value) < 1e-9, score


@pytest.mark.parametrize("fmt", FORMATS)
def test_repeat_groups_are_child_sheets_keyed_to_their_submission(caseload: Caseload, tmp_path: Path,
                                                                  fmt: ExportFormat) -> None:
    sheets = exported(caseload, tmp_path, fmt)
    [plan] = sheets["reintegration_plan"]
    assert same(plan["plan_goal"], PLAN["plan_goal"]) and same(plan["total_budget"], 350.5)
    assert same(plan["participants"], "family interpreter")
    items = sheets["reintegration_plan_items"]
    assert [str(item["_index"]) for item in items] == ["1", "2"]
    for item in items:
        assert str(item["_parent_index"]) == str(plan["_index"])
        assert item["_parent_table_name"] == "reintegration_plan"
        assert item["_submission__uuid"] == plan["_uuid"] == caseload.ids["plan"]
        assert item["_case_number"] == caseload.numbers["awa"]
        assert same(item["item_details"], PLAN_ITEM["item_details"]) and same(item["target_date"], date(2027, 1, 20))
    assert [(i["item_type"], float(i["budget"])) for i in items] == [("vocational_training", 250.0),
                                                                     ("financial_literacy", 100.5)]
    household = sheets["intake_household"]
    parent = by_number(sheets["intake"], "_case_number")[caseload.numbers["awa"]]
    assert [m["member_name"] for m in household] == ["Moussakoro Ndiayekoro", "Fatoumakel Ndiayekoro"]
    assert {str(m["_parent_index"]) for m in household} == {str(parent["_index"])}
    assert {m["_submission__uuid"] for m in household} == {parent["_uuid"]}
    assert [str(m["member_birth_year"]) for m in household] == ["2019", "1990"]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(("language", "female", "passport"), [
    ("fr", "Femme", "Passeport"), ("ar", "أنثى", "جواز سفر"), (None, "female", "passport")])
def test_choice_labels_in_french_arabic_or_codes(caseload: Caseload, tmp_path: Path, fmt: ExportFormat,
                                                 language: str | None, female: str, passport: str) -> None:
    sheets = exported(caseload, tmp_path, fmt, language=language)
    forms = caseload.catalogue.forms
    awa = by_number(sheets["cases"])[caseload.numbers["awa"]]
    assert (awa["sex"], awa["documents"]) == (female, passport)
    intake = by_number(sheets["intake"], "_case_number")[caseload.numbers["awa"]]
    rss = by_number(sheets["rss"], "_case_number")[caseload.numbers["awa"]]
    [item, _] = sheets["reintegration_plan_items"]
    [referral] = sheets["referral"]
    assert referral["provider"] == (caseload.ids["provider"] if language is None else PROVIDER_NAME)
    if language is None:
        assert intake["vulnerabilities"] == "single_parent health" and intake["return_type"] == "voluntary"
        assert (rss["econ_satisfaction"], rss["agreed"]) == ("satisfied", "yes")
        assert (awa["region"], awa["languages"]) == ("north", "wo fr")
        assert item["item_type"] == "vocational_training"
        return
    intake_form, rss_form = forms["intake"], forms["rss"]
    assert intake["vulnerabilities"] == "; ".join(
        label(intake_form, "vulnerabilities", code, language) for code in ("single_parent", "health"))
    assert intake["return_type"] == label(intake_form, "return_type", "voluntary", language)
    assert awa["region"] == label(intake_form, "region", "north", language)
    assert awa["languages"] == "; ".join(label(intake_form, "languages", code, language) for code in ("wo", "fr"))
    assert rss["econ_satisfaction"] == label(rss_form, "econ_satisfaction", "satisfied", language)
    assert rss["agreed"] == {"fr": "Oui", "ar": "نعم"}[language]
    assert item["item_type"] == label(forms["reintegration_plan"], "item_type", "vocational_training", language)
    assert rss["econ_satisfaction"] != "satisfied"


def test_only_the_forms_asked_for(caseload: Caseload, tmp_path: Path) -> None:
    sheets = exported(caseload, tmp_path, ExportFormat.XLSX, forms=("rss", "reintegration_plan"))
    assert list(sheets) == ["cases", "reintegration_plan", "reintegration_plan_items", "rss", "_columns"]
    with pytest.raises(FormError) as unknown:
        caseload.export(tmp_path / "x.xlsx", forms=("no_such_form",))
    assert unknown.value.key == "forms.unknown"
    assert not (tmp_path / "x.xlsx").exists()


def test_codebook_gives_each_column_its_question(caseload: Caseload, tmp_path: Path) -> None:
    codebook = exported(caseload, tmp_path, ExportFormat.XLSX, language="fr")["_columns"]
    rows = {(row["sheet"], row["column"]): row for row in codebook}
    assert rows[("intake", "given_name")]["label"] == "Prénom(s)" and rows[("intake", "given_name")]["type"] == "text"
    assert rows[("cases", "given_name")]["label"] == "Prénom(s)"
    assert ("reintegration_plan_items", "budget") in rows and ("rss", "_score_composite") in rows


def test_text_never_becomes_a_formula(caseload: Caseload, tmp_path: Path) -> None:
    caseload.export(tmp_path / "e.xlsx")
    caseload.export(tmp_path / "e.zip", format="csv")
    xlsx = by_number(read_export(tmp_path / "e.xlsx", "xlsx")["intake"], "_case_number")
    assert xlsx[caseload.numbers["fatima"]]["intake_notes"] == FORMULA  # text, bell character removed
    csv = by_number(read_export(tmp_path / "e.zip", "csv")["intake"], "_case_number")
    assert csv[caseload.numbers["fatima"]]["intake_notes"] == "'" + FATIMA["intake_notes"]  # kept whole, made inert
    assert csv[caseload.numbers["fatima"]]["phone"] == FATIMA["phone"]  # a phone number is left alone


def test_sheets_match_between_formats(caseload: Caseload, tmp_path: Path) -> None:
    caseload.export(tmp_path / "e.xlsx", language="ar")
    caseload.export(tmp_path / "e.zip", format="csv", language="ar")
    xlsx, csv = raw_sheets(tmp_path / "e.xlsx", "xlsx"), raw_sheets(tmp_path / "e.zip", "csv")
    assert list(xlsx) == list(csv)
    for name in xlsx:
        assert [len(row) for row in xlsx[name]] == [len(row) for row in csv[name]], name
        assert xlsx[name][0] == csv[name][0], name
