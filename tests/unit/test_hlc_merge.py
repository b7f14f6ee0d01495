"""The hybrid clock and the per-field merge, on their own."""

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.domain.hlc import HybridClock, decode, encode
from desktop.domain.merge import merge


def test_stamps_grow_even_when_the_wall_clock_goes_back() -> None:
    wall = iter([1000, 1000, 900, 2000])
    clock = HybridClock("a1", wall=lambda: next(wall))
    stamps = [clock.now() for _ in range(4)]
    assert stamps == sorted(stamps) and len(set(stamps)) == 4
    assert decode(stamps[2]) == (1000, 2, "a1")  # the clock went back: the counter carries on
    assert decode(stamps[3]) == (2000, 0, "a1")


def test_a_stamp_seen_from_elsewhere_pushes_the_clock_forward() -> None:
    clock = HybridClock("b2", wall=lambda: 1000)
    clock.observe(encode(5000, 7, "zz"))
    assert clock.now() == encode(5000, 8, "b2")


def test_merge_keeps_the_newer_field_and_reports_a_true_conflict() -> None:
    base = {"phone": "t1", "region": "t1", "district": "t1", "updated_at": "t1"}
    mine = ({"phone": "1", "region": "Dakar", "district": "Pikine", "updated_at": "x"},
            {"phone": "t2", "region": "t1", "district": "t2", "updated_at": "t2"})
    theirs = ({"phone": "0", "region": "Thiès", "district": "Mbour", "updated_at": "y"},
              {"phone": "t1", "region": "t3", "district": "t3", "updated_at": "t3"})
    merged = merge(*mine, *theirs, base)
    assert merged.values == {"phone": "1", "region": "Thiès", "district": "Mbour", "updated_at": "y"}
    assert merged.ahead and merged.taken == ["district", "region", "updated_at"]
    [conflict] = merged.conflicts  # updated_at changed on both sides too, but it is bookkeeping
    assert (conflict.field, conflict.mine, conflict.theirs, conflict.winner) == ("district", "Pikine", "Mbour", "theirs")


def test_the_same_value_on_both_sides_is_no_conflict() -> None:
    merged = merge({"a": "x"}, {"a": "t2"}, {"a": "x"}, {"a": "t3"}, {"a": "t1"})
    assert merged.conflicts == [] and merged.values == {"a": "x"}


# --- convergence: replicas exchanging versions in any order end equal -------------------------

FIELDS = ("a", "b", "c")
edits = st.lists(st.tuples(st.integers(0, 2), st.sampled_from(FIELDS), st.integers(0, 3)), max_size=12)
exchanges = st.lists(st.tuples(st.integers(0, 2), st.integers(0, 2)), max_size=12)


@settings(max_examples=300, deadline=None)
@given(edits, exchanges)
def test_replicas_converge_on_the_last_edit_of_each_field(edit_list, exchange_list) -> None:
    ticks = iter(range(10**6))
    clocks = [HybridClock(f"n{i}", wall=lambda: next(ticks)) for i in range(3)]
    replicas = [({f: 0 for f in FIELDS}, {f: encode(0, 0, "n0") for f in FIELDS}) for _ in range(3)]
    bases = [[dict(r[1]) for _ in range(3)] for r in replicas]  # bases[i][j]: what i last had in common with j
    written: list[tuple[str, str, int]] = []

    def exchange(i: int, j: int) -> None:
        if i == j:
            return
        (mine, mine_clocks), (theirs, theirs_clocks) = replicas[i], replicas[j]
        merged = merge(mine, mine_clocks, theirs, theirs_clocks, bases[i][j])
        replicas[i] = (merged.values, merged.clocks)
        replicas[j] = (dict(merged.values), dict(merged.clocks))
        bases[i][j] = bases[j][i] = dict(merged.clocks)

    for replica, field, value in edit_list:
        stamp = clocks[replica].now()
        replicas[replica][0][field] = value
        replicas[replica][1][field] = stamp
        written.append((field, stamp, value))
    for i, j in exchange_list:
        exchange(i, j)
    for i, j in ((0, 1), (1, 2), (0, 1), (0, 2)):  # then everyone meets
        exchange(i, j)

    assert replicas[0] == replicas[1] == replicas[2]
    final_values, final_clocks = replicas[0]
    for field in FIELDS:
        newest = max(((stamp, value) for f, stamp, value in written if f == field), default=None)
        if newest is not None:
            assert (final_clocks[field], final_values[field]) == newest  # the last edit wins everywhere


versions = st.fixed_dictionaries({f: st.tuples(st.integers(0, 3), st.integers(0, 9), st.sampled_from("xyz"))
                                  for f in FIELDS})


def _side(version: dict) -> tuple[dict, dict]:
    return ({f: value for f, (value, _, _) in version.items()},
            {f: encode(ms, 0, node) for f, (_, ms, node) in version.items()})


@settings(max_examples=300, deadline=None)
@given(versions, versions, versions)
def test_merge_is_the_same_both_ways_and_merging_again_takes_nothing(a, b, base_version) -> None:
    (mine, mine_clocks), (theirs, theirs_clocks) = _side(a), _side(b)
    base = _side(base_version)[1]
    one, other = merge(mine, mine_clocks, theirs, theirs_clocks, base), merge(theirs, theirs_clocks, mine, mine_clocks, base)
    same_clock = [f for f in FIELDS if mine_clocks[f] == theirs_clocks[f] and mine[f] != theirs[f]]
    if not same_clock:  # one stamp, two values cannot happen: a stamp is one edit
        assert (one.values, one.clocks) == (other.values, other.clocks)
        assert {c.field for c in one.conflicts} == {c.field for c in other.conflicts}
    again = merge(one.values, one.clocks, theirs, theirs_clocks, one.clocks)
    assert again.taken == [] and again.conflicts == [] and again.values == one.values
