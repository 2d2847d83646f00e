"""Four languages everywhere: finished translations, fresh .qm files, complete content."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from recovery_desk.core.paths import resources_dir
from recovery_desk.domain.playbook import load_library
from recovery_desk.domain.scenario import load_scenarios

ROOT = Path(__file__).resolve().parents[1]
I18N = resources_dir() / "i18n"
LANGS = ("hu", "lv", "uk")
TOOLS = Path(sys.executable).parent


def _messages(ts: Path) -> list[ET.Element]:
    return list(ET.parse(ts).getroot().iter("message"))


@pytest.mark.parametrize("lang", LANGS)
def test_every_ui_string_is_translated(lang: str) -> None:
    ts = I18N / f"recovery_desk_{lang}.ts"
    problems = []
    for message in _messages(ts):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        text = translation.text if translation is not None else None
        kind = translation.get("type") if translation is not None else "missing"
        if not text or kind in ("unfinished", "missing", "obsolete", "vanished"):
            problems.append(f"unfinished: {source!r}")
            continue
        for holder in set(re.findall(r"%\d", source)):
            if source.count(holder) != text.count(holder):
                problems.append(f"{holder} differs: {source!r} -> {text!r}")
    assert problems == [], f"{lang}: {len(problems)} problems, first: {problems[:5]}"


@pytest.mark.parametrize("lang", LANGS)
def test_no_ui_string_is_missing_from_the_translations(lang: str, tmp_path: Path) -> None:
    """lupdate over the code finds nothing new: every tr() string is in the .ts file."""
    copy = tmp_path / f"recovery_desk_{lang}.ts"
    shutil.copy(I18N / copy.name, copy)
    sources = sorted(str(p) for p in (ROOT / "recovery_desk" / "ui").rglob("*.py"))
    result = subprocess.run([str(TOOLS / "pyside6-lupdate"), *sources, "-no-obsolete",
                             "-ts", str(copy)], capture_output=True, text=True, check=True)
    found = re.search(r"Found (\d+) source text\(s\) \((\d+) new", result.stdout)
    assert found, result.stdout
    assert found.group(2) == "0", f"{found.group(2)} strings are not in {copy.name} yet"


@pytest.mark.parametrize("lang", LANGS)
def test_compiled_translation_is_shipped_and_fresh(lang: str, tmp_path: Path) -> None:
    fresh = tmp_path / f"{lang}.qm"
    subprocess.run([str(TOOLS / "pyside6-lrelease"), str(I18N / f"recovery_desk_{lang}.ts"),
                    "-qm", str(fresh)], capture_output=True, check=True)
    shipped = I18N / f"recovery_desk_{lang}.qm"
    assert shipped.exists(), "run: ./dev translations"
    assert shipped.read_bytes() == fresh.read_bytes(), "the .qm is stale: run ./dev translations"


def test_every_playbook_and_scenario_exists_in_four_languages() -> None:
    playbooks = load_library(resources_dir() / "playbooks")
    assert playbooks.unusable == {}
    for playbook in playbooks.usable.values():
        assert set(playbook.languages) == {"en", "hu", "lv", "uk"}, playbook.id
    scenarios = load_scenarios(resources_dir() / "scenarios")
    assert scenarios.unusable == {}
    assert len(scenarios.usable) >= 8
    settings = {s.setting for s in scenarios.usable.values()}
    assert {"restaurant", "airline", "retail", "bank", "telecom", "hotel", "parcel",
            "public_office"} <= settings
