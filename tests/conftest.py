"""Shared fixtures: real SQLite files with real migrations, Qt offscreen, an isolated home.

Every test gets its own RECOVERY_DESK_HOME, so settings, logs and the default case log
never touch the developer's real data.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_ACCESSIBILITY", "0")

from collections.abc import Iterator  # noqa: E402
from datetime import UTC, datetime  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from recovery_desk.services.cases.recovery import CaseService  # noqa: E402
from recovery_desk.services.settings import Settings  # noqa: E402
from recovery_desk.services.workspace import Workspace, open_workspace  # noqa: E402

pytest_plugins = ["tests.pg_fixtures"]


@pytest.fixture(scope="module", autouse=True)
def module_home(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A home for fixtures made once per module (they run before a test's own home is set),
    so their desk keys never touch the developer's data folder nor another module's."""
    home = tmp_path_factory.mktemp("module-home")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("RECOVERY_DESK_HOME", str(home))
        yield home


@pytest.fixture(autouse=True)
def isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("RECOVERY_DESK_HOME", str(home))
    monkeypatch.delenv("RECOVERY_DESK_DB", raising=False)
    return home


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "cases.sqlite3"


@pytest.fixture
def workspace(db_path: Path) -> Iterator[Workspace]:
    ws = open_workspace(str(db_path), settings=Settings(desk_id="DESK-T", user="tester"))
    ws.ensure_user("tester", "agent")
    ws.trust_in_process("tester")  # an agent at the desk (the sign-in has its own tests)
    ws.ensure_user("Sam Supervisor", "supervisor")
    yield ws
    ws.close()


class StepClock:
    """A clock the test moves by hand, so stage durations are exact."""

    def __init__(self) -> None:
        self.now = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        from datetime import timedelta

        self.now += timedelta(seconds=seconds)


@pytest.fixture
def clock() -> StepClock:
    return StepClock()


@pytest.fixture
def service(workspace: Workspace, clock: StepClock) -> CaseService:
    return CaseService(workspace, clock=clock)


CUSTOMER = {"name": "Anna Kovács", "phone": "+36 30 123 4567", "email": "anna@example.hu",
            "number": "C100", "language": "hu"}


def open_default_case(service: CaseService, **overrides: object):  # noqa: ANN201
    data = {"customer": dict(CUSTOMER), "channel": "counter", "category": "wrong_item",
            "severity": "medium", "words": "You sent me the wrong size twice.",
            "remedy": "The right size by Friday."}
    data.update(overrides)
    return service.open_case(**data)


def trust_each_other(*workspaces: Workspace) -> None:
    """Their administrators trust each other's desk keys (the real trust path), as they
    would after comparing fingerprints."""
    from recovery_desk.services.trust.desk_trust import record_trust
    from recovery_desk.services.trust.identity import desk_card

    for receiver in workspaces:
        for sender in workspaces:
            card = desk_card(sender.engine)
            if receiver is sender or card is None or receiver.identity is None:
                continue
            record_trust(receiver.engine, receiver.desk_id, sender.desk_id, card.fingerprint,
                         by="admin")
