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
from typing import Final

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QSizeF, QUrl
from PySide6.QtGui import (
    QGuiApplication,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QTextBlock,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)

from calfdesk import __version__
from calfdesk.domain.units import DistanceUnit
from calfdesk.errors import InvalidInput
from calfdesk.i18n import Texts
from calfdesk.services.files import write_bytes_atomically
from calfdesk.services.report import ReportData, gather_report
from calfdesk.storage.database import Database
from calfdesk.ui.report.report_chart import soreness_chart
from calfdesk.ui.report.report_html import CHART_URL, PAGE_SIZES, STYLE, report_html
from calfdesk.ui.widgets.texts import install_translations

# QTextDocument.print_ gives a page without margins 2 mm of them, and the text 2 cm more (at the screen's
# resolution); `print_layout` lays a copy out the same way to see where its pages break.
PRINTER_EDGE_MM: Final = 2.0
TEXT_MARGIN_CM: Final = 2.0
# Moving one heading can push another to a page's foot: a few passes settle any report.
MAX_PASSES: Final = 8


_tr = Texts(__name__)


def print_layout(document: QTextDocument, device: QPagedPaintDevice) -> QTextDocument:
    """A copy of `document` laid out in pages as `QTextDocument.print_` lays it out on `device`."""
    copy = document.clone()
    screen = QGuiApplication.primaryScreen()
    dpi_x, dpi_y = (round(screen.logicalDotsPerInchX()), round(screen.logicalDotsPerInchY())) if screen else (100, 100)
    copy.documentLayout().setPaintDevice(device)
    frame = copy.rootFrame().frameFormat()
    frame.setLeftMargin(int(TEXT_MARGIN_CM / 2.54 * dpi_x))
    frame.setRightMargin(int(TEXT_MARGIN_CM / 2.54 * dpi_x))
    frame.setTopMargin(int(TEXT_MARGIN_CM / 2.54 * dpi_y))
    frame.setBottomMargin(int(TEXT_MARGIN_CM / 2.54 * dpi_y))
    copy.rootFrame().setFrameFormat(frame)
    copy.setPageSize(QSizeF(device.width(), device.height()))
    return copy


def _blocks(document: QTextDocument) -> list[QTextBlock]:
    blocks, block = [], document.firstBlock()
    while block.isValid():
        blocks.append(block)
        block = block.next()
    return blocks


def stranded_headings(laid_out: QTextDocument) -> list[int]:
    """The block numbers of headings whose text starts on a later page: a heading alone at a page's foot."""
    layout = laid_out.documentLayout()
    page = laid_out.pageSize().height()
    stranded = []
    for block in _blocks(laid_out):
        following = block.next()
        if (
            block.blockFormat().headingLevel()
            and following.isValid()
            and layout.blockBoundingRect(following).top() // page > layout.blockBoundingRect(block).top() // page
        ):
            stranded.append(block.blockNumber())
    return stranded


def keep_headings_with_text(document: QTextDocument, device: QPagedPaintDevice) -> int:
    """Start a new page before every heading that would end one, so a heading always has its text under it;
    returns how many were moved."""
    moved = 0
    blocks = _blocks(document)
    for _ in range(MAX_PASSES):
        stranded = stranded_headings(print_layout(document, device))
        if not stranded:
            break
        for number in stranded:
            block_format = blocks[number].blockFormat()
            block_format.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
            QTextCursor(blocks[number]).setBlockFormat(block_format)
            moved += 1
    return moved


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


def pdf_writer(target: QIODevice, page_size: str) -> QPdfWriter:
    """A 300 dpi PDF writer of portrait pages of `page_size` (a key of PAGE_SIZES)."""
    writer = QPdfWriter(target)
    writer.setResolution(300)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(PAGE_SIZES[page_size]),
            QPageLayout.Orientation.Portrait,
            # The edge print_ would add itself; the text gets PRINT_MARGIN_MM more (see `print_layout`).
            QMarginsF(PRINTER_EDGE_MM, PRINTER_EDGE_MM, PRINTER_EDGE_MM, PRINTER_EDGE_MM),
            QPageLayout.Unit.Millimeter,
        )
    )
    return writer


@dataclass(frozen=True, slots=True)
class WrittenReport:
    path: Path
    pages: int


def write_pdf(data: ReportData, target: Path, *, page_size: str = "a4") -> WrittenReport:
    """Write the report to `target` (replaced only once complete; 0600: it is health data)."""
    if page_size not in PAGE_SIZES:
        raise InvalidInput(_tr("page-size: '{size}' is not a4 or letter").format(size=page_size), field="page-size")
    target = target.expanduser().absolute()
    if not target.parent.is_dir():
        raise InvalidInput(_tr("pdf: the folder {folder} does not exist").format(folder=target.parent), field="pdf")
    document = build_document(replace(data, page_size=page_size))
    # Laid out in memory: QPdfWriter reports no failed write, so the file is written (and checked) by us.
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = pdf_writer(buffer, page_size)
    writer.setTitle(_tr("calfdesk report {start} to {end}").format(start=data.start, end=data.end))
    writer.setCreator(f"calfdesk {__version__}")
    keep_headings_with_text(document, writer)
    document.print_(writer)
    del writer  # ends the PDF
    pdf = bytes(buffer.data().data())
    buffer.close()
    pages = count_pages(pdf)
    if pages == 0 or not pdf.rstrip().endswith(b"%%EOF"):
        raise InvalidInput(
            _tr("pdf: the report could not be laid out; {path} was not written").format(path=target), field="pdf"
        )
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
