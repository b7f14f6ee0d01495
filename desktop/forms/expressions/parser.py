"""Recursive-descent parser with precedence climbing, producing ``nodes``.

Grammar (XPath precedence, loosest first; binary operators associate left)::

    expr    := or
    or      := and ("or" and)*
    and     := eq ("and" eq)*
    eq      := rel (("=" | "!=") rel)*
    rel     := add (("<" | "<=" | ">" | ">=") add)*
    add     := mul (("+" | "-") mul)*
    mul     := unary (("*" | "div" | "mod") unary)*
    unary   := "-" unary | primary
    primary := NUMBER | STRING | ${name} | "." | "(" expr ")"
             | NAME "(" [expr ("," expr)*] ")"
"""

from desktop.forms.expressions.errors import ExpressionError
from desktop.forms.expressions.functions import FUNCTIONS
from desktop.forms.expressions.lexer import (
    COMMA,
    DOT,
    END,
    LPAREN,
    NAME,
    NUMBER,
    OPERATOR,
    REFERENCE,
    RPAREN,
    STRING,
    Token,
    tokenize,
)
from desktop.forms.expressions.nodes import And, Attribute, Binary, Call, Current, Literal, Node, Or, Reference, Unary
from desktop.forms.expressions.operators import BINARY, PRECEDENCE, negate
from desktop.forms.expressions.values import normalize, to_number

# Parentheses, calls and unary minus may nest this deep; the tree (long
# chains of + or =) this deep. Both keep parsing and evaluation far from
# Python's recursion limit.
MAX_NESTING = 32
MAX_DEPTH = 120
_KEYWORDS = frozenset({"and", "or", "div", "mod"})


def parse_tree(source: str, attributes: bool = False) -> Node:
    """Parse ``source`` into its root node; raise ``ExpressionError`` if malformed.

    With ``attributes``, a bare name that is not a call reads that key of the
    choice being filtered (an ``Attribute``); otherwise it is an error."""
    tokens = tokenize(source)
    if tokens[0].kind == END:
        raise ExpressionError("expr.empty", None, None)
    return _Parser(tokens, attributes).parse()


def _binary_symbol(token: Token) -> str | None:
    """The operator this token is in infix position, if it is one."""
    if token.kind == OPERATOR:
        return token.text
    if token.kind == NAME and token.text in _KEYWORDS:
        return token.text
    return None


class _Parser:
    def __init__(self, tokens: list[Token], attributes: bool = False) -> None:
        self.tokens = tokens
        self.attributes = attributes
        self.index = 0
        self.nesting = 0

    def peek(self) -> Token:
        return self.tokens[self.index]

    def advance(self) -> Token:
        token = self.tokens[self.index]
        if token.kind != END:
            self.index += 1
        return token

    def parse(self) -> Node:
        node = self.expression(1)
        token = self.peek()
        if token.kind != END:
            raise self.unexpected(token)
        return node

    def expression(self, min_precedence: int) -> Node:
        """Precedence climbing: operands bind to operators of at least ``min_precedence``."""
        left = self.unary()
        while True:
            token = self.peek()
            symbol = _binary_symbol(token)
            if symbol is None:
                return left
            precedence = PRECEDENCE[symbol]
            if precedence < min_precedence:
                return left
            self.advance()
            right = self.expression(precedence + 1)
            left = self.combine(token, symbol, left, right)

    def combine(self, token: Token, symbol: str, left: Node, right: Node) -> Node:
        node: Node
        if symbol in ("and", "or"):
            kind = And if symbol == "and" else Or
            operands = list(left.operands) if isinstance(left, kind) else [left]
            operands.append(right)
            node = kind(left.position, operands)
        else:
            node = Binary(left.position, symbol, BINARY[symbol], left, right)
        if node.depth > MAX_DEPTH:
            raise ExpressionError("expr.too_complex", token.position, symbol)
        return node

    def unary(self) -> Node:
        token = self.peek()
        if token.kind == OPERATOR and token.text == "-":
            self.advance()
            self.enter(token)
            operand = self.unary()
            self.nesting -= 1
            if isinstance(operand, Literal) and isinstance(operand.value, (int, float)):
                return Literal(token.position, normalize(-operand.value))
            return Unary(token.position, "-", negate, operand)
        return self.primary()

    def enter(self, token: Token) -> None:
        self.nesting += 1
        if self.nesting > MAX_NESTING:
            raise ExpressionError("expr.too_complex", token.position, token.text)

    def primary(self) -> Node:
        token = self.advance()
        if token.kind == NUMBER:
            return Literal(token.position, to_number(token.text))  # too large for a float: empty, like infinity
        if token.kind == STRING:
            return Literal(token.position, token.text)
        if token.kind == REFERENCE:
            return Reference(token.position, token.text)
        if token.kind == DOT:
            return Current(token.position)
        if token.kind == LPAREN:
            self.enter(token)
            node = self.expression(1)
            self.close(token)
            self.nesting -= 1
            return node
        if token.kind == NAME and token.text not in _KEYWORDS:
            if self.peek().kind == LPAREN:
                return self.call(token)
            if self.attributes:
                return Attribute(token.position, token.text)
            raise ExpressionError("expr.bare_name", token.position, repr(token.text))
        raise self.unexpected(token)

    def call(self, name: Token) -> Node:
        function = FUNCTIONS.get(name.text)
        if function is None:
            raise ExpressionError("expr.unknown_function", name.position, name.text + "()")
        opening = self.advance()
        self.enter(opening)
        args: list[Node] = []
        if self.peek().kind != RPAREN:
            args.append(self.expression(1))
            while self.peek().kind == COMMA:
                self.advance()
                args.append(self.expression(1))
        self.close(opening)
        self.nesting -= 1
        count = len(args)
        if count < function.min_args or (function.max_args is not None and count > function.max_args):
            raise ExpressionError(
                "expr.wrong_arity", name.position, name.text + "()", expected=function.expected()
            )
        if function.check is not None:
            function.check(args)
        node = Call(name.position, name.text, function.implementation, args, function.lazy)
        if node.depth > MAX_DEPTH:
            raise ExpressionError("expr.too_complex", name.position, name.text + "()")
        return node

    def close(self, opening: Token) -> None:
        token = self.peek()
        if token.kind == RPAREN:
            self.advance()
            return
        if token.kind == END:
            raise ExpressionError("expr.unclosed_paren", opening.position, "(")
        raise self.unexpected(token)

    def unexpected(self, token: Token) -> ExpressionError:
        if token.kind == END:
            previous = self.tokens[self.index - 1] if self.index > 0 else token
            return ExpressionError("expr.unexpected_end", token.position, previous.describe())
        return ExpressionError("expr.unexpected_token", token.position, token.describe())


