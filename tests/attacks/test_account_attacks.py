"""Issue 13, point 5: the accounts behind the sign-in, attacked through the SQLite file and
through guessing, on a real log with real Argon2id hashes.

Editing one's own ``users`` row to ``admin``, putting another hash in, adding or deleting a
row, or nulling every hash (which used to re-open "create the first administrator") is
found by ``check``; nulling the hashes no longer brings the first-admin path back. A name
the log does not know is answered, delayed and locked exactly like a real one, in the same
time, also across separate commands.
"""

from __future__ import annotations

import sqlite3
import statistics
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from argon2 import PasswordHasher

from recovery_desk.services.access.accounts import (
    LOCK_AFTER,
    AccountError,
    AccountLocked,
    Accounts,
    SignInRefused,
    TryAgainLater,
    WrongCredentials,
    delay_after,
)
from recovery_desk.services.settings import Settings
from recovery_desk.services.trust.check import check_log
from recovery_desk.services.workspace import open_workspace
from tests.attacks.cli_helpers import CHEAP, PASSWORDS, Cli, staffed_log


@pytest.fixture
def cli(tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> Cli:
    runner = Cli(tmp_path / "log.sqlite3", capsys, monkeypatch)
    staffed_log(runner.log, runner, cases=6)
    return runner


def _sql(log: Path, statement: str, *params: object) -> None:
    raw = sqlite3.connect(log)
    raw.execute(statement, params)
    raw.commit()
    raw.close()


def _check(cli: Cli) -> tuple[int, str]:
    code, _out, err = cli("check")
    return code, err


def test_a_staffed_log_passes_check_with_its_accounts(cli: Cli) -> None:
    code, out, err = cli("check")
    assert code == 0, err
    assert "case list, accounts, customers, search index and Dashboard rollup verified" in out


@pytest.mark.parametrize(("attack", "finding"), [
    ("own_row_to_admin", "user Alex Agent: the role is admin, the chain says agent"),
    ("copied_hash", "user Ada Admin: the password or PIN hash is not the one the chain "
                    "recorded"),
    ("enabled_again", "user Sam Supervisor: the account is active, the chain says otherwise"),
    ("inserted_row", "user Mallory: can sign in, but no account event on the chain made the "
                     "account"),
    ("deleted_admin", "user Ada Admin: on the chain but missing from the users table"),
])
def test_an_edit_of_the_users_table_is_found_by_check(cli: Cli, attack: str,
                                                     finding: str) -> None:
    if attack == "enabled_again":
        assert cli.as_user("Ada Admin", "users", "disable", "Sam Supervisor")[0] == 0
    assert _check(cli)[0] == 0
    if attack == "own_row_to_admin":
        _sql(cli.log, "UPDATE users SET role = 'admin' WHERE name = 'Alex Agent'")
    elif attack == "copied_hash":  # the agent copies their own hash onto the admin
        _sql(cli.log, "UPDATE users SET password_hash = (SELECT password_hash FROM users "
                      "WHERE name = 'Alex Agent') WHERE name = 'Ada Admin'")
    elif attack == "enabled_again":
        _sql(cli.log, "UPDATE users SET active = 1 WHERE name = 'Sam Supervisor'")
    elif attack == "inserted_row":
        _sql(cli.log, "INSERT INTO users (user_id, name, role, active, created_at, "
                      "password_hash) SELECT 'Mallory', 'Mallory', 'admin', 1, created_at, "
                      "password_hash FROM users WHERE name = 'Alex Agent'")
    else:
        _sql(cli.log, "DELETE FROM users WHERE name = 'Ada Admin'")
    code, err = _check(cli)
    assert code == 1
    assert finding in err and "outside the app" in err, err
    if attack == "copied_hash":  # and the copied hash does let the agent in: check is why
        assert cli("--as", "Ada Admin", "users", "list",
                   stdin=PASSWORDS["Alex Agent"] + "\n")[0] == 0


def test_nulling_every_hash_does_not_reopen_the_first_administrator(cli: Cli) -> None:
    _sql(cli.log, "UPDATE users SET password_hash = NULL, pin_hash = NULL")
    code, _out, err = cli("users", "add", "Eve", "--role", "admin",
                          stdin="eve's long password\neve's long password\n")
    assert code == 1
    assert "Nobody is signed in" in err or "--as ADMIN" in err, err
    ws = open_workspace(str(cli.log), settings=Settings(user="x"))
    try:
        accounts = Accounts(ws, hasher=CHEAP)
        assert not accounts.needs_first_admin()
        with pytest.raises(AccountError, match="An administrator account exists already"):
            accounts.create_first_admin("Eve", "eve's long password")
        assert accounts.get("Eve") is None
    finally:
        ws.close()
    code, err = _check(cli)
    assert code == 1 and "user Ada Admin: the password or PIN hash is not the one" in err


def test_a_fresh_log_still_offers_the_first_administrator(tmp_path: Path) -> None:
    ws = open_workspace(str(tmp_path / "new.sqlite3"), settings=Settings(user="x"))
    try:
        accounts = Accounts(ws, hasher=CHEAP)
        assert accounts.needs_first_admin()
        accounts.create_first_admin("Ada Admin", PASSWORDS["Ada Admin"])
        assert not accounts.needs_first_admin()
        assert check_log(ws.engine).ok
    finally:
        ws.close()


def test_check_rebuild_needs_an_administrator_signed_in(cli: Cli) -> None:
    code, _out, err = cli.as_user("Alex Agent", "check", "--rebuild")
    assert code == 1 and "may not rebuild the case list" in err, err
    code, _out, err = cli.as_user("Sam Supervisor", "check", "--rebuild")
    assert code == 1 and "may not rebuild the case list" in err, err
    code, out, err = cli.as_user("Ada Admin", "check", "--rebuild")
    assert code == 0 and "Rebuilt the case list" in out, err


def test_a_hash_renewed_at_sign_in_is_on_the_chain_and_check_passes(cli: Cli) -> None:
    """A password hashed with older (cheaper) parameters is renewed at the next sign-in;
    the renewal is an account event, so check still finds the table and chain agree."""
    ws = open_workspace(str(cli.log), settings=Settings(user="x"))
    try:
        stronger = PasswordHasher(time_cost=CHEAP.time_cost + 1,
                                  memory_cost=CHEAP.memory_cost, parallelism=1)
        Accounts(ws, hasher=stronger).sign_in("Alex Agent", PASSWORDS["Alex Agent"])
        assert check_log(ws.engine).ok, check_log(ws.engine).findings
    finally:
        ws.close()


# -- guessing names and passwords -------------------------------------------------------------


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


def _attempt(accounts: Accounts, name: str) -> tuple[type, str, float, float]:
    started = time.perf_counter()
    with pytest.raises(SignInRefused) as refused:
        accounts.sign_in(name, "a wrong guess at it")
    took = time.perf_counter() - started
    return type(refused.value), str(refused.value), refused.value.retry_after, took


def test_a_made_up_name_and_a_real_one_answer_alike_in_the_same_time_across_commands(
        cli: Cli) -> None:
    """Real Argon2id at the default cost, as the command line uses it. Each round of
    attempts runs on a newly opened log (as each ``recovery-desk --as`` command does)."""
    clock = Clock()
    hasher = PasswordHasher()  # the product's default parameters
    ws = open_workspace(str(cli.log), settings=Settings(user="x"))
    try:  # the real account's hash at the same cost as the dummy one
        admin = Accounts(ws, hasher=CHEAP, clock=clock)
        admin.sign_in("Ada Admin", PASSWORDS["Ada Admin"])
        Accounts(ws, hasher=hasher, clock=clock).set_password("Alex Agent",
                                                             PASSWORDS["Alex Agent"])
    finally:
        ws.close()
    answers: dict[str, list[tuple[type, str, float]]] = {"Alex Agent": [], "Alex Agnet": []}
    times: dict[str, list[float]] = {"Alex Agent": [], "Alex Agnet": []}
    for failure in range(1, LOCK_AFTER + 2):
        for name in answers:
            ws = open_workspace(str(cli.log), settings=Settings(user="x"))  # a new command
            try:
                kind, text, wait, took = _attempt(Accounts(ws, hasher=hasher, clock=clock),
                                                  name)
            finally:
                ws.close()
            answers[name].append((kind, text, wait))
            times[name].append(took)
        clock.now += timedelta(seconds=delay_after(failure) + 1)
    assert answers["Alex Agent"] == answers["Alex Agnet"]
    kinds = [kind for kind, _text, _wait in answers["Alex Agent"]]
    assert kinds[:LOCK_AFTER - 1] == [WrongCredentials] * (LOCK_AFTER - 1)
    assert kinds[LOCK_AFTER - 1:] == [AccountLocked, AccountLocked]
    real, made_up = (statistics.median(times[n][:LOCK_AFTER]) for n in times)
    assert 0.5 < real / made_up < 2.0, (times, "a wrong name must cost what a wrong "
                                               "password costs")


def test_an_early_retry_on_a_made_up_name_is_told_to_wait_like_a_real_one(cli: Cli) -> None:
    clock = Clock()
    answers = []
    for name in ("Sam Supervisor", "Sam Superviser"):
        ws = open_workspace(str(cli.log), settings=Settings(user="x"))
        try:
            accounts = Accounts(ws, hasher=CHEAP, clock=clock)
            with pytest.raises(WrongCredentials):
                accounts.sign_in(name, "not the password")
            with pytest.raises(TryAgainLater) as early:
                Accounts(ws, hasher=CHEAP, clock=clock).sign_in(name, "not the password")
            answers.append(str(early.value))
        finally:
            ws.close()
    assert answers[0] == answers[1]
