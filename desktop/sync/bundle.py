"""USB bundles: the changes a device carries to another device or an office
when there is no network.

A bundle holds sync records (JSON objects), compressed, encrypted with the
office key and signed with the writing device's key. This module only writes
and reads the file; choosing what goes in, remembering what was imported and
applying records is the sync engine's job.

File layout (format 1; every integer big-endian)::

    offset      size  content
    0           8     magic b"PSLBNDL1"
    8           4     H, length of the header (1 .. MAX_HEADER_BYTES)
    12          H     header: canonical JSON, ASCII, sorted keys, no spaces
    12+H        P     ciphertext: AES-256-GCM(compressed records), tag included
    12+H+P      64    Ed25519 signature of bytes [0, 12+H+P) by the header's key

Header fields (all required, no others)::

    format            1
    device_id         first 16 hex of sha256(public_key)
    public_key        writer's Ed25519 public key, base64 (32 bytes)
    office            the office the bundle is for (the office slug)
    sequence          the writer's bundle number, 1 .. 2**53-1, growing
    created_at        ISO 8601 time of writing
    salt              base64, 16 random bytes (per-bundle key derivation)
    nonce             base64, 12 random bytes (AES-GCM nonce)
    compression       "zlib" (the only one in format 1)
    plaintext_length  size of the records JSON before compression
    payload_length    P

The records are a UTF-8 JSON array of objects. They are compressed, then
encrypted with a key derived for this bundle alone:
``HKDF-SHA256(office_key, salt, info=b"passerelle/bundle/v1")``, so the office
key is never used directly (it may serve other purposes) and a nonce could
only repeat under the same key if a 16-byte random salt repeated too. The
associated data is bytes [0, 12+H): magic, length and header, so a header
moved onto another ciphertext does not decrypt.

Refusals (:class:`BundleRefused`), in the order :func:`read_bundle` checks::

    bundle.not_a_bundle    wrong magic, unknown format number, not a regular file
    bundle.truncated       the file ends before its declared lengths
    bundle.too_large       a declared size over the limit, or more data than declared
    bundle.tampered        bad signature, malformed header, bytes after the end,
                           payload that is not the declared records
    bundle.unknown_device  ``known_device`` given and not the header's key
    bundle.foreign         another office in the header, or the key does not decrypt
    bundle.replayed        sequence <= ``last_sequence`` (checked last, once authenticated)

The header is readable by anyone holding the stick (:func:`peek_bundle`):
office, device, sequence, time and sizes are not secret; the records are.

Security notes:

* Only the office key keeps outsiders out: the signing key is named in the
  header itself, so a signature alone proves integrity, not who wrote the
  bundle. Pass ``known_device`` whenever the device's key is known.
* Checks run in a fixed order and nothing is decrypted, decompressed or
  parsed before the step before it passed; every size is checked against a
  limit before anything of that size is allocated. A bundle that claims fewer
  bytes than it decompresses to is cut off at the claimed size.
* Any change of format means a new ``format`` number (and magic); readers
  refuse unknown fields instead of guessing.
"""

import base64
import binascii
import contextlib
import hashlib
import json
import logging
import os
import secrets
import stat
import struct
import zlib
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.hashes import SHA256
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from ..domain.errors import BundleFileError, BundleRefused
from .device_keys import DEVICE_ID_CHARS, KEY_BYTES, SIGNATURE_BYTES, DeviceKeys, device_id_for, verify

log = logging.getLogger(__name__)

MAGIC = b"PSLBNDL1"
FORMAT_VERSION = 1
OFFICE_KEY_BYTES = 32
_LENGTH = struct.Struct(">I")
PREFIX_BYTES = len(MAGIC) + _LENGTH.size
MAX_HEADER_BYTES = 8192
MAX_OFFICE_CHARS = 200
MAX_SEQUENCE = 2**53 - 1  # exact in every JSON reader
#: Largest records JSON accepted, before compression. Read at call time so a
#: test can lower it.
MAX_PLAINTEXT_BYTES = 512 * 1024 * 1024
SALT_BYTES = 16
NONCE_BYTES = 12
TAG_BYTES = 16
#: zlib level 6: 17 % of raw JSON in 0.3 s for 10 MB of records; lzma was 28 %
#: smaller again for 30 times the time (tests/bench/bench_bundle.py), which
#: a USB stick does not need, and would add a second decoder to harden.
COMPRESSION = "zlib"
ZLIB_LEVEL = 6
_HKDF_INFO = b"passerelle/bundle/v1"

_HEADER_FIELDS = frozenset(
    {"format", "device_id", "public_key", "office", "sequence", "created_at", "salt", "nonce",
     "compression", "plaintext_length", "payload_length"}
)


@dataclass(frozen=True)
class BundleHeader:
    """The clear-text header, not yet authenticated (see :func:`peek_bundle`)."""

    device_id: str
    public_key: bytes
    office: str
    sequence: int
    created_at: str


@dataclass(frozen=True)
class Bundle:
    """A bundle that passed every check: signed, for this office, new, well formed."""

    device_id: str
    public_key: bytes
    office: str
    sequence: int
    created_at: str
    #: Left out of ``repr`` so that logging a bundle never logs case data.
    records: list[dict[str, Any]] = field(repr=False)


@dataclass(frozen=True)
class BundleInfo:
    """What :func:`write_bundle` wrote; ``sha256`` is of the whole file."""

    device_id: str
    office: str
    sequence: int
    created_at: str
    count: int
    size: int
    sha256: str


@dataclass(frozen=True)
class _Header:
    """Every header field, validated for type and range (not authenticity)."""

    device_id: str
    public_key: bytes
    office: str
    sequence: int
    created_at: str
    salt: bytes
    nonce: bytes
    compression: str
    plaintext_length: int
    payload_length: int

    def public(self) -> BundleHeader:
        return BundleHeader(self.device_id, self.public_key, self.office, self.sequence, self.created_at)

    def to_bytes(self) -> bytes:
        fields = {
            "format": FORMAT_VERSION, "device_id": self.device_id, "public_key": _b64(self.public_key),
            "office": self.office, "sequence": self.sequence, "created_at": self.created_at,
            "salt": _b64(self.salt), "nonce": _b64(self.nonce), "compression": self.compression,
            "plaintext_length": self.plaintext_length, "payload_length": self.payload_length,
        }
        return json.dumps(fields, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode("ascii")


# --- writing ------------------------------------------------------------------------------


def write_bundle(
    path: str | os.PathLike[str],
    records: list[dict[str, Any]],
    *,
    keys: DeviceKeys,
    office_key: bytes,
    office: str,
    sequence: int,
    created_at: str | None = None,
) -> BundleInfo:
    """Write ``records`` as a bundle at ``path``, all or nothing.

    Raises:
        TypeError, ValueError: a record is not a JSON object of JSON values, or
            an argument is out of range (a programming error: nothing is written).
        BundleRefused: ``bundle.too_many_changes``, the records exceed what a
            reader accepts (:data:`MAX_PLAINTEXT_BYTES`); nothing is written.
        BundleFileError: ``bundle.cannot_write`` (drive full, removed, read-only).
    """
    _check_office_key(office_key)
    created_at = created_at if created_at is not None else datetime.now(UTC).isoformat(timespec="seconds")
    _check_writer_fields(office, sequence, created_at)
    plaintext = encode_records(records)
    data = seal(plaintext, keys=keys, office_key=office_key, office=office, sequence=sequence,
                created_at=created_at)
    try:
        _write_atomically(Path(path), data)
    except OSError as error:
        log.warning("bundle not written: %s", type(error).__name__)
        raise BundleFileError("bundle.cannot_write") from error
    return BundleInfo(keys.device_id, office, sequence, created_at, len(records), len(data),
                      hashlib.sha256(data).hexdigest())


def encode_records(records: list[dict[str, Any]]) -> bytes:
    """The records as UTF-8 JSON, refusing what would not come back the same."""
    if not isinstance(records, list):
        raise TypeError("records must be a list of dicts")
    for index, record in enumerate(records):
        if not isinstance(record, dict):
            raise TypeError(f"record {index} is a {type(record).__name__}, not a dict")
    try:
        text = json.dumps(records, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    except (TypeError, ValueError) as error:
        kind = TypeError if isinstance(error, TypeError) else ValueError
        raise kind(f"record {_first_bad_record(records)} cannot be written to a bundle: {error}") from error
    plaintext = text.encode("utf-8")
    if len(plaintext) > MAX_PLAINTEXT_BYTES:
        raise BundleRefused("bundle.too_many_changes", limit_mb=MAX_PLAINTEXT_BYTES // 2**20)
    return plaintext


def seal(
    plaintext: bytes,
    *,
    keys: DeviceKeys,
    office_key: bytes,
    office: str,
    sequence: int,
    created_at: str,
) -> bytes:
    """The bytes of a bundle around ``plaintext`` (already encoded records).

    Public so that tests can build bundles that are well signed and encrypted
    but carry a hostile payload; :func:`write_bundle` is the way to write one.
    """
    salt, nonce = secrets.token_bytes(SALT_BYTES), secrets.token_bytes(NONCE_BYTES)
    compressed = _compress(plaintext)
    header = _Header(keys.device_id, keys.public_bytes(), office, sequence, created_at, salt, nonce,
                     COMPRESSION, len(plaintext), len(compressed) + TAG_BYTES)
    header_bytes = header.to_bytes()
    if len(header_bytes) > MAX_HEADER_BYTES:
        raise ValueError("bundle header too long (office name?)")
    associated = MAGIC + _LENGTH.pack(len(header_bytes)) + header_bytes
    ciphertext = AESGCM(_bundle_key(office_key, salt)).encrypt(nonce, compressed, associated)
    signed = associated + ciphertext
    return signed + keys.sign(signed)


def _write_atomically(path: Path, data: bytes) -> None:
    """Write beside ``path`` then rename, so ``path`` is either absent (or the
    previous file) or the whole new bundle, even if the stick is pulled out.
    """
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    try:
        with open(tmp, "xb") as file:
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
        raise
    _fsync_folder(path.parent)


def _fsync_folder(folder: Path) -> None:
    """Make the rename durable where the platform allows it (not on Windows)."""
    if os.name == "nt":
        return
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        log.debug("folder fsync not supported here")
    finally:
        os.close(descriptor)


def _first_bad_record(records: list[dict[str, Any]]) -> int:
    """Index of the first record json refuses (only called after a failure)."""
    for index, record in enumerate(records):
        try:
            json.dumps(record, allow_nan=False)
        except (TypeError, ValueError):
            return index
    return -1


def _compress(data: bytes) -> bytes:
    return zlib.compress(data, ZLIB_LEVEL)


def _check_office_key(office_key: bytes) -> None:
    if not isinstance(office_key, bytes | bytearray) or len(office_key) != OFFICE_KEY_BYTES:
        raise ValueError(f"the office key is {OFFICE_KEY_BYTES} bytes")


def _check_writer_fields(office: str, sequence: int, created_at: str) -> None:
    if not _valid_office(office):
        raise ValueError(f"office must be 1 to {MAX_OFFICE_CHARS} characters")
    if not _valid_sequence(sequence):
        raise ValueError(f"sequence must be an integer from 1 to {MAX_SEQUENCE}")
    if not _valid_time(created_at):
        raise ValueError("created_at must be an ISO 8601 date and time")


# --- reading ------------------------------------------------------------------------------


def peek_bundle(path: str | os.PathLike[str]) -> BundleHeader:
    """The header, read without any key, so the caller can look up what it
    knows about the device before :func:`read_bundle`.

    Nothing in it is authenticated yet. Refuses with ``bundle.not_a_bundle``,
    ``bundle.truncated``, ``bundle.tampered`` or ``bundle.too_large`` what
    :func:`read_bundle` would refuse on the same grounds.
    """
    with _open(path) as file:
        header, _ = _read_header(file, os.fstat(file.fileno()).st_size)
    return header.public()


def read_bundle(
    path: str | os.PathLike[str],
    *,
    office_key: bytes,
    office: str,
    last_sequence: int | None,
    known_device: bytes | None = None,
) -> Bundle:
    """The records of a bundle, or a :class:`BundleRefused` and nothing else.

    Args:
        office_key: the reader's office key (32 bytes).
        office: the reader's office, as the writer put it in the header.
        last_sequence: highest sequence already imported from this device, None if none.
        known_device: the device's public key when the reader knows it.

    Checks, in order: format, lengths, signature, device, office, decryption,
    decompression, records, replay. Raises :class:`BundleFileError` when the
    file cannot be read at all.
    """
    _check_office_key(office_key)
    with _open(path) as file:
        header, associated = _read_header(file, os.fstat(file.fileno()).st_size)
        ciphertext, signature = _read_rest(file, header.payload_length)
    if not verify(header.public_key, signature, associated + ciphertext):
        raise BundleRefused("bundle.tampered")
    if known_device is not None and not secrets.compare_digest(bytes(known_device), header.public_key):
        raise BundleRefused("bundle.unknown_device", device=header.device_id)
    if header.office != office:
        raise BundleRefused("bundle.foreign")
    records = _parse_records(_decompress(_decrypt(header, associated, ciphertext, office_key), header))
    if last_sequence is not None and header.sequence <= last_sequence:
        raise BundleRefused("bundle.replayed", sequence=header.sequence, last=last_sequence,
                            device=header.device_id)
    return Bundle(header.device_id, header.public_key, header.office, header.sequence, header.created_at, records)


def _open(path: str | os.PathLike[str]) -> BinaryIO:
    """Open a regular file for reading (never a FIFO or device that would block)."""
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            raise BundleRefused("bundle.not_a_bundle")
        return open(path, "rb")  # noqa: SIM115 - returned to a with block
    except OSError as error:
        raise BundleFileError("bundle.cannot_read") from error


def _read_upto(file: BinaryIO, size: int) -> bytes:
    try:
        return file.read(size)
    except OSError as error:
        raise BundleFileError("bundle.cannot_read") from error


def _read_exactly(file: BinaryIO, size: int) -> bytes:
    """``size`` bytes, or ``bundle.truncated`` when the file ends first."""
    data = _read_upto(file, size)
    if len(data) != size:
        raise BundleRefused("bundle.truncated")
    return data


def _read_header(file: BinaryIO, file_size: int) -> tuple[_Header, bytes]:
    """The parsed header and the bytes it came from (magic + length + header).

    Every length is checked before it is read, and the file's size against the
    sum of them, so a truncated or padded file is refused here.
    """
    magic = _read_upto(file, len(MAGIC))
    if magic != MAGIC:
        truncated_magic = len(magic) < len(MAGIC) and MAGIC.startswith(magic)
        raise BundleRefused("bundle.truncated" if truncated_magic else "bundle.not_a_bundle")
    length_bytes = _read_exactly(file, _LENGTH.size)
    (header_length,) = _LENGTH.unpack(length_bytes)
    if not 0 < header_length <= MAX_HEADER_BYTES:
        raise BundleRefused("bundle.tampered")
    header_bytes = _read_exactly(file, header_length)
    header = _parse_header(header_bytes)
    expected = PREFIX_BYTES + header_length + header.payload_length + SIGNATURE_BYTES
    if file_size < expected:
        raise BundleRefused("bundle.truncated")
    if file_size > expected:
        raise BundleRefused("bundle.tampered")
    return header, magic + length_bytes + header_bytes


def _read_rest(file: BinaryIO, payload_length: int) -> tuple[bytes, bytes]:
    ciphertext = _read_exactly(file, payload_length)
    signature = _read_exactly(file, SIGNATURE_BYTES)
    return ciphertext, signature


def _parse_header(data: bytes) -> _Header:
    """Validate the header's JSON; limits are checked before any size is trusted."""
    try:
        fields = json.loads(data.decode("ascii"), object_pairs_hook=_no_duplicates, parse_constant=_no_constant)
    except (UnicodeDecodeError, ValueError, RecursionError) as error:
        raise BundleRefused("bundle.tampered") from error
    if not isinstance(fields, dict):
        raise BundleRefused("bundle.tampered")
    if fields.get("format") != FORMAT_VERSION or isinstance(fields.get("format"), bool):
        raise BundleRefused("bundle.not_a_bundle")
    if set(fields) != _HEADER_FIELDS:
        raise BundleRefused("bundle.tampered")
    _check_declared_sizes(fields["plaintext_length"], fields["payload_length"])
    header = _Header(
        device_id=_field(fields, "device_id", str), public_key=_b64_field(fields, "public_key", KEY_BYTES),
        office=_field(fields, "office", str), sequence=_field(fields, "sequence", int),
        created_at=_field(fields, "created_at", str), salt=_b64_field(fields, "salt", SALT_BYTES),
        nonce=_b64_field(fields, "nonce", NONCE_BYTES), compression=_field(fields, "compression", str),
        plaintext_length=fields["plaintext_length"], payload_length=fields["payload_length"],
    )
    if not _consistent(header):
        raise BundleRefused("bundle.tampered")
    return header


def _check_declared_sizes(plaintext_length: Any, payload_length: Any) -> None:
    """Refuse impossible sizes as damage and honest-but-huge ones as too large."""
    for value in (plaintext_length, payload_length):
        if not isinstance(value, int) or isinstance(value, bool) or value < 0:
            raise BundleRefused("bundle.tampered")
    if plaintext_length > MAX_PLAINTEXT_BYTES or payload_length > _max_payload():
        raise BundleRefused("bundle.too_large", limit_mb=MAX_PLAINTEXT_BYTES // 2**20)
    if payload_length < TAG_BYTES:
        raise BundleRefused("bundle.tampered")


def _max_payload() -> int:
    """Compressed data can be a little larger than its input (incompressible records)."""
    return MAX_PLAINTEXT_BYTES + MAX_PLAINTEXT_BYTES // 256 + 65536 + TAG_BYTES


def _consistent(header: _Header) -> bool:
    return (
        len(header.device_id) == DEVICE_ID_CHARS
        and header.device_id == device_id_for(header.public_key)
        and _valid_office(header.office)
        and _valid_sequence(header.sequence)
        and _valid_time(header.created_at)
        and header.compression == COMPRESSION
    )


def _decrypt(header: _Header, associated: bytes, ciphertext: bytes, office_key: bytes) -> bytes:
    """Decrypt; with a valid signature, a failing tag means another office's key."""
    try:
        return AESGCM(_bundle_key(office_key, header.salt)).decrypt(header.nonce, ciphertext, associated)
    except InvalidTag as error:
        raise BundleRefused("bundle.foreign") from error


def _decompress(data: bytes, header: _Header) -> bytes:
    """Decompress to exactly the declared size, never producing more than that + 1 byte."""
    decompressor = zlib.decompressobj()
    limit = header.plaintext_length
    try:
        output = decompressor.decompress(data, limit + 1)
    except zlib.error as error:
        raise BundleRefused("bundle.tampered") from error
    if len(output) > limit:
        raise BundleRefused("bundle.too_large", limit_mb=MAX_PLAINTEXT_BYTES // 2**20)
    if len(output) != limit or not decompressor.eof or decompressor.unused_data:
        raise BundleRefused("bundle.tampered")
    return output


def _parse_records(data: bytes) -> list[dict[str, Any]]:
    """The records: a JSON array of objects, strict UTF-8, no NaN or duplicate keys."""
    try:
        records = json.loads(data.decode("utf-8"), object_pairs_hook=_no_duplicates, parse_constant=_no_constant)
    except (UnicodeDecodeError, ValueError, RecursionError) as error:
        raise BundleRefused("bundle.tampered") from error
    if not isinstance(records, list) or not all(isinstance(record, dict) for record in records):
        raise BundleRefused("bundle.tampered")
    return records


# --- small helpers ------------------------------------------------------------------------


def _bundle_key(office_key: bytes, salt: bytes) -> bytes:
    return HKDF(algorithm=SHA256(), length=32, salt=salt, info=_HKDF_INFO).derive(bytes(office_key))


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _b64_field(fields: dict[str, Any], name: str, size: int) -> bytes:
    value = _field(fields, name, str)
    try:
        data = base64.b64decode(value.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError) as error:
        raise BundleRefused("bundle.tampered") from error
    if len(data) != size:
        raise BundleRefused("bundle.tampered")
    return data


def _field(fields: dict[str, Any], name: str, kind: type) -> Any:
    value = fields[name]
    if not isinstance(value, kind) or isinstance(value, bool):
        raise BundleRefused("bundle.tampered")
    return value


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """An object, refusing a key given twice (two readers could pick different values)."""
    result = dict(pairs)
    if len(result) != len(pairs):
        raise ValueError("duplicate key")
    return result


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def _valid_office(office: Any) -> bool:
    return isinstance(office, str) and 0 < len(office) <= MAX_OFFICE_CHARS and office.isprintable()


def _valid_sequence(sequence: Any) -> bool:
    return isinstance(sequence, int) and not isinstance(sequence, bool) and 1 <= sequence <= MAX_SEQUENCE


def _valid_time(text: Any) -> bool:
    if not isinstance(text, str) or not 0 < len(text) <= 64:
        return False
    try:
        datetime.fromisoformat(text)
    except ValueError:
        return False
    return True

