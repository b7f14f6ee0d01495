"""This device's identity for USB bundles, and what it knows of the others.

* Its Ed25519 key pair, made the first time it is needed and kept in the
  encrypted profile (``bundle.device_key``).
* The office key (``sync.office_key``), read from the office's bucket at
  headquarters at every sync: bundles are encrypted with it.
* The office's devices, read from the ``devices`` collection at every sync: a
  bundle is imported only from a device headquarters lists, so an IT officer
  can revoke a lost laptop by deleting its record there. Each sync registers
  this device's public key once.
"""

import base64
import binascii
import logging
from dataclasses import dataclass, field

from sqlite_utils import Database

from ..domain.errors import PasserelleError
from ..hq.layout import OFFICE_KEY_FIELD
from ..store.settings_repo import SettingsRepo
from ..sync.device_keys import KEY_BYTES, DeviceKeys, device_id_for
from ..sync.transport import HQ

log = logging.getLogger(__name__)

DEVICE_KEY = "bundle.device_key"
OFFICE_KEY = "sync.office_key"
REGISTERED = "bundle.registered"
DEVICES = "devices"


def decode_key(text: object) -> bytes | None:
    """32 bytes from base64, or None for anything else."""
    if not isinstance(text, str):
        return None
    try:
        key = base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        return None
    return key if len(key) == KEY_BYTES else None


def encode_key(key: bytes) -> str:
    return base64.b64encode(key).decode("ascii")


def device_record(keys: DeviceKeys, username: str) -> dict[str, str]:
    return {"public_key": encode_key(keys.public_bytes()), "username": username}


class DeviceIdentity:
    def __init__(self, db: Database):
        self.db = db
        self.settings = SettingsRepo(db)

    def keys(self) -> DeviceKeys:
        stored = decode_key(self.settings.get_value(DEVICE_KEY))
        if stored is not None:
            return DeviceKeys.from_private_bytes(stored)
        keys = DeviceKeys.generate()
        self.settings.set_value(DEVICE_KEY, encode_key(keys.private_bytes()))
        return keys

    def office_key(self) -> bytes:
        key = decode_key(self.settings.get_value(OFFICE_KEY))
        if key is None:
            raise PasserelleError("bundle.no_office_key")
        return key

    def known(self, device_id: str) -> tuple[bytes, int] | None:
        """The public key and last sequence imported of a device headquarters lists."""
        row = self.db.execute("SELECT public_key, last_sequence FROM sync_devices WHERE device_id = ? AND registered = 1",
                              [device_id]).fetchone()
        return (decode_key(row[0]) or b"", row[1]) if row else None

    def imported(self, device_id: str, sequence: int, at: str) -> None:
        self.db.execute("UPDATE sync_devices SET last_sequence = ?, last_import_at = ? WHERE device_id = ?",
                        [sequence, at, device_id])

    # --- at every sync ---------------------------------------------------------------------

    def refresh(self, hq: HQ, bucket: str, username: str) -> None:
        """Office key, this device's registration and the office's devices, from headquarters."""
        self.store(self.fetch(hq, bucket, username))

    def fetch(self, hq: HQ, bucket: str, username: str) -> "Fetched":
        """Ask headquarters (and register this device's key once); nothing is written here but
        the device key the first time, so that the caller can write the rest in one short step."""
        keys = self.keys()
        fetched = Fetched(decode_key(hq.bucket_data(bucket).get(OFFICE_KEY_FIELD)))
        if self.settings.get_value(REGISTERED) != keys.device_id:
            path = f"/buckets/{bucket}/collections/{DEVICES}/records/{keys.device_id}"
            answer = hq.batch([{"method": "PUT", "path": path, "headers": {"If-None-Match": "*"},
                                "body": {"data": device_record(keys, username)}}])[0]
            if answer.status in (200, 201, 412):
                fetched.registered = keys.device_id
            else:
                log.warning("this device could not register its bundle key: status %s", answer.status)
        since = 0
        while True:
            page = hq.page(bucket, DEVICES, since)  # tombstones of withdrawn devices carry no key
            for record in page.records:
                key = decode_key(record.get("public_key"))
                if key is not None and device_id_for(key) == record["id"]:
                    fetched.devices[str(record["id"])] = (record["public_key"], str(record.get("username", "")))
            since = page.last or since
            if not page.more or not page.records:
                return fetched

    def store(self, fetched: "Fetched") -> None:
        with self.db.atomic():
            if fetched.office_key is not None:
                self.settings.set_value(OFFICE_KEY, encode_key(fetched.office_key))
            if fetched.registered:
                self.settings.set_value(REGISTERED, fetched.registered)
            self.db.execute("UPDATE sync_devices SET registered = 0")
            for device_id, (public_key, user) in fetched.devices.items():
                self.db.execute(
                    "INSERT INTO sync_devices (device_id, public_key, username, registered) VALUES (?, ?, ?, 1)"
                    " ON CONFLICT (device_id) DO UPDATE SET public_key = excluded.public_key,"
                    " username = excluded.username, registered = 1", [device_id, public_key, user])


@dataclass
class Fetched:
    """What headquarters said about the office's keys."""

    office_key: bytes | None
    registered: str | None = None  # this device's id, once headquarters holds its key
    devices: dict[str, tuple[str, str]] = field(default_factory=dict)  # id -> (public key, user name)
