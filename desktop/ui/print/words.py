"""The words of the PDF reports, translated in context "PdfReport" (lupdate
reads the ``QT_TRANSLATE_NOOP`` calls). ``%1``, ``%2`` are filled in order."""

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "PdfReport"

WORDS: dict[str, str] = {
    # both reports
    "confidential": QT_TRANSLATE_NOOP("PdfReport", "Confidential: personal data, keep it safe"),
    "page": QT_TRANSLATE_NOOP("PdfReport", "Printed on %1 · page %2 of %3"),
    "printed": QT_TRANSLATE_NOOP("PdfReport", "Printed on %1 by %2"),
    "count": QT_TRANSLATE_NOOP("PdfReport", "Count"),
    # case summary
    "case_summary": QT_TRANSLATE_NOOP("PdfReport", "Case summary"),
    "no_contacts": QT_TRANSLATE_NOOP(
        "PdfReport", "Contact details and exact addresses are left out of this summary."),
    "profile": QT_TRANSLATE_NOOP("PdfReport", "Profile"),
    "vulnerabilities": QT_TRANSLATE_NOOP("PdfReport", "Vulnerabilities"),
    "no_vulnerability": QT_TRANSLATE_NOOP("PdfReport", "No vulnerability recorded."),
    "household": QT_TRANSLATE_NOOP("PdfReport", "Household"),
    "name": QT_TRANSLATE_NOOP("PdfReport", "Name"),
    "relationship": QT_TRANSLATE_NOOP("PdfReport", "Relationship"),
    "birth_year": QT_TRANSLATE_NOOP("PdfReport", "Year of birth"),
    "returned_too": QT_TRANSLATE_NOOP("PdfReport", "Returned too"),
    "notes": QT_TRANSLATE_NOOP("PdfReport", "Notes"),
    "consent": QT_TRANSLATE_NOOP("PdfReport", "Consent"),
    "consent_given": QT_TRANSLATE_NOOP("PdfReport", "Given on %1"),
    "consent_refused": QT_TRANSLATE_NOOP("PdfReport", "Refused or withdrawn on %1"),
    "yes": QT_TRANSLATE_NOOP("PdfReport", "Yes"),
    "no": QT_TRANSLATE_NOOP("PdfReport", "No"),
    "assessments": QT_TRANSLATE_NOOP("PdfReport", "Assessments"),
    "plan": QT_TRANSLATE_NOOP("PdfReport", "Reintegration plan"),
    "sessions": QT_TRANSLATE_NOOP("PdfReport", "Counselling and monitoring"),
    "referrals": QT_TRANSLATE_NOOP("PdfReport", "Referrals"),
    "other": QT_TRANSLATE_NOOP("PdfReport", "Other forms"),
    "none_yet": QT_TRANSLATE_NOOP("PdfReport", "None yet."),
    "form_heading": QT_TRANSLATE_NOOP("PdfReport", "%1 of %2"),
    "revision": QT_TRANSLATE_NOOP("PdfReport", "revision %1"),
    "scores": QT_TRANSLATE_NOOP("PdfReport", "Reintegration scores"),
    "survey": QT_TRANSLATE_NOOP("PdfReport", "Survey"),
    "no_survey": QT_TRANSLATE_NOOP("PdfReport", "No reintegration survey yet."),
    # caseload report
    "caseload_report": QT_TRANSLATE_NOOP("PdfReport", "Caseload report"),
    "key_figures": QT_TRANSLATE_NOOP("PdfReport", "Key figures"),
    "nothing": QT_TRANSLATE_NOOP("PdfReport", "Nothing to count yet."),
}


def word(key: str, *values: object) -> str:
    """The translated word or sentence, its ``%1``, ``%2``… filled with ``values``."""
    text = QCoreApplication.translate(CONTEXT, WORDS[key])
    for number in range(len(values), 0, -1):  # %10 before %1
        text = text.replace(f"%{number}", str(values[number - 1]))
    return text
