"""``passerelle report case | caseload``: the case summary and the caseload
report as PDF files, in a language of the interface.

The file is written whole or not at all and readable by this user only; a
file already there is replaced. Each report is recorded in the audit trail.
Qt paints the PDF: it is imported when the command runs, not before.
"""

import argparse
from pathlib import Path

from ..forms.definition import LANGUAGES
from .unlock import unlocked


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    group = commands.add_parser("report", help="case summary and caseload report as PDF")
    actions = group.add_subparsers(dest="action", metavar="ACTION", required=True)

    case = actions.add_parser(
        "case", parents=[common], help="summary of one case as PDF (recorded in the audit trail)",
        description="Profile, vulnerabilities, household, consent, assessments, plan, sessions, referrals and "
                    "RSS scores with their chart. --no-contacts leaves out the phone number, the district and "
                    "community, household notes and contact or place answers, and masks phone numbers and "
                    "e-mail addresses in notes: for a handover to a service provider.",
    )
    case.add_argument("case_number", metavar="CASE_NUMBER")
    case.add_argument("--pdf", required=True, type=Path, metavar="FILE", help="file to write; replaced if it exists")
    case.add_argument("--lang", choices=list(LANGUAGES), default=None,
                      help="language of the summary (default: the profile's)")
    case.add_argument("--no-contacts", action="store_true",
                      help="leave out contact details and exact addresses")
    case.set_defaults(handler=run_case)

    caseload = actions.add_parser(
        "caseload", parents=[common], help="the office's caseload dashboard as PDF (recorded in the audit trail)",
        description="Key figures, cases by status, open cases by vulnerability, plan items by type and by "
                    "delivery, referrals by outcome: tables and bar charts.",
    )
    caseload.add_argument("--pdf", required=True, type=Path, metavar="FILE", help="file to write; replaced if it exists")
    caseload.add_argument("--lang", choices=list(LANGUAGES), default=None,
                          help="language of the report (default: the profile's)")
    caseload.set_defaults(handler=run_caseload)


def _pages(count: int) -> str:
    return "1 page" if count == 1 else f"{count} pages"


def run_case(args: argparse.Namespace) -> int:
    from ..ui.print import command  # Qt, for this command only

    with unlocked(args) as session:
        language = args.lang or str(session.profile.language)
        pages = command.case_summary(session, args.case_number, args.pdf, language, contacts=not args.no_contacts)
    kind = ", without contacts" if args.no_contacts else ""
    print(f"{args.case_number}: summary written to {args.pdf} ({_pages(pages)}, {language}{kind})")
    return 0


def run_caseload(args: argparse.Namespace) -> int:
    from ..ui.print import command  # Qt, for this command only

    with unlocked(args) as session:
        language = args.lang or str(session.profile.language)
        pages = command.caseload_report(session, args.pdf, language)
    print(f"caseload report written to {args.pdf} ({_pages(pages)}, {language})")
    return 0
