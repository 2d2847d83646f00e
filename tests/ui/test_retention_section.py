"""The Settings page's retention section: an administrator applies the period at once."""

from __future__ import annotations

from sqlalchemy import select

from recovery_desk.services.cases.recovery import CaseService
from recovery_desk.services.workspace import Workspace
from recovery_desk.storage.models import Customer
from tests.conftest import StepClock
from tests.services.test_case_log import run_default
from tests.services.trust_helpers import sign_in


def _erased(workspace: Workspace) -> bool:
    """Whether the one customer of the log is anonymized."""
    with workspace.engine.connect() as conn:
        return bool(conn.execute(select(Customer.erased)).scalar_one())


def test_an_admin_applies_the_period_now_after_confirming(
        qtbot, window, workspace: Workspace, service: CaseService,  # noqa: ANN001
        clock: StepClock) -> None:
    run_default(service, clock)  # closed in March 2026: months before today
    sign_in(workspace)  # an administrator
    window.refresh_status()
    settings = window.pages["settings"]
    settings.activate()
    section = settings.retention_section
    assert not section.isHidden()
    asked: list[str] = []
    section.confirm = lambda _parent, text: asked.append(text) or False  # "Cancel"
    section.months.setValue(6)
    section.apply_button.click()
    assert asked and "6 months" in asked[0] and not _erased(workspace)
    assert workspace.settings.retention_months == 0  # nothing saved either
    section.confirm = lambda _parent, _text: True
    section.apply_button.click()
    qtbot.waitUntil(lambda: section.apply_button.isEnabled(), timeout=20_000)
    assert section.status.text() == "Anonymized 1 customer(s) in 1 case(s)."
    assert _erased(workspace) and workspace.settings.retention_months == 6


def test_not_shown_to_an_agent(window, workspace: Workspace) -> None:  # noqa: ANN001
    sign_in(workspace, "Alex Agent", "agent")
    window.refresh_status()
    settings = window.pages["settings"]
    settings.activate()
    assert settings.retention_section.isHidden()
