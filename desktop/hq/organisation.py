"""The organisation file (YAML): offices and users, checked before anything
is written to the server.

::

    offices:
      - code: DKR            # letters and digits; the bucket is office-dkr
        name: Dakar
    users:
      - username: awa.diallo
        role: case_manager   # case_manager, supervisor or me_officer
        office: DKR          # required, except for me_officer
        password: ...        # optional initial password (12+ characters); generated when absent

Problems are reported as ``FILE:LINE: where: message``, every one of them.
"""

from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, Field, SecretStr, ValidationError, field_validator

from ..domain.enums import Role
from .credentials import MIN_PASSWORD
from .errors import HqError
from .layout import ACCOUNT_ID, bucket_id, office_slug

OFFICE_ROLES = (Role.CASE_MANAGER, Role.SUPERVISOR)


class Office(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True, frozen=True)

    code: str = Field(min_length=1, max_length=40)
    name: str = Field(min_length=1, max_length=200)

    @field_validator("code", mode="before")
    @classmethod
    def _code_as_text(cls, value: Any) -> Any:
        return str(value) if isinstance(value, int) and not isinstance(value, bool) else value

    @property
    def bucket(self) -> str:
        return bucket_id(self.code)


class User(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True, frozen=True)

    username: str = Field(min_length=1, max_length=64)
    role: Role
    office: str | None = None
    password: SecretStr | None = None

    @field_validator("username")
    @classmethod
    def _account_name(cls, value: str) -> str:
        if not ACCOUNT_ID.match(value):
            raise ValueError("letters, digits and + . @ _ - only, starting with a letter or a digit")
        return value

    @field_validator("office", mode="before")
    @classmethod
    def _office_as_text(cls, value: Any) -> Any:
        return str(value) if isinstance(value, int) and not isinstance(value, bool) else value

    @field_validator("password", mode="before")
    @classmethod
    def _long_enough(cls, value: Any) -> Any:
        if isinstance(value, str) and len(value) < MIN_PASSWORD:
            raise ValueError(f"at least {MIN_PASSWORD} characters (or leave it out: one is generated)")
        return value


class Organisation(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    offices: list[Office] = Field(min_length=1)
    users: list[User] = Field(default_factory=list)

    def office(self, code: str | None) -> Office | None:
        """The office a user's ``office:`` names (case and accents do not matter)."""
        slug = office_slug(code or "")
        return next((office for office in self.offices if office_slug(office.code) == slug), None)


Location = tuple[str | int, ...]


def load_organisation(path: Path) -> Organisation:
    """Read and check an organisation file; ``HqError`` lists every problem."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise HqError(f"{path}: cannot read it ({getattr(error, 'strerror', None) or error})") from None
    try:
        data, root = yaml.safe_load(text), yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f"{path}:{mark.line + 1}" if mark else str(path)
        raise _invalid(path, [f"{where}: not valid YAML ({getattr(error, 'problem', None) or error})"]) from None
    if not isinstance(data, dict):
        raise _invalid(path, [f"{path}:1: expected a mapping with offices: and users:"])
    try:
        organisation = Organisation.model_validate(data)
    except ValidationError as error:
        problems = [(tuple(item["loc"]), _message(item)) for item in error.errors()]
        raise _invalid(path, _lines(path, root, problems)) from None
    problems = consistency_problems(organisation)
    if problems:
        raise _invalid(path, _lines(path, root, problems))
    return organisation


def consistency_problems(organisation: Organisation) -> list[tuple[Location, str]]:
    """What the types cannot say: unique offices and users, known offices."""
    problems: list[tuple[Location, str]] = []
    buckets: dict[str, int] = {}
    for index, office in enumerate(organisation.offices):
        if not office_slug(office.code):
            problems.append((("offices", index, "code"), "needs at least one letter or digit"))
        elif office.bucket in buckets:
            problems.append((("offices", index, "code"),
                             f"same bucket ({office.bucket}) as offices[{buckets[office.bucket]}]"))
        else:
            buckets[office.bucket] = index
    names: dict[str, int] = {}
    codes = ", ".join(office.code for office in organisation.offices)
    for index, user in enumerate(organisation.users):
        folded = user.username.casefold()
        if folded in names:
            problems.append((("users", index, "username"), f"already used by users[{names[folded]}]"))
        names.setdefault(folded, index)
        if user.office is None and user.role in OFFICE_ROLES:
            problems.append((("users", index), f"office is required for a {user.role.value}"))
        elif user.office is not None and organisation.office(user.office) is None:
            problems.append((("users", index, "office"), f"unknown office {user.office!r} (offices: {codes})"))
    return problems


def _message(item: dict[str, Any]) -> str:
    if item["type"] == "extra_forbidden":
        return "unknown field"
    if item["type"] == "missing":
        return "required"
    return str(item["msg"]).removeprefix("Value error, ")


def _invalid(path: Path, lines: list[str]) -> HqError:
    noun = "problem" if len(lines) == 1 else "problems"
    return HqError(f"{path}: {len(lines)} {noun}; nothing was written", lines)


def _lines(path: Path, root: yaml.Node | None, problems: list[tuple[Location, str]]) -> list[str]:
    return [f"{path}:{_line(root, loc)}: {_where(loc)}: {text}" for loc, text in problems]


def _where(loc: Location) -> str:
    """``("users", 2, "office")`` → ``users[2].office``."""
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "file"


def _line(node: yaml.Node | None, loc: Location) -> int:
    """The line (from 1) of the deepest YAML node on the path ``loc``."""
    line = node.start_mark.line + 1 if node is not None else 1
    for part in loc:
        if isinstance(node, yaml.MappingNode):
            node = next((value for key, value in node.value if key.value == part), None)
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int) and part < len(node.value):
            node = node.value[part]
        else:
            node = None
        if node is None:
            break
        line = node.start_mark.line + 1
    return line
