"""The layering rules hold: the domain knows no Qt or SQLAlchemy, services know no Qt."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "recovery_desk"


def _modules(folder: str) -> list[str]:
    return sorted(f"recovery_desk.{folder}.{p.stem}" for p in (PACKAGE / folder).glob("*.py")
                  if p.stem != "__init__")


@pytest.mark.parametrize(("folder", "forbidden"), [
    ("domain", ("PySide6", "sqlalchemy", "alembic")),
    ("services", ("PySide6",)),
    ("storage", ("PySide6",)),
])
def test_layer_imports(folder: str, forbidden: tuple[str, ...]) -> None:
    modules = _modules(folder)
    assert modules, folder
    code = (
        "import sys, importlib\n"
        f"for m in {modules!r}: importlib.import_module(m)\n"
        f"bad = sorted({{n.split('.')[0] for n in sys.modules}} & {set(forbidden)!r})\n"
        "print(','.join(bad))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True)
    assert result.stdout.strip() == "", f"{folder} imports {result.stdout.strip()}"


def test_startup_path_does_not_import_alembic_when_schema_is_current(tmp_path: Path) -> None:
    db = tmp_path / "c.sqlite3"
    env_code = (
        "import sys\n"
        "from recovery_desk.services.workspace import open_workspace\n"
        "from recovery_desk.services.settings import Settings\n"
        f"open_workspace({str(db)!r}, settings=Settings(desk_id='D', user='u')).close()\n"
        "print('alembic' in sys.modules)\n"
    )
    first = subprocess.run([sys.executable, "-c", env_code], capture_output=True, text=True,
                           check=True, env=_env(tmp_path))
    second = subprocess.run([sys.executable, "-c", env_code], capture_output=True, text=True,
                            check=True, env=_env(tmp_path))
    assert first.stdout.strip() == "True"  # a new log needed the migration
    assert second.stdout.strip() == "False"  # an up-to-date one does not pay for Alembic


def _env(tmp_path: Path) -> dict[str, str]:
    import os

    return {**os.environ, "RECOVERY_DESK_HOME": str(tmp_path / "home")}
