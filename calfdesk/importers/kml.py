"""KML and KMZ tracks (Google Earth, My Tracks, OpenTracks, TomTom's and Garmin's KML exports).

A recorded track is a `gx:Track` in a Placemark: its `when` times and `gx:coord` positions ("longitude
latitude height") pair up in order; a `gx:MultiTrack` holds one track per segment. A `LineString` has no
times: it is a planned route, not a run. KML names no sport, so each track is judged by how it moves, as an
untyped GPX track is. A KMZ is a zip whose main KML (doc.kml, else the first .kml) is read.

Read as a stream with document type declarations refused (defusedxml), each track dropped once read. fastkml
builds the whole document as objects before anything can be read of it, so it is not used.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
import zipfile
from typing import IO, Final

from calfdesk.domain.sources import RunSource
from calfdesk.i18n import Texts
from calfdesk.importers.common import (
    MAX_UNPACKED_BYTES,
    ImportedFile,
    checked_position,
    file_error,
    not_valid_xml,
    parse_xml_datetime,
    xml_events,
)
from calfdesk.importers.format import FileOptions, Format, xml_root
from calfdesk.importers.gpx import Segment, Track, tracks_to_runs

_tr = Texts(__name__)

ZIP_MAGIC: Final = b"PK\x03\x04"


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def read_kml(name: str, stream: IO[bytes], _options: FileOptions | None = None) -> ImportedFile:
    """Each Placemark with a timed track is one run, judged by how it moves."""
    if stream.read(4) == ZIP_MAGIC:
        stream.seek(0)
        return _read_kmz(name, stream)
    stream.seek(0)
    document_name, tracks = _read_tracks(name, stream)
    return tracks_to_runs(name, "kml", tracks, document_name)


def _read_kmz(name: str, stream: IO[bytes]) -> ImportedFile:
    try:
        archive = zipfile.ZipFile(stream)
    except zipfile.BadZipFile as error:
        raise file_error(name, _tr("a damaged KMZ archive ({problem})").format(problem=error)) from None
    with archive:
        members = [info for info in archive.infolist() if info.filename.casefold().endswith(".kml")]
        main = next(
            (info for info in members if info.filename.casefold() == "doc.kml"), members[0] if members else None
        )
        if main is None:
            raise file_error(name, _tr("a KMZ archive without a KML file"))
        if main.file_size > MAX_UNPACKED_BYTES or main.flag_bits & 0x1:
            raise file_error(name, _tr("its KML file is encrypted or larger than 512 MB"))
        with archive.open(main) as inner:
            document_name, tracks = _read_tracks(name, inner)
    return tracks_to_runs(name, "kml", tracks, document_name)


def _read_tracks(name: str, stream: IO[bytes]) -> tuple[str | None, list[Track]]:
    document_name: str | None = None
    tracks: list[Track] = []
    parents: list[ET.Element] = []
    placemark: Track | None = None
    whens: list[str] = []
    coords: list[str | None] = []
    try:
        for event, element in xml_events(name, stream):
            tag = _local(element.tag) if isinstance(element.tag, str) else ""
            if event == "start":
                if not parents and tag != "kml":
                    raise file_error(name, _tr("not a KML file (no kml element)"))
                if tag == "Placemark":
                    placemark = Track(None, None, [])
                elif tag == "Track":
                    whens, coords = [], []
                parents.append(element)
                continue
            parents.pop()
            parent = _local(parents[-1].tag) if parents else ""
            if tag == "when" and parent == "Track":
                whens.append((element.text or "").strip())
            elif tag == "coord" and parent == "Track":
                coords.append((element.text or "").strip() or None)
            elif tag == "Track" and placemark is not None:
                placemark.segments.append(_segment(name, whens, coords))
            elif tag == "name" and parent == "Placemark" and placemark is not None and placemark.name is None:
                placemark.name = (element.text or "").strip() or None
            elif tag == "name" and parent == "Document" and document_name is None:
                document_name = (element.text or "").strip() or None
            elif tag == "Placemark" and placemark is not None:
                if placemark.segments:
                    tracks.append(placemark)
                placemark = None
                if parents:
                    del parents[-1][:]
    except ET.ParseError as error:
        raise file_error(name, not_valid_xml(error)) from None
    return document_name, tracks


def _segment(name: str, whens: list[str], coords: list[str | None]) -> Segment:
    """A gx:Track's points: the n-th time goes with the n-th position; a point without a position is passed
    over, as is a time without its point."""
    if len(whens) != len(coords):
        raise file_error(
            name,
            _tr("a track has {times} times for {positions} positions").format(times=len(whens), positions=len(coords)),
        )
    segment = Segment()
    for when, coord in zip(whens, coords, strict=True):
        parts = coord.split() if coord else []
        if len(parts) < 2:
            segment.unplaced += 1
            continue
        longitude, latitude = float(parts[0]), float(parts[1])
        segment.coordinates.extend(checked_position(name, latitude, longitude))
        if len(parts) > 2:
            segment.elevations.append(float(parts[2]))
        if when:
            segment.add_time(parse_xml_datetime(when))
    return segment


FORMAT: Final = Format(
    key="kml",
    kind="KML",
    description=lambda: _tr("a KML track"),
    source=RunSource("kml", "KML file", recorded=True),
    suffixes=(".kml", ".kmz"),
    read=read_kml,
    sniff=xml_root("kml"),
)
