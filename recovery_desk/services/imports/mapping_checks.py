"""Checking each section of a mapping file, with a message that names the key and the fix."""

from __future__ import annotations

import codecs
import re
from datetime import UTC, tzinfo
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from recovery_desk.core.errors import RecoveryDeskError
from recovery_desk.domain.refusal import Code
from recovery_desk.domain.satisfaction import CSAT_RANGE, LIKELIHOOD_RANGE
from recovery_desk.services.imports import refusals as R
from recovery_desk.services.imports.dates import FOLD_RULES, parse_local
from recovery_desk.services.imports.naming import fold, slugify

#: Our fields a mapping may name under ``[columns]``.
FIELDS = (
    "reference", "opened_at", "closed_at", "customer_name", "customer_email",
    "customer_phone", "customer_number", "channel", "category", "severity", "words",
    "remedy", "agent", "status", "outcome", "csat", "likelihood", "resolution", "language",
)
#: A row needs these; ``opened_at`` may come from ``[defaults]`` instead of a column.
REQUIRED_FIELDS = ("opened_at", "words")
VALUE_GROUPS = ("channel", "category", "severity", "status", "outcome", "language")
#: Fields whose impossible value may be dropped (``[on_invalid] field = "drop"``), keeping
#: the row: none of them is what makes a row a complaint.
DROPPABLE = ("closed_at", "customer_name", "customer_email", "customer_phone",
             "customer_number", "csat", "likelihood", "agent", "language")
#: No ``[defaults]`` for these: a default reference would make every row a duplicate, a
#: default complaint text or customer would put words or a person in the record that no
#: row holds (and make all rows one customer).
NO_DEFAULT = ("reference", "words", "customer_name", "customer_email", "customer_phone",
              "customer_number")
LANGUAGE_CODE = re.compile(r"[a-z]{2}")
MAPPING_TABLES = ("source", "columns", "values", "categories", "defaults", "on_invalid")
SOURCE_KEYS = ("delimiter", "encoding", "date_formats", "timezone", "dst_fold", "languages",
               "missing_columns")
MISSING_RULES = ("refuse", "skip")
_SCORES = {"csat": CSAT_RANGE, "likelihood": LIKELIHOOD_RANGE}


def refused(code: Code, path: Path, **params: object) -> RecoveryDeskError:
    """The mapping ``path`` refused with ``code`` (every mapping refusal names the file)."""
    return R.refuse(code(file=path.name, **params))


def table(data: dict[str, Any], key: str, path: Path) -> dict[str, Any]:
    value = data.get(key, {})
    if not isinstance(value, dict):
        raise refused(R.MAPPING_NOT_A_TABLE, path, key=key)
    return value


def text(value: Any, where: str, path: Path) -> str:
    if not isinstance(value, str) or not value.strip():
        raise refused(R.MAPPING_NOT_TEXT, path, where=where)
    return value


def only(section: dict[str, Any], allowed: tuple[str, ...] | set[str], path: Path,
         name: str, code: Code = R.MAPPING_UNKNOWN_KEYS) -> None:
    """Refuse keys of ``[name]`` that are not ``allowed`` (``code`` says why)."""
    odd = sorted(set(section) - set(allowed))
    if odd:
        extra = {"section": name} if code is R.MAPPING_UNKNOWN_KEYS else {}
        raise refused(code, path, keys=", ".join(odd), allowed=", ".join(allowed), **extra)


def source(section: dict[str, Any], path: Path) -> dict[str, Any]:
    """``[source]``: how to read the file, each key checked."""
    only(section, SOURCE_KEYS, path, "source")
    delimiter = section.get("delimiter")   # None: told from the header line
    if delimiter is not None and (not isinstance(delimiter, str) or len(delimiter) != 1
                                  or delimiter in "\"\r\n"):
        raise refused(R.MAPPING_DELIMITER, path, value=repr(delimiter))
    encoding = section.get("encoding")
    if encoding is not None:
        try:
            codecs.lookup(text(encoding, "[source] encoding", path))
        except LookupError:
            raise refused(R.MAPPING_ENCODING, path, value=repr(encoding)) from None
    formats = section.get("date_formats", [])
    if not isinstance(formats, list) or not all(
            isinstance(f, str) and "%" in f for f in formats):
        raise refused(R.MAPPING_DATE_FORMATS, path)
    dst_fold = section.get("dst_fold", "earlier")
    if dst_fold not in FOLD_RULES:
        raise refused(R.MAPPING_DST_FOLD, path, value=repr(dst_fold),
                      rules=", ".join(FOLD_RULES))
    languages = section.get("languages", [])
    if not isinstance(languages, list) or not all(
            isinstance(code, str) and LANGUAGE_CODE.fullmatch(code) for code in languages):
        raise refused(R.MAPPING_LANGUAGES, path)
    missing = section.get("missing_columns", "refuse")
    if missing not in MISSING_RULES:
        raise refused(R.MAPPING_MISSING_COLUMNS, path, value=repr(missing))
    return {"delimiter": delimiter, "encoding": encoding, "date_formats": tuple(formats),
            "timezone": _zone(section, path), "dst_fold": dst_fold,
            "languages": tuple(languages), "missing_columns": missing}


def _zone(section: dict[str, Any], path: Path) -> tzinfo:
    if "timezone" not in section:
        return UTC
    name = text(section["timezone"], "[source] timezone", path)
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise refused(R.MAPPING_TIMEZONE, path, value=repr(name)) from None


def columns(section: dict[str, Any], path: Path, defaults: dict[str, str]) -> dict[str, str]:
    only(section, FIELDS, path, "columns", R.MAPPING_UNKNOWN_FIELDS)
    found = {key: text(value, f"[columns] {key}", path).strip()
             for key, value in section.items()}
    missing = [f for f in REQUIRED_FIELDS if f not in found and f not in defaults]
    if missing:
        raise refused(R.MAPPING_REQUIRED, path, fields=", ".join(missing))
    return found


def create_unknown(section: dict[str, Any], path: Path) -> bool:
    only(section, ("create_unknown",), path, "categories")
    value = section.get("create_unknown", False)
    if not isinstance(value, bool):
        raise refused(R.MAPPING_CREATE_UNKNOWN, path)
    return value


def values(section: dict[str, Any], path: Path, known: dict[str, set[str]],
           new_categories: bool) -> dict[str, dict[str, str]]:
    only(section, VALUE_GROUPS, path, "values")
    out: dict[str, dict[str, str]] = {}
    for group in VALUE_GROUPS:
        translated: dict[str, str] = {}
        for theirs, ours in table(section, group, path).items():
            ours = text(ours, f"[values.{group}] {theirs!r}", path).strip()
            check_target(path, group, ours, known[group], new_categories,
                         f"[values.{group}] {theirs!r}")
            translated[theirs] = ours
            translated.setdefault(fold(theirs), ours)
        out[group] = translated
    return out


def defaults(section: dict[str, Any], path: Path, known: dict[str, set[str]],
             new_categories: bool, read: dict[str, Any]) -> dict[str, str]:
    """``[defaults]``: a value for a field whose cell is empty (or whose column is missing);
    ids are checked as in ``[values]``, times and scores as in a row."""
    allowed = tuple(f for f in FIELDS if f not in NO_DEFAULT)
    only(section, allowed, path, "defaults", R.MAPPING_REFUSED_DEFAULTS)
    out: dict[str, str] = {}
    for key, value in section.items():
        ours = text(value, f"[defaults] {key}", path).strip()
        if key in VALUE_GROUPS:
            check_target(path, key, ours, known[key], new_categories, f"[defaults] {key}")
        elif key in ("opened_at", "closed_at"):
            if parse_local(ours, read["date_formats"], read["timezone"],
                           read["dst_fold"]).at is None:
                raise refused(R.MAPPING_DEFAULT_DATE, path, key=key, value=repr(ours))
        elif key in _SCORES:
            low, high = _SCORES[key]
            if not ours.isdigit() or not low <= int(ours) <= high:
                raise refused(R.MAPPING_DEFAULT_SCORE, path, key=key, low=low, high=high)
        out[key] = ours
    return out


def on_invalid(section: dict[str, Any], path: Path) -> dict[str, str]:
    """``[on_invalid]``: per optional field, "reject" the row (the default) or "drop" the
    impossible value and keep the row."""
    only(section, DROPPABLE, path, "on_invalid", R.MAPPING_NOT_DROPPABLE)
    for key, rule in section.items():
        if rule not in ("reject", "drop"):
            raise refused(R.MAPPING_RULE, path, key=key, value=repr(rule))
    return dict(section)


def check_target(path: Path, group: str, ours: str, known: set[str], new_categories: bool,
                 where: str) -> None:
    if group == "language":
        if LANGUAGE_CODE.fullmatch(ours):
            return
        raise refused(R.MAPPING_LANGUAGE_CODE, path, where=where, value=repr(ours))
    if ours in known:
        return
    if group == "category" and new_categories and slugify(ours) == ours:
        return  # a deliberately new category id
    raise refused(R.MAPPING_UNKNOWN_ID, path, where=where, value=repr(ours), group=group,
                  choices=", ".join(sorted(known)))
