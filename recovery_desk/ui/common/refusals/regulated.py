"""Refusals of the regulated records (clocks, vulnerability, redress, register, letters) in
the interface language; codes in ``services/regulated``. The screens offer the valid choices
in lists, so these sentences name the wrong value rather than repeat every id."""

from __future__ import annotations

from recovery_desk.ui.common.refusals.gaps import Render, count, fill, translate

TEXTS: dict[str, Render] = {
    # clocks
    "clock.pause_reason": lambda p: translate(
        "Refusal", "A pause needs a reason: say what the case is waiting for, e.g. the "
        "customer's documents."),
    "clock.nothing_to_pause": lambda p: translate(
        "Refusal", "This case has no running clock that may be paused. Only the "
        "organization's own service levels pause; a regulator's clock keeps running."),
    "clock.nothing_paused": lambda p: translate("Refusal", "No clock of this case is paused."),
    "clock.no_such_pack": lambda p: fill(translate(
        "Refusal", "There is no usable clock pack named “%1”."), p["pack"]),
    "clock.no_such_region": lambda p: fill(translate(
        "Refusal", "The holiday calendar for region “%1” is not known. Use a country code "
        "with an optional region, for example GB-ENG, AU-VIC, HU, LV or UA."), p["region"]),
    # vulnerability, redress, returns
    "record.text_too_long": lambda p: fill(translate(
        "Refusal", "This text is longer than %1 characters; shorten it."), count(p, "limit")),
    "record.drivers_missing": lambda p: translate(
        "Refusal", "Choose at least one of the four drivers of the vulnerability."),
    "record.redress_type": lambda p: fill(translate(
        "Refusal", "“%1” is not a type of redress; choose one from the list."), p["kind"]),
    "record.not_an_amount": lambda p: fill(translate(
        "Refusal", "“%1” is not an amount."), p["amount"]),
    "record.amount_not_positive": lambda p: translate(
        "Refusal", "A redress amount must be more than zero."),
    "record.not_a_currency": lambda p: fill(translate(
        "Refusal", "“%1” is not a currency code; use three letters such as EUR, GBP or UAH."),
        p["currency"]),
    "record.no_such_redress": lambda p: translate(
        "Refusal", "This redress line is not on this case; check the ledger."),
    "record.exclusion_reason": lambda p: translate(
        "Refusal", "Say why the case is left out of the return, e.g. it was a service "
        "request, not a complaint."),
    # the complaints register
    "register.not_a_product": lambda p: fill(translate(
        "Refusal", "“%1” is not a product in the register."), p["product"]),
    "register.not_a_cause": lambda p: fill(translate(
        "Refusal", "“%1” is not a cause in the register."), p["cause"]),
    "register.not_a_sub_cause": lambda p: fill(translate(
        "Refusal", "“%1” is not a sub-cause of “%2”."), p["sub_cause"], p["cause"]),
    "register.not_an_outcome": lambda p: fill(translate(
        "Refusal", "“%1” is not an outcome; choose upheld, partly upheld or rejected."),
        p["outcome"]),
    # letters
    "letter.outcome_missing": lambda p: translate(
        "Refusal", "A final response needs its outcome: choose upheld, partly upheld or "
        "rejected (or code the complaint in the register first)."),
    "letter.not_a_channel": lambda p: fill(translate(
        "Refusal", "“%1” is not a way to send a letter."), p["channel"]),
    "letter.gaps_left": lambda p: fill(translate(
        "Refusal", "The letter still has parts to write (%1), first: %2. Write them in the "
        "preview, then send."), count(p, "count"), p["first"]),
    "letter.too_long": lambda p: fill(translate(
        "Refusal", "The letter is too long to record; keep it under %1 characters."),
        count(p, "limit")),
    "letter.template_too_large": lambda p: fill(translate(
        "Refusal", "The letter template %1 is larger than %2 bytes."),
        p["name"], count(p, "limit")),
    "letter.template_missing": lambda p: fill(translate(
        "Refusal", "There is no letter template %1. Reinstall Recovery Desk or add the file "
        "to resources/templates."), p["name"]),
    "letter.template_unreadable": lambda p: fill(translate(
        "Refusal", "The letter template %1 cannot be read (%2). It must be UTF-8 TOML."),
        p["name"], p["reason"]),
    "letter.not_a_kind": lambda p: fill(translate(
        "Refusal", "“%1” is not a kind of letter."), p["kind"]),
    "letter.no_language": lambda p: fill(translate(
        "Refusal", "There are no letters in “%1”."), p["lang"]),
}
