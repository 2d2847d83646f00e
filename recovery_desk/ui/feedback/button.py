"""The Desk's "Feedback" button: how many coaching notes and reviews of the signed-in
agent's own cases wait to be read, opening the list where they are acknowledged.

It hears the bus itself (a review saved anywhere, a sign-in), so the Desk only places it.
"""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton, QWidget

from recovery_desk.services.review.quality import FeedbackItem, feedback_for
from recovery_desk.services.workspace import Workspace
from recovery_desk.ui.bus import AppBus
from recovery_desk.ui.common.workers import alive, run_in_background
from recovery_desk.ui.feedback.dialog import FeedbackDialog


class FeedbackButton(QPushButton):
    def __init__(self, ws: Workspace, bus: AppBus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.items: list[FeedbackItem] = []
        self.dialog: FeedbackDialog | None = None
        self._reading = self._again = False
        self.setObjectName("feedback")
        self.setToolTip(self.tr("Coaching notes and reviews of your own cases"))
        self.clicked.connect(self.show_list)
        bus.cases_changed.connect(self._cases_changed)
        bus.user_changed.connect(self.refresh)
        self.show_items([])
        self.refresh()

    def _cases_changed(self, *_args: object) -> None:
        self.refresh()

    def refresh(self) -> None:
        """Read the signed-in user's feedback in the background, one read at a time: a
        change while one runs asks for one more read after it (on a large log an agent's
        cases take seconds to go through, and the Desk records many changes)."""
        if self._reading:
            self._again = True
            return
        self._reading, self._again = True, False
        engine, user = self.ws.engine, self.ws.user or ""

        def finish() -> None:
            self._reading = False
            if self._again:
                self.refresh()

        def show(items: list[FeedbackItem]) -> None:
            if not alive(self):
                return
            if user == (self.ws.user or ""):
                self.show_items(items)
            else:
                self._again = True  # someone else signed in meanwhile
            finish()

        def failed(_exc: BaseException) -> None:
            if alive(self):
                finish()  # the next change tries again

        run_in_background(lambda: feedback_for(engine, user), show, failed)

    def unread(self) -> int:
        return sum(not item.acknowledged for item in self.items)

    def show_items(self, items: list[FeedbackItem]) -> None:
        self.items = items
        unread = self.unread()
        self.setText(self.tr("Feedback: %n new", "", unread) if unread
                     else self.tr("Feedback"))
        self.setStyleSheet("QPushButton#feedback { background: #e3f0ff; color: #0b4a8b; "
                           "font-weight: bold; }" if unread else "")

    def show_list(self) -> None:
        self.dialog = FeedbackDialog(self.ws, self.items, self)
        self.dialog.acknowledged.connect(self.show_items)
        self.dialog.open()
