"""``passerelle export``: the caseload and the form submissions to one XLSX
workbook or one ZIP of CSV files, optionally pseudonymised.

The file is written whole or not at all (Ctrl-C leaves nothing); a file
already at ``--out`` is replaced. Each export is recorded in the audit trail.
"""

import argparse
import sys
from pathlib import Path

from ..forms.definition import LANGUAGES
from ..services.export import ExportFormat, ExportOptions, ExportResult, ExportService
from ..services.forms import default_catalogue
from .output import print_json, table
from .unlock import unlocked


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    export = commands.add_parser(
        "export", parents=[common], help="export cases and form submissions to XLSX or CSV",
        description="One row per case on the 'cases' sheet, one sheet per form (newest revision of each "
                    "submission; RSS scores with their scoring profile id), one sheet per repeat group keyed to "
                    "its submission by _parent_index, and a '_columns' codebook. CSV: a ZIP holding one "
                    "UTF-8 file per sheet. --pseudonymise leaves out names, contacts, birth dates (age kept), "
                    "district and community, free-text answers and staff names, and replaces case numbers with "
                    "pseudonyms that change at every export.",
    )
    export.add_argument("--format", required=True, choices=[f.value for f in ExportFormat])
    export.add_argument("--out", required=True, type=Path, metavar="PATH",
                        help="file to write (.xlsx, or .zip for csv); replaced if it exists")
    export.add_argument("--pseudonymise", "--pseudonymize", action="store_true",
                        help="leave out what identifies the returnee (see above)")
    export.add_argument("--form", action="append", metavar="ID", dest="forms",
                        help="only this form (repeat for several; default: every form). The cases sheet is always there")
    export.add_argument("--lang", choices=list(LANGUAGES), default=None,
                        help="choice labels in this language (default: choice codes)")
    export.add_argument("--json", action="store_true", help="print {path, format, pseudonymised, sheets, skipped_forms}")
    export.set_defaults(handler=run_export)


def _progress(done: int, total: int, label: str) -> None:
    sys.stderr.write(f"\rexporting {label:<32} {done}/{total}")
    sys.stderr.flush()


def _summary(result: ExportResult) -> str:
    kind = ", pseudonymised" if result.pseudonymised else ""
    rows = [[name, str(count)] for name, count in result.sheets.items()]
    return f"exported to {result.path} ({result.format}{kind})\n" + table(["SHEET", "ROWS"], rows)


def run_export(args: argparse.Namespace) -> int:
    options = ExportOptions(format=ExportFormat(args.format), forms=tuple(args.forms) if args.forms else None,
                            language=args.lang, pseudonymise=args.pseudonymise)
    interactive = sys.stderr.isatty() and not args.json
    with unlocked(args) as session:
        service = ExportService(session.db, session.profile.username, default_catalogue())
        try:
            result = service.export(args.out, options, progress=_progress if interactive else None)
        finally:
            if interactive:
                sys.stderr.write("\n")
    if args.json:
        print_json({"path": str(result.path), "format": str(result.format), "pseudonymised": result.pseudonymised,
                    "sheets": result.sheets, "skipped_forms": result.skipped_forms})
        return 0
    print(_summary(result))
    if result.skipped_forms:
        print(f"left out, not installed here: {' '.join(result.skipped_forms)}", file=sys.stderr)
    return 0
