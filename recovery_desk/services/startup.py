"""The chores a desk does at start-up and after a sync pull, off the agent's path.

They live here, above every service they call, so that ``workspace`` (which everything
depends on) depends on none of them.
"""

from __future__ import annotations

import logging

from sqlalchemy import Engine

from recovery_desk.services.trust.backup import daily_backup
from recovery_desk.services.trust.checkpoints import daily_checkpoint
from recovery_desk.services.trust.erasure import purge_search_index
from recovery_desk.services.trust.retention import apply_retention
from recovery_desk.services.workspace import Workspace
from recovery_desk.storage.checkpoint import Checkpointer
from recovery_desk.storage.kpi_rollup import refresh

log = logging.getLogger(__name__)


def housekeeping(workspace: Workspace) -> dict[str, object]:
    """The start-up chores: today's rolling backup, the retention period, today's signed
    checkpoint, then ``catch_up``.

    Cheap when there is nothing to do (one file check, one indexed query); may take a while
    on the first day or after the period was shortened, so the window runs it in the
    background (``ui.workers.run_in_background``). Failures are logged, never raised: the
    desk must start regardless.
    """
    done: dict[str, object] = {}
    try:
        done["backup"] = daily_backup(workspace.engine, workspace.settings.backups_to_keep)
    except Exception:
        log.exception("the daily backup failed")
    try:
        done["retention"] = apply_retention(workspace, automatic=True)
    except Exception:
        log.exception("applying the retention period failed")
    try:
        done["checkpoint"] = daily_checkpoint(workspace.engine)  # at least daily
    except Exception:
        log.exception("signing today's checkpoint failed")
    done.update(catch_up(workspace.engine))
    return done


def catch_up(engine: Engine) -> dict[str, object]:
    """Finish what earlier commits left owing: an erasure's purge of the search index (the
    app may have stopped before it), and the dashboard's rollup of the days that changed
    (after an upgrade or a sync pull, so a Dashboard does not wait for them). Run at
    start-up and after a pull; failures are logged, never raised, since the work they
    follow is committed and the next run does the same."""
    done: dict[str, object] = {}
    for name, chore in (("purge", purge_search_index), ("rollup", refresh)):
        try:
            done[name] = chore(engine)
        except Exception:
            log.exception("catching up after earlier work failed: %s", name)
    return done


def start_checkpoints(workspace: Workspace) -> Checkpointer:
    """WAL checkpoints from a background thread while the window runs (``stop()`` at exit),
    so no click at the desk waits for one."""
    return Checkpointer(workspace.engine).start()
