"""Shoes: the record, its validation and the wear alert (800 km, or 500 mi for a runner counting miles)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Final

from calfdesk.domain.runs import NAME_MAX_CHARS, check_number
from calfdesk.domain.units import KM_PER_MILE, DistanceUnit
from calfdesk.errors import InvalidInput
from calfdesk.i18n import Texts

_tr = Texts(__name__)

DEFAULT_ALERT_KM: Final = 800.0
DEFAULT_ALERT_MI: Final = 500.0
MAX_SHOE_KM: Final = 100_000.0


@dataclass(frozen=True, slots=True)
class Shoe:
    """A pair of shoes. `run_km` is the distance of the runs assigned to it; `start_km` what it had before."""

    name: str
    start_km: float = 0.0
    alert_km: float = DEFAULT_ALERT_KM
    retired: bool = False
    is_default: bool = False
    run_km: float = 0.0
    run_count: int = 0
    id: int | None = field(default=None, compare=False)

    @property
    def distance_km(self) -> float:
        return self.start_km + self.run_km

    @property
    def past_alert(self) -> bool:
        return self.distance_km >= self.alert_km

    @property
    def remaining_km(self) -> float:
        return self.alert_km - self.distance_km

    @property
    def worn_fraction(self) -> float:
        return self.distance_km / self.alert_km if self.alert_km > 0 else 0.0


def default_alert_km(unit: DistanceUnit = "km") -> float:
    """The alert distance a new shoe gets: 800 km, or 500 mi for a runner who counts in miles."""
    return DEFAULT_ALERT_MI * KM_PER_MILE if unit == "mi" else DEFAULT_ALERT_KM


def make_shoe(
    *,
    name: str,
    start_km: float = 0.0,
    alert_km: float = DEFAULT_ALERT_KM,
    is_default: bool = False,
    retired: bool = False,
    shoe_id: int | None = None,
) -> Shoe:
    clean = " ".join(name.split())
    if not clean:
        raise InvalidInput(_tr("name: give the shoe a name, for example 'Pegasus 40 blue'"), field="name")
    if len(clean) > NAME_MAX_CHARS or "\x00" in clean:
        raise InvalidInput(_tr("name: keep the name under {most} characters").format(most=NAME_MAX_CHARS), field="name")
    check_number(
        start_km, "start_km", 0.0, MAX_SHOE_KM, _tr("{field}: {value} is not a possible starting distance in km")
    )
    check_number(alert_km, "alert_km", 0.0, MAX_SHOE_KM, _tr("{field}: {value} is not a possible alert distance in km"))
    if alert_km <= 0:
        raise InvalidInput(_tr("alert_km: the alert distance must be above zero"), field="alert_km")
    if retired and is_default:
        raise InvalidInput(_tr("default: a retired shoe cannot be the default shoe"), field="default")
    return Shoe(
        name=clean,
        start_km=float(start_km),
        alert_km=float(alert_km),
        retired=retired,
        is_default=is_default,
        id=shoe_id,
    )
