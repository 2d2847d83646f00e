"""Issue 13, point 5: sign-in cannot be bypassed.

An administrator's name in ``settings.json`` or in the ``USER`` environment variable made
erase, backup, audit export and retention run without a password. Now a command acts as
nobody unless ``--as USER`` proves the password (asked, one line of stdin, or a password
file), and nobody may do anything that needs a role.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from sqlalchemy import select

from recovery_desk.services.settings import Settings
from recovery_desk.services.workspace import open_workspace
from recovery_desk.storage.models import Customer
from tests.attacks.cli_helpers import PASSWORDS, Cli, staffed_log

NOBODY = "Nobody is signed in, and only"
PACKAGE = Path(__file__).resolve().parents[2] / "recovery_desk"


@pytest.fixture
def cli(tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> Cli:
    runner = Cli(tmp_path / "log.sqlite3", capsys, monkeypatch)
    staffed_log(runner.log, runner)
    return runner


def _a_customer_number(log: Path) -> str:
    ws = open_workspace(str(log))
    try:
        with ws.engine.connect() as conn:
            return conn.execute(select(Customer.number).limit(1)).scalar_one()
    finally:
        ws.close()


def _privileged_commands(tmp_path: Path, number: str) -> list[tuple[str, ...]]:
    return [("customers", "erase", number),
            ("backup", "--out", str(tmp_path / "stolen.sqlite3")),
            ("audit", "export", "--out", str(tmp_path / "trail.csv")),
            ("retention", "apply", "--months", "1"),
            ("check", "--rebuild")]


def _refused_and_nothing_done(cli: Cli, tmp_path: Path) -> None:
    number = _a_customer_number(cli.log)
    for command in _privileged_commands(tmp_path, number):
        code, _out, err = cli(*command)
        assert code == 1, command
        assert NOBODY in err, (command, err)
        assert "--as NAME" in err
    assert not (tmp_path / "stolen.sqlite3").exists()
    assert not (tmp_path / "trail.csv").exists()
    ws = open_workspace(str(cli.log))
    try:
        with ws.engine.connect() as conn:
            erased = conn.execute(select(Customer.erased).where(
                Customer.number == number)).scalar_one()
    finally:
        ws.close()
    assert not erased


def test_an_administrators_name_in_settings_grants_nothing(cli: Cli, tmp_path: Path) -> None:
    Settings(user="Ada Admin").save()          # what the attack wrote into settings.json
    _refused_and_nothing_done(cli, tmp_path)


def test_an_administrators_name_in_the_environment_grants_nothing(
        cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for variable in ("USER", "USERNAME", "LOGNAME"):
        monkeypatch.setenv(variable, "Ada Admin")
    _refused_and_nothing_done(cli, tmp_path)


def test_the_same_commands_run_with_the_administrators_password(cli: Cli,
                                                                tmp_path: Path) -> None:
    code, out, err = cli.as_user("Ada Admin", "backup", "--out", str(tmp_path / "b.sqlite3"))
    assert code == 0, err
    assert "Backed up the case log" in out
    code, _out, err = cli.as_user("Ada Admin", "audit", "export", "--out",
                                  str(tmp_path / "trail.csv"))
    assert code == 0, err


def test_a_wrong_password_is_refused(cli: Cli, tmp_path: Path) -> None:
    code, _out, err = cli("--as", "Ada Admin", "backup", "--out", str(tmp_path / "b.sqlite3"),
                          stdin="a guess at the password\n")
    assert code == 1
    assert "The user name or password is not right." in err
    assert not (tmp_path / "b.sqlite3").exists()


def test_an_agent_signed_in_may_not_erase(cli: Cli) -> None:
    code, _out, err = cli.as_user("Alex Agent", "customers", "erase",
                                  _a_customer_number(cli.log))
    assert code == 1
    assert "Alex Agent (agent) may not erase a customer's personal data" in err


def test_a_password_file_signs_in_only_when_it_is_private(cli: Cli, tmp_path: Path) -> None:
    secret = tmp_path / "ada.password"
    secret.write_text(PASSWORDS["Ada Admin"] + "\n", encoding="utf-8")
    secret.chmod(0o644)
    out_file = str(tmp_path / "b.sqlite3")
    code, _out, err = cli("--as", "Ada Admin", "--password-file", str(secret),
                          "backup", "--out", out_file)
    assert code == 1
    assert "can be read by others (mode 644)" in err and "chmod 600" in err
    secret.chmod(0o600)
    code, _out, err = cli("--as", "Ada Admin", "--password-file", str(secret),
                          "backup", "--out", out_file)
    assert code == 0, err


def test_only_tools_start_a_session_without_a_password() -> None:
    """``trust_in_process`` is for code that holds the file already (the bench, the crash
    harness, tests); no product path may call it, or a setting could name the user again."""
    callers = []
    for path in PACKAGE.rglob("*.py"):
        if "tools" in path.relative_to(PACKAGE).parts:
            continue
        text = path.read_text(encoding="utf-8")
        if re.search(r"\.trust_in_process\(", text):
            callers.append(str(path.relative_to(PACKAGE)))
    assert callers == []
