"""File ▸ Import past complaints…: check, read the report, import, with progress; a changed
choice needs a new check, and Cancel writes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from recovery_desk.services.workspace import Workspace
from recovery_desk.storage.models import Case
from recovery_desk.ui.imports.dialog import ImportDialog
from recovery_desk.ui.main_window import MainWindow

SAMPLES = Path(__file__).parents[1] / "services" / "data" / "presets"


@pytest.fixture
def workspace(workspace: Workspace) -> Workspace:
    """Imports are for supervisors and admins: the window opens with one signed in
    (in-process: the sign-in has its own tests)."""
    workspace.ensure_user("Sam Supervisor", "supervisor")
    workspace.trust_in_process("Sam Supervisor")
    return workspace


def _cases(workspace: Workspace) -> int:
    with workspace.engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(Case)).scalar_one()


def _idle(qtbot, dialog: ImportDialog) -> None:  # noqa: ANN001
    qtbot.waitUntil(lambda: not dialog._busy, timeout=20_000)


def _checked(qtbot, window: MainWindow, source: Path, preset: str) -> ImportDialog:  # noqa: ANN001
    """The dialog from the File menu, with this file and preset chosen and checked."""
    window.open_import()
    dialog = window.import_dialog
    assert isinstance(dialog, ImportDialog)
    dialog.file_edit.setText(str(source))
    dialog.preset.setCurrentIndex(dialog.preset.findData(preset))
    dialog.check_button.click()
    _idle(qtbot, dialog)
    return dialog


def test_check_then_import_from_the_file_menu(qtbot, window: MainWindow,  # noqa: ANN001
                                              workspace: Workspace) -> None:
    window.open_import()
    dialog = window.import_dialog
    assert isinstance(dialog, ImportDialog) and dialog.isVisible()
    assert not dialog.check_button.isEnabled() and not dialog.import_button.isEnabled()
    dialog.file_edit.setText(str(SAMPLES / "freshdesk.csv"))
    dialog.preset.setCurrentIndex(dialog.preset.findData("freshdesk"))
    assert dialog.check_button.isEnabled() and not dialog.import_button.isEnabled()
    dialog.check_button.click()
    _idle(qtbot, dialog)
    assert dialog.summary.text() == ("Checked 4 rows: all 4 can be imported. Read the report "
                                     "below, then press Import.")
    assert "Values of outcome: 'Awesome' → recovered" in dialog.details.toPlainText()
    assert _cases(workspace) == 0 and dialog.import_button.isEnabled()
    dialog.skip.setChecked(True)          # another choice: check again first
    assert not dialog.import_button.isEnabled()
    dialog.skip.setChecked(False)
    dialog.check_button.click()
    _idle(qtbot, dialog)
    with qtbot.waitSignal(window.bus.cases_changed, timeout=20_000):
        dialog.import_button.click()
    _idle(qtbot, dialog)
    assert dialog.summary.text() == "Imported 4 cases."
    assert _cases(workspace) == 4
    assert not dialog.import_button.isEnabled()   # not twice without a new check


def test_a_refused_file_says_why_in_the_dialog(qtbot, window: MainWindow,  # noqa: ANN001
                                               tmp_path: Path) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("Ticket ID,Created time,Subject\n1,yesterday,Late\n", encoding="utf-8")
    dialog = _checked(qtbot, window, bad, "freshdesk")
    assert dialog.summary.text().startswith("Nothing was imported: bad.csv has no column "
                                            "'Description' (words)")
    assert not dialog.import_button.isEnabled()


def test_cancel_while_importing_writes_nothing(qtbot, window: MainWindow,  # noqa: ANN001
                                               workspace: Workspace, tmp_path: Path) -> None:
    big = tmp_path / "many.csv"
    big.write_text("Ticket ID,Created,Channel,Category,Description,Status\n" + "".join(
        f"T{i},2026-03-02 09:00,Phone,long_wait,Complaint number {i},Closed\n"
        for i in range(4000)),
        encoding="utf-8")
    dialog = _checked(qtbot, window, big, "support-tickets")
    assert dialog.import_button.isEnabled()
    dialog._cancel.set()   # as if Cancel were pressed at the first progress tick
    dialog._run(dry_run=False)
    dialog._cancel.set()
    _idle(qtbot, dialog)
    assert dialog.summary.text() == "The import was cancelled; nothing was imported."
    assert _cases(workspace) == 0
