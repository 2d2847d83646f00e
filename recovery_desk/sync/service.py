"""One entry point for both kinds of target: a folder path or a server URL."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine

from recovery_desk.storage.checkpoint import sync_wal
from recovery_desk.sync import bundle, central, folder
from recovery_desk.sync.admission import Problem


def is_server(target: str) -> bool:
    return "://" in target


@dataclass
class SyncReport:
    pushed_events: int = 0
    pulled_events: int = 0
    bundles_written: int = 0
    bundles_applied: int = 0
    cases_updated: int = 0
    #: what a pull set aside (held, refused, put in quarantine), in the words users see
    problems: list[Problem] = field(default_factory=list)

    def summary(self) -> str:
        text = (f"sent {self.pushed_events} events, received {self.pulled_events} events, "
                f"{self.cases_updated} cases updated")
        if self.problems:
            text += f", {len(self.problems)} set aside (see below)"
        return text

    @property
    def refused(self) -> bool:
        """Something was refused or put in quarantine (not merely held until trusted)."""
        return any(p.kind in ("refused", "quarantined") for p in self.problems)


def push(engine: Engine, desk_id: str, target: str, *,
         include_training: bool = False) -> SyncReport:
    """Send this desk's new events. Practice runs live on ``<desk>-TRAINING`` and stay on
    the desk unless ``include_training`` is chosen."""
    if include_training:
        report = push(engine, desk_id, target)
        extra = push(engine, f"{desk_id}-TRAINING", target)
        report.pushed_events += extra.pushed_events
        report.bundles_written += extra.bundles_written
        return report
    sync_wal(engine)  # nothing leaves the desk that a power cut could take back
    if is_server(target):
        result = central.push(engine, target, desk_id)
        return SyncReport(pushed_events=result.pushed)
    written = folder.push_to_folder(engine, desk_id, Path(target))
    report = SyncReport(bundles_written=len(written))
    for path in written:
        report.pushed_events += bundle.read_manifest(path).events
    return report


def pull(engine: Engine, desk_id: str, target: str) -> SyncReport:
    """Bring in the other desks' events; an erasure among them is finished here too (its
    words purged from the search index's older segments), and the dashboard's rollup is
    brought up to date."""
    if is_server(target):
        result = central.pull(engine, target, desk_id)
        report = SyncReport(pulled_events=result.pulled,
                            cases_updated=sum(d.cases for d in result.desks),
                            problems=result.problems)
    else:
        pulled = folder.pull_from_folder(engine, desk_id, Path(target))
        results = pulled.results
        report = SyncReport(pulled_events=sum(r.applied for r in results),
                            bundles_applied=sum(1 for r in results if r.applied),
                            cases_updated=sum(r.cases for r in results),
                            problems=pulled.problems)
    if report.pulled_events:
        from recovery_desk.services.startup import catch_up

        catch_up(engine)  # an erasure among the events, the days they changed
    return report


def sync(engine: Engine, desk_id: str, target: str, *,
         include_training: bool = False) -> SyncReport:
    """Push, then pull: what the background sync of the workstation runs."""
    sent = push(engine, desk_id, target, include_training=include_training)
    got = pull(engine, desk_id, target)
    got.pushed_events, got.bundles_written = sent.pushed_events, sent.bundles_written
    return got


def pending(engine: Engine, desk_id: str, target: str) -> int:
    if is_server(target):
        return central.pending_for_server(engine, target, desk_id)
    return folder.pending_for_folder(engine, desk_id, target)
