"""Channels, complaint categories, severities and currencies, with localized labels."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from recovery_desk.domain.playbook import Text
from recovery_desk.domain.toml_input import read_bounded


@dataclass(frozen=True)
class Taxonomy:
    channels: dict[str, Text]
    categories: dict[str, Text]
    severities: dict[str, Text]
    currencies: tuple[str, ...]

    def label(self, group: str, key: str, lang: str) -> str:
        table: dict[str, Text] = getattr(self, group)
        text = table.get(key)
        return text.get(lang) if text else key


def load_taxonomy(path: Path) -> Taxonomy:
    data = read_bounded(path)

    def group(name: str) -> dict[str, Text]:
        return {key: Text(dict(value)) for key, value in data.get(name, {}).items()}

    return Taxonomy(channels=group("channels"), categories=group("categories"),
                    severities=group("severities"),
                    currencies=tuple(data.get("currencies", {}).get("list", ["EUR"])))
