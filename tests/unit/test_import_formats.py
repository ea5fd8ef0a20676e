"""The formats beyond GPX, TCX, FIT and the export CSVs, each on real files of other open-source projects
(tests/data/<format>/LICENSES.md names them and the reference values used here)."""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

import pytest

from calfdesk.errors import InvalidInput
from calfdesk.importers import read_activity_file
from calfdesk.services import training

DATA = Path(__file__).resolve().parents[1] / "data"


def real(folder: str, name: str) -> bytes:
    return (DATA / folder / name).read_bytes()


# KML and KMZ -------------------------------------------------------------------------------------------

MY_TRACKS_KM = 4.83 * 1.609344  # the file's own summary: 4.83 mi in 1h42'09"


def test_a_kml_track_is_read_with_its_own_summary_figures() -> None:
    result = read_activity_file("hike.kml", real("kml", "google_ext.kml"))
    (run,) = result.runs
    assert run.source == "kml"
    assert run.start == dt.datetime(2014, 5, 25, 18, 30, 59, tzinfo=dt.UTC)
    assert run.distance_km == pytest.approx(MY_TRACKS_KM, rel=0.01)
    assert run.duration_s == pytest.approx(6129, abs=1)
    # KML names no sport: the track is judged by how it moves.
    assert 0 in result.undeclared


def test_a_kmz_is_read_from_its_main_kml_and_a_file_without_track_is_refused() -> None:
    packed = io.BytesIO()
    with zipfile.ZipFile(packed, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("doc.kml", real("kml", "google_ext.kml"))
    (run,) = read_activity_file("hike.kmz", packed.getvalue()).runs
    assert run.distance_km == pytest.approx(MY_TRACKS_KM, rel=0.01)
    route = (
        b'<?xml version="1.0"?><kml xmlns="http://www.opengis.net/kml/2.2"><Placemark><LineString>'
        b"<coordinates>8.97,48.50,400 8.98,48.51,410</coordinates></LineString></Placemark></kml>"
    )
    with pytest.raises(InvalidInput, match="no track"):
        read_activity_file("route.kml", route)


def test_a_kml_run_is_stored_under_its_own_source_without_a_change_to_the_data_file(db) -> None:
    # 4.6 km/h on average, but stretches at 12 km/h: a run-walk, taken as the untyped GPX tracks are.
    report = training.import_data(db, "hike.kml", real("kml", "google_ext.kml"))
    assert report.added == 1
    [run] = training.list_runs(db)
    assert run.source == "kml" and run.source_file == "hike.kml"
