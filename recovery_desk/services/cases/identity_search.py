"""How the Log's search box finds a case by who or what it is, besides its words: the case
reference (exact or prefix, "VM-003001" or "VM-0030"), the customer's name in either order
without diacritics ("Horvath Maria" finds "Mária Horváth"), the phone in any common format
("+44 20 7946 0018", "020-7946-0018", "00442079460018"), the e-mail, the customer number
and the other system's reference (``cases.external_ref``).

Each way is an index range (customers' folded keys, ``storage.rows.search_keys``; the
references' unique index; ``ix_cases_external_ref``), so a search costs a few index reads
per way before the page. Erased customers have blank keys and ``erased`` set: they are
never found by who they were.

The personal-data rule (``permissions.readable_search``): without
``READ_OTHER_DESKS_PERSONAL`` the customer, their phone, e-mail, number, their other
reference and the case's words are searched only in this desk's cases and in cases still
being worked (``readable``); the case reference names no one and finds any case.
"""

from __future__ import annotations

import re
from typing import Any, overload

from sqlalchemy import (
    ColumnClause,
    ColumnElement,
    CompoundSelect,
    Select,
    and_,
    literal_column,
    or_,
    select,
    union,
)

from recovery_desk.domain.case import ACTIVE_STATUSES
from recovery_desk.storage.models import Case, Customer
from recovery_desk.storage.rows import phone_tail, search_keys

C = Case.__table__.c
CU = Customer.__table__.c
#: A reference is one word of letters, digits and ``-_./`` with at least one digit.
_REFERENCE = re.compile(r"[^\W_][\w./-]*")
_PHONE = re.compile(r"[\d\s()+\-./]+")
#: Fewer digits than this are not searched as a phone (a year, an amount …).
MIN_PHONE_DIGITS = 6
#: A stored number shorter than this is never taken for the end of a longer one typed.
MIN_STORED_PHONE = 7
_TOP = "\uffff"


def _prefix(column: Any, text: str) -> ColumnElement[bool]:
    """``column`` starts with ``text``, as a range an ordinary index answers."""
    return and_(column >= text, column < text + _TOP)


def reference_forms(text: str) -> list[str]:
    """The forms of ``text`` a case reference may start with ([] if it cannot be one)."""
    text = text.strip()
    if len(text) < 2 or not _REFERENCE.fullmatch(text) or not any(c.isdigit() for c in text):
        return []
    return sorted({text, text.upper()})


def phone_ends(text: str) -> str:
    """The digits a phone search looks for at the end of stored numbers ("" if ``text``
    is not a phone number): without ``00`` or the trunk ``0`` (``rows.phone_tail``)."""
    if not _PHONE.fullmatch(text.strip()):
        return ""
    digits = phone_tail(re.sub(r"\D", "", text))
    return digits if len(digits) >= MIN_PHONE_DIGITS else ""


def phone_ways(ends: str) -> list[ColumnElement[bool]]:
    """Stored numbers ending with ``ends`` (``phone_ends``), and stored (national) numbers
    of at least ``MIN_STORED_PHONE`` digits that the typed (international) one ends with:
    each an index range on ``phone_rev``."""
    if not ends:
        return []
    reverse = ends[::-1]
    ways = [_prefix(CU.phone_rev, reverse)]
    shorter = [reverse[:n] for n in range(MIN_STORED_PHONE, len(reverse))]
    if shorter:
        ways.append(CU.phone_rev.in_(shorter))
    return ways


def customer_ways(text: str) -> list[ColumnElement[bool]]:
    """The conditions on ``customers`` that find a customer by ``text``, one per index."""
    text = text.strip()
    if len(text) < 2:
        return []
    keys = search_keys({"name": text, "email": text})
    ways: list[ColumnElement[bool]] = [CU.number.in_(sorted({text, text.upper()}))]
    if keys["name_key"] and not keys["name_key"].isdigit():
        ways += [_prefix(CU.name_key, keys["name_key"]),
                 _prefix(CU.name_alt_key, keys["name_key"])]
    ways += phone_ways(phone_ends(text))
    if " " not in text and len(text) >= 3:
        ways.append(_prefix(CU.email_key, keys["email_key"]))
    return ways


def customer_ids(text: str) -> CompoundSelect[Any] | None:
    """The ids of the (not erased) customers ``text`` names, each way its own index range."""
    ways = customer_ways(text)
    if not ways:
        return None
    return union(*(select(CU.customer_id).where(way, CU.erased.is_(False)) for way in ways))


def customer_estimate(text: str,
                      desk: str | None = None) -> Select[Any] | CompoundSelect[Any] | None:
    """About how many cases ``text`` finds by their customer, for choosing how to read a
    page. Without ``desk``: the customers named (erased ones included), from the name,
    phone and e-mail indexes' entries alone. With ``desk``: the cases of those customers
    the role may read (``readable``), from ``ix_cases_customer_opened``'s entries alone
    (0016: it carries status and desk): an agent's common surname search, whose readable
    cases are few, then looks those up instead of walking the log to find them."""
    ways = customer_ways(text)
    named = customer_ids(text)
    if not ways or named is None:
        return None
    if desk:
        rows: ColumnClause[int] = literal_column("cases.rowid")
        return (select(rows).select_from(Case.__table__)
                .where(C.customer_id.in_(named), readable(desk, _UNINDEXED)))
    rowid: ColumnClause[int] = literal_column("customers.rowid")
    return union(*(select(rowid).select_from(Customer.__table__).where(way) for way in ways))


class _Unindexed:
    """``cases`` columns as ``+cases.col``: SQLite (``case_ids``' only reader) then uses no
    index for a term on them, so the search's own index ranges drive."""

    def __getitem__(self, name: str) -> ColumnClause[Any]:
        return literal_column(f"+cases.{name}", type_=C[name].type)


_UNINDEXED = _Unindexed()


def readable(desk: str, c: Any = C) -> ColumnElement[bool]:
    """Cases whose personal data the user may read without ``READ_OTHER_DESKS_PERSONAL``."""
    return or_(c["desk_id"].in_([desk, f"{desk}-TRAINING"]),
               c["status"].in_(sorted(ACTIVE_STATUSES)))


def _personal_selects(text: str, customers: bool = True) -> list[Select[Any]]:
    found: list[Select[Any]] = []
    customer_list = customer_ids(text) if customers else None
    if customer_list is not None:
        found.append(select(C.case_id).where(C.customer_id.in_(customer_list)))
    other = text.strip()
    if other:
        found.append(select(C.case_id).where(C.external_ref.in_(sorted({other, other.upper()}))))
    return found


@overload
def case_ids(text: str, desk: str | None, words: Select[Any], *,
             customers: bool = True) -> CompoundSelect[Any]: ...
@overload
def case_ids(text: str, desk: str | None, words: None = None, *,
             customers: bool = True) -> CompoundSelect[Any] | None: ...


def case_ids(text: str, desk: str | None, words: Select[Any] | None = None, *,
             customers: bool = True) -> CompoundSelect[Any] | None:
    """The ids of the cases ``text`` finds by reference, by who they are about, or by their
    words (``words``: the case ids of the text match), within the personal-data rule
    (``desk`` set: see the module doc). One compound select of index ranges; None only
    when there is nothing to look for (no reference form, no identity, no ``words``).
    ``customers`` False leaves out the cases found by their customer (``customer_match``
    checks those on the row: a common surname's cases are too many to list)."""
    parts: list[Select[Any]] = [select(C.case_id).where(_prefix(C.ref, form))
                                for form in reference_forms(text)]
    personal = _personal_selects(text, customers)
    if words is not None:
        personal.append(select(C.case_id).where(C.case_id.in_(words)))
    if desk:  # checked on the rows found: the desk and status indexes must not drive
        personal = [part.where(readable(desk, _UNINDEXED)) for part in personal]
    parts += personal
    # never correlated with the page's own ``cases``: a list of ids built once
    return union(*(part.correlate(None) for part in parts)) if parts else None


def customer_match(text: str, desk: str | None, c: Any) -> ColumnElement[bool] | None:
    """The cases found by their customer, checked on each index entry walked (``c``: the
    page's columns), within the personal-data rule; None when ``text`` names no customer.
    The row ids of those customers' cases are listed once, from ``ix_cases_customer_opened``'s
    entries alone; every index entry carries its row id, so the check reads no table row
    (``+``: the list never drives the page, the sort index does)."""
    customers = customer_ids(text)
    if customers is None:
        return None
    rowid: ColumnClause[int] = literal_column("cases.rowid")
    theirs = select(rowid).select_from(Case.__table__).where(C.customer_id.in_(customers))
    found = literal_column("+cases.rowid").in_(theirs.correlate(None))
    return and_(readable(desk, c), found) if desk else found


def condition(text: str, desk: str | None, c: Any,
              words: ColumnElement[bool] | None) -> ColumnElement[bool]:
    """The search as a condition on the case row itself (counts, exports, the Dashboard's
    scope; PostgreSQL's pages): reference, or (readable and (customer, other reference or
    ``words``))."""
    by_ref = [_prefix(c["ref"], form) for form in reference_forms(text)]
    personal: list[ColumnElement[bool]] = []
    customers = customer_ids(text)
    if customers is not None:
        personal.append(c["customer_id"].in_(customers))
    other = text.strip()
    if other:
        personal.append(c["external_ref"].in_(sorted({other, other.upper()})))
    if words is not None:
        personal.append(words)
    about = or_(*personal) if personal else None
    if about is not None and desk:
        about = and_(readable(desk, c), about)
    terms = [*by_ref, *([about] if about is not None else [])]
    return or_(*terms)
