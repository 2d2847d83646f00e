"""``recovery-desk import-csv`` as a team moving in uses it: presets, a suggested mapping,
a dry run that creates nothing, quiet output, a closed pipe, and flat memory on 50 MB."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from argon2 import PasswordHasher, profiles

from recovery_desk.cli.main import main
from recovery_desk.core.paths import resources_dir
from recovery_desk.services.access.accounts import Accounts
from recovery_desk.services.imports.mapping import load_mapping
from recovery_desk.services.settings import Settings
from recovery_desk.services.workspace import Workspace, open_workspace
from tests.services.import_samples import write_large_export

SAMPLES = Path(__file__).parent / "data" / "presets"
EXAMPLE = resources_dir() / "import" / "example-mapping.toml"


def _supervisor(db: Path) -> list[str]:
    """A log with a real administrator and supervisor (imports are for supervisors and
    admins); the command-line arguments that sign in as the supervisor with a password file."""
    ws = open_workspace(str(db), settings=Settings.load())
    try:
        ws.access.password_hasher = PasswordHasher.from_parameters(profiles.CHEAPEST)
        accounts = Accounts(ws)
        accounts.create_first_admin("Ada Admin", "ada's long password")
        accounts.sign_in("Ada Admin", "ada's long password")
        accounts.add_user("Sam Supervisor", "supervisor", "sam's long password")
    finally:
        ws.close()
    secret = db.parent / "sam.password"
    secret.write_text("sam's long password\n", encoding="utf-8")
    secret.chmod(0o600)
    return ["--as", "Sam Supervisor", "--password-file", str(secret)]


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "recovery_desk.cli.main", *args],
                          capture_output=True, text=True, timeout=300, check=False)


def test_a_dry_run_creates_no_log_file(tmp_path: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "new.sqlite3"
    code = main(["--db", str(db), "import-csv", str(SAMPLES / "zendesk.csv"), "--preset",
                 "zendesk", "--dry-run"])
    out = capsys.readouterr().out
    assert code == 0 and "5 can be imported" in out
    assert sorted(p.name for p in tmp_path.iterdir()) == ["home"]   # not even an empty log
    signed_in = _supervisor(db)
    assert main(["--db", str(db), *signed_in, "import-csv", str(SAMPLES / "zendesk.csv"),
                 "--preset", "zendesk"]) == 0
    ws = open_workspace(str(db), settings=Settings.load())
    try:
        assert ws.case_count() == 5
    finally:
        ws.close()


def test_quiet_prints_only_what_needs_attention(tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "log.sqlite3")
    signed_in = _supervisor(Path(db))
    capsys.readouterr()
    assert main(["--db", db, *signed_in, "import-csv", str(SAMPLES / "freshdesk.csv"),
                 "--preset", "freshdesk", "--quiet"]) == 0
    assert capsys.readouterr().out == ""
    assert main(["--db", db, "import-csv", str(SAMPLES / "freshdesk.csv"), "--preset",
                 "freshdesk", "--quiet", "--dry-run"]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 4 and all(line.startswith("row ") for line in lines)


def test_an_unknown_preset_lists_the_presets(tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(tmp_path / "x.db"), "import-csv", "a.csv", "--preset",
                 "helpscout"]) == 1
    err = capsys.readouterr().err
    assert "There is no import preset 'helpscout'" in err and "zammad, zendesk" in err


def test_suggest_writes_a_starting_mapping_from_the_file(workspace: Workspace,
                                                         tmp_path: Path,
                                                         capsys: pytest.CaptureFixture[str]
                                                         ) -> None:
    source = tmp_path / "tickets.csv"
    source.write_text(
        "Ticket Number,Date Created,Subject,Requester Email,Priority,Status,Source\n"
        "77,03/14/2024 09:30,\"Late, again\",a@example.org,Urgent,Solved,Web chat\n"
        "78,03/02/2024 10:00,Rude agent,b@example.org,Normal,Open,Fax\n", encoding="utf-8")
    assert main(["--db", str(tmp_path / "x.db"), "import-csv", str(source),
                 "--suggest"]) == 0
    written = tmp_path / "tickets.mapping.toml"
    assert f"Wrote a starting mapping to {written}" in capsys.readouterr().out
    text = written.read_text(encoding="utf-8")
    assert 'date_formats = ["%m/%d/%Y %H:%M"]' in text      # 03/14: month first
    assert 'reference = "Ticket Number"' in text and 'words = "Subject"' in text
    assert 'customer_email = "Requester Email"' in text
    assert '"Urgent" = "critical"   # 1 row(s)' in text
    assert '# "Fax" = ""   # 1 row(s) — choose an id' in text   # never decided for them
    mapping = load_mapping(written, workspace.taxonomy)
    assert mapping.columns["opened_at"] == "Date Created"
    assert main(["--db", str(tmp_path / "x.db"), "import-csv", str(source), "--suggest"]) == 1
    assert "exists already" in capsys.readouterr().err


def test_a_closed_pipe_ends_quietly(tmp_path: Path) -> None:
    source = tmp_path / "bad.csv"
    source.write_text("Ref,Opened,Text\n" + "".join(
        f"{i},not a date,Complaint {i}\n" for i in range(3000)), encoding="utf-8")
    mapping = tmp_path / "m.toml"
    mapping.write_text('[columns]\nreference = "Ref"\nopened_at = "Opened"\nwords = "Text"\n'
                       '[defaults]\nchannel = "email"\ncategory = "long_wait"\n'
                       'severity = "low"\n', encoding="utf-8")
    shell = (f"{sys.executable} -m recovery_desk.cli.main --db {tmp_path / 'x.db'} "
             f"import-csv {source} --mapping {mapping} --dry-run | head -n 2")
    done = subprocess.run(["bash", "-c", shell], capture_output=True, text=True, timeout=300,
                          check=False)
    assert len(done.stdout.splitlines()) == 2
    assert done.stderr == ""


@pytest.mark.timeout(1200)
def test_a_50_mb_import_stays_in_constant_memory(tmp_path: Path) -> None:
    """The real import of a 50 MB export (about 31,000 rows, long multilingual texts) in
    its own process; its peak resident memory is measured there."""
    source = tmp_path / "big.csv"
    rows = write_large_export(source, 50)
    assert source.stat().st_size >= 50 * 1024 * 1024
    # the peak of this process's own memory (VmHWM, in kB): getrusage's ru_maxrss would
    # carry the parent's size across fork and exec, so inside the whole suite it reported
    # the test runner's ~480 MB instead of the import's
    script = ("import sys\n"
              "from recovery_desk.cli.main import main\n"
              "code = main(sys.argv[1:])\n"
              "hwm = [l for l in open('/proc/self/status') if l.startswith('VmHWM:')][0]\n"
              "print('PEAK', hwm.split()[1])\n"
              "sys.exit(code)\n")
    signed_in = _supervisor(tmp_path / "big.db")
    done = subprocess.run([sys.executable, "-c", script, "--db", str(tmp_path / "big.db"),
                           *signed_in, "import-csv", str(source), "--mapping", str(EXAMPLE),
                           "--quiet"],
                          capture_output=True, text=True, timeout=1100, check=False)
    assert done.returncode == 0, done.stderr
    peak_mb = int(done.stdout.split("PEAK")[-1]) / 1024
    assert peak_mb < 300, f"peak {peak_mb:.0f} MB for {rows} rows"
