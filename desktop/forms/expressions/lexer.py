"""Tokenizer: expression text to a list of tokens, XLSForm/ODK XPath flavoured.

Tokens: numbers (``12``, ``3.5``, ``.5``), strings in single or double quotes
(no escapes, as in XPath: put a ``'`` inside ``"…"``), ``${name}`` references,
``.`` for the current answer, parentheses, commas, the operators
``+ - * = != < <= > >=`` and names. Names are keywords (``and or div mod``) or
function names; a hyphen belongs to a name only when a letter follows it, so
``count-selected`` is one name but ``${a} mod-1`` is ``mod``, ``-``, ``1``.
"""

import re
from dataclasses import dataclass

from desktop.forms.expressions.errors import ExpressionError

MAX_LENGTH = 10_000

NUMBER = "number"
STRING = "string"
REFERENCE = "reference"
DOT = "dot"
NAME = "name"
OPERATOR = "operator"
LPAREN = "("
RPAREN = ")"
COMMA = ","
END = "end"

REFERENCE_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_.\-]*\Z")
_NUMBER = re.compile(r"\d+(?:\.\d*)?|\.\d+")
_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*(?:-[A-Za-z_][A-Za-z0-9_]*)*")
_SPACE = re.compile(r"\s+")
_OPERATORS = ("!=", "<=", ">=", "+", "-", "*", "=", "<", ">")


@dataclass(frozen=True, slots=True)
class Token:
    kind: str
    text: str
    position: int

    def describe(self) -> str:
        """How an error message names this token."""
        if self.kind == END:
            return "end of expression"
        return repr(self.text) if len(self.text) <= 40 else repr(self.text[:37] + "...")


def tokenize(source: str) -> list[Token]:
    """Split ``source`` into tokens, ending with an ``END`` token.

    Raises:
        ExpressionError: ``expr.too_long``, ``expr.unclosed_string``,
            ``expr.bad_reference`` or ``expr.unexpected_token`` (a character
            that starts no token).
    """
    if len(source) > MAX_LENGTH:
        raise ExpressionError("expr.too_long", None, str(len(source)))
    tokens: list[Token] = []
    i = 0
    n = len(source)
    while i < n:
        char = source[i]
        if char.isspace():
            i = _SPACE.match(source, i).end()  # type: ignore[union-attr]
            continue
        if char in "0123456789" or (char == "." and i + 1 < n and source[i + 1] in "0123456789"):
            match = _NUMBER.match(source, i)
            assert match is not None
            tokens.append(Token(NUMBER, match.group(), i))
            i = match.end()
        elif char == ".":
            if i + 1 < n and source[i + 1] == ".":
                raise ExpressionError("expr.unexpected_token", i, "'..'")
            tokens.append(Token(DOT, ".", i))
            i += 1
        elif char in "'\"":
            end = source.find(char, i + 1)
            if end < 0:
                raise ExpressionError("expr.unclosed_string", i, char)
            tokens.append(Token(STRING, source[i + 1 : end], i))
            i = end + 1
        elif char == "$":
            i = _reference(source, i, tokens)
        elif char in "(),":
            tokens.append(Token(char, char, i))
            i += 1
        elif char.isascii() and (char.isalpha() or char == "_"):
            match = _NAME.match(source, i)
            assert match is not None
            tokens.append(Token(NAME, match.group(), i))
            i = match.end()
        else:
            for operator in _OPERATORS:
                if source.startswith(operator, i):
                    tokens.append(Token(OPERATOR, operator, i))
                    i += len(operator)
                    break
            else:
                raise ExpressionError("expr.unexpected_token", i, repr(char))
    tokens.append(Token(END, "", n))
    return tokens


def _reference(source: str, start: int, tokens: list[Token]) -> int:
    """Read ``${name}`` at ``start``; append its token; return the next offset."""
    if not source.startswith("${", start):
        raise ExpressionError("expr.bad_reference", start, "'$'")
    end = source.find("}", start + 2)
    if end < 0:
        raise ExpressionError("expr.bad_reference", start, "'${' without '}'")
    name = source[start + 2 : end]
    if not REFERENCE_NAME.match(name):
        shown = "${" + name + "}"
        raise ExpressionError("expr.bad_reference", start, repr(shown if len(shown) <= 40 else shown[:37] + "..."))
    tokens.append(Token(REFERENCE, name, start))
    return end + 1
