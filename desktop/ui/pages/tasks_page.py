"""Follow-ups across the caseload: overdue, today, and the coming week."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from ...services.forms import FormService

_ID, _CASE = Qt.ItemDataRole.UserRole, Qt.ItemDataRole.UserRole + 1
OVERDUE_COLOUR = QColor("#a4262c")


class TasksPage(QWidget):
    """Signals:
        open_case(str): the case of the chosen task.
    """

    open_case = Signal(str)

    def __init__(self, service: FormService, language: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.service, self.language = service, language
        title = QLabel(self.tr("Follow-ups"))
        title.setObjectName("pageTitle")
        self.summary = QLabel()
        self.tree = QTreeWidget()
        self.tree.setAccessibleName(self.tr("Follow-up tasks"))
        self.tree.setHeaderLabels([self.tr("Due"), self.tr("Case"), self.tr("Task")])
        self.tree.setRootIsDecorated(False)
        self.open_button = QPushButton(self.tr("&Open case"))
        self.done_button = QPushButton(self.tr("Mark &done"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        buttons.addWidget(self.done_button)
        buttons.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)
        self.tree.itemActivated.connect(lambda _item, _column: self._open())
        self.tree.itemSelectionChanged.connect(self._enable)
        self.open_button.clicked.connect(self._open)
        self.done_button.clicked.connect(self._done)
        self.groups: dict[str, QTreeWidgetItem] = {}
        self.reload()

    def reload(self) -> None:
        self.tree.clear()
        today = self.service.today
        names = {"overdue": self.tr("Overdue"), "today": self.tr("Today"), "week": self.tr("This week")}
        self.groups = {}
        for key, text in names.items():
            group = QTreeWidgetItem([text])
            group.setFirstColumnSpanned(True)
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.tree.addTopLevelItem(group)
            self.groups[key] = group
        for task, number, name in self.service.tasks_due(7):
            key = "overdue" if task.due_on < today else "today" if task.due_on == today else "week"
            title = task.title.get(self.language) or next(iter(task.title.values()), task.kind)
            item = QTreeWidgetItem([task.due_on.isoformat(), f"{number} · {name}", title])
            item.setData(0, _ID, task.id)
            item.setData(0, _CASE, task.case_id)
            if key == "overdue":
                for column in range(3):
                    item.setForeground(column, QBrush(OVERDUE_COLOUR))
            self.groups[key].addChild(item)
        for key, group in self.groups.items():
            group.setText(0, f"{names[key]} ({group.childCount()})")
            group.setExpanded(True)
        self.summary.setText(self.tr("%1 overdue · %2 today · %3 this week")
                             .replace("%1", str(self.groups["overdue"].childCount()))
                             .replace("%2", str(self.groups["today"].childCount()))
                             .replace("%3", str(self.groups["week"].childCount())))
        for column in range(3):
            self.tree.resizeColumnToContents(column)
        self._enable()

    def _selected(self) -> QTreeWidgetItem | None:
        items = self.tree.selectedItems()
        return items[0] if items and items[0].data(0, _ID) else None

    def _enable(self) -> None:
        chosen = self._selected() is not None
        self.open_button.setEnabled(chosen)
        self.done_button.setEnabled(chosen)

    def _open(self) -> None:
        item = self._selected()
        if item is not None:
            self.open_case.emit(item.data(0, _CASE))

    def _done(self) -> None:
        item = self._selected()
        if item is not None:
            self.service.complete_task(item.data(0, _ID))
            self.reload()
