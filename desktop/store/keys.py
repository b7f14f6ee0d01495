"""Key handling for a profile.

The database is encrypted with a random 32-byte data key. That key is stored
twice beside the database:

* wrapped (AES-GCM) with a key derived from the passphrase by Argon2id;
* sealed to the profile's recovery public key (X25519 + HKDF + AES-GCM), whose
  private half is derived from the one-time recovery key shown at creation.

So a passphrase change re-keys the database with a new data key and can still
seal that key for recovery without knowing the recovery key.
"""

import base64
import hashlib
import os
import secrets

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.hashes import SHA256
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from pydantic import BaseModel

from ..domain.errors import WrongPassphrase, WrongRecoveryKey

KEY_BYTES = 32
_RAW = serialization.Encoding.Raw, serialization.PublicFormat.Raw


class KdfParams(BaseModel):
    """Argon2id cost. The defaults take about half a second on a 2-core laptop."""

    time_cost: int = 3
    memory_kib: int = 65536
    parallelism: int = 2


class Envelope(BaseModel):
    """What is stored in clear to recover the data key (all fields base64)."""

    kdf: KdfParams
    salt: str
    wrapped_key: str
    recovery_public: str
    recovery_sealed: str


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"))


def new_data_key() -> bytearray:
    return bytearray(secrets.token_bytes(KEY_BYTES))


def derive_kek(passphrase: str, salt: bytes, params: KdfParams) -> bytes:
    return hash_secret_raw(
        passphrase.encode("utf-8"),
        salt,
        time_cost=params.time_cost,
        memory_cost=params.memory_kib,
        parallelism=params.parallelism,
        hash_len=KEY_BYTES,
        type=Type.ID,
    )


def _aead_seal(kek: bytes, plaintext: bytes, label: bytes) -> bytes:
    nonce = os.urandom(12)
    return nonce + AESGCM(kek).encrypt(nonce, plaintext, label)


def _aead_open(kek: bytes, blob: bytes, label: bytes) -> bytearray:
    return bytearray(AESGCM(kek).decrypt(blob[:12], blob[12:], label))


# --- recovery key -----------------------------------------------------------

_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I


def new_recovery_key() -> str:
    """Eight groups of four characters from an unambiguous alphabet (160 bits)."""
    chars = "".join(secrets.choice(_ALPHABET) for _ in range(32))
    return "-".join(chars[i : i + 4] for i in range(0, 32, 4))


def normalise_recovery_key(text: str) -> str:
    cleaned = "".join(ch for ch in text.upper() if ch.isalnum())
    return cleaned.replace("0", "O").replace("1", "I")


def _recovery_private(recovery_key: str) -> X25519PrivateKey:
    seed = hashlib.sha256(b"passerelle-recovery-v1" + normalise_recovery_key(recovery_key).encode()).digest()
    return X25519PrivateKey.from_private_bytes(seed)


def _hkdf(shared: bytes) -> bytes:
    return HKDF(algorithm=SHA256(), length=KEY_BYTES, salt=None, info=b"passerelle-recovery-seal").derive(shared)


def _seal_to(public: X25519PublicKey, data_key: bytes) -> bytes:
    ephemeral = X25519PrivateKey.generate()
    kek = _hkdf(ephemeral.exchange(public))
    return ephemeral.public_key().public_bytes(*_RAW) + _aead_seal(kek, data_key, b"recovery")


# --- envelopes ----------------------------------------------------------------


def make_envelope(passphrase: str, data_key: bytes, params: KdfParams, recovery_public: bytes) -> Envelope:
    salt = os.urandom(16)
    kek = derive_kek(passphrase, salt, params)
    public = X25519PublicKey.from_public_bytes(recovery_public)
    return Envelope(
        kdf=params,
        salt=b64(salt),
        wrapped_key=b64(_aead_seal(kek, bytes(data_key), b"passphrase")),
        recovery_public=b64(recovery_public),
        recovery_sealed=b64(_seal_to(public, bytes(data_key))),
    )


def recovery_public_key(recovery_key: str) -> bytes:
    return _recovery_private(recovery_key).public_key().public_bytes(*_RAW)


def open_with_passphrase(envelope: Envelope, passphrase: str) -> bytearray:
    kek = derive_kek(passphrase, unb64(envelope.salt), envelope.kdf)
    try:
        return _aead_open(kek, unb64(envelope.wrapped_key), b"passphrase")
    except InvalidTag as error:
        raise WrongPassphrase() from error


def open_with_recovery_key(envelope: Envelope, recovery_key: str) -> bytearray:
    private = _recovery_private(recovery_key)
    if private.public_key().public_bytes(*_RAW) != unb64(envelope.recovery_public):
        raise WrongRecoveryKey()
    blob = unb64(envelope.recovery_sealed)
    peer = X25519PublicKey.from_public_bytes(blob[:32])
    try:
        return _aead_open(_hkdf(private.exchange(peer)), blob[32:], b"recovery")
    except InvalidTag as error:
        raise WrongRecoveryKey() from error


def wipe(secret: bytearray | None) -> None:
    """Overwrite a key in place (Python may still hold copies it made on the way)."""
    if secret is not None:
        for index in range(len(secret)):
            secret[index] = 0
