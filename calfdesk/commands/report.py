"""`report --from D --to D --pdf PATH`: the PDF report for a clinician, made headless.

The report is laid out by Qt's own PDF writer, so this is the one command that loads Qt (QtGui, never
QtWidgets): only inside its handler, with the offscreen platform unless one is set.
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import Any

from calfdesk.domain.diary import parse_day
from calfdesk.errors import InvalidInput
from calfdesk.i18n import Texts, counted

_tr = Texts(__name__)

DEFAULT_DAYS = 28


def register(subparsers: Any) -> None:
    report = subparsers.add_parser("report", help=_tr("write the PDF report for a period, for your clinician"))
    report.add_argument("--from", dest="start", metavar="D", help=f"first day (default: {DEFAULT_DAYS} days ago)")
    report.add_argument("--to", dest="end", metavar="D", help=_tr("last day (default: today)"))
    report.add_argument("--pdf", required=True, metavar="PATH", help=_tr("where to write the PDF"))
    report.add_argument("--page-size", choices=("a4", "letter"), default="a4", help=_tr("paper size (default: a4)"))
    report.set_defaults(handler=report_command)


def _period(args: argparse.Namespace) -> tuple[dt.date, dt.date]:
    end = parse_day(args.end, field_name="--to") if args.end else dt.date.today()
    start = parse_day(args.start, field_name="--from") if args.start else end - dt.timedelta(days=DEFAULT_DAYS - 1)
    if start > end:
        raise InvalidInput(_tr("--from is after --to; swap the dates"), field="--from")
    return start, end


def report_command(args: argparse.Namespace, data_dir: Path) -> int:
    start, end = _period(args)
    target = Path(args.pdf).expanduser().absolute()
    if not target.parent.is_dir():
        raise InvalidInput(_tr("--pdf: the folder {folder} does not exist").format(folder=target.parent), field="--pdf")
    if target.is_dir():
        raise InvalidInput(
            _tr("--pdf: {target} is a folder; give a file name ending in .pdf").format(target=target), field="--pdf"
        )

    from calfdesk.commands import opened_database, printable, runner_settings
    from calfdesk.ui.report import pdf as report

    settings = runner_settings(args, data_dir)
    report.ensure_gui_application()
    with opened_database(data_dir) as db:
        written = report.make_report(
            db,
            start,
            end,
            target,
            page_size=args.page_size,
            unit=settings.units,
            first_weekday=settings.first_weekday,
        )
    print(_tr("wrote {path} ({pages})").format(path=printable(written.path), pages=counted("%n pages", written.pages)))
    return 0
