"""TOML from files people hand us (playbooks, scenarios, import mappings), bounded first.

``tomllib`` parses nested arrays and inline tables recursively: a file of 5,000 ``[`` ends in
``RecursionError``, and deep dotted keys (``a.a.a…``) parse but build tables nested so deep
that later code recursing over them fails the same way. So a file is refused as invalid
before parsing when it is too big or its brackets nest too deep, and after parsing when its
tables nest too deep. Our own files nest four or five levels; the limits leave room.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

MAX_TOML_BYTES = 2_000_000
MAX_TOML_DEPTH = 32


class TomlRefused(ValueError):
    """The text is not TOML we will read; the message says why, for a person."""


def bracket_depth(text: str) -> int:
    """The deepest nesting of ``[``/``{`` outside strings and comments (one linear pass)."""
    depth = deepest = 0
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch == "#":
            end = text.find("\n", i)
            i = n if end < 0 else end
        elif ch in "\"'":
            i = _after_string(text, i)
            continue
        elif ch in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif ch in "]}":
            depth -= 1
        i += 1
    return deepest


def _after_string(text: str, i: int) -> int:
    """The index just past the string starting at ``i`` (basic, literal, multi-line)."""
    quote = text[i]
    if text.startswith(quote * 3, i):
        end = text.find(quote * 3, i + 3)
        while quote == '"' and end > 0 and _escaped(text, end):
            end = text.find(quote * 3, end + 1)
        return len(text) if end < 0 else end + 3
    j = i + 1
    while j < len(text) and text[j] != quote and text[j] != "\n":
        j += 2 if quote == '"' and text[j] == "\\" else 1
    return j + 1


def _escaped(text: str, at: int) -> bool:
    backslashes = 0
    while at - backslashes - 1 >= 0 and text[at - backslashes - 1] == "\\":
        backslashes += 1
    return backslashes % 2 == 1


def data_depth(data: Any) -> int:
    """How deep tables and arrays nest in parsed data (iterative: no recursion to exhaust)."""
    deepest = 0
    stack: list[tuple[Any, int]] = [(data, 1)]
    while stack:
        item, depth = stack.pop()
        deepest = max(deepest, depth)
        if depth > MAX_TOML_DEPTH:
            break
        children = item.values() if isinstance(item, dict) else item
        stack.extend((child, depth + 1) for child in children
                     if isinstance(child, dict | list))
    return deepest


def read_bounded(path: Path) -> dict[str, Any]:
    """:func:`load_bounded` of a file whose size is checked before it is read.

    ``OSError`` passes through too.
    """
    size = path.stat().st_size
    if size > MAX_TOML_BYTES:
        raise TomlRefused(f"is too big ({size:,} bytes; at most {MAX_TOML_BYTES:,})")
    with path.open("rb") as handle:
        return load_bounded(handle.read(MAX_TOML_BYTES + 1))


def load_bounded(raw: bytes) -> dict[str, Any]:
    """Parse UTF-8 TOML bytes within the limits; :class:`TomlRefused` says what is wrong.

    ``UnicodeDecodeError`` and ``tomllib.TOMLDecodeError`` pass through for the caller's
    own messages.
    """
    if len(raw) > MAX_TOML_BYTES:
        raise TomlRefused(f"is too big ({len(raw):,} bytes; at most {MAX_TOML_BYTES:,})")
    text = raw.decode("utf-8")
    if bracket_depth(text) > MAX_TOML_DEPTH:
        raise TomlRefused(f"nests arrays or tables more than {MAX_TOML_DEPTH} levels deep")
    try:
        data = tomllib.loads(text)
    except RecursionError:  # the scan above should have caught it; never let it escape
        raise TomlRefused(f"nests more than {MAX_TOML_DEPTH} levels deep") from None
    if data_depth(data) > MAX_TOML_DEPTH:
        raise TomlRefused(f"nests tables more than {MAX_TOML_DEPTH} levels deep")
    return data
