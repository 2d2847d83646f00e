"""The command line as a user meets it: exit codes, one-line errors, real files."""

from __future__ import annotations

import csv
import os
import sqlite3
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from recovery_desk.core.paths import resources_dir

# Root writes files whatever their mode bits say, through the CAP_DAC_OVERRIDE capability
# (CAP_DAC_READ_SEARCH does the same for reading). A process started without them in its
# bounding set is held to the mode bits like any user, while still owning the checkout, the
# virtualenv and the temporary files, so read-only cases run as root too (setpriv comes
# with util-linux, which every Debian system has, and is in dev's SYSTEM_PACKAGES).
AS_ROOT_WITHOUT_OVERRIDE = ["setpriv", "--bounding-set=-dac_override,-dac_read_search"]


def held_to_mode_bits() -> list[str]:
    """The command prefix under which a file's mode bits bind this process's children."""
    return AS_ROOT_WITHOUT_OVERRIDE if os.geteuid() == 0 else []


def run(*args: str, home: Path, check_rc: int | None = None,
        prefix: tuple[str, ...] | list[str] = (),
        stdin: str | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "RECOVERY_DESK_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([*prefix, sys.executable, "-m", "recovery_desk.cli.main", *args],
                            capture_output=True, text=True, env=env, timeout=600,
                            input=stdin)
    if check_rc is not None:
        assert result.returncode == check_rc, result.stderr
    return result


def one_line_error(result: subprocess.CompletedProcess) -> str:
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr
    return lines[0]


@pytest.mark.parametrize("make_target", ["missing_folder", "not_a_database", "folder",
                                         "read_only"])
def test_unusable_db_gives_exit_1_and_one_line(tmp_path: Path, isolated_home: Path,
                                               make_target: str) -> None:
    if make_target == "missing_folder":
        target, words = tmp_path / "nope" / "x.db", "does not exist"
    elif make_target == "not_a_database":
        target, words = tmp_path / "notes.txt", "not a case log"
        target.write_text("shopping list", encoding="utf-8")
    elif make_target == "folder":
        target, words = tmp_path, "is a folder"
    else:
        target, words = tmp_path / "ro.db", "read-only"
        target.write_bytes(b"")
        target.chmod(0o444)
    prefix = held_to_mode_bits()
    if make_target == "read_only":  # the file really is read-only for the command's process
        probe = subprocess.run([*prefix, sys.executable, "-c", f"open({str(target)!r}, 'ab')"],
                               capture_output=True, text=True, timeout=60)
        assert "PermissionError" in probe.stderr, probe.stderr
    # check only reads (it opens the log read-only), so the read-only file is given to a
    # command that must write to it
    command = ["demo-data", "--cases", "1"] if make_target == "read_only" else ["check"]
    result = run("--db", str(target), *command, home=isolated_home, prefix=prefix)
    assert result.returncode == 1
    assert words in one_line_error(result)
    if make_target == "read_only":
        assert target.read_bytes() == b"", "the read-only file was written to"


def test_bad_usage_exits_2(isolated_home: Path) -> None:
    assert run("export", home=isolated_home).returncode == 2
    assert run("demo-data", "--cases", "0", home=isolated_home).returncode == 2


def test_check_names_the_tampered_event(tmp_path: Path, isolated_home: Path) -> None:
    db = tmp_path / "log.db"
    run("--db", str(db), "demo-data", "--cases", "30", "--seed", "3", home=isolated_home,
        check_rc=0)
    ok = run("--db", str(db), "check", home=isolated_home, check_rc=0)
    assert ok.stdout.startswith("OK:")
    raw = sqlite3.connect(db)
    event_id = raw.execute("SELECT event_id FROM case_events WHERE kind = 'note_added' "
                           "LIMIT 1").fetchone()[0]
    raw.execute("UPDATE case_events SET payload = json_set(payload, '$.text', 'edited') "
                "WHERE event_id = ?", (event_id,))
    raw.commit()
    raw.close()
    bad = run("--db", str(db), "check", home=isolated_home)
    assert bad.returncode == 1
    assert event_id in bad.stderr and "does not match its hash" in bad.stderr


def test_demo_data_export_counts_and_determinism(tmp_path: Path, isolated_home: Path) -> None:
    counts = []
    for name in ("a", "b"):
        db, out = tmp_path / f"{name}.db", tmp_path / f"{name}.csv"
        # the history ends at a fixed moment: a demo that ends "now" shifts by the seconds
        # between the two runs, and a case opened near a closing hour may fall on the next day
        run("--db", str(db), "demo-data", "--cases", "2000", "--seed", "7",
            "--until", "2026-11-27T16:30", home=isolated_home, check_rc=0)
        run("--db", str(db), "export", "--format", "csv", "--out", str(out),
            home=isolated_home, check_rc=0)
        with out.open(encoding="utf-8-sig", newline="") as handle:
            rows = list(csv.DictReader(handle))
        assert len(rows) == 2000
        counts.append((Counter(r["category"] for r in rows), Counter(r["channel"] for r in rows),
                       Counter(r["outcome"] or r["status"] for r in rows)))
        assert set(rows[0]) >= {"case_ref", "case_id", "opened_at", "closed_at", "desk", "agent",
                                "channel", "category", "severity", "playbook", "mode", "status",
                                "stage", "resolution", "redress_amount", "currency", "accepted",
                                "csat", "likelihood", "ces", "watchlist", "follow_up_due",
                                "training"}
    assert counts[0] == counts[1]
    categories, channels, outcomes = counts[0]
    assert len(categories) == 10 and len(channels) == 5
    assert {"recovered", "follow_up", "withdrawn"} <= set(outcomes)
    check = run("--db", str(tmp_path / "a.db"), "check", home=isolated_home, check_rc=0)
    assert "2000 cases" in check.stdout


def test_playbooks_validate_exit_codes(tmp_path: Path, isolated_home: Path) -> None:
    shipped = sorted(str(p) for p in (resources_dir() / "playbooks").glob("*.toml"))
    assert run("playbooks", "validate", *shipped, home=isolated_home).returncode == 0
    broken = tmp_path / "broken.toml"
    broken.write_text('[playbook]\nid = "x"\n', encoding="utf-8")
    result = run("playbooks", "validate", str(broken), home=isolated_home)
    assert result.returncode == 1
    assert "broken.toml: playbook.languages: is missing" in result.stderr


def test_screenshot_renders_each_page(tmp_path: Path, isolated_home: Path) -> None:
    db = tmp_path / "shot.db"
    for page in ("desk", "log", "dashboard", "training", "settings"):
        out = tmp_path / f"{page}.png"
        run("--db", str(db), "screenshot", "--page", page, "--out", str(out), "--size",
            "1024x700", home=isolated_home, check_rc=0)
        assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_sync_and_import_from_the_command_line(tmp_path: Path, isolated_home: Path) -> None:
    share = tmp_path / "share"
    share.mkdir()
    first, second = tmp_path / "first.db", tmp_path / "second.db"
    run("--db", str(first), "demo-data", "--cases", "20", "--desk", "NORTH", home=isolated_home,
        check_rc=0)
    pushed = run("--db", str(first), "--desk", "NORTH", "sync", "push", str(share),
                 home=isolated_home, check_rc=0)
    assert "sent" in pushed.stdout
    bundle = next(share.glob("*.rdbundle"))
    held = run("--db", str(second), "import", str(bundle), home=isolated_home)
    assert held.returncode == 1 and "is not trusted here" in one_line_error(held)
    identity = run("--db", str(first), "desks", "identity", home=isolated_home, check_rc=0)
    printed = identity.stdout.split("Fingerprint:")[1].split()[0]
    run("--db", str(second), "users", "add", "Ada Admin", "--role", "admin",
        home=isolated_home, check_rc=0, stdin="pw-of-ada1\npw-of-ada1\n")
    trusted = run("--db", str(second), "--as", "Ada Admin", "desks", "trust", "NORTH",
                  printed, home=isolated_home, check_rc=0, stdin="pw-of-ada1\n")
    assert f"Trusted desk NORTH's key {printed}" in trusted.stdout
    result = run("--db", str(second), "import", str(bundle), home=isolated_home, check_rc=0)
    assert "Imported" in result.stdout
    again = run("--db", str(second), "import", str(bundle), home=isolated_home, check_rc=0)
    assert "Nothing new" in again.stdout
    broken = tmp_path / "broken.rdbundle"
    broken.write_bytes(bundle.read_bytes()[:200])
    refused = run("--db", str(second), "import", str(broken), home=isolated_home)
    assert refused.returncode == 1
    assert "truncated or damaged" in one_line_error(refused)
    status = run("--db", str(first), "--desk", "NORTH", "sync", "status", str(share),
                 home=isolated_home, check_rc=0)
    assert status.stdout.startswith("0 events")
