"""The command line as an attacker meets it: in-process ``main`` with stdin and output."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from argon2 import PasswordHasher, profiles

from recovery_desk.cli.main import main
from recovery_desk.services.access.accounts import Accounts
from recovery_desk.services.settings import Settings
from recovery_desk.services.workspace import open_workspace

CHEAP = PasswordHasher.from_parameters(profiles.CHEAPEST)  # real Argon2id, test-sized cost
PASSWORDS = {"Ada Admin": "ada's long password", "Sam Supervisor": "sam's long password",
             "Alex Agent": "alex's long password"}


class Cli:
    """Runs ``recovery-desk --db LOG …`` in this process; returns (code, stdout, stderr)."""

    def __init__(self, log: Path, capsys: pytest.CaptureFixture[str],
                 monkeypatch: pytest.MonkeyPatch) -> None:
        self.log, self.capsys, self.monkeypatch = log, capsys, monkeypatch

    def __call__(self, *args: str, stdin: str = "") -> tuple[int, str, str]:
        self.capsys.readouterr()
        self.monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
        code = main(["--db", str(self.log), *args])
        out = self.capsys.readouterr()
        return code, out.out, out.err

    def as_user(self, name: str, *args: str) -> tuple[int, str, str]:
        return self(*("--as", name, *args), stdin=PASSWORDS[name] + "\n")


def staffed_log(log: Path, cli: Cli, cases: int = 20) -> None:
    """A demo log with a real administrator, supervisor and agent, each with a password."""
    code, _out, err = cli("demo-data", "--cases", str(cases))
    assert code == 0, err
    ws = open_workspace(str(log), settings=Settings.load())
    try:
        ws.access.password_hasher = CHEAP
        accounts = Accounts(ws)
        accounts.create_first_admin("Ada Admin", PASSWORDS["Ada Admin"])
        accounts.sign_in("Ada Admin", PASSWORDS["Ada Admin"])
        accounts.add_user("Sam Supervisor", "supervisor", PASSWORDS["Sam Supervisor"])
        accounts.add_user("Alex Agent", "agent", PASSWORDS["Alex Agent"])
    finally:
        ws.close()
