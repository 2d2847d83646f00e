"""Letter templates: ``resources/templates/<kind>.<lang>.toml`` and ``common.<lang>.toml``.

Each language's letters are written natively (not translated word for word); the shared
words (month names, how a date is written, the periods) live in ``common.<lang>.toml``.
Merge fields are ``${name}``; a part the agent must write is ``[[what to write]]`` and a
letter is not sent while one is left.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from recovery_desk.core.errors import RecoveryDeskError
from recovery_desk.core.paths import resources_dir
from recovery_desk.domain.clocks.pack import LETTER_KINDS
from recovery_desk.domain.refusal import Code

LANGUAGES = ("en", "hu", "lv", "uk")
OUTCOMES = ("upheld", "partly_upheld", "rejected")
MAX_TEMPLATE_BYTES = 32 * 1024


class TemplateError(RecoveryDeskError):
    """A letter template that is missing or cannot be read."""


TEMPLATE_TOO_LARGE = Code("letter.template_too_large",
                          "The letter template {name} is larger than {limit} bytes.",
                          "Shorten it.", types={"limit": int})
TEMPLATE_MISSING = Code("letter.template_missing", "There is no letter template {name}.",
                        "Reinstall Recovery Desk or add the file to resources/templates.")
#: ``reason``: the reader's own message (English, from the file system or TOML parser).
TEMPLATE_UNREADABLE = Code("letter.template_unreadable",
                           "The letter template {name} cannot be read: {reason}.",
                           "Fix the file (it must be UTF-8 TOML).")
NOT_A_KIND = Code("letter.not_a_kind", "{kind!r} is not a kind of letter.",
                  "Use one of: {choices}.")
NO_LANGUAGE = Code("letter.no_language", "There are no letters in {lang!r}.",
                   "Use one of: {choices}.")


@dataclass(frozen=True)
class Template:
    kind: str
    lang: str
    subject: str
    body: str
    outcome: dict[str, str]
    amount_phrase: str


@dataclass(frozen=True)
class Common:
    lang: str
    months: tuple[str, ...]
    months_until: tuple[str, ...]
    date: str
    date_until: str
    decimal: str
    greeting: str
    greeting_unnamed: str
    closing: str
    missing_organization: str
    date_gap: str
    units: dict[str, str]
    timing: dict[str, str]


def _read(path: Path) -> dict[str, Any]:
    try:
        if path.stat().st_size > MAX_TEMPLATE_BYTES:
            raise TemplateError.refusing(TEMPLATE_TOO_LARGE(name=path.name,
                                                            limit=MAX_TEMPLATE_BYTES))
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise TemplateError.refusing(TEMPLATE_MISSING(name=path.name)) from None
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise TemplateError.refusing(TEMPLATE_UNREADABLE(name=path.name, reason=str(exc))) \
            from exc


def _folder() -> Path:
    return resources_dir() / "templates"


@lru_cache(maxsize=64)
def template(kind: str, lang: str) -> Template:
    if kind not in LETTER_KINDS:
        raise TemplateError.refusing(NOT_A_KIND(kind=kind, choices=", ".join(LETTER_KINDS)))
    if lang not in LANGUAGES:
        raise TemplateError.refusing(NO_LANGUAGE(lang=lang, choices=", ".join(LANGUAGES)))
    data = _read(_folder() / f"{kind}.{lang}.toml")
    try:
        return Template(kind=kind, lang=lang, subject=str(data["subject"]),
                        body=str(data["body"]).strip("\n"),
                        outcome={k: str(v) for k, v in (data.get("outcome") or {}).items()
                                 if k in OUTCOMES},
                        amount_phrase=str(data.get("amount_phrase")
                                          or (data.get("outcome") or {}).get("amount_phrase")
                                          or ""))
    except KeyError as exc:
        raise TemplateError(f"The letter template {kind}.{lang}.toml has no {exc.args[0]}.",
                            "Add it.") from exc


@lru_cache(maxsize=8)
def common(lang: str) -> Common:
    data = _read(_folder() / f"common.{lang}.toml")
    months = tuple(data["months"])
    return Common(lang=lang, months=months,
                  months_until=tuple(data.get("months_until", months)), date=data["date"],
                  date_until=data.get("date_until", data["date"]), decimal=data["decimal"],
                  greeting=data["greeting"], greeting_unnamed=data["greeting_unnamed"],
                  closing=data["closing"], missing_organization=data["missing_organization"],
                  date_gap=data.get("date_gap", "[[date]]"),
                  units=dict(data["units"]), timing=dict(data["timing"]))
