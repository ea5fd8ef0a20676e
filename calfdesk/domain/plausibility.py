"""Which activities are believable runs, and which of two records of the same run to keep.

An activity whose file names its sport is taken at its word, unless it is faster than any runner (25 km/h
on average). One without a declared sport (an old GPX track,
a FIT session marked "generic") is a run only when it moves like one: no runner holds 25 km/h for a minute
(the marathon record is about 21 km/h, the 5,000 m record under 24 km/h), a pace slower than about 6 km/h
is walking, and a track needs a duration. In a multisport file only the sessions that say "running" are runs;
the file's own summary session is the whole outing.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from calfdesk.domain.runs import Run
from calfdesk.domain.sources import run_source
from calfdesk.domain.track import haversine_from, smoothed

MAX_SUSTAINED_KMH: Final = 25.0
MAX_AVERAGE_KMH: Final = 25.0
MIN_AVERAGE_KMH: Final = 6.0
# A run-walk session averages under 6 km/h but holds running speed for minutes at a time.
RUNNING_STRETCH_KMH: Final = 8.0
SUSTAINED_WINDOW_S: Final = 60.0


@dataclass(frozen=True, slots=True)
class Movement:
    """What a file tells about an activity that did not declare its sport."""

    sustained_kmh: float | None = None
    multisport_whole: bool = False


def fastest_sustained_kmh(
    times_s: Sequence[float],
    points: Sequence[tuple[float, float]] | None = None,
    metres: Sequence[float] | None = None,
    window_s: float = SUSTAINED_WINDOW_S,
) -> float | None:
    """The fastest speed held over at least `window_s`, in km/h; None when the samples span less.

    With positions (median-smoothed first), the straight-line distance between the ends of each window is
    used, so a GPS point that jumps away and back adds nothing; with only cumulative distances (a FIT file
    without positions), their difference. Samples must be in time order.
    """
    count = len(times_s)
    if count < 2 or (points is None and metres is None):
        return None
    if points is not None:
        # A running median over 5 positions removes the single points GPS throws far off the track.
        latitudes, longitudes = smoothed([lat for lat, _ in points]), smoothed([lon for _, lon in points])
        # Each point's radians and cosine once, for `haversine_m` between the ends of every window.
        phis = list(map(math.radians, latitudes))
        cosines = list(map(math.cos, phis))
    fastest: float | None = None
    start = 0
    for end in range(1, count):
        # Keep the shortest window that still spans window_s: move `start` forward while it would.
        while start + 1 < end and times_s[end] - times_s[start + 1] >= window_s:
            start += 1
        span = times_s[end] - times_s[start]
        if span < window_s:
            continue
        if points is not None:
            covered = haversine_from(
                phis[start], cosines[start], longitudes[start], phis[end], cosines[end], longitudes[end]
            )
        else:
            assert metres is not None
            covered = metres[end] - metres[start]
        speed = covered / span * 3.6
        if fastest is None or speed > fastest:
            fastest = speed
    return fastest


def average_kmh(run: Run) -> float:
    return run.distance_km / (run.duration_s / 3600.0) if run.duration_s > 0 else math.inf


@dataclass(frozen=True, slots=True)
class NotARun:
    """Why an activity is not believable as a run, for the window and the command line to word
    (calfdesk.words.training): `multisport` (the summary of a multisport file, whose running legs are imported
    on their own), `too_fast` (an average of `kmh` no runner holds), `fast_stretch` (a stretch at `kmh`),
    `walking` (an average of `kmh`, walking pace)."""

    kind: str
    kmh: float = 0.0


def faster_than_running(run: Run) -> NotARun | None:
    """Why an activity is not believable as a run even when its file says it is one (a wrong sport, or
    figures in the wrong unit): an average no runner holds. None when it is not too fast."""
    average = average_kmh(run)
    return NotARun("too_fast", average) if average > MAX_AVERAGE_KMH else None


def not_a_run(run: Run, movement: Movement) -> NotARun | None:
    """Why an activity without a declared sport is not believable as a run, or None when it is."""
    if movement.multisport_whole:
        return NotARun("multisport")
    too_fast = faster_than_running(run)
    if too_fast is not None:
        return too_fast
    average = average_kmh(run)
    sustained = movement.sustained_kmh
    if sustained is not None and sustained > MAX_SUSTAINED_KMH:
        return NotARun("fast_stretch", sustained)
    if average < MIN_AVERAGE_KMH and (sustained is None or sustained < RUNNING_STRETCH_KMH):
        return NotARun("walking", average)
    return None


# The same run from two sources ------------------------------------------------------------------------


def detail(run: Run) -> int:
    """How much a record of a run tells: a recording beats a summary row, a known climb and shoe add."""
    score = 0
    source = run_source(run.source)
    if source.recorded:
        score += 2
    if source.device_totals:
        score += 1  # the device's own totals and the wall-clock offset
    if run.elevation_gain_m is not None:
        score += 2
    if run.gear or run.shoe_id is not None:
        score += 1
    if run.title:
        score += 1
    return score


def combined(kept: Run, other: Run) -> Run:
    """`kept` with what only `other` knows filled in: climb, title, shoe."""
    from dataclasses import replace

    return replace(
        kept,
        elevation_gain_m=kept.elevation_gain_m if kept.elevation_gain_m is not None else other.elevation_gain_m,
        title=kept.title or other.title,
        gear=kept.gear or other.gear,
    )


def better_of(first: Run, second: Run) -> Run:
    """The more detailed of two records of one run (the first on a tie), completed from the other."""
    if detail(second) > detail(first):
        return combined(second, first)
    return combined(first, second)
