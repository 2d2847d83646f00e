"""The shipped playbooks, parsed once and kept by file stamp.

Reading eight playbooks is most of opening a workspace: bounded TOML (a nesting scan, then
``tomllib``, both pure Python) and the merge-field check of every line. Their outcome only
changes when a file does, so it is kept twice: in this process (a second workspace, the
Log's case detail) and in ``cache_dir()/playbooks.json`` for the next start, as the TOML's
data in JSON (read by C, no code in it) or the reason a file is unusable. Either is used
only while every playbook file, the taxonomy and the modules that judge them have the
stamp (modification time in ns, size) they had when it was written, as Python keeps its
bytecode; any other stamp, or a cache that cannot be read, parses the files again. The
checks themselves are the domain's (``load_playbook``): a cached library is the library
``load_library`` builds, which a test compares field by field.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
from pathlib import Path
from typing import Any

from recovery_desk import __version__
from recovery_desk.core.paths import cache_dir
from recovery_desk.domain import merge_fields, playbook, toml_input
from recovery_desk.domain.merge_fields import taxonomy_categories
from recovery_desk.domain.playbook import (
    Playbook,
    PlaybookLibrary,
    load_folder,
    load_playbook,
    parse_playbook,
    read_toml,
)

log = logging.getLogger(__name__)

#: bumped when what the cache holds changes shape
CACHE_FORMAT = 1
#: the modules whose rules decide what a playbook file yields
_JUDGES = (playbook, merge_fields, toml_input)

_in_process: dict[str, tuple[list[Any], PlaybookLibrary]] = {}


def _stamp(path: Path) -> list[Any]:
    try:
        info = path.stat()
    except OSError:
        return [path.name, None]
    return [path.name, info.st_mtime_ns, info.st_size]


def _key(folder: Path, files: list[Path], taxonomy: Path) -> list[Any]:
    """Everything the outcome depends on, as JSON compares it (lists, not tuples)."""
    judges = [_stamp(Path(str(module.__file__))) for module in _JUDGES]
    return [CACHE_FORMAT, __version__, str(folder.resolve()), _stamp(taxonomy), judges,
            [_stamp(path) for path in files]]


def cached_library(folder: Path, cache: Path | None = None) -> PlaybookLibrary:
    """``load_library(folder)``, parsed only when a file's stamp changed since last time."""
    taxonomy = folder.parent / "taxonomy.toml"
    files = sorted(folder.glob("*.toml"))
    key = _key(folder, files, taxonomy)
    known = _in_process.get(str(folder))
    if known is not None and known[0] == key:
        return _copy(known[1])
    cache = cache or cache_dir() / "playbooks.json"
    outcomes = _read(cache, key)
    library = _replay(outcomes) if outcomes is not None else None
    if library is None:
        library, outcomes = _parse(folder, taxonomy)
        _write(cache, key, outcomes)
    _in_process[str(folder)] = (key, library)
    return _copy(library)


def _copy(library: PlaybookLibrary) -> PlaybookLibrary:
    """Each workspace its own dicts (the playbooks themselves are frozen)."""
    return PlaybookLibrary(usable=dict(library.usable), unusable=dict(library.unusable))


def _parse(folder: Path, taxonomy: Path) -> tuple[PlaybookLibrary, dict[str, Any]]:
    """The domain's load, noting each file's outcome: its data, or why it is unusable."""
    categories = taxonomy_categories(taxonomy)
    outcomes: dict[str, Any] = {}

    def load(path: Path) -> Playbook:
        data = read_toml(path)
        found = load_playbook(path, categories, data)
        outcomes[path.name] = {"data": data}
        return found

    usable, unusable = load_folder(folder, load, "playbook")
    for name, reason in unusable.items():
        outcomes[name] = {"unusable": reason}
    return PlaybookLibrary(usable=usable, unusable=unusable), outcomes


def _replay(outcomes: dict[str, Any]) -> PlaybookLibrary | None:
    """The library from stored outcomes, in the files' order; None if they do not build one
    (a cache edited by hand is parsed again, never trusted half-way)."""
    library = PlaybookLibrary()
    try:
        for name in sorted(outcomes):
            outcome = outcomes[name]
            if "unusable" in outcome:
                library.unusable[name] = str(outcome["unusable"])
            else:
                found = parse_playbook(outcome["data"], name)
                library.usable[found.id] = found
    except (LookupError, TypeError, AttributeError, ValueError):
        return None
    return library


def _read(cache: Path, key: list[Any]) -> dict[str, Any] | None:
    """The stored outcomes if they were written for exactly ``key``; None otherwise."""
    try:
        stored = json.loads(cache.read_bytes())
    except (OSError, ValueError):
        return None
    if not isinstance(stored, dict) or stored.get("key") != key:
        return None
    outcomes = stored.get("files")
    return outcomes if isinstance(outcomes, dict) else None


def _write(cache: Path, key: list[Any], outcomes: dict[str, Any]) -> None:
    """Keep the outcomes for the next start; a cache that cannot be written costs only time."""
    try:
        text = json.dumps({"key": key, "files": outcomes}, ensure_ascii=False,
                          allow_nan=False)
    except (TypeError, ValueError):  # a TOML date or an infinity: JSON cannot hold it
        log.debug("playbooks not cached: their data does not fit JSON")
        return
    temporary: str | None = None
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=cache.parent, prefix=".playbooks-")
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(text)
        os.replace(temporary, cache)
    except OSError as exc:
        log.debug("playbooks not cached: %s", exc)
        if temporary is not None:
            Path(temporary).unlink(missing_ok=True)
