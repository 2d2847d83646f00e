"""The house's rules hold: layers import downward only, no module imports itself in a circle,
the domain knows no Qt or SQLAlchemy, services know no Qt, and every package ships.

The import graph is read from the source (every ``import``, including those inside
functions), so a cycle cannot hide behind a function-local import.
"""

from __future__ import annotations

import ast
import subprocess
import sys
import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "recovery_desk"

#: Each layer may import the layers listed for it (and itself), nothing above.
ALLOWED: dict[str, set[str]] = {
    "core": set(),
    "domain": set(),
    "storage": {"core", "domain"},
    "services": {"core", "domain", "storage"},
    "sync": {"core", "domain", "storage", "services"},
    "ui": {"core", "domain", "services", "sync"},
    "tools": {"core", "domain", "storage", "services", "sync", "ui"},
    "cli": {"core", "domain", "storage", "services", "sync", "ui", "tools"},
}
#: Inside ``ui``, the shared parts know no screen.
UI_COMMON_MAY_NOT_IMPORT = ("desk", "log", "dashboard", "report", "training", "settings",
                            "account", "screenshots", "main_window", "app")


def _module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _modules() -> dict[str, Path]:
    return {_module_name(p): p for p in PACKAGE.rglob("*.py")}


def _imports(name: str, path: Path, known: set[str]) -> Iterator[str]:
    """The package's modules that ``name`` imports, wherever in the file the import stands."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                up = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join(up + ([base] if base else []))
            targets = [f"{base}.{alias.name}" for alias in node.names] + [base]
        else:
            continue
        for target in targets:
            while target and target not in known:
                target = target.rpartition(".")[0]
            if target and target != name and target.startswith("recovery_desk."):
                yield target


def _graph() -> dict[str, set[str]]:
    modules = _modules()
    known = set(modules)
    return {name: set(_imports(name, path, known)) for name, path in modules.items()}


def _layer(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else ""


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    counter = [0]

    def visit(node: str) -> None:
        index[node] = low[node] = counter[0]
        counter[0] += 1
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(graph.get(node, ())):
            # a package's __init__ importing its own submodules is not a cycle of concern
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while True:
                top = stack.pop()
                on_stack.discard(top)
                component.append(top)
                if top == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    sys.setrecursionlimit(10_000)
    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_no_import_cycle_inside_the_package() -> None:
    assert _cycles(_graph()) == []


def test_the_cycle_finder_finds_a_cycle() -> None:
    """The rule above can fail: a two-module and a three-module circle are both reported."""
    graph = {"a": {"b"}, "b": {"a"}, "c": {"d"}, "d": {"e"}, "e": {"c"}, "f": {"a"}}
    assert sorted(_cycles(graph)) == [["a", "b"], ["c", "d", "e"]]


def test_layers_import_downward_only() -> None:
    upward = []
    for module, targets in _graph().items():
        layer = _layer(module)
        for target in targets:
            other = _layer(target)
            if other != layer and other not in ALLOWED.get(layer, set()):
                upward.append(f"{module} -> {target}")
    assert upward == []


def test_shared_ui_parts_know_no_screen() -> None:
    bad = [f"{module} -> {target}" for module, targets in _graph().items()
           if module.startswith("recovery_desk.ui.common") for target in targets
           if target.split(".")[2:3] and target.split(".")[2] in UI_COMMON_MAY_NOT_IMPORT]
    assert bad == []


#: a module longer than this does more than one job: split it (complexity has ruff's C90)
MAX_MODULE_LINES = 500


def test_no_module_is_longer_than_the_limit() -> None:
    long = {str(path.relative_to(ROOT)): lines for path in sorted(PACKAGE.rglob("*.py"))
            if (lines := len(path.read_text(encoding="utf-8").splitlines())) > MAX_MODULE_LINES}
    assert long == {}


def test_every_module_belongs_to_a_layer() -> None:
    stray = [m for m in _modules() if m != "recovery_desk" and _layer(m) not in ALLOWED]
    assert stray == []


def test_every_package_ships_in_the_wheel() -> None:
    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]
                 ["packages"])
    packages = {_module_name(p) for p in PACKAGE.rglob("__init__.py")}
    assert packages - listed == set()


@pytest.mark.parametrize(("folder", "forbidden"), [
    ("domain", ("PySide6", "sqlalchemy", "alembic")),
    ("core", ("PySide6", "sqlalchemy", "alembic")),
    ("services", ("PySide6",)),
    ("storage", ("PySide6",)),
    ("sync", ("PySide6",)),
])
def test_layer_imports(folder: str, forbidden: tuple[str, ...]) -> None:
    modules = sorted(m for m in _modules() if _layer(m) == folder)
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
