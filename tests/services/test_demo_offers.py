"""The demo's offers: a few hold two resolutions (a replacement and the delivery fee back),
drawn per case so the rest of the demo log comes out as before, with realistic shares of
unsatisfied customers and unknown answers still."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from recovery_desk.domain import events as ev
from recovery_desk.domain.commitments import offer_items
from recovery_desk.services.demo import promises
from recovery_desk.services.demo.generator import generate
from recovery_desk.services.settings import Settings
from recovery_desk.services.workspace import Workspace, open_workspace
from recovery_desk.storage.models import Case, CaseEvent

ANCHOR = datetime(2026, 11, 30, 18, 0, tzinfo=UTC)
CASES = 700


def demo_log(path: Path, desk: str) -> Workspace:
    ws = open_workspace(str(path), settings=Settings(desk_id=desk, user="tester"))
    ws.trust_in_process("tester")
    ws.ensure_user("Sam Supervisor", "supervisor")
    generate(ws, CASES, seed=3, anchor=ANCHOR)
    return ws


@pytest.fixture(scope="module")
def logs(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Workspace, Workspace]]:
    base = tmp_path_factory.mktemp("demo")
    with_two = demo_log(base / "two.sqlite3", "DESK-A")
    saved = promises.TWO_RESOLUTIONS
    promises.TWO_RESOLUTIONS = 0.0
    try:
        one_only = demo_log(base / "one.sqlite3", "DESK-B")
    finally:
        promises.TWO_RESOLUTIONS = saved
    yield with_two, one_only
    with_two.close()
    one_only.close()


def offers(ws: Workspace) -> list[list[dict[str, Any]]]:
    with ws.engine.connect() as conn:
        rows = conn.execute(select(CaseEvent.payload)
                            .where(CaseEvent.kind == ev.RESOLUTION_OFFERED)).scalars()
        return [offer_items(p) for p in rows]


def answers(ws: Workspace) -> list[tuple[Any, ...]]:
    with ws.engine.connect() as conn:
        return [tuple(r) for r in conn.execute(
            select(Case.opened_at, Case.category, Case.outcome, Case.accepted, Case.csat,
                   Case.likelihood, Case.ces, Case.watchlist).order_by(Case.opened_at))]


def test_a_few_percent_of_demo_offers_hold_two_resolutions(
        logs: tuple[Workspace, Workspace]) -> None:
    found = offers(logs[0])
    two = [items for items in found if len(items) == 2]
    assert 0.01 <= len(two) / len(found) <= 0.08, (len(two), len(found))
    pairs = {(a["resolution"], b["resolution"]) for a, b in two}
    assert pairs <= set(promises.SECOND_RESOLUTION.items())
    assert ("replacement", "refund") in pairs   # a replacement and the delivery fee back
    assert all(len(items) == 1 for items in offers(logs[1]))


def test_two_resolutions_leave_the_rest_of_the_demo_log_unchanged(
        logs: tuple[Workspace, Workspace]) -> None:
    with_two, one_only = answers(logs[0]), answers(logs[1])
    assert len(with_two) == len(one_only) == CASES
    assert with_two == one_only


def test_the_demo_still_has_unsatisfied_customers_and_unknown_answers(
        logs: tuple[Workspace, Workspace]) -> None:
    with logs[0].engine.connect() as conn:
        given = list(conn.execute(select(CaseEvent.payload).where(
            CaseEvent.kind == ev.SATISFACTION_RECORDED)).scalars())
    unhappy = sum(1 for p in given if p.get("accepted") in ("no", "partly")) / len(given)
    unknown = sum(1 for p in given if p.get("csat") is None) / len(given)
    assert 0.05 <= unhappy <= 0.3, unhappy
    assert 0.03 <= unknown <= 0.3, unknown
