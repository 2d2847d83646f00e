"""What a sync set aside, in the interface language, for the status bar's tooltip."""

from __future__ import annotations

from typing import TYPE_CHECKING

from recovery_desk.ui.common.flow_texts import coded_text
from recovery_desk.ui.common.refusals.gaps import fill, translate

if TYPE_CHECKING:  # the window imports this before its first paint: no sync layer yet
    from recovery_desk.sync.admission import Problem


def problem_text(problem: Problem) -> str:
    """A coded problem in the interface language; a bundle set aside for its format keeps
    the English reason (its codes are still to come)."""
    if problem.code:
        return coded_text(problem.code, problem.params, problem.line())
    if problem.kind == "quarantined":
        reason = problem.message.removeprefix(f"{problem.item}: ")
        return fill(translate("Refusal", "%1 was set aside in the quarantine folder: %2"),
                    problem.item, reason)
    return problem.line()
