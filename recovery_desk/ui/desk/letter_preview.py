"""Letter preview on the Desk: choose the kind, read and edit the text, then PDF, e-mail
draft (.eml or a short mailto:), and record it as sent — which meets its clock."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from recovery_desk.core.errors import RecoveryDeskError
from recovery_desk.domain.case import CaseState
from recovery_desk.domain.clocks.pack import LETTER_KINDS
from recovery_desk.services.cases.recovery import CaseService
from recovery_desk.services.regulated import letters
from recovery_desk.services.regulated.templates import LANGUAGES, OUTCOMES
from recovery_desk.ui.common.clock_texts import letter_name, outcome_name
from recovery_desk.ui.common.flow_texts import error_text

_LANGUAGE_NAMES = {"en": "English", "hu": "Magyar", "lv": "Latviešu", "uk": "Українська"}


class LetterPreview(QDialog):
    def __init__(self, service: CaseService, state: CaseState, kind: str | None,
                 run: Callable[[Callable[[], CaseState]], bool],
                 now: Callable[[], datetime] | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("letterPreview")
        self.setWindowTitle(self.tr("Letter for %1").replace("%1", state.ref))
        self.service, self.state, self._run = service, state, run
        self._now = now or (lambda: datetime.now(UTC))
        self.draft: letters.LetterDraft | None = None
        self.channel = "post"
        root = QVBoxLayout(self)
        form = QFormLayout()
        self.kind_box = QComboBox()
        for k in LETTER_KINDS:
            self.kind_box.addItem(letter_name(k), k)
        self.kind_box.setCurrentIndex(max(0, self.kind_box.findData(kind or "acknowledgement")))
        form.addRow(self.tr("&Kind"), self.kind_box)
        self.lang_box = QComboBox()
        for lang in LANGUAGES:
            self.lang_box.addItem(_LANGUAGE_NAMES[lang], lang)
        self.lang_box.setCurrentIndex(max(0, self.lang_box.findData(state.language)))
        form.addRow(self.tr("L&anguage"), self.lang_box)
        self.outcome_box = QComboBox()
        self.outcome_box.addItem(self.tr("— choose the decision —"), None)
        for outcome in OUTCOMES:
            self.outcome_box.addItem(outcome_name(outcome), outcome)
        if state.regulated.register_outcome:
            self.outcome_box.setCurrentIndex(
                self.outcome_box.findData(state.regulated.register_outcome))
        self.outcome_label = QLabel(self.tr("&Decision"))
        self.outcome_label.setBuddy(self.outcome_box)
        form.addRow(self.outcome_label, self.outcome_box)
        self.subject = QLineEdit()
        self.subject.setAccessibleName(self.tr("Subject"))
        form.addRow(self.tr("&Subject"), self.subject)
        root.addLayout(form)
        self.body = QPlainTextEdit()
        self.body.setAccessibleName(self.tr("Letter text"))
        self.body.setTabChangesFocus(True)
        self.body.setMinimumSize(640, 380)
        root.addWidget(self.body, 1)
        self.gaps = QLabel()
        self.gaps.setObjectName("blockers")
        self.gaps.setWordWrap(True)
        root.addWidget(self.gaps)
        buttons = QHBoxLayout()
        self.pdf_button = QPushButton(self.tr("Save as &PDF…"))
        self.pdf_button.clicked.connect(self._ask_pdf)
        self.eml_button = QPushButton(self.tr("&E-mail draft…"))
        self.eml_button.clicked.connect(self._ask_eml)
        self.send_button = QPushButton(self.tr("&Record as sent"))
        self.send_button.setObjectName("nextStage")
        self.send_button.clicked.connect(self.send)
        for button in (self.pdf_button, self.eml_button, self.send_button):
            buttons.addWidget(button)
        root.addLayout(buttons)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        root.addWidget(close)
        for box in (self.kind_box, self.lang_box, self.outcome_box):
            box.currentIndexChanged.connect(self.redraft)
        self.body.textChanged.connect(self._show_gaps)
        self.subject.textChanged.connect(self._show_gaps)
        self.redraft()

    def redraft(self) -> None:
        kind = self.kind_box.currentData()
        final = kind == "final-response"
        self.outcome_box.setVisible(final)
        self.outcome_label.setVisible(final)
        try:
            self.draft = letters.draft_letter(
                self.service.ws, self.state, kind, lang=self.lang_box.currentData(),
                outcome=self.outcome_box.currentData() if final else None, now=self._now())
        except RecoveryDeskError as exc:
            self.draft = None
            self.subject.clear()
            self.body.setPlainText("")
            self.gaps.setText(error_text(exc))
            self.send_button.setEnabled(False)
            return
        self.subject.setText(self.draft.subject)
        self.body.setPlainText(self.draft.body)
        self._show_gaps()

    def current(self) -> letters.LetterDraft | None:
        if self.draft is None:
            return None
        return letters.edited(self.draft, self.subject.text(), self.body.toPlainText())

    def _show_gaps(self) -> None:
        draft = self.current()
        gaps = draft.gaps if draft is not None else []
        self.send_button.setEnabled(draft is not None and not gaps)
        if gaps:
            self.gaps.setText(self.tr("Write the parts in [[ ]] before sending: %1").replace(
                "%1", "; ".join(g.strip("[]") for g in gaps[:3])))
        elif draft is not None:
            self.gaps.setText("")

    # -- outputs ------------------------------------------------------------------------
    def save_pdf(self, path: Path) -> None:
        from recovery_desk.ui.report.letter_pdf import write_letter_pdf

        draft = self.current()
        if draft is not None:
            write_letter_pdf(draft, path)
            self.channel = "post"

    def save_eml(self, path: Path) -> None:
        draft = self.current()
        if draft is None:
            return
        ws = self.service.ws
        to = str(self.state.customer.get("email") or "")
        path.write_bytes(letters.eml_bytes(
            draft, to=to, sender=ws.settings.organization_contact or ws.user))
        self.channel = "email"

    def _ask_pdf(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save the letter as PDF"),
                                              f"{self.state.ref}-{self.kind_box.currentData()}"
                                              ".pdf", "PDF (*.pdf)")
        if name:
            self._guarded(lambda: self.save_pdf(Path(name)))

    def _ask_eml(self) -> None:
        draft = self.current()
        to = str(self.state.customer.get("email") or "")
        url = letters.mailto_url(draft, to) if draft is not None and to else None
        if url is not None:
            QDesktopServices.openUrl(QUrl(url))
            self.channel = "email"
            return
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save the e-mail draft"),
                                              f"{self.state.ref}.eml", "E-mail (*.eml)")
        if name:
            self._guarded(lambda: self.save_eml(Path(name)))

    def _guarded(self, action: Callable[[], None]) -> None:
        try:
            action()
        except (OSError, RecoveryDeskError) as exc:
            self.gaps.setText(error_text(exc))

    def send(self) -> None:
        draft = self.current()
        if draft is None:
            return
        if self._run(lambda: letters.send_letter(self.service, draft, self.channel)):
            self.accept()
