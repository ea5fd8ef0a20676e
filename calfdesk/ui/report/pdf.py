"""The PDF report laid out with Qt's own QTextDocument and QPdfWriter, from what `services.report` gathers:
the sections' HTML comes from `report_html`, the soreness chart from `report_chart`.

Imports QtGui only (no widgets): the command line makes a headless QGuiApplication with
`ensure_gui_application`, and the window writes it off the GUI thread.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from dataclasses import dataclass, replace
from pathlib import Path

from PySide6.QtCore import QBuffer, QCoreApplication, QIODevice, QMarginsF, QUrl
from PySide6.QtGui import QGuiApplication, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from calfdesk import __version__
from calfdesk.domain.units import DistanceUnit
from calfdesk.errors import InvalidInput
from calfdesk.services.files import write_bytes_atomically
from calfdesk.services.report import ReportData, gather_report
from calfdesk.storage.database import Database
from calfdesk.ui.report.report_chart import soreness_chart
from calfdesk.ui.report.report_html import CHART_URL, PAGE_SIZES, STYLE, report_html
from calfdesk.ui.widgets.texts import install_translations


def _tr(text: str) -> str:
    return QCoreApplication.translate("report.pdf", text)


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
