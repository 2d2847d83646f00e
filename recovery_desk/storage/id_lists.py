"""Conditions over long lists of ids that both databases run well.

SQLite takes ``column IN (?, ?, …)`` in parts of at most ``PART`` values (its limit on
variables). On PostgreSQL the same list is one array parameter, ``column = ANY(%s)``,
in one query: a query text with hundreds of placeholders is parsed again by the driver on
every call (it caches only short texts), which was a tenth of a push's time.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from sqlalchemy import ARRAY, Connection, any_, bindparam
from sqlalchemy.sql.elements import ColumnElement

PART = 500


def _on_postgresql(conn: Connection) -> bool:
    return conn.dialect.name == "postgresql"


def parts(conn: Connection, values: Sequence[Any], size: int = PART) -> Iterator[list[Any]]:
    """``values`` in the parts one query takes: all at once on PostgreSQL."""
    if _on_postgresql(conn):
        if values:
            yield list(values)
        return
    for start in range(0, len(values), size):
        yield list(values[start:start + size])


def among(conn: Connection, column: Any, values: Sequence[Any]) -> ColumnElement[bool]:
    """``column IN values``, as one array parameter on PostgreSQL."""
    if _on_postgresql(conn):
        result: ColumnElement[bool] = column == any_(
            bindparam(None, list(values), type_=ARRAY(column.type)))
    else:
        result = column.in_(values)
    return result
