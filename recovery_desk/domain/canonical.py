"""The one text form of values that hashes, signatures and bundles agree on.

Sorted keys, no spaces, UTF-8 as is; times as microsecond UTC ISO text. Changing either
function changes every hash: never do it without a new hash version.

The form is ``json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"))``.
``orjson`` (where installed) writes the same bytes several times faster for every value
except a few it writes differently: NaN and infinities (``null``), floats below 1e-4 written
with an exponent (``1e-7`` for ``1e-07``, ``0.00001`` for ``1e-05``; older releases also
``1e16`` for ``1e+16``), integers beyond 64
bits, lone surrogates, subclasses of str/int/dict/list and non-text keys. Those either make
it fail or leave a mark in its output (a ``null``, a number with an exponent or ``0.0000``)
that sends the value to ``json`` instead, so the text is the same with or without it
(tests/domain/test_canonical.py checks every stored event and generated values).
"""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from typing import Any

try:
    import orjson  # type: ignore[import-not-found, unused-ignore]
except ImportError:  # pragma: no cover - a build without it is only slower
    orjson = None  # type: ignore[assignment, unused-ignore]

_JSON = json.JSONEncoder(sort_keys=True, ensure_ascii=False, separators=(",", ":"))
#: the tokens of orjson's output that may differ from json's: ``null`` (None, but also NaN or
#: an infinity) and a number with an exponent or in plain decimals below 1e-4 (``1e-7`` for
#: ``1e-07``, ``0.00001`` for ``1e-05``, and ``1e16`` for ``1e+16`` in older releases).
#: Inside a container every value follows ``:``, ``,`` or ``[`` (a bare value at the top
#: goes to json). The same text inside a string is a false alarm: only the slower path.
_MAY_DIFFER = re.compile(rb"[:,\[](?:null|-?(?:[0-9]+(?:\.[0-9]+)?[eE]|0\.0000))")
_OPTIONS = 0 if orjson is None else (
    orjson.OPT_SORT_KEYS | orjson.OPT_PASSTHROUGH_DATETIME | orjson.OPT_PASSTHROUGH_SUBCLASS
    | orjson.OPT_PASSTHROUGH_DATACLASS)


def canonical_time(at: datetime) -> str:
    """Microsecond UTC ISO text: the same on SQLite and PostgreSQL round trips."""
    if at.tzinfo is UTC:  # as parsed from a bundle: "+00:00" ends the text, nothing to convert
        return at.isoformat(timespec="microseconds")[:-6] + "Z"
    if at.tzinfo is not None:
        at = at.astimezone(UTC).replace(tzinfo=None)
    return at.isoformat(timespec="microseconds") + "Z"


def _refuse(value: Any) -> Any:
    """orjson's hook for types it passes through: leave them to ``json``."""
    raise TypeError(type(value).__name__)


def _fast(value: Any) -> bytes | None:
    """orjson's text of ``value`` where it is json's, else None (json must write it)."""
    if orjson is None:
        return None
    try:
        out: bytes = orjson.dumps(value, default=_refuse, option=_OPTIONS)
    except TypeError:  # orjson.JSONEncodeError is one
        return None
    return out if out[:1] in (b"{", b"[") and _MAY_DIFFER.search(out) is None else None


def canonical_bytes(value: Any) -> bytes:
    """``canonical_json(value)`` as UTF-8, as hashes take it."""
    out = _fast(value)
    return out if out is not None else _JSON.encode(value).encode("utf-8")


_PLAIN = frozenset((str, int, type(None)))


def flat_canonical_bytes(value: dict[str, Any]) -> bytes:
    """``canonical_bytes`` of a flat record of text, whole numbers and None (an event's
    header): no float in it, so orjson's text is json's even with a ``null`` in it."""
    if orjson is not None and _PLAIN.issuperset(map(type, value.values())):
        try:
            out: bytes = orjson.dumps(value, default=_refuse, option=_OPTIONS)
        except TypeError:  # a key that is not text, an integer beyond 64 bits
            pass
        else:
            return out
    return _JSON.encode(value).encode("utf-8")


def canonical_json(value: Any) -> str:
    # json's text as str, not through bytes: a lone surrogate cannot be UTF-8
    out = _fast(value)
    return out.decode("utf-8") if out is not None else _JSON.encode(value)


def reference_json(value: Any) -> str:
    """The form by its definition, with ``json`` alone (what the fast path must equal)."""
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


#: a run of digits orjson may read as a float where json reads an integer (past 64 bits)
_LONG_NUMBER = re.compile(rb"[:,\[]\s*-?[0-9]{19}")
#: every digit to ``0``, every other byte to ``x``: a line without ``0`` * 19 in that form
#: has no run of 19 digits, so ``_LONG_NUMBER`` cannot match it (a quarter of its cost)
_DIGITS = bytes(0x30 if 0x30 <= b <= 0x39 else 0x78 for b in range(256))
_NINETEEN = b"0" * 19


def _long_number(data: bytes) -> bool:
    return _NINETEEN in data.translate(_DIGITS) and _LONG_NUMBER.search(data) is not None


def parse_json(data: bytes) -> Any:
    """``json.loads(data)``, through orjson where it reads the same values: a bare value,
    a number of 19 digits or more (orjson reads past 64 bits as a float), NaN, lone
    surrogates or another encoding than UTF-8 is left to json."""
    if orjson is not None and data.lstrip()[:1] in (b"{", b"[") and not _long_number(data):
        try:
            return orjson.loads(data)
        except ValueError:  # orjson.JSONDecodeError is one
            pass
    return json.loads(data)
