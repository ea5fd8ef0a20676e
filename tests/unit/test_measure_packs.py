"""Questionnaire packs: a made-up pack is validated, scored and kept as a measure; hostile or broken packs are
refused with their reason."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from calfdesk.domain.measures import Item, packs, trend
from calfdesk.domain.measures.base import Reading
from calfdesk.errors import InvalidInput

PACK = Path(__file__).resolve().parents[1] / "data" / "made_up_pack.toml"
DAY = dt.date(2026, 3, 2)


def pack_text() -> str:
    return PACK.read_text(encoding="utf-8")


def answers(pack: packs.Pack, *values: int) -> list[Item]:
    return [Item(item.id, value) for item, value in zip(pack.items, values, strict=True)]


def test_the_made_up_pack_is_read_with_its_items_scales_and_licence_holder() -> None:
    pack = packs.parse_pack(pack_text())
    assert pack.id == "made_up_tendon"
    assert pack.licence_holder == "Dr. Ada Example, Example Physio Clinic"
    assert pack.name == "Made-up tendon questionnaire <b>v1</b>", "markup is kept as text, to be shown as text"
    assert [item.id for item in pack.items] == ["stairs", "run_minutes", "morning_pain"]
    assert [answer.label for answer in pack.items[2].scale.answers] == ["Never", "Sometimes", "Always"]
    assert pack.score_scale.low == 0 and pack.score_scale.high == 100


def test_a_pack_is_scored_with_reverse_items_and_checked_answers() -> None:
    pack = packs.parse_pack(pack_text())
    assert pack.score(answers(pack, 10, 10, 0)) == 100.0
    assert pack.score(answers(pack, 0, 0, 10)) == 0.0
    assert pack.score(answers(pack, 5, 4, 5)) == 46.7
    with pytest.raises(InvalidInput, match="answer 3: 4 is not one of the answers"):
        pack.score(answers(pack, 5, 4, 4))
    with pytest.raises(InvalidInput, match="answer 1: 11"):
        pack.score(answers(pack, 11, 4, 5))
    with pytest.raises(InvalidInput, match="2 given for 3 questions"):
        pack.score(answers(pack, 5, 4, 5)[:2])


def test_a_packs_smallest_change_judges_its_trend() -> None:
    pack = packs.parse_pack(pack_text())
    measure = pack.measure()
    first = Reading(pack.id, DAY, pack.score(answers(pack, 3, 3, 10)), tuple(answers(pack, 3, 3, 10)))
    later = Reading(pack.id, DAY + dt.timedelta(days=14), pack.score(answers(pack, 5, 4, 5)))
    found = trend(measure, [first, later])
    assert found is not None and found.meaningful and found.direction == "better"


def hostile(old: str, new: str) -> str:
    text = pack_text()
    assert old in text
    return text.replace(old, new)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        (hostile("min = 0\nmax = 10", "min = 10\nmax = 0"), "scales.zero_to_ten: min 10 must be below max 0"),
        (hostile("min = 0\nmax = 10", "min = 5\nmax = 5"), "min 5 must be below max 5"),
        (hostile("min = 0\nmax = 10", "min = -1000000\nmax = 10"), "span at most"),
        (hostile("max = 10", 'max = "ten"'), "max: must be a whole number"),
        (hostile('{ value = 10, label = "Always" }', '{ value = 5, label = "Always" }'), "same value"),
        (hostile('scale = "how_often"', 'scale = "nowhere"'), "items[3].scale: must name one of"),
        (hostile('method = "percent"', 'method = "divide"'), "scoring.method"),
        (hostile("smallest_change = 10", "smallest_change = 0"), "smallest_change: must be above 0"),
        (hostile("smallest_change = 10", "smallest_change = 500"), "at most the score's range"),
        (hostile("smallest_change = 10", "smallest_change = nan"), "smallest_change: must be a number"),
        (hostile('id = "made_up_tendon"', 'id = "psfs"'), "id: must be"),
        (hostile('id = "made_up_tendon"', 'id = "../../etc"'), "id: must be"),
        (hostile('licence_holder = "Dr. Ada Example, Example Physio Clinic"', ""), "licence_holder: must be text"),
        (hostile("How easily", "\\u001b[31mHow easily"), "control characters"),
        (hostile("format = 1", "format = 2"), "format: must be 1"),
        ("not = [toml", "not a TOML pack"),
        (hostile('id = "run_minutes"', 'id = "stairs"'), "two items have the same id"),
    ],
)
def test_hostile_and_broken_packs_are_refused_with_a_reason(text: str, reason: str) -> None:
    with pytest.raises(InvalidInput, match="pack: ") as raised:
        packs.parse_pack(text)
    assert reason in str(raised.value)


@pytest.mark.parametrize("method", ["mean", "percent", "sum"])
def test_scoring_that_would_divide_by_zero_is_refused(method: str) -> None:
    text = hostile('method = "percent"', f'method = "{method}"')
    for item_id in ("stairs", "run_minutes", "morning_pain"):
        text = text.replace(f'id = "{item_id}"', f'id = "{item_id}"\nweight = 0')
    with pytest.raises(InvalidInput, match="every weight is 0, so scoring would divide by zero"):
        packs.parse_pack(text)


def test_weights_count_in_the_score() -> None:
    pack = packs.parse_pack(hostile('id = "stairs"', 'id = "stairs"\nweight = 2'))
    assert pack.score(answers(pack, 10, 0, 10)) == 50.0
    with pytest.raises(InvalidInput, match="weight: must be a number from 0 to 100"):
        packs.parse_pack(hostile('id = "stairs"', 'id = "stairs"\nweight = -1'))


def test_ten_thousand_items_are_refused() -> None:
    head = 'format = 1\nid = "huge"\nname = "Huge"\nlicence_holder = "Dr. B"\n[scales.s]\nmin = 0\nmax = 1\n'
    tail = '[scoring]\nmethod = "sum"\nsmallest_change = 1\n'
    many = "".join(f'[[items]]\nid = "q{n}"\ntext = "Q"\nscale = "s"\n' for n in range(10_000))
    with pytest.raises(InvalidInput, match="a pack is at most 256 KB"):
        packs.parse_pack(head + many + tail)
    compact = "items = [" + ",".join(f'{{id="q{n}",text="Q",scale="s"}}' for n in range(101)) + "]\n"
    with pytest.raises(InvalidInput, match="101 items; a pack holds 1 to 100"):
        packs.parse_pack(head.replace("[scales.s]", compact + "[scales.s]") + tail)
