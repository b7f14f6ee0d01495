"""Export cases…: the export runs in the background with a progress bar; Cancel
and an unwritable destination leave no file; the main window's File menu opens it."""

import threading
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtWidgets import QDialogButtonBox

from desktop.services.cases import CaseService
from desktop.services.export import ExportService
from desktop.services.forms import FormCatalogue
from desktop.services.session import Session
from desktop.ui.dialogs.export_dialog import ExportDialog
from desktop.ui.main_window import MainWindow
from tests.conftest import TODAY
from tests.ui.conftest import drive_dialog


@pytest.fixture
def dialog(qtbot, english: None, session: Session, cases: CaseService) -> Iterator[ExportDialog]:  # noqa: ANN001
    for name in ("Awa", "Binta", "Coumba"):
        cases.create({"given_name": name, "family_name": "Diallo", "sex": "female", "return_date": "2026-10-01"})
    shown = ExportDialog(session, FormCatalogue(), TODAY)
    qtbot.addWidget(shown)
    shown.show()
    yield shown
    shown.done(0)


def _run(qtbot, dialog: ExportDialog, path: Path) -> None:  # noqa: ANN001
    dialog.path.setText(str(path))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.running()
    qtbot.waitUntil(lambda: not dialog.running(), timeout=20000)


def test_export_runs_to_the_end_and_the_file_reads_back(qtbot, dialog: ExportDialog, tmp_path: Path,  # noqa: ANN001
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    assert dialog.pseudonymise.isChecked()  # privacy first
    assert "Names, contacts, birth dates" in dialog.privacy.text()
    out = tmp_path / "export.xlsx"
    reports: list[tuple[int, int, str]] = []
    shown = dialog._progressed

    def seen(report: tuple[int, int, str]) -> None:
        reports.append(report)
        shown(report)

    monkeypatch.setattr(dialog, "_progressed", seen)  # what the progress bar is told
    dialog.path.setText(str(out))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.running() and not dialog.format.isEnabled()
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "&Cancel"
    qtbot.waitUntil(lambda: not dialog.running(), timeout=20000)
    assert dialog.error.isHidden()
    assert reports and reports[-1] == (3, 3, "save")  # three cases, no submission: the end reached
    assert dialog.progress.value() == dialog.progress.maximum() == 3
    assert dialog.result is not None and dialog.result.cases == 3
    assert str(out) in dialog.state.text() and "Exported" in dialog.state.text()
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "&Close"
    book = openpyxl.load_workbook(out, read_only=True)
    rows = list(book["cases"].iter_rows(values_only=True))
    assert len(rows) == 4  # the header and three cases
    assert not any("Diallo" in str(value) for row in rows for value in row)  # pseudonymised
    book.close()


def test_csv_of_one_form_with_labels(qtbot, dialog: ExportDialog, tmp_path: Path) -> None:  # noqa: ANN001
    dialog.format.setCurrentIndex(dialog.format.findData("csv"))
    dialog.forms.setCurrentIndex(dialog.forms.findData("rss"))
    dialog.language.setCurrentIndex(dialog.language.findData("fr"))
    dialog.pseudonymise.setChecked(False)
    assert "keep it encrypted" in dialog.privacy.text()
    options = dialog.options()
    assert (options.format, options.forms, options.language, options.pseudonymise) == ("csv", ("rss",), "fr", False)
    _run(qtbot, dialog, tmp_path / "export.zip")
    assert (tmp_path / "export.zip").stat().st_size > 0


def test_browse_adds_the_suffix_and_follows_the_format(dialog: ExportDialog, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("desktop.ui.save_file.QFileDialog.getSaveFileName",
                        lambda *args: (str(tmp_path / "cases"), ""))
    dialog.choose.click()
    assert dialog.path.text() == str(tmp_path / "cases.xlsx")
    dialog.format.setCurrentIndex(dialog.format.findData("csv"))
    assert dialog.path.text() == str(tmp_path / "cases.zip")


def test_cancel_leaves_no_file(qtbot, dialog: ExportDialog, tmp_path: Path,  # noqa: ANN001
                               monkeypatch: pytest.MonkeyPatch) -> None:
    class Held(ExportService):
        """Holds the export at its first progress report until it is cancelled."""

        def export(self, out, options, progress=None, cancel=None):  # noqa: ANN001, ANN201
            def held(done: int, total: int, label: str) -> None:
                assert progress is not None and cancel is not None
                progress(done, total, label)
                cancel.wait(10)

            return super().export(out, options, held, cancel)

    monkeypatch.setattr("desktop.ui.dialogs.export_dialog.ExportService", Held)
    folder = tmp_path / "out"
    folder.mkdir()
    dialog.path.setText(str(folder / "export.xlsx"))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: dialog.progress.maximum() > 0, timeout=10000)  # the first count arrived
    assert "Writing the sheet" in dialog.state.text()
    dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    qtbot.waitUntil(lambda: not dialog.running(), timeout=10000)
    assert dialog.isVisible()  # it stays, to say what happened
    assert dialog.error.text() == "The export was stopped. No file was written."
    assert list(folder.iterdir()) == []  # not the file, nor its hidden parts
    assert dialog.result is None


def test_unwritable_destination_is_a_clear_message(qtbot, dialog: ExportDialog, tmp_path: Path) -> None:  # noqa: ANN001
    _run(qtbot, dialog, tmp_path / "missing" / "export.xlsx")
    assert dialog.error.text().startswith("The export could not be written.")
    assert "Traceback" not in dialog.error.text()
    assert not (tmp_path / "missing").exists()
    taken = tmp_path / "taken.xlsx"
    taken.mkdir()  # a folder where the file should go
    _run(qtbot, dialog, taken)
    assert dialog.error.text().startswith("The export could not be written.")
    assert taken.is_dir() and list(taken.iterdir()) == []
    assert [path.name for path in tmp_path.iterdir() if path.name.startswith(".")] == []  # no parts left


def test_closing_while_exporting_stops_it(qtbot, dialog: ExportDialog, tmp_path: Path,  # noqa: ANN001
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    started = threading.Event()

    class Slow(ExportService):
        def export(self, out, options, progress=None, cancel=None):  # noqa: ANN001, ANN201
            started.set()
            assert cancel is not None
            cancel.wait(10)
            return super().export(out, options, progress, cancel)

    monkeypatch.setattr("desktop.ui.dialogs.export_dialog.ExportService", Slow)
    dialog.path.setText(str(tmp_path / "export.xlsx"))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert started.wait(10)
    dialog.reject()  # Escape, the window's close button, or the profile locking
    assert not dialog.isVisible() and not dialog.running()
    from desktop.ui.tasks import wait_abandoned

    wait_abandoned()
    assert list(tmp_path.glob("*export*")) == [] and list(tmp_path.glob(".*")) == []


def test_the_file_menu_opens_it_when_unlocked(qtbot, window: MainWindow, session: Session) -> None:  # noqa: ANN001
    assert window.file_menu.title() == "&File"
    assert window.export_action.text() == "&Export cases…"
    assert not window.export_action.isEnabled()  # locked
    window.open_session(session)
    assert window.export_action.isEnabled()
    seen = []

    def look(dialog: ExportDialog) -> None:
        seen.append((type(dialog).__name__, dialog.windowTitle()))
        dialog.reject()

    drive_dialog(look)
    window.export_action.trigger()
    assert seen == [("ExportDialog", "Export cases")]
    window.lock(force=True)
    assert not window.export_action.isEnabled()
