"""Words for the work lists' values (urgency, contact, promise, answers, stage), in the
interface language: no stored id ever reaches the screen."""

from __future__ import annotations

from PySide6.QtCore import QObject

from recovery_desk.domain.playbook import Playbook
from recovery_desk.services.cases.worklists import OVERDUE, TODAY, Contact, WorkRow
from recovery_desk.services.workspace import Workspace
from recovery_desk.ui.common.formatting import date_text, date_time, money


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

    def promise(self, row: WorkRow) -> str:
        """What was agreed: the resolution, its amount and its deadline, in words."""
        if not row.resolution:
            return self.tr("nothing agreed yet")
        playbook = self._playbook(row.playbook)
        spec = playbook.resolution(row.resolution) if playbook else None
        parts = [spec.label.get(self.lang) if spec else self.tr("a resolution")]
        if row.amount is not None:
            parts.append(money(row.amount, row.currency))
        if row.deadline:
            parts.append(self.tr("by %1").replace("%1", date_text(row.deadline)))
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
