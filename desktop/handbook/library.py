"""Where packs live and which are in use.

* shipped packs: ``resources/handbook/<pack-id>/`` (read-only, in the bundle);
* installed packs: ``<data_dir>/handbook/packs/<pack-id>/`` (written by the
  importer); an installed pack with the id of a shipped one replaces it;
* the search index: ``<data_dir>/handbook/index.db``.
"""

import logging
from dataclasses import dataclass, field
from pathlib import Path

from ..paths import resources_dir
from .index import HandbookIndex, IndexReport
from .pack import MANIFEST, Pack, PackError, Problem, open_pack

log = logging.getLogger(__name__)

SHIPPED, INSTALLED = "shipped", "installed"


def shipped_root() -> Path:
    return resources_dir() / "handbook"


def handbook_dir(data_dir: Path) -> Path:
    return Path(data_dir) / "handbook"


def installed_root(data_dir: Path) -> Path:
    return handbook_dir(data_dir) / "packs"


def index_path(data_dir: Path) -> Path:
    return handbook_dir(data_dir) / "index.db"


@dataclass
class Library:
    """The packs found, in listing order (by language, then id), and the unreadable ones."""

    packs: list[Pack] = field(default_factory=list)
    broken: dict[Path, list[Problem]] = field(default_factory=dict)


def _scan(root: Path, origin: str, library: Library, found: dict[str, Pack]) -> None:
    if not root.is_dir():
        return
    for folder in sorted(root.iterdir()):
        if not folder.is_dir() or folder.name.startswith(".") or not (folder / MANIFEST).exists():
            continue
        try:
            pack = open_pack(folder, origin)
        except PackError as error:
            library.broken[folder] = error.problems
            continue
        if pack.id in found and found[pack.id].origin == origin:
            log.warning("two handbook packs with id %s; %s ignored", pack.id, folder)
            continue
        found[pack.id] = pack


def discover(data_dir: Path | None, shipped: Path | None = None) -> Library:
    """The shipped packs, then the installed ones (``data_dir`` None: shipped only).
    Reads manifests only: cheap enough for every start."""
    library = Library()
    found: dict[str, Pack] = {}
    _scan(shipped if shipped is not None else shipped_root(), SHIPPED, library, found)
    if data_dir is not None:
        _scan(installed_root(data_dir), INSTALLED, library, found)
    library.packs = sorted(found.values(), key=lambda pack: (pack.language, pack.id))
    return library


def open_index(data_dir: Path, packs: list[Pack] | None = None) -> tuple[HandbookIndex, IndexReport]:
    """The index of ``data_dir``, brought up to date with ``packs`` (default: ``discover``)."""
    if packs is None:
        packs = discover(data_dir).packs
    index = HandbookIndex(index_path(data_dir))
    try:
        report = index.ensure(packs)
    except BaseException:
        index.close()
        raise
    return index, report
