"""Gentle language coaching: spot blame-shifting and negative phrasing in an agent's words.

Word lists live in ``resources/coaching/<lang>.toml`` so an organization can edit them.
A pattern matches at word boundaries, case-insensitively; a trailing ``*`` allows any ending
(Hungarian and Latvian add suffixes, Ukrainian inflects).
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

from recovery_desk.domain.toml_input import TomlRefused, read_bounded


@dataclass(frozen=True)
class Hint:
    id: str
    kind: str
    hint: str
    better: tuple[str, ...]
    pattern: re.Pattern[str]


@dataclass(frozen=True)
class Finding:
    hint: Hint
    phrase: str


def _compile(patterns: list[str]) -> re.Pattern[str]:
    parts = []
    for phrase in patterns:
        phrase = phrase.strip()
        if not phrase:
            continue
        open_end = phrase.endswith("*")
        body = re.escape(phrase.rstrip("*")).replace(r"\ ", r"\s+")
        parts.append(body + (r"\w*" if open_end else "") + r"(?!\w)")
    return re.compile(r"(?<!\w)(?:" + "|".join(parts) + ")", re.IGNORECASE | re.UNICODE)


def load_hints(path: Path) -> list[Hint]:
    data = read_bounded(path)
    hints = []
    for item in data.get("hints", []):
        patterns = [p for p in item.get("patterns", []) if isinstance(p, str) and p.strip()]
        if not patterns:
            continue
        hints.append(Hint(id=str(item["id"]), kind=str(item.get("kind", "negative")),
                          hint=str(item["hint"]), better=tuple(item.get("better", ())),
                          pattern=_compile(patterns)))
    return hints


class Coach:
    """Finds phrases worth rethinking, every one of them, in the order they appear."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._by_lang: dict[str, list[Hint]] = {}

    def hints(self, lang: str) -> list[Hint]:
        if lang not in self._by_lang:
            path = self.folder / f"{lang}.toml"
            try:
                self._by_lang[lang] = load_hints(path) if path.exists() else []
            except (tomllib.TOMLDecodeError, TomlRefused, UnicodeDecodeError, KeyError,
                    OSError, re.error):
                self._by_lang[lang] = []  # a broken list must never stop the desk
        return self._by_lang[lang]

    def check(self, text: str, lang: str) -> list[Finding]:
        """Every flagged phrase in ``text``, in the order they appear (a phrase said twice
        is one finding; two phrases of one hint are two)."""
        found: dict[tuple[str, str], tuple[int, Finding]] = {}
        taken: list[tuple[int, int]] = []  # where a hint higher in the list already matched
        for hint in self.hints(lang):
            for match in hint.pattern.finditer(text):
                start, end = match.span()
                if any(start < e and s < end for s, e in taken):
                    continue
                taken.append((start, end))
                key = (hint.id, " ".join(match.group(0).lower().split()))
                if key not in found:
                    found[key] = (start, Finding(hint, match.group(0)))
        return [finding for _, finding in sorted(found.values(), key=lambda item: item[0])]

    def hint_in(self, hint: Hint, lang: str) -> Hint:
        """The same hint (by id) from ``lang``'s list, to explain it in the interface
        language; the hint itself when that list has no such id."""
        return next((h for h in self.hints(lang) if h.id == hint.id), hint)
