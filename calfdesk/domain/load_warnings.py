"""Warnings about the current week's load and worn shoes, and the explanations shown beside the figures.

Texts come from resources/knowledge/training.toml; thresholds from CLINICAL_NOTES.md section 5.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any, Final

from calfdesk.assets import load_toml
from calfdesk.domain.content_tables import paragraph, required
from calfdesk.domain.shoes import Shoe
from calfdesk.domain.units import DistanceUnit, format_distance, format_elevation, format_limit
from calfdesk.domain.weekly_load import RATIO_WEEKS, WeekLoad, percent_change

HILL_RISE_PCT: Final = 30.0
HILL_MIN_GAIN_M: Final = 150.0
HILL_SESSIONS_WARN: Final = 2
SPEED_SESSIONS_WARN: Final = 2


@cache
def training_content() -> dict[str, Any]:
    return load_toml("knowledge", "training.toml")


def info_text(key: str) -> str:
    """Explanations shown beside the figures (`change`, `ratio`, `push_offs`, `shoes`)."""
    info = required(training_content(), "info", dict, "training.toml")
    return str(required(required(info, key, dict, "training.toml [info]"), "text", str, f"training.toml [info.{key}]"))


@dataclass(frozen=True, slots=True)
class LoadWarning:
    """A Today-page warning: what is high, why calfdesk says so, and what the article advises."""

    id: str
    title: str
    reason: str
    advice: str


def _warning(kind: str, reason_key: str = "reason", **values: str) -> LoadWarning:
    warnings = required(training_content(), "warnings", dict, "training.toml")
    text = required(warnings, kind, dict, "training.toml [warnings]")
    source = f"training.toml [warnings.{kind}]"
    return LoadWarning(
        id=kind,
        title=required(text, "title", str, source),
        reason=required(text, reason_key, str, source).format(**values),
        advice=paragraph(text, "advice", source),
    )


def _ramp_warning(weeks: Sequence[WeekLoad], unit: DistanceUnit) -> LoadWarning | None:
    for index in (len(weeks) - 1, len(weeks) - 2):
        if index < 3 or not weeks[index].ramp_flag:
            continue
        recent = weeks[index].distance_km + weeks[index - 1].distance_km
        before = weeks[index - 2].distance_km + weeks[index - 3].distance_km
        pct = weeks[index].two_week_change_pct
        assert pct is not None
        return _warning(
            "ramp",
            recent=format_distance(recent, unit),
            before=format_distance(before, unit),
            pct=f"{pct:.0f}%",
        )
    return None


def _hill_warning(weeks: Sequence[WeekLoad], unit: DistanceUnit) -> LoadWarning | None:
    if not weeks:
        return None
    current = weeks[-1]
    earlier = weeks[-1 - RATIO_WEEKS : -1]
    if len(earlier) == RATIO_WEEKS and current.elevation_gain_m >= HILL_MIN_GAIN_M:
        usual = sum(week.elevation_gain_m for week in earlier) / RATIO_WEEKS
        rise = percent_change(current.elevation_gain_m, usual)
        if rise is not None and rise > HILL_RISE_PCT:
            return _warning(
                "hill",
                gain=format_elevation(current.elevation_gain_m, unit),
                usual=format_elevation(usual, unit),
                pct=f"{rise:.0f}%",
            )
    if current.hill_runs >= HILL_SESSIONS_WARN:
        return _warning("hill", "reason_sessions", count=str(current.hill_runs))
    return None


def load_warnings(
    weeks: Sequence[WeekLoad], shoes: Iterable[Shoe] = (), unit: DistanceUnit = "km"
) -> list[LoadWarning]:
    """Warnings about the current week (the last in `weeks`) and active shoes past their alert.

    The ramp is checked on the current week and, since a week just begun has little distance yet, on the
    week before it too.
    """
    warnings: list[LoadWarning] = []
    ramp = _ramp_warning(weeks, unit)
    if ramp is not None:
        warnings.append(ramp)
    hill = _hill_warning(weeks, unit)
    if hill is not None:
        warnings.append(hill)
    if weeks and weeks[-1].speed_runs >= SPEED_SESSIONS_WARN:
        warnings.append(_warning("speed", count=str(weeks[-1].speed_runs)))
    for shoe in shoes:
        if shoe.past_alert and not shoe.retired:
            warnings.append(
                _warning(
                    "shoe",
                    name=shoe.name,
                    distance=format_distance(shoe.distance_km, unit, decimals=0),
                    alert=format_limit(shoe.alert_km, unit),
                )
            )
    return warnings
