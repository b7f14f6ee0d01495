"""The one exception type of the headquarters tools."""


class HqError(Exception):
    """An expected failure, as one line the administrator can act on.

    Attributes:
        text: the line (never a password; names only of accounts and files).
        details: further lines, e.g. every problem of an organisation file.
    """

    def __init__(self, text: str, details: list[str] | None = None) -> None:
        super().__init__(text)
        self.text = text
        self.details = details or []
