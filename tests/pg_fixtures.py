"""pytest fixtures for tests that need a real PostgreSQL server.

Import the fixture into a test module (``from tests.pg_fixtures import pg_server``).
Developers without PostgreSQL get a skip; CI must never skip silently, so there
a missing server is a failure that names the package to install.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.pg_server import PG_BIN_ENV, PostgresServer, find_pg_bin

__all__ = ["pg_server", "require_pg_bin"]


def _running_in_ci() -> bool:
    """True when $CI is set to anything but an explicit "no"."""
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")


def require_pg_bin() -> Path:
    """Return the PostgreSQL bin directory, or skip (locally) / fail (in CI) the test."""
    pg_bin = find_pg_bin()
    if pg_bin is not None:
        return pg_bin
    override = os.environ.get(PG_BIN_ENV, "").strip()
    where = (
        f"{PG_BIN_ENV}={override!r} does not contain initdb"
        if override
        else "no /usr/lib/postgresql/<version>/bin/initdb found"
    )
    message = (
        f"PostgreSQL server binaries are missing ({where}); "
        "install the Debian package 'postgresql' (apt-get install postgresql)"
    )
    if _running_in_ci():
        pytest.fail(f"CI requires PostgreSQL: {message}", pytrace=False)
    pytest.skip(message)


@pytest.fixture(scope="session")
def pg_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[PostgresServer]:
    """One throwaway PostgreSQL server shared by the whole test session."""
    pg_bin = require_pg_bin()
    with PostgresServer(tmp_path_factory.mktemp("postgres"), pg_bin=pg_bin) as server:
        yield server
