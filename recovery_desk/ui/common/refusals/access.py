"""Refusals by role and by account, in the interface language; codes in
``services/access``."""

from __future__ import annotations

from recovery_desk.ui.common.labels import role_label
from recovery_desk.ui.common.refusals.gaps import Params, Render, fill, translate


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
    "access.identity_not_proven": lambda p: fill(translate(
        "SignIn", "%1 must confirm with their password or PIN first; ask them to type it "
        "in the approval window."), p["user"]),
}
