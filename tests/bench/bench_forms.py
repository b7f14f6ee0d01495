"""Re-evaluating a 200-question synthetic form after one answer change, through
the form runtime (``FormRun.answer``, then relevance and checks of every
question it says to refresh, as the wizard does), against a floor of
evaluating one expression.

    python tests/bench/bench_forms.py [--out tests/bench/results/forms.json]

Goal (issue 3): p95 ≤ 5 ms per change.
"""

import argparse
import json
import random
import statistics
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from desktop.forms.definition import FormDefinition  # noqa: E402
from desktop.forms.expressions import parse  # noqa: E402
from desktop.forms.runtime import FormRun  # noqa: E402

QUESTIONS = 200


def synthetic_form(rng: random.Random) -> FormDefinition:
    """q0..q199 on 10 pages: every 4th a calculation over earlier answers, every
    3rd gated by a relevance, every 5th with a constraint: chains reach far
    down the form."""
    pages = []
    for page in range(QUESTIONS // 20):
        questions = []
        for index in range(page * 20, page * 20 + 20):
            question: dict = {"name": f"q{index}", "type": "integer", "label": f"Q{index}"}
            earlier = [f"q{i}" for i in range(max(1, index - 12), index)]
            if index > 1 and index % 4 == 0:
                a, b = rng.sample(earlier, 2) if len(earlier) > 1 else (earlier[0], earlier[0])
                question["calculation"] = f"coalesce(${{{a}}}, 0) + coalesce(${{{b}}}, 0) * 2"
            elif index > 1 and index % 3 == 0:
                question["relevant"] = f"${{{rng.choice(earlier)}}} > 10 or selected(${{q1}}, 'b')"
            if index % 5 == 0 and "calculation" not in question:
                question["constraint"] = ". >= 0 and . < 100000"
            if index == 1:
                question = {"name": "q1", "type": "select_multiple", "label": "Q1",
                            "choices": [{"name": "a", "label": "A"}, {"name": "b", "label": "B"}]}
            questions.append(question)
        pages.append({"name": f"p{page}", "title": f"P{page}", "questions": questions})
    return FormDefinition.model_validate({"id": "synthetic", "version": 1, "title": "Synthetic", "pages": pages})


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[-1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=ROOT / "tests/bench/results/forms.json")
    args = parser.parse_args()
    rng = random.Random(3)
    form = synthetic_form(rng)
    today = date(2026, 11, 25)
    started = time.perf_counter()
    run = FormRun(form, today)
    build_ms = (time.perf_counter() - started) * 1000
    plain = [q.name for q, _ in form.walk() if q.calculation is None and q.type == "integer"]
    for name in plain:
        run.answer((name,), rng.randint(0, 30))
    run.answer(("q1",), ["a", "b"])
    change_times, floor_times, touched = [], [], []
    single = parse("coalesce(${q3}, 0) + coalesce(${q5}, 0) * 2")
    for _ in range(2000):
        name = rng.choice(plain)
        started = time.perf_counter()
        refreshed = run.answer((name,), rng.randint(0, 30))
        for question in refreshed:  # what the wizard does for each row it refreshes
            run.relevant(question)
            run.issue((question,))
        change_times.append((time.perf_counter() - started) * 1000)
        touched.append(len(refreshed))
        started = time.perf_counter()
        single.evaluate(run.values, None, today)
        floor_times.append((time.perf_counter() - started) * 1000)
    widest = max(plain, key=lambda name: len(run.graph.affected(name)))
    worst = []
    for _ in range(300):
        started = time.perf_counter()
        for question in run.answer((widest,), rng.randint(0, 30)):
            run.issue((question,))
        worst.append((time.perf_counter() - started) * 1000)
    results = {
        "questions": QUESTIONS,
        "widest_change_affects": len(run.graph.affected(widest)),
        "widest_change_p95_ms": p95(worst),
        "form_run_build_ms": build_ms,
        "change_p95_ms": p95(change_times),
        "change_median_ms": statistics.median(change_times),
        "refreshed_mean": statistics.mean(touched),
        "refreshed_max": max(touched),
        "one_expression_p95_ms": p95(floor_times),
    }
    results["change_vs_one_expression"] = results["change_p95_ms"] / results["one_expression_p95_ms"]
    print(f"{'measure':<28}{'value':>12}")
    for key, value in results.items():
        print(f"{key:<28}{value:>12.3f}" if isinstance(value, float) else f"{key:<28}{value:>12}")
    print(f"goal change_p95_ms ≤ 5: {'ok' if results['change_p95_ms'] <= 5 else 'OVER'}")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
