"""Hostile bundles against real logs: bombs, lying manifests, duplicated ids, borrowed keys,
a rewound checkpoint, and a shared folder with bad files beside good ones.

Each bundle is built as an attacker would (the zip by hand, the chain with the project's
public hash, signatures with a real desk key); each test checks the refusal a user sees and
that the receiving log is unchanged.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import tracemalloc
import warnings
import zipfile
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from recovery_desk.cli.main import main
from recovery_desk.services.demo.generator import DemoGenerator
from recovery_desk.services.settings import Settings
from recovery_desk.services.trust import keystore
from recovery_desk.services.workspace import Workspace, open_workspace
from recovery_desk.storage.models import CaseEvent
from recovery_desk.storage.rows import event_from_row
from recovery_desk.sync import service
from recovery_desk.sync.admission import SyncHeld
from recovery_desk.sync.bundle_limits import MAX_MANIFEST_BYTES
from recovery_desk.sync.errors import ForkDetected
from recovery_desk.sync.folder import import_bundle, push_to_folder
from recovery_desk.sync.merge import SyncRefused

from .conftest import ANCHOR, event_export
from .forgery import chained, forged_bundle


@pytest.fixture
def share(tmp_path: Path) -> Path:
    folder = tmp_path / "share"
    folder.mkdir()
    return folder


def _events(ws: Workspace, desk: str | None = None) -> list[Any]:
    table = CaseEvent.__table__
    with ws.engine.connect() as conn:
        rows = conn.execute(select(table).where(table.c.desk_id == (desk or ws.desk_id))
                            .order_by(table.c.desk_seq)).all()
    return [event_from_row(r) for r in rows]


def _members(path: Path) -> tuple[dict[str, Any], bytes]:
    with zipfile.ZipFile(path) as archive:
        return json.loads(archive.read("manifest.json")), archive.read("events.jsonl")


def _zip(path: Path, members: list[tuple[str, bytes]],
         compression: int = zipfile.ZIP_DEFLATED) -> Path:
    with zipfile.ZipFile(path, "w", compression=compression) as archive:
        for name, data in members:
            archive.writestr(name, data)
    return path


def _refused_unchanged(receiver: Workspace, path: Path, tmp_path: Path, match: str,
                       error: type[Exception] = SyncRefused) -> str:
    before = event_export(receiver, tmp_path / "before.jsonl")
    with pytest.raises(error, match=match) as refused:
        import_bundle(receiver.engine, path)
    assert event_export(receiver, tmp_path / "after.jsonl") == before
    return str(refused.value)


# -- bounded before it is read ---------------------------------------------------------------


def _bomb(path: Path, name: str, megabytes: int, manifest: bytes = b"{}") -> Path:
    """A zip whose ``name`` member inflates to ``megabytes`` MB of zeros (a few hundred KB
    on disk), written in chunks so the test itself stays small."""
    chunk = b"\0" * (1024 * 1024)
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        other = "events.jsonl" if name == "manifest.json" else "manifest.json"
        archive.writestr(other, manifest if other == "manifest.json" else b"")
        with archive.open(name, "w", force_zip64=True) as member:
            for _ in range(megabytes):
                member.write(chunk)
    return path


@pytest.mark.parametrize(("member", "megabytes", "reason"), [
    ("events.jsonl", 200, "like a zip bomb"),
    ("manifest.json", 300, "would unpack to 314,572,800 bytes, more than allowed"),
])
def test_a_zip_bomb_is_refused_before_it_is_unpacked(
        make_desk: Callable[..., Workspace], tmp_path: Path, member: str, megabytes: int,
        reason: str) -> None:
    receiver = make_desk("RECV", 2)
    bomb = _bomb(tmp_path / "BOMB-000000001-000000009.rdbundle", member, megabytes)
    assert bomb.stat().st_size < 2 * 1024 * 1024
    tracemalloc.start()
    try:
        text = _refused_unchanged(receiver, bomb, tmp_path, reason)
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert text.startswith(bomb.name)
    assert peak < 16 * 1024 * 1024, f"{peak:,} bytes held while refusing a bomb"


def test_a_directory_that_lies_about_a_members_size_is_still_read_within_bounds(
        make_desk: Callable[..., Workspace], tmp_path: Path) -> None:
    """The zip's directory says the manifest is 10 bytes; it really inflates to 3 MB.
    Reading stops at the bound whatever the directory claims."""
    receiver = make_desk("RECV", 2)
    path = tmp_path / "LIAR-000000001-000000001.rdbundle"
    big = b'{"pad": "' + b"x" * (3 * 1024 * 1024) + b'"}'
    _zip(path, [("manifest.json", big), ("events.jsonl", b"{}\n")])
    data = bytearray(path.read_bytes())
    # patch the uncompressed size in the central directory entry of manifest.json
    entry = data.rindex(b"PK\x01\x02", 0, data.rindex(b"PK\x01\x02"))
    data[entry + 24:entry + 28] = (10).to_bytes(4, "little")
    path.write_bytes(bytes(data))
    tracemalloc.start()
    try:
        _refused_unchanged(receiver, path, tmp_path, "not a readable bundle|cannot be read|"
                                                     "malformed manifest|larger than allowed")
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 2 * MAX_MANIFEST_BYTES + 1024 * 1024


@pytest.mark.parametrize(("members", "reason"), [
    ([(f"junk-{n}.txt", b"x") for n in range(3000)], "3000 members"),
    ([("manifest.json", b"{}"), ("events.jsonl", b""), ("events.jsonl", b"")],
     "members|duplicate"),
    ([("manifest.json", b"{}"), ("../../outside.txt", b"x")],
     "holds manifest.json, ../../outside.txt"),
])
def test_too_many_duplicated_or_foreign_members_are_refused(
        make_desk: Callable[..., Workspace], tmp_path: Path, members: list[tuple[str, bytes]],
        reason: str) -> None:
    receiver = make_desk("RECV", 1)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)  # zipfile's "Duplicate name"
        path = _zip(tmp_path / "MANY-000000001-000000001.rdbundle", members)
    _refused_unchanged(receiver, path, tmp_path, reason)
    assert not (tmp_path.parent / "outside.txt").exists()


@pytest.mark.parametrize("where", ["manifest", "event"])
def test_deeply_nested_json_is_refused_as_malformed(
        make_desk: Callable[..., Workspace], tmp_path: Path, where: str) -> None:
    sender = make_desk("SRC", 2)
    receiver = make_desk("RECV", 0)
    out = tmp_path / "out"
    out.mkdir()
    [good] = push_to_folder(sender.engine, "SRC", out)
    manifest, events = _members(good)
    deep = b"[" * 30_000 + b"]" * 30_000  # well under the size bounds
    if where == "manifest":
        raw_manifest = deep
        raw_events = events
    else:
        lines = events.splitlines()
        lines[1] = deep
        raw_events = b"\n".join(lines) + b"\n"
        manifest["files"]["events.jsonl"] = {"sha256": hashlib.sha256(raw_events).hexdigest(),
                                             "bytes": len(raw_events)}
        raw_manifest = json.dumps(manifest).encode()
    path = _zip(tmp_path / good.name, [("manifest.json", raw_manifest),
                                       ("events.jsonl", raw_events)],
                zipfile.ZIP_STORED)  # stored: so deep, it would compress like a bomb
    reason = "malformed manifest" if where == "manifest" else "line 2 is not a valid event"
    _refused_unchanged(receiver, path, tmp_path, reason)


# -- a manifest that lies ---------------------------------------------------------------------


def _lie(manifest: dict[str, Any], events: bytes, lie: str) -> tuple[dict[str, Any], bytes]:
    lines = events.splitlines(keepends=True)
    if lie == "fewer_events":  # says one event fewer, range shifted to still add up
        manifest["events"] -= 1
        manifest["first_desk_seq"] += 1
    elif lie == "more_events":  # says one more: the signed checkpoint no longer matches
        manifest["events"] += 1
        manifest["last_desk_seq"] += 1
    elif lie == "smaller_bytes":
        manifest["files"]["events.jsonl"]["bytes"] = len(events) // 2
    elif lie == "other_checksum":
        manifest["files"]["events.jsonl"]["sha256"] = hashlib.sha256(b"other").hexdigest()
    elif lie == "other_desk":
        manifest["desk_id"] = "RECV-FRIEND"
    elif lie == "path_desk":  # a desk id that would name a file outside the folder
        manifest["desk_id"] = "../../x"
    elif lie == "first_link":
        manifest["first_prev_hash"] = "f" * 64
    elif lie == "dropped_event":  # one event left out, checksum and count made to match
        del lines[2]
        events = b"".join(lines)
        manifest["events"] -= 1
        manifest["first_desk_seq"] += 1
        manifest["files"]["events.jsonl"] = {"sha256": hashlib.sha256(events).hexdigest(),
                                             "bytes": len(events)}
    return manifest, events


@pytest.mark.parametrize(("lie", "reason"), [
    ("fewer_events", "holds more events than its manifest says"),
    ("more_events", "signature is for another position of the chain"),
    ("smaller_bytes", "larger than its manifest says"),
    ("other_checksum", "do not match the manifest's checksum"),
    ("other_desk", "signature is for another position of the chain"),
    ("path_desk", "names an invalid desk id '../../x'"),
    ("first_link", "does not match its hash or its link"),
    ("dropped_event", "do not match the manifest's range|expected"),
])
def test_a_manifest_that_lies_about_its_contents_is_refused(
        make_desk: Callable[..., Workspace], tmp_path: Path, lie: str, reason: str) -> None:
    sender = make_desk("SRC", 3)
    receiver = make_desk("RECV", 1)
    out = tmp_path / "out"
    out.mkdir()
    [good] = push_to_folder(sender.engine, "SRC", out)
    manifest, events = _members(good)
    manifest, events = _lie(manifest, events, lie)
    bad = _zip(tmp_path / good.name, [("manifest.json", json.dumps(manifest).encode()),
                                      ("events.jsonl", events)])
    _refused_unchanged(receiver, bad, tmp_path, reason)
    assert import_bundle(receiver.engine, good).applied == len(_events(sender))


# -- duplicated event ids -----------------------------------------------------------------------


def test_a_duplicated_event_id_inside_one_signed_bundle_is_refused(
        make_desk: Callable[..., Workspace], share: Path, tmp_path: Path) -> None:
    """A trusted desk (its own key) signs a chain in which one event id comes twice."""
    sender = make_desk("SRC", 2)
    receiver = make_desk("RECV", 1)
    real = _events(sender)
    again = replace(real[3], desk_seq=len(real) + 1, event_id=real[3].event_id)
    path = forged_bundle(chained([*real, again]), keystore.load_key("SRC"), share)
    text = _refused_unchanged(receiver, path, tmp_path, "comes twice")
    assert real[3].event_id in text
    report = service.pull(receiver.engine, "RECV", str(share))
    assert report.pulled_events == 0 and [p.kind for p in report.problems] == ["quarantined"]


def test_an_event_id_the_receiver_holds_under_another_desk_is_refused(
        make_desk: Callable[..., Workspace], share: Path, tmp_path: Path) -> None:
    sender = make_desk("SRC", 2)
    receiver = make_desk("RECV", 1)
    theirs = _events(receiver)[-1]
    real = _events(sender)
    stolen = replace(real[-1], desk_seq=len(real) + 1, event_id=theirs.event_id)
    path = forged_bundle(chained([*real, stolen]), keystore.load_key("SRC"), share)
    _refused_unchanged(receiver, path, tmp_path, "already exist under another desk position")


# -- another desk's id, the wrong key -----------------------------------------------------------


def test_a_bundle_claiming_another_trusted_desks_id_with_its_own_key_is_held(
        make_desk: Callable[..., Workspace], share: Path, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    """EVIL is trusted, but signs events under BRANCH's id with EVIL's key."""
    branch = make_desk("BRANCH", 3, seed=2)
    evil = make_desk("EVIL", 1, seed=3)
    receiver = make_desk("HQ", 1, seed=4)
    forged = [replace(e, desk_id="BRANCH") for e in _events(evil)]
    path = forged_bundle(chained(forged), keystore.load_key("EVIL"), share)
    text = _refused_unchanged(receiver, path, tmp_path, "but the key trusted here for desk "
                                                        "BRANCH", SyncHeld)
    assert "held aside, not applied" in text and "desks trust BRANCH" in text
    push_to_folder(branch.engine, "BRANCH", share)
    receiver.close()
    code = main(["--db", str(tmp_path / "HQ.sqlite3"), "sync", "pull", str(share)])
    err = capsys.readouterr().err
    assert code == 0 and "untrusted:" in err and path.name in err
    again = open_workspace(str(tmp_path / "HQ.sqlite3"), settings=Settings(user="x"))
    try:
        assert {e.event_id for e in _events(again, "BRANCH")} == \
            {e.event_id for e in _events(branch)}  # the real desk's events, not the forgery
    finally:
        again.close()
    del evil


# -- a rewound checkpoint -----------------------------------------------------------------------


def test_a_desk_restored_to_an_old_copy_and_signing_again_is_refused_by_its_witness(
        make_desk: Callable[..., Workspace], share: Path, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    """The desk's administrator puts back yesterday's file (before events a witness saw),
    works on and pushes: the desk signs sequence numbers it signed before, with other
    hashes. The witness refuses it, naming the desk, the sequence and both hashes."""
    desk = make_desk("ALPHA", 0)
    witness = make_desk("BETA", 0)
    DemoGenerator(desk, seed=2, anchor=ANCHOR).run(3)
    desk_file = tmp_path / "ALPHA.sqlite3"
    with desk.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    old_copy = tmp_path / "old-ALPHA.sqlite3"
    shutil.copyfile(desk_file, old_copy)
    DemoGenerator(desk, seed=3, anchor=ANCHOR).run(3)
    push_to_folder(desk.engine, "ALPHA", share)
    assert service.pull(witness.engine, "BETA", str(share)).pulled_events == len(_events(desk))
    witnessed = _events(desk)[-1]
    desk.close()
    shutil.copyfile(old_copy, desk_file)  # the rewind (no -wal left: it was checkpointed)
    rewound = open_workspace(str(desk_file), settings=Settings(user="agent-ALPHA"))
    rewound.trust_in_process("agent-ALPHA")
    DemoGenerator(rewound, seed=7, anchor=ANCHOR).run(4)  # longer than what was witnessed
    assert len(_events(rewound)) > witnessed.desk_seq
    for old in share.glob("ALPHA-*"):
        old.unlink()
    push_to_folder(rewound.engine, "ALPHA", share)
    before = event_export(witness, tmp_path / "before.jsonl")
    report = service.pull(witness.engine, "BETA", str(share))
    assert report.refused and report.pulled_events == 0
    [problem] = report.problems
    assert problem.kind == "refused" and "desk ALPHA" in problem.message
    assert str(witnessed.desk_seq) in problem.message or "sequence" in problem.message
    assert witnessed.hash[:16] in problem.message
    assert event_export(witness, tmp_path / "after.jsonl") == before
    bundle = next(share.glob("ALPHA-*"))
    with pytest.raises(ForkDetected, match="desk ALPHA"):
        import_bundle(witness.engine, bundle)
    # and the rewound desk, checked against its witness, is told so
    rewound.close()
    capsys.readouterr()
    code = main(["--db", str(desk_file), "check", "--against", str(tmp_path / "BETA.sqlite3")])
    err = capsys.readouterr().err
    assert code == 1 and "desk ALPHA:" in err and witnessed.hash[:16] in err


# -- a shared folder with bad files beside good ones --------------------------------------------


def test_quarantine_names_the_problem_and_the_fix_and_the_good_bundles_apply(
        make_desk: Callable[..., Workspace], share: Path, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    sender = make_desk("GOOD", 3, seed=1)
    receiver = make_desk("RECV", 0)
    forged_source = make_desk("SRC", 2, seed=5)
    push_to_folder(sender.engine, "GOOD", share)
    # a bomb, a lying checksum and a foreign member, sorted before and after the good one
    _bomb(share / "AAA-000000001-000000009.rdbundle", "events.jsonl", 50)
    out = tmp_path / "out"
    out.mkdir()
    [real] = push_to_folder(forged_source.engine, "SRC", out)
    manifest, events = _members(real)
    manifest["files"]["events.jsonl"]["sha256"] = "0" * 64
    _zip(share / real.name, [("manifest.json", json.dumps(manifest).encode()),
                             ("events.jsonl", events)])
    _zip(share / "ZZZ-000000001-000000001.rdbundle", [("manifest.json", b"{}"),
                                                      ("run.sh", b"rm -rf /")])
    receiver.close()
    log = str(tmp_path / "RECV.sqlite3")
    code = main(["--db", log, "sync", "pull", str(share)])
    captured = capsys.readouterr()
    assert code == 1, captured.err  # something was set aside: the exit says so
    assert f"{len(_events(sender))} events" in captured.out
    lines = [x for x in captured.err.splitlines() if x.strip().startswith("quarantined:")]
    assert len(lines) == 3, captured.err
    for name, why in (("AAA-000000001-000000009.rdbundle", "like a zip bomb"),
                      (real.name, "do not match the manifest's checksum"),
                      ("ZZZ-000000001-000000001.rdbundle", "holds manifest.json, run.sh")):
        [line] = [x for x in lines if name in x]
        assert why in line and "Moved to" in line
        note = (share / "quarantine" / f"{name}.reason.txt").read_text(encoding="utf-8")
        assert why in note
        assert "Ask the desk for a fresh export" in note or "not written by" in note or \
            "Do not import it" in note
        assert not (share / name).exists() and (share / "quarantine" / name).exists()
    # the next pull meets none of them again, and the good events are all here
    code = main(["--db", log, "sync", "pull", str(share)])
    assert code == 0 and "quarantined" not in capsys.readouterr().err
    again = open_workspace(log, settings=Settings(user="x"))
    try:
        assert len(_events(again, "GOOD")) == len(_events(sender))
        assert not _events(again, "SRC")
    finally:
        again.close()


def test_a_key_marked_trusted_in_the_table_behind_the_apps_back_is_found_by_check(
        make_desk: Callable[..., Workspace], share: Path) -> None:
    """The receiver's own user flips a held key to trusted in the SQLite file: sync then
    applies it (the table is what pull reads), and check names the trust no administrator
    recorded on the chain."""
    from recovery_desk.services.trust.check import check_log
    from recovery_desk.services.trust.identity import desk_card

    stranger = make_desk("STRANGER", 2, seed=2, trusted=False)
    receiver = make_desk("HOME", 1, seed=1, trusted=False)
    push_to_folder(stranger.engine, "STRANGER", share)
    assert service.pull(receiver.engine, "HOME", str(share)).pulled_events == 0
    assert check_log(receiver.engine).ok
    with receiver.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE desk_keys SET status = 'trusted' WHERE desk_id = "
                             "'STRANGER'")
    card = desk_card(stranger.engine)
    assert card is not None
    findings = check_log(receiver.engine).findings
    assert any(f"desk STRANGER: key {card.fingerprint} is marked trusted, but no "
               "administrator's trust of it is on this desk's chain" in f for f in findings), \
        findings
