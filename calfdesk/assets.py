"""Access to the bundled `resources/` folder, installed or in a checkout, in the runner's language.

Content in TOML is written in English; `translations/<lang>/<folder>/<file>.toml` beside it (an overlay) holds
the same entries with their texts translated. `load_toml` merges the overlay of the language being spoken
(calfdesk.i18n) over the English through `overlay`, which refuses anything but translated text: an overlay
can neither add an entry nor change an id, a number, a rule or a placeholder, and an entry or text it leaves
out stays English.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterator
from functools import cache
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any, Final

from calfdesk import i18n

TRANSLATIONS: Final = "translations"
# A string that is a value of the rules (an id, a route, an answer, a file name, `plan/phase`), never text:
# lower case letters, digits, `_`, `-`, `.` and `/` only. Every text of the content has a space or a capital.
_IDENTIFIER: Final = re.compile(r"[a-z0-9_./\-]*")
_PLACEHOLDER: Final = re.compile(r"\{[a-z_]*\}")
# Placeholders that carry English grammar only (the domain's "was" or "were"): a translation may leave them out.
GRAMMAR_PLACEHOLDERS: Final = frozenset({"{verb}"})
# What names an entry of an array of tables; an overlay's entry names its English one the same way.
ENTRY_KEYS: Final = ("id", "value")


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


def load_toml(*parts: str, language: str | None = None) -> dict[str, Any]:
    """A TOML file of resources/, with the overlay of `language` (default: the one being spoken) merged in."""
    english = tomllib.loads(resource(*parts).read_text(encoding="utf-8"))
    code = i18n.language() if language is None else language
    if code == i18n.ENGLISH:
        return english
    translated = resource(TRANSLATIONS, code, *parts)
    if not translated.is_file():
        return english
    source = "/".join((TRANSLATIONS, code, *parts))
    merged: dict[str, Any] = overlay(english, tomllib.loads(translated.read_text(encoding="utf-8")), source)
    return merged


class OverlayError(ValueError):
    """A translation overlay that would change more than text; the message names the file and the entry."""


def is_text(value: object) -> bool:
    """Whether a value of the content is text a translation may replace (not an id, number, rule or empty)."""
    return isinstance(value, str) and _IDENTIFIER.fullmatch(value) is None


def _key_name(items: list[Any]) -> str | None:
    """What names the entries of an array of tables (`id`, or an option's `value`), None when nothing does."""
    for name in ENTRY_KEYS:
        if items and all(isinstance(item, dict) and isinstance(item.get(name), str) for item in items):
            return name
    return None


def _keyed(items: list[Any]) -> dict[str, Any] | None:
    """The entries of an array of tables by their `id` or `value`, or None when the entries have neither."""
    name = _key_name(items)
    return None if name is None else {item[name]: item for item in items}


def overlay(english: Any, translated: Any, where: str) -> Any:
    """`english` with the texts of `translated` in place of its own; raises OverlayError for anything else.

    Tables match by key and arrays of tables by their entries' `id` (by position when they have none); a
    list of texts is replaced as a whole and must keep its length. A text keeps its `{placeholders}`."""
    if isinstance(english, dict) and isinstance(translated, dict):
        merged = dict(english)
        for key, value in translated.items():
            if key not in english:
                raise OverlayError(f"{where}: '{key}' is not in the English content; an overlay only translates")
            merged[key] = overlay(english[key], value, f"{where}.{key}")
        return merged
    if isinstance(english, list) and isinstance(translated, list):
        return _overlay_list(english, translated, where)
    if is_text(english) and isinstance(translated, str):
        if not translated.strip():
            raise OverlayError(f"{where}: the translation is empty; leave the entry out to keep the English")
        needed = set(_PLACEHOLDER.findall(english))
        kept = set(_PLACEHOLDER.findall(translated))
        if not needed - GRAMMAR_PLACEHOLDERS <= kept <= needed:
            raise OverlayError(f"{where}: the translation must keep the placeholders of the English text")
        return translated
    raise OverlayError(f"{where}: {english!r} is not text; an overlay may change only texts")


def _overlay_list(english: list[Any], translated: list[Any], where: str) -> list[Any]:
    keyed = _keyed(english)
    if keyed is not None:
        name = _key_name(english)
        merged = dict(keyed)
        for item in translated:
            key = item.get(name) if isinstance(item, dict) else None
            if key not in keyed:
                raise OverlayError(f"{where}: entry {key!r} is not in the English content; an overlay only translates")
            rest = {field: value for field, value in item.items() if field != name}
            merged[key] = overlay(keyed[key], rest, f"{where}[{key}]")
        return list(merged.values())
    if len(translated) != len(english):
        raise OverlayError(f"{where}: {len(translated)} items where the English has {len(english)}")
    return [
        overlay(old, new, f"{where}[{index}]") for index, (old, new) in enumerate(zip(english, translated, strict=True))
    ]


def untranslated(english: Any, translated: Any, where: str = "") -> Iterator[str]:
    """Where each text of `english` that `translated` (an overlay, possibly partial) leaves English sits."""
    if isinstance(english, dict):
        given = translated if isinstance(translated, dict) else {}
        for key, value in english.items():
            yield from untranslated(value, given.get(key), f"{where}.{key}" if where else key)
    elif isinstance(english, list):
        keyed = _keyed(english)
        if keyed is not None:
            name = _key_name(english)
            given_items = {item.get(name): item for item in translated or () if isinstance(item, dict)}
            for key, item in keyed.items():
                yield from untranslated(item, given_items.get(key), f"{where}[{key}]")
        elif any(is_text(item) for item in english):
            if translated is None:
                yield where
        else:
            given_list = translated if isinstance(translated, list) else []
            for index, item in enumerate(english):
                yield from untranslated(
                    item, given_list[index] if index < len(given_list) else None, f"{where}[{index}]"
                )
    elif is_text(english) and translated is None:
        yield where


def content_files() -> list[tuple[str, ...]]:
    """The parts of every content file that an overlay can translate (knowledge, exercises, plans)."""
    return [(folder, item.name) for folder in CONTENT_FOLDERS for item in list_toml(folder)]


CONTENT_FOLDERS: Final = ("knowledge", "exercises", "plans")


@cache
def available_languages() -> frozenset[str]:
    """English, and every language with a `calfdesk_<lang>.ts` in resources/translations."""
    codes = {item.name.removeprefix("calfdesk_").removesuffix(".ts") for item in resource(TRANSLATIONS).iterdir()}
    return frozenset(code for code in codes if i18n.is_language_code(code)) | {i18n.ENGLISH}


@cache
def catalogue(language: str) -> i18n.Catalogue:
    """The translations of `language` as the command line reads them (from the .ts the .qm is built from)."""
    source = resource(TRANSLATIONS, f"calfdesk_{language}.ts")
    if not source.is_file():
        return i18n.Catalogue(language)
    return i18n.Catalogue.from_ts(source.read_text(encoding="utf-8"))


def read_catalogue(context: str, source: str, number: int | None) -> str:
    """A text in the language being spoken, read from its catalogue: the command line's reader of every
    module's `_tr` (calfdesk.i18n.Texts)."""
    return catalogue(i18n.language()).translate(context, source, number)


def list_toml(folder: str) -> list[Traversable]:
    """Every `*.toml` file of a resource folder, sorted by name so content order is stable."""
    return sorted(
        (item for item in resource(folder).iterdir() if item.name.endswith(".toml")),
        key=lambda item: item.name,
    )
