"""An offer of two resolutions is shown whole: the wrap-up the agent reads out, the
agreement PDF for the customer (rendered, its text extracted) and the Log's case detail
each name every resolution with its amount and deadline, and the total."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from recovery_desk.domain.commitments import OfferItem
from recovery_desk.services.cases.case_detail import case_detail_for
from recovery_desk.services.cases.recovery import CaseService
from recovery_desk.ui.common.formatting import date_text, money
from recovery_desk.ui.log.detail_html import detail_html
from recovery_desk.ui.main_window import MainWindow
from tests.conftest import StepClock, open_default_case
from tests.services.test_commitments import HAPPY
from tests.services.test_worklists import finish_stage, walk

from .test_desk_wrap_up import _pages, _pdf_text

REDELIVERY, REFUND = date(2026, 3, 4), date(2026, 3, 9)


def _two_resolutions(window: MainWindow, **case: object):  # noqa: ANN202 - a CasePanel
    service = CaseService(window.ws, clock=StepClock())
    case_id = open_default_case(service, **case).case_id
    walk(service, case_id, "resolution")
    service.offer(case_id, "replacement", deadline=REDELIVERY, currency="EUR",
                  more=[OfferItem("refund", Decimal("12.5"), REFUND)])
    finish_stage(service, case_id)
    walk(service, case_id, "satisfaction")
    service.record_satisfaction(case_id, HAPPY)
    while service.get(case_id).status != "closed":
        finish_stage(service, case_id)
    return window.desk.show_case(service.get(case_id))


def _label(panel, resolution: str, lang: str = "en") -> str:  # noqa: ANN001
    return panel.playbook.resolution(resolution).label.get(lang)


def test_the_wrap_up_reads_out_every_resolution_with_its_amount_and_deadline(
        qtbot, window: MainWindow) -> None:  # noqa: ANN001
    panel = _two_resolutions(window)
    said = panel.guidance.toPlainText()
    replacement, refund = _label(panel, "replacement"), _label(panel, "refund")
    assert "What we agreed:" in said
    assert f"• {replacement} · by {date_text('2026-03-04')}" in said
    assert f"• {refund} · {money(Decimal('12.50'), 'EUR')} · by {date_text('2026-03-09')}" \
        in said
    assert f"Total: {money(Decimal('12.50'), 'EUR')}." in said
    assert "Amount:" not in said  # the total is not passed off as the first one's amount
    assert "replacement" not in said and "refund" not in said  # no ids


def test_the_agreement_pdf_lists_both_resolutions_in_english(
        qtbot, window: MainWindow, tmp_path: Path) -> None:  # noqa: ANN001
    panel = _two_resolutions(window)
    out = tmp_path / "agreement.pdf"
    panel.save_agreement(out)
    text = _pdf_text(out)
    assert _pages(out) == 1
    assert "What we agreed:" in text
    assert f"– {_label(panel, 'replacement')}, by Wednesday, 4 March 2026" in text
    assert f"– {_label(panel, 'refund')}, €12.50, by Monday, 9 March 2026" in text
    assert "Total: €12.50" in text


def test_the_agreement_pdf_lists_both_resolutions_in_the_customers_hungarian(
        qtbot, window: MainWindow, tmp_path: Path) -> None:  # noqa: ANN001
    panel = _two_resolutions(window, language="hu")
    out = tmp_path / "megallapodas.pdf"
    panel.save_agreement(out)
    text = " ".join(_pdf_text(out).split())
    assert "Amiben megállapodtunk:" in text
    assert f"– {_label(panel, 'replacement', 'hu')}, határidő: 2026. március 4." in text
    assert f"– {_label(panel, 'refund', 'hu')}, 12,50 €, határidő: 2026. március 9." in text
    assert "Összesen: 12,50 €" in text


def test_the_logs_case_detail_lists_every_resolution_and_the_total(
        qtbot, window: MainWindow) -> None:  # noqa: ANN001
    panel = _two_resolutions(window)
    detail = case_detail_for(window.ws, panel.state.case_id, lang="en")
    page = detail_html(detail, window.ws)
    assert f"{_label(panel, 'replacement')} · no cost · promised by {date_text('2026-03-04')}" \
        in page
    assert (f"{_label(panel, 'refund')} · {money(Decimal('12.50'), 'EUR')} · promised by "
            f"{date_text('2026-03-09')}") in page
    assert f"Total: {money(Decimal('12.50'), 'EUR')}" in page


def test_the_logs_resolution_and_redress_headers_say_first_resolution_and_total(
        qtbot, window: MainWindow) -> None:  # noqa: ANN001
    from PySide6.QtCore import Qt

    from recovery_desk.ui.log.case_table_model import CaseTableModel

    model = CaseTableModel(window.ws)
    tips = {c.key: model.headerData(i, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
            for i, c in enumerate(model.columns)}
    assert tips["resolution"].startswith("The offer's first resolution.")
    assert tips["redress"].startswith("The offer's total, over every resolution")
    assert tips["redress"].endswith("Click to sort by this column")
