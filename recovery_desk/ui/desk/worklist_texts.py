"""Words for the work lists' values (urgency, contact, promise, answers, stage), in the
interface language: no stored id ever reaches the screen."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import QObject

from recovery_desk.domain.playbook import Playbook
from recovery_desk.services.cases.worklists import OVERDUE, TODAY, Contact, WorkRow
from recovery_desk.services.workspace import Workspace
from recovery_desk.ui.common.formatting import date_text, date_time, money
from recovery_desk.ui.log.timeline_texts import when_text


class WorklistWords(QObject):
    """Each value of a work-list row in words (translated at each call)."""

    def __init__(self, ws: Workspace, lang: str) -> None:
        super().__init__()
        self.ws, self.lang = ws, lang

    def urgency(self, urgency: str) -> str:
        return {OVERDUE: self.tr("Overdue"), TODAY: self.tr("Due today")}.get(
            urgency, self.tr("Later"))

    def contact_kind(self, kind: str) -> str:
        return {"phone": self.tr("Phone"), "email": self.tr("E-mail")}.get(
            kind, self.tr("Contact"))

    def contacts(self, contacts: tuple[Contact, ...]) -> str:
        """Preferred first: "Phone: +44 … · E-mail: …"; a customer without any says so."""
        if not contacts:
            return self.tr("no phone or e-mail on file")
        return " · ".join(f"{self.contact_kind(c.kind)}: {c.value}" for c in contacts)

    def accepted(self, accepted: str | None) -> str:
        return {"yes": self.tr("accepted"), "partly": self.tr("accepted only partly"),
                "no": self.tr("did not accept")}.get(accepted or "",
                                                     self.tr("acceptance not known"))

    def _playbook(self, playbook_id: str) -> Playbook | None:
        try:
            return self.ws.playbooks.get(playbook_id)
        except KeyError:
            return None

    def stage(self, row: WorkRow) -> str:
        """The stage's title from the case's playbook, never its id."""
        playbook = self._playbook(row.playbook)
        if row.stage is None or playbook is None:
            return self.tr("stage not known")
        try:
            return playbook.stage(row.stage).title.get(self.lang)
        except KeyError:
            return self.tr("stage not known")

    def _label(self, playbook: Playbook | None, resolution: str | None) -> str:
        spec = playbook.resolution(resolution) if playbook and resolution else None
        return spec.label.get(self.lang) if spec else self.tr("a resolution")

    def promise(self, row: WorkRow) -> str:
        """What was agreed: the resolution, its amount and its deadline, in words; an offer
        of several resolutions one line each, then its total."""
        if not row.resolution:
            return self.tr("nothing agreed yet")
        playbook = self._playbook(row.playbook)
        if len(row.offer_items) > 1:
            return "\n".join(self._offer_lines(row, playbook))
        parts = [self._label(playbook, row.resolution)]
        if row.amount is not None:
            parts.append(money(row.amount, row.currency))
        if row.deadline:
            parts.append(self.tr("by %1").replace("%1", date_text(row.deadline)))
        return ", ".join(parts)

    def _offer_lines(self, row: WorkRow, playbook: Playbook | None) -> list[str]:
        """"Replacement, by 05/12/2026" per resolution (the wrap-up's deadline wording,
        with the hour where one was promised), then "Total: €45.00" where it adds up two
        amounts or more (under one it would only repeat that amount)."""
        lines = [self._item_words(item, playbook, row.currency) for item in row.offer_items]
        priced = sum(1 for item in row.offer_items if item.get("amount") is not None)
        if row.amount is not None and priced > 1:
            lines.append(self.tr("Total: %1").replace("%1", money(row.amount, row.currency)))
        return lines

    def _item_words(self, item: dict[str, Any], playbook: Playbook | None,
                    currency: str | None) -> str:
        parts = [self._label(playbook, item.get("resolution"))]
        if item.get("amount") is not None:
            parts.append(money(Decimal(str(item["amount"])), currency))
        if item.get("deadline"):
            parts.append(self.tr("by %1").replace("%1", when_text(str(item["deadline"]))))
        return ", ".join(parts)

    def unhappy(self, row: WorkRow) -> str:
        """Why a follow-up is due: the answers that put the customer on the watchlist."""
        parts = [self.accepted(row.accepted)]
        if row.csat is not None:
            parts.append(self.tr("satisfaction %1 of 5").replace("%1", str(row.csat)))
        if row.likelihood is not None:
            parts.append(self.tr("would recommend %1 of 10").replace("%1",
                                                                      str(row.likelihood)))
        return ", ".join(parts)

    def due(self, row: WorkRow) -> str:
        return f"{self.urgency(row.urgency)} · {date_time(row.due)}" if row.due else \
            self.urgency(row.urgency)

    def parked_state(self, row: WorkRow) -> str:
        """The stage title, and that the case waits for a supervisor's approval if it does."""
        title = self.stage(row)
        if row.waiting_for_approval:
            return self.tr("%1 · waiting for approval").replace("%1", title)
        return title
