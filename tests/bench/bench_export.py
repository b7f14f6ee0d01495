"""The XLSX export at 100,000 cases, against a floor: openpyxl's write-only
mode writing the very same rows, already built, straight into a workbook.

    python tests/bench/bench_export.py [--cases 100000] [--surveys 20000] [--plans 10000] [--repeat 2]
                                       [--out tests/bench/results/export.json]

The profile holds ``--cases`` demo cases (``add_demo_cases``), ``--surveys``
RSS submissions with stored scores and ``--plans`` reintegration plans with
two items each (bulk-inserted: a bench, not a test of the forms). The export
covers every installed form, choice codes, not pseudonymised.

Measures (best of ``--repeat``):
- ``export_s``: ``ExportService.export`` to XLSX, end to end (reads, conversion,
  writing, saving, audit entry);
- ``floor_s``: the rows that export wrote, collected beforehand, appended to a
  write-only workbook with the same sheets and saved;
- ``ratio`` = export_s ÷ floor_s, goal ≤ 1.3;
- ``export_peak_mb``: the peak resident memory one export adds to a fresh
  process (streaming: it must not grow with the caseload);
- ``csv_s``: the same export as a ZIP of CSV files, for information.
"""

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import date, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from openpyxl import Workbook  # noqa: E402

import desktop.services.export as export_module  # noqa: E402
from desktop.domain.case import utc_now  # noqa: E402
from desktop.domain.settings import Profile, Settings  # noqa: E402
from desktop.services import profiles  # noqa: E402
from desktop.services.demo import add_demo_cases  # noqa: E402
from desktop.services.export import ExportFormat, ExportOptions, ExportService  # noqa: E402
from desktop.services.forms import FormCatalogue  # noqa: E402
from desktop.store.keys import KdfParams  # noqa: E402
from desktop.store.profiles import ProfileStore  # noqa: E402

PASSPHRASE = "quiet harbour 2026"
TODAY = date(2026, 11, 25)
GOAL = 1.3
RSS_CHOICES = {
    "econ_satisfaction": ["very_satisfied", "satisfied", "neutral", "dissatisfied", "very_dissatisfied"],
    "can_borrow": ["easily", "with_difficulty", "not_at_all"], "has_debt": ["yes", "no", "dont_know"],
    "work_income": ["regular", "irregular", "none"], "job_access": ["easily", "with_difficulty", "not_at_all"],
    "productive_assets": ["yes", "no"], "housing": ["stable_good", "stable_poor", "unstable"],
    "id_documents": ["valid", "none"], "safe_water": ["always", "mostly", "rarely"],
    "health_access": ["easily", "with_difficulty", "not_at_all"], "justice_access": ["easily", "dont_know"],
    "community_participation": ["often", "sometimes", "rarely", "never"], "support_network": ["none", "one", "several"],
    "belonging": ["agree", "neutral", "disagree"], "physical_safety": ["agree", "neutral", "disagree"],
    "tensions": ["often", "rarely", "never"], "discrimination": ["often", "rarely", "never"],
    "wants_support": ["yes", "no"], "able_to_stay": ["yes", "unsure", "no"],
}
ITEM_TYPES = ["business_start_up", "vocational_training", "housing", "counselling", "financial_literacy"]


def build(root: Path, cases: int, surveys: int, plans: int) -> None:
    store = ProfileStore(root, kdf=KdfParams(time_cost=1, memory_kib=8192, parallelism=1))
    _, session = profiles.create_profile(
        store, Profile(username="bench", display_name="Bench", office="Dakar"), PASSPHRASE, Settings(office_code="DKR")
    )
    add_demo_cases(session, cases, today=TODAY)
    rng = random.Random(11)
    ids = [row[0] for row in session.db.execute("SELECT id FROM cases ORDER BY rowid")]
    now = utc_now()
    submissions: list[dict[str, Any]] = []
    scores: list[dict[str, Any]] = []
    for n in range(surveys):
        answers: dict[str, Any] = {"survey_date": (TODAY - timedelta(days=rng.randint(0, 400))).isoformat(),
                                   "survey_round": rng.choice(["baseline", "follow_up"]), "agreed": "yes",
                                   "food_cut_days": rng.randint(0, 7), "school_age_children": rng.randint(0, 4),
                                   "distress_days": rng.randint(0, 14)}
        answers.update({name: rng.choice(options) for name, options in RSS_CHOICES.items()})
        submission_id = str(uuid.uuid4())
        case_id = ids[n % len(ids)]
        submissions.append(_submission(submission_id, case_id, "rss", answers, now))
        values = [round(rng.random(), 4) for _ in range(3)]
        scores.append({"submission_id": submission_id, "case_id": case_id, "profile_id": "rss-provisional-1",
                       "economic": values[0], "social": values[1], "psychosocial": values[2],
                       "composite": round(sum(values) / 3, 4), "computed_at": now})
    for n in range(plans):
        agreed = TODAY - timedelta(days=rng.randint(0, 300))
        items = [{"item_dimension": "economic", "item_type": rng.choice(ITEM_TYPES), "fg_interest_skills": "yes",
                  "fg_local_demand": "yes", "delivery": "direct", "budget": float(rng.randint(50, 2000)),
                  "target_date": (agreed + timedelta(days=rng.randint(30, 200))).isoformat(),
                  "item_status": "planned"} for _ in range(2)]
        answers = {"agreed_on": agreed.isoformat(), "plan_goal": "Atelier de couture", "currency": "XOF",
                   "items": items, "item_count": 2, "total_budget": sum(i["budget"] for i in items),
                   "read_back": "yes", "returnee_agreement": "yes", "participants": ["family"]}
        submissions.append(_submission(str(uuid.uuid4()), ids[(n * 7) % len(ids)], "reintegration_plan", answers, now))
    with session.db.atomic():
        session.db["submissions"].insert_all(submissions, batch_size=2000)
        session.db["scores"].insert_all(scores, batch_size=2000)
    session.close()


def _submission(submission_id: str, case_id: str, form_id: str, answers: dict[str, Any], now: str) -> dict[str, Any]:
    return {"id": submission_id, "case_id": case_id, "form_id": form_id, "form_version": 1,
            "answers": json.dumps(answers, ensure_ascii=False, separators=(",", ":")), "acknowledgements": "{}",
            "revision_of": None, "chain_id": submission_id, "revision": 1, "created_at": now, "updated_at": now,
            "created_by": "bench", "updated_by": "bench"}


class Recorder:
    """A sheet writer that keeps the rows (the floor's input) instead of writing them."""

    def __init__(self) -> None:
        self.sheets: list[tuple[str, list[list[Any]]]] = []

    def add_sheet(self, name: str, header: list[str]) -> int:
        self.sheets.append((name, [list(header)]))
        return len(self.sheets) - 1

    def append(self, sheet: int, row: list[Any]) -> None:
        self.sheets[sheet][1].append(row)

    def save(self, path: Path) -> None:
        path.write_bytes(b"")

    def close(self) -> None:
        pass


def floor(sheets: list[tuple[str, list[list[Any]]]], path: Path) -> float:
    started = time.perf_counter()
    workbook = Workbook(write_only=True)
    for name, rows in sheets:
        sheet = workbook.create_sheet(name)
        for row in rows:
            sheet.append(row)
    workbook.save(path)
    return time.perf_counter() - started


def memory_kib(field: str) -> int:
    """``VmHWM`` (peak) or ``VmRSS`` (now) of this process, in KiB (Linux)."""
    status = Path("/proc/self/status").read_text()
    return int(next(line for line in status.splitlines() if line.startswith(field)).split()[1])


CHILD = """
import sys, time
from pathlib import Path
sys.path.insert(0, sys.argv[2])
from tests.bench.bench_export import PASSPHRASE, TODAY, memory_kib
from desktop.services import profiles
from desktop.services.export import ExportOptions, ExportService
from desktop.services.forms import FormCatalogue
from desktop.store.profiles import ProfileStore
root = Path(sys.argv[1])
session = profiles.unlock(ProfileStore(root / "data"), "bench", PASSPHRASE)
service = ExportService(session.db, "bench", FormCatalogue(), TODAY)
before = memory_kib("VmRSS")
service.export(root / "child.xlsx", ExportOptions())
print((memory_kib("VmHWM") - before) / 1024)
"""


def export_peak_mb(root: Path) -> float | None:
    """Peak resident memory an XLSX export adds to a fresh process (Linux only)."""
    if not Path("/proc/self/status").exists():
        return None
    done = subprocess.run([sys.executable, "-c", CHILD, str(root), str(ROOT)], capture_output=True, text=True,
                          check=True, cwd=ROOT)
    return float(done.stdout.split()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--surveys", type=int, default=20_000)
    parser.add_argument("--plans", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--out", type=Path, default=ROOT / "tests/bench/results/export.json")
    args = parser.parse_args()
    catalogue = FormCatalogue()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        started = time.perf_counter()
        build(root / "data", args.cases, args.surveys, args.plans)
        setup_s = time.perf_counter() - started
        session = profiles.unlock(ProfileStore(root / "data"), "bench", PASSPHRASE)
        service = ExportService(session.db, "bench", catalogue, TODAY)
        xlsx = ExportOptions(format=ExportFormat.XLSX)

        # the rows the export writes, collected once through the same code path
        recorder = Recorder()
        real_xlsx = export_module.XlsxWriter
        export_module.XlsxWriter = lambda _staging: recorder  # type: ignore[assignment,misc]
        try:
            service.export(root / "recorded.xlsx", xlsx)
        finally:
            export_module.XlsxWriter = real_xlsx  # type: ignore[misc]
        rows = sum(len(rows) - 1 for _, rows in recorder.sheets)
        cells = sum(len(row) for _, rows in recorder.sheets for row in rows)

        floors, exports = [], []
        for n in range(args.repeat):  # interleaved: a busy spell on the machine hits both
            floors.append(floor(recorder.sheets, root / f"floor{n}.xlsx"))
            started = time.perf_counter()
            result = service.export(root / f"export{n}.xlsx", xlsx)
            exports.append(time.perf_counter() - started)
        recorder.sheets.clear()
        started = time.perf_counter()
        service.export(root / "export.zip", ExportOptions(format=ExportFormat.CSV))
        csv_s = time.perf_counter() - started
        xlsx_mb = (root / "export0.xlsx").stat().st_size / 1_048_576
        csv_mb = (root / "export.zip").stat().st_size / 1_048_576
        session.close()
        peak_mb = export_peak_mb(root)

    results = {
        "cases": args.cases, "surveys": args.surveys, "plans": args.plans,
        "rows": rows, "cells": cells, "sheets": len(result.sheets) + 1,
        "setup_s": round(setup_s, 1),
        "export_s": round(min(exports), 2), "export_runs_s": [round(e, 2) for e in exports],
        "floor_s": round(min(floors), 2), "floor_runs_s": [round(f, 2) for f in floors],
        "ratio": round(min(exports) / min(floors), 3),
        "export_peak_mb": None if peak_mb is None else round(peak_mb, 1),
        "csv_s": round(csv_s, 2), "xlsx_mb": round(xlsx_mb, 1), "csv_zip_mb": round(csv_mb, 1),
        "python": sys.version.split()[0], "cpus": os.cpu_count(),
    }
    print(f"{'measure':<18}{'value':>14}{'goal':>8}")
    for key in ("rows", "cells", "export_s", "floor_s", "ratio", "export_peak_mb", "csv_s", "xlsx_mb", "csv_zip_mb",
                "setup_s"):
        value = results[key]
        goal = GOAL if key == "ratio" else None
        flag = "" if goal is None else ("  ok" if value <= goal else "  OVER")
        shown = "-" if value is None else (f"{value:,}" if isinstance(value, int) else f"{value:.3f}")
        print(f"{key:<18}{shown:>14}{'' if goal is None else goal:>8}{flag}")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps({"results": results, "goals": {"ratio": GOAL}}, indent=2) + "\n")
    print(f"written to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
