"""Checking each section of a mapping file, with a message that names the key and the fix."""

from __future__ import annotations

import codecs
import re
from datetime import UTC, tzinfo
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from recovery_desk.core.errors import RecoveryDeskError
from recovery_desk.domain.satisfaction import CSAT_RANGE, LIKELIHOOD_RANGE
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


def mapping_error(path: Path, problem: str, fix: str = "") -> RecoveryDeskError:
    return RecoveryDeskError(f"The import mapping {path.name}: {problem}",
                             fix or "Correct the mapping file (see docs/csv-import.md).")


def table(data: dict[str, Any], key: str, path: Path) -> dict[str, Any]:
    value = data.get(key, {})
    if not isinstance(value, dict):
        raise mapping_error(path, f"[{key}] must be a table.")
    return value


def text(value: Any, where: str, path: Path) -> str:
    if not isinstance(value, str) or not value.strip():
        raise mapping_error(path, f"{where} must be a non-empty text.")
    return value


def only(section: dict[str, Any], allowed: tuple[str, ...] | set[str], path: Path,
         problem: str, fix: str) -> None:
    odd = sorted(set(section) - set(allowed))
    if odd:
        raise mapping_error(path, problem.format(", ".join(odd)), fix)


def source(section: dict[str, Any], path: Path) -> dict[str, Any]:
    """``[source]``: how to read the file, each key checked."""
    only(section, SOURCE_KEYS, path, "[source] has unknown key(s) {}.",
         f"Use {', '.join(SOURCE_KEYS)}.")
    delimiter = section.get("delimiter")   # None: told from the header line
    if delimiter is not None and (not isinstance(delimiter, str) or len(delimiter) != 1
                                  or delimiter in "\"\r\n"):
        raise mapping_error(path, f"[source] delimiter {delimiter!r} must be one character.",
                            'Use for example ",", ";" or "\\t" (tab).')
    encoding = section.get("encoding")
    if encoding is not None:
        try:
            codecs.lookup(text(encoding, "[source] encoding", path))
        except LookupError:
            raise mapping_error(path, f"[source] encoding {encoding!r} is not known.",
                                'Use for example "utf-8", "cp1250", "cp1251" or "cp1257", '
                                'or leave it out to have it detected.') from None
    formats = section.get("date_formats", [])
    if not isinstance(formats, list) or not all(
            isinstance(f, str) and "%" in f for f in formats):
        raise mapping_error(path, "[source] date_formats must be a list of strptime formats.",
                            'For example date_formats = ["%d/%m/%Y %H:%M"].')
    dst_fold = section.get("dst_fold", "earlier")
    if dst_fold not in FOLD_RULES:
        raise mapping_error(path, f"[source] dst_fold {dst_fold!r} is not a rule.",
                            f"Use one of: {', '.join(FOLD_RULES)}.")
    languages = section.get("languages", [])
    if not isinstance(languages, list) or not all(
            isinstance(code, str) and LANGUAGE_CODE.fullmatch(code) for code in languages):
        raise mapping_error(path, "[source] languages must be a list of two-letter codes.",
                            'For example languages = ["en", "de", "hu"].')
    missing = section.get("missing_columns", "refuse")
    if missing not in MISSING_RULES:
        raise mapping_error(path, f"[source] missing_columns {missing!r} is not a rule.",
                            '"refuse" (a typo in a header name stops the import) or "skip" '
                            '(a preset\'s optional columns may be missing from a file).')
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
        raise mapping_error(path, f"[source] timezone {name!r} is not a known time zone.",
                            'Use a zone name such as "Europe/Riga", "Europe/Budapest" '
                            'or "Europe/Kyiv".') from None


def columns(section: dict[str, Any], path: Path, defaults: dict[str, str]) -> dict[str, str]:
    only(section, FIELDS, path, "[columns] has unknown field(s) {}.",
         f"Our fields are: {', '.join(FIELDS)}.")
    found = {key: text(value, f"[columns] {key}", path).strip()
             for key, value in section.items()}
    missing = [f for f in REQUIRED_FIELDS if f not in found and f not in defaults]
    if missing:
        raise mapping_error(path, f"[columns] must name the column for {', '.join(missing)}.",
                            'For example opened_at = "Created" and words = "Description" '
                            '(an export without dates: [defaults] opened_at = "2024-01-01").')
    return found


def create_unknown(section: dict[str, Any], path: Path) -> bool:
    only(section, {"create_unknown"}, path, "[categories] has unknown key(s) {}.",
         "Only create_unknown = true or false belongs there.")
    value = section.get("create_unknown", False)
    if not isinstance(value, bool):
        raise mapping_error(path, "[categories] create_unknown must be true or false.")
    return value


def values(section: dict[str, Any], path: Path, known: dict[str, set[str]],
           new_categories: bool) -> dict[str, dict[str, str]]:
    only(section, VALUE_GROUPS, path, "[values] has unknown group(s) {}.",
         f"Use {', '.join(f'[values.{g}]' for g in VALUE_GROUPS)}.")
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
    only(section, allowed, path, "[defaults] has unknown or refused key(s) {}.",
         f"Defaults may be set for {', '.join(allowed)}; a reference, the complaint's words "
         "and the customer always come from the row.")
    out: dict[str, str] = {}
    for key, value in section.items():
        ours = text(value, f"[defaults] {key}", path).strip()
        if key in VALUE_GROUPS:
            check_target(path, key, ours, known[key], new_categories, f"[defaults] {key}")
        elif key in ("opened_at", "closed_at"):
            if parse_local(ours, read["date_formats"], read["timezone"],
                           read["dst_fold"]).at is None:
                raise mapping_error(path, f"[defaults] {key} {ours!r} is not a date.",
                                    'Write it as "2024-01-01" or "2024-01-01 09:00".')
        elif key in _SCORES:
            low, high = _SCORES[key]
            if not ours.isdigit() or not low <= int(ours) <= high:
                raise mapping_error(path, f"[defaults] {key} must be a whole number from "
                                          f"{low} to {high}.")
        out[key] = ours
    return out


def on_invalid(section: dict[str, Any], path: Path) -> dict[str, str]:
    """``[on_invalid]``: per optional field, "reject" the row (the default) or "drop" the
    impossible value and keep the row."""
    only(section, DROPPABLE, path, "[on_invalid] has unknown or required field(s) {}.",
         f"Only these may drop a bad value: {', '.join(DROPPABLE)}.")
    for key, rule in section.items():
        if rule not in ("reject", "drop"):
            raise mapping_error(path, f"[on_invalid] {key} = {rule!r} is not a rule.",
                                'Use "drop" (keep the row without the value) or "reject".')
    return dict(section)


def check_target(path: Path, group: str, ours: str, known: set[str], new_categories: bool,
                 where: str) -> None:
    if group == "language":
        if LANGUAGE_CODE.fullmatch(ours):
            return
        raise mapping_error(path, f"{where} = {ours!r} is not a two-letter language code.",
                            'Use an ISO 639-1 code such as "en", "de", "hu", "lv" or "uk".')
    if ours in known:
        return
    if group == "category" and new_categories and slugify(ours) == ours:
        return  # a deliberately new category id
    choices = ", ".join(sorted(known))
    raise mapping_error(path, f"{where} = {ours!r} is not one of our {group} ids.",
                        f"Use one of: {choices}.")
