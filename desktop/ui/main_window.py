"""The one window: the start/lock screen or the unlocked workspace."""

import logging
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMainWindow, QStackedWidget, QWidget

from ..domain.enums import Language
from ..services.cases import CaseService
from ..services.handbook import HandbookService
from ..services.session import Session
from ..store.profiles import ProfileStore
from . import labels
from .idle import IdleWatcher
from .pages.start_page import StartPage
from .tasks import wait_abandoned
from .workspace import Workspace

if TYPE_CHECKING:
    from ..services.bundles import ImportResult
    from ..services.sync import SyncResult
    from .widgets.sync_status import SyncStatus

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    """Signals:
        language_wanted(object): a Language the UI should switch to.
        locked(): the session was closed and case data hidden.
    """

    language_wanted = Signal(object)
    locked = Signal()

    def __init__(
        self, store: ProfileStore, idle: IdleWatcher, language: Language, banner: str = "", today: date | None = None
    ):
        super().__init__()
        self.today = today
        self.store = store
        self.idle = idle
        self.language = language
        self.banner = banner
        self.session: Session | None = None
        self.workspace: Workspace | None = None
        self.setWindowTitle("Passerelle")
        self.resize(1200, 760)
        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        self.who = QLabel()
        self.statusBar().addPermanentWidget(self.who)
        self.sync_status: "SyncStatus | None" = None
        self.start = self._build_start()
        self._actions()
        idle.idle.connect(self._idle_lock)

    # --- pages ------------------------------------------------------------------

    def _build_start(self, select: str | None = None) -> StartPage:
        start = StartPage(self.store)
        start.show_banner(self.banner)
        if select:
            start.reload(select)
        start.unlocked.connect(self.open_session)
        start.create_requested.connect(self._create_profile)
        start.recover_requested.connect(self._recover)
        start.profile_selected.connect(lambda profile: self.set_language(profile.language))
        self.stack.addWidget(start)
        self.stack.setCurrentWidget(start)
        return start

    def _rebuild(self) -> None:
        """Recreate the visible pages in the current language."""
        select = self.start.selected().username if self.start.selected() else None
        self.stack.removeWidget(self.start)
        self.start.deleteLater()
        self.start = self._build_start(select)
        self._actions_text()
        if self.session:
            self._show_workspace()

    def set_language(self, language: Language) -> None:
        if language is not self.language:
            self.language = language
            self.language_wanted.emit(language)
            self._rebuild()

    def open_session(self, session: Session) -> None:
        self.session = session
        self.language = session.profile.language
        self.language_wanted.emit(self.language)
        self._rebuild()
        self.idle.start(session.settings.idle_lock_minutes)
        self._menus_enabled()
        log.info("profile unlocked")

    def _show_workspace(self) -> None:
        assert self.session is not None
        if self.workspace is not None:
            self.workspace.shut_down()
            self.stack.removeWidget(self.workspace)
            self.workspace.deleteLater()
        data_dir = self.store.root.parent
        self.workspace = Workspace(CaseService(self.session, self.today), HandbookService(data_dir, self.session))
        self.workspace.lock_requested.connect(self.lock)
        self.workspace.settings_requested.connect(self.open_settings)
        self.workspace.status_message.connect(lambda text: self.statusBar().showMessage(text, 5000))
        self.workspace.conflicts_requested.connect(self.open_conflicts)
        self.stack.addWidget(self.workspace)
        self.stack.setCurrentWidget(self.workspace)
        profile = self.session.profile
        self.who.setText(f"{profile.display_name} · {profile.office} · {labels.role(profile.role)}")
        self._show_sync()
        self.workspace.case_list.focus_search()

    def _show_sync(self) -> None:
        from .widgets.sync_status import SyncStatus

        assert self.session is not None
        self._drop_sync()
        self.sync_status = SyncStatus(self.session)
        self.sync_status.synced.connect(self._after_sync)
        self.sync_status.imported.connect(self._after_sync)
        self.sync_status.setup_requested.connect(self.open_sync_setup)
        self.sync_status.conflicts_requested.connect(self.open_conflicts)
        self.statusBar().insertPermanentWidget(0, self.sync_status)

    def _drop_sync(self) -> None:
        if self.sync_status is not None:
            self.sync_status.shut_down()
            self.statusBar().removeWidget(self.sync_status)
            self.sync_status.deleteLater()
            self.sync_status = None

    def _after_sync(self, result: "SyncResult | ImportResult") -> None:
        """After a sync or an imported bundle: conflict badges, then what arrived."""
        if self.workspace is None:
            return
        self.workspace.refresh_conflicts()
        if result.received:
            self.workspace.reload_cases()

    def open_sync_setup(self) -> None:
        from .dialogs.sync_dialogs import SyncSetupDialog

        if self.sync_status is None or self.session is None:
            return
        if self.sync_status.running:
            self.statusBar().showMessage(self.tr("Wait until the sync in progress has finished"), 5000)
            return
        status = self.sync_status
        with status.pause():  # no automatic sync while the account changes
            dialog = SyncSetupDialog(status.service, self.session, self)
            accepted = dialog.exec()
            dialog.deleteLater()
        if accepted and self.sync_status is status:
            self.statusBar().showMessage(self.tr("Headquarters set up"), 5000)
            status.refresh()

    def open_conflicts(self, case_id: str | None = None) -> None:
        """Every open conflict, or one case's (from its case file's badge)."""
        from .dialogs.sync_dialogs import ConflictsDialog

        status = self.sync_status
        if status is None:
            return
        dialog = ConflictsDialog(status.service, self, case_id or None)
        dialog.exec()
        resolved = dialog.resolved
        dialog.deleteLater()  # it shows case data: not kept hidden
        if self.sync_status is not status:  # locked meanwhile
            return
        status.refresh()
        if self.workspace is not None:
            self.workspace.refresh_conflicts()
            if resolved:  # the value kept may differ from the one shown
                self.workspace.reload_cases()

    # --- actions ----------------------------------------------------------------

    def _actions(self) -> None:
        self.shortcut_actions: dict[str, QAction] = {}
        specs = [
            ("lock", "Ctrl+L", self.lock),
            ("new", "Ctrl+N", lambda: self.workspace and self.workspace.new_case()),
            ("search", "Ctrl+F", lambda: self.workspace and self.workspace.show_list()),
            ("list", "Ctrl+1", lambda: self.workspace and self.workspace.show_list()),
            ("close", "Ctrl+W", lambda: self.workspace and self.workspace.close_case()),
            ("settings", "Ctrl+,", self.open_settings),
            ("help", "F1", self.show_shortcuts),
            ("quit", "Ctrl+Q", self.close),
        ]
        for name, keys, slot in specs:
            action = QAction(self)
            action.setShortcut(QKeySequence(keys))
            action.triggered.connect(slot)
            self.addAction(action)
            self.shortcut_actions[name] = action
        self.export_action = QAction(self)
        self.export_action.triggered.connect(self.open_export)
        self.file_menu = self.menuBar().addMenu("")
        for name in ("new", "close"):
            self.file_menu.addAction(self.shortcut_actions[name])
        self.file_menu.addAction(self.export_action)
        self.file_menu.addSeparator()
        for name in ("settings", "lock", "quit"):
            self.file_menu.addAction(self.shortcut_actions[name])
        self.help_menu = self.menuBar().addMenu("")
        self.help_menu.addAction(self.shortcut_actions["help"])
        self._actions_text()
        self._menus_enabled()

    def _actions_text(self) -> None:
        texts = {
            "lock": self.tr("Lock"),
            "new": self.tr("New case"),
            "search": self.tr("Search"),
            "list": self.tr("Case list"),
            "close": self.tr("Close case file"),
            "settings": self.tr("Settings"),
            "help": self.tr("Keyboard shortcuts"),
            "quit": self.tr("Quit"),
        }
        for name, action in self.shortcut_actions.items():
            action.setText(texts[name])
        self.export_action.setText(self.tr("&Export cases…"))
        self.file_menu.setTitle(self.tr("&File"))
        self.help_menu.setTitle(self.tr("&Help"))

    def _menus_enabled(self) -> None:
        """What needs an open profile is greyed out while locked."""
        for name in ("new", "close", "lock"):
            self.shortcut_actions[name].setEnabled(self.session is not None)
        self.export_action.setEnabled(self.session is not None)

    # Dialogs are imported when first opened: they are not needed to start.

    def open_export(self) -> None:
        from .dialogs.export_dialog import ExportDialog

        if self.session is None or self.workspace is None:
            return
        dialog = ExportDialog(self.session, self.workspace.forms.catalogue, self.today, self)
        dialog.exec()
        exported = dialog.result
        dialog.deleteLater()
        if exported is not None:
            self.statusBar().showMessage(self.tr("Cases exported"), 5000)

    def show_shortcuts(self) -> None:
        from .dialogs.shortcuts_dialog import ShortcutsDialog

        ShortcutsDialog(self).exec()

    def open_settings(self) -> None:
        from .dialogs.settings_dialog import SettingsDialog

        if not self.session:
            return
        dialog = SettingsDialog(self.store, self.session, self)
        if dialog.exec():
            self.idle.start(self.session.settings.idle_lock_minutes)
            if dialog.language_changed:
                self.set_language(self.session.profile.language)
            self.statusBar().showMessage(self.tr("Settings saved"), 5000)

    # --- profiles and locking ---------------------------------------------------

    def _create_profile(self) -> None:
        from .dialogs.profile_dialogs import CreateProfileDialog, RecoveryKeyDialog

        dialog = CreateProfileDialog(self.store, self.language, self)
        if dialog.exec() and dialog.session:
            RecoveryKeyDialog(dialog.recovery_key, self).exec()
            self.open_session(dialog.session)

    def _recover(self, username: str) -> None:
        from .dialogs.profile_dialogs import RecoverDialog

        dialog = RecoverDialog(self.store, username, self)
        if dialog.exec() and dialog.session:
            self.open_session(dialog.session)

    def _idle_lock(self) -> None:
        if self.session:
            log.info("locking after inactivity")
            self.lock(force=True)

    def lock(self, force: bool = False) -> bool:
        """Close the database, wipe the key, drop every page showing case data.
        Valid unsaved edits are saved first; on an idle lock the rest is dropped."""
        if not self.session:
            return True
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                widget.reject()  # a dialog left open would keep case data on screen
        if self.workspace:
            self.workspace.save_all()
            if not force and not self.workspace.close_all():
                return False
            self.workspace.shut_down()
            self.stack.removeWidget(self.workspace)
            self.workspace.deleteLater()
            self.workspace = None
        self._drop_sync()
        username = self.session.profile.username
        self.session.close()
        self.session = None
        self.idle.stop()
        self.who.setText("")
        self.start.reload(username)
        self.stack.setCurrentWidget(self.start)
        self._menus_enabled()
        self.locked.emit()
        return True

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.workspace and not self.workspace.close_all():
            event.ignore()
            return
        self.lock(force=True)
        wait_abandoned()  # a check left running by a closed dialog must end before the threads go
        event.accept()

    def page(self) -> QWidget:
        return self.stack.currentWidget()
