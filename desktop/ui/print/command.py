"""What ``passerelle report`` needs from Qt: an application without a window
(offscreen when there is no display), the translator of the report's
language, then the report itself. The CLI imports this module only when the
command runs."""

import os
import sys
from datetime import date
from pathlib import Path

from PySide6.QtGui import QGuiApplication

from ...domain.enums import Language
from ...services.forms import FormService, default_catalogue
from ...services.reports import ReportService
from ...services.session import Session
from ..i18n import apply_language
from ..qtlog import route_qt_messages
from .save import save_case_summary, save_caseload_report


def _display_available() -> bool:
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def prepare(language: str) -> None:
    """A Qt application for painting (made here unless one runs already), speaking ``language``."""
    app = QGuiApplication.instance()
    if app is None:
        arguments = ["passerelle"] + ([] if _display_available() else ["-platform", "offscreen"])
        app = QGuiApplication(arguments)
        route_qt_messages()
    apply_language(app, Language(language))  # type: ignore[arg-type]


def case_summary(session: Session, case_number: str, out: Path, language: str, contacts: bool,
                 today: date | None = None) -> int:
    """Write the summary of the case numbered ``case_number``; returns the page count.

    Raises:
        NotFound(case.not_found): no case has that number (checked before Qt starts).
    """
    forms = FormService(session, default_catalogue(), today)
    case = forms.cases.by_number(case_number)
    prepare(language)
    return save_case_summary(forms, case.id, out, contacts=contacts, language=language)


def caseload_report(session: Session, out: Path, language: str, today: date | None = None) -> int:
    """Count the office's caseload and write the report; returns the page count."""
    forms = FormService(session, default_catalogue(), today)
    dashboard = ReportService(session, today).dashboard()
    prepare(language)
    return save_caseload_report(forms, dashboard, out, language=language, today=today)
