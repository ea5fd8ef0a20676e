"""docs/PLAN_FILES.md lets a clinician write a plan file from scratch: its example reads as a valid plan file,
and every field calfdesk accepts is described there."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Final

from calfdesk.domain import rehab
from calfdesk.domain.rehab import plan_files

DOC: Final = (Path(__file__).resolve().parents[2] / "docs" / "PLAN_FILES.md").read_text(encoding="utf-8")
CATALOG = rehab.load_catalog()


def test_the_example_is_a_valid_plan_file() -> None:
    [example] = re.findall(r"```toml\n(.*?)```", DOC, re.DOTALL)
    read = rehab.read_plan_file(example, CATALOG)
    assert read.based_on == "calf_strain" and read.clinician == "Dr Ana Ruiz, physiotherapist"
    assert [phase.pain_limit for phase in read.plan.phases] == [2, 2]
    assert rehab.plan_differences(CATALOG.plans["calf_strain"], read.plan), "the example adapts the built-in plan"


def test_every_field_is_described() -> None:
    documented = set(re.findall(r"^\| `(\w+)` \|", DOC, re.MULTILINE))
    fields = set(plan_files.TOP_KEYS) - {"clinician", "load_levels", "phases"}
    for name, keys in plan_files.TABLE_KEYS.items():
        fields |= keys - {"gate", "items"}
        assert f"[{name}]" in DOC or f"[[{name}]]" in DOC or f"[phases.{name}]" in DOC or f"[[phases.{name}]]" in DOC
    assert sorted(fields - documented) == []


def test_every_exercise_of_the_catalogue_is_listed() -> None:
    documented = set(re.findall(r"^\| `(\w+)` \| (?:timed|stretch|reps|hold|check|test) \|", DOC, re.MULTILINE))
    assert documented == set(CATALOG.exercises)
