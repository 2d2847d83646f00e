"""Retention anonymizes exactly the customers whose cases all closed before the cutoff."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import select

from recovery_desk.services.access.permissions import PermissionDenied
from recovery_desk.services.cases.recovery import CaseService
from recovery_desk.services.trust.check import check_log
from recovery_desk.services.trust.retention import apply_retention, months_before
from recovery_desk.services.workspace import Workspace
from recovery_desk.storage.models import Case, Customer
from tests.conftest import StepClock, open_default_case
from tests.services.trust_helpers import sign_in


def _open_and_close(service: CaseService, name: str, number: str) -> str:
    state = open_default_case(service, customer={"name": name, "number": number})
    service.withdraw(state.case_id, "The customer withdrew it.")
    return state.case_id


def test_months_before_clamps_to_the_month_end() -> None:
    assert months_before(datetime(2026, 3, 31, tzinfo=UTC), 1) == datetime(2026, 2, 28,
                                                                            tzinfo=UTC)
    assert months_before(datetime(2026, 1, 15, tzinfo=UTC), 13).year == 2024


def test_retention_anonymizes_exactly_the_old_closed_cases(
        workspace: Workspace, service: CaseService, clock: StepClock) -> None:
    _open_and_close(service, "Old Olga", "OLD")           # closed 2026-03
    returning = open_default_case(service, customer={"name": "Back Bela", "number": "BACK"})
    service.withdraw(returning.case_id, "Withdrawn.")
    clock.advance(86400 * 200)
    open_default_case(service, customer={"id": returning.customer_id, "name": "Back Bela",
                                         "number": "BACK"})  # came back: still open
    _open_and_close(service, "New Nora", "NEW")           # closed 2026-09
    now = datetime(2026, 11, 1, tzinfo=UTC)
    with pytest.raises(PermissionDenied):
        apply_retention(workspace, 6, clock=lambda: now)
    sign_in(workspace)
    assert apply_retention(workspace, 0, clock=lambda: now).customers == 0  # off
    result = apply_retention(workspace, 6, clock=lambda: now)
    assert result.customers == 1 and result.cases == 1
    with workspace.engine.connect() as conn:
        erased = {r.number or r.customer_id: r.erased for r in conn.execute(select(Customer))}
        words = dict(conn.execute(select(Case.ref, Case.words)).all())
    assert sorted(n for n, e in erased.items() if not e) == ["BACK", "NEW"]
    assert sum(1 for w in words.values() if w == "") == 1
    assert check_log(workspace.engine).ok
    again = apply_retention(workspace, 6, clock=lambda: now)  # idempotent
    assert again.customers == 0


def test_retention_runs_at_start_for_anyone(workspace: Workspace, service: CaseService) -> None:
    from recovery_desk.services.startup import housekeeping

    _open_and_close(service, "Old Olga", "OLD")
    workspace.settings.retention_months = 1
    done = housekeeping(workspace)  # the desk's agent is signed in: the policy applies
    assert done["backup"] is not None
    assert done["retention"].customers == 1  # the clock's cases are from 2026-03
    assert done["rollup"] is True  # the dashboard's rollup is current, nothing left dirty
    with workspace.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM kpi_dirty").scalar() == 0
