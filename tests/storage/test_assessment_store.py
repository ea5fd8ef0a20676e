"""The assessment history in the data file: saving, listing, reopening, and the schema migration."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from calfdesk.domain.assessment_result import AssessmentResult
from calfdesk.services import assessment
from calfdesk.storage.database import Database, open_database
from calfdesk.storage.file_checks import read_revisions
from calfdesk.storage.schema import HEAD_REVISIONS
from tests.reliability import file_at_revision

ACHILLES = {
    "location": "achilles",
    "onset": "gradual",
    "pain_pattern": ["push_off", "morning_stiffness"],
    "tendon_thickening": True,
    "pain_now": 3,
}
PLUS_ONE = dt.timezone(dt.timedelta(hours=1))


def test_saved_assessment_reopens_with_answers_result_time_and_version(db: Database) -> None:
    taken = dt.datetime(2026, 3, 14, 7, 30, tzinfo=PLUS_ONE)
    saved = assessment.save_assessment(db, ACHILLES, taken_at=taken)
    assert saved.id is not None

    again = assessment.get_assessment(db, saved.id)
    assert again is not None
    assert again.taken_at == taken
    assert again.answers["pain_pattern"] == ("push_off", "morning_stiffness")
    assert again.answers["pain_now"] == 3
    assert again.result == assessment.run_assessment(ACHILLES)
    assert again.content_version == again.result.content_version != ""


def test_history_lists_newest_first_with_top_result(db: Database) -> None:
    first = assessment.save_assessment(db, ACHILLES)
    second = assessment.save_assessment(db, {"breathless_or_chest_pain": True})
    history = assessment.list_history(db)
    assert [item.id for item in history] == [second.id, first.id]
    assert history[0].triage == "emergency"
    assert history[0].plan is None
    assert history[1].top_condition == "achilles_tendinopathy"
    assert history[1].top_score == 1.0
    assert history[1].plan == "achilles_tendinopathy"


def test_a_saved_result_is_shown_as_it_was_even_when_the_content_changes(db: Database) -> None:
    result = assessment.run_assessment(ACHILLES)
    old = AssessmentResult.from_json({**result.to_json(), "content_version": "2020.1", "disclaimer": "old words"})
    saved = assessment.save_assessment(db, ACHILLES, old)
    assert saved.id is not None
    again = assessment.get_assessment(db, saved.id)
    assert again is not None
    assert again.content_version == "2020.1"
    assert again.result.disclaimer == "old words"


def test_missing_assessment_is_none(db: Database) -> None:
    assert assessment.get_assessment(db, 999) is None
    assert assessment.list_history(db) == []


def test_diary_only_file_is_upgraded_and_keeps_its_entries(data_dir: Path) -> None:
    path = file_at_revision(data_dir, "0001_diary")
    with sqlite3.connect(path) as connection:
        connection.execute(
            "INSERT INTO diary_entry (local_date, local_time, utc_offset_min, context, soreness, location, side, "
            "notes, created_utc) VALUES ('2026-01-02', '07:00', 0, 'morning', 4, 'calf', 'left', '', 'x')"
        )
    connection.close()
    assert read_revisions(path) == frozenset({"0001_diary"})

    database = open_database(data_dir)
    try:
        assert read_revisions(path) == HEAD_REVISIONS
        assessment.save_assessment(database, {"side": "left"})
        with database.raw() as raw:
            assert raw.execute("SELECT COUNT(*) FROM diary_entry").fetchone()[0] == 1
            assert raw.execute("SELECT COUNT(*) FROM assessment").fetchone()[0] == 1
    finally:
        database.close()


def test_head_revisions_match_the_migration_scripts() -> None:
    from calfdesk.storage.migrate import script_heads

    assert script_heads() == HEAD_REVISIONS
