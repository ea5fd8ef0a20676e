"""The language calfdesk speaks (CALFDESK_LANG, then Preferences, then the desktop, then English), the content
overlays that translate the TOML content and can do nothing else, and the command line's Qt-free catalogue."""

from __future__ import annotations

import pytest

from calfdesk import i18n
from calfdesk.assets import (
    OverlayError,
    available_languages,
    catalogue,
    content_files,
    load_toml,
    overlay,
    untranslated,
)
from calfdesk.settings import Settings, speak

SHIPPED = frozenset({"en", "de"})


@pytest.mark.parametrize(
    ("env", "setting", "desktop", "chosen"),
    [
        ({"CALFDESK_LANG": "de"}, "en", "en_GB.UTF-8", "de"),
        ({}, "de", "en_GB.UTF-8", "de"),
        ({}, "", "de_AT.UTF-8", "de"),
        ({}, "", "de_CH", "de"),
        ({}, "", "fr_FR.UTF-8", "en"),
        ({"CALFDESK_LANG": "xx"}, "", "de_DE", "de"),
        ({"CALFDESK_LANG": "en"}, "de", "de_DE", "en"),
        ({}, "es", "C", "en"),
    ],
)
def test_the_environment_then_the_setting_then_the_desktop_then_english(
    env: dict[str, str], setting: str, desktop: str, chosen: str
) -> None:
    assert i18n.choose_language(setting, SHIPPED, environ=env, desktop=desktop) == chosen


def test_the_desktop_language_comes_from_the_posix_variables() -> None:
    assert i18n.choose_language("", SHIPPED, environ={"LANG": "de_DE.UTF-8"}) == "de"
    assert i18n.choose_language("", SHIPPED, environ={"LC_ALL": "C", "LANG": "de_DE.UTF-8"}) == "de"
    assert i18n.choose_language("", SHIPPED, environ={"LC_MESSAGES": "en_US.UTF-8", "LANG": "de_DE"}) == "en"


def test_german_is_shipped() -> None:
    assert {"en", "de"} <= available_languages()


def test_the_setting_is_saved_and_read_back(tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(i18n.LANG_ENV)
    settings = Settings(tmp_path)
    assert settings.language == ""
    settings.set("language", "de")
    assert Settings(tmp_path).language == "de"
    assert speak(Settings(tmp_path)) == "de"
    assert i18n.language() == "de"
    with pytest.raises(ValueError, match="language"):
        settings.set("language", "German")


ENGLISH = {
    "route": {"urgent": {"when": "today", "headline": "See a doctor today"}},
    "limit": 7,
    "flag": [
        {"id": "fever", "route": "urgent", "message": "Fever needs a doctor.", "when": [{"fever": {"is": True}}]},
        {"id": "pop", "route": "see_clinician", "message": "A pop needs an examination."},
    ],
    "steps": ["Stand tall.", "Rise slowly."],
    "note": "You said {value}/10.",
}


def test_an_overlay_replaces_texts_and_keeps_everything_else() -> None:
    merged = overlay(
        ENGLISH,
        {
            "route": {"urgent": {"headline": "Geh heute noch zum Arzt"}},
            "flag": [{"id": "pop", "message": "Ein Knall muss untersucht werden."}],
            "steps": ["Steh aufrecht.", "Heb dich langsam."],
            "note": "Du hast {value}/10 angegeben.",
        },
        "test.toml",
    )
    assert merged["route"]["urgent"] == {"when": "today", "headline": "Geh heute noch zum Arzt"}
    assert merged["flag"][0] == ENGLISH["flag"][0]
    assert merged["flag"][1] == {"id": "pop", "route": "see_clinician", "message": "Ein Knall muss untersucht werden."}
    assert merged["steps"] == ["Steh aufrecht.", "Heb dich langsam."]
    assert merged["limit"] == 7


@pytest.mark.parametrize(
    ("translated", "refusal"),
    [
        ({"flag": [{"id": "cramp", "message": "Krampf."}]}, "'cramp' is not in the English"),
        ({"limit": 9}, "not text"),
        ({"flag": [{"id": "fever", "route": "emergency"}]}, "not text"),
        ({"route": {"urgent": {"when": "jetzt"}}}, "not text"),
        ({"extra": "Neu."}, "'extra' is not in the English"),
        ({"steps": ["Steh aufrecht."]}, "1 items where the English has 2"),
        ({"note": "Du hast etwas angegeben."}, "placeholders"),
        ({"note": "Du hast {wert}/10 angegeben."}, "placeholders"),
        ({"route": {"urgent": {"headline": "  "}}}, "empty"),
    ],
)
def test_an_overlay_that_changes_more_than_text_is_refused(translated: dict[str, object], refusal: str) -> None:
    with pytest.raises(OverlayError, match=refusal):
        overlay(ENGLISH, translated, "test.toml")


def test_untranslated_texts_are_named_where_they_are() -> None:
    partial = {"flag": [{"id": "pop", "message": "Ein Knall muss untersucht werden."}]}
    assert list(untranslated(ENGLISH, partial)) == ["route.urgent.headline", "flag[fever].message", "steps", "note"]


@pytest.mark.parametrize("language", sorted(available_languages() - {"en"}))
def test_every_shipped_overlay_merges_and_the_content_still_loads(language: str) -> None:
    from calfdesk.domain.assessment_content import CONTENT_FILES, KNOWLEDGE_DIR, parse_content
    from calfdesk.domain.rehab.catalogue_files import build_catalog

    merged = {parts: load_toml(*parts, language=language) for parts in content_files()}
    content = parse_content({name: merged[(KNOWLEDGE_DIR, f"{name}.toml")] for name in CONTENT_FILES})
    assert content.red_flags
    exercises, plans = (
        [(f"{f}/{name}", data) for (f, name), data in merged.items() if f == folder]
        for folder in ("exercises", "plans")
    )
    assert build_catalog(exercises, plans).plans


def test_the_command_line_reads_the_translations_of_the_window() -> None:
    german = catalogue("de")
    assert german.translate("commands.assess", "When: {when}") == "Wann: {when}"
    assert german.translate("commands.assess", "not a text of calfdesk") == "not a text of calfdesk"
    assert catalogue("en").translate("commands.assess", "When: {when}") == "When: {when}"


def test_a_counted_text_takes_the_form_of_its_number() -> None:
    german = i18n.Catalogue.from_ts(
        """<TS version="2.1" language="de_DE"><context><name>calfdesk</name>
        <message numerus="yes"><source>%n runs</source>
        <translation><numerusform>%n Lauf</numerusform><numerusform>%n Läufe</numerusform></translation></message>
        <message><source>Today</source><translation type="unfinished">Heute</translation></message>
        </context></TS>"""
    )
    assert german.translate("calfdesk", "%n runs", 1) == "1 Lauf"
    assert german.translate("calfdesk", "%n runs", 3) == "3 Läufe"
    assert german.translate("calfdesk", "%n runs", 0) == "0 Läufe"
    # An unfinished translation is not used: the English stands until a translator finishes it.
    assert german.translate("calfdesk", "Today") == "Today"
