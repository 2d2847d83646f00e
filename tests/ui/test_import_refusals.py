"""An import's refusals carry codes, so the window says them in the interface language; the
command line keeps its English sentence."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from recovery_desk.core.errors import RecoveryDeskError
from recovery_desk.services.imports.csv_import import import_csv
from recovery_desk.services.workspace import Workspace
from recovery_desk.ui.common.flow_texts import error_text
from recovery_desk.ui.common.i18n import install_translator
from recovery_desk.ui.imports.dialog import ImportDialog
from recovery_desk.ui.main_window import MainWindow

MAPPING = """
[columns]
reference = "Ref"
opened_at = "Opened"
words = "Text"
[defaults]
channel = "email"
category = "late_delivery"
severity = "medium"
"""


@pytest.fixture
def workspace(workspace: Workspace) -> Workspace:
    workspace.trust_in_process("Sam Supervisor")   # imports are for supervisors and admins
    return workspace


@pytest.fixture
def hungarian(qapp) -> Iterator[None]:  # noqa: ANN001
    assert install_translator(qapp, "hu")
    yield
    install_translator(qapp, "en")


def _refused(workspace: Workspace, tmp_path: Path, source: str, mapping: str = MAPPING,
             **options: bool) -> RecoveryDeskError:
    (tmp_path / "old.csv").write_bytes(source.encode("utf-8"))
    (tmp_path / "m.toml").write_text(mapping, encoding="utf-8")
    with pytest.raises(RecoveryDeskError) as caught:
        import_csv(workspace, tmp_path / "old.csv", tmp_path / "m.toml", dry_run=False,
                   **options)
    return caught.value


def test_file_and_mapping_refusals_carry_codes_and_their_values(workspace: Workspace,
                                                                tmp_path: Path) -> None:
    missing = _refused(workspace, tmp_path, "Ref,Opened,Body\n1,2026-03-02 09:00,Late\n")
    assert missing.code == "import.columns_missing"
    assert dict(missing.params) == {"file": "old.csv", "missing": "'Text' (words)",
                                    "columns": "'Ref', 'Opened', 'Body'"}
    bad_row = _refused(workspace, tmp_path, "Ref,Opened,Text\n1,yesterday,Late\n")
    assert (bad_row.code, bad_row.params["count"], bad_row.params["rows"]) == (
        "import.rows_rejected", 1, 1)
    misread = _refused(workspace, tmp_path, "Ref,Opened,Text\n1,2026-03-02 09:00,Früh\n",
                       '[source]\nencoding = "cp1250"\n' + MAPPING)
    assert (misread.code, misread.params["row"]) == ("import.misread_row", 1)
    wrong_id = _refused(workspace, tmp_path, "Ref,Opened,Text\n1,2026-03-02 09:00,Late\n",
                        MAPPING.replace('"medium"', '"urgent"'))
    assert wrong_id.code == "import.mapping_unknown_id"
    assert (wrong_id.params["where"], wrong_id.params["value"]) == ("[defaults] severity",
                                                                   "'urgent'")
    # the command line's English is the sentence it always printed
    assert wrong_id.problem == ("The import mapping m.toml: [defaults] severity = 'urgent' "
                                "is not one of our severity ids.")


def test_the_window_says_an_import_refusal_in_its_language(qtbot, window: MainWindow,  # noqa: ANN001
                                                           hungarian: None,
                                                           tmp_path: Path) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("Ticket ID,Created time,Subject\n1,yesterday,Late\n", encoding="utf-8")
    window.open_import()
    dialog = window.import_dialog
    assert isinstance(dialog, ImportDialog)
    dialog.file_edit.setText(str(bad))
    dialog.preset.setCurrentIndex(dialog.preset.findData("freshdesk"))
    dialog.check_button.click()
    qtbot.waitUntil(lambda: not dialog._busy, timeout=20_000)
    text = dialog.summary.text()
    assert "A(z) bad.csv fájlban nincs 'Description' (words) oszlop." in text
    assert "has no column" not in text


def test_a_mapping_refusal_reads_in_ukrainian(qapp, workspace: Workspace,  # noqa: ANN001
                                              tmp_path: Path) -> None:
    error = _refused(workspace, tmp_path, "Ref,Opened,Text\n1,2026-03-02 09:00,Late\n",
                     MAPPING + '[on_invalid]\nwords = "drop"\n')
    assert error.code == "import.mapping_not_droppable"
    assert install_translator(qapp, "uk")
    try:
        text = error_text(error)
    finally:
        install_translator(qapp, "en")
    assert text.startswith("Схема імпорту m.toml: [on_invalid] має невідомі або "
                           "обов'язкові поля: words.")
