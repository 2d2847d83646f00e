"""Refusals about files, in the interface language: the case log that cannot be opened or
written (codes in ``storage/engine.py``) and exports (``services/exports``)."""

from __future__ import annotations

from recovery_desk.ui.common.refusals.gaps import Render, count, fill, translate

TEXTS: dict[str, Render] = {
    # the case log
    "log.no_file": lambda p: fill(translate(
        "Refusal", "%1 does not exist. Check the path of the case log (--db)."), p["path"]),
    "log.a_folder": lambda p: fill(translate(
        "Refusal", "%1 is a folder, not a case log file. Give a file name, e.g. --db "
        "cases.sqlite3."), p["path"]),
    "log.no_folder": lambda p: fill(translate(
        "Refusal", "The folder %1 does not exist. Create it first or choose another path for "
        "the case log."), p["folder"]),
    "log.unreadable": lambda p: fill(translate(
        "Refusal", "Cannot read %1 (%2). Check the file's permissions."),
        p["path"], p["reason"]),
    "log.not_a_log": lambda p: fill(translate(
        "Refusal", "%1 is not a case log (not an SQLite database). Choose the right file."),
        p["path"]),
    "log.not_a_case_log": lambda p: fill(translate(
        "Refusal", "%1 is not a case log: it holds no case log tables (an empty file, or "
        "another program's database). Nothing was written to it. Choose the right file."),
        p["path"]),
    "log.read_only": lambda p: fill(translate(
        "Refusal", "%1 is read-only for you. Check the file's permissions or choose another "
        "case log."), p["path"]),
    "log.no_permission": lambda p: fill(translate(
        "Refusal", "Cannot create a case log in %1: no permission. Choose a folder you can "
        "write to."), p["folder"]),
    "log.unsupported": lambda p: fill(translate(
        "Refusal", "Unsupported database “%1”. Use a file path (SQLite) or a "
        "postgresql+psycopg:// URL."), p["backend"]),
    "log.disk_full": lambda p: fill(translate(
        "Refusal", "The disk is full: the case log at %1 cannot store more. Nothing of this "
        "action was recorded. Free space on the disk (or move the case log to a disk with "
        "room), then do the action again."), p["where"]),
    # exports
    "export.unknown_format": lambda p: fill(translate(
        "Refusal", "Unknown export format “%1”; use csv, jsonl or xlsx."), p["format"]),
    "export.no_folder": lambda p: fill(translate(
        "Refusal", "The folder %1 does not exist. Create it or choose another place."),
        p["folder"]),
    "export.cannot_write": lambda p: fill(translate(
        "Refusal", "Cannot write %1 (%2). Free some disk space or choose another place."),
        p["path"], p["reason"]),
    "export.too_many_rows": lambda p: fill(translate(
        "Refusal", "More rows than a spreadsheet can hold (%1). Export a shorter period or "
        "use CSV."), count(p, "limit")),
}
