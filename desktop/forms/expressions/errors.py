"""The one exception of the expression language, and its English sentences."""

from typing import Any

from desktop.domain.errors import PasserelleError

# English templates, one per key. ``{detail}``, ``{column}`` and ``{expected}``
# are filled in; the wording avoids answers (details are tokens and names).
TEMPLATES: dict[str, str] = {
    "expr.empty": "the expression is empty",
    "expr.too_long": "the expression is too long",
    "expr.too_complex": "the expression is nested too deeply at column {column}",
    "expr.unexpected_token": "unexpected {detail} at column {column}",
    "expr.unexpected_end": "the expression ends too early after {detail} at column {column}",
    "expr.unclosed_string": "the text starting at column {column} has no closing quote",
    "expr.unclosed_paren": "the parenthesis at column {column} is never closed",
    "expr.bad_reference": "{detail} at column {column} is not a valid question reference",
    "expr.bare_name": "{detail} at column {column} is neither a function call nor a ${name} reference",
    "expr.unknown_function": "there is no function {detail} (column {column})",
    "expr.wrong_arity": "{detail} at column {column} takes {expected}",
    "expr.bad_regex": "the regular expression at column {column} is not valid: {detail}",
    "expr.bad_date": "{detail} at column {column} is not a date written YYYY-MM-DD",
    "expr.cycle": "the calculations depend on each other in a circle: {detail}",
    "expr.unknown_reference": "there is no question named {detail}",
}


class ExpressionError(PasserelleError):
    """A form expression that cannot be parsed, or a graph of them that cannot be ordered.

    Attributes:
        key: message key, one of ``TEMPLATES`` (e.g. ``"expr.unexpected_token"``).
        position: 0-based character offset in the expression text, or None.
        detail: the offending token, function or question name (never an answer).
        params: ``detail``, ``column`` (1-based, as editors count) and, for
            ``expr.wrong_arity``, ``expected``; for the translated message.
    """

    key = "expr.unexpected_token"

    def __init__(self, key: str, position: int | None = None, detail: str | None = None, **params: Any) -> None:
        column = position + 1 if position is not None else None
        super().__init__(key, detail=detail, column=column, **params)
        self.position = position
        self.detail = detail

    def __str__(self) -> str:
        text = TEMPLATES.get(self.key, self.key)
        for name, value in self.params.items():
            text = text.replace("{" + name + "}", "" if value is None else str(value))
        if self.position is None:
            text = text.replace(" at column ", " ").replace(" (column )", "")
        return text

    def __repr__(self) -> str:
        return f"ExpressionError({self.key!r}, position={self.position!r}, detail={self.detail!r})"
