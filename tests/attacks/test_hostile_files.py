"""Issue 13, point 9: hostile files are refused with a reason instead of crashing.

Deep TOML: a 5,000-deep nested file made the playbook and scenario loaders raise
``RecursionError``; now such a file is listed as unusable, saying why, and the good files
beside it still load.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from recovery_desk.cli.main import main
from recovery_desk.core.errors import RecoveryDeskError
from recovery_desk.core.paths import resources_dir
from recovery_desk.domain.playbook import load_library
from recovery_desk.domain.scenario import load_scenarios
from recovery_desk.domain.toml_input import MAX_TOML_DEPTH, bracket_depth, load_bounded
from recovery_desk.services.imports.csv_import import load_mapping
from recovery_desk.services.trust.backup import restore
from recovery_desk.services.workspace import Workspace, open_workspace
from recovery_desk.storage.health import LogDamaged
from tests.services.trust_helpers import sign_in

DEEP = {
    "arrays": "[playbook]\nid = \"deep\"\nx = " + "[" * 5000 + "]" * 5000 + "\n",
    "inline tables": "[playbook]\nid = \"deep\"\nx = " + "{a = " * 5000 + "1" + "}" * 5000 + "\n",
    "dotted keys": "[playbook]\nid = \"deep\"\n" + ".".join(["a"] * 5000) + " = 1\n",
    "table header": "[" + ".".join(["a"] * 5000) + "]\nx = 1\n",
}
REASON = f"more than {MAX_TOML_DEPTH} levels deep"


def _folder_with(tmp_path: Path, shipped: Path, text: str) -> Path:
    folder = tmp_path / shipped.name
    shutil.copytree(shipped, folder)
    (folder / "zz_deep.toml").write_text(text, encoding="utf-8")
    return folder


@pytest.mark.parametrize("shape", sorted(DEEP))
def test_deep_playbook_is_listed_unusable_and_the_others_load(tmp_path: Path,
                                                              shape: str) -> None:
    shipped = resources_dir() / "playbooks"
    library = load_library(_folder_with(tmp_path, shipped, DEEP[shape]))
    assert REASON in library.unusable["zz_deep.toml"]
    assert "zz_deep.toml" in library.unusable["zz_deep.toml"]
    assert set(library.usable) == set(load_library(shipped).usable)


@pytest.mark.parametrize("shape", sorted(DEEP))
def test_deep_scenario_is_listed_unusable(tmp_path: Path, shape: str) -> None:
    shipped = resources_dir() / "scenarios"
    library = load_scenarios(_folder_with(tmp_path, shipped, DEEP[shape]))
    assert REASON in library.unusable["zz_deep.toml"]
    assert library.usable


def test_playbooks_validate_names_the_deep_file(tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    deep = tmp_path / "deep.toml"
    deep.write_text(DEEP["arrays"], encoding="utf-8")
    assert main(["playbooks", "validate", str(deep)]) == 1
    assert f"INVALID deep.toml: (file): nests arrays or tables {REASON}" in capsys.readouterr().err


def test_deep_import_mapping_is_refused(tmp_path: Path, workspace: Workspace) -> None:
    deep = tmp_path / "mapping.toml"
    deep.write_text(DEEP["inline tables"].replace("[playbook]", "[columns]"), encoding="utf-8")
    with pytest.raises(RecoveryDeskError, match=REASON):
        load_mapping(deep, workspace.taxonomy)


def test_huge_file_is_refused_before_it_is_read(tmp_path: Path) -> None:
    shipped = resources_dir() / "playbooks"
    folder = _folder_with(tmp_path, shipped, "")
    with (folder / "zz_deep.toml").open("wb") as handle:
        handle.truncate(50_000_000)   # sparse: big on paper, nothing to read
    library = load_library(folder)
    assert "is too big (50,000,000 bytes" in library.unusable["zz_deep.toml"]


def test_brackets_inside_strings_and_comments_do_not_count() -> None:
    text = 'a = "[[[[{{{{"\nb = \'[[[[\'\nc = """\n[[[[\n"""\n# [[[[[[[[\nd = [[1], [2]]\n'
    assert bracket_depth(text) == 2
    assert load_bounded(text.encode())["d"] == [[1], [2]]


# -- a damaged file -------------------------------------------------------------------


def _cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _demo_log(path: Path, capsys: pytest.CaptureFixture[str], cases: int = 60) -> None:
    code, _out, err = _cli(capsys, "--db", str(path), "demo-data", "--cases", str(cases))
    assert code == 0, err
    raw = sqlite3.connect(path)
    raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # everything in the main file
    raw.close()


def _flip_page(path: Path, table: str) -> None:
    """Flip bytes in the middle of a leaf page of ``table`` (as a failing disk would)."""
    raw = sqlite3.connect(path)
    size = raw.execute("PRAGMA page_size").fetchone()[0]
    page = raw.execute("SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf' "
                       "ORDER BY pageno LIMIT 1 OFFSET 3", (table,)).fetchone()[0]
    raw.close()
    data = bytearray(path.read_bytes())
    start = (page - 1) * size
    for offset in range(start + size // 4, start + size - 64, 5):
        data[offset] ^= 0xFF
    path.write_bytes(bytes(data))


def _break_utf8(path: Path) -> None:
    """One byte of an event's text made invalid UTF-8; the page itself stays well formed."""
    data = path.read_bytes()
    at = data.index(b'"kind"') if b'"kind"' in data else data.index(b"case_opened")
    at = data.index(b"ref", at)
    path.write_bytes(data[:at] + b"\xff" + data[at + 1:])


def test_flipped_bytes_in_a_table_page_are_a_finding_and_stop_the_writers(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    log = tmp_path / "log.sqlite3"
    _demo_log(log, capsys)
    backup = tmp_path / "before.sqlite3"
    shutil.copy(log, backup)
    _flip_page(log, "case_events")
    code, _out, err = _cli(capsys, "--db", str(log), "check")
    assert code == 1
    assert "unexpected error" not in err
    assert "SQLite integrity:" in err or "the file is damaged" in err
    assert "The file is damaged: restore the newest backup" in err
    # the writers refuse the damaged file, saying what the last check found
    code, _out, err = _cli(capsys, "--db", str(log), "demo-data", "--cases", "5")
    assert code == 1
    assert "found the case log at" in err and "damaged" in err
    assert "recovery-desk restore FILE" in err
    with pytest.raises(LogDamaged):
        open_workspace(str(log))
    # after a restore of the backup (for an administrator) the log is whole and writable again
    restored = open_workspace(str(log), allow_damaged=True)
    try:
        sign_in(restored)
        restore(restored, backup)
    finally:
        restored.close()
    assert _cli(capsys, "--db", str(log), "check")[0] == 0
    assert _cli(capsys, "--db", str(log), "demo-data", "--cases", "5", "--seed", "2")[0] == 0


def test_text_that_is_not_utf8_is_a_finding_not_an_unexpected_error(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    log = tmp_path / "log.sqlite3"
    _demo_log(log, capsys, cases=20)
    _break_utf8(log)
    code, _out, err = _cli(capsys, "--db", str(log), "check")
    assert code == 1
    assert "unexpected error" not in err
    assert "the file is damaged: reading" in err and "UTF-8" in err
    assert _cli(capsys, "--db", str(log), "demo-data", "--cases", "5")[0] == 1


def test_check_runs_on_a_read_only_evidence_copy_and_writes_nothing(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    log = tmp_path / "log.sqlite3"
    _demo_log(log, capsys, cases=30)
    evidence = tmp_path / "evidence"
    evidence.mkdir()
    copy = evidence / "log.sqlite3"
    shutil.copy(log, copy)
    before = copy.read_bytes()
    copy.chmod(0o444)
    evidence.chmod(0o555)
    try:
        code, out, err = _cli(capsys, "--db", str(copy), "check")
        assert code == 0, err
        assert out.startswith("OK: ")
        assert sorted(p.name for p in evidence.iterdir()) == ["log.sqlite3"]  # no -wal, -shm
        assert copy.read_bytes() == before
    finally:
        evidence.chmod(0o755)


def test_deleting_every_desks_row_does_not_turn_the_tail_check_off(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    log = tmp_path / "log.sqlite3"
    _demo_log(log, capsys, cases=20)
    raw = sqlite3.connect(log)
    last = raw.execute("SELECT max(desk_seq) FROM case_events").fetchone()[0]
    raw.execute("DELETE FROM case_events WHERE desk_seq > ?", (last - 10,))  # cut the tail
    raw.execute("DELETE FROM desks")
    raw.commit()
    raw.close()
    code, _out, err = _cli(capsys, "--db", str(log), "check")
    assert code == 1
    assert "its chain head is missing from the desks table" in err


def test_check_rebuild_needs_an_administrator(tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    log = tmp_path / "log.sqlite3"
    _demo_log(log, capsys, cases=10)
    code, _out, err = _cli(capsys, "--db", str(log), "check", "--rebuild")
    assert code == 1
    assert "Nobody is signed in, and only an admin may rebuild the case list" in err
