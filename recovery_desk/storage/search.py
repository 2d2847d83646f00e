"""Full-text search over what was said and written about a case.

Each case has one row in ``case_search``: ``body``, its text in replay order (the
customer's own words and what they want, notes, captured field values, root cause and
corrective action, supervisor notes, follow-up notes), and ``folded``, the same text in
lower case without diacritics (``fold``). Both databases index ``folded``: SQLite with FTS5
(``case_fts``, external content, unicode61, 2- and 3-letter prefix indexes, kept in step by
triggers on ``case_search``), PostgreSQL with a GIN index over
``to_tsvector('simple', folded)``. Folding here rather than in the tokenizer makes both
find "arvizturo" in "Árvíztűrő" *and* "іжа" in "їжа" (FTS5's own diacritic removal knows
Latin letters only), and a search the same on a desk and on the server.

Snippets are cut from ``body`` here (``make_snippet``), each hit between ``MARK_START`` and
``MARK_END`` (``\x02`` … ``\x03``). Those two characters are removed from every indexed
text, so a customer's words cannot fake a mark; ``snippet_html`` escapes ``<`` and ``&``
before turning marks into ``<b>`` tags.

The row is rewritten only when a unit of work, a merge or an import brings an event that
carries text, so opening a case writes one row and advancing a stage writes nothing here.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import Any

from sqlalchemy import Connection, bindparam, delete, insert, select, update

from recovery_desk.domain import events as ev
from recovery_desk.domain.events import Event
from recovery_desk.domain.text import MARK_END, MARK_START
from recovery_desk.storage import chores, id_lists
from recovery_desk.storage.models import CaseEvent, CaseSearch, Customer

ELLIPSIS = "…"

_SEARCH = CaseSearch.__table__
_EVENTS = CaseEvent.__table__
_CUSTOMERS = Customer.__table__

#: The payload fields whose text is searchable, per event kind (in the order shown).
TEXT_FIELDS: dict[str, tuple[str, ...]] = {
    ev.CASE_OPENED: ("words", "remedy"),
    ev.NOTE_ADDED: ("text",),
    ev.FIELD_CAPTURED: ("value",),
    ev.ROOT_CAUSE_RECORDED: ("cause", "corrective_action"),
    ev.ANNOTATED: ("text",),
    ev.FOLLOW_UP_DONE: ("note",),
}
TEXT_KINDS = tuple(TEXT_FIELDS)
CHUNK = 500
_MARKS = str.maketrans({MARK_START: " ", MARK_END: " "})
_TOKEN = re.compile(r"[^\W_]+")


class _Combining(dict[int, int | None]):
    """``str.translate`` table that drops combining marks, filled as characters are met
    (a character's first lookup asks ``unicodedata``; later ones are a dict hit)."""

    def __missing__(self, code: int) -> int | None:
        kept = None if unicodedata.combining(chr(code)) else code
        self[code] = kept
        return kept


_DROP_COMBINING = _Combining()


def fold(text: str) -> str:
    """Lower case without diacritics: what both databases compare."""
    folded = text.casefold()
    if folded.isascii():  # ASCII decomposes to itself and has no combining marks
        return folded
    decomposed = unicodedata.normalize("NFKD", folded)
    return unicodedata.normalize("NFC", decomposed.translate(_DROP_COMBINING))


@lru_cache(maxsize=8192)
def _fold_line(line: str) -> str:
    return fold(line)


def fold_body(body: str) -> str:
    """``fold(body)``, line by line through a cache: no normalization or case folding
    reaches across a line break, and a demo log's complaints and notes repeat."""
    return "\n".join(map(_fold_line, body.split("\n")))


def event_texts(kind: str, payload: dict[str, Any] | None) -> list[str]:
    """The searchable pieces of one event (empty for kinds without text)."""
    fields = TEXT_FIELDS.get(kind)
    if not fields or not payload:
        return []
    pieces = []
    for name in fields:
        value = payload.get(name)
        if isinstance(value, str) and value.strip():
            pieces.append(value.strip().translate(_MARKS))
    return pieces


def body_of(events: Iterable[tuple[str, dict[str, Any] | None]]) -> str:
    """The body for a case from its (kind, payload) pairs in replay order."""
    return "\n".join(piece for kind, payload in events for piece in event_texts(kind, payload))


def has_text(event: Event) -> bool:
    return bool(event_texts(event.kind, event.payload))


# -- keeping the index in step -----------------------------------------------------------


def index_events(conn: Connection, events: Sequence[Event], fresh: Iterable[str] = (),
                 also: Iterable[str] = ()) -> int:
    """Refresh the search text of the cases these (already inserted) events touch.

    Only cases with a text-bearing event among ``events`` are rewritten. Cases named in
    ``fresh`` have all their events in hand (new at this desk), so their body is built
    from ``events`` without reading the log; others are rebuilt from their stored events.
    ``also`` names cases rebuilt from their stored events whatever ``events`` hold (a
    sync's chunk that left them out). Returns the number of cases rewritten.
    """
    fresh = set(fresh)
    touched = {e.case_id for e in events if has_text(e)} | (set(also) - fresh)
    if not touched:
        return 0
    bodies: dict[str, str] = {}
    in_hand = touched & fresh
    if in_hand:
        by_case: dict[str, list[Event]] = {}
        for event in events:
            if event.case_id in in_hand:
                by_case.setdefault(event.case_id, []).append(event)
        for case_id, case_events in by_case.items():
            case_events.sort(key=lambda e: (e.seq, e.at, e.desk_id, e.desk_seq))
            bodies[case_id] = body_of((e.kind, e.payload) for e in case_events)
    bodies.update(_stored_bodies(conn, sorted(touched - in_hand)))
    write_bodies(conn, bodies)
    return len(bodies)


def reindex_cases(conn: Connection, case_ids: Iterable[str], *, purge: bool = True) -> int:
    """Rebuild the search text of these cases from their events as stored now.

    Call after anything that changes stored text outside the normal flow, e.g. erasure
    (which blanks personal fields in the events): the scrubbed words are then gone from
    searches at once. A case whose customer is marked erased gets an empty body.
    ``purge`` (SQLite): FTS5 keeps removed words in its older segments until they are
    merged, so the purge is recorded as owed (``PURGE_CHORE``) and done after the commit by
    ``merge_step`` calls: it rewrites the whole index, seconds on a big log, which must
    not hold the write lock of the transaction that erased. Pass False when reindexing for
    another reason.
    """
    ids = sorted(set(case_ids))
    bodies = _stored_bodies(conn, ids)
    for case_id in ids:
        bodies.setdefault(case_id, "")
    write_bodies(conn, bodies)
    if purge and ids and conn.dialect.name == "sqlite":
        chores.owe(conn, PURGE_CHORE)
    return len(bodies)


#: The chore of merging the FTS5 index until no older segment holds removed words.
PURGE_CHORE = "purge_search_index"


def merge_step(conn: Connection, pages: int) -> bool:
    """One bounded piece of a full merge of the FTS5 index (about ``pages`` pages written),
    in the caller's transaction; False when there was nothing left to merge, and the
    purge chore is then settled. FTS5's "merge" with a negative size merges every segment
    alike, which ends as ``optimize`` does: one segment, removed entries dropped."""
    raw = conn.connection.dbapi_connection
    assert raw is not None
    before = raw.total_changes
    conn.exec_driver_sql("INSERT INTO case_fts(case_fts, rank) VALUES ('merge', ?)",
                         (-abs(pages),))
    if raw.total_changes - before >= 2:  # FTS5's documented sign that it did some work
        return True
    chores.settle(conn, PURGE_CHORE)
    return False


def rebuild(conn: Connection) -> int:
    """Rewrite the whole search table from the events (``check --rebuild``, migration)."""
    conn.execute(delete(_SEARCH))  # on SQLite the triggers empty case_fts alike
    erased = _erased_cases(conn, None)
    stmt = (select(_EVENTS.c.case_id, _EVENTS.c.kind, _EVENTS.c.payload)
            .where(_EVENTS.c.kind.in_(TEXT_KINDS))
            .order_by(_EVENTS.c.case_id, _EVENTS.c.seq, _EVENTS.c.at, _EVENTS.c.desk_id,
                      _EVENTS.c.desk_seq))
    count = 0
    batch: list[dict[str, Any]] = []
    current: str | None = None
    pieces: list[tuple[str, Any]] = []

    def emit() -> None:
        nonlocal count
        if current is None:
            return
        body = "" if current in erased else body_of(pieces)
        batch.append({"case_id": current, "body": body, "folded": fold_body(body)})
        count += 1

    # options per statement: Connection.execution_options() would change ``conn`` itself
    result = conn.execute(stmt, execution_options={"stream_results": True, "yield_per": 5000})
    for row in result:
        if row.case_id != current:
            emit()
            current, pieces = row.case_id, []
            if len(batch) >= 5000:
                conn.execute(insert(_SEARCH), batch)
                batch.clear()
        pieces.append((row.kind, row.payload))
    emit()
    if batch:
        conn.execute(insert(_SEARCH), batch)
    return count


def _erased_cases(conn: Connection, case_ids: list[str] | None) -> set[str]:
    from recovery_desk.storage.models import Case

    cases = Case.__table__
    stmt = (select(cases.c.case_id).join(_CUSTOMERS,
                                         _CUSTOMERS.c.customer_id == cases.c.customer_id)
            .where(_CUSTOMERS.c.erased.is_(True)))
    if case_ids is not None:
        stmt = stmt.where(cases.c.case_id.in_(case_ids))
    return set(conn.execute(stmt).scalars())


def _stored_bodies(conn: Connection, case_ids: list[str]) -> dict[str, str]:
    bodies: dict[str, str] = {}
    for start in range(0, len(case_ids), CHUNK):
        part = case_ids[start:start + CHUNK]
        pieces: dict[str, list[tuple[str, Any]]] = {case_id: [] for case_id in part}
        stmt = (select(_EVENTS.c.case_id, _EVENTS.c.kind, _EVENTS.c.payload)
                .where(_EVENTS.c.case_id.in_(part), _EVENTS.c.kind.in_(TEXT_KINDS))
                .order_by(_EVENTS.c.case_id, _EVENTS.c.seq, _EVENTS.c.at, _EVENTS.c.desk_id,
                          _EVENTS.c.desk_seq))
        for row in conn.execute(stmt):
            pieces[row.case_id].append((row.kind, row.payload))
        erased = _erased_cases(conn, part)
        for case_id, found in pieces.items():
            if found:
                bodies[case_id] = "" if case_id in erased else body_of(found)
    return bodies


def write_bodies(conn: Connection, bodies: dict[str, str]) -> None:
    """Insert or replace the search rows (the FTS5 triggers follow on SQLite)."""
    if not bodies:
        return
    ids = sorted(bodies)
    known: set[str] = set()
    for part in id_lists.parts(conn, ids, CHUNK):
        known.update(conn.execute(select(_SEARCH.c.case_id)
                                  .where(id_lists.among(conn, _SEARCH.c.case_id, part)))
                     .scalars())
    rows = [{"v_case_id": case_id, "v_body": bodies[case_id],
             "v_folded": fold_body(bodies[case_id])} for case_id in ids]
    fresh = [r for r in rows if r["v_case_id"] not in known]
    stale = [r for r in rows if r["v_case_id"] in known]
    if fresh:
        conn.execute(insert(_SEARCH), [{"case_id": r["v_case_id"], "body": r["v_body"],
                                        "folded": r["v_folded"]} for r in fresh])
    if stale:
        conn.execute(update(_SEARCH).where(_SEARCH.c.case_id == bindparam("v_case_id"))
                     .values(body=bindparam("v_body"), folded=bindparam("v_folded")), stale)


# -- queries -----------------------------------------------------------------------------


def query_tokens(text: str) -> list[str]:
    """The folded words of a search; one-letter words are left out (too common to help)."""
    return [t for t in _TOKEN.findall(fold(text)) if len(t) > 1]


def fts5_query(tokens: Sequence[str]) -> str:
    """Every word as a quoted prefix: typed text never reaches FTS5 as syntax."""
    return " ".join(f'"{t}"*' for t in tokens)


def tsquery(tokens: Sequence[str]) -> str:
    """PostgreSQL ``to_tsquery('simple', …)`` text: every word as a prefix, all required."""
    return " & ".join(f"{t}:*" for t in tokens)


def snippet_html(snippet: str) -> str:
    """A snippet as safe rich text: the customer's ``<``/``&`` escaped, hits in bold."""
    return (html.escape(snippet, quote=False).replace(MARK_START, "<b>")
            .replace(MARK_END, "</b>"))


def make_snippet(body: str, tokens: Sequence[str], words: int = 12,
                 folded: str | None = None) -> str:
    """A window of about ``words`` words of ``body`` around the first hit, every hit (a word
    starting with one of the folded ``tokens``) marked. ``folded``: the stored folded text,
    which saves folding ``body`` again."""
    if not body:
        return ""
    matches = list(_TOKEN.finditer(body))
    if not matches:
        return ""
    folded_words = _TOKEN.findall(folded if folded is not None else fold(body))
    if len(folded_words) != len(matches):  # folding split or joined a word: word by word
        folded_words = [fold(m.group()) for m in matches]
    prefixes = tuple(tokens)
    hits = {i for i, word in enumerate(folded_words) if prefixes and word.startswith(prefixes)}
    first = min(hits) if hits else 0
    lo = max(0, first - words // 3)
    hi = min(len(matches), lo + words)
    lo = max(0, hi - words)
    out: list[str] = [ELLIPSIS] if lo > 0 else []
    cursor = matches[lo].start()
    for i in range(lo, hi):
        start, end = matches[i].span()
        out.append(body[cursor:start])
        out.append(f"{MARK_START}{body[start:end]}{MARK_END}" if i in hits
                   else body[start:end])
        cursor = end
    if hi < len(matches):
        out.append(ELLIPSIS)
    return " ".join("".join(out).split())
