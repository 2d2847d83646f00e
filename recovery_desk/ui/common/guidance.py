"""A stage's guidance as HTML, scripted or natural: shown by the Desk and the Training page.

It lives here, not on the Training page, so that the Desk (the first screen) does not
import the Training page and what it pulls in (charts, reviews, quality checks).
"""

from __future__ import annotations

import html
from collections.abc import Mapping

from recovery_desk.domain.merge_fields import fill
from recovery_desk.domain.playbook import Stage


def scripted_html(stage: Stage, lang: str, values: Mapping[str, str] | None = None) -> str:
    """The stage's lines with merge fields filled from ``values`` (``[field]`` in ``lang``
    where none)."""
    lines = "".join(f"<p>“{html.escape(fill(line, values or {}, lang))}”</p>"
                    for line in stage.scripted.get(lang))
    return f"<h3>{html.escape(stage.title.get(lang))}</h3>{lines}"


def natural_html(stage: Stage, lang: str, labels: dict[str, str],
                 values: Mapping[str, str] | None = None, category: str = "") -> str:
    """The stage's guidance, examples with merge fields filled from ``values``; examples
    given for ``category`` come first, those for other categories never show."""
    parts = [f"<h3>{html.escape(stage.title.get(lang))}</h3>",
             f"<p><i>{html.escape(stage.goal.get(lang))}</i></p>"]
    # what to say first: at 1366x768 a long list of key points pushed it below the fold
    for key, lines in (("examples", None), ("key_points", stage.natural.key_points),
                       ("do", stage.natural.do), ("dont", stage.natural.dont)):
        items = lines.get(lang) if lines else stage.natural.examples_for(category, lang)
        if items:
            filled = (html.escape(fill(i, values or {}, lang)) for i in items)
            parts.append(f"<b>{html.escape(labels[key])}</b><ul>"
                         + "".join(f"<li>{i}</li>" for i in filled) + "</ul>")
    return "".join(parts)
