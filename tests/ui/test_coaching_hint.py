"""The coaching hint in the real window: the agent's apostrophes as typed, every flagged
phrase, no glyph the fonts lack, and the interface language, also after a live switch."""

from __future__ import annotations

from PySide6.QtGui import QRawFont

from recovery_desk.core.paths import resources_dir
from recovery_desk.domain.coaching import load_hints
from recovery_desk.ui.main_window import MainWindow
from tests.conftest import open_default_case

NOTE = ("Calm down, it's not my fault: the system won't take it, and as I said, "
        "the system can't refund cards.")


def hint_texts(lang: str) -> dict[str, str]:
    return {h.id: h.hint for h in load_hints(resources_dir() / "coaching" / f"{lang}.toml")}


def test_hint_names_every_phrase_with_apostrophes_intact(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    state = open_default_case(window.desk.service, language="en", mode="natural")
    panel = window.desk.show_case(state)
    panel.notes.note_edit.setPlainText(NOTE)
    label = panel.notes.coaching
    assert label.isVisible()
    text = label.text()
    for phrase in ("Calm down", "not my fault", "the system won't", "as I said",
                   "the system can't"):
        assert f"“{phrase}”" in text, phrase
    english = hint_texts("en")
    for hint_id in ("calm_down", "not_our_fault", "the_system", "as_i_said"):
        assert english[hint_id] in text  # "you're already on it", not you&#x27;re
    assert "&#" not in text and "&amp;" not in text and "💡" not in text
    assert text.count("\n") == 4  # a title and one line per hint (two phrases share one)
    font = QRawFont.fromFont(label.font())  # no missing-glyph box: the font has every one
    assert [ch for ch in text if not ch.isspace() and not font.supportsCharacter(ord(ch))] == []


def test_hint_follows_a_live_switch_to_hungarian(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    state = open_default_case(window.desk.service, language="en", mode="natural")
    window.desk.show_case(state).notes.note_edit.setPlainText(NOTE)
    window.switch_language("hu")
    panel = window.desk.panels[state.case_id]
    text = panel.notes.coaching.text()
    hungarian, english = hint_texts("hu"), hint_texts("en")
    assert hungarian["the_system"] in text and english["the_system"] not in text
    assert "“the system won't”" in text  # the agent's own words stay as written
    window.switch_language("en")
