"""The handbook's offline search index: FTS5 in a plain SQLite file.

The handbook holds no personal data, so the index is not encrypted: it is
opened with ``sqlcipher3.connect`` and no key (the bundled SQLite has FTS5).
It is a cache: rebuilt when a pack is installed or changed, never at every
start. ``HandbookIndex.ensure(packs)`` compares each pack's id, version and
manifest digest with what was indexed and rebuilds only what changed; a file
that is not a database, or a damaged one, is deleted and built again (a locked
one is left alone: the error is raised).

Matching runs on folded text (``desktop.handbook.text``); snippets come from the
original text, with the matched words between ``MARK_START`` and ``MARK_END``.
"""

import logging
import re
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path

import sqlcipher3

from .pack import Pack, PackError, Problem, load_pack
from .text import (
    WORD,
    fold_word,
    folded_words,
    index_text,
    match_expression,
    matches,
    normalise,
    query_terms,
)

log = logging.getLogger(__name__)

#: Bump when the columns or the folding change: the index is then rebuilt.
SCHEMA = "1"
#: Private-use characters around a matched word in ``SearchResult.snippet``/``title_marked``.
MARK_START, MARK_END = "\ue000", "\ue001"
#: bm25 weights of the columns title, tags, body: a title match beats a body match.
WEIGHTS = (10.0, 4.0, 1.0)
SNIPPET_WORDS = 30
SNIPPET_BEFORE = 8

_TABLES = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE packs (
    id TEXT PRIMARY KEY, version TEXT NOT NULL, digest TEXT NOT NULL, language TEXT NOT NULL,
    title TEXT NOT NULL, origin TEXT NOT NULL, path TEXT NOT NULL, sections INTEGER NOT NULL,
    built_at REAL NOT NULL
);
CREATE TABLE sections (
    rowid INTEGER PRIMARY KEY, pack TEXT NOT NULL, section TEXT NOT NULL, language TEXT NOT NULL,
    module INTEGER NOT NULL, ord INTEGER NOT NULL, title TEXT NOT NULL,
    plain TEXT NOT NULL, words TEXT NOT NULL
);
CREATE INDEX sections_pack ON sections (pack);
CREATE VIRTUAL TABLE fts USING fts5 (title, tags, body, tokenize = 'unicode61 remove_diacritics 0');
"""


@dataclass(frozen=True)
class SearchResult:
    """One section found. ``score`` is bm25 (lower is better); ``title_marked`` is
    the title with the matched words between the markers."""

    pack: str
    id: str
    title: str
    language: str
    snippet: str
    score: float
    title_marked: str

    def as_dict(self, start: str = "[", end: str = "]") -> dict[str, object]:
        """For JSON: the markers replaced by ``start`` and ``end``."""
        return {
            "pack": self.pack,
            "id": self.id,
            "title": self.title,
            "language": self.language,
            "snippet": marked(self.snippet, start, end),
            "score": round(self.score, 4),
        }


@dataclass
class IndexReport:
    """What ``ensure`` did: pack ids (re)indexed, removed, left as they were, and refused."""

    indexed: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    failed: dict[str, list[Problem]] = field(default_factory=dict)


@dataclass(frozen=True)
class IndexedPack:
    id: str
    version: str
    digest: str
    language: str
    title: str
    origin: str
    path: str
    sections: int
    built_at: float


@contextmanager
def _transaction(db: "sqlcipher3.Connection") -> Iterator[None]:
    """``BEGIN IMMEDIATE`` … ``COMMIT``, rolled back on any error (the connection is in autocommit mode)."""
    db.execute("BEGIN IMMEDIATE")
    try:
        yield
        db.execute("COMMIT")
    except BaseException:
        if db.in_transaction:
            db.execute("ROLLBACK")
        raise


def marked(text: str, start: str, end: str) -> str:
    """``text`` with the private markers replaced (e.g. by ``<b>``/``</b>`` or ``[``/``]``)."""
    return text.replace(MARK_START, start).replace(MARK_END, end)


# --- from Markdown to the text that is searched and quoted ----------------------------

_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$", re.MULTILINE)
_MD_LINK = re.compile(r"!?\[((?:[^\]\\]|\\.)*)\]\([^)]*\)")
_LINE_START = re.compile(r"^\s*(?:#{1,6}\s+|[-*+]\s+(?:\[[ xX]\]\s+)?|\d+[.)]\s+|>\s?)", re.MULTILINE)
_EMPHASIS = re.compile(r"(\*\*|__|\*|`|~~)")
_SPACES = re.compile(r"\s+")


def plain_text(markdown: str) -> str:
    """The readable words of a Markdown body on one line (for matching and snippets)."""
    text = markdown.replace(MARK_START, "").replace(MARK_END, "")
    text = _TABLE_RULE.sub(" ", text)
    text = _MD_LINK.sub(r"\1", text)
    text = _LINE_START.sub("", text)
    text = _EMPHASIS.sub("", text).replace("|", " ").replace("\\", "")
    return normalise(_SPACES.sub(" ", text).strip())


# --- the index ----------------------------------------------------------------------


class HandbookIndex:
    """The search index file. One instance per thread (SQLite connections are not shared)."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self._db = self._open()
        except sqlcipher3.OperationalError:  # e.g. "database is locked": in use elsewhere, not damaged
            raise
        except sqlcipher3.DatabaseError as error:  # not a database, or damaged: it is only a cache
            log.warning("handbook index unusable (%s); building it again", error)
            for suffix in ("", "-wal", "-shm"):
                Path(f"{self.path}{suffix}").unlink(missing_ok=True)
            self._db = self._open()

    def _open(self) -> "sqlcipher3.Connection":
        db = sqlcipher3.connect(str(self.path), isolation_level=None)
        try:
            db.execute("PRAGMA journal_mode = WAL")
            tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            schema = None
            if "meta" in tables:
                row = db.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
                schema = row[0] if row else None
            if schema != SCHEMA:
                with _transaction(db):
                    for name in ("fts", "sections", "packs", "meta"):
                        db.execute(f"DROP TABLE IF EXISTS {name}")
                    for statement in filter(str.strip, _TABLES.split(";")):
                        db.execute(statement)
                    db.execute("INSERT INTO meta VALUES ('schema', ?), ('builds', '0')", (SCHEMA,))
        except BaseException:
            db.close()
            raise
        return db

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> "HandbookIndex":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- what is indexed --

    def packs(self) -> list[IndexedPack]:
        rows = self._db.execute(
            "SELECT id, version, digest, language, title, origin, path, sections, built_at FROM packs ORDER BY id"
        )
        return [IndexedPack(*row) for row in rows]

    @property
    def builds(self) -> int:
        """How many times a pack was (re)indexed in this file: lets tests see a rebuild."""
        return int(self._db.execute("SELECT value FROM meta WHERE key = 'builds'").fetchone()[0])

    def ensure(self, packs: Iterable[Pack]) -> IndexReport:
        """Index the packs that are new or changed (id, version or manifest digest),
        remove those no longer given, leave the others alone."""
        report = IndexReport()
        wanted = {pack.id: pack for pack in packs}
        current = {row.id: row for row in self.packs()}
        for pack_id in sorted(set(current) - set(wanted)):
            self._remove(pack_id)
            report.removed.append(pack_id)
        for pack_id, pack in wanted.items():
            row = current.get(pack_id)
            if row and (row.version, row.digest, row.path) == (pack.version, pack.digest, str(pack.path)):
                report.unchanged.append(pack_id)
                continue
            try:
                loaded = load_pack(pack.path, pack.origin)
            except PackError as error:
                log.warning("handbook pack %s not indexed: %d problems", pack_id, len(error.problems))
                report.failed[pack_id] = error.problems
                if row:
                    self._remove(pack_id)
                continue
            self._index(loaded.pack, loaded.sections)
            report.indexed.append(pack_id)
        return report

    def _remove(self, pack_id: str) -> None:
        with _transaction(self._db):
            self._delete(pack_id)

    def _delete(self, pack_id: str) -> None:
        self._db.execute("DELETE FROM fts WHERE rowid IN (SELECT rowid FROM sections WHERE pack = ?)", (pack_id,))
        self._db.execute("DELETE FROM sections WHERE pack = ?", (pack_id,))
        self._db.execute("DELETE FROM packs WHERE id = ?", (pack_id,))

    def _index(self, pack: Pack, sections: list) -> None:
        started = time.perf_counter()
        db = self._db
        with _transaction(db):
            self._delete(pack.id)
            for section in sections:
                plain = plain_text(section.body)
                words = folded_words(plain)
                cursor = db.execute(
                    "INSERT INTO sections (pack, section, language, module, ord, title, plain, words)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    (pack.id, section.id, pack.language, section.meta.module, section.meta.order,
                     section.title, plain, " ".join(words)),
                )
                title_words = folded_words(normalise(section.title))
                tag_words = folded_words(normalise(" ".join(section.meta.tags)))
                db.execute(
                    "INSERT INTO fts (rowid, title, tags, body) VALUES (?, ?, ?, ?)",
                    (cursor.lastrowid, index_text(title_words), index_text(tag_words), index_text(words)),
                )
            db.execute(
                "INSERT INTO packs VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (pack.id, pack.version, pack.digest, pack.language, pack.title, pack.origin, str(pack.path),
                 len(sections), time.time()),
            )
            db.execute("UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'builds'")
        log.info("handbook pack %s indexed: %d sections in %.0f ms", pack.id, len(sections),
                 (time.perf_counter() - started) * 1000)

    # -- searching --

    def search(self, query: str, language: str | None = None, *, only_language: bool = False,
               limit: int = 20, pack: str | None = None) -> list[SearchResult]:
        """Sections matching every word of ``query`` (each word also as a prefix),
        ranked by bm25, sections in ``language`` first; when no section has every
        word, sections with any of them; only those of ``pack`` when given.
        Never raises on what a user types."""
        terms = query_terms(query)
        if not terms or limit <= 0:
            return []
        rows = self._rows(match_expression(terms), language, only_language, limit, pack)
        if not rows and len(terms) > 1:
            rows = self._rows(match_expression(terms, any_term=True), language, only_language, limit, pack)
        found = tuple(terms)
        finder = _first_match_finder(terms)
        return [
            SearchResult(pack, section, title, lang, _snippet(plain, words, found, finder), score,
                         _mark_words(normalise(title), found))
            for pack, section, lang, title, plain, words, score in rows
        ]

    def _rows(self, expression: str, language: str | None, only_language: bool, limit: int,
              pack: str | None = None) -> list[tuple]:
        where = "fts MATCH ?"
        params: list[object] = [expression]
        if language and only_language:
            where += " AND s.language = ?"
            params.append(language)
        if pack is not None:
            where += " AND s.pack = ?"
            params.append(pack)
        params += [language or "", limit]
        sql = (
            "SELECT s.pack, s.section, s.language, s.title, s.plain, s.words, bm25(fts, ?, ?, ?) AS score"
            " FROM fts JOIN sections AS s ON s.rowid = fts.rowid"
            f" WHERE {where} ORDER BY s.language = ? DESC, score, s.ord LIMIT ?"
        )
        try:
            return self._db.execute(sql, [*WEIGHTS, *params]).fetchall()
        except sqlcipher3.OperationalError as error:  # should not happen: terms are quoted
            log.warning("handbook search failed: %s", error)
            return []

    def match_floor(self, expression: str, limit: int = 20) -> list[tuple]:
        """The raw FTS5 statement alone (for the benchmark's floor)."""
        return self._db.execute(
            "SELECT rowid, bm25(fts, ?, ?, ?) AS score FROM fts WHERE fts MATCH ? ORDER BY score LIMIT ?",
            (*WEIGHTS, expression, limit),
        ).fetchall()


def _first_match_finder(terms: list[str]) -> "re.Pattern[str]":
    """Finds, in a space-separated string of folded words, the first word a term
    is a prefix of (also after an Arabic article or clitic + article)."""
    alternatives = "|".join(re.escape(term) for term in sorted(terms, key=len, reverse=True))
    return re.compile(rf"(?:^| )(?:[وبفك]?ال|لل)?(?:{alternatives})")


def _snippet(plain: str, words: str, terms: tuple[str, ...], finder: "re.Pattern[str]") -> str:
    folded = words.split(" ") if words else []
    hit = finder.search(words)
    first = words.count(" ", 0, hit.start() + (1 if hit.start() else 0)) if hit else 0
    start = max(0, first - SNIPPET_BEFORE) if hit else 0
    end = min(len(folded), start + SNIPPET_WORDS)
    spans = list(islice(((match.start(), *match.span(1)) for match in WORD.finditer(plain)), end))
    if len(spans) < end:  # the stored words do not match the text: quote it unmarked
        return plain[:300]
    if not spans:
        return ""
    pieces: list[str] = []
    cursor = spans[start][0]
    for index in range(start, end):
        _, begin, finish = spans[index]
        if hit and matches(folded[index], terms):
            pieces += [plain[cursor:begin], MARK_START, plain[begin:finish], MARK_END]
            cursor = finish
    last = end == len(folded)
    pieces.append(plain[cursor:] if last else plain[cursor : spans[end - 1][2]])
    prefix = "… " if start > 0 else ""
    suffix = "" if last else " …"
    return prefix + "".join(pieces) + suffix


def _mark_words(text: str, terms: tuple[str, ...]) -> str:
    pieces: list[str] = []
    cursor = 0
    for match in WORD.finditer(text):
        begin, finish = match.span(1)
        if matches(fold_word(match.group(1)), terms):
            pieces += [text[cursor:begin], MARK_START, text[begin:finish], MARK_END]
            cursor = finish
    pieces.append(text[cursor:])
    return "".join(pieces)

