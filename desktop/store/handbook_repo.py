"""The person's own handbook data: bookmarks and notes, kept in the encrypted profile."""

from sqlite_utils import Database

from ..domain.case import utc_now

MAX_NOTE = 20_000


class HandbookRepo:
    def __init__(self, db: Database):
        self.db = db

    def bookmarks(self) -> list[str]:
        """Bookmarked section ids, newest first."""
        rows = self.db.execute("SELECT section_id FROM handbook_bookmarks ORDER BY created_at DESC")
        return [row[0] for row in rows]

    def set_bookmark(self, section_id: str, on: bool) -> None:
        if on:
            self.db.execute(
                "INSERT OR IGNORE INTO handbook_bookmarks (section_id, created_at) VALUES (?, ?)",
                [section_id, utc_now()],
            )
        else:
            self.db.execute("DELETE FROM handbook_bookmarks WHERE section_id = ?", [section_id])

    def note(self, section_id: str) -> str:
        row = self.db.execute("SELECT text FROM handbook_notes WHERE section_id = ?", [section_id]).fetchone()
        return row[0] if row else ""

    def save_note(self, section_id: str, text: str) -> None:
        """Store the note (an empty one is removed)."""
        if not text.strip():
            self.db.execute("DELETE FROM handbook_notes WHERE section_id = ?", [section_id])
            return
        self.db.execute(
            "INSERT INTO handbook_notes (section_id, text, updated_at) VALUES (?, ?, ?)"
            " ON CONFLICT(section_id) DO UPDATE SET text = excluded.text, updated_at = excluded.updated_at",
            [section_id, text[:MAX_NOTE], utc_now()],
        )
