"""The sync menu without a headquarters at hand: a bundle refused with a plain
sentence, and automatic sync that only tries when it should and stays quiet
when headquarters cannot be reached. (With a real headquarters:
tests/sync/test_sync_ui.py.)"""

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from desktop.services.cases import CaseService
from desktop.services.sync import SETTINGS
from desktop.ui.main_window import MainWindow
from desktop.ui.widgets.sync_status import AUTO_EVERY_S, AUTO_PENDING_S, SyncStatus
from tests.kinto_fixtures import free_port


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def _report(qtbot, status: SyncStatus) -> str:  # noqa: ANN001
    qtbot.waitUntil(lambda: not status.running and status.report is not None and status.report.isVisible(),
                    timeout=10_000)
    text = status.report.text()
    status.report.done(0)
    return text


def _headquarters_down(status: SyncStatus) -> None:
    """Set up as if headquarters had answered once, at an address where nothing listens now."""
    values = (f"http://127.0.0.1:{free_port()}/v1", "cm-a1", "secret passphrase", "office-a1")
    for key, value in zip(SETTINGS, values):
        status.service.settings.set_value(key, value)


def test_the_menu_offers_bundles_and_automatic_sync(unlocked: MainWindow) -> None:
    status = unlocked.sync_status
    texts = [action.text() for action in status.button.menu().actions() if not action.isSeparator()]
    assert texts == ["Set up headquarters…", "Conflicts…", "Write a bundle for a USB stick…", "Import a bundle…",
                     "Sync automatically"]
    assert status.auto_action.isCheckable() and not status.auto_action.isChecked()


def test_writing_a_bundle_before_headquarters_gave_the_office_key_is_refused_plainly(
    qtbot, unlocked: MainWindow, cases: CaseService, monkeypatch: pytest.MonkeyPatch, tmp_path: Path  # noqa: ANN001
) -> None:
    cases.create({"given_name": "Awa"})
    asked: list[str] = []

    def save_as(parent, caption, directory, filter_):  # noqa: ANN001, ANN202
        asked.append(directory)
        return str(tmp_path / "stick" / "bundle"), filter_

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    status = unlocked.sync_status
    status.export_action.trigger()
    assert status.running and status.job == "export"  # in the worker: the window goes on
    assert not status.export_action.isEnabled() and not status.import_action.isEnabled()
    text = _report(qtbot, status)
    assert text == ("Bundles need the office key, which this laptop gets from headquarters: "
                    "set up and sync with headquarters once.")
    assert status.report.icon() == QMessageBox.Icon.Warning
    assert Path(asked[0]).parent == Path.home() and Path(asked[0]).name.startswith("passerelle-")
    assert asked[0].endswith(".pslbundle")
    assert not (tmp_path / "stick" / "bundle.pslbundle").exists()
    assert status.export_action.isEnabled()


def test_choosing_no_file_starts_nothing(unlocked: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args: ("", ""))
    status = unlocked.sync_status
    status.import_action.trigger()
    assert not status.running


def test_automatic_sync_tries_only_when_on_set_up_and_due(
    qtbot, unlocked: MainWindow, cases: CaseService  # noqa: ANN001
) -> None:
    status = unlocked.sync_status
    clock = Clock()
    status.clock = clock
    synced: list[object] = []
    status.synced.connect(synced.append)

    status.tick()
    assert not status.running  # off, and not set up
    _headquarters_down(status)
    status.tick()
    assert not status.running  # set up, but off

    status.auto_action.setChecked(True)  # on: it tries at once
    assert status.service.automatic
    assert status.running and status.job == "auto"
    qtbot.waitUntil(lambda: not status.running, timeout=10_000)
    # headquarters is down: a quiet line, no error box, nothing recorded as a sync
    assert status.text.text().startswith("Headquarters not reachable; trying again later")
    assert status.report is None and synced == []
    assert status.service.status()["last_result"] is None

    clock.now += AUTO_PENDING_S + 1
    status.tick()
    assert not status.running  # nothing waits, and 5 minutes have not passed
    cases.create({"given_name": "Awa"})
    status.tick()
    assert status.running  # a change waits and more than a minute has passed
    qtbot.waitUntil(lambda: not status.running, timeout=10_000)

    clock.now += AUTO_PENDING_S - 5
    status.tick()
    assert not status.running  # a change waits, but the last try was less than a minute ago
    clock.now += AUTO_EVERY_S
    status.tick()
    assert status.running
    qtbot.waitUntil(lambda: not status.running, timeout=10_000)

    status.auto_action.setChecked(False)
    assert not status.service.automatic
    clock.now += AUTO_EVERY_S * 2
    status.tick()
    assert not status.running


def test_the_choice_of_automatic_sync_is_kept_in_the_profile(unlocked: MainWindow) -> None:
    unlocked.sync_status.auto_action.setChecked(True)  # not set up: nothing to try
    assert not unlocked.sync_status.running
    unlocked._show_sync()  # as after unlocking again: a new status bar widget over the same profile
    assert unlocked.sync_status.auto_action.isChecked()
