"""The report's "Measures over time" section: each measure's values, its trend and whether the change passes
the smallest change that matters."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from calfdesk.services import measures, rehab
from calfdesk.storage.database import open_database
from tests.cli.test_report_cli import needs_poppler, pdf_text, report

PACK = Path(__file__).resolve().parents[1] / "data" / "made_up_pack.toml"
START = dt.date(2026, 3, 2)
END = dt.date(2026, 3, 29)


@needs_poppler
@pytest.mark.slow
def test_the_report_shows_each_measure_its_trend_and_the_smallest_change(data_dir: Path, tmp_path: Path) -> None:
    db = open_database(data_dir)
    try:
        rehab.start_plan(db, "achilles_tendinopathy", side="left", today=START)
        measures.set_psfs_activities(db, ["running 10 km", "<b>stairs</b>", "hopping"])
        measures.add_psfs(db, START, [2, 4, 3])
        measures.add_psfs(db, START + dt.timedelta(days=14), [4, 5, 3])
        measures.add_psfs(db, START + dt.timedelta(days=21), [6, 6, 4])
        measures.add_psfs(db, END + dt.timedelta(days=7), [9, 9, 9])
        rehab.record_heel_raise_test(db, START + dt.timedelta(days=6), 12, 24)
        rehab.record_heel_raise_test(db, START + dt.timedelta(days=20), 15, 24)
        measures.add_pack(db, PACK.read_text(encoding="utf-8"))
        measures.answer_pack(db, "made_up_tendon", START + dt.timedelta(days=3), [3, 2, 10])
        measures.answer_pack(db, "made_up_tendon", START + dt.timedelta(days=24), [5, 4, 5])
    finally:
        db.close()
    target = tmp_path / "report.pdf"
    result = report(data_dir, "--from", START.isoformat(), "--to", END.isoformat(), "--pdf", str(target))
    assert result.returncode == 0, result.stderr
    text = pdf_text(target)
    section = text.split("Measures over time")[1].split("Rehab plan adherence")[0]
    assert "Activities you find hard (PSFS)" in section
    assert "<b>stairs</b>" in section, "the runner's words are shown as plain text"
    assert "2 Mar 2026 3 2 4 3" in section
    assert "23 Mar 2026 5.3 6 6 4" in section
    assert "9 9 9" not in section, "a reading after the period is left out"
    assert "Mean of your activities 3 5.3 +2.3 2 yes, better" in section
    assert "running 10 km 2 6 +4 3 yes, better" in section
    assert "hopping 3 4 +1 3 no" in section
    assert "Sore leg 12 15 +3 6 no" in section
    assert "Made-up tendon questionnaire <b>v1</b>" in section
    assert "given under the licence of Dr. Ada Example, Example Physio Clinic" in section
    assert "Score 16.7 46.7 +30 10 yes, better" in section
