"""The window's pages, each built the first time it is shown.

A cold start builds only the Desk, the page an agent starts on; the Log, Dashboard,
Register, Training and Settings (and the modules behind them) are built when first chosen
or first asked for. Until then a page holds its place in the window's stack with an empty
widget, so the navigation's rows, the stack's indexes and ``Ctrl+1``…``Ctrl+6`` stay
where they are. A page that is not built yet hears nothing on the bus and needs to: it
reads what it shows when it is built.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping

from PySide6.QtWidgets import QStackedWidget, QWidget

from recovery_desk.ui.page import Page


class PageSlots(Mapping[str, Page]):
    """``pages[key]`` is that page, built (and put in its place in ``stack``) on first use.

    Iteration lists every key, in navigation order, without building anything;
    :meth:`built` gives only the pages that exist.
    """

    def __init__(self, stack: QStackedWidget, keys: tuple[str, ...],
                 build: Callable[[str], Page], ready: Mapping[str, Page]) -> None:
        self._stack = stack
        self._keys = keys
        self._build = build
        self._built: dict[str, Page] = dict(ready)
        self._holders: dict[str, QWidget] = {}
        for key in keys:
            if key not in self._built:
                self._holders[key] = QWidget()
            stack.addWidget(self._built.get(key) or self._holders[key])

    def __getitem__(self, key: str) -> Page:
        page = self._built.get(key)
        if page is not None:
            return page
        holder = self._holders.pop(key)  # KeyError for a key that is no page, as a dict
        page = self._built[key] = self._build(key)
        current = self._stack.currentWidget() is holder
        self._stack.insertWidget(self._stack.indexOf(holder), page)
        self._stack.removeWidget(holder)
        holder.deleteLater()
        if current:
            self._stack.setCurrentWidget(page)
        return page

    def __iter__(self) -> Iterator[str]:
        return iter(self._keys)

    def __len__(self) -> int:
        return len(self._keys)

    def built(self) -> dict[str, Page]:
        """The pages built so far, by key (nothing is built by asking)."""
        return dict(self._built)

    def key_of(self, widget: QWidget | None) -> str | None:
        """Which page ``widget`` is, or holds the place of."""
        for key in self._keys:
            if widget is not None and widget in (self._built.get(key), self._holders.get(key)):
                return key
        return None

    def remove_all(self) -> None:
        """Take every page and place holder out of the stack (a language switch rebuilds)."""
        for key in self._keys:
            widget = self._built.get(key) or self._holders.get(key)
            if widget is not None:
                self._stack.removeWidget(widget)
                widget.deleteLater()
        self._built.clear()
        self._holders.clear()
