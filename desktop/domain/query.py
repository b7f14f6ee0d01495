"""What the case list asks for: search text, filters and sort order."""

from enum import StrEnum

from pydantic import BaseModel, ConfigDict

from .enums import Status, Vulnerability
from .rules import FollowUp


class SortKey(StrEnum):
    ADDED = "added"  # most recently added on this device first: free to keep while searching
    CASE_NUMBER = "case_number"
    NAME = "name"
    STATUS = "status"
    COMMUNITY = "community"
    RETURN_DATE = "return_date"
    NEXT_FOLLOW_UP = "next_follow_up"
    UPDATED = "updated"


class CaseQuery(BaseModel):
    model_config = ConfigDict(frozen=True)

    search: str = ""
    statuses: frozenset[Status] = frozenset()
    vulnerability: Vulnerability | None = None
    follow_up: FollowUp | None = None  # OVERDUE or DUE_SOON
    assigned_to: str | None = None
    #: only these cases (the cases behind a report's number); None: no such limit
    case_ids: frozenset[str] | None = None

    @property
    def only_search(self) -> bool:
        """True when the search text is the only filter."""
        return not (self.statuses or self.vulnerability or self.follow_up or self.assigned_to is not None
                    or self.case_ids is not None)
    sort: SortKey = SortKey.ADDED
    descending: bool = True
