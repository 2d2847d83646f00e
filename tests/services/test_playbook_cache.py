"""Playbooks parsed once and kept by file stamp (services/playbook_cache.py): the cached
library is the parsed one, a changed file is parsed again, a bad cache is never trusted."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from recovery_desk.core.paths import resources_dir
from recovery_desk.domain.playbook import load_library
from recovery_desk.services import playbook_cache
from recovery_desk.services.playbook_cache import cached_library


@pytest.fixture
def shipped(tmp_path: Path) -> Path:
    """A copy of the shipped playbooks and taxonomy, free to edit."""
    folder = tmp_path / "resources" / "playbooks"
    shutil.copytree(resources_dir() / "playbooks", folder)
    shutil.copy(resources_dir() / "taxonomy.toml", folder.parent / "taxonomy.toml")
    return folder


def _next_start() -> None:
    """What a new process starts with: nothing parsed in memory, only the cache file."""
    playbook_cache._in_process.clear()


def test_a_cached_library_equals_a_freshly_parsed_one_field_by_field(
        shipped: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache" / "playbooks.json"
    parsed = load_library(shipped)
    first = cached_library(shipped, cache)
    assert cache.is_file()
    _next_start()
    from_cache = cached_library(shipped, cache)
    assert len(parsed.usable) == 8
    assert first.usable == parsed.usable == from_cache.usable
    assert list(from_cache.usable) == list(parsed.usable)  # the same order in pickers
    assert first.unusable == parsed.unusable == from_cache.unusable == {}


def test_the_next_start_reads_the_cache_not_the_toml(shipped: Path, tmp_path: Path) -> None:
    """Proof that the cache is what a start reads while the stamps hold: a file rewritten
    with the same size and modification time still yields what was cached (as Python's
    own bytecode cache does); the real edit below changes the stamp."""
    cache = tmp_path / "playbooks.json"
    cached_library(shipped, cache)
    path = shipped / "default.toml"
    stat = path.stat()
    text = path.read_text(encoding="utf-8")
    assert 'method = "' in text
    same_size = text.replace('method = "', 'method = "X', 1).replace("\n\n", "\n", 1)
    assert len(same_size.encode()) == stat.st_size
    path.write_text(same_size, encoding="utf-8")
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    _next_start()
    assert not cached_library(shipped, cache).get("default").method.startswith("X")


def test_an_edited_playbook_is_parsed_again_in_the_same_process_and_the_next(
        shipped: Path, tmp_path: Path) -> None:
    cache = tmp_path / "playbooks.json"
    before = cached_library(shipped, cache).get("default").method
    path = shipped / "default.toml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace('method = "', 'method = "Edited ', 1), encoding="utf-8")
    os.utime(path, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns + 1_000_000_000))
    assert cached_library(shipped, cache).get("default").method == "Edited " + before
    _next_start()
    assert cached_library(shipped, cache).get("default").method == "Edited " + before


def test_a_broken_playbook_is_unusable_with_the_same_reason_from_the_cache(
        shipped: Path, tmp_path: Path) -> None:
    cache = tmp_path / "playbooks.json"
    (shipped / "last.toml").write_text("id = [[[", encoding="utf-8")
    parsed = load_library(shipped)
    assert "last.toml" in parsed.unusable
    assert cached_library(shipped, cache).unusable == parsed.unusable
    _next_start()
    from_cache = cached_library(shipped, cache)
    assert from_cache.unusable == parsed.unusable
    assert from_cache.usable == parsed.usable


@pytest.mark.parametrize("damage", ["not json {", '{"key": 1, "files": []}', "[]"])
def test_a_damaged_or_foreign_cache_is_ignored_and_rewritten(
        shipped: Path, tmp_path: Path, damage: str) -> None:
    cache = tmp_path / "playbooks.json"
    cached_library(shipped, cache)
    stored = json.loads(cache.read_text(encoding="utf-8"))
    cache.write_text(damage, encoding="utf-8")
    _next_start()
    assert cached_library(shipped, cache).usable == load_library(shipped).usable
    assert json.loads(cache.read_text(encoding="utf-8")) == stored


def test_a_cache_whose_data_was_tampered_into_nonsense_is_parsed_again(
        shipped: Path, tmp_path: Path) -> None:
    cache = tmp_path / "playbooks.json"
    cached_library(shipped, cache)
    stored = json.loads(cache.read_text(encoding="utf-8"))
    stored["files"]["default.toml"] = {"data": {"stages": "none"}}
    cache.write_text(json.dumps(stored), encoding="utf-8")
    _next_start()
    assert cached_library(shipped, cache).usable == load_library(shipped).usable


def test_a_cache_folder_that_cannot_be_written_only_costs_time(
        shipped: Path, tmp_path: Path) -> None:
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder", encoding="utf-8")
    library = cached_library(shipped, blocked / "playbooks.json")
    assert library.usable == load_library(shipped).usable


def test_each_workspace_gets_its_own_library_dicts(shipped: Path, tmp_path: Path) -> None:
    cache = tmp_path / "playbooks.json"
    one = cached_library(shipped, cache)
    one.usable.pop("default")
    assert "default" in cached_library(shipped, cache).usable
