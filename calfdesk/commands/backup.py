"""`backup create | list | restore`: copies of the data file from the command line."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from calfdesk.commands import answer, printable
from calfdesk.i18n import Texts

_tr = Texts(__name__)


def register(subparsers: Any) -> None:
    backup = subparsers.add_parser("backup", help=_tr("create, list or restore backups of the data file"))
    actions = backup.add_subparsers(dest="backup_action", metavar="ACTION", required=True)

    create = actions.add_parser("create", help=_tr("back up the data file now and print the backup's name"))
    create.set_defaults(handler=create_command)

    listing = actions.add_parser("list", help=_tr("list backups, newest first"))
    listing.add_argument("--json", action="store_true", help='[{"name", "path", "created", "reason", "size_bytes"}]')
    listing.set_defaults(handler=list_command)

    restore = actions.add_parser(
        "restore", help=_tr("replace the data file by a checked copy of BACKUP; the current file is kept beside it")
    )
    restore.add_argument("backup", metavar="BACKUP", help=_tr("a name from 'backup list' or a path to a backup file"))
    restore.set_defaults(handler=restore_command)


def create_command(_args: argparse.Namespace, data_dir: Path) -> int:
    from calfdesk.services import backups

    info = backups.back_up_now(data_dir)
    print(info.name)
    return 0


def list_command(args: argparse.Namespace, data_dir: Path) -> int:
    from calfdesk.services import backups

    items = backups.list_backups(data_dir)
    return answer(
        args,
        [backups.backup_as_json(item) for item in items],
        (
            f"{item.name}  {item.reason:<15} " + _tr("{size} bytes").format(size=f"{item.size_bytes:>10}")
            for item in items
        ),
    )


def restore_command(args: argparse.Namespace, data_dir: Path) -> int:
    from calfdesk.services import backups

    result = backups.restore_backup(data_dir, args.backup)
    print(_tr("restored {name}").format(name=printable(result.backup.name)))
    if result.kept is not None:
        print(_tr("the previous data file is kept as {name}").format(name=printable(result.kept)))
    return 0
