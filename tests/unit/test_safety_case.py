"""docs/SAFETY.md stays in step with the content, and the content agrees with the clinical notes."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Final

from calfdesk.assets import resource
from calfdesk.domain import rehab
from calfdesk.domain.assessment_content import load_content
from tests.unit.test_assessment_vignettes import ALL_VIGNETTES

ROOT: Final = Path(__file__).resolve().parents[2]
SAFETY: Final = ROOT / "docs" / "SAFETY.md"
RED_FLAG_ROW: Final = re.compile(r"^\| `([a-z_]+)` \| (emergency|urgent|see a clinician) \|")
TEST_REFERENCE: Final = re.compile(r"`(tests/[\w/]+\.py)::(\w+)(?:\[([^\]]+)\])?`")
ROUTE_WORDS: Final = {"emergency": "emergency", "urgent": "urgent", "see a clinician": "see_clinician"}
VIGNETTE_NAMES: Final = frozenset(vignette.name for vignette in ALL_VIGNETTES)


def _red_flag_rows() -> dict[str, str]:
    text = SAFETY.read_text(encoding="utf-8")
    section = text.split("## 1. Warning signs")[1].split("\n## ")[0]
    return {match[1]: ROUTE_WORDS[match[2]] for line in section.splitlines() if (match := RED_FLAG_ROW.match(line))}


def test_every_red_flag_rule_has_an_entry_and_every_entry_a_rule() -> None:
    rows = _red_flag_rows()
    rules = {flag.id: flag.route for flag in load_content().red_flags}
    assert sorted(set(rules) - set(rows)) == [], "add these red flags to docs/SAFETY.md"
    assert sorted(set(rows) - set(rules)) == [], "docs/SAFETY.md names red flags that no longer exist"
    assert rows == rules, "docs/SAFETY.md shows a different route for some red flags"


def test_the_plan_column_matches_each_rule() -> None:
    text = SAFETY.read_text(encoding="utf-8")
    section = text.split("## 1. Warning signs")[1].split("\n## ")[0]
    by_id = {flag.id: flag for flag in load_content().red_flags}
    for line in section.splitlines():
        match = RED_FLAG_ROW.match(line)
        if match:
            plan_cell = line.split("|")[3].strip()
            assert plan_cell.startswith("no plan") is (not by_id[match[1]].allows_plan), match[1]


def test_every_test_the_safety_case_names_exists() -> None:
    text = SAFETY.read_text(encoding="utf-8")
    references = TEST_REFERENCE.findall(text)
    assert len(references) >= 30
    for path, name, case in references:
        source = (ROOT / path).read_text(encoding="utf-8")
        assert re.search(rf"^def {name}\(", source, re.MULTILINE), f"{path}::{name} does not exist"
        if case and "vignettes" in path:
            assert case in VIGNETTE_NAMES, f"{path}: no answer set '{case}'"


def test_content_agrees_with_the_clinical_notes() -> None:
    catalog = rehab.load_catalog()
    content = load_content()
    test_stops = " ".join(catalog.exercises["heel_raise_test"].stop_signs).lower()
    assert "pop" in test_stops and "cannot rise" in test_stops
    calm = catalog.plans["calf_strain"].phase("calm")
    for item in calm.items:
        steps = " ".join(catalog.exercises[item.exercise].steps).lower()
        assert "change to a very slow jog" not in steps, f"{item.exercise} has jogging in the calm phase"
        assert item.exercise != "warm_up"
    cramp_plan = catalog.plans["cramp"].summary.lower()
    assert "cramps that come at rest" in cramp_plan and "clinician" in cramp_plan
    rule = next(flag for flag in content.red_flags if flag.id == "cramps_at_rest")
    assert rule.route == "see_clinician"
    swelling = content.questions["swollen_warm_red"]
    assert "both calves" in swelling.help and "3 cm" in swelling.help
    gate = catalog.plans["achilles_tendinopathy"].phase("return_to_running").gate
    assert gate.hop_pain_max is not None and gate.hop_pain_max <= 2
    heel_raise = content.questions["heel_raise"]
    assert "pop" in heel_raise.how_to and heel_raise.not_sure_label == "I did not try it"


def test_the_notes_figures_are_the_ones_the_rules_use() -> None:
    raw = tomllib.loads(resource("knowledge", "assessment.toml").read_text(encoding="utf-8"))
    assert raw["fallback_max_pain"] == 2
    assert rehab.PAIN_ACCEPTABLE_MAX == 5 and rehab.PAIN_SAFE_MAX == 2
    assert rehab.stiffness_worse(10, 15) and rehab.stiffness_worse(4, 6) and not rehab.stiffness_worse(10, 14)
