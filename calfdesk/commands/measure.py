"""`measure ...`: measures taken on a date from the command line: the PSFS activities and this week's scores,
and every reading (the heel-raise tests among them)."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import Any

from calfdesk.commands import answer, opened_database, printable
from calfdesk.domain.diary import parse_day, parse_int
from calfdesk.i18n import Texts, number, short_number

_tr = Texts(__name__)


def register(subparsers: Any) -> None:
    measure = subparsers.add_parser("measure", help=_tr("measures over time: PSFS, heel-raise tests"))
    commands = measure.add_subparsers(dest="measure_command", metavar="MEASURE", required=True)

    psfs = commands.add_parser("psfs", help=_tr("Patient-Specific Functional Scale: your own activities, scored 0-10"))
    actions = psfs.add_subparsers(dest="psfs_command", metavar="ACTION", required=True)
    choose = actions.add_parser("set", help=_tr("name the 3 to 5 activities the calf makes hard"))
    choose.add_argument("activities", metavar="ACTIVITY", nargs="+")
    choose.set_defaults(handler=psfs_set_command)
    add = actions.add_parser("add", help=_tr("this week's scores, one 0-10 per activity, in order"))
    add.add_argument("scores", metavar="SCORE", nargs="+")
    add.add_argument("--date", metavar="YYYY-MM-DD", help=_tr("the day of the scores (default: today)"))
    add.set_defaults(handler=psfs_add_command)

    pack = commands.add_parser("pack", help=_tr("questionnaire packs a licensed clinician gave you"))
    pack_actions = pack.add_subparsers(dest="pack_command", metavar="ACTION", required=True)
    pack_add = pack_actions.add_parser("add", help=_tr("check a pack file and keep it"))
    pack_add.add_argument("path", metavar="PATH")
    pack_add.set_defaults(handler=pack_add_command)
    pack_list = pack_actions.add_parser("list", help=_tr("the packs you have, with their questions"))
    pack_list.add_argument("--json", action="store_true", help=_tr("a JSON array"))
    pack_list.set_defaults(handler=pack_list_command)
    pack_answer = pack_actions.add_parser("answer", help=_tr("your answers, one per question, in order"))
    pack_answer.add_argument("pack_id", metavar="PACK_ID")
    pack_answer.add_argument("answers", metavar="ANSWER", nargs="+")
    pack_answer.add_argument("--date", metavar="YYYY-MM-DD", help=_tr("the day of the answers (default: today)"))
    pack_answer.set_defaults(handler=pack_answer_command)

    listing = commands.add_parser("list", help=_tr("every reading, measure by measure, each oldest first"))
    listing.add_argument("--kind", metavar="KIND", help=_tr("only this measure (psfs, heel_raise, ...)"))
    listing.add_argument("--json", action="store_true", help=_tr("a JSON array"))
    listing.set_defaults(handler=list_command)


def psfs_set_command(args: argparse.Namespace, data_dir: Path) -> int:
    from calfdesk.domain.measures import psfs
    from calfdesk.services import measures

    activities = psfs.make_activities(args.activities)
    with opened_database(data_dir) as db:
        measures.set_psfs_activities(db, activities)
    for position, name in enumerate(activities, start=1):
        print(f"{position}. {printable(name)}")
    return 0


def psfs_add_command(args: argparse.Namespace, data_dir: Path) -> int:
    from calfdesk.services import measures

    scores = [parse_int(text, f"score {number}") for number, text in enumerate(args.scores, start=1)]
    day = parse_day(args.date, field_name="--date") if args.date else dt.date.today()
    with opened_database(data_dir) as db:
        reading = measures.add_psfs(db, day, scores)
    mean = "—" if reading.score is None else number(reading.score, 1)
    print(_tr("PSFS of {day}: mean {mean}/10 (id {id})").format(day=reading.day, mean=mean, id=reading.id))
    return 0


def list_command(args: argparse.Namespace, data_dir: Path) -> int:
    from calfdesk.domain import measures as registry
    from calfdesk.errors import InvalidInput
    from calfdesk.services import measures

    with opened_database(data_dir) as db:
        known = [measure.id for measure in measures.known_measures(db)]
        if args.kind is not None and args.kind not in known:
            raise InvalidInput(
                _tr("--kind: '{kind}' is not a measure; use one of {known}").format(
                    kind=args.kind, known=", ".join(known)
                ),
                field="kind",
            )
        readings = measures.list_readings(db, args.kind)
    lines = []
    for reading in readings:
        score = "" if reading.score is None else short_number(reading.score)
        items = ", ".join(
            f"{item.name} {'' if item.value is None else short_number(item.value)}" for item in reading.items
        )
        lines.append(printable(f"{reading.day}  {reading.kind}  {score}  ({items})"))
    return answer(args, [registry.reading_as_json(reading) for reading in readings], lines or [_tr("No measures yet.")])


def pack_add_command(args: argparse.Namespace, data_dir: Path) -> int:
    from calfdesk.services import measures

    text = measures.read_pack_file(Path(args.path))
    with opened_database(data_dir) as db:
        pack = measures.add_pack(db, text)
    added = _tr("added {name} ({id}): {questions} questions, licensed to {holder}").format(
        name=pack.name, id=pack.id, questions=len(pack.items), holder=pack.licence_holder
    )
    print(printable(added))
    return 0


def pack_list_command(args: argparse.Namespace, data_dir: Path) -> int:
    from calfdesk.services import measures

    with opened_database(data_dir) as db:
        found = measures.list_packs(db)
    as_json = [
        {
            "id": pack.id,
            "name": pack.name,
            "licence_holder": pack.licence_holder,
            "method": pack.method,
            "smallest_change": pack.smallest_change,
            "items": [
                {"id": item.id, "text": item.text, "min": item.scale.low, "max": item.scale.high} for item in pack.items
            ],
        }
        for pack in found
    ]
    lines = []
    for pack in found:
        licensed = _tr("{id}: {name} (licensed to {holder})").format(
            id=pack.id, name=pack.name, holder=pack.licence_holder
        )
        lines.append(printable(licensed))
        for position, item in enumerate(pack.items, start=1):
            lines.append(printable(f"  {position}. {item.text} [{item.scale.low}-{item.scale.high}]"))
    return answer(args, as_json, lines or [_tr("No questionnaire packs.")])


def pack_answer_command(args: argparse.Namespace, data_dir: Path) -> int:
    from calfdesk.services import measures

    values = [parse_int(text, f"answer {number}") for number, text in enumerate(args.answers, start=1)]
    day = parse_day(args.date, field_name="--date") if args.date else dt.date.today()
    with opened_database(data_dir) as db:
        reading = measures.answer_pack(db, args.pack_id, day, values)
    score = "—" if reading.score is None else short_number(reading.score)
    scored = _tr("{kind} of {day}: score {score} (id {id})").format(
        kind=reading.kind, day=reading.day, score=score, id=reading.id
    )
    print(printable(scored))
    return 0
