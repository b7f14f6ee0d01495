"""Profile dialogs: create one, show its recovery key once, recover with it,
change the passphrase."""

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QCheckBox, QDialogButtonBox, QLabel, QLineEdit, QWidget

from ...domain.enums import Language, Role
from ...domain.errors import PasserelleError, WeakPassphrase
from ...domain.passphrase import passphrase_problems
from ...domain.settings import Profile, Settings
from ...services import profiles
from ...services.cases import office_code_from
from ...services.usernames import username_from
from ...services.session import Session
from ...store.profiles import ProfileStore
from .. import labels
from ..widgets.combo import code_combo
from .base import FormDialog


def _secret() -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


class _PassphrasePair:
    """A new passphrase typed twice, with the strength rule shown as you type."""

    def __init__(self, dialog: FormDialog, display_name: Callable[[], str]):
        self.display_name = display_name
        self.first = dialog.add_row(QCoreApplication.translate("PassphraseFields", "&Passphrase"), _secret())
        self.second = dialog.add_row(QCoreApplication.translate("PassphraseFields", "&Repeat passphrase"), _secret())
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        dialog.form.addRow("", self.hint)
        self.first.textChanged.connect(self._update)
        self._update()

    def _update(self) -> None:
        problems = passphrase_problems(self.first.text(), self.display_name())
        if problems:
            self.hint.setText("\n".join(labels.message(key) for key in problems))
            self.hint.setStyleSheet("color: #8a5300;")
        else:
            self.hint.setText(QCoreApplication.translate("PassphraseFields", "Strong enough."))
            self.hint.setStyleSheet("color: #1e6b34;")

    def value(self) -> str:
        first, second = self.first.text(), self.second.text()
        if first != second:
            raise WeakPassphrase("passphrase.mismatch")
        return first


class CreateProfileDialog(FormDialog):
    """Attributes:
    recovery_key, session: set once the profile exists.
    """

    def __init__(self, store: ProfileStore, language: Language, parent: QWidget | None = None):
        super().__init__(self.tr("New profile"), self.tr("Create profile"), parent)
        self.store = store
        self.session: Session | None = None
        self.recovery_key = ""
        self.name = self.add_row(self.tr("Your &name"), QLineEdit())
        self.office = self.add_row(self.tr("&Office"), QLineEdit())
        self.office_code = self.add_row(self.tr("Office &code (for case numbers)"), QLineEdit())
        self.office_code.setMaxLength(12)
        self.office.textEdited.connect(lambda text: self.office_code.setText(office_code_from(text)))
        self.role = self.add_row(self.tr("&Role"), code_combo(Role, labels.role))
        self.language = self.add_row(self.tr("&Language"), code_combo(Language, labels.language))
        self.language.setCurrentIndex(self.language.findData(str(language)))
        self.passphrase = _PassphrasePair(self, lambda: self.name.text())

    def submit(self) -> None:
        name = self.name.text().strip()
        taken = {profile.username for profile in self.store.list()}
        try:
            profile = Profile(
                username=username_from(name, taken),
                display_name=name,
                office=self.office.text().strip(),
                role=Role(self.role.currentData()),
                language=Language(self.language.currentData()),
            )
            settings = Settings(office_code=self.office_code.text().strip())
        except ValueError as error:
            raise PasserelleError("field.required") from error
        self.recovery_key, self.session = profiles.create_profile(
            self.store, profile, self.passphrase.value(), settings
        )


class RecoveryKeyDialog(FormDialog):
    """Shows the one-time recovery key; closes only once the person confirms
    they have written it down."""

    def __init__(self, recovery_key: str, parent: QWidget | None = None):
        super().__init__(self.tr("Your recovery key"), self.tr("Continue"), parent)
        explain = QLabel(
            self.tr(
                "Write this key on paper and keep it somewhere safe, away from the laptop. "
                "It opens your profile if you forget your passphrase. It is shown only now."
            )
        )
        explain.setWordWrap(True)
        self.form.addRow(explain)
        key = QLabel(recovery_key)
        key.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = QFont("DejaVu Sans Mono")
        font.setPointSizeF(font.pointSizeF() * 1.4)
        key.setFont(font)
        key.setAlignment(Qt.AlignmentFlag.AlignCenter)
        key.setAccessibleName(self.tr("Recovery key"))
        self.form.addRow(key)
        self.confirm = QCheckBox(self.tr("I have written the key down"))
        self.form.addRow(self.confirm)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(False)
        self.confirm.toggled.connect(ok.setEnabled)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).hide()

    def reject(self) -> None:
        if self.confirm.isChecked():
            super().reject()


class RecoverDialog(FormDialog):
    def __init__(self, store: ProfileStore, username: str, parent: QWidget | None = None):
        super().__init__(self.tr("Open with the recovery key"), self.tr("Open profile"), parent)
        self.store, self.username = store, username
        self.session: Session | None = None
        self.key = self.add_row(self.tr("Recovery &key"), QLineEdit())
        self.key.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        display = store.get(username).display_name
        self.passphrase = _PassphrasePair(self, lambda: display)

    def submit(self) -> None:
        new = self.passphrase.value()
        self.session = profiles.recover(self.store, self.username, self.key.text(), new)


class ChangePassphraseDialog(FormDialog):
    def __init__(self, store: ProfileStore, session: Session, parent: QWidget | None = None):
        super().__init__(self.tr("Change passphrase"), self.tr("Change"), parent)
        self.store, self.session = store, session
        self.current = self.add_row(self.tr("&Current passphrase"), _secret())
        self.passphrase = _PassphrasePair(self, lambda: session.profile.display_name)

    def submit(self) -> None:
        new = self.passphrase.value()
        profiles.change_passphrase(self.store, self.session, self.current.text(), new)
