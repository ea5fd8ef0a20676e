"""Strava floor: the unpacked export's files read one by one with the existing importers (activities.csv and
every file of activities/), nothing stored."""

import sys
from pathlib import Path

from calfdesk.importers import read_activity_file

runs = 0
for path in sorted(Path(sys.argv[1]).rglob("*")):
    if path.is_file():
        runs += len(read_activity_file(path.name, path.read_bytes()).runs)
print(runs)
