"""The window's side of translation: Qt's translators, dates and numbers in the runner's language.

Counted texts ("1 entry", "2 entries", never by gluing an "s" on) are written once in code with `%n`, in the
one context "calfdesk": `counted("%n entries", 3)` (calfdesk.i18n, re-exported here for the window's modules).
Their English forms (one, other) live in `resources/translations/calfdesk_en.ts`, compiled by `pyside6-lrelease`
to `calfdesk_en.qm`, which every Qt application calfdesk makes installs (`install_translations`); a test holds
the two files together and checks that every counted text of the code has its forms. Another language
adds its own `calfdesk_<lang>.ts` beside it (docs/TRANSLATING.md); `install_translations` installs it, and Qt's
own texts of that language, over the English.
"""

from __future__ import annotations

import datetime as dt
from typing import Final

from PySide6.QtCore import QCoreApplication, QDate, QLibraryInfo, QLocale, QTranslator

from calfdesk import i18n
from calfdesk.assets import TRANSLATIONS, resource
from calfdesk.i18n import counted as counted
from calfdesk.i18n import domain_word as domain_word

ENGLISH: Final = (TRANSLATIONS, "calfdesk_en.qm")
# The translators installed in each application, so that a change of language replaces them.
_INSTALLED: Final = "calfdesk_translations"


def long_date(day: dt.date, *, year: bool = True) -> str:
    """A day written in full as the runner's language writes it ("Sunday 6 December 2026", "Sonntag,
    6. Dezember 2026"; without `year`, "Sunday 6 December"): the pattern is Qt's date format, translated like
    any text."""
    if year:
        # Translators: a Qt date format (dddd weekday, d day, MMMM month, yyyy year) for a day written in full.
        pattern = QCoreApplication.translate("calfdesk", "dddd d MMMM yyyy")
    else:
        # Translators: a Qt date format (dddd weekday, d day, MMMM month) for a day of this year written in full.
        pattern = QCoreApplication.translate("calfdesk", "dddd d MMMM")
    return QLocale(i18n.language()).toString(QDate(day.year, day.month, day.day), pattern)


def short_date(day: dt.date, *, year: bool = False, weekday: bool = False) -> str:
    """A day in short, in the runner's language: "5 Oct" ("5. Okt."), with `year` "5 Oct 2026", with `weekday`
    "Mon 5 Oct" ("Mo., 5. Okt."). The patterns are Qt's date formats, translated like any text."""
    if weekday:
        # Translators: a Qt date format (ddd short weekday, d day, MMM short month) for a day in short.
        pattern = QCoreApplication.translate("calfdesk", "ddd d MMM")
    elif year:
        # Translators: a Qt date format (d day, MMM short month, yyyy year) for a day in short, with its year.
        pattern = QCoreApplication.translate("calfdesk", "d MMM yyyy")
    else:
        # Translators: a Qt date format (d day, MMM short month) for a day in short.
        pattern = QCoreApplication.translate("calfdesk", "d MMM")
    return QLocale(i18n.language()).toString(QDate(day.year, day.month, day.day), pattern)


def day_format() -> str:
    """Qt's date format of a day written in figures, in tables and in the fields a day is typed in:
    "yyyy-MM-dd" in English ("2026-12-06"), "dd.MM.yyyy" in German ("06.12.2026")."""
    # Translators: a Qt date format (yyyy year, MM month, dd day) for a day written in figures, in tables and
    # in the fields a day is typed in.
    return QCoreApplication.translate("calfdesk", "yyyy-MM-dd")


def numeric_date(day: dt.date) -> str:
    """A day written in figures as the runner's language writes it ("2026-12-06", "06.12.2026")."""
    return QLocale(i18n.language()).toString(QDate(day.year, day.month, day.day), day_format())


def numeric_moment(moment: dt.datetime) -> str:
    """A day and its time of day, in figures ("2026-12-06 07:30", "06.12.2026 07:30")."""
    return f"{numeric_date(moment.date())} {moment:%H:%M}"


def month_name(day: dt.date) -> str:
    """The short name of the day's month in the runner's language ("Oct", "Okt.")."""
    return QLocale(i18n.language()).monthName(day.month, QLocale.FormatType.ShortFormat)


def weekday_name(day: dt.date, *, short: bool = False) -> str:
    """The weekday's name in the runner's language ("Mon" or "Monday", "Mo." or "Montag")."""
    length = QLocale.FormatType.ShortFormat if short else QLocale.FormatType.LongFormat
    return QLocale(i18n.language()).dayName(day.isoweekday(), length)


def translatable(context: str, text: str) -> str:
    """`text` itself: marks a text kept in a table for pyside6-lupdate (python -m tools.translations), to be
    translated in `context` where it is shown."""
    del context
    return text


def _translators(app: QCoreApplication, language: str) -> list[QTranslator] | None:
    """The English counted forms, then (for another language) Qt's own texts and calfdesk's, searched last
    installed first; None when calfdesk's own file is missing."""
    english = QTranslator(app)
    if not english.load(str(resource(*ENGLISH))):
        return None
    chosen = [english]
    if language != i18n.ENGLISH:
        # Qt's buttons and dialogs (OK, Cancel, the file dialog) from the translations PySide6 ships.
        qt_texts = QTranslator(app)
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt_texts.load(QLocale(language), "qtbase", "_", qt_folder):
            chosen.append(qt_texts)
        own = QTranslator(app)
        if own.load(str(resource(TRANSLATIONS, f"calfdesk_{language}.qm"))):
            chosen.append(own)
    return chosen


def _read_with_qt(context: str, source: str, number: int | None) -> str:
    """The reader of every module's `_tr` (calfdesk.i18n.Texts) in a Qt application: its installed translators."""
    return QCoreApplication.translate(context, source, None, -1 if number is None else number)


def install_translations(app: QCoreApplication) -> bool:
    """Install the translations of the language being spoken (calfdesk.i18n), replacing those of another
    language installed before, and read every module's texts through them; False when calfdesk's English file
    is missing."""
    language = i18n.language()
    i18n.read_translations_with(_read_with_qt)
    installed = app.findChildren(QTranslator, _INSTALLED)
    if installed and app.property(_INSTALLED) == language:
        return True
    chosen = _translators(app, language)
    if chosen is None:
        return False
    for old in installed:
        app.removeTranslator(old)
        old.deleteLater()
    for translator in chosen:
        translator.setObjectName(_INSTALLED)
        app.installTranslator(translator)
    app.setProperty(_INSTALLED, language)
    return True
