"""Collect Python's cyclic garbage on the GUI thread only.

Python's automatic collector runs on whichever thread happens to allocate when a
threshold is crossed. If that is a background worker (a Dashboard recompute, an
export) and the garbage holds a Qt object from the GUI thread — a closed dialog in
a reference cycle, a lambda connected to a widget — Qt destroys that object on the
wrong thread and the process dies with a segmentation fault. So, while the window
runs, automatic collection is off and a timer on the GUI thread collects instead,
generation by generation, with the interpreter's own thresholds.
"""

from __future__ import annotations

import gc
from importlib import import_module

from PySide6.QtCore import QCoreApplication, QObject, QTimer

INTERVAL_MS = 500
_frozen = False  # freeze_startup has run


class MainThreadCollector(QObject):
    """Replaces automatic collection with a GUI-thread timer while it lives."""

    def __init__(self, parent: QObject, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.collect_due)
        self._timer.start(interval_ms)

    def collect_due(self) -> int:
        """Collect each generation whose allocation count passed its threshold."""
        found = 0
        counts = gc.get_count()
        for generation in range(3):
            if counts[generation] <= self._thresholds[generation]:
                break
            found += gc.collect(generation)
        return found


def freeze_startup(*modules: str) -> None:
    """Import ``modules``, then move what exists (modules, classes, the window, the open
    log) out of the collector's sight: it lives as long as the process, yet each full
    collection walked all of it, and the first one, due as the Desk first paints, took
    about 40 ms of a cold start. Called before the pages are built, so nothing they drop is
    kept; once per process, so a second window (a test) leaves the first one collectable."""
    global _frozen
    for module in modules:
        import_module(module)
    if not _frozen:
        _frozen = True
        gc.freeze()


def install(app: QCoreApplication) -> MainThreadCollector:
    """Install the collector once per application; later calls return the same one."""
    existing = app.findChild(MainThreadCollector)
    if existing is not None:
        gc.disable()  # someone (a test) may have switched it back on
        return existing
    return MainThreadCollector(app)
