"""CSV export floor: import sqlmodel, read the diary table with sqlite3, write it with the csv module."""

import csv
import sqlite3
import sys

import sqlmodel  # noqa: F401

HEADER = ("date", "time", "context", "soreness", "location", "side", "stiffness_min", "notes", "utc_offset_min")

connection = sqlite3.connect(sys.argv[1])
with open(sys.argv[2], "w", encoding="utf-8", newline="") as handle:
    writer = csv.writer(handle, lineterminator="\r\n")
    writer.writerow(HEADER)
    writer.writerows(
        connection.execute(
            "SELECT local_date, local_time, context, soreness, location, side, stiffness_min, notes, utc_offset_min "
            "FROM diary_entry ORDER BY local_date, local_time, id"
        )
    )
connection.close()
