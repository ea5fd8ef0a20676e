"""What happened to the files of an import, in words: why an activity was not taken as a run, and one file's
outcome in a line."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from typing import Final

from calfdesk.domain.plausibility import NotARun
from calfdesk.i18n import Texts, counted, number
from calfdesk.importers.common import LeftOut
from calfdesk.services.training import FileReport

_tr = Texts(__name__)

# calfdesk's own reasons for leaving activities out, counted; any other reason is the activity's own type.
_LEFT_OUT: Final[dict[str, Callable[[int], str]]] = {
    LeftOut.NO_DISTANCE: lambda n: counted("%n runs without a distance", n),
    LeftOut.NO_TYPE: lambda n: counted("%n activities without a type", n),
    LeftOut.STANDING_STILL: lambda n: counted("%n tracks that do not move (no distance)", n),
    LeftOut.NO_DURATION: lambda n: counted("%n tracks whose times do not advance (no duration)", n),
    LeftOut.PLANNED: lambda n: counted("%n planned routes (their times are made up from a steady speed)", n),
    LeftOut.MULTISPORT: lambda n: counted("%n multisport outings (their legs are read on their own)", n),
    LeftOut.WORKOUT_WITHOUT_DISTANCE: lambda n: counted("%n running workouts without a distance", n),
    LeftOut.WORKOUT_BAD_DURATION: lambda n: counted("%n running workouts without a usable duration", n),
    LeftOut.WORKOUT_BAD_DISTANCE: lambda n: counted("%n running workouts without a usable distance", n),
}


def is_own_reason(kind: str) -> bool:
    """Whether activities were left out for one of calfdesk's own reasons, not for their type."""
    return kind in _LEFT_OUT


def left_out_words(kinds: Iterable[tuple[str, int]]) -> str:
    """Counts of activities left out, by reason: "2 runs without a distance, 3 Cycling" (a type as the file
    names it)."""
    return ", ".join(_LEFT_OUT[kind](count) if kind in _LEFT_OUT else f"{count} {kind}" for kind, count in kinds)


def not_a_run_words(reason: NotARun) -> str:
    """Why an activity was not taken as a run: "not a run: average 97 km/h"."""
    if reason.kind == "multisport":
        return _tr("not a run: the summary of a multisport file (its running legs are imported on their own)")
    if reason.kind == "too_fast":
        return _tr("not a run: average {kmh} km/h").format(kmh=number(reason.kmh, 0))
    if reason.kind == "fast_stretch":
        return _tr("not a run: a stretch at {kmh} km/h").format(kmh=number(reason.kmh, 0))
    return _tr("not a run: average {kmh} km/h is walking pace").format(kmh=number(reason.kmh, 1))


def file_words(report: FileReport) -> str:
    """One file's outcome: "added 3 runs, skipped 1 duplicate, …", or why it was not imported."""
    if report.error is not None:
        return _tr("not imported: {error}").format(error=report.error)
    parts = [
        _tr("added {runs}").format(runs=counted("%n runs", report.added)),
        _tr("skipped {duplicates}").format(duplicates=counted("%n duplicates", report.duplicates)),
    ]
    if report.merged:
        parts.append(
            _tr("merged {runs} with the same run from another source").format(runs=counted("%n runs", report.merged))
        )
    if report.skipped:
        kinds = left_out_words(report.skipped.most_common())
        parts.append(
            _tr("left out {activities} ({kinds})").format(
                activities=counted("%n other activities", report.skipped_count), kinds=kinds
            )
        )
    if report.not_taken:
        reasons = Counter(not_a_run_words(item.reason) for item in report.not_taken)
        listed = "; ".join(f"{count} × {reason}" if count > 1 else reason for reason, count in reasons.items())
        parts.append(
            _tr("not taken {activities} ({reasons})").format(
                activities=counted("%n activities", len(report.not_taken)), reasons=listed
            )
        )
    if report.new_shoes:
        parts.append(_tr("new shoes: {names}").format(names=", ".join(report.new_shoes)))
    return ", ".join(parts)
