"""The case summary and the caseload report as PDF files: their text read back
with poppler's ``pdftotext``, page 1 drawn with ``pdftoppm``, the buttons of the
case file and the dashboard, and ``passerelle report``.
"""

import json
import os
import re
import shutil
import subprocess
import sys
import unicodedata
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from desktop.cli.runner import main
from desktop.domain.enums import Language
from desktop.services.forms import FormCatalogue, FormService
from desktop.services.reports import ReportService
from desktop.services.session import Session
from desktop.ui.i18n import apply_language
from desktop.ui.main_window import MainWindow
from desktop.ui.pages.dashboard_page import DashboardPage
from desktop.ui.print import save_case_summary, save_caseload_report
from tests.conftest import PASSPHRASE, TODAY
from tests.unit.reports_pdf.helpers import COUSIN_PHONE, EMAIL, PHONE, PLACE, CaseFile, make_case_file

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None or shutil.which("pdftoppm") is None,
                                reason="poppler-utils (pdftotext, pdftoppm) is not installed")
ROOT = Path(__file__).resolve().parents[2]
_CONTROLS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")
TITLE_BLUE = QColor("#1f5f8b")


def pdf_text(path: Path) -> str:
    """The PDF's text as a reader would copy it: Arabic presentation forms folded
    (NFKC), direction marks dropped, white space collapsed."""
    raw = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return " ".join(_CONTROLS.sub("", unicodedata.normalize("NFKC", raw)).split())


def pdf_pages(path: Path) -> int:
    """The PDF's page count, as poppler reads it (one form feed ends each page)."""
    raw = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return raw.count("\f")


def squeezed(text: str) -> str:
    return "".join(text.split())


def word_boxes(path: Path) -> list[tuple[str, float, float]]:
    """Every word of page 1 with the x of its left edge and the y of its top
    (poppler gives Arabic letter by letter)."""
    html = subprocess.run(["pdftotext", "-bbox", "-f", "1", "-l", "1", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout
    return [(_CONTROLS.sub("", unicodedata.normalize("NFKC", word)), float(x), float(y))
            for x, y, word in re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)</word>', html)]


def label_and_value_x(path: Path) -> tuple[float, float]:
    """Where the label of the phone row and its value ("+221 …") start on the page."""
    boxes = word_boxes(path)
    _, value_x, value_y = next(box for box in boxes if box[0] == "+221")
    row = [x for word, x, y in boxes if abs(y - value_y) < 2 and not any(ch.isdigit() for ch in word)]
    return min(row), value_x


def first_page(path: Path, tmp_path: Path) -> QImage:
    stem = tmp_path / f"{path.stem}-page"
    subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", str(path), str(stem)],
                   check=True)
    return QImage(f"{stem}.png")


def title_side(image: QImage) -> str:
    """Where the big blue title of the page sits: "left" or "right"."""
    xs = [x for y in range(20, 60) for x in range(image.width()) if image.pixelColor(x, y) == TITLE_BLUE]
    assert xs, "no title drawn"
    middle = (min(xs) + max(xs)) / 2
    return "left" if middle < image.width() / 2 else "right"


@pytest.fixture
def speak(qapp: QApplication) -> Iterator[Callable[[str], None]]:
    yield lambda language: apply_language(qapp, Language(language))
    apply_language(qapp, Language.ENGLISH)


@pytest.fixture
def case_file(session: Session) -> CaseFile:
    return make_case_file(session)


@pytest.fixture
def forms(session: Session) -> FormService:
    return FormService(session, FormCatalogue(), TODAY)


def audit_reports(session: Session) -> list[tuple[str | None, dict]]:
    rows = session.db.execute("SELECT case_id, detail FROM audit_log WHERE action = 'export' ORDER BY seq").fetchall()
    return [(case_id, json.loads(detail)) for case_id, detail in rows]


# --- the case summary -----------------------------------------------------------------------------


def test_french_summary_reads_in_french(forms: FormService, case_file: CaseFile, speak: Callable[[str], None],
                                        tmp_path: Path) -> None:
    speak("fr")
    out = tmp_path / "summary.pdf"
    assert save_case_summary(forms, case_file.case_id, out, language="fr") >= 2
    text = pdf_text(out)
    for expected in (case_file.case_number, "Mariétou Ndiayekoro", "Numéro de dossier", "Plan convenu", "Téléphone",
                     "Parent isolé", "Besoins de santé", "Plan de réintégration", "Formation professionnelle",
                     "Centre de formation Exemple", "Passeport", "rss-provisional-1"):
        assert expected in text, expected
    label, value = label_and_value_x(out)
    assert label < value, "labels on the left in French"
    assert title_side(first_page(out, tmp_path)) == "left"


def test_arabic_summary_reads_right_to_left(forms: FormService, case_file: CaseFile, speak: Callable[[str], None],
                                            tmp_path: Path) -> None:
    speak("ar")
    out = tmp_path / "summary.pdf"
    save_case_summary(forms, case_file.case_id, out, language="ar")
    text = pdf_text(out)
    for expected in (case_file.case_number, "رقم الحالة", "تم الاتفاق على الخطة", "الهاتف", "خطة إعادة الإدماج",
                     "والد وحيد أو والدة وحيدة", PHONE):
        assert expected in text, expected
    label, value = label_and_value_x(out)
    assert label > value, "labels on the right in Arabic"
    assert title_side(first_page(out, tmp_path)) == "right"


def test_summary_headings_are_translated(forms: FormService, case_file: CaseFile,
                                         speak: Callable[[str], None], tmp_path: Path) -> None:
    for language, headings in {
        "fr": ["Résumé du dossier", "Profil", "Ménage", "Évaluations", "Orientations", "Scores de réintégration",
               "Confidentiel : données personnelles, à protéger"],
        "ar": ["ملخص الحالة", "الملف الشخصي", "الأسرة المعيشية", "التقييمات", "الإحالات", "درجات إعادة الإدماج",
               "سري: بيانات شخصية، يجب حمايتها"],
    }.items():
        speak(language)
        out = tmp_path / f"summary-{language}.pdf"
        save_case_summary(forms, case_file.case_id, out, language=language)
        text = squeezed(pdf_text(out))  # poppler spaces the punctuation of Arabic lines its own way
        assert [h for h in headings if squeezed(h) not in text] == [], language


def test_without_contacts_the_phone_and_address_are_not_in_the_pdf(forms: FormService, case_file: CaseFile,
                                                                  session: Session, tmp_path: Path) -> None:
    full, handover = tmp_path / "full.pdf", tmp_path / "handover.pdf"
    save_case_summary(forms, case_file.case_id, full, contacts=True, language="en")
    save_case_summary(forms, case_file.case_id, handover, contacts=False, language="en")
    secrets = [PHONE, COUSIN_PHONE, EMAIL, PLACE, "North-East district"]
    full_text, handover_text = pdf_text(full), pdf_text(handover)
    assert [s for s in secrets if s not in full_text] == []
    assert [s for s in secrets if s in handover_text] == []
    assert "Mariétou Ndiayekoro" in handover_text and "wants to sew" in handover_text
    assert audit_reports(session)[-2:] == [
        (case_file.case_id, {"kind": "report.case_pdf", "contacts": 1, "language": "en", "pages": pdf_pages(full)}),
        (case_file.case_id, {"kind": "report.case_pdf", "contacts": 0, "language": "en",
                             "pages": pdf_pages(handover)}),
    ]


def test_case_file_button_saves_the_handover_summary(qtbot, unlocked: MainWindow, case_file: CaseFile,  # noqa: ANN001
                                                     session: Session, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "chosen"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(out), ""))
    page = unlocked.workspace.open_case(case_file.case_id)
    assert page.pdf_button.isVisible()
    page.pdf_button.menu().actions()[1].trigger()  # leave out contact details and exact addresses
    written = tmp_path / "chosen.pdf"
    assert written.exists() and PHONE not in pdf_text(written)
    assert audit_reports(session)[-1][1]["contacts"] == 0


def test_case_file_button_says_why_nothing_was_saved(qtbot, unlocked: MainWindow, case_file: CaseFile,  # noqa: ANN001
                                                     tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    warnings: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *args, **kwargs: (str(tmp_path / "no such folder" / "x.pdf"), ""))
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warnings.append(text))
    page = unlocked.workspace.open_case(case_file.case_id)
    assert page.save_summary(contacts=True) is False
    assert len(warnings) == 1 and "could not be written" in warnings[0]
    assert QApplication.overrideCursor() is None
    assert not (tmp_path / "no such folder").exists()


# --- the caseload report --------------------------------------------------------------------------


def test_caseload_report_in_french_and_arabic(forms: FormService, session: Session, case_file: CaseFile,
                                              speak: Callable[[str], None], tmp_path: Path) -> None:
    dashboard = ReportService(session, TODAY).dashboard()
    for language, expected, side in (
        ("fr", ["Enregistré", "Plan convenu", "Parent isolé", "Formation professionnelle"], "left"),
        ("ar", ["تم الاتفاق على الخطة", "والد وحيد أو والدة وحيدة"], "right"),
    ):
        speak(language)
        out = tmp_path / f"caseload-{language}.pdf"
        save_caseload_report(forms, dashboard, out, language=language)
        text = pdf_text(out)
        assert [word for word in [dashboard.office_code, *expected] if word not in text] == [], language
        assert title_side(first_page(out, tmp_path)) == side
    assert [detail["kind"] for case_id, detail in audit_reports(session)[-2:] if case_id is None] == [
        "report.caseload_pdf", "report.caseload_pdf"]


def test_caseload_headings_are_translated(forms: FormService, session: Session, case_file: CaseFile,
                                          speak: Callable[[str], None], tmp_path: Path) -> None:
    dashboard = ReportService(session, TODAY).dashboard()
    for language, headings in {
        "fr": ["Rapport sur les dossiers", "Chiffres clés", "Dossiers par statut", "Orientations par résultat"],
        "ar": ["تقرير الحالات", "أرقام رئيسية", "الحالات حسب الوضع", "الإحالات حسب النتيجة"],
    }.items():
        speak(language)
        out = tmp_path / f"caseload-{language}.pdf"
        save_caseload_report(forms, dashboard, out, language=language)
        assert [h for h in headings if h not in pdf_text(out)] == [], language


def test_dashboard_button_saves_the_numbers_shown(qtbot, unlocked: MainWindow, case_file: CaseFile,  # noqa: ANN001
                                                  session: Session, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    page = unlocked.workspace.show_dashboard()
    assert isinstance(page, DashboardPage)
    qtbot.waitUntil(lambda: not page.busy() and page.dashboard is not None, timeout=10000)
    assert page.pdf_button.isEnabled()
    out = tmp_path / "caseload.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(out), ""))
    page.pdf_button.click()
    assert "Plan agreed" in pdf_text(out)
    case_id, detail = audit_reports(session)[-1]
    assert case_id is None and detail == {"kind": "report.caseload_pdf", "language": "en", "cases": 1,
                                          "pages": detail["pages"]}


# --- passerelle report ----------------------------------------------------------------------------


@pytest.fixture
def passphrase(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PASSERELLE_PASSPHRASE", PASSPHRASE)


def test_report_case_command(case_file: CaseFile, session: Session, passphrase: None, english: None,
                             tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "handover.pdf"
    assert main(["report", "case", case_file.case_number, "--pdf", str(out), "--lang", "fr", "--no-contacts"]) == 0
    printed = capsys.readouterr()
    assert str(out) in printed.out and "without contacts" in printed.out and printed.err == ""
    text = pdf_text(out)
    assert "Numéro de dossier" in text and PHONE not in text
    assert audit_reports(session)[-1][1] == {"kind": "report.case_pdf", "contacts": 0, "language": "fr",
                                             "pages": audit_reports(session)[-1][1]["pages"]}


@pytest.mark.parametrize(("argv", "error"), [
    (["report", "case", "NOPE-0000", "--pdf", "{tmp}/x.pdf"], "passerelle: No such case."),
    (["report", "case", "{number}", "--pdf", "{tmp}/missing/x.pdf"], "passerelle: The export could not be written."),
    (["report", "caseload", "--pdf", "{tmp}/missing/x.pdf"], "passerelle: The export could not be written."),
])
def test_report_command_errors_are_one_line(argv: list[str], error: str, case_file: CaseFile, session: Session,
                                            passphrase: None, english: None, tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    before = len(audit_reports(session))
    argv = [part.format(tmp=tmp_path, number=case_file.case_number) for part in argv]
    assert main(argv) == 1
    lines = capsys.readouterr().err.splitlines()
    assert len(lines) == 1 and lines[0].startswith(error), lines
    assert list(tmp_path.rglob("*.pdf")) == [] and len(audit_reports(session)) == before


def test_report_caseload_runs_without_a_display(case_file: CaseFile, session: Session, tmp_path: Path) -> None:
    """The real program, as a script would run it on a server: no display, no Qt platform chosen."""
    out = tmp_path / "caseload.pdf"
    env = {key: value for key, value in os.environ.items() if key not in ("DISPLAY", "WAYLAND_DISPLAY",
                                                                          "QT_QPA_PLATFORM")}
    env["PASSERELLE_PASSPHRASE"] = PASSPHRASE
    result = subprocess.run([sys.executable, "-m", "desktop", "report", "caseload", "--pdf", str(out), "--lang", "ar"],
                            cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "caseload report written" in result.stdout and result.stderr == ""
    assert "تم الاتفاق على الخطة" in pdf_text(out)
