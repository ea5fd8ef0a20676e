"""Moving the data folder never harms what is already there and never leaves half a move behind: a file of the
runner's in the target's backups/ is never overwritten, a link that leads back into the current folder is that
folder, and a move that fails on a full disk leaves the target as it found it."""

from __future__ import annotations

from pathlib import Path

import pytest

from calfdesk import paths
from calfdesk.errors import InvalidInput, StorageError, StorageProblem
from calfdesk.services import backups, data_folder
from calfdesk.storage.database import open_database
from tests.reliability import digest, make_diary, tiny_disk


def test_a_runners_file_in_the_targets_backups_is_never_overwritten(data_dir: Path, tmp_path: Path) -> None:
    make_diary(data_dir, 5)
    info = backups.back_up_now(data_dir)
    target = tmp_path / "new home"
    (target / "backups").mkdir(parents=True)
    own = target / "backups" / info.name
    own.write_text("the runner's own notes, under an unlucky name", encoding="utf-8")
    before = digest(own)

    db = open_database(data_dir)
    try:
        with pytest.raises(InvalidInput) as caught:
            data_folder.copy_data_folder(db, target)
    finally:
        db.close()

    assert caught.value.field == "folder" and info.name in caught.value.message
    assert digest(own) == before
    assert not paths.database_path(target).exists(), "nothing was copied"


@pytest.mark.parametrize("into", ["the folder itself", "a folder inside it"])
def test_a_link_that_leads_back_into_the_current_folder_is_refused(data_dir: Path, tmp_path: Path, into: str) -> None:
    make_diary(data_dir, 3)
    inside = data_dir if into == "the folder itself" else data_dir / "inner"
    inside.mkdir(exist_ok=True)
    link = tmp_path / "looks elsewhere"
    link.symlink_to(inside, target_is_directory=True)
    before = sorted(path.name for path in data_dir.iterdir())

    db = open_database(data_dir)
    try:
        with pytest.raises(InvalidInput) as caught:
            data_folder.copy_data_folder(db, link)
    finally:
        db.close()

    assert caught.value.field == "folder"
    assert sorted(path.name for path in data_dir.iterdir()) == before
    assert not paths.database_path(inside).exists() or inside == data_dir


def test_a_move_onto_a_full_disk_leaves_the_target_as_it_was(data_dir: Path, tmp_path: Path) -> None:
    make_diary(data_dir, 2000, note="a long note to make the diary take some room " * 3)
    for _ in range(3):
        backups.back_up_now(data_dir)
    with tiny_disk(tmp_path / "small", size_kib=512) as small:
        target = small / "calfdesk"
        db = open_database(data_dir)
        try:
            with pytest.raises(StorageError) as caught:
                data_folder.copy_data_folder(db, target)
        finally:
            db.close()
        assert caught.value.problem is StorageProblem.DISK_FULL
        assert not list(Path(small).iterdir()), "no data file, no empty backups/, no folder the move made"
