"""One editor widget per question type, all with the same small interface:
``value()`` (the answer as the form runtime holds it), ``set_value()``, and
the ``edited`` signal when the person changes the answer."""

from datetime import date
from typing import Any

from PySide6.QtCore import QRegularExpression, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ...forms.definition import Choice, Question, QuestionType
from ..widgets.date_field import OptionalDateEdit

#: More choices than this show as a drop-down list instead of radio buttons.
RADIO_LIMIT = 6

_INTEGER = QRegularExpression(r"^-?\d{0,12}$")
_DECIMAL = QRegularExpression(r"^-?\d{0,12}([.,]\d{0,6})?$")


class Editor(QWidget):
    edited = Signal()

    def value(self) -> Any:
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        raise NotImplementedError

    def set_choices(self, choices: list[Choice], language: str) -> None:
        """Only select editors have choices; the others ignore this."""

    def set_read_only(self, read_only: bool) -> None:
        self.setEnabled(not read_only)


class LineEditor(Editor):
    def __init__(self, kind: QuestionType, parent: QWidget | None = None):
        super().__init__(parent)
        self.kind = kind
        self.line = QLineEdit()
        if kind == QuestionType.INTEGER:
            self.line.setValidator(QRegularExpressionValidator(_INTEGER, self.line))
        elif kind == QuestionType.DECIMAL:
            self.line.setValidator(QRegularExpressionValidator(_DECIMAL, self.line))
        if kind in (QuestionType.INTEGER, QuestionType.DECIMAL):
            self.line.setMaximumWidth(200)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.line)
        self.line.textEdited.connect(lambda _text: self.edited.emit())
        self.setFocusProxy(self.line)

    def value(self) -> Any:
        text = self.line.text().strip()
        if not text or text in ("-", "."):
            return None
        if self.kind == QuestionType.INTEGER:
            return int(text)
        if self.kind == QuestionType.DECIMAL:
            return float(text.replace(",", "."))
        return self.line.text()

    def set_value(self, value: Any) -> None:
        text = "" if value is None else str(value)
        if self.line.text() != text:
            self.line.setText(text)


class TextEditor(Editor):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        self.text.setMinimumHeight(90)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text)
        self.text.textChanged.connect(self.edited)
        self.setFocusProxy(self.text)

    def value(self) -> Any:
        return self.text.toPlainText() or None

    def set_value(self, value: Any) -> None:
        text = "" if value is None else str(value)
        if self.text.toPlainText() != text:
            self.text.blockSignals(True)
            self.text.setPlainText(text)
            self.text.blockSignals(False)


class DateEditor(Editor):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.field = OptionalDateEdit()
        self.field.setMaximumWidth(200)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.field, 0, Qt.AlignmentFlag.AlignLeading)
        layout.addStretch(1)
        self.field.dateChanged.connect(lambda _date: self.edited.emit())
        self.setFocusProxy(self.field)

    def value(self) -> Any:
        chosen = self.field.value()
        return chosen.isoformat() if chosen else None

    def set_value(self, value: Any) -> None:
        try:
            chosen = date.fromisoformat(value) if isinstance(value, str) else value
        except ValueError:
            chosen = None
        if self.field.value() != chosen:
            self.field.blockSignals(True)
            self.field.set_value(chosen)
            self.field.blockSignals(False)


class RadioEditor(Editor):
    """Select one among few choices (and yes/no): radio buttons, arrow keys move."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.group = QButtonGroup(self)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.setSpacing(2)
        self.names: list[str] = []
        self.group.buttonClicked.connect(lambda _button: self.edited.emit())

    def set_choices(self, choices: list[Choice], language: str) -> None:
        names = [choice.name for choice in choices]
        if names == self.names:
            return
        current = self.value()
        for button in self.group.buttons():
            self.group.removeButton(button)
            button.deleteLater()
        self.names = names
        for index, choice in enumerate(choices):
            button = QRadioButton(choice.label.get(language))
            self.group.addButton(button, index)
            self.layout_.addWidget(button)
        self.set_value(current)
        if self.group.buttons():
            self.setFocusProxy(self.group.buttons()[0])

    def value(self) -> Any:
        checked = self.group.checkedId()
        return self.names[checked] if 0 <= checked < len(self.names) else None

    def set_value(self, value: Any) -> None:
        buttons: list[QAbstractButton] = self.group.buttons()
        if value in self.names:
            buttons[self.names.index(value)].setChecked(True)
        elif self.group.checkedButton() is not None:
            self.group.setExclusive(False)
            self.group.checkedButton().setChecked(False)
            self.group.setExclusive(True)


class ComboEditor(Editor):
    """Select one among many choices: a drop-down list with an empty first row."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.combo = QComboBox()
        self.combo.setMinimumWidth(260)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.combo, 0, Qt.AlignmentFlag.AlignLeading)
        layout.addStretch(1)
        self.combo.activated.connect(lambda _index: self.edited.emit())
        self.names: list[str] = []
        self.setFocusProxy(self.combo)

    def set_choices(self, choices: list[Choice], language: str) -> None:
        names = [choice.name for choice in choices]
        if names == self.names:
            return
        current = self.value()
        self.combo.blockSignals(True)
        self.combo.clear()
        self.combo.addItem("—", None)
        for choice in choices:
            self.combo.addItem(choice.label.get(language), choice.name)
        self.names = names
        self.combo.blockSignals(False)
        self.set_value(current)

    def value(self) -> Any:
        return self.combo.currentData()

    def set_value(self, value: Any) -> None:
        index = self.combo.findData(value) if value is not None else 0
        self.combo.setCurrentIndex(max(index, 0))


class CheckEditor(Editor):
    """Select multiple: one check box per choice."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.setSpacing(2)
        self.boxes: dict[str, QCheckBox] = {}

    def set_choices(self, choices: list[Choice], language: str) -> None:
        if [choice.name for choice in choices] == list(self.boxes):
            return
        current = self.value() or []
        for box in self.boxes.values():
            box.deleteLater()
        self.boxes = {}
        for choice in choices:
            box = QCheckBox(choice.label.get(language))
            box.toggled.connect(lambda _on: self.edited.emit())
            self.layout_.addWidget(box)
            self.boxes[choice.name] = box
        self.set_value(current)
        if self.boxes:
            self.setFocusProxy(next(iter(self.boxes.values())))

    def value(self) -> Any:
        picked = [name for name, box in self.boxes.items() if box.isChecked()]
        return picked or None

    def set_value(self, value: Any) -> None:
        picked = set(value or [])
        for name, box in self.boxes.items():
            if box.isChecked() != (name in picked):
                box.blockSignals(True)
                box.setChecked(name in picked)
                box.blockSignals(False)


class AcknowledgementEditor(Editor):
    """A box to tick, and who ticked it when."""

    def __init__(self, text: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.box = QCheckBox(text)
        self.recorded = QLabel()
        self.recorded.setObjectName("hint")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.box)
        layout.addWidget(self.recorded)
        self.box.toggled.connect(lambda _on: self.edited.emit())
        self.setFocusProxy(self.box)

    def value(self) -> Any:
        return "yes" if self.box.isChecked() else None

    def set_value(self, value: Any) -> None:
        if self.box.isChecked() != (value == "yes"):
            self.box.blockSignals(True)
            self.box.setChecked(value == "yes")
            self.box.blockSignals(False)

    def set_recorded(self, text: str) -> None:
        self.recorded.setText(text)
        self.recorded.setVisible(bool(text))


class ShownValue(Editor):
    """A computed answer, shown read-only."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.label = QLabel()
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        self.current: Any = None

    def value(self) -> Any:
        return self.current

    def set_value(self, value: Any) -> None:
        self.current = value
        if isinstance(value, float):
            value = f"{value:.2f}".rstrip("0").rstrip(".")
        self.label.setText("—" if value is None or value == "" else str(value))


def editor_for(question: Question, choice_count: int, yes_no: list[Choice], acknowledge_text: str) -> Editor:
    """The editor widget for a question (notes and repeats have none)."""
    kind = question.type
    if kind == QuestionType.CALCULATE or question.calculation:
        return ShownValue()
    if kind in (QuestionType.TEXT, QuestionType.INTEGER, QuestionType.DECIMAL):
        return LineEditor(kind)
    if kind == QuestionType.LONG_TEXT:
        return TextEditor()
    if kind == QuestionType.DATE:
        return DateEditor()
    if kind == QuestionType.YES_NO:
        editor = RadioEditor()
        editor.set_choices(yes_no, "en")
        return editor
    if kind == QuestionType.SELECT_ONE:
        return ComboEditor() if choice_count > RADIO_LIMIT or question.choices_from else RadioEditor()
    if kind == QuestionType.SELECT_MULTIPLE:
        return CheckEditor()
    if kind == QuestionType.ACKNOWLEDGEMENT:
        return AcknowledgementEditor(acknowledge_text)
    raise ValueError(f"no editor for {kind}")
