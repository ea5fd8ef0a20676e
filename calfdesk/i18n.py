"""The language calfdesk speaks, chosen in one place, and the Qt-free reading of its translations.

`choose_language` decides: `CALFDESK_LANG`, then the Preferences setting, then the desktop's locale, then
English; only a language calfdesk ships (a `calfdesk_<lang>.ts` in resources/translations) is ever chosen.
The window and the command line set the chosen language once at start (`set_language`); the content loaders
(calfdesk.assets) and the command line's text output read it with `language()`.

The command line never imports Qt, so it reads the same translations from the .ts source files the window's
.qm files are compiled from (`Catalogue.from_ts`): one set of translations, two readers.
"""

from __future__ import annotations

import locale
import os
import re
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from typing import Final

LANG_ENV: Final = "CALFDESK_LANG"
ENGLISH: Final = "en"
# A language code as the file names use it: "de", "es", "nl", or with a region ("pt_BR").
_CODE: Final = re.compile(r"[a-z]{2,3}(_[A-Z]{2})?")

_current: list[str] = []


def normalise(code: str) -> str:
    """`de`, `de_DE.UTF-8`, `de-AT` and `DE` all name German; region-specific codes keep their region."""
    base = code.strip().split(".")[0].split("@")[0].replace("-", "_")
    language, _, region = base.partition("_")
    return f"{language.lower()}_{region.upper()}" if region else language.lower()


def is_language_code(code: str) -> bool:
    return _CODE.fullmatch(code) is not None


def _match(code: str, available: Collection[str]) -> str | None:
    """The shipped language for a code: the exact one (`pt_BR`), else its language (`de` for `de_AT`)."""
    if not code:
        return None
    code = normalise(code)
    if code in available:
        return code
    base = code.split("_")[0]
    return base if base in available else None


def desktop_locale(environ: Mapping[str, str] | None = None) -> str:
    """The desktop's language as POSIX names it (LC_ALL, LC_MESSAGES, LANG), else what the OS reports."""
    environ = os.environ if environ is None else environ
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(name, "")
        if value and value not in ("C", "POSIX") and not value.startswith("C."):
            return value
    found = locale.getlocale(locale.LC_CTYPE)[0] if environ is os.environ else None
    return found or ""


def choose_language(
    setting: str, available: Collection[str], *, environ: Mapping[str, str] | None = None, desktop: str | None = None
) -> str:
    """The language to speak: CALFDESK_LANG, then the Preferences setting ("" follows the desktop), then the
    desktop's locale, then English; each only when calfdesk ships that language."""
    environ = os.environ if environ is None else environ
    desktop = desktop_locale(environ) if desktop is None else desktop
    for candidate in (environ.get(LANG_ENV, ""), setting, desktop):
        chosen = _match(candidate, available)
        if chosen is not None:
            return chosen
    return ENGLISH


def set_language(code: str) -> None:
    """Speak `code` from now on in this process (the window and each command set it once, at start)."""
    _current[:] = [code]


def language() -> str:
    """The language set at start; English until one is set."""
    return _current[0] if _current else ENGLISH


@dataclass(frozen=True, slots=True)
class Catalogue:
    """The finished translations of one .ts file, by (context, source); plurals keep all their forms."""

    language: str
    texts: dict[tuple[str, str], str] = field(default_factory=dict)
    plurals: dict[tuple[str, str], tuple[str, ...]] = field(default_factory=dict)

    @classmethod
    def from_ts(cls, text: str) -> Catalogue:
        import xml.etree.ElementTree as ET  # only when a language other than English is read

        root = ET.fromstring(text)
        catalogue = cls(normalise(root.get("language", ENGLISH)))
        for context in root.iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                source = message.findtext("source") or ""
                translation = message.find("translation")
                if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
                    continue
                forms = tuple(form.text or "" for form in translation.iter("numerusform"))
                if message.get("numerus") == "yes" and forms and all(forms):
                    catalogue.plurals[(name, source)] = forms
                elif translation.text:
                    catalogue.texts[(name, source)] = translation.text
        return catalogue

    def translate(self, context: str, source: str, number: int | None = None) -> str:
        """The translation of `source` in `context` (with `%n` filled in for a counted text), else the source."""
        if number is None:
            return self.texts.get((context, source), source)
        forms = self.plurals.get((context, source))
        text = forms[_plural_index(self.language, number, len(forms))] if forms else source
        return text.replace("%n", str(number))


def _plural_index(code: str, number: int, count: int) -> int:
    """Which plural form a number takes: one and other, as in English and the Germanic and Romance languages
    calfdesk is translated into first (French counts 0 as one); other languages fall back to the last form."""
    base = code.split("_")[0]
    one = number in (0, 1) if base == "fr" else number == 1
    return 0 if one or count == 1 else min(1, count - 1)
