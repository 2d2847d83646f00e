"""Autosaved drafts: text typed but not yet recorded, kept per desk so a crash loses nothing."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import Engine, delete, insert, select, update

from recovery_desk.storage.models import Draft

D = Draft.__table__


@dataclass(frozen=True)
class SavedDraft:
    key: str
    case_id: str | None
    text: str
    updated_at: datetime
    user: str = ""


def save_drafts(engine: Engine, desk_id: str, user: str,
                drafts: dict[str, tuple[str | None, str]]) -> None:
    """Write ``{key: (case_id, text)}`` in one short transaction; empty text deletes."""
    if not drafts:
        return
    now = datetime.now(UTC)
    with engine.begin() as conn:
        for key, (case_id, text) in drafts.items():
            if not text.strip():
                conn.execute(delete(D).where(D.c.draft_key == key))
                continue
            changed = conn.execute(update(D).where(D.c.draft_key == key).values(
                text=text, updated_at=now, user=user, case_id=case_id)).rowcount
            if not changed:
                conn.execute(insert(D).values(draft_key=key, desk_id=desk_id, case_id=case_id,
                                              user=user, text=text, updated_at=now))


def load_drafts(engine: Engine, desk_id: str, user: str | None = None) -> list[SavedDraft]:
    """The desk's drafts; with ``user``, only the ones that user typed (after a crash, the
    next person to sign in is offered their own text, never a colleague's)."""
    stmt = select(D).where(D.c.desk_id == desk_id)
    if user is not None:
        stmt = stmt.where(D.c.user == user)
    with engine.connect() as conn:
        rows = conn.execute(stmt.order_by(D.c.updated_at))
        return [SavedDraft(r.draft_key, r.case_id, r.text, r.updated_at, r.user or "")
                for r in rows]


def discard_draft(engine: Engine, key: str) -> None:
    with engine.begin() as conn:
        conn.execute(delete(D).where(D.c.draft_key == key))
