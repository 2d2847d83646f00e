"""Approval in the open, on the real window: the agent sees their limit before offering, the
parked offer says it waits, and the approval dialog names the case, the resolution, the
amount, the agent's limit and who may approve it."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from recovery_desk.ui.account.approval import ApprovalDialog
from recovery_desk.ui.common.formatting import money
from recovery_desk.ui.main_window import MainWindow

from .helpers import (
    choose_deadline,
    choose_in_combo,
    press,
    tab_to,
    tick_all,
    type_text,
    walk_to_stage,
)
from .test_desk_keyboard import start_case_by_keyboard

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def _refund_of(qtbot, window: MainWindow, amount: str):  # noqa: ANN001, ANN202
    panel = start_case_by_keyboard(qtbot, window, "Olena Kovalenko")
    walk_to_stage(qtbot, panel, "resolution")
    tick_all(qtbot, panel)
    tab_to(qtbot, panel.resolve.resolution_box)
    choose_in_combo(qtbot, panel.resolve.resolution_box, "refund")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, amount)
    choose_deadline(qtbot, panel.resolve)
    return panel


def test_limit_is_shown_before_offering(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    panel = _refund_of(qtbot, window, "80")
    box = panel.resolve
    currency = box.currency_box.currentData()
    limit = money(panel.playbook.limit_for("agent", currency), currency)
    assert box.limit_label.isVisible()
    assert limit in box.limit_label.text()
    assert "needs a supervisor" not in box.limit_label.text()
    box.amount_edit.setText("480")  # over it: said before the offer is made
    assert "needs a supervisor's approval" in box.limit_label.text()
    assert not panel.state.resolution  # nothing was offered by typing


def test_approval_dialog_names_case_resolution_amount_limit_and_approvers(
        qtbot, window: MainWindow) -> None:  # noqa: ANN001
    from recovery_desk.services.access.accounts import Accounts

    panel = _refund_of(qtbot, window, "480")
    press(qtbot, Qt.Key.Key_O, CTRL | SHIFT)
    assert panel.state.escalation_pending
    currency = panel.state.currency
    amount, limit = money(480, currency), money(100, currency)
    waiting = panel.resolve.escalation_label.text()
    assert amount in waiting and limit in waiting and "  " not in waiting
    assert "waits for approval" in waiting

    ws, agent_session = window.ws, window.ws.session
    accounts = Accounts(ws)
    accounts.create_first_admin("Ada Admin", "admin password")
    accounts.sign_in("Ada Admin", "admin password")
    accounts.set_password("Sam Supervisor", "supervisor password")
    ws.ensure_user("Tim Trainer", "trainer")
    ws.session, ws.settings.user = agent_session, "tester"
    seen: dict[str, object] = {}

    def read_and_cancel() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ApprovalDialog)
        seen.update({key: label.text() for key, label in dialog.facts.items()})
        seen["names"] = [dialog.name_box.itemText(i) for i in range(dialog.name_box.count())]
        dialog.reject()
    QTimer.singleShot(50, read_and_cancel)
    press(qtbot, Qt.Key.Key_A, CTRL | SHIFT)
    qtbot.waitUntil(lambda: "names" in seen, timeout=3000)
    assert seen["case"] == panel.state.ref and panel.state.ref
    assert seen["resolution"] == ws.resolution_label("refund", "en")
    assert seen["amount"] == amount
    assert seen["limit"] == limit
    # who may approve: the supervisor (limit 1000) and the administrator, not the agent
    # who offered or the trainer
    assert seen["names"] == ["Ada Admin", "Sam Supervisor"]
    assert seen["approvers"] == "Ada Admin, Sam Supervisor"
    assert panel.state.escalation_pending  # cancelled: still waiting


def test_nobody_is_offered_who_may_not_approve_the_amount(
        qtbot, window: MainWindow) -> None:  # noqa: ANN001
    from recovery_desk.ui.desk.approval_request import approval_request

    panel = _refund_of(qtbot, window, "4800")  # over the supervisor's 1000 too
    press(qtbot, Qt.Key.Key_O, CTRL | SHIFT)
    request = approval_request(window.ws, panel.playbook, panel.state, "en")
    assert request.approvers == []  # no administrator on this desk yet
    assert request.agent == "tester"


def test_a_supervisor_anywhere_sees_the_parked_offer_waiting(
        qtbot, window: MainWindow) -> None:  # noqa: ANN001
    from dataclasses import replace

    from recovery_desk.ui.desk.approvals_button import ApprovalsDialog

    desk = window.desk
    assert desk.approvals_button.isHidden()  # nothing waits, and an agent never sees it
    panel = _refund_of(qtbot, window, "480")
    press(qtbot, Qt.Key.Key_O, CTRL | SHIFT)
    press(qtbot, Qt.Key.Key_W, CTRL)  # parked: the agent serves the next customer
    desk.approvals_button.refresh()
    assert desk.approvals_button.isHidden()  # the agent may not approve: not shown to them

    ws = window.ws  # now a supervisor's workstation elsewhere, reading the synced log
    ws.identity = replace(ws.identity, desk_id="DESK-ELSEWHERE")
    ws.trust_in_process("Sam Supervisor")
    desk.approvals_button.refresh()
    qtbot.waitUntil(lambda: desk.approvals_button.isVisible(), timeout=3000)
    assert desk.approvals_button.text() == "1 offer waiting for approval"
    assert [row.ref for row in desk.approvals_button.rows] == [panel.state.ref]
    desk.approvals_button.click()
    dialog = desk.approvals_button.dialog
    assert isinstance(dialog, ApprovalsDialog) and dialog.isVisible()
    assert dialog.table.topLevelItemCount() == 1
    texts = [dialog.table.topLevelItem(0).text(c) for c in range(dialog.table.columnCount())]
    assert panel.state.ref in texts and any("waiting for approval" in t for t in texts)
    dialog.reject()
