"""The PDF report laid out with Qt's own QTextDocument and QPdfWriter, from what `services.report` gathers.

Imports QtGui only (no widgets): the command line makes a headless QGuiApplication with
`ensure_gui_application`, and the window writes it off the GUI thread.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from dataclasses import dataclass, replace
from html import escape
from pathlib import Path
from typing import Final

from PySide6.QtCore import QBuffer, QCoreApplication, QIODevice, QMarginsF, QPointF, QRectF, Qt, QUrl
from PySide6.QtGui import (
    QColor,
    QFont,
    QGuiApplication,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPainterPath,
    QPdfWriter,
    QPen,
    QTextDocument,
)

from calfdesk import __version__
from calfdesk.domain.assessment_content import load_content
from calfdesk.domain.assessment_result import SavedAssessment
from calfdesk.domain.diary import CONTEXT_LABELS
from calfdesk.domain.units import DistanceUnit, format_distance
from calfdesk.errors import InvalidInput
from calfdesk.services.files import write_bytes_atomically
from calfdesk.services.report import ReportData, gather_report
from calfdesk.storage.database import Database
from calfdesk.ui.widgets.texts import counted, domain_word, install_translations


def _tr(text: str) -> str:
    return QCoreApplication.translate("report.pdf", text)


PAGE_SIZES: Final = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}
TRIAGE_WORDS: Final = {
    "emergency": "Emergency",
    "urgent": "See a doctor today",
    "see_clinician": "See a clinician",
    "self_care": "Self-care",
}
DISCLAIMER: Final = (
    "calfdesk is an educational self-assessment and self-care tracker and does not diagnose. The assessment and "
    "every figure here come from the runner's own answers and records, for discussion with a clinician."
)
CHART_SIZE: Final = (1800, 640)
CHART_URL: Final = "calfdesk://soreness-chart"
# QTextDocument.print_ lays the text out at 96 units per inch inside margins of 2 cm of its own.
UNITS_PER_MM: Final = 96 / 25.4
PRINT_MARGIN_MM: Final = 20
INK: Final = QColor("#1d2a33")
MUTED: Final = QColor("#5f6b73")
GRID: Final = QColor("#d5dadd")
WORST: Final = QColor("#0f766e")
DOTS: Final = QColor("#b45309")


# the chart ----------------------------------------------------------------------------------------------


def soreness_chart(data: ReportData, size: tuple[int, int] = CHART_SIZE) -> QImage:
    """The day's worst soreness as a line and every logged value as a dot, 0 to 10, over the period."""
    width, height = size
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    font = QFont()
    font.setPixelSize(max(12, height // 16))  # the image is scaled onto the page: sized to the image
    painter.setFont(font)
    left, right, top, bottom = width * 0.05, width * 0.04, height * 0.13, height * 0.14
    plot = QRectF(left, top, width - left - right, height - top - bottom)
    days = max((data.end - data.start).days, 1)

    def x_of(day: dt.date) -> float:
        return plot.left() + plot.width() * ((day - data.start).days / days)

    def y_of(value: float) -> float:
        return plot.bottom() - plot.height() * value / 10

    painter.setPen(QPen(GRID, 2))
    for level in range(0, 11, 2):
        painter.drawLine(QPointF(plot.left(), y_of(level)), QPointF(plot.right(), y_of(level)))
        painter.setPen(QPen(MUTED, 2))
        painter.drawText(
            QRectF(0, y_of(level) - 30, left - 14, 60),
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
            str(level),
        )
        painter.setPen(QPen(GRID, 2))
    step = max(1, round(days / 8))
    day = data.start
    while day <= data.end:
        painter.setPen(QPen(GRID, 2))
        painter.drawLine(QPointF(x_of(day), plot.bottom()), QPointF(x_of(day), plot.bottom() + 10))
        painter.setPen(QPen(MUTED, 2))
        label_left = min(max(x_of(day) - 100, 0), width - 200)
        painter.drawText(
            QRectF(label_left, plot.bottom() + 12, 200, bottom - 14),
            int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop),
            f"{day.day} {day:%b}",
        )
        day += dt.timedelta(days=step)

    painter.setPen(QPen(DOTS, 2))
    painter.setBrush(DOTS)
    for point in data.daily:
        for value in point.values:
            painter.drawEllipse(QPointF(x_of(point.day), y_of(value)), 6, 6)
    if data.daily:
        path = QPainterPath(QPointF(x_of(data.daily[0].day), y_of(data.daily[0].worst)))
        for point in data.daily[1:]:
            path.lineTo(QPointF(x_of(point.day), y_of(point.worst)))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(WORST, 5))
        painter.drawPath(path)
    else:
        painter.setPen(QPen(MUTED, 2))
        painter.drawText(plot, int(Qt.AlignmentFlag.AlignCenter), _tr("No soreness was logged in this period."))

    painter.setPen(QPen(INK, 2))
    painter.drawText(
        QRectF(left, 0, width - left, top),
        int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
        _tr("Soreness 0-10"),
    )
    legend_x = width - right - width * 0.45
    painter.setPen(QPen(WORST, 5))
    painter.drawLine(QPointF(legend_x, top / 2), QPointF(legend_x + 50, top / 2))
    painter.setPen(QPen(INK, 2))
    painter.drawText(QPointF(legend_x + 62, top / 2 + font.pixelSize() / 3), _tr("worst of the day"))
    dots_x = legend_x + width * 0.27
    painter.setPen(QPen(DOTS, 2))
    painter.setBrush(DOTS)
    painter.drawEllipse(QPointF(dots_x, top / 2), 6, 6)
    painter.setPen(QPen(INK, 2))
    painter.drawText(QPointF(dots_x + 16, top / 2 + font.pixelSize() / 3), _tr("each entry"))
    painter.end()
    return image


# the document -------------------------------------------------------------------------------------------


def _table(headers: list[str], rows: list[list[str]], *, empty: str) -> str:
    if not rows:
        return f'<p class="muted">{escape(empty)}</p>'
    head = "".join(f"<th>{escape(text)}</th>" for text in headers)
    body = "".join("<tr>" + "".join(f"<td>{escape(cell)}</td>" for cell in row) + "</tr>" for row in rows)
    return (
        f'<table class="grid" cellspacing="0" cellpadding="4" width="100%"><thead><tr>{head}</tr></thead>'
        f"<tbody>{body}</tbody></table>"
    )


def _day(day: dt.date) -> str:
    return f"{day.day} {day:%b %Y}"


def _short_day(day: dt.date) -> str:
    return f"{day.day} {day:%b}"


def _assessment_html(saved: SavedAssessment | None) -> str:
    if saved is None:
        return '<p class="muted">' + _tr("No assessment was taken by the end of this period.") + "</p>"
    result = saved.result
    parts = [
        _tr("<p>Taken on {day} at {time:%H:%M}. <b>Triage: {triage}</b> ({headline}). {what_to_do}</p>").format(
            day=_day(saved.taken_at.date()),
            time=saved.taken_at,
            triage=escape(_tr(TRIAGE_WORDS[result.triage]) if result.triage in TRIAGE_WORDS else result.triage),
            headline=escape(result.headline),
            what_to_do=escape(result.what_to_do),
        )
    ]
    if result.red_flags:
        flags = "".join(f"<li><b>{escape(flag.message)}</b> {escape(flag.why)}</li>" for flag in result.red_flags)
        parts.append(_tr("<p><b>Warning signs in the answers</b></p><ul>{flags}</ul>").format(flags=flags))
    if result.unscreened:
        questions = load_content().questions
        signs = "; ".join(questions[key].sign if key in questions else key for key in result.unscreened)
        parts.append(_tr("<p><b>Warning signs not answered yes or no:</b> {signs}.</p>").format(signs=escape(signs)))
    fitting = [condition for condition in result.conditions if condition.score > 0]
    fit = load_content().fit_words
    rows = [[condition.name, fit(condition.score), " ".join(condition.reasons)] for condition in fitting]
    parts.append(
        _table(
            [_tr("Possible cause"), _tr("Fit"), _tr("Answers behind it")],
            rows,
            empty=_tr("No cause fitted the answers."),
        )
    )
    others = [condition.name for condition in result.conditions if condition.score <= 0]
    if others:
        parts.append(_tr("<p>Not fitting the answers: {causes}.</p>").format(causes=escape(", ".join(others))))
    if result.contributing_factors:
        factors = ", ".join(escape(factor.title.lower()) for factor in result.contributing_factors)
        parts.append(_tr("<p>Training factors the runner ticked point to: {factors}.</p>").format(factors=factors))
    return "".join(parts)


def _soreness_html(data: ReportData) -> str:
    summary = _tr("No soreness was logged in this period.")
    if data.entries:
        values = [entry.soreness for entry in data.entries]
        summary = _tr("{entries} on {days}; mean {mean:.1f}, worst {worst}.").format(
            entries=counted("%n entries", len(data.entries)),
            days=counted("{logged} of %n days", (data.end - data.start).days + 1).format(logged=len(data.daily)),
            mean=sum(values) / len(values),
            worst=max(values),
        )
    rows = [
        [
            week.label,
            str(week.days_logged),
            f"{week.mean:.1f}",
            str(week.worst),
            "—"
            if week.mean_stiffness_min is None
            else _tr("{minutes:.0f} min").format(minutes=week.mean_stiffness_min),
        ]
        for week in data.weeks
    ]
    table = _table(
        [_tr("Week from"), _tr("Days logged"), _tr("Mean"), _tr("Worst"), _tr("Morning stiffness (mean)")],
        rows,
        empty=_tr("No entries."),
    )
    return f'<p>{summary}</p><p><img src="{CHART_URL}" width="{_chart_width(data.page_size)}"></p>{table}'


def _chart_width(page_size: str) -> int:
    """The chart's width on the page, in document units: the text width less a little room."""
    page_mm = QPageSize(PAGE_SIZES[page_size]).size(QPageSize.Unit.Millimeter).width()
    return int((page_mm - 2 * PRINT_MARGIN_MM) * UNITS_PER_MM) - 16


def _heel_raise_html(data: ReportData) -> str:
    sore = {"left": _tr("left leg"), "right": _tr("right leg")}.get(data.heel_raise_side, _tr("weaker leg"))
    rows = [
        [_day(row.day), str(row.left), str(row.right), "—" if row.ratio_pct is None else f"{row.ratio_pct:.0f}%"]
        for row in data.heel_raises
    ]
    note = _tr(
        "<p>Single-leg heel raises to fatigue. The side-to-side ratio is the {leg} against the other leg "
        "(100% is level).</p>"
    ).format(leg=sore)
    return note + _table(
        [_tr("Date"), _tr("Left"), _tr("Right"), _tr("Side-to-side ratio")], rows, empty=_tr("No test in this period.")
    )


def _plans_html(data: ReportData) -> str:
    if not data.plans:
        return '<p class="muted">' + _tr("No rehab plan ran in this period.") + "</p>"
    parts = []
    for plan in data.plans:
        rows = [
            [
                _short_day(week.week_start),
                _tr("{done} of {total}").format(done=week.done, total=week.total),
                f"{week.percent}%" if week.percent else "—",
            ]
            for week in plan.weeks
        ]
        parts.append(
            _tr("<p><b>{plan}</b>, started {day} ({status})</p>").format(
                plan=escape(plan.plan_name), day=_day(plan.started), status=escape(plan.status)
            )
        )
        if plan.cleared is not None:
            parts.append(
                _tr(
                    "<p><b>Started against the assessment of {day}</b>, which advised: {advice}. The runner "
                    "answered that a clinician had cleared them for this plan.</p>"
                ).format(day=_day(plan.cleared.assessment_date), advice=escape(plan.cleared.advice))
            )
        parts.append(
            _table([_tr("Week from"), _tr("Items done"), _tr("Adherence")], rows, empty=_tr("No items were due."))
        )
    return "".join(parts)


def _training_html(data: ReportData) -> str:
    unit = data.unit
    rows = [
        [
            _short_day(week.week_start),
            format_distance(week.distance_km, unit),
            str(week.runs),
            str(week.hill_runs),
            "—" if week.change_pct is None else f"{week.change_pct:+.0f}%",
            "—" if week.acwr is None else f"{week.acwr:.2f}",
        ]
        for week in data.load
    ]
    table = _table(
        [_tr("Week from"), _tr("Distance"), _tr("Runs"), _tr("Hill runs"), _tr("Change"), _tr("7:28-day ratio")],
        rows,
        empty=_tr("No runs logged."),
    )
    shoe_rows = [
        [
            _tr("{shoe} (retired)").format(shoe=shoe.name) if shoe.retired else shoe.name,
            format_distance(shoe.distance_km, unit, decimals=0),
            format_distance(shoe.alert_km, unit, decimals=0),
        ]
        for shoe in data.shoes
    ]
    shoes = _table([_tr("Shoe"), _tr("Distance"), _tr("Replace at about")], shoe_rows, empty=_tr("No shoes logged."))
    return f"{table}<p><b>{_tr('Shoes')}</b></p>{shoes}"


def _notes_html(data: ReportData) -> str:
    rows = [
        [
            f"{_day(entry.local_date)} {entry.local_time:%H:%M}",
            domain_word(CONTEXT_LABELS.get(entry.context, entry.context)),
            str(entry.soreness),
            entry.notes.strip(),
        ]
        for entry in data.notes
    ]
    return _table(
        [_tr("When"), _tr("Context"), _tr("Soreness"), _tr("Note")], rows, empty=_tr("No notes in this period.")
    )


STYLE: Final = """
body { color: #1d2a33; font-size: 10pt; }
h1 { font-size: 18pt; margin-bottom: 2px; }
h2 { font-size: 13pt; margin-top: 16px; margin-bottom: 4px; color: #0f4c47; }
.muted { color: #5f6b73; }
table.grid { border-collapse: collapse; border: 1px solid #b8c0c4; }
table.grid th { background: #e8eef0; border: 1px solid #b8c0c4; text-align: left; }
table.grid td { border: 1px solid #b8c0c4; }
"""


def report_html(data: ReportData) -> str:
    sections = [
        (_tr("Latest assessment"), _assessment_html(data.assessment)),
        (_tr("Soreness"), _soreness_html(data)),
        (_tr("Heel-raise test"), _heel_raise_html(data)),
        (_tr("Rehab plan adherence"), _plans_html(data)),
        (_tr("Training load and shoes"), _training_html(data)),
        (_tr("Notes"), _notes_html(data)),
    ]
    body = "".join(f"<h2>{escape(title)}</h2>{html}" for title, html in sections)
    return (
        "<html><body><h1>"
        + _tr("calfdesk report: {start} to {end}").format(start=_day(data.start), end=_day(data.end))
        + '</h1><p class="muted">'
        + _tr("Made on {day} with calfdesk {version}.").format(day=_day(data.made_on), version=__version__)
        + f" {escape(_tr(DISCLAIMER))}</p>{body}</body></html>"
    )


def build_document(data: ReportData) -> QTextDocument:
    document = QTextDocument()
    document.setDefaultStyleSheet(STYLE)
    document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(CHART_URL), soreness_chart(data))
    document.setHtml(report_html(data))
    return document


def ensure_gui_application() -> QGuiApplication:
    """The running Qt application, or a headless one for the command line."""
    existing = QGuiApplication.instance()
    if isinstance(existing, QGuiApplication):
        return existing
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QGuiApplication(["calfdesk"])
    install_translations(app)
    return app


@dataclass(frozen=True, slots=True)
class WrittenReport:
    path: Path
    pages: int


def write_pdf(data: ReportData, target: Path, *, page_size: str = "a4") -> WrittenReport:
    """Write the report to `target` (replaced only once complete; 0600: it is health data)."""
    if page_size not in PAGE_SIZES:
        raise InvalidInput(f"page-size: '{page_size}' is not a4 or letter", field="page-size")
    target = target.expanduser().absolute()
    if not target.parent.is_dir():
        raise InvalidInput(f"pdf: the folder {target.parent} does not exist", field="pdf")
    document = build_document(replace(data, page_size=page_size))
    # Laid out in memory: QPdfWriter reports no failed write, so the file is written (and checked) by us.
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(_tr("calfdesk report {start} to {end}").format(start=data.start, end=data.end))
    writer.setCreator(f"calfdesk {__version__}")
    writer.setResolution(300)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(PAGE_SIZES[page_size]),
            QPageLayout.Orientation.Portrait,
            QMarginsF(0, 0, 0, 0),  # print_ adds its own margins of PRINT_MARGIN_MM
            QPageLayout.Unit.Millimeter,
        )
    )
    document.print_(writer)
    del writer  # ends the PDF
    pdf = bytes(buffer.data().data())
    buffer.close()
    pages = count_pages(pdf)
    if pages == 0 or not pdf.rstrip().endswith(b"%%EOF"):
        raise InvalidInput(f"pdf: the report could not be laid out; {target} was not written", field="pdf")
    write_bytes_atomically(target, pdf)
    return WrittenReport(target, pages)


def count_pages(pdf: bytes) -> int:
    """The page objects of a PDF as Qt writes it (object dictionaries are not compressed)."""
    return len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", pdf))


def make_report(
    db: Database,
    start: dt.date,
    end: dt.date,
    target: Path,
    *,
    page_size: str = "a4",
    unit: DistanceUnit = "km",
    first_weekday: int = 0,
) -> WrittenReport:
    """Gather and write the report; needs a QGuiApplication (see `ensure_gui_application`)."""
    return write_pdf(gather_report(db, start, end, unit=unit, first_weekday=first_weekday), target, page_size=page_size)
