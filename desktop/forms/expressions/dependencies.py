"""Which questions to re-evaluate when one answer changes, and in what order.

The input names, for every question (and every group that has a relevance),
its expressions by role::

    DependencyGraph(
        {
            "age": {"calculation": parse("age(${birth_date})")},
            "school": {"relevant": parse("${age} < 18"), "constraint": parse(". != ''")},
            "end": {"constraint": parse(". >= ${start}")},
        },
        parents={"school": "education_group"},   # optional: question → enclosing group
    )

Roles ``relevant`` and ``calculation`` are *value* roles: they change what a
question's answer counts as (a computed value, or empty once the question is
not relevant), so whatever reads that question is affected in turn. Any other
role (``constraint``, ``required``, ``read_only``, ``choice_filter``…) only
checks or displays: it is re-evaluated when what it reads changes, and
propagates nothing. So two dates whose constraints compare them with each
other are fine, while two calculations that read each other are a cycle.
A question is affected by its group's relevance (through ``parents``), and
``.`` in a role reads the question's own answer.

``affected(name)`` lists the questions to re-evaluate after ``name``'s answer
changes, ordered so that evaluating the value roles of each in turn sees
every value it reads already up to date; evaluate the other roles after that
pass (a constraint may read a calculation placed later in the list).
"""

import heapq
from collections.abc import Iterator, Mapping

from desktop.forms.expressions.errors import ExpressionError
from desktop.forms.expressions.evaluate import Expression

VALUE_ROLES = frozenset({"relevant", "calculation"})


class DependencyGraph:
    """Dependencies between the questions of one form, checked for cycles."""

    def __init__(
        self,
        questions: Mapping[str, Mapping[str, Expression | None]],
        parents: Mapping[str, str] | None = None,
    ) -> None:
        """Build the graph.

        Raises:
            ExpressionError: ``expr.cycle`` when relevances, calculations and
                groups depend on each other in a circle; ``detail`` is the
                circle, e.g. ``"a → b → a"`` (read "a depends on b").
        """
        parents = parents or {}
        self._names = list(questions)
        self._value_reads: dict[str, set[str]] = {}
        self._all_reads: dict[str, set[str]] = {}
        self._value_readers: dict[str, set[str]] = {}
        self._check_readers: dict[str, set[str]] = {}
        for name, roles in questions.items():
            value_reads: set[str] = set()
            check_reads: set[str] = set()
            for role, expression in roles.items():
                if expression is None:
                    continue
                reads = value_reads if role in VALUE_ROLES else check_reads
                reads.update(expression.references)
                if expression.uses_current:
                    reads.add(name)
            if name in parents:
                value_reads.add(parents[name])
            self._value_reads[name] = value_reads
            self._all_reads[name] = value_reads | check_reads
            for read in value_reads:
                self._value_readers.setdefault(read, set()).add(name)
            for read in check_reads:
                self._check_readers.setdefault(read, set()).add(name)
        self._order = self._topological_order()
        self._rank = {name: index for index, name in enumerate(self._order)}
        self._affected: dict[str, list[str]] = {}

    def _topological_order(self) -> list[str]:
        """Kahn's algorithm over value dependencies; ties keep definition order."""
        known = set(self._names)
        position = {name: index for index, name in enumerate(self._names)}
        waiting = {name: len(self._value_reads[name] & known) for name in self._names}
        ready = [(position[name], name) for name in self._names if waiting[name] == 0]
        heapq.heapify(ready)
        order: list[str] = []
        while ready:
            _, name = heapq.heappop(ready)
            order.append(name)
            for reader in self._value_readers.get(name, ()):
                waiting[reader] -= 1
                if waiting[reader] == 0:
                    heapq.heappush(ready, (position[reader], reader))
        if len(order) < len(self._names):
            raise ExpressionError("expr.cycle", None, self._find_cycle(known - set(order)))
        return order

    def _find_cycle(self, stuck: set[str]) -> str:
        """Walk dependencies inside the questions left unordered until one repeats."""
        name = min(stuck, key=self._names.index)
        path: list[str] = []
        seen: dict[str, int] = {}
        while name not in seen:
            seen[name] = len(path)
            path.append(name)
            name = min(self._value_reads[name] & stuck, key=self._names.index)
        circle = path[seen[name] :] + [name]
        return " → ".join(circle)

    def evaluation_order(self) -> list[str]:
        """Every question, each after the questions its value roles read."""
        return list(self._order)

    def affected(self, changed: str) -> list[str]:
        """Questions with an expression that reads ``changed``, directly or
        through relevances, calculations and groups, in evaluation order."""
        cached = self._affected.get(changed)
        if cached is None:
            found: set[str] = set()
            frontier = [changed]
            propagated = {changed}
            while frontier:
                name = frontier.pop()
                found.update(self._check_readers.get(name, ()))
                for reader in self._value_readers.get(name, ()):
                    found.add(reader)
                    if reader not in propagated:
                        propagated.add(reader)
                        frontier.append(reader)
            cached = sorted(found, key=self._rank.__getitem__)
            self._affected[changed] = cached
        return list(cached)

    def unknown_references(self) -> list[tuple[str, str]]:
        """``(question, name)`` for each reference (or parent) to no question,
        sorted, so a form check can report them all."""
        known = set(self._names)
        return sorted((name, read) for name, reads in self._all_reads.items() for read in reads - known)

    def check_references(self) -> None:
        """Raise ``ExpressionError("expr.unknown_reference", detail=name)`` for the first unknown name."""
        unknown = self.unknown_references()
        if unknown:
            raise ExpressionError("expr.unknown_reference", None, unknown[0][1])

    def __contains__(self, name: object) -> bool:
        return name in self._rank

    def __iter__(self) -> Iterator[str]:
        return iter(self._order)
