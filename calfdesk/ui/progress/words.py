"""What the Progress page says about a measure: its name, its series and a chart's text description (the range,
the latest reading and the trend against the smallest change that matters)."""

from __future__ import annotations

from calfdesk.domain.measures import SCORE, Measure, Trend
from calfdesk.domain.measures.heel_raise import HOP_PAIN, LEFT, RATIO, RIGHT
from calfdesk.i18n import Texts, short_number
from calfdesk.services.measures import MeasureSummary
from calfdesk.ui.widgets.texts import short_date

_tr = Texts(__name__)


def measure_name(measure: Measure) -> str:
    """The measure's name as the runner reads it: calfdesk's own measures here, a pack's from its file (shown
    as plain text), else the id."""
    names = {
        "psfs": _tr("Activities you find hard (PSFS)"),
        "heel_raise": _tr("Single-leg heel-raise test"),
    }
    return names.get(measure.id, measure.title or measure.id)


def series_name(measure_id: str, series: str) -> str:
    """A series' name: the score, or an item (a PSFS activity is the runner's own words)."""
    if series == SCORE:
        return {"psfs": _tr("Mean of your activities"), "heel_raise": _tr("Sore leg")}.get(measure_id, _tr("Score"))
    if measure_id == "heel_raise":
        legs = {
            LEFT: _tr("Left leg"),
            RIGHT: _tr("Right leg"),
            RATIO: _tr("Sore side vs other"),
            HOP_PAIN: _tr("Hop pain"),
        }
        return legs.get(series, series)
    return series


def shown(value: float) -> str:
    """A measure's value with one decimal, none when it is whole: "12", "12.5" ("12,5" in German)."""
    return short_number(value)


def trend_words(measure_id: str, found: Trend, unit: str = "") -> str:
    """One sentence: from what to what, and whether that passes the smallest change that matters."""
    name = series_name(measure_id, found.series)

    def number(value: float) -> str:
        return shown(value) + unit

    if found.count < 2:
        return _tr("{name}: {latest} on {day}, the only reading so far.").format(
            name=name, latest=number(found.latest), day=short_date(found.latest_day, year=True)
        )
    start = _tr("{name}: {first} on {first_day}, {latest} on {latest_day}").format(
        name=name,
        first=number(found.first),
        first_day=short_date(found.first_day, year=True),
        latest=number(found.latest),
        latest_day=short_date(found.latest_day, year=True),
    )
    if found.smallest_change is None:
        return start + "."
    change = shown(abs(found.change))
    smallest = shown(found.smallest_change)
    if found.direction == "better":
        verdict = _tr("better by {change}, at least the {smallest} that matters").format(
            change=change, smallest=smallest
        )
    elif found.direction == "worse":
        verdict = _tr("worse by {change}, at least the {smallest} that matters").format(
            change=change, smallest=smallest
        )
    else:
        verdict = _tr("a change of {change}, less than the {smallest} that matters").format(
            change=change, smallest=smallest
        )
    return f"{start}: {verdict}."


def chart_description(summary: MeasureSummary, norm: int | None = None) -> str:
    """The chart's text: the scale and range of the score, then the trend of the score and of each item."""
    measure = summary.measure
    scores = [reading.score for reading in summary.readings if reading.score is not None]
    lines = []
    if scores:
        lines.append(
            _tr("{count} readings on a scale of {low} to {high}; from {lowest} to {highest}.").format(
                count=len(summary.readings),
                low=shown(measure.scale.low),
                high=shown(measure.scale.high),
                lowest=shown(min(scores)),
                highest=shown(max(scores)),
            )
        )
    lines.extend(
        trend_words(measure.id, found, "%" if measure.scale_for(found.series).unit == "%" else "")
        for found in summary.trends
    )
    if norm is not None and measure.id == "heel_raise":
        lines.append(_tr("The usual for your sex and age is {norm} raises (Hebert-Losier 2017).").format(norm=norm))
    return " ".join(lines)
