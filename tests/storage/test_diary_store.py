import datetime as dt
import io

from calfdesk.domain.diary import make_entry
from calfdesk.services import diary
from calfdesk.storage import diary_store


def entry(day: int = 1, hour: int = 7, soreness: int = 3, **kwargs: object):
    return make_entry(
        local_date=dt.date(2026, 3, day),
        local_time=dt.time(hour, 0),
        soreness=soreness,
        utc_offset_min=60,
        **kwargs,  # type: ignore[arg-type]
    )


def test_log_then_list_returns_plain_entries_with_ids(db) -> None:
    saved = diary_store.add_entry(db, entry(notes="first"))
    assert saved.id is not None
    [listed] = diary_store.list_entries(db)
    assert listed == saved
    assert listed.id == saved.id


def test_several_entries_per_day_are_allowed(db) -> None:
    diary_store.add_entry(db, entry(hour=7, context="morning"))
    diary_store.add_entry(db, entry(hour=18, context="after_run"))
    diary_store.add_entry(db, entry(hour=18, context="after_run"))
    assert len(diary_store.list_entries(db)) == 3


def test_edit_returns_the_previous_version(db) -> None:
    saved = diary_store.add_entry(db, entry(soreness=3))
    changed = make_entry(
        local_date=saved.local_date, local_time=saved.local_time, soreness=6, utc_offset_min=60, entry_id=saved.id
    )
    previous = diary_store.update_entry(db, changed)
    assert previous.soreness == 3
    assert diary_store.get_entry(db, saved.id).soreness == 6  # type: ignore[arg-type, union-attr]


def test_delete_and_restore_keep_the_id(db) -> None:
    saved = diary_store.add_entry(db, entry())
    removed = diary_store.delete_entry(db, saved.id)  # type: ignore[arg-type]
    assert diary_store.list_entries(db) == []
    diary_store.add_entry(db, removed)
    assert diary_store.list_entries(db)[0].id == saved.id


def test_date_range_and_newest_first(db) -> None:
    for day in (1, 5, 9):
        diary_store.add_entry(db, entry(day=day))
    in_range = diary_store.list_entries(db, dt.date(2026, 3, 2), dt.date(2026, 3, 9), newest_first=True)
    assert [e.local_date.day for e in in_range] == [9, 5]


def test_daily_worst_is_aggregated_per_day(db) -> None:
    diary_store.add_entry(db, entry(day=1, hour=7, soreness=2))
    diary_store.add_entry(db, entry(day=1, hour=18, soreness=6))
    diary_store.add_entry(db, entry(day=2, hour=7, soreness=1))
    assert diary_store.daily_worst(db) == [(dt.date(2026, 3, 1), 6), (dt.date(2026, 3, 2), 1)]


def test_export_writes_contract_columns_and_guards_formulas(db) -> None:
    diary_store.add_entry(db, entry(notes='=HYPERLINK("x")', stiffness_min=15, context="morning"))
    stream = io.StringIO(newline="")
    assert diary.export_csv(db, stream) == 1
    lines = stream.getvalue().split("\r\n")
    assert lines[0].startswith("date,time,context,soreness,location,side,stiffness_min,notes")
    assert lines[1] == '2026-03-01,07:00,morning,3,calf,both,15,"\'=HYPERLINK(""x"")",60'


def test_import_skips_duplicates_of_stored_and_repeated_rows(db) -> None:
    diary_store.add_entry(db, entry(day=1, context="morning"))
    data = (
        b"date,time,context,soreness\r\n"
        b"2026-03-01,07:00,morning,5\r\n"
        b"2026-03-02,07:00,morning,5\r\n"
        b"2026-03-02,07:00,morning,4\r\n"
    )
    preview = diary.import_csv(db, data)
    assert [line for line, _ in preview.to_add] == [3]
    assert [line for line, _ in preview.duplicates] == [2, 4]
    assert (preview.new_count, preview.duplicate_count) == (1, 2)
    assert len(diary_store.list_entries(db)) == 2


def test_import_with_a_bad_row_imports_nothing(db) -> None:
    import pytest

    from calfdesk.errors import InvalidInput

    data = b"date,soreness\r\n2026-03-01,4\r\n2026-03-02,eleven\r\n"
    with pytest.raises(InvalidInput, match="line 3"):
        diary.import_csv(db, data)
    assert diary_store.list_entries(db) == []


def test_dry_run_writes_nothing(db) -> None:
    preview = diary.import_csv(db, b"date,soreness\r\n2026-03-01,4\r\n", dry_run=True)
    assert preview.new_count == 1 and len(preview.to_add) == 1
    assert diary_store.list_entries(db) == []
