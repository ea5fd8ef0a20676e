"""The language calfdesk speaks, chosen in one place, and the Qt-free reading of its translations.

`choose_language` decides: `CALFDESK_LANG`, then the Preferences setting, then the desktop's locale, then
English; only a language calfdesk ships (a `calfdesk_<lang>.ts` in resources/translations) is ever chosen.
The window and the command line set the chosen language once at start (`set_language`); the content loaders
(calfdesk.assets) and the command line's text output read it with `language()`.

The command line never imports Qt, so it reads the same translations from the .ts source files the window's
.qm files are compiled from (`Catalogue.from_ts`): one set of translations, two readers.

Every module words its texts through one helper, `_tr = Texts(__name__)`, in the context its name gives
(`context_of`); the process reads them with the reader it chose at start (`read_translations_with`): the
window's Qt translators, or the command line's catalogue. So a module that words a domain result for both
(calfdesk.words) is written once.
"""

from __future__ import annotations

import locale
import os
import re
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, field
from typing import Final

LANG_ENV: Final = "CALFDESK_LANG"
# The context of the texts shared by the whole program: counted texts and the domain's words.
COMMON: Final = "calfdesk"
ENGLISH: Final = "en"
# A language code as the file names use it: "de", "es", "nl", or with a region ("pt_BR").
_CODE: Final = re.compile(r"[a-z]{2,3}(_[A-Z]{2})?")

_current: list[str] = []

# (context, source, number or None) -> the text in the language being spoken.
Reader = Callable[[str, str, int | None], str]


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


def context_of(module: str) -> str:
    """The translation context of a module's texts: its dotted name inside calfdesk, the `ui` layer left out
    (`calfdesk.ui.report.pdf` → `report.pdf`, `calfdesk.commands.assess` → `commands.assess`). A class words
    its own texts with Qt's `self.tr`, in the context of its class name."""
    name = module.removeprefix("calfdesk.")
    return name.removeprefix("ui.")


def _untranslated(context: str, source: str, number: int | None) -> str:
    """Before a reader is chosen: the source itself, a count filled in."""
    del context
    return source if number is None else source.replace("%n", str(number))


_readers: list[Reader] = [_untranslated]


def read_translations_with(reader: Reader) -> None:
    """Read every module's texts with `reader` from now on: the window installs Qt's translators, the command
    line the catalogue of its language (calfdesk.settings.speak)."""
    _readers[:] = [reader]


class Texts:
    """The texts of one module: `_tr = Texts(__name__)` once, then `_tr("…")`; tools/translations.py finds
    every `_tr("…")` (and `_tr(CONSTANT)`) for the translator."""

    __slots__ = ("context",)

    def __init__(self, module: str) -> None:
        self.context = context_of(module)

    def __call__(self, source: str) -> str:
        return _readers[0](self.context, source, None)


def counted(source: str, number: int) -> str:
    """`source` with `%n` replaced by `number`, in the form that number takes ("1 entry", "2 entries"). Counted
    texts are written once, in the common context, with their English forms in calfdesk_en.ts."""
    return _readers[0](COMMON, source, number)


# The decimal and the thousands separators, texts of the common context like any other: "," and "." in German.
DECIMAL_SEPARATOR: Final = "."
GROUP_SEPARATOR: Final = ","


def number(value: float, places: int = 1, *, grouped: bool = False) -> str:
    """A number to read in the language being spoken, with `places` decimals: "10.2" in English, "10,2" in
    German; `grouped` separates the thousands ("19,466", "19.466"). The window, the PDF and the command line's
    text write every number through it (never CSV or JSON, whose numbers stay as the contract writes them)."""
    text = f"{value:{GROUP_SEPARATOR if grouped else ''}.{places}f}"
    separators = {DECIMAL_SEPARATOR: domain_word(DECIMAL_SEPARATOR), GROUP_SEPARATOR: domain_word(GROUP_SEPARATOR)}
    return "".join(separators.get(character, character) for character in text)


def short_number(value: float) -> str:
    """A reading with one decimal, none when it is whole: "12", "12.5" ("12,5" in German)."""
    return number(value, 0 if float(round(value, 1)).is_integer() else 1)


def domain_word(text: str) -> str:
    """A word or short label the domain defines in English (a diary context, a place on the leg, a rehab slot, a
    unit, a run's source), shown in the runner's language: one context for all of them, so each is translated
    once wherever it appears."""
    return _readers[0](COMMON, text, None)


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
