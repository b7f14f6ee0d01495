"""``passerelle cases list | show | import | set | erase``."""

import argparse
from datetime import date
from pathlib import Path
from typing import Any

from ..domain.case import EDITABLE_FIELDS, CaseRow, changed_fields
from ..domain.enums import ErasureReason, Status
from ..domain.errors import FieldError, ValidationFailed
from ..domain.query import CaseQuery
from ..domain.rules import age_on
from ..services.case_input import parse_assignments, parse_fields
from ..services.cases import CaseService
from ..services.csv_import import import_cases
from .case_view import render_case
from .errors import CliError
from .output import print_json, table, text_of
from .unlock import unlocked


def positive_int(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number above 0, got {text!r}")
    return int(text)


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    group = commands.add_parser("cases", help="list, show, import and correct cases")
    actions = group.add_subparsers(dest="action", metavar="ACTION", required=True)

    listing = actions.add_parser("list", parents=[common], help="list cases, newest changes first")
    listing.add_argument("--search", metavar="TEXT", default="",
                         help="words to find in case number, names, phone and community")
    listing.add_argument("--status", action="append", choices=[s.value for s in Status],
                         help="only cases with this status (repeat for several)")
    listing.add_argument("--limit", type=positive_int, default=50, metavar="N", help="at most N cases (default 50)")
    listing.add_argument("--json", action="store_true", help="print JSON")
    listing.set_defaults(handler=list_cases)

    show = actions.add_parser("show", parents=[common], help="show one case (recorded in the audit trail)")
    show.add_argument("case_number", metavar="CASE_NUMBER")
    show.add_argument("--json", action="store_true", help="print JSON, with household and consent records")
    show.set_defaults(handler=show_case)

    load = actions.add_parser(
        "import",
        parents=[common],
        help="import cases from a CSV file (all rows or none)",
        description="Import cases from a CSV file whose header names are field names "
        f"({', '.join(EDITABLE_FIELDS)}, plus case_number and age). Every row is checked first; "
        "nothing is imported unless all rows are valid.",
    )
    load.add_argument("file", metavar="FILE.csv", type=Path)
    load.set_defaults(handler=import_file)

    change = actions.add_parser(
        "set",
        parents=[common],
        help="correct fields of a case: FIELD=VALUE …",
        description="Change fields of a case, validated like the form. Lists take ';' between codes; "
        f"an empty value clears a field. Fields: {', '.join(EDITABLE_FIELDS)}.",
    )
    change.add_argument("case_number", metavar="CASE_NUMBER")
    change.add_argument("assignments", metavar="FIELD=VALUE", nargs="+")
    change.set_defaults(handler=set_fields)

    erase = actions.add_parser(
        "erase",
        parents=[common],
        help="erase a case everywhere (right to erasure); cannot be undone",
        description="Delete every record of the case on this device now, and on headquarters and every other "
        "device of the office at their next sync. The audit trail keeps that the case was erased, when, by whom "
        "and why (a reason code), never what it held. Asks for the case number again unless --yes.",
    )
    erase.add_argument("case_number", metavar="CASE_NUMBER")
    erase.add_argument("--reason", required=True, choices=[r.value for r in ErasureReason])
    erase.add_argument("--yes", action="store_true", help="do not ask to type the case number again")
    erase.set_defaults(handler=erase_case)


def _row_cells(row: CaseRow, today: date) -> list[str]:
    name = " ".join(part for part in (row.given_name, row.family_name) if part)
    age = str(age_on(row.birth_date, today)) if row.birth_date else ""
    return [row.case_number, name, row.sex.value, age, row.status.value, row.community, text_of(row.next_follow_up)]


def list_cases(args: argparse.Namespace) -> int:
    query = CaseQuery(search=args.search, statuses=frozenset(Status(s) for s in args.status or ()))
    with unlocked(args) as session:
        service = CaseService(session)
        rows = service.page(query, 0, args.limit)
        total = service.count(query) if not args.json else len(rows)
        today = service.today
    if args.json:
        print_json([row.model_dump(mode="json") for row in rows])
        return 0
    if not rows:
        print("No cases found.")
        return 0
    headers = ["CASE NUMBER", "NAME", "SEX", "AGE", "STATUS", "COMMUNITY", "NEXT FOLLOW-UP"]
    print(table(headers, [_row_cells(row, today) for row in rows]))
    print()
    print(f"{len(rows)} of {total} cases shown (use --limit for more)." if total > len(rows) else f"{total} cases.")
    return 0


def show_case(args: argparse.Namespace) -> int:
    with unlocked(args) as session:
        service = CaseService(session)
        case = service.open_by_number(args.case_number)
        household, consents = service.household(case.id), service.consents(case.id)
        today = service.today
    if args.json:
        data = case.model_dump(mode="json")
        data["household"] = [member.model_dump(mode="json") for member in household]
        data["consents"] = [record.model_dump(mode="json") for record in consents]
        print_json(data)
    else:
        print(render_case(case, household, consents, today))
    return 0


def import_file(args: argparse.Namespace) -> int:
    with unlocked(args) as session:
        imported = import_cases(session, args.file, CaseService(session).today)
    if not imported:
        print("The file has no rows: nothing was imported.")
    else:
        first, last = imported[0].case_number, imported[-1].case_number
        print(f"Imported {len(imported)} cases ({first} … {last})." if len(imported) > 1 else f"Imported 1 case ({first}).")
    return 0


def _changes(pairs: list[str]) -> dict[str, Any]:
    """Typed changes from ``FIELD=VALUE`` words, checked before the passphrase is
    asked. Raises ValidationFailed listing every malformed pair, unknown field
    and unreadable value at once."""
    values: dict[str, str] = {}
    errors: list[FieldError] = []
    for pair in pairs:
        try:
            values.update(parse_assignments([pair]))
        except ValidationFailed as failure:
            errors += failure.errors
    try:
        changes = parse_fields(values, date.today())
    except ValidationFailed as failure:
        errors += failure.errors
    if errors:
        raise ValidationFailed(errors)
    return changes


def set_fields(args: argparse.Namespace) -> int:
    changes = _changes(args.assignments)
    with unlocked(args) as session:
        service = CaseService(session)
        before = service.by_number(args.case_number)
        after = service.update(before.id, changes)
    changed = changed_fields(before, after, EDITABLE_FIELDS)
    if not changed:
        print(f"{after.case_number}: nothing changed.")
        return 0
    print(f"{after.case_number}: changed {', '.join(changed)}.")
    for name in changed:
        print(f"  {name}: {text_of(getattr(before, name))} → {text_of(getattr(after, name))}")
    return 0


def erase_case(args: argparse.Namespace) -> int:
    with unlocked(args) as session:
        service = CaseService(session)
        case = service.by_number(args.case_number)
        if not args.yes:
            try:
                typed = input(f"Type {case.case_number} to erase it everywhere: ")
            except EOFError:
                typed = ""
            if typed.strip() != case.case_number:
                raise CliError("not erased: the case number typed does not match.")
        rows = service.erase(case.id, ErasureReason(args.reason))
    print(f"{args.case_number}: erased ({rows} records); the erasure reaches headquarters at the next sync.")
    return 0
