"""No sequence of edits to the SQLite file after a witnessed checkpoint passes ``check
--against``: whatever an attacker with the file (and the desk's key) changes in what a
witness saw — an event's content or columns, deletions, insertions, reordering, a cut tail,
the desk's head — with or without recomputing every hash and link afterwards, the log
contradicts a checkpoint the witness holds, or its own check fails."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import Engine, text

from recovery_desk.services.settings import Settings
from recovery_desk.services.trust.check import check_log
from recovery_desk.services.workspace import open_workspace
from recovery_desk.sync.against import check_against
from recovery_desk.sync.folder import push_to_folder
from tests.conftest import open_default_case
from tests.sync.forgery import rechain, sqlite_engine

DESK = "WITNESSED"
OWN = {DESK, f"{DESK}-TRAINING"}


class Witnessed:
    """A desk's log whose events were all pushed (signed) to a folder, copied per example."""

    def __init__(self, folder: Path) -> None:
        from recovery_desk.services.cases.recovery import CaseService

        self.folder = folder
        self.template = folder / "template.sqlite3"
        self.share = folder / "share"
        self.share.mkdir()
        ws = open_workspace(str(self.template), settings=Settings(desk_id=DESK, user="agent"))
        service = CaseService(ws)
        for words in ("The parcel never came.", "Charged twice.", "Rude on the phone."):
            state = open_default_case(service, words=words)
            service.add_note(state.case_id, "Called the depot.")
            service.withdraw(state.case_id, "Sorted out.")
        push_to_folder(ws.engine, DESK, self.share)
        with ws.engine.connect() as conn:
            self.count = conn.execute(text("SELECT count(*) FROM case_events WHERE "
                                           "desk_id = :d"), {"d": DESK}).scalar()
        ws.close()  # the last connection closing moves the WAL into the file
        self.copies = 0

    def copy(self) -> Path:
        self.copies += 1
        path = self.folder / f"copy-{self.copies}.sqlite3"
        shutil.copyfile(self.template, path)
        return path


@pytest.fixture(scope="module")
def witnessed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Witnessed]:
    yield Witnessed(tmp_path_factory.mktemp("witnessed"))


COLUMNS = ("actor", "kind", "stage", "at", "case_id", "seq")


@st.composite
def edits(draw: st.DrawFn, count: int) -> list[tuple]:
    """Edits that each change something a witness saw (desk sequence 1..count)."""
    seq = st.integers(1, count)
    one = st.one_of(
        st.tuples(st.just("payload"), seq, st.sampled_from(["words", "csat", "agent", "x"])),
        st.tuples(st.just("column"), seq, st.sampled_from(COLUMNS)),
        st.tuples(st.just("delete"), seq),
        st.tuples(st.just("duplicate"), seq),
        st.tuples(st.just("swap"), seq, seq),
        st.tuples(st.just("cut"), st.integers(1, count)),
    )
    return draw(st.lists(one, min_size=1, max_size=4))


def _apply(engine: Engine, edit: tuple) -> None:
    with engine.begin() as conn:
        row = None
        if edit[0] != "cut":
            row = conn.execute(text("SELECT * FROM case_events WHERE desk_id = :d AND "
                                    "desk_seq = :s"), {"d": DESK, "s": edit[1]}).first()
            if row is None:
                return  # deleted by an earlier edit; the later edits still count
        if edit[0] == "payload":
            payload = json.loads(row.payload)
            value = payload.get(edit[2])
            payload[edit[2]] = (value + 1) if isinstance(value, int) else f"{value}!"
            conn.execute(text("UPDATE case_events SET payload = :p WHERE event_id = :e"),
                         {"p": json.dumps(payload), "e": row.event_id})
        elif edit[0] == "column":
            column = edit[2]
            value = {"seq": "seq + 1000", "at": "datetime(at, '+1 second')"}.get(
                column, f"coalesce({column}, '') || '!'")
            conn.execute(text(f"UPDATE case_events SET {column} = {value} "
                              "WHERE event_id = :e"), {"e": row.event_id})
        elif edit[0] == "delete":
            conn.execute(text("DELETE FROM case_events WHERE event_id = :e"),
                         {"e": row.event_id})
        elif edit[0] == "duplicate":
            conn.execute(text("UPDATE case_events SET desk_seq = -(desk_seq + 1) WHERE "
                              "desk_id = :d AND desk_seq > :s"), {"d": DESK, "s": edit[1]})
            conn.execute(text("UPDATE case_events SET desk_seq = -desk_seq WHERE "
                              "desk_id = :d AND desk_seq < 0"), {"d": DESK})
            conn.execute(text("INSERT INTO case_events SELECT event_id || 'x', case_id, seq, "
                              "at, desk_id, :n, actor, kind, stage, payload, prev_hash, hash, "
                              "hash_version FROM case_events WHERE event_id = :e"),
                         {"n": edit[1] + 1, "e": row.event_id})
        elif edit[0] == "swap" and edit[1] != edit[2]:
            conn.execute(text("UPDATE case_events SET desk_seq = CASE desk_seq WHEN :a THEN "
                              "-1 ELSE desk_seq END WHERE desk_id = :d AND desk_seq = :a"),
                         {"a": edit[1], "d": DESK})
            conn.execute(text("UPDATE case_events SET desk_seq = :a WHERE desk_id = :d AND "
                              "desk_seq = :b"), {"a": edit[1], "b": edit[2], "d": DESK})
            conn.execute(text("UPDATE case_events SET desk_seq = :b WHERE desk_id = :d AND "
                              "desk_seq = -1"), {"b": edit[2], "d": DESK})
        elif edit[0] == "cut":
            conn.execute(text("DELETE FROM case_events WHERE desk_id = :d AND desk_seq > "
                              ":keep"), {"d": DESK, "keep": edit[1] - 1})


def _effective(engine: Engine, template: Path) -> bool:
    """Whether the witnessed events differ at all from what was witnessed (a swap of two
    identical positions, or a payload already holding the value, changes nothing)."""
    original = sqlite_engine(template)
    query = text("SELECT desk_seq, event_id, case_id, seq, at, actor, kind, stage, payload "
                 "FROM case_events WHERE desk_id = :d ORDER BY desk_seq")
    try:
        with original.connect() as a, engine.connect() as b:
            return a.execute(query, {"d": DESK}).all() != b.execute(query, {"d": DESK}).all()
    finally:
        original.dispose()


@settings(max_examples=60, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(data=st.data(), recompute=st.booleans(), cover_tracks=st.booleans())
def test_no_edit_after_a_witnessed_checkpoint_passes_check_against(
        data: st.DataObject, recompute: bool, cover_tracks: bool,
        witnessed: Witnessed) -> None:
    path = witnessed.copy()
    engine = sqlite_engine(path)
    try:
        for edit in data.draw(edits(witnessed.count)):
            _apply(engine, edit)
        if not _effective(engine, witnessed.template):
            return
        if recompute:
            rechain(engine, DESK)
        if cover_tracks:
            with engine.begin() as conn:
                conn.execute(text("DELETE FROM checkpoints"))
        local = check_log(engine)
        against = check_against(engine, str(witnessed.share), OWN)
        assert not (local.ok and against.ok), "an edit of witnessed history went unseen"
        if recompute and cover_tracks:
            assert not against.ok  # only the witness can tell, and it does
    finally:
        engine.dispose()
        path.unlink()
