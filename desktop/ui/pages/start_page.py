"""The first screen, and the lock screen: pick a profile and unlock it, or
create one. Holds no case data."""

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import LockedOut, PasserelleError
from ...domain.settings import Profile
from ...services import profiles
from ...services.session import Session
from ...store.profiles import ProfileStore
from .. import labels
from ..style import ERROR_STYLE



class StartPage(QWidget):
    """Signals:
        unlocked(object): a Session, once a profile is open.
        create_requested(): the person wants a new profile.
        recover_requested(str): the person wants to use the recovery key of a profile.
        profile_selected(object): a Profile was picked (to switch the UI language).
    """

    unlocked = Signal(object)
    create_requested = Signal()
    recover_requested = Signal(str)
    profile_selected = Signal(object)

    def __init__(self, store: ProfileStore, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self._countdown = QTimer(self)
        self._countdown.setInterval(1000)
        self._countdown.timeout.connect(self._tick)

        card = QFrame()
        card.setObjectName("card")
        card.setMaximumWidth(520)
        layout = QVBoxLayout(card)
        title = QLabel("Passerelle")
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 2)
        font.setBold(True)
        title.setFont(font)
        layout.addWidget(title)
        subtitle = QLabel(self.tr("Reintegration case management"))
        layout.addWidget(subtitle)
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setObjectName("banner")
        self.banner.hide()
        layout.addWidget(self.banner)
        layout.addSpacing(12)
        # Latin text ("Passerelle") would align by its own direction: follow the layout's
        leading = Qt.AlignmentFlag.AlignAbsolute | (
            Qt.AlignmentFlag.AlignRight if self.isRightToLeft() else Qt.AlignmentFlag.AlignLeft
        )
        for label in (title, subtitle, self.banner):
            label.setAlignment(leading | Qt.AlignmentFlag.AlignVCenter)
        pick = QLabel(self.tr("&Profile"))
        layout.addWidget(pick)
        self.profile_list = QListWidget()
        self.profile_list.setAccessibleName(self.tr("Profiles on this computer"))
        self.profile_list.setMaximumHeight(160)
        pick.setBuddy(self.profile_list)
        layout.addWidget(self.profile_list)
        secret = QLabel(self.tr("P&assphrase"))
        layout.addWidget(secret)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        secret.setBuddy(self.passphrase)
        layout.addWidget(self.passphrase)
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        self.unlock_button = QPushButton(self.tr("&Unlock"))
        self.unlock_button.setDefault(True)
        layout.addWidget(self.unlock_button)
        links = QHBoxLayout()
        self.new_button = QPushButton(self.tr("&New profile…"))
        self.recover_button = QPushButton(self.tr("&Forgot passphrase…"))
        links.addWidget(self.new_button)
        links.addStretch(1)
        links.addWidget(self.recover_button)
        layout.addLayout(links)

        outer = QVBoxLayout(self)
        outer.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card, 2)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)

        self.unlock_button.clicked.connect(self.try_unlock)
        self.passphrase.returnPressed.connect(self.try_unlock)
        self.new_button.clicked.connect(self.create_requested)
        self.recover_button.clicked.connect(self._recover)
        self.profile_list.currentItemChanged.connect(self._picked)
        self.reload()

    # --- profiles ---------------------------------------------------------------

    def reload(self, select: str | None = None) -> None:
        self.profile_list.clear()
        for profile in self.store.list():
            text = f"{profile.display_name} — {profile.office} · {labels.role(profile.role)}"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, profile)
            self.profile_list.addItem(item)
            if profile.username == select:
                self.profile_list.setCurrentItem(item)
        if self.profile_list.currentItem() is None and self.profile_list.count():
            self.profile_list.setCurrentRow(0)
        has_profiles = self.profile_list.count() > 0
        for widget in (self.passphrase, self.unlock_button, self.recover_button, self.profile_list):
            widget.setEnabled(has_profiles)
        self.error.setText("" if has_profiles else self.tr("No profile yet on this computer. Create one to start."))
        (self.passphrase if has_profiles else self.new_button).setFocus()

    def selected(self) -> Profile | None:
        item = self.profile_list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _picked(self) -> None:
        profile = self.selected()
        self.error.setText("")
        if profile:
            self.profile_selected.emit(profile)
            self._tick()

    def show_banner(self, text: str) -> None:
        self.banner.setText(text)
        self.banner.setVisible(bool(text))

    # --- unlocking --------------------------------------------------------------

    def try_unlock(self) -> None:
        profile = self.selected()
        if profile is None or not self.unlock_button.isEnabled():
            return
        self.setCursor(Qt.CursorShape.WaitCursor)
        try:
            session: Session = profiles.unlock(self.store, profile.username, self.passphrase.text())
        except LockedOut:
            self._tick()
            return
        except PasserelleError as error:
            self.error.setText(labels.error_text(error))
            self.passphrase.selectAll()
            self.passphrase.setFocus()
            self._tick()
            return
        finally:
            self.unsetCursor()
        self.passphrase.clear()
        self.error.setText("")
        self.unlocked.emit(session)

    def _tick(self) -> None:
        """Disable unlocking while a wrong-passphrase delay runs, with a countdown."""
        profile = self.selected()
        wait = self.store.seconds_to_wait(profile.username) if profile else 0
        self.unlock_button.setEnabled(wait == 0 and profile is not None)
        if wait:
            self.error.setText(labels.message("unlock.locked_out", seconds=wait))
            self._countdown.start()
        elif self._countdown.isActive():
            self._countdown.stop()
            self.error.setText("")

    def _recover(self) -> None:
        profile = self.selected()
        if profile:
            self.recover_requested.emit(profile.username)
