"""Clock rule packs as data: which deadlines a regime sets, how they are counted and met.

A pack is a TOML file (``resources/clocks/*.toml``, format in ``docs/regulated.md``). It is
read like a playbook: bounded in size and depth before and after parsing, every problem
reported as a ``PlaybookError`` naming the file, the key and what to change, so a broken
pack is listed as unusable and never reaches a case.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime, time
from functools import partial
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from recovery_desk.domain.playbook import LANGUAGES, PlaybookError, Text, load_folder, read_toml

MAX_BYTES = 64 * 1024
MAX_DEPTH = 6
MAX_CLOCKS = 8
MAX_CLOSED_DAYS = 400

#: The clocks a case can carry; each has its own columns in the case list and exports.
CLOCK_IDS = ("acknowledge", "summary_resolution", "final_response")
KINDS = frozenset({"deadline", "window"})
UNITS = frozenset({"hours", "business_hours", "business_days", "calendar_days", "weeks"})
FROM = frozenset({"receipt", "deemed_receipt"})
#: What can meet a clock: a letter of a kind, the agent's acknowledgement stage, the
#: customer accepting a resolution, or the case being closed.
LETTER_KINDS = ("acknowledgement", "holding", "summary-resolution", "final-response",
                "apology", "information-request", "call-summary")
MEETS = frozenset({*(f"letter:{k}" for k in LETTER_KINDS), "acknowledged", "resolved",
                   "closed"})
REGIMES = frozenset({"fca-disp", "asic-rg271", "eu-psd2", "iso10002", "organization"})
WORDING_KEYS = ("referral", "waiver", "holding_referral", "no_response_needed", "enclosure")
_ID = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")
_REGION = re.compile(r"^[A-Z]{2}(-[A-Z0-9]{1,3})?$")
_HOURS = re.compile(r"^([01]\d|2[0-3]):([0-5]\d)$")


@dataclass(frozen=True)
class Span:
    amount: int
    unit: str


@dataclass(frozen=True)
class ClockRule:
    id: str
    kind: str
    span: Span
    counts_from: str
    met_by: tuple[str, ...]
    basis: str
    pausable: bool = False
    letter: str | None = None
    disapplies: tuple[str, ...] = ()
    extension: Span | None = None
    extended_by: str | None = None
    label: Text | None = None


@dataclass(frozen=True)
class ClockPack:
    id: str
    version: int
    name: Text
    regime: str
    region: str
    zone: ZoneInfo
    opens: time
    closes: time
    closed_days: frozenset[date]
    warn_hours: int
    ombudsman_name: Text
    ombudsman_website: str
    wording: dict[str, Text]
    clocks: tuple[ClockRule, ...]
    source: str = ""
    editable: bool = False
    notes: Text | None = None
    by_id: dict[str, ClockRule] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        self.by_id.update({c.id: c for c in self.clocks})

    def clock(self, clock_id: str) -> ClockRule | None:
        return self.by_id.get(clock_id)

    def words(self, key: str, lang: str) -> str:
        text = self.wording.get(key)
        return text.get(lang) if text is not None else ""


def _depth(value: Any, level: int = 0) -> int:
    if level > MAX_DEPTH:
        return level
    if isinstance(value, dict):
        return max((_depth(v, level + 1) for v in value.values()), default=level)
    if isinstance(value, list):
        return max((_depth(v, level + 1) for v in value), default=level)
    return level


class _Pack:
    """Reads one parsed pack, turning each problem into a PlaybookError."""

    def __init__(self, source: str) -> None:
        self.source = source

    def fail(self, key: str, problem: str) -> PlaybookError:
        return PlaybookError(self.source, key, problem)

    def get(self, data: dict[str, Any], key: str, path: str, kind: type,
            default: Any = ...) -> Any:
        if key not in data:
            if default is ...:
                raise self.fail(f"{path}.{key}", "is missing")
            return default
        value = data[key]
        if isinstance(value, bool) and kind is not bool or not isinstance(value, kind):
            raise self.fail(f"{path}.{key}", f"must be {_NAMES.get(kind, kind.__name__)}")
        return value

    def text(self, data: dict[str, Any], key: str, path: str) -> Text:
        table = self.get(data, key, path, dict)
        missing = [lang for lang in LANGUAGES if lang not in table]
        if missing:
            raise self.fail(f"{path}.{key}", f"has no text in {', '.join(missing)}")
        for lang, value in table.items():
            if lang not in LANGUAGES:
                raise self.fail(f"{path}.{key}.{lang}", f"is not one of {', '.join(LANGUAGES)}")
            if not isinstance(value, str) or not value.strip():
                raise self.fail(f"{path}.{key}.{lang}", "must be a non-empty text")
        return Text(dict(table))

    def choice(self, data: dict[str, Any], key: str, path: str, options: frozenset[str],
               default: Any = ...) -> str:
        value: str = self.get(data, key, path, str, default)
        if value not in options:
            raise self.fail(f"{path}.{key}",
                            f"{value!r} must be one of {', '.join(sorted(options))}")
        return value

    def hours(self, data: dict[str, Any], key: str, default: str) -> time:
        value = self.get(data, key, "pack", str, default)
        match = _HOURS.match(value)
        if not match:
            raise self.fail(f"pack.{key}", f"{value!r} must be a time like 09:00")
        return time(int(match.group(1)), int(match.group(2)))

    def span(self, data: dict[str, Any], path: str) -> Span:
        amount = self.get(data, "span", path, int)
        if not 1 <= amount <= 400:
            raise self.fail(f"{path}.span", "must be between 1 and 400")
        return Span(amount, self.choice(data, "unit", path, UNITS))


_NAMES = {str: "a text", int: "a whole number", bool: "true or false", dict: "a table",
          list: "a list"}


def parse_pack(data: dict[str, Any], source: str, *, editable: bool = False) -> ClockPack:
    """Validate a parsed pack; raises PlaybookError naming the key and the fix."""
    r = _Pack(source)
    if _depth(data) > MAX_DEPTH:
        raise r.fail("(file)", f"nests deeper than {MAX_DEPTH} levels")
    head = r.get(data, "pack", "", dict)
    pack_id = r.get(head, "id", "pack", str)
    if not _ID.match(pack_id):
        raise r.fail("pack.id", f"{pack_id!r} must be lowercase letters, digits, _ or -")
    zone_name = r.get(head, "time_zone", "pack", str)
    try:
        zone = ZoneInfo(zone_name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise r.fail("pack.time_zone", f"{zone_name!r} is not a known time zone "
                                       "(use a name like Europe/London)") from exc
    region = r.get(head, "region", "pack", str)
    if not _REGION.match(region):
        raise r.fail("pack.region", f"{region!r} must be a country code, optionally with a "
                                    "region (GB-ENG, AU-NSW, HU)")
    opens, closes = r.hours(head, "opens", "09:00"), r.hours(head, "closes", "17:00")
    if closes <= opens:
        raise r.fail("pack.closes", "must be later than pack.opens")
    warn = r.get(head, "warn_hours", "pack", int, 24)
    if not 0 <= warn <= 24 * 60:
        raise r.fail("pack.warn_hours", "must be between 0 and 1440")
    ombudsman = r.get(data, "ombudsman", "", dict, {})
    wording = r.get(data, "wording", "", dict, {})
    unknown = sorted(set(wording) - set(WORDING_KEYS))
    if unknown:
        raise r.fail(f"wording.{unknown[0]}", f"is not one of {', '.join(WORDING_KEYS)}")
    raw_clocks = r.get(data, "clock", "", list)
    if not raw_clocks or len(raw_clocks) > MAX_CLOCKS:
        raise r.fail("clock", f"must list between 1 and {MAX_CLOCKS} clocks")
    clocks = tuple(_clock(r, raw, f"clock[{i}]") for i, raw in enumerate(raw_clocks))
    _check_clocks(r, clocks)
    version = r.get(head, "version", "pack", int)
    return ClockPack(
        id=pack_id, version=version, name=r.text(head, "name", "pack"),
        regime=r.choice(head, "regime", "pack", REGIMES), region=region, zone=zone,
        opens=opens, closes=closes, closed_days=_closed_days(r, head), warn_hours=warn,
        ombudsman_name=r.text(ombudsman, "name", "ombudsman") if ombudsman else Text({}),
        ombudsman_website=r.get(ombudsman, "website", "ombudsman", str, ""),
        wording={key: r.text(wording, key, "wording") for key in wording},
        clocks=clocks, source=source, editable=editable,
        notes=r.text(head, "notes", "pack") if "notes" in head else None,
    )


def _closed_days(r: _Pack, head: dict[str, Any]) -> frozenset[date]:
    raw = r.get(head, "closed_days", "pack", list, [])
    if len(raw) > MAX_CLOSED_DAYS:
        raise r.fail("pack.closed_days", f"lists more than {MAX_CLOSED_DAYS} days")
    days = set()
    for i, value in enumerate(raw):
        if not isinstance(value, date) or isinstance(value, datetime):
            raise r.fail(f"pack.closed_days[{i}]", "must be a date like 2026-12-24 (no quotes)")
        days.add(value)
    return frozenset(days)


def _clock(r: _Pack, raw: Any, path: str) -> ClockRule:
    if not isinstance(raw, dict):
        raise r.fail(path, "must be a table")
    clock_id = r.choice(raw, "id", path, frozenset(CLOCK_IDS))
    met_by = r.get(raw, "met_by", path, list)
    for i, item in enumerate(met_by):
        if item not in MEETS:
            raise r.fail(f"{path}.met_by[{i}]",
                         f"{item!r} must be one of {', '.join(sorted(MEETS))}")
    letter = r.get(raw, "letter", path, str, None)
    if letter is not None and letter not in LETTER_KINDS:
        raise r.fail(f"{path}.letter", f"{letter!r} must be one of {', '.join(LETTER_KINDS)}")
    extension, extended_by = None, None
    if "extension" in raw:
        ext = r.get(raw, "extension", path, dict)
        extension = r.span(ext, f"{path}.extension")
        extended_by = r.choice(ext, "by", f"{path}.extension", MEETS)
    disapplies = r.get(raw, "disapplies", path, list, [])
    for i, item in enumerate(disapplies):
        if item not in CLOCK_IDS:
            raise r.fail(f"{path}.disapplies[{i}]", f"{item!r} is not a clock id")
    return ClockRule(
        id=clock_id, kind=r.choice(raw, "kind", path, KINDS), span=r.span(raw, path),
        counts_from=r.choice(raw, "from", path, FROM, "deemed_receipt"),
        met_by=tuple(met_by), basis=r.get(raw, "basis", path, str),
        pausable=r.get(raw, "pausable", path, bool, False), letter=letter,
        disapplies=tuple(disapplies), extension=extension, extended_by=extended_by,
        label=r.text(raw, "label", path) if "label" in raw else None,
    )


def _check_clocks(r: _Pack, clocks: tuple[ClockRule, ...]) -> None:
    seen: set[str] = set()
    for i, clock in enumerate(clocks):
        if clock.id in seen:
            raise r.fail(f"clock[{i}].id", f"{clock.id!r} is listed twice")
        seen.add(clock.id)
        if not clock.met_by:
            raise r.fail(f"clock[{i}].met_by", "must name at least one way to meet the clock")
    for i, clock in enumerate(clocks):
        for other in clock.disapplies:
            if other not in seen or other == clock.id:
                raise r.fail(f"clock[{i}].disapplies", f"{other!r} is not another clock here")


def load_pack(path: Path, *, editable: bool = False) -> ClockPack:
    """Read one pack file, refusing oversized files before they are read."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise PlaybookError(path.name, "(file)", f"cannot be read: {exc.strerror}") from exc
    if size > MAX_BYTES:
        raise PlaybookError(path.name, "(file)", f"is {size} bytes; a clock pack may have at "
                                                 f"most {MAX_BYTES} (split or trim it)")
    try:
        data = read_toml(path)
    except RecursionError as exc:
        raise PlaybookError(path.name, "(file)", "nests too deeply to be read") from exc
    return parse_pack(data, path.name, editable=editable)


def load_packs(*folders: tuple[Path, bool]) -> tuple[dict[str, ClockPack], dict[str, str]]:
    """Every pack in the folders (built-in first, then editable): usable and unusable.

    A pack in a later folder replaces one of the same id from an earlier folder, so the
    organization edits its own copy instead of the shipped file.
    """
    usable: dict[str, ClockPack] = {}
    unusable: dict[str, str] = {}
    for folder, editable in folders:
        if not folder.is_dir():
            continue
        found, broken = load_folder(folder, partial(load_pack, editable=editable), "pack")
        usable.update(found)  # an editable pack replaces the built-in one of the same id
        unusable.update(broken)
    return usable, unusable
