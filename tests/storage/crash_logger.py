"""Logs diary entries in an endless loop for the crash-safety test, which kills it with SIGKILL.

Prints `ready` once the file is open, then `id N` after each saved entry and `batch TAG N` after each
imported CSV, flushing every line: a printed line is a save the runner was told succeeded.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from calfdesk.domain.diary import make_entry
from calfdesk.services import diary
from calfdesk.storage import diary_store
from calfdesk.storage.database import open_database

BATCH_ROWS = 50


def batch_csv(tag: str, first_day: dt.date) -> bytes:
    lines = ["date,time,soreness,notes"]
    for row in range(BATCH_ROWS):
        lines.append(f"{first_day.isoformat()},{row // 60:02d}:{row % 60:02d},{row % 11},{tag}")
    return ("\r\n".join(lines) + "\r\n").encode()


def main(data_dir: str, round_number: int) -> None:
    db = open_database(Path(data_dir))
    print("ready", flush=True)
    sequence = 0
    while True:
        sequence += 1
        if sequence % 10 == 0:
            tag = f"batch-{round_number}-{sequence}"
            day = dt.date(2000, 1, 1) + dt.timedelta(days=round_number * 5000 + sequence)
            preview = diary.import_csv(db, batch_csv(tag, day))
            print(f"batch {tag} {preview.new_count}", flush=True)
            continue
        entry = make_entry(
            local_date=dt.date(2026, 3, 1),
            local_time=dt.time(sequence // 60 % 24, sequence % 60),
            soreness=sequence % 11,
            notes=f"round {round_number} entry {sequence}",
        )
        saved = diary_store.add_entry(db, entry)
        print(f"id {saved.id}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
