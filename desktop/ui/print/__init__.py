"""Printed reports: the case summary and the caseload report as PDF files
(QTextDocument laid out on QPdfWriter pages, the charts as images)."""

from .save import save_case_summary, save_caseload_report

__all__ = ["save_case_summary", "save_caseload_report"]
