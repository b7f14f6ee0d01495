"""Per-field last-writer-wins merge of one row, with conflicts.

Each field of a synced row carries the clock stamp of its last edit. Merging a
local and a remote version keeps, field by field, the value with the larger
stamp: every device reaches the same row whatever order changes arrive in.
When both sides edited a field since the version they last had in common
(``base``), and to different values, the winner is still applied and a
conflict is reported so that a person can look at both values. Two stamps of
the same device are never a conflict: that device made the later edit having
seen the earlier one (its own value sent, say, with the answer lost).
"""

from dataclasses import dataclass, field
from typing import Any

#: bookkeeping columns: merged like the others, never shown as conflicts
META_FIELDS = frozenset({"created_at", "updated_at", "created_by", "updated_by", "name_key"})


@dataclass(frozen=True)
class FieldConflict:
    field: str
    mine: Any
    theirs: Any
    mine_clock: str
    theirs_clock: str

    @property
    def winner(self) -> str:
        return "theirs" if self.theirs_clock > self.mine_clock else "mine"


@dataclass
class Merged:
    values: dict[str, Any]
    clocks: dict[str, str]
    conflicts: list[FieldConflict] = field(default_factory=list)
    #: fields whose local value changes
    taken: list[str] = field(default_factory=list)
    #: the local row has edits the remote version lacks (it must be pushed)
    ahead: bool = False


def merge(local: dict[str, Any], local_clocks: dict[str, str], remote: dict[str, Any],
          remote_clocks: dict[str, str], base_clocks: dict[str, str]) -> Merged:
    values = dict(local)
    clocks = dict(local_clocks)
    result = Merged(values, clocks)
    for name in sorted(set(local) | set(remote)):
        mine_clock, theirs_clock = local_clocks.get(name, ""), remote_clocks.get(name, "")
        base = base_clocks.get(name, "")
        mine, theirs = local.get(name), remote.get(name)
        if theirs_clock > mine_clock:
            if name in remote and (name not in local or mine != theirs):
                values[name] = theirs
                result.taken.append(name)
            clocks[name] = theirs_clock
        elif mine_clock > theirs_clock:
            result.ahead = True
        if (mine_clock > base and theirs_clock > base and mine_clock != theirs_clock and mine != theirs
                and name not in META_FIELDS and name in local and name in remote
                and _device(mine_clock) != _device(theirs_clock)):
            result.conflicts.append(FieldConflict(name, mine, theirs, mine_clock, theirs_clock))
    return result


def _device(stamp: str) -> str:
    """The device that made a stamp (``MMMMMMMMMMMMM.CCCCC.node``)."""
    return stamp.rpartition(".")[2]
