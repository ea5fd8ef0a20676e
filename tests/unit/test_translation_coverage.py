"""What each language still lacks, and the safety texts that no language may lack.

`test_what_is_not_translated_yet` passes and lists, language by language, the window's texts and the content
entries that still show in English (`pytest -rP` prints the list). `test_every_safety_text_is_translated`
fails as soon as a warning sign, a triage word, a `when` word, an outside-the-four text, the disclaimer, a
question of the warning-signs page or an exercise's stop sign has no translation, in the content or in the
window and the command line.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest

from calfdesk.assets import TRANSLATIONS, available_languages, content_files, load_toml, resource, untranslated

ROOT = Path(__file__).resolve().parents[2]
LANGUAGES = sorted(available_languages() - {"en"})

# The window's and the command line's texts that carry the safety messages: whole contexts, and single texts
# of the shared ones (the report's triage and `when` words, the disclaimers).
SAFETY_CONTEXTS = (
    "commands.assess",
    "TriageBanner",
    "WarningSignsPage",
    "OutsideTheFourCard",
    "QuestionPage",
    "QuestionInput",
    "ChoiceInput",
    "ResultView",
    "ClearanceQuestion",
    "AssessmentWizard",
)


def _safety_messages() -> set[tuple[str, str]]:
    from calfdesk.ui.report.report_html import DISCLAIMER as REPORT_DISCLAIMER
    from calfdesk.ui.report.report_html import TRIAGE_WORDS, WHEN_WORDS
    from calfdesk.ui.shell.about import DISCLAIMER

    report = {*TRIAGE_WORDS.values(), *WHEN_WORDS.values(), REPORT_DISCLAIMER}
    return {("report.report_html", text) for text in report} | {("MainWindow", DISCLAIMER), ("shell.about", DISCLAIMER)}


@pytest.fixture(scope="module")
def code_texts(tmp_path_factory: pytest.TempPathFactory) -> set[tuple[str, str]]:
    """(context, source) of every text the code words today, extracted as tools/translations.py does."""
    if shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent)) is None:
        pytest.skip("pyside6-lupdate comes with PySide6")
    from tools.translations import extract

    fresh = tmp_path_factory.mktemp("extracted") / "calfdesk_xx.ts"
    extract(fresh, "xx")
    return {(context, source) for context, source, _ in _messages_of(fresh.read_text(encoding="utf-8"))}


def _messages(language: str) -> Iterator[tuple[str, str, bool]]:
    """(context, source, finished) of every text of a language's .ts."""
    return _messages_of(resource(TRANSLATIONS, f"calfdesk_{language}.ts").read_text(encoding="utf-8"))


def _messages_of(text: str) -> Iterator[tuple[str, str, bool]]:
    root = ET.fromstring(text)
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            finished = translation is not None and translation.get("type") is None
            if finished and message.get("numerus") == "yes":
                finished = all(form.text for form in translation.iter("numerusform"))  # type: ignore[union-attr]
            elif finished:
                finished = bool(translation.text)  # type: ignore[union-attr]
            yield name, message.findtext("source") or "", finished


def _untranslated_content(language: str) -> dict[str, list[str]]:
    """For each content file, where its texts still show in English."""
    missing: dict[str, list[str]] = {}
    for parts in content_files():
        overlay_file = resource(TRANSLATIONS, language, *parts)
        translated = load_toml(*parts, language=language) if overlay_file.is_file() else None
        import tomllib

        given = tomllib.loads(overlay_file.read_text(encoding="utf-8")) if overlay_file.is_file() else None
        english = load_toml(*parts, language="en")
        places = list(untranslated(english, given))
        if places:
            missing["/".join(parts)] = places
        if translated is not None:
            assert translated.keys() == english.keys()
    return missing


@pytest.mark.parametrize("language", LANGUAGES)
def test_what_is_not_translated_yet(language: str, code_texts: set[tuple[str, str]]) -> None:
    texts = [(context, source) for context, source, finished in _messages(language) if not finished]
    known = {(context, source) for context, source, _ in _messages(language)}
    not_in_file = sorted(code_texts - known)
    print(f"\n{language}: {len(not_in_file)} texts of the code are not in calfdesk_{language}.ts yet")
    print("  (python -m tools.translations adds them)")
    for context, source in not_in_file:
        print(f"  [{context}] {source[:100]}")
    content = _untranslated_content(language)
    total_texts = sum(1 for _ in _messages(language))
    print(f"\n{language}: {len(texts)} of {total_texts} texts of the window and the command line are not translated")
    for context, source in texts:
        print(f"  [{context}] {source[:100]}")
    print(f"{language}: content entries still in English, by file ({sum(map(len, content.values()))} in all)")
    for name, places in content.items():
        print(f"  {name}: {len(places)}: {', '.join(places[:8])}{' …' if len(places) > 8 else ''}")
    # The listing names real gaps: a text it calls untranslated shows in English in that language's catalogue.
    from calfdesk.assets import catalogue

    assert all(catalogue(language).translate(context, source) == source for context, source in texts)


def _safety_content_gaps(language: str) -> list[str]:
    import tomllib

    def given(*parts: str) -> dict[str, object] | None:
        found = resource(TRANSLATIONS, language, *parts)
        return tomllib.loads(found.read_text(encoding="utf-8")) if found.is_file() else None

    gaps = [
        f"red_flags.toml: {place}"
        for place in untranslated(
            load_toml("knowledge", "red_flags.toml", language="en"), given("knowledge", "red_flags.toml")
        )
    ]
    gaps += [
        f"assessment.toml: {place}"
        for place in untranslated(
            load_toml("knowledge", "assessment.toml", language="en"), given("knowledge", "assessment.toml")
        )
    ]
    questions = load_toml("knowledge", "questions.toml", language="en")
    warning_page = next(page for page in questions["page"] if page["id"] == "warning_signs")
    safety_ids = set(warning_page["questions"]) | {
        question["id"] for question in questions["question"] if question.get("warning_sign") or "check_now" in question
    }
    safety = {
        "page": [warning_page],
        "question": [question for question in questions["question"] if question["id"] in safety_ids],
    }
    gaps += [f"questions.toml: {place}" for place in untranslated(safety, given("knowledge", "questions.toml"))]
    # When to stop an exercise and get it checked.
    for folder, name in content_files():
        if folder == "exercises":
            stop_signs = {"stop_signs": load_toml(folder, name, language="en")["stop_signs"]}
            gaps += [f"{name}: {place}" for place in untranslated(stop_signs, given(folder, name))]
    return gaps


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_safety_text_is_translated(language: str, code_texts: set[tuple[str, str]]) -> None:
    assert _safety_content_gaps(language) == []
    finished = {(context, source) for context, source, done in _messages(language) if done}
    safety = {(context, source) for context, source in code_texts if context in SAFETY_CONTEXTS}
    assert _safety_messages() <= code_texts
    assert sorted((safety | _safety_messages()) - finished) == [], (
        "run python -m tools.translations, then translate these texts"
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_shipped_translation_is_compiled_from_its_source(language: str, tmp_path: Path) -> None:
    lrelease = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
    if lrelease is None:
        pytest.skip("pyside6-lrelease comes with PySide6")
    source = ROOT / "resources" / "translations" / f"calfdesk_{language}.ts"
    compiled = tmp_path / f"calfdesk_{language}.qm"
    subprocess.run([lrelease, str(source), "-qm", str(compiled)], check=True, capture_output=True)
    assert compiled.read_bytes() == source.with_suffix(".qm").read_bytes(), "run python -m tools.translations"


def test_german_exercises_read_whole_in_german() -> None:
    """A runner doing an exercise in German reads its name, purpose, steps and stop signs in German, never a mix."""
    gaps = {name: places for name, places in _untranslated_content("de").items() if name.startswith("exercises/")}
    assert gaps == {}
    drop = load_toml("exercises", "heel_drop_straight_knee.toml", language="de")
    english = load_toml("exercises", "heel_drop_straight_knee.toml", language="en")
    assert len(drop["steps"]) == len(english["steps"])
    assert drop["steps"] != english["steps"] and drop["purpose"] != english["purpose"]
    assert "Achillessehne" in drop["purpose"]


# The languages calfdesk ships whole: every text of the window, the PDF and the command line, and every text
# of the content. A new language is listed here once its translator has finished it.
COMPLETE_LANGUAGES = ("de",)


@pytest.mark.parametrize("language", COMPLETE_LANGUAGES)
def test_a_complete_language_has_every_text(language: str, code_texts: set[tuple[str, str]]) -> None:
    finished = {(context, source) for context, source, done in _messages(language) if done}
    assert sorted(code_texts - finished) == [], "run python -m tools.translations, then translate these texts"
    assert _untranslated_content(language) == {}
