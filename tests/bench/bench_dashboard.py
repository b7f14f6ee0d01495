"""The caseload dashboard and the M&E view at 100,000 cases, against a floor
measured in the same run.

    python tests/bench/bench_dashboard.py [--cases 100000] [--out tests/bench/results/dashboard.json]
        [--cache DIR] [--profile]

Builds an encrypted profile with bulk inserts (cases, with the answers of
intake, RSS, plan and referral submissions shaped as the shipped forms store
them, their scores and the tasks they schedule; a share of referrals revised
with their outcome; nine cases in ten of the profile's office, the rest of
another office's; the report indexes and tables of migrations m007 and m008 are
made with the profile, and kept by triggers as the rows go in) and times:

- a dashboard refresh (``ReportService.dashboard()``), goal ≤ 300 ms;
- the M&E view (``ReportService.me_view()``);
- the floor: ``SELECT status, count(*) FROM cases GROUP BY status``.

``--cache DIR`` keeps the built profile in DIR (about a minute to build) and
reuses it on the next run with the same ``--cases``: each run works on a copy,
so a migration added since the profile was built runs on the copy (its time
is shown as ``migrate_s``) and the cached profile stays as built.
``--profile`` prints where a dashboard refresh and the M&E view spend their
time (cProfile, slowest functions first).

Each is run several times (the first run included, caches cold from the
build); the table shows the median and the slowest wall time, the median CPU
time of this process (steadier on a shared machine), the ratio of the
dashboard to the floor, and the load average the runs saw.
"""

import argparse
import cProfile
import json
import os
import pstats
import random
import shutil
import statistics
import sys
import tempfile
import time
import uuid
from datetime import date, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from desktop.domain.case import utc_now  # noqa: E402
from desktop.domain.enums import Status  # noqa: E402
from desktop.domain.settings import Profile, Settings  # noqa: E402
from desktop.services import profiles  # noqa: E402
from desktop.services.demo import make_cases  # noqa: E402
from desktop.services.reports import ReportService  # noqa: E402
from desktop.services.session import Session  # noqa: E402
from desktop.store import tracking  # noqa: E402
from desktop.store.case_repo import case_to_row  # noqa: E402
from desktop.store.profiles import ProfileStore  # noqa: E402

PASSPHRASE = "quiet harbour 2026"
TODAY = date(2026, 11, 25)
OFFICE = "DKR"
OTHER_OFFICE = "THS"  # a tenth of the cases come from another office (through sync): the dashboard leaves them out
RUNS = 7
GOALS = {"dashboard_median_ms": 300.0}

ITEM_TYPES = {
    "economic": ["business_start_up", "microcredit_banking", "job_placement", "apprenticeship",
                 "vocational_training", "financial_literacy", "cash_assistance"],
    "social": ["housing", "education", "health", "documentation", "legal"],
    "psychosocial": ["counselling", "clinical_referral", "peer_support"],
}
SERVICE_TYPES = {"economic": "vocational_training", "social": "health_care", "psychosocial": "psychosocial_support"}
OUTCOMES = ["sent", "accepted", "service_received", "declined", "no_response"]
AFTER_ASSESSMENT = {Status.ASSESSED, Status.PLAN_AGREED, Status.ASSISTANCE, Status.MONITORING, Status.CLOSED}
WITH_PLAN = {Status.PLAN_AGREED, Status.ASSISTANCE, Status.MONITORING, Status.CLOSED}
RSS_ITEMS = {
    "econ_satisfaction": ["very_satisfied", "satisfied", "neutral", "dissatisfied", "very_dissatisfied"],
    "can_borrow": ["easily", "with_difficulty", "not_at_all"], "has_debt": ["yes", "no"],
    "work_income": ["regular", "irregular", "none"], "job_access": ["easily", "with_difficulty", "not_at_all"],
    "productive_assets": ["yes", "no"], "housing": ["stable_good", "stable_poor", "temporary"],
    "id_documents": ["valid", "in_progress", "none"], "safe_water": ["always", "mostly", "sometimes"],
    "health_access": ["easily", "with_difficulty"], "justice_access": ["easily", "dont_know"],
    "community_participation": ["often", "sometimes", "rarely"], "support_network": ["several", "one", "nobody"],
    "belonging": ["agree", "neutral", "disagree"], "physical_safety": ["agree", "neutral"],
    "tensions": ["never", "rarely", "often"], "discrimination": ["never", "sometimes"],
    "wants_support": ["yes", "no"], "able_to_stay": ["yes", "unsure", "no"],
}


class Builder:
    """Rows for the bulk inserts, shaped as the services store them."""

    def __init__(self, rng: random.Random, actor: str):
        self.rng = rng
        self.actor = actor
        self.now = utc_now()
        self.submissions: list[dict[str, Any]] = []
        self.scores: list[dict[str, Any]] = []
        self.tasks: list[dict[str, Any]] = []

    def submission(self, case_id: str, form_id: str, answers: dict[str, Any], revision_of: dict | None = None) -> dict:
        row_id = str(uuid.uuid4())
        row = {
            "id": row_id, "case_id": case_id, "form_id": form_id, "form_version": 1,
            "answers": json.dumps(answers, ensure_ascii=False, separators=(",", ":")),
            "acknowledgements": "{}", "revision_of": revision_of["id"] if revision_of else None,
            "chain_id": revision_of["chain_id"] if revision_of else row_id,
            "revision": revision_of["revision"] + 1 if revision_of else 1,
            "created_at": self.now, "updated_at": self.now, "created_by": self.actor, "updated_by": self.actor,
        }
        self.submissions.append(row)
        return row

    def task(self, case_id: str, kind: str, form_id: str, source_id: str, due: date, done: bool) -> None:
        self.tasks.append({
            "id": str(uuid.uuid4()), "case_id": case_id, "kind": kind, "form_id": form_id, "source_id": source_id,
            "title": json.dumps({"en": kind}), "due_on": due.isoformat(), "status": "done" if done else "open",
            "done_on": due.isoformat() if done else None, "done_by": "monitoring_visit",
            "created_at": self.now, "updated_at": self.now, "created_by": self.actor, "updated_by": self.actor,
        })

    def rss(self, case_id: str, day: date, round_: str) -> None:
        rng = self.rng
        answers: dict[str, Any] = {"survey_date": day.isoformat(), "survey_round": round_, "agreed": "yes",
                                   "food_cut_days": rng.randint(0, 7), "school_age_children": 0}
        answers.update({name: rng.choice(values) for name, values in RSS_ITEMS.items()})
        row = self.submission(case_id, "rss", answers)
        economic, social, psychosocial = (round(rng.random(), 4) for _ in range(3))
        self.scores.append({
            "submission_id": row["id"], "case_id": case_id, "profile_id": "rss-provisional-1",
            "economic": economic, "social": social, "psychosocial": psychosocial,
            "composite": (economic + social + psychosocial) / 3, "computed_at": self.now,
        })

    def plan(self, case_id: str, agreed: date) -> None:
        rng = self.rng
        items = []
        for _ in range(rng.choice((1, 2, 2, 3, 3, 4))):
            dimension = rng.choice(list(ITEM_TYPES))
            delivery = rng.choice(("direct", "direct", "referral"))
            item = {"item_dimension": dimension, "item_type": rng.choice(ITEM_TYPES[dimension]),
                    "item_details": "Détails de l'appui prévu avec la personne", "fg_interest_skills": "yes",
                    "fg_peers_aid": "no", "fg_tension": "no", "fg_reliable_providers": "yes", "fg_access": "yes",
                    "delivery": delivery, "budget": float(rng.randint(0, 400) * 10),
                    "target_date": (agreed + timedelta(days=rng.randint(30, 180))).isoformat(),
                    "item_status": rng.choice(("planned", "in_progress", "delivered", "delivered", "cancelled"))}
            if dimension == "economic":
                item["fg_local_demand"] = "yes"
            if delivery == "referral":
                item.update({"provider_listed": "no", "provider_other": "Centre Exemple, 33 800 00 00"})
            items.append(item)
        answers = {"agreed_on": agreed.isoformat(), "plan_goal": "Ouvrir un atelier de couture avec sa sœur",
                   "currency": "XOF", "items": items, "item_count": len(items),
                   "total_budget": sum(item["budget"] for item in items), "read_back": "yes",
                   "participants": ["family"], "plan_notes": "Revoir le plan après la formation."}
        row = self.submission(case_id, "reintegration_plan", answers)
        due = agreed + timedelta(days=90)
        done = due < TODAY and rng.random() < 0.7
        self.task(case_id, "monitoring_visit", "reintegration_plan", row["id"], due, done=done)

    def referral(self, case_id: str, sent: date) -> None:
        rng = self.rng
        dimension = rng.choice(list(SERVICE_TYPES))
        answers = {"dimension": dimension, "service_type": SERVICE_TYPES[dimension], "provider": str(uuid.uuid4()),
                   "reason": "Besoin exprimé pendant l'entretien",
                   "urgency": rng.choice(("urgent", "soon", "routine")),
                   "info_shared": ["contact", "need_summary"], "consent_checked": "yes", "sent_how": "phone_call",
                   "sent_on": sent.isoformat(), "outcome_status": "sent"}
        row = self.submission(case_id, "referral", answers)
        outcome = rng.choice(OUTCOMES)
        if outcome != "sent":  # the outcome is recorded by revising the referral
            outcome_date = min(TODAY, sent + timedelta(days=10)).isoformat()
            later = {**answers, "outcome_status": outcome, "outcome_date": outcome_date}
            self.submission(case_id, "referral", later, revision_of=row)
        else:
            self.task(case_id, "referral_follow_up", "referral", row["id"], sent + timedelta(days=14), done=False)

    def case(self, case: Any) -> None:
        rng = self.rng
        returned: date = case.return_date
        self.submission(case.id, "intake", {
            "consent_assistance": "yes", "consent_hq_sharing": "yes", "given_name": case.given_name,
            "family_name": case.family_name, "sex": str(case.sex), "birth_date": case.birth_date.isoformat(),
            "host_country": case.host_country, "return_date": returned.isoformat(), "region": case.region,
            "community": case.community, "vulnerabilities": [str(v) for v in case.vulnerabilities],
        })
        if case.status not in AFTER_ASSESSMENT:
            return
        if rng.random() < 0.85:
            self.rss(case.id, min(TODAY, returned + timedelta(days=rng.randint(0, 40))), "baseline")
        if case.status not in WITH_PLAN:
            return
        agreed = min(TODAY, returned + timedelta(days=rng.randint(5, 75)))
        self.plan(case.id, agreed)
        if rng.random() < 0.35:
            self.referral(case.id, min(TODAY, agreed + timedelta(days=rng.randint(1, 60))))
        if case.status is not Status.PLAN_AGREED and rng.random() < 0.6:
            later = returned + timedelta(days=rng.randint(150, 700))
            if later <= TODAY:
                self.rss(case.id, later, "follow_up")


def build(session: Session, count: int, seed: int = 11) -> dict[str, int]:
    """Bulk-insert ``count`` cases and their forms (not tracked for sync: a bench)."""
    rng = random.Random(seed)
    db = session.db
    made = {"cases": 0, "submissions": 0, "scores": 0, "tasks": 0}
    with tracking.applying(db):
        done = 0
        while done < count:
            batch = min(10_000, count - done)
            office = OTHER_OFFICE if (done // 10_000) % 10 == 9 else OFFICE
            cases = [case.model_copy(update={"case_number": f"{office}-2026-{done + n:06d}"})
                     for n, case in enumerate(make_cases(batch, office, "bench", TODAY, seed + done))]
            builder = Builder(rng, "bench")
            for case in cases:
                builder.case(case)
            with db.atomic():
                db["cases"].insert_all((case_to_row(case) for case in cases), batch_size=1000)
                db["submissions"].insert_all(builder.submissions, batch_size=1000)
                db["scores"].insert_all(builder.scores, batch_size=1000)
                db["tasks"].insert_all(builder.tasks, batch_size=1000)
            for key, rows in (("cases", cases), ("submissions", builder.submissions), ("scores", builder.scores),
                              ("tasks", builder.tasks)):
                made[key] += len(rows)
            done += batch
    db.execute("ANALYZE")
    return made


def timed(call: Any, runs: int = RUNS) -> tuple[list[float], list[float]]:
    """Wall and CPU (this process) milliseconds of each run: on a busy machine
    the CPU time says what the code costs, the wall time what a person waits."""
    wall, cpu = [], []
    for _ in range(runs):
        started, started_cpu = time.perf_counter(), time.process_time()
        call()
        wall.append((time.perf_counter() - started) * 1000)
        cpu.append((time.process_time() - started_cpu) * 1000)
    return wall, cpu


def open_profile(root: Path, cache: Path | None, count: int) -> tuple[Session, dict[str, Any]]:
    """A profile of ``count`` built cases under ``root``: copied from ``cache`` when it holds one
    of that size (built there first otherwise). Also returns the counts made and the times taken."""
    made: dict[str, Any]
    built = cache / f"{count}" if cache is not None else None
    if built is not None and (built / "made.json").exists():
        shutil.copytree(built / "profiles", root, dirs_exist_ok=True)
        made = json.loads((built / "made.json").read_text())
        started = time.perf_counter()
        session = profiles.unlock(ProfileStore(root), "bench", PASSPHRASE)  # pending migrations run here
        made["migrate_s"] = time.perf_counter() - started
        made["cached"] = 1
        return session, made
    store = ProfileStore(root)
    _, session = profiles.create_profile(
        store, Profile(username="bench", display_name="Bench", office="Dakar"), PASSPHRASE,
        Settings(office_code=OFFICE))
    started = time.perf_counter()
    made = build(session, count)
    made["setup_s"] = time.perf_counter() - started
    if built is None:
        return session, made
    session.close()
    shutil.rmtree(built, ignore_errors=True)
    shutil.copytree(root, built / "profiles")
    (built / "made.json").write_text(json.dumps(made))
    return profiles.unlock(store, "bench", PASSPHRASE), made


def show_profile(name: str, call: Any) -> None:
    profiler = cProfile.Profile()
    profiler.runcall(call)
    print(f"--- {name}: where the time goes")
    pstats.Stats(profiler).sort_stats("tottime").print_stats(14)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--out", type=Path, default=ROOT / "tests/bench/results/dashboard.json")
    parser.add_argument("--cache", type=Path, help="keep the built profile here and reuse it")
    parser.add_argument("--profile", action="store_true", help="print where the time goes")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        session, made = open_profile(Path(tmp), args.cache, args.cases)
        try:
            started = time.perf_counter()
            session.db.execute("ANALYZE")  # the report indexes are made with the profile (migration m007)
            index_s = time.perf_counter() - started
            reports = ReportService(session, today=TODAY)
            floor = timed(lambda: session.db.execute("SELECT status, count(*) FROM cases GROUP BY status").fetchall())
            dashboard = timed(reports.dashboard)
            me_view = timed(reports.me_view, runs=3)
            board = reports.dashboard()
            view = reports.me_view()
            if args.profile:
                show_profile("dashboard", reports.dashboard)
                show_profile("M&E view", reports.me_view)
        finally:
            session.close()
    results: dict[str, Any] = {**made, "index_s": index_s}
    for name, (wall, cpu) in (("floor", floor), ("dashboard", dashboard), ("me_view", me_view)):
        results.update({f"{name}_median_ms": statistics.median(wall), f"{name}_max_ms": max(wall),
                        f"{name}_cpu_median_ms": statistics.median(cpu)})
    results.update({"office_cases": board.total.count, "plans_timed": board.plan_timing.count,
                    "me_surveys": view.latest.total.scores["composite"].n or 0,
                    "load_average_1min": os.getloadavg()[0], "cpus": os.cpu_count()})
    results["dashboard_vs_floor_ratio"] = results["dashboard_median_ms"] / results["floor_median_ms"]
    results["dashboard_cpu_vs_floor_ratio"] = results["dashboard_cpu_median_ms"] / results["floor_cpu_median_ms"]
    print(f"{'measure':<26}{'value':>12}{'goal':>10}")
    for key, value in results.items():
        goal = GOALS.get(key)
        flag = "" if goal is None else ("  ok" if value <= goal else "  OVER")
        shown = f"{value:>12.1f}" if isinstance(value, float) else f"{value:>12}"
        print(f"{key:<26}{shown}{'' if goal is None else goal:>10}{flag}")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps({"results": results, "goals": GOALS}, indent=2))
    print(f"written to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
