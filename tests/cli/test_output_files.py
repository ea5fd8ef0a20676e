"""Output files on a full disk: the report and the diary export are written beside their target and renamed
over it only once complete and synced; on failure the old file stays, exit 2 with one line naming the full
disk (the target's, not the data file's), and no temporary file is left."""

from __future__ import annotations

from pathlib import Path

import pytest

from calfdesk import paths
from tests.reliability import digest, fill_disk, make_diary, run_cli, tiny_disk


@pytest.fixture
def diary(data_dir: Path) -> Path:
    make_diary(data_dir, 400, note="calf tight after the hills, " * 4)
    return data_dir


@pytest.mark.slow
@pytest.mark.parametrize(
    ("name", "args"),
    [("report.pdf", ("report", "--from", "2020-01-01", "--pdf")), ("diary.csv", ("export", "--csv"))],
    ids=["report", "export"],
)
def test_a_full_target_disk_keeps_the_old_file_and_names_that_disk(
    diary: Path, tmp_path: Path, name: str, args: tuple[str, ...]
) -> None:
    with tiny_disk(tmp_path / "stick", size_kib=256) as disk:
        target = disk / name
        target.write_bytes(b"the good file from last week")
        before = digest(target)
        filler = fill_disk(disk)
        try:
            result = run_cli(diary, *args, str(target))
        finally:
            filler.unlink()
        assert result.returncode == 2, result.stderr
        (line,) = result.stderr.strip().splitlines()
        assert f"the disk holding {disk} is full" in line
        assert str(paths.database_path(diary)) not in line
        assert "wrote" not in result.stdout and "exported" not in result.stdout
        assert digest(target) == before
        assert sorted(path.name for path in disk.iterdir()) == [name]


def test_the_report_replaces_an_old_file_only_when_complete(diary: Path, tmp_path: Path) -> None:
    target = tmp_path / "report.pdf"
    target.write_bytes(b"old")
    result = run_cli(diary, "report", "--from", "2020-01-01", "--pdf", str(target))
    assert result.returncode == 0, result.stderr
    data = target.read_bytes()
    assert data.startswith(b"%PDF") and data.rstrip().endswith(b"%%EOF")
    assert target.stat().st_mode & 0o777 == 0o600
    assert sorted(path.name for path in tmp_path.iterdir() if path.name != "data") == ["report.pdf"]
