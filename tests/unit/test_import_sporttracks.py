"""SportTracks logbooks (.fitlog, .fitlogEx), on real files of other open-source projects checked against each
activity's own summary (tests/data/sporttracks/LICENSES.md names them)."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from calfdesk.errors import InvalidInput
from calfdesk.importers import read_activity_file
from calfdesk.services import training
from tests.unit.test_importer_field_fuzz import ISO_TIME, NUMBER_TEXT, check

DATA = Path(__file__).resolve().parents[1] / "data" / "sporttracks"
LOGBOOK = "2005-Location-Equipment.fitlog"
NO_GPS = "Activity WITHOUT GPS.fitlog"
UTC = dt.UTC


def real(name: str) -> bytes:
    return (DATA / name).read_bytes()


def test_a_logbook_gives_each_run_with_its_own_summary_and_leaves_out_the_other_categories() -> None:
    result = read_activity_file("history.fitlog", real(LOGBOOK))
    assert result.format == "sporttracks"
    # The file's 15 activities: 9 in "Running", the others under their own categories.
    assert result.skipped == {"Cycling": 3, "Walking": 2, "Trail": 1}
    assert len(result.runs) == 9 and not result.undeclared
    by_start = {run.start: run for run in result.runs}
    bay_run = by_start[dt.datetime(2005, 12, 26, 8, 0, 25, tzinfo=UTC)]
    assert (bay_run.duration_s, bay_run.distance_km) == (3074, pytest.approx(8.030))
    assert bay_run.source == "sporttracks" and bay_run.title == "Bay Run"
    long_run = by_start[dt.datetime(2005, 12, 17, 20, 0, 52, tzinfo=UTC)]
    assert (long_run.duration_s, long_run.distance_km) == (pytest.approx(6046.93), pytest.approx(21.16041))
    # The file has no climb summary: it comes from the track's heights.
    assert all(run.elevation_gain_m is not None for run in result.runs)
    # SportTracks writes UTC: the start is shown in this computer's zone, the moment unchanged.
    assert all(run.start.utcoffset() == run.start.astimezone().utcoffset() for run in result.runs)


def test_a_logbook_is_imported_whole_once_and_found_in_a_folder(db, tmp_path: Path) -> None:
    first = training.import_data(db, LOGBOOK, real(LOGBOOK))
    assert (first.added, first.not_taken) == (9, [])
    assert first.skipped == {"Cycling": 3, "Walking": 2, "Trail": 1}
    folder = tmp_path / "SportTracks"
    folder.mkdir()
    shutil.copyfile(DATA / LOGBOOK, folder / LOGBOOK)
    again = training.import_files(db, [folder])
    assert (again.added, again.duplicates) == (0, 9)
    assert {run.source for run in training.list_runs(db)} == {"sporttracks"}


def test_an_activity_in_the_default_category_is_judged_by_how_it_moves(db) -> None:
    result = read_activity_file(NO_GPS, real(NO_GPS))
    (run,) = result.runs
    assert run.start == dt.datetime(2009, 8, 4, 5, 30, 51, tzinfo=UTC)
    assert (run.duration_s, run.distance_km) == (pytest.approx(3201.05), pytest.approx(9.3364))
    assert run.title == "04/08/2009 07:30" and run.elevation_gain_m is None
    # "My Activities" says nothing of the sport; without positions, the fastest minute comes from distances.
    assert 10 < (result.undeclared[0].sustained_kmh or 0) < 16
    report = training.import_data(db, NO_GPS, real(NO_GPS))
    assert (report.added, report.not_taken) == (1, [])


# The head of ParkCity.fitlogEx (mytourbook/mytourbook, GPL-2.0; see LICENSES.md): its track reduced to four
# of its first points, its root's attributes set on lines of their own (the whole file is 195 KB). Its
# summary and offset are the reference values.
PARK_CITY_HEAD = b"""<?xml version="1.0" encoding="UTF-8"?>
<FitnessWorkbookExFree xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xmlns:xsd="http://www.w3.org/2001/XMLSchema"
  xmlns="http://www.sporttracks-plugins.com/xmlschemas/FitnessLogbookExtended/v2"
  Id="2eec11b1-77fd-4993-b86e-88b1ea8b9e51">
  <AthleteLog xmlns="">
    <Activity Id="66a6b5c4-5163-4b5b-ab5f-148df5060c06" StartTime="2016-09-19T19:06:55.000Z">
      <TimeZoneUtcOffset>-21600</TimeZoneUtcOffset>
      <HasStartTime>True</HasStartTime>
      <UseEnteredData>False</UseEnteredData>
      <Metadata Source="" Created="2016-09-23T03:25:27.000Z" Modified="2021-03-07T02:28:55.000Z"/>
      <Distance TotalMeters="7425.000"/>
      <Duration TotalSeconds="2249.700"/>
      <HeartRate AverageBPM="119.000" MaximumBPM="137.000"/>
      <Elevation AscendMeters="327.000" DescendMeters="-13.000"/>
      <Calories TotalCal="397.270"/>
      <Notes/>
      <Intensity Id="0">0</Intensity>
      <Laps>
        <Lap StartTime="2016-09-19T19:06:55.000Z" DurationSeconds="2249.700">
          <Distance TotalMeters="7425.000"/>
        </Lap>
      </Laps>
      <Track StartTime="2016-09-19T19:06:55.000Z">
        <pt tm="0" lat="40.6439934" lon="-111.4952393" hr="69.000" temp="30.500"/>
        <pt tm="1" hr="69.000" temp="30.500"/>
        <pt tm="7" lat="40.6440773" lon="-111.4953003" ele="2155.000" hr="71.000" dist="11.000" temp="30.600"/>
        <pt tm="11" lat="40.6441498" lon="-111.4953461" ele="2155.000" hr="73.000" dist="20.000" temp="30.600"/>
      </Track>
      <TrackClock>
        <Pause StartTime="2016-09-19T19:41:26.000Z" EndTime="2016-09-19T19:43:17.000Z"/>
      </TrackClock>
      <Weather Conditions="Clear">
      </Weather>
    </Activity>
  </AthleteLog>
</FitnessWorkbookExFree>
"""


def test_a_fitlogex_start_keeps_the_runners_own_offset() -> None:
    (run,) = read_activity_file("ParkCity.fitlogEx", PARK_CITY_HEAD).runs
    assert run.start == dt.datetime(2016, 9, 19, 13, 6, 55, tzinfo=dt.timezone(dt.timedelta(hours=-6)))
    assert run.utc_offset_min == -360
    assert (run.duration_s, run.distance_km, run.elevation_gain_m) == (2249.7, 7.425, 327.0)


def test_an_xml_file_of_another_kind_named_fitlog_is_not_taken_for_a_logbook() -> None:
    workbook = b'<?xml version="1.0"?><Workbook><Sheet name="runs"/></Workbook>'
    with pytest.raises(InvalidInput, match="a FITLOG that is not a SportTracks logbook"):
        read_activity_file("runs.fitlog", workbook)
    # A logbook is recognised by its root element whatever its name.
    assert read_activity_file("download.xml", real(NO_GPS)).format == "sporttracks"
    # A document type declaration is refused, as in every XML run file.
    hostile = b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e "E">]><FitnessWorkbook><AthleteLog/></FitnessWorkbook>'
    with pytest.raises(InvalidInput, match="DOCTYPE"):
        read_activity_file("hostile.fitlog", hostile)


def test_an_activity_with_a_damaged_figure_is_named_and_the_rest_of_the_logbook_is_read() -> None:
    damaged = real(LOGBOOK).replace(b'<Distance TotalMeters="8030" />', b'<Distance TotalMeters="8O30" />', 1)
    result = read_activity_file(LOGBOOK, damaged)
    assert len(result.runs) == 8
    assert result.skipped == {"Cycling": 3, "Walking": 2, "Trail": 1}
    (note,) = result.notes
    assert note.startswith("activity 1 (2005-12-26T08:00:25Z) left out")


@st.composite
def fitlog_file(draw: st.DrawFn) -> bytes:
    """A logbook whose figures, offsets, categories and points are anything a damaged file may hold."""
    points = "".join(
        f'<pt tm="{draw(NUMBER_TEXT)}" lat="{draw(NUMBER_TEXT)}" lon="{draw(NUMBER_TEXT)}" '
        f'ele="{draw(NUMBER_TEXT)}" dist="{draw(NUMBER_TEXT)}"/>'
        for _ in range(draw(st.integers(0, 4)))
    )
    offset_element = NUMBER_TEXT.map(lambda text: f"<TimeZoneUtcOffset>{text}</TimeZoneUtcOffset>")
    offset = draw(st.one_of(st.just(""), offset_element))
    category = draw(st.sampled_from(["Running", "My Activities", "Cycling", ""]))
    return (
        '<?xml version="1.0"?><FitnessWorkbook xmlns="http://www.zonefivesoftware.com/xmlschemas/FitnessLogbook/v3">'
        f'<AthleteLog><Activity StartTime="{draw(ISO_TIME)}">{offset}'
        f'<Duration TotalSeconds="{draw(NUMBER_TEXT)}"/><Distance TotalMeters="{draw(NUMBER_TEXT)}"/>'
        f'<Elevation AscendMeters="{draw(NUMBER_TEXT)}"/><Category Name="{category}"/>'
        f'<Track StartTime="2026-03-02T07:00:00Z">{points}</Track></Activity></AthleteLog></FitnessWorkbook>'
    ).encode()


@settings(max_examples=150, deadline=None)
@given(fitlog_file())
def test_any_figure_of_a_logbook_is_read_or_refused_in_the_formats_own_terms(data: bytes) -> None:
    check("fuzzed.fitlog", data)
