"""The case summary as a PDF: ``CaseSummary`` (what goes in, decided without
Qt in ``services.case_summary``) laid out in the interface language, the RSS
chart of the Progress tab embedded as an image."""

from datetime import date
from enum import Enum
from typing import Any

from PySide6.QtCore import QSizeF

from ...domain.enums import ClosureReason, Document, ReturnType, Sex, Status
from ...services.case_summary import SECTIONS, CaseSummary, FormBlock, list_separator
from ...services.case_progress import SCORES, SurveyPoint
from .. import labels
from ..charts import RssChart, RssSurvey, RssTexts, format_score, score_bands
from ..i18n import isolate
from .html import grid, heading, ltr, pairs, paragraph, text
from .pdf import Report, img
from .words import word

CHART_SIZE = QSizeF(620, 300)
#: a repeat with more columns than this prints one table per instance
WIDE = 5


def _value(name: str, value: Any, language: str) -> str:
    """A profile value in words."""
    if isinstance(value, Status):
        return labels.status(value)
    if isinstance(value, Sex):
        return labels.sex(value)
    if isinstance(value, ReturnType):
        return labels.return_type(value)
    if isinstance(value, ClosureReason):
        return labels.closure_reason(value)
    if isinstance(value, list):
        return list_separator(language).join(labels.document(item) if isinstance(item, Document) else str(item)
                                             for item in value)
    if isinstance(value, date) or name == "case_number":
        return isolate(value.isoformat() if isinstance(value, date) else str(value))
    if isinstance(value, Enum):
        return str(value.value)
    return str(value)


def _survey_names(points: list[SurveyPoint]) -> list[str]:
    return [labels.survey_name(point.round, point.follow_up) for point in points]


def _profile(summary: CaseSummary) -> str:
    rtl = summary.language == "ar"
    rows = [(labels.field(name), _value(name, value, summary.language)) for name, value in summary.profile]
    parts = [heading(2, word("profile")), pairs(rows, rtl=rtl), heading(2, word("vulnerabilities"))]
    vulnerabilities = summary.case.vulnerabilities
    parts.append(paragraph(text(list_separator(summary.language).join(labels.vulnerability(v) for v in vulnerabilities))) if vulnerabilities
                 else paragraph(text(word("no_vulnerability")), "empty"))
    if summary.household:
        header = [word("name"), word("relationship"), labels.field("sex"), word("birth_year"), word("returned_too")]
        rows2 = [[m.name, labels.relationship(m.relationship), labels.sex(m.sex),
                  str(m.birth_year) if m.birth_year else "", word("yes") if m.returned_too else word("no")]
                 + ([m.notes] if summary.contacts else []) for m in summary.household]
        parts += [heading(2, word("household")),
                  grid(header + ([word("notes")] if summary.contacts else []), rows2, numbers=(3,), rtl=rtl)]
    if summary.consents:
        rows = [(labels.consent_purpose(c.purpose),
                 word("consent_given" if c.given else "consent_refused", isolate(c.recorded_on.isoformat())))
                for c in summary.consents]
        parts += [heading(2, word("consent")), pairs(rows, rtl=rtl)]
    return "".join(parts)


def _block(block: FormBlock, rtl: bool) -> str:
    title = word("form_heading", block.title, isolate(block.day))
    if block.revision > 1:
        title += f" ({word('revision', block.revision)})"
    parts = [heading(3, title)]
    if block.rows:
        parts.append(pairs([(row.label, row.value) for row in block.rows], rtl=rtl))
    for table in block.tables:
        if len(table.header) <= WIDE:
            parts += [heading(4, table.title), grid(table.header, table.rows, rtl=rtl)]
            continue
        for number, row in enumerate(table.rows, 1):  # too many columns for the page: one table each
            parts.append(heading(4, f"{table.title} · {number}"))
            parts.append(pairs([(label, value) for label, value in zip(table.header, row) if value], rtl=rtl))
    return "".join(parts)


def _forms(summary: CaseSummary) -> str:
    parts = []
    for name in SECTIONS:
        blocks = summary.sections.get(name, [])
        if not blocks and name == "other":
            continue
        parts.append(heading(2, word(name)))
        parts += [_block(block, summary.language == "ar") for block in blocks] or [paragraph(text(word("none_yet")), "empty")]
    return "".join(parts)


def rss_chart(summary: CaseSummary) -> RssChart:
    points = [RssSurvey(f"{name}\n{isolate(point.day)}", **point.scores)
              for name, point in zip(_survey_names(summary.surveys), summary.surveys)]
    texts = RssTexts(economic=labels.score("economic"), social=labels.score("social"),
                     psychosocial=labels.score("psychosocial"), composite=labels.score("composite"),
                     empty=labels.no_score(), provisional=labels.provisional_scoring())
    bands = summary.scoring.bands
    shaded = (score_bands(bands.low, bands.high, tuple(map(labels.score_band, ("low", "medium", "high"))))
              if bands is not None else ())
    return RssChart(points, texts, bands=shaded, provisional=summary.scoring.provisional)


def _scores(summary: CaseSummary, charts: dict) -> str:
    parts = [heading(2, word("scores"))]
    if not summary.surveys and not summary.other_profiles:
        return "".join(parts + [paragraph(text(word("no_survey")), "empty")])
    header = [word("survey"), *map(labels.score, SCORES)]
    rows = [[f"{name} · {isolate(point.day)}",
             *(format_score(point.scores[s]) if point.scores.get(s) is not None else "–" for s in SCORES)]
            for name, point in zip(_survey_names(summary.surveys), summary.surveys)]
    if rows:
        parts.append(grid(header, rows, numbers=(1, 2, 3, 4), rtl=summary.language == "ar"))
    meta = labels.scoring_profile(isolate(summary.scoring.id))
    if summary.other_profiles:
        meta += " · " + labels.other_profile_surveys(summary.other_profiles)
    parts.append(paragraph(text(meta), "meta"))
    if summary.has_scores:
        charts["rss"] = (rss_chart(summary), CHART_SIZE)
        parts.append(paragraph(img("rss", CHART_SIZE)))
    return "".join(parts)


def case_summary_report(summary: CaseSummary, office: str, printed_by: str, rtl: bool) -> Report:
    """The summary as a ``Report`` for ``render_pdf``."""
    case = summary.case
    number = isolate(case.case_number)
    charts: dict = {}
    head = [
        heading(1, word("case_summary")),
        paragraph(f"<b>{ltr(case.case_number)}</b> · {text(case.full_name)} · {text(labels.status(case.status))}"),
        paragraph(text(labels.dashboard("office", isolate(office))) + " · "
                  + text(word("printed", isolate(summary.printed_on.isoformat()), printed_by)), "meta"),
    ]
    if not summary.contacts:
        head.append(paragraph(text(word("no_contacts")), "note"))
    body = "".join(head) + _profile(summary) + _forms(summary) + _scores(summary, charts)
    printed = isolate(summary.printed_on.isoformat())
    return Report(
        title=f"{word('case_summary')} {case.case_number}", body=body,
        footer=f"{number} · {word('confidential')}",
        page_text=lambda page, pages: word("page", printed, page, pages), rtl=rtl, charts=charts,
    )
