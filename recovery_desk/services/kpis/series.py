"""What a percentile query is asked (series) and what it answers (quantiles)."""

from __future__ import annotations

from typing import Any

#: (label, group expression, value expression in ms): one distribution per group value.
Series = tuple[str, Any, Any]
#: {(label, group value): (n, {p: value in ms})}
Quantiles = dict[tuple[str, str], tuple[int, dict[float, float | None]]]
