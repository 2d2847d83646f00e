"""SIGKILL a real workload on a real log, again and again: nothing reported committed is lost.

The full run is ``python -m recovery_desk.tools.crash_harness --kills 200``; CI runs a
reduced one with the same checks.
"""

from __future__ import annotations

from pathlib import Path

from recovery_desk.tools.crash_harness import Figures, _Expected, _verify, run_harness


def test_killed_workload_loses_nothing(tmp_path: Path) -> None:
    figures = run_harness(10, seed=3, workdir=tmp_path / "harness")
    print("\n".join(figures.lines()))
    assert figures.kills == 10
    assert figures.worker_errors == 0, figures.problems
    assert figures.events_committed > 0
    assert figures.events_lost == 0, figures.problems
    assert figures.check_failures == 0, figures.problems
    assert figures.drafts_lost == 0, figures.problems
    assert figures.draft_keys_compared > 0
    assert figures.ok, figures.problems


def test_the_checks_catch_a_lost_event_and_a_lost_draft(tmp_path: Path) -> None:
    """The harness's own checks can fail: a promise the log does not keep is counted."""
    figures = run_harness(1, seed=5, workdir=tmp_path / "harness")
    assert figures.ok, figures.problems
    db = tmp_path / "harness" / "case-log.sqlite3"
    promises = [{"k": "ev", "ids": [["00000000-0000-4000-8000-000000000000", 1, "0" * 64]]},
                {"k": "draft-try", "key": "DESK-CRASH:form:words", "sha": "abc"},
                {"k": "draft", "key": "DESK-CRASH:form:words", "sha": "abc"}]
    caught = Figures()
    _verify(db, promises, _Expected(), caught)
    assert caught.events_lost == 1
    assert caught.drafts_lost == 1
    assert not caught.ok
