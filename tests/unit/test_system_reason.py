"""Why the system refused a file, in the runner's language: the C library's own words (`strerror`) are English
whatever calfdesk speaks, so the usual causes are worded by their number (calfdesk.errors.system_reason)."""

from __future__ import annotations

import errno

import pytest

from calfdesk import i18n
from calfdesk.errors import system_reason


@pytest.mark.parametrize(
    ("number", "english", "german"),
    [
        (errno.ENOENT, "it does not exist", "sie existiert nicht"),
        (errno.EACCES, "permission denied", "keine Berechtigung"),
        (errno.ENOSPC, "the disk is full", "der Datenträger ist voll"),
        (errno.EROFS, "the disk is read-only", "der Datenträger ist schreibgeschützt"),
        (errno.EISDIR, "it is a folder", "es ist ein Ordner"),
    ],
)
def test_the_usual_causes_are_worded_in_the_language_spoken(number: int, english: str, german: str) -> None:
    error = OSError(number, "the system's own English words", "/home/r/run.gpx")
    assert system_reason(error) == english
    i18n.set_language("de")
    assert system_reason(error) == german


def test_a_rare_cause_keeps_the_systems_own_words() -> None:
    assert system_reason(OSError(errno.EPROTO, "Protocol error")) == "Protocol error"
    assert system_reason(OSError("no number at all")) == "no number at all"
