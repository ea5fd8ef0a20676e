"""The report's sections as HTML for QTextDocument, from what `services.report` gathers: the latest
assessment, soreness, heel-raise tests, rehab plans, training load and shoes, and notes."""

from __future__ import annotations

import datetime as dt
from html import escape
from typing import Final

from PySide6.QtGui import QPageSize

from calfdesk import __version__
from calfdesk.domain import long_run_spike
from calfdesk.domain.assessment_content import NOT_SURE, load_content
from calfdesk.domain.assessment_result import SavedAssessment
from calfdesk.domain.diary import CONTEXT_LABELS
from calfdesk.domain.measures import Measure
from calfdesk.domain.runs import HILL_CLIMB_M_PER_KM
from calfdesk.domain.units import format_distance, format_limit
from calfdesk.i18n import Texts, number
from calfdesk.services.report import PlanWeeks, ReportData
from calfdesk.ui.widgets.texts import counted, domain_word, short_date

PAGE_SIZES: Final = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}
TRIAGE_WORDS: Final = {
    "emergency": "Emergency",
    "urgent": "See a doctor today",
    "see_clinician": "See a clinician",
    "self_care": "Self-care",
}
# The fixed timing words of the triage (CLINICAL_NOTES.md section 4), marked for translation where shown.
WHEN_WORDS: Final = {"now": "call now", "today": "today", "within_days": "within a few days, at most a week"}
# Where a plan stands (calfdesk.domain.rehab.plans.STATUSES), in the report's words.
PLAN_STATUS_WORDS: Final = {"active": "active", "finished": "finished", "abandoned": "abandoned"}
DISCLAIMER: Final = (
    "calfdesk is an educational self-assessment and self-care tracker and does not diagnose. The assessment and "
    "every figure here come from the runner's own answers and records, for discussion with a clinician."
)
CHART_URL: Final = "calfdesk://soreness-chart"
# QTextDocument.print_ lays the text out at 96 units per inch inside margins of 2 cm of its own.
UNITS_PER_MM: Final = 96 / 25.4
PRINT_MARGIN_MM: Final = 20


_tr = Texts(__name__)


def _table(headers: list[str], rows: list[list[str]], *, empty: str) -> str:
    if not rows:
        return f'<p class="muted">{escape(empty)}</p>'
    head = "".join(f"<th>{escape(text)}</th>" for text in headers)
    body = "".join("<tr>" + "".join(f"<td>{escape(cell)}</td>" for cell in row) + "</tr>" for row in rows)
    return (
        f'<table class="grid" cellspacing="0" cellpadding="4" width="100%"><thead><tr>{head}</tr></thead>'
        f"<tbody>{body}</tbody></table>"
    )


def _day(day: dt.date) -> str:
    return short_date(day, year=True)


def _short_day(day: dt.date) -> str:
    return short_date(day)


def _assessment_html(saved: SavedAssessment | None) -> str:
    if saved is None:
        return '<p class="muted">' + _tr("No assessment was taken by the end of this period.") + "</p>"
    result = saved.result
    triage = _tr(TRIAGE_WORDS[result.triage]) if result.triage in TRIAGE_WORDS else result.triage
    # The headline in brackets only where it says more than the triage word ("See a doctor today" twice).
    headline = f" ({escape(result.headline)})" if result.headline and result.headline != triage else ""
    parts = [
        _tr("<p>Taken on {day} at {time:%H:%M}. <b>Triage: {triage}</b>{headline}. {what_to_do}</p>").format(
            day=_day(saved.taken_at.date()),
            time=saved.taken_at,
            triage=escape(triage),
            headline=headline,
            what_to_do=escape(result.what_to_do),
        )
    ]
    if result.when is not None:
        parts.append(
            _tr("<p><b>When to be seen:</b> {when}.</p>").format(
                when=escape(_tr(WHEN_WORDS[result.when]) if result.when in WHEN_WORDS else result.when)
            )
        )
    if result.red_flags:
        flags = "".join(f"<li><b>{escape(flag.message)}</b> {escape(flag.why)}</li>" for flag in result.red_flags)
        parts.append(_tr("<p><b>Warning signs in the answers</b></p><ul>{flags}</ul>").format(flags=flags))
    parts.append(_screen_html(saved))
    if result.unscreened:
        questions = load_content().questions
        signs = "; ".join(questions[key].sign if key in questions else key for key in result.unscreened)
        parts.append(_tr("<p><b>Warning signs not answered yes or no:</b> {signs}.</p>").format(signs=escape(signs)))
    if result.outside_the_four:
        # Pointing away from the four causes: no fit against them, what a clinician would look for instead.
        content = load_content()
        looks = "".join(f"<li>{escape(content.outside_names.get(item, item))}</li>" for item in result.outside_the_four)
        parts.append(
            _tr("<p><b>{headline}.</b> {intro}</p><ul>{looks}</ul>").format(
                headline=escape(content.outside_headline), intro=escape(content.outside_intro), looks=looks
            )
        )
        return "".join(parts)
    fitting = [condition for condition in result.conditions if condition.score > 0]
    fit = load_content().fit_words
    rows = [[condition.name, fit(condition.score), " ".join(condition.reasons)] for condition in fitting]
    parts.append(
        _table(
            [_tr("Possible cause"), _tr("Fit"), _tr("Answers behind it")],
            rows,
            empty=_tr("No cause fitted the answers."),
        )
    )
    others = [condition.name for condition in result.conditions if condition.score <= 0]
    if others:
        parts.append(_tr("<p>Not fitting the answers: {causes}.</p>").format(causes=escape(", ".join(others))))
    if result.contributing_factors:
        factors = ", ".join(escape(factor.title.lower()) for factor in result.contributing_factors)
        parts.append(_tr("<p>Training factors the runner ticked point to: {factors}.</p>").format(factors=factors))
    return "".join(parts)


def _screen_answer(saved: SavedAssessment, key: str) -> str:
    """One warning-sign answer as the runner gave it: yes, no, "not sure" (quoted), or not answered."""
    value = saved.answers.get(key)
    if value is None:
        return _tr("not answered")
    if value == NOT_SURE:
        return _tr('"not sure"')
    if isinstance(value, bool):
        return _tr("yes") if value else _tr("no")
    if isinstance(value, tuple):
        question = load_content().questions[key]
        return "; ".join(question.option(item).label for item in value) if value else _tr("none of these")
    return str(value)


def _screen_html(saved: SavedAssessment) -> str:
    """The warning-sign screen as answered, so that a clinician sees what was asked and what was said."""
    content = load_content()
    page = next((page for page in content.pages if page.required), None)
    if page is None:
        return ""
    # The warning-signs page, then the warning signs asked elsewhere (the pop, with how it started).
    keys = [*page.questions, *(sign.id for sign in content.warning_signs if sign.id not in page.questions)]
    rows = [[content.questions[key].sign or content.questions[key].wording, _screen_answer(saved, key)] for key in keys]
    return _tr("<p><b>Warning signs screened</b></p>") + _table(
        [_tr("Warning sign"), _tr("Answer")], rows, empty=_tr("No warning signs were asked.")
    )


def _soreness_html(data: ReportData) -> str:
    summary = _tr("No soreness was logged in this period.")
    if data.entries:
        values = [entry.soreness for entry in data.entries]
        summary = _tr("{entries} on {days}; mean {mean}, worst {worst}.").format(
            entries=counted("%n entries", len(data.entries)),
            days=counted("{logged} of %n days", (data.end - data.start).days + 1).format(logged=len(data.daily)),
            mean=number(sum(values) / len(values), 1),
            worst=max(values),
        )
    rows = [
        [
            _short_day(week.week_start),
            str(week.days_logged),
            number(week.mean, 1),
            str(week.worst),
            "—"
            if week.mean_stiffness_min is None
            else _tr("{minutes:.0f} min").format(minutes=week.mean_stiffness_min),
        ]
        for week in data.weeks
    ]
    table = _table(
        [_tr("Week from"), _tr("Days logged"), _tr("Mean"), _tr("Worst"), _tr("Morning stiffness (mean)")],
        rows,
        empty=_tr("No entries."),
    )
    return f'<p>{summary}</p><p><img src="{CHART_URL}" width="{_chart_width(data.page_size)}"></p>{table}'


def _chart_width(page_size: str) -> int:
    """The chart's width on the page, in document units: the text width less a little room."""
    page_mm = QPageSize(PAGE_SIZES[page_size]).size(QPageSize.Unit.Millimeter).width()
    return int((page_mm - 2 * PRINT_MARGIN_MM) * UNITS_PER_MM) - 16


def _heel_raise_html(data: ReportData) -> str:
    sore = {"left": _tr("left leg"), "right": _tr("right leg")}.get(data.heel_raise_side, _tr("weaker leg"))
    rows = [
        [_day(row.day), str(row.left), str(row.right), "—" if row.ratio_pct is None else f"{row.ratio_pct:.0f}%"]
        for row in data.heel_raises
    ]
    note = _tr(
        "<p>Single-leg heel raises to fatigue. The side-to-side ratio is the {leg} against the other leg "
        "(100% is level).</p>"
    ).format(leg=sore)
    return note + _table(
        [_tr("Date"), _tr("Left"), _tr("Right"), _tr("Side-to-side ratio")], rows, empty=_tr("No test in this period.")
    )


def _measures_html(data: ReportData) -> str:
    """Each measure: its readings, then each series from first to latest against the smallest change that
    matters. Activities are the runner's words, escaped like every cell."""
    from calfdesk.domain.measures import SCORE, item_names
    from calfdesk.ui.progress.words import measure_name, series_name, shown

    if not data.measures:
        return '<p class="muted">' + _tr("No measure was taken in this period.") + "</p>"
    parts = []
    for summary in data.measures:
        measure_id = summary.measure.id
        names = item_names(summary.readings)
        rows = [
            [_day(reading.day), "—" if reading.score is None else shown(reading.score)]
            + [
                "—" if (value := reading.item(name)) is None else shown(value) + _percent(summary.measure, name)
                for name in names
            ]
            for reading in summary.readings
        ]
        headers = [_tr("Date"), series_name(measure_id, SCORE), *(series_name(measure_id, name) for name in names)]
        changes = [
            [
                series_name(measure_id, found.series),
                shown(found.first) + _percent(summary.measure, found.series),
                shown(found.latest) + _percent(summary.measure, found.series),
                ("+" if found.change >= 0 else "") + shown(found.change) + _percent(summary.measure, found.series),
                "—" if found.smallest_change is None else shown(found.smallest_change),
                _passes(found.direction, found.smallest_change, found.count),
            ]
            for found in summary.trends
        ]
        parts.append(
            f"<h3>{escape(measure_name(summary.measure))}</h3>"
            + _licence(summary.measure)
            + _table(headers, rows, empty=_tr("No reading in this period."))
            + "<p>"
            + escape(_tr("From the first to the latest reading of the period:"))
            + "</p>"
            + _table(
                [
                    _tr("Series"),
                    _tr("First"),
                    _tr("Latest"),
                    _tr("Change"),
                    _tr("Smallest change that matters"),
                    _tr("Passes it?"),
                ],
                changes,
                empty="",
            )
        )
    return "".join(parts)


def _licence(measure: Measure) -> str:
    if not measure.licence_holder:
        return ""
    words = _tr("A questionnaire pack given under the licence of {holder}.").format(holder=measure.licence_holder)
    return f'<p class="muted">{escape(words)}</p>'


def _percent(measure: Measure, series: str) -> str:
    return "%" if measure.scale_for(series).unit == "%" else ""


def _passes(direction: str, smallest: float | None, count: int) -> str:
    if smallest is None:
        return "—"
    if count < 2:
        return _tr("one reading only")
    return {"better": _tr("yes, better"), "worse": _tr("yes, worse")}.get(direction, _tr("no"))


def _plans_html(data: ReportData) -> str:
    if not data.plans:
        return '<p class="muted">' + _tr("No rehab plan ran in this period.") + "</p>"
    parts = []
    for plan in data.plans:
        rows = [
            [
                _short_day(week.week_start),
                _tr("{done} of {total}").format(done=week.done, total=week.total),
                f"{week.percent}%" if week.percent else "—",
            ]
            for week in plan.weeks
        ]
        parts.append(
            _tr("<p><b>{plan}</b>, started {day} ({status})</p>").format(
                plan=escape(plan.plan_name),
                day=_day(plan.started),
                status=_tr(PLAN_STATUS_WORDS.get(plan.status, plan.status)),
            )
        )
        if plan.cleared is not None and plan.cleared.assessment_id is None:
            parts.append(
                _tr(
                    "<p><b>Started after the plan that ended on {day}</b> with the advice to stop loading and see a "
                    "clinician ({advice}). The runner answered that a clinician had cleared them.</p>"
                ).format(day=_day(plan.cleared.assessment_date), advice=escape(plan.cleared.advice))
            )
        elif plan.cleared is not None:
            parts.append(
                _tr(
                    "<p><b>Started against the assessment of {day}</b>, which advised: {advice}. The runner "
                    "answered that a clinician had cleared them for this plan.</p>"
                ).format(day=_day(plan.cleared.assessment_date), advice=escape(plan.cleared.advice))
            )
        if plan.ended is not None and plan.ended_reason:
            parts.append(
                _tr(
                    "<p><b>Ended on {day} on the plan's advice to stop loading and see a clinician</b>: {reason}</p>"
                ).format(day=_day(plan.ended), reason=escape(plan.ended_reason))
            )
        parts.append(_plan_file_html(plan))
        parts.append(
            _table([_tr("Week from"), _tr("Items done"), _tr("Adherence")], rows, empty=_tr("No items were due."))
        )
    return "".join(parts)


def _plan_file_html(plan: PlanWeeks) -> str:
    """Whose plan file the plan came from, its note, and what it changed in the built-in plan (or that it ran
    as built in)."""
    if plan.plan_file is None:
        return _tr("<p>The built-in plan “{plan}”, as calfdesk ships it.</p>").format(plan=escape(plan.built_in_name))
    from calfdesk.domain.rehab import load_catalog
    from calfdesk.ui.rehab.plan_changes import change_cells, change_headers

    source = plan.plan_file
    parts = [
        _tr("<p><b>From a plan file by {clinician}</b> ({file}), adapted from the built-in plan “{plan}”.</p>").format(
            clinician=escape(source.clinician), file=escape(source.file_name), plan=escape(plan.built_in_name)
        )
    ]
    if source.note:
        note = "<br>".join(escape(line) for line in source.note.splitlines())
        parts.append(_tr("<p>Clinician's note: {note}</p>").format(note=note))
    catalog = load_catalog()
    rows = [change_cells(change, source, catalog) for change in plan.changes]
    parts.append(_table(change_headers(), rows, empty=_tr("The plan file is the same as the built-in plan.")))
    return "".join(parts)


def _training_html(data: ReportData) -> str:
    unit = data.unit
    rows = [
        [
            _short_day(week.week_start),
            format_distance(week.distance_km, unit),
            str(week.runs),
            str(week.hill_runs),
            "—" if week.change_pct is None else f"{week.change_pct:+.0f}%",
            "—" if week.acwr is None else number(week.acwr, 2),
        ]
        for week in data.load
    ]
    table = _table(
        [_tr("Week from"), _tr("Distance"), _tr("Runs"), _tr("Hill runs"), _tr("Change"), _tr("7:28-day ratio")],
        rows,
        empty=_tr("No runs logged."),
    )
    hill_rule = _tr("Hill runs climbed {climb:.0f} m or more per km, or were marked as hill sessions.").format(
        climb=HILL_CLIMB_M_PER_KM
    )
    notes = [hill_rule] if data.load else []
    if any(week.acwr is None for week in data.load):
        notes.append(_tr("The 7:28-day ratio shows — until 28 days of runs exist."))
    ratio_note = f'<p class="muted">{escape(" ".join(notes))}</p>' if notes else ""
    shoe_rows = [
        [
            _tr("{shoe} (retired)").format(shoe=shoe.name) if shoe.retired else shoe.name,
            format_distance(shoe.distance_km, unit, decimals=0),
            format_limit(shoe.alert_km, unit),
        ]
        for shoe in data.shoes
    ]
    shoes = _table([_tr("Shoe"), _tr("Distance"), _tr("Replace at about")], shoe_rows, empty=_tr("No shoes logged."))
    return f"{table}{ratio_note}{_spikes_html(data)}<h3>{_tr('Shoes')}</h3>{shoes}"


def _spikes_html(data: ReportData) -> str:
    """How many runs of the period were much longer than the 30 days before them, and which."""
    summary = _tr("Runs more than 10% longer than the longest run of the 30 days before them: {count}.").format(
        count=len(data.spikes)
    )
    runs = ", ".join(
        _tr("{day} ({distance}, +{pct}%)").format(
            day=_short_day(spike.day), distance=format_distance(spike.distance_km, data.unit), pct=f"{spike.pct:.0f}"
        )
        for spike in data.spikes
    )
    return f"<p>{escape(summary)}{' ' + escape(runs) if runs else ''}</p>" + (
        f'<p class="muted">{escape(long_run_spike.explanation())}</p>' if data.spikes else ""
    )


def _notes_html(data: ReportData) -> str:
    rows = [
        [
            f"{_day(entry.local_date)} {entry.local_time:%H:%M}",
            domain_word(CONTEXT_LABELS.get(entry.context, entry.context)),
            str(entry.soreness),
            entry.notes.strip(),
        ]
        for entry in data.notes
    ]
    return _table(
        [_tr("When"), _tr("Context"), _tr("Soreness"), _tr("Note")], rows, empty=_tr("No notes in this period.")
    )


STYLE: Final = """
body { color: #1d2a33; font-size: 10pt; }
h1 { font-size: 18pt; margin-bottom: 2px; }
h2 { font-size: 13pt; margin-top: 16px; margin-bottom: 4px; color: #0f4c47; }
h3 { font-size: 10pt; margin-top: 10px; margin-bottom: 4px; }
.muted { color: #5f6b73; }
table.grid { border-collapse: collapse; border: 1px solid #b8c0c4; }
table.grid th { background: #e8eef0; border: 1px solid #b8c0c4; text-align: left; }
table.grid td { border: 1px solid #b8c0c4; }
"""


def report_html(data: ReportData) -> str:
    sections = [
        (_tr("Latest assessment"), _assessment_html(data.assessment)),
        (_tr("Soreness"), _soreness_html(data)),
        (_tr("Heel-raise test"), _heel_raise_html(data)),
        (_tr("Measures over time"), _measures_html(data)),
        (_tr("Rehab plan adherence"), _plans_html(data)),
        (_tr("Training load and shoes"), _training_html(data)),
        (_tr("Notes"), _notes_html(data)),
    ]
    body = "".join(f"<h2>{escape(title)}</h2>{html}" for title, html in sections)
    return (
        "<html><body><h1>"
        + _tr("calfdesk report: {start} to {end}").format(start=_day(data.start), end=_day(data.end))
        + '</h1><p class="muted">'
        + _tr("Made on {day} with calfdesk {version}.").format(day=_day(data.made_on), version=__version__)
        + f" {escape(_tr(DISCLAIMER))}</p>{body}</body></html>"
    )
