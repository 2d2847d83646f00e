"""One promised resolution in words ("Refund £12.50, by 09/03/2026 14:20"), the same on the
resolve box, the reminder list and the work lists: no stored id, ISO date or bare code."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from recovery_desk.domain.playbook import Playbook
from recovery_desk.ui.common.formatting import date_text, date_time, money


def due_words(due: str | None) -> str:
    """A stored deadline in the locale's way: a date, or a date and time."""
    if not due:
        return ""
    return date_time(datetime.fromisoformat(due)) if "T" in due else date_text(due)


def promise_words(playbook: Playbook | None, lang: str, resolution: str,
                  amount: Decimal | str | None, currency: str | None, due: str | None) -> str:
    spec = playbook.resolution(resolution) if playbook else None
    text = spec.label.get(lang) if spec else \
        QCoreApplication.translate("Promise", "a resolution")
    if amount is not None:
        text += " " + money(Decimal(amount), currency)
    if due:
        text += ", " + QCoreApplication.translate("Promise", "by %1").replace("%1", due_words(due))
    return text


def offer_words(playbook: Playbook | None, lang: str, items: list[dict[str, object]],
                currency: str | None) -> str:
    """Every resolution of an offer, joined with " · "."""
    return " · ".join(promise_words(
        playbook, lang, str(item.get("resolution") or ""),
        item.get("amount") if isinstance(item.get("amount"), str) else None,  # type: ignore[arg-type]
        currency, str(item["deadline"]) if item.get("deadline") else None) for item in items)
