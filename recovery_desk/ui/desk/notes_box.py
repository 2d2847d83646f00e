"""Notes on a case: typed text kept as a draft until added, and a gentle language hint in
natural mode when the words shift blame or sound negative."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout

from recovery_desk.core.paths import resources_dir
from recovery_desk.domain.coaching import Coach
from recovery_desk.services.workspace import Workspace


def coach_for(workspace: Workspace) -> Coach:
    """One coach (word lists loaded once) per workspace."""
    coach = workspace.extra.get("coach")
    if not isinstance(coach, Coach):
        coach = workspace.extra["coach"] = Coach(resources_dir() / "coaching")
    return coach


class NotesBox(QGroupBox):
    def __init__(self, workspace: Workspace, lang: str) -> None:
        super().__init__(self.tr("Notes"))
        self.ws, self.lang = workspace, lang
        notes_layout = QVBoxLayout(self)
        self.note_edit = QPlainTextEdit()
        self.note_edit.setObjectName("noteEdit")
        self.note_edit.setAccessibleName(self.tr("Note"))
        self.note_edit.setPlaceholderText(self.tr("Type a note; it is kept even if the PC "
                                                  "crashes. Ctrl+Shift+Enter adds it."))
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setMaximumHeight(90)
        notes_layout.addWidget(self.note_edit)
        self.coaching = QLabel()
        self.coaching.setObjectName("coaching")
        self.coaching.setWordWrap(True)
        self.coaching.setAccessibleName(self.tr("Language hint"))
        self.coaching.hide()
        notes_layout.addWidget(self.coaching)
        self.add_note_button = QPushButton(self.tr("Add note"))
        notes_layout.addWidget(self.add_note_button, 0, Qt.AlignmentFlag.AlignRight)

    def coach(self, text: str, mode: str) -> None:
        """In natural mode, a hint on the first finding in ``text``; else none."""
        findings = coach_for(self.ws).check(text, self.lang) if mode == "natural" else []
        if not findings:
            self.coaching.hide()
            return
        first = findings[0]
        try_label = self.tr("Try:")
        better = f" {try_label} “{first.hint.better[0]}”" if first.hint.better else ""
        self.coaching.setText(f"💡 “{html.escape(first.phrase)}”: "
                              f"{html.escape(first.hint.hint)}{html.escape(better)}")
        self.coaching.show()
