"""`runs`, `load` and `shoes`: training load and shoe wear from the command line."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from calfdesk.commands import answer, opened_database, printable, runner_settings
from calfdesk.domain.diary import parse_day
from calfdesk.domain.units import UNITS, check_unit
from calfdesk.errors import InvalidInput
from calfdesk.i18n import Texts, counted, number

_tr = Texts(__name__)

# A unit inside a sentence ("distances read in kilometres").
UNIT_IN_A_SENTENCE: Final = {"km": "kilometres", "mi": "miles"}

if TYPE_CHECKING:
    from calfdesk.domain.runs import Run
    from calfdesk.domain.shoes import Shoe
    from calfdesk.domain.weekly_load import WeekLoad
    from calfdesk.importers.common import UnitAssumption


def register(subparsers: Any) -> None:
    runs = subparsers.add_parser("runs", help=_tr("import and list runs"))
    runs_commands = runs.add_subparsers(dest="runs_command", metavar="ACTION", required=True)
    imp = runs_commands.add_parser(
        "import",
        help=_tr(
            "import run files, export archives (Strava, Garmin Connect, Apple Health) and folders "
            "(each file all or nothing)"
        ),
    )
    imp.add_argument("files", nargs="+", metavar="FILE", help=_tr("a run file, a zip archive or a folder"))
    imp.add_argument(
        "--include-skipped",
        action="store_true",
        help=_tr("also import activities without a declared sport that do not move like a run"),
    )
    imp.add_argument(
        "--csv-unit",
        default="km",
        choices=UNITS,
        help=_tr("unit of the distances in a Garmin Connect CSV (Garmin does not say; default km)"),
    )
    imp.set_defaults(handler=runs_import_command)
    listing = runs_commands.add_parser("list", help=_tr("list runs, oldest first"))
    listing.add_argument("--from", dest="start", metavar="D")
    listing.add_argument("--to", dest="end", metavar="D")
    listing.add_argument("--json", action="store_true", help=_tr("a JSON array; distances in km"))
    listing.set_defaults(handler=runs_list_command)

    load = subparsers.add_parser("load", help=_tr("weekly distance, climb, changes and 7:28-day ratio"))
    load.add_argument("--json", action="store_true", help=_tr("a JSON object; distances in km"))
    load.add_argument(
        "--week-start", metavar="DAY", help=_tr("first day of the week (default: the window's setting, else monday)")
    )
    load.set_defaults(handler=load_command)

    shoes = subparsers.add_parser("shoes", help=_tr("shoes and their mileage"))
    shoes_commands = shoes.add_subparsers(dest="shoes_command", metavar="ACTION", required=True)
    add = shoes_commands.add_parser("add", help=_tr("add a shoe and print its id"))
    add.add_argument("name", metavar="NAME")
    add.add_argument("--start-km", default="0", metavar="K", help=_tr("distance it already has (default 0)"))
    add.add_argument("--alert-km", default=None, metavar="K", help=_tr("alert distance (default 800 km, 500 mi)"))
    add.add_argument("--default", action="store_true", help=_tr("new runs go on this shoe"))
    add.set_defaults(handler=shoes_add_command)
    shoe_list = shoes_commands.add_parser("list", help=_tr("list shoes with their distance"))
    shoe_list.add_argument("--json", action="store_true", help=_tr("a JSON array; distances in km"))
    shoe_list.set_defaults(handler=shoes_list_command)
    retire = shoes_commands.add_parser("retire", help=_tr("retire a shoe"))
    retire.add_argument("id", metavar="ID")
    retire.set_defaults(handler=shoes_retire_command)


def _km(text: str, field: str) -> float:
    try:
        value = float(text.replace(",", "."))
    except ValueError:
        raise InvalidInput(
            _tr("{field}: '{text}' is not a distance in km").format(field=field, text=text), field=field
        ) from None
    return value


def unit_note(assumed: UnitAssumption) -> str:
    """Which unit a file's distances were read in, and why."""
    unit = _tr(UNIT_IN_A_SENTENCE[assumed.unit])
    if assumed.reason == "steps":
        return _tr("distances read in {unit}: the step length from Steps and Distance fits {unit} only").format(
            unit=unit
        )
    return _tr(
        "distances read in {unit}: the file does not say which unit it uses; give --csv-unit {other} if it was "
        "the other"
    ).format(unit=unit, other="km" if assumed.unit == "mi" else "mi")


def runs_import_command(args: argparse.Namespace, data_dir: Path) -> int:
    from calfdesk.services import training
    from calfdesk.words.training import file_words, not_a_run_words

    unit = check_unit(args.csv_unit)

    def file_done(item: training.FileReport) -> None:
        # Printed as each file is saved: a data-file problem later on still leaves an exact account.
        path = printable(item.name)
        if item.error is None:
            print(f"{path}: {printable(file_words(item))}", flush=True)
        else:
            print(f"calfdesk: {path}: {printable(item.error)}", file=sys.stderr, flush=True)
        for note in item.notes:
            print("  " + _tr("note: {note}").format(note=printable(note)), flush=True)
        if item.distance_unit is not None:
            print("  " + _tr("note: {note}").format(note=unit_note(item.distance_unit)), flush=True)
        for taken in item.not_taken:
            when = f"{taken.run.start:%Y-%m-%d %H:%M} {number(taken.run.distance_km, 2)} km"
            not_taken = _tr("not taken: {when}: {reason}").format(when=when, reason=not_a_run_words(taken.reason))
            print("  " + not_taken, flush=True)

    with opened_database(data_dir) as db:
        report = training.import_files(
            db,
            [Path(name) for name in args.files],
            csv_unit=unit,
            include_not_runs=args.include_skipped,
            labels=list(args.files),
            file_done=file_done,
        )
    ok = len(report.files) - len(report.failed)
    merged = (
        _tr(", merged {merged} with runs from another source").format(merged=report.merged) if report.merged else ""
    )
    print(
        _tr("added {runs} in all, skipped {duplicates}{merged}; {ok} of {files} read").format(
            runs=counted("%n runs", report.added),
            duplicates=counted("%n duplicates", report.duplicates),
            merged=merged,
            ok=ok,
            files=counted("%n files", len(report.files)),
        )
    )
    if report.ignored == 1:
        print(_tr("1 other file is not an activity file and was not read"))
    elif report.ignored:
        print(_tr("{ignored} other files are not activity files and were not read").format(ignored=report.ignored))
    if report.not_taken:
        print(
            counted(
                "%n activities do not look like runs and were not taken; `--include-skipped` imports them anyway",
                len(report.not_taken),
            )
        )
    return 2 if report.failed else 0


def runs_list_command(args: argparse.Namespace, data_dir: Path) -> int:
    from calfdesk.domain.long_run_spike import is_spike
    from calfdesk.domain.units import format_duration, format_pace
    from calfdesk.services import readiness, training

    start = parse_day(args.start, field_name="--from") if args.start else None
    end = parse_day(args.end, field_name="--to") if args.end else None
    with opened_database(data_dir) as db:
        runs = training.list_runs(db, start, end)
        spikes = readiness.long_run_spikes(db, start, end)

    def line(run: Run) -> str:
        climb = "" if run.elevation_gain_m is None else f"  +{run.elevation_gain_m:.0f} m"
        shoe = f"  [{printable(run.shoe_name)}]" if run.shoe_name else ""
        spike = spikes.get(run.id or 0)
        longer = "  " + _tr("{pct}% over the longest of 30 days").format(pct=f"{spike:.0f}") if is_spike(spike) else ""
        hill = "  " + _tr("hill") if run.hill_session else ""
        return (
            f"{run.id:>6}  {run.start:%Y-%m-%d %H:%M}  {number(run.distance_km, 2):>7} km"
            f"  {format_duration(run.duration_s):>8}"
            f"  {format_pace(run.duration_s, run.distance_km, 'km'):>10}{climb}{hill}{shoe}  {run.source}{longer}"
        )

    def as_json(run: Run) -> dict[str, object]:
        spike = spikes.get(run.id or 0)
        return {**training.run_as_json(run), "long_run_spike_pct": None if spike is None else round(spike, 1)}

    return answer(args, [as_json(run) for run in runs], map(line, runs))


def load_command(args: argparse.Namespace, data_dir: Path) -> int:
    from calfdesk.domain.weekly_load import parse_weekday
    from calfdesk.services import training

    first_weekday = parse_weekday(args.week_start) if args.week_start else runner_settings(args, data_dir).first_weekday
    with opened_database(data_dir) as db:
        weeks = training.training_load(db, first_weekday)

    def line(week: WeekLoad) -> str:
        change = (
            ""
            if week.change_pct is None
            else "  " + _tr("{pct}% on the week before").format(pct=f"{week.change_pct:+.0f}")
        )
        ratio = "" if week.acwr is None else "  " + _tr("7:28-day ratio {ratio}").format(ratio=number(week.acwr, 2))
        flag = "  " + _tr("ramp over 30% in two weeks") if week.ramp_flag else ""
        return (
            f"{week.week_start}  {number(week.distance_km, 1):>7} km  +{week.elevation_gain_m:5.0f} m"
            "  " + counted("%n runs", week.runs) + f"{change}{ratio}{flag}"
        )

    return answer(args, {"weeks": [training.week_as_json(week) for week in weeks]}, map(line, weeks))


def shoes_add_command(args: argparse.Namespace, data_dir: Path) -> int:
    from calfdesk.domain.shoes import DEFAULT_ALERT_KM, make_shoe
    from calfdesk.services import training

    shoe = make_shoe(
        name=args.name,
        start_km=_km(args.start_km, "--start-km"),
        alert_km=DEFAULT_ALERT_KM if args.alert_km is None else _km(args.alert_km, "--alert-km"),
        is_default=args.default,
    )
    with opened_database(data_dir) as db:
        saved = training.add_shoe(db, shoe)
    print(saved.id)
    return 0


def shoes_list_command(args: argparse.Namespace, data_dir: Path) -> int:
    from calfdesk.services import training

    with opened_database(data_dir) as db:
        shoes = training.list_shoes(db)

    def line(shoe: Shoe) -> str:
        marks = [mark for mark, on in ((_tr("default"), shoe.is_default), (_tr("retired"), shoe.retired)) if on]
        if shoe.past_alert and not shoe.retired:
            marks.append(_tr("PAST ALERT: consider replacing"))
        extra = f"  ({', '.join(marks)})" if marks else ""
        distance = _tr("{distance} of {alert} km").format(
            distance=f"{shoe.distance_km:.0f}", alert=f"{shoe.alert_km:.0f}"
        )
        return f"{shoe.id:>4}  {printable(shoe.name)}  {distance}{extra}"

    return answer(args, [training.shoe_as_json(shoe) for shoe in shoes], map(line, shoes))


def shoes_retire_command(args: argparse.Namespace, data_dir: Path) -> int:
    from calfdesk.services import training

    try:
        shoe_id = int(args.id)
    except ValueError:
        raise InvalidInput(
            _tr("ID: '{id}' is not a shoe id; see `calfdesk shoes list`").format(id=args.id), field="id"
        ) from None
    with opened_database(data_dir) as db:
        shoe = training.retire_shoe(db, shoe_id)
    print(_tr("retired {name} at {distance} km").format(name=printable(shoe.name), distance=f"{shoe.distance_km:.0f}"))
    return 0
