"""A case read by a trainer or supervisor: the practice timeline as a conversation (item
texts, the offer with its amount and deadline, the answers) and a case detail without
internal codes ("over_limit", "not_satisfied", a bare "partly")."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtGui import QTextDocument

from recovery_desk.services.cases.case_detail import case_detail_for
from recovery_desk.services.cases.recovery import CaseService
from recovery_desk.services.workspace import Workspace
from recovery_desk.ui.log.detail_html import detail_html
from recovery_desk.ui.training.conversation import conversation_html
from tests.conftest import StepClock
from tests.ui.log_fixtures import SUPERVISOR, UNHAPPY, run_case, sign_in


def _plain(markup: str) -> str:
    doc = QTextDocument()
    doc.setHtml(markup)
    return doc.toPlainText()


def test_the_run_reads_as_a_conversation_with_items_offer_and_answers(
        qapp, workspace: Workspace, service: CaseService, clock: StepClock) -> None:  # noqa: ANN001
    case_id = run_case(service, clock, UNHAPPY, words="My order came cold.")
    shown = _plain(conversation_html(case_detail_for(workspace, case_id, lang="en")))
    playbook = workspace.playbooks.default
    assert "Customer: “My order came cold.”" in shown
    for stage in playbook.stages:
        assert f"{stage.title.get('en')} done in 45 s" in shown
        for item in stage.checklist:
            if item.required:
                assert f"✓ {item.label.get('en')}" in shown
    assert "Offered: Replacement · no cost · by " in shown
    assert "Customer answered: accepted: partly (verbally), CSAT 2/5, recommend 4/10" in shown
    assert "(the customer was not fully satisfied)" in shown
    for code in ("checklist_set", "checklist set", "resolution offered", "not_satisfied",
                 "listen\n", "resolve\n"):
        assert code not in shown


def test_case_detail_shows_no_internal_codes(
        qapp, workspace: Workspace, service: CaseService, clock: StepClock) -> None:  # noqa: ANN001
    escalated = run_case(service, clock, amount=Decimal("900"), stop_at_resolution=True)
    unhappy = run_case(service, clock, UNHAPPY)  # the agent: 900 is over their limit
    sign_in(workspace, SUPERVISOR)
    text = _plain(detail_html(case_detail_for(workspace, escalated, lang="en"), workspace))
    assert "Escalated (the amount is over the agent's limit)" in text
    assert "over_limit" not in text
    text = _plain(detail_html(case_detail_for(workspace, unhappy, lang="en"), workspace))
    assert "(the customer was not fully satisfied)" in text and "not_satisfied" not in text
    assert "accepted: partly" in text
    assert "promised by 2026-03-06" not in text  # the deadline in the locale's date
