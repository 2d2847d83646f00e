"""Language coaching finds blame-shifting and negative phrasing in all four languages."""

from __future__ import annotations

import pytest

from recovery_desk.core.paths import resources_dir
from recovery_desk.domain.coaching import Coach

COACH = Coach(resources_dir() / "coaching")


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Sorry, but our policy says no refunds after 14 days."),
    ("hu", "Sajnálom, de a szabályzat szerint ezt nem lehet."),
    ("lv", "Atvainojiet, bet saskaņā ar noteikumiem to nevar."),
    ("uk", "Вибачте, але згідно з правилами ми не можемо."),
])
def test_blame_and_negative_phrasing_is_flagged(lang: str, text: str) -> None:
    findings = COACH.check(text, lang)
    assert findings, f"no hint for {text!r}"
    assert all(f.hint.hint for f in findings)


@pytest.mark.parametrize("lang", ["en", "hu", "lv", "uk"])
def test_every_language_has_a_word_list(lang: str) -> None:
    assert len(COACH.hints(lang)) >= 10


def test_warm_words_get_no_hint() -> None:
    assert COACH.check("I'm sorry this happened. I'll send a new one today.", "en") == []


def test_word_boundaries_are_respected() -> None:
    # "but" inside another word is not the conjunction
    assert all(f.phrase.lower() != "but" for f in COACH.check("The button was broken.", "en"))


def test_every_flagged_phrase_is_found_in_order() -> None:
    text = ("Calm down, it's not my fault: the system won't take it, and as I said, "
            "the system can't refund cards.")
    found = [(f.hint.id, f.phrase) for f in COACH.check(text, "en")]
    assert found == [("calm_down", "Calm down"), ("not_our_fault", "not my fault"),
                     ("the_system", "the system won't"), ("as_i_said", "as I said"),
                     ("the_system", "the system can't")]


def test_a_phrase_said_twice_is_one_finding() -> None:
    found = COACH.check("Calm down. Please, calm down.", "en")
    assert [f.phrase for f in found] == ["Calm down"]


def test_overlapping_matches_keep_the_hint_higher_in_the_list() -> None:
    # "not my fault" is both blame (not_our_fault) and could match a later, broader hint
    found = COACH.check("It's not my fault.", "en")
    assert len(found) == 1 and found[0].hint.id == "not_our_fault"


def test_a_hint_is_explained_in_another_language_by_its_id() -> None:
    english = COACH.check("The system won't let me.", "en")[0].hint
    hungarian = COACH.hint_in(english, "hu")
    assert hungarian.id == "the_system" and hungarian.hint.startswith("Az ügyfél")
