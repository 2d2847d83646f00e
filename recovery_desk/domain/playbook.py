"""Playbooks as data: stages, guidance, resolution catalogue, limits and follow-up rules.

Loading validates everything and reports the file, the key and what is wrong, so a broken
playbook is listed as unusable instead of breaking the Desk. The format is documented in
``docs/playbooks.md``.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from recovery_desk.domain.merge_fields import taxonomy_categories, text_problem
from recovery_desk.domain.toml_input import TomlRefused, read_bounded

LANGUAGES = ("en", "hu", "lv", "uk")
STAGE_ROLES = frozenset(
    {"listen", "acknowledge", "apologize", "resolve", "confirm", "diagnose", "thank",
     "explain", "control", "refocus", "other"}
)
RECORDS = frozenset({"none", "resolution", "satisfaction"})
FIELD_KINDS = frozenset({"text", "number", "date", "choice"})
ROLES = ("agent", "supervisor", "trainer", "admin")
_ID = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")


class PlaybookError(ValueError):
    """A playbook that cannot be used; the message names file, key and the problem."""

    def __init__(self, source: str, key: str, problem: str) -> None:
        self.source, self.key, self.problem = source, key, problem
        super().__init__(f"{source}: {key}: {problem}")


@dataclass(frozen=True)
class Text:
    """A text in several languages; falls back to English, then to any language."""

    values: dict[str, str]

    def get(self, lang: str) -> str:
        if lang in self.values:
            return self.values[lang]
        if "en" in self.values:
            return self.values["en"]
        return next(iter(self.values.values()), "")


@dataclass(frozen=True)
class Lines:
    """A list of lines in several languages (scripted lines, key points…)."""

    values: dict[str, tuple[str, ...]]

    def get(self, lang: str) -> tuple[str, ...]:
        if lang in self.values:
            return self.values[lang]
        return self.values.get("en", next(iter(self.values.values()), ()))


@dataclass(frozen=True)
class ChecklistItem:
    id: str
    label: Text
    required: bool


@dataclass(frozen=True)
class CaptureField:
    id: str
    label: Text
    kind: str
    required: bool
    choices: tuple[str, ...] = ()


@dataclass(frozen=True)
class Guidance:
    key_points: Lines
    do: Lines
    dont: Lines
    examples: Lines
    #: examples for one complaint category (taxonomy ids), shown only on its cases
    by_category: dict[str, Lines] = field(default_factory=dict)

    def examples_for(self, category: str, lang: str) -> tuple[str, ...]:
        own = self.by_category.get(category)
        return (own.get(lang) if own else ()) + self.examples.get(lang)


@dataclass(frozen=True)
class Stage:
    id: str
    role: str
    records: str
    title: Text
    goal: Text
    scripted: Lines
    natural: Guidance
    checklist: tuple[ChecklistItem, ...]
    fields: tuple[CaptureField, ...]
    suggested_minutes: float
    skippable: bool

    @property
    def required_items(self) -> tuple[str, ...]:
        return tuple(item.id for item in self.checklist if item.required)


@dataclass(frozen=True)
class Resolution:
    id: str
    label: Text
    amount: bool
    deadline: bool
    #: the deadline is a moment, not a day (the flight leaves in forty minutes)
    deadline_time: bool = False


@dataclass(frozen=True)
class FollowUpRule:
    likelihood_at_most: int = 6
    csat_at_most: int = 3
    accepted_not: tuple[str, ...] = ("yes",)
    due_hours: float = 48.0


@dataclass(frozen=True)
class SatisfactionQuestions:
    csat: Text
    likelihood: Text
    effort_question: Text
    effort: bool


@dataclass(frozen=True)
class Playbook:
    id: str
    version: int
    method: str
    languages: tuple[str, ...]
    title: Text
    description: Text
    stages: tuple[Stage, ...]
    resolutions: tuple[Resolution, ...]
    empowerment: dict[str, dict[str, Decimal]]
    satisfaction: SatisfactionQuestions
    follow_up: FollowUpRule
    source: str = ""
    _stage_index: dict[str, int] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        self._stage_index.update({stage.id: i for i, stage in enumerate(self.stages)})

    def stage(self, stage_id: str) -> Stage:
        return self.stages[self._stage_index[stage_id]]

    def stage_position(self, stage_id: str) -> int:
        return self._stage_index[stage_id]

    def resolution(self, resolution_id: str) -> Resolution | None:
        return next((r for r in self.resolutions if r.id == resolution_id), None)

    def limit_for(self, role: str, currency: str) -> Decimal | None:
        """What ``role`` may give in ``currency`` without approval; None means no limit."""
        if role == "admin":
            return None
        return self.empowerment.get(role, {}).get(currency, Decimal(0))

    @property
    def satisfaction_stage(self) -> Stage:
        return next(s for s in self.stages if s.records == "satisfaction")


class _Reader:
    """Walks a parsed TOML document, turning every problem into a PlaybookError."""

    def __init__(self, source: str, languages: tuple[str, ...]) -> None:
        self.source = source
        self.languages = languages

    def fail(self, key: str, problem: str) -> PlaybookError:
        return PlaybookError(self.source, key, problem)

    def table(self, data: Any, key: str) -> dict[str, Any]:
        if not isinstance(data, dict):
            raise self.fail(key, "must be a table")
        return data

    def get(self, data: dict[str, Any], key: str, path: str, kind: type | tuple[type, ...],
            default: Any = ...) -> Any:
        if key not in data:
            if default is ...:
                raise self.fail(f"{path}.{key}" if path else key, "is missing")
            return default
        value = data[key]
        if kind is not bool and isinstance(value, bool) and bool not in (
            kind if isinstance(kind, tuple) else (kind,)
        ):
            raise self.fail(f"{path}.{key}", f"must be {_kind_name(kind)}, not true/false")
        if not isinstance(value, kind):
            raise self.fail(f"{path}.{key}", f"must be {_kind_name(kind)}")
        return value

    def ident(self, data: dict[str, Any], path: str) -> str:
        value: str = self.get(data, "id", path, str)
        if not _ID.match(value):
            raise self.fail(f"{path}.id", f"{value!r} must be lowercase letters, digits, _ or -")
        return value

    def text(self, data: dict[str, Any], key: str, path: str) -> Text:
        table = self.get(data, key, path, dict)
        self._check_languages(table, f"{path}.{key}")
        for lang, value in table.items():
            if not isinstance(value, str) or not value.strip():
                raise self.fail(f"{path}.{key}.{lang}", "must be a non-empty text")
        return Text(dict(table))

    def lines(self, data: dict[str, Any], key: str, path: str, required: bool = True) -> Lines:
        if key not in data and not required:
            return Lines({lang: () for lang in self.languages})
        table = self.get(data, key, path, dict)
        self._check_languages(table, f"{path}.{key}")
        out: dict[str, tuple[str, ...]] = {}
        for lang, value in table.items():
            if not isinstance(value, list) or not all(
                isinstance(v, str) and v.strip() for v in value
            ):
                raise self.fail(f"{path}.{key}.{lang}", "must be a list of non-empty texts")
            out[lang] = tuple(value)
        return Lines(out)

    def _check_languages(self, table: dict[str, Any], path: str) -> None:
        missing = [lang for lang in self.languages if lang not in table]
        if missing:
            raise self.fail(path, f"has no text in {', '.join(missing)}")
        extra = [lang for lang in table if lang not in self.languages]
        if extra:
            raise self.fail(path, f"has languages not listed in playbook.languages: "
                                  f"{', '.join(extra)}")


def _kind_name(kind: type | tuple[type, ...]) -> str:
    names = {str: "a text", int: "a whole number", float: "a number", bool: "true or false",
             dict: "a table", list: "a list"}
    kinds = kind if isinstance(kind, tuple) else (kind,)
    return " or ".join(names.get(k, k.__name__) for k in kinds)


def parse_playbook(data: dict[str, Any], source: str) -> Playbook:
    """Validate a parsed TOML document and build a Playbook, or raise PlaybookError."""
    boot = _Reader(source, LANGUAGES)
    head = boot.table(boot.get(data, "playbook", "", dict), "playbook")
    languages = boot.get(head, "languages", "playbook", list)
    if not languages or not all(lang in LANGUAGES for lang in languages):
        raise boot.fail("playbook.languages", f"must list some of {', '.join(LANGUAGES)}")
    if "en" not in languages:
        raise boot.fail("playbook.languages", "must include en (the fallback language)")
    r = _Reader(source, tuple(languages))
    playbook_id = r.ident(head, "playbook")
    version = r.get(head, "version", "playbook", int)
    if version < 1:
        raise r.fail("playbook.version", "must be 1 or more")
    stages, resolutions = _stages(r, data), _resolutions(r, data)
    empowerment = _empowerment(r, data)
    raw_sat = r.get(data, "satisfaction", "", dict)
    satisfaction = SatisfactionQuestions(
        csat=r.text(raw_sat, "csat", "satisfaction"),
        likelihood=r.text(raw_sat, "likelihood", "satisfaction"),
        effort_question=r.text(raw_sat, "effort_question", "satisfaction"),
        effort=r.get(raw_sat, "effort", "satisfaction", bool, True),
    )
    return Playbook(
        id=playbook_id, version=version,
        method=r.get(head, "method", "playbook", str, "custom"),
        languages=tuple(languages), title=r.text(head, "title", "playbook"),
        description=r.text(head, "description", "playbook"), stages=stages,
        resolutions=resolutions, empowerment=empowerment,
        satisfaction=satisfaction, follow_up=_follow_up(r, data), source=source,
    )


def _stages(r: _Reader, data: dict[str, Any]) -> tuple[Stage, ...]:
    """The stages, each id once, with exactly one resolution stage before exactly one
    satisfaction stage."""
    raw_stages = r.get(data, "stages", "", list)
    if len(raw_stages) < 2:
        raise r.fail("stages", "needs at least two stages")
    stages = tuple(_parse_stage(r, raw, f"stages[{i}]") for i, raw in enumerate(raw_stages))
    seen: set[str] = set()
    for i, stage in enumerate(stages):
        if stage.id in seen:
            raise r.fail(f"stages[{i}].id", f"{stage.id!r} is used twice")
        seen.add(stage.id)
    resolution_at = [i for i, s in enumerate(stages) if s.records == "resolution"]
    satisfaction_at = [i for i, s in enumerate(stages) if s.records == "satisfaction"]
    if len(resolution_at) != 1:
        raise r.fail("stages", 'exactly one stage must have records = "resolution"')
    if len(satisfaction_at) != 1:
        raise r.fail("stages", 'exactly one stage must have records = "satisfaction"')
    if satisfaction_at[0] < resolution_at[0]:
        raise r.fail("stages", "the satisfaction stage must come after the resolution stage")
    return stages


def _resolutions(r: _Reader, data: dict[str, Any]) -> tuple[Resolution, ...]:
    raw_resolutions = r.get(data, "resolutions", "", list)
    if not raw_resolutions:
        raise r.fail("resolutions", "needs at least one resolution")
    resolutions = []
    for i, raw in enumerate(raw_resolutions):
        path = f"resolutions[{i}]"
        raw = r.table(raw, path)
        resolutions.append(Resolution(
            id=r.ident(raw, path), label=r.text(raw, "label", path),
            amount=r.get(raw, "amount", path, bool, False),
            deadline=r.get(raw, "deadline", path, bool, False),
            deadline_time=r.get(raw, "deadline_time", path, bool, False)))
    if len({res.id for res in resolutions}) != len(resolutions):
        raise r.fail("resolutions", "two resolutions share an id")
    return tuple(resolutions)


def _empowerment(r: _Reader, data: dict[str, Any]) -> dict[str, dict[str, Decimal]]:
    """Each role's limit per currency (3-letter codes, amounts 0 or more)."""
    empowerment: dict[str, dict[str, Decimal]] = {}
    for role, limits in r.get(data, "empowerment", "", dict, {}).items():
        if role not in ROLES:
            raise r.fail(f"empowerment.{role}", f"unknown role; use {', '.join(ROLES)}")
        limits = r.table(limits, f"empowerment.{role}")
        per_currency: dict[str, Decimal] = {}
        for currency, amount in limits.items():
            if not re.fullmatch(r"[A-Z]{3}", currency):
                raise r.fail(f"empowerment.{role}.{currency}", "must be a 3-letter currency code")
            if isinstance(amount, bool) or not isinstance(amount, int | float) or amount < 0:
                raise r.fail(f"empowerment.{role}.{currency}", "must be a number, 0 or more")
            try:
                per_currency[currency] = Decimal(str(amount))
            except InvalidOperation as exc:  # pragma: no cover - tomllib gives plain numbers
                raise r.fail(f"empowerment.{role}.{currency}", "is not a number") from exc
        empowerment[role] = per_currency
    return empowerment


def _follow_up(r: _Reader, data: dict[str, Any]) -> FollowUpRule:
    raw_fu = r.get(data, "follow_up", "", dict, {})
    accepted_not = r.get(raw_fu, "accepted_not", "follow_up", list, ["yes"])
    if not all(a in ("yes", "partly", "no") for a in accepted_not):
        raise r.fail("follow_up.accepted_not", "may only list yes, partly, no")
    return FollowUpRule(
        likelihood_at_most=_bounded(r, raw_fu, "likelihood_at_most", 6, 0, 10),
        csat_at_most=_bounded(r, raw_fu, "csat_at_most", 3, 0, 5),
        accepted_not=tuple(accepted_not),
        due_hours=float(_bounded(r, raw_fu, "due_hours", 48, 1, 24 * 60, number=True)),
    )


def _bounded(r: _Reader, data: dict[str, Any], key: str, default: float, low: float,
             high: float, number: bool = False) -> Any:
    value = r.get(data, key, "follow_up", (int, float) if number else int, default)
    if not low <= value <= high:
        raise r.fail(f"follow_up.{key}", f"must be between {low:g} and {high:g}")
    return value


def _parse_stage(r: _Reader, raw: Any, path: str) -> Stage:
    raw = r.table(raw, path)
    stage_id = r.ident(raw, path)
    path = f"stages.{stage_id}"
    role = r.get(raw, "role", path, str)
    if role not in STAGE_ROLES:
        raise r.fail(f"{path}.role", f"{role!r} is not one of {', '.join(sorted(STAGE_ROLES))}")
    records = r.get(raw, "records", path, str, "none")
    if records not in RECORDS:
        raise r.fail(f"{path}.records", "must be none, resolution or satisfaction")
    minutes = r.get(raw, "suggested_minutes", path, (int, float), 2)
    if not 0.5 <= minutes <= 120:
        raise r.fail(f"{path}.suggested_minutes", "must be between 0.5 and 120")
    natural = r.get(raw, "natural", path, dict)
    npath = f"{path}.natural"
    by_category = r.get(natural, "examples_by_category", npath, dict, {})
    checklist = []
    for i, item in enumerate(r.get(raw, "checklist", path, list, [])):
        ipath = f"{path}.checklist[{i}]"
        item = r.table(item, ipath)
        checklist.append(ChecklistItem(id=r.ident(item, ipath), label=r.text(item, "label", ipath),
                                       required=r.get(item, "required", ipath, bool, False)))
    if len({c.id for c in checklist}) != len(checklist):
        raise r.fail(f"{path}.checklist", "two items share an id")
    fields = []
    for i, item in enumerate(r.get(raw, "fields", path, list, [])):
        fpath = f"{path}.fields[{i}]"
        item = r.table(item, fpath)
        kind = r.get(item, "kind", fpath, str, "text")
        if kind not in FIELD_KINDS:
            raise r.fail(f"{fpath}.kind", f"must be one of {', '.join(sorted(FIELD_KINDS))}")
        choices = r.get(item, "choices", fpath, list, [])
        if kind == "choice" and not choices:
            raise r.fail(f"{fpath}.choices", "a choice field needs choices")
        fields.append(CaptureField(id=r.ident(item, fpath), label=r.text(item, "label", fpath),
                                   kind=kind, required=r.get(item, "required", fpath, bool, False),
                                   choices=tuple(str(c) for c in choices)))
    return Stage(
        id=stage_id, role=role, records=records,
        title=r.text(raw, "title", path), goal=r.text(raw, "goal", path),
        scripted=r.lines(raw, "scripted", path),
        natural=Guidance(
            key_points=r.lines(natural, "key_points", npath),
            do=r.lines(natural, "do", npath, required=False),
            dont=r.lines(natural, "dont", npath, required=False),
            examples=r.lines(natural, "examples", npath, required=False),
            by_category={c: r.lines(by_category, c, f"{npath}.examples_by_category")
                         for c in by_category},
        ),
        checklist=tuple(checklist), fields=tuple(fields),
        suggested_minutes=float(minutes), skippable=r.get(raw, "skippable", path, bool, False),
    )


def read_toml(path: Path) -> dict[str, Any]:
    """A data file's TOML, or a PlaybookError naming the file and what is wrong with it."""
    source = path.name
    try:
        return read_bounded(path)
    except OSError as exc:
        raise PlaybookError(source, "(file)", f"cannot be read: {exc.strerror}") from exc
    except TomlRefused as exc:
        raise PlaybookError(source, "(file)", str(exc)) from exc
    except UnicodeDecodeError as exc:
        raise PlaybookError(source, "(file)", "is not UTF-8 text") from exc
    except tomllib.TOMLDecodeError as exc:
        raise PlaybookError(source, "(syntax)", f"is not valid TOML: {exc}") from exc


def load_playbook(path: Path, categories: frozenset[str] | None = None,
                  data: dict[str, Any] | None = None) -> Playbook:
    """Read (unless its TOML ``data`` is given) and validate one playbook file; a bad merge
    field or an example category not in ``categories`` (when given) is named with its line."""
    playbook = parse_playbook(read_toml(path) if data is None else data, path.name)
    used = {stage.id: tuple(stage.natural.by_category) for stage in playbook.stages}
    problem = text_problem(path.read_text(encoding="utf-8").splitlines(), categories, used)
    if problem:
        raise PlaybookError(path.name, *problem)
    return playbook


def load_folder(folder: Path, load: Callable[[Path], Any], kind: str
                ) -> tuple[dict[str, Any], dict[str, str]]:
    """Every ``*.toml`` in ``folder`` loaded with ``load``: the usable ones by id, and the
    unusable ones by file name with the reason (a broken file never stops the app)."""
    usable: dict[str, Any] = {}
    unusable: dict[str, str] = {}
    for path in sorted(folder.glob("*.toml")):
        try:
            item = load(path)
        except PlaybookError as exc:
            unusable[path.name] = str(exc)
            continue
        if item.id in usable:
            unusable[path.name] = (f"{path.name}: {kind}.id: {item.id!r} is used by "
                                   f"{usable[item.id].source} already")
            continue
        usable[item.id] = item
    return usable, unusable


@dataclass
class PlaybookLibrary:
    """Every playbook found in a folder, plus the ones that could not be used and why."""

    usable: dict[str, Playbook] = field(default_factory=dict)
    unusable: dict[str, str] = field(default_factory=dict)

    def get(self, playbook_id: str) -> Playbook:
        return self.usable[playbook_id]

    def ordered(self) -> list[Playbook]:
        """The default playbook first, then the others by method name (for pickers)."""
        return sorted(self.usable.values(), key=lambda p: (p is not self.default, p.method))

    @property
    def default(self) -> Playbook:
        if "default" in self.usable:
            return self.usable["default"]
        return next(iter(self.usable.values()))


def load_library(folder: Path, taxonomy: Path | None = None) -> PlaybookLibrary:
    """The playbooks in ``folder``, their per-category examples checked against the
    categories of ``taxonomy`` (by default the taxonomy.toml beside the folder)."""
    categories = taxonomy_categories(taxonomy or folder.parent / "taxonomy.toml")
    usable, unusable = load_folder(folder, lambda p: load_playbook(p, categories), "playbook")
    return PlaybookLibrary(usable=usable, unusable=unusable)
