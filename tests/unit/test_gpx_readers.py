"""The fast GPX reader and gpxpy read the same tracks from every file the fast reader accepts."""

from __future__ import annotations

import datetime as dt
import io

import pytest

from calfdesk.errors import InvalidInput
from calfdesk.importers import gpx
from tests.conftest import SHARED_RUNS

NS11 = 'version="1.1" xmlns="http://www.topografix.com/GPX/1/1"'
NS10 = 'version="1.0" xmlns="http://www.topografix.com/GPX/1/0"'
GARMIN_EXT = (
    '<extensions><gpxtpx:TrackPointExtension xmlns:gpxtpx="http://www.garmin.com/xmlschemas/TrackPointExtension/v1">'
    "<gpxtpx:hr>141</gpxtpx:hr><gpxtpx:cad>86</gpxtpx:cad></gpxtpx:TrackPointExtension></extensions>"
)


def point(
    lat: str = "52.1",
    lon: str = "4.3",
    ele: str | None = "10.5",
    time: str | None = "2026-03-02T07:00:00Z",
    extra: str = "",
) -> str:
    parts = [f'<trkpt lat="{lat}" lon="{lon}">']
    if ele is not None:
        parts.append(f"<ele>{ele}</ele>")
    if time is not None:
        parts.append(f"<time>{time}</time>")
    return "".join([*parts, extra, "</trkpt>"])


def track(*segments: str, name: str | None = "Morning Run", kind: str | None = "running") -> str:
    head = (f"<name>{name}</name>" if name is not None else "") + (f"<type>{kind}</type>" if kind is not None else "")
    return f"<trk>{head}" + "".join(f"<trkseg>{segment}</trkseg>" for segment in segments) + "</trk>"


def document(*tracks: str, header: str = NS11, top: str = "") -> str:
    return f'<?xml version="1.0" encoding="UTF-8"?>\n<gpx {header} creator="tests">{top}' + "".join(tracks) + "</gpx>"


SEGMENT = (
    point()
    + point(lat="52.11", ele="12.0", time="2026-03-02T07:05:00Z")
    + point(lat="52.12", ele=None, time="2026-03-02T07:10:30Z")
)

ORDINARY = {
    "plain 1.1": document(track(SEGMENT)),
    "metadata name": document(track(SEGMENT, name=None), top="<metadata><name>From the watch</name></metadata>"),
    "gpx 1.0 root name": document(track(SEGMENT, name=None), header=NS10, top="<name>Old device</name>"),
    "two tracks, one a ride": document(track(SEGMENT), track(SEGMENT, kind="cycling")),
    "two segments": document(
        track(SEGMENT, point(lat="52.2", time="2026-03-02T08:00:00Z") + point(lat="52.21", time="2026-03-02T08:10:00Z"))
    ),
    "fractions and offsets": document(
        track(point(time="2026-03-02T08:00:00.5+01:00") + point(lat="52.2", time="2026-03-02T08:20:00.250000+01:00"))
    ),
    "no zone": document(track(point(time="2026-03-02T07:00:00") + point(lat="52.2", time="2026-03-02T07:30:00"))),
    "garmin extensions": document(
        track(point(extra=GARMIN_EXT) + point(lat="52.15", time="2026-03-02T07:20:00Z", extra=GARMIN_EXT))
    ),
    "no heights": document(track(point(ele=None) + point(lat="52.2", ele=None, time="2026-03-02T07:30:00Z"))),
    "empty name and type": document(track(SEGMENT, name="", kind="")),
    "names with spaces": document(track(SEGMENT, name="  Long run \n"), top="<metadata><name> x </name></metadata>"),
    "no tracks": document(top="<metadata><name>Only waypoints</name></metadata>"),
    "route only": document(track(point(time=None) + point(lat="52.2", time=None))),
    "padded height": document(track(point(ele=" 11.5 ") + point(lat="52.2", time="2026-03-02T07:30:00Z"))),
}

UNUSUAL = {
    "no version": document(track(SEGMENT), header='xmlns="http://www.topografix.com/GPX/1/1"'),
    "no namespace": document(track(SEGMENT), header='version="1.1"'),
    "time with a space": document(
        track(point(time="2026-03-02 07:00:00") + point(lat="52.2", time="2026-03-02 07:30:00"))
    ),
    "time not a time": document(track(point(time="yesterday") + point(lat="52.2", time="2026-03-02T07:30:00Z"))),
    "height not a number": document(track(point(ele="n/a") + point(lat="52.2", time="2026-03-02T07:30:00Z"))),
    "latitude not a number": document(track(point(lat="north") + point())),
    "foreign namespace track": document('<x:trk xmlns:x="urn:other"><x:trkseg>' + point() + "</x:trkseg></x:trk>"),
    "not XML": "<gpx version='1.1'><trk>",
}


def gpxpy_reading(text: str) -> tuple[object, object]:
    try:
        return gpx._read_with_gpxpy("test.gpx", text)
    except Exception as error:
        return ("error", str(error))


@pytest.mark.parametrize("case", sorted(ORDINARY))
def test_ordinary_files_take_the_fast_reader_and_agree_with_gpxpy(case: str) -> None:
    text = ORDINARY[case]
    assert gpx._read_plain("test.gpx", io.BytesIO(text.encode())) == gpxpy_reading(text)


@pytest.mark.parametrize("case", sorted(UNUSUAL))
def test_unusual_files_go_to_gpxpy(case: str) -> None:
    with pytest.raises(gpx._Unusual):
        gpx._read_plain("test.gpx", io.BytesIO(UNUSUAL[case].encode()))


def test_a_point_without_a_position_is_passed_over_by_the_fast_reader() -> None:
    # gpxpy refuses the whole file; a watch writes such points before its receiver has a fix.
    text = document(track('<trkpt lon="4.3"><time>2026-03-02T07:00:00Z</time></trkpt>' + point()))
    _, [read] = gpx._read_plain("test.gpx", io.BytesIO(text.encode()))
    [segment] = read.segments
    assert segment.unplaced == 1 and len(segment.seconds) == 1 and len(segment.coordinates) == 2


MANY_POINTS = document(
    track(
        "".join(
            point(lat=f"{52 + index / 1000:.3f}", time=f"2026-03-02T07:{index // 60:02d}:{index % 60:02d}Z")
            for index in range(25)
        ),
        point(lat="52.5", time="2026-03-02T08:00:00Z") + '<trkpt lat="52.6"/>' + point(lat="52.7"),
    ),
    track(SEGMENT, kind=None),
)
BOTH_WAYS = {
    **ORDINARY,
    **UNUSUAL,
    "more points than a batch": MANY_POINTS,
    "a point off the globe": document(track(point() + point(lat="95.0"))),
}


def _fast_reading(data: bytes) -> object:
    try:
        return gpx._read_plain("test.gpx", io.BytesIO(data))
    except gpx._Unusual:
        return "unusual"
    except InvalidInput as error:
        return ("error", str(error))


@pytest.mark.parametrize("case", [*sorted(BOTH_WAYS), "real Strava file", "real TomTom file"])
def test_a_file_parsed_whole_and_the_same_file_streamed_read_the_same(
    case: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    if case.startswith("real"):
        path = SHARED_RUNS / ("runpandas_strava_export_run.gpx" if "Strava" in case else "runpandas_tomtom_run.gpx")
        if not path.is_file():
            pytest.skip(f"the shared real run files are not present at {SHARED_RUNS}")
        data = path.read_bytes()
    else:
        data = BOTH_WAYS[case].encode()
    assert len(data) <= gpx.TREE_MAX_BYTES
    whole = _fast_reading(data)
    # Streamed in batches of two points, as a file over TREE_MAX_BYTES is read.
    monkeypatch.setattr(gpx, "TREE_MAX_BYTES", 0)
    monkeypatch.setattr(gpx, "STREAM_BATCH", 2)
    assert _fast_reading(data) == whole
    if case == "more points than a batch":
        _, [first, _second] = whole
        assert [len(segment.seconds) for segment in first.segments] == [25, 2]
        assert first.segments[1].unplaced == 1


def test_a_segment_keeps_its_first_and_last_moment_to_the_microsecond() -> None:
    text = document(
        track(
            point(time="2026-03-02T07:30:00.000001Z")
            + point(lat="52.2", time="1969-07-20T22:17:40.123456+02:00")
            + point(lat="52.3", time="2026-03-02T07:29:59.999999Z")
        )
    )
    _, [read] = gpx._read_plain("test.gpx", io.BytesIO(text.encode()))
    [segment] = read.segments
    assert segment.earliest == dt.datetime(1969, 7, 20, 20, 17, 40, 123456, tzinfo=dt.UTC)
    assert segment.latest == dt.datetime(2026, 3, 2, 7, 30, 0, 1, tzinfo=dt.UTC)
