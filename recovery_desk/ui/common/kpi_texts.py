"""Words for the Dashboard's and the report's figures, in the interface language.

The KPI service names each figure by a stable key and explains it in English; the names and
definitions people read are here, translated, so the tile, its tooltip and the printed
report say the same thing. A key this module does not know yet falls back to the service's
English text, so a new figure shows up before its translation does.
"""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from recovery_desk.services.kpis.results import Kpi
from recovery_desk.services.workspace import Workspace
from recovery_desk.ui.common.formatting import number
from recovery_desk.ui.common.plurals import plurals

translate = QCoreApplication.translate

#: The tiles shown (empty) before the first figures arrive; the service's order wins after.
TILE_ORDER = ("cases", "csat", "nps", "effort", "acceptance", "first_contact_resolution",
              "first_response_median", "first_response_p90", "resolution_time_median",
              "resolution_time_p90", "cost_per_resolution", "recovery_rate", "unknown_outcomes",
              "watchlist", "overdue_follow_ups")


def tile_id(kpi: Kpi) -> str:
    """Money figures come one tile per currency, so the currency is part of the tile's id."""
    unit = kpi.unit or ""
    return f"{kpi.key}:{unit}" if _is_currency(unit) else kpi.key


def _is_currency(unit: str) -> bool:
    return len(unit) == 3 and unit.isalpha() and unit.isupper()


def tile_title(key: str) -> str:
    titles = {
        "cases": translate("KpiText", "Complaints"),
        "csat": translate("KpiText", "CSAT"),
        "nps": translate("KpiText", "NPS"),
        "effort": translate("KpiText", "Customer effort (CES)"),
        "acceptance": translate("KpiText", "Resolution accepted"),
        "first_contact_resolution": translate("KpiText", "First-contact resolution"),
        "first_response_median": translate("KpiText", "First response, median"),
        "first_response_p90": translate("KpiText", "First response, 90th percentile"),
        "resolution_time_median": translate("KpiText", "Time to resolution, median"),
        "resolution_time_p90": translate("KpiText", "Time to resolution, 90th percentile"),
        "cost_per_resolution": translate("KpiText", "Cost per resolution"),
        "recovery_rate": translate("KpiText", "Recovery rate"),
        "unknown_outcomes": translate("KpiText", "Outcome unknown"),
        "watchlist": translate("KpiText", "On the watchlist"),
        "overdue_follow_ups": translate("KpiText", "Overdue follow-ups"),
        "acknowledged_on_time": translate("KpiText", "Acknowledged on time"),
        "final_response_on_time": translate("KpiText", "Final response on time"),
    }
    return titles.get(key) or key.replace("_", " ").capitalize()


def tile_definition(kpi: Kpi) -> str:
    """The tooltip: how the figure is computed, and how many cases it rests on."""
    definitions = {
        "cases": translate(
            "KpiText", "Complaints opened in the period and scope (practice cases never "
            "count)."),
        "csat": translate(
            "KpiText", "Share of satisfaction answers of 4 or 5 on the 1–5 scale, among the "
            "cases with an answer (the latest answer of each case)."),
        "nps": translate(
            "KpiText", "Net promoter score: per cent promoters (9–10) minus per cent "
            "detractors (0–6) among the cases that answered how likely they are to "
            "recommend (0–10); from −100 to +100."),
        "effort": translate(
            "KpiText", "Customer effort score: the mean agreement (1–7, higher is easier) "
            "that the issue was easy to handle, among the cases that answered the effort "
            "question."),
        "acceptance": translate(
            "KpiText", "Share of cases whose customer accepted the resolution fully, among "
            "all cases with an answer; \"partly\" counts as not accepted (it puts the "
            "customer on the watchlist)."),
        "first_contact_resolution": translate(
            "KpiText", "Share of closed cases with a known outcome that were closed as "
            "recovered with no follow-up contact at all. Cases closed with outcome unknown "
            "are counted apart."),
        "first_response_median": translate(
            "KpiText", "From opening the case to the end of its first acknowledge, apologize "
            "or control stage: half of the cases were faster."),
        "first_response_p90": translate(
            "KpiText", "9 in 10 acknowledged cases were acknowledged within this time, "
            "counted from opening."),
        "resolution_time_median": translate(
            "KpiText", "From opening the case to the customer first accepting the resolution "
            "fully: half of the resolved cases were faster."),
        "resolution_time_p90": translate(
            "KpiText", "9 in 10 resolved cases were resolved within this time, counted from "
            "opening."),
        "cost_per_resolution": translate(
            "KpiText", "Total redress given on cases closed as recovered, divided by the "
            "number of those cases (cases resolved without money count as zero). One figure "
            "per currency, never converted."),
        "recovery_rate": translate(
            "KpiText", "Share of closed cases with a known outcome that were closed with a "
            "satisfied customer. Cases closed with outcome unknown are counted apart; "
            "withdrawn cases are not closed."),
        "unknown_outcomes": translate(
            "KpiText", "Closed cases where nobody knows whether the customer was satisfied "
            "(history imported without satisfaction answers, or a customer who would not "
            "say). They are left out of the recovery rate and first-contact resolution, "
            "never counted as not recovered."),
        "watchlist": translate(
            "KpiText", "Customers in scope who are not fully satisfied yet (on the watchlist "
            "now)."),
        "overdue_follow_ups": translate(
            "KpiText", "Follow-ups due before now and not done."),
        "acknowledged_on_time": translate(
            "KpiText", "Share of complaints under a clock rule pack acknowledged by their "
            "deadline, among those whose acknowledgement is decided (sent, or its deadline "
            "passed). One resolved in time with a summary resolution is not counted. The "
            "Register and the report use the same definition."),
        "final_response_on_time": translate(
            "KpiText", "Share of complaints under a clock rule pack given their final "
            "response (or a holding response) by its deadline, among those whose final "
            "response is decided (sent, or its deadline passed). One resolved in time with a "
            "summary resolution is not counted. The Register and the report use the same "
            "definition."),
    }
    text = definitions.get(kpi.key) or kpi.definition
    if kpi.key not in ("cases", "unknown_outcomes", "watchlist", "overdue_follow_ups"):
        text += "\n" + translate("KpiText", "Based on %1 cases.").replace("%1", number(kpi.n))
    if kpi.unknown is not None:
        text += "\n" + translate(
            "KpiText", "Unknown: the customer declined to answer or was not asked; left out "
            "of the figure.")
    return text


def unknown_text(kpi: Kpi) -> str:
    """Beside a score: how many answers are unknown (declined or not asked), which the
    figure leaves out; empty for other figures."""
    if kpi.unknown is None:
        return ""
    return plurals().unknown_answers(kpi.unknown)


def duration(seconds: float | None) -> str:
    """A stretch of time as people say it: 40 min, 3 h 20 min, 2 d 5 h."""
    if seconds is None:
        return "—"
    minutes = round(seconds / 60)
    if minutes < 1:
        return translate("KpiText", "%1 s").replace("%1", number(round(seconds)))
    if minutes < 60:
        return translate("KpiText", "%1 min").replace("%1", number(minutes))
    hours, rest = divmod(minutes, 60)
    if hours < 48:
        text = translate("KpiText", "%1 h").replace("%1", number(hours))
        if rest:
            text += " " + translate("KpiText", "%1 min").replace("%1", number(rest))
        return text
    days, hours = divmod(hours, 24)
    text = translate("KpiText", "%1 d").replace("%1", number(days))
    if hours:
        text += " " + translate("KpiText", "%1 h").replace("%1", number(hours))
    return text


def percent(value: float | None) -> str:
    return "—" if value is None else f"{number(round(value))} %"


def value_text(kpi: Kpi) -> str:
    """The tile's figure in the interface language's conventions."""
    value, unit = kpi.value, (kpi.unit or "").strip()
    if value is None:
        return "—"
    if unit in ("%", "percent", "pct"):
        return percent(value)
    if unit in ("s", "seconds"):
        return duration(value)
    if _is_currency(unit):
        return f"{QLocale().toString(float(value), 'f', 2)} {unit}"
    if unit in ("points", "nps"):
        return signed(value)
    if unit == "score":
        return number(round(value, 1))
    if unit in ("", "cases", "count", "customers"):
        return number(round(value) if float(value).is_integer() else round(value, 2))
    return f"{number(round(value, 1))} {unit}"


def signed(value: float | None) -> str:
    """A score that can be negative, with its sign: +12, 0, −8."""
    if value is None:
        return "—"
    rounded = round(value)
    return ("+" if rounded > 0 else "") + number(rounded)


def language(ws: Workspace) -> str:
    return ws.settings.language or "en"


def _none() -> str:
    return translate("KpiText", "(none)")


def category(ws: Workspace, key: str) -> str:
    return ws.taxonomy.label("categories", key, language(ws)) if key else _none()


def channel(ws: Workspace, key: str) -> str:
    return ws.taxonomy.label("channels", key, language(ws)) if key else _none()


def stage(ws: Workspace, key: str) -> str:
    return ws.stage_label(key, language(ws)) or key


def playbook(ws: Workspace, key: str) -> str:
    book = ws.playbooks.usable.get(key)
    if book is None:
        return translate("KpiText", "Imported") if key == "imported" else (key or _none())
    return book.title.get(language(ws))


def mode(key: str) -> str:
    names = {"scripted": translate("KpiText", "Scripted"),
             "natural": translate("KpiText", "Natural")}
    return names.get(key, key)


def breakdown_title(dimension: str) -> str:
    names = {"desk": translate("KpiText", "Desk"),
             "agent": translate("KpiText", "Agent"),
             "channel": translate("KpiText", "Channel"),
             "category": translate("KpiText", "Category"),
             "playbook": translate("KpiText", "Playbook"),
             "mode": translate("KpiText", "Scripted vs natural")}
    return names.get(dimension, dimension)


def breakdown_label(ws: Workspace, dimension: str, value: str) -> str:
    """A breakdown row's value (an id) in words."""
    if dimension == "category":
        return category(ws, value)
    if dimension == "channel":
        return channel(ws, value)
    if dimension == "playbook":
        return playbook(ws, value)
    if dimension == "mode":
        return mode(value)
    return value or _none()


def period_label(start: date, granularity: str) -> str:
    """A week as the day it starts in the language's short form without the year (31/08,
    08. 31., 31.08), a month as its short name and year: short enough for a chart axis."""
    day = QDate(start.year, start.month, start.day)
    if granularity == "month":
        return QLocale().toString(day, "MMM yyyy")
    pattern = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    without_year = re.sub(r"^[^dMy]*y+[^dMy]*|[^dMy]*y+[^dMy]*$", "", pattern).strip()
    return QLocale().toString(day, without_year or "d.M.")
