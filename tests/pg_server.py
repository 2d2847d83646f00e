"""Throwaway PostgreSQL server for tests.

Storage code must be tested against a real PostgreSQL, not an imitation, and CI
machines only have the Debian ``postgresql`` package installed: no running
cluster, no init system, often root as the user. This module therefore builds a
private cluster with ``initdb`` in a fresh directory under ``/tmp``, runs it on a
free loopback port with trust authentication, and removes everything again.

Typical use::

    with PostgresServer(tmp_path) as pg:
        engine = sqlalchemy.create_engine(pg.url)

PostgreSQL refuses to run as root, so when the tests run as root every server
command is run as the ``postgres`` system user (created by the Debian package)
and the server's directory is handed over to that user.
"""

from __future__ import annotations

import atexit
import contextlib
import ctypes
import os
import pwd
import re
import shlex
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from types import TracebackType
from typing import Any

import psycopg
from psycopg import sql

__all__ = ["PG_BIN_ENV", "PostgresServer", "find_pg_bin"]

#: Environment variable naming a PostgreSQL ``bin`` directory to use instead of
#: the newest one under ``/usr/lib/postgresql``.
PG_BIN_ENV = "RECOVERY_DESK_PG_BIN"

#: Where the Debian packages install the server binaries, one directory per major version.
_DEBIAN_PG_ROOT = Path("/usr/lib/postgresql")

#: OS account that runs the server when the tests themselves run as root.
_SERVER_OS_USER_FOR_ROOT = "postgres"

#: Database superuser created by initdb; fixed so URLs look the same everywhere.
_DB_SUPERUSER = "postgres"

_HOST = "127.0.0.1"

#: Settings appended to postgresql.conf. Durability is worthless for a throwaway
#: cluster, so it is traded for speed; the connection cap keeps memory use small.
_SPEED_SETTINGS: dict[str, str] = {
    "fsync": "off",
    "synchronous_commit": "off",
    "full_page_writes": "off",
    "max_connections": "50",
    "wal_level": "minimal",
    "max_wal_senders": "0",
}

_DB_NAME_RE = re.compile(r"^[A-Za-z_][A-Za-z0-9_]{0,62}$")


def _version_key(path: Path) -> tuple[int, ...]:
    """Sort key for version directories such as ``9.6`` or ``15``."""
    try:
        return tuple(int(part) for part in path.name.split("."))
    except ValueError:
        return (-1,)


def _has_initdb(bin_dir: Path) -> bool:
    initdb = bin_dir / "initdb"
    return initdb.is_file() and os.access(initdb, os.X_OK)


def find_pg_bin() -> Path | None:
    """Return the PostgreSQL ``bin`` directory to use, or None when there is none.

    ``$RECOVERY_DESK_PG_BIN`` wins when set, and is then the only candidate, so a
    wrong value shows up as "not found" instead of quietly testing another version.
    Otherwise the newest ``/usr/lib/postgresql/<version>/bin`` holding ``initdb``.
    """
    override = os.environ.get(PG_BIN_ENV, "").strip()
    if override:
        bin_dir = Path(override).expanduser()
        return bin_dir if _has_initdb(bin_dir) else None
    if not _DEBIAN_PG_ROOT.is_dir():
        return None
    versions = sorted(
        (p for p in _DEBIAN_PG_ROOT.iterdir() if _version_key(p) != (-1,)),
        key=_version_key,
        reverse=True,
    )
    for version_dir in versions:
        bin_dir = version_dir / "bin"
        if _has_initdb(bin_dir):
            return bin_dir
    return None


def _free_loopback_port() -> int:
    """Ask the kernel for an unused TCP port on 127.0.0.1."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((_HOST, 0))
        return int(sock.getsockname()[1])


def _clean_env() -> dict[str, str]:
    """Environment for server commands without PG* variables that could redirect them."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PG")}
    env["LC_ALL"] = "C"
    return env


_PR_SET_CHILD_SUBREAPER = 36
_PR_GET_CHILD_SUBREAPER = 37


@contextlib.contextmanager
def _adopt_orphans() -> Iterator[None]:
    """Make this process the parent of the server that ``pg_ctl start`` detaches.

    Otherwise the exited server is left for PID 1 to reap, which on machines
    without an init system (or with pytest as PID 1) happens late or never.
    Linux only; elsewhere this is a no-op.
    """
    prctl = None
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            prctl = ctypes.CDLL(None, use_errno=True).prctl
    changed = False
    if prctl is not None:
        already = ctypes.c_int(0)
        known = prctl(_PR_GET_CHILD_SUBREAPER, ctypes.byref(already), 0, 0, 0) == 0
        if known and not already.value:
            changed = prctl(_PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0) == 0
    try:
        yield
    finally:
        if changed and prctl is not None:
            prctl(_PR_SET_CHILD_SUBREAPER, 0, 0, 0, 0)


def _wait_gone(pid: int, timeout: float) -> None:
    """Wait until ``pid`` has exited, reaping it when it is our child."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            if os.waitpid(pid, os.WNOHANG)[0]:
                return
        except ChildProcessError:
            if not _pid_alive(pid):
                return
        if time.monotonic() >= deadline:
            return
        time.sleep(0.05)


def _pid_alive(pid: int) -> bool:
    """True while ``pid`` runs; an exited but unreaped process (zombie) counts as gone,
    since without an init system nobody may reap the detached server promptly."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        pass
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return True
    return stat.rsplit(")", 1)[-1].split()[:1] != ["Z"]


class PostgresServer:
    """A private PostgreSQL cluster on a free loopback port, for tests.

    ``start()`` creates the cluster on first use; ``stop()`` only stops the server,
    keeping port and data, so a test can simulate an outage and ``start()`` again.
    ``close()`` (also run when the ``with`` block exits, and at interpreter exit as
    a safety net) stops the server and deletes its directory.
    """

    def __init__(
        self,
        base_dir: str | os.PathLike[str] | None = None,
        *,
        dbname: str = "recovery_desk_test",
        pg_bin: str | os.PathLike[str] | None = None,
        startup_timeout: float = 30.0,
    ) -> None:
        """Prepare (but do not start) a server.

        ``base_dir`` only receives a copy of the server log on ``close()``: the
        cluster itself lives under ``/tmp``, because a pytest tmp dir owned by
        root cannot be entered by the ``postgres`` user and its long path would
        not fit the Unix socket path limit.
        """
        self.base_dir = Path(base_dir) if base_dir is not None else None
        self.dbname = self._check_db_name(dbname)
        resolved_bin = Path(pg_bin) if pg_bin is not None else find_pg_bin()
        if resolved_bin is None or not _has_initdb(resolved_bin):
            raise RuntimeError(
                "PostgreSQL server binaries not found: install the Debian package "
                f"'postgresql' or set {PG_BIN_ENV} to a directory containing initdb"
            )
        self.pg_bin = resolved_bin
        self.startup_timeout = startup_timeout
        self.host = _HOST
        self.user = _DB_SUPERUSER
        self.port: int | None = None
        self.server_dir: Path | None = None
        self._running = False
        self._atexit_registered = False
        self._as_root = os.geteuid() == 0
        self._os_user = self._server_os_user()

    # ------------------------------------------------------------------ paths

    @property
    def data_dir(self) -> Path:
        return self._require_dir() / "data"

    @property
    def socket_dir(self) -> Path:
        return self._require_dir() / "socket"

    @property
    def log_file(self) -> Path:
        return self._require_dir() / "postgresql.log"

    @property
    def running(self) -> bool:
        return self._running

    # ------------------------------------------------------------------- URLs

    @property
    def url(self) -> str:
        """SQLAlchemy URL of the default test database."""
        return self.url_for(self.dbname)

    def url_for(self, dbname: str) -> str:
        """SQLAlchemy URL (psycopg 3 driver) of ``dbname`` on this server."""
        return f"postgresql+psycopg://{self.user}@{self.host}:{self._require_port()}/{dbname}"

    @property
    def dsn(self) -> str:
        """libpq URL of the default test database, for psycopg directly."""
        return self.dsn_for(self.dbname)

    def dsn_for(self, dbname: str) -> str:
        """libpq URL of ``dbname``; psycopg does not accept the ``+psycopg`` form."""
        return f"postgresql://{self.user}@{self.host}:{self._require_port()}/{dbname}"

    def connect(self, dbname: str | None = None, **kwargs: Any) -> psycopg.Connection[Any]:
        """Open a psycopg connection over TCP to ``dbname`` (default: the test database)."""
        return psycopg.connect(
            host=self.host,
            port=self._require_port(),
            user=self.user,
            dbname=dbname or self.dbname,
            connect_timeout=kwargs.pop("connect_timeout", 5),
            **kwargs,
        )

    # -------------------------------------------------------------- lifecycle

    def __enter__(self) -> PostgresServer:
        try:
            self.start()
        except BaseException:
            self.close()
            raise
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def start(self) -> None:
        """Start the server, creating the cluster first if needed; no-op when running.

        A restart reuses the same port and data directory, so URLs handed out
        earlier keep working.
        """
        if self._running:
            return
        if not self._atexit_registered:
            atexit.register(self.close)
            self._atexit_registered = True
        first_start = self.server_dir is None
        if first_start:
            self._init_cluster()
        # On the very first start another process may grab the port between our
        # probe and the server's bind; pick a new one then. Restarts must keep it.
        attempts = 3 if first_start else 1
        for attempt in range(attempts):
            try:
                self._start_once()
                break
            except RuntimeError as error:
                if attempt + 1 < attempts and "already in use" in str(error):
                    self.port = _free_loopback_port()
                    self._write_config()
                    continue
                raise
        if first_start:
            self.create_database(self.dbname)

    def stop(self) -> None:
        """Stop the server but keep its data and port; no-op when not running."""
        # Also check the pid file: a start interrupted half-way leaves a live server
        # that the flag does not know about, and it must not outlive the tests.
        was_running, self._running = self._running, False
        if self.server_dir is None or not (was_running or self._postmaster_alive()):
            return
        pid = self._postmaster_pid()
        for mode in ("fast", "immediate"):
            result = self._run_pg_ctl("stop", "-m", mode, check=False)
            if result.returncode == 0 or not self._postmaster_alive():
                break
        else:
            self._kill_postmaster()
        # pg_ctl returns once postmaster.pid is gone; wait for the process itself
        # so nothing outlives stop(), and a restart finds the port free.
        if pid is not None:
            _wait_gone(pid, timeout=10)

    def close(self) -> None:
        """Stop the server and delete its directory, keeping a log copy in base_dir."""
        try:
            self.stop()
        finally:
            if self._atexit_registered:
                atexit.unregister(self.close)
                self._atexit_registered = False
            server_dir, self.server_dir = self.server_dir, None
            if server_dir is not None:
                self._keep_log_copy(server_dir / "postgresql.log")
                shutil.rmtree(server_dir, ignore_errors=True)
            self.port = None

    # -------------------------------------------------------------- databases

    def create_database(self, name: str) -> str:
        """Create database ``name`` and return its SQLAlchemy URL."""
        ident = sql.Identifier(self._check_db_name(name))
        with self.connect("postgres", autocommit=True) as conn:
            conn.execute(sql.SQL("CREATE DATABASE {}").format(ident))
        return self.url_for(name)

    def drop_database(self, name: str) -> None:
        """Drop database ``name`` if it exists, disconnecting its sessions first."""
        ident = sql.Identifier(self._check_db_name(name))
        with self.connect("postgres", autocommit=True) as conn:
            if conn.info.server_version >= 130000:
                conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(ident))
                return
            conn.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE datname = %s AND pid <> pg_backend_pid()",
                (name,),
            )
            conn.execute(sql.SQL("DROP DATABASE IF EXISTS {}").format(ident))

    # ---------------------------------------------------------------- helpers

    @staticmethod
    def _check_db_name(name: str) -> str:
        """Keep names plain so they need no quoting inside URLs."""
        if not _DB_NAME_RE.match(name):
            raise ValueError(f"unsupported test database name: {name!r}")
        return name

    def _require_dir(self) -> Path:
        if self.server_dir is None:
            raise RuntimeError("PostgreSQL test server has not been started")
        return self.server_dir

    def _require_port(self) -> int:
        if self.port is None:
            raise RuntimeError("PostgreSQL test server has not been started")
        return self.port

    def _server_os_user(self) -> pwd.struct_passwd:
        """OS account that owns the cluster: ``postgres`` for root, else ourselves."""
        if not self._as_root:
            return pwd.getpwuid(os.geteuid())
        try:
            return pwd.getpwnam(_SERVER_OS_USER_FOR_ROOT)
        except KeyError:
            raise RuntimeError(
                "running as root but the 'postgres' system user does not exist; "
                "it is created by the Debian package 'postgresql'"
            ) from None

    def _hand_over(self, path: Path) -> None:
        """Give ``path`` to the server's OS user, who must own it to use it."""
        if self._as_root:
            os.chown(path, self._os_user.pw_uid, self._os_user.pw_gid)

    def _init_cluster(self) -> None:
        """Create the server directory under /tmp and run initdb in it."""
        tmp_root = "/tmp" if os.path.isdir("/tmp") else None
        server_dir = Path(tempfile.mkdtemp(prefix="rd-pg-", dir=tmp_root))
        self.server_dir = server_dir
        os.chmod(server_dir, 0o700)
        self._hand_over(server_dir)
        for sub in (self.data_dir, self.socket_dir):
            sub.mkdir(mode=0o700)
            self._hand_over(sub)
        result = self._run_as_server_user(
            [
                str(self.pg_bin / "initdb"),
                "-D",
                str(self.data_dir),
                "-U",
                self.user,
                "--auth=trust",
                "--encoding=UTF8",
                "--locale=C",
                "--no-sync",
            ],
            timeout=120,
        )
        if result.returncode != 0:
            raise RuntimeError(
                f"initdb failed (exit {result.returncode}):\n{result.stdout}{result.stderr}"
            )
        # Trust only the private socket and IPv4 loopback; the server listens nowhere else.
        (self.data_dir / "pg_hba.conf").write_text(
            f"# throwaway test cluster\nlocal all all trust\nhost  all all {_HOST}/32 trust\n"
        )
        self.port = _free_loopback_port()
        self._write_config()

    def _write_config(self) -> None:
        """Append our settings to postgresql.conf; later lines override earlier ones,
        and living in the file (not on the command line) makes restarts identical."""
        settings = {
            "listen_addresses": f"'{_HOST}'",
            "port": str(self._require_port()),
            "unix_socket_directories": f"'{self.socket_dir}'",
            **_SPEED_SETTINGS,
        }
        lines = "".join(f"{key} = {value}\n" for key, value in settings.items())
        with open(self.data_dir / "postgresql.conf", "a", encoding="utf-8") as conf:
            conf.write("\n# --- test server settings ---\n" + lines)

    def _start_once(self) -> None:
        """Run ``pg_ctl start -w`` and then wait until a real connection succeeds."""
        deadline = time.monotonic() + self.startup_timeout
        with _adopt_orphans():
            result = self._run_pg_ctl("start", "-l", str(self.log_file), check=False)
        if result.returncode != 0:
            self._abort_start(f"pg_ctl start failed (exit {result.returncode})", result)
        last_error: Exception | None = None
        while time.monotonic() < deadline:
            try:
                with self.connect("postgres", connect_timeout=2) as conn:
                    conn.execute("SELECT 1")
                self._running = True
                return
            except psycopg.OperationalError as error:
                last_error = error
                time.sleep(0.1)
        self._abort_start(
            f"PostgreSQL did not accept connections within {self.startup_timeout:.0f} s "
            f"(last error: {last_error})",
            result,
        )

    def _abort_start(self, reason: str, result: subprocess.CompletedProcess[str]) -> None:
        """Stop whatever half-started and raise with the details needed to debug CI."""
        self._run_pg_ctl("stop", "-m", "immediate", check=False)
        if self._postmaster_alive():
            self._kill_postmaster()
        raise RuntimeError(
            f"{reason}\n--- pg_ctl output ---\n{result.stdout}{result.stderr}"
            f"--- server log tail ({self.log_file}) ---\n{self._log_tail()}"
        )

    def _run_pg_ctl(self, *args: str, check: bool) -> subprocess.CompletedProcess[str]:
        cmd = [
            str(self.pg_bin / "pg_ctl"),
            "-D",
            str(self.data_dir),
            "-w",
            "-t",
            str(max(1, int(self.startup_timeout))),
            *args,
        ]
        result = self._run_as_server_user(cmd, timeout=self.startup_timeout + 30)
        if check and result.returncode != 0:
            raise RuntimeError(f"{shlex.join(cmd)} failed:\n{result.stdout}{result.stderr}")
        return result

    def _run_as_server_user(
        self, cmd: list[str], *, timeout: float
    ) -> subprocess.CompletedProcess[str]:
        """Run ``cmd`` directly, or as ``postgres`` when we are root (PostgreSQL refuses root)."""
        if self._as_root:
            user = self._os_user.pw_name
            if shutil.which("runuser"):
                cmd = ["runuser", "-u", user, "--", *cmd]
            else:
                cmd = ["su", user, "-s", "/bin/sh", "-c", shlex.join(cmd)]
        try:
            return subprocess.run(
                cmd,
                capture_output=True,
                text=True,
                env=_clean_env(),
                cwd=self.server_dir or "/",
                stdin=subprocess.DEVNULL,
                timeout=timeout,
                check=False,
            )
        except subprocess.TimeoutExpired as error:
            return subprocess.CompletedProcess(
                cmd, 1, str(error.stdout or ""), f"timed out after {timeout:.0f} s\n"
            )

    def _postmaster_pid(self) -> int | None:
        try:
            first_line = (self.data_dir / "postmaster.pid").read_text().splitlines()[0]
            return int(first_line)
        except (OSError, IndexError, ValueError, RuntimeError):
            return None

    def _postmaster_alive(self) -> bool:
        pid = self._postmaster_pid()
        return pid is not None and _pid_alive(pid)

    def _kill_postmaster(self) -> None:
        """Last resort when pg_ctl cannot stop the server: it must not outlive the tests."""
        pid = self._postmaster_pid()
        if pid is None:
            return
        try:
            os.kill(pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            return
        _wait_gone(pid, timeout=10)

    def _log_tail(self, lines: int = 40) -> str:
        try:
            text = self.log_file.read_text(errors="replace")
        except (OSError, RuntimeError) as error:
            return f"(log unavailable: {error})\n"
        return "\n".join(text.splitlines()[-lines:]) + "\n"

    def _keep_log_copy(self, log_file: Path) -> None:
        """Keep the server log next to the test's own files for post-mortems."""
        if self.base_dir is None or not log_file.is_file():
            return
        try:
            self.base_dir.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(log_file, self.base_dir / "postgresql.log")
        except OSError:
            pass
