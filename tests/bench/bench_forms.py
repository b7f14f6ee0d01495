"""Re-evaluating a 200-question synthetic form after one answer change: the
engine's inner loop (which questions are affected, then their relevance,
calculations and constraints), against a floor of evaluating one expression.

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

from desktop.forms.expressions import DependencyGraph, evaluate, parse  # noqa: E402

QUESTIONS = 200


def synthetic_form(rng: random.Random) -> dict[str, dict]:
    """q0..q199: every 4th a calculation over earlier answers, every 3rd gated by
    a relevance, every 5th with a constraint: chains reach far down the form."""
    form: dict[str, dict] = {}
    for index in range(QUESTIONS):
        roles = {}
        earlier = [f"q{i}" for i in range(max(0, index - 12), index)]
        if index and index % 4 == 0:
            a, b = rng.sample(earlier, 2) if len(earlier) > 1 else (earlier[0], earlier[0])
            roles["calculation"] = parse(f"coalesce(${{{a}}}, 0) + coalesce(${{{b}}}, 0) * 2")
        elif index and index % 3 == 0:
            roles["relevant"] = parse(f"${{{rng.choice(earlier)}}} > 10 or selected(${{q1}}, 'b')")
        if index % 5 == 0:
            roles["constraint"] = parse(". = '' or (. >= 0 and . < 100000)")
        form[f"q{index}"] = roles
    return form


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[-1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=ROOT / "tests/bench/results/forms.json")
    args = parser.parse_args()
    rng = random.Random(3)
    form = synthetic_form(rng)
    started = time.perf_counter()
    graph = DependencyGraph(form)
    build_ms = (time.perf_counter() - started) * 1000
    answers: dict[str, object] = {f"q{i}": rng.randint(0, 30) for i in range(QUESTIONS)}
    answers["q1"] = ["a", "b"]
    today = date(2026, 11, 25)
    change_times, floor_times, touched = [], [], []
    single = form["q8"]["calculation"]
    for _ in range(2000):
        name = f"q{rng.randrange(2, QUESTIONS)}"
        answers[name] = rng.randint(0, 30)
        started = time.perf_counter()
        affected = graph.affected(name)
        for question in affected:  # value roles first, in order
            roles = form[question]
            if "calculation" in roles:
                answers[question] = evaluate(roles["calculation"], answers, today=today)
            if "relevant" in roles:
                evaluate(roles["relevant"], answers, today=today)
        for question in affected:  # then the checks
            if "constraint" in form[question]:
                evaluate(form[question]["constraint"], answers, current=answers[question], today=today)
        change_times.append((time.perf_counter() - started) * 1000)
        touched.append(len(affected))
        started = time.perf_counter()
        evaluate(single, answers, today=today)
        floor_times.append((time.perf_counter() - started) * 1000)
    widest = max(form, key=lambda name: len(graph.affected(name)))
    worst = []
    for _ in range(300):
        started = time.perf_counter()
        for question in graph.affected(widest):
            for role, expression in form[question].items():
                evaluate(expression, answers, current=answers[question], today=today)
        worst.append((time.perf_counter() - started) * 1000)
    results = {
        "questions": QUESTIONS,
        "widest_change_affects": len(graph.affected(widest)),
        "widest_change_p95_ms": p95(worst),
        "graph_build_ms": build_ms,
        "change_p95_ms": p95(change_times),
        "change_median_ms": statistics.median(change_times),
        "affected_mean": statistics.mean(touched),
        "affected_max": max(touched),
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
