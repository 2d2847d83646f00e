"""End to end on the real window: a whole recovery by keyboard alone, and its side paths."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFormLayout, QInputDialog, QTreeWidget

from recovery_desk.services.exports.export import export
from recovery_desk.ui.desk.case_panel import CasePanel
from recovery_desk.ui.main_window import MainWindow

from .helpers import (
    choose_deadline,
    choose_in_combo,
    count_keys,
    focused,
    press,
    tab_to,
    tick_all,
    type_text,
    walk_to_stage,
)

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def start_case_by_keyboard(qtbot, window: MainWindow, name: str = "Līga Ozola") -> CasePanel:  # noqa: ANN001
    """The name typed in Find, with no match, becomes the new customer's name (not typed
    twice); channel, category and severity are chosen, as nothing is preset."""
    form = window.desk.form
    press(qtbot, Qt.Key.Key_N, CTRL)
    assert focused() is form.search
    type_text(qtbot, name)
    qtbot.waitUntil(lambda: form.name_edit.text() == name, timeout=2000)
    tab_to(qtbot, form.phone_edit)
    type_text(qtbot, "+371 2612 3456")
    tab_to(qtbot, form.channel)
    choose_in_combo(qtbot, form.channel, "phone")
    press(qtbot, Qt.Key.Key_Tab)
    choose_in_combo(qtbot, form.category, "late_delivery")
    press(qtbot, Qt.Key.Key_Tab)
    choose_in_combo(qtbot, form.severity, "medium")
    tab_to(qtbot, form.words)
    type_text(qtbot, "The parcel was promised for Monday and it is Thursday now.")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "Deliver it tomorrow")
    press(qtbot, Qt.Key.Key_Return, CTRL)
    panel = window.desk._current_panel()
    assert panel is not None, "the case did not open"
    return panel


def answer_satisfaction(qtbot, panel: CasePanel, accepted: str, how: str | None,  # noqa: ANN001
                        csat: int | str | None, likelihood: int | str | None,
                        ces: int | str | None = "not_asked") -> None:
    """Answer as an agent does: in each box the key of what the customer said (the score's
    digits, Y/P/N, V/I, C for declined, N for not asked), Tab to the next box."""
    box = panel.satisfaction
    tab_to(qtbot, box.accepted_box)
    for combo, data in ((box.accepted_box, accepted), (box.how_box, how),
                        (box.csat_box, csat), (box.likelihood_box, likelihood),
                        (box.ces_box, ces)):
        if combo is not box.accepted_box:
            press(qtbot, Qt.Key.Key_Tab)
        assert focused() is combo
        if data is None:
            continue
        keys = {"yes": "Y", "partly": "P", "no": "N", "verbal": "V", "written": "I",
                "declined": "C", "not_asked": "N"}.get(str(data), str(data))
        qtbot.wait(QApplication.keyboardInputInterval())  # a new search, as by hand
        for key in keys:
            press(qtbot, Qt.Key(ord(key)))
        assert combo.currentData() == data, f"{keys} chose {combo.currentText()}"


def test_full_recovery_by_keyboard_alone(qtbot, window: MainWindow, tmp_path: Path) -> None:  # noqa: ANN001
    count_keys()
    panel = start_case_by_keyboard(qtbot, window)
    # what the customer wants, said in the form, is stage 1's answer: not asked again empty
    assert panel.state.fields["customer_expectation"] == "Deliver it tomorrow"
    walk_to_stage(qtbot, panel, "resolution")
    tick_all(qtbot, panel)
    tab_to(qtbot, panel.resolve.resolution_box)
    choose_in_combo(qtbot, panel.resolve.resolution_box, "rebooking")
    choose_deadline(qtbot, panel.resolve)
    press(qtbot, Qt.Key.Key_O, CTRL | SHIFT)
    assert panel.state.resolution == "rebooking"
    press(qtbot, Qt.Key.Key_F8)
    assert panel.playbook.stage(panel.state.stage).records == "satisfaction"
    tick_all(qtbot, panel)
    answer_satisfaction(qtbot, panel, "yes", "verbal", 5, 10, 6)
    press(qtbot, Qt.Key.Key_S, CTRL | SHIFT)
    assert panel.state.csat == 5 and panel.state.likelihood == 10 and panel.state.ces == 6
    press(qtbot, Qt.Key.Key_F8)
    assert panel.state.status == "closed" and panel.state.outcome == "recovered"
    keys = count_keys()
    print(f"keyboard-only recovery: {keys} keys pressed (typed text not counted)")
    assert keys <= 110, f"{keys} keys for one recovery"

    out = tmp_path / "events.jsonl"
    export(window.ws.engine, out, "jsonl", events=True)
    events = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    completed = [e for e in events if e["kind"] == "stage_completed"]
    assert [e["stage"] for e in completed] == [s.id for s in panel.playbook.stages]
    assert all(e["payload"]["seconds"] >= 0 for e in completed)
    assert events[-1]["kind"] == "case_closed"


def _accept_next_dialog(choice: str | None = None) -> None:
    def accept() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QInputDialog):
            if choice is not None:
                dialog.setTextValue(choice)
            dialog.accept()
    QTimer.singleShot(50, accept)


def approve_in_place_as_supervisor(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    """Sam Supervisor gets a password, then approves the shown case at the agent's desk
    (Ctrl+Shift+A), typing it in the approval dialog."""
    from recovery_desk.services.access.accounts import Accounts
    from recovery_desk.ui.account.approval import ApprovalDialog

    ws, agent_session = window.ws, window.ws.session
    accounts = Accounts(ws)
    accounts.create_first_admin("Ada Admin", "admin password")
    accounts.sign_in("Ada Admin", "admin password")
    accounts.set_password("Sam Supervisor", "supervisor password")
    ws.session, ws.settings.user = agent_session, "tester"  # back at the agent's desk

    def prove() -> None:  # the supervisor types their password in the approval dialog
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ApprovalDialog)
        dialog.name_box.setCurrentText("Sam Supervisor")
        dialog.secret_edit.setText("supervisor password")
        dialog.try_approve()
    QTimer.singleShot(50, prove)
    press(qtbot, Qt.Key.Key_A, CTRL | SHIFT)


def test_escalation_approved_in_place(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    panel = start_case_by_keyboard(qtbot, window, "Olena Kovalenko")
    walk_to_stage(qtbot, panel, "resolution")
    tick_all(qtbot, panel)
    tab_to(qtbot, panel.resolve.resolution_box)
    choose_in_combo(qtbot, panel.resolve.resolution_box, "refund")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "480")
    choose_deadline(qtbot, panel.resolve)
    press(qtbot, Qt.Key.Key_O, CTRL | SHIFT)
    assert panel.state.escalation_pending and panel.state.status == "escalated"
    assert panel.resolve.approve_button.isVisible()
    press(qtbot, Qt.Key.Key_F8)  # refused: waits for a supervisor
    assert panel.playbook.stage(panel.state.stage).records == "resolution"
    assert "supervisor" in panel.blockers.text()
    approve_in_place_as_supervisor(qtbot, window)
    qtbot.waitUntil(lambda: not panel.state.escalation_pending, timeout=3000)
    assert panel.state.approved_by == "Sam Supervisor"


def test_unsatisfied_customer_goes_on_watchlist_and_follow_up_closes(qtbot,  # noqa: ANN001
                                                                     window: MainWindow) -> None:
    panel = start_case_by_keyboard(qtbot, window, "Nagy Péter")
    walk_to_stage(qtbot, panel, "resolution")
    tick_all(qtbot, panel)
    tab_to(qtbot, panel.resolve.resolution_box)
    choose_in_combo(qtbot, panel.resolve.resolution_box, "explanation")
    press(qtbot, Qt.Key.Key_O, CTRL | SHIFT)
    press(qtbot, Qt.Key.Key_F8)
    tick_all(qtbot, panel)
    answer_satisfaction(qtbot, panel, "partly", "verbal", 3, 4, "declined")
    press(qtbot, Qt.Key.Key_S, CTRL | SHIFT)
    press(qtbot, Qt.Key.Key_F8)
    state = panel.state
    assert state.status == "follow_up" and state.watchlist and state.follow_up_due is not None
    # the follow-up call, done from the same case
    assert panel.satisfaction.isVisible() and panel.satisfaction.follow_note.isVisible()
    # the earlier answers are shown for reference; every answer starts unset again
    assert "4/10" in panel.satisfaction.previous.text()
    assert all(box.currentData() is None for box in panel.satisfaction.boxes())
    answer_satisfaction(qtbot, panel, "yes", "verbal", 4, 9)
    tab_to(qtbot, panel.satisfaction.follow_note)
    type_text(qtbot, "Rang back: the refund arrived, all good now.")
    press(qtbot, Qt.Key.Key_S, CTRL | SHIFT)
    assert panel.state.status == "closed" and panel.state.outcome == "recovered"
    assert not panel.state.watchlist and panel.state.follow_ups_done == 1


def test_two_cases_open_at_once_keep_their_typed_notes(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    first = start_case_by_keyboard(qtbot, window, "Emma Clarke")
    first.notes.note_edit.setFocus()
    type_text(qtbot, "Caller on hold, checking the depot")
    second = start_case_by_keyboard(qtbot, window, "James Wilson")
    assert window.desk.tabs.count() == 3
    window.desk.tabs.setCurrentWidget(first)
    assert first.notes.note_edit.toPlainText() == "Caller on hold, checking the depot"
    assert second.notes.note_edit.toPlainText() == ""


def test_parked_escalation_is_continued_from_the_open_cases_list(qtbot,  # noqa: ANN001
                                                                  window: MainWindow) -> None:
    panel = start_case_by_keyboard(qtbot, window, "Daniel Brooks")
    case_id = panel.state.case_id
    walk_to_stage(qtbot, panel, "resolution")
    tick_all(qtbot, panel)
    tab_to(qtbot, panel.resolve.resolution_box)
    choose_in_combo(qtbot, panel.resolve.resolution_box, "goodwill_credit")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "300")
    press(qtbot, Qt.Key.Key_O, CTRL | SHIFT)
    assert panel.state.status == "escalated"
    press(qtbot, Qt.Key.Key_W, CTRL)  # park it and serve the next customer
    assert window.desk.tabs.count() == 1 and focused() is window.desk.form.search
    press(qtbot, Qt.Key.Key_F7)  # the list is read in the background, then shown
    qtbot.waitUntil(lambda: window.desk.picker is not None and window.desk.picker.isVisible(),
                    timeout=2000)
    listing = window.desk.picker.findChild(QTreeWidget)
    assert listing.topLevelItem(0).data(0, Qt.ItemDataRole.UserRole) == case_id
    listing.setFocus()
    press(qtbot, Qt.Key.Key_Return)
    reopened = window.desk._current_panel()
    assert reopened is not None and reopened.state.case_id == case_id
    assert reopened.state.escalation_pending and reopened.resolve.approve_button.isVisible()


def test_f8_while_typing_a_field_records_it_with_the_advance_and_announces_once(  # noqa: ANN001
        qtbot, window: MainWindow) -> None:
    panel = start_case_by_keyboard(qtbot, window, "Nora Field")
    stage = panel.playbook.stage(panel.state.stage)
    tick_all(qtbot, panel)
    field = panel.fields.fields_layout.itemAt(0, QFormLayout.ItemRole.FieldRole).widget()
    tab_to(qtbot, field)
    type_text(qtbot, "PX-4471")  # the cursor is still in the field: nothing captured yet
    assert stage.fields[0].id not in panel.state.fields
    heard: list[object] = []
    window.bus.cases_changed.connect(lambda ids, origin: heard.append((ids, origin)))
    press(qtbot, Qt.Key.Key_F8)
    assert panel.state.fields[stage.fields[0].id] == "PX-4471"
    assert panel.state.stage != stage.id and stage.id in panel.state.stages_completed
    assert heard == [(frozenset({panel.state.case_id}), window.desk)]
