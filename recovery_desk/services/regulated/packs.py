"""Which clock rule packs exist, and which one this case log runs under.

Packs ship in ``resources/clocks``; an editable copy in the settings folder's ``clocks/``
replaces a shipped pack of the same id. The log's choice is an event
(``clock_pack_chosen``) on the choosing desk's audit stream, so it is tamper-evident and
reaches every desk with sync; the latest choice wins. Choosing is for supervisors and
administrators; cases opened afterwards run under the chosen pack, cases already open
keep the deadlines they were given.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select

from recovery_desk.core.errors import RecoveryDeskError
from recovery_desk.core.paths import config_dir, resources_dir
from recovery_desk.domain.audit import AUDIT_PREFIX, CLOCK_PACK_CHOSEN
from recovery_desk.domain.clocks.pack import ClockPack, load_packs
from recovery_desk.domain.events import Change
from recovery_desk.domain.refusal import Code
from recovery_desk.services.access.permissions import Permission, require

if TYPE_CHECKING:
    from recovery_desk.services.workspace import Workspace

NO_PACK = "none"


class UnknownPack(RecoveryDeskError):
    """A pack name that is not among the usable packs."""


NO_SUCH_PACK = Code("clock.no_such_pack", "There is no usable clock pack named {pack!r}.",
                    "Choose one of: {choices} (see `recovery-desk clocks list`).")


@dataclass(frozen=True)
class PackLibrary:
    usable: dict[str, ClockPack]
    unusable: dict[str, str]

    def get(self, pack_id: str) -> ClockPack:
        try:
            return self.usable[pack_id]
        except KeyError:
            names = ", ".join(sorted(self.usable)) or "none"
            raise UnknownPack.refusing(NO_SUCH_PACK(pack=pack_id, choices=names)) from None


def editable_dir() -> Path:
    return config_dir() / "clocks"


@lru_cache(maxsize=4)
def _load(shipped: Path, editable: Path) -> PackLibrary:
    usable, unusable = load_packs((shipped, False), (editable, True))
    return PackLibrary(usable=usable, unusable=unusable)


def library() -> PackLibrary:
    return _load(resources_dir() / "clocks", editable_dir())


def reload() -> PackLibrary:
    _load.cache_clear()
    return library()


@dataclass(frozen=True)
class PackChoice:
    pack_id: str
    version: int
    chosen_by: str
    chosen_at: datetime


def current_choice(workspace: Workspace) -> PackChoice | None:
    """The log's latest pack choice (any desk's), or None if none was ever made."""
    from recovery_desk.storage.models import CaseEvent

    events = CaseEvent.__table__
    with workspace.engine.connect() as conn:
        row = conn.execute(
            select(events.c.payload, events.c.actor, events.c.at)
            .where(events.c.case_id >= AUDIT_PREFIX, events.c.case_id < AUDIT_PREFIX[:-1] + ";",
                   events.c.kind == CLOCK_PACK_CHOSEN)
            .order_by(events.c.at.desc(), events.c.desk_id.desc()).limit(1)).first()
    if row is None:
        return None
    return PackChoice(pack_id=str(row.payload.get("pack", NO_PACK)),
                      version=int(row.payload.get("version", 0)), chosen_by=row.actor,
                      chosen_at=row.at)


def current_pack(workspace: Workspace) -> ClockPack | None:
    """The pack new cases run under, or None (no choice, 'none', or the pack is gone)."""
    choice = current_choice(workspace)
    if choice is None or choice.pack_id == NO_PACK:
        return None
    return library().usable.get(choice.pack_id)


def choose_pack(workspace: Workspace, pack_id: str) -> PackChoice:
    """Record the log's pack (``none`` for no clocks); supervisors and administrators."""
    require(workspace, Permission.MANAGE_CLOCKS, action="choose the clock rule pack")
    return record_choice(workspace, pack_id, workspace.user)


def record_choice(workspace: Workspace, pack_id: str, actor: str,
                  at: datetime | None = None) -> PackChoice:
    """The choice event itself; ``choose_pack`` checks the role first. Demo data uses this
    directly, naming its own supervisor as the actor."""
    version = 0
    if pack_id != NO_PACK:
        version = library().get(pack_id).version
    from recovery_desk.storage.event_store import unit_of_work

    with unit_of_work(workspace.engine, workspace.desk_id) as uow:
        [event] = uow.record(uow.audit_stream(), [Change(CLOCK_PACK_CHOSEN, {
            "pack": pack_id, "version": version})], actor, at=at)
    return PackChoice(pack_id=pack_id, version=version, chosen_by=event.actor,
                      chosen_at=event.at)
