"""Throwaway PostgreSQL server for tests.

Storage code must be tested against a real PostgreSQL, not an imitation, and CI
machines only have the Debian ``postgresql`` package installed: no running
cluster, no init system, often root as the user. This module therefore builds a
private cluster with ``initdb`` in a fresh directory under ``/tmp``, runs it on a
free loopback port (the administrator trusted, every other role by password) and removes
everything again. ``desk_url`` and ``reader_url`` create a desk's own role and a read-only
role on a database, as an administrator does on a real central server.

Typical use::

    with PostgresServer(tmp_path) as pg:
        engine = sqlalchemy.create_engine(pg.url)

PostgreSQL refuses to run as root, so when the tests run as root ``initdb`` and ``postgres``
run as the ``postgres`` system user (created by the Debian package), which owns the
cluster's directory. The server is our own child process rather than one ``pg_ctl``
detaches, so it is stopped with a signal and reaped with ``wait()``: no pid files, no
orphans for an absent init system to collect.

Why not pytest-postgresql: it runs ``initdb`` and ``pg_ctl`` as the invoking user and keeps
the cluster under pytest's temporary directory, which for root is mode 0700. As root the
first is refused by PostgreSQL and the second cannot be entered by the ``postgres`` user,
so using it would mean wrapping its executables and loosening pytest's directories, with
two more dependencies (mirakuru, port-for), to save the little that is left here.
"""

from __future__ import annotations

import atexit
import os
import pwd
import re
import shutil
import signal
import socket
import subprocess
import tempfile
import time
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


def _has_initdb(bin_dir: Path) -> bool:
    initdb = bin_dir / "initdb"
    return initdb.is_file() and os.access(initdb, os.X_OK)


def _version_key(path: Path) -> tuple[int, ...]:
    """Sort key for version directories such as ``9.6`` or ``15`` (others sort last)."""
    try:
        return tuple(int(part) for part in path.name.split("."))
    except ValueError:
        return (-1,)


def find_pg_bin() -> Path | None:
    """The PostgreSQL ``bin`` directory to use, or None when there is none.

    ``$RECOVERY_DESK_PG_BIN`` wins when set, and is then the only candidate, so a wrong
    value shows up as "not found" instead of quietly testing another version. Otherwise
    the newest ``/usr/lib/postgresql/<version>/bin`` holding ``initdb``.
    """
    override = os.environ.get(PG_BIN_ENV, "").strip()
    if override:
        bin_dir = Path(override).expanduser()
        return bin_dir if _has_initdb(bin_dir) else None
    if not _DEBIAN_PG_ROOT.is_dir():
        return None
    for version_dir in sorted(_DEBIAN_PG_ROOT.iterdir(), key=_version_key, reverse=True):
        if _has_initdb(version_dir / "bin"):
            return version_dir / "bin"
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


class PostgresServer:
    """A private PostgreSQL cluster on a free loopback port, for tests.

    ``start()`` creates the cluster on first use; ``stop()`` only stops the server, keeping
    port and data, so a test can simulate an outage and ``start()`` again. ``close()``
    (also run when the ``with`` block exits, and at interpreter exit as a safety net)
    stops the server and deletes its directory.
    """

    def __init__(self, base_dir: str | os.PathLike[str] | None = None, *,
                 dbname: str = "recovery_desk_test",
                 pg_bin: str | os.PathLike[str] | None = None,
                 startup_timeout: float = 30.0) -> None:
        """Prepare (but do not start) a server.

        ``base_dir`` only receives a copy of the server log on ``close()``: the cluster
        itself lives under ``/tmp``, because a pytest tmp dir owned by root cannot be
        entered by the ``postgres`` user and its long path would not fit the Unix socket
        path limit.
        """
        self.base_dir = Path(base_dir) if base_dir is not None else None
        self.dbname = self._check_db_name(dbname)
        resolved_bin = Path(pg_bin) if pg_bin is not None else find_pg_bin()
        if resolved_bin is None or not _has_initdb(resolved_bin):
            raise RuntimeError(
                "PostgreSQL server binaries not found: install the Debian package "
                f"'postgresql' or set {PG_BIN_ENV} to a directory containing initdb")
        self.pg_bin = resolved_bin
        self.startup_timeout = startup_timeout
        self.host = _HOST
        self.user = _DB_SUPERUSER
        self.port: int | None = None
        self.server_dir: Path | None = None
        self._process: subprocess.Popen[bytes] | None = None
        self._owner = self._server_os_user()

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
        return self._process is not None and self._process.poll() is None

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

    def role_url(self, dbname: str, role: str, password: str) -> str:
        """SQLAlchemy URL of ``dbname`` for ``role`` signing in with its password."""
        from urllib.parse import quote

        return (f"postgresql+psycopg://{role}:{quote(password, safe='')}@{self.host}:"
                f"{self._require_port()}/{dbname}")

    def desk_url(self, dbname: str, desk_id: str, fingerprint: str) -> str:
        """Create ``desk_id``'s own role on ``dbname`` (the product's ``server add-desk``:
        row-level security lets it insert only that desk's events) and return its URL."""
        from recovery_desk.sync.server_roles import add_desk

        role = f"desk_{desk_id.lower().replace('-', '_')}_{dbname}"[:63]
        password = f"pw-{role}"
        add_desk(self.url_for(dbname), desk_id, fingerprint, role=role, password=password)
        return self.role_url(dbname, role, password)

    def reader_url(self, dbname: str) -> str:
        """A read-only role on ``dbname`` (``server add-reader``), for supervisors."""
        from recovery_desk.sync.server_roles import add_reader

        role = f"reader_{dbname}"[:63]
        add_reader(self.url_for(dbname), role, password=f"pw-{role}")
        return self.role_url(dbname, role, f"pw-{role}")

    def dsn_for(self, dbname: str) -> str:
        """libpq URL of ``dbname``; psycopg does not accept the ``+psycopg`` form."""
        return f"postgresql://{self.user}@{self.host}:{self._require_port()}/{dbname}"

    def connect(self, dbname: str | None = None, **kwargs: Any) -> psycopg.Connection[Any]:
        """Open a psycopg connection over TCP to ``dbname`` (default: the test database)."""
        return psycopg.connect(host=self.host, port=self._require_port(), user=self.user,
                               dbname=dbname or self.dbname,
                               connect_timeout=kwargs.pop("connect_timeout", 5), **kwargs)

    # -------------------------------------------------------------- lifecycle

    def __enter__(self) -> PostgresServer:
        try:
            self.start()
        except BaseException:
            self.close()
            raise
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    def start(self) -> None:
        """Start the server, creating the cluster first if needed; no-op when running.

        A restart reuses the same port and data directory, so URLs handed out earlier
        keep working.
        """
        if self.running:
            return
        first_start = self.server_dir is None
        if first_start:
            atexit.register(self.close)
            self._init_cluster()
        # On the very first start another process may take the port between our probe and
        # the server's bind; pick a new one then. Restarts must keep it.
        for attempt in range(3 if first_start else 1):
            try:
                self._start_once()
                break
            except RuntimeError as error:
                if first_start and attempt < 2 and "already in use" in str(error):
                    self.port = _free_loopback_port()
                    self._write_config()
                    continue
                raise
        if first_start:
            self.create_database(self.dbname)

    def stop(self) -> None:
        """Stop the server but keep its data and port; no-op when not running.

        SIGINT is PostgreSQL's fast shutdown; SIGQUIT its immediate one; SIGKILL the last
        resort, so that nothing outlives the tests.
        """
        process, self._process = self._process, None
        if process is None:
            return
        for sig, grace in ((signal.SIGINT, 30.0), (signal.SIGQUIT, 10.0), (signal.SIGKILL, 10.0)):
            if process.poll() is not None:
                return
            process.send_signal(sig)
            try:
                process.wait(timeout=grace)
                return
            except subprocess.TimeoutExpired:
                continue

    def close(self) -> None:
        """Stop the server and delete its directory, keeping a log copy in base_dir."""
        try:
            self.stop()
        finally:
            atexit.unregister(self.close)
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
            conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(ident))

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

    @staticmethod
    def _server_os_user() -> pwd.struct_passwd | None:
        """The account that owns and runs the cluster when we are root; None otherwise."""
        if os.geteuid() != 0:
            return None
        try:
            return pwd.getpwnam(_SERVER_OS_USER_FOR_ROOT)
        except KeyError:
            raise RuntimeError("running as root but the 'postgres' system user does not "
                               "exist; it is created by the Debian package 'postgresql'"
                               ) from None

    def _as_owner(self) -> dict[str, Any]:
        """Keyword arguments that make a subprocess run as the cluster's owner."""
        common: dict[str, Any] = {"env": _clean_env(), "cwd": self._require_dir(),
                                  "stdin": subprocess.DEVNULL}
        if self._owner is None:
            return common
        return {**common, "user": self._owner.pw_uid, "group": self._owner.pw_gid,
                "extra_groups": []}

    def _init_cluster(self) -> None:
        """Create the server directory under /tmp and run initdb in it."""
        self.server_dir = Path(tempfile.mkdtemp(prefix="rd-pg-", dir="/tmp"))
        self.data_dir.mkdir(mode=0o700)
        self.socket_dir.mkdir(mode=0o700)
        if self._owner is not None:
            for path in (self.server_dir, self.data_dir, self.socket_dir):
                os.chown(path, self._owner.pw_uid, self._owner.pw_gid)
        result = subprocess.run(
            [str(self.pg_bin / "initdb"), "-D", str(self.data_dir), "-U", self.user,
             "--auth=trust", "--encoding=UTF8", "--locale=C", "--no-sync"],
            capture_output=True, text=True, timeout=120, check=False, **self._as_owner())
        if result.returncode != 0:
            raise RuntimeError(
                f"initdb failed (exit {result.returncode}):\n{result.stdout}{result.stderr}"
            )
        # The administrator is trusted on the private socket and IPv4 loopback (the server
        # listens nowhere else); every other role -- a desk's, a reader's -- must give its
        # password (SCRAM), as on a real central server.
        (self.data_dir / "pg_hba.conf").write_text(
            "# throwaway test cluster\n"
            f"local all {self.user} trust\nhost  all {self.user} {_HOST}/32 trust\n"
            f"local all all scram-sha-256\nhost  all all {_HOST}/32 scram-sha-256\n"
        )
        self.port = _free_loopback_port()
        self._write_config()

    def _write_config(self) -> None:
        """Append our settings to postgresql.conf; later lines override earlier ones, and
        living in the file (not on the command line) makes restarts identical."""
        settings = {"listen_addresses": f"'{_HOST}'", "port": str(self._require_port()),
                    "unix_socket_directories": f"'{self.socket_dir}'", **_SPEED_SETTINGS}
        lines = "".join(f"{key} = {value}\n" for key, value in settings.items())
        with open(self.data_dir / "postgresql.conf", "a", encoding="utf-8") as conf:
            conf.write("\n# --- test server settings ---\n" + lines)

    def _start_once(self) -> None:
        """Run ``postgres`` as our child, then wait until a real connection succeeds."""
        with open(self.log_file, "ab") as log:
            self._process = subprocess.Popen(
                [str(self.pg_bin / "postgres"), "-D", str(self.data_dir)],
                stdout=log, stderr=subprocess.STDOUT, **self._as_owner())
        deadline = time.monotonic() + self.startup_timeout
        last_error: Exception | None = None
        while time.monotonic() < deadline and self.running:
            try:
                with self.connect("postgres", connect_timeout=2) as conn:
                    conn.execute("SELECT 1")
                return
            except psycopg.OperationalError as error:
                last_error = error
                time.sleep(0.1)
        exited = self._process.poll()
        self.stop()
        reason = (f"postgres exited with {exited}" if exited is not None else
                  f"PostgreSQL did not accept connections within {self.startup_timeout:.0f} s "
                  f"(last error: {last_error})")
        raise RuntimeError(f"{reason}\n--- server log tail ({self.log_file}) ---\n"
                           f"{self._log_tail()}")

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
