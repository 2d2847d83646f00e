"""Issue 13, point 9: hostile files are refused with a reason instead of crashing.

Deep TOML: a 5,000-deep nested file made the playbook and scenario loaders raise
``RecursionError``; now such a file is listed as unusable, saying why, and the good files
beside it still load.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from recovery_desk.cli.main import main
from recovery_desk.core.errors import RecoveryDeskError
from recovery_desk.core.paths import resources_dir
from recovery_desk.domain.playbook import load_library
from recovery_desk.domain.scenario import load_scenarios
from recovery_desk.domain.toml_input import MAX_TOML_DEPTH, bracket_depth, load_bounded
from recovery_desk.services.imports.csv_import import load_mapping
from recovery_desk.services.workspace import Workspace

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
