"""A promised deadline's date and time edits that start unset ("— choose a date —"): a
deadline is a commitment the Desk reminds about, so it is only ever one the agent chose.

The first Up/Down (or a date picked in the calendar) gives today, or the next full hour,
as a starting point the agent sees and adjusts; nothing is set until then.
"""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import QDate, QLocale, Qt, QTime
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDateEdit, QTimeEdit, QWidget

_TABS = (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)


def _tab_away(edit: QWidget, event: QKeyEvent) -> bool:
    """Qt swallows Tab in a date/time edit showing its "special value": leave the field
    instead, so an unset deadline is never a keyboard trap."""
    if event.key() not in _TABS:
        return False
    forward = event.key() == Qt.Key.Key_Tab and not (
        event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
    QWidget.focusNextPrevChild(edit, forward)
    event.accept()
    return True


class DeadlineDateEdit(QDateEdit):
    """Unset while it shows its minimum (yesterday), read out as "— choose a date —"."""

    def __init__(self) -> None:
        super().__init__()
        self.setCalendarPopup(True)
        self.setDisplayFormat(QLocale().dateFormat(QLocale.FormatType.ShortFormat))
        self.setSpecialValueText(self.tr("— choose a date —"))
        self.clear_choice()

    def clear_choice(self) -> None:
        today = QDate.currentDate()
        self.setMinimumDate(today.addDays(-1))  # the "unset" value; no deadline is in the past
        self.setDate(self.minimumDate())

    def chosen(self) -> date | None:
        if self.date() == self.minimumDate():
            return None
        d = self.date()
        return date(d.year(), d.month(), d.day())

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if not (self.chosen() is None and _tab_away(self, event)):
            super().keyPressEvent(event)

    def stepBy(self, steps: int) -> None:  # noqa: N802 - Qt's name
        """From unset, the first step lands on today, whichever section has the cursor; the
        next ones step the day."""
        if self.date() == self.minimumDate() and steps > 0:
            self.setDate(QDate.currentDate())
            self.setSelectedSection(QDateEdit.Section.DaySection)  # the next steps: days
            return
        super().stepBy(steps)


class DeadlineTimeEdit(QTimeEdit):
    """Unset until the agent steps or types a time (midnight stays a time one can choose)."""

    def __init__(self) -> None:
        super().__init__()
        self.setDisplayFormat(QLocale().timeFormat(QLocale.FormatType.ShortFormat))
        self._chosen = False
        self._quiet = False
        self.timeChanged.connect(self._typed)
        self.clear_choice()

    def clear_choice(self) -> None:
        self._quiet = True
        self._chosen = False
        self.setSpecialValueText(self.tr("— choose a time —"))
        self.setTime(self.minimumTime())
        self._quiet = False

    def _choose(self, at: QTime) -> None:
        self._quiet = True
        self._chosen = True
        self.setSpecialValueText("")
        self.setTime(at)
        self._quiet = False

    def _typed(self, at: QTime) -> None:
        if not self._quiet and not self._chosen:
            self._choose(at)

    def chosen(self) -> time | None:
        if not self._chosen:
            return None
        at = self.time()
        return time(at.hour(), at.minute())

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if not (not self._chosen and _tab_away(self, event)):
            super().keyPressEvent(event)

    def stepBy(self, steps: int) -> None:  # noqa: N802 - Qt's name
        """From unset, the first step lands on the next full hour."""
        if not self._chosen:
            now = QTime.currentTime()
            self._choose(QTime((now.hour() + 1) % 24, 0))
            self.setSelectedSection(QTimeEdit.Section.HourSection)
            return
        super().stepBy(steps)
