"""Background work with success and failure callbacks, so the window never freezes."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from shiboken6 import isValid

log = logging.getLogger(__name__)
T = TypeVar("T")


class _Signals(QObject):
    succeeded = Signal(object)
    failed = Signal(object)


class _Task(QRunnable):
    def __init__(self, fn: Callable[[], Any], signals: _Signals) -> None:
        super().__init__()
        self.fn = fn
        self.signals = signals

    def run(self) -> None:
        try:
            result = self.fn()
        except Exception as exc:  # reported to the caller's failure callback
            log.exception("background task failed")
            self.signals.failed.emit(exc)
        else:
            self.signals.succeeded.emit(result)


_alive: set[_Signals] = set()


def run_in_background(fn: Callable[[], T], on_success: Callable[[T], None],
                      on_failure: Callable[[BaseException], None]) -> None:
    """Run ``fn`` on the thread pool; callbacks run on the GUI thread."""
    signals = _Signals()
    _alive.add(signals)

    def done(callback: Callable[[Any], None]) -> Callable[[Any], None]:
        def handler(value: Any) -> None:
            _alive.discard(signals)
            callback(value)
        return handler

    signals.succeeded.connect(done(on_success))
    signals.failed.connect(done(on_failure))
    QThreadPool.globalInstance().start(_Task(fn, signals))


def alive(widget: QObject) -> bool:
    """Whether ``widget`` still exists when an answer arrives: a language switch rebuilds
    the pages while their background work runs."""
    return isValid(widget)
