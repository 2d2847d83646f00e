"""Why the last administrator's lock yields: anyone who can type at a sign-in could
otherwise keep every administrator out for good (five wrong passwords every 15 minutes),
and only an administrator unlocks. While no other administrator can sign in, the last
one's lock throttles instead of shutting out: their password is checked again
``LAST_ADMIN_RETRY`` after the last wrong attempt (a wrong one answers "locked" and
extends the lock, as for anyone)."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Engine, Row, func, or_, select

from recovery_desk.storage.models import User

LAST_ADMIN_RETRY = timedelta(seconds=60)
_USERS = User.__table__


def lock_yields(engine: Engine, row: Row[Any], now: datetime) -> bool:
    """True when ``row`` is a locked, active administrator, ``LAST_ADMIN_RETRY`` has passed
    since the last wrong attempt, and no other administrator can sign in now."""
    locked = row.locked_until is not None and row.locked_until > now
    if row.role != "admin" or not row.active or not locked:
        return False
    if row.last_failed_at is not None and now - row.last_failed_at < LAST_ADMIN_RETRY:
        return False
    with engine.connect() as conn:
        others = conn.execute(select(func.count()).select_from(_USERS).where(
            _USERS.c.role == "admin", _USERS.c.active, _USERS.c.password_hash.is_not(None),
            _USERS.c.user_id != row.user_id,
            or_(_USERS.c.locked_until.is_(None), _USERS.c.locked_until <= now))).scalar()
    return not others
