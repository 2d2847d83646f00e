"""One CSV record in our terms: dates, ids and scores checked, every problem named by its
column so the person fixing the file knows where to look."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from recovery_desk.domain.case import CLOSED, OPEN
from recovery_desk.domain.satisfaction import CSAT_RANGE, LIKELIHOOD_RANGE
from recovery_desk.domain.taxonomy import Taxonomy
from recovery_desk.services.imports.dates import bad_date
from recovery_desk.services.imports.mapping import STATUS_IDS, Mapping, parse_time
from recovery_desk.services.imports.naming import fold, slugify

# Column widths of the projections, so a long value is refused here rather than by
# PostgreSQL in the middle of the import.
_MAX_LENGTH = {"customer_name": 200, "customer_email": 200, "customer_phone": 64,
               "customer_number": 64, "agent": 200}


@dataclass
class ParsedRow:
    number: int
    values: dict[str, str]
    opened_at: datetime
    closed_at: datetime | None
    channel: str
    category: str
    severity: str
    status: str
    csat: int | None
    likelihood: int | None
    extra: list[tuple[str, str]]


def _int_in(value: str, bounds: tuple[int, int]) -> int | None:
    text = value.strip().replace(",", ".")
    try:
        number = float(text)
    except ValueError:
        return None
    if not number.is_integer() or not bounds[0] <= number <= bounds[1]:
        return None
    return int(number)


def parse_row(number: int, record: list[str], header: list[str], positions: dict[str, int],
              mapping: Mapping, taxonomy: Taxonomy) -> tuple[ParsedRow | None, list[str]]:
    """The row in our terms, or the problems that keep it out (each names its column)."""
    if len(record) != len(header):
        return None, [f"has {len(record)} cells but the header has {len(header)} (check the "
                      "quoting and the delimiter)"]
    values = {f: record[i].strip() for f, i in positions.items()}
    problems: list[str] = []
    opened_at, closed_at = _times(values, mapping, problems)
    _check_text(values, problems)
    channel = _choose(values, "channel", mapping, set(taxonomy.channels), problems)
    severity = _choose(values, "severity", mapping, set(taxonomy.severities), problems)
    category = _category(values, mapping, set(taxonomy.categories), problems)
    status = _status(values, mapping, closed_at, problems)
    csat, likelihood = _scores(values, problems)
    if problems or opened_at is None:
        return None, problems
    mapped = set(positions.values())
    extra = [(header[i] or f"column {i + 1}", cell.strip()) for i, cell in enumerate(record)
             if i not in mapped and cell.strip()]
    return ParsedRow(number=number, values=values, opened_at=opened_at, closed_at=closed_at,
                     channel=channel, category=category, severity=severity, status=status,
                     csat=csat, likelihood=likelihood, extra=extra), []


def _times(values: dict[str, str], mapping: Mapping,
           problems: list[str]) -> tuple[datetime | None, datetime | None]:
    opened_at = closed_at = None
    raw = values["opened_at"]
    if not raw:
        problems.append("opened_at is empty")
    else:
        opened_at = parse_time(raw, mapping)
        if opened_at is None:
            problems.append(bad_date("opened_at", raw))
    if values.get("closed_at"):
        closed_at = parse_time(values["closed_at"], mapping)
        if closed_at is None:
            problems.append(bad_date("closed_at", values["closed_at"]))
        elif opened_at is not None and closed_at < opened_at:
            problems.append(f"closed_at {values['closed_at']!r} is before opened_at {raw!r}")
    return opened_at, closed_at


def _check_text(values: dict[str, str], problems: list[str]) -> None:
    if not values["words"]:
        problems.append("words is empty")
    for key, limit in _MAX_LENGTH.items():
        if len(values.get(key, "")) > limit:
            problems.append(f"{key} is longer than {limit} characters")
    email = values.get("customer_email", "")
    if email and ("@" not in email or any(c.isspace() for c in email)):
        problems.append(f"customer_email {email!r} is not an e-mail address")


def _scores(values: dict[str, str], problems: list[str]) -> tuple[int | None, int | None]:
    csat = likelihood = None
    if values.get("csat"):
        csat = _int_in(values["csat"], CSAT_RANGE)
        if csat is None:
            problems.append(f"csat {values['csat']!r} is not a whole number from 1 to 5")
    if values.get("likelihood"):
        likelihood = _int_in(values["likelihood"], LIKELIHOOD_RANGE)
        if likelihood is None:
            problems.append(f"likelihood {values['likelihood']!r} is not a whole number "
                            "from 0 to 10")
    return csat, likelihood


def _choose(values: dict[str, str], group: str, mapping: Mapping, known: set[str],
            problems: list[str]) -> str:
    """Channel or severity: mapped value, one of our ids as is, or the mapping's default."""
    raw = values.get(group, "")
    if raw:
        ours = mapping.translate(group, raw)
        if ours is None and raw in known:
            ours = raw
        if ours is not None:
            return ours
    default = mapping.defaults.get(group)
    if default is not None:
        return default
    if raw:
        problems.append(f"{group} {raw!r} is not mapped (add it under [values.{group}] or set "
                        f"[defaults] {group})")
    else:
        problems.append(f"{group} is empty (map the column under [columns] or set "
                        f"[defaults] {group})")
    return ""


def _category(values: dict[str, str], mapping: Mapping, known: set[str],
              problems: list[str]) -> str:
    """Mapped value, one of our ids as is, a new id when allowed, or the default if empty."""
    raw = values.get("category", "")
    if not raw:
        default = mapping.defaults.get("category")
        if default is None:
            problems.append("category is empty (map the column under [columns] or set "
                            "[defaults] category)")
            return ""
        return default
    ours = mapping.translate("category", raw)
    if ours is None and raw in known:
        ours = raw
    if ours is not None:
        return ours
    if not mapping.create_unknown:
        problems.append(f"category {raw!r} is not mapped (add it under [values.category] or "
                        "set create_unknown)")
        return ""
    slug = slugify(raw)
    if not slug:
        problems.append(f"category {raw!r} cannot be made into an id (add it under "
                        "[values.category])")
    return slug


def _status(values: dict[str, str], mapping: Mapping, closed_at: datetime | None,
            problems: list[str]) -> str:
    """Their status in our terms; without one, a closing time means the case was closed."""
    raw = values.get("status", "")
    if not raw:
        return CLOSED if closed_at is not None else OPEN
    ours = mapping.translate("status", raw)
    if ours is None and fold(raw) in STATUS_IDS:
        ours = fold(raw)
    if ours is None:
        problems.append(f"status {raw!r} is not mapped (add it under [values.status] as "
                        "\"open\" or \"closed\")")
        return OPEN
    return ours
