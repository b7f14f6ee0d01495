"""The shipped field guide: every pack valid, the same sections in all three languages."""

from pathlib import Path

import pytest

from desktop.handbook.library import shipped_root
from desktop.handbook.pack import check_pack, load_pack, missing_across

FIELD_GUIDE = [shipped_root() / f"field-guide-{language}" for language in ("en", "fr", "ar")]


def _present() -> list[Path]:
    absent = [folder.name for folder in FIELD_GUIDE if not folder.is_dir()]
    assert not absent, f"shipped pack folders missing: {', '.join(absent)}"
    return FIELD_GUIDE


@pytest.mark.parametrize("language", ["en", "fr", "ar"])
def test_each_shipped_pack_is_valid(language: str) -> None:
    folder = next(f for f in _present() if f.name.endswith(language))
    problems = check_pack(folder)
    assert not problems, "\n".join(map(str, problems))
    pack = load_pack(folder)
    assert pack.pack.language == language
    assert len(pack.sections) >= 40


def test_every_section_exists_in_all_three_languages_with_the_same_place() -> None:
    packs = [load_pack(folder) for folder in _present()]
    assert missing_across(packs) == {}
    places = [{s.id: (s.meta.module, s.meta.order) for s in loaded.sections} for loaded in packs]
    assert places[0] == places[1] == places[2]
