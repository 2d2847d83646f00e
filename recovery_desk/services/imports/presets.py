"""Ready mappings for the exports people actually have (``import-csv FILE --preset NAME``):
one TOML mapping per source tool in ``resources/import/presets``, each tested on a sample
built from that tool's documented export columns (docs/csv-import.md has the export steps).
"""

from __future__ import annotations

from pathlib import Path

from recovery_desk.core.paths import resources_dir
from recovery_desk.services.imports import refusals as R


def presets_dir() -> Path:
    return resources_dir() / "import" / "presets"


def preset_names() -> list[str]:
    return sorted(p.stem for p in presets_dir().glob("*.toml"))


def preset_path(name: str) -> Path:
    """The mapping file of the preset ``name``; a clear error lists the presets."""
    path = presets_dir() / f"{name.strip().lower()}.toml"
    if not path.is_file() or "/" in name or "\\" in name:
        raise R.refuse(R.NO_PRESET(name=repr(name), presets=", ".join(preset_names())))
    return path
