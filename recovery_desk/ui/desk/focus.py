"""Keyboard plumbing for a case tab: keys that jump to a part of it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget


def jump(widget: QWidget) -> bool:
    """Focus ``widget`` if it is on screen (a key for a part the stage does not show does
    nothing rather than focus something hidden)."""
    if not (widget.isVisible() and widget.isEnabled()):
        return False
    widget.setFocus(Qt.FocusReason.ShortcutFocusReason)
    return True


def tab_chain(panel: QWidget) -> list[QWidget]:
    """The widgets Tab stops at inside ``panel``, in the window's focus order."""
    chain: list[QWidget] = []
    widget = panel.nextInFocusChain()
    while widget is not panel and widget is not None and len(chain) < 1000:
        if (panel.isAncestorOf(widget) and widget.isVisible() and widget.isEnabled()
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
                and widget.focusProxy() is None):
            chain.append(widget)
        widget = widget.nextInFocusChain()
    return chain


def cycle(panel: QWidget, forward: bool) -> bool:
    """Tab and Shift+Tab go round the case and never out of it: past the last widget the
    first comes again, so a note typed mid-case never lands in the sidebar's type-ahead.
    False when the focus is not inside the panel (the window's own order then applies)."""
    current = QApplication.focusWidget()
    chain = tab_chain(panel)
    if current is None or current not in chain:
        return False
    step = 1 if forward else -1
    target = chain[(chain.index(current) + step) % len(chain)]
    reason = Qt.FocusReason.TabFocusReason if forward else Qt.FocusReason.BacktabFocusReason
    target.setFocus(reason)
    return True
