"""`log`, `entries`, `export` and `import`: the soreness diary from the command line."""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import sys
from pathlib import Path
from typing import IO, Any

from calfdesk.commands import answer, opened_database, printable
from calfdesk.domain.diary import CONTEXTS, LOCATIONS, SIDES, DiaryEntry, make_entry, now_local, parse_day, parse_time
from calfdesk.errors import InvalidInput
from calfdesk.i18n import Texts, counted

_tr = Texts(__name__)


def register(subparsers: Any) -> None:
    log = subparsers.add_parser("log", help=_tr("add one soreness entry and print its id"))
    log.add_argument("--soreness", required=True, metavar="N", help=_tr("0 (none) to 10 (worst imaginable)"))
    log.add_argument("--date", metavar="YYYY-MM-DD", help=_tr("default: today"))
    log.add_argument("--time", metavar="HH:MM", help=_tr("default: now"))
    log.add_argument("--context", default="other", metavar="|".join(CONTEXTS))
    log.add_argument("--location", default="calf", metavar="|".join(LOCATIONS))
    log.add_argument("--side", default="both", metavar="|".join(SIDES))
    log.add_argument("--stiffness-min", metavar="M", help=_tr("minutes of morning stiffness"))
    log.add_argument("--note", default="", metavar="TEXT")
    log.set_defaults(handler=log_command)

    entries = subparsers.add_parser("entries", help=_tr("list diary entries"))
    entries.add_argument("--from", dest="start", metavar="D")
    entries.add_argument("--to", dest="end", metavar="D")
    entries.add_argument("--json", action="store_true", help=_tr("a JSON array, oldest first"))
    entries.set_defaults(handler=entries_command)

    export = subparsers.add_parser("export", help=_tr("write the diary as CSV"))
    export.add_argument("--csv", required=True, metavar="PATH", help=_tr("file to write, or - for stdout"))
    export.add_argument("--from", dest="start", metavar="D")
    export.add_argument("--to", dest="end", metavar="D")
    export.set_defaults(handler=export_command)

    imp = subparsers.add_parser("import", help=_tr("add entries from a diary CSV (all or nothing)"))
    imp.add_argument("--csv", required=True, metavar="PATH", help=_tr("file to read, or - for stdin"))
    imp.add_argument("--dry-run", action="store_true", help=_tr("check the file and report, write nothing"))
    imp.set_defaults(handler=import_command)


def _int_arg(text: str | None, field: str) -> int | None:
    if text is None:
        return None
    try:
        return int(text)
    except ValueError:
        raise InvalidInput(
            _tr("{field}: '{text}' is not a whole number").format(field=field, text=text), field=field
        ) from None


def _date_range(args: argparse.Namespace) -> tuple[dt.date | None, dt.date | None]:
    start = parse_day(args.start, field_name="--from") if args.start else None
    end = parse_day(args.end, field_name="--to") if args.end else None
    if start and end and start > end:
        raise InvalidInput(_tr("--from is after --to; swap the dates"), field="--from")
    return start, end


def log_command(args: argparse.Namespace, data_dir: Path) -> int:
    now = now_local()
    soreness = _int_arg(args.soreness, "soreness")
    assert soreness is not None
    entry = make_entry(
        local_date=parse_day(args.date) if args.date else now.date(),
        local_time=parse_time(args.time) if args.time else now.time(),
        soreness=soreness,
        context=args.context,
        location=args.location,
        side=args.side,
        stiffness_min=_int_arg(args.stiffness_min, "stiffness_min"),
        notes=args.note,
    )
    from calfdesk.storage import diary_store

    with opened_database(data_dir) as db:
        saved = diary_store.add_entry(db, entry)
    print(saved.id)
    return 0


def entries_command(args: argparse.Namespace, data_dir: Path) -> int:
    start, end = _date_range(args)
    from calfdesk.services import diary
    from calfdesk.storage import diary_store

    with opened_database(data_dir) as db:
        items = diary_store.list_entries(db, start, end)
    return answer(args, [diary.entry_as_json(item) for item in items], map(_entry_line, items))


def _entry_line(item: DiaryEntry) -> str:
    # The context, place and side are shown as the ids `diary add` takes (--context morning).
    stiffness = (
        _tr(", stiffness {minutes} min").format(minutes=item.stiffness_min) if item.stiffness_min is not None else ""
    )
    note = f"  {printable(item.notes)}" if item.notes else ""
    soreness = _tr("soreness {soreness}/10").format(soreness=f"{item.soreness:>2}")
    return (
        f"{item.id:>6}  {item.local_date} {item.local_time:%H:%M}  {soreness}  "
        f"{item.context}, {item.location}, {item.side}{stiffness}{note}"
    )


def export_command(args: argparse.Namespace, data_dir: Path) -> int:
    start, end = _date_range(args)
    from calfdesk.services import diary

    with opened_database(data_dir) as db:
        if args.csv == "-":
            sys.stdout.reconfigure(newline="")  # type: ignore[union-attr]
            count = diary.export_csv(db, sys.stdout, start, end)
        else:
            from calfdesk.services import measures
            from calfdesk.services.files import write_text_atomically

            with write_text_atomically(Path(args.csv)) as stream:
                count = diary.export_csv(db, stream, start, end)
            measured = measures.export_beside(db, Path(args.csv), start, end)
    if args.csv != "-":
        print(
            _tr("exported {entries} to {target}").format(
                entries=counted("%n entries", count), target=printable(args.csv)
            )
        )
        if measured:
            from calfdesk.domain.measures.measures_csv import beside

            target = printable(beside(Path(args.csv)))
            print(
                _tr("exported {measures} to {target}").format(measures=counted("%n measures", measured), target=target)
            )
    return 0


def import_command(args: argparse.Namespace, data_dir: Path) -> int:
    from calfdesk.domain.diary_csv import MAX_FILE_BYTES
    from calfdesk.importers.common import open_input_file
    from calfdesk.services import diary

    # The file is opened (a regular file of at most 64 MB, or standard input) before the data file is, and
    # read as a stream: memory stays bounded whatever its size.
    with contextlib.ExitStack() as stack:
        if args.csv == "-":
            # Refused past 64 MB as it is read (standard input has no size to check first).
            stream: IO[bytes] = sys.stdin.buffer
            name = "stdin"
        else:
            stream = stack.enter_context(open_input_file(Path(args.csv), limit=MAX_FILE_BYTES, name=args.csv))
            name = args.csv
        db = stack.enter_context(opened_database(data_dir))
        preview = diary.import_csv(db, diary.ImportSource(name, stream=stream), dry_run=args.dry_run)
    done = (
        _tr("would add {new}, skipped {duplicates} duplicates")
        if args.dry_run
        else _tr("added {new}, skipped {duplicates} duplicates")
    )
    print(done.format(new=preview.new_count, duplicates=preview.duplicate_count))
    return 0
