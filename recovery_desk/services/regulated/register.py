"""The complaint register: product, cause and sub-cause, outcome; systemic issues.

Codes come from ``resources/register.toml`` (an edited copy in the settings folder replaces
it). Coding a complaint is an event (``register_coded``). A cause becomes a *systemic
issue* when at least ``threshold`` complaints with that cause were received within the last
``period_days`` days and that is at least ``rise_percent`` more than in the period before
(RG 271: systemic issues identified and escalated) — a count alone would flag every common
cause of a busy desk. Supervisors see them, with the corrective actions already recorded
against the cause's cases.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select

from recovery_desk.core.errors import RecoveryDeskError
from recovery_desk.core.paths import config_dir, resources_dir
from recovery_desk.domain import events as ev
from recovery_desk.domain.events import Change
from recovery_desk.domain.playbook import LANGUAGES, PlaybookError, Text, read_toml
from recovery_desk.domain.refusal import Code as RefusalCode
from recovery_desk.services.regulated.templates import OUTCOMES

if TYPE_CHECKING:
    from recovery_desk.services.cases.recovery import CaseService
    from recovery_desk.services.workspace import Workspace

MAX_CODES = 200


class RegisterError(RecoveryDeskError):
    """A register code that is not in the register's codes."""


NOT_A_PRODUCT = RefusalCode("register.not_a_product",
                            "{product!r} is not a product in the register.",
                            "Choose one of: {choices}.")
NOT_A_CAUSE = RefusalCode("register.not_a_cause", "{cause!r} is not a cause in the register.",
                          "Choose one of: {choices}.")
NOT_A_SUB_CAUSE = RefusalCode("register.not_a_sub_cause",
                              "{sub_cause!r} is not a sub-cause of {cause!r}.",
                              "Choose one of: {choices}.")
NOT_AN_OUTCOME = RefusalCode("register.not_an_outcome", "{outcome!r} is not an outcome.",
                             "Choose upheld, partly_upheld or rejected.")


@dataclass(frozen=True)
class Code:
    id: str
    label: Text
    group: str = ""
    sub: tuple[Code, ...] = ()


@dataclass(frozen=True)
class RegisterCodes:
    products: tuple[Code, ...]
    causes: tuple[Code, ...]
    threshold: int
    period_days: int
    source: str
    rise_percent: int = 50

    def product(self, code: str) -> Code | None:
        return next((p for p in self.products if p.id == code), None)

    def cause(self, code: str) -> Code | None:
        return next((c for c in self.causes if c.id == code), None)

    def label(self, code: str | None, lang: str) -> str:
        if not code:
            return ""
        for item in (*self.products, *self.causes, *(s for c in self.causes for s in c.sub)):
            if item.id == code:
                return item.label.get(lang)
        return code


def _codes(raw: Any, key: str, source: str) -> tuple[Code, ...]:
    if not isinstance(raw, list) or not 0 < len(raw) <= MAX_CODES:
        raise PlaybookError(source, key, f"must list between 1 and {MAX_CODES} codes")
    out = []
    for i, item in enumerate(raw):
        path = f"{key}[{i}]"
        if not isinstance(item, dict) or not isinstance(item.get("id"), str):
            raise PlaybookError(source, f"{path}.id", "is missing")
        label = item.get("label")
        if not isinstance(label, dict) or any(
                not isinstance(label.get(lang), str) for lang in LANGUAGES):
            raise PlaybookError(source, f"{path}.label", "needs a text in en, hu, lv and uk")
        sub = _codes(item["sub"], f"{path}.sub", source) if "sub" in item else ()
        out.append(Code(id=item["id"], label=Text(dict(label)), group=str(item.get("group", "")),
                        sub=sub))
    return tuple(out)


@lru_cache(maxsize=4)
def _load(path: Path) -> RegisterCodes:
    data = read_toml(path)
    systemic = data.get("systemic") or {}
    threshold, period = systemic.get("threshold", 5), systemic.get("period_days", 30)
    if not isinstance(threshold, int) or not isinstance(period, int) or threshold < 2 \
            or not 1 <= period <= 366:
        raise PlaybookError(path.name, "systemic", "threshold must be 2 or more and "
                                                   "period_days between 1 and 366")
    rise = systemic.get("rise_percent", 50)
    if not isinstance(rise, int) or not 0 <= rise <= 1000:
        raise PlaybookError(path.name, "systemic.rise_percent", "must be between 0 and 1000")
    return RegisterCodes(products=_codes(data.get("product"), "product", path.name),
                         causes=_codes(data.get("cause"), "cause", path.name),
                         threshold=threshold, period_days=period, source=path.name,
                         rise_percent=rise)


def codes() -> RegisterCodes:
    edited = config_dir() / "register.toml"
    return _load(edited if edited.is_file() else resources_dir() / "register.toml")


def code_complaint(service: CaseService, case_id: str, *, product: str, cause: str,
                   sub_cause: str | None = None, outcome: str | None = None) -> Any:
    """Record the complaint's register codes (checked against the register's codes)."""
    reg = codes()
    if reg.product(product) is None:
        raise RegisterError.refusing(NOT_A_PRODUCT(
            product=product, choices=", ".join(p.id for p in reg.products)))
    found = reg.cause(cause)
    if found is None:
        raise RegisterError.refusing(NOT_A_CAUSE(
            cause=cause, choices=", ".join(c.id for c in reg.causes)))
    if sub_cause and sub_cause not in {s.id for s in found.sub}:
        raise RegisterError.refusing(NOT_A_SUB_CAUSE(
            sub_cause=sub_cause, cause=cause, choices=", ".join(s.id for s in found.sub)))
    if outcome is not None and outcome not in OUTCOMES:
        raise RegisterError.refusing(NOT_AN_OUTCOME(outcome=outcome))
    payload = {"product": product, "cause": cause, "sub_cause": sub_cause or None,
               "outcome": outcome}
    return service.act(case_id, lambda _p, _s: [Change(ev.REGISTER_CODED, payload)])


@dataclass(frozen=True)
class SystemicIssue:
    cause: str
    count: int
    previous: int  # in the period before
    since: datetime
    corrective_actions: tuple[str, ...]


def systemic_issues(ws: Workspace, now: datetime) -> list[SystemicIssue]:
    """Causes at or over the threshold within the period ending ``now`` (practice excluded)."""
    from recovery_desk.storage.models import Case

    reg = codes()
    since = now - timedelta(days=reg.period_days)
    before = since - timedelta(days=reg.period_days)
    cases = Case.__table__

    def counts(start: datetime, end: datetime) -> dict[str, int]:
        return {cause: n for cause, n in conn.execute(
            select(cases.c.register_cause, func.count())
            .where(cases.c.register_cause.is_not(None), cases.c.opened_at >= start,
                   cases.c.opened_at < end, cases.c.training.is_(False))
            .group_by(cases.c.register_cause))}

    with ws.engine.connect() as conn:
        current, earlier = counts(since, now), counts(before, since)
        rising = [(cause, n) for cause, n in current.items() if n >= reg.threshold
                  and n * 100 >= earlier.get(cause, 0) * (100 + reg.rise_percent)]
        issues = []
        for cause, count in sorted(rising, key=lambda r: (-r[1], r[0])):
            actions = conn.execute(
                select(cases.c.corrective_action).distinct()
                .where(cases.c.register_cause == cause, cases.c.opened_at >= since,
                       cases.c.corrective_action.is_not(None)).limit(5)).scalars().all()
            issues.append(SystemicIssue(cause=cause, count=count,
                                        previous=earlier.get(cause, 0), since=since,
                                        corrective_actions=tuple(a for a in actions if a)))
    return issues
