"""Qt's own translations the build ships: `qtbase_<lang>.qm` (message-box buttons, the file dialog) of every
language calfdesk ships, taken from PySide6's translations folder and placed where the frozen PySide6 looks for
them (its Qt prefix is the bundled `PySide6/Qt`). Used by calfdesk.spec."""

from __future__ import annotations

from pathlib import Path

# Where PyInstaller puts PySide6's Qt prefix in the one-folder build, relative to its data root.
BUNDLED: str = "PySide6/Qt/translations"


def shipped_languages(root: Path) -> list[str]:
    """Every language calfdesk ships a translation of (a calfdesk_<lang>.ts), English aside."""
    found = (root / "resources" / "translations").glob("calfdesk_*.ts")
    return sorted(path.stem.removeprefix("calfdesk_") for path in found if path.stem != "calfdesk_en")


def qt_translations(root: Path) -> list[tuple[str, str]]:
    """(source, destination folder) of the qtbase_<lang>.qm of each shipped language; a language Qt does not
    translate stops the build, since its buttons and dialogs would show in English."""
    from PySide6.QtCore import QLibraryInfo

    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    wanted = [folder / f"qtbase_{language.split('_')[0]}.qm" for language in shipped_languages(root)]
    missing = [path.name for path in wanted if not path.is_file()]
    if missing:
        raise SystemExit(f"Qt's translations are missing from {folder}: {', '.join(missing)}")
    return [(str(path), BUNDLED) for path in wanted]
