"""The dependency graph: what to re-evaluate after one answer changes."""

import pytest

from desktop.forms.expressions import DependencyGraph, ExpressionError, parse


def graph(spec: dict[str, dict[str, str | None]], parents: dict[str, str] | None = None) -> DependencyGraph:
    return DependencyGraph(
        {name: {role: parse(text) if text else None for role, text in roles.items()} for name, roles in spec.items()},
        parents,
    )


FORM = {
    "birth_date": {"constraint": ". <= today()"},
    "age": {"calculation": "age(${birth_date})"},
    "adult": {"calculation": "${age} >= 18"},
    "school": {"relevant": "not(${adult})", "required": "true()"},
    "grade": {"relevant": "${school} = 'yes'", "constraint": ". <= 12"},
    "work": {"relevant": "${adult}"},
    "name": {"constraint": "string-length(.) > 1", "required": None},
}


def test_direct_and_transitive_dependents_in_evaluation_order() -> None:
    g = graph(FORM)
    assert g.affected("birth_date") == ["birth_date", "age", "adult", "school", "grade", "work"]
    assert g.affected("age") == ["adult", "school", "grade", "work"]
    assert g.affected("school") == ["grade"]
    assert g.affected("grade") == ["grade"]
    assert g.affected("work") == []
    assert g.affected("nobody") == []


def test_order_follows_dependencies_not_definition_order() -> None:
    g = graph(
        {
            "total": {"calculation": "${a} + ${b}"},
            "b": {"calculation": "${a} * 2"},
            "show": {"relevant": "${total} > 10"},
            "a": {},
        }
    )
    assert g.affected("a") == ["b", "total", "show"]
    assert g.evaluation_order() == ["a", "b", "total", "show"]


def test_checks_do_not_propagate_and_mutual_constraints_are_not_a_cycle() -> None:
    g = graph({"start": {"constraint": ". <= ${end}"}, "end": {"constraint": ". >= ${start}"}, "x": {"calculation": "${end}"}})
    assert g.affected("start") == ["start", "end"]
    assert g.affected("end") == ["start", "end", "x"]


def test_group_relevance_reaches_its_questions_and_their_readers() -> None:
    g = graph(
        {
            "has_children": {},
            "children_group": {"relevant": "${has_children} = 'yes'"},
            "child_count": {"constraint": ". > 0"},
            "allowance": {"calculation": "${child_count} * 10"},
        },
        parents={"child_count": "children_group"},
    )
    assert g.affected("has_children") == ["children_group", "child_count", "allowance"]


def test_cycles_are_named() -> None:
    with pytest.raises(ExpressionError) as caught:
        graph({"a": {"calculation": "${b} + 1"}, "b": {"calculation": "${c}"}, "c": {"relevant": "${a} > 0"}})
    assert caught.value.key == "expr.cycle"
    assert caught.value.detail == "a → b → c → a"
    assert str(caught.value) == "the calculations depend on each other in a circle: a → b → c → a"


def test_self_reference_in_a_calculation_is_a_cycle() -> None:
    for spec in ({"a": {"calculation": "${a} + 1"}}, {"a": {"calculation": ". + 1"}}):
        with pytest.raises(ExpressionError) as caught:
            graph(spec)
        assert caught.value.detail == "a → a"


def test_cycle_beside_acyclic_questions() -> None:
    with pytest.raises(ExpressionError) as caught:
        graph({"x": {}, "y": {"calculation": "${x}"}, "p": {"calculation": "${q}"}, "q": {"calculation": "${p} + ${y}"}})
    assert caught.value.detail == "p → q → p"


def test_unknown_references() -> None:
    g = graph({"a": {"relevant": "${ghost} = 1", "constraint": ". > ${phantom}"}, "b": {"calculation": "${a}"}},
              parents={"b": "no_group"})
    assert g.unknown_references() == [("a", "ghost"), ("a", "phantom"), ("b", "no_group")]
    with pytest.raises(ExpressionError) as caught:
        g.check_references()
    assert (caught.value.key, caught.value.detail) == ("expr.unknown_reference", "ghost")
    assert g.affected("ghost") == ["a", "b"]
    graph(FORM).check_references()


def test_affected_returns_a_fresh_list() -> None:
    g = graph(FORM)
    g.affected("age").clear()
    assert g.affected("age") == ["adult", "school", "grade", "work"]
    assert "age" in g and "ghost" not in g
    assert list(g) == g.evaluation_order()


def test_two_hundred_question_chain() -> None:
    spec: dict[str, dict[str, str | None]] = {"q0": {}}
    for i in range(1, 200):
        spec[f"q{i}"] = {"calculation": f"${{q{i - 1}}} + 1", "constraint": ". < 1000"}
    g = graph(dict(reversed(list(spec.items()))))
    assert g.affected("q0") == [f"q{i}" for i in range(1, 200)]
    answers: dict[str, object] = {"q0": 1}
    for name in g.affected("q0"):
        answers[name] = parse(f"${{q{int(name[1:]) - 1}}} + 1").evaluate(answers)
    assert answers["q199"] == 200
