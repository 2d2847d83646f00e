"""Letters and replies: drafted from the case and the rule pack, edited, then sent.

A draft merges the case (reference, dates, customer, resolution, amount, deadline, agent),
the organization's details and the pack's wording (the Ombudsman's name, website and the
referral rights the regime requires) into the language's template. Sending records a
``letter_sent`` event with the text as sent; a letter of the kind a clock waits for meets
that clock (``domain/clocks/status.py``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from email.message import EmailMessage
from email.utils import formatdate, make_msgid
from string import Template as Merge
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from recovery_desk.core.errors import RecoveryDeskError
from recovery_desk.domain import events as ev
from recovery_desk.domain.case import CaseState
from recovery_desk.domain.clocks.pack import ClockPack
from recovery_desk.domain.clocks.status import ClockView
from recovery_desk.domain.events import Change
from recovery_desk.domain.refusal import Code
from recovery_desk.services.regulated.clocks import pack_of, views
from recovery_desk.services.regulated.packs import current_pack
from recovery_desk.services.regulated.templates import OUTCOMES, Common, common, template

if TYPE_CHECKING:
    from recovery_desk.services.cases.recovery import CaseService
    from recovery_desk.services.workspace import Workspace

GAP = re.compile(r"\[\[[^\]]*\]\]")
MAILTO_LIMIT = 1800  # longer mailto: links are cut by some mail clients
MAX_LETTER_CHARS = 20_000
CHANNELS = ("pdf", "email", "post")


class LetterError(RecoveryDeskError):
    """A letter that cannot be drafted or sent as asked."""


OUTCOME_MISSING = Code("letter.outcome_missing", "A final response needs its outcome.",
                       "Choose upheld, partly_upheld or rejected (or code the complaint in "
                       "the register first).")
NOT_A_CHANNEL = Code("letter.not_a_channel", "{channel!r} is not a way to send a letter.",
                     "Use one of: {choices}.")
GAPS_LEFT = Code("letter.gaps_left", "The letter still has {count} part(s) to write: {first}.",
                 "Write them in the preview, then send.", types={"count": int})
TOO_LONG = Code("letter.too_long", "The letter is too long to record.",
                "Keep it under {limit} characters.", types={"limit": int})


@dataclass(frozen=True)
class LetterDraft:
    case_id: str
    ref: str
    kind: str
    lang: str
    outcome: str | None
    subject: str
    body: str
    pack: str

    @property
    def gaps(self) -> list[str]:
        """The ``[[…]]`` parts still to be written by the agent."""
        return GAP.findall(self.subject + "\n" + self.body)


def format_date(day: date, c: Common, *, until: bool = False) -> str:
    months = c.months_until if until else c.months
    return Merge(c.date_until if until else c.date).safe_substitute(
        day=day.day, month=months[day.month - 1], year=day.year)


def format_amount(amount: Decimal, currency: str | None, c: Common) -> str:
    text = f"{amount:,.2f}"
    if c.decimal == ",":
        text = text.replace(",", " ").replace(".", ",")
    return f"{text} {currency}".strip() if currency else text


def _dates(fields: dict[str, str], name: str, day: date | None, c: Common) -> None:
    if day is None:
        fields[name] = fields[f"{name}_until"] = c.date_gap
        return
    fields[name] = format_date(day, c)
    fields[f"{name}_until"] = format_date(day, c, until=True)


def _timing(pack: ClockPack | None, clocks: dict[str, ClockView], c: Common,
            state: CaseState) -> str:
    final = clocks.get("final_response")
    rule = pack.clock("final_response") if pack is not None else None
    if final is None or rule is None or pack is None:
        return ""
    local = final.due.astimezone(pack.zone).date()
    fields: dict[str, str] = {"span": Merge(c.units[rule.span.unit]).safe_substitute(
        n=rule.span.amount)}
    _dates(fields, "due", local, c)
    facts = state.regulated.clocks.get("final_response")
    if rule.extension is not None and facts is not None and facts.extended_due is not None:
        fields["extended_span"] = Merge(c.units[rule.extension.unit]).safe_substitute(
            n=rule.extension.amount)
        _dates(fields, "extended_due", facts.extended_due.astimezone(pack.zone).date(), c)
        return Merge(c.timing["extended"]).safe_substitute(fields)
    return Merge(c.timing["plain"]).safe_substitute(fields)


def merge_fields(ws: Workspace, state: CaseState, lang: str, now: datetime,
                 pack: ClockPack | None, expected: date | None = None) -> dict[str, str]:
    """Every merge field for the case in ``lang`` (gaps as ``[[…]]``)."""
    c = common(lang)
    zone = pack.zone if pack is not None else now.astimezone().tzinfo
    clocks = {v.id: v for v in views(state, now)}
    name = str(state.customer.get("name") or "").strip()
    organization = ws.settings.organization_name.strip() or c.missing_organization
    received = state.regulated.received_at or state.opened_at or now
    fields: dict[str, str] = {
        "ref": state.ref, "agent": state.agent or ws.user, "organization": organization,
        "organization_contact": ws.settings.organization_contact.strip(),
        "customer": name or "[[customer's name]]",
        "greeting": Merge(c.greeting).safe_substitute(customer=name) if name
        else c.greeting_unnamed, "closing": c.closing,
        "resolution": ws.resolution_label(state.resolution, lang) if state.resolution
        else "[[what we offer]]",
        "amount": format_amount(state.redress_amount, state.currency, c)
        if state.redress_amount is not None else "",
        "timing": _timing(pack, clocks, c, state),
    }
    _dates(fields, "today", now.astimezone(zone).date(), c)
    _dates(fields, "received", received.astimezone(zone).date(), c)
    _dates(fields, "deadline", date.fromisoformat(state.deadline) if state.deadline else None, c)
    for clock_id in ("acknowledge", "summary_resolution", "final_response"):
        view = clocks.get(clock_id)
        _dates(fields, clock_id.split("_")[0] + "_due",
               view.due.astimezone(zone).date() if view else None, c)
    final = state.regulated.clocks.get("final_response")
    if expected is None and final is not None and final.extended_due is not None:
        expected = final.extended_due.astimezone(zone).date()
    _dates(fields, "expected", expected, c)
    words = {key: pack.words(key, lang) if pack is not None else ""
             for key in ("referral", "waiver", "holding_referral", "enclosure",
                         "no_response_needed")}
    fields.update(words)
    fields["ombudsman"] = pack.ombudsman_name.get(lang) if pack and pack.ombudsman_name.values \
        else ""
    fields["ombudsman_website"] = pack.ombudsman_website if pack is not None else ""
    return fields


def _tidy(text: str) -> str:
    """Blank lines left by empty fields collapse; trailing spaces go."""
    # a date that ends with its own dot (2026. december 23., 2 грудня 2026 р.) at the end
    # of a sentence leaves two dots
    lines = [re.sub(r"(?<!\.)\.\.(?!\.)", ".", line.rstrip()) for line in text.splitlines()]
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip() + "\n"


def draft_letter(ws: Workspace, state: CaseState, kind: str, *, lang: str | None = None,
                 outcome: str | None = None, now: datetime,
                 expected: date | None = None) -> LetterDraft:
    """The letter of ``kind`` for the case, in ``lang`` (default: the case's language).

    ``expected``: for a holding response, when the final response should follow (else the
    pack's extended deadline, or a gap for the agent to fill)."""
    lang = lang or state.language or "en"
    tpl = template(kind, lang)
    pack = pack_of(state) or current_pack(ws)
    fields = merge_fields(ws, state, lang, now, pack, expected)
    fields["amount_phrase"] = (Merge(tpl.amount_phrase).safe_substitute(fields)
                               if fields["amount"] else "")
    if kind == "final-response":
        outcome = outcome or state.regulated.register_outcome
        if outcome not in OUTCOMES:
            raise LetterError.refusing(OUTCOME_MISSING())
        fields["outcome_paragraph"] = Merge(tpl.outcome[outcome]).safe_substitute(fields)
    body = _tidy(Merge(tpl.body).safe_substitute(fields))
    subject = Merge(tpl.subject).safe_substitute(fields)
    return LetterDraft(case_id=state.case_id, ref=state.ref, kind=kind, lang=lang,
                       outcome=outcome if kind == "final-response" else None,
                       subject=subject, body=body, pack=pack.id if pack else "")


def edited(draft: LetterDraft, subject: str, body: str) -> LetterDraft:
    """The draft as the agent changed it in the preview."""
    from dataclasses import replace

    return replace(draft, subject=subject.strip(), body=body.strip() + "\n")


def send_letter(service: CaseService, draft: LetterDraft, channel: str) -> CaseState:
    """Record the letter as sent (its text is kept: DISP 1.9 records of complaints)."""
    if channel not in CHANNELS:
        raise LetterError.refusing(NOT_A_CHANNEL(channel=channel, choices=", ".join(CHANNELS)))
    if draft.gaps:
        raise LetterError.refusing(GAPS_LEFT(count=len(draft.gaps), first=draft.gaps[0]))
    if len(draft.body) > MAX_LETTER_CHARS:
        raise LetterError.refusing(TOO_LONG(limit=MAX_LETTER_CHARS))
    payload: dict[str, Any] = {"kind": draft.kind, "lang": draft.lang, "channel": channel,
                               "subject": draft.subject, "body": draft.body}
    if draft.outcome:
        payload["outcome"] = draft.outcome
    return service.act(draft.case_id, lambda _p, _s: [Change(ev.LETTER_SENT, payload)])


def eml_bytes(draft: LetterDraft, *, to: str, sender: str) -> bytes:
    """The letter as an e-mail draft (.eml) the desk's mail client opens."""
    msg = EmailMessage()
    msg["Subject"] = draft.subject
    msg["To"] = to
    msg["From"] = sender
    msg["Date"] = formatdate(localtime=True)
    msg["Message-ID"] = make_msgid()
    msg["X-Unsent"] = "1"  # Outlook and Thunderbird open it as a draft to send
    msg.set_content(draft.body)
    return bytes(msg)


def mailto_url(draft: LetterDraft, to: str) -> str | None:
    """A ``mailto:`` link for short letters; None when it would be too long."""
    url = (f"mailto:{quote(to)}?subject={quote(draft.subject)}"
           f"&body={quote(draft.body)}")
    return url if len(url) <= MAILTO_LIMIT else None
