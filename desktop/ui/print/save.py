"""Saving the reports: gather, lay out, write the file and the audit entry.

Both run on the UI thread in well under a second on a demo profile (a case
summary reads one case; the caseload report prints a ``Dashboard`` already
counted). The words come from the translator installed for the interface
language (the CLI installs the one asked for); form answers and the text
direction follow ``language``.
"""

from datetime import date
from pathlib import Path

from ...services.case_summary import build_case_summary
from ...services.forms import FormService
from ...services.report_output import ReportKind, publish_report
from ...services.reports import Dashboard
from ...store.report_schema import PLAN_FORM
from ..i18n import ui_language
from .case_summary_pdf import case_summary_report
from .caseload_pdf import caseload_report
from .pdf import render_pdf


def save_case_summary(forms: FormService, case_id: str, out: Path, *, contacts: bool = True,
                      language: str | None = None) -> int:
    """Write the case summary to ``out`` as PDF and record it; returns the page count.

    Raises:
        PasserelleError(case.not_found): no such case.
        ExportError(export.cannot_write): the file cannot be written there.
    """
    language = language or ui_language()
    session = forms.session
    summary = build_case_summary(forms, case_id, language, contacts)
    office = summary.case.office_code or session.settings.office_code or session.profile.office
    report = case_summary_report(summary, office, session.profile.display_name, rtl=language == "ar")
    data, pages = render_pdf(report)
    publish_report(session.db, session.profile.username, out, data, ReportKind.CASE_PDF, case_id,
                   {"contacts": int(contacts), "language": language, "pages": pages})
    return pages


def save_caseload_report(forms: FormService, dashboard: Dashboard, out: Path, *,
                         language: str | None = None, today: date | None = None) -> int:
    """Write the caseload report of ``dashboard`` to ``out`` as PDF and record it; returns the page count.

    Raises:
        ExportError(export.cannot_write): the file cannot be written there.
    """
    language = language or ui_language()
    session = forms.session
    report = caseload_report(dashboard, forms.catalogue.forms.get(PLAN_FORM), language, today or forms.today,
                             session.profile.display_name, rtl=language == "ar")
    data, pages = render_pdf(report)
    publish_report(session.db, session.profile.username, out, data, ReportKind.CASELOAD_PDF, None,
                   {"language": language, "pages": pages, "cases": dashboard.total.count})
    return pages
