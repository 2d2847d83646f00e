"""The Log's search box finding words: each first page as the Log reads it, snippets for
the rows a window shows (``snippets.SNIPPET_ROWS``), beside the same page with every
row's snippet cut (as before), and beside the bare driver's FTS5 join, in the same run.

Probes: the log's most common word, its rarest, the words where ``text_strategy`` switches
how a page is read (where a page costs most), a few words and phrases in each language of
the demo texts, and customers' names (found through ``identity_search``).
"""

from __future__ import annotations

import sqlite3
from functools import partial
from typing import Any

from recovery_desk.services.cases import case_query
from recovery_desk.services.cases.case_filter import CaseFilter
from recovery_desk.services.cases.snippets import SNIPPET_ROWS
from recovery_desk.storage import search
from recovery_desk.tools.bench import log as bench_log
from recovery_desk.tools.bench.logs import raw_reader
from recovery_desk.tools.bench.timing import median_ms

#: (label, typed text): phrases are every word as a prefix, as the search box reads them
PROBES = (("phrase_en", "double charge"), ("word_lv", "biļetes"), ("phrase_lv", "lūdzu naudu"),
          ("word_uk", "гроші"), ("phrase_uk", "поверніть замовлення"),
          ("word_hu", "visszatérítés"), ("phrase_hu", "szeretném pénzt"),
          ("name_first", "olena"), ("name_surname", "шевчук"),
          ("name_full", "murphy robert"))


def run(workspace: Any, figures: dict[str, Any]) -> None:
    """Add each probe's first page (ms), hits and raw baseline to ``figures``."""
    engine = workspace.engine
    if engine.dialect.name != "sqlite":
        figures["text_search"] = "skipped: SQLite only"
        return
    raw = raw_reader(workspace.location)
    try:
        probes = [(kind, word) for kind, word in bench_log._words(raw)
                  if kind in ("common", "switch_ids", "switch_docs", "rare")]
        worst = (0.0, "")
        for kind, typed in [*probes, *PROBES]:
            flt = CaseFilter(text=typed)
            key = f"text_{kind}"
            figures[f"{key}_typed"] = typed
            figures[f"{key}_hits"] = case_query.estimate(engine, flt)
            ours = median_ms(partial(case_query.page, engine, flt, snippet_rows=SNIPPET_ROWS))
            figures[f"{key}_first_page_ms"] = round(ours, 2)
            figures[f"{key}_all_snippets_ms"] = round(
                median_ms(partial(case_query.page, engine, flt)), 2)
            query = search.fts5_query(search.query_tokens(typed))
            figures[f"raw_{key}_first_page_ms"] = round(
                median_ms(partial(_raw_page, raw, query)), 2)
            worst = max(worst, (ours, kind))
        figures["text_first_page_ms_worst"] = round(worst[0], 2)
        figures["text_first_page_worst_is"] = worst[1]
    finally:
        raw.close()


def _raw_page(raw: sqlite3.Connection, query: str) -> list[Any]:
    return raw.execute(_RAW, (query,)).fetchall()


#: the baseline: the FTS5 matches joined to their cases, newest first (words only: the
#: bare driver does not look up customers' names, so a name's baseline finds no words)
_RAW = (f"SELECT {', '.join('c.' + c for c in case_query.ROW_COLUMNS)} FROM case_fts "
        "JOIN case_search AS s ON s.doc_id = case_fts.rowid "
        "JOIN cases AS c ON c.case_id = s.case_id "
        "WHERE case_fts MATCH ? AND c.training = 0 "
        f"ORDER BY c.opened_at DESC, c.case_id DESC LIMIT {bench_log.PAGE}")
