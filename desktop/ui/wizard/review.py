"""Answers as a person reads them (choice labels, yes/no in words), as HTML:
the wizard's review page and the view of a stored submission."""

import html
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication

from ...forms.definition import QuestionType
from ...forms.runtime import FormRun


def answer_text(run: FormRun, key: tuple[Any, ...], language: str) -> str:
    question = run.questions[key[-1]]
    value = run.value(key)
    if value is None or value == "" or value == []:
        return "—"
    if question.type == QuestionType.YES_NO:
        if value == "yes":
            return QCoreApplication.translate("Review", "Yes")
        return QCoreApplication.translate("Review", "No")
    if question.type == QuestionType.ACKNOWLEDGEMENT:
        meta = run.acknowledged.get(question.name)
        if meta:
            text = QCoreApplication.translate("Review", "Confirmed by %1 on %2")
            return text.replace("%1", meta["by"]).replace("%2", meta["at"][:10])
        return QCoreApplication.translate("Review", "Confirmed")
    if question.type in (QuestionType.SELECT_ONE, QuestionType.SELECT_MULTIPLE):
        names = {choice.name: choice.label.get(language) for choice in run.choices(key)}
        picked = value if isinstance(value, list) else [value]
        return ", ".join(names.get(item, item) for item in picked)
    if isinstance(value, float):
        return f"{value:.2f}".rstrip("0").rstrip(".")
    return value.isoformat() if isinstance(value, date) else str(value)


def _rows(run: FormRun, name: str, index: int | None, language: str) -> list[str]:
    question = run.questions[name]
    if question.type == QuestionType.NOTE or question.label is None or not run.relevant(name, index):
        return []
    label = html.escape(question.label.get(language))
    if question.type == QuestionType.REPEAT:
        rows = [f"<tr><td colspan=2><b>{label}</b> ({run.instances(name)})</td></tr>"]
        for at in range(run.instances(name)):
            rows.append(f"<tr><td colspan=2><i>{at + 1}.</i></td></tr>")
            for inner in question.questions or []:
                rows.extend(_rows(run, inner.name, at, language))
        return rows
    key = (run.repeat_of[name], index, name) if index is not None else (name,)
    answer = html.escape(answer_text(run, key, language))
    return [f"<tr><td style='padding-right:12px; padding-left:12px'>{label}</td><td><b>{answer}</b></td></tr>"]


def answers_html(run: FormRun, language: str, links: bool = False) -> str:
    """Every relevant page with its answered questions; page titles link to
    ``page:<name>`` when ``links``."""
    parts = []
    for page in run.relevant_pages():
        title = html.escape(page.title.get(language))
        parts.append(f"<h3><a href='page:{page.name}'>{title}</a></h3>" if links else f"<h3>{title}</h3>")
        parts.append("<table>")
        for question in page.questions:
            parts.extend(_rows(run, question.name, None, language))
        parts.append("</table>")
    return "".join(parts)
