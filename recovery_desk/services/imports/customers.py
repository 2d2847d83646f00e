"""One customer stays one customer: rows are matched to each other and to the customers
already in the log by customer number, e-mail (case ignored) or phone (digits, at least
six), in that order. A row without any of these is its own anonymous customer: nothing
says two such rows are one person, and joining them would show strangers' complaints as
one customer's history."""

from __future__ import annotations

import re
from collections.abc import Callable

from sqlalchemy import Connection, bindparam, select

from recovery_desk.storage.models import Customer

_CUSTOMERS = Customer.__table__
#: One statement per key (the same three each time, so compiled once), oldest match first.
_BY = {name: select(_CUSTOMERS.c.customer_id)
       .where(_CUSTOMERS.c[name] == bindparam("value"), _CUSTOMERS.c.erased.is_(False))
       .order_by(_CUSTOMERS.c.created_at, _CUSTOMERS.c.customer_id).limit(1)
       for name in ("number", "email_key", "phone_key")}


def _keys(number: str, email: str, phone: str) -> list[tuple[str, str]]:
    keys = []
    if number:
        keys.append(("number", number))
    if email:
        keys.append(("email_key", email.strip().casefold()))
    digits = re.sub(r"\D", "", phone)
    if len(digits) >= 6:
        keys.append(("phone_key", digits))
    return keys


class Customers:
    """Customer ids for the rows of one import; ``conn`` is the log (None: no log yet)."""

    def __init__(self, conn: Connection | None, new_id: Callable[[], str]) -> None:
        self.new_id = new_id
        # a log without customers (a first import) is not asked once per person
        self.conn = conn if conn is not None and conn.execute(
            select(_CUSTOMERS.c.customer_id).limit(1)).first() is not None else None
        self.by_key: dict[tuple[str, str], str] = {}
        self.in_log: set[str] = set()
        self.anonymous = 0

    def id_for(self, number: str, email: str, phone: str) -> str:
        keys = _keys(number, email, phone)
        if not keys:
            self.anonymous += 1
            return self.new_id()
        found = next((self.by_key[k] for k in keys if k in self.by_key), None)
        if found is None:
            found = self._from_log(keys)
            if found is not None:
                self.in_log.add(found)
        found = found or self.new_id()
        for key in keys:
            self.by_key.setdefault(key, found)
        return found

    def _from_log(self, keys: list[tuple[str, str]]) -> str | None:
        if self.conn is None:
            return None
        for name, value in keys:   # number first, then e-mail, then phone
            match = self.conn.execute(_BY[name], {"value": value}).scalar()
            if match is not None:
                return str(match)
        return None
