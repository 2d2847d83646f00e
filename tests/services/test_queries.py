"""As-you-type customer search, history and follow-up queues on a real log."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import text

from recovery_desk.services.cases import queries
from recovery_desk.services.cases.recovery import CaseService
from recovery_desk.services.workspace import Workspace
from tests.conftest import open_default_case

PEOPLE = [
    {"name": "Kovács Anna", "phone": "+36 30 123 4567", "email": "anna.kovacs@example.hu",
     "number": "C100"},
    {"name": "Līga Ozola", "phone": "+371 2612 3456", "email": "liga@example.lv",
     "number": "C200"},
    {"name": "Олена Коваленко", "phone": "+380 67 765 4321", "email": "olena@example.ua",
     "number": "C300"},
]


def names(engine, typed: str) -> set[str]:  # noqa: ANN001
    return {row.name for row in queries.search_customers(engine, typed)}


def test_search_by_any_word_phone_end_email_or_number(workspace: Workspace,
                                                      service: CaseService) -> None:
    for person in PEOPLE:
        open_default_case(service, customer=dict(person))
    engine = workspace.engine
    assert names(engine, "kov") == {"Kovács Anna"}
    assert names(engine, "Anna") == {"Kovács Anna"}  # the second word, any case
    assert names(engine, "ozola") == {"Līga Ozola"}
    assert names(engine, "коваленко") == {"Олена Коваленко"}
    assert names(engine, "ОЛЕ") == {"Олена Коваленко"}
    assert names(engine, "+36 30 12") == {"Kovács Anna"}  # the start of the number
    assert names(engine, "765 4321") == {"Олена Коваленко"}  # the end, without country code
    assert names(engine, "liga@") == {"Līga Ozola"}
    assert names(engine, "c200") == {"Līga Ozola"}
    assert names(engine, "zz") == set()
    assert names(engine, "k") == set()  # one letter is too little to search


def test_search_uses_indexes_not_a_scan(workspace: Workspace) -> None:
    with workspace.engine.connect() as conn:
        for column in ("name_key", "name_alt_key", "phone_key", "phone_rev", "email_key"):
            plan = " ".join(str(r[-1]) for r in conn.execute(text(
                f"EXPLAIN QUERY PLAN SELECT customer_id FROM customers WHERE {column} >= 'a' "
                f"AND {column} < 'a\uffff'")))
            assert "USING INDEX" in plan or "USING COVERING INDEX" in plan, (column, plan)


def test_history_and_follow_up_queue(workspace: Workspace, service: CaseService) -> None:
    first = open_default_case(service, customer=dict(PEOPLE[0]))
    customer_id = first.customer_id
    second = open_default_case(service, customer={**PEOPLE[0], "id": customer_id})
    history = queries.customer_history(workspace.engine, customer_id)
    assert [row.case_id for row in history] == [second.case_id, first.case_id]
    assert queries.follow_ups(workspace.engine, due_before=datetime.now(UTC)
                              + timedelta(days=3)) == []
    assert set(queries.still_active(workspace.engine, [first.case_id, "nope"])) == {
        first.case_id}
