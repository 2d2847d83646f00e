"""Clocks on real cases in a real log: started at receipt, met by letters, paused, shown."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from recovery_desk.domain.audit import CLOCK_PACK_CHOSEN
from recovery_desk.domain.clocks import status as st
from recovery_desk.services.access.permissions import PermissionDenied
from recovery_desk.services.cases.recovery import CaseService
from recovery_desk.services.regulated import clock_actions, letters
from recovery_desk.services.regulated.clocks import views
from recovery_desk.services.regulated.packs import choose_pack, current_choice
from recovery_desk.services.trust.check import check_log
from recovery_desk.services.workspace import Workspace
from tests.conftest import StepClock
from tests.regulated.helpers import received_at, under_pack

LONDON = ZoneInfo("Europe/London")
KYIV = ZoneInfo("Europe/Kyiv")


def by_id(state, now):  # noqa: ANN001, ANN201
    return {v.id: v for v in views(state, now)}


def test_an_agent_may_not_choose_the_pack(workspace: Workspace) -> None:
    with pytest.raises(PermissionDenied, match="choose the clock rule pack"):
        choose_pack(workspace, "fca-disp")
    assert current_choice(workspace) is None


def test_the_choice_is_an_audit_event_and_cases_start_their_clocks(
        workspace: Workspace, service: CaseService, clock: StepClock) -> None:
    under_pack(workspace, "fca-disp")
    choice = current_choice(workspace)
    assert choice is not None and choice.pack_id == "fca-disp"
    assert choice.chosen_by == "Sam Supervisor"
    state = received_at(service, clock, datetime(2026, 12, 23, 10, 0, tzinfo=LONDON))
    clocks = by_id(state, clock.now)
    assert clocks["summary_resolution"].due == datetime(2026, 12, 30, 17, 0, tzinfo=LONDON)
    assert clocks["final_response"].due.astimezone(LONDON).date() == date(2027, 2, 17)
    assert {v.status for v in clocks.values()} == {st.RUNNING}
    with workspace.engine.connect() as conn:
        kinds = [r[0] for r in conn.exec_driver_sql("select kind from case_events")]
    assert CLOCK_PACK_CHOSEN in kinds and "clocks_started" in kinds
    assert check_log(workspace.engine).ok


def test_practice_cases_and_logs_without_a_pack_have_no_clocks(
        workspace: Workspace, service: CaseService, clock: StepClock) -> None:
    plain = received_at(service, clock, datetime(2026, 3, 2, 10, 0, tzinfo=LONDON))
    assert views(plain, clock.now) == []
    under_pack(workspace, "fca-disp")
    practice = received_at(service, clock, datetime(2026, 3, 2, 11, 0, tzinfo=LONDON),
                           training=True)
    assert views(practice, clock.now) == []


def test_a_letter_sent_meets_its_clock_and_late_is_a_breach(
        workspace: Workspace, service: CaseService, clock: StepClock) -> None:
    under_pack(workspace, "fca-disp")
    state = received_at(service, clock, datetime(2026, 12, 23, 10, 0, tzinfo=LONDON))
    clock.now = datetime(2026, 12, 24, 11, 0, tzinfo=LONDON)
    draft = letters.draft_letter(workspace, state, "acknowledgement", lang="en", now=clock.now)
    state = letters.send_letter(service, draft, "pdf")
    clocks = by_id(state, clock.now)
    assert clocks["acknowledge"].status == st.MET
    assert clocks["acknowledge"].met_at == clock.now
    # eight weeks pass without a final response: breached, and a warning two days before
    warn_at = datetime(2027, 2, 16, 9, 0, tzinfo=LONDON)
    assert by_id(state, warn_at)["final_response"].status == st.DUE_SOON
    assert by_id(state, warn_at - timedelta(days=3))["final_response"].status == st.RUNNING
    late = datetime(2027, 2, 18, 9, 0, tzinfo=LONDON)
    assert by_id(state, late)["final_response"].status == st.BREACHED
    assert st.overall(views(state, late)) == st.BREACHED
    # the summary-resolution window passed unresolved: lapsed, not a breach
    assert by_id(state, late)["summary_resolution"].status == st.LAPSED


def test_paused_organization_clock_resumes_with_its_remainder(
        workspace: Workspace, service: CaseService, clock: StepClock) -> None:
    under_pack(workspace, "organization")
    state = received_at(service, clock, datetime(2026, 3, 2, 10, 0, tzinfo=KYIV))
    assert by_id(state, clock.now)["acknowledge"].due == datetime(2026, 3, 2, 14, 0,
                                                                   tzinfo=KYIV)
    clock.now = datetime(2026, 3, 2, 11, 30, tzinfo=KYIV)
    state = clock_actions.pause(service, state.case_id, "waiting for the customer's receipt")
    assert by_id(state, datetime(2026, 3, 9, tzinfo=KYIV))["acknowledge"].status == st.PAUSED
    clock.now = datetime(2026, 3, 3, 17, 0, tzinfo=KYIV)
    state = clock_actions.resume(service, state.case_id)
    clocks = by_id(state, clock.now)
    assert clocks["acknowledge"].due == datetime(2026, 3, 4, 10, 30, tzinfo=KYIV)
    assert clocks["acknowledge"].status == st.RUNNING  # 17.5 hours left, warned 2 hours before
    soon = datetime(2026, 3, 4, 9, 0, tzinfo=KYIV)
    assert by_id(state, soon)["acknowledge"].status == st.DUE_SOON
    with pytest.raises(clock_actions.ClockError):
        clock_actions.resume(service, state.case_id)


def test_a_regulators_clock_does_not_pause(workspace: Workspace, service: CaseService,
                                           clock: StepClock) -> None:
    under_pack(workspace, "fca-disp")
    state = received_at(service, clock, datetime(2026, 3, 2, 10, 0, tzinfo=LONDON))
    with pytest.raises(clock_actions.ClockError, match="no running clock that may be paused"):
        clock_actions.pause(service, state.case_id, "waiting")
