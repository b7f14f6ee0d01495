"""The field guide reader, driven through the real widgets on the shipped packs."""

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QFont

from desktop.domain.enums import Status
from desktop.services import profiles
from desktop.services.handbook import HandbookService
from desktop.ui.dialogs.close_case_dialog import CloseCaseDialog
from desktop.ui.dialogs.settings_dialog import SettingsDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.pages.handbook_page import SECTION_ROLE, HandbookPage
from tests.conftest import PASSPHRASE
from tests.ui.conftest import drive_dialog


def _items(page: HandbookPage) -> list[tuple[str, str | None]]:
    found = []
    for top in range(page.contents.topLevelItemCount()):
        node = page.contents.topLevelItem(top)
        found.append((node.text(0), None))
        found.extend((node.child(i).text(0), node.child(i).data(0, SECTION_ROLE)) for i in range(node.childCount()))
    return found


def _drawn(page: HandbookPage) -> tuple[list[str], list[str]]:
    """The link targets and the bold pieces of text drawn in the results, in order."""
    hrefs: list[str] = []
    bold: list[str] = []
    block = page.results.document().begin()
    while block.isValid():
        pieces = block.begin()
        while not pieces.atEnd():
            fragment = pieces.fragment()
            if fragment.isValid():
                char_format = fragment.charFormat()
                href = char_format.anchorHref()
                if href and href not in hrefs:
                    hrefs.append(href)
                if char_format.fontWeight() >= QFont.Weight.Bold:
                    bold.append(fragment.text())
            pieces += 1
        block = block.next()
    return hrefs, bold


def _item(page: HandbookPage, section_id: str):  # noqa: ANN202
    for top in range(page.contents.topLevelItemCount()):
        node = page.contents.topLevelItem(top)
        for index in range(node.childCount()):
            if node.child(index).data(0, SECTION_ROLE) == section_id:
                return node.child(index)
    raise AssertionError(f"{section_id} not in the contents")


def test_contents_links_and_history(qtbot, unlocked: MainWindow) -> None:  # noqa: ANN001
    page = unlocked.workspace.show_handbook()
    items = _items(page)
    assert ("Integrated approach", None) in items
    assert ("The feasibility grid", "m2-feasibility-grid") in items
    assert page.view.toPlainText().startswith(items[1][0])  # the first section is shown
    assert not page.back_button.isEnabled()
    page.open_section("m2-feasibility-grid")
    assert page.view.toPlainText().startswith("The feasibility grid")
    page.view.anchorClicked.emit(QUrl("section:m2-cash-assistance"))  # a link inside the section
    assert page.current == "m2-cash-assistance"
    page.back_button.click()
    assert page.current == "m2-feasibility-grid"
    assert page.forward_button.isEnabled()
    page.forward_button.click()
    assert page.current == "m2-cash-assistance"


def test_search_highlights_and_opens(qtbot, unlocked: MainWindow) -> None:  # noqa: ANN001
    page = unlocked.workspace.show_handbook()
    qtbot.keyClicks(page.search, "feasib")
    qtbot.waitUntil(lambda: page.left.currentWidget() is page.results)
    assert page.result_ids()[0] == "m2-feasibility-grid"
    hrefs, bold = _drawn(page)
    assert hrefs and hrefs == [f"section:{section_id}" for section_id in page.result_ids()]
    assert bold and bold[0].casefold().startswith("feasib"), bold
    page.results.anchorClicked.emit(QUrl(hrefs[0]))  # the link as drawn, not one built here
    assert page.current == "m2-feasibility-grid"
    page.search.clear()
    qtbot.waitUntil(lambda: page.left.currentWidget() is page.contents)


def test_bookmark_note_and_text_size_are_kept_in_the_profile(
    qtbot, unlocked: MainWindow, profile_store  # noqa: ANN001
) -> None:
    page = unlocked.workspace.show_handbook()
    page.open_section("dp-consent-in-practice")
    page.bookmark_button.click()
    assert ("Bookmarks", None) in _items(page)
    qtbot.keyClicks(page.note, "Ask the office for the referral consent form")
    size = page.view.font().pointSizeF()
    page.larger_button.click()
    assert page.view.font().pointSizeF() == size + 1
    unlocked.lock(force=True)  # the pending note is saved on the way

    again = profiles.unlock(profile_store, "aminata", PASSPHRASE)
    try:
        service = HandbookService(profile_store.root.parent, again)
        assert service.bookmarks() == ["dp-consent-in-practice"]
        assert service.note("dp-consent-in-practice") == "Ask the office for the referral consent form"
        assert again.settings.handbook_zoom == 1
    finally:
        again.close()


def test_arabic_reader_follows_the_profile_language(qtbot, unlocked: MainWindow) -> None:  # noqa: ANN001
    from desktop.domain.enums import Language

    def to_arabic(dialog: SettingsDialog) -> None:
        dialog.language.setCurrentIndex(dialog.language.findData("ar"))
        dialog.accept()

    drive_dialog(to_arabic)
    unlocked.open_settings()
    assert unlocked.session.profile.language is Language.ARABIC
    page = unlocked.workspace.show_handbook()
    assert page.isRightToLeft()
    page.open_section("m2-feasibility-grid")
    assert page.view.toPlainText().startswith("شبكة الجدوى")
    # typed queries run against the Arabic pack first (setText: keyClicks cannot type Arabic)
    page.search.setText("الجدوى")
    page.run_search()
    assert page.result_ids()[0] == "m2-feasibility-grid"


def test_case_file_suggests_guidance_that_opens_in_the_reader(qtbot, unlocked: MainWindow) -> None:  # noqa: ANN001
    service = unlocked.workspace.service
    case = service.create({"given_name": "Awa", "vulnerabilities": ["trafficking"]})
    unlocked.workspace.case_list.refresh()
    page = unlocked.workspace.open_case(case.id)
    assert page.guidance.isVisible()
    assert 'href="section:m2-when-to-refer"' in page.guidance.text()
    assert "When to refer" in page.guidance.text()
    page.guidance.linkActivated.emit("section:m2-when-to-refer")
    reader = unlocked.workspace.handbook_page
    assert unlocked.workspace.pages.currentWidget() is reader
    assert reader.current == "m2-when-to-refer"
    assert unlocked.workspace.open_case(case.id) is page  # back to the case file

    def close_it(dialog) -> None:  # noqa: ANN001
        assert isinstance(dialog, CloseCaseDialog)
        dialog.reason.setCurrentIndex(dialog.reason.findData("support_ended"))
        dialog.accept()

    drive_dialog(close_it)
    qtbot.mouseClick(page.close_button, Qt.MouseButton.LeftButton)
    assert service.get(case.id).status is Status.CLOSED
    assert 'href="section:m2-case-closure"' in page.guidance.text()


def test_clicking_then_activating_an_item_is_one_step_of_history(qtbot, unlocked: MainWindow) -> None:  # noqa: ANN001
    page = unlocked.workspace.show_handbook()
    first = page.current
    assert first is not None and first != "m2-feasibility-grid"
    item = _item(page, "m2-feasibility-grid")
    page.contents.itemClicked.emit(item, 0)  # a click, then Enter or a double click: both signals
    page.contents.itemActivated.emit(item, 0)
    assert page.current == "m2-feasibility-grid" and page.history == [first, "m2-feasibility-grid"]
    page.back_button.click()
    assert page.current == first
    assert not page.back_button.isEnabled() and page.forward_button.isEnabled()


def test_a_failed_step_leaves_the_history_where_it_was(qtbot, unlocked: MainWindow) -> None:  # noqa: ANN001
    page = unlocked.workspace.show_handbook()
    first = page.current
    page.open_section("m2-feasibility-grid")
    page.history[0] = "no-such-section"  # e.g. a section gone from a replaced pack
    page.back_button.click()
    assert page.current == "m2-feasibility-grid" and page.position == 1
    assert page.back_button.isEnabled()
    page.history[0] = first
    page.back_button.click()
    assert page.current == first and page.position == 0


def test_the_french_reader_finds_only_french_sections(qtbot, unlocked: MainWindow) -> None:  # noqa: ANN001
    from desktop.domain.enums import Language

    unlocked.session.profile = unlocked.session.profile.model_copy(update={"language": Language.FRENCH})
    unlocked.set_language(Language.FRENCH)
    page = unlocked.workspace.show_handbook()
    french = page.service.pack("fr")
    assert french is not None and french.pack.language == "fr"
    page.search.setText("budget")
    page.run_search()
    assert page.found, "the French pack speaks of budgets"
    assert {result.pack for result in page.found} == {french.pack.id}
    assert {result.language for result in page.found} == {"fr"}


def test_a_note_is_written_only_when_it_was_changed(qtbot, unlocked: MainWindow, monkeypatch) -> None:  # noqa: ANN001
    page = unlocked.workspace.show_handbook()
    saved: list[tuple[str, str]] = []
    monkeypatch.setattr(page.service, "save_note", lambda section_id, text: saved.append((section_id, text)))
    first = page.current
    page.open_section("m2-feasibility-grid")
    page.back_button.click()
    page.forward_button.click()
    page.save_note()
    assert saved == []  # looking at sections writes nothing
    qtbot.keyClicks(page.note, "Check the market")
    page.open_section(first)
    assert saved == [("m2-feasibility-grid", "Check the market")]
    page.open_section("m2-feasibility-grid")
    assert saved == [("m2-feasibility-grid", "Check the market")]


def _official_pages(folder):  # noqa: ANN001, ANN202
    folder.mkdir()
    (folder / "grid.html").write_text(
        "<html lang='en'><head><title>Official handbook</title></head><body>"
        "<h1 id='m2-feasibility-grid'>Feasibility, the official way</h1><p>Check millet prices first.</p>"
        "</body></html>", encoding="utf-8")
    return folder


def test_import_a_pack_from_the_reader_then_choose_and_remove_it(
    qtbot, unlocked: MainWindow, tmp_path, profile_store  # noqa: ANN001
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from desktop.ui.dialogs.import_pack_dialog import ImportPackDialog

    page = unlocked.workspace.show_handbook()
    shipped_title = page.pack_choice.currentText()
    assert not page.remove_button.isVisible() and not page.pack_choice.isEnabled()
    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / "a.html").write_text("<html><body><h1>A</h1><script>x()</script></body></html>", encoding="utf-8")
    good = _official_pages(tmp_path / "official")
    seen: dict[str, str] = {}

    def fill(dialog: ImportPackDialog) -> None:
        dialog.source.setText(str(broken))
        dialog.accept()  # refused: the dialog stays open with the problems
        seen["error"] = dialog.error.text()
        seen["problems"] = dialog.problems.toPlainText()
        assert dialog.isVisible()
        dialog.source.setText(str(good))
        dialog.licence.setText("Internal use")

        def confirm(box: QMessageBox) -> None:
            seen["summary"] = box.text()
            box.accept()

        drive_dialog(confirm)
        dialog.accept()

    drive_dialog(fill)
    page.import_button.click()
    qtbot.waitUntil(lambda: "summary" in seen)

    assert seen["error"] == "“broken” was not imported and nothing was changed. Problems found: 1."
    assert seen["problems"] == f"{broken / 'a.html'}:1: <script>: scripts are not allowed"
    assert seen["summary"].startswith("“Official handbook” is installed: 1 section, ready to search.")
    # the imported pack is read now, and the forms' section id opens its text
    assert page.pack_choice.currentText() == "Official handbook (imported)"
    assert page.remove_button.isVisible() and page.pack_choice.isEnabled()
    assert page.open_section("m2-feasibility-grid")
    assert page.view.toPlainText().startswith("Feasibility, the official way")
    page.search.setText("millet")
    page.run_search()
    assert page.result_ids() == ["m2-feasibility-grid"]

    # back to the shipped field guide: the choice is kept in the profile
    page.pack_choice.setCurrentIndex(page.pack_choice.findText(shipped_title))
    page.pack_choice.activated.emit(page.pack_choice.currentIndex())
    assert page.view.toPlainText().startswith("The feasibility grid")
    assert unlocked.session.settings.handbook_packs == {"en": "field-guide-en"}

    page.pack_choice.setCurrentIndex(page.pack_choice.findText("Official handbook (imported)"))
    page.pack_choice.activated.emit(page.pack_choice.currentIndex())
    drive_dialog(lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    page.remove_button.click()
    assert page.pack_choice.count() == 1 and page.pack_choice.currentText() == shipped_title
    assert page.view.toPlainText().startswith("The feasibility grid")
    assert unlocked.session.settings.handbook_packs == {}
