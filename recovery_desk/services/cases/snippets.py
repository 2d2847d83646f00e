"""The Log's highlighted snippets: cut from each row's search text, for the rows shown.

A searched page may cut snippets for only its first rows (``case_query.page(...,
snippet_rows=N)``: what a window shows); the view asks ``for_cases`` for the others when it
shows them. Both cut them the same way from the same stored text, so a row's snippet is
the same whichever cut it. Cutting is Python work, about 60 µs a row, a quarter of a
searched page's time on a 1M-case log when all 200 rows of a page were cut up front.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import Connection, Engine, select

from recovery_desk.domain.case import ACTIVE_STATUSES
from recovery_desk.domain.text import MARK_START
from recovery_desk.services.cases.case_filter import CaseFilter
from recovery_desk.storage import search
from recovery_desk.storage.models import Case, CaseSearch

C = Case.__table__.c
S = CaseSearch.__table__.c
#: About this many words of a case's text around its first hit.
SNIPPET_WORDS = 12
#: The rows of a page whose snippets the Log has cut with the page: more than a Log window
#: shows at once; the rest are cut this many at a time as the view reaches them.
SNIPPET_ROWS = 50


def readable(rows: Iterable[tuple[str, str, str]], desk: str | None) -> list[str]:
    """The case ids among (case id, desk, status) whose text a ``search_desk`` user may
    read: their own desk's cases, and any case still being worked. No snippet otherwise."""
    return [case_id for case_id, case_desk, status in rows
            if not desk or case_desk in (desk, f"{desk}-TRAINING")
            or status in ACTIVE_STATUSES]


def cut(conn: Connection, tokens: list[str], case_ids: list[str]) -> dict[str, str]:
    """Highlighted snippets for these cases, cut from their search text; none for a case
    found by its reference or customer alone (its words hold no hit)."""
    if not case_ids or not tokens:
        return {}
    rows = conn.execute(select(S.case_id, S.body, S.folded).where(S.case_id.in_(case_ids)))
    # a hit is a folded word starting with a token: text holding no token has none
    found = ((r.case_id, search.make_snippet(r.body, tokens, SNIPPET_WORDS, r.folded))
             for r in rows if r.folded is None or any(t in r.folded for t in tokens))
    return {case_id: snippet for case_id, snippet in found if MARK_START in snippet}


def for_cases(engine: Engine, flt: CaseFilter, case_ids: list[str]) -> dict[str, str]:
    """The snippets ``case_query.page`` would have cut for these rows of its pages for
    ``flt`` (those it left out with ``snippet_rows``); "" is no snippet."""
    tokens = search.query_tokens(flt.text)
    if not case_ids or not tokens:
        return {}
    with engine.connect() as conn:
        rows = conn.execute(select(C.case_id, C.desk_id, C.status)
                            .where(C.case_id.in_(case_ids))).all()
        return cut(conn, tokens, readable(((r[0], r[1], r[2]) for r in rows),
                                          flt.search_desk))
