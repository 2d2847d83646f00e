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
