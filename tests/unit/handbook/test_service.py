"""The reader's service: which pack a language gets, and broken packs left aside."""

from pathlib import Path

import pytest

from desktop.handbook import pack as pack_module
from desktop.handbook.library import discover
from desktop.handbook.importer import ImportOptions
from desktop.services.handbook import HandbookService
from desktop.services.session import Session

from .fixtures import CONTENT, write_pack


def test_a_broken_pack_is_read_once_and_the_fallback_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, session: Session
) -> None:
    shipped = tmp_path / "shipped"
    write_pack(shipped, "en")
    french = write_pack(shipped, "fr")
    section = french / "sections" / "m2-plan.md"
    section.write_text(section.read_text(encoding="utf-8") + "\nEdited after sealing.\n", encoding="utf-8")
    service = HandbookService(tmp_path / "data", session)
    service.library = discover(None, shipped=shipped)
    reads: list[str] = []
    load_pack = pack_module.load_pack

    def counted(path: Path, origin: str = "shipped"):  # noqa: ANN202
        reads.append(Path(path).name)
        return load_pack(path, origin)

    monkeypatch.setattr(pack_module, "load_pack", counted)
    for _ in range(3):
        loaded = service.pack("fr")
        assert loaded is not None and loaded.pack.id == "test-guide-en"  # the English one instead
    assert service.contents("fr") and service.section("fr", "m2-plan") is not None
    assert reads == ["test-guide-fr", "test-guide-en"]


def _pages(folder: Path, sections: dict[str, str]) -> Path:
    folder.mkdir(parents=True)
    for number, (section_id, title) in enumerate(sections.items(), start=1):
        (folder / f"{number:02d}-{section_id}.md").write_text(
            f"---\nid: {section_id}\n---\n# {title}\n\nOfficial text about {title.lower()}.\n", encoding="utf-8")
    return folder


def test_an_imported_pack_is_read_first_and_the_choice_is_kept(tmp_path: Path, session: Session) -> None:
    shipped = tmp_path / "shipped"
    write_pack(shipped, "en")
    service = HandbookService(tmp_path / "data", session)
    service.library = discover(tmp_path / "data", shipped=shipped)
    assert service.pack("en").pack.id == "test-guide-en"

    pages = _pages(tmp_path / "official", {"m2-plan": "The plan, officially", "m9-extra": "Extra"})
    result = service.import_pack(pages, ImportOptions(pack_id="official-en", language="en", title="Official"))
    assert result.sections == 2
    service.library = discover(tmp_path / "data", shipped=shipped)  # the test's shipped folder again
    assert service.pack("en").pack.id == "official-en"  # an imported pack comes before the shipped one
    assert service.section("en", "m2-plan").title == "The plan, officially"
    # a form's section the official text does not have: from the shipped field guide
    assert service.section("en", "m2-training").title == CONTENT["en"]["m2-training"][0]

    service.choose("en", "test-guide-en")
    assert [pack.id for pack in service.packs_for("en")] == ["test-guide-en", "official-en"]
    assert service.pack("en").pack.id == "test-guide-en"
    assert session.settings.handbook_packs == {"en": "test-guide-en"}
