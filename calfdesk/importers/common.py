"""What every importer shares: the result of reading one file, opening a file the runner chose (regular
files only, size checked before reading, reads bounded), careful reading of text and XML (no document type
declarations, whatever the encoding), numbers and dates as exports write them."""

from __future__ import annotations

import datetime as dt
import gzip
import io
import json
import os
import re
import stat
import zlib
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import IO, Any, Final, Literal

from calfdesk.domain.plausibility import Movement
from calfdesk.domain.runs import Run
from calfdesk.domain.units import DistanceUnit
from calfdesk.errors import InvalidInput, system_reason
from calfdesk.i18n import Texts, number

_tr = Texts(__name__)

MAX_FILE_BYTES: Final = 256 * 1024 * 1024
MAX_UNPACKED_BYTES: Final = 512 * 1024 * 1024
GZIP_MAGIC: Final = b"\x1f\x8b"
# Bytes of a stream read to recognise its format.
HEAD_BYTES: Final = 4096
# Bytes of XML handed to the parser at a time.
FEED_BYTES: Final = 64 * 1024


class LeftOut(StrEnum):
    """calfdesk's own reasons for leaving an activity of a file out; the window and the command line word each
    (its value is its key in a report). Any other reason is the activity's own type as the file names it
    ("Cycling"), shown as written."""

    NO_DISTANCE = "runs without a distance"
    NO_TYPE = "no type"
    STANDING_STILL = "tracks that do not move (no distance)"
    NO_DURATION = "tracks whose times do not advance (no duration)"
    PLANNED = "planned routes (their times are made up from a steady speed)"
    MULTISPORT = "multisport outings (their legs are read on their own)"
    WORKOUT_WITHOUT_DISTANCE = "running workouts without a distance"
    WORKOUT_BAD_DURATION = "running workouts without a usable duration"
    WORKOUT_BAD_DISTANCE = "running workouts without a usable distance"


@dataclass(frozen=True, slots=True)
class UnitAssumption:
    """The unit a file that does not name its unit was read in, and why: `steps` (the step length its Steps and
    Distance give fits only this unit) or `setting` (nothing in the file tells: the runner's own unit)."""

    unit: DistanceUnit
    reason: Literal["steps", "setting"]


@dataclass(slots=True)
class ImportedFile:
    """The runs read from one file, and what was left out (activity type or `LeftOut` reason -> count).

    `undeclared` holds, by position in `runs`, how the runs whose file named no sport moved; `distance_unit`
    the unit assumed for a file that does not name one."""

    name: str
    format: str
    runs: list[Run] = field(default_factory=list)
    skipped: Counter[str] = field(default_factory=Counter)
    undeclared: dict[int, Movement] = field(default_factory=dict)
    distance_unit: UnitAssumption | None = None
    # What was read around (a damaged end, a chained settings file), for the report.
    notes: list[str] = field(default_factory=list)

    @property
    def skipped_count(self) -> int:
        return sum(self.skipped.values())


class FileError(InvalidInput):
    """A file that cannot be imported: `name` names it, `reason` says why (in the runner's language); its
    message is both, and the report, which names the file itself, shows the reason alone."""

    def __init__(self, name: str, reason: str) -> None:
        super().__init__(_tr("{name}: {reason}").format(name=name, reason=reason), field=name)
        self.name = name
        self.reason = reason


def file_error(name: str, reason: str) -> FileError:
    """The error of a file that cannot be imported: names the file and says why."""
    return FileError(name, reason)


def _mb(limit: int) -> int:
    return limit // (1024 * 1024)


def too_large(limit: int) -> str:
    """The reason of a file larger than `limit` bytes."""
    return _tr("the file is larger than {megabytes} MB; this is not a file calfdesk reads").format(megabytes=_mb(limit))


def unpacks_too_large(limit: int) -> str:
    """The reason of a packed file that unpacks to more than `limit` bytes."""
    return _tr("the packed file unpacks to more than {megabytes} MB; this is not a file calfdesk reads").format(
        megabytes=_mb(limit)
    )


def cannot_read(error: OSError) -> str:
    """The reason of a file the system would not let calfdesk read (the system's own words in brackets)."""
    return _tr("cannot read the file ({problem})").format(problem=system_reason(error))


def not_valid_xml(error: Exception) -> str:
    """The reason of an XML file the parser stops in: where it stopped, in the runner's language (the parser's
    own words are English)."""
    line, column = parse_position(error)
    if line is None:
        return _tr("not valid XML; the file may be truncated")
    return _tr("not valid XML (line {line}, column {column}); the file may be truncated").format(
        line=line, column=column
    )


def not_valid_json(error: ValueError) -> str:
    """The reason of a JSON file the decoder stops in: where it stopped, in the runner's language."""
    line, column = parse_position(error)
    if line is None:
        return _tr("not valid JSON; the file may be truncated")
    return _tr("not valid JSON (line {line}, column {column}); the file may be truncated").format(
        line=line, column=column
    )


def parse_position(error: BaseException) -> tuple[int | None, int]:
    """The line and the column (both from 1) where a JSON decoder or an XML parser stopped; no line when the
    error gives none."""
    if isinstance(error, json.JSONDecodeError):
        return error.lineno, error.colno
    position = getattr(error, "position", None)
    if isinstance(position, tuple) and len(position) == 2 and all(isinstance(part, int) for part in position):
        return position[0], position[1] + 1
    line = getattr(error, "lineno", None)
    if isinstance(line, int):
        offset = getattr(error, "offset", 0)
        return line, (offset if isinstance(offset, int) else 0) + 1
    return None, 0


def packed_damaged(error: Exception) -> str:
    return _tr("the packed (.gz) file is damaged ({problem})").format(problem=error)


def open_input_file(path: Path, *, limit: int = MAX_FILE_BYTES, name: str | None = None) -> IO[bytes]:
    """A file the runner chose, opened for reading: only a regular file, its size checked before any read,
    and the stream refuses to go past `limit` bytes (a file growing while it is read).

    Opening never blocks (a pipe or a device is refused before anything is read). Raises InvalidInput
    naming the file.
    """
    label = name or path.name
    try:
        descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_NOCTTY | getattr(os, "O_CLOEXEC", 0))
    except IsADirectoryError:
        raise file_error(label, _tr("this is a folder, not a file")) from None
    except OSError as error:
        raise file_error(label, cannot_read(error)) from None
    try:
        status = os.fstat(descriptor)
        if stat.S_ISDIR(status.st_mode):
            raise file_error(label, _tr("this is a folder, not a file"))
        if not stat.S_ISREG(status.st_mode):
            raise file_error(label, _tr("not a regular file (a device, pipe or socket); choose a saved file"))
        if status.st_size > limit:
            raise file_error(label, too_large(limit))
        os.set_blocking(descriptor, True)
        raw = io.FileIO(descriptor, "rb", closefd=True)
    except BaseException:
        os.close(descriptor)
        raise
    return io.BufferedReader(BoundedStream(raw, label, limit, too_large(limit)))


def read_input_file(path: Path, *, limit: int = MAX_FILE_BYTES, name: str | None = None) -> bytes:
    """The bytes of a regular file of at most `limit` bytes (see `open_input_file`)."""
    try:
        with open_input_file(path, limit=limit, name=name) as stream:
            return stream.read()
    except OSError as error:
        raise file_error(name or path.name, cannot_read(error)) from None


def read_bounded(stream: IO[bytes] | IO[str], *, limit: int, name: str) -> bytes:
    """At most `limit` bytes of a stream that has no size to check first (standard input; a text stream is
    read as UTF-8)."""
    binary = getattr(stream, "buffer", stream)
    chunk = binary.read(limit + 1)
    data = chunk.encode("utf-8") if isinstance(chunk, str) else chunk
    if len(data) > limit:
        raise file_error(
            name,
            _tr("the input is larger than {megabytes} MB; this is not a file calfdesk reads").format(
                megabytes=_mb(limit)
            ),
        )
    return data


class BoundedStream(io.RawIOBase):
    """A binary stream that refuses to deliver more than `limit` bytes (`too_large`, the reason it then gives),
    and turns the unpacking errors of a `.gz` stream into the file's error."""

    def __init__(self, inner: IO[bytes] | io.RawIOBase | gzip.GzipFile, name: str, limit: int, too_large: str) -> None:
        super().__init__()
        self._inner = inner
        self._name = name
        self._limit = limit
        self._too_large = too_large
        self._delivered = 0

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return self._inner.seekable()

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        position = self._inner.seek(offset, whence)
        self._delivered = position
        return position

    def tell(self) -> int:
        return self._delivered

    def readinto(self, buffer: Any) -> int:
        try:
            count = self._inner.readinto(buffer)  # type: ignore[union-attr]
        except EOFError:
            raise file_error(self._name, _tr("the packed (.gz) file is truncated")) from None
        except (zlib.error, gzip.BadGzipFile) as error:
            raise file_error(self._name, packed_damaged(error)) from None
        count = count or 0
        self._delivered += count
        if self._delivered > self._limit:
            raise file_error(self._name, self._too_large)
        return count

    def close(self) -> None:
        self._inner.close()
        super().close()


def binary_source(data: bytes | IO[bytes]) -> IO[bytes]:
    """A seekable binary stream over bytes or an already open file."""
    return io.BytesIO(data) if isinstance(data, bytes | bytearray | memoryview) else data


def peek(stream: IO[bytes], size: int = HEAD_BYTES) -> bytes:
    """The first bytes of a seekable stream, leaving it at the start."""
    stream.seek(0)
    head = stream.read(size)
    stream.seek(0)
    return head


def unpacked_stream(name: str, stream: IO[bytes]) -> IO[bytes]:
    """The stream itself, or for a `.gz` (Strava's bulk export keeps most activity files so) its unpacked
    content, read as it is needed and refused past 512 MB."""
    if peek(stream, len(GZIP_MAGIC)) != GZIP_MAGIC:
        return stream
    inner = gzip.GzipFile(fileobj=stream, mode="rb")
    return io.BufferedReader(BoundedStream(inner, name, MAX_UNPACKED_BYTES, unpacks_too_large(MAX_UNPACKED_BYTES)))


def unpacked_bytes(name: str, data: bytes, limit: int = MAX_UNPACKED_BYTES) -> bytes:
    """`data` itself, or for a `.gz` its unpacked content in one call to zlib, refused past `limit`: what
    `unpacked_stream` gives, without a stream's layers, for a file already in memory. Like gzip, it reads
    members one after another and zero bytes after the last."""
    if not data.startswith(GZIP_MAGIC):
        return data
    pieces: list[bytes] = []
    room = limit
    rest = data
    while rest.startswith(GZIP_MAGIC):
        inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)  # a gzip header and trailer, checked
        try:
            piece = inflater.decompress(rest, room + 1)
        except zlib.error as error:
            raise file_error(name, packed_damaged(error)) from None
        if len(piece) > room:
            raise file_error(name, unpacks_too_large(limit))
        if not inflater.eof:
            raise file_error(name, _tr("the packed (.gz) file is truncated"))
        pieces.append(piece)
        room -= len(piece)
        rest = inflater.unused_data
    if rest.strip(b"\x00"):
        raise file_error(name, _tr("the packed (.gz) file is damaged (it goes on after its packed data)"))
    return b"".join(pieces)


def check_not_empty(name: str, stream: IO[bytes]) -> None:
    if not peek(stream).strip():
        raise file_error(name, _tr("the file is empty"))


def checked_position(name: str, latitude: float, longitude: float) -> tuple[float, float]:
    """A point's position, refused when it lies off the globe (or is not a number at all)."""
    if not (-90.0 <= latitude <= 90.0 and -180.0 <= longitude <= 180.0):
        raise file_error(
            name,
            _tr("a point lies off the globe (latitude {latitude}, longitude {longitude})").format(
                latitude=number(latitude, 5), longitude=number(longitude, 5)
            ),
        )
    return latitude, longitude


# Local time is UTC-12:00 to UTC+14:00 everywhere on Earth; an offset beyond this is a damaged field.
MAX_UTC_OFFSET: Final = dt.timedelta(hours=18)


def checked_moment(name: str, moment: dt.datetime) -> dt.datetime:
    """An aware time (UTC when it has no zone), refused when its offset from UTC is not one a place has."""
    try:
        offset = moment.utcoffset()
    except ValueError:
        offset = None
        moment = moment.replace(tzinfo=None)
    if moment.tzinfo is None:
        return moment.replace(tzinfo=dt.UTC)
    if offset is None or abs(offset) > MAX_UTC_OFFSET:
        raise file_error(
            name, _tr("a time has an offset from UTC that no place has ({zone})").format(zone=moment.tzinfo)
        )
    return moment


def alternatives(items: Sequence[str]) -> str:
    """Texts offered as one of them, in the runner's language: "GPX, TCX or FIT"."""
    if len(items) == 1:
        return items[0]
    return _tr("{items} or {last}").format(items=", ".join(items[:-1]), last=items[-1])


def unreadable(error: BaseException) -> str:
    """The reason of a file whose reading failed unexpectedly (a hostile or damaged file may trip any reader)."""
    return _tr("the file cannot be read ({problem})").format(problem=describe_failure(error))


def describe_failure(error: BaseException) -> str:
    """A short, one-line description of an unexpected failure while reading a file."""
    if isinstance(error, MemoryError):
        return _tr("it needs more memory than this computer has")
    if isinstance(error, RecursionError):
        return _tr("it is nested too deeply")
    text = " ".join(str(error).split())[:200]
    return f"{type(error).__name__}: {text}" if text else type(error).__name__


NOT_TEXT_BINARY: Final = "the file is not text (it contains binary data)"
NOT_TEXT_NUL: Final = "the file is not text (it contains NUL characters)"


def decode_text(name: str, data: bytes) -> str:
    """UTF-8 (with or without byte-order mark) or UTF-16 with a byte-order mark; text that still holds a NUL
    character after decoding (binary data, or UTF-32 read as UTF-16) is refused."""
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise file_error(name, _tr(NOT_TEXT_BINARY))
    try:
        utf16 = data.startswith((b"\xff\xfe", b"\xfe\xff"))
        text = data.decode("utf-16") if utf16 else data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise file_error(name, _tr("the file is not UTF-8 text (byte {byte})").format(byte=error.start + 1)) from None
    if "\x00" in text:
        raise file_error(name, _tr(NOT_TEXT_NUL))
    return text


DTD_REFUSED: Final = "the file declares a DOCTYPE or entities, which run files never do; refused"
_XML_ENCODING: Final = re.compile(r"^(<\?xml[^>]*?)\s+encoding\s*=\s*['\"][^'\"]*['\"]", re.IGNORECASE)


XmlEvent = Literal["start", "end"]


def xml_events(
    name: str, stream: IO[bytes], events: tuple[XmlEvent, ...] = ("start", "end")
) -> Iterator[tuple[str, Any]]:
    """ElementTree's incremental parse, never with a document type declaration, so no entity is ever expanded
    and no external file read, whatever the encoding.

    A declaration can only stand before the root element. When the first bytes show the root element with no
    declaration before it, in an encoding whose markup is ASCII, ElementTree's C parser reads the file (a
    declaration after the root is not XML and fails there). Any other file goes to defusedxml's parser, which
    refuses a declaration itself but is pure Python, three times slower."""
    from xml.etree.ElementTree import iterparse

    if _root_before_any_declaration(peek(stream, HEAD_BYTES)):
        return iterparse(stream, events=events)
    return _defused_events(name, stream, events)


def plain_xml_root(stream: IO[bytes], limit: int) -> Any | None:
    """The root element of a document of at most `limit` bytes whose first bytes show the root with no
    document type declaration before it (see `xml_events`), parsed whole by ElementTree's C parser: the
    quickest way to read a small file, at about ten times its size in memory. None for a larger file or any
    other, which `xml_events` reads; the stream is left at its start. The text is fed in pieces of
    FEED_BYTES (about a millisecond of parsing each), between which the window's thread can take the
    interpreter while an import runs beside it."""
    from xml.etree.ElementTree import XMLParser

    if not _root_before_any_declaration(peek(stream, HEAD_BYTES)):
        return None
    data = stream.read(limit + 1)
    stream.seek(0)
    if len(data) > limit:
        return None
    parser = XMLParser()
    view = memoryview(data)
    for start in range(0, len(data), FEED_BYTES):
        parser.feed(view[start : start + FEED_BYTES])
    return parser.close()


def _defused_events(name: str, stream: IO[bytes], events: tuple[XmlEvent, ...]) -> Iterator[tuple[str, Any]]:
    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import iterparse

    try:
        yield from iterparse(stream, events=events, forbid_dtd=True)
    except DefusedXmlException:
        raise file_error(name, _tr(DTD_REFUSED)) from None


_PLAIN_ENCODINGS: Final = frozenset({"utf-8", "utf8", "us-ascii", "ascii", "iso-8859-1", "latin-1", "utf-16"})
_DECLARED_ENCODING: Final = re.compile(r"""encoding\s*=\s*['"]([^'"]*)['"]""")
_ROOT_START: Final = re.compile(r"<[A-Za-z_]")


def _root_before_any_declaration(head: bytes) -> bool:
    """Whether a document's first bytes reach its root element through nothing but an XML declaration (in
    an encoding whose markup is ASCII), comments, processing instructions and blanks."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = head.decode("utf-16", "replace")
    else:
        text = head.decode("latin-1").removeprefix("\xef\xbb\xbf")
    position = 0
    while True:
        while position < len(text) and text[position] in " \t\r\n\ufeff":
            position += 1
        if text.startswith("<?", position):
            end = text.find("?>", position)
            if end < 0:
                return False
            declared = _DECLARED_ENCODING.search(text, position, end) if text.startswith("<?xml", position) else None
            if declared is not None and declared.group(1).strip().casefold() not in _PLAIN_ENCODINGS:
                return False
            position = end + 2
        elif text.startswith("<!--", position):
            end = text.find("-->", position + 4)
            if end < 0:
                return False
            position = end + 3
        else:
            return _ROOT_START.match(text, position) is not None


def parse_xml_text(name: str, text: str) -> Any:
    """The root element of an XML document given as text, parsed with document type declarations refused."""
    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import fromstring

    # The text is already decoded; an encoding declaration would make ElementTree refuse a str.
    text = _XML_ENCODING.sub(r"\1", text.lstrip(), count=1)
    try:
        return fromstring(text, forbid_dtd=True)
    except DefusedXmlException:
        raise file_error(name, _tr(DTD_REFUSED)) from None


def local_offset(moment: dt.datetime, zone: dt.tzinfo | None = None) -> dt.datetime:
    """An aware moment moved to this computer's time zone (or `zone`), for files that store only UTC."""
    try:
        return moment.astimezone(zone)
    except (OverflowError, ValueError):
        raise InvalidInput(
            _tr("start: date {date} is not believable").format(date=moment.date().isoformat()), field="start"
        ) from None


def as_aware_local(naive: dt.datetime) -> dt.datetime:
    """A wall-clock time without zone, read as this computer's local time."""
    return local_offset(naive)


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


def guess_decimal_comma(samples: Iterable[str]) -> bool:
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
    parsed = float(value)
    if parsed != parsed or parsed in (float("inf"), float("-inf")):
        raise ValueError(text)
    return parsed


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


def numeric_date_order(samples: Iterable[str]) -> bool:
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
