"""Where an organisation lives on the headquarters server (Kinto): one bucket
per office, the same collections in each, and the groups that carry access.

This module is the contract between ``passerelle hq provision`` (which creates
the layout) and the device's sync engine (which reads and writes it). It
imports only the standard library and ``desktop.domain``, so both sides can use it.

Layout::

    /buckets/hq                          the organisation's groups; only the administrator reads it
        /groups/<office>-staff           case managers and supervisors of an office
        /groups/<office>-supervisors     supervisors of an office (a subset of staff)
        /groups/me-officers              M&E officers (every office, read only)
    /buckets/office-<office>             one per office; data: {"office_code", "office_name", "bundle_key"}
        /collections/<name>              every name in SYNCED_COLLECTIONS
            /records/<id>

``<office>`` is the office's slug: its code lowercased, accents dropped, and
any run of other characters than ``a-z`` and ``0-9`` turned into one ``-``
(``DKR`` → ``dkr``, ``Saint Louis`` → ``saint-louis``).
"""

import re

from ..domain.text import ascii_slug

#: Collections synced between devices and the server, in every office bucket.
#: ``drafts`` and ``conflicts`` stay on the device and are never synced.
SYNCED_COLLECTIONS: tuple[str, ...] = (
    "cases",        # one record per case
    "people",       # household members
    "consents",
    "submissions",  # submitted forms (immutable; corrected by revisions)
    "tasks",
    "providers",    # service providers of the office
    "scores",
    "audit",
    "erasures",     # tombstones of erased cases: every device erases them too
    "anonymous",    # anonymous records of cases that refused sharing
    "devices",      # device public keys, to check bundle signatures
)
#: Field of an office bucket's data holding the office key (base64 of 32 random bytes): bundles
#: carried on USB sticks between the office's devices are encrypted with it. Made once by
#: ``hq provision``, kept when the office is provisioned again.
OFFICE_KEY_FIELD = "bundle_key"
#: Device-only collections: listed so that a test can check they are never created on the server.
DEVICE_ONLY_COLLECTIONS: tuple[str, ...] = ("drafts", "conflicts")

OFFICE_BUCKET_PREFIX = "office-"
#: The bucket holding the organisation's groups (no records).
HQ_BUCKET = "hq"
ME_GROUP = "me-officers"
STAFF_SUFFIX = "-staff"
SUPERVISORS_SUFFIX = "-supervisors"

#: Environment variables naming the server's administrator account.
ADMIN_USER_ENV = "PASSERELLE_HQ_ADMIN_USER"
ADMIN_PASSWORD_ENV = "PASSERELLE_HQ_ADMIN_PASSWORD"

#: Kinto's own rule for ids of buckets, groups and collections.
KINTO_ID = re.compile(r"^[a-zA-Z0-9][a-zA-Z0-9_-]*$")
#: Kinto's rule for account ids (user names).
ACCOUNT_ID = re.compile(r"^[a-zA-Z0-9][+.@a-zA-Z0-9_-]*$")


def office_slug(code: str) -> str:
    """``"DKR"`` → ``"dkr"``; ``"Thiès Nord"`` → ``"thies-nord"``; ``""`` when nothing is left."""
    return ascii_slug(code)


def bucket_id(office_code: str) -> str:
    """The office's bucket: ``office-<slug>``."""
    return OFFICE_BUCKET_PREFIX + office_slug(office_code)


def staff_group(office_code: str) -> str:
    return office_slug(office_code) + STAFF_SUFFIX


def supervisors_group(office_code: str) -> str:
    return office_slug(office_code) + SUPERVISORS_SUFFIX


def group_principal(group_id: str) -> str:
    """How a group appears in Kinto permissions and in ``GET /v1/`` ``user.principals``."""
    return f"/buckets/{HQ_BUCKET}/groups/{group_id}"


def account_principal(username: str) -> str:
    return f"account:{username}"
