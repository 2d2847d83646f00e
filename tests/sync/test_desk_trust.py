"""Attacks on sync through a shared folder, each against real logs, and what the user sees.

Each log is a desk with its own key; desks apply only what a trusted key signed, and only
what that desk may change; whoever received a checkpoint refuses a history that does not
extend it (docs/security.md).
"""

from __future__ import annotations

import stat
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select, text

from recovery_desk.cli.main import main
from recovery_desk.domain import events as ev
from recovery_desk.domain.authority import CASE_HANDED_OVER
from recovery_desk.domain.events import Change
from recovery_desk.domain.redaction import CUSTOMER_ERASED
from recovery_desk.services.demo.generator import DemoGenerator
from recovery_desk.services.settings import Settings
from recovery_desk.services.trust import keystore
from recovery_desk.services.trust.check import check_log
from recovery_desk.services.trust.identity import IdentityError, desk_card
from recovery_desk.services.workspace import Workspace, open_workspace
from recovery_desk.storage.event_store import unit_of_work
from recovery_desk.storage.models import Case, CaseEvent, Customer
from recovery_desk.storage.rows import event_from_row
from recovery_desk.sync import service
from recovery_desk.sync.authority import NotAllowed
from recovery_desk.sync.folder import import_bundle, push_to_folder
from recovery_desk.sync.merge import SyncRefused

from .conftest import ANCHOR, event_export, trust
from .forgery import append_event, chained, cut_tail, edit_payload, forged_bundle, rechain


@pytest.fixture
def share(tmp_path: Path) -> Path:
    folder = tmp_path / "share"
    folder.mkdir()
    return folder


def _events(ws: Workspace, desk: str | None = None) -> list:
    table = CaseEvent.__table__
    with ws.engine.connect() as conn:
        rows = conn.execute(select(table).where(table.c.desk_id == (desk or ws.desk_id))
                            .order_by(table.c.desk_seq)).all()
    return [event_from_row(r) for r in rows]


def _a_case(ws: Workspace) -> tuple[str, str]:
    with ws.engine.connect() as conn:
        row = conn.execute(select(Case.case_id, Case.customer_id).limit(1)).first()
    return row.case_id, row.customer_id


# -- each log is a desk --------------------------------------------------------------------


def test_two_logs_on_one_machine_are_two_desks_with_keys_outside_the_log(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    cards = []
    for name in ("first", "second"):
        db = tmp_path / f"{name}.sqlite3"
        assert main(["--db", str(db), "desks", "identity"]) == 0
        out = capsys.readouterr().out
        ws = open_workspace(str(db), settings=Settings(user="x"))
        card = desk_card(ws.engine)
        ws.close()
        assert card is not None and card.desk_id in out and card.fingerprint in out
        key_file = Path(card.key_location)
        assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
        secret = key_file.read_text().strip()
        assert secret.encode() not in db.read_bytes()  # the private key is not in the log
        cards.append(card)
    assert cards[0].desk_id != cards[1].desk_id
    assert cards[0].fingerprint != cards[1].fingerprint


def test_a_second_log_cannot_take_a_desk_id_this_machine_already_has(tmp_path: Path) -> None:
    open_workspace(str(tmp_path / "a.sqlite3"), settings=Settings(desk_id="RIGA-1")).close()
    with pytest.raises(IdentityError, match="already belongs to another case log"):
        open_workspace(str(tmp_path / "b.sqlite3"), settings=Settings(desk_id="RIGA-1"))


def test_desk_option_on_another_desks_log_is_refused(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "log.sqlite3"
    assert main(["--db", str(db), "--desk", "PEST-1", "desks", "identity"]) == 0
    capsys.readouterr()
    assert main(["--db", str(db), "--desk", "KYIV-2", "demo-data", "--cases", "2"]) == 1
    err = capsys.readouterr().err
    assert "This case log is desk PEST-1; it cannot act as desk KYIV-2" in err


def test_demo_data_for_a_named_desk_is_sent_by_sync(
        tmp_path: Path, share: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "demo.sqlite3"
    assert main(["--db", str(db), "demo-data", "--cases", "3", "--desk", "DEMO-X"]) == 0
    assert main(["--db", str(db), "sync", "push", str(share)]) == 0
    assert main(["--db", str(db), "sync", "status", str(share)]) == 0
    out = capsys.readouterr().out
    assert "0 events of desk DEMO-X wait" in out
    ws = open_workspace(str(db), settings=Settings(user="x"))
    try:
        with ws.engine.connect() as conn:
            desks = set(conn.execute(select(Case.desk_id).distinct()).scalars())
        sent = sum(1 for _ in share.glob("DEMO-X-*.rdbundle"))
        assert desks == {"DEMO-X"} and sent == 1
    finally:
        ws.close()


def test_demo_data_with_one_seed_on_two_desks_shares_no_event_id(
        make_desk: Callable[..., Workspace]) -> None:
    one, two = make_desk("SEED-A", 4, seed=3), make_desk("SEED-B", 4, seed=3)
    ids = [{e.event_id for e in _events(ws)} for ws in (one, two)]
    assert ids[0] and not ids[0] & ids[1]


# -- trust is explicit ---------------------------------------------------------------------


def test_a_bundle_from_an_unknown_key_is_held_reported_then_applied_once_trusted(
        make_desk: Callable[..., Workspace], share: Path,
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    stranger = make_desk("STRANGER", 5, seed=2, trusted=False)
    receiver = make_desk("HOME", 2, seed=1, trusted=False)
    push_to_folder(stranger.engine, "STRANGER", share)
    card = desk_card(stranger.engine)
    before = event_export(receiver, tmp_path / "before.jsonl")
    report = service.pull(receiver.engine, receiver.desk_id, str(share))
    assert report.pulled_events == 0 and not report.refused
    [problem] = report.problems
    assert problem.kind == "untrusted" and problem.desk_id == "STRANGER"
    assert card.fingerprint in problem.message and "not trusted here" in problem.message
    assert f"desks trust STRANGER {card.fingerprint}" in problem.message
    assert event_export(receiver, tmp_path / "after.jsonl") == before
    receiver.close()
    db = str(tmp_path / "HOME.sqlite3")
    assert main(["--db", db, "desks", "list"]) == 0
    [line] = [x for x in capsys.readouterr().out.splitlines() if x.startswith("STRANGER")]
    assert card.fingerprint in line and "NOT TRUSTED (held aside)" in line
    again = open_workspace(db, settings=Settings(user="x"))
    trust(again, stranger)
    assert service.pull(again.engine, again.desk_id, str(share)).pulled_events == \
        len(_events(stranger))
    again.close()


def test_a_forged_erasure_from_an_unknown_desk_erases_nobody(
        make_desk: Callable[..., Workspace], share: Path) -> None:
    victim = make_desk("VICTIM", 3, seed=4, trusted=False)
    evil = make_desk("EVIL", 0, trusted=False)
    case_id, customer_id = _a_case(victim)
    append_event(evil.engine, "EVIL", case_id, Change(CUSTOMER_ERASED, {  # its own desk
        "customer_id": customer_id, "reason": "request", "role": "admin", "events": 0,
        "sealed": {}}), "mallory")
    push_to_folder(evil.engine, "EVIL", share)
    report = service.pull(victim.engine, victim.desk_id, str(share))
    assert [p.kind for p in report.problems] == ["untrusted"]
    with victim.engine.connect() as conn:
        assert not conn.execute(select(Customer.erased).where(
            Customer.customer_id == customer_id)).scalar()


def test_a_bundle_under_the_receivers_own_desk_id_is_never_applied(
        make_desk: Callable[..., Workspace], share: Path, tmp_path: Path) -> None:
    home = make_desk("HOME", 2, seed=1)
    evil = make_desk("EVIL", 0)  # even a trusted desk may not write as another
    forged = [replace(e, desk_id="HOME", event_id=f"{e.event_id[:-4]}beef")
              for e in _events(home)[-3:]]
    for number, event in enumerate(forged, start=len(_events(home)) + 1):
        event.desk_seq = number
    path = forged_bundle(chained(forged, _events(home)[-1].hash),
                         keystore.load_key("EVIL"), share)
    before = event_export(home, tmp_path / "before.jsonl")
    with pytest.raises(SyncRefused, match="never imports events under its own id"):
        import_bundle(home.engine, path)
    assert service.pull(home.engine, "HOME", str(share)).pulled_events == 0
    assert event_export(home, tmp_path / "after.jsonl") == before
    del evil


def test_a_bundle_signed_as_a_trusted_desk_by_another_key_is_held(
        make_desk: Callable[..., Workspace], share: Path, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    real = make_desk("BRANCH", 4, seed=5)
    receiver = make_desk("HQ", 1, seed=6)
    push_to_folder(real.engine, "BRANCH", share)
    monkeypatch.setenv("RECOVERY_DESK_HOME", str(tmp_path / "other-machine"))
    impostor = open_workspace(str(tmp_path / "impostor.sqlite3"),
                              settings=Settings(desk_id="BRANCH", user="mallory"))
    DemoGenerator(impostor, seed=9, anchor=ANCHOR).run(4)
    push_to_folder(impostor.engine, "BRANCH", share)
    bundles = sorted(p.name for p in share.glob("BRANCH-*"))
    assert len(bundles) == 2  # the impostor's did not replace the real one
    report = service.pull(receiver.engine, "HQ", str(share))
    assert report.pulled_events == len(_events(real))
    [held] = report.problems
    assert held.kind == "untrusted" and "but the key trusted here for desk BRANCH" in \
        held.message and desk_card(impostor.engine).fingerprint in held.message
    impostor.close()


# -- a trusted desk changes only what it may ------------------------------------------------


def _push_pull(sender: Workspace, receiver: Workspace, share: Path):  # noqa: ANN202
    push_to_folder(sender.engine, sender.desk_id, share)
    return service.pull(receiver.engine, receiver.desk_id, str(share))


def test_a_second_case_opened_from_another_desk_takes_nothing_over(
        make_desk: Callable[..., Workspace], share: Path) -> None:
    owner = make_desk("OWNER", 3, seed=1)
    other = make_desk("OTHER", 0)
    case_id, _customer = _a_case(owner)
    append_event(other.engine, "OTHER", case_id, Change(ev.CASE_OPENED, {
        "ref": "OTHER-000001", "agent": "mallory", "customer": {"id": "x", "name": "M"},
        "words": "mine now"}), "mallory")
    report = _push_pull(other, owner, share)
    [refused] = report.problems
    assert refused.kind == "refused" and "opens case" in refused.message
    assert "a second time; desk OWNER opened it" in refused.message
    with owner.engine.connect() as conn:
        row = conn.execute(select(Case).where(Case.case_id == case_id)).first()
    assert row.desk_id == "OWNER" and row.words != "mine now"


def test_another_desks_event_on_a_case_applies_only_once_handed_over(
        make_desk: Callable[..., Workspace], share: Path) -> None:
    owner = make_desk("OWNER", 2, seed=1)
    other = make_desk("OTHER", 0)
    push_to_folder(owner.engine, "OWNER", share)
    service.pull(other.engine, "OTHER", str(share))
    case_id, _customer = _a_case(owner)
    with unit_of_work(other.engine, "OTHER") as uow:
        uow.record(uow.load(case_id), [Change(ev.NOTE_ADDED, {"text": "not mine"})], "m")
    push_to_folder(other.engine, "OTHER", share)
    with pytest.raises(NotAllowed, match="which is desk OWNER's, not handed to desk OTHER"):
        import_bundle(owner.engine, next(share.glob("OTHER-*")))
    report = service.pull(owner.engine, "OWNER", str(share))
    assert [p.kind for p in report.problems] == ["refused"]
    notes = _notes(owner, case_id)
    with unit_of_work(owner.engine, "OWNER") as uow:  # the owner hands it over
        uow.record(uow.load(case_id), [Change(CASE_HANDED_OVER, {"to_desk": "OTHER"})], "o")
    report = service.pull(owner.engine, "OWNER", str(share))  # the same bundle, again
    assert not report.problems and _notes(owner, case_id) == notes + 1


def _notes(ws: Workspace, case_id: str) -> int:
    with ws.engine.connect() as conn:
        return conn.execute(select(Case.notes).where(Case.case_id == case_id)).scalar()


def test_an_erasure_by_a_role_that_may_not_erase_is_refused(
        make_desk: Callable[..., Workspace], share: Path) -> None:
    owner = make_desk("OWNER", 2, seed=1)
    other = make_desk("OTHER", 0)
    case_id, customer_id = _a_case(owner)
    append_event(other.engine, "OTHER", case_id, Change(CUSTOMER_ERASED, {
        "customer_id": customer_id, "reason": "request", "role": "agent", "events": 0,
        "sealed": {}}), "alex")
    report = _push_pull(other, owner, share)
    assert "erases a customer as alex with role agent, which may not erase" in \
        report.problems[0].message
    with owner.engine.connect() as conn:
        assert not conn.execute(select(Customer.erased).where(
            Customer.customer_id == customer_id)).scalar()


# -- witnesses -----------------------------------------------------------------------------


@pytest.mark.parametrize("attack", ["csat", "middle", "tail"])
def test_a_history_rewritten_after_it_was_witnessed_is_refused_and_detected(
        make_desk: Callable[..., Workspace], share: Path, tmp_path: Path, attack: str,
        capsys: pytest.CaptureFixture[str]) -> None:
    desk = make_desk("ALPHA", 0)
    witness = make_desk("BETA", 0)
    DemoGenerator(desk, seed=2, anchor=ANCHOR).run(8)  # after the trust, on the chain first
    push_to_folder(desk.engine, "ALPHA", share)
    assert service.pull(witness.engine, "BETA", str(share)).pulled_events > 100
    db = tmp_path / "ALPHA.sqlite3"
    assert main(["--db", str(db), "check", "--against", str(share)]) == 0
    capsys.readouterr()
    # the desk's own administrator rewrites it, recomputes the chain, re-signs, pushes
    if attack == "csat":
        edit_payload(desk.engine, "ALPHA", ev.SATISFACTION_RECORDED, "csat", 0)  # was 1-5
    elif attack == "middle":
        with desk.engine.begin() as conn:
            conn.execute(text("DELETE FROM case_events WHERE desk_id = 'ALPHA' AND "
                              "desk_seq = 40"))
    else:
        cut_tail(desk.engine, "ALPHA", 100)
    rechain(desk.engine, "ALPHA")
    with desk.engine.begin() as conn:  # and covers the tracks: no own checkpoints, no cursor
        conn.execute(text("DELETE FROM checkpoints"))
        conn.execute(text("DELETE FROM sync_state"))
    fooled = check_log(desk.engine).findings  # the chains alone look whole again
    assert not [f for f in fooled if "link" in f or "match its hash" in f], fooled
    for old in share.glob("ALPHA-*"):
        old.unlink()  # even with the witnessed bundles gone from the folder
    push_to_folder(desk.engine, "ALPHA", share)
    report = service.pull(witness.engine, "BETA", str(share))
    [refused] = report.problems
    assert refused.kind == "refused" and report.refused and "ALPHA" in refused.message
    witness_db = tmp_path / "BETA.sqlite3"
    capsys.readouterr()
    assert main(["--db", str(db), "check", "--against", str(witness_db)]) == 1
    err = capsys.readouterr().err
    assert "desk ALPHA:" in err
    if attack == "csat":
        assert "the history was rewritten after it was witnessed" in err
    else:  # one event fewer, or a hundred: the chain ends before what was witnessed
        assert "events were cut off or the log was rolled back" in err


# -- hostile bundles -----------------------------------------------------------------------


def test_a_bad_bundle_is_set_aside_while_the_good_ones_apply(
        make_desk: Callable[..., Workspace], share: Path) -> None:
    sender = make_desk("GOOD", 3, seed=1)
    receiver = make_desk("RECV", 0)
    push_to_folder(sender.engine, "GOOD", share)
    (share / "AAA-000000001-000000009.rdbundle").write_bytes(b"garbage, not a zip")
    (share / "FOLDER.rdbundle").mkdir()
    report = service.pull(receiver.engine, "RECV", str(share))
    assert report.pulled_events == len(_events(sender))
    kinds = {p.item: p.kind for p in report.problems}
    assert kinds == {"AAA-000000001-000000009.rdbundle": "quarantined",
                     "FOLDER.rdbundle": "skipped"}
    assert (share / "quarantine" / "AAA-000000001-000000009.rdbundle").exists()
    reason = (share / "quarantine" / "AAA-000000001-000000009.rdbundle.reason.txt").read_text()
    assert "is not a readable bundle" in reason
    again = service.pull(receiver.engine, "RECV", str(share))
    assert [p.item for p in again.problems] == ["FOLDER.rdbundle"]


def test_at_most_once_a_day_the_desk_signs_its_head(make_desk: Callable[..., Workspace]) -> None:
    from recovery_desk.services.trust.checkpoints import daily_checkpoint

    desk = make_desk("DAILY", 2, seed=1)
    now = datetime.now(UTC)
    assert daily_checkpoint(desk.engine, now) == 1
    assert daily_checkpoint(desk.engine, now) == 0
