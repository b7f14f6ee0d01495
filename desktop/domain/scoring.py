"""RSS scores: a versioned scoring profile and the arithmetic that applies it.

Answers are stored raw; scores are always computed from them with a
``ScoringProfile`` (one YAML file in ``resources/scoring/``, read by
``desktop.forms.scoring_file``) and keep the id of the profile they were
computed with, so that replacing the profile recomputes every score.

Rules:

* An item is one question. Its value on 0..1 comes either from ``values``
  (answer → value; an answer not listed there, such as ``dont_know`` or
  ``refused``, is not scored) or from ``scale`` (a number mapped linearly from
  ``min``..``max`` to 0..1, clamped to 0..1, turned around when ``invert``;
  numbers written as text, ``"3"``, are read as numbers).
* An unanswered question (absent, ``None``, empty text or list) is not scored.
* A dimension's score is the weighted mean of its scored items, or ``None``
  when the weight of its scored items is less than ``min_answered_share`` of
  the weight of all its items (questions skipped by the form's logic count as
  unanswered) or when no item is scored at all.
* The composite is the weighted mean of the three dimension scores (dimension
  weights), or ``None`` when any dimension score is ``None``.
* Scores are full floats; round them only to show them.

Only the standard library and pydantic here.
"""

import math
from collections.abc import Iterator, Mapping
from numbers import Real
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

#: The dimensions of the RSS, in the order they are reported.
DIMENSIONS: tuple[str, ...] = ("economic", "social", "psychosocial")

#: A profile id: stored with every score.
PROFILE_ID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9_.-]*$"

#: A score is short of the answered share only by more than this, so that
#: e.g. 2 items of 3 meet a share written as 0.6667.
_SHARE_TOLERANCE = 1e-9

Band = Literal["low", "medium", "high"]

Unit = Annotated[float, Field(ge=0, le=1)]
Weight = Annotated[float, Field(gt=0)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, allow_inf_nan=False)


class Scale(_Strict):
    """A numeric answer mapped linearly: ``min`` → 0, ``max`` → 1 (the other
    way round when ``invert``), clamped to 0..1 outside that range."""

    min: float
    max: float
    invert: bool = False

    @model_validator(mode="after")
    def _ordered(self) -> "Scale":
        if not self.min < self.max:
            raise ValueError(f"min ({self.min:g}) must be less than max ({self.max:g})")
        return self

    def value(self, number: float) -> float:
        fraction = (number - self.min) / (self.max - self.min)
        fraction = min(1.0, max(0.0, fraction))
        return 1.0 - fraction if self.invert else fraction


class Item(_Strict):
    """How one question scores: its weight within the dimension and exactly
    one of ``values`` (answer → value on 0..1) or ``scale``."""

    weight: Weight
    values: dict[str, Unit] | None = None
    scale: Scale | None = None

    @model_validator(mode="after")
    def _one_way(self) -> "Item":
        if (self.values is None) == (self.scale is None):
            raise ValueError("give exactly one of 'values' or 'scale'")
        if self.values is not None and not self.values:
            raise ValueError("'values' must map at least one answer to a value")
        return self

    def value(self, answer: Any) -> float | None:
        """The item's value for an answer, or None when it is not scored."""
        if _unanswered(answer):
            return None
        if self.values is not None:
            return self.values.get(answer) if isinstance(answer, str) else None
        assert self.scale is not None
        number = _number(answer)
        return None if number is None else self.scale.value(number)


class Dimension(_Strict):
    weight: Weight
    items: dict[str, Item] = Field(min_length=1)


class Dimensions(_Strict):
    economic: Dimension
    social: Dimension
    psychosocial: Dimension


class Bands(_Strict):
    """Thresholds for reading a score: below ``low`` is "low", from ``high`` up
    is "high", in between "medium"."""

    low: Unit
    high: Unit

    @model_validator(mode="after")
    def _ordered(self) -> "Bands":
        if self.low > self.high:
            raise ValueError(f"low ({self.low:g}) must not be greater than high ({self.high:g})")
        return self


class ScoringProfile(_Strict):
    """A whole scoring sheet (see ``resources/scoring/README.md``)."""

    id: str = Field(pattern=PROFILE_ID_PATTERN, max_length=64)
    #: True for placeholder weights and values, not an organisation's official sheet
    provisional: bool
    #: where the weights and values come from (free text)
    source: str = ""
    min_answered_share: Unit
    dimensions: Dimensions
    bands: Bands | None = None

    @model_validator(mode="after")
    def _one_dimension_per_question(self) -> "ScoringProfile":
        seen: dict[str, str] = {}
        for dimension in DIMENSIONS:
            for name in getattr(self.dimensions, dimension).items:
                if name in seen:
                    raise ValueError(f"the question '{name}' is scored in both {seen[name]} and {dimension}")
                seen[name] = dimension
        return self

    def dimension(self, name: str) -> Dimension:
        if name not in DIMENSIONS:
            raise KeyError(name)
        return getattr(self.dimensions, name)

    def items(self) -> Iterator[tuple[str, str, Item]]:
        """(dimension, question name, item) for every item, in file order."""
        for dimension in DIMENSIONS:
            for name, item in self.dimension(dimension).items.items():
                yield dimension, name, item


class Scores(_Strict):
    """The four RSS scores of one set of answers, on 0..1 (None: not enough
    answers), and the id of the profile that computed them."""

    economic: float | None
    social: float | None
    psychosocial: float | None
    composite: float | None
    profile: str


def score(profile: ScoringProfile, answers: Mapping[str, Any]) -> Scores:
    """The scores of ``answers`` (question name → raw answer) under ``profile``."""
    dimensions = {name: _dimension_score(profile.dimension(name), answers, profile.min_answered_share)
                  for name in DIMENSIONS}
    composite: float | None = None
    if all(value is not None for value in dimensions.values()):
        composite = _weighted_mean([(profile.dimension(name).weight, value) for name, value in dimensions.items()])
    return Scores(**dimensions, composite=composite, profile=profile.id)


def band(profile: ScoringProfile, value: float | None) -> Band | None:
    """"low" below ``bands.low``, "high" from ``bands.high`` up, "medium" in
    between; None when the profile has no bands or there is no score."""
    if value is None or profile.bands is None:
        return None
    if value < profile.bands.low:
        return "low"
    if value >= profile.bands.high:
        return "high"
    return "medium"


def _dimension_score(dimension: Dimension, answers: Mapping[str, Any], min_share: float) -> float | None:
    total = sum(item.weight for item in dimension.items.values())
    scored: list[tuple[float, float]] = []
    for name, item in dimension.items.items():
        value = item.value(answers.get(name))
        if value is not None:
            scored.append((item.weight, value))
    answered = sum(weight for weight, _ in scored)
    if not scored or answered / total + _SHARE_TOLERANCE < min_share:
        return None
    return _weighted_mean(scored)


def _weighted_mean(pairs: list[tuple[float, float]]) -> float:
    total = sum(weight for weight, _ in pairs)
    mean = sum(weight * value for weight, value in pairs) / total
    return min(1.0, max(0.0, mean))  # only float rounding can leave 0..1


def _unanswered(answer: Any) -> bool:
    if answer is None:
        return True
    if isinstance(answer, str):
        return not answer.strip()
    return isinstance(answer, (list, tuple, dict)) and not answer


def _number(answer: Any) -> float | None:
    """A finite number from a number or numeric text; None otherwise (a yes/no
    flag is not a number)."""
    if isinstance(answer, bool):
        return None
    if isinstance(answer, Real):
        number = float(answer)
    elif isinstance(answer, str):
        try:
            number = float(answer.strip())
        except ValueError:
            return None
    else:
        return None
    return number if math.isfinite(number) else None
