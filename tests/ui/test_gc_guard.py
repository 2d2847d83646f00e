"""Garbage holding Qt objects is freed on the GUI thread, never on a worker thread."""

from __future__ import annotations

import gc
import threading

from PySide6.QtCore import QObject

from recovery_desk.ui.common import gc_guard
from recovery_desk.ui.common.workers import run_in_background


class _Cycle:
    """A reference cycle owning a QObject, as a closed dialog with a connected lambda is."""

    freed_on: list[str] = []

    def __init__(self) -> None:
        self.me = self
        self.qt = QObject()

    def __del__(self) -> None:
        _Cycle.freed_on.append(threading.current_thread().name)


def _allocate_a_lot() -> int:
    """What a busy worker does: enough allocations to pass every collection threshold."""
    keep = [[i] for i in range(200_000)]
    return len(keep)


def test_cycles_from_the_gui_thread_are_not_freed_by_a_busy_worker(qtbot, qapp) -> None:  # noqa: ANN001
    collector = gc_guard.install(qapp)
    assert not gc.isenabled()
    gc.collect()
    _Cycle.freed_on.clear()
    _Cycle()  # unreachable at once, but only a collection can free it
    results: list[int] = []
    run_in_background(_allocate_a_lot, results.append, lambda exc: results.append(-1))
    qtbot.waitUntil(lambda: bool(results), timeout=30_000)
    assert results == [200_000]
    main = threading.main_thread().name
    # never freed by the worker's allocations (the GUI timer may have freed it already)
    assert all(name == main for name in _Cycle.freed_on), _Cycle.freed_on
    busy_gui = [[i] for i in range(2_000)]  # the GUI thread allocates in turn
    qtbot.waitUntil(lambda: bool(_Cycle.freed_on), timeout=10_000)  # the GUI-thread timer
    assert _Cycle.freed_on == [main]
    assert collector.collect_due() >= 0
    assert len(busy_gui) == 2_000


def test_installing_twice_keeps_one_collector(qapp) -> None:  # noqa: ANN001
    first = gc_guard.install(qapp)
    gc.enable()
    assert gc_guard.install(qapp) is first
    assert not gc.isenabled()


def test_the_started_window_is_frozen_and_what_the_desk_drops_is_still_collected(
        qtbot, qapp, window) -> None:  # noqa: ANN001
    """The first window's start moves what lived then out of the collector's sight; a
    cycle the Desk drops afterwards is still freed by the GUI-thread collector."""
    gc_guard.install(qapp)
    assert gc.get_freeze_count() > 0
    frozen = gc.get_freeze_count()
    gc_guard.freeze_startup()  # once per process: a second call freezes nothing more
    assert gc.get_freeze_count() == frozen
    _Cycle.freed_on.clear()
    _Cycle()
    gc.collect()
    assert _Cycle.freed_on == [threading.main_thread().name]
