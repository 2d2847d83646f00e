"""The debrief of a practice run: the scenario's facts, each found (✓) or missed (✗) as
the trainer judged in the review (• while not yet judged), and its pitfalls. Shown when a
run ends and beside the review."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from recovery_desk.domain.scenario import Scenario

translate = QCoreApplication.translate


def debrief_html(scenario: Scenario, lang: str, found: set[int] | None) -> str:
    e = html.escape
    facts = []
    for i, fact in enumerate(scenario.facts):
        if found is None:
            mark, state = "•", ""
        elif i in found:
            mark, state = "✓", translate("Debrief", "found")
        else:
            mark, state = "✗", translate("Debrief", "missed")
        suffix = f" <i>({e(state)})</i>" if state else ""
        facts.append(f"<div>{mark} {e(fact.get(lang))}{suffix}</div>")
    pitfalls = "".join(f"<li>{e(p.get(lang))}</li>" for p in scenario.pitfalls)
    intro = (translate("Debrief", "Not judged yet: talk each fact through, then tick the "
                                  "ones found in the review.") if found is None else
             translate("Debrief", "%1 of %2 facts found.").replace("%1", str(len(found)))
             .replace("%2", str(len(scenario.facts))))
    facts_title = translate("Debrief", "Facts to find out")
    pitfalls_title = translate("Debrief", "Pitfalls")
    return (f"<h3>{e(facts_title)}</h3><p>{e(intro)}</p>" + "".join(facts)
            + f"<h3>{e(pitfalls_title)}</h3><ul>{pitfalls}</ul>")


class DebriefDialog(QDialog):
    """Opened when a practice run ends; "Review this run" opens it on the Training page."""

    review_requested = Signal(str)  # case id

    def __init__(self, scenario: Scenario, lang: str, case_id: str, ref: str,
                 found: set[int] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.case_id = case_id
        self.setWindowTitle(self.tr("Debrief: %1").replace("%1", ref))
        layout = QVBoxLayout(self)
        self.text = QTextBrowser()
        self.text.setAccessibleName(self.tr("Debrief"))
        self.text.setHtml(f"<h2>{html.escape(scenario.title.get(lang))}</h2>"
                          + debrief_html(scenario, lang, found))
        layout.addWidget(self.text, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        review = buttons.addButton(self.tr("Review this run"),
                                   QDialogButtonBox.ButtonRole.AcceptRole)
        review.setDefault(True)
        buttons.accepted.connect(self.accept)
        self.accepted.connect(lambda: self.review_requested.emit(self.case_id))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(760, 520)
