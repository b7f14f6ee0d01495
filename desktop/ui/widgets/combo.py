"""Combo boxes whose items carry codes, with an optional empty choice."""

from collections.abc import Callable, Iterable
from enum import StrEnum

from PySide6.QtWidgets import QComboBox, QWidget


def code_combo(
    codes: Iterable[StrEnum], label: Callable[[StrEnum], str], empty: str | None = None, parent: QWidget | None = None
) -> QComboBox:
    combo = QComboBox(parent)
    if empty is not None:
        combo.addItem(empty, None)
    for code in codes:
        combo.addItem(label(code), str(code))
    return combo


def select_code(combo: QComboBox, code: object) -> None:
    index = combo.findData(None if code is None else str(code))
    combo.setCurrentIndex(max(index, 0))
