"""Accounts on a real, migrated SQLite log: Argon2id hashes, throttling, lockout, management."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from argon2 import PasswordHasher, profiles
from sqlalchemy import select

from recovery_desk.domain.audit import ACCOUNT_CHANGED, audit_stream_id
from recovery_desk.services.access.accounts import (
    LOCK_AFTER,
    AccountDisabled,
    AccountError,
    AccountLocked,
    Accounts,
    TryAgainLater,
    WrongCredentials,
    delay_after,
)
from recovery_desk.services.access.last_admin import LAST_ADMIN_RETRY
from recovery_desk.services.access.permissions import PermissionDenied
from recovery_desk.services.settings import Settings
from recovery_desk.services.trust.check import check_log
from recovery_desk.services.workspace import Workspace, open_workspace
from recovery_desk.storage.models import CaseEvent, User

CHEAP = PasswordHasher.from_parameters(profiles.CHEAPEST)  # real Argon2id, test-sized cost
PASSWORD = "correct horse battery"


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def tick(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def accounts(workspace: Workspace, clock: Clock) -> Accounts:
    workspace.access.password_hasher = CHEAP
    return Accounts(workspace, clock=clock)


@pytest.fixture
def admin(accounts: Accounts) -> Accounts:
    """A log with a first admin, signed in, and an agent and a supervisor with passwords."""
    accounts.create_first_admin("Ada Admin", PASSWORD)
    accounts.sign_in("Ada Admin", PASSWORD)
    accounts.add_user("Alex Agent", "agent", "agent password")
    accounts.add_user("Sam Supervisor", "supervisor", "supervisor password")
    return accounts


def _row(workspace: Workspace, name: str):  # noqa: ANN202
    with workspace.engine.connect() as conn:
        return conn.execute(select(User.__table__).where(User.name == name)).one()


def test_first_admin_is_created_once_and_the_hash_is_argon2id(accounts: Accounts,
                                                              workspace: Workspace) -> None:
    assert accounts.needs_first_admin()  # "tester" and Sam exist but have no password
    accounts.create_first_admin("Ada Admin", PASSWORD)
    assert not accounts.needs_first_admin()
    stored = _row(workspace, "Ada Admin").password_hash
    assert stored.startswith("$argon2id$") and PASSWORD not in stored
    with pytest.raises(AccountError, match="exists already"):
        accounts.create_first_admin("Eve", PASSWORD)
    session = accounts.sign_in("Ada Admin", PASSWORD)
    assert session.authenticated and session.role == "admin"
    assert workspace.user == "Ada Admin" and workspace.role_of(workspace.user) == "admin"


def test_wrong_password_and_unknown_name_get_the_same_answer(admin: Accounts,
                                                             clock: Clock) -> None:
    with pytest.raises(WrongCredentials) as wrong:
        admin.sign_in("Alex Agent", "not it at all")
    clock.tick(60)
    with pytest.raises(WrongCredentials) as unknown:
        admin.sign_in("Nobody Here", "not it at all")
    clock.tick(60)
    with pytest.raises(WrongCredentials) as no_password:
        admin.sign_in("tester", "whatever you like")  # an actor row: cannot sign in
    assert str(wrong.value) == str(unknown.value) == str(no_password.value)
    assert wrong.value.retry_after == unknown.value.retry_after == 1.0


def test_failures_slow_down_then_lock_and_the_lock_survives_a_restart(
        admin: Accounts, clock: Clock, db_path: Path) -> None:
    for failure in range(1, LOCK_AFTER):
        with pytest.raises(WrongCredentials) as refused:
            admin.sign_in("Alex Agent", "wrong guess")
        assert refused.value.retry_after == delay_after(failure)
        with pytest.raises(TryAgainLater, match="try again in"):
            admin.sign_in("Alex Agent", "agent password")  # too early: not even checked
        clock.tick(delay_after(failure))
    assert [delay_after(n) for n in range(1, LOCK_AFTER)] == [1, 2, 4, 8]
    with pytest.raises(AccountLocked) as locked:
        admin.sign_in("Alex Agent", "wrong guess")
    assert locked.value.locked_until == clock.now + timedelta(minutes=15)
    assert "15 min" in str(locked.value)

    reopened = open_workspace(str(db_path), settings=Settings(desk_id="DESK-T", user="x"))
    try:
        again = Accounts(reopened, clock=clock, hasher=CHEAP)
        clock.tick(14 * 60)
        with pytest.raises(AccountLocked, match="1 min"):
            again.sign_in("Alex Agent", "agent password")  # right password, still locked
        clock.tick(61)
        assert again.sign_in("Alex Agent", "agent password").user == "Alex Agent"
        assert again.get("Alex Agent").failed_attempts == 0  # type: ignore[union-attr]
    finally:
        reopened.close()


def test_admin_unlock_and_new_password_clear_the_lock(admin: Accounts, clock: Clock) -> None:
    for _ in range(LOCK_AFTER):
        with pytest.raises((WrongCredentials, AccountLocked)):
            admin.sign_in("Alex Agent", "wrong guess")
        clock.tick(20)
    assert admin.get("Alex Agent").locked(clock.now)  # type: ignore[union-attr]
    admin.unlock("Alex Agent")
    assert admin.sign_in("Alex Agent", "agent password").role == "agent"


def test_disabled_account_cannot_sign_in_but_only_says_so_to_the_right_password(
        admin: Accounts, clock: Clock) -> None:
    admin.disable("Alex Agent")
    with pytest.raises(WrongCredentials):
        admin.sign_in("Alex Agent", "wrong guess")
    clock.tick(5)
    with pytest.raises(AccountDisabled):
        admin.sign_in("Alex Agent", "agent password")
    admin.sign_in("Ada Admin", PASSWORD)
    admin.enable("Alex Agent")
    assert admin.sign_in("Alex Agent", "agent password").user == "Alex Agent"


def test_pin_switches_user_quickly_but_is_not_a_password(admin: Accounts, clock: Clock,
                                                         workspace: Workspace) -> None:
    with pytest.raises(AccountError, match="4 to 8 digits"):
        admin.set_pin("Alex Agent", "12ab")
    admin.set_pin("Alex Agent", "4711")
    assert _row(workspace, "Alex Agent").pin_hash.startswith("$argon2id$")
    session = admin.switch_user("Alex Agent", "4711")
    assert (session.user, session.method) == ("Alex Agent", "pin")
    clock.tick(5)
    with pytest.raises(WrongCredentials):
        admin.sign_in("Alex Agent", "4711")  # the PIN does not work as a password
    clock.tick(5)
    # signed in as the agent: their own PIN needs their password, others' PINs an admin
    admin.set_pin("Alex Agent", "1234", current="agent password")
    with pytest.raises(PermissionDenied):
        admin.set_pin("Sam Supervisor", "1234")
    assert admin.switch_user("Alex Agent", "1234").user == "Alex Agent"


def test_hashes_made_with_old_parameters_are_renewed_at_sign_in(admin: Accounts,
                                                                workspace: Workspace,
                                                                clock: Clock) -> None:
    before = _row(workspace, "Alex Agent").password_hash
    stronger = PasswordHasher(time_cost=2, memory_cost=1024, parallelism=1)
    assert stronger.check_needs_rehash(before)
    Accounts(workspace, clock=clock, hasher=stronger).sign_in("Alex Agent", "agent password")
    after = _row(workspace, "Alex Agent").password_hash
    assert after != before and not stronger.check_needs_rehash(after)
    assert "t=2" in after
    assert Accounts(workspace, clock=clock, hasher=stronger).sign_in(
        "Alex Agent", "agent password").user == "Alex Agent"


def test_only_an_admin_manages_users(admin: Accounts, workspace: Workspace) -> None:
    admin.sign_in("Sam Supervisor", "supervisor password")
    for attempt in (lambda: admin.add_user("Mallory", "admin", "mallory password"),
                    lambda: admin.set_password("Alex Agent", "taken over!"),
                    lambda: admin.disable("Ada Admin"),
                    lambda: admin.set_role("Sam Supervisor", "admin"),
                    lambda: admin.unlock("Alex Agent")):
        with pytest.raises(PermissionDenied, match="Sam Supervisor \\(supervisor\\)"):
            attempt()
    assert admin.get("Mallory") is None
    assert admin.get("Sam Supervisor").role == "supervisor"  # type: ignore[union-attr]
    admin.set_password("Sam Supervisor", "new supervisor pw", current="supervisor password")
    assert admin.sign_in("Sam Supervisor", "new supervisor pw").user == "Sam Supervisor"


def test_the_last_admin_cannot_be_disabled_or_demoted(admin: Accounts) -> None:
    with pytest.raises(AccountError, match="only administrator"):
        admin.disable("Ada Admin")
    with pytest.raises(AccountError, match="only administrator"):
        admin.set_role("Ada Admin", "agent")
    admin.add_user("Bo Backup", "admin", "backup password")
    admin.disable("Ada Admin")


def test_an_actor_from_demo_data_becomes_an_account_when_added(admin: Accounts,
                                                               workspace: Workspace) -> None:
    with pytest.raises(AccountError, match="exists already"):
        admin.add_user("Alex Agent", "agent", "another password")
    account = admin.add_user("tester", "trainer", "trainer password")
    assert account.has_password and account.role == "trainer"


def test_bad_passwords_and_names_are_refused(admin: Accounts) -> None:
    with pytest.raises(AccountError, match="too short"):
        admin.add_user("Shorty", "agent", "short")
    with pytest.raises(AccountError, match="Unknown role"):
        admin.add_user("Rex", "king", "long enough pw")
    with pytest.raises(AccountError, match="user name"):
        admin.add_user("  ", "agent", "long enough pw")
    assert admin.get("Shorty") is None and admin.get("Rex") is None


def test_account_changes_are_on_the_audit_stream_and_check_passes(admin: Accounts,
                                                                  workspace: Workspace) -> None:
    with workspace.engine.connect() as conn:
        rows = conn.execute(select(CaseEvent.__table__).where(
            CaseEvent.kind == ACCOUNT_CHANGED).order_by(CaseEvent.desk_seq)).all()
    assert [r.payload["action"] for r in rows] == ["created first admin", "added", "added"]
    assert {r.case_id for r in rows} == {audit_stream_id("DESK-T")}
    assert [r.seq for r in rows] == [1, 2, 3]
    assert all("hash" not in str(r.payload).lower() for r in rows)
    assert workspace.case_count() == 0  # never a case in the lists
    assert check_log(workspace.engine).ok


def test_users_command_first_admin_then_only_with_admin_credentials(
        db_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture) -> None:
    import io

    from recovery_desk.cli.main import main

    def run(stdin: str, *args: str) -> int:
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
        return main(["--db", str(db_path), "users", *args])

    assert run("first password\nfirst password\n", "add", "Ada Admin", "--role", "agent") == 1
    assert "must be an administrator" in capsys.readouterr().err
    assert run("first password\nfirst passwort\n", "add", "Ada Admin", "--role", "admin") == 1
    assert "differ" in capsys.readouterr().err
    assert run("first password\nfirst password\n", "add", "Ada Admin", "--role", "admin") == 0
    assert run("agent password\nagent password\n", "add", "Alex", "--role", "agent") == 1
    assert "--as ADMIN" in capsys.readouterr().err
    assert run("first password\nagent password\nagent password\n",
               "add", "Alex", "--role", "agent", "--as", "Ada Admin") == 0
    assert run("agent password\n", "disable", "Ada Admin", "--as", "Alex") == 1
    assert "may not disable" in capsys.readouterr().err
    assert run("agent password\n2468\n2468\n", "pin", "Alex") == 0  # own PIN, own password
    monkeypatch.setattr("sys.stdin", io.StringIO("first password\n"))  # the global --as
    assert main(["--db", str(db_path), "--as", "Ada Admin", "users", "unlock", "Alex"]) == 0
    assert run("", "list") == 0
    listing = capsys.readouterr().out
    assert "Ada Admin" in listing and "Alex" in listing and "PIN" in listing
    assert "argon2" not in listing
    workspace = open_workspace(str(db_path), settings=Settings(user="x"))
    try:
        assert Accounts(workspace).switch_user("Alex", "2468").user == "Alex"
        with workspace.engine.connect() as conn:
            rows = conn.execute(select(CaseEvent.__table__).order_by(CaseEvent.desk_seq))
            kinds = [r.kind if r.kind == "access_denied" else r.payload["action"] for r in rows]
        assert kinds == ["created first admin", "added", "access_denied", "PIN set", "unlocked"]
    finally:
        workspace.close()


def _lock_out(accounts: Accounts, clock: Clock, name: str) -> None:
    """Five wrong passwords, each after the wait the previous one asked for."""
    for failure in range(1, LOCK_AFTER + 1):
        with pytest.raises(WrongCredentials if failure < LOCK_AFTER else AccountLocked):
            accounts.sign_in(name, "someone guessing")
        clock.tick(delay_after(failure))


def test_the_last_administrator_cannot_be_locked_out_for_good(admin: Accounts,
                                                               clock: Clock) -> None:
    _lock_out(admin, clock, "Ada Admin")
    with pytest.raises(AccountLocked):  # right away: locked like anyone
        admin.sign_in("Ada Admin", PASSWORD)
    clock.tick(LAST_ADMIN_RETRY.total_seconds())
    with pytest.raises(AccountLocked) as guessed:  # a wrong guess still answers "locked"
        admin.sign_in("Ada Admin", "another guess")
    assert "locked after 5 wrong attempts" in str(guessed.value)
    clock.tick(LAST_ADMIN_RETRY.total_seconds() - 1)
    with pytest.raises(AccountLocked):  # the wait runs from the last wrong attempt
        admin.sign_in("Ada Admin", PASSWORD)
    clock.tick(1)
    assert admin.sign_in("Ada Admin", PASSWORD).user == "Ada Admin"  # well within 15 min
    assert admin.get("Ada Admin").failed_attempts == 0  # type: ignore[union-attr]


def test_an_administrator_stays_locked_while_another_can_sign_in(admin: Accounts,
                                                                 clock: Clock) -> None:
    admin.add_user("Bo Backup", "admin", "backup password")
    _lock_out(admin, clock, "Ada Admin")
    clock.tick(LAST_ADMIN_RETRY.total_seconds())
    with pytest.raises(AccountLocked):  # Bo can still unlock Ada: the lock holds
        admin.sign_in("Ada Admin", PASSWORD)
    _lock_out(admin, clock, "Bo Backup")  # now nobody could: the last lock yields
    clock.tick(LAST_ADMIN_RETRY.total_seconds())
    assert admin.sign_in("Ada Admin", PASSWORD).user == "Ada Admin"


def test_an_agent_stays_locked_for_the_whole_lock(admin: Accounts, clock: Clock) -> None:
    _lock_out(admin, clock, "Alex Agent")
    clock.tick(LAST_ADMIN_RETRY.total_seconds() * 5)
    with pytest.raises(AccountLocked):
        admin.sign_in("Alex Agent", "agent password")
