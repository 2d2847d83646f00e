"""``recovery-desk screenshot --stages`` on a real log and a real window: its sample offer
is within the limit of whoever takes the tour, so the tour reaches the customer's answers
and the wrap-up and every stage gets its picture."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QImage
from sqlalchemy import select

from recovery_desk.domain import events as ev
from recovery_desk.services.workspace import Workspace
from recovery_desk.storage.models import Case, CaseEvent
from recovery_desk.ui.screenshots.tour import stage_tour


def test_the_stage_tour_reaches_satisfaction_and_the_wrap_up(
        qtbot, workspace: Workspace, tmp_path: Path) -> None:  # noqa: ANN001
    assert workspace.role_of(workspace.user) == "agent"
    saved = stage_tour(workspace, tmp_path / "stages", (1366, 768))
    names = [p.name for p in saved]
    for stage in workspace.playbooks.default.stages:
        position = workspace.playbooks.default.stages.index(stage) + 1
        for mode in ("natural", "scripted"):
            assert f"stage-{position}-{stage.id}-{mode}.png" in names
    assert names[-1] == f"stage-{len(workspace.playbooks.default.stages) + 1}-wrap-up.png"
    picture = QImage(str(saved[-1]))
    assert (picture.width(), picture.height()) == (1366, 768)
    with workspace.engine.connect() as conn:
        case = conn.execute(select(Case.case_id, Case.status, Case.outcome, Case.escalated)
                            .where(Case.training.is_(True))).one()
        offered = conn.execute(select(CaseEvent.payload).where(
            CaseEvent.case_id == case.case_id,
            CaseEvent.kind == ev.RESOLUTION_OFFERED)).scalar_one()
    assert (case.status, case.outcome, case.escalated) == ("closed", "recovered", False)
    # a table within the hour and, within an agent's limit, a goodwill credit beside it
    assert [i["resolution"] for i in offered["items"]] == ["rebooking", "goodwill_credit"]
