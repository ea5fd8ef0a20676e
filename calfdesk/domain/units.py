"""Kilometres and miles: the one place that converts and formats distances and paces.

Everything is stored and exchanged in kilometres (JSON, database); only what the runner reads is shown
in their unit.
"""

from __future__ import annotations

import math
import re
from typing import Final, Literal

from calfdesk.errors import InvalidInput
from calfdesk.i18n import Texts, number

_tr = Texts(__name__)

DistanceUnit = Literal["km", "mi"]
UNITS: Final[tuple[DistanceUnit, ...]] = ("km", "mi")
UNIT_LABELS: Final[dict[DistanceUnit, str]] = {"km": "Kilometres", "mi": "Miles"}
KM_PER_MILE: Final = 1.609344


def check_unit(unit: str) -> DistanceUnit:
    if unit == "km":
        return "km"
    if unit == "mi":
        return "mi"
    raise InvalidInput(_tr("unit: '{unit}' is not km or mi").format(unit=unit), field="unit")


def km_to_unit(km: float, unit: DistanceUnit) -> float:
    return km / KM_PER_MILE if unit == "mi" else km


def unit_to_km(value: float, unit: DistanceUnit) -> float:
    return value * KM_PER_MILE if unit == "mi" else value


def miles_to_km(miles: float) -> float:
    return miles * KM_PER_MILE


def format_distance(km: float, unit: DistanceUnit, *, decimals: int = 1) -> str:
    """`12.3 km` or `7.6 mi`, with the decimal separator of the language being spoken ("12,3 km")."""
    return f"{number(km_to_unit(km, unit), decimals)} {unit}"


def round_like_a_runner(value: float) -> float:
    """A limit as a runner says it: to the nearest 10 from 100 up (497 -> 500), to the nearest 5 from 20 up,
    else to a whole number; a limit converted to the other unit then reads as one, not as "497 mi"."""
    step = 10 if value >= 100 else 5 if value >= 20 else 1
    return float(round(value / step) * step)


def format_limit(km: float, unit: DistanceUnit) -> str:
    """A distance limit (a shoe's alert) rounded as a runner would: `500 mi`, `800 km`."""
    return f"{round_like_a_runner(km_to_unit(km, unit)):.0f} {unit}"


def pace_seconds(duration_s: float, km: float, unit: DistanceUnit) -> float | None:
    """Seconds per kilometre or per mile; None when there is no distance to divide by."""
    distance = km_to_unit(km, unit)
    if distance <= 0 or duration_s <= 0:
        return None
    return duration_s / distance


def format_pace(duration_s: float, km: float, unit: DistanceUnit) -> str:
    """`5:12 /km`; an em dash when the pace is unknown."""
    seconds = pace_seconds(duration_s, km, unit)
    if seconds is None or not math.isfinite(seconds):
        return "—"
    whole = round(seconds)
    return f"{whole // 60}:{whole % 60:02d} /{unit}"


def format_duration(duration_s: float) -> str:
    """`1:02:03` or `42:05`."""
    whole = max(0, round(duration_s))
    hours, rest = divmod(whole, 3600)
    minutes, seconds = divmod(rest, 60)
    if hours:
        return f"{hours}:{minutes:02d}:{seconds:02d}"
    return f"{minutes}:{seconds:02d}"


FEET_PER_METRE: Final = 3.280839895


def elevation_label(unit: DistanceUnit) -> str:
    """Climb is shown in feet to runners who use miles, in metres otherwise."""
    return "ft" if unit == "mi" else "m"


def metres_to_unit(metres: float, unit: DistanceUnit) -> float:
    return metres * FEET_PER_METRE if unit == "mi" else metres


def unit_to_metres(value: float, unit: DistanceUnit) -> float:
    return value / FEET_PER_METRE if unit == "mi" else value


def format_elevation(metres: float | None, unit: DistanceUnit) -> str:
    """`120 m` or `394 ft`; an em dash when unknown."""
    if metres is None:
        return "—"
    return f"{metres_to_unit(metres, unit):.0f} {elevation_label(unit)}"


_CLOCK: Final = re.compile(r"^(?:(\d+):)?(\d{1,2}):(\d{1,2})(?:[.,](\d+))?$")


def parse_duration(text: str) -> float | None:
    """`00:17:01`, `1:02:03`, `42:05` or `00:01:39,6` as seconds; plain numbers are seconds too."""
    value = text.strip()
    if value in ("", "--"):
        return None
    match = _CLOCK.match(value)
    if match is None:
        return float(value.replace(",", "."))
    hours, minutes, seconds, fraction = match.groups()
    total = float(int(hours or 0) * 3600 + int(minutes) * 60 + int(seconds))
    if fraction:
        total += float(f"0.{fraction}")
    return total
