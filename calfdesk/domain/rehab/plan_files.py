"""Plan files: a rehab plan that a clinician writes or adapts, as a commented, versioned TOML file
(docs/PLAN_FILES.md).

A plan file adapts one built-in plan (`based_on`): its phases, exercises (from the catalogue, by id), doses,
pain limits, load levels and gates, with the clinician's name and note. It is read by the same code as the
built-in plans (`parse_plan`, `plan_problems`), so the same limits hold; on top of that every key must be
known, the file is small, its texts are plain text of a bounded length, and every problem names the line and
the field (`PlanFileError`). Starting a plan from a file goes through the same safety rules as starting the
built-in plan it is based on (the triage, the clinician's clearance): see `calfdesk.services.rehab`.
"""

from __future__ import annotations

import re
import textwrap
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any, Final

from calfdesk.domain.content_tables import ContentError
from calfdesk.domain.rehab.catalogue import Catalog, Gate, LoadLevel, Phase, Plan, PlanItem
from calfdesk.domain.rehab.catalogue_files import parse_plan, plan_problems
from calfdesk.errors import InvalidInput
from calfdesk.i18n import Texts

_tr = Texts(__name__)

FORMAT_VERSION: Final = 1
MAX_FILE_BYTES: Final = 256 * 1024
MAX_PHASES: Final = 8
MAX_ITEMS_PER_PHASE: Final = 20
MAX_LOAD_LEVELS: Final = 10
MAX_NAME_CHARS: Final = 120
MAX_TEXT_CHARS: Final = 2000
WRAP_AT: Final = 100

# The keys each table may hold; anything else is refused, so a misspelt dose never passes unnoticed.
TOP_KEYS: Final = frozenset(
    {"format_version", "based_on", "name", "weeks", "summary", "start_load_level", "clinician", "load_levels", "phases"}
)
TABLE_KEYS: Final[Mapping[str, frozenset[str]]] = {
    "clinician": frozenset({"name", "note"}),
    "load_levels": frozenset({"id", "label", "sets_delta", "reps_delta", "hold_delta_s", "extra_kg"}),
    "phases": frozenset({"id", "name", "goal", "entry", "min_days", "max_load", "pain_limit", "gate", "items"}),
    "gate": frozenset({"min_days_in_previous", "heel_raise_min_reps", "heel_raise_min_lsi", "hop_pain_max"}),
    "items": frozenset({"exercise", "loaded", "slots", "sets", "reps", "hold_s", "minutes", "days_per_week"}),
}
# Control characters other than line breaks and tabs have no place in a plan's text.
_CONTROL: Final = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_TOML_LINE: Final = re.compile(r"\(at line (\d+), column \d+\)")


class PlanFileError(InvalidInput):
    """A plan file that cannot be used: `line` (1-based, None for the file as a whole) and `field` (e.g.
    `phases[2].items[3].sets`) say where, `problem` what is wrong."""

    def __init__(self, line: int | None, field: str, problem: str) -> None:
        if line is None:
            message = _tr("plan file: {field}: {problem}").format(field=field, problem=problem)
        else:
            message = _tr("plan file: line {line}, {field}: {problem}").format(line=line, field=field, problem=problem)
        super().__init__(message, field=field, row=line)
        self.line = line
        self.problem = problem


@dataclass(frozen=True, slots=True)
class PlanFile:
    """A checked plan file. `plan.id` is the built-in plan it is based on; `text` is the file as read, kept with
    the plan it starts."""

    plan: Plan
    clinician: str
    note: str
    text: str
    format_version: int = FORMAT_VERSION
    file_name: str = ""

    @property
    def based_on(self) -> str:
        return self.plan.id


def read_plan_file(text: str, catalog: Catalog) -> PlanFile:
    """The plan in `text`, checked against the catalogue; PlanFileError naming the line and field otherwise."""
    import tomllib

    size = len(text.encode("utf-8"))
    if size > MAX_FILE_BYTES:
        problem = _tr("{size} KB is too large for a plan file (at most {most} KB)")
        raise PlanFileError(None, "file", problem.format(size=size // 1024, most=MAX_FILE_BYTES // 1024))
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        found = _TOML_LINE.search(str(error))
        problem = _TOML_LINE.sub("", str(error)).strip()
        line = int(found[1]) if found else None
        raise PlanFileError(line, "file", _tr("not valid TOML ({problem})").format(problem=problem)) from None
    except RecursionError:
        raise PlanFileError(None, "file", _tr("values are nested too deeply for a plan file")) from None
    lines = _KeyLines(text)
    _check_keys(data, lines)
    _check_version(data, lines)
    based_on = _based_on(data, catalog, lines)
    clinician, note = _clinician(data, lines)
    _check_texts(data, lines)
    table = {key: value for key, value in data.items() if key not in ("format_version", "based_on", "clinician")}
    table |= {"id": based_on, "for_condition": catalog.plans[based_on].for_condition}
    try:
        plan = parse_plan(table, "plan")
    except ContentError as error:
        raise lines.error(error) from None
    problems = plan_problems(plan, catalog.exercises)
    if problems:
        raise lines.error(problems[0])
    _check_pain_limits(plan, catalog.plans[based_on], lines)
    return PlanFile(plan=plan, clinician=clinician, note=note, text=text)


class _KeyLines:
    """Where each table and key of a TOML text starts, by path (`("phases", 2, "items", 3, "sets")`), for the
    plan-file layout (array tables and tables, one key per line; multi-line strings are skipped)."""

    def __init__(self, text: str) -> None:
        self.lines: dict[tuple[str | int, ...], int] = {}
        counts: dict[tuple[str | int, ...], int] = {}
        path: tuple[str | int, ...] = ()
        closing: str | None = None
        for number, raw in enumerate(text.split("\n"), start=1):  # TOML breaks lines at \n only
            line = raw.strip()
            if closing is not None:
                if closing in line:
                    closing = None
                continue
            if not line or line.startswith("#"):
                continue
            if line.startswith("[["):
                parts = line[2:].split("]]")[0].strip().split(".")
                key = (*self._resolve(parts[:-1], counts), parts[-1].strip())
                counts[key] = counts.get(key, 0) + 1
                path = (*key, counts[key])
                self.lines.setdefault(key, number)
                self.lines.setdefault(path, number)
            elif line.startswith("["):
                parts = line[1:].split("]")[0].strip().split(".")
                path = (*self._resolve(parts[:-1], counts), parts[-1].strip())
                self.lines.setdefault(path, number)
            elif "=" in line:
                key_text, value = line.split("=", 1)
                keys = [part.strip().strip('"') for part in key_text.split(".")]
                self.lines.setdefault((*path, *keys), number)
                for quotes in ('"""', "'''"):
                    if value.count(quotes) % 2:
                        closing = quotes

    @staticmethod
    def _resolve(parts: Sequence[str], counts: Mapping[tuple[str | int, ...], int]) -> tuple[str | int, ...]:
        path: tuple[str | int, ...] = ()
        for part in parts:
            path = (*path, part.strip())
            if path in counts:
                path = (*path, counts[path])
        return path

    def line_of(self, path: tuple[str | int, ...]) -> int:
        """The line of `path`, else of the nearest table that holds it (line 1 for the file's own keys)."""
        while path:
            if path in self.lines:
                return self.lines[path]
            path = path[:-1]
        return 1

    def at(self, path: tuple[str | int, ...], problem: str) -> PlanFileError:
        return PlanFileError(self.line_of(path), _field(path), problem)

    def error(self, error: ContentError) -> PlanFileError:
        """A PlanFileError from a ContentError of the plan's checks, placed by its table (`plan phases[2].items[3]`,
        the plan read as "plan") and key."""
        if not error.source:
            return PlanFileError(None, "file", error.problem)
        table: tuple[str | int, ...] = tuple(
            part
            for name, index in re.findall(r"(\w+)(?:\[(\d+)\])?", error.source.removeprefix("plan"))
            for part in ((name, int(index)) if index else (name,))
        )
        path = (*table, error.key) if error.key is not None else table
        return self.at(path, error.problem)


def _field(path: Iterable[str | int]) -> str:
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else part)
    return text or "file"


def _check_keys(data: Mapping[str, Any], lines: _KeyLines) -> None:
    def check(table: Mapping[str, Any], allowed: frozenset[str], path: tuple[str | int, ...]) -> None:
        for key in table:
            if key not in allowed:
                problem = _tr("'{key}' is not a plan-file field (see docs/PLAN_FILES.md)").format(key=key)
                raise lines.at((*path, key), problem)

    check(data, TOP_KEYS, ())
    clinician = data.get("clinician")
    if isinstance(clinician, dict):
        check(clinician, TABLE_KEYS["clinician"], ("clinician",))
    limits = {"load_levels": MAX_LOAD_LEVELS, "phases": MAX_PHASES}
    for name, most in limits.items():
        tables = data.get(name)
        if not isinstance(tables, list):
            continue
        if len(tables) > most:
            raise lines.at(
                (name,), _tr("{count} entries; a plan has at most {most}").format(count=len(tables), most=most)
            )
        for number, table in enumerate(tables, start=1):
            if not isinstance(table, dict):
                raise lines.at((name,), _tr("must be a list of tables ([[{key}]])").format(key=name))
            check(table, TABLE_KEYS[name], (name, number))
            if name != "phases":
                continue
            gate = table.get("gate")
            if isinstance(gate, dict):
                check(gate, TABLE_KEYS["gate"], (name, number, "gate"))
            items = table.get("items")
            if isinstance(items, list):
                if len(items) > MAX_ITEMS_PER_PHASE:
                    problem = _tr("{count} items; a phase has at most {most}")
                    raise lines.at((name, number, "items"), problem.format(count=len(items), most=MAX_ITEMS_PER_PHASE))
                for item_number, item in enumerate(items, start=1):
                    if not isinstance(item, dict):
                        problem = _tr("must be a list of tables ([[{key}]])").format(key="phases.items")
                        raise lines.at((name, number, "items"), problem)
                    check(item, TABLE_KEYS["items"], (name, number, "items", item_number))


def _check_version(data: Mapping[str, Any], lines: _KeyLines) -> None:
    version = data.get("format_version")
    if version is None:
        problem = _tr("is missing; write format_version = {version} at the top")
        raise lines.at(("format_version",), problem.format(version=FORMAT_VERSION))
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        problem = _tr("must be a whole number ({version} for this version)")
        raise lines.at(("format_version",), problem.format(version=FORMAT_VERSION))
    if version > FORMAT_VERSION:
        problem = _tr("{version} was written for a newer calfdesk (this one reads version {reads}); update calfdesk")
        raise lines.at(("format_version",), problem.format(version=version, reads=FORMAT_VERSION))


def _based_on(data: Mapping[str, Any], catalog: Catalog, lines: _KeyLines) -> str:
    based_on = data.get("based_on")
    if based_on is None:
        raise lines.at(("based_on",), _tr("is missing; name the built-in plan this one adapts"))
    if not isinstance(based_on, str) or based_on not in catalog.plans:
        if isinstance(based_on, str) and based_on in catalog.no_plan_pages:
            problem = _tr("'{plan}' has no exercise plan; a plan file cannot load that calf")
            raise lines.at(("based_on",), problem.format(plan=based_on))
        problem = _tr("must be one of {plans}").format(plans=", ".join(sorted(catalog.plans)))
        raise lines.at(("based_on",), problem)
    return based_on


def _clinician(data: Mapping[str, Any], lines: _KeyLines) -> tuple[str, str]:
    clinician = data.get("clinician")
    if not isinstance(clinician, dict):
        raise lines.at(("clinician",), _tr("is missing; add a [clinician] table with the clinician's name"))
    name = clinician.get("name")
    if not isinstance(name, str) or not name.strip():
        raise lines.at(("clinician", "name"), _tr("write the name of the clinician who wrote or adapted this plan"))
    note = clinician.get("note", "")
    if not isinstance(note, str):
        raise lines.at(("clinician", "note"), _tr("must be text"))
    return " ".join(name.split()), note.strip()


def _check_pain_limits(plan: Plan, built_in: Plan, lines: _KeyLines) -> None:
    """No phase allows more pain than the built-in plan it adapts allows anywhere: 0-5 is for tendons (the
    Achilles plan); the others are pain-free plans (2/10 at most)."""
    most = max(phase.pain_limit for phase in built_in.phases)
    for number, phase in enumerate(plan.phases, start=1):
        if phase.pain_limit > most:
            problem = _tr(
                "{limit} is above the {most}/10 that {plan} allows "
                "(the 0-5 range is for tendons; the other plans are pain-free)"
            )
            raise lines.at(
                ("phases", number, "pain_limit"), problem.format(limit=phase.pain_limit, most=most, plan=built_in.id)
            )


def _check_texts(data: Mapping[str, Any], lines: _KeyLines) -> None:
    """Every text is plain text of a bounded length: names up to 120 characters, paragraphs up to 2000."""
    found: list[tuple[tuple[str | int, ...], object]] = [
        (("name",), data.get("name")),
        (("summary",), data.get("summary")),
    ]
    clinician = data.get("clinician", {})
    found += [(("clinician", key), clinician.get(key)) for key in ("name", "note")]
    for name, keys in (("load_levels", ("label",)), ("phases", ("name", "goal", "entry"))):
        for number, table in enumerate(data.get(name) or [], start=1):
            found += [((name, number, key), table.get(key)) for key in keys]
    for path, value in found:
        if not isinstance(value, str):
            continue
        most = MAX_NAME_CHARS if path[-1] in ("name", "label") else MAX_TEXT_CHARS
        if len(value) > most:
            raise lines.at(path, _tr("{count} characters; at most {most}").format(count=len(value), most=most))
        if _CONTROL.search(value):
            raise lines.at(path, _tr("holds control characters; write plain text"))


# writing ------------------------------------------------------------------------------------------------


def with_variant(plan: Plan, variant: str | None) -> Plan:
    """`plan` as it runs with `variant`: its exercises swapped in, no variants left to choose."""
    swaps = plan.variants[variant].replace if variant is not None else {}
    phases = tuple(
        replace(
            phase, items=tuple(replace(item, exercise=swaps.get(item.exercise, item.exercise)) for item in phase.items)
        )
        for phase in plan.phases
    )
    return replace(plan, phases=phases, variants={})


def _string(text: str) -> str:
    """A TOML basic string (JSON's escapes are TOML's)."""
    import json

    return json.dumps(text, ensure_ascii=False)


def _paragraph(text: str) -> str:
    """A text as TOML: short ones on the key's line, long ones wrapped in a multi-line string (a backslash at a
    line's end joins the lines again), texts with line breaks kept as written."""
    if "\n" not in text and len(text) <= WRAP_AT:
        return _string(text)
    escaped = text.replace("\\", "\\\\").replace('"""', '""\\"')
    if "\n" in text:
        return f'"""\n{escaped}"""'
    lines = textwrap.wrap(escaped, WRAP_AT, break_long_words=False, break_on_hyphens=False)
    return '"""\\\n' + " \\\n".join(lines) + '"""'


def plan_file_text(plan: Plan, clinician: str = "", note: str = "") -> str:
    """`plan` as a plan file: TOML with a comment before each part saying what it is and what it may hold."""
    out = [
        "# calfdesk plan file: a rehab plan a clinician can read, adapt and give to a runner.",
        "# Every field is described in docs/PLAN_FILES.md. Lines starting with # are comments.",
        "# calfdesk refuses a file that breaks a rule (unknown exercise, dose out of range, pain limit above 5/10)",
        "# and names the line; starting it still asks the same safety questions as the built-in plan.",
        "",
        "# The version of this format; calfdesk reads version 1.",
        f"format_version = {FORMAT_VERSION}",
        "# The built-in plan this one adapts (its safety rules apply): "
        "achilles_tendinopathy, calf_strain, cramp or prevention.",
        f"based_on = {_string(plan.id)}",
        f"name = {_string(plan.name)}",
        "# Planned length in weeks (1-52).",
        f"weeks = {plan.weeks}",
        f"summary = {_paragraph(plan.summary)}",
        "# The load level a plan and each new phase start at (an id from [[load_levels]]).",
        f"start_load_level = {_string(plan.load_levels[plan.start_load_level].id)}",
        "",
        "# Who wrote or adapted this plan, and a note for the runner. The name is required to start the plan.",
        "[clinician]",
        f"name = {_string(clinician)}",
        f"note = {_paragraph(note)}",
        "",
        "# Load levels, lightest first. A suggestion moves one level at a time; each level changes every loaded",
        "# item's dose: sets_delta (-2..2), reps_delta (-10..10), hold_delta_s (-20..15), extra_kg (0..20).",
    ]
    for level in plan.load_levels:
        out += ["", "[[load_levels]]", f"id = {_string(level.id)}", f"label = {_string(level.label)}"]
        out += _numbers(level, LoadLevel(id="", label=""), ("sets_delta", "reps_delta", "hold_delta_s", "extra_kg"))
    out += [
        "",
        "# Phases in order. max_load: the heaviest load level before the next phase's gate is met. pain_limit:",
        "# the most pain a session may reach in this phase, 0-5 (2 or less makes the phase pain-free).",
    ]
    for phase in plan.phases:
        out += _phase_lines(plan, phase)
    return "\n".join(out) + "\n"


def _numbers(value: object, default: object, names: Sequence[str]) -> list[str]:
    return [f"{name} = {getattr(value, name)}" for name in names if getattr(value, name) != getattr(default, name)]


def _phase_lines(plan: Plan, phase: Phase) -> list[str]:
    out = [
        "",
        "[[phases]]",
        f"id = {_string(phase.id)}",
        f"name = {_string(phase.name)}",
        f"goal = {_paragraph(phase.goal)}",
        f"entry = {_paragraph(phase.entry)}",
        f"min_days = {phase.min_days}",
        f"max_load = {_string(phase.max_load or plan.load_levels[-1].id)}",
        f"pain_limit = {phase.pain_limit}",
    ]
    gate = _numbers(phase.gate, Gate(), ("min_days_in_previous", "heel_raise_min_reps", "hop_pain_max"))
    if phase.gate.heel_raise_min_lsi is not None:
        gate.append(f"heel_raise_min_lsi = {phase.gate.heel_raise_min_lsi:g}")
    if gate:
        out += ["# What must be true to enter this phase (besides three easy session days in a row).", "[phases.gate]"]
        out += gate
    for item in phase.items:
        out += ["", "[[phases.items]]", f"exercise = {_string(item.exercise)}"]
        if item.loaded:
            out.append("loaded = true")
        if item.slots is not None:
            out.append("slots = [" + ", ".join(_string(slot) for slot in item.slots) + "]")
        out += _numbers(item, PlanItem(exercise=""), ("sets", "reps", "hold_s", "minutes", "days_per_week"))
    return out


# comparing ----------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PlanDifference:
    """One way a plan file differs from the built-in plan it is based on. `phase` is a phase id (None for the
    plan itself), `exercise` an item's exercise id (None for the phase), `field` the key; `built_in` and
    `plan_file` the values as written (None where absent)."""

    phase: str | None
    exercise: str | None
    field: str
    built_in: str | None
    plan_file: str | None


def plan_differences(built_in: Plan, plan: Plan) -> list[PlanDifference]:
    """What `plan` changes against `built_in`, in the order of the file: the plan, its load levels, then each
    phase and its items."""
    found: list[PlanDifference] = []

    def compare(phase: str | None, exercise: str | None, names: Sequence[str], old: object, new: object) -> None:
        for name in names:
            before, after = getattr(old, name), getattr(new, name)
            if before != after:
                found.append(PlanDifference(phase, exercise, name, _shown(before), _shown(after)))

    compare(None, None, ("name", "weeks", "summary"), built_in, plan)
    old_start, new_start = built_in.load_levels[built_in.start_load_level], plan.load_levels[plan.start_load_level]
    if old_start.id != new_start.id:
        found.append(PlanDifference(None, None, "start_load_level", old_start.id, new_start.id))
    if built_in.load_levels != plan.load_levels:
        found.append(
            PlanDifference(None, None, "load_levels", _levels(built_in.load_levels), _levels(plan.load_levels))
        )
    old_phases = {phase.id: phase for phase in built_in.phases}
    new_ids = [phase.id for phase in plan.phases]
    for phase in plan.phases:
        before = old_phases.get(phase.id)
        if before is None:
            found.append(PlanDifference(phase.id, None, "phase", None, phase.name))
            continue
        compare(phase.id, None, ("name", "goal", "entry", "min_days", "max_load", "pain_limit"), before, phase)
        compare(
            phase.id,
            None,
            ("min_days_in_previous", "heel_raise_min_reps", "heel_raise_min_lsi", "hop_pain_max"),
            before.gate,
            phase.gate,
        )
        old_items = {item.exercise: item for item in before.items}
        new_items = {item.exercise: item for item in phase.items}
        for item in phase.items:
            if item.exercise not in old_items:
                found.append(PlanDifference(phase.id, item.exercise, "exercise", None, item.exercise))
            else:
                names = ("loaded", "slots", "sets", "reps", "hold_s", "minutes", "days_per_week")
                compare(phase.id, item.exercise, names, old_items[item.exercise], item)
        for item in before.items:
            if item.exercise not in new_items:
                found.append(PlanDifference(phase.id, item.exercise, "exercise", item.exercise, None))
    for phase in built_in.phases:
        if phase.id not in new_ids:
            found.append(PlanDifference(phase.id, None, "phase", phase.name, None))
    return found


def _levels(levels: Sequence[LoadLevel]) -> str:
    return "; ".join(level.label for level in levels)


def _shown(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, tuple):
        return ", ".join(str(part) for part in value)
    if isinstance(value, bool):
        return _tr("yes") if value else _tr("no")
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)
