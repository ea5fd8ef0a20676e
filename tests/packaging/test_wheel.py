"""The wheel carries everything calfdesk needs: installed alone in a fresh venv, it runs from there."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import venv
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest

from calfdesk import __version__
from tests.conftest import REPO_ROOT

pytestmark = pytest.mark.slow

# pip may reuse the downloads it already has; read before the fixtures point HOME at a temporary folder.
PIP_CACHE = os.environ.get("PIP_CACHE_DIR") or str(
    Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "pip"
)
BIN = "Scripts" if sys.platform == "win32" else "bin"


def outside_env() -> dict[str, str]:
    """This environment minus what would let the checkout leak into the fresh venv."""
    return {key: value for key, value in os.environ.items() if key not in {"PYTHONPATH", "VIRTUAL_ENV"}}


@dataclass(frozen=True)
class Installed:
    wheel: Path
    venv: Path
    workdir: Path

    def run(self, *args: str, program: str = "calfdesk") -> subprocess.CompletedProcess[str]:
        env = outside_env() | {"CALFDESK_DATA_DIR": str(self.workdir / "data"), "QT_QPA_PLATFORM": "offscreen"}
        return subprocess.run(
            [str(self.venv / BIN / program), *args],
            capture_output=True,
            text=True,
            cwd=self.workdir,
            env=env,
            check=False,
            timeout=180,
        )


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Installed:
    root = tmp_path_factory.mktemp("wheel")
    dist = root / "dist"
    built = subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--outdir", str(dist), str(REPO_ROOT)],
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )
    assert built.returncode == 0, built.stderr[-4000:]
    (wheel,) = dist.glob("calfdesk-*.whl")
    assert wheel.name.startswith(f"calfdesk-{__version__}-"), "pyproject.toml and calfdesk.__version__ disagree"
    environment = root / "venv"
    venv.create(environment, system_site_packages=False, with_pip=True, clear=True)
    env = outside_env() | {"PIP_CACHE_DIR": PIP_CACHE}
    pip = subprocess.run(
        [str(environment / BIN / "python"), "-m", "pip", "install", "--quiet", str(wheel)],
        capture_output=True,
        text=True,
        cwd=root,
        env=env,
        check=False,
        timeout=1200,
    )
    assert pip.returncode == 0, pip.stderr[-4000:]
    workdir = root / "work"
    workdir.mkdir()
    return Installed(wheel=wheel, venv=environment, workdir=workdir)


def test_wheel_contains_every_resource_file(installed: Installed) -> None:
    with zipfile.ZipFile(installed.wheel) as archive:
        names = set(archive.namelist())
    resources = REPO_ROOT / "resources"
    files = [path for path in resources.rglob("*") if path.is_file()]
    expected = {"calfdesk/resources/" + path.relative_to(resources).as_posix() for path in files}
    assert expected, "resources/ is empty"
    assert expected <= names, sorted(expected - names)
    migrations = REPO_ROOT / "calfdesk" / "storage" / "migrations" / "versions"
    assert {f"calfdesk/storage/migrations/versions/{path.name}" for path in migrations.glob("*.py")} <= names


def test_installed_package_is_the_wheel_not_the_checkout(installed: Installed) -> None:
    where = installed.run("-c", "import calfdesk.assets as a; print(a.resource_root())", program="python")
    assert where.returncode == 0, where.stderr
    resource_root = Path(where.stdout.strip())
    assert resource_root.is_relative_to(installed.venv), resource_root
    assert (resource_root / "icons" / "calfdesk.svg").is_file()


def test_installed_command_reports_its_version(installed: Installed) -> None:
    result = installed.run("--version")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"calfdesk {__version__}"


def test_installed_command_assesses_an_achilles_case(installed: Installed) -> None:
    answers = installed.workdir / "answers.json"
    answers.write_text(
        json.dumps(
            {
                "location": "achilles",
                "side": "right",
                "onset": "gradual",
                "pain_pattern": ["morning_stiffness", "push_off"],
                "heel_raise": "painful",
                "duration": "6_to_12_weeks",
                "training_changes": ["more_hills"],
            }
        ),
        encoding="utf-8",
    )
    result = installed.run("assess", "--answers", str(answers), "--json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert {"triage", "red_flags", "conditions", "contributing_factors", "plan", "disclaimer"} <= report.keys()
    assert {condition["id"] for condition in report["conditions"]} == {
        "calf_strain",
        "achilles_tendinopathy",
        "compartment_syndrome",
        "cramp",
    }
    assert report["conditions"][0]["id"] == "achilles_tendinopathy"
    assert report["disclaimer"].strip()


def test_installed_command_opens_the_window_offscreen(installed: Installed) -> None:
    result = installed.run("--smoke")
    assert result.returncode == 0, result.stderr
    assert (installed.workdir / "data" / "calfdesk.sqlite3").is_file()
