"""The one-page agreement the customer takes home: what was agreed on their case, in
*their* language (the case's language, as the letters use), not the agent's.

The words are kept here per language (the interface translations follow the agent's
language, not the customer's); dates and money follow the customer's locale. Only what
was recorded is written: no amount, date or follow-up is filled in that was not agreed.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from functools import cache
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, QTime

from recovery_desk.domain.case import CaseState
from recovery_desk.domain.playbook import Playbook
from recovery_desk.services.regulated.letters import LetterDraft
from recovery_desk.ui.common.formatting import locale_for

LANGUAGES = ("en", "hu", "lv", "uk")
#: currencies written without cents when the amount is whole
WHOLE_UNITS = frozenset({"HUF", "JPY", "ISK", "KRW"})

TEXTS: dict[str, dict[str, str]] = {
    "en": {
        "agreed_many": "What we agreed:", "item_by": "by %1", "item_no_date": "no date agreed",
        "total": "Total: %1",
        "subject": "Our agreement on your complaint %1",
        "dear": "Dear %1,", "dear_any": "Dear customer,",
        "intro": "Thank you for telling us what went wrong. This is what we agreed.",
        "ref": "Your reference: %1", "agreed": "What we agreed: %1", "amount": "Amount: %1",
        "by": "By: %1", "no_date": "No date was agreed.",
        "none": "No resolution was agreed.",
        "follow": "%1 will contact you by %2 to check that everything is put right.",
        "no_follow": "No further call is planned; contact us at any time.",
        "contact": "Questions? Quote your reference: %1",
        "sign": "Kind regards,", "date": "Date: %1",
    },
    "hu": {
        "agreed_many": "Amiben megállapodtunk:", "item_by": "határidő: %1",
        "item_no_date": "időpontban nem állapodtunk meg", "total": "Összesen: %1",
        "subject": "Megállapodásunk a(z) %1 számú panaszáról",
        "dear": "Kedves %1!", "dear_any": "Kedves Ügyfelünk!",
        "intro": "Köszönjük, hogy elmondta, mi történt. Ebben állapodtunk meg.",
        "ref": "Ügyszám: %1", "agreed": "Amiben megállapodtunk: %1", "amount": "Összeg: %1",
        "by": "Határidő: %1", "no_date": "Időpontban nem állapodtunk meg.",
        "none": "Megoldásban nem állapodtunk meg.",
        "follow": "%1 %2-ig felveszi Önnel a kapcsolatot, hogy minden rendben van-e.",
        "no_follow": "További hívást nem tervezünk; bármikor kereshet minket.",
        "contact": "Kérdése van? Adja meg az ügyszámát: %1",
        "sign": "Üdvözlettel:", "date": "Dátum: %1",
    },
    "lv": {
        "agreed_many": "Par ko vienojāmies:", "item_by": "līdz %1",
        "item_no_date": "datums netika norunāts", "total": "Kopā: %1",
        "subject": "Mūsu vienošanās par jūsu sūdzību %1",
        "dear": "Cien. %1!", "dear_any": "Cien. klient!",
        "intro": "Paldies, ka pastāstījāt, kas nogāja greizi. Par to mēs vienojāmies.",
        "ref": "Jūsu lietas numurs: %1", "agreed": "Par ko vienojāmies: %1",
        "amount": "Summa: %1", "by": "Līdz: %1", "no_date": "Datums netika norunāts.",
        "none": "Par risinājumu netika panākta vienošanās.",
        "follow": "%1 sazināsies ar jums līdz %2, lai pārliecinātos, ka viss ir kārtībā.",
        "no_follow": "Vairāk zvanu nav plānots; sazinieties ar mums jebkurā laikā.",
        "contact": "Jautājumi? Norādiet lietas numuru: %1",
        "sign": "Ar cieņu", "date": "Datums: %1",
    },
    "uk": {
        "agreed_many": "Про що ми домовилися:", "item_by": "до %1",
        "item_no_date": "дату не погоджено", "total": "Разом: %1",
        "subject": "Наша домовленість щодо вашої скарги %1",
        "dear": "Шановний(а) %1!", "dear_any": "Шановний клієнте!",
        "intro": "Дякуємо, що розповіли, що пішло не так. Ось про що ми домовилися.",
        "ref": "Номер вашої справи: %1", "agreed": "Про що ми домовилися: %1",
        "amount": "Сума: %1", "by": "До: %1", "no_date": "Дату не погоджено.",
        "none": "Рішення не погоджено.",
        "follow": "%1 зв'яжеться з вами до %2, щоб переконатися, що все виправлено.",
        "no_follow": "Подальших дзвінків не заплановано; звертайтеся будь-коли.",
        "contact": "Запитання? Назвіть номер справи: %1",
        "sign": "З повагою,", "date": "Дата: %1",
    },
}


def customer_language(s: CaseState) -> str:
    """The customer's language: the case's (as its letters), English if not one we write."""
    lang = s.language or str(s.customer.get("language") or "")
    return lang if lang in TEXTS else "en"


@cache
def currency_symbol(code: str) -> str:
    """The sign a currency is written with (EUR → €, HUF → Ft), found among Qt's locales;
    the ISO code itself when no locale uses the currency."""
    for locale in QLocale.matchingLocales(QLocale.Language.AnyLanguage,
                                          QLocale.Script.AnyScript,
                                          QLocale.Country.AnyCountry):
        if locale.currencySymbol(QLocale.CurrencySymbolFormat.CurrencyIsoCode) == code:
            return locale.currencySymbol(QLocale.CurrencySymbolFormat.CurrencySymbol)
    return code


def _money(locale: QLocale, amount: Decimal, currency: str) -> str:
    """The agreed amount to the cent (a locale's own currency may round to whole units:
    30.50 EUR must not read "31 €"); whole forint stay whole."""
    digits = 0 if currency in WHOLE_UNITS and amount == amount.to_integral_value() else 2
    return locale.toCurrencyString(float(amount), currency_symbol(currency), digits)


def _day(locale: QLocale, day: date) -> str:
    return locale.toString(QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat)


def _when(locale: QLocale, deadline: str) -> str:
    """The agreed date in the customer's locale, with the (local) time where one was
    promised."""
    if "T" not in deadline:
        return _day(locale, date.fromisoformat(deadline[:10]))
    at = datetime.fromisoformat(deadline).astimezone()
    return (f"{_day(locale, at.date())} "
            f"{locale.toString(QTime(at.hour, at.minute), QLocale.FormatType.ShortFormat)}")


def _agreed(s: CaseState, playbook: Playbook, lang: str, locale: QLocale) -> list[str]:
    """Every resolution of the offer with its amount and date; the total under several."""
    t = TEXTS[lang]
    found = [(i, playbook.resolution(str(i.get("resolution"))))
             for i in (s.offer_items if s.resolution else [])]
    items = [(i, spec) for i, spec in found if spec is not None]
    if not items:
        return [t["none"]]
    if len(items) == 1:
        item, spec = items[0]
        lines = [t["agreed"].replace("%1", spec.label.get(lang))]
        if s.redress_amount is not None:
            lines.append(t["amount"].replace("%1", _money(locale, s.redress_amount,
                                                          s.currency or "")))
        deadline = item.get("deadline") or s.deadline
        lines.append(t["by"].replace("%1", _when(locale, str(deadline))) if deadline
                     else t["no_date"])
        return lines
    lines = [t["agreed_many"]]
    for item, spec in items:
        parts = [spec.label.get(lang)]
        if item.get("amount") is not None:
            parts.append(_money(locale, Decimal(str(item["amount"])), s.currency or ""))
        parts.append(t["item_by"].replace("%1", _when(locale, str(item["deadline"])))
                     if item.get("deadline") else t["item_no_date"])
        lines.append("– " + ", ".join(parts))
    if s.redress_amount is not None:
        lines.append(t["total"].replace("%1", _money(locale, s.redress_amount,
                                                     s.currency or "")))
    return lines


def agreement(s: CaseState, playbook: Playbook, *, organization: str = "",
              today: date | None = None) -> LetterDraft:
    """The agreement for case ``s`` in the customer's language, as a letter draft."""
    lang = customer_language(s)
    t, locale = TEXTS[lang], locale_for(lang)
    name = str(s.customer.get("name") or "").strip()
    subject = t["subject"].replace("%1", s.ref)
    dear = t["dear"].replace("%1", name) if name else t["dear_any"]
    lines = [subject, "", dear, "", t["intro"], "", t["ref"].replace("%1", s.ref)]
    lines += _agreed(s, playbook, lang, locale)
    lines.append("")
    due: datetime | None = s.follow_up_due
    if due is not None:
        who = s.follow_up_assignee or s.agent
        lines.append(t["follow"].replace("%1", who).replace("%2", _day(locale, due.date())))
    else:
        lines.append(t["no_follow"])
    lines += ["", t["contact"].replace("%1", s.ref), "",
              t["date"].replace("%1", _day(locale, today or date.today())), "",
              t["sign"], organization or s.agent]
    return LetterDraft(case_id=s.case_id, ref=s.ref, kind="agreement", lang=lang,
                       outcome=s.outcome, subject=subject,
                       body="\n".join(lines), pack="")


def write_agreement_pdf(s: CaseState, playbook: Playbook, out: Path, *,
                        organization: str = "") -> int:
    """The agreement as a one-page A4 PDF (the letters' writer); returns the page count."""
    from recovery_desk.ui.report.letter_pdf import write_letter_pdf

    return write_letter_pdf(agreement(s, playbook, organization=organization), out)
