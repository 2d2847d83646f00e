"""Shipped playbooks validate; broken ones are refused with file, key and reason."""

from __future__ import annotations

from pathlib import Path

import pytest

from recovery_desk.core.paths import resources_dir
from recovery_desk.domain.playbook import PlaybookError, load_library, load_playbook

PLAYBOOKS = resources_dir() / "playbooks"
METHODS = {"default", "aware", "heard", "latte", "last", "blast", "learn", "carp"}


def test_every_shipped_playbook_is_usable() -> None:
    library = load_library(PLAYBOOKS)
    assert library.unusable == {}
    assert set(library.usable) >= METHODS


def test_default_playbook_is_complete_in_four_languages() -> None:
    playbook = load_playbook(PLAYBOOKS / "default.toml")
    assert set(playbook.languages) == {"en", "hu", "lv", "uk"}
    assert [s.role for s in playbook.stages][:5] == [
        "listen", "acknowledge", "apologize", "resolve", "confirm"]
    for stage in playbook.stages:
        for lang in ("en", "hu", "lv", "uk"):
            assert stage.scripted.values[lang], (stage.id, lang)
            assert stage.natural.key_points.values[lang], (stage.id, lang)
    # the languages are written, not copied: no stage's Hungarian equals its English
    assert all(s.scripted.get("hu") != s.scripted.get("en") for s in playbook.stages)


def _broken(tmp_path: Path, old: str, new: str) -> Path:
    text = (PLAYBOOKS / "default.toml").read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / "broken.toml"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


@pytest.mark.parametrize(("old", "new", "key", "words"), [
    ('records = "satisfaction"', 'records = "none"', "stages", "satisfaction"),
    ('role = "listen"', 'role = "chat"', "stages.listen.role", "not one of"),
    ('suggested_minutes = 3', 'suggested_minutes = 500', "suggested_minutes", "between"),
    ('languages = ["en", "hu", "lv", "uk"]', 'languages = ["en", "hu", "lv", "uk", "de"]',
     "playbook.languages", "must list"),
])
def test_broken_playbook_names_key_and_problem(tmp_path: Path, old: str, new: str, key: str,
                                               words: str) -> None:
    with pytest.raises(PlaybookError) as caught:
        load_playbook(_broken(tmp_path, old, new))
    message = str(caught.value)
    assert message.startswith("broken.toml: ")
    assert key in message and words in message


def test_missing_language_text_is_named(tmp_path: Path) -> None:
    text = (PLAYBOOKS / "default.toml").read_text(encoding="utf-8")
    path = tmp_path / "nolv.toml"
    lines = text.splitlines()
    lines.remove(next(line for line in lines if line.startswith("title.lv = ")))
    path.write_text("\n".join(lines), encoding="utf-8")
    with pytest.raises(PlaybookError, match=r"playbook.title: has no text in lv"):
        load_playbook(path)


def test_syntax_error_and_unusable_listing(tmp_path: Path) -> None:
    (tmp_path / "good.toml").write_bytes((PLAYBOOKS / "last.toml").read_bytes())
    (tmp_path / "bad.toml").write_text("[playbook\nid = 1", encoding="utf-8")
    library = load_library(tmp_path)
    assert set(library.usable) == {"last"}
    assert "bad.toml: (syntax): is not valid TOML" in library.unusable["bad.toml"]
