"""The third-party licence notice names every bundled distribution with its licence."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from tests.conftest import REPO_ROOT

COMMITTED = REPO_ROOT / "THIRD_PARTY_LICENSES.md"
ROW = re.compile(r"^\| (?P<name>[^|]+) \| (?P<version>[^|]+) \| (?P<licence>[^|]+) \| (?P<url>[^|]*) \|$", re.MULTILINE)


def canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def table(text: str) -> dict[str, str]:
    rows = {canonical(match["name"]): match["licence"].strip() for match in ROW.finditer(text)}
    rows.pop("distribution", None)
    return rows


def generate(tmp_path: Path) -> str:
    output = tmp_path / "THIRD_PARTY_LICENSES.md"
    result = subprocess.run(
        [sys.executable, str(REPO_ROOT / "packaging" / "licenses.py"), str(output)],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return output.read_text(encoding="utf-8")


def test_notice_lists_the_runtime_dependencies_with_their_licences(tmp_path: Path) -> None:
    licences = table(generate(tmp_path))
    assert "LGPL-3.0-only" in licences["pyside6-essentials"]
    assert "LGPL-3.0-only" in licences["shiboken6"]
    assert licences["sqlalchemy"] == "MIT"
    assert licences["sqlmodel"] == "MIT"
    assert licences["alembic"] == "MIT"
    assert licences["pyqtgraph"] == "MIT"
    assert licences["platformdirs"] == "MIT"
    assert licences["fitdecode"] == "MIT"
    assert "Apache" in licences["gpxpy"]
    assert "BSD-3-Clause" in licences["numpy"]
    assert {"pydantic", "mako", "markupsafe", "typing-extensions"} <= licences.keys()


def test_notice_leaves_out_calfdesk_and_the_development_tools(tmp_path: Path) -> None:
    names = set(table(generate(tmp_path)))
    assert not names & {"calfdesk", "pytest", "pytest-qt", "ruff", "mypy", "hypothesis", "build", "pyinstaller"}


def test_notice_carries_the_licence_texts_the_distributions_ship(tmp_path: Path) -> None:
    text = generate(tmp_path)
    sqlalchemy = text.split("### SQLAlchemy ", 1)[1].split("\n### ", 1)[0]
    assert "Permission is hereby granted, free of charge" in sqlalchemy
    pyside = text.split("### PySide6-Essentials ", 1)[1].split("\n### ", 1)[0]
    assert "LGPL-3.0-only" in pyside


def test_committed_notice_names_the_same_distributions(tmp_path: Path) -> None:
    committed = table(COMMITTED.read_text(encoding="utf-8"))
    assert set(committed) == set(table(generate(tmp_path))), "run `make licenses` after changing dependencies"
