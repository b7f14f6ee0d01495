"""User names (profile folder names) derived from a display name."""

import hashlib
import re

from ..domain.text import fold

MAX_LENGTH = 40
_NOT_SLUG = re.compile(r"[^a-z0-9]+")
#: Latin letters that Unicode does not decompose into a base letter and an accent
_LATIN_EXTRA = str.maketrans({"ø": "o", "æ": "ae", "œ": "oe", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "ı": "i"})


def username_from(display_name: str, taken: set[str] | frozenset[str] = frozenset()) -> str:
    """An ASCII user name: "Aïcha Diallo" → "aicha-diallo".

    A name with no Latin letters (an Arabic name, say) gives
    "user-" and four hex digits taken from a hash of the name, so the same
    name always gives the same user name. A number is added when the name is
    already ``taken``.
    """
    base = _base(display_name)
    candidate, number = base, 2
    while candidate in taken:
        candidate, number = f"{base[:36]}-{number}", number + 1
    return candidate


def _base(display_name: str) -> str:
    slug = _NOT_SLUG.sub("-", fold(display_name).translate(_LATIN_EXTRA)).strip("-")
    slug = slug[:MAX_LENGTH].rstrip("-")
    if any("a" <= char <= "z" for char in slug):
        return slug
    digest = hashlib.sha256(display_name.strip().encode("utf-8")).hexdigest()
    return f"user-{digest[:4]}"
