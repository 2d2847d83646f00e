"""The Dashboard's PDF export: the data gathered and the file written off the interface
thread, the charts drawn on it (Qt Charts are graphics items of the GUI thread)."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QLabel, QPushButton, QWidget

from recovery_desk.core import messages
from recovery_desk.services.cases.case_filter import CaseFilter
from recovery_desk.services.kpis import results as kpis
from recovery_desk.services.workspace import Workspace
from recovery_desk.ui.common.workers import alive, run_in_background

if TYPE_CHECKING:
    from recovery_desk.services.kpis.report import ReportData

translate = QCoreApplication.translate


class ReportExport:
    """Export PDF report…, for the Dashboard page (which provides the scope and the busy
    line). Texts keep the page's translation context."""

    ws: Workspace
    export_button: QPushButton
    status: QLabel
    _exporting: bool

    def scope(self) -> CaseFilter:
        raise NotImplementedError

    def granularity_key(self) -> kpis.Granularity:
        raise NotImplementedError

    def is_busy(self) -> bool:
        raise NotImplementedError

    def _set_busy(self, text: str | None) -> None:
        raise NotImplementedError

    def _widget(self) -> QWidget:
        """The page this is mixed into, as the widget it is."""
        assert isinstance(self, QWidget)
        return self

    def ask_and_export(self) -> None:
        default = Path.home() / f"recovery-report-{date.today().isoformat()}.pdf"
        path, _chosen = QFileDialog.getSaveFileName(
            self._widget(), translate("DashboardPage", "Export PDF report…"), str(default),
            translate("DashboardPage", "PDF (*.pdf)"))
        if path:
            self.export_report(Path(path) if path.lower().endswith(".pdf")
                               else Path(path + ".pdf"))

    def export_report(self, path: Path) -> None:
        """Gather the data and write the PDF in the background; only the charts are drawn
        here (Qt Charts are graphics items of this thread), a tenth of a second."""
        if self._exporting:
            return
        from recovery_desk.services.kpis import report
        self._exporting = True
        self.export_button.setEnabled(False)
        self._set_busy(translate("DashboardPage", "Writing the report…"))
        ws, scope, grain = self.ws, self.scope(), self.granularity_key()
        now = datetime.now().astimezone()
        run_in_background(lambda: report.gather(ws, scope, now=now, granularity=grain),
                          lambda data: self._draw_report(path, data), self._report_failed)

    def _draw_report(self, path: Path, data: ReportData) -> None:
        from recovery_desk.ui.report.pdf import draw_charts, write_report

        try:  # even if a language switch rebuilt the page meanwhile: the user asked for it
            charts = draw_charts(self.ws, data)
        except Exception as exc:  # noqa: BLE001 - shown to the user, the window stays up
            self._report_failed(exc)
            return
        ws = self.ws
        run_in_background(lambda: write_report(ws, data, path, charts),
                          lambda pages: self._report_written(path, pages),
                          self._report_failed)

    def _report_written(self, path: Path, pages: int) -> None:
        self._report_done()
        text = translate("DashboardPage", "Saved the report (%1 pages) to %2.") \
            .replace("%1", str(pages)).replace("%2", str(path))
        messages.info(text)
        if alive(self._widget()):   # a language switch may have rebuilt the page meanwhile
            self.status.setText(text)

    def _report_done(self) -> None:
        self._exporting = False
        if not alive(self._widget()):
            return
        self.export_button.setEnabled(True)
        if not self.is_busy():
            self._set_busy(None)

    def _report_failed(self, exc: BaseException) -> None:
        self._report_done()
        text = translate("DashboardPage", "Could not write the report: %1") \
            .replace("%1", first_line(exc))
        messages.error(text)
        if alive(self._widget()):
            self.status.setText(text)


def first_line(exc: BaseException) -> str:
    """A database error's first line (the SQL behind it goes to the log, not the screen)."""
    from recovery_desk.core.errors import RecoveryDeskError

    text = str(exc).strip()
    if isinstance(exc, RecoveryDeskError) or not text:
        return text or type(exc).__name__
    return text.splitlines()[0][:200]
