"""The field guide for the reader: packs by language, table of contents,
search, and the person's bookmarks and notes."""

import logging
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from .session import Session

# The handbook modules (and PyYAML) load on first use: not needed to start.
if TYPE_CHECKING:
    from ..handbook.index import HandbookIndex, SearchResult
    from ..handbook.library import Library
    from ..handbook.pack import LoadedPack, Section

log = logging.getLogger(__name__)
FALLBACK_LANGUAGE = "en"


@dataclass
class Module:
    number: int
    title: str
    sections: "list[Section]"


class HandbookService:
    """Packs are read from disk when first needed; the search index is built
    only when a pack was installed or changed since the last start."""

    def __init__(self, data_dir: Path, session: Session):
        self.data_dir = data_dir
        self.session = session
        self._loaded: dict[str, LoadedPack | None] = {}  # None: the pack is broken, not read again
        self._index: HandbookIndex | None = None

    @cached_property
    def library(self) -> "Library":
        from ..handbook.library import discover

        return discover(self.data_dir)

    # --- content ----------------------------------------------------------------

    def pack(self, language: str) -> "LoadedPack | None":
        """The pack for a language (installed before shipped), else the English one."""
        from ..handbook.pack import PackError, load_pack

        for wanted in (language, FALLBACK_LANGUAGE):
            candidates = [p for p in self.library.packs if p.language == wanted]
            candidates.sort(key=lambda p: p.origin != "installed")
            for pack in candidates:
                if pack.id not in self._loaded:
                    try:
                        self._loaded[pack.id] = load_pack(pack.path, pack.origin)
                    except PackError as error:
                        log.warning("handbook pack %s skipped: %d problems", pack.id, len(error.problems))
                        self._loaded[pack.id] = None
                loaded = self._loaded[pack.id]
                if loaded is not None:
                    return loaded
        return None

    def contents(self, language: str) -> list[Module]:
        loaded = self.pack(language)
        if loaded is None:
            return []
        modules = loaded.pack.manifest.modules
        grouped: dict[int, list[Section]] = {}
        for section in loaded.sections:
            grouped.setdefault(section.meta.module, []).append(section)
        return [Module(number, modules.get(number, str(number)), grouped[number]) for number in sorted(grouped)]

    def section(self, language: str, section_id: str) -> "Section | None":
        loaded = self.pack(language)
        return loaded.section(section_id) if loaded else None

    def search(self, query: str, language: str, limit: int = 30) -> "list[SearchResult]":
        from ..handbook.library import open_index

        if self._index is None:
            self._index, report = open_index(self.data_dir, self.library.packs)
            log.info("handbook index: %d packs indexed, %d unchanged", len(report.indexed), len(report.unchanged))
        loaded = self.pack(language)
        if loaded is None:
            return []
        # only the reader's pack: a section id from another pack would open the wrong text
        return self._index.search(query, language, limit=limit, pack=loaded.pack.id)

    def close(self) -> None:
        if self._index is not None:
            self._index.close()
            self._index = None

    # --- the person's own notes -------------------------------------------------

    def bookmarks(self) -> list[str]:
        return self.session.handbook.bookmarks()

    def is_bookmarked(self, section_id: str) -> bool:
        return section_id in self.bookmarks()

    def set_bookmark(self, section_id: str, on: bool) -> None:
        self.session.handbook.set_bookmark(section_id, on)

    def note(self, section_id: str) -> str:
        return self.session.handbook.note(section_id)

    def save_note(self, section_id: str, text: str) -> None:
        self.session.handbook.save_note(section_id, text)
