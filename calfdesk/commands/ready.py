"""`ready`: "Ready to run today?", the checklist from the runner's own records (CLINICAL_NOTES.md 5a)."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import Any

from calfdesk.commands import answer, opened_database, runner_settings
from calfdesk.domain.diary import parse_day
from calfdesk.errors import InvalidInput
from calfdesk.i18n import Texts

_tr = Texts(__name__)


def _answers() -> dict[str, str]:
    return {
        "yes": _tr("Yes"),
        "not_yet": _tr("Not yet"),
        "not_today": _tr("Not today"),
    }


def _items() -> dict[str, str]:
    return {
        "red_flags": _tr("Warning signs"),
        "pain_monitoring": _tr("Pain in your last session"),
        "morning": _tr("This morning"),
        "heel_raise": _tr("Heel-raise test"),
        "hop": _tr("Hopping on the sore leg"),
        "plan": _tr("Your plan"),
        "planned_run": _tr("Today's run"),
    }


def register(subparsers: Any) -> None:
    ready = subparsers.add_parser("ready", help=_tr("ready to run today? a checklist from your own records"))
    ready.add_argument("--date", metavar="YYYY-MM-DD", help=_tr("act as if today were this date (default: today)"))
    ready.add_argument("--planned-km", metavar="K", help=_tr("the distance you plan to run today, in km"))
    ready.add_argument(
        "--planned-hard", action="store_true", help=_tr("today's run is a harder session: faster, intervals or hills")
    )
    ready.add_argument("--json", action="store_true", help=_tr("a JSON object"))
    ready.set_defaults(handler=ready_command)


def _planned_km(text: str | None) -> float | None:
    if text is None:
        return None
    try:
        value = float(text.replace(",", "."))
    except ValueError:
        raise InvalidInput(
            _tr("--planned-km: '{text}' is not a distance in km").format(text=text), field="planned_km"
        ) from None
    from calfdesk.services.readiness import check_planned_km

    return check_planned_km(value)


def ready_command(args: argparse.Namespace, data_dir: Path) -> int:
    from calfdesk.domain import readiness as rules
    from calfdesk.domain.units import format_distance
    from calfdesk.services import readiness

    day = parse_day(args.date, field_name="--date") if args.date else dt.date.today()
    planned = _planned_km(args.planned_km)
    settings = runner_settings(args, data_dir)
    with opened_database(data_dir) as db:
        result = readiness.ready_to_run(
            db,
            day,
            planned_km=planned,
            planned_hard=args.planned_hard,
            sex=settings.sex or None,
            birth_year=settings.birth_year or None,
        )
    shown = _answers()[result.answer]
    if result.see_clinician:
        shown = _tr("{answer}: see a clinician").format(answer=shown)
    lines = [_tr("Ready to run on {day}? {answer}").format(day=day, answer=shown)]
    statuses = {
        "green": _tr("green"),
        "amber": _tr("amber"),
        "red": _tr("red"),
    }
    items = _items()
    for item in result.items:
        words = rules.item_words(item, lambda km: format_distance(km, settings.units))
        lines.append(f"  [{statuses[item.status]}] {items[item.id]}: {words.reason}")
        if words.to_green:
            lines.append("          " + _tr("to make it green: {what}").format(what=words.to_green))
        lines.append("          " + _tr("source: {source}").format(source=item.source))
    if result.better_with:
        better = ", ".join(rules.measure_words(measure) for measure in result.better_with)
        lines.append(_tr("A better answer needs: {measures}.").format(measures=better))
    lines.append(rules.caveat())
    return answer(args, rules.readiness_as_json(result), lines)
