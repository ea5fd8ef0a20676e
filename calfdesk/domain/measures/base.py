"""A measure taken on a date: what every measure declares, and the trend of one of its series.

A measure declares its scale, how a reading is scored and the smallest change that matters (the minimal
clinically important difference, or the measurement error where no such figure exists). Readings are plain
values; the registry (`calfdesk.domain.measures`) knows every measure by id.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Final

# The series every measure has: its score on a date.
SCORE: Final = "score"


@dataclass(frozen=True, slots=True)
class Scale:
    """The range a score lives in, and which way is better."""

    low: float
    high: float
    higher_is_better: bool = True
    unit: str = ""

    def contains(self, value: float) -> bool:
        return self.low <= value <= self.high


@dataclass(frozen=True, slots=True)
class Item:
    """One part of a reading: a PSFS activity in the runner's words, a leg of the heel-raise test."""

    name: str
    value: float | None


@dataclass(frozen=True, slots=True)
class Reading:
    """A measure taken on a date. `id` is unique within its measure (kind)."""

    kind: str
    day: dt.date
    score: float | None
    items: tuple[Item, ...] = ()
    id: int | None = field(default=None, compare=False)

    def item(self, name: str) -> float | None:
        return next((item.value for item in self.items if item.name == name), None)

    def value(self, series: str) -> float | None:
        return self.score if series == SCORE else self.item(series)


@dataclass(frozen=True, slots=True)
class Measure:
    """What a kind of measure declares: the scale of its score, the smallest change of the score that matters,
    and `score`, which checks the items of a reading (InvalidInput) and scores them. `item_changes` and
    `item_scales` hold the same for items, by item name or "*" for every item; an item without a smallest
    change is shown but never judged."""

    id: str
    scale: Scale
    smallest_change: float
    score: Callable[[Sequence[Item]], float | None]
    item_scales: Mapping[str, Scale] = field(default_factory=dict)
    item_changes: Mapping[str, float] = field(default_factory=dict)
    # Where the smallest changes come from, as a citation (docs/REHAB.md has the full references).
    source: str = ""
    # The name a questionnaire pack gives itself (the front ends name calfdesk's own measures), and who holds
    # the licence the pack was given under.
    title: str = ""
    licence_holder: str = ""

    def change_for(self, series: str) -> float | None:
        if series == SCORE:
            return self.smallest_change
        return self.item_changes.get(series, self.item_changes.get("*"))

    def scale_for(self, series: str) -> Scale:
        if series == SCORE:
            return self.scale
        return self.item_scales.get(series, self.item_scales.get("*", self.scale))


@dataclass(frozen=True, slots=True)
class Trend:
    """How one series moved from its first reading to its latest."""

    series: str
    first: float
    latest: float
    first_day: dt.date
    latest_day: dt.date
    count: int
    smallest_change: float | None
    higher_is_better: bool

    @property
    def change(self) -> float:
        return round(self.latest - self.first, 2)

    @property
    def meaningful(self) -> bool:
        """The change is at least the smallest change that matters (either way)."""
        return self.smallest_change is not None and abs(self.change) >= self.smallest_change

    @property
    def direction(self) -> str:
        """'better', 'worse' or 'unchanged' (a change smaller than the one that matters is 'unchanged')."""
        if not self.meaningful:
            return "unchanged"
        rose = self.change > 0
        return "better" if rose == self.higher_is_better else "worse"


def trend(measure: Measure, readings: Sequence[Reading], series: str = SCORE) -> Trend | None:
    """The trend of `series` over `readings` (oldest first); None with fewer than one value."""
    points = [(reading.day, value) for reading in readings if (value := reading.value(series)) is not None]
    if not points:
        return None
    (first_day, first), (latest_day, latest) = points[0], points[-1]
    return Trend(
        series=series,
        first=first,
        latest=latest,
        first_day=first_day,
        latest_day=latest_day,
        count=len(points),
        smallest_change=measure.change_for(series),
        higher_is_better=measure.scale_for(series).higher_is_better,
    )


def item_names(readings: Sequence[Reading]) -> list[str]:
    """Every item name of `readings`, in the order they first appear."""
    names: list[str] = []
    for reading in readings:
        names.extend(item.name for item in reading.items if item.name not in names)
    return names


def reading_as_json(reading: Reading) -> dict[str, object]:
    """The `measure list --json` object (CONTRACTS.md)."""
    return {
        "id": reading.id,
        "kind": reading.kind,
        "date": reading.day.isoformat(),
        "score": reading.score,
        "items": [{"name": item.name, "score": item.value} for item in reading.items],
    }
