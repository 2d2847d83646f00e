"""Desks exchanging bundles through a folder: convergence, idempotence, refusals."""

from __future__ import annotations

import json
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import text

from recovery_desk.services.demo.generator import DemoGenerator
from recovery_desk.services.trust.check import check_log
from recovery_desk.services.workspace import Workspace
from recovery_desk.sync import service
from recovery_desk.sync.folder import import_bundle, push_to_folder
from recovery_desk.sync.merge import SyncRefused

from .conftest import ANCHOR, case_export, event_export


def test_three_desks_converge_through_a_folder(make_desk: Callable[..., Workspace],
                                               tmp_path: Path) -> None:
    share = tmp_path / "share"
    share.mkdir()
    desks = [make_desk(name, 1000, seed) for name, seed in (("RIGA", 1), ("PEST", 2),
                                                            ("KYIV", 3))]
    for ws in desks:
        report = service.push(ws.engine, ws.desk_id, str(share))
        assert report.bundles_written == 1 and report.pushed_events > 20000
    for ws in desks:
        report = service.pull(ws.engine, ws.desk_id, str(share))
        assert report.bundles_applied == 2
        with ws.engine.connect() as conn:  # the dashboard's rollup is current already
            assert conn.execute(text("SELECT count(*) FROM kpi_dirty")).scalar() == 0
    exports = [case_export(ws, tmp_path / f"{ws.desk_id}.csv") for ws in desks]
    assert exports[0] == exports[1] == exports[2]
    assert exports[0].count("\n") == 3001  # header + 3,000 cases
    for ws in desks:
        assert check_log(ws.engine).ok
    # pulling again changes nothing
    before = event_export(desks[0], tmp_path / "before.jsonl")
    again = service.pull(desks[0].engine, desks[0].desk_id, str(share))
    assert again.pulled_events == 0
    assert event_export(desks[0], tmp_path / "after.jsonl") == before
    # nothing new: nothing to push
    assert service.push(desks[0].engine, "RIGA", str(share)).pushed_events == 0
    # new work on one desk travels incrementally: only the new events, and the others agree
    def events(ws: Workspace) -> int:
        with ws.engine.connect() as conn:
            return int(conn.execute(text("SELECT count(*) FROM case_events")).scalar_one())

    before_work = events(desks[0])
    DemoGenerator(desks[0], seed=9, anchor=ANCHOR).run(5)
    new_events = events(desks[0]) - before_work
    assert new_events > 0
    pushed = service.push(desks[0].engine, "RIGA", str(share))
    assert pushed.bundles_written == 1 and pushed.pushed_events == new_events
    for ws in desks[1:]:
        assert service.pull(ws.engine, ws.desk_id, str(share)).pulled_events == new_events
    exports = [case_export(ws, tmp_path / f"{ws.desk_id}-2.csv") for ws in desks]
    assert exports[0] == exports[1] == exports[2]
    assert exports[0].count("\n") == 3006  # header + 3,005 cases


def _bundle(make_desk: Callable[..., Workspace], tmp_path: Path) -> Path:
    source = make_desk("SRC", 40)
    out = tmp_path / "out"
    out.mkdir()
    return push_to_folder(source.engine, "SRC", out)[0]


def _rewrite(path: Path, change: Callable[[dict, bytes], tuple[dict, bytes]]) -> Path:
    with zipfile.ZipFile(path) as archive:
        manifest = json.loads(archive.read("manifest.json"))
        events = archive.read("events.jsonl")
    manifest, events = change(manifest, events)
    bad = path.with_name("bad-" + path.name)
    with zipfile.ZipFile(bad, "w") as archive:
        archive.writestr("manifest.json", json.dumps(manifest))
        archive.writestr("events.jsonl", events)
    return bad


def _resum(manifest: dict, events: bytes) -> dict:
    import hashlib

    manifest["files"]["events.jsonl"] = {"sha256": hashlib.sha256(events).hexdigest(),
                                         "bytes": len(events)}
    return manifest


def _tamper(manifest: dict, events: bytes) -> tuple[dict, bytes]:
    lines = events.decode().splitlines()
    event = json.loads(lines[3])
    event["actor"] = "someone else"
    lines[3] = json.dumps(event)
    data = ("\n".join(lines) + "\n").encode()
    return _resum(manifest, data), data


def _duplicate(manifest: dict, events: bytes) -> tuple[dict, bytes]:
    lines = events.decode().splitlines()
    data = ("\n".join(lines[:5] + [lines[4]] + lines[5:]) + "\n").encode()
    manifest["events"] += 1
    return _resum(manifest, data), data


def _flip(manifest: dict, events: bytes) -> tuple[dict, bytes]:
    data = bytearray(events)
    data[len(data) // 2] ^= 0x20
    return manifest, bytes(data)


def _schema(manifest: dict, events: bytes) -> tuple[dict, bytes]:
    manifest["schema"] = "9999"
    return manifest, events


@pytest.mark.parametrize(("kind", "reason"), [
    ("truncated", "truncated or damaged"),
    ("corrupted", "checksum"),
    ("tampered", "does not match its hash"),
    ("duplicated", "which a bundle cannot hold"),
    ("wrong_schema", "newer Recovery Desk"),
])
def test_bad_bundles_are_refused_and_change_nothing(make_desk: Callable[..., Workspace],
                                                    tmp_path: Path, kind: str,
                                                    reason: str) -> None:
    good = _bundle(make_desk, tmp_path)
    if kind == "truncated":
        bad = good.with_name("cut-" + good.name)
        bad.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    else:
        bad = _rewrite(good, {"corrupted": _flip, "tampered": _tamper,
                              "duplicated": _duplicate, "wrong_schema": _schema}[kind])
    target = make_desk("DST", 5, seed=9)
    before = event_export(target, tmp_path / "before.jsonl")
    with pytest.raises(SyncRefused, match=reason):
        import_bundle(target.engine, bad)
    assert event_export(target, tmp_path / "after.jsonl") == before
    # the good bundle still imports, and importing it twice changes nothing
    assert import_bundle(target.engine, good).applied > 0
    twice = event_export(target, tmp_path / "twice-a.jsonl")
    assert import_bundle(target.engine, good).applied == 0
    assert event_export(target, tmp_path / "twice-b.jsonl") == twice
