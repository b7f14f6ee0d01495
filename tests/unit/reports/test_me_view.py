"""The M&E view over seventeen returnees built by hand through the services,
scored with a profile simple enough to work out by hand (``TEST_PROFILE``:
composite = (e + s + 2p) / 4), each number checked against the arithmetic in
the comments, small cells suppressed.

Latest survey of each returnee (e, s, p → composite); B = an earlier baseline:

=== ====== ===== ===== ========== ======================= ========================== =========================
    office sex   age   time band  plan items              latest (e, s, p) → comp    baseline (e, s, p) → comp
=== ====== ===== ===== ========== ======================= ========================== =========================
R1  DAKAR  F     25_34 12_18      vocational direct       1, 1, 1 → 1                .25, .5, .25 → .3125
R2  DAKAR  F     25_34 6_12       vocational + housing d. .75, .5, .75 → .6875       .5, .5, .5 → .5
R3  THS    F     25_34 0_6        counselling referral    .5, .5, .5 → .5
R4  DAKAR  F     35_49 18_plus    housing referral        .25, .25, .5 → .375        .5, .5, .75 → .625
R5  DAKAR  F     35_49 6_12       vocational d. +         .5, 1, .75 → .75           .25, .5, .5 → .4375
                                  counselling r. (mixed)
R6  DAKAR  F     50+   unknown    -                       0, 0, .25 → .125
R7  DAKAR  F     18_24 0_6        business direct         .75, .25, .25 → .375
R8  DAKAR  F     0_17  0_6        counselling referral    .5, .5, 1 → .75
R9  DAKAR  F     35_49 12_18      housing direct          1, .5, .5 → .625 (revised  .5, .25, .25 → .3125
                                                          from 0, 0, 0)
R10 DAKAR  M     25_34 6_12       vocational direct       .25, .5, .75 → .5625       .25, .25, .5 → .375
R11 DAKAR  M     25_34 0_6        housing referral        .5, .25, .25 → .3125
R12 THS    M     35_49 12_18      business d. +           .75, 1, 1 → .9375          -, .5, .5 → -
                                  counselling r. (mixed)
R13 DAKAR  M     50+   6_12       -                       .25, 0, .5 → .3125
R14 DAKAR  M     25_34 6_12       vocational direct (+    0, .25, 0 → .0625
                                  housing r. cancelled)
R15 DAKAR  M     18_24 18_plus    counselling referral    -, .5, .5 → -
R16 DAKAR  M     35_49 0_6        housing d. + housing r. .5, .5, .25 → .375
R17 THS    other 50+   0_6        -                       .75, 1, .75 → .8125
=== ====== ===== ===== ========== ======================= ========================== =========================

("-": the economic question answered "don't know": no economic score, so no composite.)
R13 also declined a survey on 2026-11-01: it has no score and changes nothing.
Two more returnees, X1 and X2, have surveys scored with another profile.
"""

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from desktop.domain.enums import ConsentPurpose, Status
from desktop.domain.records import StoredScores
from desktop.services.forms import FormCatalogue, FormService
from desktop.services.reports import (
    AGE_GROUPS, MIN_CELL, SCORES, TIME_BANDS, Breakdown, Cell, MEView, ReportService, ScoreStats, ScoreTable,
    _age_group, _band,
)
from desktop.services.session import Session
from tests.conftest import TODAY
from tests.unit.reports.helpers import OFFICE, OTHER_OFFICE, TEST_PROFILE, consent, declined, forms_on, item, \
    office, open_profile, plan, rss

V = ("vocational_training", "direct", "planned")
SPEC: list[tuple[Any, ...]] = [
    # name, office, sex, born, returned, plan items, surveys (date, round, e, s, p) in the order they are entered
    ("R1", OFFICE, "female", "1995-01-01", "2025-03-01", [V],
     [("2025-03-10", "baseline", .25, .5, .25), ("2026-05-10", "follow_up", 1.0, 1.0, 1.0)]),
    ("R2", OFFICE, "female", "1998-06-15", "2026-01-10", [V, ("housing", "direct", "planned")],
     [("2026-01-20", "baseline", .5, .5, .5), ("2026-08-01", "follow_up", .75, .5, .75)]),
    ("R3", OTHER_OFFICE, "female", "1992-03-03", "2026-09-01", [("counselling", "referral", "planned")],
     [("2026-10-01", "follow_up", .5, .5, .5)]),
    ("R4", OFFICE, "female", "1980-02-02", "2024-06-01", [("housing", "referral", "delivered")],
     # the follow-up is entered before the baseline: survey dates order them
     [("2026-02-01", "follow_up", .25, .25, .5), ("2024-06-15", "baseline", .5, .5, .75)]),
    ("R5", OFFICE, "female", "1985-07-07", "2025-12-01", [V, ("counselling", "referral", "in_progress")],
     [("2025-12-05", "baseline", .25, .5, .5), ("2026-06-15", "follow_up", .5, 1.0, .75)]),
    ("R6", OFFICE, "female", "1960-01-01", None, [], [("2026-03-01", "baseline", 0.0, 0.0, .25)]),
    ("R7", OFFICE, "female", "2006-05-05", "2026-07-01", [("business_start_up", "direct", "delivered")],
     [("2026-09-01", "follow_up", .75, .25, .25)]),
    ("R8", OFFICE, "female", "2010-01-01", "2026-05-01", [("counselling", "referral", "planned")],
     [("2026-06-01", "baseline", .5, .5, 1.0)]),
    ("R9", OFFICE, "female", "1978-09-09", "2025-01-01", [("housing", "direct", "planned")],
     [("2025-01-15", "baseline", .5, .25, .25), ("2026-03-01", "follow_up", 0.0, 0.0, 0.0)]),  # revised below
    ("R10", OFFICE, "male", "1996-04-04", "2026-02-01", [V],
     [("2026-02-10", "baseline", .25, .25, .5), ("2026-09-01", "follow_up", .25, .5, .75)]),
    ("R11", OFFICE, "male", "1994-11-11", "2026-08-01", [("housing", "referral", "planned")],
     [("2026-08-15", "baseline", .5, .25, .25)]),
    ("R12", OTHER_OFFICE, "male", "1982-12-12", "2025-04-01",
     [("business_start_up", "direct", "planned"), ("counselling", "referral", "planned")],
     [("2025-04-10", "baseline", None, .5, .5), ("2026-06-01", "follow_up", .75, 1.0, 1.0)]),
    ("R13", OFFICE, "male", "1965-05-05", "2026-01-01", [], [("2026-08-01", "follow_up", .25, 0.0, .5)]),
    ("R14", OFFICE, "male", "1999-09-19", "2026-03-01", [V, ("housing", "referral", "cancelled")],
     [("2026-10-01", "follow_up", 0.0, .25, 0.0)]),
    ("R15", OFFICE, "male", "2004-04-04", "2024-01-01", [("counselling", "referral", "planned")],
     [("2025-09-01", "follow_up", None, .5, .5)]),
    ("R16", OFFICE, "male", "1988-08-08", "2026-10-01",
     [("housing", "direct", "planned"), ("housing", "referral", "planned")],
     [("2026-10-15", "baseline", .5, .5, .25)]),
    ("R17", OTHER_OFFICE, "other", "1970-07-07", "2026-09-15", [], [("2026-10-01", "baseline", .75, 1.0, .75)]),
]


def returnees(root: Path) -> tuple[Session, FormService]:
    """A profile holding ``SPEC``'s returnees, and two scored with another profile (another device's)."""
    session = open_profile(root)
    forms = forms_on(session, TODAY, FormCatalogue())
    assert forms.scoring.apply(TEST_PROFILE) == 0
    for name, where, sex, born, returned, items, surveys in SPEC:
        with office(session, where):
            case_id = forms.cases.create({"given_name": name, "family_name": "Test", "sex": sex,
                                          "birth_date": born, "return_date": returned}).id
        if items:
            consent(forms, case_id, ConsentPurpose.ASSISTANCE)
            forms.cases.move(case_id, Status.ASSESSED)
            plan(forms, case_id, "2026-11-01", *(item(*values) for values in items))
        stored = [rss(forms, case_id, *survey) for survey in surveys]
        if name == "R9":  # the follow-up corrected: only the revision counts
            rss(forms, case_id, "2026-03-01", "follow_up", 1.0, .5, .5, revision_of=stored[-1].id)
        if name == "R13":  # a later survey declined: no score, so the one before stays the latest
            declined(forms, case_id, "2026-11-01")
    for name, values in (("X1", .5), ("X2", 1.0)):  # scores another profile computed (another device's)
        case_id = forms.cases.create({"given_name": name, "family_name": "Test", "sex": "female",
                                      "birth_date": "1990-01-01", "return_date": "2026-01-01"}).id
        survey = rss(forms, case_id, "2026-06-01", "baseline", .5, .5, .5)
        session.scores.put(StoredScores(submission_id=survey.id, case_id=case_id, profile_id="rss-other-2",
                                        economic=values, social=values, psychosocial=values, composite=values,
                                        computed_at="2026-06-02T00:00:00+00:00"))
    return session, forms


@pytest.fixture(scope="module")
def reports(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Any:
    session, _forms = returnees(tmp_path_factory.mktemp("me"))
    yield ReportService(session, today=TODAY)
    session.close()


@pytest.fixture(scope="module")
def view(reports: ReportService) -> MEView:
    return reports.me_view()


def cell(table: ScoreTable, by: str, group: str) -> Cell:
    return next(found for found in table.breakdowns[by].cells if found.group == group)


def sizes(table: ScoreTable, by: str, score: str = "composite") -> dict[str, int | None]:
    return {found.group: found.scores[score].n for found in table.breakdowns[by].cells}


def shown(stats: ScoreStats) -> tuple[float | None, ...]:
    return stats.n, stats.mean, stats.minimum, stats.q1, stats.median, stats.q3, stats.maximum


def test_one_scoring_profile_at_a_time(reports: ReportService, view: MEView) -> None:
    assert view.profile_id == "rss-test-1"  # the profile used on this device
    # current surveys: 7 returnees with two, 10 with one (R9's first follow-up replaced by its revision),
    # and R13's declined one = 25; X1 and X2 were scored with another profile and are never averaged in
    assert view.profiles == {"rss-other-2": 2, "rss-test-1": 25}
    assert view.latest.total.scores["social"].n == 17
    other = reports.me_view("rss-other-2")
    assert all(stats.suppressed for stats in other.latest.total.scores.values())  # 2 returnees < 5
    relaxed = ReportService(reports.session, today=TODAY, min_cell=2).me_view("rss-other-2")
    assert shown(relaxed.latest.total.scores["composite"]) == (2, .75, .5, .625, .75, .875, 1.0)  # (.5 + 1) / 2


def test_the_total_with_its_distribution(view: MEView) -> None:
    total = view.latest.total
    assert view.min_cell == MIN_CELL == 5 and total.group == "all"
    assert {name: total.scores[name].n for name in SCORES} == {
        "economic": 16, "social": 17, "psychosocial": 17, "composite": 16}  # R15: no economic, no composite
    # economic sorted: 0 0 .25 .25 .25 .5 .5 .5 .5 .5 .75 .75 .75 .75 1 1; sum 8.25
    # inclusive quartiles of 16 values, at positions (n - 1) * k / 4 = 3.75, 7.5, 11.25 (from 0):
    # q1 = x3 + .75 (x4 - x3) = .25 + .75 * 0 = .25; median = (x7 + x8) / 2 = .5; q3 = x11 + .25 (x12 - x11) = .75
    assert shown(total.scores["economic"]) == (16, 8.25 / 16, 0.0, .25, .5, .75, 1.0)
    # composite sorted: .0625 .125 .3125 .3125 .375 .375 .375 .5 .5625 .625 .6875 .75 .75 .8125 .9375 1; sum 8.5625
    # q1 = x3 + .75 (x4 - x3) = .3125 + .75 * .0625 = .359375; median = (.5 + .5625) / 2 = .53125;
    # q3 = x11 + .25 (x12 - x11) = .75
    assert shown(total.scores["composite"]) == pytest.approx((16, 8.5625 / 16, .0625, .359375, .53125, .75, 1.0))
    # social: 1 .5 .5 .25 1 0 .25 .5 .5 .5 .25 1 0 .25 .5 .5 1 -> 8.5; psychosocial: ... -> 9.5
    assert total.scores["social"].mean == pytest.approx(8.5 / 17)
    assert total.scores["psychosocial"].mean == pytest.approx(9.5 / 17)


def test_by_sex_a_lone_small_cell_takes_its_neighbour_with_it(view: MEView) -> None:
    # female R1..R9 = 9, male R10..R16 = 7, other R17 = 1: "other" is hidden, and so is "male"
    # (the smallest shown cell), or the total minus "female" would give "male" and then "other"
    female, male, other = view.latest.breakdowns["sex"].cells
    assert (female.group, male.group, other.group) == ("female", "male", "other")
    assert not view.latest.breakdowns["sex"].overlapping
    # female composite: 1 + .6875 + .5 + .375 + .75 + .125 + .375 + .75 + .625 = 5.1875
    assert female.scores["composite"].n == 9
    assert female.scores["composite"].mean == pytest.approx(5.1875 / 9)
    # female economic: 1 + .75 + .5 + .25 + .5 + 0 + .75 + .5 + 1 = 5.25
    assert female.scores["economic"].mean == pytest.approx(5.25 / 9)
    for hidden in (male, other):
        for stats in hidden.scores.values():
            assert stats.suppressed and shown(stats) == (None,) * 7


def test_by_office_every_cell_is_hidden(view: MEView) -> None:
    # THS: R3, R12, R17 = 3 (< 5); DAKAR's 14 would then be the total minus nothing hidden: hidden too
    assert sizes(view.latest, "office") == {OFFICE: None, OTHER_OFFICE: None}
    assert all(stats.suppressed for found in view.latest.breakdowns["office"].cells for stats in found.scores.values())


def test_by_age_group_several_small_cells_hide_each_other(view: MEView) -> None:
    # at the latest survey: 0_17 R8; 18_24 R7, R15; 25_34 R1 R2 R3 R10 R11 R14; 35_49 R4 R5 R9 R12 R16;
    # 50+ R6 R13 R17: three hidden cells, no need to hide more
    assert sizes(view.latest, "age_group", "social") == {"0_17": None, "18_24": None, "25_34": 6, "35_49": 5,
                                                         "50_plus": None}
    # 25_34 composite: 1 + .6875 + .5 + .5625 + .3125 + .0625 = 3.125; economic 1 + .75 + .5 + .25 + .5 + 0 = 3
    assert cell(view.latest, "age_group", "25_34").scores["composite"].mean == pytest.approx(3.125 / 6)
    assert cell(view.latest, "age_group", "25_34").scores["economic"].mean == pytest.approx(3 / 6)
    # 35_49 composite: .375 + .75 + .625 + .9375 + .375 = 3.0625; sorted .375 .375 .625 .75 .9375
    # quartiles at positions 1, 2, 3: .375, .625, .75
    assert shown(cell(view.latest, "age_group", "35_49").scores["composite"]) == pytest.approx(
        (5, 3.0625 / 5, .375, .375, .625, .75, .9375))


def test_by_time_since_return_at_the_survey(view: MEView) -> None:
    table = view.latest
    assert table.breakdowns["time_since_return"].overlapping  # a returnee surveyed in two bands is in both
    # each returnee's latest survey in each band:
    # 0_6: the baselines of R1 R2 R4 R5 R9 R10 R12 and R3 R7 R8 R11 R16 R17 = 13 (12 with a composite: not R12's)
    # 6_12: R2 R5 R10 R13 R14 = 5; 12_18: R1 R9 R12; 18_plus: R4 R15; unknown (no return date): R6
    assert sizes(table, "time_since_return", "social") == {"0_6": 13, "6_12": 5, "12_18": None, "18_plus": None,
                                                           "unknown": None}
    # 0_6 composite: .3125 + .5 + .625 + .4375 + .3125 + .375 + .5 + .375 + .75 + .3125 + .375 + .8125 = 5.6875
    assert cell(table, "time_since_return", "0_6").scores["composite"].n == 12
    assert cell(table, "time_since_return", "0_6").scores["composite"].mean == pytest.approx(5.6875 / 12)
    # 6_12 composite: .6875 + .75 + .5625 + .3125 + .0625 = 2.375
    assert cell(table, "time_since_return", "6_12").scores["composite"].mean == pytest.approx(2.375 / 5)


def test_by_assistance_type_and_direct_or_referral(view: MEView) -> None:
    table = view.latest
    assert table.breakdowns["assistance_type"].overlapping and not table.breakdowns["delivery"].overlapping
    # vocational R1 R2 R5 R10 R14; housing R2 R4 R9 R11 R16 (R14's is cancelled); counselling R3 R5 R8 R12 R15;
    # business R7 R12; none R6 R13 R17
    assert sizes(table, "assistance_type", "social") == {
        "business_start_up": None, "counselling": 5, "housing": 5, "vocational_training": 5, "none": None}
    # vocational composite: 1 + .6875 + .75 + .5625 + .0625 = 3.0625; housing: .6875 + .375 + .625 + .3125 + .375
    assert cell(table, "assistance_type", "vocational_training").scores["composite"].mean == pytest.approx(3.0625 / 5)
    assert cell(table, "assistance_type", "housing").scores["composite"].mean == pytest.approx(2.375 / 5)
    # counselling: R15 has no economic score nor composite: 4 returnees, hidden for those two scores only
    counselling = cell(table, "assistance_type", "counselling").scores
    assert counselling["economic"].suppressed and counselling["composite"].suppressed
    assert counselling["social"].mean == pytest.approx(3.5 / 5)  # .5 + 1 + .5 + 1 + .5
    # direct R1 R2 R7 R9 R10 R14; referral R3 R4 R8 R11 R15; mixed R5 R12 R16; none R6 R13 R17
    assert sizes(table, "delivery", "social") == {"direct": 6, "referral": 5, "mixed": None, "none": None}
    # direct composite: 1 + .6875 + .375 + .625 + .5625 + .0625 = 3.3125
    assert cell(table, "delivery", "direct").scores["composite"].mean == pytest.approx(3.3125 / 6)
    referral = cell(table, "delivery", "referral").scores
    assert referral["composite"].suppressed  # 4 with a composite
    assert (referral["social"].mean, referral["psychosocial"].mean) == pytest.approx((2.0 / 5, 2.75 / 5))


def test_change_from_baseline_to_latest_follow_up(view: MEView) -> None:
    change = view.change
    # R1 R2 R4 R5 R9 R10 R12 have both; R12's baseline has no economic score (so no composite)
    assert {name: change.change.total.scores[name].n for name in SCORES} == {
        "economic": 6, "social": 7, "psychosocial": 7, "composite": 6}
    for table in (change.baseline, change.latest):  # over the very same returnees, score by score
        assert {name: table.total.scores[name].n for name in SCORES} == {
            "economic": 6, "social": 7, "psychosocial": 7, "composite": 6}
    # economic change: R1 .75, R2 .25, R4 -.25, R5 .25, R9 .5 (the revision's 1 - .5), R10 0 -> sum 1.5
    # sorted -.25 0 .25 .25 .5 .75, positions 1.25, 2.5, 3.75: q1 = 0 + .25 * .25, median .25, q3 = .25 + .75 * .25
    assert shown(change.change.total.scores["economic"]) == pytest.approx((6, .25, -.25, .0625, .25, .4375, .75))
    # composite: baseline .3125 .5 .625 .4375 .3125 .375 = 2.5625; latest 1 .6875 .375 .75 .625 .5625 = 4
    assert change.baseline.total.scores["composite"].mean == pytest.approx(2.5625 / 6)
    assert change.latest.total.scores["composite"].mean == pytest.approx(4 / 6)
    assert change.change.total.scores["composite"].mean == pytest.approx((4 - 2.5625) / 6)
    # social change: .5 + 0 - .25 + .5 + .25 + .25 + .5 = 1.75
    assert change.change.total.scores["social"].mean == pytest.approx(1.75 / 7)
    # by sex: female R1 R2 R4 R5 R9 = 5, male R10 R12 = 2: both hidden
    assert sizes(change.change, "sex", "social") == {"female": None, "male": None}


def test_no_breakdown_leaves_one_hidden_cell_to_work_out(view: MEView) -> None:
    tables = [view.latest, view.change.baseline, view.change.latest, view.change.change]
    for table in tables:
        for breakdown in table.breakdowns.values():
            for name in SCORES:
                hidden = [found for found in breakdown.cells if found.scores[name].suppressed]
                assert len(hidden) != 1, (breakdown.by, name)
                for found in breakdown.cells:
                    stats = found.scores[name]
                    assert stats.suppressed or stats.n == 0 or stats.n >= MIN_CELL


def test_every_table_has_every_breakdown_in_order(view: MEView) -> None:
    assert list(view.latest.breakdowns) == ["office", "time_since_return", "sex", "age_group", "assistance_type",
                                            "delivery"]
    assert all(isinstance(b, Breakdown) for b in view.latest.breakdowns.values())
    assert [found.group for found in view.latest.breakdowns["age_group"].cells] == [
        "0_17", "18_24", "25_34", "35_49", "50_plus"]


@pytest.mark.parametrize(("returned", "surveyed", "band"), [
    (date(2026, 1, 31), date(2026, 7, 30), "0_6"),  # 5 whole months
    (date(2026, 1, 31), date(2026, 7, 31), "6_12"),  # 6 months to the day
    (date(2025, 1, 15), date(2026, 1, 14), "6_12"),
    (date(2025, 1, 15), date(2026, 1, 15), "12_18"),
    (date(2024, 5, 1), date(2025, 11, 1), "18_plus"),
    (date(2026, 5, 2), date(2026, 5, 1), "before_return"),
    (None, date(2026, 5, 1), "unknown"),
])
def test_time_bands(returned: date | None, surveyed: date, band: str) -> None:
    assert _band(returned, surveyed) == band
    assert [code for code, _, _ in TIME_BANDS] == ["0_6", "6_12", "12_18", "18_plus"]


@pytest.mark.parametrize(("born", "group"), [
    (date(2008, 6, 2), "0_17"), (date(2008, 6, 1), "18_24"), (date(2001, 6, 2), "18_24"), (date(2001, 6, 1), "25_34"),
    (date(1976, 6, 1), "50_plus"), (None, "unknown"),
])
def test_age_groups_at_the_survey_date(born: date | None, group: str) -> None:
    assert _age_group(born, date(2026, 6, 1)) == group
    assert [code for code, _, _ in AGE_GROUPS] == ["0_17", "18_24", "25_34", "35_49", "50_plus"]
