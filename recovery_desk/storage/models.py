"""The case log's tables. Events are the truth; ``cases`` and ``customers`` are projections.

Migrations in ``migrations/versions`` must match these models exactly (a test compares them).
"""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Column,
    DateTime,
    Index,
    Integer,
    MetaData,
    Numeric,
    String,
    Table,
    Text,
    TypeDecorator,
    false,
    func,
    literal_column,
    text,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator[datetime]):
    """Stores naive UTC, hands back aware UTC: same values on SQLite and PostgreSQL."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is not None and value.tzinfo is not None:
            value = value.astimezone(UTC).replace(tzinfo=None)
        return value

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is not None and value.tzinfo is None:
            value = value.replace(tzinfo=UTC)
        return value


JsonDocument = JSON().with_variant(JSONB(), "postgresql")


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    # every model here is mapped to one plain Table (none to a join or a select), so say so:
    # SQLAlchemy types ``__table__`` as the wider FromClause, which insert()/update() refuse
    __table__: ClassVar[Table]


class Desk(Base):
    """A workstation. Its events form one hash chain, ordered by ``desk_seq``."""

    __tablename__ = "desks"
    desk_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    last_desk_seq: Mapped[int] = mapped_column(Integer, default=0)
    last_hash: Mapped[str] = mapped_column(String(64), default="0" * 64)
    last_case_no: Mapped[int] = mapped_column(Integer, default=0)


class User(Base):
    """A person at the desk. Rows without a password name actors in events but cannot sign
    in; ``services/accounts.py`` owns the sign-in columns (Argon2id hashes, lockout)."""

    __tablename__ = "users"
    user_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    role: Mapped[str] = mapped_column(String(20))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    password_hash: Mapped[str | None] = mapped_column(String(200), nullable=True)
    pin_hash: Mapped[str | None] = mapped_column(String(200), nullable=True)
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    last_failed_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    locked_until: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    password_changed_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    last_sign_in_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)


class Customer(Base):
    """Projection of the customer snapshots carried by ``case_opened`` events."""

    __tablename__ = "customers"
    customer_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    number: Mapped[str] = mapped_column(String(64), default="", index=True)
    name: Mapped[str] = mapped_column(String(200), default="")
    name_key: Mapped[str] = mapped_column(String(200), default="")
    name_alt_key: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(64), default="")
    phone_key: Mapped[str] = mapped_column(String(64), default="", index=True)
    phone_rev: Mapped[str] = mapped_column(String(64), default="", index=True)
    email: Mapped[str] = mapped_column(String(200), default="")
    email_key: Mapped[str] = mapped_column(String(200), default="", index=True)
    language: Mapped[str] = mapped_column(String(8), default="en")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    erased: Mapped[bool] = mapped_column(Boolean, default=False)

    __table_args__ = tuple(Index(f"ix_customers_{key}_id", key, "erased", "customer_id")
                           for key in ("name_key", "name_alt_key"))  # 0016: index-only


#: The dashboard's covering index: breakdown keys first, then every column it reads (32,
#: PostgreSQL's most; a scope by severity or escalation reads the rows it finds).
KPI_INDEX_COLUMNS = (
    "training", "desk_id", "agent", "channel", "category", "playbook", "mode", "opened_at",
    "status", "outcome", "watchlist", "follow_up_due", "csat", "likelihood", "ces",
    "accepted", "follow_ups_done", "redress_amount", "currency",
    "first_response_ms", "resolution_ms", "stage_ms_listen", "stage_ms_acknowledge",
    "stage_ms_apologize", "stage_ms_diagnose", "stage_ms_explain", "stage_ms_resolve",
    "stage_ms_confirm", "stage_ms_thank", "stage_ms_control", "stage_ms_refocus",
    "stage_ms_other")


#: The Log's sort orders (``services/case_filter.SORT_KEYS``) and their columns.
LOG_SORT_COLUMNS = (("opened", "opened_at"), ("closed", "closed_at"), ("csat", "csat"),
                    ("redress", "redress_amount"), ("duration", "duration_s"))
#: Filter columns carried in each of the Log's indexes, so a filtered page is checked in
#: the index and only matching rows are read from the table (``services/case_query.py``).
LOG_FILTER_COLUMNS = ("training", "status", "desk_id", "agent", "channel", "category",
                      "escalated", "watchlist", "opened_at", "severity", "playbook", "mode",
                      "outcome")
LOG_SORT_VALUES = tuple(column for _key, column in LOG_SORT_COLUMNS)


def log_index_columns(*lead: str, sort_values: bool = False) -> tuple[str, ...]:
    """An index of the Log: ``lead``, the case id, the filter columns and, for an index that
    drives pages sorted by any key (``sort_values``), every sort column, so such a page is
    chosen and sorted from the index alone (schema 0009)."""
    tail = ("case_id", *LOG_FILTER_COLUMNS, *(LOG_SORT_VALUES if sort_values else ()))
    return (*lead, *(name for name in dict.fromkeys(tail) if name not in lead))


#: The Log's indexes (schema 0009): one per sort key, and one per filter that may drive a
#: page (days: the "opened" sort index; desk, status, watchlist/follow-up due).
LOG_INDEXES: dict[str, tuple[str, ...]] = {
    "ix_cases_opened_case": log_index_columns("opened_at", sort_values=True),
    **{f"ix_cases_{key}_case": log_index_columns(column)
       for key, column in LOG_SORT_COLUMNS if key != "opened"},
    "ix_cases_desk_opened": log_index_columns("desk_id", "opened_at", sort_values=True),
    "ix_cases_status_case": log_index_columns("status", sort_values=True),
    "ix_cases_watchlist_due": log_index_columns("watchlist", "follow_up_due",
                                                sort_values=True),
}


#: Durations in whole milliseconds: 64-bit (a follow-up a month later is over 2**31 ms);
#: SQLite's INTEGER is 64-bit already (0014 changes PostgreSQL only).
MILLISECONDS = BigInteger().with_variant(Integer(), "sqlite")


class Case(Base):
    """Projection: each case's current state, rewritten with every event of the case."""

    __tablename__ = "cases"
    case_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    ref: Mapped[str] = mapped_column(String(40), unique=True)
    desk_id: Mapped[str] = mapped_column(String(64))
    agent: Mapped[str] = mapped_column(String(200), default="")
    customer_id: Mapped[str] = mapped_column(String(36), index=True)
    opened_at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())
    channel: Mapped[str] = mapped_column(String(20), default="")
    category: Mapped[str] = mapped_column(String(64), default="")
    severity: Mapped[str] = mapped_column(String(20), default="")
    words: Mapped[str] = mapped_column(Text, default="")
    # their ticket number when imported from another helpdesk (0011)
    external_ref: Mapped[str] = mapped_column(String(200), default="", server_default="")
    remedy: Mapped[str] = mapped_column(Text, default="")
    playbook: Mapped[str] = mapped_column(String(64), default="")
    playbook_version: Mapped[int] = mapped_column(Integer, default=0)
    mode: Mapped[str] = mapped_column(String(10), default="natural")
    language: Mapped[str] = mapped_column(String(8), default="en")
    training: Mapped[bool] = mapped_column(Boolean, default=False)
    status: Mapped[str] = mapped_column(String(20))
    outcome: Mapped[str | None] = mapped_column(String(20), nullable=True)
    stage: Mapped[str | None] = mapped_column(String(64), nullable=True)
    stage_entered_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    resolution: Mapped[str | None] = mapped_column(String(64), nullable=True)
    redress_amount: Mapped[Decimal | None] = mapped_column(Numeric(14, 2), nullable=True)
    currency: Mapped[str | None] = mapped_column(String(3), nullable=True)
    deadline: Mapped[str | None] = mapped_column(String(10), nullable=True)
    # the date of the earliest promise not yet kept, None when all are (0015): F10's index
    promise_due: Mapped[str | None] = mapped_column(String(10), nullable=True, index=True)
    escalated: Mapped[bool] = mapped_column(Boolean, default=False)
    escalation_pending: Mapped[bool] = mapped_column(Boolean, default=False)
    approved_by: Mapped[str | None] = mapped_column(String(200), nullable=True)
    accepted: Mapped[str | None] = mapped_column(String(10), nullable=True)
    csat: Mapped[int | None] = mapped_column(Integer, nullable=True)
    likelihood: Mapped[int | None] = mapped_column(Integer, nullable=True)
    ces: Mapped[int | None] = mapped_column(Integer, nullable=True)
    watchlist: Mapped[bool] = mapped_column(Boolean, default=False)
    follow_up_due: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    follow_ups_done: Mapped[int] = mapped_column(Integer, default=0)
    acknowledged_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    root_cause: Mapped[str | None] = mapped_column(Text, nullable=True)
    notes: Mapped[int] = mapped_column(Integer, default=0)
    last_seq: Mapped[int] = mapped_column(Integer, default=0)
    # supervisor review (0005)
    corrective_action: Mapped[str | None] = mapped_column(Text, nullable=True)
    coaching_notes: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    flagged_for_training: Mapped[bool] = mapped_column(Boolean, default=False,
                                                       server_default=false())
    follow_up_assignee: Mapped[str | None] = mapped_column(String(200), nullable=True)
    follow_up_done_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    # dashboard figures (0004): durations in whole milliseconds, derived when projected
    sample_key: Mapped[int | None] = mapped_column(Integer, nullable=True, index=True)
    first_response_ms: Mapped[int | None] = mapped_column(MILLISECONDS, nullable=True)
    resolution_ms: Mapped[int | None] = mapped_column(MILLISECONDS, nullable=True)
    stage_ms_listen: Mapped[int | None] = mapped_column(MILLISECONDS, nullable=True)
    stage_ms_acknowledge: Mapped[int | None] = mapped_column(MILLISECONDS, nullable=True)
    stage_ms_apologize: Mapped[int | None] = mapped_column(MILLISECONDS, nullable=True)
    stage_ms_diagnose: Mapped[int | None] = mapped_column(MILLISECONDS, nullable=True)
    stage_ms_explain: Mapped[int | None] = mapped_column(MILLISECONDS, nullable=True)
    stage_ms_resolve: Mapped[int | None] = mapped_column(MILLISECONDS, nullable=True)
    stage_ms_confirm: Mapped[int | None] = mapped_column(MILLISECONDS, nullable=True)
    stage_ms_thank: Mapped[int | None] = mapped_column(MILLISECONDS, nullable=True)
    stage_ms_control: Mapped[int | None] = mapped_column(MILLISECONDS, nullable=True)
    stage_ms_refocus: Mapped[int | None] = mapped_column(MILLISECONDS, nullable=True)
    stage_ms_other: Mapped[int | None] = mapped_column(MILLISECONDS, nullable=True)
    # the Log's "duration" sort (0003): whole seconds from opening to closing, None while open
    duration_s: Mapped[int | None] = mapped_column(Integer, nullable=True)
    # regulated handling (0010): the clocks' due and met times as recorded on the case, the
    # time-free clock status (``open`` turns into breached when read after the due time),
    # the register's codes, the vulnerability flag and the regulatory-return exclusion
    clock_pack: Mapped[str | None] = mapped_column(String(64), nullable=True)
    acknowledge_due: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    acknowledge_met_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    summary_resolution_due: Mapped[datetime | None] = mapped_column(UTCDateTime(),
                                                                    nullable=True)
    summary_resolution_met_at: Mapped[datetime | None] = mapped_column(UTCDateTime(),
                                                                       nullable=True)
    final_response_due: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True,
                                                                index=True)
    final_response_met_at: Mapped[datetime | None] = mapped_column(UTCDateTime(),
                                                                   nullable=True)
    clock_status: Mapped[str | None] = mapped_column(String(20), nullable=True)
    vulnerable: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    register_product: Mapped[str | None] = mapped_column(String(64), nullable=True)
    register_cause: Mapped[str | None] = mapped_column(String(64), nullable=True)
    register_outcome: Mapped[str | None] = mapped_column(String(20), nullable=True)
    return_excluded: Mapped[bool] = mapped_column(Boolean, default=False,
                                                  server_default=false())

    __table_args__ = (
        Index("ix_cases_customer_opened", "customer_id", "opened_at", "status", "desk_id",
              "case_id"),  # status, desk, id: an own-desk search reads entries alone (0016)
        # the follow-up queue's "done" list, newest first, practice runs apart (0005)
        Index("ix_cases_follow_up_done", "training", "follow_up_done_at", "case_id"),
        # the dashboard's scans read this narrow index instead of the wide rows, in breakdown
        # order, so its one GROUP BY needs no sort (0004)
        Index("ix_cases_kpi", *KPI_INDEX_COLUMNS),
        # retention: cases closed before a cutoff (0007)
        Index("ix_cases_closed_at", "closed_at"),
        # the Log's search: "their ticket 511074" is one index lookup (0013)
        Index("ix_cases_external_ref", "external_ref"),
        # the Log's sort orders, each with the case id as tie-breaker for keyset pages and
        # the usual filter columns, so a filtered page is checked in the index (0003); the
        # filters that drive a page with every sort key (0009)
        *(Index(name, *columns) for name, columns in LOG_INDEXES.items()),
    )


class CaseSearch(Base):
    """The text full-text search looks in, one row per case (``storage/search.py``).

    ``doc_id`` is the row id the search index refers to: an explicit integer key, because
    SQLite may renumber implicit row ids on VACUUM. ``folded`` is ``body`` in lower case
    without diacritics; on SQLite the FTS5 table ``case_fts`` indexes it (created by
    migration 0003, kept in step by triggers), on PostgreSQL a GIN index over
    ``to_tsvector('simple', folded)`` does.
    """

    __tablename__ = "case_search"
    doc_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    case_id: Mapped[str] = mapped_column(String(36), unique=True)
    body: Mapped[str] = mapped_column(Text, default="")
    folded: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (
        Index("ix_case_search_fts", func.to_tsvector(literal_column("'simple'::regconfig"),
                                                      text("folded")),
              postgresql_using="gin"),
    )


REVIEW_KINDS = ("annotated", "quality_sampled", "quality_reviewed", "practice_reviewed",
                "feedback_acknowledged")  # alone in ix_case_events_review (0016); a query
REVIEW_ONLY = f"kind IN ({', '.join(repr(k) for k in REVIEW_KINDS)})"  # states it verbatim


class CaseEvent(Base):
    """Append-only. Never updated or deleted by the app; ``check`` proves it."""

    __tablename__ = "case_events"
    event_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    case_id: Mapped[str] = mapped_column(String(36))
    seq: Mapped[int] = mapped_column(Integer)
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    desk_id: Mapped[str] = mapped_column(String(64))
    desk_seq: Mapped[int] = mapped_column(Integer)
    actor: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(40))
    stage: Mapped[str | None] = mapped_column(String(64), nullable=True)
    payload: Mapped[dict[str, Any]] = mapped_column(JsonDocument)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))
    # hash scheme (domain/hashing.py): 1 before erasure existed, 2 since (0007)
    hash_version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")

    __table_args__ = (
        # not unique: two desks may both add event n+1 to a case they synced; replay order
        # is (seq, at, desk_id, desk_seq) everywhere, so every desk folds them alike
        Index("ix_case_events_case_seq", "case_id", "seq"),
        Index("uq_case_events_desk_seq", "desk_id", "desk_seq", unique=True),
        Index("ix_case_events_review", "kind", "case_id", sqlite_where=text(REVIEW_ONLY),
              postgresql_where=text(REVIEW_ONLY)),
    )


# -- desk identity, keys, checkpoints (0012, ``services/trust/identity.py``) ---------------


class DeskIdentity(Base):
    """This log's own desk: one row. The private key lives outside the log (keyring or a
    0600 file named by the desk id); only its public half is here."""

    __tablename__ = "desk_identity"
    slot: Mapped[int] = mapped_column(Integer, primary_key=True)  # always 1
    desk_id: Mapped[str] = mapped_column(String(64))
    public_key: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    #: ``created`` with the log, or ``adopted`` by a log older than desk keys
    origin: Mapped[str] = mapped_column(String(20))


class DeskKey(Base):
    """Keys this log knows, per desk: its own, those an administrator trusted, and those
    only seen on bundles (held aside until trusted). A trust may name a fingerprint before
    the key itself arrives (``public_key`` empty until then)."""

    __tablename__ = "desk_keys"
    desk_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    fingerprint: Mapped[str] = mapped_column(String(40), primary_key=True)
    public_key: Mapped[str] = mapped_column(String(64), default="")
    #: ``own``, ``trusted``, ``seen`` or ``retired`` (replaced by a newer trusted key)
    status: Mapped[str] = mapped_column(String(10))
    trusted_by: Mapped[str | None] = mapped_column(String(200), nullable=True)
    trusted_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    first_seen_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)


class SignedCheckpoint(Base):
    """Signed chain heads: this desk's own, and every other desk's this log verified (it is
    their witness and refuses a later history that does not extend them)."""

    __tablename__ = "checkpoints"
    desk_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    desk_seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    head_hash: Mapped[str] = mapped_column(String(64))
    signed_at: Mapped[datetime] = mapped_column(UTCDateTime())
    public_key: Mapped[str] = mapped_column(String(64))
    signature: Mapped[str] = mapped_column(String(128))
    received_at: Mapped[datetime] = mapped_column(UTCDateTime())
    #: ``own``, or where it came from (``folder:…``, ``server``, ``bundle``)
    source: Mapped[str] = mapped_column(String(500), default="own")


class SyncHold(Base):
    """What a pull set aside, per source and item, for ``desks list`` and Settings: an
    unknown key (held until trusted), a refused history, a bundle put in quarantine."""

    __tablename__ = "sync_holds"
    source: Mapped[str] = mapped_column(String(500), primary_key=True)
    item: Mapped[str] = mapped_column(String(300), primary_key=True)
    #: ``untrusted``, ``refused`` or ``quarantined``
    kind: Mapped[str] = mapped_column(String(12))
    desk_id: Mapped[str] = mapped_column(String(64), default="")
    fingerprint: Mapped[str] = mapped_column(String(40), default="")
    reason: Mapped[str] = mapped_column(Text, default="")
    first_seen_at: Mapped[datetime] = mapped_column(UTCDateTime())
    last_seen_at: Mapped[datetime] = mapped_column(UTCDateTime())


class ServerRole(Base):
    """On a central server: which PostgreSQL role is which desk (row-level security lets a
    desk's role insert only its own desk's events, checkpoints and key), or a reader."""

    __tablename__ = "server_roles"
    role_name: Mapped[str] = mapped_column(String(63), primary_key=True)
    #: ``desk`` or ``reader``
    kind: Mapped[str] = mapped_column(String(10))
    desk_id: Mapped[str | None] = mapped_column(String(64), nullable=True)


class Draft(Base):
    """Text being typed but not yet recorded, autosaved so a crash loses nothing."""

    __tablename__ = "drafts"
    draft_key: Mapped[str] = mapped_column(String(200), primary_key=True)
    desk_id: Mapped[str] = mapped_column(String(64))
    case_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    user: Mapped[str] = mapped_column(String(200), default="")
    text: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())


class SyncState(Base):
    """How far this log has pushed its desk's events to each folder target."""

    __tablename__ = "sync_state"
    target: Mapped[str] = mapped_column(String(500), primary_key=True)
    desk_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    last_desk_seq: Mapped[int] = mapped_column(Integer, default=0)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())


class Chore(Base):
    """Work a commit left owing, done right after it in the background and, should the app
    stop first, by the next start-up's chores (0009). E.g. ``purge_search_index``: erased
    words are unsearchable at once, but stay in older segments of the FTS5 index until it
    is merged."""

    __tablename__ = "chores"
    name: Mapped[str] = mapped_column(String(40), primary_key=True)
    due_since: Mapped[datetime] = mapped_column(UTCDateTime())


# -- the dashboard's daily rollup (0008, ``storage/kpi_rollup.py``) ------------------------

#: Additive figures per opening day and breakdown value: every tile, trend point,
#: breakdown row and stage mean of a day-range scope is a sum of these.
KPI_ROLLUP_SUMS = (
    "n", "csat_ok", "csat_n", "promoters", "detractors", "likelihood_n", "closed",
    "recovered", "unknown", "ces_sum", "ces_n", "accepted_yes", "accepted_n", "fcr", "watchlist",
    "first_response_n", "resolution_n",
    *(f"{kind}_{role}" for role in (
        "listen", "acknowledge", "apologize", "diagnose", "explain", "resolve", "confirm",
        "thank", "control", "refocus", "other") for kind in ("stage_n", "stage_sum")))

#: One row per (dimension, value, local opening day); dim "all" (value "") is the total.
#: Keyed dimension first, so a scope's days are one index range.
kpi_daily = Table(
    "kpi_daily", Base.metadata,
    Column("dim", String(16), primary_key=True),
    Column("value", String(200), primary_key=True),
    Column("day", String(10), primary_key=True),
    *(Column(name, BigInteger if name.startswith("stage_sum") else Integer, nullable=False)
      for name in KPI_ROLLUP_SUMS))

#: Redress of recovered cases per currency, in whole cents (exact on both databases).
kpi_daily_money = Table(
    "kpi_daily_money", Base.metadata,
    Column("dim", String(16), primary_key=True),
    Column("value", String(200), primary_key=True),
    Column("day", String(10), primary_key=True),
    Column("currency", String(3), primary_key=True),
    Column("redress_n", Integer, nullable=False),
    Column("redress_cents", BigInteger, nullable=False))

#: UTC opening days whose rollup rows are out of date; the projection writer adds them.
kpi_dirty = Table("kpi_dirty", Base.metadata, Column("day", String(10), primary_key=True))

#: The sampled percentiles' covering index: a big scope's sample (``sample_key < k``) is
#: read from this range alone, with the scope's dates and every duration, no row look-ups.
KPI_SAMPLE_INDEX_COLUMNS = (
    "sample_key", "training", "opened_at", "desk_id", "agent", "channel", "category",
    "playbook", "mode", "first_response_ms", "resolution_ms", "stage_ms_listen",
    "stage_ms_acknowledge", "stage_ms_apologize", "stage_ms_diagnose", "stage_ms_explain",
    "stage_ms_resolve", "stage_ms_confirm", "stage_ms_thank", "stage_ms_control",
    "stage_ms_refocus", "stage_ms_other")
Index("ix_cases_kpi_sample", *(Case.__table__.c[name] for name in KPI_SAMPLE_INDEX_COLUMNS))

#: The rollup's own facts, e.g. the time zone its local days were cut in.
kpi_rollup_state = Table(
    "kpi_rollup_state", Base.metadata,
    Column("key", String(32), primary_key=True),
    Column("value", String(200), nullable=False))
