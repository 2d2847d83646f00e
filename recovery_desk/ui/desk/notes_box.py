"""Notes on a case: typed text kept as a draft until added, and a gentle language hint in
natural mode when the words shift blame or sound negative."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from recovery_desk.domain.coaching import Finding
from recovery_desk.services.workspace import Workspace


class NotesBox(QGroupBox):
    def __init__(self, workspace: Workspace, lang: str) -> None:
        super().__init__(self.tr("Notes"))
        self.ws, self.lang = workspace, lang
        self._last: tuple[str, str, str | None] = ("", "scripted", None)
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
        self.coaching.setTextFormat(Qt.TextFormat.PlainText)  # the agent's words, as typed
        self.coaching.setAccessibleName(self.tr("Language hint"))
        self.coaching.hide()
        notes_layout.addWidget(self.coaching)
        self.add_note_button = QPushButton(self.tr("Add note"))
        notes_layout.addWidget(self.add_note_button, 0, Qt.AlignmentFlag.AlignRight)
        # what was recorded on the case, newest first: a note added shows here at once
        self.timeline_label = QLabel(self.tr("Notes and timeline"))
        notes_layout.addWidget(self.timeline_label)
        self.timeline = QListWidget()
        self.timeline.setObjectName("caseTimeline")
        self.timeline.setAccessibleName(self.tr("Notes and timeline"))
        self.timeline.setWordWrap(True)
        self.timeline.setMinimumHeight(110)
        self.timeline_label.setBuddy(self.timeline)
        notes_layout.addWidget(self.timeline)

    def show_timeline(self, lines: list[str]) -> None:
        """Redraw the recorded events (already in words), keeping the row the agent is on."""
        if lines == [self.timeline.item(i).text() for i in range(self.timeline.count())]:
            return
        row = self.timeline.currentRow()
        self.timeline.clear()
        self.timeline.addItems(lines)
        if 0 <= row < self.timeline.count():
            self.timeline.setCurrentRow(row)

    def coach(self, text: str, mode: str, case_lang: str | None = None) -> None:
        """In natural mode, a hint on every flagged phrase in ``text``: found in the case's
        language and the interface language, explained in the interface language."""
        self._last = (text, mode, case_lang)
        findings = self._findings(text, case_lang) if mode == "natural" else []
        if not findings:
            self.coaching.hide()
            self.coaching.clear()
            return
        coach = self.ws.coach
        # one line per hint: its phrases, why, and a better way in the words' own language
        groups: dict[str, tuple[Finding, list[str]]] = {}
        for finding, _lang in findings:
            groups.setdefault(finding.hint.id, (finding, []))[1].append(finding.phrase)
        lines = [self.tr("Language hint")]
        for finding, phrases in groups.values():
            said = ", ".join(f"“{p}”" for p in phrases)
            explained = coach.hint_in(finding.hint, self.lang).hint
            better = " " + self.tr("Try: %1").replace("%1", f"“{finding.hint.better[0]}”") \
                if finding.hint.better else ""
            lines.append(f"• {said}: {explained}{better}")
        self.coaching.setText("\n".join(lines))
        self.coaching.show()

    def _findings(self, text: str, case_lang: str | None) -> list[tuple[Finding, str]]:
        """Each flagged phrase once, with the language whose list flagged it."""
        coach = self.ws.coach
        seen: set[tuple[str, str]] = set()
        found: list[tuple[Finding, str]] = []
        for lang in dict.fromkeys(lang for lang in (case_lang, self.lang) if lang):
            for finding in coach.check(text, lang):
                key = (finding.hint.id, finding.phrase.lower())
                if key not in seen:
                    seen.add(key)
                    found.append((finding, lang))
        return found

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        """A live language switch: the hint is explained again in the new language."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange and self.ws.settings.language != self.lang:
            self.lang = self.ws.settings.language
            self.coach(*self._last)
