"""USB bundles: what a case manager relies on when carrying changes on a stick.

A bundle written on one device comes back whole on another of the same office;
anything else (another office, a damaged or cut copy, a changed byte, an old
bundle, a bundle signed by the wrong device, a decompression bomb) is refused
with a reason the UI can show, and never yields records. Real crypto, real
files.
"""

import hashlib
import json
import os
import struct
import tracemalloc
import zlib
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.domain.errors import BundleFileError, BundleRefused
from desktop.messages import TEMPLATES, message
from desktop.sync import bundle as bundle_module
from desktop.sync.bundle import MAGIC, peek_bundle, read_bundle, seal, write_bundle
from desktop.sync.device_keys import DeviceKeys, device_id_for

OFFICE = "dkr"
CREATED = "2026-11-25T10:00:00+00:00"
RECORDS: list[dict[str, Any]] = [
    {"id": "c-1", "collection": "cases", "given_name": "Aminata", "family_name": "Ndiaye",
     "notes": "Retour à Guédiawaye ; souhaite une formation en coiffure, déjà reçu l’aide d’urgence."},
    {"id": "c-2", "collection": "cases", "given_name": "فاطمة", "family_name": "الزهراء",
     "notes": "عادت إلى دكار وتحتاج إلى دعم نفسي", "household": [{"age": 7}, {"age": None}]},
    {"id": "t-1", "collection": "tasks", "done": False, "score": 3.5, "tags": []},
]
#: What a refusal may carry: identifiers and numbers, never record contents.
ALLOWED_PARAMS = {"device", "sequence", "last", "limit_mb"}


@pytest.fixture(scope="module")
def keys() -> DeviceKeys:
    return DeviceKeys.generate()


@pytest.fixture(scope="module")
def office_key() -> bytes:
    return os.urandom(32)


@pytest.fixture(scope="module")
def good_bytes(tmp_path_factory: pytest.TempPathFactory, keys: DeviceKeys, office_key: bytes) -> bytes:
    path = tmp_path_factory.mktemp("good") / "bundle.pslb"
    write_bundle(path, RECORDS, keys=keys, office_key=office_key, office=OFFICE, sequence=12, created_at=CREATED)
    return path.read_bytes()


@pytest.fixture(scope="module")
def scratch(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One file the property tests overwrite for each example."""
    return tmp_path_factory.mktemp("scratch") / "bundle.pslb"


def read(path: Path, office_key: bytes, **kwargs: Any) -> bundle_module.Bundle:
    options: dict[str, Any] = {"office": OFFICE, "last_sequence": None} | kwargs
    return read_bundle(path, office_key=office_key, **options)


def refusal(path: Path, office_key: bytes, **kwargs: Any) -> BundleRefused:
    with pytest.raises(BundleRefused) as caught:
        read(path, office_key, **kwargs)
    assert set(caught.value.params) <= ALLOWED_PARAMS
    return caught.value


def header_span(data: bytes) -> tuple[int, int]:
    (length,) = struct.unpack(">I", data[8:12])
    return 12, 12 + length


def rewrite_header(data: bytes, keys: DeviceKeys, **changes: Any) -> bytes:
    """The same ciphertext under a changed header, signed again by ``keys``:
    what someone holding a device key but not the office key could produce."""
    start, end = header_span(data)
    header = json.loads(data[start:end]) | changes
    header_bytes = json.dumps(header, sort_keys=True, separators=(",", ":")).encode("ascii")
    signed = MAGIC + struct.pack(">I", len(header_bytes)) + header_bytes + data[end:-64]
    return signed + keys.sign(signed)


def sealed(path: Path, plaintext: bytes, keys: DeviceKeys, office_key: bytes, **kwargs: Any) -> Path:
    """A well signed and encrypted bundle around any payload (a hostile writer)."""
    options: dict[str, Any] = {"office": OFFICE, "sequence": 1, "created_at": CREATED} | kwargs
    path.write_bytes(seal(plaintext, keys=keys, office_key=office_key, **options))
    return path


# --- writing and reading ------------------------------------------------------------------


def test_round_trip_keeps_arabic_and_french_text(tmp_path: Path, keys: DeviceKeys, office_key: bytes) -> None:
    path = tmp_path / "dkr-12.pslb"
    info = write_bundle(path, RECORDS, keys=keys, office_key=office_key, office=OFFICE, sequence=12,
                        created_at=CREATED)
    got = read(path, office_key, last_sequence=11, known_device=keys.public_bytes())
    assert got.records == RECORDS
    assert (got.device_id, got.public_key, got.office, got.sequence, got.created_at) == (
        keys.device_id, keys.public_bytes(), OFFICE, 12, CREATED)
    data = path.read_bytes()
    assert (info.device_id, info.office, info.sequence, info.count, info.size) == (
        keys.device_id, OFFICE, 12, 3, len(data))
    assert info.sha256 == hashlib.sha256(data).hexdigest()
    for secret in ("Aminata", "Guédiawaye", "فاطمة"):
        assert secret.encode("utf-8") not in data
    assert "Aminata" not in repr(got)


def test_an_empty_bundle_is_allowed(tmp_path: Path, keys: DeviceKeys, office_key: bytes) -> None:
    path = tmp_path / "b.pslb"
    assert write_bundle(path, [], keys=keys, office_key=office_key, office=OFFICE, sequence=1).count == 0
    assert read(path, office_key).records == []


def test_peek_shows_the_header_without_any_key(tmp_path: Path, good_bytes: bytes, keys: DeviceKeys) -> None:
    path = tmp_path / "b.pslb"
    path.write_bytes(good_bytes)
    header = peek_bundle(path)
    assert (header.device_id, header.public_key, header.office, header.sequence, header.created_at) == (
        keys.device_id, keys.public_bytes(), OFFICE, 12, CREATED)


def test_file_layout_is_the_documented_one(good_bytes: bytes, keys: DeviceKeys) -> None:
    start, end = header_span(good_bytes)
    header = json.loads(good_bytes[start:end])
    assert good_bytes[:8] == b"PSLBNDL1"
    assert good_bytes[start:end] == json.dumps(header, sort_keys=True, separators=(",", ":")).encode("ascii")
    assert set(header) == {"format", "device_id", "public_key", "office", "sequence", "created_at", "salt",
                           "nonce", "compression", "plaintext_length", "payload_length"}
    assert len(good_bytes) == end + header["payload_length"] + 64
    assert header["format"] == 1 and header["device_id"] == keys.device_id


def test_device_keys_survive_the_profile_and_hide_the_private_half() -> None:
    keys = DeviceKeys.generate()
    again = DeviceKeys.from_private_bytes(keys.private_bytes())
    assert again.public_bytes() == keys.public_bytes() and again.device_id == keys.device_id
    assert len(keys.private_bytes()) == 32 and len(keys.device_id) == 16
    assert keys.device_id == device_id_for(keys.public_bytes()) != DeviceKeys.generate().device_id
    assert keys.private_bytes().hex() not in repr(keys)
    with pytest.raises(ValueError):
        DeviceKeys.from_private_bytes(b"short")


# --- refusals -----------------------------------------------------------------------------


def flipped(data: bytes, offset: int) -> bytes:
    return data[:offset] + bytes([data[offset] ^ 0x01]) + data[offset + 1:]


def offset_of(data: bytes, where: str) -> int:
    start, end = header_span(data)
    return {
        "magic": 2,
        "header office": data.index(b'"office":"dkr"') + len('"office":"d'),
        "header sequence": data.index(b'"sequence":12') + len('"sequence":1'),
        "header public key": data.index(b'"public_key":"') + len('"public_key":"') + 5,
        "header syntax": start,
        "ciphertext start": end,
        "ciphertext end": len(data) - 65,
        "signature": len(data) - 30,
    }[where]


@pytest.mark.parametrize(
    ("where", "key"),
    [("magic", "bundle.not_a_bundle"), ("header office", "bundle.tampered"), ("header sequence", "bundle.tampered"),
     ("header public key", "bundle.tampered"), ("header syntax", "bundle.tampered"),
     ("ciphertext start", "bundle.tampered"), ("ciphertext end", "bundle.tampered"),
     ("signature", "bundle.tampered")],
)
def test_one_changed_byte_is_refused(tmp_path: Path, good_bytes: bytes, office_key: bytes, where: str,
                                     key: str) -> None:
    path = tmp_path / "b.pslb"
    path.write_bytes(flipped(good_bytes, offset_of(good_bytes, where)))
    assert refusal(path, office_key).key == key


@pytest.mark.parametrize("cut", ["empty", "in magic", "in length", "in header", "after header",
                                 "in ciphertext", "before signature", "last byte"])
def test_a_cut_copy_is_refused_as_truncated(tmp_path: Path, good_bytes: bytes, office_key: bytes, cut: str) -> None:
    start, end = header_span(good_bytes)
    size = {"empty": 0, "in magic": 5, "in length": 10, "in header": (start + end) // 2, "after header": end,
            "in ciphertext": end + 20, "before signature": len(good_bytes) - 64,
            "last byte": len(good_bytes) - 1}[cut]
    path = tmp_path / "b.pslb"
    path.write_bytes(good_bytes[:size])
    assert refusal(path, office_key).key == "bundle.truncated"
    with pytest.raises(BundleRefused, match="bundle.truncated"):
        peek_bundle(path)


def test_bytes_added_at_the_end_are_refused(tmp_path: Path, good_bytes: bytes, office_key: bytes) -> None:
    path = tmp_path / "b.pslb"
    path.write_bytes(good_bytes + b"\0")
    assert refusal(path, office_key).key == "bundle.tampered"


# The property tests share one file across examples; the autouse folder fixture
# of tests/conftest.py is irrelevant to them.
PROPERTY = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@PROPERTY
@given(data=st.data())
def test_any_truncation_is_refused(data: st.DataObject, good_bytes: bytes, office_key: bytes, scratch: Path) -> None:
    size = data.draw(st.integers(0, len(good_bytes) - 1))
    scratch.write_bytes(good_bytes[:size])
    assert refusal(scratch, office_key).key == "bundle.truncated"


@PROPERTY
@given(data=st.data())
def test_any_changed_byte_is_refused(data: st.DataObject, good_bytes: bytes, office_key: bytes,
                                     scratch: Path) -> None:
    offset = data.draw(st.integers(0, len(good_bytes) - 1))
    mask = data.draw(st.integers(1, 255))
    scratch.write_bytes(good_bytes[:offset] + bytes([good_bytes[offset] ^ mask]) + good_bytes[offset + 1:])
    assert refusal(scratch, office_key).key in {"bundle.not_a_bundle", "bundle.truncated", "bundle.tampered",
                                                "bundle.too_large"}
    try:  # peek authenticates nothing, but it too refuses or answers, never crashes
        peek_bundle(scratch)
    except BundleRefused:
        pass


@pytest.mark.parametrize(("last", "accepted"), [(None, True), (11, True), (12, False), (13, False), (40, False)])
def test_a_bundle_already_imported_is_refused(tmp_path: Path, good_bytes: bytes, office_key: bytes,
                                              keys: DeviceKeys, last: int | None, accepted: bool) -> None:
    path = tmp_path / "b.pslb"
    path.write_bytes(good_bytes)
    if accepted:
        assert read(path, office_key, last_sequence=last).sequence == 12
        return
    refused = refusal(path, office_key, last_sequence=last)
    assert refused.key == "bundle.replayed"
    assert refused.params == {"sequence": 12, "last": last, "device": keys.device_id}
    assert message(refused.key, **refused.params) == (
        f"This bundle was already imported (number 12 from device {keys.device_id}; "
        f"the newest imported from that device is number {last}).")


def test_another_offices_key_does_not_open_it(tmp_path: Path, good_bytes: bytes) -> None:
    path = tmp_path / "b.pslb"
    path.write_bytes(good_bytes)
    refused = refusal(path, os.urandom(32))
    assert refused.key == "bundle.foreign"
    assert message(refused.key) == "This bundle belongs to another office and was not imported."


def test_a_bundle_for_another_office_is_refused_even_with_the_same_key(
        tmp_path: Path, keys: DeviceKeys, office_key: bytes) -> None:
    path = tmp_path / "b.pslb"
    write_bundle(path, RECORDS, keys=keys, office_key=office_key, office="thies", sequence=1)
    assert refusal(path, office_key).key == "bundle.foreign"


def test_a_bundle_from_another_key_than_the_known_one_is_refused(
        tmp_path: Path, good_bytes: bytes, office_key: bytes, keys: DeviceKeys) -> None:
    path = tmp_path / "b.pslb"
    path.write_bytes(good_bytes)
    refused = refusal(path, office_key, known_device=DeviceKeys.generate().public_bytes())
    assert (refused.key, refused.params) == ("bundle.unknown_device", {"device": keys.device_id})
    assert read(path, office_key, known_device=keys.public_bytes()).records == RECORDS


def test_a_re_signed_header_does_not_decrypt(tmp_path: Path, good_bytes: bytes, office_key: bytes) -> None:
    """Someone without the office key bumps the sequence to get an old bundle in
    again, signing with a key of their own: the header is bound to the ciphertext."""
    intruder = DeviceKeys.generate()
    path = tmp_path / "b.pslb"
    path.write_bytes(rewrite_header(good_bytes, intruder, sequence=99, device_id=intruder.device_id,
                                    public_key=bundle_module._b64(intruder.public_bytes())))
    assert refusal(path, office_key, last_sequence=12).key == "bundle.foreign"


def test_a_header_naming_another_devices_id_is_refused(tmp_path: Path, good_bytes: bytes,
                                                       office_key: bytes) -> None:
    intruder = DeviceKeys.generate()
    path = tmp_path / "b.pslb"
    path.write_bytes(rewrite_header(good_bytes, intruder, public_key=bundle_module._b64(intruder.public_bytes())))
    assert refusal(path, office_key).key == "bundle.tampered"


@pytest.mark.parametrize(
    ("content", "key"),
    [(b"", "bundle.truncated"), (b"PK\x03\x04 a zip file, not a bundle", "bundle.not_a_bundle"),
     ("Nom;Prénom\nNdiaye;Aminata\n".encode(), "bundle.not_a_bundle")],
)
def test_other_files_are_not_bundles(tmp_path: Path, office_key: bytes, content: bytes, key: str) -> None:
    path = tmp_path / "b.pslb"
    path.write_bytes(content)
    assert refusal(path, office_key).key == key


def test_a_folder_is_not_a_bundle_and_a_missing_file_cannot_be_read(tmp_path: Path, office_key: bytes) -> None:
    assert refusal(tmp_path, office_key).key == "bundle.not_a_bundle"
    with pytest.raises(BundleFileError) as caught:
        read(tmp_path / "gone.pslb", office_key)
    assert caught.value.key == "bundle.cannot_read"


def test_a_newer_format_is_not_read(tmp_path: Path, good_bytes: bytes, keys: DeviceKeys, office_key: bytes) -> None:
    path = tmp_path / "b.pslb"
    path.write_bytes(rewrite_header(good_bytes, keys, format=2))
    assert refusal(path, office_key).key == "bundle.not_a_bundle"
    path.write_bytes(rewrite_header(good_bytes, keys, extra="field"))
    assert refusal(path, office_key).key == "bundle.tampered"


# --- size limits (decompression bombs) ----------------------------------------------------


@pytest.mark.parametrize("field", ["plaintext_length", "payload_length"])
def test_a_declared_size_over_the_limit_is_refused_before_reading(
        tmp_path: Path, good_bytes: bytes, keys: DeviceKeys, office_key: bytes, field: str) -> None:
    path = tmp_path / "b.pslb"
    path.write_bytes(rewrite_header(good_bytes, keys, **{field: 600 * 2**20}))
    refused = refusal(path, office_key)
    assert (refused.key, refused.params) == ("bundle.too_large", {"limit_mb": 512})
    with pytest.raises(BundleRefused, match="bundle.too_large"):
        peek_bundle(path)


def peak_bytes_while_reading(path: Path, office_key: bytes) -> tuple[BundleRefused, int]:
    tracemalloc.start()
    try:
        with pytest.raises(BundleRefused) as caught:
            read(path, office_key)
        return caught.value, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_a_payload_bigger_than_declared_stops_at_the_declared_size(
        tmp_path: Path, keys: DeviceKeys, office_key: bytes, monkeypatch: pytest.MonkeyPatch) -> None:
    """A hostile writer declares 2 bytes of records and ships 32 MB of them."""
    bomb = zlib.compress(b"[" + b" " * (32 * 2**20) + b"]", 9)
    monkeypatch.setattr(bundle_module, "_compress", lambda data: bomb)
    path = sealed(tmp_path / "b.pslb", b"[]", keys, office_key)
    refused, peak = peak_bytes_while_reading(path, office_key)
    assert refused.key == "bundle.too_large"
    assert peak < 2 * 2**20


def test_a_payload_over_the_limit_is_refused_without_inflating_it(
        tmp_path: Path, keys: DeviceKeys, office_key: bytes, monkeypatch: pytest.MonkeyPatch) -> None:
    """With the limit at 1 MB, a bundle declaring exactly 1 MB but inflating to
    32 MB costs about the limit in memory, not the bomb's size."""
    monkeypatch.setattr(bundle_module, "MAX_PLAINTEXT_BYTES", 2**20)
    bomb = zlib.compress(b"[" + b" " * (32 * 2**20) + b"]", 9)
    monkeypatch.setattr(bundle_module, "_compress", lambda data: bomb)
    path = sealed(tmp_path / "b.pslb", b" " * 2**20, keys, office_key)
    refused, peak = peak_bytes_while_reading(path, office_key)
    assert (refused.key, refused.params) == ("bundle.too_large", {"limit_mb": 1})
    assert peak < 4 * 2**20


def test_the_writer_refuses_what_no_reader_would_accept(
        tmp_path: Path, keys: DeviceKeys, office_key: bytes, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(bundle_module, "MAX_PLAINTEXT_BYTES", 1000)
    path = tmp_path / "b.pslb"
    with pytest.raises(BundleRefused, match="bundle.too_many_changes"):
        write_bundle(path, [{"notes": "x" * 1000}], keys=keys, office_key=office_key, office=OFFICE, sequence=1)
    assert not path.exists()


# --- payloads a hostile device could sign and encrypt -------------------------------------


@pytest.mark.parametrize(
    "plaintext",
    [b"not json", b'{"records": []}', b'[{"id": 1}, "text"]', b"[NaN]", b'[{"id": 1, "id": 2}]',
     b"[" * 100_000 + b"]" * 100_000, b'[{"name": "\xff"}]'],
    ids=["not json", "object", "not objects", "nan", "duplicate key", "deep nesting", "bad utf-8"],
)
def test_a_signed_payload_that_is_not_records_is_refused(tmp_path: Path, keys: DeviceKeys, office_key: bytes,
                                                         plaintext: bytes) -> None:
    path = sealed(tmp_path / "b.pslb", plaintext, keys, office_key)
    assert refusal(path, office_key).key == "bundle.tampered"


def test_a_payload_shorter_than_declared_is_refused(tmp_path: Path, keys: DeviceKeys, office_key: bytes,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(bundle_module, "_compress", lambda data: zlib.compress(b"[]"))
    path = sealed(tmp_path / "b.pslb", b"[{}, {}]", keys, office_key)
    assert refusal(path, office_key).key == "bundle.tampered"


def test_a_replay_is_refused_only_once_everything_else_holds(
        tmp_path: Path, keys: DeviceKeys, office_key: bytes) -> None:
    """A damaged old bundle says "damaged", not "already imported": the sequence is trusted only once authenticated."""
    path = sealed(tmp_path / "b.pslb", b"not json", keys, office_key, sequence=3)
    assert refusal(path, office_key, last_sequence=5).key == "bundle.tampered"


# --- failed writes leave nothing behind ---------------------------------------------------


@pytest.mark.parametrize(
    ("record", "error"),
    [({"id": "c-1", "seen": {"a", "b"}}, TypeError), ({"score": float("nan")}, ValueError), ("c-1", TypeError)],
    ids=["set", "nan", "not a dict"],
)
def test_a_record_that_is_not_json_writes_no_file(tmp_path: Path, keys: DeviceKeys, office_key: bytes,
                                                  record: Any, error: type[Exception]) -> None:
    path = tmp_path / "b.pslb"
    with pytest.raises(error, match="record 1 "):
        write_bundle(path, [RECORDS[0], record], keys=keys, office_key=office_key, office=OFFICE, sequence=1)
    assert list(tmp_path.iterdir()) == []


def test_a_failing_drive_keeps_the_previous_file_and_leaves_no_temporary(
        tmp_path: Path, keys: DeviceKeys, office_key: bytes, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "b.pslb"
    path.write_bytes(b"previous bundle")

    def drive_pulled_out(descriptor: int) -> None:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(bundle_module.os, "fsync", drive_pulled_out)
    with pytest.raises(BundleFileError) as caught:
        write_bundle(path, RECORDS, keys=keys, office_key=office_key, office=OFFICE, sequence=1)
    assert caught.value.key == "bundle.cannot_write" and not caught.value.params
    assert path.read_bytes() == b"previous bundle"
    assert [p.name for p in tmp_path.iterdir()] == ["b.pslb"]


@pytest.mark.parametrize(
    "arguments",
    [{"office_key": b"short"}, {"sequence": 0}, {"sequence": True}, {"sequence": 2**53}, {"office": ""},
     {"office": "dkr\n"}, {"created_at": "yesterday"}],
    ids=["key", "sequence 0", "bool", "huge", "no office", "control char", "time"],
)
def test_the_writer_refuses_bad_arguments(tmp_path: Path, keys: DeviceKeys, office_key: bytes,
                                          arguments: dict[str, Any]) -> None:
    options: dict[str, Any] = {"office_key": office_key, "office": OFFICE, "sequence": 1} | arguments
    with pytest.raises(ValueError):
        write_bundle(tmp_path / "b.pslb", RECORDS, keys=keys, **options)
    assert list(tmp_path.iterdir()) == []


def test_every_refusal_has_an_english_sentence() -> None:
    keys = ["not_a_bundle", "truncated", "tampered", "foreign", "replayed", "unknown_device", "too_large",
            "too_many_changes", "cannot_read", "cannot_write"]
    for key in keys:
        text = message(f"bundle.{key}", device="a1b2c3d4e5f60718", sequence=12, last=12, limit_mb=512)
        assert f"bundle.{key}" in TEMPLATES and "{" not in text and text.endswith((".", ").")), key
