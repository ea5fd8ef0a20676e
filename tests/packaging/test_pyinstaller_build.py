"""The PyInstaller one-folder build starts on its own: bundled content, migrations and the window."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO_ROOT
from tests.training_files import fit_bytes, gpx_text

pytestmark = pytest.mark.slow

SPEC = REPO_ROOT / "packaging" / "calfdesk.spec"


@pytest.fixture(scope="module")
def built_app(tmp_path_factory: pytest.TempPathFactory) -> Path:
    pytest.importorskip("PyInstaller", reason="PyInstaller comes with the dev extra: pip install -e '.[dev]'")
    work = tmp_path_factory.mktemp("pyinstaller")
    env = {**os.environ, "PYINSTALLER_CONFIG_DIR": str(work / "config")}
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--distpath",
            str(work / "dist"),
            "--workpath",
            str(work / "build"),
            str(SPEC),
        ],
        capture_output=True,
        text=True,
        env=env,
        check=False,
        timeout=1200,
    )
    assert result.returncode == 0, result.stderr[-4000:]
    executable = work / "dist" / "calfdesk" / ("calfdesk.exe" if sys.platform == "win32" else "calfdesk")
    assert executable.is_file()
    return executable


def run_built(executable: Path, *args: str, data_dir: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "CALFDESK_DATA_DIR": str(data_dir), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([str(executable), *args], capture_output=True, text=True, env=env, check=False, timeout=120)


def test_built_app_reports_its_version(built_app: Path, tmp_path: Path) -> None:
    from calfdesk import __version__

    result = run_built(built_app, "--version", data_dir=tmp_path / "data")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"calfdesk {__version__}"


def test_built_app_bundles_resources_and_migrations(built_app: Path) -> None:
    bundled = built_app.parent / "_internal" / "calfdesk"
    for source in (REPO_ROOT / "resources").rglob("*"):
        if source.is_file():
            assert (bundled / "resources" / source.relative_to(REPO_ROOT / "resources")).is_file(), source
    migrations = REPO_ROOT / "calfdesk" / "storage" / "migrations" / "versions"
    for revision in migrations.glob("*.py"):
        assert (bundled / "storage" / "migrations" / "versions" / revision.name).is_file(), revision.name
    assert not list(bundled.rglob("__pycache__")), "source-tree caches must not be bundled"
    notice = built_app.parent / "THIRD_PARTY_LICENSES.md"
    assert "PySide6-Essentials" in notice.read_text(encoding="utf-8")


def test_built_app_creates_the_database_and_keeps_a_diary_entry(built_app: Path, tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    logged = run_built(built_app, "log", "--soreness", "4", "--date", "2026-03-02", data_dir=data_dir)
    assert logged.returncode == 0, logged.stderr
    listed = run_built(built_app, "entries", "--json", data_dir=data_dir)
    assert listed.returncode == 0, listed.stderr
    entries = json.loads(listed.stdout)
    assert [(entry["date"], entry["soreness"]) for entry in entries] == [("2026-03-02", 4)]


def test_built_app_assesses_from_its_bundled_content(built_app: Path, tmp_path: Path) -> None:
    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps({"location": "calf_belly", "onset": "sudden", "pop_at_onset": True}), "utf-8")
    result = run_built(built_app, "assess", "--answers", str(answers), "--json", data_dir=tmp_path / "data")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["conditions"][0]["id"] == "calf_strain"
    assert report["disclaimer"].strip()


def test_built_app_imports_gpx_and_fit_runs(built_app: Path, tmp_path: Path) -> None:
    gpx = tmp_path / "morning.gpx"
    gpx.write_text(gpx_text(), encoding="utf-8")
    fit = tmp_path / "evening.fit"
    fit.write_bytes(fit_bytes(start=dt.datetime(2026, 3, 3, 18, 0, tzinfo=dt.UTC)))
    data_dir = tmp_path / "data"
    imported = run_built(built_app, "runs", "import", str(gpx), str(fit), data_dir=data_dir)
    assert imported.returncode == 0, imported.stderr
    listed = run_built(built_app, "runs", "list", "--json", data_dir=data_dir)
    assert listed.returncode == 0, listed.stderr
    assert len(json.loads(listed.stdout)) == 2


def test_built_app_opens_the_window_offscreen(built_app: Path, tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    result = run_built(built_app, "--smoke", data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    assert (data_dir / "calfdesk.sqlite3").is_file()


def test_built_app_can_draw_its_svg_icon_and_illustrations(built_app: Path) -> None:
    plugins = {path.name for path in (built_app.parent / "_internal").rglob("*qsvg*")}
    assert {name for name in plugins if "icon" not in name}, "the SVG image-format plugin is missing"
    assert {name for name in plugins if "icon" in name}, "the SVG icon-engine plugin is missing"


def test_built_app_ships_qts_own_german_texts(built_app: Path) -> None:
    assert (built_app.parent / "_internal" / "PySide6" / "Qt" / "translations" / "qtbase_de.qm").is_file()
