"""A device's signing identity: one Ed25519 key pair per device profile.

Bundles carried on USB sticks are signed with it, so a reader can tell which
device wrote a bundle and, once it knows that device's public key (from the
``devices`` collection or from a first import), refuse a bundle signed by
another key. The private half is 32 raw bytes that the caller keeps inside the
encrypted profile; nothing here writes it anywhere.

Every message signed with a device key must start with a prefix of its own
(bundles start with ``PSLBNDL``), so that a signature made for one purpose can
never be replayed as a signature for another.
"""

import hashlib

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat, PublicFormat

KEY_BYTES = 32
SIGNATURE_BYTES = 64
#: 16 hex characters = 64 bits of sha256: short enough to read aloud, long
#: enough that two devices of an organisation never share one by chance. It
#: names a device; it is not proof of identity (compare full public keys).
DEVICE_ID_CHARS = 16


def device_id_for(public_key: bytes) -> str:
    """The short, stable id of the device owning ``public_key``."""
    return hashlib.sha256(public_key).hexdigest()[:DEVICE_ID_CHARS]


def verify(public_key: bytes, signature: bytes, data: bytes) -> bool:
    """True when ``signature`` is ``public_key``'s signature of ``data``.

    Returns False rather than raising, for any malformed key or signature too,
    so that a reader of untrusted files has a single outcome to handle.
    """
    if len(public_key) != KEY_BYTES or len(signature) != SIGNATURE_BYTES:
        return False
    try:
        Ed25519PublicKey.from_public_bytes(public_key).verify(signature, data)
    except (InvalidSignature, ValueError):
        return False
    return True


class DeviceKeys:
    """A device's Ed25519 key pair.

    The ``repr`` shows only the device id, so the private key never lands in a
    log line or a traceback.
    """

    __slots__ = ("_private", "_public")

    def __init__(self, private_key: Ed25519PrivateKey) -> None:
        self._private = private_key
        self._public = private_key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)

    @classmethod
    def generate(cls) -> "DeviceKeys":
        return cls(Ed25519PrivateKey.generate())

    @classmethod
    def from_private_bytes(cls, data: bytes) -> "DeviceKeys":
        """Keys from the 32 raw bytes returned by :meth:`private_bytes`."""
        if len(data) != KEY_BYTES:
            raise ValueError(f"a device private key is {KEY_BYTES} bytes, not {len(data)}")
        return cls(Ed25519PrivateKey.from_private_bytes(bytes(data)))

    def private_bytes(self) -> bytes:
        """The raw private key, for the caller to store in the encrypted profile only."""
        return self._private.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())

    def public_bytes(self) -> bytes:
        return self._public

    @property
    def device_id(self) -> str:
        return device_id_for(self._public)

    def sign(self, data: bytes) -> bytes:
        return self._private.sign(data)

    def __repr__(self) -> str:
        return f"DeviceKeys(device_id={self.device_id!r})"
