"""The Log's search box finding people and references, timed on a real case log: the first
page of a search by reference (exact and prefix), by the customer's full name in the other
order without diacritics, by a common surname, by the phone in another format, by e-mail,
by the other system's reference, and the same name search for a role that may read only
its own desk's finished cases (``services/cases/identity_search.py``)."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import partial
from typing import Any

from recovery_desk.services.cases import case_query
from recovery_desk.services.cases.case_filter import CaseFilter
from recovery_desk.storage.search import fold


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


def run(engine: Any, raw: Any, ms: Callable[[Callable[[], Any]], float],
        figures: dict[str, Any]) -> None:
    """Add ``log_find_<kind>_…`` figures: what was typed, its matches, the first page."""
    searches = _searches(raw)
    for kind, typed in searches:
        flt = CaseFilter(text=typed)
        figures[f"log_find_{kind}_typed"] = typed
        figures[f"log_find_{kind}_hits"] = case_query.estimate(engine, flt)
        figures[f"log_find_{kind}_first_page_ms"] = round(ms(partial(case_query.page, engine,
                                                                     flt)), 2)
    name = dict(searches).get("name_other_order")
    if name:  # an agent at a desk that wrote none of these cases
        flt = CaseFilter(text=name, search_desk="ELSEWHERE")
        figures["log_find_name_own_desk_only_first_page_ms"] = round(
            ms(partial(case_query.page, engine, flt)), 2)
