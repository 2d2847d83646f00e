"""Realistic demo cases, made by driving the real recovery flow with a simulated clock.

Every case goes through ``CaseService`` exactly as the Desk would run it — stages,
checklists, offers, escalations, satisfaction, follow-ups — only faster, in batches, with
timestamps from a simulated clock spread over the last months. Same seed, same data.
"""

from __future__ import annotations

import random
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any

from recovery_desk.core.errors import RecoveryDeskError
from recovery_desk.core.paths import resources_dir
from recovery_desk.domain.case import FOLLOW_UP, CaseState
from recovery_desk.domain.flow import FlowError
from recovery_desk.domain.playbook import Playbook, Stage
from recovery_desk.domain.satisfaction import DECLINED, NOT_ASKED, Answers
from recovery_desk.domain.toml_input import read_bounded
from recovery_desk.services.access.permissions import Permission, require
from recovery_desk.services.cases.recovery import CaseService
from recovery_desk.services.demo.promises import KeptPromises, second_resolution
from recovery_desk.services.workspace import Workspace

LANG_WEIGHTS = {"en": 0.28, "hu": 0.26, "lv": 0.2, "uk": 0.26}
CURRENCY = {"en": "EUR", "hu": "HUF", "lv": "EUR", "uk": "UAH"}
AMOUNT_SCALE = {"EUR": 1, "USD": 1, "HUF": 400, "UAH": 45}
CHANNEL_WEIGHTS = {"counter": 0.3, "phone": 0.35, "email": 0.14, "chat": 0.13, "social": 0.08}
CATEGORY_WEIGHTS = {
    "late_delivery": 0.17, "defective_product": 0.15, "billing_error": 0.14, "long_wait": 0.12,
    "wrong_item": 0.1, "staff_attitude": 0.09, "booking_problem": 0.08, "service_outage": 0.07,
    "unclear_information": 0.05, "poor_quality": 0.03,
}
SEVERITY_WEIGHTS = {"low": 0.3, "medium": 0.45, "high": 0.2, "critical": 0.05}
RESOLUTION_BY_CATEGORY = {
    "late_delivery": ["goodwill_credit", "refund", "explanation", "escalation_to_specialist"],
    "defective_product": ["replacement", "repair", "refund"],
    "billing_error": ["refund", "goodwill_credit", "explanation"],
    "long_wait": ["explanation", "goodwill_credit", "discount"],
    "wrong_item": ["replacement", "refund"],
    "staff_attitude": ["explanation", "goodwill_credit", "escalation_to_specialist"],
    "booking_problem": ["rebooking", "refund", "goodwill_credit"],
    "service_outage": ["goodwill_credit", "explanation", "repair"],
    "unclear_information": ["explanation", "discount"],
    "poor_quality": ["discount", "refund", "goodwill_credit"],
}
STAGE_MINUTES = (0.4, 1.6)  # share of the suggested duration, min and max
AGENTS = {
    "en": ["Emma Clarke", "James Wilson", "Priya Shah"],
    "hu": ["Kovács Anna", "Nagy Péter", "Szabó Eszter"],
    "lv": ["Līga Ozola", "Mārtiņš Kalniņš"],
    "uk": ["Олена Коваленко", "Андрій Шевченко", "Ірина Бондар"],
}
SUPERVISORS = ["Maria Horváth", "Daniel Brooks"]
#: batches of cases per transaction while filling the log
COMMIT_BATCHES = 4


@dataclass
class SimClock:
    now: datetime

    def __call__(self) -> datetime:
        return self.now

    def wait(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


@dataclass
class DemoStats:
    cases: int = 0
    events: int = 0
    categories: dict[str, int] = field(default_factory=dict)
    channels: dict[str, int] = field(default_factory=dict)
    outcomes: dict[str, int] = field(default_factory=dict)


def load_corpus() -> dict[str, Any]:
    """Merge ``resources/demo/corpus_<lang>.toml``: names, complaints and notes per language."""
    corpus: dict[str, Any] = {"names": {}, "email_domains": {}, "complaints": [], "notes": {},
                              "follow_up_notes": {}}
    for path in sorted((resources_dir() / "demo").glob("corpus_*.toml")):
        data = read_bounded(path)
        lang = data["lang"]
        corpus["names"][lang] = data["names"]
        corpus["email_domains"][lang] = data.get("email_domains", ["example.com"])
        corpus["notes"][lang] = data.get("notes", [])
        corpus["follow_up_notes"][lang] = data.get("follow_up_notes", [])
        corpus["complaints"] += [{**item, "lang": lang} for item in data.get("complaints", [])]
    if not corpus["names"]:
        raise RecoveryDeskError("The demo data files are missing.", "Reinstall Recovery Desk.")
    return corpus


def _pick(rng: random.Random, weights: dict[str, float]) -> str:
    return rng.choices(list(weights), weights=list(weights.values()))[0]


class DemoGenerator:
    """Builds ``count`` cases over the last ``days`` days ending at ``anchor``."""

    def __init__(self, workspace: Workspace, *, seed: int = 1, anchor: datetime | None = None,
                 days: int = 180) -> None:
        self.ws = workspace
        self.rng = random.Random(seed)
        # ids differ per desk: two desks filled with the same seed must not collide
        self.id_rng = random.Random(f"{seed * 7919 + 17}:{workspace.desk_id}")
        self.ids_made = 0
        self.anchor = (anchor or datetime.now(UTC)).replace(microsecond=0)
        self.days = days
        self.corpus = load_corpus()
        self.clock = SimClock(self.anchor)
        self.service = CaseService(workspace, clock=self.clock, new_id=self._new_id,
                                   synthetic=True)
        self.customers: list[dict[str, Any]] = []
        self.complaints: dict[tuple[str, str], list[dict[str, str]]] = {}
        for item in self.corpus.get("complaints", []):
            self.complaints.setdefault((item["category"], item["lang"]), []).append(item)
        self.playbooks = [p for p in workspace.playbooks.usable.values() if p.id != "default"]
        self.stats = DemoStats()
        #: share of cases left open for investigation (regulated demo data: running clocks)
        self.under_investigation = 0.0
        self.pending_follow_ups: list[str] = []
        self.promises = KeptPromises()
        self.lang_weights = {k: v for k, v in LANG_WEIGHTS.items() if k in self.corpus["names"]}

    def _new_id(self) -> str:
        """A seeded id whose first 48 bits count up from the demo's end moment: a bulk
        fill's rows land at the end of each id index instead of all over it (each commit
        rewrote most of those pages: 4.1x write amplification on 20,000 cases, 2.6x so).
        The other 74 bits are drawn per seed and desk, so desks never collide."""
        self.ids_made += 1
        prefix = (int(self.anchor.timestamp()) << 16) + self.ids_made
        return _uuid4_text((prefix << 80) | self.id_rng.getrandbits(80))

    def ensure_staff(self) -> None:
        for lang_agents in AGENTS.values():
            for name in lang_agents:
                self.ws.ensure_user(name, "agent")
        for name in SUPERVISORS:
            self.ws.ensure_user(name, "supervisor")

    # -- people -----------------------------------------------------------------------

    def _person(self, lang: str) -> tuple[str, str]:
        names = self.corpus["names"][lang]
        rng = self.rng
        if "first" in names:
            first, last = rng.choice(names["first"]), rng.choice(names["last"])
        else:
            female = rng.random() < 0.5
            first = rng.choice(names["female_first" if female else "male_first"])
            last = rng.choice(names["female_last" if female else "male_last"])
        full = f"{last} {first}" if lang == "hu" else f"{first} {last}"
        return full, f"{first}.{last}"

    def _customer(self, lang: str) -> dict[str, Any]:
        rng = self.rng
        if self.customers and rng.random() < 0.25:
            return rng.choice(self.customers)
        name, handle = self._person(lang)
        domains = self.corpus.get("email_domains", {}).get(lang, ["example.com"])
        translit = _ascii_handle(handle)
        prefix = {"en": "+44 7", "hu": "+36 30 ", "lv": "+371 2", "uk": "+380 67 "}[lang]
        customer = {
            "id": self._new_id(), "number": f"C{rng.randrange(10**7, 10**8)}", "name": name,
            "phone": f"{prefix}{rng.randrange(1000000, 9999999)}",
            "email": f"{translit or 'customer'}{rng.randrange(10, 99)}@{rng.choice(domains)}",
            "language": lang,
        }
        self.customers.append(customer)
        if len(self.customers) > 20000:
            del self.customers[:5000]
        return customer

    # -- one case -----------------------------------------------------------------------

    def _stage_time(self, playbook: Playbook, stage_id: str) -> None:
        minutes = playbook.stage(stage_id).suggested_minutes
        self.clock.wait(minutes * 60 * self.rng.uniform(*STAGE_MINUTES))

    def run_case(self) -> CaseState:
        lang = _pick(self.rng, self.lang_weights)
        agent = self.rng.choice(AGENTS[lang])
        with self.service.acting_as(agent):
            return self._run_case(lang, agent)

    def _run_case(self, lang: str, agent: str) -> CaseState:
        rng, svc = self.rng, self.service
        category = _pick(rng, CATEGORY_WEIGHTS)
        playbook = self.ws.playbooks.default
        if self.playbooks and rng.random() < 0.22:
            playbook = rng.choice(self.playbooks)
        complaint = rng.choice(self.complaints.get((category, lang)) or
                               self.complaints.get((category, "en")) or
                               [{"words": "The service was not what was promised.",
                                 "remedy": "Fix it."}])
        mode = "scripted" if rng.random() < 0.4 else "natural"
        state = svc.open_case(
            customer=self._customer(lang), channel=_pick(rng, CHANNEL_WEIGHTS),
            category=category, severity=_pick(rng, SEVERITY_WEIGHTS),
            words=complaint["words"], remedy=complaint.get("remedy", ""),
            playbook_id=playbook.id, mode=mode, language=lang, actor=agent)
        case_id = state.case_id
        # warmth and skill of this recovery: drives how satisfied the customer ends up
        quality = rng.betavariate(4, 2) + (0.05 if mode == "natural" else 0.0)
        abandon_at = leave_open_at = len(playbook.stages) + 1
        if rng.random() < 0.03:
            abandon_at = rng.randrange(0, len(playbook.stages))  # withdrawn
        if self.anchor - self.clock.now < timedelta(hours=3) or (
                self.under_investigation and rng.random() < self.under_investigation):
            leave_open_at = rng.randrange(1, len(playbook.stages))
        notes = self.corpus.get("notes", {}).get(lang, [])
        for position, stage in enumerate(playbook.stages):
            if position == abandon_at:
                self.clock.wait(rng.uniform(30, 300))
                return svc.withdraw(case_id, "Customer withdrew the complaint")
            if position == leave_open_at:
                return state  # still being handled at the desk right now
            self._work_stage(case_id, stage, state, notes)
            self._stage_time(playbook, stage.id)
            if stage.records == "resolution":
                self._resolve(case_id, playbook, category, lang, agent, quality)
            elif stage.records == "satisfaction":
                svc.record_satisfaction(case_id, self._answers(quality))
            elif stage.skippable and rng.random() < 0.3:
                svc.skip(case_id, "Customer in a hurry")
                continue
            state = svc.advance(case_id)
        if state.status == FOLLOW_UP:
            self.pending_follow_ups.append(case_id)
        return state

    def _work_stage(self, case_id: str, stage: Stage, state: CaseState,
                    notes: list[str]) -> None:
        """What the agent does in a stage before completing it: the checklist (every
        required item, most others), the fields not said already, now and then a note."""
        rng, svc = self.rng, self.service
        for item in stage.checklist:
            if item.required or rng.random() < 0.6:
                svc.set_checklist(case_id, item.id, True)
        for spec in stage.fields:
            if spec.id in state.fields:  # said once already (what they want)
                continue
            if spec.required or rng.random() < 0.4:
                value = (rng.choice(spec.choices) if spec.kind == "choice"
                         else f"{rng.randrange(100000, 999999)}")
                svc.capture(case_id, spec.id, value)
        if notes and rng.random() < 0.25:
            svc.add_note(case_id, rng.choice(notes))

    def _resolve(self, case_id: str, playbook: Playbook, category: str, lang: str, agent: str,
                 quality: float) -> None:
        rng, svc = self.rng, self.service
        options = [found for r in RESOLUTION_BY_CATEGORY.get(category, [])
                   if (found := playbook.resolution(r)) is not None]
        spec = rng.choice(options) if options else playbook.resolutions[0]
        currency = CURRENCY[lang]
        amount = None
        if spec.amount:
            base = rng.lognormvariate(3.4, 0.9)  # median ~30 EUR, long tail
            amount = Decimal(round(base * AMOUNT_SCALE[currency])).quantize(Decimal(1))
            amount = max(amount, Decimal(1))
        deadline: date | datetime | None = None
        if spec.deadline_time:  # a rebooking: within hours
            deadline = self.clock.now + timedelta(hours=rng.randint(1, 6))
        elif spec.deadline:
            deadline = self.clock.now.date() + timedelta(days=rng.randint(1, 10))
        more = second_resolution(playbook, case_id, spec.id, amount, currency, deadline,
                                 AMOUNT_SCALE[currency])
        priced = amount is not None or (more is not None and more.amount is not None)
        state = svc.offer(case_id, spec.id, amount=amount, currency=currency if priced else None,
                          deadline=deadline, more=(more,) if more else (), actor=agent)
        if state.escalation_pending:
            self.clock.wait(rng.uniform(60, 900))
            supervisor = rng.choice(SUPERVISORS)
            if rng.random() < 0.8:
                try:
                    svc.approve(case_id, supervisor)
                    return
                except FlowError:
                    pass
            svc.decline(case_id, supervisor, "Offer a smaller goodwill gesture first")
            self._offer_within_limit(case_id, playbook, currency, agent)

    def _offer_within_limit(self, case_id: str, playbook: Playbook, currency: str,
                            agent: str) -> None:
        limit = playbook.limit_for("agent", currency) or Decimal(0)
        credit = playbook.resolution("goodwill_credit")
        if credit is not None and limit > 0:
            amount = (limit * Decimal("0.5")).quantize(Decimal(1))
            self.service.offer(case_id, credit.id, amount=amount, currency=currency, actor=agent)
        else:
            fallback = next(r for r in playbook.resolutions if not r.amount)
            deadline: date | None = self.clock.now.date() + timedelta(days=3)
            self.service.offer(case_id, fallback.id, deadline=deadline if fallback.deadline
                               else None, actor=agent)

    def _answers(self, quality: float) -> Answers:
        rng = self.rng
        score = min(1.0, max(0.0, quality + rng.gauss(0, 0.12)))
        accepted = "yes" if score > 0.42 else ("partly" if score > 0.25 else "no")
        csat = max(1, min(5, round(1.3 + score * 4 + rng.gauss(0, 0.4))))
        likelihood = max(0, min(10, round(2.5 + score * 8 + rng.gauss(0, 1.2))))
        ces: int | None = max(1, min(7, round(1 + score * 6 + rng.gauss(0, 0.6)))) \
            if rng.random() < 0.7 else None
        how = "verbal" if rng.random() < 0.85 else "written"
        values: dict[str, int | None] = {"csat": csat, "likelihood": likelihood, "ces": ces}
        unknown = {"ces": NOT_ASKED} if ces is None else {}
        # as on real calls: some customers will not give a score (more of the unhappy
        # ones), and a hurried agent sometimes does not ask
        for scale in ("csat", "likelihood"):
            draw = rng.random()
            if draw < 0.05 + 0.10 * (1.0 - score):
                values[scale], unknown[scale] = None, DECLINED
            elif draw < 0.09 + 0.10 * (1.0 - score):
                values[scale], unknown[scale] = None, NOT_ASKED
        return Answers(accepted=accepted, how=how, csat=values["csat"],
                       likelihood=values["likelihood"], ces=values["ces"], unknown=unknown)

    def _follow_up(self, case_id: str) -> None:
        """Call back customers whose follow-up fell due before the anchor (most of them)."""
        rng, svc = self.rng, self.service
        state = svc._batch.load(case_id) if svc._batch else svc.get(case_id)
        if state.follow_up_due is None or state.follow_up_due > self.anchor:
            return
        if rng.random() < 0.06:
            return  # left overdue: the supervisor's queue has real work in it
        self.clock.now = state.follow_up_due - timedelta(minutes=rng.uniform(5, 600))
        lang = state.language
        notes = self.corpus.get("follow_up_notes", {}).get(lang, ["Called back."])
        if rng.random() < 0.08:
            svc.close_unrecovered(case_id, "Customer does not want further contact")
            return
        answers = self._answers(rng.betavariate(5, 2.2) + 0.1)
        with svc.acting_as(state.agent):
            state = svc.complete_follow_up(case_id, answers, rng.choice(notes))
        if state.status == FOLLOW_UP:
            self._follow_up(case_id)

    # -- the whole run --------------------------------------------------------------------

    def run(self, count: int, *, batch_size: int = 500,
            progress: Callable[[int], object] | None = None,
            clock_pack: str | None = None) -> DemoStats:
        """``clock_pack``: run the cases under that rule pack (letters, register, redress)."""
        self.ensure_staff()
        regulated = None
        if clock_pack:
            from recovery_desk.services.demo.regulated import RegulatedDemo

            regulated = RegulatedDemo(self, clock_pack)
            self.under_investigation = 0.08
            regulated.choose(self.anchor - timedelta(days=self.days + 1))
        case_ids: list[str] = []
        span = timedelta(days=self.days).total_seconds()
        starts = sorted(self.rng.random() for _ in range(count))
        done = 0
        while done < count:
            # one transaction per COMMIT_BATCHES batches: each commit rewrites every index
            # page it touched, so fewer, bigger commits write the log's indexes fewer times
            with self.service.batch():
                for _ in range(COMMIT_BATCHES):
                    if done >= count:
                        break
                    done = self._batch_of_cases(starts[done:done + batch_size], span,
                                                case_ids, done)
                    if progress:
                        progress(done)
        with self.service.batch():  # what fell due since the last case, up to the demo's end
            self.clock.now = max(self.clock.now, self.anchor - timedelta(minutes=10))
            self.promises.keep_due(self.service, self.clock.now)
        if regulated is not None:
            regulated.finish(case_ids)
        return self.stats

    def _batch_of_cases(self, starts: list[float], span: float, case_ids: list[str],
                        done: int) -> int:
        """Run the cases opened at ``starts``, then the follow-ups and promises due; written
        (not committed) at the end, so memory stays flat. Returns the cases done so far."""
        for fraction in starts:
            opened = self.anchor - timedelta(seconds=span * (1 - fraction))
            self.clock.now = _business_hours(opened, self.rng)
            if self.clock.now > self.anchor:
                self.clock.now = self.anchor - timedelta(minutes=30)
            state = self.run_case()
            self.promises.add(state)
            case_ids.append(state.case_id)
            self._count(state)
            done += 1
        for case_id in self.pending_follow_ups:
            self._follow_up(case_id)
        self.pending_follow_ups.clear()
        self.promises.keep_due(self.service, self.clock.now)
        assert self.service._batch is not None
        self.service._batch.forget()  # as if the batch ended, within its transaction
        return done

    def _count(self, state: CaseState) -> None:
        s = self.stats
        s.cases += 1
        s.events += state.last_seq
        s.categories[state.category] = s.categories.get(state.category, 0) + 1
        s.channels[state.channel] = s.channels.get(state.channel, 0) + 1
        outcome = state.outcome or state.status
        s.outcomes[outcome] = s.outcomes.get(outcome, 0) + 1


_UK_LATIN = dict(zip(
    "абвгґдеєжзиіїйклмнопрстуфхцчшщьюя'",
    ["a", "b", "v", "h", "g", "d", "e", "ie", "zh", "z", "y", "i", "i", "i", "k", "l", "m",
     "n", "o", "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "iu", "ia", ""],
    strict=True))


def _ascii_handle(text: str) -> str:
    """E-mail-safe form of a name: Bērziņš -> berzins, Шевченко -> shevchenko."""
    out = []
    for ch in unicodedata.normalize("NFKD", text.lower()):
        if ch in _UK_LATIN:
            out.append(_UK_LATIN[ch])
        elif ch.isascii() and (ch.isalnum() or ch == "."):
            out.append(ch)
    return "".join(out)


#: the bits ``uuid.UUID(int=..., version=4)`` sets: version 4 and the RFC 4122 variant
_UUID4_CLEAR = ~((0xc000 << 48) | (0xf000 << 64))
_UUID4_SET = (0x8000 << 48) | (4 << 76)


def _uuid4_text(value: int) -> str:
    """``str(uuid.UUID(int=value, version=4))`` without building the object (demo data
    makes two ids per event: the object cost a tenth of the time of stamping one)."""
    h = "%032x" % ((value & _UUID4_CLEAR) | _UUID4_SET)
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def _business_hours(moment: datetime, rng: random.Random) -> datetime:
    """Move a moment into opening hours (08:00–19:00 UTC), keeping its day."""
    hour = 8 + rng.random() * 11
    return moment.replace(hour=int(hour), minute=int((hour % 1) * 60), second=rng.randrange(60))


def generate(workspace: Workspace, count: int, *, seed: int = 1,
             anchor: datetime | None = None, progress: Callable[[int], object] | None = None,
             clock_pack: str | None = None) -> DemoStats:
    """Add ``count`` demo cases. A new log (no account yet) takes them from anyone, so a
    demo starts with one command; once it has accounts, only an administrator adds made-up
    cases to it."""
    from recovery_desk.services.access.accounts import Accounts

    if not Accounts(workspace).needs_first_admin():
        require(workspace, Permission.LOAD_DEMO_DATA, action="add demo cases to this log")
    return DemoGenerator(workspace, seed=seed, anchor=anchor).run(
        count, progress=progress, clock_pack=clock_pack)
