"""Hostile archives and folders: each refused with a message naming the archive and the member, nothing
written outside a private temporary folder, the good members still read."""

from __future__ import annotations

import io
import os
import stat
import struct
import tempfile
import zipfile
from pathlib import Path

import pytest

from calfdesk.importers import archive
from calfdesk.services import training
from calfdesk.storage import training_store
from calfdesk.storage.database import Database
from tests.export_archives import zip_bytes
from tests.training_files import START, fit_bytes, gpx_text


def write(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


def errors(report: training.ImportReport) -> dict[str, str]:
    return {item.name: item.error or "" for item in report.failed}


def zip_with(infos: list[tuple[zipfile.ZipInfo, bytes]]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as bundle:
        for info, data in infos:
            info.compress_type = zipfile.ZIP_DEFLATED
            bundle.writestr(info, data)
    return buffer.getvalue()


GOOD = gpx_text().encode()


def test_a_zip_bomb_member_is_refused_by_its_declared_ratio(db: Database, tmp_path: Path) -> None:
    bomb = zip_with([(zipfile.ZipInfo("big.gpx"), b"\0" * (20 * 1024 * 1024)), (zipfile.ZipInfo("ok.gpx"), GOOD)])
    report = training.import_files(db, [write(tmp_path, "bomb.zip", bomb)])
    assert "unpacks" in errors(report)["bomb.zip › big.gpx"] and "zip bomb" in errors(report)["bomb.zip › big.gpx"]
    assert report.added == 1


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("../../escape.gpx", "climbs out of the archive"),
        ("runs/../../escape.gpx", "climbs out of the archive"),
        ("/etc/escape.gpx", "absolute name"),
        ("C:/Users/escape.gpx", "absolute name"),
    ],
)
def test_names_leading_outside_are_refused(db: Database, tmp_path: Path, name: str, reason: str) -> None:
    bundle = zip_with([(zipfile.ZipInfo(name), GOOD)])
    report = training.import_files(db, [write(tmp_path, "names.zip", bundle)])
    assert reason in errors(report)[f"names.zip › {name}"]
    assert report.added == 0 and not (tmp_path.parent / "escape.gpx").exists()


def test_symbolic_links_in_an_archive_are_refused(db: Database, tmp_path: Path) -> None:
    link = zipfile.ZipInfo("link.gpx")
    link.create_system = 3
    link.external_attr = (stat.S_IFLNK | 0o777) << 16
    report = training.import_files(db, [write(tmp_path, "links.zip", zip_with([(link, b"/etc/passwd")]))])
    assert "symbolic link" in errors(report)["links.zip › link.gpx"]


def forged_count(data: bytes, count: int) -> bytes:
    """The archive with its end record declaring `count` members."""
    position = data.rfind(b"PK\x05\x06")
    return data[: position + 8] + struct.pack("<HH", count, count) + data[position + 12 :]


def test_millions_of_members_are_refused_before_the_directory_is_read(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(archive, "MAX_MEMBERS", 50_000)
    forged = forged_count(zip_bytes({"a.gpx": GOOD}), 60_000)
    report = training.import_files(db, [write(tmp_path, "many.zip", forged)])
    assert errors(report) == {"many.zip": "holds 60,000 members; more than 50,000 is not an activity export"}
    monkeypatch.setattr(archive, "MAX_MEMBERS", 30)
    tiny = zip_bytes({f"empty{index}.txt": b"" for index in range(31)})
    assert "holds 31 members" in errors(training.import_files(db, [write(tmp_path, "tiny.zip", tiny)]))["tiny.zip"]


def test_a_truncated_archive_and_a_damaged_member(db: Database, tmp_path: Path) -> None:
    whole = zip_bytes({"a.gpx": GOOD, "b.fit": fit_bytes(start=START.replace(day=5))})
    cut = write(tmp_path, "cut.zip", whole[: len(whole) // 2])
    assert "damaged or incomplete" in errors(training.import_files(db, [cut]))["cut.zip"]
    data = bytearray(zip_bytes({"a.gpx": GOOD * 3, "b.fit": fit_bytes(start=START.replace(day=5))}, compression=0))
    position = data.find(b"<trkseg>")
    data[position : position + 8] = b"<trkXXX>"  # the stored bytes no longer match their checksum
    report = training.import_files(db, [write(tmp_path, "damaged.zip", bytes(data))])
    assert "damaged" in errors(report)["damaged.zip › a.gpx"] and report.added == 1


def test_archives_nested_more_than_two_levels_are_refused(db: Database, tmp_path: Path) -> None:
    two = zip_bytes({"inner.zip": zip_bytes({"a.gpx": GOOD})})
    three = zip_bytes({"outer.zip": zip_bytes({"inner.zip": zip_bytes({"b.gpx": GOOD})})})
    assert training.import_files(db, [write(tmp_path, "two.zip", two)]).added == 1
    report = training.import_files(db, [write(tmp_path, "three.zip", three)])
    assert "nested more than 2 levels" in errors(report)["three.zip › outer.zip › inner.zip"]


def test_overlapping_members_are_refused(db: Database, tmp_path: Path) -> None:
    data = bytearray(zip_bytes({"a.gpx": GOOD * 50, "b.gpx": GOOD}))
    # Point the second directory entry at the first member's data, declaring its sizes: a classic overlap.
    first = data.find(b"PK\x01\x02")
    second = data.find(b"PK\x01\x02", first + 4)
    data[second + 20 : second + 28] = data[first + 20 : first + 28]
    data[second + 42 : second + 46] = data[first + 42 : first + 46]
    report = training.import_files(db, [write(tmp_path, "overlap.zip", bytes(data))])
    assert "overlap" in errors(report)["overlap.zip"]


def test_nothing_is_extracted_outside_a_private_temporary_folder(db: Database, tmp_path: Path) -> None:
    temporary = Path(tempfile.gettempdir())
    before = {path.name for path in temporary.iterdir()}
    inner = zip_bytes({f"day{day}.fit": fit_bytes(start=START.replace(day=day)) for day in range(1, 4)})
    report = training.import_files(db, [write(tmp_path, "nested.zip", zip_bytes({"inner.zip": inner}))])
    assert report.added == 3
    after = {path.name for path in temporary.iterdir()}
    left = {name for name in after - before if name.startswith("calfdesk-import")}
    assert left == set()


def test_a_folder_refuses_links_and_special_files_and_reads_the_rest(db: Database, tmp_path: Path) -> None:
    folder = tmp_path / "runs"
    folder.mkdir()
    write(folder, "a.gpx", GOOD)
    (folder / "passwd.gpx").symlink_to("/etc/passwd")
    (folder / "loop").symlink_to(folder)
    os.mkfifo(folder / "pipe.gpx")
    report = training.import_files(db, [folder])
    assert errors(report) == {
        "runs › loop": "a symbolic link; links are not followed",
        "runs › passwd.gpx": "a symbolic link; links are not followed",
        "runs › pipe.gpx": "not a regular file (a device, pipe or socket); not read",
    }
    assert training_store.count_runs(db) == 1


def test_a_member_that_is_not_a_zip_inside_is_a_clear_error(db: Database, tmp_path: Path) -> None:
    bundle = zip_bytes({"fake.zip": b"this is not an archive at all", "a.gpx": GOOD})
    report = training.import_files(db, [write(tmp_path, "outer.zip", bundle)])
    assert "not a zip archive" in errors(report)["outer.zip › fake.zip"] and report.added == 1


def test_members_sharing_a_name_are_refused_not_silently_the_last_one_read(db: Database, tmp_path: Path) -> None:
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns about writing a duplicate name, as an attacker would
        bundle = zip_with(
            [
                (zipfile.ZipInfo("run.gpx"), GOOD),
                (zipfile.ZipInfo("run.gpx"), gpx_text(start=START.replace(year=2025), points=9).encode()),
                (zipfile.ZipInfo("other.gpx"), gpx_text(start=START.replace(month=4)).encode()),
            ]
        )
    report = training.import_files(db, [write(tmp_path, "twice.zip", bundle)])
    assert "2 members of this name; none is read" in errors(report)["twice.zip › run.gpx"]
    assert report.added == 1, "the member with a name of its own is read"
    assert [run.start.month for run in training_store.list_runs(db)] == [4]
