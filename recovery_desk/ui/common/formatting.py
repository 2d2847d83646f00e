"""Dates, numbers and money in the interface language's conventions (QLocale)."""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime
from decimal import Decimal
from functools import cache

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


@cache
def _symbols() -> dict[str, str]:
    """ISO 4217 code → its sign where the locales using that sign mostly mean this currency
    (GBP → £, EUR → €); a sign shared widely ($, kr) or none keeps the code's letters."""
    uses: dict[str, Counter[str]] = {}
    for loc in QLocale.matchingLocales(QLocale.Language.AnyLanguage, QLocale.Script.AnyScript,
                                       QLocale.Country.AnyCountry):
        code = loc.currencySymbol(QLocale.CurrencySymbolFormat.CurrencyIsoCode)
        sign = loc.currencySymbol(QLocale.CurrencySymbolFormat.CurrencySymbol)
        if code and sign and sign != code:
            uses.setdefault(sign, Counter())[code] += 1
    found: dict[str, str] = {}
    for sign, codes in uses.items():
        code, count = codes.most_common(1)[0]
        if count >= 0.6 * sum(codes.values()):
            found.setdefault(code, sign)
    return found


def money(amount: Decimal | float | None, currency: str | None) -> str:
    """An amount in the locale's way (the sign's place, separators); the locale's own
    currency with its usual decimals, any other with two (12,50 £ in Hungarian, not 13 £)."""
    if amount is None:
        return ""
    locale, code = QLocale(), (currency or "").upper()
    own = locale.currencySymbol(QLocale.CurrencySymbolFormat.CurrencyIsoCode) == code
    sign = _symbols().get(code, code)
    text = locale.toCurrencyString(float(amount), sign, -1 if own else 2)
    if sign == code and text.startswith(code) and text[len(code):len(code) + 1].isdigit():
        text = f"{code}\u00a0{text[len(code):]}"  # GBP 12.50, never GBP12.50
    return text


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
