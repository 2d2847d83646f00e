"""Counted phrases through Qt's %n plurals, so every language gets its own forms ("1 day",
"2 days"; Ukrainian's three forms) instead of a hand-built "day(s)".

English has its own small translation file holding only these plural forms.
"""

from __future__ import annotations

from PySide6.QtCore import QObject


class Plurals(QObject):
    """One method per counted phrase (``tr`` needs a QObject for lupdate to see the %n)."""

    def days(self, n: int) -> str:
        return self.tr("%n day(s)", "", n)

    def cases(self, n: int) -> str:
        return self.tr("%n case(s)", "", n)

    def open_cases(self, n: int) -> str:
        return self.tr("%n open case(s)", "", n)

    def earlier_complaints(self, n: int) -> str:
        return self.tr("%n earlier complaint(s)", "", n)

    def typed_texts(self, n: int) -> str:
        return self.tr("%n piece(s) of typed text", "", n)

    def unknown_answers(self, n: int) -> str:
        return self.tr("%n unknown", "", n)


_plurals: Plurals | None = None


def plurals() -> Plurals:
    """The shared instance (translations are looked up at each call, so a live language
    switch applies at once)."""
    global _plurals
    if _plurals is None:
        _plurals = Plurals()
    return _plurals
