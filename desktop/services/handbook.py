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
    from ..handbook.importer import ImportOptions, ImportResult
    from ..handbook.index import HandbookIndex, SearchResult
    from ..handbook.library import Library
    from ..handbook.pack import LoadedPack, Pack, Section

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

    def packs_for(self, language: str) -> "list[Pack]":
        """The packs in a language, in the order they are preferred: the person's
        choice, then imported packs, then the shipped one."""
        chosen = self.session.settings.handbook_packs.get(language)
        packs = [pack for pack in self.library.packs if pack.language == language]
        return sorted(packs, key=lambda p: (p.id != chosen, p.origin != "installed", p.id))

    def choose(self, language: str, pack_id: str) -> None:
        """Read ``pack_id`` in ``language`` from now on (kept in the profile)."""
        settings = self.session.settings
        chosen = {**settings.handbook_packs, language: pack_id}
        self.session.save_settings(settings.model_copy(update={"handbook_packs": chosen}))

    def _load(self, pack: "Pack") -> "LoadedPack | None":
        from ..handbook.pack import PackError, load_pack

        if pack.id not in self._loaded:
            try:
                self._loaded[pack.id] = load_pack(pack.path, pack.origin)
            except PackError as error:
                log.warning("handbook pack %s skipped: %d problems", pack.id, len(error.problems))
                self._loaded[pack.id] = None
        return self._loaded[pack.id]

    def pack(self, language: str) -> "LoadedPack | None":
        """The pack read in a language (see ``packs_for``), else the English one."""
        for wanted in (language, FALLBACK_LANGUAGE):
            for pack in self.packs_for(wanted):
                loaded = self._load(pack)
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
        """The section from the pack read in ``language``; when that pack lacks it
        (an imported handbook with its own ids), from another pack of the language."""
        loaded = self.pack(language)
        section = loaded.section(section_id) if loaded else None
        if section is None and loaded is not None:
            for pack in self.packs_for(loaded.pack.language):
                other = self._load(pack) if pack.id != loaded.pack.id else None
                section = other.section(section_id) if other else None
                if section is not None:
                    break
        return section

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

    def refresh(self) -> None:
        """Read the packs again (after an import or a removal)."""
        self.close()
        self._loaded.clear()
        self.__dict__.pop("library", None)

    def import_pack(self, source: Path, options: "ImportOptions") -> "ImportResult":
        """Install a pack (``ImportFailed`` changes nothing) and read the packs again."""
        from ..handbook.importer import import_pack

        result = import_pack(source, self.data_dir, options)  # a failure changed nothing: nothing to re-read
        self.refresh()
        return result

    def remove_pack(self, pack_id: str) -> None:
        """Remove an imported pack (``NotRemovable`` for a shipped one); a choice of it is forgotten."""
        from ..handbook.importer import remove_pack

        self.close()
        try:
            remove_pack(self.data_dir, pack_id)
        finally:
            self.refresh()
        settings = self.session.settings
        kept = {language: chosen for language, chosen in settings.handbook_packs.items() if chosen != pack_id}
        if kept != settings.handbook_packs:
            self.session.save_settings(settings.model_copy(update={"handbook_packs": kept}))

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
