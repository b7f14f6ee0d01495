"""Benchmarks of the walking skeleton at 100,000 cases, as ratios against floors
measured in the same run (this machine is noisy).

    python tests/bench/bench_skeleton.py [--cases 100000] [--out tests/bench/results/skeleton.json]

Measures:
- cold start to a usable case list ÷ a bare PySide6 window start (key derivation
  excluded: it is timed on its own and subtracted), goal ≤ 2.0;
- filter-as-you-type p95 through the real list model (count + first page), goal
  ≤ 50 ms, beside the same SQL run raw on the connection as a floor;
- opening a case file (page built and painted), goal ≤ 100 ms;
- resident memory of the app with the list open, goal ≤ 250 MB.
"""

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

PASSPHRASE = "quiet harbour 2026"
TYPED = ["aminata exemplaire", "mamadou", "فاطمة", "grace sampleton", "dkr-2026-0423", "77 3", "guédiawaye", "ibrahim"]

BARE_WINDOW = """
import sys, time
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
w = QMainWindow(); w.resize(1200, 760); w.show(); app.processEvents()
print(time.time())
"""

APP_START = """
import sys, time
t_import = time.time()
from pathlib import Path
from PySide6.QtWidgets import QApplication
from desktop.store.profiles import ProfileStore
from desktop.services import profiles
from desktop.ui.i18n import apply_language
from desktop.ui.idle import IdleWatcher
from desktop.ui.main_window import MainWindow
from desktop.ui.style import apply_style
app = QApplication(sys.argv)
apply_style(app)
store = ProfileStore(Path(sys.argv[1]))
profile = store.list()[0]
apply_language(app, profile.language)
window = MainWindow(store, IdleWatcher(app), profile.language)
window.show()
t_kdf = time.time()
session = profiles.unlock(store, profile.username, sys.argv[2])
kdf = time.time() - t_kdf
window.open_session(session)
app.processEvents()
assert window.workspace.case_list.model.rowCount() > 0
print(time.time(), kdf)
"""


def _spawn(code: str, *args: str) -> tuple[float, list[str]]:
    start = time.time()
    out = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, check=True, cwd=ROOT)
    values = out.stdout.split()
    return float(values[0]) - start, values[1:]


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[-1] if len(values) >= 2 else values[0]


def build_profile(root: Path, count: int) -> None:
    from desktop.domain.settings import Profile, Settings
    from desktop.services import profiles
    from desktop.services.demo import add_demo_cases
    from desktop.store.profiles import ProfileStore

    store = ProfileStore(root)
    _, session = profiles.create_profile(
        store, Profile(username="bench", display_name="Bench", office="Dakar"), PASSPHRASE, Settings(office_code="DKR")
    )
    add_demo_cases(session, count)
    session.close()


def in_process(root: Path) -> dict[str, float]:
    from PySide6.QtWidgets import QApplication

    from desktop.domain.query import CaseQuery
    from desktop.services import profiles
    from desktop.services.cases import CaseService
    from desktop.store.case_repo import match_expression
    from desktop.store.profiles import ProfileStore
    from desktop.ui.models.case_table_model import PAGE, CaseTableModel
    from desktop.ui.pages.case_file_page import CaseFilePage

    app = QApplication.instance() or QApplication(sys.argv)
    session = profiles.unlock(ProfileStore(root), "bench", PASSPHRASE)
    service = CaseService(session)
    model = CaseTableModel(service)
    model.set_query(CaseQuery())
    model_times, raw_times = [], []
    for text in TYPED:
        for end in range(1, len(text) + 1):
            query = CaseQuery(search=text[:end])
            started = time.perf_counter()
            model.set_query(query)
            model_times.append((time.perf_counter() - started) * 1000)
            expression = match_expression(text[:end])
            if expression:
                # floor: the same two statements the list runs, straight on the connection
                started = time.perf_counter()
                session.db.execute("SELECT count(*) FROM cases_fts WHERE cases_fts MATCH ?", [expression]).fetchone()
                session.db.execute(
                    "SELECT c.* FROM cases_fts f JOIN cases c ON c.rowid = f.rowid WHERE cases_fts MATCH ?"
                    " ORDER BY f.rowid DESC LIMIT ?",
                    [expression, PAGE],
                ).fetchall()
                raw_times.append((time.perf_counter() - started) * 1000)
    model.set_query(CaseQuery())
    for _ in range(10):
        model.fetchMore()
    ids = [model.case_id(row) for row in range(0, 2000, 100)]
    open_times = []
    for case_id in ids:
        started = time.perf_counter()
        page = CaseFilePage(service, case_id)
        page.resize(1200, 760)
        page.show()
        app.processEvents()
        open_times.append((time.perf_counter() - started) * 1000)
        page.close()
        page.deleteLater()
    app.processEvents()
    rss = int(next(line for line in Path("/proc/self/status").read_text().splitlines() if line.startswith("VmRSS")).split()[1]) / 1024
    session.close()
    return {
        "filter_p95_ms": p95(model_times),
        "filter_median_ms": statistics.median(model_times),
        "raw_sql_p95_ms": p95(raw_times),
        "keystrokes": len(model_times),
        "open_case_p95_ms": p95(open_times),
        "open_case_median_ms": statistics.median(open_times),
        "rss_mb": rss,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--out", type=Path, default=ROOT / "tests/bench/results/skeleton.json")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        started = time.perf_counter()
        build_profile(root, args.cases)
        setup_s = time.perf_counter() - started
        bare = [_spawn(BARE_WINDOW)[0] for _ in range(3)]
        starts = []
        for _ in range(3):
            total, (kdf,) = _spawn(APP_START, str(root), PASSPHRASE)
            starts.append(total - float(kdf))
        results = in_process(root)
    results.update(
        {
            "cases": args.cases,
            "setup_s": setup_s,
            "bare_window_s": statistics.median(bare),
            "cold_start_s": statistics.median(starts),
        }
    )
    results["cold_start_ratio"] = results["cold_start_s"] / results["bare_window_s"]
    results["filter_vs_raw_ratio"] = results["filter_p95_ms"] / results["raw_sql_p95_ms"]
    goals = {
        "cold_start_ratio": 2.0,
        "filter_p95_ms": 50,
        "open_case_p95_ms": 100,
        "rss_mb": 250,
    }
    print(f"{'measure':<24}{'value':>12}{'goal':>10}")
    for key in ("bare_window_s", "cold_start_s", "cold_start_ratio", "filter_median_ms", "filter_p95_ms",
                "raw_sql_p95_ms", "filter_vs_raw_ratio", "open_case_median_ms", "open_case_p95_ms", "rss_mb", "setup_s"):
        goal = goals.get(key)
        flag = "" if goal is None else ("  ok" if results[key] <= goal else "  OVER")
        print(f"{key:<24}{results[key]:>12.3f}{'' if goal is None else goal:>10}{flag}")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps({"results": results, "goals": goals}, indent=2))
    print(f"written to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
