"""Distance and climb of a recorded GPS track, for files that do not state their own totals."""

from __future__ import annotations

import itertools
import math
import operator
import statistics
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from operator import itemgetter
from typing import Final

EARTH_RADIUS_M: Final = 6_371_008.8
# A median over 5 samples removes single-sample spikes; the 2 m hysteresis ignores GPS and barometer
# jitter that would otherwise add up to tens of metres of phantom climb on a flat run.
ELEVATION_MEDIAN_WINDOW: Final = 5
ELEVATION_HYSTERESIS_M: Final = 2.0


def haversine_m(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance between two points in metres."""
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    return haversine_from(phi1, math.cos(phi1), lon1, phi2, math.cos(phi2), lon2)


def haversine_from(phi1: float, cos1: float, lon1: float, phi2: float, cos2: float, lon2: float) -> float:
    """`haversine_m` from each point's latitude in radians and its cosine (worked out once for a point that is
    measured from many times) and its longitude in degrees."""
    a = math.sin((phi2 - phi1) / 2) ** 2 + cos1 * cos2 * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 2 * EARTH_RADIUS_M * math.asin(min(1.0, math.sqrt(a)))


def track_length_m(points: Iterable[tuple[float, float]]) -> float:
    """Length of a track given as (latitude, longitude) pairs, in metres (the sum of `haversine_m` over
    consecutive points)."""
    return sum(steps_m(points))


def steps_m(points: Iterable[tuple[float, float]]) -> Iterator[float]:
    """The `haversine_m` distance from each point to the next, with each point's radians and cosine worked
    out once: tracks have thousands."""
    radians, sin, cos, asin, sqrt = math.radians, math.sin, math.cos, math.asin, math.sqrt
    diameter = 2 * EARTH_RADIUS_M
    iterator = iter(points)
    for lat, lon in iterator:
        phi1, lon1 = radians(lat), lon
        cos1 = cos(phi1)
        break
    else:
        return
    for lat, lon in iterator:
        phi2 = radians(lat)
        cos2 = cos(phi2)
        root = sqrt(sin((phi2 - phi1) / 2) ** 2 + cos1 * cos2 * sin(radians(lon - lon1) / 2) ** 2)
        yield diameter * asin(root if root < 1.0 else 1.0)  # as min(1.0, root), without a call
        phi1, lon1, cos1 = phi2, lon, cos2


def smoothed(values: Sequence[float], window: int = ELEVATION_MEDIAN_WINDOW) -> list[float]:
    """Centred running median; the ends are padded with the first and last sample so a steady climb keeps
    its full height."""
    half = window // 2
    if not values:
        return []
    padded = [values[0]] * half + list(values) + [values[-1]] * half
    if window % 2:
        # The middle of the sorted window is the median of an odd count (statistics.median does the same). The
        # windows are zipped from shifted copies and sorted by C calls, without a Python step per value.
        count = len(values)
        windows = zip(*(padded[start : start + count] for start in range(window)), strict=True)
        return list(map(itemgetter(half), map(sorted, windows)))
    return [statistics.median(padded[i : i + window]) for i in range(len(values))]


def elevation_gain_m(altitudes: Sequence[float], hysteresis_m: float = ELEVATION_HYSTERESIS_M) -> float | None:
    """Total climb of a track after smoothing; None when the track has no altitudes.

    A climb counts only once it rises `hysteresis_m` above the lowest point since the last counted climb.
    """
    if not altitudes:
        return None
    values = smoothed(altitudes)
    gain = 0.0
    reference = values[0]
    for value in values[1:]:
        if value - reference >= hysteresis_m:
            gain += value - reference
            reference = value
        elif value < reference:
            reference = value
    return gain


# A recording's clock follows the runner (stops, hills, surges): over a few minutes its times stray from any
# steady pace by far more than this. Times a planning site made up from a chosen speed stay within rounding.
PLANNED_MAX_STRAY_S: Final = 3.0
PLANNED_MIN_POINTS: Final = 20
PLANNED_MIN_SPAN_S: Final = 300.0
# A recording has one interval between most of its points (1 s, 5 s...); made-up times have no usual one.
PLANNED_MAX_STEADY_SHARE: Final = 0.5


def times_made_up(seconds: Sequence[float], points: Sequence[tuple[float, float]]) -> bool:
    """Whether a track's times were computed from a steady speed (a planned route given times by a planning
    site, such as GPSies' "route only" files) rather than recorded: its points lie where the route bends, so
    the time between them varies (a watch records at a steady interval), yet every time lies within a few
    seconds of the straight line that fits time to distance along the track."""
    count = len(seconds)
    if count < PLANNED_MIN_POINTS or count != len(points) or seconds[-1] - seconds[0] < PLANNED_MIN_SPAN_S:
        return False
    intervals = Counter(map(round, map(operator.sub, seconds[1:], seconds[:-1])))
    if intervals.most_common(1)[0][1] >= PLANNED_MAX_STEADY_SHARE * (count - 1):
        return False
    along = list(itertools.accumulate(steps_m(points), initial=0.0))
    mean_d = sum(along) / count
    mean_t = sum(seconds) / count
    spread = sum((d - mean_d) ** 2 for d in along)
    if spread <= 0:
        return False
    slope = sum((d - mean_d) * (t - mean_t) for d, t in zip(along, seconds, strict=True)) / spread
    if slope <= 0:
        return False
    strays = (abs(t - (mean_t + slope * (d - mean_d))) for d, t in zip(along, seconds, strict=True))
    return all(stray <= PLANNED_MAX_STRAY_S for stray in strays)
