"""Strava floor for the FIT-file export: activities.csv read with csv.reader and every member of the zip read
and unpacked once (gzip for `.gz`), nothing decoded or stored."""

import csv
import gzip
import io
import sys
import zipfile

rows = members = 0
with zipfile.ZipFile(sys.argv[1]) as bundle:
    for info in bundle.infolist():
        data = bundle.read(info)
        if info.filename.endswith(".gz"):
            data = gzip.decompress(data)
        if info.filename == "activities.csv":
            rows += sum(1 for _ in csv.reader(io.StringIO(data.decode("utf-8-sig"))))
        members += 1
print(rows, members)
