"""The five-point rubric's wording, shared by the trainer's review, the quality check and
the agent's feedback list, so a criterion reads the same on every screen."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication

from recovery_desk.domain.flow import RUBRIC

translate = QCoreApplication.translate


def rubric_labels() -> dict[str, str]:
    """Each criterion in the interface language (kept in the Training page's context, where
    the words were first translated)."""
    return {
        "listened_first": translate("TrainingPage", "Listened before solving"),
        "acknowledged_specific": translate("TrainingPage", "Acknowledged the specific problem"),
        "apology_without_blame": translate("TrainingPage", "Apologized without shifting blame"),
        "fix_with_deadline": translate("TrainingPage", "Agreed a fix with a deadline"),
        "satisfaction_confirmed": translate("TrainingPage",
                                            "Satisfaction confirmed by the customer"),
    }


def rubric_html(rubric: dict[str, bool]) -> str:
    """The criteria met (✓) and not met (✗), one per line."""
    labels = rubric_labels()
    return "".join(f"<div>{'✓' if rubric.get(item) else '✗'} {html.escape(labels[item])}</div>"
                   for item in RUBRIC)
