"""Export the case list from the window: in the background, with progress and Cancel."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QProgressDialog, QWidget

from recovery_desk.core import messages
from recovery_desk.services.cases.case_filter import CaseFilter
from recovery_desk.services.exports.export import ExportCancelled, ExportFilter, count_rows, export
from recovery_desk.services.exports.rights import must_pseudonymize
from recovery_desk.services.workspace import Workspace
from recovery_desk.ui.common.flow_texts import error_text
from recovery_desk.ui.common.workers import run_in_background

FORMATS = {"csv": "CSV (*.csv)", "xlsx": "Excel (*.xlsx)", "jsonl": "JSON Lines (*.jsonl)"}


class _Progress(QObject):
    moved = Signal(int)


class CaseExporter(QObject):
    """Runs one export at a time; the window stays usable and Cancel leaves no file."""

    finished = Signal(int)

    def __init__(self, workspace: Workspace, parent: QWidget) -> None:
        super().__init__(parent)
        self.ws = workspace
        self.parent_widget = parent
        self._cancel = threading.Event()
        self.dialog: QProgressDialog | None = None

    def ask_and_export(self, pseudonymize: bool = False) -> None:
        path, chosen = QFileDialog.getSaveFileName(
            self.parent_widget, self.tr("Export cases…"), str(Path.home() / "cases.csv"),
            ";;".join(FORMATS.values()))
        if path:
            fmt = next((k for k, v in FORMATS.items() if v == chosen),
                       Path(path).suffix.lstrip(".") or "csv")
            self.export_to(Path(path), fmt if fmt in FORMATS else "csv", pseudonymize)

    def export_to(self, path: Path, fmt: str, pseudonymize: bool = False,
                  case_filter: CaseFilter | None = None) -> None:
        """``case_filter``: only the cases of that view (the Log's "Export this view…")."""
        flt = case_filter if case_filter is not None else ExportFilter()
        forced = not pseudonymize and must_pseudonymize(self.ws, pseudonymize)
        pseudonymize = pseudonymize or forced
        total = count_rows(self.ws.engine, flt=flt)
        self._cancel.clear()
        dialog = QProgressDialog(self.tr("Exporting %1 cases…").replace("%1", str(total)),
                                 self.tr("Cancel"), 0, max(total, 1), self.parent_widget)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        dialog.canceled.connect(self._cancel.set)
        self.dialog = dialog
        progress = _Progress(self)
        progress.moved.connect(dialog.setValue)
        engine, cancel = self.ws.engine, self._cancel

        def tick(done: int) -> bool:
            progress.moved.emit(done)
            return not cancel.is_set()

        def work() -> int:
            return export(engine, path, fmt, flt=flt, pseudonymize=pseudonymize, progress=tick)

        def done(count: int) -> None:
            dialog.reset()
            text = self.tr("Exported %1 cases to %2, pseudonymized: customers are named only "
                           "in a supervisor's or an administrator's export.") if forced else \
                self.tr("Exported %1 cases to %2.")
            messages.info(text.replace("%1", str(count)).replace("%2", str(path)))
            self.finished.emit(count)

        def failed(exc: BaseException) -> None:
            dialog.reset()
            if isinstance(exc, ExportCancelled):
                messages.info(self.tr("The export was cancelled; nothing was written."))
            else:
                messages.error(self.tr("Export failed: %1").replace("%1", error_text(exc)))
            self.finished.emit(-1)

        run_in_background(work, done, failed)

    def cancel(self) -> None:
        self._cancel.set()
