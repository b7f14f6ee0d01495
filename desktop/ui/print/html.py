"""Small HTML pieces the reports are made of; every text is escaped here."""

from collections.abc import Sequence
from html import escape

from ..i18n import isolate


def text(value: object) -> str:
    return escape(str(value))


def ltr(value: object) -> str:
    """A case number, a date, an amount: kept left to right in an Arabic sentence."""
    return escape(isolate(str(value)))


def _value(value: str) -> str:
    """A cell: each line isolated, so a phone number or an amount keeps its order
    in an Arabic table and an Arabic answer its own in a French one."""
    return "<br>".join(escape(isolate(line)) if line else "" for line in value.split("\n"))


def heading(level: int, title: str) -> str:
    return f"<h{level}>{escape(title)}</h{level}>"


def paragraph(content: str, css: str = "") -> str:
    """``content`` is HTML already escaped."""
    return f'<p class="{css}">{content}</p>' if css else f"<p>{content}</p>"


def grid(header: Sequence[str], rows: Sequence[Sequence[str]], numbers: Sequence[int] = (), *,
         rtl: bool = False, width: int = 100) -> str:
    """A table of plain texts (escaped here); ``numbers`` are the columns aligned as figures.
    Right to left, the columns are laid out from the right: Qt's tables never mirror."""
    def line(tag: str, cells: Sequence[str]) -> str:
        right = ' align="right"'
        html = [f"<{tag}{right if index in numbers and not rtl else ''}>{_value(value)}</{tag}>"
                for index, value in enumerate(cells)]
        return "<tr>" + "".join(reversed(html) if rtl else html) + "</tr>"

    lines = ([line("th", header)] if header else []) + [line("td", row) for row in rows]
    return f'<table class="grid" width="{width}%" cellspacing="0">{"".join(lines)}</table>'


def pairs(rows: Sequence[tuple[str, str]], *, rtl: bool = False, width: int = 100) -> str:
    """A two-column table: a label, its value (the label on the right, right to left)."""
    lines = []
    for label, value in rows:
        cells = [f'<td class="label" width="34%">{escape(label)}</td>', f"<td>{_value(value)}</td>"]
        lines.append("<tr>" + "".join(reversed(cells) if rtl else cells) + "</tr>")
    return f'<table class="grid" width="{width}%" cellspacing="0">{"".join(lines)}</table>'
