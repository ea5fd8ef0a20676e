"""What every importer shares: the result of reading one file, and careful reading of text, XML,
numbers and dates as exports write them."""

from __future__ import annotations

import datetime as dt
import gzip
import re
import zlib
from collections import Counter
from dataclasses import dataclass, field
from typing import Final

from calfdesk.domain.plausibility import Movement
from calfdesk.domain.training import Run
from calfdesk.errors import InvalidInput

MAX_FILE_BYTES: Final = 256 * 1024 * 1024
MAX_UNPACKED_BYTES: Final = 512 * 1024 * 1024
GZIP_MAGIC: Final = b"\x1f\x8b"


@dataclass(slots=True)
class ImportedFile:
    """The runs read from one file, and what was left out (activity type or reason -> count).

    `undeclared` holds, by position in `runs`, how the runs whose file named no sport moved."""

    name: str
    format: str
    runs: list[Run] = field(default_factory=list)
    skipped: Counter[str] = field(default_factory=Counter)
    undeclared: dict[int, Movement] = field(default_factory=dict)

    @property
    def skipped_count(self) -> int:
        return sum(self.skipped.values())


def file_error(name: str, reason: str) -> InvalidInput:
    """The error of a file that cannot be imported: names the file and says why."""
    return InvalidInput(f"{name}: {reason}", field=name)


def unpack_gzip(name: str, data: bytes) -> bytes:
    """Strava's bulk export keeps most activity files as `.gz`; unpack them with a size limit."""
    if not data.startswith(GZIP_MAGIC):
        return data
    unpacker = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        result = unpacker.decompress(data, MAX_UNPACKED_BYTES)
        if unpacker.unconsumed_tail:
            raise file_error(name, "the packed file unpacks to more than 512 MB; this is not a run")
        if not unpacker.eof:
            raise file_error(name, "the packed (.gz) file is truncated")
    except (zlib.error, gzip.BadGzipFile) as error:
        raise file_error(name, f"the packed (.gz) file is damaged ({error})") from None
    return result


def check_size(name: str, data: bytes) -> None:
    if not data.strip():
        raise file_error(name, "the file is empty")
    if len(data) > MAX_FILE_BYTES:
        raise file_error(name, "the file is larger than 256 MB; this is not a run file")


def decode_text(name: str, data: bytes) -> str:
    """UTF-8 (with or without byte-order mark) or UTF-16 with a byte-order mark."""
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise file_error(name, "the file is not text (it contains binary data)")
    try:
        if data.startswith((b"\xff\xfe", b"\xfe\xff")):
            return data.decode("utf-16")
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise file_error(name, f"the file is not UTF-8 text (byte {error.start + 1})") from None


_DOCTYPE: Final = re.compile(r"<!\s*(DOCTYPE|ENTITY)", re.IGNORECASE)
_XML_ENCODING: Final = re.compile(r"^(<\?xml[^>]*?)\s+encoding\s*=\s*['\"][^'\"]*['\"]", re.IGNORECASE)


def safe_xml_text(name: str, data: bytes) -> str:
    """The XML as text, refusing document type declarations.

    Run files never need one, and refusing them blocks entity-expansion bombs and external entities
    (the standard library parser has no switch for that).
    """
    text = decode_text(name, data)
    if _DOCTYPE.search(text):
        raise file_error(name, "the file declares a DOCTYPE or entities, which run files never do; refused")
    # The text is already decoded; an encoding declaration would make ElementTree refuse a str.
    return _XML_ENCODING.sub(r"\1", text.lstrip(), count=1)


def local_offset(moment: dt.datetime) -> dt.datetime:
    """An aware moment moved to this computer's time zone, for files that store only UTC."""
    return moment.astimezone()


def as_aware_local(naive: dt.datetime) -> dt.datetime:
    """A wall-clock time without zone, read as this computer's local time."""
    return naive.astimezone()


def parse_xml_datetime(text: str) -> dt.datetime:
    """ISO 8601 as GPX, TCX and FIT-to-XML tools write it; times without zone are UTC by those formats."""
    value = text.strip()
    if value.endswith(("Z", "z")):
        value = value[:-1] + "+00:00"
    moment = dt.datetime.fromisoformat(value)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment


# Numbers as spreadsheets and exports write them ------------------------------------------------------

MISSING_VALUES: Final = frozenset({"", "--", "-", "n/a", "na", "null", "none"})


def is_missing(text: str) -> bool:
    return text.strip().casefold() in MISSING_VALUES


def guess_decimal_comma(samples: list[str]) -> bool:
    """Whether a column of numbers uses a decimal comma ("12,51") rather than a decimal point."""
    comma = point = 0
    for sample in samples:
        value = sample.strip().strip('"')
        if re.fullmatch(r"-?\d{1,3}(\.\d{3})*,\d+", value) or re.fullmatch(r"-?\d+,\d{1,2}", value):
            comma += 1
        elif re.fullmatch(r"-?\d{1,3}(,\d{3})*\.\d+", value) or re.fullmatch(r"-?\d+\.\d{1,2}", value):
            point += 1
    return comma > point


def parse_number(text: str, *, decimal_comma: bool) -> float | None:
    """A number with thousands separators; None for the placeholders exports use for 'no value'."""
    value = text.strip().replace("\u00a0", "").replace(" ", "").replace("'", "")
    if is_missing(value):
        return None
    value = value.replace(".", "").replace(",", ".") if decimal_comma else value.replace(",", "")
    number = float(value)
    if number != number or number in (float("inf"), float("-inf")):
        raise ValueError(text)
    return number


# Dates as exports write them, in several languages -----------------------------------------------------

_MONTHS: Final = {
    # English, German, French, Spanish, Italian, Dutch, Portuguese abbreviations and names
    **{name: number for number, name in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), start=1)},
    "sept": 9, "mär": 3, "mrz": 3, "mai": 5, "okt": 10, "dez": 12,
    "janv": 1, "févr": 2, "fevr": 2, "mars": 3, "avr": 4, "juin": 6, "juil": 7, "août": 8, "aout": 8,
    "déc": 12, "ene": 1, "abr": 4, "ago": 8, "dic": 12, "gen": 1, "mag": 5, "giu": 6, "lug": 7,
    "set": 9, "ott": 10, "mrt": 3, "mei": 5, "fev": 2, "out": 10,
}  # fmt: skip

_ISO_LIKE: Final = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})[ T](\d{1,2}):(\d{2})(?::(\d{2}))?(?:[.,]\d+)?$")
_NUMERIC: Final = re.compile(
    r"^(\d{1,4})[./-](\d{1,2})[./-](\d{2,4}),?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:[.,]\d+)?\s*([ap]\.?\s?m\.?)?$",
    re.IGNORECASE,
)
_WORDY: Final = re.compile(
    r"^(?:(?P<mon1>[^\W\d_]+)\.?\s+(?P<day1>\d{1,2})|(?P<day2>\d{1,2})\.?\s+(?P<mon2>[^\W\d_]+)\.?)"
    r",?\s+(?P<year>\d{4}),?\s+(?:um\s+|à\s+)?(?P<h>\d{1,2})[:h](?P<m>\d{2})(?::(?P<s>\d{2}))?\s*(?P<ampm>[ap]\.?\s?m\.?)?$",
    re.IGNORECASE,
)


def _hour(hour: int, ampm: str | None) -> int:
    if not ampm:
        return hour
    pm = ampm.casefold().startswith("p")
    if hour == 12:
        return 12 if pm else 0
    return hour + 12 if pm else hour


def _month(word: str) -> int:
    key = word.casefold().rstrip(".")
    for length in (len(key), 4, 3):
        if key[:length] in _MONTHS:
            return _MONTHS[key[:length]]
    raise ValueError(word)


def numeric_date_order(samples: list[str]) -> bool:
    """Whether numeric dates in a column put the day first (31.12.2025) rather than the month (12/31/2025).

    Decided from the whole column: a first part above 12 means day first, a second part above 12 month first;
    otherwise dots mean day first and slashes month first.
    """
    slash = False
    for sample in samples:
        match = _NUMERIC.match(sample.strip())
        if match is None or len(match.group(1)) == 4:
            continue
        first, second = int(match.group(1)), int(match.group(2))
        if first > 12:
            return True
        if second > 12:
            return False
        slash = slash or "/" in sample
    return not slash


def parse_export_datetime(text: str, *, day_first: bool = True) -> dt.datetime:
    """A naive date and time as an export wrote it: ISO, numeric (day or month first) or with a month name."""
    value = " ".join(text.strip().split())
    iso = _ISO_LIKE.match(value)
    if iso:
        year, month, day, hour, minute, second = (int(part or 0) for part in iso.groups())
        return dt.datetime(year, month, day, hour, minute, second)
    numeric = _NUMERIC.match(value)
    if numeric:
        first, middle, last, hours, minutes, seconds, ampm = numeric.groups()
        if len(first) == 4:
            year, month, day = int(first), int(middle), int(last)
        else:
            day, month = (int(first), int(middle)) if day_first else (int(middle), int(first))
            year = int(last) + (2000 if len(last) == 2 else 0)
        return dt.datetime(year, month, day, _hour(int(hours), ampm), int(minutes), int(seconds or 0))
    match = _WORDY.match(value)
    if match:
        month = _month(match["mon1"] or match["mon2"])
        day = int(match["day1"] or match["day2"])
        return dt.datetime(
            int(match["year"]), month, day, _hour(int(match["h"]), match["ampm"]), int(match["m"]), int(match["s"] or 0)
        )
    raise ValueError(text)
