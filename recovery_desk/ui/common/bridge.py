"""Qt side of the message bridge: messages from any thread arrive on the GUI thread."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from recovery_desk.core import messages


class MessageBridge(QObject):
    """Re-emits ``recovery_desk.core.messages`` as a Qt signal (queued across threads)."""

    message = Signal(str, str)  # level, text

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._unsubscribe = messages.subscribe(self._forward)
        self.destroyed.connect(lambda *_: self._unsubscribe())

    def _forward(self, message: messages.Message) -> None:
        self.message.emit(message.level, message.text)

