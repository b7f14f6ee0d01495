"""A read-only table whose rows are picked whole (directories, conflicts)."""

from PySide6.QtWidgets import QAbstractItemView, QTableWidget


def row_table(headers: list[str], accessible_name: str) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setAccessibleName(accessible_name)
    table.setHorizontalHeaderLabels(headers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.horizontalHeader().setStretchLastSection(True)
    return table
