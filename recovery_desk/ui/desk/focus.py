"""Keyboard plumbing for a case tab: keys that jump to a part of it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget


def jump(widget: QWidget) -> bool:
    """Focus ``widget`` if it is on screen (a key for a part the stage does not show does
    nothing rather than focus something hidden)."""
    if not (widget.isVisible() and widget.isEnabled()):
        return False
    widget.setFocus(Qt.FocusReason.ShortcutFocusReason)
    return True
