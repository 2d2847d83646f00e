"""``recovery-desk kpis --json`` prints the Dashboard's figures: the page on screen and the
command, for the same scope, give the same numbers."""

from __future__ import annotations

import json
from datetime import date

import pytest

from recovery_desk.cli.main import main
from recovery_desk.services.demo.generator import generate
from recovery_desk.services.workspace import Workspace
from recovery_desk.ui.main_window import MainWindow


@pytest.fixture
def demo(workspace: Workspace) -> Workspace:
    generate(workspace, 80, seed=16)
    return workspace


def _kpis(capsys: pytest.CaptureFixture[str], db: str, *args: str) -> dict:  # type: ignore[type-arg]
    capsys.readouterr()
    assert main(["--db", db, "kpis", *args, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_kpis_json_equals_the_dashboard_on_screen(qtbot, demo: Workspace, window: MainWindow,  # noqa: ANN001
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    page = window.dashboard
    window.show_page("dashboard")
    channel = page.channel.findData("phone")
    for period, args in (("all", ()), ("custom", ("--from", "2026-01-01", "--to",
                                                  "2026-12-31", "--channel", "phone"))):
        page.period.setCurrentIndex(page.period.findData(period))
        if period == "custom":
            page.date_from.setDate(date(2026, 1, 1))
            page.date_to.setDate(date(2026, 12, 31))
            page.channel.setCurrentIndex(channel)
        page.refresh()
        qtbot.waitUntil(lambda: not page.is_busy() and page.result is not None
                        and page.result.scope == page.scope(), timeout=20_000)
        shown = page.result
        printed = _kpis(capsys, demo.location, *args, "--by", "category")
        assert printed["scope"]["channels"] == list(shown.scope.channels)
        assert [(t["key"], t["unit"], t["value"], t["n"]) for t in printed["tiles"]] == [
            (k.key, k.unit, k.value, k.n) for k in shown.tiles]
        assert [(r["value"], r["count"], r["recovery_rate"]) for r in
                printed["breakdown"]["rows"]] == [
            (r.value, r.count, r.recovery_rate) for r in shown.breakdowns["category"]]
    assert printed["tiles"][0]["value"] < 80   # the phone scope is narrower than all


def test_kpis_prints_a_table_by_default(demo: Workspace,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", demo.location, "kpis", "--by", "channel"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Figures for cases opened from the start to today:")
    assert "recovery_rate" in out and "By channel:" in out
