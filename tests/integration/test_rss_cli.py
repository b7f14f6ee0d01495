"""``passerelle rss score`` and ``rss check`` run as an M&E officer runs them:
a real process, no user profile, no passphrase, no database."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.paths import resources_dir

SHIPPED = resources_dir() / "scoring" / "rss-provisional-1.yaml"
FORM = resources_dir() / "forms" / "rss.yaml"

ANSWERS = {
    "survey_date": "2026-01-15", "survey_round": "baseline", "agreed": "yes",
    "econ_satisfaction": "very_satisfied", "food_cut_days": 0, "can_borrow": "easily", "has_debt": "no",
    "work_income": "regular", "job_access": "easily", "productive_assets": "no",
    "housing": "no_housing", "school_age_children": 2, "school_attendance": "none", "id_documents": "none",
    "safe_water": "never", "health_access": "dont_know", "justice_access": "not_at_all",
    "community_participation": "often", "support_network": "several", "belonging": "strongly_agree",
    "physical_safety": "neutral", "tensions": "never", "discrimination": "never", "distress_days": "7",
    "wants_support": "refused", "able_to_stay": "able_to_stay",
}
# economic: 7 of 8 scored (no debt follow-up): (1 + 1 + 1 + 1 + 1 + 1 + 0) / 7
# social: 5 of 6 scored (health "dont_know"): all 0
# psychosocial: 8 of 9 scored (support "refused"): (1 + 1 + 1 + 0.5 + 1 + 1 + 0 + 1) / 8
EXPECTED = {"economic": 6 / 7, "social": 0.0, "psychosocial": 6.5 / 8, "composite": (6 / 7 + 0 + 6.5 / 8) / 3,
            "profile": "rss-provisional-1"}

OTHER_PROFILE = SHIPPED.read_text(encoding="utf-8").replace("id: rss-provisional-1", "id: heavier-assets").replace(
    "      productive_assets:\n        weight: 1", "      productive_assets:\n        weight: 6")


def run(tmp_path: Path, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PASSERELLE_DATA_DIR": str(tmp_path / "data"), "PASSERELLE_LOG_DIR": str(tmp_path / "logs"),
           "PYTHONIOENCODING": "utf-8"}
    env.pop("PASSERELLE_PASSPHRASE", None)
    done = subprocess.run([sys.executable, "-m", "desktop", "rss", *args], env=env, input=stdin,
                          capture_output=True, text=True, encoding="utf-8", timeout=120)
    assert "Traceback" not in done.stdout + done.stderr, done.stderr
    return done


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_score_with_the_shipped_profile(tmp_path: Path) -> None:
    answers = write(tmp_path, "answers.json", json.dumps(ANSWERS))
    done = run(tmp_path, "score", str(answers))
    assert done.returncode == 0, done.stderr
    scores = json.loads(done.stdout)
    assert list(scores) == ["economic", "social", "psychosocial", "composite", "profile"]
    assert scores == {key: pytest.approx(value) if isinstance(value, float) else value
                      for key, value in EXPECTED.items()}
    assert "provisional" in done.stderr
    assert not (tmp_path / "data").exists()  # no user profile was needed nor created


def test_another_profile_gives_other_scores_on_the_same_answers(tmp_path: Path) -> None:
    answers = write(tmp_path, "answers.json", json.dumps(ANSWERS))
    profile = write(tmp_path, "heavier.yaml", OTHER_PROFILE)
    shipped = json.loads(run(tmp_path, "score", "--profile", str(SHIPPED), str(answers)).stdout)
    done = run(tmp_path, "score", "--profile", str(profile), str(answers))
    assert done.returncode == 0, done.stderr
    other = json.loads(done.stdout)
    assert other["profile"] == "heavier-assets" and shipped["profile"] == "rss-provisional-1"
    assert other["economic"] == pytest.approx(6 / 12)  # productive_assets "no" now weighs 6 of 12
    assert other["economic"] != pytest.approx(shipped["economic"])
    assert (other["social"], other["psychosocial"]) == (shipped["social"], shipped["psychosocial"])


def test_too_few_answers_give_null(tmp_path: Path) -> None:
    done = run(tmp_path, "score", "-", stdin=json.dumps({"econ_satisfaction": "satisfied", "housing": "refused"}))
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == {"economic": None, "social": None, "psychosocial": None, "composite": None,
                                       "profile": "rss-provisional-1"}
    assert '"economic": null' in done.stdout


def test_a_broken_profile_exits_1_with_its_problems(tmp_path: Path) -> None:
    answers = write(tmp_path, "answers.json", json.dumps(ANSWERS))
    broken = write(tmp_path, "broken.yaml", SHIPPED.read_text(encoding="utf-8").replace(
        "values: {\"no\": 1.0, \"yes\": 0.0}", "values: {\"no\": 1.0, \"yes\": 0.0}\n        scale: {min: 0, max: 1}", 1
    ).replace("min_answered_share: 0.5", "min_answered_share: 2"))
    done = run(tmp_path, "score", "--profile", str(broken), str(answers))
    assert done.returncode == 1
    assert done.stdout == ""
    lines = done.stderr.splitlines()
    assert lines[0] == f"passerelle: {broken}:14: min_answered_share: should be less than or equal to 1"
    assert lines[1] == (f"passerelle: {broken}:29: dimensions.economic.items.has_debt: "
                        "give exactly one of 'values' or 'scale'")
    assert len(lines) == 2


@pytest.mark.parametrize(("text", "expected"), [
    ("{not json", ":1: not valid JSON"),
    ("[1, 2]", "the answers must be a JSON object of question name -> answer, not a list"),
    ('"yes"', "not a string"),
    ("", "not valid JSON"),
])
def test_a_broken_answers_file_exits_1(tmp_path: Path, text: str, expected: str) -> None:
    answers = write(tmp_path, "answers.json", text)
    done = run(tmp_path, "score", str(answers))
    assert done.returncode == 1
    assert done.stdout == ""
    assert done.stderr.startswith(f"passerelle: {answers}") and expected in done.stderr
    assert len(done.stderr.splitlines()) == 1


def test_missing_files_exit_1(tmp_path: Path) -> None:
    done = run(tmp_path, "score", str(tmp_path / "nowhere.json"))
    assert done.returncode == 1 and "cannot read the file" in done.stderr
    answers = write(tmp_path, "answers.json", "{}")
    done = run(tmp_path, "score", "--profile", str(tmp_path / "nowhere.yaml"), str(answers))
    assert done.returncode == 1 and "nowhere.yaml: cannot read the file" in done.stderr
    done = run(tmp_path, "score")
    assert done.returncode == 1 and "ANSWERS.json" in done.stderr


def test_check_the_shipped_profile(tmp_path: Path) -> None:
    done = run(tmp_path, "check")
    assert (done.returncode, done.stderr) == (0, "")
    assert done.stdout.strip() == "the profile 'rss-provisional-1' fits the form 'rss' (23 items)"
    assert run(tmp_path, "check", "--profile", str(SHIPPED), "--form", str(FORM)).returncode == 0


def test_check_lists_what_does_not_fit(tmp_path: Path) -> None:
    text = (SHIPPED.read_text(encoding="utf-8")
            .replace("      can_borrow:", "      can_borow:")
            .replace("{regular: 1.0, irregular: 0.5, none: 0.0}", "{regular: 1.0, sometimes: 0.5, none: 0.0}")
            .replace("      housing:\n        weight: 1\n        values: {stable_good: 1.0, stable_poor: 0.67, "
                     "temporary: 0.33, no_housing: 0.0}",
                     "      housing:\n        weight: 1\n        scale: {min: 0, max: 3}"))
    profile = write(tmp_path, "mismatch.yaml", text)
    done = run(tmp_path, "check", "--profile", str(profile))
    assert done.returncode == 1
    assert done.stdout.splitlines() == [
        "economic.can_borow: 'can_borow' is not a question of the form 'rss' (did you mean 'can_borrow'?)",
        "economic.work_income: 'sometimes' is not a choice of the question "
        "(choices: regular, irregular, none, dont_know, refused)",
        "social.housing: 'scale' needs a number question (integer, decimal or calculate), not select_one",
    ]
    assert done.stderr == "passerelle: 3 problems: the profile 'rss-provisional-1' does not fit the form 'rss'\n"


def test_check_with_a_broken_form(tmp_path: Path) -> None:
    form = write(tmp_path, "form.yaml", "id: x\nversion: 1\n")
    done = run(tmp_path, "check", "--form", str(form))
    assert done.returncode == 1
    assert f"{form}:" in done.stdout and "passerelle forms validate" in done.stderr
