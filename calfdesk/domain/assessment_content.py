"""The self-assessment's content, read from `resources/knowledge/*.toml`: questions, conditions, warning
signs, contributing factors and scoring points. A clinician edits those files; this module only reads and
checks them (docs/ASSESSMENT.md)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from typing import Any, Final, TypeAlias

from calfdesk.assets import load_toml
from calfdesk.domain.content_tables import ContentError

KNOWLEDGE_DIR: Final = "knowledge"
KINDS: Final = ("one", "bool", "list", "int")
ROUTES: Final = ("emergency", "urgent", "see_clinician")
TRIAGE_LEVELS: Final = (*ROUTES, "self_care")  # most serious first
TESTS: Final = (
    "is",
    "is_not",
    "absent",
    "in",
    "not_in",
    "includes",
    "includes_any",
    "includes_all",
    "excludes",
    "empty",
    "at_least",
)
BOOL_ANSWERS: Final = {True: "yes", False: "no"}
NOT_SURE: Final = "not_sure"  # the extra answer a warning sign accepts (CONTRACTS.md)
PLAN_RULES: Final = ("allowed", "none")
# What a clinician would look for when the answers point away from the four causes (CONTRACTS.md).
OUTSIDE_THE_FOUR: Final = (
    "rupture",
    "clot",
    "compartment_syndrome_acute",
    "limb_ischaemia",
    "rhabdomyolysis",
    "cauda_equina",
    "spine",
    "bone_stress",
    "arteries",
    "artery_entrapment",
    "baker_cyst",
    "medicine",
    "growth_plate",
    "infection",
)

AnswerValue: TypeAlias = str | bool | int | tuple[str, ...]
Answers: TypeAlias = Mapping[str, AnswerValue]


@dataclass(frozen=True, slots=True)
class Option:
    value: str
    label: str
    said: str


@dataclass(frozen=True, slots=True)
class Question:
    id: str
    kind: str
    wording: str
    help: str
    options: tuple[Option, ...] = ()
    why: str = ""
    how_to: str = ""
    said: str = ""
    said_yes: str = ""
    said_no: str = ""
    minimum: int = 0
    maximum: int = 10
    warning_sign: bool = False
    sign: str = ""
    said_not_sure: str = ""
    check_now: str = ""
    not_sure_label: str = ""
    none_label: str = ""
    said_absent: str = ""
    said_none: str = ""
    accepts_not_sure: bool = False
    aliases: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    ask_when: tuple[tuple[Test, ...], ...] = ()
    picture: str = ""
    picture_text: str = ""

    @property
    def takes_not_sure(self) -> bool:
        """A warning sign, or a one-of question marked `not_sure = true`, accepts the answer "not_sure"."""
        return self.warning_sign or self.accepts_not_sure

    def asked(self, answers: Answers) -> bool:
        """Whether the wizard asks this question, given the answers so far (`ask_when`; always without it)."""
        return not self.ask_when or any(all(test.holds(answers) for test in tests) for tests in self.ask_when)

    @property
    def values(self) -> tuple[str, ...]:
        return tuple(option.value for option in self.options)

    def option(self, value: str) -> Option:
        for option in self.options:
            if option.value == value:
                return option
        raise KeyError(value)

    def said_text(self, value: str | bool | int) -> str:
        """How a result quotes one answer (one option of a list answer), e.g. "it started suddenly"."""
        if self.kind == "bool":
            if value == NOT_SURE:
                return self.said_not_sure
            return self.said_yes if value is True else self.said_no
        if self.kind == "int":
            return self.said.format(value=value)
        if value == NOT_SURE and self.accepts_not_sure:
            return self.said_not_sure
        return self.option(str(value)).said

    def said_list(self, value: AnswerValue) -> list[str]:
        """How a result quotes a whole answer: one text per ticked option, `said_none` for an empty list."""
        if isinstance(value, tuple):
            return [self.said_text(item) for item in value] if value else [self.said_none] if self.said_none else []
        return [self.said_text(value)]


@dataclass(frozen=True, slots=True)
class Page:
    id: str
    title: str
    intro: str
    questions: tuple[str, ...]
    required: bool = False


@dataclass(frozen=True, slots=True)
class Condition:
    id: str
    name: str
    what_it_is: str
    how_it_feels: str
    causes: tuple[str, ...]
    what_helps: tuple[str, ...]
    plan: str | None
    clinician_log: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Test:
    """One check of one answer: `is` equals, `includes` a ticked option, `at_least` a number."""

    answer: str
    op: str
    value: str | bool | int | tuple[str, ...]

    def holds(self, answers: Answers) -> bool:
        given = answers.get(self.answer)
        if self.op == "absent":
            return given is None
        if self.op == "is_not":
            return not _same(given, self.value)
        if self.op == "not_in":
            return given is None or given not in _listed(self.value)
        if self.op == "excludes":
            return not (isinstance(given, tuple) and self.value in given)
        if self.op == "empty":
            return given is None or given == ()
        if given is None:
            return False
        if self.op == "is":
            return _same(given, self.value)
        if self.op == "in":
            return isinstance(given, str) and given in _listed(self.value)
        if self.op == "includes":
            return isinstance(given, tuple) and self.value in given
        if self.op in ("includes_any", "includes_all"):
            wanted = self.value if isinstance(self.value, tuple) else (str(self.value),)
            found = [item in given for item in wanted] if isinstance(given, tuple) else [False]
            return any(found) if self.op == "includes_any" else all(found)
        return isinstance(given, int) and not isinstance(given, bool) and given >= int(str(self.value))

    def quoted(self, answers: Answers) -> AnswerValue | None:
        """The answer this test quotes as a reason when it holds (None for an unanswered question)."""
        if self.op == "includes":
            return (str(self.value),)
        if self.op in ("includes_any", "includes_all"):
            given = answers.get(self.answer)
            wanted = self.value if isinstance(self.value, tuple) else ()
            return tuple(item for item in wanted if isinstance(given, tuple) and item in given)
        if self.op in ("is_not", "not_in", "excludes"):
            return None
        return answers.get(self.answer)


def _listed(value: object) -> tuple[object, ...]:
    return value if isinstance(value, tuple) else (value,)


def _same(given: object, value: object) -> bool:
    return given == value and type(given) is type(value)


@dataclass(frozen=True, slots=True)
class RedFlag:
    id: str
    route: str
    message: str
    why: str
    when: tuple[tuple[Test, ...], ...]
    also_mention: tuple[str, ...] = ()
    plan: str = "allowed"
    meantime: str = ""
    # The meantime speaks of the plan the result offers ("follow the plan below"): left out when none is.
    meantime_with_plan: bool = False
    look_for: tuple[str, ...] = ()
    superseded_by: tuple[str, ...] = ()

    @property
    def allows_plan(self) -> bool:
        """No exercise plan under an emergency or urgent sign, nor under one marked `plan = "none"`."""
        return self.route == "see_clinician" and self.plan != "none"


@dataclass(frozen=True, slots=True)
class Route:
    id: str
    headline: str
    what_to_do: str
    when: str | None = None  # "now", "today", "within_days"; None for self-care (CONTRACTS.md)


@dataclass(frozen=True, slots=True)
class Remark:
    """A note added to the result when its answers hold (creaking along the tendon: see it in 2 weeks)."""

    id: str
    text: str
    when: tuple[tuple[Test, ...], ...]


@dataclass(frozen=True, slots=True)
class Factor:
    id: str
    title: str
    training_changes: tuple[str, ...]
    advice: str


@dataclass(frozen=True, slots=True)
class AssessmentContent:
    version: str
    disclaimer: str
    pages: tuple[Page, ...]
    questions: Mapping[str, Question]
    conditions: tuple[Condition, ...]
    red_flags: tuple[RedFlag, ...]
    routes: Mapping[str, Route]
    factors: tuple[Factor, ...]
    points: Mapping[str, Mapping[str, Mapping[str, int]]]
    full_marks: float
    plan_min_score: float
    fallback_plan: str
    tie_order: tuple[str, ...]
    sparse_below: int
    sparse_note: str
    low_scores_note: str
    clinician_log_intro: str
    reason_for: str
    reason_against: str
    fallback_max_pain: int = 2
    fallback_pain_note: str = ""
    fallback_pain_said: str = ""
    fallback_pain_unknown: str = ""
    unscreened_headline: str = ""
    unscreened_what_to_do: str = ""
    unscreened_note: str = ""
    fit_title: str = ""
    tear_unknown_note: str = ""
    fit_bands: tuple[tuple[float, str], ...] = ((0.0, ""),)
    remarks: tuple[Remark, ...] = ()
    outside_headline: str = ""
    outside_intro: str = ""
    outside_names: Mapping[str, str] = field(default_factory=dict)
    # How the last of several signs joins a list ("a; b; or c"), in the content's language.
    sign_list_or: str = "; or "

    @property
    def warning_signs(self) -> tuple[Question, ...]:
        """The questions that accept "not_sure" and are never read as "no" when unanswered."""
        return tuple(question for question in self.questions.values() if question.warning_sign)

    def fit_words(self, score: float) -> str:
        """A score in words ("fits well"): how well the answers fit, not a probability."""
        for start, words in self.fit_bands:
            if score >= start:
                return words
        return self.fit_bands[-1][1]

    def condition(self, condition_id: str) -> Condition:
        for condition in self.conditions:
            if condition.id == condition_id:
                return condition
        raise KeyError(condition_id)


def _question(raw: Mapping[str, Any]) -> Question:
    options = tuple(Option(item["value"], item["label"], item["said"]) for item in raw.get("option", ()))
    return Question(
        id=raw["id"],
        kind=raw["kind"],
        wording=raw["wording"],
        help=raw.get("help", ""),
        options=options,
        why=raw.get("why", ""),
        how_to=raw.get("how_to", ""),
        said=raw.get("said", ""),
        said_yes=raw.get("said_yes", ""),
        said_no=raw.get("said_no", ""),
        minimum=raw.get("min", 0),
        maximum=raw.get("max", 10),
        warning_sign=bool(raw.get("warning_sign", False)),
        sign=raw.get("sign", ""),
        said_not_sure=raw.get("said_not_sure", ""),
        check_now=raw.get("check_now", ""),
        not_sure_label=raw.get("not_sure_label", ""),
        none_label=raw.get("none_label", ""),
        said_absent=raw.get("said_absent", ""),
        said_none=raw.get("said_none", ""),
        accepts_not_sure=bool(raw.get("not_sure", False)),
        aliases={key: tuple(value) for key, value in raw.get("aliases", {}).items()},
        ask_when=_alternatives(raw.get("ask_when", ()), f"question {raw['id']}"),
        picture=raw.get("picture", ""),
        picture_text=raw.get("picture_text", ""),
    )


def _alternatives(raw_when: Any, owner: str) -> tuple[tuple[Test, ...], ...]:
    """`when`-style alternatives: each a table of {answer = {op = value}} tests that must all hold."""
    alternatives: list[tuple[Test, ...]] = []
    for alternative in raw_when:
        tests: list[Test] = []
        for answer, test in alternative.items():
            if not isinstance(test, Mapping) or not test:
                raise ContentError(f"{owner}: test of '{answer}' must be a table of one or more of {TESTS}")
            tests.extend(
                Test(answer, op, tuple(value) if isinstance(value, list) else value) for op, value in test.items()
            )
        alternatives.append(tuple(tests))
    return tuple(alternatives)


def _flag(raw: Mapping[str, Any]) -> RedFlag:
    return RedFlag(
        id=raw["id"],
        route=raw["route"],
        message=" ".join(raw["message"].split()),
        why=" ".join(raw["why"].split()),
        when=_alternatives(raw["when"], f"red flag {raw['id']}"),
        also_mention=tuple(raw.get("also_mention", ())),
        plan=raw.get("plan", "allowed"),
        meantime=" ".join(raw.get("meantime", "").split()),
        meantime_with_plan=bool(raw.get("meantime_with_plan", False)),
        look_for=tuple(raw.get("look_for", ())),
        superseded_by=tuple(raw.get("superseded_by", ())),
    )


def _check(content: AssessmentContent) -> None:
    """Every id a rule names must exist; raises ContentError naming the first broken reference."""
    questions = content.questions
    condition_ids = {condition.id for condition in content.conditions}
    for each in questions.values():
        if each.kind not in KINDS:
            raise ContentError(f"question {each.id}: unknown kind '{each.kind}'")
        if each.kind in ("one", "list") and not each.options:
            raise ContentError(f"question {each.id}: needs options")
        if each.kind == "bool" and not (each.said_yes and each.said_no):
            raise ContentError(f"question {each.id}: needs said_yes and said_no")
        if each.warning_sign and not (each.kind == "bool" and each.sign and each.said_not_sure and each.check_now):
            raise ContentError(f"question {each.id}: a warning sign is yes/no with sign, said_not_sure and check_now")
    paged = [question_id for page in content.pages for question_id in page.questions]
    if sorted(paged) != sorted(questions):
        raise ContentError("every question must appear on exactly one page")
    for question_id, by_answer in content.points.items():
        question = questions.get(question_id)
        if question is None:
            raise ContentError(f"scoring: unknown question '{question_id}'")
        allowed = set(BOOL_ANSWERS.values()) if question.kind == "bool" else set(question.values)
        for answer, by_condition in by_answer.items():
            if answer not in allowed:
                raise ContentError(f"scoring: '{answer}' is not an answer of '{question_id}'")
            unknown = set(by_condition) - condition_ids
            if unknown:
                raise ContentError(f"scoring: unknown condition {sorted(unknown)} under {question_id}.{answer}")
    for flag in content.red_flags:
        if flag.route not in ROUTES:
            raise ContentError(f"red flag {flag.id}: unknown route '{flag.route}'")
        _check_tests(f"red flag {flag.id}", flag.when, questions)
        if not set(flag.look_for) <= set(OUTSIDE_THE_FOUR):
            raise ContentError(f"red flag {flag.id}: look_for names ids outside {OUTSIDE_THE_FOUR}")
        if flag.look_for and flag.allows_plan:
            raise ContentError(f'red flag {flag.id}: a sign that points away from the four needs plan = "none"')
        if not set(flag.superseded_by) <= {other.id for other in content.red_flags}:
            raise ContentError(f"red flag {flag.id}: superseded_by names an unknown sign")
        if flag.plan not in PLAN_RULES:
            raise ContentError(f"red flag {flag.id}: plan must be one of {PLAN_RULES}")
        if flag.route == "see_clinician" and not flag.meantime:
            raise ContentError(f"red flag {flag.id}: a see_clinician sign needs `meantime` (what to do until seen)")
        for answer in flag.also_mention:
            if answer not in questions:
                raise ContentError(f"red flag {flag.id}: also_mention names unknown '{answer}'")
    if set(content.routes) != set(TRIAGE_LEVELS):
        raise ContentError(f"red_flags.toml needs one [route.X] for each of {TRIAGE_LEVELS}")
    if any(content.routes[route].when is None for route in ROUTES):
        raise ContentError("red_flags.toml: every route but self_care needs `when`")
    for each in questions.values():
        _check_tests(f"question {each.id}", each.ask_when, questions)
        if each.accepts_not_sure and not (each.kind == "one" and each.said_not_sure):
            raise ContentError(f"question {each.id}: not_sure = true is for a one-of question with said_not_sure")
        for alias, meaning in each.aliases.items():
            if alias in each.values or not set(meaning) <= set(each.values):
                raise ContentError(f"question {each.id}: alias '{alias}' must stand for options of the question")
    for remark in content.remarks:
        _check_tests(f"remark {remark.id}", remark.when, questions)
    if set(content.outside_names) != set(OUTSIDE_THE_FOUR):
        raise ContentError(f"assessment.toml [outside_the_four] needs a text for each of {OUTSIDE_THE_FOUR}")
    changes = set(questions["training_changes"].values)
    for factor in content.factors:
        if not set(factor.training_changes) <= changes:
            raise ContentError(f"factor {factor.id}: unknown training change")
    if sorted(content.tie_order) != sorted(condition_ids):
        raise ContentError("assessment.toml tie_order must list every condition once")


def _check_tests(owner: str, alternatives: tuple[tuple[Test, ...], ...], questions: Mapping[str, Question]) -> None:
    """Every test names a question, a known test and (where it can be checked) one of its options."""
    for test in (test for alternative in alternatives for test in alternative):
        tested = questions.get(test.answer)
        if tested is None or test.op not in TESTS:
            raise ContentError(f"{owner}: bad test on '{test.answer}'")
        values = set(tested.values) | ({NOT_SURE} if tested.takes_not_sure else set())
        wanted = test.value if isinstance(test.value, tuple) else (test.value,)
        if test.op in ("includes", "excludes") and test.value not in tested.values:
            raise ContentError(f"{owner}: '{test.value}' is not an option of '{test.answer}'")
        if test.op in ("is", "is_not", "in", "not_in") and tested.kind == "one" and not set(wanted) <= values:
            raise ContentError(f"{owner}: '{test.value}' is not an option of '{test.answer}'")
        if test.value == NOT_SURE and not tested.takes_not_sure:
            raise ContentError(f"{owner}: '{test.answer}' does not accept not_sure")
        if test.op in ("includes_any", "includes_all") and not (
            isinstance(test.value, tuple) and set(test.value) <= set(tested.values)
        ):
            raise ContentError(f"{owner}: {test.op} on '{test.answer}' needs a list of its options")


def parse_content(files: Mapping[str, Mapping[str, Any]]) -> AssessmentContent:
    """Build and check the content from the parsed TOML files, keyed by file stem."""
    meta = files["assessment"]
    routes = files["red_flags"]["route"]
    content = AssessmentContent(
        version=meta["content_version"],
        disclaimer=meta["disclaimer"],
        pages=tuple(
            Page(
                raw["id"], raw["title"], raw.get("intro", ""), tuple(raw["questions"]), bool(raw.get("required", False))
            )
            for raw in files["questions"]["page"]
        ),
        questions={raw["id"]: _question(raw) for raw in files["questions"]["question"]},
        conditions=tuple(
            Condition(
                id=raw["id"],
                name=raw["name"],
                what_it_is=raw["what_it_is"],
                how_it_feels=raw["how_it_feels"],
                causes=tuple(raw["causes"]),
                what_helps=tuple(raw["what_helps"]),
                plan=raw.get("plan"),
                clinician_log=tuple(raw.get("clinician_log", ())),
            )
            for raw in files["conditions"]["condition"]
        ),
        red_flags=tuple(_flag(raw) for raw in files["red_flags"]["flag"]),
        routes={
            key: Route(key, value["headline"], " ".join(value["what_to_do"].split()), value.get("when"))
            for key, value in routes.items()
        },
        factors=tuple(
            Factor(raw["id"], raw["title"], tuple(raw["training_changes"]), raw["advice"])
            for raw in files["factors"]["factor"]
        ),
        points=files["scoring"]["points"],
        full_marks=float(files["scoring"]["full_marks"]),
        plan_min_score=float(meta["plan_min_score"]),
        fallback_plan=meta["fallback_plan"],
        tie_order=tuple(meta["tie_order"]),
        sparse_below=int(meta["sparse_below"]),
        sparse_note=meta["sparse_note"],
        low_scores_note=meta["low_scores_note"],
        clinician_log_intro=meta["clinician_log_intro"],
        reason_for=meta["reason_for"],
        reason_against=meta["reason_against"],
        fallback_max_pain=int(meta["fallback_max_pain"]),
        fallback_pain_note=" ".join(meta["fallback_pain_note"].split()),
        fallback_pain_said=meta["fallback_pain_said"],
        fallback_pain_unknown=meta["fallback_pain_unknown"],
        unscreened_headline=meta["unscreened_headline"],
        unscreened_what_to_do=" ".join(meta["unscreened_what_to_do"].split()),
        unscreened_note=meta["unscreened_note"],
        fit_title=meta["fit_title"],
        tear_unknown_note=" ".join(meta["tear_unknown_note"].split()),
        fit_bands=tuple((float(band["from"]), band["words"]) for band in meta["fit"]),
        remarks=tuple(
            Remark(raw["id"], " ".join(raw["text"].split()), _alternatives(raw["when"], f"remark {raw['id']}"))
            for raw in meta.get("remark", ())
        ),
        outside_headline=meta["outside_headline"],
        outside_intro=meta["outside_intro"],
        outside_names=meta["outside_the_four"],
        sign_list_or=meta.get("sign_list_or", "; or "),
    )
    _check(content)
    return content


CONTENT_FILES: Final = ("assessment", "questions", "conditions", "red_flags", "factors", "scoring")


@cache
def load_content() -> AssessmentContent:
    """The shipped content (read once per process)."""
    return parse_content({name: load_toml(KNOWLEDGE_DIR, f"{name}.toml") for name in CONTENT_FILES})
