"""The app bus: one object the main window owns, so screens hear of each other's changes.

After every operation that records something, the screen that ran it emits
``cases_changed`` once, with the ids of the cases it touched and itself as the origin;
every screen then decides for itself what to redraw (Anki's ``OpChanges`` idea). Nobody
calls into another screen, and no screen calls up into the window.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QObject, Signal

#: Touched case ids; ``None`` when any case may have changed (a sync pull, demo data).
CaseIds = frozenset[str] | None


class AppBus(QObject):
    cases_changed = Signal(object, object)  # CaseIds, origin (the object that recorded it)
    user_changed = Signal()  # someone else signed in
    settings_changed = Signal()  # saved settings other than the language
    language_changed = Signal(str)  # the chosen language; the window rebuilds its pages

    def announce(self, case_ids: Iterable[str] | None, origin: object = None) -> None:
        """Tell every screen that these cases changed (``None``: any may have)."""
        ids = None if case_ids is None else frozenset(case_ids)
        self.cases_changed.emit(ids, origin)
