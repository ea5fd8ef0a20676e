"""CSV import floor: import sqlmodel, read the CSV with the csv module, insert every row with one
executemany in one transaction."""

import csv
import sqlite3
import sys

import sqlmodel  # noqa: F401

connection = sqlite3.connect(sys.argv[1])
with open(sys.argv[2], encoding="utf-8", newline="") as handle:
    reader = csv.reader(handle)
    next(reader)
    rows = [
        (r[0], r[1], int(r[8]), r[2], int(r[3]), r[4], r[5], int(r[6]) if r[6] else None, r[7], "2026-01-01T00:00:00Z")
        for r in reader
    ]
with connection:
    connection.executemany(
        "INSERT INTO diary_entry (local_date, local_time, utc_offset_min, context, soreness, location, side, "
        "stiffness_min, notes, created_utc) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        rows,
    )
connection.close()
