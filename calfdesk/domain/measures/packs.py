"""Questionnaire packs: a questionnaire calfdesk may not ship (VISA-A, LEFS, FAAM, TENDINS-A are copyrighted or
their terms are unclear) arrives as a TOML file from a clinician who holds a licence for it. calfdesk validates
the pack, shows its items as plain text, scores the runner's answers and keeps them with the other measures.

The validator refuses a hostile or broken pack with the reason: too large, too many items, a scale whose ends
are wrong, answers outside a scale, scoring that would divide by zero, a smallest change outside the score's
range, control characters in text. Markup in text is allowed but always shown as plain text. The format is in
docs/REHAB.md, "Questionnaire packs".
"""

from __future__ import annotations

import math
import re
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Final

from calfdesk.domain.measures.base import Item, Measure, Scale
from calfdesk.errors import InvalidInput
from calfdesk.i18n import Texts, short_number

_tr = Texts(__name__)

FORMAT: Final = 1
MAX_FILE_BYTES: Final = 256 * 1024
MAX_ITEMS: Final = 100
MAX_SCALES: Final = 20
MAX_ANSWERS: Final = 20
MAX_TEXT_CHARS: Final = 500
MAX_NAME_CHARS: Final = 120
MAX_SCALE_SPAN: Final = 1000
MAX_WEIGHT: Final = 100
ID_PATTERN: Final = re.compile(r"[a-z][a-z0-9_]{1,39}")
METHODS: Final = ("sum", "mean", "percent")
# Ids a pack may not take: the measures calfdesk has itself.
RESERVED_IDS: Final = frozenset({"psfs", "heel_raise", "score"})


@dataclass(frozen=True, slots=True)
class Answer:
    value: int
    label: str


@dataclass(frozen=True, slots=True)
class PackScale:
    """The answers an item takes: every whole number from `low` to `high`, or only the listed `answers`."""

    id: str
    low: int
    high: int
    answers: tuple[Answer, ...] = ()

    def allows(self, value: float) -> bool:
        if self.answers:
            return any(answer.value == value for answer in self.answers)
        return float(value).is_integer() and self.low <= value <= self.high


@dataclass(frozen=True, slots=True)
class PackItem:
    id: str
    text: str
    scale: PackScale
    # Reverse-scored: an answer counts as low + high - answer (a higher answer means worse).
    reverse: bool = False
    weight: float = 1.0


@dataclass(frozen=True, slots=True)
class Pack:
    id: str
    name: str
    licence_holder: str
    items: tuple[PackItem, ...]
    method: str
    smallest_change: float
    higher_is_better: bool
    source: str = ""
    note: str = ""

    @property
    def weights(self) -> float:
        return sum(item.weight for item in self.items)

    @property
    def score_scale(self) -> Scale:
        low = sum(item.weight * item.scale.low for item in self.items)
        high = sum(item.weight * item.scale.high for item in self.items)
        if self.method == "mean":
            low, high = low / self.weights, high / self.weights
        elif self.method == "percent":
            low, high = 0, 100
        return Scale(low, high, self.higher_is_better)

    def score(self, answers: Sequence[Item]) -> float:
        """The score of one answer per item, in the pack's item order (InvalidInput for a wrong answer)."""
        if len(answers) != len(self.items):
            problem = _tr("answers: {count} given for {questions} questions; answer each question once, in order")
            raise InvalidInput(problem.format(count=len(answers), questions=len(self.items)), field="answers")
        total = 0.0
        for number, (item, answer) in enumerate(zip(self.items, answers, strict=True), start=1):
            value = answer.value
            if value is None or not item.scale.allows(value):
                problem = _tr("answer {number}: {value} is not one of the answers to '{item}' ({low} to {high})")
                raise InvalidInput(
                    problem.format(
                        number=number, value=repr(value), item=item.id, low=item.scale.low, high=item.scale.high
                    ),
                    field="answers",
                )
            total += item.weight * (item.scale.low + item.scale.high - value if item.reverse else value)
        if self.method == "mean":
            return round(total / self.weights, 1)
        if self.method == "percent":
            low = sum(item.weight * item.scale.low for item in self.items)
            high = sum(item.weight * item.scale.high for item in self.items)
            return round((total - low) / (high - low) * 100, 1)
        return round(total, 1)

    def measure(self) -> Measure:
        return Measure(
            id=self.id,
            scale=self.score_scale,
            smallest_change=self.smallest_change,
            score=self.score,
            item_scales={item.id: Scale(item.scale.low, item.scale.high) for item in self.items},
            source=self.source,
            title=self.name,
            licence_holder=self.licence_holder,
        )


def _refuse(where: str, reason: str) -> InvalidInput:
    return InvalidInput(_tr("pack: {where}: {reason}").format(where=where, reason=reason), field="pack")


def _text(data: Mapping[str, Any], key: str, where: str, *, limit: int, required: bool = True) -> str:
    value = data.get(key, None if required else "")
    if not isinstance(value, str) or (required and not value.strip()):
        raise _refuse(f"{where}.{key}" if where else key, _tr("must be text"))
    if len(value) > limit:
        reason = _tr("{count} characters; at most {most}").format(count=len(value), most=limit)
        raise _refuse(f"{where}.{key}" if where else key, reason)
    if any(not char.isprintable() and char not in "\n" for char in value):
        raise _refuse(f"{where}.{key}" if where else key, _tr("holds control characters"))
    return value.strip()


def _int(data: Mapping[str, Any], key: str, where: str) -> int:
    value = data.get(key)
    if isinstance(value, bool) or not isinstance(value, int):
        raise _refuse(f"{where}.{key}", _tr("must be a whole number"))
    return value


def _scale(scale_id: str, data: object) -> PackScale:
    where = f"scales.{scale_id}"
    if not isinstance(data, dict):
        raise _refuse(where, _tr("must be a table"))
    raw_answers = data.get("answers")
    if raw_answers is not None:
        if not isinstance(raw_answers, list) or not 2 <= len(raw_answers) <= MAX_ANSWERS:
            raise _refuse(f"{where}.answers", _tr("must list 2 to {most} answers").format(most=MAX_ANSWERS))
        answers = []
        for index, raw in enumerate(raw_answers, start=1):
            if not isinstance(raw, dict):
                raise _refuse(f"{where}.answers[{index}]", _tr("must be a table with value and label"))
            answers.append(
                Answer(
                    _int(raw, "value", f"{where}.answers[{index}]"),
                    _text(raw, "label", f"{where}.answers[{index}]", limit=MAX_NAME_CHARS),
                )
            )
        values = [answer.value for answer in answers]
        if len(set(values)) != len(values):
            raise _refuse(f"{where}.answers", _tr("two answers have the same value"))
        low, high = min(values), max(values)
    else:
        low, high = _int(data, "min", where), _int(data, "max", where)
        answers = []
    if not low < high:
        raise _refuse(where, _tr("min {low} must be below max {high}").format(low=low, high=high))
    if low < 0 or high - low > MAX_SCALE_SPAN:
        raise _refuse(where, _tr("must run from 0 or more and span at most {most}").format(most=MAX_SCALE_SPAN))
    return PackScale(scale_id, low, high, tuple(answers))


def parse_pack(text: str | bytes) -> Pack:
    """The pack in `text` (a TOML file), validated; InvalidInput naming the field and the reason otherwise."""
    if len(text) > MAX_FILE_BYTES:
        reason = _tr("{size} bytes; a pack is at most {most} KB").format(size=len(text), most=MAX_FILE_BYTES // 1024)
        raise _refuse("file", reason)
    try:
        source = text.decode("utf-8") if isinstance(text, bytes) else text
        data = tomllib.loads(source)
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise _refuse("file", _tr("not a TOML pack ({problem})").format(problem=error)) from None
    if data.get("format") != FORMAT:
        raise _refuse("format", _tr("must be {format}").format(format=FORMAT))
    pack_id = data.get("id")
    if not isinstance(pack_id, str) or not ID_PATTERN.fullmatch(pack_id) or pack_id in RESERVED_IDS:
        raise _refuse(
            "id",
            _tr("must be 2 to 40 lowercase letters, digits or _, starting with a letter, and not psfs or heel_raise"),
        )
    raw_scales = data.get("scales")
    if not isinstance(raw_scales, dict) or not 1 <= len(raw_scales) <= MAX_SCALES:
        raise _refuse("scales", _tr("must hold 1 to {most} scales").format(most=MAX_SCALES))
    scales = {scale_id: _scale(scale_id, raw) for scale_id, raw in raw_scales.items()}
    raw_items = data.get("items")
    if not isinstance(raw_items, list) or not 1 <= len(raw_items) <= MAX_ITEMS:
        count = len(raw_items) if isinstance(raw_items, list) else 0
        raise _refuse("items", _tr("{count} items; a pack holds 1 to {most}").format(count=count, most=MAX_ITEMS))
    items = []
    for index, raw in enumerate(raw_items, start=1):
        where = f"items[{index}]"
        if not isinstance(raw, dict):
            raise _refuse(where, _tr("must be a table"))
        item_id = raw.get("id")
        if not isinstance(item_id, str) or not ID_PATTERN.fullmatch(item_id):
            raise _refuse(f"{where}.id", _tr("must be 2 to 40 lowercase letters, digits or _"))
        scale = scales.get(str(raw.get("scale")))
        if scale is None:
            raise _refuse(f"{where}.scale", _tr("must name one of [scales]: {scales}").format(scales=", ".join(scales)))
        reverse = raw.get("reverse", False)
        if not isinstance(reverse, bool):
            raise _refuse(f"{where}.reverse", _tr("must be true or false"))
        weight = raw.get("weight", 1)
        if isinstance(weight, bool) or not isinstance(weight, int | float) or not 0 <= weight <= MAX_WEIGHT:
            raise _refuse(f"{where}.weight", _tr("must be a number from 0 to {most}").format(most=MAX_WEIGHT))
        text = _text(raw, "text", where, limit=MAX_TEXT_CHARS)
        items.append(PackItem(item_id, text, scale, reverse, float(weight)))
    if len({item.id for item in items}) != len(items):
        raise _refuse("items", _tr("two items have the same id"))
    scoring = data.get("scoring")
    if not isinstance(scoring, dict):
        raise _refuse("scoring", _tr("must be a table"))
    method = scoring.get("method")
    if method not in METHODS:
        raise _refuse("scoring.method", _tr("must be one of {methods}").format(methods=", ".join(METHODS)))
    if sum(item.weight for item in items) == 0:
        raise _refuse("items", _tr("every weight is 0, so scoring would divide by zero"))
    smallest = scoring.get("smallest_change")
    if isinstance(smallest, bool) or not isinstance(smallest, int | float) or not math.isfinite(smallest):
        raise _refuse("scoring.smallest_change", _tr("must be a number"))
    higher = scoring.get("higher_is_better", True)
    if not isinstance(higher, bool):
        raise _refuse("scoring.higher_is_better", _tr("must be true or false"))
    pack = Pack(
        id=pack_id,
        name=_text(data, "name", "", limit=MAX_NAME_CHARS),
        licence_holder=_text(data, "licence_holder", "", limit=MAX_NAME_CHARS),
        items=tuple(items),
        method=str(method),
        smallest_change=float(smallest),
        higher_is_better=higher,
        source=_text(data, "source", "", limit=MAX_TEXT_CHARS, required=False),
        note=_text(data, "note", "", limit=MAX_TEXT_CHARS, required=False),
    )
    span = pack.score_scale.high - pack.score_scale.low
    if not 0 < pack.smallest_change <= span:
        reason = _tr("must be above 0 and at most the score's range ({span})").format(span=short_number(span))
        raise _refuse("scoring.smallest_change", reason)
    return pack
