"""Plan files (docs/PLAN_FILES.md): written with comments, read back by the same checks as the built-in plans,
every problem refused with its line and field, hostile files refused with a reason."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from calfdesk.domain import rehab
from calfdesk.domain.rehab import PlanDifference, PlanFileError

CATALOG = rehab.load_catalog()
CALF = rehab.plan_file_text(CATALOG.plans["calf_strain"], "Dr Ana Ruiz", "Keep the holds gentle.")


def line_number(text: str, needle: str) -> int:
    """The 1-based number of the first line of `text` holding `needle`."""
    for number, line in enumerate(text.splitlines(), start=1):
        if needle in line:
            return number
    raise AssertionError(f"{needle!r} is not in the text")


def edit(text: str, old: str, new: str, count: int = 1) -> str:
    assert old in text, old
    return text.replace(old, new, count)


@pytest.mark.parametrize("plan_id", sorted(CATALOG.plans))
def test_every_built_in_plan_round_trips_through_a_plan_file(plan_id: str) -> None:
    plan = rehab.with_variant(CATALOG.plans[plan_id], None)
    text = rehab.plan_file_text(plan, "Dr Ana Ruiz", 'Line one.\nLine two with \\ and "quotes".')
    read = rehab.read_plan_file(text, CATALOG)
    assert read.plan == plan and read.based_on == plan_id
    assert read.clinician == "Dr Ana Ruiz" and read.note == 'Line one.\nLine two with \\ and "quotes".'
    assert rehab.plan_differences(CATALOG.plans[plan_id], read.plan) == []
    assert all(len(line) <= 120 for line in text.splitlines()), "a human-editable file has readable lines"


def test_the_file_is_commented_and_versioned() -> None:
    assert CALF.startswith("# calfdesk plan file")
    assert re.search(r"^format_version = 1$", CALF, re.MULTILINE)
    assert re.search(r"^based_on = \"calf_strain\"$", CALF, re.MULTILINE)
    for field in ("max_load", "pain_limit", "start_load_level", "[clinician]", "[[load_levels]]"):
        assert field in CALF
    assert sum(line.startswith("#") for line in CALF.splitlines()) >= 10


def test_a_variant_is_written_as_the_exercises_it_swaps_in() -> None:
    plan = rehab.with_variant(CATALOG.plans["achilles_tendinopathy"], "insertional")
    read = rehab.read_plan_file(rehab.plan_file_text(plan, "Dr Ana Ruiz"), CATALOG)
    exercises = {item.exercise for phase in read.plan.phases for item in phase.items}
    assert "heel_drop_straight_knee_floor" in exercises and "heel_drop_straight_knee" not in exercises


def test_an_edited_file_reads_as_the_edited_plan_and_lists_its_changes() -> None:
    text = edit(CALF, "sets = 3\nreps = 10", "sets = 2\nreps = 12")
    text = edit(text, 'max_load = "more_reps"\npain_limit = 2', 'max_load = "standard"\npain_limit = 1')
    text = edit(text, 'exercise = "ice"\n', 'exercise = "ice"\nminutes = 20\n')
    text = edit(text, 'name = "Dr Ana Ruiz"', 'name = "Dr Ben Okafor"')
    read = rehab.read_plan_file(text, CATALOG)
    calm, strengthen = read.plan.phases[0], read.plan.phases[1]
    assert (calm.max_load, calm.pain_limit) == ("standard", 1)
    raise_item = next(item for item in strengthen.items if item.exercise == "heel_raise_one_leg")
    assert (raise_item.sets, raise_item.reps) == (2, 12)
    assert next(item for item in calm.items if item.exercise == "ice").minutes == 20
    assert read.clinician == "Dr Ben Okafor"
    changes = rehab.plan_differences(CATALOG.plans["calf_strain"], read.plan)
    assert PlanDifference("calm", None, "pain_limit", "2", "1") in changes
    assert PlanDifference("calm", None, "max_load", "more_reps", "standard") in changes
    assert PlanDifference("strengthen", "heel_raise_one_leg", "sets", "3", "2") in changes
    assert PlanDifference("calm", "ice", "minutes", None, "20") in changes
    assert len(changes) == 5


def test_added_and_dropped_exercises_and_phases_are_listed() -> None:
    text = edit(CALF, '[[phases.items]]\nexercise = "ice"\n\n', "")
    text = edit(
        text, '[[phases.items]]\nexercise = "easy_walk"\n', '[[phases.items]]\nexercise = "seated_soleus_raise"\n'
    )
    changes = rehab.plan_differences(CATALOG.plans["calf_strain"], rehab.read_plan_file(text, CATALOG).plan)
    assert PlanDifference("calm", "ice", "exercise", "ice", None) in changes
    assert PlanDifference("calm", "easy_walk", "exercise", "easy_walk", None) in changes
    assert PlanDifference("calm", "seated_soleus_raise", "exercise", None, "seated_soleus_raise") in changes
    last = CALF.index('[[phases]]\nid = "return_to_running"')
    shorter = rehab.read_plan_file(CALF[:last], CATALOG).plan
    assert PlanDifference("return_to_running", None, "phase", "Return to running", None) in rehab.plan_differences(
        CATALOG.plans["calf_strain"], shorter
    )


INVALID = [
    # (what is wrong, change to the file, text on the line to name, field, words of the problem)
    (
        "too many sets",
        lambda t: edit(t, "sets = 3\nreps = 10", "sets = 9\nreps = 10"),
        "sets = 9",
        "phases[2].items[3].sets",
        "from 1 to 5",
    ),
    (
        "no repetitions",
        lambda t: edit(t, "reps = 10", "reps = 0"),
        "reps = 0",
        "phases[2].items[3].reps",
        "from 1 to 5"[:0] + "from 1 to 30",
    ),
    (
        "a stretch held too long",
        lambda t: edit(t, 'exercise = "soleus_wall_stretch"\n', 'exercise = "soleus_wall_stretch"\nhold_s = 45\n'),
        "hold_s = 45",
        "phases[2].items[6].hold_s",
        "from 10 to 30 seconds",
    ),
    (
        "an unknown exercise",
        lambda t: edit(t, 'exercise = "ice"', 'exercise = "ice_bath"'),
        "ice_bath",
        "phases[1].items[2].exercise",
        "'ice_bath' is not in the exercise catalogue",
    ),
    (
        "a pain limit above the notes",
        lambda t: edit(t, "pain_limit = 2", "pain_limit = 6"),
        "pain_limit = 6",
        "phases[1].pain_limit",
        "from 0 to 5",
    ),
    (
        "hopping allowed to hurt",
        lambda t: edit(t, "heel_raise_min_lsi = 90", "heel_raise_min_lsi = 90\nhop_pain_max = 4"),
        "hop_pain_max = 4",
        "phases[3].gate.hop_pain_max",
        "from 0 to 2",
    ),
    (
        "a ratio over 100%",
        lambda t: edit(t, "heel_raise_min_lsi = 90", "heel_raise_min_lsi = 150"),
        "heel_raise_min_lsi = 150",
        "phases[3].gate.heel_raise_min_lsi",
        "percentage",
    ),
    (
        "a heavy backpack",
        lambda t: edit(t, "extra_kg = 5", "extra_kg = 50"),
        "extra_kg = 50",
        "load_levels[4].extra_kg",
        "from 0 to 20",
    ),
    (
        "an unknown heaviest load",
        lambda t: edit(t, 'max_load = "more_reps"', 'max_load = "huge"'),
        'max_load = "huge"',
        "phases[1].max_load",
        "'huge' is not a load level",
    ),
    (
        "no heaviest load",
        lambda t: edit(t, 'max_load = "more_reps"\n', ""),
        "[[phases]]",
        "phases[1].max_load",
        "is missing",
    ),
    (
        "an unknown starting load",
        lambda t: edit(t, 'start_load_level = "standard"', 'start_load_level = "max"'),
        'start_load_level = "max"',
        "start_load_level",
        "not one of the load levels",
    ),
    (
        "a newer format",
        lambda t: edit(t, "format_version = 1", "format_version = 2"),
        "format_version = 2",
        "format_version",
        "newer calfdesk",
    ),
    (
        "no format version",
        lambda t: edit(t, "format_version = 1\n", ""),
        "# calfdesk plan file",
        "format_version",
        "is missing",
    ),
    (
        "a format version as text",
        lambda t: edit(t, "format_version = 1", 'format_version = "1"'),
        'format_version = "1"',
        "format_version",
        "whole number",
    ),
    (
        "a condition without a plan",
        lambda t: edit(t, 'based_on = "calf_strain"', 'based_on = "compartment_syndrome"'),
        "based_on = ",
        "based_on",
        "no exercise plan",
    ),
    (
        "an unknown built-in plan",
        lambda t: edit(t, 'based_on = "calf_strain"', 'based_on = "marathon"'),
        "based_on = ",
        "based_on",
        "must be one of",
    ),
    (
        "no clinician",
        lambda t: edit(t, 'name = "Dr Ana Ruiz"', 'name = "  "'),
        'name = "  "',
        "clinician.name",
        "name of the clinician",
    ),
    (
        "a misspelt field",
        lambda t: edit(t, "min_days = 10", "min_dayz = 10"),
        "min_dayz = 10",
        "phases[2].min_dayz",
        "not a plan-file field",
    ),
    (
        "a misspelt item field",
        lambda t: edit(t, "reps = 10", "rep = 10"),
        "rep = 10",
        "phases[2].items[3].rep",
        "not a plan-file field",
    ),
    (
        "an unknown slot",
        lambda t: edit(t, 'exercise = "ice"', 'exercise = "ice"\nslots = ["noon"]'),
        'slots = ["noon"]',
        "phases[1].items[2].slots",
        "must list some of",
    ),
    (
        "eight days a week",
        lambda t: edit(t, "days_per_week = 3", "days_per_week = 8"),
        "days_per_week = 8",
        "phases[3].items[3].days_per_week",
        "from 1 to 7",
    ),
    (
        "loaded as text",
        lambda t: edit(t, "loaded = true", 'loaded = "yes"'),
        'loaded = "yes"',
        "phases[1].items[1].loaded",
        "true or false",
    ),
    ("no weeks", lambda t: edit(t, "weeks = 6", "weeks = 0"), "weeks = 0", "weeks", "from 1 to 52"),
    (
        "negative days",
        lambda t: edit(t, "min_days = 10", "min_days = -1"),
        "min_days = -1",
        "phases[2].min_days",
        "from 0 to 365",
    ),
    (
        "a repeated phase id",
        lambda t: edit(t, 'id = "strengthen"', 'id = "calm"'),
        "[[phases]]",
        "phases",
        "each with its own id",
    ),
    (
        "a load level lighter than the start",
        lambda t: edit(t, 'max_load = "more_reps"', 'max_load = "lighter"'),
        'max_load = "lighter"',
        "phases[1].max_load",
        "lighter than the starting load",
    ),
    (
        "a control character",
        lambda t: edit(t, 'name = "Calm"', 'name = "Calm\\u001b[31m"'),
        'name = "Calm',
        "phases[1].name",
        "control characters",
    ),
    (
        "a name too long",
        lambda t: edit(t, 'name = "Calm"', f'name = "{"x" * 200}"'),
        "x" * 50,
        "phases[1].name",
        "at most 120",
    ),
    (
        "a gate needing 400 heel raises",
        lambda t: edit(t, "heel_raise_min_reps = 25", "heel_raise_min_reps = 400"),
        "heel_raise_min_reps = 400",
        "phases[3].gate.heel_raise_min_reps",
        "from 0 to 300",
    ),
    (
        "three sets taken away",
        lambda t: edit(t, "sets_delta = -1", "sets_delta = -3"),
        "sets_delta = -3",
        "load_levels[1].sets_delta",
        "from -2 to 2",
    ),
    (
        "a note as a number",
        lambda t: edit(t, 'note = "Keep the holds gentle."', "note = 5"),
        "note = 5",
        "clinician.note",
        "must be text",
    ),
    (
        "a summary too long",
        lambda t: re.sub(r'summary = """.*?"""', "summary = '" + "w" * 2100 + "'", t, count=1, flags=re.DOTALL),
        "summary = ",
        "summary",
        "at most 2000",
    ),
    (
        "an item without its exercise",
        lambda t: edit(t, 'exercise = "ice"\n', "sets = 2\n"),
        ("sets = 2", -1),
        "phases[1].items[2].exercise",
        "is missing",
    ),
    (
        "a load level id used twice",
        lambda t: edit(t, 'id = "more_reps"', 'id = "standard"'),
        ('id = "lighter"', -1),
        "load_levels",
        "each with its own id",
    ),
    ("not TOML", lambda t: edit(t, "min_days = 10", "min_days = = 10"), "min_days = = 10", "file", "not valid TOML"),
]


@pytest.mark.parametrize(
    ("change", "on_line", "field", "says"), [case[1:] for case in INVALID], ids=[case[0] for case in INVALID]
)
def test_every_invalid_field_is_refused_with_its_line(
    change: Callable[[str], str], on_line: str | tuple[str, int], field: str, says: str
) -> None:
    text = change(CALF)
    with pytest.raises(PlanFileError) as raised:
        rehab.read_plan_file(text, CATALOG)
    error = raised.value
    assert error.field == field, str(error)
    assert says in error.problem, str(error)
    assert error.line is not None, str(error)
    needle, offset = on_line if isinstance(on_line, tuple) else (on_line, 0)
    assert error.line == line_number(text, needle) + offset, str(error)
    assert str(error).startswith(f"plan file: line {error.line}, {field}: ")
    assert "\n" not in str(error)


def test_a_plan_file_allows_no_more_pain_than_the_built_in_plan_it_adapts() -> None:
    text = edit(CALF, "pain_limit = 2", "pain_limit = 5")
    with pytest.raises(PlanFileError) as raised:
        rehab.read_plan_file(text, CATALOG)
    assert raised.value.field == "phases[1].pain_limit" and raised.value.line == line_number(text, "pain_limit = 5")
    assert "above the 2/10 that calf_strain allows" in raised.value.problem
    tendon = rehab.plan_file_text(rehab.with_variant(CATALOG.plans["achilles_tendinopathy"], None), "Dr Ana Ruiz")
    assert (
        rehab.read_plan_file(edit(tendon, "pain_limit = 5", "pain_limit = 4"), CATALOG).plan.phases[0].pain_limit == 4
    )


def test_dotted_keys_are_found_on_their_line() -> None:
    text = edit(
        CALF, "[phases.gate]\nmin_days_in_previous = 5\n", "gate.min_days_in_previous = 5\ngate.hop_pain_max = 9\n"
    )
    with pytest.raises(PlanFileError) as raised:
        rehab.read_plan_file(text, CATALOG)
    assert raised.value.field == "phases[2].gate.hop_pain_max"
    assert raised.value.line == line_number(text, "gate.hop_pain_max = 9")


def test_a_huge_file_is_refused_before_it_is_read() -> None:
    text = CALF + "# " + "x" * (300 * 1024) + "\n"
    with pytest.raises(PlanFileError, match="too large for a plan file"):
        rehab.read_plan_file(text, CATALOG)


@pytest.mark.parametrize("depth", [50, 5000])
def test_deeply_nested_values_are_refused_with_a_reason(depth: int) -> None:
    text = edit(CALF, 'exercise = "ice"', 'exercise = "ice"\nslots = ' + "[" * depth + "]" * depth)
    with pytest.raises(PlanFileError) as raised:
        rehab.read_plan_file(text, CATALOG)
    assert "nested too deeply" in raised.value.problem or raised.value.field == "phases[1].items[2].slots"


def test_hundreds_of_phases_are_refused() -> None:
    start = CALF.index("[[phases]]")
    phase = CALF[start : CALF.index("[[phases]]", start + 1)]
    text = CALF[:start] + phase * 400
    with pytest.raises(PlanFileError, match="at most 8"):
        rehab.read_plan_file(text, CATALOG)


def test_markup_in_texts_is_kept_as_plain_text() -> None:
    markup = '<b onclick="x()">Calm</b><script>alert(1)</script>'
    text = edit(CALF, 'name = "Calm"', f"name = '{markup}'")
    text = edit(text, 'note = "Keep the holds gentle."', "note = '<img src=x onerror=alert(1)> & <i>more</i>'")
    read = rehab.read_plan_file(text, CATALOG)
    assert read.plan.phases[0].name == markup
    assert read.note == "<img src=x onerror=alert(1)> & <i>more</i>"


def test_the_built_in_plans_are_read_by_the_same_checks() -> None:
    plan = CATALOG.plans["calf_strain"]
    broken = replace(plan.phases[0], items=(replace(plan.phases[0].items[0], exercise="ice_bath"),))
    problems = rehab.plan_problems(replace(plan, phases=(broken,)), CATALOG.exercises)
    assert [str(problem) for problem in problems] == [
        "phases[1].items[1]: 'exercise' 'ice_bath' is not in the exercise catalogue"
    ]
    assert (problems[0].source, problems[0].key) == ("phases[1].items[1]", "exercise")


# Texts a clinician may write: any printable character (quotes, backslashes, markup, accents), line breaks in
# the note, never the control characters a plan file refuses.
PLAIN = st.text(
    st.characters(
        blacklist_categories=("Cc", "Cs"),
        blacklist_characters="\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069",
    ),
    max_size=300,
)


@settings(max_examples=60, deadline=None)
@given(
    name=PLAIN.filter(lambda text: text.strip() and len(text) <= 120 and "\n" not in text),
    note=st.lists(PLAIN, max_size=4).map("\n".join),
    goal=PLAIN.filter(lambda text: text.strip() != ""),
    sets=st.integers(1, 5),
    reps=st.integers(1, 30),
    pain_limit=st.integers(0, 2),
)
def test_any_plain_text_and_dose_in_range_round_trips(
    name: str, note: str, goal: str, sets: int, reps: int, pain_limit: int
) -> None:
    plan = CATALOG.plans["calf_strain"]
    calm = plan.phases[0]
    item = replace(calm.items[0], sets=sets, reps=reps)
    phase = replace(calm, goal=" ".join(goal.split()), pain_limit=pain_limit, items=(item, *calm.items[1:]))
    edited = replace(plan, name=name, phases=(phase, *plan.phases[1:]))
    read = rehab.read_plan_file(rehab.plan_file_text(edited, "Dr Ana Ruiz", note), CATALOG)
    assert read.plan == edited
    assert read.note == note.strip()
