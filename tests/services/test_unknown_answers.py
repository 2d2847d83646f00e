"""Unknown answers in the figures: CSAT, NPS and effort count known answers only, and the
count of unknown ones beside them is the same from the cases and from the daily rollup,
in the JSON and text of ``kpis``."""

from __future__ import annotations

from sqlalchemy import select

from recovery_desk.cli.kpi_command import _table
from recovery_desk.domain.satisfaction import Answers
from recovery_desk.services.cases.case_filter import CaseFilter
from recovery_desk.services.cases.recovery import CaseService
from recovery_desk.services.kpis.compute import compute
from recovery_desk.services.kpis.figures import figures
from recovery_desk.services.workspace import Workspace
from recovery_desk.storage.models import Case
from tests.conftest import StepClock

from .test_kpis import run

STAGES = (30, 30, 30, 30, 30)


def test_declined_and_not_asked_are_left_out_and_counted_apart(
        workspace: Workspace, service: CaseService, clock: StepClock) -> None:
    run(service, clock, STAGES, Answers("yes", "verbal", 5, 10, 7))
    run(service, clock, STAGES, Answers("yes", "verbal", None, 9, None,
                                        unknown={"csat": "declined", "ces": "not_asked"}))
    run(service, clock, STAGES, Answers("partly", "written", 2, None, None,
                                        unknown={"likelihood": "not_asked",
                                                 "ces": "declined"}))
    with workspace.engine.connect() as conn:
        assert sorted(conn.execute(select(Case.csat)).scalars(), key=str) == [2, 5, None]
    now = clock()
    for rollup in (False, True):
        board = compute(workspace.engine, CaseFilter(), now=now, use_rollup=rollup)
        csat, nps, effort = board.tile("csat"), board.tile("nps"), board.tile("effort")
        # CSAT: 5 is satisfied, 2 is not; the declined one is neither
        assert (csat.value, csat.n, csat.unknown) == (50.0, 2, 1)
        # NPS: 10 promoter, 9 promoter; the one not asked is left out
        assert (nps.value, nps.n, nps.unknown) == (100.0, 2, 1)
        assert (effort.value, effort.n, effort.unknown) == (7.0, 1, 2)
        assert board.tile("acceptance").unknown is None  # acceptance is always answered
    tiles = {t["key"]: t for t in figures(board)["tiles"]}
    assert tiles["csat"]["unknown"] == 1 and "unknown" not in tiles["cases"]
    text = "\n".join(_table(figures(board)))
    assert "(2 cases, 1 unknown)" in text and "(3 cases)" in text
