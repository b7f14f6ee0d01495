"""Per-profile settings: one model, defaults declared once."""


from pydantic import BaseModel, ConfigDict, Field, field_validator
from pydantic_core import PydanticCustomError

from .case_number import DEFAULT_PATTERN, check_pattern
from .enums import Language, Role
from .errors import FieldError


class Settings(BaseModel):
    model_config = ConfigDict(extra="ignore", validate_assignment=True)

    idle_lock_minutes: int = Field(default=10, ge=1, le=240)
    case_number_pattern: str = DEFAULT_PATTERN
    office_code: str = Field(default="", max_length=12, pattern=r"^[A-Za-z0-9_-]*$")
    #: handbook text size, in points added to the normal size
    handbook_zoom: int = Field(default=0, ge=-4, le=12)
    #: the handbook pack read in each language (language → pack id); absent: an imported pack, else the shipped one
    handbook_packs: dict[str, str] = Field(default_factory=dict)

    @field_validator("case_number_pattern")
    @classmethod
    def _pattern(cls, value: str) -> str:
        # pydantic only wraps ValueError/AssertionError/PydanticCustomError, so a
        # bare FieldError would escape validation: carry its key as the error type.
        try:
            check_pattern(value)
        except FieldError as error:
            raise PydanticCustomError(error.key, error.key) from None
        return value


class Profile(BaseModel):
    """Who works on this machine. Stored in clear beside the encrypted database:
    holds nothing about returnees."""

    model_config = ConfigDict(extra="forbid")

    username: str = Field(pattern=r"^[a-z0-9][a-z0-9_-]{0,39}$")
    display_name: str = Field(min_length=1, max_length=80)
    office: str = Field(min_length=1, max_length=80)
    role: Role = Role.CASE_MANAGER
    language: Language = Language.FRENCH

