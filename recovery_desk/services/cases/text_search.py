"""How the Log finds cases by the words in them: the text condition, compiled per database,
and the choice of how to read a page for a searched word (measured costs).

The condition is a SQL element of its own, so ``case_query.where()`` needs no engine: FTS5
``MATCH`` on SQLite, the GIN-indexed ``to_tsvector('simple', folded) @@ to_tsquery(…)`` on
PostgreSQL; both over the folded text (``storage/search.py``).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import (
    Boolean,
    ColumnElement,
    Select,
    bindparam,
    column,
    func,
    literal_column,
    select,
    table,
)
from sqlalchemy.ext.compiler import compiles

from recovery_desk.storage import search
from recovery_desk.storage.models import Case, CaseSearch

C = Case.__table__.c
S = CaseSearch.__table__.c
FTS = table("case_fts", column("rowid"))
_SIMPLE: ColumnElement[Any] = literal_column("'simple'::regconfig")
#: A searched word with fewer matches than this always drives the page (``text_strategy``).
TEXT_NARROW = 1000


class TextMatch(ColumnElement[bool]):
    """``cases.case_id`` is one whose search text has every token as a word prefix.

    Compiled per database, so ``where()`` needs no engine: FTS5 ``MATCH`` on SQLite, the
    GIN-indexed ``to_tsvector('simple', folded) @@ to_tsquery(…)`` on PostgreSQL; both over
    the folded text (``storage/search.py``).
    """

    __visit_name__ = "recovery_desk_text_match"
    inherit_cache = False
    type = Boolean()

    def __init__(self, tokens: list[str]) -> None:
        self.tokens = list(tokens)


def matching_ids(tokens: list[str], dialect: str) -> Select[Any]:
    """The case ids whose search text has every token (as a prefix)."""
    if dialect == "postgresql":
        query = func.to_tsquery(_SIMPLE, bindparam(None, search.tsquery(tokens)))
        return select(S.case_id).where(func.to_tsvector(_SIMPLE, S.folded).op("@@")(query))
    docs = select(FTS.c.rowid).where(literal_column("case_fts").op("MATCH")(
        bindparam(None, search.fts5_query(tokens))))
    return select(S.case_id).where(S.doc_id.in_(docs))


@compiles(TextMatch)
def _compile_text_match(element: TextMatch, compiler: Any, **kw: Any) -> str:
    clause = C.case_id.in_(matching_ids(element.tokens, compiler.dialect.name))
    return str(compiler.process(clause, **kw))


#: What a page costs for a word with ``m`` matches, in µs, each way of reading it (measured
#: on a 1M-case log): "text" looks every match up and sorts them; "ids" builds the list of
#: the matching case ids once, then walks the sort index and checks each row read against
#: it; "docs" lets SQLite read the matches from FTS5 (cheap) and walks the sort index,
#: finding each row's search row to check it (``_common_word``). A walk reads about
#: ``cases × limit / m`` rows to fill a page.
TEXT_COST_PER_MATCH = {"text": 5.8, "ids": 2.5, "docs": 0.25}
TEXT_COST_PER_ROW_WALKED = {"text": 0.0, "ids": 0.4, "docs": 2.7}


def text_costs(matches: int, cases: int, limit: int) -> dict[str, float]:
    walked = cases * limit / max(matches, 1)
    return {way: TEXT_COST_PER_MATCH[way] * matches + TEXT_COST_PER_ROW_WALKED[way] * walked
            for way in TEXT_COST_PER_MATCH}


def text_strategy(matches: int, cases: int, limit: int) -> str:
    """The cheapest way to read a page for a word with ``matches`` matches (see above):
    "text" up to about 5,000 matches on a 1M-case log, "ids" up to about 14,000, "docs"
    beyond; a page costs most at those two points (about 30 and 40 ms of SQL)."""
    if matches < TEXT_NARROW:
        return "text"
    costs = text_costs(matches, cases, limit)
    return min(costs, key=costs.__getitem__)


def text_count_cap(cases: int, limit: int) -> int:
    """Counting a word's matches beyond this tells nothing more: "docs" is cheapest."""
    return max(TEXT_NARROW, int(2 * (cases * limit) ** 0.5))
