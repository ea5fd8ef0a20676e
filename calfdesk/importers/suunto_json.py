"""The Suunto app's exports of a workout (Spartan, Suunto 9, 5, 7 and later watches): JSON, often packed
(`…_post_timeline-1.json.gz`), `{"DeviceLog": {"Header", "Samples", "Windows", "Device", "R-R"}}`.

The `Header` holds what an SML's header holds (see calfdesk.importers.suunto_sml for what is read and which
sports are runs), with `DateTime` carrying its own offset from UTC and `PauseDuration` taken off the
duration; the `Samples`' `TimeISO8601` and `Distance` give the fastest minute. Not read: the `Windows`
(laps and the legs of a multisport workout: a multisport workout is left out as "Multisport"), heart rate,
R-R intervals, positions. Read as a stream, one sample at a time.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from typing import IO, Any, Final

from calfdesk.domain.sources import RunSource
from calfdesk.i18n import Texts
from calfdesk.importers.common import ImportedFile, file_error, not_valid_json, parse_xml_datetime, peek
from calfdesk.importers.format import FileOptions, Format, NotThisFormat, head_text
from calfdesk.importers.json_stream import JsonTooLarge, members_within
from calfdesk.importers.suunto_sml import LogSamples, header_to_run

_tr = Texts(__name__)

_SIGNATURE: Final = re.compile(r'\{\s*"DeviceLog"\s*:\s*\{')


def is_suunto_json(head: bytes) -> bool:
    """Whether a file's first bytes open a Suunto app export: an object whose first member is `DeviceLog`."""
    return _SIGNATURE.match(head_text(head)) is not None


def read_suunto_json(name: str, stream: IO[bytes], _options: FileOptions | None = None) -> ImportedFile:
    """The workout is one run, when its sport is running or it moves like one."""
    if not is_suunto_json(peek(stream)):
        raise NotThisFormat
    header: dict[str, str] = {}
    samples = LogSamples()
    try:
        for member, value in members_within(stream, "DeviceLog", "Samples"):
            if member == "Header" and isinstance(value, dict):
                header = _as_text(value)
            elif member == "Samples":
                _add_sample(samples, value)
    except JsonTooLarge as error:
        raise file_error(name, _tr("not a Suunto workout ({problem})").format(problem=error)) from None
    except json.JSONDecodeError as error:
        raise file_error(name, not_valid_json(error)) from None
    except UnicodeDecodeError:
        raise file_error(name, _tr("not UTF-8 text; not a Suunto workout")) from None
    except RecursionError:
        raise file_error(name, _tr("not a Suunto workout (it is nested too deeply)")) from None
    except (ValueError, TypeError, OverflowError) as error:
        raise file_error(name, _tr("a sample cannot be read ({problem})").format(problem=error)) from None
    if not header:
        raise file_error(name, _tr("not a Suunto workout (no Header)"))
    return header_to_run(name, header, samples, "suunto_json")


def _as_text(header: Mapping[str, Any]) -> dict[str, str]:
    """The header's plain fields as an SML writes them (text); nested ones and nulls are left aside."""
    return {
        key: str(value)
        for key, value in header.items()
        if isinstance(value, str | int | float) and not isinstance(value, bool)
    }


def _add_sample(samples: LogSamples, sample: Mapping[str, Any]) -> None:
    stamp, distance = sample.get("TimeISO8601"), sample.get("Distance")
    if not isinstance(stamp, str):
        return
    moment = parse_xml_datetime(stamp)
    samples.note_time(moment)
    if isinstance(distance, int | float) and not isinstance(distance, bool) and samples.first_utc is not None:
        samples.add((moment - samples.first_utc).total_seconds(), float(distance))


FORMAT: Final = Format(
    key="suunto_json",
    kind="Suunto JSON",
    description=lambda: _tr("a Suunto app workout"),
    source=RunSource("suunto_json", "Suunto app file", recorded=True),
    suffixes=(),
    read=read_suunto_json,
    sniff=is_suunto_json,
    shared_suffixes=(".json",),
)
