"""``passerelle handbook``: list the packs, search them, import and remove a pack, seal and check one.

No profile or passphrase is needed: the handbook holds no personal data. The
search index lives in ``<data dir>/handbook/index.db`` and is brought up to
date (only what changed) before a search.

Search output marks the matched words with ``[`` and ``]`` (text and JSON).
"""

import argparse
from pathlib import Path

from ..handbook.authoring import seal
from ..handbook.index import SearchResult, marked
from ..handbook.library import discover, open_index
from ..handbook.pack import LANGUAGES, check_pack
from ..handbook.planning import SPLITS  # the importer itself (html.parser…) loads only when used
from ..messages import message
from ..paths import data_dir
from .errors import CliError, say_error
from .output import print_json, table

MARKS = ("[", "]")


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    group = commands.add_parser("handbook", help="list, search and check handbook packs")
    actions = group.add_subparsers(dest="action", metavar="ACTION", required=True)

    listing = actions.add_parser("list", parents=[common], help="list the installed handbook packs")
    listing.add_argument("--json", action="store_true", help="print JSON instead of a table")
    listing.set_defaults(handler=list_packs)

    search = actions.add_parser(
        "search", parents=[common], help="search the handbook",
        description="Search every pack. Words are matched without accents or case, also as the start of a "
                    "longer word; matched words are shown between [ and ].",
    )
    search.add_argument("query", metavar="QUERY", help="words to look for")
    search.add_argument("--lang", choices=LANGUAGES, default=None, help="show sections in this language first")
    search.add_argument("--only", action="store_true", help="with --lang: only sections in that language")
    search.add_argument("--limit", type=int, default=20, metavar="N", help="at most N results (default 20)")
    search.add_argument("--json", action="store_true",
                        help="print a JSON list of {pack, id, title, language, snippet, score}")
    search.set_defaults(handler=search_handbook)

    importing = actions.add_parser(
        "import", parents=[common], help="install a handbook pack from Markdown or saved HTML pages",
        description="Read a folder of Markdown (.md) or saved HTML (.html) pages, one page per section or one "
                    "long page split on its headings, or a ready-made pack; check everything and install it "
                    "beside the shipped field guide. On any problem nothing is installed and every problem "
                    "is listed as FILE:LINE: message.",
    )
    importing.add_argument("source", metavar="PATH", type=Path, help="a folder, or one .md or .html page")
    _pack_options(importing, id_default="from the folder's name", title_default="the pages' title",
                  language_default="from the pages or the folder's name")
    importing.add_argument("--split", choices=SPLITS, default="auto",
                           help="cut pages into sections at this heading level (default auto: a single long "
                                "page is cut at its most used top heading level)")
    importing.add_argument("--replace", action="store_true", help="replace a pack that has the same id")
    importing.add_argument("--json", action="store_true", help="print the result as JSON")
    importing.set_defaults(handler=import_handbook)

    removing = actions.add_parser("remove", parents=[common], help="remove an installed (imported) pack")
    removing.add_argument("pack_id", metavar="PACK_ID", help="id of the installed pack")
    removing.set_defaults(handler=remove_handbook)

    sealing = actions.add_parser(
        "seal", help="write a pack's manifest (file list and checksums)",
        description="(Re)write DIR/manifest.yaml listing every sections/*.md with its sha256, keeping the "
                    "manifest's other keys; without a manifest, one is created from the options. "
                    "Then check the pack.",
    )
    sealing.add_argument("folder", metavar="DIR", type=Path, help="the pack's folder")
    _pack_options(sealing, id_default="the folder's name", title_default="the id",
                  language_default="from the folder's name, e.g. field-guide-fr")
    sealing.set_defaults(handler=seal_pack)

    check = actions.add_parser(
        "check", help="report every problem of handbook packs",
        description="Check pack folders and report every problem as FILE:LINE: message. "
                    "Exit code 0 when every pack is valid, 1 otherwise.",
    )
    check.add_argument("folders", nargs="+", metavar="DIR", type=Path, help="a pack's folder")
    check.set_defaults(handler=check_packs)


def _pack_options(parser: argparse.ArgumentParser, *, id_default: str, title_default: str,
                  language_default: str) -> None:
    """The manifest's keys as options (``import`` and ``seal``)."""
    parser.add_argument("--id", dest="pack_id", default=None, help=f"pack id (default: {id_default})")
    parser.add_argument("--title", default=None, help=f"pack title (default: {title_default})")
    parser.add_argument("--language", choices=LANGUAGES, default=None, help=f"pack language (default: {language_default})")
    parser.add_argument("--version", dest="pack_version", default=None, help="pack version (default 1.0)")
    parser.add_argument("--licence", default=None, help="licence of the text")
    parser.add_argument("--source", dest="source_note", default=None, help="where the text comes from")


def list_packs(args: argparse.Namespace) -> int:
    library = discover(data_dir(args.data_dir))
    for folder, problems in library.broken.items():
        say_error(f"{folder}: pack not readable ({len(problems)} problems; see: passerelle handbook check {folder})")
    packs = [
        {"id": pack.id, "language": pack.language, "version": pack.version, "sections": len(pack.manifest.files),
         "title": pack.title, "origin": pack.origin, "path": str(pack.path)}
        for pack in library.packs
    ]
    if args.json:
        print_json(packs)
    elif not packs:
        print("no handbook packs")
    else:
        rows = [[p["id"], p["language"], p["version"], str(p["sections"]), p["origin"], p["title"]] for p in packs]
        print(table(["ID", "LANG", "VERSION", "SECTIONS", "ORIGIN", "TITLE"], rows, max_width=60))
    return 0


def search_handbook(args: argparse.Namespace) -> int:
    if args.limit < 1:
        raise CliError("--limit must be at least 1")
    index, report = open_index(data_dir(args.data_dir))
    with index:
        for pack_id, problems in report.failed.items():
            say_error(f"pack {pack_id} not searched: {len(problems)} problems (first: {problems[0]})")
        results = index.search(args.query, args.lang, only_language=args.only, limit=args.limit)
    if args.json:
        print_json([result.as_dict(*MARKS) for result in results])
    elif not results:
        print("no sections found")
    else:
        print("\n\n".join(_text(result) for result in results))
    return 0


def _text(result: SearchResult) -> str:
    title = marked(result.title_marked, *MARKS)
    return f"{title}  ({result.language}, {result.pack}/{result.id})\n    {marked(result.snippet, *MARKS)}"


def import_handbook(args: argparse.Namespace) -> int:
    from ..handbook.importer import ImportFailed, ImportOptions, import_pack

    options = ImportOptions(pack_id=args.pack_id, title=args.title, language=args.language,
                            version=args.pack_version, licence=args.licence, source=args.source_note,
                            split=args.split, replace=args.replace)
    try:
        result = import_pack(args.source, data_dir(args.data_dir), options)
    except ImportFailed as error:
        if args.json:
            print_json({"imported": False, "problems": [
                {"file": p.file, "line": p.line, "code": p.code, "message": p.message} for p in error.problems]})
        else:
            for problem in error.problems:
                print(problem)
        say_error(f"{args.source}: not imported ({_count(len(error.problems), 'problem')}); nothing was changed")
        return 1
    pack = result.pack
    if args.json:
        print_json({"id": pack.id, "title": pack.title, "language": pack.language, "version": pack.version,
                    "sections": result.sections, "replaced": result.replaced, "warnings": result.warnings,
                    "path": str(pack.path), "seconds": round(result.seconds, 3)})
        return 0
    for warning in result.warnings:
        print(f"note: {warning}")
    verb = "replaced" if result.replaced else "installed"
    print(f"{pack.id} ({pack.language}, version {pack.version}): {_count(result.sections, 'section')} {verb} "
          f"and indexed in {result.seconds:.1f} s")
    return 0


def remove_handbook(args: argparse.Namespace) -> int:
    from ..handbook.importer import NotRemovable, remove_pack

    try:
        pack = remove_pack(data_dir(args.data_dir), args.pack_id)
    except NotRemovable as error:
        raise CliError(message(error.key, **error.params)) from None
    print(f"{pack.id} removed")
    return 0


def seal_pack(args: argparse.Namespace) -> int:
    try:
        manifest = seal(args.folder, title=args.title, language=args.language, version=args.pack_version,
                        licence=args.licence, source=args.source_note, pack_id=args.pack_id)
    except ValueError as error:
        raise CliError(str(error)) from None
    except OSError as error:
        raise CliError(f"{args.folder}: {error.strerror or error}") from None
    problems = check_pack(args.folder)
    for problem in problems:
        print(problem)
    if problems:
        say_error(f"{manifest} written, but the pack has {_count(len(problems), 'problem')}")
        return 1
    print(f"{manifest} written")
    return 0


def check_packs(args: argparse.Namespace) -> int:
    total, broken = 0, 0
    for folder in args.folders:
        if not folder.is_dir():
            print(f"{folder}: not a folder")
            total, broken = total + 1, broken + 1
            continue
        problems = check_pack(folder)
        for problem in problems:
            print(problem)
        total += len(problems)
        broken += bool(problems)
    noun = "pack" if len(args.folders) == 1 else "packs"
    if not total:
        print(f"{len(args.folders)} {noun} valid")
        return 0
    say_error(f"{_count(total, 'problem')} in {broken} of {len(args.folders)} {noun}")
    return 1


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"
