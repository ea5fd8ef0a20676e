"""docs/screenshots holds exactly the images the README, the docs and the metainfo show."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage

from tools import doc_images


def test_every_image_a_document_shows_is_committed() -> None:
    shown = doc_images.referenced_images()
    assert shown, "the README shows screenshots: the reference pattern found none"
    missing = sorted(shown - doc_images.committed_images())
    assert not missing, f"documents show images that docs/screenshots lacks (make doc-screenshots): {missing}"


def test_no_image_is_committed_that_no_document_shows() -> None:
    unused = sorted(doc_images.committed_images() - doc_images.referenced_images())
    assert not unused, f"docs/screenshots holds images no document shows (render them with make screenshots): {unused}"


def test_references_read_links_raw_urls_and_sub_folders() -> None:
    texts = [
        "![Diary](docs/screenshots/diary-90days-light.png) and ![x](screenshots/sizes/a-1366x768.png)",
        "<image>https://raw.githubusercontent.com/calfdesk/calfdesk/main/docs/screenshots/today.png</image>",
        "no image here: docs/screenshots/ is a folder",
    ]
    assert doc_images.references(texts) == {"diary-90days-light.png", "sizes/a-1366x768.png", "today.png"}


def _picture(path: Path, colour: str) -> QImage:
    image = QImage(64, 48, QImage.Format.Format_ARGB32)
    image.fill(QColor(colour))
    for x in range(64):
        image.setPixelColor(x, x % 48, QColor("white"))
    path.parent.mkdir(parents=True, exist_ok=True)
    assert image.save(str(path), "PNG", 100)  # quality 100: no compression, as a careless render would write
    return image


def test_refresh_writes_the_shown_images_losslessly_and_drops_the_rest(tmp_path: Path) -> None:
    rendered, committed = tmp_path / "build", tmp_path / "docs"
    original = _picture(rendered / "today.png", "#2b6cb0")
    _picture(rendered / "sizes" / "diary.png", "#1a202c")
    _picture(rendered / "not-shown.png", "#38a169")
    _picture(committed / "old-screen.png", "#e53e3e")

    written = doc_images.refresh(rendered, committed, wanted={"today.png", "sizes/diary.png"})

    assert written == ["sizes/diary.png", "today.png"]
    assert doc_images.committed_images(committed) == {"today.png", "sizes/diary.png"}
    assert (committed / "today.png").stat().st_size < (rendered / "today.png").stat().st_size
    again = QImage(str(committed / "today.png")).convertToFormat(QImage.Format.Format_ARGB32)
    assert again == original, "compression changed pixels"


def test_refresh_changes_nothing_when_the_render_lacks_a_shown_image(tmp_path: Path) -> None:
    rendered, committed = tmp_path / "build", tmp_path / "docs"
    _picture(rendered / "today.png", "#2b6cb0")
    _picture(committed / "diary.png", "#1a202c")
    before = (committed / "diary.png").read_bytes()

    with pytest.raises(FileNotFoundError, match=r"diary\.png"):
        doc_images.refresh(rendered, committed, wanted={"today.png", "diary.png"})

    assert doc_images.committed_images(committed) == {"diary.png"}
    assert (committed / "diary.png").read_bytes() == before
