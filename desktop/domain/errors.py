"""Expected failures. Each carries a message key; the UI and CLI turn it into text."""

from dataclasses import dataclass, field
from typing import Any


class PasserelleError(Exception):
    """A failure the user can act on.

    Attributes:
        key: message key, looked up in ``desktop.messages``.
        params: values substituted into the message (never personal data).
    """

    key = "error.unexpected"

    def __init__(self, key: str | None = None, **params: Any) -> None:
        self.key = key or self.key
        self.params = params
        super().__init__(self.key)


class WrongPassphrase(PasserelleError):
    key = "unlock.wrong_passphrase"


class LockedOut(PasserelleError):
    key = "unlock.locked_out"


class WrongRecoveryKey(PasserelleError):
    key = "unlock.wrong_recovery_key"


class WeakPassphrase(PasserelleError):
    key = "passphrase.weak"


class ProfileError(PasserelleError):
    key = "profile.error"


class StoreError(PasserelleError):
    key = "store.error"


class NotFound(PasserelleError):
    key = "case.not_found"


class InvalidTransition(PasserelleError):
    key = "case.invalid_transition"


class FieldError(PasserelleError):
    """One invalid field: ``field`` is the case field name, ``key`` the reason."""

    key = "field.invalid"

    def __init__(self, field: str, key: str | None = None, **params: Any) -> None:
        super().__init__(key, **params)
        self.field = field


class ValidationFailed(PasserelleError):
    """Several field errors at once, so a form can mark every bad field."""

    key = "validation.failed"

    def __init__(self, errors: list[FieldError]) -> None:
        super().__init__(count=len(errors))
        self.errors = errors


@dataclass
class RowProblem:
    """The errors of one line of an imported file."""

    line: int
    errors: list[FieldError] = field(default_factory=list)


class ImportRejected(PasserelleError):
    """An import refused as a whole; ``problems`` lists every bad line."""

    key = "import.rejected"

    def __init__(self, problems: list[RowProblem]):
        super().__init__(rows=len(problems))
        self.problems = problems


class BundleRefused(PasserelleError):
    """A USB bundle that was not imported; ``key`` says why (``bundle.*``).

    Params carry only the device id, sequence numbers and limits, never
    anything read from the records.
    """

    key = "bundle.tampered"


class BundleFileError(PasserelleError):
    """A bundle file that could not be read or written (drive removed, full, read-only)."""

    key = "bundle.cannot_read"
