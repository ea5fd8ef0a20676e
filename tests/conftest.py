"""Shared fixtures. Every test gets its own data folder; the real user folders are never touched."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO_ROOT = Path(__file__).resolve().parent.parent
SHARED_RUNS = REPO_ROOT.parent / "shared" / "data" / "runs"


@pytest.fixture(autouse=True)
def isolated_user_folders(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Point HOME, XDG folders and CALFDESK_DATA_DIR at temporary folders for every test."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / ".cache"))
    monkeypatch.setenv("CALFDESK_DATA_DIR", str(home / "calfdesk-data"))


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def db(data_dir: Path) -> Iterator[object]:
    from calfdesk.storage.database import open_database

    database = open_database(data_dir)
    yield database
    database.close()


def clear_content_caches() -> None:
    """Forget the content every loader read once per process, so that the next read is in the language now
    spoken (calfdesk.i18n)."""
    import sys

    for name, module in list(sys.modules.items()):
        if name.startswith("calfdesk.domain"):
            for value in list(vars(module).values()):
                if callable(getattr(value, "cache_clear", None)) and getattr(value, "__module__", "") == name:
                    value.cache_clear()


@pytest.fixture(autouse=True)
def english_unless_asked(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Every test speaks English whatever the machine's locale, unless it sets CALFDESK_LANG or the language
    itself; a test that switched the language hands English back to the next one."""
    from calfdesk import i18n

    monkeypatch.setenv(i18n.LANG_ENV, i18n.ENGLISH)
    chosen: list[str] = []
    set_language = i18n.set_language

    def record(code: str) -> None:
        chosen.append(code)
        changed = code != i18n.language()
        set_language(code)
        if changed:
            # Content an earlier test read in another language is read again in this one.
            clear_content_caches()

    monkeypatch.setattr(i18n, "set_language", record)
    yield
    if any(code != i18n.ENGLISH for code in chosen) or i18n.language() != i18n.ENGLISH:
        set_language(i18n.ENGLISH)
        clear_content_caches()


@pytest.fixture(autouse=True)
def texts_read_as_the_command_line_reads_them() -> None:
    """Module texts (calfdesk.i18n.Texts, counted, numbers) are read from the catalogue of the language spoken, as
    the command line reads them, until a test's window installs Qt's translators (install_translations)."""
    from calfdesk import i18n
    from calfdesk.assets import read_catalogue

    i18n.read_translations_with(read_catalogue)
