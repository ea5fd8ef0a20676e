"""A full disk is named by the disk that is full: when SQLite's temporary folder (where an import stages its
rows) runs out of room, the message names that folder, not the disk of the data file, which has room; and
nothing is imported."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from calfdesk import paths
from tests.reliability import digest, fill_disk, make_diary, run_cli, tiny_disk
from tests.storage.test_import_memory import write_csv


def test_a_full_temporary_folder_is_named_and_not_the_data_files_disk(data_dir: Path, tmp_path: Path) -> None:
    make_diary(data_dir, 3)
    rows = write_csv(tmp_path / "diary.csv", 60_000)
    before = digest(paths.database_path(data_dir))
    with tiny_disk(tmp_path / "temporary", size_kib=256) as temporary:
        fill_disk(temporary)
        result = run_cli(data_dir, "import", "--csv", str(rows), SQLITE_TMPDIR=str(temporary), TMPDIR=str(temporary))

    assert result.returncode == 3, result.stdout
    assert result.stderr.count("\n") == 1, result.stderr
    assert f"temporary folder {temporary} is full" in result.stderr
    assert str(paths.database_path(data_dir)) not in result.stderr
    assert digest(paths.database_path(data_dir)) == before


def test_a_full_temporary_folder_while_copying_a_nested_archive_is_named(
    db, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import tempfile

    from calfdesk.importers import archive
    from calfdesk.services import training
    from tests.export_archives import zip_bytes
    from tests.training_files import gpx_text

    inner = zip_bytes({"run.gpx": gpx_text().encode(), "padding.bin": os.urandom(600 * 1024)})
    outer = tmp_path / "export.zip"
    outer.write_bytes(zip_bytes({"inner.zip": inner, "other.gpx": gpx_text(points=8).encode()}))
    # Nested archives are kept in memory up to a size; a small one goes to the temporary folder here.
    monkeypatch.setattr(archive, "SPOOL_IN_MEMORY_BYTES", 1024)
    with tiny_disk(tmp_path / "temporary", size_kib=256) as temporary:
        monkeypatch.setattr(tempfile, "tempdir", str(temporary))
        report = training.import_files(db, [outer])

    [failed] = report.failed
    assert failed.name.endswith("inner.zip")
    assert f"the disk holding the temporary folder {temporary} is full" in (failed.error or "")
    assert report.added == 1, "the other file of the archive is still read"
