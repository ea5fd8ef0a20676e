"""Fuzzing every run-file format at the level of its decoded fields (times and their offsets, distances,
durations, positions, heights, units), not only its bytes: each file is read into valid runs or refused
with the file's own error; no reader ever fails in a way its format did not foresee."""

from __future__ import annotations

import datetime as dt
import math

from hypothesis import given, settings
from hypothesis import strategies as st

from calfdesk.errors import InvalidInput
from calfdesk.importers import read_activity_file
from calfdesk.importers.common import ImportedFile
from tests.training_files import FIT_EPOCH, GARMIN_HEADER, SPORTS, _FitWriter, strava_csv, strava_row

# The boundary's own words for a failure no reader foresaw: a fuzzed field must never reach it.
UNFORESEEN = "the file cannot be read ("

NUMBER_TEXT = st.one_of(
    st.floats(0, 50_000).map(lambda value: f"{value:.1f}"),
    st.floats(0, 50_000).map(lambda value: f"{value:.1f}"),
    st.floats(allow_nan=True, allow_infinity=True).map(repr),
    st.floats(-1e6, 1e6).map(lambda value: f"{value:.3f}"),
    st.integers(-(10**30), 10**30).map(str),
    st.sampled_from(["", " ", "1e400", "-1e400", "nan", "inf", "1,5", "1.234,5", "0x10", "--", "٣", "½"]),
)
# Offsets up to a day either way and beyond, as written in ISO 8601 (some impossible).
OFFSET_TEXT = st.one_of(
    st.just("Z"),
    st.builds(
        lambda sign, h, m: f"{sign}{h:02d}:{m:02d}", st.sampled_from("+-"), st.integers(0, 99), st.integers(0, 99)
    ),
)
DATE_TIME = st.datetimes(min_value=dt.datetime(1, 1, 1), max_value=dt.datetime(9999, 12, 31, 23, 59, 59))
PLAUSIBLE = st.datetimes(min_value=dt.datetime(2000, 1, 1), max_value=dt.datetime(2030, 1, 1))
ISO_TIME = st.one_of(
    PLAUSIBLE.map(lambda moment: moment.strftime("%Y-%m-%dT%H:%M:%SZ")),
    PLAUSIBLE.map(lambda moment: moment.strftime("%Y-%m-%dT%H:%M:%S+02:00")),
    st.builds(lambda moment, offset: moment.strftime("%Y-%m-%dT%H:%M:%S") + offset, DATE_TIME, OFFSET_TEXT),
    st.sampled_from(["", "2026-02-30T07:00:00Z", "2026-03-02T24:00:00Z", "0000-01-01T00:00:00Z", "yesterday"]),
)


def check(name: str, data: bytes) -> None:
    """Read one file: valid runs, or the file's own error naming it and saying why in its own terms."""
    try:
        result = read_activity_file(name, data)
    except InvalidInput as error:
        message = str(error)
        assert message.startswith(f"{name}: ")
        assert UNFORESEEN not in message, message
        return
    assert isinstance(result, ImportedFile)
    for run in result.runs:
        assert run.start.utcoffset() is not None
        assert math.isfinite(run.distance_km) and run.distance_km > 0
        assert math.isfinite(run.duration_s) and run.duration_s > 0
        assert run.elevation_gain_m is None or math.isfinite(run.elevation_gain_m)


@st.composite
def gpx_file(draw: st.DrawFn) -> bytes:
    points = []
    for _ in range(draw(st.integers(1, 4))):
        lat, lon, ele, time = draw(NUMBER_TEXT), draw(NUMBER_TEXT), draw(NUMBER_TEXT), draw(ISO_TIME)
        points.append(f'<trkpt lat="{lat}" lon="{lon}"><ele>{ele}</ele><time>{time}</time></trkpt>')
    version = draw(st.sampled_from(["1.1", "1.0"]))
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><gpx version="{version}" creator="t" '
        f'xmlns="http://www.topografix.com/GPX/{version.replace(".", "/")}"><trk><name>r</name><trkseg>'
        + "".join(points)
        + "</trkseg></trk></gpx>"
    ).encode()


@st.composite
def tcx_file(draw: st.DrawFn) -> bytes:
    trackpoints = "".join(
        f"<Trackpoint><Time>{draw(ISO_TIME)}</Time><Position><LatitudeDegrees>{draw(NUMBER_TEXT)}</LatitudeDegrees>"
        f"<LongitudeDegrees>{draw(NUMBER_TEXT)}</LongitudeDegrees></Position>"
        f"<AltitudeMeters>{draw(NUMBER_TEXT)}</AltitudeMeters><DistanceMeters>{draw(NUMBER_TEXT)}</DistanceMeters>"
        "</Trackpoint>"
        for _ in range(draw(st.integers(0, 3)))
    )
    stamp = draw(ISO_TIME)
    return (
        '<?xml version="1.0" encoding="UTF-8"?><TrainingCenterDatabase '
        'xmlns="http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2"><Activities>'
        f'<Activity Sport="Running"><Id>{stamp}</Id><Lap StartTime="{stamp}">'
        f"<TotalTimeSeconds>{draw(NUMBER_TEXT)}</TotalTimeSeconds><DistanceMeters>{draw(NUMBER_TEXT)}</DistanceMeters>"
        f"<Track>{trackpoints}</Track></Lap></Activity></Activities></TrainingCenterDatabase>"
    ).encode()


# Raw values: near a real activity most of the time (2020, as FIT counts seconds), anything at all otherwise.
UINT32 = st.one_of(st.integers(0x3B000000, 0x3C000000), st.integers(0, 2**32 - 1))
SINT32 = st.integers(-(2**31), 2**31 - 1)


@st.composite
def fit_file(draw: st.DrawFn) -> bytes:
    """A FIT activity whose every time, offset, distance, height and position is drawn raw (invalid values too)."""
    writer = _FitWriter()
    begin = draw(UINT32)
    writer.message(0, [(0, "enum", 4), (1, "uint16", 1), (4, "uint32", begin)])
    for _ in range(draw(st.integers(0, 3))):
        writer.message(
            20,
            [
                (253, "uint32", draw(UINT32)),
                (0, "sint32", draw(SINT32)),
                (1, "sint32", draw(SINT32)),
                (5, "uint32", draw(UINT32)),
                (2, "uint16", draw(st.integers(0, 2**16 - 1))),
            ],
        )
    if draw(st.booleans()):
        writer.message(
            18,
            [
                (253, "uint32", draw(UINT32)),
                (2, "uint32", draw(UINT32)),
                (7, "uint32", draw(UINT32)),
                (8, "uint32", draw(UINT32)),
                (9, "uint32", draw(UINT32)),
                (5, "enum", SPORTS["running"]),
                (22, "uint16", draw(st.integers(0, 2**16 - 1))),
            ],
        )
    # The activity's local timestamp gives the offset of the runner's clock: any value, days away included.
    stamp = draw(UINT32)
    writer.message(34, [(253, "uint32", stamp), (5, "uint32", draw(UINT32)), (1, "uint16", 1)])
    return writer.finish()


WILD_DATE = st.one_of(
    PLAUSIBLE.map(lambda moment: moment.strftime("%b %d, %Y, %I:%M:%S %p")),
    DATE_TIME.map(lambda moment: moment.strftime("%b %d, %Y, %I:%M:%S %p")),
    DATE_TIME.map(lambda moment: moment.strftime("%d.%m.%Y %H:%M")),
    DATE_TIME.map(lambda moment: moment.strftime("%Y-%m-%d %H:%M:%S")),
    st.sampled_from(["", "31.02.2026 07:00", "13/13/2026 07:00", "Feb 30, 2026, 7:00:00 AM", "2026-03-02 25:61:00"]),
)
DURATION_TEXT = st.one_of(NUMBER_TEXT, st.sampled_from(["00:25:00", "99:99:99", "1:00:00:00", "-1:00", "::"]))


@st.composite
def strava_file(draw: st.DrawFn) -> bytes:
    rows = [
        strava_row(
            number,
            draw(WILD_DATE),
            "Run",
            draw(NUMBER_TEXT),
            draw(NUMBER_TEXT),
            moving=draw(DURATION_TEXT),
            gain=draw(NUMBER_TEXT),
        ).replace('""', "")
        for number in range(1, draw(st.integers(1, 3)) + 1)
    ]
    return strava_csv(rows)


@st.composite
def garmin_file(draw: st.DrawFn) -> bytes:
    rows = []
    for _ in range(draw(st.integers(1, 3))):
        cells = ["Running", draw(WILD_DATE), "false", "Run", draw(NUMBER_TEXT), "255", draw(DURATION_TEXT)]
        cells += ["150", "170", draw(NUMBER_TEXT), "0", "2.932", "--", draw(DURATION_TEXT), draw(DURATION_TEXT)]
        rows.append(",".join('"' + cell.replace('"', '""') + '"' for cell in cells))
    return ("\r\n".join([GARMIN_HEADER, *rows]) + "\r\n").encode()


@settings(max_examples=100, deadline=None)
@given(data=gpx_file())
def test_gpx_fields(data: bytes) -> None:
    check("run.gpx", data)


@settings(max_examples=100, deadline=None)
@given(data=tcx_file())
def test_tcx_fields(data: bytes) -> None:
    check("run.tcx", data)


@settings(max_examples=150, deadline=None)
@given(data=fit_file())
def test_fit_fields(data: bytes) -> None:
    check("run.fit", data)


@settings(max_examples=100, deadline=None)
@given(data=strava_file())
def test_strava_csv_fields(data: bytes) -> None:
    check("activities.csv", data)


@settings(max_examples=100, deadline=None)
@given(data=garmin_file())
def test_garmin_csv_fields(data: bytes) -> None:
    check("Activities.csv", data)


def test_a_fit_file_whose_local_time_is_a_day_or_more_away_is_read_in_this_computers_zone() -> None:
    for offset_s in (24 * 3600, 24 * 3600 + 60, -25 * 3600, 2**31):
        writer = _FitWriter()
        begin = int((dt.datetime(2026, 3, 2, 7, tzinfo=dt.UTC) - FIT_EPOCH).total_seconds())
        writer.message(0, [(0, "enum", 4), (1, "uint16", 1), (4, "uint32", begin)])
        fields = [(253, "uint32", begin + 1500), (2, "uint32", begin), (7, "uint32", 1_500_000)]
        writer.message(18, [*fields, (8, "uint32", 1_500_000), (9, "uint32", 500_000), (5, "enum", 1)])
        local = (begin + 1500 + offset_s) % 2**32
        writer.message(34, [(253, "uint32", begin + 1500), (5, "uint32", local), (1, "uint16", 1)])
        (run,) = read_activity_file("far.fit", writer.finish()).runs
        assert run.start == dt.datetime(2026, 3, 2, 7, tzinfo=dt.UTC)
        assert run.start.utcoffset() == dt.datetime(2026, 3, 2, 7, tzinfo=dt.UTC).astimezone().utcoffset()
        assert run.distance_km == 5.0
