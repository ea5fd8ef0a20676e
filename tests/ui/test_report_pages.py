"""The PDF report never leaves a heading alone at the foot of a page: wherever the sections end, a heading
starts the page its text is on. The page count of the PDF written matches the layout checked."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice

from calfdesk.services import training
from calfdesk.services.report import gather_report
from calfdesk.storage import diary_store
from calfdesk.ui.report import pdf
from tools.sample_data import sample_entries
from tools.sample_training import sample_runs, sample_shoes

END = dt.date(2026, 3, 29)  # a fixed period: the same pages on every day the test runs


def test_no_heading_is_left_alone_at_the_foot_of_a_page(db, tmp_path: Path) -> None:
    pdf.ensure_gui_application()
    diary_store.add_entries_bulk(db, sample_entries(70, end=END))
    for shoe in sample_shoes():
        training.add_shoe(db, shoe)
    training.import_runs(db, sample_runs(70, end=END))
    data = gather_report(db, END - dt.timedelta(days=69), END, made_on=END)
    assert len(data.load) >= 10
    moved_in_all = 0
    # Each length of the weekly load table moves the headings after it a row's height down; each length of the
    # weekly soreness table moves everything after it: together they put some heading at a page's foot.
    lengths = [(weeks, sore) for weeks in range(len(data.load) + 1) for sore in (len(data.weeks), 5, 0)]
    for weeks, sore in lengths:
        variant = replace(data, load=data.load[:weeks], weeks=data.weeks[:sore])
        document = pdf.build_document(variant)
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        writer = pdf.pdf_writer(buffer, "a4")
        moved = pdf.keep_headings_with_text(document, writer)
        moved_in_all += moved
        laid_out = pdf.print_layout(document, writer)
        assert pdf.stranded_headings(laid_out) == [], weeks
        if moved:
            written = pdf.write_pdf(variant, tmp_path / f"report-{weeks}.pdf")
            assert written.pages == laid_out.pageCount(), "the layout checked is the one printed"
    assert moved_in_all > 0, "some lengths would have left a heading at a page's foot"


def test_the_report_counts_hill_runs_by_their_climb_and_waits_for_the_ratio(db) -> None:
    from calfdesk.domain.runs import make_run
    from calfdesk.ui.report.report_html import report_html

    start = dt.datetime(2026, 3, 2, 7, 0, tzinfo=dt.UTC)  # a Monday
    training.add_run(db, make_run(start=start, duration_s=2400, distance_km=8.0, elevation_gain_m=341.0, title="Run"))
    training.add_run(db, make_run(start=start + dt.timedelta(days=2), duration_s=2400, distance_km=8.0))
    data = gather_report(db, dt.date(2026, 3, 1), dt.date(2026, 3, 8), made_on=dt.date(2026, 3, 8))
    (week,) = [week for week in data.load if week.runs]
    assert week.hill_runs == 1 and week.acwr is None
    html = report_html(data)
    assert "<td>2 Mar</td><td>16.0 km</td><td>2</td><td>1</td>" in html.replace("\n", "")
    assert "Hill runs climbed 20 m or more per km" in html
    assert "The 7:28-day ratio shows — until 28 days of runs exist." in html
