"""Bad input never crashes and never lands half: playbooks, scenarios, bundles, CSV imports.

Each loader gets real files mutated at random (bytes flipped, cut, inserted; invalid UTF-8;
keys removed; values of the wrong type or absurd size; manifests and events edited). It must
either accept the input or refuse it with the project's clear error naming the file (or row)
and the problem — ``PlaybookError`` for playbooks and scenarios, ``RecoveryDeskError``
(``SyncRefused``) for bundles and imports. A refused import leaves the log's event export
byte-identical.
"""

from __future__ import annotations

import copy
import io
import json
import math
import shutil
import tempfile
import zipfile
from collections.abc import Iterator
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from recovery_desk.core.errors import RecoveryDeskError
from recovery_desk.core.paths import resources_dir
from recovery_desk.domain.playbook import PlaybookError, load_playbook, parse_playbook, read_toml
from recovery_desk.domain.scenario import load_scenario, parse_scenario
from recovery_desk.domain.signing import fingerprint
from recovery_desk.services.cases.recovery import CaseService
from recovery_desk.services.exports.export import export
from recovery_desk.services.imports.csv_import import ImportReport, import_csv
from recovery_desk.services.settings import Settings
from recovery_desk.services.trust.check import check_log
from recovery_desk.services.trust.desk_trust import record_trust
from recovery_desk.services.workspace import Workspace, open_workspace
from recovery_desk.storage.engine import make_engine, resolve_target
from recovery_desk.sync.folder import import_bundle, push_to_folder
from tests.conftest import open_default_case

FUZZ = settings(max_examples=100, deadline=None, derandomize=True,
                suppress_health_check=[HealthCheck.function_scoped_fixture,
                                       HealthCheck.too_slow, HealthCheck.data_too_large])
PLAYBOOK = resources_dir() / "playbooks" / "last.toml"
SCENARIO = resources_dir() / "scenarios" / "parcel_delivery.toml"
MAPPING = resources_dir() / "import" / "example-mapping.toml"
CSV = Path(__file__).parents[1] / "services" / "data" / "helpdesk_export.csv"


# -- mutations -------------------------------------------------------------------------------

@st.composite
def mutated_bytes(draw: st.DrawFn, original: bytes) -> bytes:
    """The file with a few random edits: flips, cuts, inserts, invalid UTF-8, a duplicate."""
    data = bytearray(original)
    for _ in range(draw(st.integers(1, 6))):
        kind = draw(st.sampled_from(["flip", "truncate", "insert", "delete", "bad-utf8",
                                     "repeat"]))
        at = draw(st.integers(0, max(0, len(data) - 1)))
        if kind == "flip" and data:
            data[at] ^= draw(st.integers(1, 255))
        elif kind == "truncate":
            del data[at:]
        elif kind == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=40))
        elif kind == "delete":
            del data[at:at + draw(st.integers(1, 200))]
        elif kind == "bad-utf8":
            data[at:at] = draw(st.sampled_from([b"\xff", b"\xc3", b"\xed\xa0\x80", b"\x80\x80"]))
        elif kind == "repeat":
            data[at:at] = data[at:at + draw(st.integers(1, 400))]
    return bytes(data)


def _paths(value: Any, prefix: tuple = ()) -> Iterator[tuple]:
    """Every key path into a parsed TOML document (tables and arrays)."""
    if isinstance(value, dict):
        for key, item in value.items():
            yield (*prefix, key)
            yield from _paths(item, (*prefix, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield (*prefix, index)
            yield from _paths(item, (*prefix, index))


#: values TOML can hold, of every type and size, including absurd ones
TOML_VALUES = st.one_of(
    st.text(max_size=30), st.just(""), st.just("x" * 200_000),
    st.integers(min_value=-(2**63), max_value=2**63 - 1),
    st.floats(allow_nan=True, allow_infinity=True), st.booleans(),
    st.just(date(2026, 3, 2)), st.just(datetime(2026, 3, 2, 9, 0)), st.just(time(9, 0)),
    st.lists(st.integers() | st.text(max_size=5), max_size=4),
    st.just([{"id": "x"}] * 3), st.dictionaries(st.text(max_size=5), st.integers(), max_size=3),
    st.just(["x"] * 10_000),
)


@st.composite
def mutated_document(draw: st.DrawFn, original: dict[str, Any]) -> dict[str, Any]:
    """The document with keys removed or values replaced by wrong types and huge values."""
    data = copy.deepcopy(original)
    for _ in range(draw(st.integers(1, 4))):
        paths = list(_paths(data))
        if not paths:
            break
        path = draw(st.sampled_from(paths))
        parent = data
        for step in path[:-1]:
            parent = parent[step]
        if draw(st.booleans()):
            del parent[path[-1]]
        else:
            parent[path[-1]] = copy.deepcopy(draw(TOML_VALUES))  # never share a drawn list
    return data


def _clear_refusal(exc: BaseException, name: str) -> None:
    """The refusal is one of ours and says which file and what is wrong."""
    assert isinstance(exc, PlaybookError | RecoveryDeskError), repr(exc)
    text = str(exc)
    assert name in text, text
    assert len(text) > len(name) + 5, text


# -- playbooks and scenarios -------------------------------------------------------------------

@FUZZ
@given(data=mutated_bytes(PLAYBOOK.read_bytes()))
def test_mutated_playbook_files_load_or_are_refused_clearly(data: bytes, tmp_path: Path) -> None:
    path = tmp_path / "fuzzed.toml"
    path.write_bytes(data)
    try:
        load_playbook(path)
    except PlaybookError as exc:
        _clear_refusal(exc, "fuzzed.toml")


@FUZZ
@given(data=mutated_document(read_toml(PLAYBOOK)))
def test_playbooks_with_missing_keys_and_wrong_types_are_refused_clearly(
        data: dict[str, Any]) -> None:
    try:
        playbook = parse_playbook(data, "edited.toml")
    except PlaybookError as exc:
        _clear_refusal(exc, "edited.toml")
        return
    assert playbook.stages and playbook.resolutions
    for stage in playbook.stages:
        assert 0.5 <= stage.suggested_minutes <= 120 and not math.isnan(stage.suggested_minutes)


@FUZZ
@given(data=mutated_bytes(SCENARIO.read_bytes()))
def test_mutated_scenario_files_load_or_are_refused_clearly(data: bytes, tmp_path: Path) -> None:
    path = tmp_path / "fuzzed.toml"
    path.write_bytes(data)
    try:
        load_scenario(path)
    except PlaybookError as exc:
        _clear_refusal(exc, "fuzzed.toml")


@FUZZ
@given(data=mutated_document(read_toml(SCENARIO)))
def test_scenarios_with_missing_keys_and_wrong_types_are_refused_clearly(
        data: dict[str, Any]) -> None:
    try:
        parse_scenario(data, "edited.toml")
    except PlaybookError as exc:
        _clear_refusal(exc, "edited.toml")


# -- a receiving log, fresh for every example ----------------------------------------------------

class Logs:
    """A migrated template log copied for each example, so every import starts the same;
    it trusts the key of ``trusts`` (a bundle's signer), as its administrator would."""

    def __init__(self, folder: Path, desk: str, trusts: bytes | None = None) -> None:
        self.folder = folder
        self.template = folder / f"template-{desk}.sqlite3"
        ws = open_workspace(str(self.template), settings=Settings(desk_id=desk, user="fuzz"))
        ws.trust_in_process("fuzz")
        if trusts is not None:
            signed = json.loads(zipfile.ZipFile(io.BytesIO(trusts)).read("manifest.json"))
            record_trust(ws.engine, ws.desk_id, signed["desk_id"],
                         fingerprint(signed["checkpoint"]["key"]), by="admin")
        service = CaseService(ws)
        for words in ("The parcel never came.", "Charged twice for one order."):
            state = open_default_case(service, words=words)
            service.add_note(state.case_id, "Called the depot.")
        with ws.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        ws.close()
        self.count = 0

    def fresh(self) -> Path:
        self.count += 1
        path = self.folder / f"log-{self.count}.sqlite3"
        shutil.copyfile(self.template, path)
        return path


def _events_export(engine, out: Path) -> bytes:  # noqa: ANN001
    export(engine, out, "jsonl", events=True)
    return out.read_bytes()


@pytest.fixture(scope="module")
def fuzz_dir() -> Iterator[Path]:
    with tempfile.TemporaryDirectory(prefix="fuzz-") as name:
        yield Path(name)


@pytest.fixture(scope="module")
def bundle(fuzz_dir: Path) -> bytes:
    """A real bundle pushed by another desk."""
    sender = fuzz_dir / "sender.sqlite3"
    ws = open_workspace(str(sender), settings=Settings(desk_id="DESK-FROM", user="sender"))
    ws.trust_in_process("sender")
    service = CaseService(ws)
    state = open_default_case(service, words="The lift has been broken for a week.")
    service.add_note(state.case_id, "Technician booked for Monday.")
    folder = fuzz_dir / "share"
    folder.mkdir()
    [path] = push_to_folder(ws.engine, "DESK-FROM", folder)
    ws.close()
    return path.read_bytes()


@pytest.fixture(scope="module")
def receivers(fuzz_dir: Path, bundle: bytes) -> Logs:
    return Logs(fuzz_dir, "DESK-TO", trusts=bundle)


def _rezip(original: bytes, edit_manifest: Any = None, edit_events: Any = None,
           fix_checksum: bool = False) -> bytes:
    with zipfile.ZipFile(io.BytesIO(original)) as archive:
        files = {name: archive.read(name) for name in archive.namelist()}
    manifest = json.loads(files["manifest.json"])
    if edit_events is not None:
        files["events.jsonl"] = edit_events(files["events.jsonl"])
        if fix_checksum:
            import hashlib

            manifest["files"]["events.jsonl"] = {
                "sha256": hashlib.sha256(files["events.jsonl"]).hexdigest(),
                "bytes": len(files["events.jsonl"])}
    if edit_manifest is not None:
        manifest = edit_manifest(manifest)
    files["manifest.json"] = json.dumps(manifest, default=str).encode("utf-8") if not isinstance(
        manifest, bytes) else manifest
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    return out.getvalue()


@st.composite
def damaged_bundles(draw: st.DrawFn, original: bytes) -> bytes:
    kind = draw(st.sampled_from(["bytes", "manifest", "events", "events+checksum",
                                 "manifest-not-json"]))
    if kind == "bytes":
        return draw(mutated_bytes(original))
    if kind == "manifest-not-json":
        raw = draw(st.sampled_from([b"[]", b"42", b'"x"', b"null", b"\xff\xfe", b"{", b""]))
        return _rezip(original, edit_manifest=lambda _m: raw)
    if kind == "manifest":
        manifest = json.loads(zipfile.ZipFile(io.BytesIO(original)).read("manifest.json"))
        edited = draw(mutated_document(manifest))
        return _rezip(original, edit_manifest=lambda _m: edited)
    lines = zipfile.ZipFile(io.BytesIO(original)).read("events.jsonl").splitlines()
    docs = [json.loads(line) for line in lines]
    choice = draw(st.sampled_from(["doc", "bytes", "drop", "swap"]))
    if choice == "doc":
        edited = draw(mutated_document({"events": docs})).get("events", [])
        docs = edited if isinstance(edited, list) else [edited]  # the list itself may go
        new = b"\n".join(json.dumps(d, default=str).encode() for d in docs) + b"\n"
    elif choice == "bytes":
        new = draw(mutated_bytes(b"\n".join(lines) + b"\n"))
    elif choice == "drop" and len(lines) > 1:
        index = draw(st.integers(0, len(lines) - 1))
        new = b"\n".join(lines[:index] + lines[index + 1:]) + b"\n"
    else:
        new = b"\n".join(reversed(lines)) + b"\n"
    return _rezip(original, edit_events=lambda _raw: new,
                  fix_checksum=kind == "events+checksum")


@FUZZ
@given(data=st.data())
def test_damaged_bundles_are_refused_and_change_nothing(data: st.DataObject, bundle: bytes,
                                                       receivers: Logs, fuzz_dir: Path) -> None:
    damaged = data.draw(damaged_bundles(bundle))
    db = receivers.fresh()
    path = fuzz_dir / f"DESK-FROM-{receivers.count}.rdbundle"
    path.write_bytes(damaged)
    engine = make_engine(resolve_target(str(db)))
    try:
        before = _events_export(engine, fuzz_dir / "before.jsonl")
        try:
            import_bundle(engine, path)
        except RecoveryDeskError as exc:
            _clear_refusal(exc, path.name)
            assert _events_export(engine, fuzz_dir / "after.jsonl") == before
        report = check_log(engine)
        assert report.ok, report.findings
    finally:
        engine.dispose()
        path.unlink()
        db.unlink()


# -- CSV imports ---------------------------------------------------------------------------------

@st.composite
def damaged_csv(draw: st.DrawFn, original: bytes) -> bytes:
    kind = draw(st.sampled_from(["bytes", "encoding", "ragged", "huge", "random"]))
    text = original.decode("utf-8-sig")
    if kind == "bytes":
        return draw(mutated_bytes(original))
    if kind == "encoding":
        encoding = draw(st.sampled_from(["utf-16", "cp1251", "latin-1", "cp1250", "utf-32"]))
        return text.encode(encoding, errors="replace")
    if kind == "random":
        return draw(st.binary(max_size=2000))
    rows = text.splitlines()
    index = draw(st.integers(0, len(rows) - 1))
    if kind == "ragged":
        cells = rows[index].split(",")
        cut = draw(st.integers(0, len(cells)))
        extra = draw(st.lists(st.text(alphabet="abc,;\"\n", max_size=6), max_size=4))
        rows[index] = ",".join(cells[:cut] + extra)
    else:
        cells = rows[index].split(",")
        at = draw(st.integers(0, len(cells) - 1))
        cells[at] = draw(st.sampled_from(["x" * 200_000, '"' + "y" * 140_000 + '"',
                                          "9" * 5000, "\x00" * 100]))
        rows[index] = ",".join(cells)
    return ("\n".join(rows) + "\n").encode("utf-8")


class Importers(Logs):
    """Fresh logs for imports, with one workspace (playbooks, taxonomy) pointed at each."""

    def __init__(self, folder: Path) -> None:
        super().__init__(folder, "DESK-IMP")
        self.ws = open_workspace(str(self.fresh()),
                                 settings=Settings(desk_id="DESK-IMP", user="fuzz"))
        self.ws.trust_in_process("fuzz")

    def fresh_workspace(self) -> tuple[Workspace, Path]:
        db = self.fresh()
        self.ws.engine.dispose()
        self.ws.engine = make_engine(resolve_target(str(db)))
        self.ws.ensure_user("fuzz", "supervisor")  # imports are for supervisors and admins
        self.ws.trust_in_process("fuzz")
        return self.ws, db


@pytest.fixture(scope="module")
def importers(fuzz_dir: Path) -> Iterator[Importers]:
    logs = Importers(fuzz_dir)
    yield logs
    logs.ws.close()


def _import(importers: Importers, fuzz_dir: Path, csv_bytes: bytes, mapping: Path) -> None:
    ws, db = importers.fresh_workspace()
    csv_path = fuzz_dir / f"export-{importers.count}.csv"
    csv_path.write_bytes(csv_bytes)
    try:
        before = _events_export(ws.engine, fuzz_dir / "before.jsonl")
        try:
            report = import_csv(ws, csv_path, mapping, dry_run=False)
        except RecoveryDeskError as exc:
            assert csv_path.name in str(exc) or mapping.name in str(exc), str(exc)
            assert _events_export(ws.engine, fuzz_dir / "after.jsonl") == before
        else:
            assert isinstance(report, ImportReport) and not report.rejected
            assert report.cases == report.accepted
        report_check = check_log(ws.engine)
        assert report_check.ok, report_check.findings
    finally:
        ws.engine.dispose()
        csv_path.unlink()
        db.unlink()


@FUZZ
@given(data=st.data())
def test_damaged_csv_imports_are_refused_whole(data: st.DataObject, importers: Importers,
                                              fuzz_dir: Path) -> None:
    _import(importers, fuzz_dir, data.draw(damaged_csv(CSV.read_bytes())), MAPPING)


@settings(max_examples=50, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(data=st.data())
def test_damaged_import_mappings_are_refused_clearly(data: st.DataObject,
                                                    importers: Importers,
                                                    fuzz_dir: Path) -> None:
    mapping = fuzz_dir / f"mapping-{importers.count}.toml"
    mapping.write_bytes(data.draw(mutated_bytes(MAPPING.read_bytes())))
    try:
        _import(importers, fuzz_dir, CSV.read_bytes(), mapping)
    finally:
        mapping.unlink()
