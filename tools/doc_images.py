"""The images the README and the docs show, and nothing else, committed in docs/screenshots.

`make screenshots` renders every screen into build/screenshots (ignored by git); `make doc-screenshots` then
runs this module, which copies exactly the images a document references from that render into
docs/screenshots, losslessly compressed, under the same names, and removes committed images no document shows.

Usage: python -m tools.doc_images RENDERED_DIR [DOC_IMAGES_DIR]
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Final

REPO_ROOT: Final = Path(__file__).resolve().parent.parent
DOC_IMAGES: Final = REPO_ROOT / "docs" / "screenshots"
METAINFO: Final = REPO_ROOT / "packaging" / "linux" / "io.github.calfdesk.Calfdesk.metainfo.xml"

# A PNG under a screenshots folder, however the document spells the path (relative link, raw URL, backticks).
_REFERENCE: Final = re.compile(r"screenshots/([A-Za-z0-9_./-]+?\.png)")


def documents(root: Path = REPO_ROOT) -> list[Path]:
    """Every file that may show a committed image: the README, the docs and the AppStream metainfo."""
    return [root / "README.md", *sorted((root / "docs").rglob("*.md")), METAINFO]


def references(texts: Iterable[str]) -> set[str]:
    """Image names (relative to docs/screenshots) that the texts reference."""
    return {match.group(1) for text in texts for match in _REFERENCE.finditer(text)}


def referenced_images(root: Path = REPO_ROOT) -> set[str]:
    return references(path.read_text(encoding="utf-8") for path in documents(root) if path.is_file())


def committed_images(folder: Path = DOC_IMAGES) -> set[str]:
    return {path.relative_to(folder).as_posix() for path in folder.rglob("*.png")}


def compress(source: Path, target: Path) -> None:
    """Lossless: the same pixels in fewer bytes (oxipng's reductions and deflate), metadata stripped."""
    import oxipng

    target.parent.mkdir(parents=True, exist_ok=True)
    oxipng.optimize(source, target, level=4, strip=oxipng.StripChunks.safe())


def refresh(rendered: Path, folder: Path = DOC_IMAGES, *, wanted: set[str] | None = None) -> list[str]:
    """Copy every referenced image from a fresh render, compressed; drop committed images no document shows.

    Returns the names written. Raises FileNotFoundError naming every referenced image the render lacks, before
    anything is changed.
    """
    names = referenced_images() if wanted is None else wanted
    missing = sorted(name for name in names if not (rendered / name).is_file())
    if missing:
        raise FileNotFoundError(f"the render in {rendered} lacks images the docs show: {', '.join(missing)}")
    for name in sorted(names):
        compress(rendered / name, folder / name)
    for stale in committed_images(folder) - names:
        (folder / stale).unlink()
    return sorted(names)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if not args:
        print(__doc__.strip().splitlines()[-1], file=sys.stderr)
        return 2
    folder = Path(args[1]) if len(args) > 1 else DOC_IMAGES
    try:
        written = refresh(Path(args[0]), folder)
    except FileNotFoundError as error:
        print(error, file=sys.stderr)
        return 1
    for name in written:
        print(folder / name)
    return 0


if __name__ == "__main__":
    sys.exit(main())
