"""Per-profile settings, stored inside the encrypted database."""

from sqlite_utils import Database

from ..domain.scoring import ScoringProfile
from ..domain.settings import Settings

_KEY = "settings"
_SCORING = "scoring_profile"


class SettingsRepo:
    def __init__(self, db: Database):
        self.db = db

    def load(self) -> Settings:
        row = self.db.execute("SELECT value FROM settings WHERE key = ?", [_KEY]).fetchone()
        return Settings.model_validate_json(row[0]) if row else Settings()

    def save(self, settings: Settings) -> None:
        self.set_value(_KEY, settings.model_dump_json())

    def get_value(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
        return row[0] if row else None

    def set_value(self, key: str, value: str) -> None:
        self.db.execute(
            "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            [key, value],
        )

    def scoring_profile(self) -> ScoringProfile | None:
        """The RSS scoring profile applied on this device, if one was applied."""
        row = self.db.execute("SELECT value FROM settings WHERE key = ?", [_SCORING]).fetchone()
        return ScoringProfile.model_validate_json(row[0]) if row else None

    def save_scoring_profile(self, profile: ScoringProfile) -> None:
        self.set_value(_SCORING, profile.model_dump_json())
