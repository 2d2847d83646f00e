"""Supervisor review through the service: events on the real log, permissions, check,
sync, and the follow-up queue."""

from __future__ import annotations

import importlib.util
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from alembic.migration import MigrationContext
from alembic.operations import Operations
from sqlalchemy import inspect, select

from recovery_desk.core.errors import RecoveryDeskError
from recovery_desk.core.paths import migrations_dir
from recovery_desk.domain.audit import ACCESS_DENIED
from recovery_desk.domain.flow import FlowError
from recovery_desk.domain.satisfaction import Answers
from recovery_desk.services.access.permissions import MASK
from recovery_desk.services.cases import queries
from recovery_desk.services.cases.case_filter import CaseFilter
from recovery_desk.services.cases.recovery import CaseService
from recovery_desk.services.kpis.compute import compute
from recovery_desk.services.review.supervisor import ReviewService, follow_up_queue
from recovery_desk.services.settings import Settings
from recovery_desk.services.trust.check import check_log
from recovery_desk.services.workspace import Workspace, open_workspace
from recovery_desk.storage.models import Case, CaseEvent
from recovery_desk.sync import service as sync
from tests.conftest import StepClock, open_default_case, trust_each_other

HAPPY = Answers(accepted="yes", how="verbal", csat=5, likelihood=10, ces=7)
UNHAPPY = Answers(accepted="partly", how="verbal", csat=3, likelihood=5,
                  unknown={"ces": "not_asked"})
SUPERVISOR = "Sam Supervisor"


def sign_in(ws: Workspace, user: str) -> None:
    """Act as ``user`` at this workstation (in-process: the sign-in has its own tests)."""
    ws.trust_in_process(user)


def run_case(service: CaseService, clock: StepClock, answers: Answers = HAPPY, *,
             amount: Decimal | None = None, stop_at_resolution: bool = False) -> str:
    """Drive the default playbook; ``amount`` offers a refund of that much (in EUR)."""
    state = open_default_case(service)
    playbook = service.playbook_for(state)
    case_id = state.case_id
    while state.stage is not None:
        stage = playbook.stage(state.stage)
        for item in stage.required_items:
            state = service.set_checklist(case_id, item)
        if stage.records == "resolution":
            if amount is not None:
                state = service.offer(case_id, "refund", amount=amount, currency="EUR",
                                      deadline=date(2026, 3, 6))
            else:
                state = service.offer(case_id, "replacement", deadline=date(2026, 3, 6))
            if stop_at_resolution:
                return case_id
        if stage.records == "satisfaction":
            state = service.record_satisfaction(case_id, answers)
        clock.advance(45)
        state = service.advance(case_id)
    return case_id


def plain(event) -> dict:  # noqa: ANN001
    """The payload as the action wrote it (without the log's own keys such as a salt)."""
    return {k: v for k, v in event.payload.items() if not k.startswith("_")}


def events_of(ws: Workspace, case_id: str) -> list:
    with ws.engine.connect() as conn:
        return list(conn.execute(select(CaseEvent).where(CaseEvent.case_id == case_id)
                                 .order_by(CaseEvent.seq)))


def row_of(ws: Workspace, case_id: str):  # noqa: ANN201
    with ws.engine.connect() as conn:
        return conn.execute(select(Case).where(Case.case_id == case_id)).one()


@pytest.fixture
def review(workspace: Workspace, clock: StepClock) -> ReviewService:
    return ReviewService(workspace, clock=clock)


def test_review_of_a_closed_case_lands_as_events_and_changes_no_figure(
        workspace: Workspace, service: CaseService, review: ReviewService,
        clock: StepClock) -> None:
    case_id = run_case(service, clock)
    before = row_of(workspace, case_id)
    now = clock()
    figures = compute(workspace.engine, CaseFilter(), now=now)   # what the Dashboard shows
    sign_in(workspace, SUPERVISOR)
    clock.advance(3600)
    review.add_coaching_note(case_id, "  Lovely read-back; name the problem earlier. ")
    review.flag_for_training(case_id, "Model apology")
    state = review.record_root_cause(case_id, "Wrong size picked", "Scan labels at packing")
    new = events_of(workspace, case_id)[-3:]
    assert [(e.kind, e.actor, e.stage, e.desk_id) for e in new] == [
        ("annotated", SUPERVISOR, None, "DESK-T"), ("training_flagged", SUPERVISOR, None, "DESK-T"),
        ("root_cause_recorded", SUPERVISOR, None, "DESK-T")]
    assert plain(new[0]) == {"note": "coaching",
                              "text": "Lovely read-back; name the problem earlier."}
    assert plain(new[1]) == {"flagged": True, "reason": "Model apology"}
    assert plain(new[2]) == {"cause": "Wrong size picked",
                              "corrective_action": "Scan labels at packing"}
    row = row_of(workspace, case_id)
    assert (row.status, row.outcome, row.closed_at, row.csat, row.resolved_at) == (
        before.status, before.outcome, before.closed_at, before.csat, before.resolved_at)
    assert row.status == "closed" and state.status == "closed"
    assert row.coaching_notes == 1 and row.flagged_for_training
    assert row.root_cause == "Wrong size picked"
    assert row.corrective_action == "Scan labels at packing"
    assert compute(workspace.engine, CaseFilter(), now=now) == figures
    assert compute(workspace.engine, CaseFilter(), now=now, use_rollup=False) == figures
    review.flag_for_training(case_id, "", flagged=False)
    assert not row_of(workspace, case_id).flagged_for_training
    report = check_log(workspace.engine)
    assert report.ok, report.findings


ACTIONS = {
    "add a coaching note": lambda r, c: r.add_coaching_note(c, "note"),
    "flag a case for training": lambda r, c: r.flag_for_training(c, "example"),
    "record a root cause": lambda r, c: r.record_root_cause(c, "cause", "action"),
    "approve an escalated offer": lambda r, c: r.approve_escalation(c),
    "decline an escalated offer": lambda r, c: r.decline_escalation(c, "too much"),
    "reassign a follow-up": lambda r, c: r.reassign_follow_up(c, SUPERVISOR),
}


@pytest.mark.parametrize("action", list(ACTIONS))
def test_an_agent_is_refused_every_review_action_and_nothing_is_written(
        workspace: Workspace, service: CaseService, review: ReviewService, clock: StepClock,
        action: str) -> None:
    case_id = run_case(service, clock, amount=Decimal("500"), stop_at_resolution=True)
    assert workspace.user == "tester" and workspace.role_of("tester") == "agent"
    count = len(events_of(workspace, case_id))
    with pytest.raises(RecoveryDeskError) as raised:
        ACTIONS[action](review, case_id)
    assert raised.value.problem == f"tester (agent) may not {action}."
    assert "supervisor" in raised.value.fix
    assert len(events_of(workspace, case_id)) == count
    assert row_of(workspace, case_id).escalation_pending
    # the refusal itself is on the desk's audit stream, naming the case
    with workspace.engine.connect() as conn:
        denied = [e.payload for e in conn.execute(
            select(CaseEvent).where(CaseEvent.kind == ACCESS_DENIED))]
    assert [(d["user"], d["action"], d["case_id"]) for d in denied] == [
        ("tester", action, case_id)]


def test_escalation_decisions_reuse_the_flow_and_its_limits(
        workspace: Workspace, service: CaseService, review: ReviewService,
        clock: StepClock) -> None:
    first = run_case(service, clock, amount=Decimal("500"), stop_at_resolution=True)
    second = run_case(service, clock, amount=Decimal("400"), stop_at_resolution=True)
    too_much = run_case(service, clock, amount=Decimal("5000"), stop_at_resolution=True)
    sign_in(workspace, SUPERVISOR)
    state = review.approve_escalation(first)
    assert state.approved_by == SUPERVISOR and not state.escalation_pending
    assert plain(events_of(workspace, first)[-1]) == {"approver": SUPERVISOR}
    state = review.decline_escalation(second, " Offer a replacement instead. ")
    assert state.resolution is None and state.status == "open"
    assert plain(events_of(workspace, second)[-1]) == {
        "approver": SUPERVISOR, "reason": "Offer a replacement instead."}
    with pytest.raises(FlowError, match="is over your limit of 1000 EUR"):
        review.approve_escalation(too_much)
    with pytest.raises(FlowError, match="Nothing on this case waits for approval."):
        review.approve_escalation(first)
    with pytest.raises(FlowError, match="Say why the offer is declined"):
        review.decline_escalation(too_much, "  ")
    with pytest.raises(FlowError, match="No case with id nope in this log."):
        review.approve_escalation("nope")
    assert check_log(workspace.engine).ok


def test_bad_input_is_refused_with_the_reason(workspace: Workspace, service: CaseService,
                                              review: ReviewService, clock: StepClock) -> None:
    closed = run_case(service, clock)
    waiting = run_case(service, clock, UNHAPPY)
    in_flow = open_default_case(service).case_id
    sign_in(workspace, SUPERVISOR)
    cases = [(closed, "Write the coaching note first.",
              lambda: review.add_coaching_note(closed, " \n ")),
             (closed, "Say why this case is an example for training.",
              lambda: review.flag_for_training(closed, "")),
             (closed, "Describe the root cause first.",
              lambda: review.record_root_cause(closed, "", "x")),
             (waiting, "There is no user “Nobody” on this log.",
              lambda: review.reassign_follow_up(waiting, "Nobody")),
             (in_flow, "No follow-up is scheduled on this case.",
              lambda: review.reassign_follow_up(in_flow, SUPERVISOR)),
             (closed, "This case is closed; reopen it before planning a follow-up.",
              lambda: review.reassign_follow_up(closed, SUPERVISOR)),
             (waiting, "The new due time is in the past.",
              lambda: review.reassign_follow_up(waiting, SUPERVISOR,
                                                due=clock() - timedelta(hours=1)))]
    for case_id, message, call in cases:
        count = len(events_of(workspace, case_id))
        with pytest.raises(FlowError) as raised:
            call()
        assert str(raised.value) == message
        assert len(events_of(workspace, case_id)) == count


def test_reassigning_a_follow_up_moves_it_in_the_queue(
        workspace: Workspace, service: CaseService, review: ReviewService,
        clock: StepClock) -> None:
    workspace.ensure_user("Fay Follow", "agent")
    a = run_case(service, clock, UNHAPPY)
    clock.advance(600)
    b = run_case(service, clock, UNHAPPY)
    due_b = row_of(workspace, b).follow_up_due
    sign_in(workspace, SUPERVISOR)
    later = due_b + timedelta(hours=72)
    state = review.reassign_follow_up(a, "Fay Follow", due=later)
    assert state.follow_up_assignee == "Fay Follow" and state.follow_up_due == later
    assert plain(events_of(workspace, a)[-1]) == {"to": "Fay Follow", "from": "tester",
                                                   "due": later.isoformat()}
    queue = follow_up_queue(workspace.engine, state="due", now=clock())
    assert [(i.case_id, i.assignee, i.reassigned) for i in queue] == [
        (b, "tester", False), (a, "Fay Follow", True)]
    assert queue[0].customer_name == "Anna Kovács" and not queue[0].overdue
    assert follow_up_queue(workspace.engine, state="overdue", now=clock()) == []
    overdue = follow_up_queue(workspace.engine, state="overdue", now=later + timedelta(1))
    assert [i.case_id for i in overdue] == [b, a] and all(i.overdue for i in overdue)
    assert check_log(workspace.engine).ok


def test_follow_up_queue_pages_by_key_and_lists_done_calls(
        workspace: Workspace, service: CaseService, clock: StepClock) -> None:
    ids = []
    for _ in range(5):
        ids.append(run_case(service, clock, UNHAPPY))
        clock.advance(60)
    now = clock()
    first = follow_up_queue(workspace.engine, state="due", now=now, limit=2)
    second = follow_up_queue(workspace.engine, state="due", now=now, limit=2,
                             after=first[-1].cursor("due"))
    third = follow_up_queue(workspace.engine, state="due", now=now, limit=2,
                            after=second[-1].cursor("due"))
    assert [i.case_id for i in first + second + third] == ids
    clock.advance(3 * 24 * 3600)
    for case_id in ids[:3]:
        clock.advance(60)
        service.complete_follow_up(case_id, HAPPY, "called back")
    done = follow_up_queue(workspace.engine, state="done", now=clock(), limit=2)
    rest = follow_up_queue(workspace.engine, state="done", now=clock(), limit=2,
                           after=done[-1].cursor("done"))
    assert [i.case_id for i in done + rest] == ids[:3][::-1]  # latest call first
    assert done[0].status == "closed" and done[0].follow_ups_done == 1
    assert done[0].done_at == clock()
    overdue = follow_up_queue(workspace.engine, state="overdue", now=clock())
    assert [i.case_id for i in overdue] == ids[3:]
    # the customer's earlier complaints come from the existing history query
    history = queries.customer_history(workspace.engine, overdue[0].customer_id)
    assert [h.case_id for h in history] == [overdue[0].case_id]
    with pytest.raises(ValueError):
        follow_up_queue(workspace.engine, state="later", now=clock())  # type: ignore[arg-type]


def test_follow_up_queue_reads_a_range_of_an_index(workspace: Workspace) -> None:
    from recovery_desk.services.review import supervisor as module
    for state, index in (("due", "ix_cases_watchlist_due"),
                         ("overdue", "ix_cases_watchlist_due"),
                         ("done", "ix_cases_follow_up_done")):
        captured: list[str] = []
        engine = workspace.engine

        def plan(conn, cursor, statement, parameters, context, executemany,  # noqa: ANN001
                 captured=captured) -> None:
            if statement.lstrip().upper().startswith("SELECT") and "cases" in statement:
                rows = cursor.connection.execute("EXPLAIN QUERY PLAN " + statement,
                                                 parameters).fetchall()
                captured.append(" | ".join(str(r[-1]) for r in rows))

        from sqlalchemy import event

        event.listen(engine, "before_cursor_execute", plan)
        try:
            module.follow_up_queue(engine, state=state, now=StepClock()(),  # type: ignore[arg-type]
                                   after=(StepClock()(), "x"))
        finally:
            event.remove(engine, "before_cursor_execute", plan)
        assert captured and index in captured[0], captured
        assert "SCAN cases" not in captured[0].replace(f"USING INDEX {index}", "")


def test_review_of_a_practice_run_stays_on_the_training_chain(
        workspace: Workspace, clock: StepClock, review: ReviewService) -> None:
    practice = CaseService(workspace, clock=clock, desk_id="DESK-T-TRAINING")
    case_id = open_default_case(practice, training=True).case_id
    sign_in(workspace, SUPERVISOR)
    review.add_coaching_note(case_id, "Let the customer finish.")
    assert {e.desk_id for e in events_of(workspace, case_id)} == {"DESK-T-TRAINING"}
    assert check_log(workspace.engine).ok


def test_review_events_sync_to_the_desk_that_runs_the_case(
        workspace: Workspace, service: CaseService, clock: StepClock, tmp_path: Path) -> None:
    share = tmp_path / "share"
    share.mkdir()
    case_id = run_case(service, clock, UNHAPPY)
    sync.push(workspace.engine, workspace.desk_id, str(share))
    boss = open_workspace(str(tmp_path / "boss.sqlite3"),
                          settings=Settings(desk_id="DESK-S", user="night agent"))
    boss.trust_in_process("night agent")
    trust_each_other(workspace, boss)
    try:
        boss.ensure_user(SUPERVISOR, "supervisor")
        sign_in(boss, SUPERVISOR)
        assert sync.pull(boss.engine, "DESK-S", str(share)).bundles_applied == 1
        remote = ReviewService(boss, clock=clock)
        clock.advance(60)
        remote.add_coaching_note(case_id, "Call before noon.")
        remote.reassign_follow_up(case_id, SUPERVISOR)
        sync.push(boss.engine, "DESK-S", str(share))
        assert check_log(boss.engine).ok
    finally:
        boss.close()
    assert sync.pull(workspace.engine, workspace.desk_id, str(share)).bundles_applied == 1
    row = row_of(workspace, case_id)
    assert row.coaching_notes == 1 and row.follow_up_assignee == SUPERVISOR
    assert [e.desk_id for e in events_of(workspace, case_id)[-2:]] == ["DESK-S", "DESK-S"]
    queue = follow_up_queue(workspace.engine, state="due", now=clock())
    assert [(i.case_id, i.assignee) for i in queue] == [(case_id, SUPERVISOR)]
    report = check_log(workspace.engine)
    assert report.ok, report.findings


def test_an_older_log_gains_the_review_columns_from_its_events(
        workspace: Workspace, service: CaseService, clock: StepClock) -> None:
    case_id = run_case(service, clock, UNHAPPY)
    clock.advance(3600)
    service.complete_follow_up(case_id, UNHAPPY, "still unhappy")
    done_at = row_of(workspace, case_id).follow_up_done_at
    assert done_at == clock()
    # run this revision alone (down, then up) on the log, as an older log would get it
    revision = _load(migrations_dir() / "versions" / "0005_supervisor_review.py")
    with workspace.engine.connect() as conn, conn.begin():
        context = MigrationContext.configure(conn, opts={"render_as_batch": True})
        with Operations.context(context):
            revision.downgrade()
            assert "coaching_notes" not in {c["name"] for c in inspect(conn).get_columns("cases")}
            revision.upgrade()
    row = row_of(workspace, case_id)
    assert row.follow_up_done_at == done_at and row.coaching_notes == 0
    assert not row.flagged_for_training and row.follow_up_assignee is None
    report = check_log(workspace.engine)
    assert report.ok, report.findings


def _load(path: Path):  # noqa: ANN202
    spec = importlib.util.spec_from_file_location("revision_0005", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_review_queue_and_revision_on_postgresql(pg_server, tmp_path: Path) -> None:  # noqa: ANN001
    url = pg_server.create_database("review_test")
    try:
        ws = open_workspace(url, settings=Settings(desk_id="CENTRAL-R", user="pat"))
        ws.trust_in_process("pat")
        try:
            ws.ensure_user(SUPERVISOR, "supervisor")
            clock = StepClock()
            service = CaseService(ws, clock=clock)
            waiting = run_case(service, clock, UNHAPPY)
            called = run_case(service, clock, UNHAPPY)
            clock.advance(3600)
            service.complete_follow_up(called, UNHAPPY, "still waiting")
            sign_in(ws, SUPERVISOR)
            review = ReviewService(ws, clock=clock)
            review.add_coaching_note(called, "Offer a call-back time.")
            review.record_root_cause(called, "Courier delay", "")
            review.reassign_follow_up(waiting, SUPERVISOR)
            due = follow_up_queue(ws.engine, state="due", now=clock())
            assert [(i.case_id, i.assignee) for i in due] == [(waiting, SUPERVISOR),
                                                              (called, "pat")]
            page = follow_up_queue(ws.engine, state="due", now=clock(), limit=1,
                                   after=due[0].cursor("due"))
            assert [i.case_id for i in page] == [called]
            done = follow_up_queue(ws.engine, state="done", now=clock())
            assert [(i.case_id, i.done_at) for i in done] == [(called, clock())]
            report = check_log(ws.engine)
            assert report.ok, report.findings
            revision = _load(migrations_dir() / "versions" / "0005_supervisor_review.py")
            with ws.engine.connect() as conn, conn.begin(), \
                    Operations.context(MigrationContext.configure(conn)):
                revision.downgrade()
                revision.upgrade()
            row = row_of(ws, called)
            assert row.follow_up_done_at == clock() and row.coaching_notes == 0
            # the projection counts the note again once rebuilt from the events
            from recovery_desk.services.trust.check import rebuild_projections

            rebuild_projections(ws.engine)
            assert row_of(ws, called).coaching_notes == 1
            assert check_log(ws.engine).ok
        finally:
            ws.close()
    finally:
        pg_server.drop_database("review_test")


def test_the_done_list_masks_other_desks_customers_for_an_agent(
        workspace: Workspace, service: CaseService, clock: StepClock) -> None:
    """A finished follow-up of another desk names its customer only to roles that may read
    that desk's personal data; a follow-up still waiting is anyone's to call."""
    done_case = run_case(service, clock, UNHAPPY)
    waiting = run_case(service, clock, UNHAPPY)
    clock.advance(3 * 24 * 3600)
    service.complete_follow_up(done_case, HAPPY, "called back")
    workspace.identity = replace(workspace.identity, desk_id="ELSEWHERE")  # read as another desk
    workspace.ensure_user("Alex Agent", "agent")
    sign_in(workspace, "Alex Agent")

    def names(state: str) -> list[str]:
        queue = follow_up_queue(workspace.engine, state=state,  # type: ignore[arg-type]
                                now=clock(), viewer=workspace)
        return [i.customer_name for i in queue]

    assert names("done") == [MASK]
    assert names("overdue") == ["Anna Kovács"] and waiting
    sign_in(workspace, SUPERVISOR)
    assert names("done") == ["Anna Kovács"]
