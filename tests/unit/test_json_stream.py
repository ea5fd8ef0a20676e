"""The summaries of a Garmin export read one activity at a time: the same activities as json.loads reads,
in memory that follows one activity, not the file."""

from __future__ import annotations

import io
import json
import tracemalloc
from typing import Any

import pytest

from calfdesk.importers import json_stream
from calfdesk.importers.json_stream import members, members_within, stream_objects

KEY = "summarizedActivitiesExport"


def activity(number: int) -> dict[str, Any]:
    return {
        "activityId": number,
        "name": f'Lauf {number} \u00e9 \\" ]}}',
        "activityType": {"typeKey": "running"},
        "startTimeGmt": 1_700_000_000_000 + number * 86_400_000,
        "distance": 1_000_000.5 + number,
        "splits": [{"d": 1.0e3, "t": [1, 2, 3]}],
    }


LAYOUTS = {
    "export blocks": [{KEY: [activity(1), activity(2)]}, {KEY: [activity(3)], "other": {"x": [1]}}],
    "one object": {KEY: [activity(4)]},
    "plain list": [activity(5), activity(6)],
    "mixed": [{"unrelated": 1}, activity(7), {KEY: []}, 12, "text"],
    "empty": [],
}


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
@pytest.mark.parametrize("chunk", [1, 5, 64, 1024 * 1024])
def test_the_stream_reads_what_json_loads_reads(layout: str, chunk: int, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(json_stream, "CHUNK_CHARS", chunk)
    document = LAYOUTS[layout]
    expected: list[dict[str, Any]] = []
    for block in document if isinstance(document, list) else [document]:
        if isinstance(block, dict) and KEY in block:
            expected.extend(block[KEY])
        elif isinstance(block, dict) and "activityId" in block:
            expected.append(block)
    data = json.dumps(document, indent=1).encode()
    assert list(stream_objects(io.BytesIO(b"\xef\xbb\xbf" + data), KEY, whole_with="activityId")) == expected


SESSION = {"exportVersion": "1.3", "exercises": [activity(1), 12, activity(2)], "name": 'x ]}"', "n": [1e3, {}]}


@pytest.mark.parametrize("chunk", [1, 5, 64, 1024 * 1024])
def test_an_objects_members_come_one_at_a_time_with_one_array_spread(
    chunk: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(json_stream, "CHUNK_CHARS", chunk)
    data = json.dumps(SESSION, indent=1).encode()
    expected = [
        ("exportVersion", "1.3"),
        ("exercises", activity(1)),
        ("exercises", activity(2)),
        ("name", SESSION["name"]),
        ("n", SESSION["n"]),
    ]
    assert list(members(io.BytesIO(data), "exercises")) == expected
    wrapped = json.dumps({"before": [1], "DeviceLog": SESSION, "after": {}}).encode()
    assert list(members_within(io.BytesIO(wrapped), "DeviceLog", "exercises")) == expected


@pytest.mark.parametrize(
    "data",
    [b'[{"summarizedActivitiesExport": [{"a": 1}', b"[1 2]", b'[{"a": 1}] trailing', b'{"a": tru'],
)
def test_a_damaged_document_is_refused(data: bytes) -> None:
    with pytest.raises(json.JSONDecodeError):
        list(stream_objects(io.BytesIO(data), KEY, whole_with="activityId"))


def test_memory_follows_one_activity_not_the_file() -> None:
    data = json.dumps([{KEY: [activity(number) for number in range(60_000)]}]).encode()
    assert len(data) > 10 * 1024 * 1024
    tracemalloc.start()
    try:
        count = sum(1 for _ in stream_objects(io.BytesIO(data), KEY, whole_with="activityId"))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert count == 60_000
    # One chunk of text (1 M characters) and one activity; json.loads would hold the whole file's objects.
    assert peak < 8 * 1024 * 1024
