"""The Log's search box finding people and references, timed on a real case log: the first
page of a search by reference (exact and prefix), by the customer's full name in the other
order without diacritics, by a common surname, by the phone in another format, by e-mail,
by the other system's reference, and the same name and surname searches for a role that
may read only its own desk's finished cases (``services/cases/identity_search.py``).

Each beside a raw baseline: the same lookup hand-written on the bare driver (the cases of
the customers that way names, or of the reference; within the personal-data rule for the
own-desk search), newest first, one page."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import partial
from typing import Any

from recovery_desk.domain.case import ACTIVE_STATUSES
from recovery_desk.services.cases import case_query
from recovery_desk.services.cases.case_filter import CaseFilter
from recovery_desk.services.cases.identity_search import phone_ends
from recovery_desk.storage.rows import search_keys
from recovery_desk.storage.search import fold

#: A desk that wrote none of the bench log's cases: its agent reads only cases being worked.
ELSEWHERE = "ELSEWHERE"
_TOP = "\uffff"
_ROW = ", ".join(f"c.{name}" for name in case_query.ROW_COLUMNS)
_READABLE = (f"(c.desk_id IN (?, ?) OR c.status IN "
             f"({', '.join(repr(s) for s in sorted(ACTIVE_STATUSES))}))")


def _other_format(phone: str) -> str:
    """The number as someone else would type it: national with a trunk 0 for an
    international number, "00…" for one typed with "+"."""
    digits = re.sub(r"\D", "", phone)
    if phone.strip().startswith("+44"):
        return "0" + digits[2:]
    return "00" + digits


def _searches(raw: Any) -> list[tuple[str, str]]:
    middle = int(raw.execute("SELECT max(rowid) FROM cases").fetchone()[0] or 0) // 2
    ref = raw.execute("SELECT ref FROM cases WHERE rowid >= ? AND training = 0 "
                      "ORDER BY rowid LIMIT 1", (middle,)).fetchone()
    person = raw.execute(
        "SELECT cu.name, cu.phone, cu.email FROM cases c JOIN customers cu "
        "ON cu.customer_id = c.customer_id WHERE c.rowid >= ? AND cu.erased = 0 "
        "AND cu.name LIKE '% %' ORDER BY c.rowid LIMIT 1", (middle,)).fetchone()
    common = raw.execute(
        "SELECT substr(name_alt_key, 1, instr(name_alt_key || ' ', ' ') - 1) AS w "
        "FROM customers WHERE erased = 0 GROUP BY w ORDER BY count(*) DESC LIMIT 1").fetchone()
    other = raw.execute("SELECT external_ref FROM cases WHERE external_ref != '' "
                        "LIMIT 1").fetchone()
    found: list[tuple[str, str]] = []
    if ref:
        found += [("ref_exact", ref[0]), ("ref_prefix", ref[0][:-2])]
    if person:
        words = fold(person[0]).split()
        found.append(("name_other_order", " ".join(words[-1:] + words[:-1])))
        found.append(("phone_other_format", _other_format(person[1])))
        found.append(("email", person[2]))
    if common and common[0]:
        found.append(("common_surname", common[0]))
    if other:
        found.append(("external_ref", other[0]))
    return found


def _who(kind: str, typed: str) -> tuple[str, list[Any]]:
    """The condition on ``cases c`` that finds what ``typed`` names this way alone."""
    if kind.startswith("ref"):
        return "c.ref >= ? AND c.ref < ?", [typed, typed + _TOP]
    if kind == "external_ref":
        return "c.external_ref = ?", [typed]
    if kind == "phone_other_format":
        tail = phone_ends(typed)[::-1]
        way, args = "phone_rev >= ? AND phone_rev < ?", [tail, tail + _TOP]
    elif kind == "email":
        key = search_keys({"email": typed})["email_key"]
        way, args = "email_key >= ? AND email_key < ?", [key, key + _TOP]
    else:  # a name, in either order
        key = search_keys({"name": typed})["name_key"]
        way = "(name_key >= ? AND name_key < ?) OR (name_alt_key >= ? AND name_alt_key < ?)"
        args = [key, key + _TOP] * 2
    return (f"c.customer_id IN (SELECT customer_id FROM customers WHERE ({way}) "
            "AND erased = 0)", args)


def raw_find(raw: Any, kind: str, typed: str, desk: str | None = None,
             limit: int = 200) -> list[Any]:
    """The raw baseline: the first page of the cases ``typed`` names this way, newest
    first, on the bare driver (``desk``: only those its agent may read)."""
    where, args = _who(kind, typed)
    if desk:
        where += f" AND {_READABLE}"
        args += [desk, f"{desk}-TRAINING"]
    found: list[Any] = raw.execute(f"SELECT {_ROW} FROM cases c WHERE +c.training = 0 AND {where} "
                       f"ORDER BY c.opened_at DESC, c.case_id DESC LIMIT {limit}",
                       args).fetchall()
    return found


def run(engine: Any, raw: Any, ms: Callable[[Callable[[], Any]], float],
        figures: dict[str, Any]) -> None:
    """Add ``log_find_<kind>_…`` figures: what was typed, its matches, the first page, and
    ``raw_find_<kind>_first_page_ms`` beside each; then the name and the surname searched
    by an agent who may read only its own desk's finished cases."""
    searches = _searches(raw)
    for kind, typed in searches:
        flt = CaseFilter(text=typed)
        figures[f"log_find_{kind}_typed"] = typed
        figures[f"log_find_{kind}_hits"] = case_query.estimate(engine, flt)
        figures[f"log_find_{kind}_first_page_ms"] = round(ms(partial(case_query.page, engine,
                                                                     flt)), 2)
        figures[f"raw_find_{kind}_first_page_ms"] = round(ms(partial(raw_find, raw, kind,
                                                                     typed)), 2)
    typed_as = dict(searches)
    for kind, label in (("name_other_order", "name"), ("common_surname", "surname")):
        if kind not in typed_as:
            continue
        flt = CaseFilter(text=typed_as[kind], search_desk=ELSEWHERE)
        figures[f"log_find_{label}_own_desk_only_hits"] = case_query.estimate(engine, flt)
        figures[f"log_find_{label}_own_desk_only_first_page_ms"] = round(
            ms(partial(case_query.page, engine, flt)), 2)
        figures[f"raw_find_{label}_own_desk_only_first_page_ms"] = round(
            ms(partial(raw_find, raw, kind, typed_as[kind], ELSEWHERE)), 2)
