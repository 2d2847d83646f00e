"""The fast canonical encoding writes exactly the bytes of the defining ``json.dumps`` form,
for every event of a real demo log and for generated values of every JSON shape."""

from __future__ import annotations

import json
import math
from collections import OrderedDict
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from recovery_desk.domain import canonical
from recovery_desk.domain.canonical import (
    canonical_bytes,
    canonical_json,
    flat_canonical_bytes,
    parse_json,
    reference_json,
)
from recovery_desk.domain.hashing import chain_hash, event_header
from recovery_desk.domain.redaction import needs_redaction, redacted_form
from recovery_desk.services.demo.generator import generate
from recovery_desk.services.settings import Settings
from recovery_desk.services.workspace import open_workspace
from recovery_desk.storage.models import CaseEvent
from recovery_desk.storage.rows import event_from_row

needs_orjson = pytest.mark.skipif(canonical.orjson is None, reason="orjson not installed")

#: any code point, lone surrogates included (they cannot be UTF-8: both paths must refuse)
_TEXT = st.text(st.characters(codec=None, exclude_categories=()), max_size=12)
_FLOATS = st.one_of(st.floats(), st.floats(min_value=1e-12, max_value=1e-3),
                    st.floats(min_value=-1e-3, max_value=-1e-12),
                    st.sampled_from([1e16, 1e-5, 1e-7, 9.99e-5, 1e-4, -0.0, 5e-324, 1e308]))
_INTS = st.one_of(st.integers(), st.integers(min_value=2**62, max_value=2**65),
                  st.integers(min_value=-2**65, max_value=-2**62))
_SCALARS = st.one_of(st.none(), st.booleans(), _INTS, _FLOATS, _TEXT,
                     st.sampled_from(["null", "0.0000", "e-5", "a\b\f\n\r\t\x00\x1f\x7f\"\\"]))
_VALUES = st.recursive(_SCALARS, lambda inner: st.one_of(
    st.lists(inner, max_size=5), st.tuples(inner, inner),
    st.dictionaries(_TEXT, inner, max_size=5),
    st.dictionaries(st.integers(-5, 5), inner, max_size=3)), max_leaves=25)


def _same_bytes(value: Any) -> None:
    """The same text as the reference, or the same refusal (keys that cannot be sorted)."""
    try:
        expected = reference_json(value)
    except TypeError:
        with pytest.raises(TypeError):
            canonical_json(value)
        with pytest.raises(TypeError):
            canonical_bytes(value)
        return
    assert canonical_json(value) == expected
    try:
        encoded = expected.encode("utf-8")
    except UnicodeEncodeError:
        with pytest.raises(UnicodeEncodeError):
            canonical_bytes(value)
        return
    assert canonical_bytes(value) == encoded


@settings(max_examples=3000, deadline=None)
@given(_VALUES)
def test_generated_values_of_every_json_shape_encode_to_the_reference_bytes(value: Any) -> None:
    _same_bytes(value)


@settings(max_examples=1000, deadline=None)
@given(st.dictionaries(_TEXT, st.one_of(st.none(), _INTS, _TEXT, st.booleans()), max_size=9))
def test_flat_records_encode_to_the_reference_bytes(record: dict[str, Any]) -> None:
    try:
        expected = reference_json(record).encode("utf-8")
    except UnicodeEncodeError:
        with pytest.raises(UnicodeEncodeError):
            flat_canonical_bytes(record)
        return
    assert flat_canonical_bytes(record) == expected


class _Text(str):
    pass


def _nested(depth: int) -> Any:
    """Deeper than orjson goes (it stops at 255 levels)."""
    value: Any = 1
    for _ in range(depth):
        value = {"x": [value]}
    return value


@needs_orjson
@pytest.mark.parametrize("value", [
    1e-7, 2.5e-05, -9.99e-05, 1.0000000000000003e-05, math.nan, math.inf, -math.inf,
    2**64, -2**64, [1, {"x": 1e-9}], [math.nan], {"a": [math.inf]}, {"x": 2.5e-05},
    [-1e-07, 3], {"big": 1e16}, {"a": _Text("x")}, _Text("y"), OrderedDict(b=1, a=2),
    {1: "a", 2: "b"}, {1: "a", "2": "b"}, _nested(300),
])
def test_values_orjson_writes_differently_take_the_reference_path(value: Any) -> None:
    _same_bytes(value)


def test_values_json_refuses_are_still_refused() -> None:
    for value in ({"at": datetime(2026, 1, 1, tzinfo=UTC)}, {"x": {1, 2}}, {(1, 2): "a"}):
        with pytest.raises(TypeError):
            canonical_json(value)
        with pytest.raises(TypeError):
            canonical_bytes(value)


def test_every_event_of_a_regulated_demo_log_encodes_and_hashes_as_the_reference(
        tmp_path: Path) -> None:
    workspace = open_workspace(str(tmp_path / "demo.sqlite3"), settings=Settings(user="Maker"))
    workspace.trust_in_process("Maker")
    generate(workspace, 150, seed=7, clock_pack="fca-disp")
    table = CaseEvent.__table__
    with workspace.engine.connect() as conn:
        rows = conn.execute(select(table).order_by(table.c.desk_id, table.c.desk_seq)).all()
        stored = dict(conn.exec_driver_sql("SELECT event_id, payload FROM case_events").all())
    workspace.close()
    events = [event_from_row(r) for r in rows]
    assert len(events) > 150 * 25 and len({e.kind for e in events}) > 20
    prev = "0" * 64
    for event in events:
        # what was written is the reference form of the payload, and so is what is re-read
        assert stored[event.event_id] == reference_json(event.payload) == \
            canonical_json(event.payload)
        assert canonical_bytes(event.payload) == reference_json(event.payload).encode()
        header = json.loads(event_header(event))
        assert event_header(event) == reference_json(header).encode()
        if needs_redaction(event.kind, event.payload):
            hidden = redacted_form(event.kind, event.payload)
            assert canonical_bytes(hidden) == reference_json(hidden).encode()
        assert event.prev_hash == prev and chain_hash(prev, event) == event.hash
        prev = event.hash


@settings(max_examples=2000, deadline=None)
@given(_VALUES)
def test_bundle_lines_parse_to_the_values_json_reads(value: Any) -> None:
    try:
        line = reference_json(value).encode("utf-8")
    except (TypeError, UnicodeEncodeError):
        return
    assert reference_json(parse_json(line)) == reference_json(json.loads(line))
    assert type(parse_json(line)) is type(json.loads(line))


@pytest.mark.parametrize("line", [b"NaN", b"[Infinity]", b"123456789012345678901234567890",
                                  b'"\\ud800"', b"1E400", '{"a":"é"}'.encode("utf-16")])
def test_text_orjson_reads_differently_is_read_by_json(line: bytes) -> None:
    assert reference_json(parse_json(line)) == reference_json(json.loads(line))


_ZONES = st.one_of(st.none(), st.just(UTC), st.builds(
    timezone, st.timedeltas(min_value=timedelta(hours=-23, minutes=-59),
                            max_value=timedelta(hours=23, minutes=59))))


@settings(max_examples=500, deadline=None)
@given(st.datetimes(min_value=datetime(1971, 1, 2), max_value=datetime(9998, 12, 30),
                    timezones=_ZONES))
def test_times_of_every_zone_take_the_defining_utc_text(at: datetime) -> None:
    plain = at.astimezone(UTC).replace(tzinfo=None) if at.tzinfo is not None else at
    assert canonical.canonical_time(at) == plain.isoformat(timespec="microseconds") + "Z"
