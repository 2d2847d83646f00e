"""The rules that let a real export import on the first try without losing or inventing
anything: detected encodings, skipping bad rows, dropping impossible values, defaults, ids
in any case, summer time, repeats, customers and languages."""

from __future__ import annotations

import csv
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from recovery_desk.core.errors import RecoveryDeskError
from recovery_desk.services.cases.recovery import CaseService
from recovery_desk.services.imports.csv_import import ImportCancelled, import_csv
from recovery_desk.services.workspace import Workspace
from recovery_desk.storage.models import Case, CaseEvent
from tests.conftest import CUSTOMER, open_default_case
from tests.services.trust_helpers import sign_in

BASE = """
[columns]
reference = "Ref"
opened_at = "Opened"
closed_at = "Closed"
words = "Text"
{extra}
[defaults]
channel = "email"
category = "late_delivery"
severity = "medium"
{defaults}
"""


@pytest.fixture(autouse=True)
def importer(workspace: Workspace) -> None:
    """Imports are for supervisors and admins: the tests import as one."""
    sign_in(workspace, "Sam Supervisor", "supervisor")


def _files(tmp_path: Path, rows: list[list[str]], header: tuple[str, ...] = (
        "Ref", "Opened", "Closed", "Text"), mapping: str = "", *, extra: str = "",
        defaults: str = "", name: str = "old.csv",
        encoding: str = "utf-8") -> tuple[Path, Path]:
    source = tmp_path / name
    with source.open("w", encoding=encoding, newline="") as handle:
        csv.writer(handle).writerow(header)
        csv.writer(handle).writerows(rows)
    path = tmp_path / "mapping.toml"
    path.write_text(mapping or BASE.format(extra=extra, defaults=defaults), encoding="utf-8")
    return source, path


def _count(workspace: Workspace) -> int:
    with workspace.engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(Case)).scalar_one()


def _opened(workspace: Workspace) -> list[dict[str, Any]]:
    with workspace.engine.connect() as conn:
        return list(conn.execute(select(CaseEvent.payload).where(
            CaseEvent.kind == "case_opened").order_by(CaseEvent.at)).scalars())


# -- encodings ----------------------------------------------------------------------------


def test_utf8_declared_as_cp1250_is_refused_with_the_row_and_both_readings(
        workspace: Workspace, tmp_path: Path) -> None:
    source, mapping = _files(tmp_path, [["1", "2026-03-02 09:00", "", "Parcel late"],
                                        ["2", "2026-03-02 10:00", "", "Verfügbarkeit schlecht"]],
                             mapping='[source]\nencoding = "cp1250"\n' + BASE.format(
                                 extra="", defaults=""))
    for dry_run in (True, False):
        with pytest.raises(RecoveryDeskError) as caught:
            import_csv(workspace, source, mapping, dry_run=dry_run)
        problem = caught.value.problem
        assert "is UTF-8 text, not cp1250: row 2 would be stored as" in problem
        assert "'Verfügbarkeit schlecht'" in problem and "VerfĂĽgbarkeit" in problem
        assert 'encoding = "utf-8"' in caught.value.fix
    assert _count(workspace) == 0
    # left out, the encoding is detected and the text arrives as written
    plain = tmp_path / "plain.toml"
    plain.write_text(BASE.format(extra="", defaults=""), encoding="utf-8")
    report = import_csv(workspace, source, plain, dry_run=False)
    assert report.encoding.startswith("utf-8 (detected by charset-normalizer")
    assert _opened(workspace)[1]["words"] == "Verfügbarkeit schlecht"


def test_text_garbled_before_the_export_is_named_in_a_warning(workspace: Workspace,
                                                             tmp_path: Path) -> None:
    source, mapping = _files(tmp_path, [["1", "2026-03-02 09:00", "", "VerfÃ¼gbarkeit"]])
    report = import_csv(workspace, source, mapping, dry_run=True)
    (warning,) = report.warnings
    assert warning.startswith("row 1 looks garbled in the file itself: 'VerfÃ¼gbarkeit' is "
                              "how UTF-8 'Verfügbarkeit' looks")
    assert any(line.startswith("Warning: row 1 looks garbled") for line in report.lines())


def test_a_cp1251_file_is_detected(workspace: Workspace, tmp_path: Path) -> None:
    source, mapping = _files(tmp_path, [
        ["1", "2026-03-02 09:00", "", "Посилка загубилася, ніхто не передзвонив."],
        ["2", "2026-03-03 09:00", "", "Двічі списали гроші за замовлення."]],
        encoding="cp1251")
    report = import_csv(workspace, source, mapping, dry_run=False)
    assert report.encoding.startswith("cp1251 (detected")
    assert _opened(workspace)[0]["words"] == "Посилка загубилася, ніхто не передзвонив."


# -- bad rows -----------------------------------------------------------------------------


def test_skip_bad_rows_imports_the_good_ones_and_writes_the_rest_with_reasons(
        workspace: Workspace, tmp_path: Path) -> None:
    rows = [["A1", "2026-03-02 09:00", "", "Late parcel"],
            ["A2", "yesterday", "", "Rude driver"],
            ["A3", "2026-03-04 09:00", "", ""],
            ["A4", "2026-03-05 09:00", "2026-03-06 10:00", "Wrong colour, \"red\" not blue"]]
    source, mapping = _files(tmp_path, rows)
    with pytest.raises(RecoveryDeskError):   # all or nothing stays the default
        import_csv(workspace, source, mapping, dry_run=False)
    assert _count(workspace) == 0
    dry = import_csv(workspace, source, mapping, dry_run=True, skip_bad_rows=True)
    assert dry.ok and "2 would be skipped" in dry.lines()[0]
    assert not (tmp_path / "old.rejects.csv").exists()     # a dry run writes nothing
    report = import_csv(workspace, source, mapping, dry_run=False, skip_bad_rows=True)
    assert (report.cases, report.rejects_file) == (2, tmp_path / "old.rejects.csv")
    with report.rejects_file.open(encoding="utf-8-sig", newline="") as handle:
        kept = list(csv.reader(handle))
    assert kept[0] == ["Ref", "Opened", "Closed", "Text", "rejected_row", "rejected_because"]
    assert kept[1][:5] == ["A2", "yesterday", "", "Rude driver", "2"]
    assert kept[1][5].startswith("opened_at 'yesterday' is not a date")
    assert kept[2][4:] == ["3", "words is empty"]
    assert list(tmp_path.glob(".old.rejects.csv.*")) == []
    # fixed in a spreadsheet and imported again: the same source for the repeat check
    kept[1][1], kept[2][3] = "2026-03-03 09:00", "Driver was rude"
    with report.rejects_file.open("w", encoding="utf-8-sig", newline="") as handle:
        csv.writer(handle).writerows(kept)
    again = import_csv(workspace, report.rejects_file, mapping, dry_run=False)
    assert again.cases == 2 and _count(workspace) == 4
    opened = _opened(workspace)
    assert {p["imported"]["source"] for p in opened} == {"old.csv"}
    assert sorted(p["imported"]["row"] for p in opened) == [1, 2, 3, 4]
    assert not any("rejected" in p.get("words", "") for p in opened)


def test_an_impossible_closing_time_is_dropped_and_the_row_kept(workspace: Workspace,
                                                               tmp_path: Path) -> None:
    rows = [["B1", "2026-03-05 09:00", "2026-03-04 10:00", "Late parcel"]]
    source, strict = _files(tmp_path, rows)
    assert import_csv(workspace, source, strict, dry_run=True).rejected == [
        (1, "row 1: closed_at '2026-03-04 10:00' is before opened_at '2026-03-05 09:00'")]
    source, lenient = _files(tmp_path, rows, extra='[on_invalid]\nclosed_at = "drop"\n')
    report = import_csv(workspace, source, lenient, dry_run=False)
    assert report.cases == 1
    assert any("closed_at = \"drop\": dropped from 1 row(s)" in line for line in report.lines())
    (payload,) = _opened(workspace)
    assert payload["imported"]["dropped"] == ["closed_at"]
    assert payload["imported"]["original"]["closed_at"] == "2026-03-04 10:00"
    with workspace.engine.connect() as conn:
        case = conn.execute(select(Case)).one()
    assert (case.status, case.outcome) == ("closed", "unknown")


def test_a_file_without_dates_needs_a_default_and_is_warned_about(workspace: Workspace,
                                                                 tmp_path: Path) -> None:
    mapping = """
[columns]
reference = "Ref"
words = "Text"
[defaults]
opened_at = "2024-01-01"
channel = "email"
category = "late_delivery"
severity = "medium"
"""
    source, path = _files(tmp_path, [["C1", "Late parcel"], ["C2", "Rude driver"]],
                          header=("Ref", "Text"), mapping=mapping)
    report = import_csv(workspace, source, path, dry_run=False)
    assert report.cases == 2
    assert any(line.startswith("Warning: 2 case(s) have no opening time of their own and "
                               "are dated 2024-01-01") for line in report.lines())
    with workspace.engine.connect() as conn:
        days = conn.execute(select(Case.opened_at)).scalars().all()
    assert days == [datetime(2024, 1, 1, tzinfo=UTC)] * 2


def test_values_that_are_our_ids_match_in_any_case(workspace: Workspace,
                                                  tmp_path: Path) -> None:
    mapping = """
[columns]
opened_at = "Opened"
words = "Text"
channel = "Channel"
severity = "Priority"
category = "Category"
status = "Status"
reference = "Ref"
"""
    source, path = _files(tmp_path, [
        ["D1", "2026-03-02 09:00", "Email", "High", "Late delivery", "CLOSED", "Late"],
        ["D2", "2026-03-02 10:00", "PHONE", "low", "billing_error", "Open", "Charged twice"]],
        header=("Ref", "Opened", "Channel", "Priority", "Category", "Status", "Text"),
        mapping=mapping)
    report = import_csv(workspace, source, path, dry_run=False)
    assert report.cases == 2 and report.rejected == []
    with workspace.engine.connect() as conn:
        got = conn.execute(select(Case.channel, Case.severity, Case.category, Case.status)
                           .order_by(Case.opened_at)).all()
    assert [tuple(r) for r in got] == [("email", "high", "late_delivery", "closed"),
                                       ("phone", "low", "billing_error", "open")]


def test_values_that_fall_to_a_default_are_listed_and_kept(workspace: Workspace,
                                                          tmp_path: Path) -> None:
    mapping = BASE.format(extra='channel = "Channel"\n', defaults="")
    source, path = _files(tmp_path, [["E1", "2026-03-02 09:00", "", "Late", "Fax"],
                                     ["E2", "2026-03-02 10:00", "", "Late", "Postal mail"],
                                     ["E3", "2026-03-02 11:00", "", "Late", "Fax"]],
                          header=("Ref", "Opened", "Closed", "Text", "Channel"),
                          mapping=mapping)
    report = import_csv(workspace, source, path, dry_run=False)
    assert "[defaults] channel = 'email' used for 'Fax' (2), 'Postal mail' (1) (their " \
        "values are kept on the case)" in report.lines()
    assert [p["imported"]["original"]["channel"] for p in _opened(workspace)] == [
        "Fax", "Postal mail", "Fax"]


# -- times ---------------------------------------------------------------------------------


def test_summer_time_gaps_are_refused_and_folds_follow_the_rule(workspace: Workspace,
                                                               tmp_path: Path) -> None:
    riga = '[source]\ntimezone = "Europe/Riga"\n{rule}\n' + BASE.format(extra="", defaults="")
    rows = [["F1", "2026-03-29 03:30", "", "In the spring gap"],
            ["F2", "2026-10-25 03:30", "", "In the autumn fold"]]
    source, path = _files(tmp_path, rows, mapping=riga.format(rule=""))
    report = import_csv(workspace, source, path, dry_run=True)
    assert report.rejected == [(1, "row 1: opened_at '2026-03-29 03:30' does not exist in "
                                   "Europe/Riga (the clocks went forward that night); check "
                                   "the time or the [source] timezone")]
    assert any("1 local time(s) fell in the hour the autumn clock change repeats; taken as "
               "the earlier instant" in line for line in report.lines())
    for rule, expected in (("earlier", datetime(2026, 10, 25, 0, 30, tzinfo=UTC)),
                           ("later", datetime(2026, 10, 25, 1, 30, tzinfo=UTC))):
        source, path = _files(tmp_path, rows[1:], name=f"{rule}.csv", mapping=riga.format(
            rule=f'dst_fold = "{rule}"'))
        import_csv(workspace, source, path, dry_run=False)
        with workspace.engine.connect() as conn:
            last = conn.execute(select(Case.opened_at).order_by(Case.ref.desc())).first()
        assert last is not None and last[0] == expected
    source, path = _files(tmp_path, rows[1:], name="refuse.csv",
                          mapping=riga.format(rule='dst_fold = "refuse"'))
    assert "happened twice in Europe/Riga" in import_csv(
        workspace, source, path, dry_run=True).rejected[0][1]


# -- repeats and people --------------------------------------------------------------------


def test_a_file_imported_before_without_references_is_refused(workspace: Workspace,
                                                              tmp_path: Path) -> None:
    mapping = BASE.replace('reference = "Ref"\n', "").format(extra="", defaults="")
    source, path = _files(tmp_path, [["x", "2026-03-02 09:00", "", "Late parcel"]],
                          mapping=mapping)
    first = import_csv(workspace, source, path, dry_run=False)
    assert any("a second import of this file will be refused" in n for n in first.notes)
    dry = import_csv(workspace, source, path, dry_run=True)
    assert any("was imported before (1 case(s)) and the mapping has no reference column"
               in w for w in dry.warnings)
    with pytest.raises(RecoveryDeskError) as caught:
        import_csv(workspace, source, path, dry_run=False)
    assert "--allow-duplicates" in caught.value.fix
    assert import_csv(workspace, source, path, dry_run=False,
                      allow_duplicates=True).cases == 1
    assert _count(workspace) == 2


def test_customers_are_matched_to_the_log_and_within_the_file(workspace: Workspace,
                                                              service: CaseService,
                                                              tmp_path: Path) -> None:
    known = open_default_case(service)
    mapping = BASE.format(extra='customer_email = "Email"\ncustomer_phone = "Phone"\n'
                                'customer_number = "No"\n', defaults="")
    source, path = _files(tmp_path, [
        ["G1", "2026-03-02 09:00", "", "Late", CUSTOMER["email"].upper(), "", ""],
        ["G2", "2026-03-02 10:00", "", "Late", "", "+36 30 123 4567", ""],
        ["G3", "2026-03-02 11:00", "", "Late", "new@example.org", "", "N-9"],
        ["G4", "2026-03-02 12:00", "", "Late", "", "", "N-9"],
        ["G5", "2026-03-02 13:00", "", "Late", "", "", ""],
        ["G6", "2026-03-02 14:00", "", "Late", "", "", ""]],
        header=("Ref", "Opened", "Closed", "Text", "Email", "Phone", "No"), mapping=mapping)
    report = import_csv(workspace, source, path, dry_run=False)
    assert any(line.startswith("Customers: 2 recognized by number, e-mail or phone (1 "
                               "already in the log); 2 row(s) without customer details")
               for line in report.lines())
    ids = [p["customer"]["id"] for p in _opened(workspace)[1:]]
    assert ids[0] == ids[1] == known.customer_id        # by e-mail, then by phone
    assert ids[2] == ids[3] != known.customer_id        # by number within the file
    assert len({ids[4], ids[5], ids[0], ids[2]}) == 4   # no details: strangers stay apart


def test_the_case_language_is_detected_among_those_listed(workspace: Workspace,
                                                         tmp_path: Path) -> None:
    mapping = '[source]\nlanguages = ["en", "de", "hu", "uk"]\n' + BASE.format(
        extra="", defaults="")
    source, path = _files(tmp_path, [
        ["H1", "2026-03-02 09:00", "", "Die Lieferung kam zwei Wochen zu spät und niemand "
                                       "hat zurückgerufen."],
        ["H2", "2026-03-02 10:00", "", "Két hete késik a csomag, senki nem hív vissza."],
        ["H3", "2026-03-02 11:00", "", "The parcel arrived late and nobody called back."],
        ["H4", "2026-03-02 12:00", "", "Late!"]], mapping=mapping)
    report = import_csv(workspace, source, path, dry_run=False)
    assert [p["language"] for p in _opened(workspace)] == ["de", "hu", "en",
                                                           workspace.settings.language]
    assert any(line.startswith("Language detected from the words for 3 row(s)") and
               "1 too short or unsure" in line for line in report.lines())


def test_a_header_only_file_says_so(workspace: Workspace, tmp_path: Path) -> None:
    source, path = _files(tmp_path, [])
    report = import_csv(workspace, source, path, dry_run=True)
    assert (report.rows, report.ok) == (0, True)
    assert "Warning: the file has a header but no rows: nothing to import." in report.lines()


def test_progress_is_reported_and_a_cancel_writes_nothing(workspace: Workspace,
                                                          tmp_path: Path) -> None:
    rows = [[f"P{i}", "2026-03-02 09:00", "", f"Complaint {i}"] for i in range(1000)]
    source, path = _files(tmp_path, rows)
    seen: list[tuple[str, int, int]] = []

    def progress(phase: str, done: int, total: int) -> bool:
        seen.append((phase, done, total))
        return True

    import_csv(workspace, source, path, dry_run=False, progress=progress)
    size = source.stat().st_size
    assert {phase for phase, _, _ in seen} == {"checking", "importing"}
    assert seen[-1] == ("importing", size, size)
    assert all(0 < done <= total == size for _, done, total in seen)

    other, path = _files(tmp_path, rows, name="other.csv")
    with pytest.raises(ImportCancelled):
        import_csv(workspace, other, path, dry_run=False,
                   progress=lambda phase, done, total: phase == "checking")
    assert _count(workspace) == 1000
