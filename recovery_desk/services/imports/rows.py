"""One CSV record in our terms: dates, ids and scores checked, every problem named by its
column so the person fixing the file knows where to look.

Nothing is lost silently: a value translated to one of our ids, or replaced by a
``[defaults]`` value, or dropped by ``[on_invalid]``, keeps its original text on the case
(``original``), and the import's report counts each of them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from recovery_desk.domain.case import CLOSED, NOT_RECOVERED, OPEN, OUTCOME_UNKNOWN, RECOVERED
from recovery_desk.domain.satisfaction import CSAT_RANGE, LIKELIHOOD_RANGE
from recovery_desk.domain.taxonomy import Taxonomy
from recovery_desk.services.imports.dates import FOLD, bad_date
from recovery_desk.services.imports.mapping import Mapping, known_ids
from recovery_desk.services.imports.mapping_checks import LANGUAGE_CODE
from recovery_desk.services.imports.naming import fold, slugify
from recovery_desk.services.imports.rejects import ARTEFACT_COLUMNS, ROW_COLUMN

# Column widths of the projections, so a long value is refused here rather than by
# PostgreSQL in the middle of the import.
_MAX_LENGTH = {"customer_name": 200, "customer_email": 200, "customer_phone": 64,
               "customer_number": 64, "agent": 200, "reference": 200}
#: Fields whose original text is kept on the case when it was translated, defaulted or
#: dropped; the personal ones (customer, words) are stored as they are and never copied.
ORIGINAL_KEPT = ("opened_at", "closed_at", "channel", "category", "severity", "status",
                 "outcome", "csat", "likelihood", "agent", "language")


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
    outcome: str | None
    csat: int | None
    likelihood: int | None
    language: str | None                 # None: not in the row (detected or the default)
    extra: list[tuple[str, str]]
    original: dict[str, str] = field(default_factory=dict)
    dropped: list[str] = field(default_factory=list)
    defaulted: list[tuple[str, str]] = field(default_factory=list)   # (field, their value)
    folded: int = 0                      # local times the autumn change repeats
    source_row: int = 0                  # the row in the original file (rejects files)


def _int_in(value: str, bounds: tuple[int, int]) -> int | None:
    text = value.strip().replace(",", ".")
    try:
        number = float(text)
    except ValueError:
        return None
    if not number.is_integer() or not bounds[0] <= number <= bounds[1]:
        return None
    return int(number)


class _Build:
    """The row being parsed: its values, its problems, what was dropped or defaulted."""

    def __init__(self, mapping: Mapping, values: dict[str, str]) -> None:
        self.mapping = mapping
        self.values = values
        self.problems: list[str] = []
        self.dropped: list[str] = []
        self.defaulted: list[tuple[str, str]] = []
        self.folded = 0

    def fail(self, name: str, message: str) -> None:
        """A bad value: dropped when the mapping says so for this field, else a problem."""
        if self.mapping.drops(name):
            self.dropped.append(name)
            self.values[name] = ""
        else:
            self.problems.append(message)

    def default(self, name: str, theirs: str) -> str | None:
        value = self.mapping.defaults.get(name)
        if value is not None:
            self.defaulted.append((name, theirs))
        return value


class RowParser:
    """Parses the records of one file against one mapping."""

    def __init__(self, mapping: Mapping, taxonomy: Taxonomy, header: list[str],
                 positions: dict[str, int]) -> None:
        self.mapping, self.header, self.positions = mapping, header, positions
        self.known = known_ids(taxonomy)
        # a rejects file's own two columns are not theirs: never kept as a note
        self.mapped = set(positions.values()) | {
            i for i, h in enumerate(header) if h in ARTEFACT_COLUMNS}
        self.origin = header.index(ROW_COLUMN) if ROW_COLUMN in header else None

    def parse(self, number: int, record: list[str]) -> tuple[ParsedRow | None, list[str]]:
        """The row in our terms, or the problems that keep it out (each names its column)."""
        if len(record) != len(self.header):
            return None, [f"has {len(record)} cells but the header has {len(self.header)} "
                          "(check the quoting and the delimiter)"]
        raw = {f: record[i].strip() for f, i in self.positions.items()}
        b = _Build(self.mapping, dict(raw))
        opened_at, closed_at = self._times(b)
        closed = closed_at is not None or bool(raw.get("closed_at"))   # even if dropped
        self._check_text(b)
        channel = self._choose(b, "channel")
        severity = self._choose(b, "severity")
        category = self._category(b)
        status = self._status(b, closed)
        csat, likelihood = self._scores(b)
        outcome = self._outcome(b, status, csat)
        language = self._language(b)
        if b.problems or opened_at is None:
            return None, b.problems
        extra = [(self.header[i] or f"column {i + 1}", cell.strip())
                 for i, cell in enumerate(record) if i not in self.mapped and cell.strip()]
        row = ParsedRow(number=number, values=b.values, opened_at=opened_at,
                        closed_at=closed_at, channel=channel, category=category,
                        severity=severity, status=status, outcome=outcome, csat=csat,
                        likelihood=likelihood, language=language, extra=extra,
                        dropped=b.dropped, defaulted=b.defaulted, folded=b.folded,
                        source_row=self._origin_row(number, record))
        row.original = self._originals(raw, row)
        return row, []

    def _origin_row(self, number: int, record: list[str]) -> int:
        if self.origin is not None and record[self.origin].strip().isdigit():
            return int(record[self.origin])
        return number

    def _originals(self, raw: dict[str, str], row: ParsedRow) -> dict[str, str]:
        stored = {"channel": row.channel, "category": row.category, "severity": row.severity,
                  "status": row.status, "outcome": row.outcome or "",
                  "csat": "" if row.csat is None else str(row.csat),
                  "likelihood": "" if row.likelihood is None else str(row.likelihood),
                  "language": row.language or "", "agent": row.values.get("agent", "")}
        out = {}
        for name in ORIGINAL_KEPT:
            theirs = raw.get(name, "")
            if theirs and (name in ("opened_at", "closed_at") or theirs != stored.get(name)):
                out[name] = theirs
        return out

    def _time(self, b: _Build, name: str) -> datetime | None:
        text = b.values.get(name, "")
        if not text:
            return None
        parsed = self.mapping.parse_time(text)
        if parsed.at is None:
            zone = str(self.mapping.timezone)
            b.fail(name, bad_date(name, text, parsed.issue, zone))
        elif parsed.issue == FOLD:
            b.folded += 1
        return parsed.at

    def _times(self, b: _Build) -> tuple[datetime | None, datetime | None]:
        if not b.values.get("opened_at"):
            default = b.default("opened_at", "")
            if default is None:
                b.problems.append("opened_at is empty (or set [defaults] opened_at)")
                return None, None
            b.values["opened_at"] = default
        opened_at = self._time(b, "opened_at")
        closed_at = self._time(b, "closed_at")
        if closed_at is None and not b.values.get("closed_at") and "closed_at" not in \
                self.positions:
            default = b.default("closed_at", "")
            if default is not None:
                b.values["closed_at"] = default
                closed_at = self._time(b, "closed_at")
        if opened_at is not None and closed_at is not None and closed_at < opened_at:
            b.fail("closed_at", f"closed_at {b.values['closed_at']!r} is before opened_at "
                                f"{b.values['opened_at']!r}")
            closed_at = None
        return opened_at, closed_at

    def _check_text(self, b: _Build) -> None:
        if not b.values["words"]:
            b.problems.append("words is empty")
        for key, limit in _MAX_LENGTH.items():
            if len(b.values.get(key, "")) > limit:
                b.fail(key, f"{key} is longer than {limit} characters")
        email = b.values.get("customer_email", "")
        if email and ("@" not in email or any(c.isspace() for c in email)):
            b.fail("customer_email", f"customer_email {email!r} is not an e-mail address")

    def _scores(self, b: _Build) -> tuple[int | None, int | None]:
        out: list[int | None] = []
        for name, bounds in (("csat", CSAT_RANGE), ("likelihood", LIKELIHOOD_RANGE)):
            text = b.values.get(name, "")
            if not text:
                default = b.default(name, "")
                out.append(None if default is None else int(default))
                continue
            score = _int_in(text, bounds)
            if score is None:
                b.fail(name, f"{name} {text!r} is not a whole number from {bounds[0]} to "
                             f"{bounds[1]}")
            out.append(score)
        return out[0], out[1]

    def _choose(self, b: _Build, group: str) -> str:
        """Channel or severity: mapped value, one of our ids as is, or the default."""
        theirs = b.values.get(group, "")
        if theirs:
            ours = self.mapping.our_id(group, theirs, self.known[group])
            if ours is not None:
                return ours
        default = b.default(group, theirs)
        if default is not None:
            return default
        if theirs:
            b.problems.append(f"{group} {theirs!r} is not mapped (add it under "
                              f"[values.{group}] or set [defaults] {group})")
        else:
            b.problems.append(f"{group} is empty (map the column under [columns] or set "
                              f"[defaults] {group})")
        return ""

    def _category(self, b: _Build) -> str:
        """Mapped value, one of our ids as is, a new id when allowed, or the default if
        empty."""
        theirs = b.values.get("category", "")
        if not theirs:
            default = b.default("category", "")
            if default is None:
                b.problems.append("category is empty (map the column under [columns] or set "
                                  "[defaults] category)")
                return ""
            return default
        ours = self.mapping.our_id("category", theirs, self.known["category"])
        if ours is not None:
            return ours
        if not self.mapping.create_unknown:
            b.problems.append(f"category {theirs!r} is not mapped (add it under "
                              "[values.category] or set create_unknown)")
            return ""
        slug = slugify(theirs)
        if not slug:
            b.problems.append(f"category {theirs!r} cannot be made into an id (add it under "
                              "[values.category])")
        return slug

    def _status(self, b: _Build, closed: bool) -> str:
        """Their status in our terms; without one, a closing time means it was closed (a
        dropped impossible one too: the row says it was closed, when is not known)."""
        theirs = b.values.get("status", "")
        if not theirs:
            default = b.default("status", "")
            return default or (CLOSED if closed else OPEN)
        ours = self.mapping.our_id("status", theirs, self.known["status"])
        if ours is None:
            b.problems.append(f"status {theirs!r} is not mapped (add it under [values.status] "
                              "as \"open\" or \"closed\")")
            return OPEN
        return ours

    def _outcome(self, b: _Build, status: str, csat: int | None) -> str | None:
        """A closed case's outcome: their outcome column, else their satisfaction score
        (4-5 recovered), else ``[defaults] outcome``, else unknown: never a guess."""
        if status != CLOSED:
            return None
        theirs = b.values.get("outcome", "")
        if theirs:
            ours = self.mapping.our_id("outcome", theirs, self.known["outcome"])
            if ours is None:
                b.problems.append(f"outcome {theirs!r} is not mapped (add it under "
                                  "[values.outcome] as \"recovered\", \"not_recovered\" or "
                                  "\"unknown\")")
            return ours
        if csat is not None:
            return RECOVERED if csat >= 4 else NOT_RECOVERED
        return b.default("outcome", "") or OUTCOME_UNKNOWN

    def _language(self, b: _Build) -> str | None:
        theirs = b.values.get("language", "")
        if not theirs:
            return None
        ours = self.mapping.translate("language", theirs)
        if ours is None and LANGUAGE_CODE.fullmatch(fold(theirs)):
            ours = fold(theirs)
        if ours is None:
            b.fail("language", f"language {theirs!r} is not a two-letter code (map it under "
                               "[values.language], e.g. \"Deutsch\" = \"de\")")
        return ours
