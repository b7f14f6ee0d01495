"""The office's directory of service providers, offered by referral and plan forms."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.audit import AuditAction
from ...domain.records import Provider
from ...domain.validation import validate_model
from ...services.session import Session
from ..widgets.row_table import row_table
from .base import FormDialog


def dimension_label(value: str) -> str:
    names = {
        "economic": QCoreApplication.translate("ProvidersDialog", "Economic"),
        "social": QCoreApplication.translate("ProvidersDialog", "Social"),
        "psychosocial": QCoreApplication.translate("ProvidersDialog", "Psychosocial"),
    }
    return names.get(value, "—")


class ProviderDialog(FormDialog):
    def __init__(self, session: Session, provider: Provider | None, parent: QWidget | None = None):
        super().__init__(self.tr("Service provider"), self.tr("&Save"), parent)
        self.session, self.provider = session, provider
        self.name = self.add_row(self.tr("&Name"), QLineEdit())
        self.dimension = self.add_row(self.tr("&Dimension"), QComboBox())
        for value in ("", "economic", "social", "psychosocial"):
            self.dimension.addItem(dimension_label(value), value)
        self.services = self.add_row(self.tr("&Services (codes, separated by spaces)"), QLineEdit())
        self.region = self.add_row(self.tr("&Region"), QLineEdit())
        self.contact = self.add_row(self.tr("&Contact"), QLineEdit())
        self.notes = self.add_row(self.tr("N&otes"), QLineEdit())
        self.active = self.add_row(self.tr("&Active"), QCheckBox())
        self.active.setChecked(True)
        if provider is not None:
            self.name.setText(provider.name)
            self.dimension.setCurrentIndex(max(self.dimension.findData(provider.dimension), 0))
            self.services.setText(" ".join(provider.services))
            self.region.setText(provider.region)
            self.contact.setText(provider.contact)
            self.notes.setText(provider.notes)
            self.active.setChecked(provider.active)

    def submit(self) -> None:
        base = self.provider.model_dump() if self.provider else {}
        provider = validate_model(Provider, {
            **base, "name": self.name.text().strip(), "dimension": self.dimension.currentData(),
            "services": self.services.text().split(), "region": self.region.text().strip(),
            "contact": self.contact.text().strip(), "notes": self.notes.text().strip(),
            "active": self.active.isChecked()})
        with self.session.db.atomic():
            self.session.providers.save(provider)
            self.session.audit.record(AuditAction.PROVIDER, None, [], {"op": "edit" if self.provider else "add"})


class ProvidersDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Service providers"))
        self.resize(760, 420)
        self.table = row_table(
            [self.tr("Name"), self.tr("Dimension"), self.tr("Services"), self.tr("Region"), self.tr("Active")],
            self.tr("Service providers"))
        self.add_button = QPushButton(self.tr("&Add…"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(close)
        self.add_button.clicked.connect(lambda: self._edit(None))
        self.edit_button.clicked.connect(self._edit_selected)
        self.table.activated.connect(self._edit_selected)
        self.reload()

    def reload(self) -> None:
        self.providers = self.session.providers.all()
        self.table.setRowCount(len(self.providers))
        for row, provider in enumerate(self.providers):
            values = [provider.name, dimension_label(provider.dimension), " ".join(provider.services), provider.region,
                      self.tr("Yes") if provider.active else self.tr("No")]
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()
        self.edit_button.setEnabled(bool(self.providers))

    def _edit_selected(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.providers):
            self._edit(self.providers[row])

    def _edit(self, provider: Provider | None) -> None:
        if ProviderDialog(self.session, provider, self).exec():
            self.reload()
