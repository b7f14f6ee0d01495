"""RSS scoring: the arithmetic on hand-computed cases, profile validation,
reading profile files, and the shipped profile against the shipped form."""

from pathlib import Path
from typing import Any

import pytest
from pydantic import ValidationError

from desktop.domain.errors import PasserelleError
from desktop.domain.scoring import DIMENSIONS, ScoringProfile, Scores, band, score
from desktop.forms.definition import QuestionType
from desktop.forms.loader import load_form
from desktop.forms.scoring_file import (
    ScoringFileError,
    check_profile_against_form,
    default_profile_path,
    load_profile,
)
from desktop.paths import resources_dir

FORM = resources_dir() / "forms" / "rss.yaml"
NOT_SCORED = {"dont_know", "refused"}


def profile_data(**changes: Any) -> dict[str, Any]:
    """A small profile with unequal item and dimension weights.

    economic (1): a (1, good/mid/bad), b (1, scale 0..7 inverted)
    social (1): c (1, yes/no), d (3, yes/no)
    psychosocial (2): e (1, high/low), f (1, scale 10..20)
    """
    data: dict[str, Any] = {
        "id": "test-1",
        "provisional": True,
        "source": "tests",
        "min_answered_share": 0.5,
        "dimensions": {
            "economic": {"weight": 1, "items": {
                "a": {"weight": 1, "values": {"good": 1.0, "mid": 0.5, "bad": 0.0}},
                "b": {"weight": 1, "scale": {"min": 0, "max": 7, "invert": True}},
            }},
            "social": {"weight": 1, "items": {
                "c": {"weight": 1, "values": {"yes": 1.0, "no": 0.0}},
                "d": {"weight": 3, "values": {"yes": 1.0, "no": 0.0}},
            }},
            "psychosocial": {"weight": 2, "items": {
                "e": {"weight": 1, "values": {"high": 1.0, "low": 0.25}},
                "f": {"weight": 1, "scale": {"min": 10, "max": 20}},
            }},
        },
        "bands": {"low": 0.33, "high": 0.66},
    }
    data.update(changes)
    return data


@pytest.fixture
def profile() -> ScoringProfile:
    return ScoringProfile.model_validate(profile_data())


ALL = {"a": "mid", "b": 2, "c": "no", "d": "yes", "e": "low", "f": 15}


# --- arithmetic ---------------------------------------------------------------------


def test_all_answered(profile: ScoringProfile) -> None:
    scores = score(profile, ALL)
    economic = (0.5 + (1 - 2 / 7)) / 2  # 17/28
    social = (1 * 0.0 + 3 * 1.0) / 4  # 0.75
    psychosocial = (0.25 + 0.5) / 2  # 0.375
    assert scores.economic == pytest.approx(17 / 28) == pytest.approx(economic)
    assert scores.social == pytest.approx(social)
    assert scores.psychosocial == pytest.approx(psychosocial)
    assert scores.composite == pytest.approx((1 * economic + 1 * social + 2 * psychosocial) / 4)
    assert scores.composite == pytest.approx(59 / 112)
    assert scores.profile == "test-1"


def test_scores_keep_full_precision(profile: ScoringProfile) -> None:
    economic = score(profile, ALL).economic
    assert economic == pytest.approx(17 / 28, abs=1e-12)
    assert economic != round(economic, 4)  # not rounded


def test_answered_share_below_the_minimum_gives_none(profile: ScoringProfile) -> None:
    # social: only c (weight 1 of 4) is scored: 0.25 < 0.5
    scores = score(profile, {**ALL, "d": None})
    assert scores.social is None
    assert scores.composite is None
    assert scores.economic == pytest.approx(17 / 28)  # the others still score


def test_answered_share_above_the_minimum_scores_what_was_answered(profile: ScoringProfile) -> None:
    # social: only d (weight 3 of 4) is scored: 0.75 >= 0.5
    answers = {key: value for key, value in ALL.items() if key != "c"}
    assert score(profile, answers).social == pytest.approx(1.0)


def test_answered_share_exactly_at_the_minimum_scores(profile: ScoringProfile) -> None:
    # economic: a only, 1 of 2 = 0.5
    assert score(profile, {**ALL, "b": ""}).economic == pytest.approx(0.5)
    stricter = ScoringProfile.model_validate(profile_data(min_answered_share=0.51))
    assert score(stricter, {**ALL, "b": ""}).economic is None


def test_shares_meet_a_rounded_minimum() -> None:
    data = profile_data(min_answered_share=0.6667)  # "two thirds"
    data["dimensions"]["economic"]["items"]["g"] = {"weight": 1, "values": {"good": 1.0}}
    two_of_three = ScoringProfile.model_validate(data)
    # 2/3 = 0.66666… is short of 0.6667 by more than float rounding: not scored
    assert score(two_of_three, {"a": "good", "b": 0}).economic is None
    exact = ScoringProfile.model_validate({**data, "min_answered_share": 2 / 3})
    assert score(exact, {"a": "good", "b": 0}).economic == pytest.approx(1.0)


def test_dont_know_and_refused_are_not_scored(profile: ScoringProfile) -> None:
    # economic: a is "dont_know" (not in values): only b counts, 1 of 2 = 0.5 share
    assert score(profile, {**ALL, "a": "dont_know"}).economic == pytest.approx(1 - 2 / 7)
    assert score(profile, {**ALL, "a": "refused", "b": None}).economic is None


def test_an_answer_missing_from_values_is_not_scored(profile: ScoringProfile) -> None:
    assert score(profile, {**ALL, "a": "something_else"}).economic == pytest.approx(1 - 2 / 7)
    assert score(profile, {**ALL, "a": ["mid"]}).economic == pytest.approx(1 - 2 / 7)  # a list is not a choice


def test_nothing_answered(profile: ScoringProfile) -> None:
    assert score(profile, {}) == Scores(economic=None, social=None, psychosocial=None, composite=None,
                                        profile="test-1")


def test_nothing_answered_with_no_minimum_share() -> None:
    lenient = ScoringProfile.model_validate(profile_data(min_answered_share=0))
    assert score(lenient, {}).economic is None  # no item scored: no average to take
    assert score(lenient, {"c": "no"}).social == 0.0


@pytest.mark.parametrize(("days", "expected"), [
    (0, 1.0), (7, 0.0), (3.5, 0.5), ("3.5", 0.5), (" 7 ", 0.0), (9, 0.0), (-3, 1.0), ("14", 0.0),
])
def test_inverted_scale_is_linear_and_clamped(profile: ScoringProfile, days: Any, expected: float) -> None:
    only_b = ScoringProfile.model_validate(profile_data(min_answered_share=0))
    assert score(only_b, {"b": days}).economic == pytest.approx(expected)


@pytest.mark.parametrize(("value", "expected"), [(10, 0.0), (20, 1.0), (12.5, 0.25), ("17.5", 0.75), (25, 1.0),
                                                 (5, 0.0)])
def test_plain_scale_is_linear_and_clamped(value: Any, expected: float) -> None:
    only_f = ScoringProfile.model_validate(profile_data(min_answered_share=0))
    assert score(only_f, {"f": value}).psychosocial == pytest.approx(expected)


@pytest.mark.parametrize("value", ["abc", "", "  ", True, False, float("nan"), float("inf"), "nan", None, [3], {}])
def test_a_scale_ignores_what_is_not_a_number(value: Any) -> None:
    only_b = ScoringProfile.model_validate(profile_data(min_answered_share=0))
    assert score(only_b, {"b": value}).economic is None


def test_unequal_item_weights() -> None:
    # social: c=yes (1, weight 1), d=no (0, weight 3): 1/4
    profile = ScoringProfile.model_validate(profile_data())
    assert score(profile, {"c": "yes", "d": "no"}).social == pytest.approx(0.25)


def test_unequal_dimension_weights() -> None:
    profile = ScoringProfile.model_validate(profile_data())
    answers = {"a": "good", "b": 0, "c": "yes", "d": "yes", "e": "low", "f": 10}  # 1, 1, 0.125
    scores = score(profile, answers)
    assert (scores.economic, scores.social) == (1.0, 1.0)
    assert scores.psychosocial == pytest.approx(0.125)
    assert scores.composite == pytest.approx((1 + 1 + 2 * 0.125) / 4)


def test_composite_is_none_when_any_dimension_is_none(profile: ScoringProfile) -> None:
    for missing in (("a", "b"), ("c", "d"), ("e", "f")):
        answers = {key: value for key, value in ALL.items() if key not in missing}
        scores = score(profile, answers)
        assert scores.composite is None
        assert sum(getattr(scores, name) is None for name in DIMENSIONS) == 1


def test_answers_for_other_questions_are_ignored(profile: ScoringProfile) -> None:
    assert score(profile, {**ALL, "survey_date": "2026-01-01", "zzz": 3}) == score(profile, ALL)


def test_a_profile_change_changes_the_scores(profile: ScoringProfile) -> None:
    data = profile_data(id="test-2")
    data["dimensions"]["social"]["items"]["c"]["weight"] = 3
    data["dimensions"]["social"]["items"]["d"]["weight"] = 1
    data["dimensions"]["psychosocial"]["weight"] = 1
    other = ScoringProfile.model_validate(data)
    before, after = score(profile, ALL), score(other, ALL)
    assert after.social == pytest.approx(0.25) and before.social == pytest.approx(0.75)
    assert after.composite == pytest.approx((17 / 28 + 0.25 + 0.375) / 3)
    assert after.composite != pytest.approx(before.composite)
    assert (before.profile, after.profile) == ("test-1", "test-2")


# --- bands --------------------------------------------------------------------------


@pytest.mark.parametrize(("value", "expected"), [
    (0.0, "low"), (0.3299, "low"), (0.33, "medium"), (0.5, "medium"), (0.6599, "medium"), (0.66, "high"),
    (1.0, "high"), (None, None),
])
def test_band_edges(profile: ScoringProfile, value: float | None, expected: str | None) -> None:
    assert band(profile, value) == expected


def test_no_bands_no_band() -> None:
    data = profile_data()
    del data["bands"]
    assert band(ScoringProfile.model_validate(data), 0.9) is None


def test_equal_thresholds_leave_no_medium() -> None:
    profile = ScoringProfile.model_validate(profile_data(bands={"low": 0.5, "high": 0.5}))
    assert [band(profile, value) for value in (0.49, 0.5, 0.51)] == ["low", "high", "high"]


# --- validation ---------------------------------------------------------------------


def _item(dimension: str, name: str) -> tuple[dict[str, Any], dict[str, Any]]:
    data = profile_data()
    return data, data["dimensions"][dimension]["items"][name]


@pytest.mark.parametrize("weight", [0, -1])
def test_item_weight_must_be_positive(weight: float) -> None:
    data, item = _item("economic", "a")
    item["weight"] = weight
    with pytest.raises(ValidationError, match="greater than 0"):
        ScoringProfile.model_validate(data)


@pytest.mark.parametrize("weight", [0, -0.5])
def test_dimension_weight_must_be_positive(weight: float) -> None:
    data = profile_data()
    data["dimensions"]["social"]["weight"] = weight
    with pytest.raises(ValidationError, match="greater than 0"):
        ScoringProfile.model_validate(data)


@pytest.mark.parametrize("value", [1.5, -0.1, float("nan")])
def test_values_must_lie_in_0_1(value: float) -> None:
    data, item = _item("economic", "a")
    item["values"]["good"] = value
    with pytest.raises(ValidationError):
        ScoringProfile.model_validate(data)


def test_values_and_scale_together_are_refused() -> None:
    data, item = _item("economic", "a")
    item["scale"] = {"min": 0, "max": 1}
    with pytest.raises(ValidationError, match="exactly one of 'values' or 'scale'"):
        ScoringProfile.model_validate(data)


def test_neither_values_nor_scale_is_refused() -> None:
    data, item = _item("economic", "a")
    del item["values"]
    with pytest.raises(ValidationError, match="exactly one of 'values' or 'scale'"):
        ScoringProfile.model_validate(data)


@pytest.mark.parametrize(("low", "high"), [(7, 7), (8, 7)])
def test_scale_min_must_be_below_max(low: float, high: float) -> None:
    data, item = _item("economic", "b")
    item["scale"] = {"min": low, "max": high}
    with pytest.raises(ValidationError, match="must be less than max"):
        ScoringProfile.model_validate(data)


@pytest.mark.parametrize("bands", [{"low": 0.7, "high": 0.3}, {"low": -0.1, "high": 0.5}, {"low": 0.2, "high": 1.1}])
def test_bands_must_be_ordered_in_0_1(bands: dict[str, float]) -> None:
    with pytest.raises(ValidationError):
        ScoringProfile.model_validate(profile_data(bands=bands))


@pytest.mark.parametrize("share", [-0.1, 1.01])
def test_min_answered_share_in_0_1(share: float) -> None:
    with pytest.raises(ValidationError):
        ScoringProfile.model_validate(profile_data(min_answered_share=share))


def test_a_question_scores_in_one_dimension_only() -> None:
    data = profile_data()
    data["dimensions"]["social"]["items"]["a"] = {"weight": 1, "values": {"good": 1.0}}
    with pytest.raises(ValidationError, match="'a' is scored in both economic and social"):
        ScoringProfile.model_validate(data)


def test_every_dimension_and_no_other() -> None:
    data = profile_data()
    del data["dimensions"]["psychosocial"]
    with pytest.raises(ValidationError):
        ScoringProfile.model_validate(data)
    data = profile_data()
    data["dimensions"]["cultural"] = data["dimensions"]["social"]
    with pytest.raises(ValidationError):
        ScoringProfile.model_validate(data)


def test_empty_items_and_unknown_keys_are_refused() -> None:
    data = profile_data()
    data["dimensions"]["social"]["items"] = {}
    with pytest.raises(ValidationError):
        ScoringProfile.model_validate(data)
    with pytest.raises(ValidationError):
        ScoringProfile.model_validate(profile_data(weights="equal"))


# --- profile files ------------------------------------------------------------------


GOOD_FILE = """\
id: file-1
provisional: yes
source: a test
min_answered_share: 0.5
dimensions:
  economic:
    weight: 1
    items:
      has_debt: {weight: 1, values: {no: 1, yes: 0}}
      food_cut_days: {weight: 1, scale: {min: 0, max: 7, invert: true}}
  social:
    weight: 1
    items:
      housing: {weight: 1, values: {stable_good: 1, no_housing: 0}}
  psychosocial:
    weight: 1
    items:
      distress_days: {weight: 1, scale: {min: 0, max: 7, invert: yes}}
"""


def write(tmp_path: Path, text: str, name: str = "profile.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def problems_of(path: Path) -> list[str]:
    with pytest.raises(ScoringFileError) as caught:
        load_profile(path)
    assert isinstance(caught.value, PasserelleError)
    assert str(caught.value) == "\n".join(caught.value.problems)
    return caught.value.problems


def test_a_profile_file_loads_with_yes_and_no_kept_as_choice_names(tmp_path: Path) -> None:
    profile = load_profile(write(tmp_path, GOOD_FILE))
    assert profile.id == "file-1" and profile.provisional is True and profile.bands is None
    debt = profile.dimensions.economic.items["has_debt"]
    assert debt.values == {"no": 1.0, "yes": 0.0}
    assert profile.dimensions.psychosocial.items["distress_days"].scale.invert is True
    assert score(profile, {"has_debt": "no", "food_cut_days": 7, "housing": "no_housing", "distress_days": "0"}) \
        == Scores(economic=0.5, social=0.0, psychosocial=1.0, composite=0.5, profile="file-1")


def test_problems_name_the_file_line_and_key(tmp_path: Path) -> None:
    text = GOOD_FILE.replace("has_debt: {weight: 1,", "has_debt: {weight: 0,").replace(
        "values: {stable_good: 1,", "values: {stable_good: 1.5,").replace(
        "{min: 0, max: 7, invert: yes}", "{min: 0, max: 7, invert: yes}, values: {a: 1}")
    path = write(tmp_path, text)
    assert problems_of(path) == [
        f"{path}:9: dimensions.economic.items.has_debt.weight: should be greater than 0",
        f"{path}:14: dimensions.social.items.housing.values.stable_good: should be less than or equal to 1",
        f"{path}:18: dimensions.psychosocial.items.distress_days: give exactly one of 'values' or 'scale'",
    ]


def test_unknown_and_missing_keys(tmp_path: Path) -> None:
    text = (GOOD_FILE.replace("min_answered_share: 0.5\n", "")
            .replace("{weight: 1, scale: {min: 0, max: 7, invert: true}}", "{wieght: 1, scale: {min: 0, max: 7}}"))
    path = write(tmp_path, text)
    problems = problems_of(path)
    assert f"{path}:1: min_answered_share: this key is missing" in problems
    assert f"{path}:9: dimensions.economic.items.food_cut_days.weight: this key is missing" in problems
    assert (f"{path}:9: dimensions.economic.items.food_cut_days.wieght: unknown key 'wieght' "
            "(did you mean 'weight'?)") in problems


@pytest.mark.parametrize(("text", "expected"), [
    ("", "the file is empty"),
    ("- a\n- b\n", "a scoring profile is a mapping"),
    ("id: x\n  bad: [\n", "YAML syntax"),
    ("id: x\nid: y\n", "id: this key appears twice"),
    ("id: &a x\nsource: *a\n", "anchors and aliases"),
    ("id: x\nprovisional: perhaps\n", "provisional: 'perhaps' is not yes/no"),
    ("id: x\nmin_answered_share: half\n", "min_answered_share: 'half' is not a number"),
])
def test_broken_files_give_a_clear_problem(tmp_path: Path, text: str, expected: str) -> None:
    path = write(tmp_path, text)
    problems = problems_of(path)
    assert any(expected in problem for problem in problems), problems
    assert all(problem.startswith(str(path)) for problem in problems)


def test_an_unreadable_file(tmp_path: Path) -> None:
    assert problems_of(tmp_path / "missing.yaml") == [
        f"{tmp_path / 'missing.yaml'}: cannot read the file (No such file or directory)"]
    binary = tmp_path / "binary.yaml"
    binary.write_bytes(b"id: x\n\xff\xfe\n")
    assert problems_of(binary) == [f"{binary}:2: the file is not UTF-8 text; save it as UTF-8"]


# --- checking a profile against a form ----------------------------------------------


def test_check_reports_what_does_not_fit_the_form(tmp_path: Path) -> None:
    text = (GOOD_FILE.replace("has_debt: {weight: 1, values: {no: 1, yes: 0}}",
                              "has_debt: {weight: 1, values: {no: 1, yes: 0, maybe: 0.5}}")
            .replace("housing: {weight: 1, values: {stable_good: 1, no_housing: 0}}",
                     "housing: {weight: 1, scale: {min: 0, max: 3}}\n"
                     "      school_age_children: {weight: 1, values: {'0': 1}}\n"
                     "      housng: {weight: 1, values: {stable_good: 1}}"))
    profile = load_profile(write(tmp_path, text))
    assert check_profile_against_form(profile, load_form(FORM)) == [
        "economic.has_debt: 'maybe' is not a choice of the question (choices: yes, no, dont_know, refused)",
        "social.housing: 'scale' needs a number question (integer, decimal or calculate), not select_one",
        "social.school_age_children: 'values' needs a select_one or yes_no question, not integer",
        "social.housng: 'housng' is not a question of the form 'rss' (did you mean 'housing'?)",
    ]


def test_check_accepts_yes_no_questions() -> None:
    data = profile_data()
    data["dimensions"]["economic"]["items"] = {"agreed": {"weight": 1, "values": {"yes": 1, "no": 0, "perhaps": 0}}}
    data["dimensions"]["social"]["items"] = {"housing": {"weight": 1, "values": {"temporary": 0.3}}}
    data["dimensions"]["psychosocial"]["items"] = {"distress_days": {"weight": 1, "scale": {"min": 0, "max": 7}}}
    problems = check_profile_against_form(ScoringProfile.model_validate(data), load_form(FORM))
    assert problems == ["economic.agreed: 'perhaps' is not a choice of the question (choices: yes, no)"]


# --- the shipped profile and form ---------------------------------------------------


@pytest.fixture(scope="module")
def shipped() -> ScoringProfile:
    return load_profile(default_profile_path())


def test_the_shipped_profile_fits_the_shipped_form(shipped: ScoringProfile) -> None:
    assert default_profile_path() == resources_dir() / "scoring" / "rss-provisional-1.yaml"
    assert check_profile_against_form(shipped, load_form(FORM)) == []


def test_the_shipped_profile_is_provisional_with_equal_weights(shipped: ScoringProfile) -> None:
    assert shipped.id == "rss-provisional-1" and shipped.provisional is True
    assert "placeholder" in shipped.source.lower() and "not the official" in shipped.source.lower()
    assert shipped.min_answered_share == 0.5
    assert shipped.bands is not None and (shipped.bands.low, shipped.bands.high) == (0.33, 0.66)
    assert {shipped.dimension(name).weight for name in DIMENSIONS} == {1.0}
    assert {item.weight for _, _, item in shipped.items()} == {1.0}


def test_the_shipped_profile_scores_every_answer_question_of_the_form(shipped: ScoringProfile) -> None:
    """Each question of the economic, social and psychosocial pages is scored in
    the dimension named like its page (but the count of children, which only
    opens the attendance question); every ordered choice has a value from 0 to
    1; "don't know" and "refused" have none."""
    form = load_form(FORM)
    assert form.id == "rss" and form.scored is True
    items = {name: (dimension, item) for dimension, name, item in shipped.items()}
    expected = {
        question.name: page.name
        for page in form.pages if page.name in DIMENSIONS
        for question in page.questions
        if question.type in (QuestionType.SELECT_ONE, QuestionType.INTEGER) and question.name != "school_age_children"
    }
    assert {name: dimension for name, (dimension, _) in items.items()} == expected
    for name, (_, item) in items.items():
        question = form.question(name)
        if question.type == QuestionType.INTEGER:
            assert item.scale is not None and item.scale.invert, name
            continue
        choices = {choice.name for choice in form.choices_for(question)}
        assert NOT_SCORED <= choices, name
        assert set(item.values or {}) == choices - NOT_SCORED, name
        assert min(item.values.values()) == 0.0 and max(item.values.values()) == 1.0, name


def test_shipped_profile_on_a_full_set_of_answers(shipped: ScoringProfile) -> None:
    answers = {
        # economic: 0.75, 1-2/7, 0.5, 0 (has debt), 1 (smaller), 0.5, 0, 1
        "econ_satisfaction": "satisfied", "food_cut_days": 2, "can_borrow": "with_difficulty", "has_debt": "yes",
        "debt_vs_spending": "smaller", "work_income": "irregular", "job_access": "not_at_all",
        "productive_assets": "yes",
        # social: 0.67, (attendance skipped), 1, 0.67, 0.5, not scored (refused)
        "housing": "stable_poor", "school_age_children": 0, "id_documents": "valid", "safe_water": "mostly",
        "health_access": "with_difficulty", "justice_access": "refused",
        # psychosocial: 0.33, 0.5, 0.75, 0.25, 1, 0.67, 1-5/7, 0, 0.5
        "community_participation": "rarely", "support_network": "one", "belonging": "agree",
        "physical_safety": "disagree", "tensions": "never", "discrimination": "rarely", "distress_days": "5",
        "wants_support": "yes", "able_to_stay": "unsure",
    }
    economic = (0.75 + 5 / 7 + 0.5 + 0 + 1 + 0.5 + 0 + 1) / 8
    social = (0.67 + 1 + 0.67 + 0.5) / 4
    psychosocial = (0.33 + 0.5 + 0.75 + 0.25 + 1 + 0.67 + 2 / 7 + 0 + 0.5) / 9
    scores = score(shipped, answers)
    assert scores.economic == pytest.approx(economic)
    assert scores.social == pytest.approx(social)
    assert scores.psychosocial == pytest.approx(psychosocial)
    assert scores.composite == pytest.approx((economic + social + psychosocial) / 3)
    assert [band(shipped, value) for value in (scores.economic, scores.social, scores.psychosocial)] == [
        "medium", "high", "medium"]
