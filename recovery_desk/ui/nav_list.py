"""The window's page list: switched by click or Ctrl+1…6, never by typing.

A plain list jumps to the first item starting with a typed letter; with the focus there by
accident, a note typed mid-case ("Told him…") switched the window to Training.
"""

from __future__ import annotations

from PySide6.QtWidgets import QListWidget


class NavigationList(QListWidget):
    def keyboardSearch(self, search: str) -> None:  # noqa: N802 - Qt's name
        """No type-ahead: letters typed here never change the page."""
