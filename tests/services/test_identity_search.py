"""The Log's search box finds a case by reference, customer (name without diacritics in
either order, phone in another format, e-mail, number) and the other system's reference,
within the personal-data rule, and never by an erased customer's details.

Cases and customers are written through the real projection functions (``upsert_cases``,
``customer_row``) and the real search-text writer; the search goes through the real
``case_query.page`` / ``count`` and ``permissions.readable_search`` as the Log does.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import delete

from recovery_desk.domain.case import CaseState
from recovery_desk.services.access.permissions import can_read_personal, readable_search
from recovery_desk.services.cases import case_query
from recovery_desk.services.cases.case_filter import CaseFilter
from recovery_desk.services.workspace import Workspace
from recovery_desk.storage import search
from recovery_desk.storage.engine import WRITE
from recovery_desk.storage.models import Case, CaseSearch, Customer
from recovery_desk.storage.projections import upsert_cases, upsert_customers
from recovery_desk.storage.rows import customer_row
from tests.services.trust_helpers import sign_in

AT = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
PEOPLE = {
    # own desk, closed: international number stored
    "maria": {"id": "cu-maria", "name": "Mária Horváth", "phone": "+44 20 7946 0018",
              "email": "maria.horvath@example.hu", "number": "C5550001"},
    # another desk, closed: national number stored
    "sean": {"id": "cu-sean", "name": "Seán Byrne", "phone": "020 7946 0999",
             "email": "sean.byrne@example.ie", "number": "C5550002"},
    # another desk, still open
    "kate": {"id": "cu-kate", "name": "Kate Byrne", "phone": "+353 87 123 4567",
             "email": "kate@example.ie", "number": "C5550003"},
}
CASES = [  # (case id, ref, desk, status, customer, external ref, words)
    ("c-1", "DESK-T-003001", "DESK-T", "closed", "maria", "ZD-44821", "parcel lost"),
    ("c-2", "RIGA-003002", "RIGA", "closed", "sean", "ZD-77001", "parcel late refund"),
    ("c-3", "RIGA-003003", "RIGA", "open", "kate", "", "wrong size"),
    ("c-4", "DESK-T-003104", "DESK-T", "closed", "maria", "", "Byrne was rude"),
]


def _load(workspace: Workspace) -> None:
    states = [CaseState(case_id=case_id, ref=ref, desk_id=desk, agent="Anna",
                        customer_id=PEOPLE[who]["id"], opened_at=AT + timedelta(hours=i),
                        closed_at=AT + timedelta(hours=i, minutes=20)
                        if status == "closed" else None,
                        updated_at=AT, channel="phone", category="billing", severity="low",
                        words=words, playbook="default", status=status, external_ref=ext)
              for i, (case_id, ref, desk, status, who, ext, words) in enumerate(CASES)]
    with workspace.engine.connect().execution_options(**WRITE) as conn, conn.begin():
        for table in (CaseSearch, Case, Customer):
            conn.execute(delete(table.__table__))
        upsert_customers(conn, {p["id"]: customer_row(p, AT) for p in PEOPLE.values()})
        upsert_cases(conn, states, known=set())
        search.write_bodies(conn, {s.case_id: s.words for s in states})


@pytest.fixture
def log(workspace: Workspace) -> Workspace:
    _load(workspace)
    return workspace


def found(workspace: Workspace, text: str) -> set[str]:
    """The cases the Log lists for ``text``, as the signed-in user; the count agrees."""
    flt = readable_search(workspace, CaseFilter(text=text))
    rows = case_query.page(workspace.engine, flt).rows
    assert case_query.count(workspace.engine, flt) == len(rows), text
    return {r.case_id for r in rows}


@pytest.mark.parametrize("way", ["text", "ids", "docs"])
def test_a_supervisor_finds_by_reference_name_phone_mail_number_and_their_ticket(
        log: Workspace, way: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every way of reading a page (looked up, list of ids, walk with the word check)
    finds the same cases."""
    monkeypatch.setattr(case_query, "text_strategy", lambda _m, _c, _l: way)
    sign_in(log, "Sam Supervisor", "supervisor")
    assert found(log, "RIGA-003002") == {"c-2"}                    # exact reference
    assert found(log, "desk-t-0030") == {"c-1"}                    # prefix, any case
    assert found(log, "DESK-T-003") == {"c-1", "c-4"}
    assert found(log, "Horvath Maria") == {"c-1", "c-4"}           # other order, no accents
    assert found(log, "mária horváth") == {"c-1", "c-4"}
    assert found(log, "horv") == {"c-1", "c-4"}
    assert found(log, "Byrne") == {"c-2", "c-3", "c-4"}            # two customers + words
    assert found(log, "Sean Byrne") == {"c-2"}
    assert found(log, "020-7946-0018") == {"c-1", "c-4"}           # national, stored intl
    assert found(log, "00442079460018") == {"c-1", "c-4"}
    assert found(log, "+44 20 7946 0999") == {"c-2"}               # intl, stored national
    assert found(log, "(087) 123 4567") == {"c-3"}
    assert found(log, "maria.horvath@example.hu") == {"c-1", "c-4"}
    assert found(log, "kate@") == {"c-3"}
    assert found(log, "c5550002") == {"c-2"}                       # customer number
    assert found(log, "zd-44821") == {"c-1"}                       # their ticket
    assert found(log, "ZD-77001") == {"c-2"}
    assert found(log, "parcel") == {"c-1", "c-2"}                  # words, as before
    assert found(log, "7946") == set()                             # too short for a phone
    assert found(log, "nobody") == set()


def test_the_table_row_names_the_customer(log: Workspace) -> None:
    sign_in(log, "Sam Supervisor", "supervisor")
    rows = case_query.page(log.engine, CaseFilter()).rows
    assert {r.case_id: r.customer for r in rows} == {
        "c-1": "Mária Horváth", "c-2": "Seán Byrne", "c-3": "Kate Byrne", "c-4": "Mária Horváth"}
    # found by the customer, not by words: no snippet of unrelated words; by words: marked
    snippets = {r.case_id: r.snippet for r in case_query.page(
        log.engine, CaseFilter(text="Byrne")).rows}
    assert snippets["c-2"] == snippets["c-3"] == ""
    assert search.MARK_START in snippets["c-4"]


def test_an_agent_finds_other_desks_finished_cases_by_reference_only(log: Workspace) -> None:
    """Another desk's finished case is masked for an agent: not found by who it is about,
    their other reference or its words, yet found by its own reference, without a
    snippet, and its customer masked in the table."""
    sign_in(log, "Alex Agent", "agent")
    assert found(log, "Byrne") == {"c-3", "c-4"}    # not Seán Byrne's finished case at RIGA
    assert found(log, "Sean Byrne") == set()
    assert found(log, "+44 20 7946 0999") == set()
    assert found(log, "sean.byrne@example.ie") == set()
    assert found(log, "C5550002") == set()
    assert found(log, "ZD-77001") == set()
    assert found(log, "refund") == set()
    assert found(log, "Horvath Maria") == {"c-1", "c-4"}  # own desk: personal data readable
    flt = readable_search(log, CaseFilter(text="RIGA-003002"))
    (row,) = case_query.page(log.engine, flt).rows
    assert row.case_id == "c-2" and row.snippet == ""
    assert not can_read_personal(log, row.desk_id, row.status)  # the Log masks its customer


@pytest.mark.parametrize("way", ["text", "ids", "docs"])
def test_every_way_of_reading_a_page_keeps_the_personal_data_rule(
        log: Workspace, way: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """A page walking the sort index checks each row's customer on the row itself (a common
    surname's cases are not listed first): an agent still finds another desk's finished
    case by its reference only, whichever way the page is read."""
    monkeypatch.setattr(case_query, "text_strategy", lambda _m, _c, _l: way)
    sign_in(log, "Alex Agent", "agent")
    assert found(log, "Byrne") == {"c-3", "c-4"}
    assert found(log, "Sean Byrne") == set()
    assert found(log, "+44 20 7946 0999") == set()
    assert found(log, "ZD-77001") == set()
    assert found(log, "Horvath Maria") == {"c-1", "c-4"}
    assert found(log, "RIGA-003002") == {"c-2"}


def _shevchuks(workspace: Workspace) -> None:
    """Twelve customers sharing a surname, one or two cases each, at two desks."""
    people = {f"cu-s{i}": {"id": f"cu-s{i}", "name": f"Олена{i} Шевчук", "number": f"S{i}"}
              for i in range(12)}
    states = [CaseState(case_id=f"s-{n:02d}", ref=f"SH-{n:04d}",
                        desk_id="DESK-T" if n % 3 else "RIGA", agent="Anna",
                        customer_id=f"cu-s{n % 12}", opened_at=AT + timedelta(minutes=7 * n),
                        closed_at=AT + timedelta(minutes=7 * n + 5) if n % 4 else None,
                        updated_at=AT, channel="phone", category="billing", severity="low",
                        words="shevchuk called" if n % 5 == 0 else "parcel",
                        playbook="default", status="closed" if n % 4 else "open")
              for n in range(20)]
    with workspace.engine.connect().execution_options(**WRITE) as conn, conn.begin():
        upsert_customers(conn, {k: customer_row(p, AT) for k, p in people.items()})
        upsert_cases(conn, states, known=set())
        search.write_bodies(conn, {s.case_id: s.words for s in states})


def _pages(workspace: Workspace, flt: CaseFilter) -> list[list[str]]:
    pages, after = [], None
    while True:
        page = case_query.page(workspace.engine, flt, limit=4, after=after)
        pages.append([r.case_id for r in page.rows])
        if page.next is None:
            return pages
        after = page.next


@pytest.mark.parametrize("role", ["supervisor", "agent"])
def test_a_common_surname_gives_the_same_pages_every_way(
        log: Workspace, role: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """A surname shared by many customers: the pages (order and cursor included) are the
    same whether the matches are looked up or the sort index is walked checking each
    row's customer, for a role that reads every desk and for one that does not."""
    _shevchuks(log)
    sign_in(log, "Sam Supervisor" if role == "supervisor" else "Alex Agent", role)
    flt = readable_search(log, CaseFilter(text="шевчук"))
    seen = {}
    for way in ("text", "ids", "docs"):
        monkeypatch.setattr(case_query, "text_strategy", lambda _m, _c, _l, w=way: w)
        seen[way] = _pages(log, flt)
    assert seen["ids"] == seen["text"] == seen["docs"]
    ids = [case_id for page in seen["text"] for case_id in page]
    readable = {f"s-{n:02d}" for n in range(20) if n % 3 or n % 4 == 0}
    assert set(ids) == ({f"s-{n:02d}" for n in range(20)} if role == "supervisor"
                        else readable)
    assert ids == sorted(ids, reverse=True)  # newest first


def test_an_erased_customer_is_found_by_no_detail_of_theirs(log: Workspace) -> None:
    from recovery_desk.services.cases.recovery import CaseService
    from recovery_desk.services.trust.erasure import erase_customer
    from tests.conftest import CUSTOMER, open_default_case

    sign_in(log, "Sam Supervisor", "supervisor")
    person = {**CUSTOMER, "name": "Zsófia Erdős", "phone": "+36 30 765 4321",
              "email": "zsofia@example.hu", "number": "C9990001"}
    state = open_default_case(CaseService(log), customer=person)
    for typed in ("Erdos Zsofia", "06 30 765 4321", "zsofia@example.hu", "C9990001"):
        assert found(log, typed) == {state.case_id}, typed
    erase_customer(log, "C9990001", reason="request")
    for typed in ("Erdos Zsofia", "06 30 765 4321", "zsofia@example.hu", "C9990001"):
        assert found(log, typed) == set(), typed
    assert found(log, state.ref) == {state.case_id}  # the reference names no one
    (row,) = case_query.page(log.engine, CaseFilter(text=state.ref)).rows
    assert row.customer == ""


def test_desk_lookup_takes_the_phone_in_any_format_and_names_without_accents(
        log: Workspace) -> None:
    from recovery_desk.services.cases.queries import search_customers

    def names(typed: str) -> set[str]:
        return {r.name for r in search_customers(log.engine, typed)}

    assert names("horvath") == {"Mária Horváth"}
    assert names("020 7946 0018") == {"Mária Horváth"}
    assert names("+44 20 7946 0999") == {"Seán Byrne"}


def test_an_agents_surname_search_counts_and_lists_what_it_may_read_from_index_entries(
        log: Workspace) -> None:
    """A surname an agent searches names many customers whose cases it mostly may not read:
    the customers named and their readable cases are counted and listed from index entries
    alone (0016: the name key indexes carry the customer id and ``erased``,
    ``ix_cases_customer_opened`` the status and desk), never a row per customer or case,
    and the few readable cases are looked up instead of the log being walked for them."""
    from sqlalchemy import event

    _shevchuks(log)
    sign_in(log, "Alex Agent", "agent")
    flt = readable_search(log, CaseFilter(text="шевчук"))
    assert flt.search_desk
    plans: list[str] = []

    def explain(conn, cursor, statement, parameters, context, many) -> None:  # noqa: ANN001
        if statement.lstrip().upper().startswith("SELECT") and "customers" in statement:
            rows = cursor.connection.execute("EXPLAIN QUERY PLAN " + statement,
                                             parameters).fetchall()
            plans.append(" | ".join(str(row[-1]) for row in rows))

    event.listen(log.engine, "before_cursor_execute", explain)
    try:
        rows = case_query.page(log.engine, flt).rows
    finally:
        event.remove(log.engine, "before_cursor_execute", explain)
    assert {r.case_id for r in rows} == {f"s-{n:02d}" for n in range(20) if n % 3 or n % 4 == 0}
    searched = [p for p in plans if "ix_customers_name_key_id" in p]
    assert len(searched) >= 2, plans  # the count that chose the way, then the page
    for plan in searched:
        assert "USING COVERING INDEX ix_customers_name_key_id" in plan, plan
        assert "USING COVERING INDEX ix_customers_name_alt_key_id" in plan, plan
        assert "USING COVERING INDEX ix_cases_customer_opened" in plan, plan
        assert "SCAN cases" not in plan, plan


@pytest.mark.parametrize("way", ["ids", "docs"])
@pytest.mark.parametrize("role", ["supervisor", "agent"])
def test_a_surname_page_walks_the_sort_index_without_reading_a_row_per_entry(
        log: Workspace, way: str, role: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Walking the sort index for a common surname, each entry is checked against the row
    ids of the customers' cases (listed once from ``ix_cases_customer_opened``), which
    every index entry carries: the walk reads the sort index alone (a covering scan), not
    a table row per entry to learn its customer (about 28 ms per page on a 1M-case log)."""
    from sqlalchemy import event

    _shevchuks(log)
    monkeypatch.setattr(case_query, "text_strategy", lambda _m, _c, _l: way)
    sign_in(log, "Sam Supervisor" if role == "supervisor" else "Alex Agent", role)
    flt = readable_search(log, CaseFilter(text="шевчук"))
    plans: list[str] = []

    def explain(conn, cursor, statement, parameters, context, many) -> None:  # noqa: ANN001
        if statement.startswith("SELECT cases.rowid"):
            rows = cursor.connection.execute("EXPLAIN QUERY PLAN " + statement,
                                             parameters).fetchall()
            plans.append(" | ".join(str(row[-1]) for row in rows))

    event.listen(log.engine, "before_cursor_execute", explain)
    try:
        assert len(case_query.page(log.engine, flt, limit=4).rows) == 4
    finally:
        event.remove(log.engine, "before_cursor_execute", explain)
    assert plans
    for plan in plans:
        assert plan.startswith("SCAN cases USING COVERING INDEX ix_cases_opened_case"), plan
