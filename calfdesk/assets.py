"""Access to the bundled `resources/` folder, installed or in a checkout."""

from __future__ import annotations

import tomllib
from functools import cache
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any


@cache
def resource_root() -> Traversable:
    """`calfdesk/resources` in an installed wheel, `resources/` beside the package in a checkout."""
    packaged = files("calfdesk") / "resources"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parent.parent / "resources"


def resource(*parts: str) -> Traversable:
    node = resource_root()
    for part in parts:
        node = node / part
    return node


def load_toml(*parts: str) -> dict[str, Any]:
    return tomllib.loads(resource(*parts).read_text(encoding="utf-8"))


def list_toml(folder: str) -> list[Traversable]:
    """Every `*.toml` file of a resource folder, sorted by name so content order is stable."""
    return sorted(
        (item for item in resource(folder).iterdir() if item.name.endswith(".toml")),
        key=lambda item: item.name,
    )
