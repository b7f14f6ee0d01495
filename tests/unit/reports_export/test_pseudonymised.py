"""A pseudonymised export: no name, phone, birth date or exact place in any
cell of any sheet; ages instead of birth dates; case numbers replaced by
pseudonyms that link the sheets of one export and change at the next."""

import re
import zipfile
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest

from desktop.domain.pseudonym import AnswerRule, Pseudonymiser, answer_rule
from desktop.services.export import ExportFormat

from .conftest import AGES, BIRTH_DATES, EXACT_PLACES, NAMES, PHONES, Caseload, raw_sheets, read_export

FORMATS = [ExportFormat.XLSX, ExportFormat.CSV]
SUFFIX = {ExportFormat.XLSX: "xlsx", ExportFormat.CSV: "zip"}
WORDS = re.compile("|".join(rf"(?<!\w){re.escape(name)}(?!\w)" for name in NAMES), re.IGNORECASE)


def digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def leaks(cell: Any, numbers: list[str], ids: list[str]) -> list[str]:
    """What personal data a cell shows, if any."""
    if cell is None or cell == "":
        return []
    found = []
    if isinstance(cell, (date, datetime)):
        day = cell.date() if isinstance(cell, datetime) else cell
        return ["birth date"] if day in BIRTH_DATES else []
    text = str(cell)
    if WORDS.search(text):
        found.append(f"name {WORDS.search(text).group(0)!r}")
    for phone in PHONES:
        if phone in text or digits(phone)[3:] in digits(text):
            found.append("phone")
    for birth in BIRTH_DATES:
        if birth.isoformat() in text or birth.strftime("%d/%m/%Y") in text:
            found.append("birth date")
    if text in EXACT_PLACES:
        found.append("exact place")
    found += [f"case number {n}" for n in numbers if n in text]
    found += ["record id" for i in ids if i in text]
    return found


def person_ids(caseload: Caseload) -> list[str]:
    """Ids of cases and submissions (a provider's id names an organisation: it may stay)."""
    return [value for key, value in caseload.ids.items() if key != "provider"]


def pseudonymised(caseload: Caseload, path: Path, fmt: ExportFormat, language: str | None = None) -> Path:
    caseload.export(path, format=fmt, pseudonymise=True, language=language)
    return path


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("language", [None, "fr", "ar"])
def test_no_name_phone_birth_date_or_exact_place_in_any_cell(caseload: Caseload, tmp_path: Path,
                                                             fmt: ExportFormat, language: str | None) -> None:
    path = pseudonymised(caseload, tmp_path / f"p.{SUFFIX[fmt]}", fmt, language)
    sheets = raw_sheets(path, fmt)
    numbers = list(caseload.numbers.values())
    ids = person_ids(caseload)
    cells = 0
    for name, rows in sheets.items():
        for row_number, row in enumerate(rows, 1):
            for cell in row:
                cells += 1
                assert not leaks(cell, numbers, ids), (name, row_number, leaks(cell, numbers, ids))
    assert cells > 500
    # the data is still there, only without what identifies people
    data = read_export(path, fmt)
    assert len(data["cases"]) == 3 and len(data["intake"]) == 2 and len(data["rss"]) == 2
    assert len(data["intake_household"]) == 2 and len(data["reintegration_plan_items"]) == 2
    if fmt is ExportFormat.CSV:  # and nothing else hides in the archive
        with zipfile.ZipFile(path) as archive:
            assert all(member.endswith(".csv") for member in archive.namelist())


def test_dropped_columns_and_ages(caseload: Caseload, tmp_path: Path) -> None:
    sheets = read_export(pseudonymised(caseload, tmp_path / "p.xlsx", ExportFormat.XLSX), "xlsx")
    cases = sheets["cases"]
    assert not {"given_name", "family_name", "phone", "birth_date", "district", "community", "closure_note",
                "assigned_to", "created_by", "updated_by"} & set(cases[0])
    assert {"region", "nationality", "host_country", "sex", "age_at_export", "vulnerabilities"} <= set(cases[0])
    assert sorted(row["age_at_export"] for row in cases) == sorted(AGES.values())
    intake = sheets["intake"][0]
    assert not {"given_name", "family_name", "phone", "birth_date", "district", "community", "place_details",
                "intake_notes", "_submitted_by"} & set(intake)
    assert {"birth_date_age_at_export", "region", "nationality", "host_country"} <= set(intake)
    members = sheets["intake_household"]
    assert not {"member_name", "member_notes", "member_birth_year"} & set(members[0])
    assert [m["member_birth_year_age_at_export"] for m in members] == [7, 36]
    item = sheets["reintegration_plan_items"][0]
    assert "item_details" not in item and "provider_other" not in item and item["budget"] == 250
    assert "plan_goal" not in sheets["reintegration_plan"][0]
    assert sheets["rss"][0]["_score_profile_id"] == "rss-provisional-1"


def test_pseudonyms_link_the_sheets_of_one_export(caseload: Caseload, tmp_path: Path) -> None:
    sheets = read_export(pseudonymised(caseload, tmp_path / "p.zip", ExportFormat.CSV), "csv")
    by_age = {int(row["age_at_export"]): row["case_number"] for row in sheets["cases"]}
    assert len(set(by_age.values())) == 3 and all(re.fullmatch(r"P-[0-9a-f]{16}", p) for p in by_age.values())
    awa = by_age[AGES["awa"]]
    intake = {int(row["birth_date_age_at_export"]): row for row in sheets["intake"]}
    assert intake[AGES["awa"]]["_case_number"] == awa
    assert intake[AGES["fatima"]]["_case_number"] == by_age[AGES["fatima"]]
    assert {row["_case_number"] for row in sheets["rss"]} == {awa, by_age[AGES["fatima"]]}
    assert sheets["reintegration_plan"][0]["_case_number"] == awa
    assert {row["_case_number"] for row in sheets["intake_household"]} == {awa}
    assert {row["_case_number"] for row in sheets["reintegration_plan_items"]} == {awa}
    # children still find their parent row, through _parent_index and the pseudonymised uuid
    plan = sheets["reintegration_plan"][0]
    assert plan["_uuid"].startswith("R-")
    assert {(r["_parent_index"], r["_submission__uuid"]) for r in sheets["reintegration_plan_items"]} == {
        (plan["_index"], plan["_uuid"])}


def test_pseudonyms_change_from_one_export_to_the_next(caseload: Caseload, tmp_path: Path) -> None:
    first = read_export(pseudonymised(caseload, tmp_path / "1.xlsx", ExportFormat.XLSX), "xlsx")
    second = read_export(pseudonymised(caseload, tmp_path / "2.xlsx", ExportFormat.XLSX), "xlsx")
    for sheet, column in (("cases", "case_number"), ("rss", "_case_number"), ("rss", "_uuid")):
        before = {row[column] for row in first[sheet]}
        after = {row[column] for row in second[sheet]}
        assert len(before) == len(after) > 0 and not before & after, (sheet, column)


def test_pseudonymiser_is_keyed_and_stable_within_itself() -> None:
    one, other = Pseudonymiser(), Pseudonymiser()
    assert one.case_number("DKR-2026-00001") == one.case_number("DKR-2026-00001")
    assert one.case_number("DKR-2026-00001") != one.case_number("DKR-2026-00002")
    assert one.case_number("DKR-2026-00001") != other.case_number("DKR-2026-00001")
    assert Pseudonymiser(b"k" * 32).case_number("x") == Pseudonymiser(b"k" * 32).case_number("x")
    assert one.case_number("x")[2:] != one.record_id("x")[2:]  # a case and a record never share a pseudonym


@pytest.mark.parametrize(("kind", "save_to", "rule"), [
    ("text", "given_name", AnswerRule.DROP), ("text", None, AnswerRule.DROP), ("long_text", None, AnswerRule.DROP),
    ("text", "nationality", AnswerRule.KEEP), ("text", "host_country", AnswerRule.KEEP),
    ("select_one", "region", AnswerRule.KEEP), ("select_one", "district", AnswerRule.DROP),
    ("select_one", "community", AnswerRule.DROP), ("date", "birth_date", AnswerRule.AGE_FROM_DATE),
    ("integer", "birth_year", AnswerRule.AGE_FROM_YEAR), ("date", None, AnswerRule.KEEP),
    ("select_multiple", None, AnswerRule.KEEP), ("text", "phone", AnswerRule.DROP),
    ("calculate", None, AnswerRule.NUMBERS_ONLY),
])
def test_answer_rules(kind: str, save_to: str | None, rule: AnswerRule) -> None:
    assert answer_rule(kind, save_to) is rule


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_scan_finds_all_of_it_in_a_plain_export(caseload: Caseload, tmp_path: Path, fmt: ExportFormat) -> None:
    """The check above is not blind: without --pseudonymise it sees every kind of leak."""
    path = tmp_path / f"plain.{SUFFIX[fmt]}"
    caseload.export(path, format=fmt)
    numbers, ids = list(caseload.numbers.values()), person_ids(caseload)
    found = {leak.split(" ")[0] for rows in raw_sheets(path, fmt).values() for row in rows for cell in row
             for leak in leaks(cell, numbers, ids)}
    assert found == {"name", "phone", "birth", "exact", "case", "record"}
    text = " ".join(str(cell) for rows in raw_sheets(path, fmt).values() for row in rows for cell in row)
    missing = [name for name in NAMES if not re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text, re.IGNORECASE)]
    assert missing == ["Khadijatou", "Exportrice"]  # every name is there but the user's display name (never exported)


def test_neither_row_order_nor_record_times_link_two_exports(caseload: Caseload, tmp_path: Path) -> None:
    sheets = read_export(pseudonymised(caseload, tmp_path / "p.xlsx", ExportFormat.XLSX), "xlsx")
    numbers = [row["case_number"] for row in sheets["cases"]]
    assert numbers == sorted(numbers)  # by pseudonym: a new order at every export
    for name in ("intake", "rss"):
        uuids = [row["_uuid"] for row in sheets[name]]
        assert uuids == sorted(uuids) and [row["_index"] for row in sheets[name]] == list(range(1, len(uuids) + 1))
    times = (("cases", "created_at"), ("cases", "updated_at"), ("rss", "_submitted_at"), ("rss", "_score_computed_at"))
    for sheet, column in times:  # the day only, never the microsecond a row was written
        assert all(isinstance(row[column], datetime) and row[column].time() == datetime.min.time()
                   for row in sheets[sheet]), (sheet, column)
    plain = read_export(caseload.export(tmp_path / "plain.xlsx").path, "xlsx")
    assert all(len(row["_submitted_at"]) > 20 for row in plain["rss"])  # the plain export keeps the full time
