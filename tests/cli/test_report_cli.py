"""`calfdesk report`: a PDF a clinician can read, checked through its text (pdftotext) and page count."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

from calfdesk.domain.diary import make_entry
from calfdesk.domain.runs import make_run
from calfdesk.domain.shoes import make_shoe
from calfdesk.services import assessment, rehab, training
from calfdesk.storage import diary_store
from calfdesk.storage.database import open_database
from calfdesk.ui.report.pdf import count_pages

START = dt.date(2026, 3, 2)  # a Monday
END = dt.date(2026, 3, 29)
ACHILLES = {
    "location": "achilles",
    "side": "left",
    "onset": "gradual",
    "pain_pattern": ["push_off", "morning_stiffness"],
    "heel_raise": "painful",
    "duration": "2_to_6_weeks",
    "training_changes": ["more_hills"],
}

needs_poppler = pytest.mark.skipif(
    shutil.which("pdftotext") is None or shutil.which("pdfinfo") is None,
    reason="needs pdftotext and pdfinfo from poppler-utils (.ci/run installs them)",
)


def seed(data_dir: Path) -> None:
    db = open_database(data_dir)
    try:
        taken = dt.datetime.combine(START, dt.time(9, 30)).astimezone()
        assessment.save_assessment(db, ACHILLES, taken_at=taken)
        rehab.start_plan(db, "achilles_tendinopathy", side="left", today=START)
        shoe = training.add_shoe(db, make_shoe(name="Trail pair", start_km=100.0))
        for offset in range(28):
            day = START + dt.timedelta(days=offset)
            soreness = 6 if offset < 7 else 3
            note = "Hill repeats, tight after" if offset == 3 else ""
            diary_store.add_entry(
                db,
                make_entry(
                    local_date=day,
                    local_time=dt.time(7, 30),
                    soreness=soreness,
                    context="morning",
                    location="achilles",
                    side="left",
                    stiffness_min=20 if offset < 7 else 10,
                    notes=note,
                ),
            )
            plan = rehab.today_plan(db, day)
            assert plan is not None
            for item in plan.items[: len(plan.items) // 2 if offset < 7 else len(plan.items)]:
                rehab.set_item_done(db, item.id, today=day)
            if offset % 3 == 0:
                start = dt.datetime.combine(day, dt.time(18)).astimezone()
                training.add_run(db, make_run(start=start, duration_s=1800, distance_km=5.0, shoe_id=shoe.id))
        rehab.record_heel_raise_test(db, START + dt.timedelta(days=6), 12, 24)
        rehab.record_heel_raise_test(db, START + dt.timedelta(days=20), 18, 24)
        diary_store.add_entry(db, make_entry(local_date=END + dt.timedelta(days=1), local_time=dt.time(8), soreness=9))
    finally:
        db.close()


def report(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "calfdesk", "--data-dir", str(data_dir), "report", *args],
        capture_output=True,
        text=True,
        timeout=120,
    )


def pdf_text(path: Path) -> str:
    """The PDF's words in reading order, ligatures (ff, fi) spelled out, whitespace collapsed."""
    raw = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return " ".join(unicodedata.normalize("NFKC", raw).split())


def pdf_info(path: Path) -> dict[str, str]:
    output = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return {key.strip(): value.strip() for key, _, value in (line.partition(":") for line in output.splitlines())}


@needs_poppler
@pytest.mark.slow
def test_the_report_holds_every_section_for_the_period(data_dir: Path, tmp_path: Path) -> None:
    seed(data_dir)
    target = tmp_path / "for my physio.pdf"
    result = report(data_dir, "--from", START.isoformat(), "--to", END.isoformat(), "--pdf", str(target))
    assert result.returncode == 0, result.stderr
    info = pdf_info(target)
    pages = int(info["Pages"])
    assert result.stdout.strip() == f"wrote {target} ({pages} pages)"
    assert 2 <= pages <= 6
    assert count_pages(target.read_bytes()) == pages
    assert "595 x 842" in info["Page size"], "A4 by default"
    assert target.stat().st_mode & 0o777 == 0o600

    text = pdf_text(target)
    assert "calfdesk report: 2 Mar 2026 to 29 Mar 2026" in text
    assert "does not diagnose" in text
    # the latest assessment, its triage and the answers behind the best fit
    assert "Triage: Self-care" in text
    assert "Achilles tendinopathy fits well" in text
    assert "%" not in text.split("Possible cause")[1].split("Soreness")[0], "no score reads as a probability"
    assert "You said it hurts most when you push off." in text
    # soreness: summary and the weekly table (mean, worst, morning stiffness)
    assert "28 entries on 28 of 28 days" in text
    assert "2 Mar 7 6.0 6 20 min" in text
    assert "9 Mar 7 3.0 3 10 min" in text
    # heel-raise trend with the side-to-side ratio (left sore: 12/24 then 18/24)
    assert "8 Mar 2026 12 24 50%" in text
    assert "22 Mar 2026 18 24 75%" in text
    # adherence by week and training
    assert "Achilles tendon" in text and "Items done" in text
    assert "Trail pair" in text
    assert "km" in text
    assert "Hill repeats, tight after" in text
    assert "worst 6." in text, "the entry after the period is left out"


def test_a_plan_started_against_the_advice_shows_the_clinicians_clearance(data_dir: Path) -> None:
    from calfdesk.services.report import gather_report
    from calfdesk.ui.report.report_html import report_html

    db = open_database(data_dir)
    try:
        taken = dt.datetime.combine(START, dt.time(9, 30)).astimezone()
        assessment.save_assessment(db, {"pop_at_onset": True, "heel_raise": "painful"}, taken_at=taken)
        rehab.start_plan(db, "calf_strain", side="left", today=START + dt.timedelta(days=10), cleared=True)
        html = report_html(gather_report(db, START, END))
    finally:
        db.close()
    assert "Started against the assessment of 2 Mar 2026" in html
    assert "a clinician had cleared them" in html
    assert "A pop or snap when it started should be examined" in html


@needs_poppler
@pytest.mark.slow
def test_letter_paper_and_the_runners_unit(data_dir: Path, tmp_path: Path) -> None:
    seed(data_dir)
    (data_dir / "settings.json").write_text('{"units": "mi"}', encoding="utf-8")
    target = tmp_path / "letter.pdf"
    result = report(
        data_dir, "--from", START.isoformat(), "--to", END.isoformat(), "--pdf", str(target), "--page-size", "letter"
    )
    assert result.returncode == 0, result.stderr
    assert "612 x 792" in pdf_info(target)["Page size"]
    text = pdf_text(target)
    assert "Trail pair" in text and " mi " in text


@pytest.mark.parametrize(
    ("args", "field"),
    [
        (["--from", "2026-03-10", "--to", "2026-03-01"], "--from"),
        (["--from", "10/03/2026"], "--from"),
        (["--page-size", "a5"], "page-size"),
    ],
)
def test_invalid_input_exits_2_and_writes_nothing(data_dir: Path, tmp_path: Path, args: list[str], field: str) -> None:
    target = tmp_path / "r.pdf"
    result = report(data_dir, *args, "--pdf", str(target))
    assert result.returncode == 2
    assert field in result.stderr and result.stderr.count("\n") == 1
    assert not target.exists()
    assert not (data_dir / "calfdesk.sqlite3").exists(), "nothing was written"


def test_a_missing_folder_is_invalid_input(data_dir: Path, tmp_path: Path) -> None:
    result = report(data_dir, "--pdf", str(tmp_path / "nowhere" / "r.pdf"))
    assert result.returncode == 2
    assert "does not exist" in result.stderr


def test_the_report_shows_the_warning_signs_screened(data_dir: Path) -> None:
    """A clinician sees what was screened: each sign and its answer, "not sure" quoted as such, and when to be
    seen; a suspected rupture shows what a clinician would look for, never a fit against one of the four."""
    from calfdesk.services.report import gather_report
    from calfdesk.ui.report.report_html import report_html

    answers = {
        "location": "achilles",
        "onset": "sudden",
        "onset_event": "push_off_or_jump",
        "pop_at_onset": False,
        "breathless_or_chest_pain": False,
        "fever": "not_sure",
        "clot_risk": [],
    }
    db = open_database(data_dir)
    try:
        taken = dt.datetime.combine(START, dt.time(9, 30)).astimezone()
        assessment.save_assessment(db, answers, taken_at=taken)
        html = report_html(gather_report(db, START, END))
    finally:
        db.close()
    screen = html.split("Warning signs screened")[1].split("</table>")[0]
    assert "<td>fever or feeling unwell</td><td>&quot;not sure&quot;</td>" in screen
    assert "<td>breathlessness or chest pain</td><td>no</td>" in screen
    assert "<td>a cold, pale or blue foot</td><td>not answered</td>" in screen
    assert "<td>a pop or snap when it started</td><td>no</td>" in screen
    assert "When to be seen:</b> today." in html
    assert "Triage: See a doctor today</b>. Contact a doctor" in html, "the headline is not repeated"
    assert "<td>the clot risks</td><td>none of these</td>" in screen
    assert "does not look like one of the four common causes" in html
    assert "a tear through the Achilles tendon" in html
    assessment_part = html.split("Warning signs screened")[1].split("Soreness")[0]
    assert "fits well" not in assessment_part and "Achilles tendinopathy" not in assessment_part
