"""File ▸ Import past complaints…: the CSV import in the window.

Choose the file and a preset (or a mapping file), check it (the dry run: nothing is
written), read the report, then import: in the background, with a progress bar over both
passes and Cancel (nothing is written then). The summary is in the interface language; the
report below it speaks the mapping file's terms (field names, their values), as the
command line does.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from recovery_desk.services.imports.csv_import import ImportCancelled, ImportReport, import_csv
from recovery_desk.services.imports.presets import preset_names, preset_path
from recovery_desk.services.workspace import Workspace
from recovery_desk.ui.bus import AppBus
from recovery_desk.ui.common.flow_texts import error_text
from recovery_desk.ui.common.workers import run_in_background

#: How the presets are named for people.
PRESET_TITLES = {"zendesk": "Zendesk", "freshdesk": "Freshdesk", "osticket": "osTicket",
                 "freescout": "FreeScout", "zammad": "Zammad"}
_MAPPING = "__mapping__"


class _Progress(QObject):
    moved = Signal(str, int, int)


class ImportDialog(QDialog):
    """One import at a time; the window stays usable behind it."""

    def __init__(self, workspace: Workspace, bus: AppBus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws, self.bus = workspace, bus
        self.setWindowTitle(self.tr("Import past complaints"))
        self._cancel = threading.Event()
        self._busy = False
        self.checked: tuple[Path, Path, bool] | None = None   # what the last dry run read
        self.report: ImportReport | None = None
        self._build()
        self._progress = _Progress(self)
        self._progress.moved.connect(self._moved)
        self._update_buttons()

    def _build(self) -> None:
        self.file_edit = QLineEdit()
        self.file_edit.setPlaceholderText(self.tr("The CSV export of your old helpdesk"))
        choose = QPushButton(self.tr("Choose…"))
        choose.clicked.connect(self._choose_file)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(choose)
        self.preset = QComboBox()
        for name in preset_names():
            title = PRESET_TITLES.get(name) or self.tr("Support tickets (generic layout)")
            self.preset.addItem(title, name)
        self.preset.addItem(self.tr("My own mapping file…"), _MAPPING)
        self.mapping_edit = QLineEdit()
        self.mapping_edit.setPlaceholderText(self.tr("MAPPING.toml (see docs/csv-import.md)"))
        self.mapping_button = QPushButton(self.tr("Choose…"))
        self.mapping_button.clicked.connect(self._choose_mapping)
        mapping_row = QHBoxLayout()
        mapping_row.addWidget(self.mapping_edit, 1)
        mapping_row.addWidget(self.mapping_button)
        self.skip = QCheckBox(self.tr("Import the good rows and write the others, with the "
                                      "reason, to a rejects file"))
        form = QFormLayout()
        form.addRow(self.tr("&File:"), file_row)
        form.addRow(self.tr("&Exported from:"), self.preset)
        form.addRow(self.tr("&Mapping:"), mapping_row)
        form.addRow("", self.skip)
        self._labels(form)
        self.summary = QLabel(self.tr("Choose a file, then check it: nothing is written until "
                                      "you import."))
        self.summary.setWordWrap(True)
        self.phase = QLabel("")
        self.bar = QProgressBar()
        self.bar.setRange(0, 1000)
        self.bar.setTextVisible(True)
        self.bar.hide()
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.details.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.details.setAccessibleName(self.tr("Import report"))
        self.buttons = QDialogButtonBox()
        self.check_button = self.buttons.addButton(self.tr("&Check"),
                                                   QDialogButtonBox.ButtonRole.ActionRole)
        self.import_button = self.buttons.addButton(self.tr("&Import"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(self.tr("Cancel"),
                                                    QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.check_button.clicked.connect(lambda: self._run(dry_run=True))
        self.import_button.clicked.connect(lambda: self._run(dry_run=False))
        self.cancel_button.clicked.connect(self._cancel.set)
        self.close_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.phase)
        layout.addWidget(self.bar)
        layout.addWidget(self.details, 1)
        layout.addWidget(self.buttons)
        for widget in (self.file_edit, self.mapping_edit):
            widget.textChanged.connect(self._inputs_changed)
        self.preset.currentIndexChanged.connect(self._inputs_changed)
        self.skip.toggled.connect(self._inputs_changed)
        self.resize(900, 640)

    def _labels(self, form: QFormLayout) -> None:
        """Buddies, so each field's label mnemonic (Alt+F, Alt+E, Alt+M) reaches it."""
        for row, widget in ((0, self.file_edit), (1, self.preset), (2, self.mapping_edit)):
            item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            label = item.widget() if item is not None else None
            if isinstance(label, QLabel):
                label.setBuddy(widget)

    # -- inputs -------------------------------------------------------------------------

    def _choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the export"),
                                              str(Path.home()), self.tr("CSV files (*.csv *.txt)"))
        if path:
            self.file_edit.setText(path)

    def _choose_mapping(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the mapping"),
                                              str(Path.home()), self.tr("Mappings (*.toml)"))
        if path:
            self.mapping_edit.setText(path)

    def _inputs(self) -> tuple[Path, Path, bool] | None:
        source = self.file_edit.text().strip()
        if not source:
            return None
        if self.preset.currentData() == _MAPPING:
            mapping = self.mapping_edit.text().strip()
            if not mapping:
                return None
            return Path(source), Path(mapping), self.skip.isChecked()
        return Path(source), preset_path(str(self.preset.currentData())), self.skip.isChecked()

    def _inputs_changed(self, *_args: object) -> None:
        own = self.preset.currentData() == _MAPPING
        self.mapping_edit.setEnabled(own)
        self.mapping_button.setEnabled(own)
        if self.checked is not None and self._inputs() != self.checked:
            self.checked = None   # a changed choice needs a new check before importing
        self._update_buttons()

    def _update_buttons(self) -> None:
        ready = self._inputs() is not None and not self._busy
        self.check_button.setEnabled(ready)
        self.import_button.setEnabled(ready and self.checked is not None and
                                      self.report is not None and self.report.ok)
        self.cancel_button.setVisible(self._busy)
        self.close_button.setEnabled(not self._busy)

    # -- running ------------------------------------------------------------------------

    def _run(self, dry_run: bool) -> None:
        inputs = self._inputs()
        if inputs is None or self._busy:
            return
        source, mapping, skip = inputs
        self._busy = True
        self._cancel.clear()
        self.bar.setValue(0)
        self.bar.show()
        self.phase.setText(self.tr("Reading the file…"))
        self._update_buttons()
        workspace, cancel, progress = self.ws, self._cancel, self._progress

        def tick(phase: str, done: int, total: int) -> bool:
            progress.moved.emit(phase, done, total)
            return not cancel.is_set()

        def work() -> ImportReport:
            return import_csv(workspace, source, mapping, dry_run=dry_run,
                              skip_bad_rows=skip, progress=tick)

        run_in_background(work, lambda report: self._done(report, inputs),
                          self._failed)

    def _moved(self, phase: str, done: int, total: int) -> None:
        texts = {"checking": self.tr("Checking every row… %1 of %2 MB"),
                 "importing": self.tr("Importing… %1 of %2 MB")}
        self.phase.setText(texts.get(phase, "%1 / %2").replace("%1", f"{done / 1e6:.1f}")
                           .replace("%2", f"{total / 1e6:.1f}"))
        self.bar.setValue(int(1000 * done / max(total, 1)))

    def _done(self, report: ImportReport, inputs: tuple[Path, Path, bool]) -> None:
        self._busy = False
        self.bar.hide()
        self.phase.setText("")
        self.report = report
        self.checked = inputs if report.dry_run else None
        self.summary.setText(self.summary_text(report))
        self.details.setPlainText("\n".join(report.lines()))
        self._update_buttons()
        if not report.dry_run and report.cases:
            self.bus.announce(None, self)

    def _failed(self, exc: BaseException) -> None:
        self._busy = False
        self.bar.hide()
        self.phase.setText("")
        self.report, self.checked = None, None
        if isinstance(exc, ImportCancelled):
            self.summary.setText(self.tr("The import was cancelled; nothing was imported."))
        else:
            self.summary.setText(self.tr("Nothing was imported: %1").replace(
                "%1", error_text(exc)))
        self._update_buttons()

    def summary_text(self, report: ImportReport) -> str:
        """The report's figures in the interface language."""
        rows, accepted, rejected = (str(report.rows), str(report.accepted),
                                    str(len(report.rejected)))
        if report.dry_run and not report.rejected:
            return (self.tr("Checked %1 rows: all %2 can be imported. Read the report below, "
                            "then press Import.").replace("%1", rows).replace("%2", accepted))
        if report.dry_run and report.skip_bad_rows:
            return (self.tr("Checked %1 rows: %2 can be imported; %3 will be written to a "
                            "rejects file with the reason.").replace("%1", rows)
                    .replace("%2", accepted).replace("%3", rejected))
        if report.dry_run:
            return (self.tr("Checked %1 rows: %3 cannot be imported (listed below). Fix the "
                            "file or the mapping, or import only the good rows.")
                    .replace("%1", rows).replace("%3", rejected))
        text = self.tr("Imported %1 cases.").replace("%1", str(report.cases))
        if report.rejected:
            text += " " + self.tr("%1 rows were skipped; they are in %2 with the reason.") \
                .replace("%1", rejected).replace("%2", str(report.rejects_file))
        return text

    def reject(self) -> None:
        if self._busy:   # closing while it runs cancels it; nothing is written
            self._cancel.set()
            return
        super().reject()
