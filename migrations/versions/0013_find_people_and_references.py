"""the Log finds cases by customer and by reference: folded name keys, phone ends in any
format, an index on the other system's reference

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-02 18:40:00

The Log's search box finds a case by the customer's name in either order without
diacritics ("Horvath Maria" finds "Mária Horváth"), by phone in any common format and by
``cases.external_ref`` (``services/cases/identity_search.py``). So the customers' name
keys are folded (lower case, diacritics removed) and ``phone_rev`` holds the digits
reversed without a leading ``00`` or trunk ``0``; every row is rewritten here with the
rules of ``storage.rows.search_keys`` as they are at this revision (copied, so a later
change of that function does not change what this step did). Erased customers keep their
blank keys. ``cases.external_ref`` gets an index of its own: an exact lookup, never a
walk through the log. ``CREATE INDEX`` adds no table copy (no cascade on SQLite).
"""

from __future__ import annotations

import re
import unicodedata

import sqlalchemy as sa
from alembic import op

revision = '0013'
down_revision = '0012'
branch_labels = None
depends_on = None

_BATCH = 2000


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return unicodedata.normalize(
        "NFC", "".join(ch for ch in decomposed if not unicodedata.combining(ch)))


def _tail(digits: str) -> str:
    if digits.startswith("00"):
        return digits[2:]
    return digits[1:] if digits.startswith("0") else digits


def _keys(name: str, phone: str) -> dict[str, str]:
    words = _fold(name or "").split()
    digits = re.sub(r"\D", "", phone or "")
    return {"k": " ".join(words), "a": " ".join(words[-1:] + words[:-1]),
            "p": _tail(digits)[::-1]}


def upgrade() -> None:
    bind = op.get_bind()
    rows = bind.execute(sa.text(
        "SELECT customer_id, name, phone FROM customers WHERE erased = :no"), {"no": False})
    updates = [{"c": customer_id, **_keys(name, phone)} for customer_id, name, phone in rows]
    for start in range(0, len(updates), _BATCH):
        bind.execute(sa.text("UPDATE customers SET name_key = :k, name_alt_key = :a, "
                             "phone_rev = :p WHERE customer_id = :c"),
                     updates[start:start + _BATCH])
    op.create_index('ix_cases_external_ref', 'cases', ['external_ref'])


def downgrade() -> None:
    op.drop_index('ix_cases_external_ref', table_name='cases')
    bind = op.get_bind()
    rows = bind.execute(sa.text(
        "SELECT customer_id, name, phone FROM customers WHERE erased = :no"), {"no": False})
    updates = []
    for customer_id, name, phone in rows:
        words = (name or "").casefold().split()
        digits = re.sub(r"\D", "", phone or "")
        updates.append({"c": customer_id, "k": " ".join(words),
                        "a": " ".join(words[-1:] + words[:-1]), "p": digits[::-1]})
    for start in range(0, len(updates), _BATCH):
        bind.execute(sa.text("UPDATE customers SET name_key = :k, name_alt_key = :a, "
                             "phone_rev = :p WHERE customer_id = :c"),
                     updates[start:start + _BATCH])
