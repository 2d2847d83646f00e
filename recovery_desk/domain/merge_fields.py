"""Merge fields in playbook texts: ``{customer}``, ``{reference}``, ``{resolution}``,
``{amount}``, ``{deadline}`` and ``{agent}``.

A scripted line read to a customer must fit their case: no "…" blank for the agent to
improvise and no invented reference. Braces are checked when a playbook loads, so a typo
(``{custmer}``) or a lone brace is refused with file, line and field instead of reaching the
screen; a field the case has no value for yet shows as ``[amount]`` (in the text's own
language: ``[összeg]``, ``[summa]``), visibly unfilled.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path

from recovery_desk.domain.toml_input import read_bounded

MERGE_FIELDS = ("customer", "reference", "resolution", "amount", "deadline", "agent")
_FIELD = re.compile(r"\{([^{}]*)\}")
_STRING = re.compile(r'"(?:[^"\\]|\\.)*"')


def merge_problems(text: str) -> list[str]:
    """What is wrong with the braces of one text (empty when every field is known)."""
    problems = [f"unknown merge field {{{name}}}; use one of "
                + ", ".join(f"{{{f}}}" for f in MERGE_FIELDS)
                for name in _FIELD.findall(text) if name not in MERGE_FIELDS]
    if "{" in _FIELD.sub("", text) or "}" in _FIELD.sub("", text):
        problems.append("a brace without its pair; write a merge field as {customer}")
    return problems


def file_problems(lines: list[str]) -> list[tuple[int, str]]:
    """(line number, problem) for every quoted text of a TOML file with a bad merge field."""
    found: list[tuple[int, str]] = []
    for number, line in enumerate(lines, start=1):
        for literal in _STRING.findall(line):
            found.extend((number, problem) for problem in merge_problems(literal[1:-1]))
    return found


#: What an unfilled field shows, in the language of the text around it (the playbook's
#: languages; the words the Desk uses for the same things in hu, lv and uk): a Latvian line
#: reads "[summa]", not "[amount]". A language not listed shows the English names.
PLACEHOLDERS: dict[str, dict[str, str]] = {
    "en": {name: name for name in MERGE_FIELDS},
    "hu": {"customer": "ügyfél", "reference": "ügyszám", "resolution": "megoldás",
           "amount": "összeg", "deadline": "határidő", "agent": "ügyintéző"},
    "lv": {"customer": "klients", "reference": "numurs", "resolution": "risinājums",
           "amount": "summa", "deadline": "termiņš", "agent": "darbinieks"},
    "uk": {"customer": "клієнт", "reference": "номер", "resolution": "рішення",
           "amount": "сума", "deadline": "строк", "agent": "оператор"},
}


def placeholder(name: str, lang: str = "en") -> str:
    """``[amount]`` in ``lang``: shown where the case has no value for the field yet."""
    return f"[{PLACEHOLDERS.get(lang, PLACEHOLDERS['en']).get(name, name)}]"


def fill(text: str, values: Mapping[str, str], lang: str = "en") -> str:
    """``text`` with each field replaced by its value, or by its placeholder in ``lang``
    (``[amount]``, ``[összeg]``) while it has none."""
    return _FIELD.sub(lambda m: values.get(m.group(1)) or placeholder(m.group(1), lang),
                      text)


def taxonomy_categories(path: Path) -> frozenset[str] | None:
    """The category ids of a taxonomy file, or None when there is none to check against."""
    if not path.is_file():
        return None
    return frozenset(read_bounded(path).get("categories", {}))


def unknown_category(by_stage: Mapping[str, tuple[str, ...]],
                     categories: frozenset[str] | None, lines: list[str]
                     ) -> tuple[str, str] | None:
    """(key with its line, problem) for the first example category the taxonomy does not
    have: a misspelt id would otherwise never be shown, silently."""
    for stage_id, used in by_stage.items():
        for category in used:
            if categories is None or category in categories:
                continue
            header = f"examples_by_category.{category}]"
            number = next((i for i, line in enumerate(lines, 1) if header in line), 0)
            return (f"line {number}: stages.{stage_id}.natural.{header[:-1]}",
                    f"{category!r} is not a category in taxonomy.toml; use one of "
                    + ", ".join(sorted(categories)))
    return None


def text_problem(lines: list[str], categories: frozenset[str] | None,
                 by_stage: Mapping[str, tuple[str, ...]]) -> tuple[str, str] | None:
    """(where, problem) for a playbook file's first bad merge field or example category."""
    problems = file_problems(lines)
    if problems:
        return f"line {problems[0][0]}", problems[0][1]
    return unknown_category(by_stage, categories, lines)
