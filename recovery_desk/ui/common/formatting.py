"""Dates, numbers and money in the interface language's conventions (QLocale)."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from PySide6.QtCore import QDate, QDateTime, QLocale, QTimeZone

LOCALES = {"en": "en_GB", "hu": "hu_HU", "lv": "lv_LV", "uk": "uk_UA"}


def locale_for(language: str) -> QLocale:
    return QLocale(LOCALES.get(language, language))


def _qt(moment: datetime) -> QDateTime:
    local = moment.astimezone()
    return QDateTime.fromSecsSinceEpoch(int(local.timestamp()), QTimeZone.systemTimeZone())


def date_time(moment: datetime | None) -> str:
    if moment is None:
        return ""
    return QLocale().toString(_qt(moment), QLocale.FormatType.ShortFormat)


def date_only(moment: datetime | None) -> str:
    if moment is None:
        return ""
    return QLocale().toString(_qt(moment).date(), QLocale.FormatType.ShortFormat)


def number(value: int | float) -> str:
    return QLocale().toString(value)


def money(amount: Decimal | float | None, currency: str | None) -> str:
    if amount is None:
        return ""
    return QLocale().toCurrencyString(float(amount), currency or "")


def date_text(iso_date: str | None) -> str:
    """A stored ISO date ("2026-03-14") in the locale's short date format; text that is no
    date is shown as it is."""
    if not iso_date:
        return ""
    parsed = QDate.fromString(iso_date[:10], "yyyy-MM-dd")
    if not parsed.isValid():
        return iso_date
    return QLocale().toString(parsed, QLocale.FormatType.ShortFormat)


def day_of(day: QDate) -> date:
    """A QDate as a date (the stubs type ``QDate.toPython()`` as object)."""
    return date(day.year(), day.month(), day.day())
