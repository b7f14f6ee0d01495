"""Writing a file under a wait cursor: the cursor is restored however the write ends."""

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from desktop.domain.errors import PasserelleError
from desktop.ui.save_file import write_waiting


def test_an_unexpected_error_does_not_leave_the_wait_cursor(qapp: QApplication) -> None:
    def write() -> None:
        raise RuntimeError("disk on fire")

    with pytest.raises(RuntimeError):
        write_waiting(QWidget(), "Not saved", write)
    assert QApplication.overrideCursor() is None


def test_a_refusal_is_shown_and_the_cursor_restored(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> None:
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warnings.append(title))

    def write() -> None:
        raise PasserelleError("file.not_written")

    assert write_waiting(QWidget(), "Not saved", write) is False
    assert warnings == ["Not saved"] and QApplication.overrideCursor() is None
    assert write_waiting(QWidget(), "Not saved", lambda: None) is True
    assert QApplication.overrideCursor() is None
