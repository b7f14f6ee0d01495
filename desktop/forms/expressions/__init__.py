"""The expression language of form definitions (relevance, constraints,
calculations), compatible with XLSForm / ODK XPath syntax.

    >>> from desktop.forms.expressions import parse, evaluate
    >>> expr = parse("${age} >= 18 and selected(${docs}, 'passport')")
    >>> sorted(expr.references)
    ['age', 'docs']
    >>> evaluate(expr, {"age": 30, "docs": ["passport", "id_card"]})
    True

Syntax: numbers, 'text' or "text", ``${question}``, ``.`` (the answer being
checked), parentheses; operators from loosest to tightest: ``or``, ``and``,
``= !=``, ``< <= > >=``, ``+ -``, ``* div mod``, unary ``-``; the functions in
``functions.FUNCTIONS``. Nothing is ever executed as Python.

Values and coercions (XPath-like; see ``values`` and ``operators``):

* Unanswered (None, ``""``) is *empty*. Arithmetic with empty, non-numeric
  text, division or ``mod`` by zero all give empty (None); comparisons with
  empty are false, except ``!=`` which is ``not(=)``, and ``${q} = ''``,
  which is how a form tests "unanswered".
* ``=``/``!=`` compare as dates when either side is a date, as booleans when
  either is true/false (text "yes"/"true"/"1" and "no"/"false"/"0"/"" count
  as booleans there), as numbers when either is a number, else as text.
  ``< <= > >=`` compare dates as dates, otherwise numbers (two texts written
  YYYY-MM-DD compare as dates).
* Text written YYYY-MM-DD counts as a date in arithmetic and comparisons:
  date ± number = that many days later/earlier; date − date = days between.
* Truth: empty, ``""``, 0 and an empty list are false; anything else is true.
* A list (select multiple, or one value per repeat instance) is text as its
  items joined by spaces, a number as its first item.
* Numbers: whole results are ints (``4 div 2`` is 2), NaN and infinity are
  empty.
"""

from desktop.forms.expressions.dependencies import VALUE_ROLES, DependencyGraph
from desktop.forms.expressions.errors import TEMPLATES, ExpressionError
from desktop.forms.expressions.evaluate import Expression, evaluate, parse
from desktop.forms.expressions.functions import FUNCTIONS

__all__ = [
    "FUNCTIONS",
    "TEMPLATES",
    "VALUE_ROLES",
    "DependencyGraph",
    "Expression",
    "ExpressionError",
    "evaluate",
    "parse",
]
