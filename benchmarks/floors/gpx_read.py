"""Runs import floor: read every GPX file with ElementTree and pull out each point's position, height and time."""

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

NS = "{http://www.topografix.com/GPX/1/1}"
points = 0
for path in sorted(Path(sys.argv[1]).glob("*.gpx")):
    root = ET.fromstring(path.read_bytes())
    for point in root.iter(NS + "trkpt"):
        float(point.get("lat", "nan"))
        float(point.get("lon", "nan"))
        float(point.findtext(NS + "ele") or "nan")
        point.findtext(NS + "time")
        points += 1
print(points)
