"""Where a run came from: entered by hand, or read by one of the importers.

The importers' registry (calfdesk.importers.registry) registers the source of each format it lists, so a
new format brings its own source and the data file needs no change: a run's source is checked here, in
Python, against the sources registered. A source the running version does not know (a run stored by a newer
version) is still shown, under its own key.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from calfdesk.errors import InvalidInput
from calfdesk.i18n import Texts

_tr = Texts(__name__)


@dataclass(frozen=True, slots=True)
class RunSource:
    """A kind of record of a run. `recorded`: a recording (track points or the device's own totals), which
    tells more than a summary row; `device_totals`: the device's totals and its wall-clock offset (FIT)."""

    key: str
    label: str
    recorded: bool = False
    device_totals: bool = False


MANUAL: Final = RunSource("manual", "Entered by hand")

_registered: dict[str, RunSource] = {MANUAL.key: MANUAL}


def register_source(source: RunSource) -> None:
    """Make `source` known; registering the same source again changes nothing, another with its key is refused."""
    known = _registered.get(source.key)
    if known is not None and known != source:
        raise ValueError(f"two different run sources share the key '{source.key}'")
    _registered[source.key] = source


def registered_sources() -> tuple[RunSource, ...]:
    return tuple(_registered.values())


def run_source(key: str) -> RunSource:
    """The source registered under `key`, or one named by its key when this version does not know it."""
    return _registered.get(key) or RunSource(key, key)


def check_source(key: str) -> str:
    """`key` when a source is registered under it; InvalidInput naming the field otherwise."""
    if key not in _registered:
        problem = _tr("source: '{source}' is not one of {sources}")
        raise InvalidInput(problem.format(source=key, sources=", ".join(sorted(_registered))), field="source")
    return key
