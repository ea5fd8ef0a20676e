"""Property tests: export -> import -> export is byte-identical; arbitrary bytes never crash an import."""

import datetime as dt
import hashlib
import io
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from calfdesk.domain.diary import CONTEXTS, LOCATIONS, SIDES, make_entry
from calfdesk.errors import InvalidInput
from calfdesk.services import diary
from calfdesk.storage import diary_store
from calfdesk.storage.database import open_database

notes_text = st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=40)
entries = st.builds(
    make_entry,
    local_date=st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date.today()),
    local_time=st.times().map(lambda t: t.replace(second=0, microsecond=0)),
    soreness=st.integers(0, 10),
    context=st.sampled_from(CONTEXTS),
    location=st.sampled_from(LOCATIONS),
    side=st.sampled_from(SIDES),
    stiffness_min=st.none() | st.integers(0, 1440),
    notes=notes_text | st.sampled_from(["=1+2", "+x", "-3", "@a", "\tt", "'=x", "''+y", 'a,b"c\nd']),
    utc_offset_min=st.integers(-12 * 60, 14 * 60),
)


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One migrated, empty data file that each example copies (so examples stay fast)."""
    folder = tmp_path_factory.mktemp("template")
    open_database(folder).close()
    return folder / "calfdesk.sqlite3"


def fresh_db(template: Path, tmp_path_factory: pytest.TempPathFactory):
    folder = tmp_path_factory.mktemp("example")
    folder.chmod(0o700)
    shutil.copy(template, folder / "calfdesk.sqlite3")
    return open_database(folder)


def export(db) -> str:
    stream = io.StringIO(newline="")
    diary.export_csv(db, stream)
    return stream.getvalue()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(items=st.lists(entries, max_size=25))
def test_export_import_export_is_byte_identical(items, template: Path, tmp_path_factory) -> None:
    first = fresh_db(template, tmp_path_factory)
    second = fresh_db(template, tmp_path_factory)
    try:
        diary_store.add_entries_bulk(first, items)
        exported = export(first)
        if items:
            preview = diary.import_csv(second, exported.encode("utf-8"))
            assert len(preview.to_add) + len(preview.duplicates) == len(items)
        assert export(second) == _without_duplicates(exported)
    finally:
        first.close()
        second.close()


def _without_duplicates(exported: str) -> str:
    """Import skips rows whose date, time, context, location and side repeat; so does the expectation."""
    import csv

    rows = list(csv.reader(io.StringIO(exported, newline="")))
    seen: set[tuple[str, ...]] = set()
    kept = [rows[0]]
    for row in rows[1:]:
        key = (row[0], row[1], row[2], row[4], row[5])
        if key not in seen:
            seen.add(key)
            kept.append(row)
    out = io.StringIO(newline="")
    csv.writer(out, lineterminator="\r\n").writerows(kept)
    return out.getvalue()


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=600) | st.text(max_size=300).map(lambda t: ("date,soreness\n" + t).encode()))
def test_arbitrary_bytes_never_crash_and_never_write(data: bytes, template: Path, tmp_path_factory) -> None:
    db = fresh_db(template, tmp_path_factory)
    try:
        diary_store.add_entry(db, make_entry(local_date=dt.date(2026, 1, 1), local_time=dt.time(7), soreness=1))
        db.close()
        before = hashlib.sha256(db.path.read_bytes()).hexdigest()
        db = open_database(db.data_dir)
        try:
            diary.import_csv(db, data, dry_run=True)
        except InvalidInput as error:
            assert str(error)
        db.close()
        assert hashlib.sha256(db.path.read_bytes()).hexdigest() == before
    finally:
        db.close()
