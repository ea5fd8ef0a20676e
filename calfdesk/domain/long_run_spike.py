"""The spike guard: a run more than about 10% longer than the longest run of the 30 days before it.

In 5,205 runners (Frandsen 2025, BJSM) such runs came with a 64% higher injury rate, while weekly ratios
showed no such link (CLINICAL_NOTES.md section 5). Shown as information, never as a verdict; the words live
in resources/knowledge/readiness.toml [spike].
"""

from __future__ import annotations

from functools import cache
from typing import Any, Final

from calfdesk.assets import load_toml
from calfdesk.domain.content_tables import paragraph, required

SPIKE_PCT: Final = 10.0
WINDOW_DAYS: Final = 30


def spike_pct(distance_km: float, longest_km: float | None) -> float | None:
    """How far `distance_km` is over `longest_km`, in percent to one decimal (as shown, so 11 km after 10 km is
    10.0%, not a hair over); None when it is not longer or nothing compares."""
    if longest_km is None or longest_km <= 0 or distance_km <= longest_km:
        return None
    return round((distance_km / longest_km - 1) * 100, 1)


def is_spike(pct: float | None) -> bool:
    """More than about 10% over the longest run of the 30 days before."""
    return pct is not None and pct > SPIKE_PCT


def limit_km(longest_km: float) -> float:
    """The longest distance that stays within about 10% of `longest_km`."""
    return longest_km * (1 + SPIKE_PCT / 100)


@cache
def _words() -> dict[str, Any]:
    return dict(required(load_toml("knowledge", "readiness.toml"), "spike", dict, "readiness.toml"))


def title() -> str:
    return str(required(_words(), "title", str, "readiness.toml [spike]"))


def explanation() -> str:
    """The spike guard in plain words, shown once beside the runs table and the load chart."""
    return paragraph(_words(), "text", "readiness.toml [spike]")


def morning_after(distance: str, pct: float) -> str:
    """Today's note after yesterday's spike; `distance` already in the runner's unit."""
    text = paragraph(_words(), "morning_after", "readiness.toml [spike]")
    return text.format(distance_km=distance, spike_pct=f"{pct:.0f}")
