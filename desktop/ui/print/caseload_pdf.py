"""The caseload report as a PDF: what the dashboard shows (``Dashboard`` from
``ReportService.dashboard()``), as key figures, then each breakdown as a bar
chart and a table with its counts, the office and the date in the heading."""

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import QSizeF

from ...domain.enums import Status
from ...forms.definition import FormDefinition
from ...services.reports import Dashboard, Figure
from .. import labels
from ..charts import Bar, BarChart
from ..i18n import isolate
from .html import grid, heading, pairs, paragraph, text
from .pdf import Report, img
from .words import word

CHART_WIDTH = 560


def _key_figures(dashboard: Dashboard, rtl: bool) -> str:
    timing = dashboard.plan_timing
    median = "–" if timing.median_days is None else f"{timing.median_days:g}"
    share = "–" if timing.share_within_target is None else f"{round(timing.share_within_target * 100)} %"
    tasks = dashboard.tasks_overdue
    rows = [
        (labels.dashboard("cases"), str(dashboard.total.count)),
        (labels.dashboard("overdue"), str(dashboard.follow_ups_overdue.count)),
        (labels.follow_ups_due_soon(), str(dashboard.follow_ups_due_soon.count)),
        (labels.dashboard("tasks_overdue"), f"{tasks.count}" + (f" · {labels.dashboard('cases')}: {tasks.cases}" if tasks.cases else "")),
        (labels.dashboard("plan_median"), f"{median} · {isolate(f'n = {timing.count}')}"),
        (labels.dashboard("plan_within", timing.target_days), isolate(share)),
    ]
    return heading(2, word("key_figures")) + pairs(rows, rtl=rtl)


def _breakdown(key: str, figures: Sequence[Figure], label: Callable[[str], str], charts: dict, rtl: bool,
               hide_zero: bool = False) -> str:
    shown = [figure for figure in figures if figure.count or not hide_zero]
    parts = [heading(2, labels.dashboard(key))]
    if not any(figure.count for figure in shown):
        return "".join(parts + [paragraph(text(word("nothing")), "empty")])
    size = QSizeF(CHART_WIDTH, max(90, 26 * len(shown) + 24))
    charts[key] = (BarChart([Bar(label(f.code), f.count) for f in shown], empty_text=word("nothing")), size)
    with_cases = any(figure.cases is not None for figure in shown)
    header = ["", word("count")] + ([labels.dashboard("cases")] if with_cases else [])
    rows = [[label(f.code), str(f.count)] + ([str(f.cases) if f.cases is not None else ""] if with_cases else [])
            for f in shown]
    parts += [paragraph(img(key, size)), grid(header, rows, numbers=(1, 2), rtl=rtl)]
    return "".join(parts)


def caseload_report(dashboard: Dashboard, plan_form: FormDefinition | None, language: str, printed_on: date,
                    printed_by: str, rtl: bool) -> Report:
    """The dashboard as a ``Report`` for ``render_pdf``."""
    charts: dict = {}
    office = isolate(dashboard.office_code)
    head = [
        heading(1, word("caseload_report")),
        paragraph(f"<b>{text(labels.dashboard('office', office))}</b> · {text(labels.dashboard('counted', isolate(dashboard.today.isoformat())))}"),
        paragraph(text(word("printed", isolate(printed_on.isoformat()), printed_by)), "meta"),
    ]
    body = "".join(head) + _key_figures(dashboard, rtl) + "".join([
        _breakdown("by_status", dashboard.by_status, lambda code: labels.status(Status(code)), charts, rtl),
        _breakdown("by_vulnerability", dashboard.vulnerabilities, labels.vulnerability_group, charts, rtl, hide_zero=True),
        _breakdown("item_types", dashboard.plan_items_by_type, labels.assistance_types(plan_form, language), charts, rtl),
        _breakdown("deliveries", dashboard.plan_items_by_delivery, labels.report_group, charts, rtl),
        _breakdown("referral_outcomes", dashboard.referral_outcomes, labels.referral_outcome, charts, rtl,
                   hide_zero=True),
    ])
    printed = isolate(printed_on.isoformat())
    return Report(
        title=f"{word('caseload_report')} {dashboard.office_code}", body=body,
        footer=f"{labels.dashboard('office', office)} · {word('confidential')}",
        page_text=lambda page, pages: word("page", printed, page, pages), rtl=rtl, charts=charts,
    )
