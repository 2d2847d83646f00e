"""Everything a session of the app needs: the open case log, playbooks, taxonomy, identity."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import UTC, datetime

from sqlalchemy import Engine, func, insert, select

from recovery_desk.core.errors import DatabaseUnavailable
from recovery_desk.core.paths import resources_dir
from recovery_desk.domain.coaching import Coach
from recovery_desk.domain.currencies import ISO_4217
from recovery_desk.domain.playbook import PlaybookLibrary
from recovery_desk.domain.taxonomy import Taxonomy, load_taxonomy
from recovery_desk.services.access.state import AccessState
from recovery_desk.services.playbook_cache import cached_library
from recovery_desk.services.settings import Settings, default_desk_id
from recovery_desk.services.trust.identity import ensure_identity
from recovery_desk.storage.engine import WRITE, describe, make_engine, resolve_target
from recovery_desk.storage.evidence import Identity
from recovery_desk.storage.health import refuse_if_damaged
from recovery_desk.storage.migrate import ensure_schema, refuse_unless_case_log
from recovery_desk.storage.models import Case, User

log = logging.getLogger(__name__)


#: who acts while nobody is signed in: no account can have this name, and it has no role
NOBODY = ""
#: a session started by code already running in the process, without a password
IN_PROCESS = "in-process"


@dataclass(frozen=True)
class Session:
    """Who is signed in at this workstation, and how they proved it.

    ``method`` is ``password`` or ``pin`` after a real sign-in (``services/access/
    accounts.py``): the only way the window and the command line start one. Neither a
    setting nor an environment variable names the user. ``in-process`` sessions come from
    :meth:`Workspace.trust_in_process`, for code that holds the log file already (tests,
    the bench, the crash harness).
    """

    user: str
    role: str
    method: str = IN_PROCESS
    started_at: datetime = field(default_factory=lambda: datetime.now(UTC))

    @property
    def authenticated(self) -> bool:
        """Proved with a password or PIN."""
        return self.method in ("password", "pin")


def _shipped_coach() -> Coach:
    return Coach(resources_dir() / "coaching")


@dataclass
class Workspace:
    """One open case log and what a session on it carries: the playbooks and taxonomy it
    runs on, who is signed in, the sign-in state (cached roles, the password hasher) and
    the coaching word lists (each language read once, on first use)."""

    engine: Engine
    url: str
    settings: Settings
    playbooks: PlaybookLibrary
    taxonomy: Taxonomy
    backup_made: str | None = None
    access: AccessState = field(default_factory=AccessState)
    coach: Coach = field(default_factory=_shipped_coach)
    session: Session | None = None
    #: the log's own desk (None on a server log, which is no desk)
    identity: Identity | None = None

    @property
    def desk_id(self) -> str:
        return self.identity.desk_id if self.identity is not None else self.settings.desk_id

    @property
    def currencies(self) -> tuple[str, ...]:
        """What an offer may be in: the Settings' ISO 4217 codes (a hand-edited code that is
        none is left out), else the taxonomy's list."""
        chosen = [code for code in self.settings.currencies if code in ISO_4217] \
            if isinstance(self.settings.currencies, list) else []
        return tuple(chosen) or self.taxonomy.currencies

    @property
    def user(self) -> str:
        """The signed-in user, or :data:`NOBODY` (who may do nothing that needs a role)."""
        return self.session.user if self.session is not None else NOBODY

    def trust_in_process(self, user: str) -> Session:
        """Act as ``user`` without a password, for code that already runs in this process
        with the log in hand (tests, the bench, the crash harness). The window and the
        command line never call it (a test proves it): they sign in."""
        self.forget_roles()
        self.session = Session(user=user, role=self.role_of(user), method=IN_PROCESS)
        return self.session

    def forget_roles(self) -> None:
        """Drop cached roles after an account changes."""
        self.access.roles.clear()

    @property
    def location(self) -> str:
        return describe(self.url)

    def case_count(self) -> int:
        with self.engine.connect() as conn:
            return conn.execute(select(func.count()).select_from(Case)).scalar_one()

    def has_cases(self) -> bool:
        """Whether the log holds any case (cheap, unlike a count on a big log)."""
        with self.engine.connect() as conn:
            return conn.execute(select(Case.case_id).limit(1)).first() is not None

    def role_of(self, user: str) -> str:
        """The user's role; cached, since every offer asks (users change rarely).
        :data:`NOBODY` has none."""
        if user == NOBODY:
            return ""
        roles = self.access.roles
        if user not in roles:
            with self.engine.connect() as conn:
                role = conn.execute(select(User.role).where(User.name == user)).scalar()
            roles[user] = role or "agent"
        return roles[user]

    def ensure_user(self, name: str, role: str) -> None:
        self.access.roles.clear()
        # the write lock first: a read-then-write in a deferred transaction fails at once
        # ("database is locked") when another instance on the same file wrote meanwhile
        with self.engine.connect().execution_options(**WRITE) as conn, conn.begin():
            if conn.execute(select(User.user_id).where(User.name == name)).first() is None:
                conn.execute(insert(User).values(user_id=name, name=name, role=role,
                                                 active=True, created_at=datetime.now(UTC)))

    def users(self) -> list[tuple[str, str]]:
        with self.engine.connect() as conn:
            return [(r.name, r.role) for r in conn.execute(
                select(User.name, User.role).where(User.active).order_by(User.name))]

    def resolution_label(self, resolution: str | None, lang: str) -> str:
        """A resolution id in words, from whichever playbook knows it."""
        if not resolution:
            return ""
        for playbook in self.playbooks.usable.values():
            spec = playbook.resolution(resolution)
            if spec is not None:
                return spec.label.get(lang)
        return resolution

    def stage_label(self, stage: str | None, lang: str) -> str:
        if not stage:
            return ""
        for playbook in self.playbooks.usable.values():
            if any(s.id == stage for s in playbook.stages):
                return playbook.stage(stage).title.get(lang)
        return stage

    def close(self) -> None:
        self.engine.dispose()


def _read_identity(engine: Engine) -> Identity | None:
    from recovery_desk.services.trust.identity import read_identity

    try:
        return read_identity(engine)
    except Exception:  # noqa: BLE001 - an older or damaged log: no identity to show
        return None


def open_workspace(db: str | None = None, *, settings: Settings | None = None,
                   migrate: bool = True, read_only: bool = False,
                   allow_damaged: bool = False) -> Workspace:
    """Open (and if needed create or upgrade) the case log and load the playbooks.

    ``read_only`` opens without writing a byte (no upgrade; for ``check``). A writable open
    is refused while the last check found the file damaged, unless ``allow_damaged`` (the
    restore that replaces it).
    """
    url = resolve_target(db)
    if not read_only and not allow_damaged:
        refuse_if_damaged(describe(url))
    engine = make_engine(url, read_only=read_only)
    try:
        if read_only:
            refuse_unless_case_log(engine, describe(url))
        backup = ensure_schema(engine) if migrate and not read_only else None
    except DatabaseUnavailable:
        engine.dispose()
        raise
    except Exception as exc:
        engine.dispose()
        text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise DatabaseUnavailable(f"Cannot prepare the case log at {describe(url)}: {text}.",
                                  "Check that the file or server is writable.") from exc
    settings = settings or Settings.load()
    try:
        if read_only or not migrate:  # read, never write, the identity
            identity = _read_identity(engine)
        else:
            identity = ensure_identity(engine, settings.desk_id or None,
                                       settings.legacy_desk_id or None)
    except BaseException:
        engine.dispose()
        raise
    if identity is not None:
        settings.desk_id = identity.desk_id
    elif not settings.desk_id:
        settings.desk_id = default_desk_id()
    resources = resources_dir()
    workspace = Workspace(
        engine=engine, url=url, settings=settings, identity=identity,
        playbooks=cached_library(resources / "playbooks"),
        taxonomy=load_taxonomy(resources / "taxonomy.toml"), backup_made=backup)
    for name, reason in workspace.playbooks.unusable.items():
        log.warning("playbook %s is unusable: %s", name, reason)
    if not workspace.playbooks.usable:
        raise DatabaseUnavailable("No usable playbook was found.",
                                  "Reinstall Recovery Desk or fix resources/playbooks.")
    return workspace  # nobody is signed in yet
