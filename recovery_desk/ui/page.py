"""What the main window knows of a page, and all it calls on one.

Every page of the window (Desk, Log, Dashboard, Training, Settings) is a ``Page``: it is
built on the workspace and the window's ``AppBus``, hears the bus through the two hooks
below, and overrides only what it needs. The window never asks a page what it can do.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from recovery_desk.ui.bus import AppBus, CaseIds

if TYPE_CHECKING:  # the window imports this before its first paint: no database layer yet
    from recovery_desk.services.workspace import Workspace


class Page(QWidget):
    def __init__(self, workspace: Workspace, bus: AppBus) -> None:
        super().__init__()
        self.ws = workspace
        self.bus = bus
        self.bus.cases_changed.connect(self.cases_changed)
        self.bus.user_changed.connect(self.user_changed)

    def activate(self) -> None:
        """The page came on screen (chosen in the navigation, or after a sign-in)."""

    def refresh(self) -> None:
        """Read what the page shows again, now."""

    def cases_changed(self, case_ids: CaseIds, origin: object) -> None:
        """Cases were recorded on (by ``origin``; by this page when ``origin is self``)."""

    def user_changed(self) -> None:
        """Someone else signed in: drop what only the last user may read."""

    def prepare_screenshot(self) -> None:
        """Set up what ``recovery-desk screenshot`` pictures (after ``refresh``)."""

    def shutdown(self) -> None:
        """The page is about to be replaced (language switch): stop timers, stop listening."""
        self.bus.cases_changed.disconnect(self.cases_changed)
        self.bus.user_changed.disconnect(self.user_changed)
