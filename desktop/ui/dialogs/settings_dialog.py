"""Settings of the unlocked profile: language, idle lock, case numbers, office."""

from datetime import date

from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QSpinBox, QWidget

from ...domain import case_number
from ...domain.enums import Language
from ...domain.errors import FieldError
from ...domain.settings import Settings
from ...domain.validation import validate_model
from ...services.cases import office_code_from
from ...services.session import Session
from ...store.profiles import ProfileStore
from .. import labels
from ..widgets.combo import code_combo, select_code
from .base import FormDialog
from .profile_dialogs import ChangePassphraseDialog


class SettingsDialog(FormDialog):
    """Attributes:
    language_changed: True when the accepted settings switched the UI language.
    """

    def __init__(self, store: ProfileStore, session: Session, parent: QWidget | None = None):
        super().__init__(self.tr("Settings"), self.tr("Save"), parent)
        self.store, self.session = store, session
        self.language_changed = False
        settings = session.settings
        self.language = self.add_row(self.tr("&Language"), code_combo(Language, labels.language))
        select_code(self.language, session.profile.language)
        self.idle = self.add_row(self.tr("&Lock after"), QSpinBox())
        self.idle.setRange(1, 240)
        self.idle.setSuffix(self.tr(" min without activity"))
        self.idle.setValue(settings.idle_lock_minutes)
        self.office_code = self.add_row(self.tr("Office &code"), QLineEdit(settings.office_code))
        self.office_code.setMaxLength(12)
        self.pattern = self.add_row(self.tr("Case number &pattern"), QLineEdit(settings.case_number_pattern))
        self.pattern.setToolTip(self.tr("{office} office code · {year} year · {seq} number, {seq:5} padded to 5 digits"))
        self.preview = QLabel()
        self.form.addRow(self.tr("Example"), self.preview)
        self.pattern.textChanged.connect(self._preview)
        self.office_code.textChanged.connect(self._preview)
        self._preview()
        change = QPushButton(self.tr("Change &passphrase…"))
        change.clicked.connect(lambda: ChangePassphraseDialog(store, session, self).exec())
        self.form.addRow("", change)

    def _preview(self) -> None:
        try:
            case_number.check_pattern(self.pattern.text())
        except FieldError as error:
            self.preview.setText(labels.error_text(error))
            return
        office = self.office_code.text().strip() or office_code_from(self.session.profile.office)
        self.preview.setText(case_number.format_number(self.pattern.text(), office, date.today().year, 42))

    def submit(self) -> None:
        # start from the current settings so fields this dialog does not show
        # (handbook_zoom) are kept
        settings = validate_model(
            Settings,
            self.session.settings.model_dump()
            | {
                "idle_lock_minutes": self.idle.value(),
                "case_number_pattern": self.pattern.text().strip(),
                "office_code": self.office_code.text().strip(),
            },
        )
        self.session.save_settings(settings)
        language = Language(self.language.currentData())
        if language is not self.session.profile.language:
            self.session.profile = self.session.profile.model_copy(update={"language": language})
            self.store.update(self.session.profile)
            self.language_changed = True
