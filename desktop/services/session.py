"""An unlocked profile: its database, settings and repositories."""

import logging
from pathlib import Path

from sqlite_utils import Database

from ..domain.audit import AuditAction
from ..domain.case import changed_fields
from ..domain.settings import Profile, Settings
from ..store import keys, schema, tracking
from ..store.audit_repo import AuditRepo
from ..store.case_repo import CaseRepo
from ..store.erasure_repo import ErasureRepo
from ..store.form_repo import DraftRepo, ProviderRepo, ScoreRepo, SubmissionRepo, TaskRepo
from ..store.handbook_repo import HandbookRepo
from ..store.connection import open_database
from ..store.related_repo import ConsentRepo, HouseholdRepo
from ..store.settings_repo import SettingsRepo

log = logging.getLogger(__name__)


class Session:
    """Everything that needs the key. ``close()`` (on lock or quit) closes the
    database and overwrites the key held here.

    Attributes:
        backup_path: the pre-migration copy made when this session opened, if any.
    """

    def __init__(self, profile: Profile, path: Path, key: bytearray):
        self.profile = profile
        self.path = path
        self._key: bytearray | None = key
        self.db: Database = open_database(path, key)
        try:
            self.backup_path = schema.prepare(self.db, path)
            tracking.start(self.db)
            if self.backup_path is not None:
                # the file name holds the migration and a time stamp, nothing personal
                log.info("copied the database to %s before updating it", self.backup_path.name)
            self.audit = AuditRepo(self.db, profile.username)
            self.cases = CaseRepo(self.db, self.audit)
            self.household = HouseholdRepo(self.db, self.audit)
            self.consents = ConsentRepo(self.db, self.audit)
            self.handbook = HandbookRepo(self.db)
            self.submissions = SubmissionRepo(self.db, profile.username)
            self.drafts = DraftRepo(self.db, profile.username)
            self.tasks = TaskRepo(self.db, profile.username)
            self.providers = ProviderRepo(self.db, profile.username)
            self.scores = ScoreRepo(self.db, profile.username)
            self.erasures = ErasureRepo(self.db, self.audit)
            self.settings_repo = SettingsRepo(self.db)
            self.settings: Settings = self.settings_repo.load()
        except BaseException:
            # the caller gets no session to close: close the connection here. The
            # key stays the caller's (it may retry with it).
            self.db.conn.close()
            raise

    def open_connection(self) -> Database:
        """Another connection to this profile, for a worker thread (close it there)."""
        if self._key is None:
            raise RuntimeError("the profile is locked")
        db = open_database(self.path, self._key)
        tracking.start(db)
        return db

    @property
    def is_open(self) -> bool:
        return self._key is not None

    def save_settings(self, settings: Settings) -> None:
        """Store the settings, recording the names of those that changed."""
        changed = changed_fields(self.settings, settings)
        with self.db.atomic():
            self.settings_repo.save(settings)
            if changed:
                self.audit.record(AuditAction.SETTINGS, None, changed)
        self.settings = settings

    def close(self) -> None:
        if self._key is None:
            return
        try:
            self.db.conn.close()
        finally:
            keys.wipe(self._key)
            self._key = None
