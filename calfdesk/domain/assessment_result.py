"""What an assessment found, as shown and as saved: the warning signs, the scored conditions and the factors
(each with the answers behind it), the result whole (the "Assessment answers" shape of CONTRACTS.md), and a
saved assessment with its line in the history."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from calfdesk.domain.assessment_content import AnswerValue, load_content


@dataclass(frozen=True, slots=True)
class FlagFinding:
    """A warning sign found in the answers, with the answers that raised it."""

    id: str
    route: str
    message: str
    why: str
    because: tuple[str, ...]

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "message": self.message,
            "route": self.route,
            "why": self.why,
            "because": list(self.because),
        }


@dataclass(frozen=True, slots=True)
class ConditionMatch:
    """How well the answers fit one condition; `reasons` lists what speaks for it, then the last `against` of
    them, what speaks against it (in any language, so never told apart by their words)."""

    id: str
    name: str
    score: float
    reasons: tuple[str, ...]
    against: int = 0

    @property
    def reasons_for(self) -> tuple[str, ...]:
        return self.reasons[: len(self.reasons) - self.against]

    @property
    def reasons_against(self) -> tuple[str, ...]:
        return self.reasons[len(self.reasons) - self.against :]

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "score": self.score,
            "fit": load_content().fit_words(self.score),
            "reasons": list(self.reasons),
            "against": self.against,
        }


@dataclass(frozen=True, slots=True)
class FactorFinding:
    id: str
    title: str
    advice: str
    because: tuple[str, ...]

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "title": self.title, "advice": self.advice, "because": list(self.because)}


@dataclass(frozen=True, slots=True)
class ClinicianLog:
    """What to write down for a clinician (compartment syndrome has no self-care plan)."""

    intro: str
    record: tuple[str, ...]

    def to_json(self) -> dict[str, Any]:
        return {"intro": self.intro, "record": list(self.record)}


@dataclass(frozen=True, slots=True)
class AssessmentResult:
    """The result shape of CONTRACTS.md ("Assessment answers"), plus optional explanatory fields."""

    triage: str
    headline: str
    what_to_do: str
    red_flags: tuple[FlagFinding, ...]
    conditions: tuple[ConditionMatch, ...]
    contributing_factors: tuple[FactorFinding, ...]
    plan: str | None
    disclaimer: str
    content_version: str
    notes: tuple[str, ...] = ()
    clinician_log: ClinicianLog | None = None
    unscreened: tuple[str, ...] = ()
    check_now: tuple[str, ...] = ()
    exercises_allowed: bool = True
    plan_note: str = ""
    when: str | None = None
    outside_the_four: tuple[str, ...] = ()

    @property
    def top(self) -> ConditionMatch:
        return self.conditions[0]

    @property
    def screen_complete(self) -> bool:
        """Every warning sign was answered yes or no."""
        return not self.unscreened

    def to_json(self) -> dict[str, Any]:
        return {
            "triage": self.triage,
            "red_flags": [flag.to_json() for flag in self.red_flags],
            "conditions": [condition.to_json() for condition in self.conditions],
            "contributing_factors": [factor.to_json() for factor in self.contributing_factors],
            "plan": self.plan,
            "disclaimer": self.disclaimer,
            "content_version": self.content_version,
            "triage_headline": self.headline,
            "triage_what_to_do": self.what_to_do,
            "notes": list(self.notes),
            "clinician_log": self.clinician_log.to_json() if self.clinician_log else None,
            "unscreened": list(self.unscreened),
            "check_now": list(self.check_now),
            "exercises_allowed": self.exercises_allowed,
            "plan_note": self.plan_note,
            "when": self.when,
            "outside_the_four": list(self.outside_the_four),
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> AssessmentResult:
        """Read back a result written by `to_json` (a saved assessment), whatever content it was made with."""
        log = data.get("clinician_log")
        routes = load_content().routes
        # Saved before `when` existed: the route's fixed timing word.
        when = data["when"] if "when" in data else routes[data["triage"]].when if data["triage"] in routes else None
        return cls(
            triage=data["triage"],
            headline=data.get("triage_headline", ""),
            what_to_do=data.get("triage_what_to_do", ""),
            red_flags=tuple(
                FlagFinding(
                    id=item["id"],
                    route=item.get("route", data["triage"]),
                    message=item["message"],
                    why=item.get("why", ""),
                    because=tuple(item.get("because", ())),
                )
                for item in data["red_flags"]
            ),
            conditions=tuple(
                ConditionMatch(
                    item["id"],
                    item.get("name", item["id"]),
                    float(item["score"]),
                    tuple(item["reasons"]),
                    # Results saved before `against` was kept were worded in English only.
                    item.get("against", sum("less likely" in reason for reason in item["reasons"])),
                )
                for item in data["conditions"]
            ),
            contributing_factors=tuple(
                FactorFinding(item["id"], item.get("title", item["id"]), item["advice"], tuple(item.get("because", ())))
                for item in data["contributing_factors"]
            ),
            plan=data["plan"],
            disclaimer=data["disclaimer"],
            content_version=data.get("content_version", ""),
            notes=tuple(data.get("notes", ())),
            clinician_log=ClinicianLog(log["intro"], tuple(log["record"])) if log else None,
            unscreened=tuple(data.get("unscreened", ())),
            check_now=tuple(data.get("check_now", ())),
            exercises_allowed=bool(data.get("exercises_allowed", data["plan"] is not None)),
            plan_note=data.get("plan_note", ""),
            when=when,
            outside_the_four=tuple(data.get("outside_the_four", ())),
        )


@dataclass(frozen=True, slots=True)
class AssessmentSummary:
    """One line of the assessment history."""

    id: int
    taken_at: dt.datetime
    triage: str
    top_condition: str
    top_score: float
    plan: str | None
    outside_the_four: bool = False  # the answers pointed away from the four causes: no best fit to show


@dataclass(frozen=True, slots=True)
class SavedAssessment:
    """A completed assessment as saved: the answers, the result as it was shown, and when."""

    taken_at: dt.datetime
    answers: Mapping[str, AnswerValue]
    result: AssessmentResult
    id: int | None = None

    @property
    def content_version(self) -> str:
        return self.result.content_version

    def summary(self) -> AssessmentSummary:
        assert self.id is not None
        top = self.result.top
        return AssessmentSummary(
            self.id,
            self.taken_at,
            self.result.triage,
            top.id,
            top.score,
            self.result.plan,
            bool(self.result.outside_the_four),
        )
