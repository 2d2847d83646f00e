"""Local accounts: sign-in by password or PIN, lockout, and user management.

Passwords and PINs are stored only as Argon2id hashes (``argon2-cffi``); a hash made with
older parameters is replaced at the next successful sign-in. Wrong attempts slow down
(1, 2, 4, 8 s before the next try) and the fifth locks the account for 15 minutes; the
counters live in the ``users`` table, so restarting the app resets nothing. The service
never sleeps: it refuses early attempts with the seconds to wait, and the window disables
its button for that long.

A wrong name and a wrong password get the same answer and cost the same Argon2 work (names
the log does not know get counters with the same delays, kept like a row's: ``ghosts``).
Rows made by ``Workspace.ensure_user`` (actors in demo or imported data) have no password
and cannot sign in until an administrator sets one.

Only an admin manages users. The exception is the very first account: while no account has
a password and the chain never recorded one, one administrator may be created without
signing in (the first-start dialog, ``recovery-desk users add NAME --role admin``). Every
change is an event committing to the secrets (``account_events``), checked by ``check``.
"""

from __future__ import annotations

import builtins
import logging
import math
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import Connection, Row, func, insert, select, update

from recovery_desk.core.errors import RecoveryDeskError
from recovery_desk.domain.refusal import Code
from recovery_desk.services.access import ghosts
from recovery_desk.services.access.account_events import had_accounts, record_account
from recovery_desk.services.access.last_admin import lock_yields
from recovery_desk.services.access.permissions import ROLES, Permission, PermissionDenied, require
from recovery_desk.services.workspace import Session, Workspace
from recovery_desk.storage.event_store import unit_of_work
from recovery_desk.storage.models import User

log = logging.getLogger(__name__)

LOCK_AFTER = 5                       # wrong attempts in a row that lock the account
LOCK_FOR = timedelta(minutes=15)
MIN_PASSWORD_LENGTH = 8
MAX_SECRET_LENGTH = 1024
PIN_PATTERN = re.compile(r"\d{4,8}")
_USERS = User.__table__
#: the hasher used when the workspace names none (``workspace.access.password_hasher``)
DEFAULT_HASHER = PasswordHasher()


def utcnow() -> datetime:
    return datetime.now(UTC)


def delay_after(failures: int) -> float:
    """Seconds to wait before the next attempt after ``failures`` wrong ones in a row."""
    return 0.0 if failures <= 0 else float(2 ** (failures - 1))


# -- errors --------------------------------------------------------------------------


class IdentityNotProven(PermissionDenied):
    """Acting for someone other than the signed-in user needs their password or PIN."""


class AccountError(RecoveryDeskError):
    """A user-management request that cannot be done as asked (nothing was changed)."""


PASSWORD_TOO_SHORT = Code("account.password_too_short",
                          "The password is too short (at least {minimum} characters).",
                          "Choose a longer one; a short sentence works well.",
                          types={"minimum": int})
PASSWORD_TOO_LONG = Code("account.password_too_long", "The password is too long.",
                         "Use at most {maximum} characters.", types={"maximum": int})
PIN_FORM = Code("account.pin_form", "A PIN is 4 to 8 digits.",
                "Type only digits, 4 to 8 of them.")
NAME_FORM = Code("account.name_form",
                 "A user name is 1 to 200 characters, without control characters.",
                 "Type the person's name as colleagues know it.")
UNKNOWN_ROLE = Code("account.unknown_role", "Unknown role {role!r}.", "Choose one of: {choices}.")
ADMIN_EXISTS = Code("account.admin_exists", "An administrator account exists already.",
                    "Sign in as an administrator to add users.")
LAST_ADMIN = Code("account.last_admin", "{user} is the only administrator who can sign in.",
                  "Make another user an administrator first.")
USER_EXISTS = Code("account.user_exists", "A user named {user} exists already.",
                   "Choose another name, or set that user's password.")
NO_SUCH_USER = Code("account.no_such_user", "There is no user named {user}.",
                    "Check the name with: recovery-desk users list")


class SignInRefused(RecoveryDeskError):
    """Sign-in (or proof of identity) refused. ``retry_after``: seconds before the next try."""

    def __init__(self, problem: str, fix: str = "", *, retry_after: float = 0.0,
                 locked_until: datetime | None = None) -> None:
        super().__init__(problem, fix)
        self.retry_after = retry_after
        self.locked_until = locked_until

    @property
    def wait_seconds(self) -> int:
        return max(0, math.ceil(self.retry_after))


class WrongCredentials(SignInRefused):
    """Name or secret wrong: deliberately one answer for both."""


class TryAgainLater(SignInRefused):
    """An attempt came before the delay after the last wrong one ran out."""


class AccountLocked(SignInRefused):
    """Too many wrong attempts: locked until ``locked_until``."""


class AccountDisabled(SignInRefused):
    """The secret was right but the account is disabled."""


# -- records -------------------------------------------------------------------------


@dataclass(frozen=True)
class Account:
    """What the lists show about a user; never the hashes."""

    name: str
    role: str
    active: bool
    has_password: bool
    has_pin: bool
    failed_attempts: int
    locked_until: datetime | None
    last_sign_in_at: datetime | None

    def locked(self, now: datetime) -> bool:
        return self.locked_until is not None and self.locked_until > now


@dataclass
class _Attempts:
    """The throttling state of one name (a row's columns, or an in-memory stand-in)."""

    failures: int = 0
    last_failed_at: datetime | None = None
    locked_until: datetime | None = None

    def refuse_early(self, now: datetime) -> None:
        if self.locked_until is not None:
            if now < self.locked_until:
                raise _locked(self.locked_until, now)
            self.failures, self.locked_until = 0, None  # the lock ran out: start afresh
        if self.failures and self.last_failed_at is not None:
            wait = (self.last_failed_at + timedelta(seconds=delay_after(self.failures))
                    - now).total_seconds()
            if wait > 0:
                raise TryAgainLater(
                    f"Too many wrong attempts: try again in {math.ceil(wait)} s.",
                    "Wait a moment, then type the password again.", retry_after=wait)

    def fail(self, now: datetime) -> None:
        self.failures += 1
        self.last_failed_at = now
        if self.failures >= LOCK_AFTER:
            self.locked_until = now + LOCK_FOR


def _locked(until: datetime, now: datetime) -> AccountLocked:
    minutes = max(1, math.ceil((until - now).total_seconds() / 60))
    return AccountLocked(
        f"This account is locked after {LOCK_AFTER} wrong attempts, until "
        f"{until:%H:%M} UTC (in {minutes} min).",
        "Wait until then, or ask an administrator to unlock it.",
        retry_after=(until - now).total_seconds(), locked_until=until)


def _wrong(retry_after: float) -> WrongCredentials:
    fix = "Check both and try again"
    if retry_after > 0:
        fix += f" in {math.ceil(retry_after)} s"
    return WrongCredentials("The user name or password is not right.", fix + ".",
                            retry_after=retry_after)


def _account(row: Row[Any]) -> Account:
    return Account(name=row.name, role=row.role, active=bool(row.active),
                   has_password=bool(row.password_hash), has_pin=bool(row.pin_hash),
                   failed_attempts=row.failed_attempts or 0, locked_until=row.locked_until,
                   last_sign_in_at=row.last_sign_in_at)


def check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise AccountError.refusing(PASSWORD_TOO_SHORT(minimum=MIN_PASSWORD_LENGTH))
    if len(password) > MAX_SECRET_LENGTH:
        raise AccountError.refusing(PASSWORD_TOO_LONG(maximum=MAX_SECRET_LENGTH))


def check_pin(pin: str) -> None:
    if not PIN_PATTERN.fullmatch(pin):
        raise AccountError.refusing(PIN_FORM())


def check_name(name: str) -> str:
    name = name.strip()
    if not name or len(name) > 200 or any(ord(ch) < 32 for ch in name):
        raise AccountError.refusing(NAME_FORM())
    return name


def check_role(role: str) -> str:
    if role not in ROLES:
        raise AccountError.refusing(UNKNOWN_ROLE(role=role, choices=", ".join(ROLES)))
    return role


# -- the service ---------------------------------------------------------------------


class Accounts:
    """Sign-in and user management on one workspace (its ``users`` table and session)."""

    def __init__(self, workspace: Workspace, *, clock: Callable[[], datetime] = utcnow,
                 hasher: PasswordHasher | None = None) -> None:
        self.ws = workspace
        self.clock = clock
        self.hasher = hasher or workspace.access.password_hasher or DEFAULT_HASHER

    # -- reading ------------------------------------------------------------------

    def list(self) -> list[Account]:
        with self.ws.engine.connect() as conn:
            return [_account(r) for r in conn.execute(select(_USERS).order_by(_USERS.c.name))]

    def get(self, name: str) -> Account | None:
        with self.ws.engine.connect() as conn:
            row = conn.execute(select(_USERS).where(_USERS.c.name == name.strip())).first()
        return _account(row) if row is not None else None

    def needs_first_admin(self) -> bool:
        """True while no account has a password and the chain never recorded one: the
        first start must create an admin. Nulling every hash in the table does not bring
        that back (the account events remain), a restore of a backup does."""
        with self.ws.engine.connect() as conn:
            if conn.execute(select(func.count()).select_from(_USERS).where(
                    _USERS.c.password_hash.is_not(None))).scalar_one():
                return False
            return not had_accounts(conn, self.ws.desk_id)

    def can_sign_in(self) -> builtins.list[str]:  # builtins: self.list shadows it here
        """Names of active accounts with a password (for the sign-in dialog's list)."""
        with self.ws.engine.connect() as conn:
            return list(conn.execute(select(_USERS.c.name).where(
                _USERS.c.active, _USERS.c.password_hash.is_not(None))
                .order_by(_USERS.c.name)).scalars())

    # -- signing in ---------------------------------------------------------------

    def sign_in(self, name: str, password: str) -> Session:
        """Check the password and make ``name`` the workspace's signed-in user."""
        row = self._authenticate(name, password, ("password",))
        return self._start(row.name, row.role, "password")

    def switch_user(self, name: str, pin: str) -> Session:
        """Quick switch at a shared counter: a PIN instead of the password."""
        row = self._authenticate(name, pin, ("pin",))
        return self._start(row.name, row.role, "pin")

    def prove(self, name: str, secret: str) -> Account:
        """Check that ``name`` is present (password or PIN) without changing the session;
        e.g. a supervisor approving an offer at an agent's desk. Counts like a sign-in."""
        return _account(self._authenticate(name, secret, ("password", "pin")))

    def sign_out(self) -> None:
        self.ws.session = None

    def _start(self, name: str, role: str, method: str) -> Session:
        self.ws.forget_roles()
        self.ws.session = Session(user=name, role=role, method=method,
                                  started_at=self.clock())
        self.ws.settings.user = name
        log.info("signed in (%s), role %s", method, role)
        return self.ws.session

    def _authenticate(self, name: str, secret: str, kinds: Iterable[str]) -> Row[Any]:
        name, now = name.strip(), self.clock()
        with self.ws.engine.connect() as conn:
            row = conn.execute(select(_USERS).where(_USERS.c.name == name)).first()
        hashes = [getattr(row, f"{k}_hash") for k in kinds] if row is not None else []
        hashes = [h for h in hashes if h]
        if row is None or not hashes:
            # unknown name, or an actor without a password: answer exactly like a wrong one
            ghost = _Attempts(*ghosts.load(self.ws.location, name))
            ghost.refuse_early(now)
            self._verify_any([ghosts.dummy_hash(self.hasher)], secret)
            ghost.fail(now)
            ghosts.save(self.ws.location, name,
                        (ghost.failures, ghost.last_failed_at, ghost.locked_until))
            if ghost.locked_until is not None:
                raise _locked(ghost.locked_until, now)
            raise _wrong(delay_after(ghost.failures))
        attempts = _Attempts(row.failed_attempts or 0, row.last_failed_at, row.locked_until)
        if not lock_yields(self.ws.engine, row, now):
            attempts.refuse_early(now)
        matched = self._verify_any(hashes, secret)
        if matched is None:
            raise self._record_failure(name, now)
        if not row.active:
            raise AccountDisabled("This account is disabled.",
                                  "Ask an administrator if you should still have access.")
        values: dict[str, Any] = {"failed_attempts": 0, "last_failed_at": None,
                                  "locked_until": None, "last_sign_in_at": now}
        renewed = self.hasher.check_needs_rehash(matched)
        if renewed:
            column = "password_hash" if matched == row.password_hash else "pin_hash"
            values[column] = self.hasher.hash(secret)
        with unit_of_work(self.ws.engine, self.ws.desk_id) as uow:
            uow.conn.execute(update(_USERS).where(_USERS.c.user_id == row.user_id)
                             .values(values))
            if renewed:  # a new hash of the same secret: the chain's commitment follows
                record_account(uow, "hash renewed", name, name)
        return row

    def _verify_any(self, hashes: builtins.list[str], secret: str) -> str | None:
        """The hash that ``secret`` matches, or None. Secrets are never logged."""
        found = None
        for stored in hashes:
            try:
                if self.hasher.verify(stored, secret[:MAX_SECRET_LENGTH]):
                    found = found or stored
            except VerifyMismatchError:
                continue
            except (InvalidHashError, VerificationError):
                log.warning("an account has an unreadable password hash")
        return found

    def _record_failure(self, name: str, now: datetime) -> SignInRefused:
        """Count a wrong attempt in the database (fresh values, under the write lock);
        returns the refusal to raise."""
        with unit_of_work(self.ws.engine, self.ws.desk_id) as uow:
            row = uow.conn.execute(select(_USERS).where(_USERS.c.name == name)
                                   .with_for_update()).first()
            if row is None:  # removed since it was read: refuse like any unknown name
                return _wrong(delay_after(1))
            attempts = _Attempts(row.failed_attempts or 0, row.last_failed_at,
                                 row.locked_until)
            if attempts.locked_until is not None and attempts.locked_until <= now:
                attempts.failures, attempts.locked_until = 0, None
            attempts.fail(now)
            uow.conn.execute(update(_USERS).where(_USERS.c.user_id == row.user_id).values(
                failed_attempts=attempts.failures, last_failed_at=now,
                locked_until=attempts.locked_until))
            if attempts.locked_until is not None:
                self._audit(uow, "locked", name)
        if attempts.locked_until is not None:
            return _locked(attempts.locked_until, now)
        return _wrong(delay_after(attempts.failures))

    # -- managing users -----------------------------------------------------------

    def create_first_admin(self, name: str, password: str) -> Account:
        """The first account, made without signing in; refused once any password exists."""
        name = check_name(name)
        check_password(password)
        if not self.needs_first_admin():
            raise AccountError.refusing(ADMIN_EXISTS())
        return self._save(name, "admin", password=password, action="created first admin",
                          allow_existing=True)

    def add_user(self, name: str, role: str, password: str | None = None) -> Account:
        """A new account (admin only). A name already in the log without a password (an
        actor from demo or imported data) becomes this account; a real account stays."""
        name, role = check_name(name), check_role(role)
        if password is not None:
            check_password(password)
        self._require_admin(f"add the user {name}")
        return self._save(name, role, password=password, action="added",
                          allow_existing=True)

    def set_password(self, name: str, password: str, *, current: str | None = None) -> Account:
        """An admin sets anyone's password; a signed-in user changes their own with the
        ``current`` one. Also clears a lock."""
        check_password(password)
        self._require_self_or_admin(name, current, f"set the password of {name}")
        return self._change(name, "password set", password_hash=self.hasher.hash(password),
                            password_changed_at=self.clock(), failed_attempts=0,
                            locked_until=None, last_failed_at=None)

    def set_pin(self, name: str, pin: str | None, *, current: str | None = None) -> Account:
        """Set (or with ``None`` remove) the quick-switch PIN: an admin, or oneself with the
        current password."""
        if pin is not None:
            check_pin(pin)
        self._require_self_or_admin(name, current, f"set the PIN of {name}")
        return self._change(name, "PIN set" if pin else "PIN removed",
                            pin_hash=self.hasher.hash(pin) if pin else None)

    def set_role(self, name: str, role: str) -> Account:
        role = check_role(role)
        self._require_admin(f"change the role of {name}")
        if role != "admin":
            self._keep_an_admin(name)
        return self._change(name, f"role set to {role}", role=role)

    def disable(self, name: str) -> Account:
        self._require_admin(f"disable the user {name}")
        self._keep_an_admin(name)
        return self._change(name, "disabled", active=False)

    def enable(self, name: str) -> Account:
        self._require_admin(f"enable the user {name}")
        return self._change(name, "enabled", active=True)

    def unlock(self, name: str) -> Account:
        self._require_admin(f"unlock the user {name}")
        return self._change(name, "unlocked", failed_attempts=0, locked_until=None,
                            last_failed_at=None)

    # -- plumbing -----------------------------------------------------------------

    def _require_admin(self, action: str) -> None:
        require(self.ws, Permission.MANAGE_USERS, action=action)

    def _require_self_or_admin(self, name: str, current: str | None, action: str) -> None:
        if current is not None and name.strip() == self.ws.user:
            self.prove(name, current)
            return
        self._require_admin(action)

    def _keep_an_admin(self, name: str) -> None:
        """Never leave the log without an active admin who can sign in."""
        with self.ws.engine.connect() as conn:
            others = conn.execute(select(func.count()).select_from(_USERS).where(
                _USERS.c.role == "admin", _USERS.c.active, _USERS.c.password_hash.is_not(None),
                _USERS.c.name != name.strip())).scalar_one()
        if others == 0:
            raise AccountError.refusing(LAST_ADMIN(user=name))

    def _audit(self, uow: Any, action: str, name: str) -> None:
        record_account(uow, action, name, self.ws.user)

    def _save(self, name: str, role: str, *, password: str | None, action: str,
              allow_existing: bool) -> Account:
        now = self.clock()
        values: dict[str, Any] = {"role": role, "active": True}
        if password is not None:
            values.update(password_hash=self.hasher.hash(password), password_changed_at=now)
        with unit_of_work(self.ws.engine, self.ws.desk_id) as uow:
            row = self._row(uow.conn, name)
            if row is None:
                uow.conn.execute(insert(_USERS).values(user_id=name, name=name,
                                                       created_at=now, **values))
            elif row.password_hash or not allow_existing:
                raise AccountError.refusing(USER_EXISTS(user=name))
            else:
                uow.conn.execute(update(_USERS).where(_USERS.c.user_id == row.user_id)
                                 .values(values))
            self._audit(uow, action, name)
        self.ws.forget_roles()
        account = self.get(name)
        assert account is not None
        return account

    def _change(self, name: str, action: str, **values: Any) -> Account:
        name = name.strip()
        with unit_of_work(self.ws.engine, self.ws.desk_id) as uow:
            row = self._row(uow.conn, name)
            if row is None:
                raise AccountError.refusing(NO_SUCH_USER(user=name))
            uow.conn.execute(update(_USERS).where(_USERS.c.user_id == row.user_id)
                             .values(values))
            self._audit(uow, action, name)
        self.ws.forget_roles()
        account = self.get(name)
        assert account is not None
        return account

    @staticmethod
    def _row(conn: Connection, name: str) -> Any:
        return conn.execute(select(_USERS).where(_USERS.c.name == name)).first()
