"""Importing a caseload kept in a spreadsheet: all rows or none."""

from datetime import date
from pathlib import Path

import pytest

from desktop.domain.audit import AuditAction
from desktop.domain.errors import PasserelleError
from desktop.domain.query import CaseQuery
from desktop.services.cases import CaseService
from desktop.services.csv_import import ImportRejected, import_cases
from desktop.services.session import Session
from tests.conftest import TODAY


def write(tmp_path: Path, text: str, name: str = "caseload.csv", encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def total(cases: CaseService) -> int:
    return cases.count(CaseQuery())


def problems_by_line(rejected: pytest.ExceptionInfo[ImportRejected]) -> dict[int, set[tuple[str, str]]]:
    return {p.line: {(e.field, e.key) for e in p.errors} for p in rejected.value.problems}


GOOD = """given_name,family_name,sex,birth_date,phone,community,vulnerabilities,return_type,next_follow_up
Élodie,Exemplaire,female,1990-04-02,+221 77 123 45 67,Guédiawaye,health;single_parent,voluntary,2026-12-01
أحمد,الخيالي,male,1985-01-15,+964 750 111 2233,المنصور,,forced,
Grace,Testwood,female,,,Adama,"disability, elderly",,
"""


def test_a_valid_file_is_imported(tmp_path: Path, session: Session, cases: CaseService) -> None:
    imported = import_cases(session, write(tmp_path, GOOD), TODAY)
    assert [case.given_name for case in imported] == ["Élodie", "أحمد", "Grace"]
    assert [case.case_number for case in imported] == ["DAKAR-2026-00001", "DAKAR-2026-00002", "DAKAR-2026-00003"]
    assert total(cases) == 3
    elodie = cases.by_number("DAKAR-2026-00001")
    assert elodie.birth_date == date(1990, 4, 2)
    assert [str(v) for v in elodie.vulnerabilities] == ["health", "single_parent"]
    assert [str(v) for v in cases.by_number("DAKAR-2026-00003").vulnerabilities] == ["disability", "elderly"]
    assert cases.by_number("DAKAR-2026-00002").next_follow_up is None
    assert elodie.assigned_to == "aminata"
    # imported cases are searchable at once, and the import is in the audit trail
    assert [row.given_name for row in cases.page(CaseQuery(search="احمد"), 0, 10)] == ["أحمد"]
    assert session.audit.for_case(elodie.id)[0].action is AuditAction.IMPORT


def test_bad_rows_are_listed_and_nothing_is_imported(tmp_path: Path, session: Session, cases: CaseService) -> None:
    text = """given_name,family_name,sex,birth_date,phone
Awa,Diallo,female,1990-01-01,+221 77 000 00 00
Moussa,Fall,zebra,1980-01-01,
Binta,Sow,female,2030-01-01,call me
Ousmane,Ba,male,1975-06-30,
,,male,1975-06-30,
"""
    with pytest.raises(ImportRejected) as rejected:
        import_cases(session, write(tmp_path, text), TODAY)
    assert problems_by_line(rejected) == {
        3: {("sex", "field.choice")},
        4: {("birth_date", "field.date_in_future"), ("phone", "field.phone")},
        6: {("given_name", "field.name_required")},
    }
    assert rejected.value.params == {"rows": 3}
    assert total(cases) == 0
    assert session.audit.verify().entries == 0


def test_blank_lines_are_skipped_and_line_numbers_stay_true(tmp_path: Path, session: Session) -> None:
    text = "given_name,sex\nAwa,female\n\n,\nMoussa,horse\n"
    with pytest.raises(ImportRejected) as rejected:
        import_cases(session, write(tmp_path, text), TODAY)
    assert list(problems_by_line(rejected)) == [5]


def test_unknown_columns_are_reported(tmp_path: Path, session: Session, cases: CaseService) -> None:
    with pytest.raises(ImportRejected) as rejected:
        import_cases(session, write(tmp_path, "given_name,colour\nAwa,blue\n"), TODAY)
    assert problems_by_line(rejected) == {2: {("colour", "field.unknown")}}
    assert total(cases) == 0


def test_a_row_with_too_many_cells(tmp_path: Path, session: Session, cases: CaseService) -> None:
    with pytest.raises(ImportRejected) as rejected:
        import_cases(session, write(tmp_path, "given_name,family_name\nAwa,Diallo\nMoussa,Fall,extra\n"), TODAY)
    assert problems_by_line(rejected) == {3: {("", "import.extra_cells")}}
    assert total(cases) == 0


def test_case_numbers_from_the_file_are_kept(tmp_path: Path, session: Session, cases: CaseService) -> None:
    text = "case_number,given_name\nOLD-0001,Awa\nOLD-0002,Moussa\n"
    import_cases(session, write(tmp_path, text), TODAY)
    assert cases.by_number("OLD-0002").given_name == "Moussa"
    # numbering from the pattern is not disturbed
    assert cases.create({"given_name": "Binta"}).case_number == "DAKAR-2026-00001"


def test_duplicate_case_numbers_within_the_file(tmp_path: Path, session: Session, cases: CaseService) -> None:
    text = "case_number,given_name\nOLD-0001,Awa\nOLD-0002,Moussa\nOLD-0001,Binta\n"
    with pytest.raises(ImportRejected) as rejected:
        import_cases(session, write(tmp_path, text), TODAY)
    assert problems_by_line(rejected) == {4: {("case_number", "field.duplicate_number")}}
    assert total(cases) == 0


def test_duplicate_case_numbers_against_the_profile(tmp_path: Path, session: Session, cases: CaseService) -> None:
    existing = cases.create({"given_name": "Awa"})
    text = f"case_number,given_name\nOLD-0009,Moussa\n{existing.case_number},Binta\n"
    with pytest.raises(ImportRejected) as rejected:
        import_cases(session, write(tmp_path, text), TODAY)
    assert problems_by_line(rejected) == {3: {("case_number", "field.duplicate_number")}}
    assert total(cases) == 1


def test_semicolon_separated_file(tmp_path: Path, session: Session, cases: CaseService) -> None:
    text = (
        "given_name;family_name;community;vulnerabilities;phone\n"
        "Élodie;Exemplaire;Keur Massar;health,disability;+221 77 123 45 67\n"
        "Hélène;Fictif;Saly;;\n"
    )
    imported = import_cases(session, write(tmp_path, text), TODAY)
    assert [(c.given_name, c.community) for c in imported] == [("Élodie", "Keur Massar"), ("Hélène", "Saly")]
    assert [str(v) for v in imported[0].vulnerabilities] == ["health", "disability"]
    assert total(cases) == 2


def test_excel_utf8_with_bom(tmp_path: Path, session: Session) -> None:
    imported = import_cases(session, write(tmp_path, "given_name,family_name\r\nÉlodie,Exemplaire\r\n", encoding="utf-8-sig"), TODAY)
    assert imported[0].given_name == "Élodie"


def test_age_column_gives_an_estimated_birth_date(tmp_path: Path, session: Session, cases: CaseService) -> None:
    awa, moussa = import_cases(session, write(tmp_path, "given_name,age\nAwa,30\nMoussa,\n"), TODAY)
    assert (awa.birth_date, awa.birth_date_estimated) == (date(1996, 1, 1), True)
    assert (moussa.birth_date, moussa.birth_date_estimated) == (None, False)
    assert cases.by_number(awa.case_number).birth_date == date(1996, 1, 1)


@pytest.mark.parametrize("header", ["given_name,birth_date,age", "given_name,age,birth_date"])
def test_age_and_birth_date_columns_together(tmp_path: Path, session: Session, header: str) -> None:
    """Some rows know the birth date, others only the age: both work whatever the column order."""
    first, second = header.split(",")[1:]
    rows = {"birth_date": ("1980-05-05", ""), "age": ("", "30")}
    text = f"{header}\nMoussa,{rows[first][0]},{rows[second][0]}\nAwa,{rows[first][1]},{rows[second][1]}\n"
    moussa, awa = import_cases(session, write(tmp_path, text), TODAY)
    assert (moussa.birth_date, moussa.birth_date_estimated) == (date(1980, 5, 5), False)
    assert (awa.birth_date, awa.birth_date_estimated) == (date(1996, 1, 1), True)


@pytest.mark.parametrize("age", ["thirty", "-4", "130", "3.5"])
def test_a_bad_age_is_reported(tmp_path: Path, session: Session, cases: CaseService, age: str) -> None:
    with pytest.raises(ImportRejected) as rejected:
        import_cases(session, write(tmp_path, f"given_name,age\nAwa,{age}\n"), TODAY)
    assert problems_by_line(rejected) == {2: {("age", "field.number_range")}}


def test_a_file_that_is_not_utf8(tmp_path: Path, session: Session, cases: CaseService) -> None:
    path = write(tmp_path, "given_name,family_name\nÉlodie,Exemplaire\n", encoding="cp1252")
    with pytest.raises(PasserelleError) as caught:
        import_cases(session, path, TODAY)
    assert caught.value.key == "import.not_utf8"
    assert total(cases) == 0


def test_a_file_that_turns_non_utf8_far_down(tmp_path: Path, session: Session, cases: CaseService) -> None:
    body = "given_name\n" + "Awa\n" * 3000 + "Hélène\n"
    with pytest.raises(PasserelleError) as caught:
        import_cases(session, write(tmp_path, body, encoding="latin-1"), TODAY)
    assert caught.value.key == "import.not_utf8"
    assert total(cases) == 0


def test_an_empty_file(tmp_path: Path, session: Session) -> None:
    with pytest.raises(PasserelleError) as caught:
        import_cases(session, write(tmp_path, ""), TODAY)
    assert caught.value.key == "import.empty"


def test_a_missing_file(tmp_path: Path, session: Session) -> None:
    with pytest.raises(PasserelleError) as caught:
        import_cases(session, tmp_path / "nowhere.csv", TODAY)
    assert caught.value.key == "import.cannot_read"
