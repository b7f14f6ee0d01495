"""The field guide reader: table of contents and bookmarks, search with
highlighted results, the section itself with links, back/forward, text size,
and the person's own note on each section."""

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtGui import QFont, QKeySequence, QShortcut, QTextCursor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTextBrowser,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import PasserelleError
from ...handbook.index import SearchResult, marked
from ...services.handbook import HandbookService
from ...services.session import Session
from .. import labels

if TYPE_CHECKING:
    from ...handbook.pack import Pack

SEARCH_DELAY_MS = 150
NOTE_DELAY_MS = 600
SECTION_ROLE = Qt.ItemDataRole.UserRole + 2


class HandbookPage(QWidget):
    def __init__(self, service: HandbookService, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.service = service
        self.session = session
        self.language = str(session.profile.language)
        self.history: list[str] = []
        self.position = -1
        self.current: str | None = None
        self.found: list[SearchResult] = []
        self.note_dirty = False

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search the field guide"))
        self.search.setAccessibleName(self.tr("Search the field guide"))
        self.search.setClearButtonEnabled(True)
        self.back_button = QToolButton()
        self.back_button.setText(self.tr("Back"))
        self.forward_button = QToolButton()
        self.forward_button.setText(self.tr("Forward"))
        self.smaller_button = QToolButton()
        self.smaller_button.setText("A−")
        self.smaller_button.setAccessibleName(self.tr("Smaller text"))
        self.larger_button = QToolButton()
        self.larger_button.setText("A+")
        self.larger_button.setAccessibleName(self.tr("Larger text"))
        self.bookmark_button = QPushButton()
        self.bookmark_button.setCheckable(True)
        top = QHBoxLayout()
        for widget in (self.back_button, self.forward_button):
            top.addWidget(widget)
        top.addWidget(self.search, 1)
        for widget in (self.smaller_button, self.larger_button, self.bookmark_button):
            top.addWidget(widget)

        self.contents = QTreeWidget()
        self.contents.setHeaderHidden(True)
        self.contents.setAccessibleName(self.tr("Table of contents"))
        self.results = QTextBrowser()
        self.results.setOpenLinks(False)
        self.results.setAccessibleName(self.tr("Search results"))
        self.left = QStackedWidget()
        self.left.addWidget(self.contents)
        self.left.addWidget(self.results)
        self.pack_choice = QComboBox()
        self.pack_choice.setAccessibleName(self.tr("Handbook pack"))
        self.pack_choice.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.pack_choice.setMinimumContentsLength(16)
        self.import_button = QPushButton(self.tr("Import a pack…"))
        self.remove_button = QPushButton(self.tr("Remove this pack"))
        pack_buttons = QHBoxLayout()
        pack_buttons.addWidget(self.import_button)
        pack_buttons.addWidget(self.remove_button)
        pack_buttons.addStretch(1)
        left_box = QWidget()
        left_layout = QVBoxLayout(left_box)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.pack_choice)
        left_layout.addLayout(pack_buttons)
        left_layout.addWidget(self.left, 1)

        self.view = QTextBrowser()
        self.view.setOpenLinks(False)
        self.view.setAccessibleName(self.tr("Section"))
        self.note_label = QLabel(self.tr("My &note on this section (kept in your encrypted profile)"))
        self.note = QPlainTextEdit()
        self.note.setAccessibleName(self.tr("My note on this section"))
        self.note.setMaximumHeight(110)
        self.note.setTabChangesFocus(True)
        self.note_label.setBuddy(self.note)
        right_box = QWidget()
        right_layout = QVBoxLayout(right_box)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.view, 1)
        right_layout.addWidget(self.note_label)
        right_layout.addWidget(self.note)

        splitter = QSplitter()
        splitter.addWidget(left_box)
        splitter.addWidget(right_box)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([300, 700])
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Field guide"))
        heading.setObjectName("pageTitle")
        layout.addWidget(heading)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._note_timer = QTimer(self, singleShot=True, interval=NOTE_DELAY_MS)
        self._search_timer.timeout.connect(self.run_search)
        self._note_timer.timeout.connect(self.save_note)
        self.search.textChanged.connect(self._search_timer.start)
        self.note.textChanged.connect(self._note_edited)
        self.contents.itemActivated.connect(self._picked)
        self.contents.itemClicked.connect(self._picked)
        self.results.anchorClicked.connect(self._link)
        self.view.anchorClicked.connect(self._link)
        self.back_button.clicked.connect(lambda: self._step(-1))
        self.forward_button.clicked.connect(lambda: self._step(1))
        self.smaller_button.clicked.connect(lambda: self._zoom(-1))
        self.larger_button.clicked.connect(lambda: self._zoom(1))
        self.bookmark_button.toggled.connect(self._bookmark)
        self.pack_choice.activated.connect(self._choose_pack)
        self.import_button.clicked.connect(self.import_pack)
        self.remove_button.clicked.connect(self.remove_pack)
        QShortcut(QKeySequence.StandardKey.Back, self, lambda: self._step(-1))
        QShortcut(QKeySequence.StandardKey.Forward, self, lambda: self._step(1))
        self._apply_zoom()
        self.reload_contents()
        self._show_first()

    def _show_first(self) -> None:
        first = self._first_section()
        if first:
            self.open_section(first)
        else:
            self.view.setPlainText(self.tr("No field guide is installed for this language."))
        self._update_buttons()

    # --- contents ---------------------------------------------------------------

    def reload_contents(self) -> None:
        self.contents.clear()
        loaded = self.service.pack(self.language)
        self._fill_pack_choice(loaded.pack if loaded else None)
        bookmarks = self.service.bookmarks()
        if bookmarks:
            marks = QTreeWidgetItem([self.tr("Bookmarks")])
            for section_id in bookmarks:
                section = self.service.section(self.language, section_id)
                if section:
                    child = QTreeWidgetItem([section.title])
                    child.setData(0, SECTION_ROLE, section.id)
                    marks.addChild(child)
            self.contents.addTopLevelItem(marks)
            marks.setExpanded(True)
        for module in self.service.contents(self.language):
            node = QTreeWidgetItem([module.title])
            for section in module.sections:
                child = QTreeWidgetItem([section.title])
                child.setData(0, SECTION_ROLE, section.id)
                child.setToolTip(0, section.title)
                node.addChild(child)
            self.contents.addTopLevelItem(node)
            node.setExpanded(True)

    def _fill_pack_choice(self, shown: "Pack | None") -> None:
        packs = self.service.packs_for(self.language)
        if shown is not None and shown.id not in [pack.id for pack in packs]:
            packs.insert(0, shown)  # no pack in this language: the English one is read
        self.pack_choice.clear()
        for pack in packs:
            text = pack.title if pack.origin != "installed" else self.tr("%1 (imported)").replace("%1", pack.title)
            self.pack_choice.addItem(text, pack.id)
            self.pack_choice.setItemData(self.pack_choice.count() - 1, pack.title, Qt.ItemDataRole.ToolTipRole)
        self.pack_choice.setCurrentIndex(max(0, self.pack_choice.findData(shown.id)) if shown else -1)
        self.pack_choice.setEnabled(len(packs) > 1)
        self.remove_button.setVisible(shown is not None and shown.origin == "installed")

    def _choose_pack(self, index: int) -> None:
        pack_id = self.pack_choice.itemData(index)
        loaded = self.service.pack(self.language)
        if pack_id is None or (loaded is not None and loaded.pack.id == pack_id):
            return
        self.service.choose(self.language, pack_id)
        self._reload_keeping_place()

    def _reload_keeping_place(self) -> None:
        """Contents of the pack now read; the same section if it has it, else its first."""
        self.save_note()
        current, self.current = self.current, None
        self.history.clear()
        self.position = -1
        self.reload_contents()
        if not (current and self.open_section(current)):
            self._show_first()
        if self.search.text().strip():
            self.run_search()

    def import_pack(self) -> None:
        from ..dialogs.import_pack_dialog import ImportPackDialog

        dialog = ImportPackDialog(self.service, self)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        if accepted:
            QMessageBox.information(self, self.tr("Pack imported"), dialog.summary())
            self._reload_keeping_place()

    def remove_pack(self) -> None:
        loaded = self.service.pack(self.language)
        if loaded is None or loaded.pack.origin != "installed":
            return
        question = self.tr("Remove “%1” from this computer? The shipped field guide stays.").replace(
            "%1", loaded.pack.title)
        if QMessageBox.question(self, self.tr("Remove this pack"), question) != QMessageBox.StandardButton.Yes:
            return
        try:
            self.service.remove_pack(loaded.pack.id)
        except PasserelleError as error:
            QMessageBox.warning(self, self.tr("Remove this pack"), labels.error_text(error))
        self._reload_keeping_place()

    def _first_section(self) -> str | None:
        modules = self.service.contents(self.language)
        return modules[0].sections[0].id if modules and modules[0].sections else None

    def _picked(self, item: QTreeWidgetItem) -> None:
        section_id = item.data(0, SECTION_ROLE)
        if section_id:
            self.open_section(section_id)

    # --- showing a section ------------------------------------------------------

    def open_section(self, section_id: str, remember: bool = True) -> bool:
        if remember and section_id == self.current:
            return True  # already shown (a click, then its activation): nothing to redo
        section = self.service.section(self.language, section_id)
        if section is None:
            return False
        self.save_note()
        if remember:
            del self.history[self.position + 1 :]
            self.history.append(section_id)
            self.position = len(self.history) - 1
        self.current = section_id
        self.view.setMarkdown(f"# {section.title}\n\n{section.body}")
        self._follow_layout(self.view)
        self.note.blockSignals(True)
        self.note.setPlainText(self.service.note(section_id))
        self.note.blockSignals(False)
        self.note_dirty = False
        self.bookmark_button.blockSignals(True)
        self.bookmark_button.setChecked(self.service.is_bookmarked(section_id))
        self.bookmark_button.blockSignals(False)
        self._update_buttons()
        return True

    def _link(self, url: QUrl) -> None:
        if url.scheme() == "section":
            self.open_section(url.path())

    def _step(self, delta: int) -> None:
        target = self.position + delta
        if 0 <= target < len(self.history) and self.open_section(self.history[target], remember=False):
            self.position = target
            self._update_buttons()

    def _update_buttons(self) -> None:
        self.back_button.setEnabled(self.position > 0)
        self.forward_button.setEnabled(0 <= self.position < len(self.history) - 1)
        self.bookmark_button.setEnabled(self.current is not None)
        self.note.setEnabled(self.current is not None)
        marked_now = self.bookmark_button.isChecked()
        self.bookmark_button.setText(self.tr("★ Bookmarked") if marked_now else self.tr("☆ Bookmark"))

    # --- search -------------------------------------------------------------------

    def run_search(self) -> None:
        self._search_timer.stop()
        query = self.search.text().strip()
        if not query:
            self.left.setCurrentWidget(self.contents)
            return
        found = self.service.search(query, self.language)
        parts = []
        for result in found:
            title = marked(html.escape(result.title_marked), "<b>", "</b>")
            snippet = marked(html.escape(result.snippet), "<b>", "</b>")
            parts.append(f'<p><a href="section:{result.id}">{title}</a><br/>{snippet}</p>')
        self.found = found
        count = self.tr("%Ln section(s) found", "", len(found))
        self.results.setHtml(f"<p>{html.escape(count)}</p>" + "".join(parts))
        self._follow_layout(self.results)
        self.left.setCurrentWidget(self.results)

    def _follow_layout(self, browser: QTextBrowser) -> None:
        """Give every paragraph, heading and list item the page's direction: the
        Markdown importer fixes each block left to right, which puts Arabic
        headings and bullets on the wrong side."""
        direction = self.layoutDirection()
        cursor = QTextCursor(browser.document())
        block = browser.document().begin()
        while block.isValid():
            block_format = block.blockFormat()
            if block_format.layoutDirection() != direction:
                block_format.setLayoutDirection(direction)
                cursor.setPosition(block.position())
                cursor.setBlockFormat(block_format)
            block = block.next()

    def result_ids(self) -> list[str]:
        """Section ids of the results shown, in order."""
        return [result.id for result in self.found] if self.left.currentWidget() is self.results else []

    # --- the person's own data ----------------------------------------------------

    def _note_edited(self) -> None:
        self.note_dirty = True
        self._note_timer.start()

    def save_note(self) -> None:
        """Write the note if the person changed it since it was shown or saved."""
        self._note_timer.stop()
        if self.current is not None and self.note_dirty:
            self.service.save_note(self.current, self.note.toPlainText())
            self.note_dirty = False

    def _bookmark(self, on: bool) -> None:
        if self.current is not None:
            self.service.set_bookmark(self.current, on)
            self._update_buttons()
            self.reload_contents()

    def _zoom(self, step: int) -> None:
        settings = self.session.settings
        zoom = max(-4, min(12, settings.handbook_zoom + step))
        if zoom != settings.handbook_zoom:
            self.session.save_settings(settings.model_copy(update={"handbook_zoom": zoom}))
            self._apply_zoom()

    def _apply_zoom(self) -> None:
        font = QFont(self.font())
        font.setPointSizeF(max(6.0, font.pointSizeF() + self.session.settings.handbook_zoom))
        self.view.setFont(font)
        self.view.document().setDefaultFont(font)
