"""The PDF report says which plan ran, whose plan file it came from and how it differed from the built-in plan."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

from calfdesk.domain import rehab as domain
from calfdesk.services import rehab
from calfdesk.services.report import gather_report
from calfdesk.storage.database import open_database
from calfdesk.ui.report.report_html import report_html
from calfdesk.words.rehab import suggestion_words

START = dt.date(2026, 3, 2)
END = dt.date(2026, 3, 29)


def test_the_report_names_the_plan_file_its_clinician_and_its_changes(data_dir: Path) -> None:
    catalog = domain.load_catalog()
    text = domain.plan_file_text(catalog.plans["calf_strain"], "Dr Ana Ruiz <MD>", "Gentle <b>holds</b> & ice")
    text = text.replace("pain_limit = 2", "pain_limit = 1", 1)
    text = text.replace(
        '[[phases.items]]\nexercise = "ice"\n',
        '[[phases.items]]\nexercise = "ice"\n\n[[phases.items]]\nexercise = "seated_soleus_raise"\nloaded = true\n',
        1,
    )
    plan_file = dataclasses.replace(domain.read_plan_file(text, catalog), file_name="calf <plan>.toml")
    db = open_database(data_dir)
    try:
        rehab.start_plan(db, "calf_strain", side="left", today=START + dt.timedelta(days=1), plan_file=plan_file)
        data = gather_report(db, START, END)
        html = report_html(data)
    finally:
        db.close()
    [plan] = data.plans
    assert plan.plan_file is not None and plan.built_in_name == catalog.plans["calf_strain"].name
    assert "<b>From a plan file by Dr Ana Ruiz &lt;MD&gt;</b> (calf &lt;plan&gt;.toml)" in html
    assert "Gentle &lt;b&gt;holds&lt;/b&gt; &amp; ice" in html and "<b>holds</b>" not in html
    assert "<td>Pain limit (0-10)</td><td>2</td><td>1</td>" in html
    assert "<td>Phase “Calm”</td><td>Exercise</td><td>—</td><td>Seated heel raise</td>" in html
    first_week = plan.weeks[0]
    # Six days of the built-in calm phase (5 items a day), and the file's added raise on 3 days of its week.
    assert first_week.total == 6 * 5 + 3


def test_a_built_in_plan_is_named_as_such(data_dir: Path) -> None:
    db = open_database(data_dir)
    try:
        rehab.start_plan(db, "cramp", today=START)
        html = report_html(gather_report(db, START, END))
    finally:
        db.close()
    assert "The built-in plan “Cramps: stretch, strengthen, drink”, as calfdesk ships it." in html
    assert "From a plan file" not in html


def test_a_plan_ended_by_the_advice_to_stop_and_the_next_one_say_so(data_dir: Path) -> None:
    db = open_database(data_dir)
    day = START + dt.timedelta(days=1)
    try:
        rehab.start_plan(db, "calf_strain", side="left", today=day)
        for slot in ("morning", "day", "evening"):
            rehab.record_session_pain(db, 7, slot=slot, day=day)
            rehab.decide(db, accepted=True, day=day, words=suggestion_words)
        assert rehab.active_plan(db) is None
        rehab.start_plan(db, "cramp", today=day + dt.timedelta(days=3), cleared=True)
        html = report_html(gather_report(db, START, END))
    finally:
        db.close()
    assert "<b>Ended on 3 Mar 2026 on the plan's advice to stop loading and see a clinician</b>" in html
    assert "<b>Started after the plan that ended on 3 Mar 2026</b>" in html
