"""Hostile XML in run files: document type declarations are refused by the parser itself, in every encoding and
on both GPX readers, whether or not lxml (which gpxpy prefers) is installed; no entity is ever expanded and no
file named by one is ever read."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from calfdesk.errors import InvalidInput
from calfdesk.importers import read_activity_file
from tests.training_files import gpx_text, tcx_text

SECRET = "calfdesk-secret-4711"
PLAIN_POINTS = (
    '<trkpt lat="52.0" lon="4.0"><time>2026-03-02T07:00:00Z</time></trkpt>'
    '<trkpt lat="52.009" lon="4.0"><time>2026-03-02T07:05:00Z</time></trkpt>'
)


def gpx_with_doctype(doctype: str, title: str, *, namespaced: bool = True) -> str:
    """A GPX whose track name is an entity reference; `namespaced=False` makes it a file for gpxpy."""
    header = 'version="1.1" xmlns="http://www.topografix.com/GPX/1/1"' if namespaced else ""
    return (
        f'<?xml version="1.0"?>\n{doctype}\n<gpx {header} creator="t"><trk><name>{title}</name>'
        f"<trkseg>{PLAIN_POINTS}</trkseg></trk></gpx>\n"
    )


def hostile_files(secret_file: Path) -> dict[str, bytes]:
    internal = '<!DOCTYPE gpx [<!ENTITY title "INTERNAL-ENTITY">]>'
    external = f'<!DOCTYPE gpx [<!ENTITY title SYSTEM "{secret_file.as_uri()}">]>'
    laughs = (
        '<!DOCTYPE gpx [<!ENTITY a "ha"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
        '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]>'
    )
    files: dict[str, bytes] = {}
    for label, doctype, title in (("internal", internal, "&title;"), ("external", external, "&title;")):
        for namespaced in (True, False):
            text = gpx_with_doctype(doctype, title, namespaced=namespaced)
            suffix = "fast" if namespaced else "gpxpy"
            files[f"{label}-{suffix}-utf8.gpx"] = text.encode("utf-8")
            files[f"{label}-{suffix}-utf16.gpx"] = text.encode("utf-16")
            # UTF-32 with its byte-order mark and the last bytes cut: once decoded as UTF-16 by its BOM, NULs
            # sit between the characters, which a DOCTYPE pattern would not see.
            files[f"{label}-{suffix}-utf32-cut.gpx"] = text.encode("utf-32")[:-2]
    files["laughs.gpx"] = gpx_with_doctype(laughs, "&d;").encode()
    files["external-in-tcx.tcx"] = (
        tcx_text().replace("<TrainingCenterDatabase", external + "\n<TrainingCenterDatabase", 1).encode()
    )
    return files


def read_all(files: dict[str, bytes]) -> dict[str, str]:
    outcome = {}
    for name, data in files.items():
        try:
            result = read_activity_file(name, data)
            outcome[name] = "imported: " + " | ".join(run.title for run in result.runs)
        except InvalidInput as error:
            outcome[name] = "refused: " + str(error)
    return outcome


def check_outcome(outcome: dict[str, str]) -> None:
    for name, result in outcome.items():
        assert result.startswith(f"refused: {name}: "), (name, result)
        assert SECRET not in result and "INTERNAL-ENTITY" not in result and "haha" not in result, (name, result)
    for name in ("internal-fast-utf8.gpx", "external-gpxpy-utf8.gpx", "laughs.gpx", "external-in-tcx.tcx"):
        assert "DOCTYPE" in outcome[name], outcome[name]


def test_document_type_declarations_are_refused_in_every_encoding_and_on_both_readers(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text(SECRET)
    check_outcome(read_all(hostile_files(secret)))


def test_text_that_still_holds_nul_characters_after_decoding_is_refused() -> None:
    text = gpx_text().replace("Morning Run", "Morning\x00Run")
    with pytest.raises(InvalidInput, match="NUL"):
        read_activity_file("nul.gpx", text.encode("utf-16"))


# The same files read in a fresh interpreter with lxml importable, and with it blocked (as if not installed).
_CHILD = """
import json, sys
if sys.argv[1] == "absent":
    sys.modules["lxml"] = None
    sys.modules["lxml.etree"] = None
import gpxpy.parser
from pathlib import Path
from calfdesk.importers import read_activity_file
from tests.unit.test_hostile_xml import gpx_with_doctype, hostile_files, read_all
plain = read_activity_file("plain.gpx", gpx_with_doctype("", "Evening Run", namespaced=False).encode())
print(json.dumps({
    "library": gpxpy.parser.library(),
    "outcome": read_all(hostile_files(Path(sys.argv[2]))),
    "plain": plain.runs[0].title,
}))
"""


@pytest.mark.parametrize(("lxml", "library"), [("present", "LXML"), ("absent", "STDLIB")])
def test_gpx_files_are_as_safe_with_lxml_installed_as_without(tmp_path: Path, lxml: str, library: str) -> None:
    pytest.importorskip("lxml.etree")
    secret = tmp_path / "secret.txt"
    secret.write_text(SECRET)
    root = Path(__file__).resolve().parents[2]
    result = subprocess.run(
        [sys.executable, "-c", _CHILD, lxml, str(secret)], capture_output=True, text=True, cwd=root, timeout=120
    )
    assert result.returncode == 0, result.stderr
    answer = json.loads(result.stdout)
    assert answer["library"] == library
    check_outcome(answer["outcome"])
    # An ordinary file that only gpxpy reads (no namespace) still imports with either library.
    assert answer["plain"] == "Evening Run"
