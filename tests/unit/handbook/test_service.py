"""The reader's service: which pack a language gets, and broken packs left aside."""

from pathlib import Path

import pytest

from desktop.handbook import pack as pack_module
from desktop.handbook.library import discover
from desktop.services.handbook import HandbookService

from .fixtures import write_pack


def test_a_broken_pack_is_read_once_and_the_fallback_used(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shipped = tmp_path / "shipped"
    write_pack(shipped, "en")
    french = write_pack(shipped, "fr")
    section = french / "sections" / "m2-plan.md"
    section.write_text(section.read_text(encoding="utf-8") + "\nEdited after sealing.\n", encoding="utf-8")
    service = HandbookService(tmp_path / "data", None)  # type: ignore[arg-type] - no notes here
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
