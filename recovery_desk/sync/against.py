"""``check --against DIR_OR_URL``: a log compared with the checkpoints a witness holds.

The witness is a shared folder (the signed checkpoints in its bundles), a central server
(its ``checkpoints`` table) or another desk's log file. Every checkpoint whose signature
verifies is compared with this log (``witness.compare``): a history rewritten, cut or
rolled back after it was witnessed is found, whatever was done to this file, because the
witness's copy was signed before and is kept elsewhere.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine, select

from recovery_desk.core.errors import RecoveryDeskError
from recovery_desk.domain.signing import Checkpoint, SignatureError, verify_checkpoint
from recovery_desk.storage import evidence
from recovery_desk.storage.engine import describe, make_engine, resolve_target
from recovery_desk.storage.models import SignedCheckpoint
from recovery_desk.sync.bundle import SUFFIX, read_manifest
from recovery_desk.sync.merge import SyncRefused
from recovery_desk.sync.witness import compare

_CHECKPOINTS = SignedCheckpoint.__table__


@dataclass
class AgainstReport:
    witness: str
    compared: int = 0
    unverifiable: int = 0
    findings: list[str] = field(default_factory=list)
    #: the newest witnessed position per desk: (sequence, hash)
    newest: dict[str, tuple[int, str]] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.findings


def _from_folder(folder: Path) -> tuple[list[Checkpoint], int]:
    found, bad = [], 0
    for path in sorted(folder.glob(f"*{SUFFIX}")):
        try:
            checkpoint = read_manifest(path).checkpoint
        except SyncRefused:
            bad += 1
            continue
        if checkpoint is not None:
            found.append(checkpoint)
    return found, bad


def _from_database(url: str) -> list[Checkpoint]:
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            return evidence.checkpoints(conn) if engine.dialect.name == "sqlite" else [
                Checkpoint(r.desk_id, r.desk_seq, r.head_hash, r.signed_at, r.public_key,
                           r.signature)
                for r in conn.execute(select(_CHECKPOINTS))]
    except Exception as exc:
        raise RecoveryDeskError(f"The witness {describe(url)} cannot be read: "
                                f"{type(exc).__name__}.",
                                "Give a shared folder, a server URL or a case log file.") \
            from exc
    finally:
        engine.dispose()


def witnessed(target: str) -> tuple[list[Checkpoint], int]:
    """Checkpoints the witness holds whose signatures verify, and how many did not."""
    if "://" in target:
        raw, bad = _from_database(target), 0
    else:
        path = Path(target)
        if path.is_dir():
            raw, bad = _from_folder(path)
        elif path.is_file():
            raw, bad = _from_database(resolve_target(str(path))), 0
        else:
            raise RecoveryDeskError(f"The witness {target} does not exist.",
                                    "Give the shared folder, the server URL or a case log "
                                    "file that received this desk's checkpoints.")
    good = []
    for checkpoint in raw:
        try:
            verify_checkpoint(checkpoint)
        except SignatureError:
            bad += 1
            continue
        good.append(checkpoint)
    return good, bad


def check_against(engine: Engine, target: str, own: set[str]) -> AgainstReport:
    """Compare the log of ``engine`` (whose own chains are ``own``) with ``target``."""
    checkpoints, bad = witnessed(target)
    report = AgainstReport(witness=target, compared=len(checkpoints), unverifiable=bad)
    for checkpoint in checkpoints:
        known = report.newest.get(checkpoint.desk_id)
        if known is None or checkpoint.desk_seq > known[0]:
            report.newest[checkpoint.desk_id] = (checkpoint.desk_seq, checkpoint.head_hash)
    with engine.connect() as conn:
        report.findings = compare(conn, checkpoints, own)
    if not any(desk in report.newest for desk in own):
        report.findings.append(f"the witness {target} holds no checkpoint of this desk "
                               f"({', '.join(sorted(own))}), so nothing could be compared; "
                               "has this desk synced with it?")
    return report
