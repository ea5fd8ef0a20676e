"""What happened to the files of an import, in words: why an activity was not taken as a run, and one file's
outcome in a line."""

from __future__ import annotations

from collections import Counter

from calfdesk.domain.plausibility import NotARun
from calfdesk.i18n import Texts, counted, number
from calfdesk.services.training import FileReport

_tr = Texts(__name__)


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
        kinds = ", ".join(f"{count} {kind}" for kind, count in report.skipped.most_common())
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
