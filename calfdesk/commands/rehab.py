"""`plan ...`: rehab plans from the command line (list, start, today, check, uncheck, status and the
records that drive the suggestions: pain, morning check-in, heel-raise test, accept or decline)."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import Any

from calfdesk.commands import answer, opened_database, plan_json, printable
from calfdesk.domain.diary import parse_day, parse_int
from calfdesk.domain.rehab import PLAN_SIDES, SLOT_LABELS, SLOTS, Enrolment
from calfdesk.i18n import Texts, domain_word
from calfdesk.paths import database_path
from calfdesk.words.rehab import dose_words, session_words, suggestion_words

_tr = Texts(__name__)


def register(subparsers: Any) -> None:
    plan = subparsers.add_parser("plan", help=_tr("rehab plans: daily checklists progressed by pain"))
    commands = plan.add_subparsers(dest="plan_command", metavar="ACTION", required=True)

    listing = commands.add_parser("list", help=_tr("the plans you can start"))
    listing.add_argument("--json", action="store_true", help=_tr("a JSON array"))
    listing.set_defaults(handler=list_command)

    start = commands.add_parser("start", help=_tr("start a plan (one plan is active at a time)"))
    start.add_argument("plan_id", metavar="PLAN_ID")
    start.add_argument("--side", default="both", choices=PLAN_SIDES, help=_tr("the sore leg (default: both)"))
    start.add_argument(
        "--variant", metavar="VARIANT", help=_tr("a plan variant, e.g. insertional for the Achilles plan")
    )
    start.add_argument("--replace", action="store_true", help=_tr("abandon the active plan (its history is kept)"))
    start.add_argument(
        "--cleared",
        action="store_true",
        help=_tr("a clinician has cleared you for this plan (needed when your latest assessment advises against it)"),
    )
    _date_option(start)
    start.set_defaults(handler=start_command)

    today = commands.add_parser("today", help=_tr("today's checklist"))
    today.add_argument("--json", action="store_true")
    _date_option(today)
    today.set_defaults(handler=today_command)

    for name, done in (("check", True), ("uncheck", False)):
        tick = commands.add_parser(name, help=f"{'tick' if done else 'untick'} one checklist item")
        tick.add_argument("item_id", metavar="ITEM_ID", help=_tr("an id from 'plan today --json'"))
        _date_option(tick)
        tick.set_defaults(handler=check_command, done=done)

    status = commands.add_parser("status", help=_tr("phase, adherence and the current suggestion"))
    status.add_argument("--json", action="store_true")
    _date_option(status)
    status.set_defaults(handler=status_command)

    pain = commands.add_parser("pain", help=_tr("record pain during today's exercises (0-10)"))
    pain.add_argument("pain", metavar="N")
    pain.add_argument("--slot", default="day", choices=SLOTS, help=_tr("which session (default: day)"))
    _date_option(pain)
    pain.set_defaults(handler=pain_command)

    morning = commands.add_parser("morning", help=_tr("record this morning's pain and stiffness"))
    morning.add_argument("--pain", required=True, metavar="N")
    morning.add_argument("--stiffness-min", metavar="M", help=_tr("minutes of morning stiffness"))
    _date_option(morning)
    morning.set_defaults(handler=morning_command)

    test = commands.add_parser("heel-raise", help=_tr("record a single-leg heel-raise test"))
    test.add_argument("--left", required=True, metavar="N", help=_tr("raises on the left leg"))
    test.add_argument("--right", required=True, metavar="N", help=_tr("raises on the right leg"))
    test.add_argument("--hop-pain", metavar="N", help=_tr("pain (0-10) of ten hops on the sore leg, if tried"))
    _date_option(test)
    test.set_defaults(handler=heel_raise_command)

    export = commands.add_parser("export", help=_tr("write the running plan as a plan file a clinician can edit"))
    export.add_argument("path", metavar="PATH", type=Path, help=_tr("the plan file to write (TOML)"))
    export.add_argument("--clinician", metavar="NAME", help=_tr("the clinician's name to write into the file"))
    export.add_argument("--note", metavar="TEXT", help=_tr("the clinician's note to write into the file"))
    export.set_defaults(handler=export_command)

    plan_import = commands.add_parser(
        "import", help=_tr("check a clinician's plan file, show what it changes, and start it")
    )
    plan_import.add_argument("path", metavar="PATH", type=Path, help=_tr("the plan file to read (TOML)"))
    plan_import.add_argument("--dry-run", action="store_true", help=_tr("check and show the changes; start nothing"))
    plan_import.add_argument("--side", default="both", choices=PLAN_SIDES, help=_tr("the sore leg (default: both)"))
    plan_import.add_argument(
        "--replace", action="store_true", help=_tr("abandon the active plan (its history is kept)")
    )
    plan_import.add_argument(
        "--cleared",
        action="store_true",
        help=_tr("a clinician has cleared you for this plan (needed when your latest assessment advises against it)"),
    )
    plan_import.add_argument("--json", action="store_true", help=_tr("the plan file and its changes as JSON"))
    _date_option(plan_import)
    plan_import.set_defaults(handler=import_command)

    for name, accepted in (("accept", True), ("decline", False)):
        decide = commands.add_parser(name, help=f"{name} the current suggestion")
        _date_option(decide)
        decide.set_defaults(handler=decide_command, accepted=accepted)

    for name, finished in (("finish", True), ("abandon", False)):
        end = commands.add_parser(name, help=f"{name} the active plan (its history is kept)")
        _date_option(end)
        end.set_defaults(handler=end_command, finished=finished)


def _date_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--date", metavar="YYYY-MM-DD", help=_tr("act as if today were this date (default: today)"))


def _day(args: argparse.Namespace) -> dt.date:
    return parse_day(args.date, field_name="--date") if args.date else dt.date.today()


def list_command(args: argparse.Namespace, _data_dir: Path) -> int:
    from calfdesk.services import rehab

    plans = rehab.list_plans()
    return answer(
        args,
        [plan_json.plan_as_json(plan) for plan in plans],
        (
            f"{plan.id:<24} {plan.weeks:>2} "
            + _tr("weeks")
            + f"  {plan.name}"
            + ("  " + _tr("(variants: {variants})").format(variants=", ".join(plan.variants)) if plan.variants else "")
            for plan in plans
        ),
    )


def start_command(args: argparse.Namespace, data_dir: Path) -> int:
    from calfdesk.services import rehab

    day = _day(args)
    rehab.check_plan_choice(args.plan_id, side=args.side, variant=args.variant, today=day)
    with opened_database(data_dir) as db:
        enrolment = rehab.start_plan(
            db,
            args.plan_id,
            side=args.side,
            variant=args.variant,
            today=day,
            replace=args.replace,
            cleared=args.cleared,
        )
    variant = f" ({enrolment.variant})" if enrolment.variant else ""
    print(
        _tr("started {plan}{variant} on {day}, side {side}").format(
            plan=enrolment.plan_id, variant=variant, day=enrolment.started, side=enrolment.side
        )
    )
    if enrolment.cleared is not None:
        print(_cleared_words(enrolment))
    return 0


def _cleared_words(enrolment: Enrolment) -> str:
    assert enrolment.cleared is not None
    return _tr("recorded: a clinician has cleared you, against the assessment of {day} ({advice})").format(
        day=enrolment.cleared.assessment_date, advice=enrolment.cleared.advice
    )


def export_command(args: argparse.Namespace, data_dir: Path) -> int:
    from calfdesk.services import rehab

    with opened_database(data_dir) as db:
        enrolment = rehab.export_plan(db, args.path, clinician=args.clinician, note=args.note)
    print(
        _tr("wrote {path}: the running plan {plan} as a plan file").format(
            path=printable(args.path), plan=enrolment.plan_id
        )
    )
    return 0


def import_command(args: argparse.Namespace, data_dir: Path) -> int:
    """Check the file, show what it changes against the built-in plan, then start it through the same rules as
    `plan start` (nothing is written with --dry-run or on any problem)."""
    from calfdesk.services import rehab

    day = _day(args)
    plan_file = rehab.read_plan_file(args.path)
    rehab.check_plan_choice(plan_file.based_on, side=args.side, variant=None, today=day, plan_file=plan_file)
    differences = rehab.plan_file_differences(plan_file)
    lines = [
        _tr("plan file {file} by {clinician}, based on {plan}: {name}").format(
            file=printable(plan_file.file_name),
            clinician=printable(plan_file.clinician),
            plan=plan_file.based_on,
            name=printable(plan_file.plan.name),
        ),
        *(
            "  " + _tr("note: {note}").format(note=printable(line))
            for line in plan_file.note.splitlines()
            if line.strip()
        ),
        _tr("changes against the built-in plan: {count}").format(count=len(differences) or _tr("none")),
        *(f"  {printable(plan_json.difference_text(item))}" for item in differences),
    ]
    as_json: dict[str, object] = {
        "plan_file": plan_json.plan_file_as_json(plan_file),
        "changes": [plan_json.difference_as_json(item) for item in differences],
        "started": False,
    }
    if not args.dry_run:
        with opened_database(data_dir) as db:
            enrolment = rehab.start_plan(
                db,
                plan_file.based_on,
                side=args.side,
                today=day,
                replace=args.replace,
                cleared=args.cleared,
                plan_file=plan_file,
            )
        as_json["started"] = True
        lines.append(
            _tr("started {plan} from the plan file on {day}, side {side}").format(
                plan=enrolment.plan_id, day=enrolment.started, side=enrolment.side
            )
        )
        if enrolment.cleared is not None:
            lines.append(_cleared_words(enrolment))
    else:
        lines.append(_tr("dry run: nothing was started"))
        if not args.cleared and database_path(data_dir).exists():
            # What a start would meet: the same clearance `plan start` asks for, said before the runner tries (a
            # folder without a data file has no assessment, and a dry run creates none).
            with opened_database(data_dir) as db:
                advice = rehab.advice_against(db, plan_file.based_on, day)
            as_json["needs_cleared"] = advice is not None
            if advice is not None:
                lines.append(str(rehab.AdviceAgainstPlan(advice, plan_file.based_on)))
    return answer(args, as_json, lines)


def today_command(args: argparse.Namespace, data_dir: Path) -> int:
    from calfdesk.services import rehab

    with opened_database(data_dir) as db:
        today = rehab.today_plan(db, _day(args))
    if today is None:
        return answer(args, None, [_tr("no plan is active; start one with 'calfdesk plan start PLAN_ID'")])
    heading = _tr("{plan}: {phase} ({done}/{items} done)").format(
        plan=today.plan.name, phase=today.phase.name, done=today.done_count, items=len(today.items)
    )
    items = (
        f"  [{'x' if item.done else ' '}] {item.id:<48} {item.name}: "
        + dose_words(item.exercise, item.dose, item.plan_side)
        for item in today.items
    )
    return answer(args, plan_json.today_as_json(today), [heading, *items])


def check_command(args: argparse.Namespace, data_dir: Path) -> int:
    from calfdesk.services import rehab

    with opened_database(data_dir) as db:
        item = rehab.set_item_done(db, args.item_id, today=_day(args), done=args.done)
    done = _tr("done: {name} ({slot})") if args.done else _tr("not done: {name} ({slot})")
    print(done.format(name=item.name, slot=domain_word(SLOT_LABELS[item.slot])))
    return 0


def status_command(args: argparse.Namespace, data_dir: Path) -> int:
    from calfdesk.services import rehab

    with opened_database(data_dir) as db:
        status = rehab.plan_status(db, _day(args))
    if status is None:
        return answer(args, None, [_tr("no plan is active")])
    weekly = _tr("n/a") if status.weekly_percent is None else f"{status.weekly_percent:.0f}%"
    lines = [
        _tr("{plan}, since {day}").format(plan=status.plan.name, day=status.enrolment.started),
        _tr("phase: {name}: {goal}").format(name=status.phase.name, goal=status.phase.goal),
        _tr("load: {load}").format(load=status.load_label),
        _tr("last 7 days: {weekly} done, streak {streak} days").format(weekly=weekly, streak=status.streak),
    ]
    if status.suggestion is not None:
        lines.append(
            _tr("suggestion ({action}): {words}").format(
                action=status.suggestion.action, words=suggestion_words(status.suggestion)
            )
        )
    return answer(args, plan_json.status_as_json(status), lines)


def pain_command(args: argparse.Namespace, data_dir: Path) -> int:
    from calfdesk.services import rehab

    pain = parse_int(args.pain, "pain")
    with opened_database(data_dir) as db:
        rehab.record_session_pain(db, pain, slot=args.slot, day=_day(args))
    print(_tr("recorded pain {pain}/10 for the {slot} session").format(pain=pain, slot=session_words(args.slot)))
    return 0


def morning_command(args: argparse.Namespace, data_dir: Path) -> int:
    from calfdesk.services import rehab

    pain = parse_int(args.pain, "pain")
    stiffness = parse_int(args.stiffness_min, "stiffness_min") if args.stiffness_min is not None else None
    with opened_database(data_dir) as db:
        rehab.record_morning_check_in(db, _day(args), pain, stiffness)
    print(_tr("recorded morning pain {pain}/10").format(pain=pain))
    return 0


def heel_raise_command(args: argparse.Namespace, data_dir: Path) -> int:
    from calfdesk.services import rehab

    left, right = parse_int(args.left, "left_reps"), parse_int(args.right, "right_reps")
    hop = parse_int(args.hop_pain, "hop_pain") if args.hop_pain is not None else None
    with opened_database(data_dir) as db:
        test = rehab.record_heel_raise_test(db, _day(args), left, right, hop)
        enrolment = rehab.active_plan(db)
    index = test.symmetry_index(enrolment.side if enrolment is not None else "both")
    shown = _tr("n/a") if index is None else f"{index:.0f}%"
    print(
        _tr("recorded heel raises: left {left}, right {right}; sore side at {shown} of the other").format(
            left=left, right=right, shown=shown
        )
    )
    return 0


def decide_command(args: argparse.Namespace, data_dir: Path) -> int:
    from calfdesk.services import rehab

    with opened_database(data_dir) as db:
        suggestion = rehab.decide(db, accepted=args.accepted, day=_day(args), words=suggestion_words)
    decided = _tr("accepted: {action}") if args.accepted else _tr("declined: {action}")
    print(decided.format(action=suggestion.action))
    if suggestion.ends_loading:
        print(_tr("the plan has ended: see a clinician before loading the calf again"))
    return 0


def end_command(args: argparse.Namespace, data_dir: Path) -> int:
    from calfdesk.services import rehab

    with opened_database(data_dir) as db:
        enrolment = rehab.end_plan(db, today=_day(args), finished=args.finished)
    ended = _tr("finished {plan}") if args.finished else _tr("abandoned {plan}")
    print(ended.format(plan=enrolment.plan_id))
    return 0
