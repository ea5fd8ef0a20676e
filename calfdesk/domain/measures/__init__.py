"""Measures taken on a date, one registry: each measure is a module declaring its scale, its scoring and the
smallest change that matters (`Measure`), registered here by one line. See docs/REHAB.md, "Measures".
"""

from __future__ import annotations

from calfdesk.domain.measures import heel_raise, psfs
from calfdesk.domain.measures.base import (
    SCORE,
    Item,
    Measure,
    Reading,
    Scale,
    Trend,
    item_names,
    reading_as_json,
    trend,
)

_MEASURES: dict[str, Measure] = {}


def register(measure: Measure) -> Measure:
    """Make `measure` known by its id; an id is registered once."""
    if measure.id in _MEASURES:
        raise ValueError(f"measure {measure.id!r} is already registered")
    _MEASURES[measure.id] = measure
    return measure


def unregister(measure_id: str) -> None:
    """Forget a measure registered at run time (a questionnaire pack that was removed)."""
    _MEASURES.pop(measure_id, None)


def measure(measure_id: str) -> Measure | None:
    return _MEASURES.get(measure_id)


def measures() -> tuple[Measure, ...]:
    """Every registered measure, in registration order."""
    return tuple(_MEASURES.values())


register(heel_raise.MEASURE)
register(psfs.MEASURE)

__all__ = [
    "SCORE",
    "Item",
    "Measure",
    "Reading",
    "Scale",
    "Trend",
    "item_names",
    "measure",
    "measures",
    "reading_as_json",
    "register",
    "trend",
    "unregister",
]
