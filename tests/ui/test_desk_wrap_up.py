"""The wrap-up in the real window: closing a case with F8 shows what to read out (the
reference, what was agreed, the amount, by when, who follows up) and puts the focus on
"Next customer"; a note added with Ctrl+Shift+Enter shows in the case's timeline at once."""

from __future__ import annotations

import subprocess
from pathlib import Path

from PySide6.QtCore import Qt

from recovery_desk.ui.common.formatting import date_text, money
from recovery_desk.ui.main_window import MainWindow

from .helpers import (
    choose_deadline,
    choose_in_combo,
    focused,
    press,
    tab_to,
    tick_all,
    type_text,
    walk_to_stage,
)
from .test_desk_keyboard import answer_satisfaction, start_case_by_keyboard

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def _close_with_refund(qtbot, window: MainWindow, panel=None):  # noqa: ANN001, ANN202
    panel = panel or start_case_by_keyboard(qtbot, window, "Kovács Anna")
    walk_to_stage(qtbot, panel, "resolution")
    tick_all(qtbot, panel)
    tab_to(qtbot, panel.resolve.resolution_box)
    choose_in_combo(qtbot, panel.resolve.resolution_box, "refund")
    tab_to(qtbot, panel.resolve.amount_edit)
    type_text(qtbot, "30")
    choose_deadline(qtbot, panel.resolve)
    press(qtbot, Qt.Key.Key_O, CTRL | SHIFT)
    assert panel.state.resolution == "refund"
    press(qtbot, Qt.Key.Key_F8)
    tick_all(qtbot, panel)
    answer_satisfaction(qtbot, panel, "yes", "verbal", 5, 9, 6)
    press(qtbot, Qt.Key.Key_S, CTRL | SHIFT)
    press(qtbot, Qt.Key.Key_F8)
    assert panel.state.status == "closed"
    return panel


def test_f8_closing_shows_the_wrap_up_to_read_out_and_focuses_next_customer(  # noqa: ANN001
        qtbot, window: MainWindow) -> None:
    panel = _close_with_refund(qtbot, window)
    s = panel.state
    said = panel.guidance.toPlainText()
    assert "This case is closed." in said
    assert f"Your reference is {s.ref}." in said
    assert "What we agreed: Refund." in said
    assert f"Amount: {money(s.redress_amount, s.currency)}." in said
    assert s.deadline and f"By: {date_text(s.deadline)}." in said
    assert "No follow-up is due." in said
    assert "refund" not in said  # the resolution's id never shows
    # who is next: the button has the focus, and Enter on it opens the new-case form
    button = panel.next_customer_button
    assert button.isVisible() and focused() is button
    assert not panel.next_button.isVisible()
    press(qtbot, Qt.Key.Key_Space)
    assert window.desk.tabs.currentWidget() is window.desk.form
    assert focused() is window.desk.form.search


def test_note_added_with_ctrl_shift_enter_shows_at_once_in_the_case_timeline(  # noqa: ANN001
        qtbot, window: MainWindow) -> None:
    panel = start_case_by_keyboard(qtbot, window, "Kovács Anna")
    before = panel.notes.timeline.count()
    assert before >= 1  # the opening is listed
    press(qtbot, Qt.Key.Key_F2)
    assert focused() is panel.notes.note_edit
    type_text(qtbot, "Told him the courier calls ahead.")
    press(qtbot, Qt.Key.Key_Return, CTRL | SHIFT)
    assert panel.state.notes == 1
    first = panel.notes.timeline.item(0).text()
    assert first.endswith("Note: Told him the courier calls ahead.")
    lines = [panel.notes.timeline.item(i).text() for i in range(panel.notes.timeline.count())]
    assert any("Case opened" in line for line in lines)
    assert not any("case_opened" in line or "note_added" in line for line in lines)


def _pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True,
                          capture_output=True, text=True).stdout.replace("\xa0", " ")


def _pages(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True,
                          text=True).stdout
    return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages")))


def test_agreement_pdf_is_one_page_in_english_with_what_was_agreed(  # noqa: ANN001
        qtbot, window: MainWindow, tmp_path: Path) -> None:
    panel = _close_with_refund(qtbot, window)
    assert panel.agreement_button.isVisible()
    out = tmp_path / "agreement.pdf"
    panel.save_agreement(out)
    text = _pdf_text(out)
    s = panel.state
    assert _pages(out) == 1
    assert f"Our agreement on your complaint {s.ref}" in text
    assert "Dear Kovács Anna," in text
    assert f"Your reference: {s.ref}" in text
    assert "What we agreed: Refund" in text
    assert "Amount: €30.00" in text
    assert "By: " in text and "No date was agreed." not in text
    assert "No further call is planned" in text
    assert "refund" not in text  # no resolution id


def test_agreement_pdf_is_in_the_customers_language_not_the_agents(  # noqa: ANN001
        qtbot, window: MainWindow, tmp_path: Path) -> None:
    state = window.desk.service.open_case(
        customer={"name": "Kovács Anna", "phone": "+36 30 123 4567", "email": "",
                  "number": "", "language": "hu"},
        channel="phone", category="late_delivery", severity="medium",
        words="A csomag hétfőre volt ígérve.", remedy="Szállítsák ki holnap", language="hu")
    panel = _close_with_refund(qtbot, window, window.desk.show_case(state))
    assert "This case is closed." in panel.guidance.toPlainText()  # the agent reads English
    out = tmp_path / "megallapodas.pdf"
    panel.save_agreement(out)
    text = _pdf_text(out)
    assert _pages(out) == 1
    assert f"Megállapodásunk a(z) {panel.state.ref} számú panaszáról" in text
    assert "Kedves Kovács Anna!" in text
    assert "Amiben megállapodtunk: Pénzvisszatérítés" in text
    assert "Összeg: 30,00 €" in text
    assert "Dear" not in text and "agreed" not in text


def _internal_ids(panel) -> set[str]:  # noqa: ANN001 - a CasePanel
    """Ids that are codes, never words: event kinds, refusal codes and the snake_case ids of
    stages, resolutions, checklist items, fields, categories and channels."""
    from recovery_desk.domain import events as ev

    from .test_flow_texts import _all_codes

    ids = {v for k, v in vars(ev).items() if k.isupper() and isinstance(v, str) and "_" in v}
    ids |= {code for code in _all_codes()}
    pb = panel.playbook
    for stage in pb.stages:
        ids |= {stage.id} | {i.id for i in stage.checklist} | {f.id for f in stage.fields}
    ids |= {r.id for r in pb.resolutions}
    ids |= {"late_delivery", "not_satisfied", "over_limit", "follow_up", "not_asked"}
    return {i for i in ids if "_" in i or "." in i}


def _texts(panel) -> list[str]:  # noqa: ANN001 - a CasePanel
    """Every text a widget of the panel shows or says: labels, buttons, text views, list
    rows, combo entries, tooltips and accessible names."""
    from PySide6.QtWidgets import (
        QAbstractButton,
        QComboBox,
        QLabel,
        QListWidget,
        QPlainTextEdit,
        QTextEdit,
        QWidget,
    )

    out: list[str] = []
    for w in [panel, *panel.findChildren(QWidget)]:
        if not w.isVisibleTo(panel):
            continue
        out += [w.toolTip(), w.accessibleName()]
        if isinstance(w, QLabel | QAbstractButton):
            out.append(w.text())
        elif isinstance(w, QTextEdit | QPlainTextEdit):
            out.append(w.toPlainText())
        elif isinstance(w, QListWidget):
            out += [w.item(i).text() for i in range(w.count())]
        elif isinstance(w, QComboBox):
            out += [w.itemText(i) for i in range(w.count())]
    return [t for t in out if t]


def test_no_internal_id_in_any_widget_of_the_wrapped_up_case(  # noqa: ANN001
        qtbot, window: MainWindow) -> None:
    import re

    panel = _close_with_refund(qtbot, window)
    press(qtbot, Qt.Key.Key_F2)
    type_text(qtbot, "Refund confirmed by phone.")
    press(qtbot, Qt.Key.Key_Return, CTRL | SHIFT)
    texts = _texts(panel)
    assert any("Your reference is" in t for t in texts)
    assert any("Note: Refund confirmed by phone." in t for t in texts)
    ids = _internal_ids(panel)
    assert len(ids) > 60
    shown = "\n".join(texts)
    leaked = sorted(i for i in ids if re.search(rf"(?<![\w.]){re.escape(i)}(?![\w])", shown))
    assert leaked == []
    assert "&#x27;" not in shown and "&amp;" not in shown
