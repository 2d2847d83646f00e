"""Training scenarios as data: a customer, a complaint, what to find out, what works.

Validated like playbooks: a broken file is listed as unusable with file, key and reason.
The format is documented in ``docs/scenarios.md``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from recovery_desk.domain.playbook import LANGUAGES, Text, _Reader, load_folder, read_toml

SETTINGS = frozenset({"restaurant", "airline", "retail", "bank", "telecom", "hotel", "parcel",
                      "public_office"})
SEVERITIES = frozenset({"low", "medium", "high", "critical"})


@dataclass(frozen=True)
class Scenario:
    id: str
    setting: str
    channel: str
    category: str
    severity: str
    difficulty: int
    title: Text
    persona_name: Text
    mood: Text
    background: Text
    words: Text
    remedy: Text
    facts: tuple[Text, ...]
    good_resolutions: tuple[tuple[str, Text], ...]
    pitfalls: tuple[Text, ...]
    source: str = ""


def parse_scenario(data: dict[str, Any], source: str) -> Scenario:
    r = _Reader(source, LANGUAGES)
    head = r.get(data, "scenario", "", dict)
    scenario_id = r.ident(head, "scenario")
    setting = r.get(head, "setting", "scenario", str)
    if setting not in SETTINGS:
        raise r.fail("scenario.setting", f"must be one of {', '.join(sorted(SETTINGS))}")
    severity = r.get(head, "severity", "scenario", str, "medium")
    if severity not in SEVERITIES:
        raise r.fail("scenario.severity", "must be low, medium, high or critical")
    difficulty = r.get(head, "difficulty", "scenario", int, 1)
    if not 1 <= difficulty <= 3:
        raise r.fail("scenario.difficulty", "must be 1, 2 or 3")
    persona = r.get(data, "persona", "", dict)
    complaint = r.get(data, "complaint", "", dict)

    def texts(key: str, low: int, high: int) -> list[dict[str, Any]]:
        items = r.get(data, key, "", list)
        if not low <= len(items) <= high:
            raise r.fail(key, f"needs {low} to {high} entries, has {len(items)}")
        return [r.table(item, f"{key}[{i}]") for i, item in enumerate(items)]

    facts = tuple(r.text(item, "text", f"facts[{i}]")
                  for i, item in enumerate(texts("facts", 1, 8)))
    resolutions = tuple((r.get(item, "resolution", f"good_resolutions[{i}]", str),
                         r.text(item, "text", f"good_resolutions[{i}]"))
                        for i, item in enumerate(texts("good_resolutions", 1, 4)))
    pitfalls = tuple(r.text(item, "text", f"pitfalls[{i}]")
                     for i, item in enumerate(texts("pitfalls", 1, 6)))
    return Scenario(
        id=scenario_id, setting=setting, channel=r.get(head, "channel", "scenario", str),
        category=r.get(head, "category", "scenario", str), severity=severity,
        difficulty=difficulty, title=r.text(head, "title", "scenario"),
        persona_name=r.text(persona, "name", "persona"), mood=r.text(persona, "mood", "persona"),
        background=r.text(persona, "background", "persona"),
        words=r.text(complaint, "words", "complaint"),
        remedy=r.text(complaint, "remedy", "complaint"), facts=facts,
        good_resolutions=resolutions, pitfalls=pitfalls, source=source)


def load_scenario(path: Path) -> Scenario:
    return parse_scenario(read_toml(path), path.name)


@dataclass
class ScenarioLibrary:
    usable: dict[str, Scenario] = field(default_factory=dict)
    unusable: dict[str, str] = field(default_factory=dict)


def load_scenarios(folder: Path) -> ScenarioLibrary:
    usable, unusable = load_folder(folder, load_scenario, "scenario")
    return ScenarioLibrary(usable=usable, unusable=unusable)
