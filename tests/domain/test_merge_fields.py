"""Merge fields: a typo or lone brace refuses the playbook with file and line; an unfilled
field shows as [field], never as a blank or an invented value."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from recovery_desk.core.paths import resources_dir
from recovery_desk.domain.merge_fields import MERGE_FIELDS, PLACEHOLDERS, fill, merge_problems
from recovery_desk.domain.playbook import PlaybookError, load_library, load_playbook


def _broken_copy(tmp_path: Path, old: str, new: str) -> tuple[Path, int]:
    source = resources_dir() / "playbooks" / "default.toml"
    target = tmp_path / "default.toml"
    shutil.copy(source, target)
    text = target.read_text(encoding="utf-8")
    assert old in text
    text = text.replace(old, new, 1)
    target.write_text(text, encoding="utf-8")
    line = text[: text.index(new)].count("\n") + 1
    return target, line


def test_unknown_merge_field_refused_naming_file_line_and_field(tmp_path: Path) -> None:
    path, line = _broken_copy(tmp_path, "{reference}", "{refrence}")
    with pytest.raises(PlaybookError) as refused:
        load_playbook(path)
    assert refused.value.source == "default.toml"
    assert refused.value.key == f"line {line}"
    assert "{refrence}" in refused.value.problem and "{reference}" in refused.value.problem


def test_lone_brace_refused_with_its_line(tmp_path: Path) -> None:
    path, line = _broken_copy(tmp_path, "{customer}", "{customer")
    with pytest.raises(PlaybookError) as refused:
        load_playbook(path)
    assert refused.value.key == f"line {line}"
    assert "brace" in refused.value.problem


def test_unfilled_field_shows_its_name_in_brackets() -> None:
    assert fill("Done by {deadline}, {customer}.", {"customer": "Ana"}) == \
        "Done by [deadline], Ana."
    assert merge_problems("Done by {deadline}.") == []


def test_unfilled_field_is_named_in_the_language_of_the_text() -> None:
    text = "{resolution} {amount} {deadline} {customer} {reference} {agent}"
    assert fill(text, {}, "lv") == \
        "[risinājums] [summa] [termiņš] [klients] [numurs] [darbinieks]"
    assert fill(text, {}, "hu") == \
        "[megoldás] [összeg] [határidő] [ügyfél] [ügyszám] [ügyintéző]"
    assert fill(text, {}, "uk") == "[рішення] [сума] [строк] [клієнт] [номер] [оператор]"
    assert fill(text, {"amount": "12 €"}, "lv").split()[1:3] == ["12", "€"]
    for lang, names in PLACEHOLDERS.items():
        assert set(names) == set(MERGE_FIELDS), lang


def test_shipped_default_playbook_has_no_blank_and_no_invented_reference() -> None:
    library = load_library(resources_dir() / "playbooks")
    assert "default.toml" not in library.unusable, library.unusable
    playbook = library.get("default")
    for stage in playbook.stages:
        for lang in playbook.languages:
            for line in stage.scripted.get(lang) + stage.natural.examples.get(lang):
                assert "…" not in line and "RD-1042" not in line, (stage.id, lang, line)


def test_example_for_a_category_not_in_the_taxonomy_is_refused_with_its_line(
        tmp_path: Path) -> None:
    path, line = _broken_copy(tmp_path, "examples_by_category.late_delivery]",
                              "examples_by_category.late_delivry]")
    library = load_library(tmp_path, taxonomy=resources_dir() / "taxonomy.toml")
    reason = library.unusable["default.toml"]
    assert f"default.toml: line {line}" in reason and "'late_delivry'" in reason
    assert "late_delivery" in reason  # the ids it may use


def test_category_examples_show_only_for_their_category() -> None:
    playbook = load_library(resources_dir() / "playbooks").get("default")
    stage = next(s for s in playbook.stages if s.natural.by_category)
    late = " ".join(stage.natural.examples_for("late_delivery", "en"))
    booking = " ".join(stage.natural.examples_for("booking_problem", "en"))
    assert "sea-view" not in late and "parcel" in late
    assert "sea-view" in booking and "parcel" not in booking


#: a note template the agent completes ("Why it happened: …"): a short label, then the blank
_NOTE_TEMPLATE = re.compile(r"^[^:…{}]{1,40}: …$")


def test_no_shipped_playbook_has_a_blank_in_what_the_agent_says() -> None:
    """Every scripted line and example of all eight shipped playbooks is whole, in each
    language: the read-back in the listen stage ("Let me check I've understood: … Is that
    right?") asks to say it in one's own words; only root-cause note templates keep "…"."""
    library = load_library(resources_dir() / "playbooks")
    assert not library.unusable, library.unusable
    blanks = []
    for name in ("default", "aware", "blast", "carp", "heard", "last", "latte", "learn"):
        playbook = library.get(name)
        for stage in playbook.stages:
            for lang in playbook.languages:
                for line in stage.scripted.get(lang) + stage.natural.examples.get(lang):
                    if "…" in line and not _NOTE_TEMPLATE.match(line):
                        blanks.append((name, stage.id, lang, line))
    assert blanks == []
