"""Handbook search: building the index from the shipped packs, then 200 queries
per language typed prefix by prefix, against a floor (the raw FTS5 MATCH on the
same connection). Then importing: each shipped pack through ``handbook import``
as it is, and the same text saved as one long HTML page split on its headings,
each against indexing that pack alone.

    python tests/bench/bench_handbook.py [--out tests/bench/results/handbook.json]

Goals (issue 4): index build ≤ 2 s; search p95 ≤ 10 ms per query.
"""

import argparse
import html
import json
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from desktop.handbook.importer import ImportOptions, import_pack  # noqa: E402
from desktop.handbook.index import HandbookIndex  # noqa: E402
from desktop.handbook.library import discover  # noqa: E402
from desktop.handbook.pack import load_pack  # noqa: E402
from desktop.handbook.text import match_expression, query_terms  # noqa: E402

QUERIES = 200
BUILD_GOAL_S, SEARCH_GOAL_MS = 2.0, 10.0


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[-1]


def typed_queries(words: list[str], rng: random.Random) -> list[str]:
    """What a person types: one or two words from titles and tags, each shown
    after every keystroke from the second letter on."""
    queries: list[str] = []
    while len(queries) < QUERIES:
        chosen = rng.sample(words, 2 if rng.random() < 0.3 else 1)
        typed = ""
        for word in chosen:
            for end in range(2, len(word) + 1):
                queries.append((typed + word[:end]).strip())
            typed += word + " "
    return queries[:QUERIES]


def long_page(loaded) -> str:  # noqa: ANN001 - a LoadedPack
    """The pack as one saved HTML page: a level-1 heading per module, level 2 per section."""
    parts = [f"<!DOCTYPE html><html lang='{loaded.pack.language}'><head><meta charset='utf-8'>"
             f"<title>{html.escape(loaded.pack.title)}</title></head><body>"]
    module = None
    for section in sorted(loaded.sections, key=lambda s: (s.meta.module, s.meta.order)):
        if section.meta.module != module:
            module = section.meta.module
            parts.append(f"<h1>{html.escape(loaded.pack.manifest.modules[module])}</h1>")
        parts.append(f"<h2 id='{section.id}'>{html.escape(section.title)}</h2>")
        for paragraph in section.body.split("\n\n"):
            parts.append(f"<p>{html.escape(paragraph)}</p>")
    return "".join(parts) + "</body></html>"


def import_figures(library) -> dict:  # noqa: ANN001 - a Library
    figures = {}
    for pack in library.packs:
        with tempfile.TemporaryDirectory() as folder:
            started = time.perf_counter()
            with HandbookIndex(Path(folder) / "floor.db") as index:
                index.ensure([pack])
            floor_s = time.perf_counter() - started
            as_pack = import_pack(pack.path, Path(folder) / "a", ImportOptions(replace=True))
            page = Path(folder) / f"{pack.id}.html"
            page.write_text(long_page(load_pack(pack.path)), encoding="utf-8")
            as_page = import_pack(page, Path(folder) / "b", ImportOptions(pack_id="page"))
            figures[pack.language] = {
                "sections": as_pack.sections, "page_sections": as_page.sections,
                "page_kb": page.stat().st_size // 1024, "index_only_ms": round(floor_s * 1000, 1),
                "import_pack_ms": round(as_pack.seconds * 1000, 1), "import_page_ms": round(as_page.seconds * 1000, 1),
                "ok": max(as_pack.seconds, as_page.seconds) <= BUILD_GOAL_S,
            }
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=ROOT / "tests/bench/results/handbook.json")
    parser.add_argument("--packs", type=Path, default=None, help="folder of packs (default: the shipped ones)")
    args = parser.parse_args()
    library = discover(None, shipped=args.packs)
    if not library.packs:
        print("no shipped packs (seal them first)", file=sys.stderr)
        return 1
    rng = random.Random(4)
    with tempfile.TemporaryDirectory() as folder:
        started = time.perf_counter()
        index = HandbookIndex(Path(folder) / "index.db")
        report = index.ensure(library.packs)
        build_s = time.perf_counter() - started
        if report.failed:
            print(f"packs not indexed (invalid): {', '.join(report.failed)}", file=sys.stderr)
        started = time.perf_counter()
        again = index.ensure(library.packs)
        unchanged_ms = (time.perf_counter() - started) * 1000
        assert not again.indexed
        rows, figures = [], {}
        for pack in library.packs:
            loaded = load_pack(pack.path)
            words = sorted({w for s in loaded.sections for w in (s.title.split() + s.meta.tags)
                            if len(w) >= 4 and w.isalpha()})
            queries = typed_queries(words, rng)
            for query in queries[:20]:  # warm up
                index.search(query, pack.language)
            search_ms, floor_ms, hits = [], [], []
            for query in queries:
                started = time.perf_counter()
                results = index.search(query, pack.language)
                search_ms.append((time.perf_counter() - started) * 1000)
                hits.append(len(results))
                expression = match_expression(query_terms(query))
                started = time.perf_counter()
                if expression:
                    index.match_floor(expression)
                floor_ms.append((time.perf_counter() - started) * 1000)
            figures[pack.language] = {
                "pack": pack.id, "sections": len(loaded.sections), "queries": len(queries),
                "search_p50_ms": round(statistics.median(search_ms), 3), "search_p95_ms": round(p95(search_ms), 3),
                "floor_p95_ms": round(p95(floor_ms), 3), "mean_results": round(statistics.mean(hits), 1),
                "goal_ms": SEARCH_GOAL_MS, "ok": p95(search_ms) <= SEARCH_GOAL_MS,
            }
            rows.append(figures[pack.language])
        index.close()
    sections = sum(row["sections"] for row in rows)
    print(f"index build: {build_s * 1000:.0f} ms for {len(library.packs)} packs, {sections} sections "
          f"(goal ≤ {BUILD_GOAL_S:.0f} s); unchanged check: {unchanged_ms:.1f} ms")
    print(f"{'lang':<5}{'pack':<18}{'queries':>8}{'p50 ms':>9}{'p95 ms':>9}{'floor p95':>11}{'results':>9}  goal")
    for lang, row in figures.items():
        print(f"{lang:<5}{row['pack']:<18}{row['queries']:>8}{row['search_p50_ms']:>9.2f}{row['search_p95_ms']:>9.2f}"
              f"{row['floor_p95_ms']:>11.2f}{row['mean_results']:>9.1f}  {'ok' if row['ok'] else 'MISSED'}")
    imports = import_figures(library)
    print(f"{'lang':<5}{'sections':>9}{'page KB':>9}{'index only':>12}{'import pack':>13}{'import page':>13}  goal")
    for lang, row in imports.items():
        print(f"{lang:<5}{row['sections']:>9}{row['page_kb']:>9}{row['index_only_ms']:>10.0f}ms"
              f"{row['import_pack_ms']:>11.0f}ms{row['import_page_ms']:>11.0f}ms  {'ok' if row['ok'] else 'MISSED'}")
    result = {"build_ms": round(build_s * 1000, 1), "build_goal_ms": BUILD_GOAL_S * 1000,
              "unchanged_check_ms": round(unchanged_ms, 2), "packs": len(library.packs), "sections": sections,
              "languages": figures, "imports": imports}
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    ok = build_s <= BUILD_GOAL_S and all(row["ok"] for row in [*rows, *imports.values()])
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
