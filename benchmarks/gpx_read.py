"""The GPX reading row's measured command: every GPX file of a folder read with calfdesk's importer (the
runs made, nothing stored), the same files `benchmarks/floors/gpx_read.py` reads with ElementTree."""

import sys
from pathlib import Path

from calfdesk.importers import read_activity_file

runs = 0
for path in sorted(Path(sys.argv[1]).glob("*.gpx")):
    runs += len(read_activity_file(path.name, path.read_bytes()).runs)
print(runs)
