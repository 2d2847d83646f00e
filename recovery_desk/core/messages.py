"""The message bridge: non-UI code reports to the user without touching widgets.

Services call ``error()``, ``warning()`` or ``info()``; the GUI registers one listener that
forwards each message to the window (through a queued Qt signal, so any thread may report).
With no listener — the command line, tests — messages go to the log.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass

log = logging.getLogger("recovery_desk.core.messages")

ERROR, WARNING, INFO = "error", "warning", "info"


@dataclass(frozen=True)
class Message:
    level: str
    text: str


Listener = Callable[[Message], None]
_listeners: list[Listener] = []
_lock = threading.Lock()


def subscribe(listener: Listener) -> Callable[[], None]:
    """Register a listener; returns the function that unregisters it."""
    with _lock:
        _listeners.append(listener)

    def unsubscribe() -> None:
        with _lock:
            if listener in _listeners:
                _listeners.remove(listener)

    return unsubscribe


def _send(level: str, text: str) -> None:
    getattr(log, level)(text)
    with _lock:
        listeners = list(_listeners)
    for listener in listeners:
        listener(Message(level, text))


def error(text: str) -> None:
    _send(ERROR, text)


def warning(text: str) -> None:
    _send(WARNING, text)


def info(text: str) -> None:
    _send(INFO, text)
