"""Refusals as data: a stable code, named parameters and an English sentence.

The domain and the services refuse with a :class:`Refusal` (inside a ``FlowError`` or a
``RecoveryDeskError``). The command line prints the English text with the parameters
filled in; the interface looks the *code* up, writes its own sentence in the interface
language and formats the parameters (numbers, money) by that language. Nobody has to
parse a sentence back into its parts.

Codes are defined once, at import time, next to the rules that use them; :data:`CODES`
holds them all, so a test can check that every one has a translation.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from string import Formatter
from types import MappingProxyType

#: Every code defined so far, by name (filled as the modules defining codes are imported).
CODES: dict[str, Code] = {}


@dataclass(frozen=True)
class Code:
    """One kind of refusal.

    ``problem`` and ``fix`` are the English sentences, with ``{name}`` gaps for the
    parameters. A parameter is text unless ``types`` says otherwise (amounts are
    ``Decimal``, counts ``int``); ``types`` also declares parameters that only the
    interface uses (for example the roles that may do an action, to name them in its
    own words).
    """

    name: str
    problem: str
    fix: str = ""
    types: Mapping[str, type] = field(default_factory=dict)

    def __post_init__(self) -> None:
        known = CODES.setdefault(self.name, self)
        if known != self:
            raise ValueError(f"the refusal code {self.name!r} is defined twice")

    @property
    def params(self) -> dict[str, type]:
        """Every parameter with the type it must have."""
        gaps = {name for text in (self.problem, self.fix)
                for _, name, _, _ in Formatter().parse(text) if name}
        return {name: str for name in sorted(gaps)} | dict(self.types)

    def __call__(self, **params: object) -> Refusal:
        """The refusal with these parameters (all of them, each of its declared type)."""
        expected = self.params
        if set(params) != set(expected):
            raise TypeError(f"{self.name} takes the parameters {sorted(expected)}, "
                            f"not {sorted(params)}")
        wrong = sorted(n for n, kind in expected.items() if not isinstance(params[n], kind))
        if wrong:
            raise TypeError(f"{self.name}: wrong type for {', '.join(wrong)}")
        return Refusal(self, MappingProxyType(dict(params)))


@dataclass(frozen=True)
class Refusal:
    """One refusal: its :class:`Code` and the values for the code's gaps."""

    kind: Code
    params: Mapping[str, object]

    @property
    def code(self) -> str:
        return self.kind.name

    @property
    def problem(self) -> str:
        """What is wrong, in English, with the parameters filled in."""
        return self.kind.problem.format_map(self.params)

    @property
    def fix(self) -> str:
        """What to do about it, in English (may be empty)."""
        return self.kind.fix.format_map(self.params)

    def __str__(self) -> str:
        return f"{self.problem} {self.fix}".strip()
