"""What the server should hold for an organisation, and how it differs from
what it holds: pure functions, no network.

Access, for each office ``X`` (bucket ``office-x``):

=================  ================================================
who                what
=================  ================================================
``x-staff``        read the bucket; write every synced collection
                   (read, create, change and delete records)
``me-officers``    read every office bucket; write nothing
administrator      everything (accounts, buckets, groups)
=================  ================================================

``x-staff`` holds the office's case managers and supervisors;
``x-supervisors`` its supervisors only (no extra right yet: it lets a device
and later rules tell them apart). Groups live in the ``hq`` bucket, which
only the administrator reads.
"""

from dataclasses import dataclass, field
from typing import Any

from ..domain.enums import Role
from .layout import (
    HQ_BUCKET,
    ME_GROUP,
    STAFF_SUFFIX,
    SUPERVISORS_SUFFIX,
    SYNCED_COLLECTIONS,
    account_principal,
    group_principal,
    staff_group,
    supervisors_group,
)
from .organisation import Organisation

#: Every permission Kinto knows per kind of object: each is compared, a missing one is empty.
PERMISSIONS = {
    "bucket": ("read", "write", "collection:create", "group:create"),
    "group": ("read", "write"),
    "collection": ("read", "write", "record:create"),
}
CREATED, CHANGED, UNCHANGED = "created", "changed", "unchanged"


@dataclass(frozen=True)
class Desired:
    """One bucket, group or collection as it should be.

    ``data`` holds only the fields we manage; ``permissions`` is exact.
    """

    kind: str
    path: str
    data: dict[str, Any] = field(default_factory=dict)
    permissions: dict[str, list[str]] = field(default_factory=dict)

    @property
    def name(self) -> str:
        """``office-dkr/cases`` for a collection, ``hq/dkr-staff`` for a group."""
        parts = self.path.strip("/").split("/")
        return "/".join(parts[1::2])

    def body(self) -> dict[str, Any]:
        return {"data": dict(self.data), "permissions": self.permissions}

    def status(self, current: dict[str, Any] | None) -> str:
        """``created`` when missing, ``changed`` when a managed field or any permission differs."""
        if current is None:
            return CREATED
        data, permissions = current.get("data", {}), current.get("permissions", {})
        if any(_normal(data.get(key)) != _normal(value) for key, value in self.data.items()):
            return CHANGED
        for name in PERMISSIONS[self.kind]:
            if set(permissions.get(name, ())) != set(self.permissions.get(name, ())):
                return CHANGED
        return UNCHANGED


def _normal(value: Any) -> Any:
    return sorted(value) if isinstance(value, list) else value


def group_path(group_id: str) -> str:
    return group_principal(group_id)


def desired_state(organisation: Organisation, admin_user: str) -> list[Desired]:
    """Every object, in the order it must be written (parents first)."""
    admin = [account_principal(admin_user)]
    members: dict[str, set[str]] = {ME_GROUP: set()}
    for office in organisation.offices:
        members[staff_group(office.code)] = set()
        members[supervisors_group(office.code)] = set()
    for user in organisation.users:
        principal = account_principal(user.username)
        if user.role is Role.ME_OFFICER:
            members[ME_GROUP].add(principal)
            continue
        office = organisation.office(user.office)
        assert office is not None, "checked by load_organisation"
        members[staff_group(office.code)].add(principal)
        if user.role is Role.SUPERVISOR:
            members[supervisors_group(office.code)].add(principal)

    state = [Desired("bucket", f"/buckets/{HQ_BUCKET}", {}, {"write": admin})]
    state += [Desired("group", group_path(group), {"members": sorted(principals)}, {"write": admin})
              for group, principals in members.items()]
    for office in organisation.offices:
        staff = group_principal(staff_group(office.code))
        bucket = f"/buckets/{office.bucket}"
        state.append(Desired("bucket", bucket, {"office_code": office.code, "office_name": office.name},
                             {"read": sorted([staff, group_principal(ME_GROUP)]), "write": admin}))
        state += [Desired("collection", f"{bucket}/collections/{name}", {}, {"write": sorted([*admin, staff])})
                  for name in SYNCED_COLLECTIONS]
    return state


def stale_groups(existing: list[dict[str, Any]], state: list[Desired]) -> list[str]:
    """Ids of office groups on the server, with members, that the file no
    longer names (an office removed from it). ``provision(prune=True)``
    empties them, so that nobody keeps access to that office through them."""
    wanted = {item.path for item in state}
    return sorted(group["id"] for group in existing
                  if group["id"].endswith((STAFF_SUFFIX, SUPERVISORS_SUFFIX))
                  and group_path(group["id"]) not in wanted and group.get("members"))
