"""Refusals by role and by account, in the interface language; codes in
``services/access``."""

from __future__ import annotations

from recovery_desk.ui.common.labels import role_label
from recovery_desk.ui.common.refusals.gaps import Params, Render, count, fill, translate


def _roles(params: Params) -> str:
    needed = params.get("needed") or ()
    assert isinstance(needed, tuple)
    return translate("SignIn", " or ").join(role_label(str(r)) for r in needed)


TEXTS: dict[str, Render] = {
    "access.denied": lambda p: fill(translate(
        "SignIn",
        "Refused: %1 is signed in as %2; this needs a role of %3. Ask one to "
        "do it here (File ▸ Switch user…). The attempt is recorded in the log."),
        p["user"], role_label(str(p["role"])), _roles(p)),
    "access.sign_in_required": lambda p: fill(translate(
        "SignIn", "Refused: nobody is signed in; this needs a role of %1. Sign in first "
        "(File ▸ Switch user…)."), _roles(p)),
    "access.identity_not_proven": lambda p: fill(translate(
        "SignIn", "%1 must confirm with their password or PIN first; ask them to type it "
        "in the approval window."), p["user"]),
    # accounts
    "account.password_too_short": lambda p: fill(translate(
        "Refusal", "The password is too short: use at least %1 characters (a short sentence "
        "works well)."), count(p, "minimum")),
    "account.password_too_long": lambda p: fill(translate(
        "Refusal", "The password is too long: use at most %1 characters."), count(p, "maximum")),
    "account.pin_form": lambda p: translate("Refusal", "A PIN is 4 to 8 digits; type only digits."),
    "account.name_form": lambda p: translate(
        "Refusal", "A user name is 1 to 200 characters, without control characters."),
    "account.unknown_role": lambda p: fill(translate("Refusal", "“%1” is not a role."), p["role"]),
    "account.admin_exists": lambda p: translate(
        "Refusal", "An administrator account exists already; sign in as an administrator to "
        "add users."),
    "account.last_admin": lambda p: fill(translate(
        "Refusal", "%1 is the only administrator who can sign in; make another user an "
        "administrator first."), p["user"]),
    "account.user_exists": lambda p: fill(translate(
        "Refusal", "A user named %1 exists already; choose another name, or set that user's "
        "password."), p["user"]),
    "account.no_such_user": lambda p: fill(translate(
        "Refusal", "There is no user named %1."), p["user"]),
}
