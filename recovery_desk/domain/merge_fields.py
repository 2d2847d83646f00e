"""Merge fields in playbook texts: ``{customer}``, ``{reference}``, ``{resolution}``,
``{amount}``, ``{deadline}`` and ``{agent}``.

A scripted line read to a customer must fit their case: no "…" blank for the agent to
improvise and no invented reference. Braces are checked when a playbook loads, so a typo
(``{custmer}``) or a lone brace is refused with file, line and field instead of reaching the
screen; a field the case has no value for yet shows as ``[amount]``, visibly unfilled.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

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


def fill(text: str, values: Mapping[str, str]) -> str:
    """``text`` with each field replaced by its value, or by ``[field]`` while it has none."""
    return _FIELD.sub(lambda m: values.get(m.group(1)) or f"[{m.group(1)}]", text)
