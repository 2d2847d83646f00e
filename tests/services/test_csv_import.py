"""Importing another helpdesk's CSV export: real files, a real SQLite log, all or nothing."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from recovery_desk.core.errors import RecoveryDeskError
from recovery_desk.core.paths import resources_dir
from recovery_desk.domain import flow
from recovery_desk.domain.flow import NewCase
from recovery_desk.services.cases.recovery import CaseService
from recovery_desk.services.exports.export import export
from recovery_desk.services.imports.csv_import import (
    ImportReport,
    import_csv,
    load_mapping,
    parse_time,
    slugify,
)
from recovery_desk.services.settings import Settings
from recovery_desk.services.trust.check import check_log
from recovery_desk.services.workspace import Workspace, open_workspace
from recovery_desk.storage.models import Case, CaseEvent
from tests.conftest import open_default_case
from tests.pg_server import PostgresServer
from tests.services.trust_helpers import sign_in

DATA = Path(__file__).parent / "data"
EXAMPLE_MAPPING = resources_dir() / "import" / "example-mapping.toml"

HU_MAPPING = """
[source]
delimiter = ";"
timezone = "Europe/Budapest"

[columns]
reference = "Azonosító"
opened_at = "Beérkezett"
closed_at = "Lezárva"
customer_name = "Ügyfél"
customer_phone = "Telefonszám"
channel = "Csatorna"
category = "Kategória"
words = "Panasz"
status = "Állapot"
csat = "Elégedettség"

[values.channel]
Telefon = "phone"
"Személyes" = "counter"

[values.category]
"Késés" = "late_delivery"
"Számlázás" = "billing_error"

[values.status]
"Lezárva" = "closed"
"Nyitott" = "open"

[defaults]
severity = "medium"
"""

LV_MAPPING = """
[columns]
reference = "Nr."
opened_at = "Saņemts"
customer_name = "Klients"
channel = "Kanāls"
category = "Kategorija"
words = "Sūdzība"
csat = "CSAT"

[values.channel]
"Tālrunis" = "phone"
"E-pasts" = "email"

[values.category]
"Piegāde" = "late_delivery"

[defaults]
severity = "medium"
"""

UK_MAPPING = """
[source]
delimiter = "\\t"
timezone = "Europe/Kyiv"

[columns]
reference = "Номер"
opened_at = "Дата"
customer_name = "Клієнт"
channel = "Канал"
category = "Категорія"
words = "Скарга"

[values.channel]
"Телефон" = "phone"

[categories]
create_unknown = {create}

[defaults]
severity = "high"
"""


def _mapping(tmp_path: Path, text: str, name: str = "mapping.toml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _cases(workspace: Workspace) -> list[Any]:
    with workspace.engine.connect() as conn:
        return list(conn.execute(select(Case).order_by(Case.ref)))


def _events(workspace: Workspace, case_id: str) -> list[Any]:
    with workspace.engine.connect() as conn:
        return list(conn.execute(select(CaseEvent).where(CaseEvent.case_id == case_id)
                                 .order_by(CaseEvent.seq)))


def _snapshot(workspace: Workspace, tmp_path: Path, name: str) -> tuple[str, str]:
    """The whole log as exported: cases and events, to prove nothing was written."""
    cases, events = tmp_path / f"{name}-cases.csv", tmp_path / f"{name}-events.csv"
    export(workspace.engine, cases, include_training=True)
    export(workspace.engine, events, events=True, include_training=True)
    return cases.read_text(encoding="utf-8-sig"), events.read_text(encoding="utf-8-sig")


def _utc(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=UTC)  # type: ignore[misc]


@pytest.fixture(autouse=True)
def importer(workspace: Workspace) -> None:
    """Imports are for supervisors and admins: the tests import as one."""
    sign_in(workspace, "Sam Supervisor", "supervisor")


# -- the happy path ---------------------------------------------------------------------


def test_example_mapping_imports_a_helpdesk_export(workspace: Workspace) -> None:
    report = import_csv(workspace, DATA / "helpdesk_export.csv", EXAMPLE_MAPPING,
                        dry_run=False)
    assert (report.rows, report.accepted, report.cases, report.rejected) == (5, 5, 5, [])
    assert report.created_categories == ["gift_cards"]
    check = check_log(workspace.engine)
    assert check.ok, check.findings
    assert check.cases == 5

    rows = _cases(workspace)
    assert [r.ref for r in rows] == [f"DESK-T-{n:06d}" for n in range(1, 6)]
    got = [(r.channel, r.category, r.severity, r.status, r.outcome, r.csat, r.likelihood)
           for r in rows]
    assert got == [
        ("phone", "late_delivery", "high", "closed", "recovered", 5, 9),
        ("email", "wrong_item", "medium", "closed", "not_recovered", 2, 3),
        ("chat", "gift_cards", "critical", "open", None, None, None),
        ("counter", "defective_product", "medium", "closed", "recovered", 4, 8),
        ("phone", "billing_error", "low", "open", None, None, None),
    ]
    # Riga is UTC+2 in early March; an explicit Z or offset wins over the mapping's zone.
    assert rows[0].opened_at == _utc(2026, 3, 2, 8, 15)
    assert rows[0].closed_at == _utc(2026, 3, 3, 14, 40)
    assert rows[1].opened_at == _utc(2026, 3, 5, 8, 0)
    assert rows[1].closed_at == _utc(2026, 3, 6, 11, 30)
    assert rows[2].closed_at is None
    assert rows[0].agent == "Līga Ozola"
    assert rows[1].agent == "import"
    assert rows[2].playbook == "imported"
    assert rows[0].accepted == "yes" and rows[1].accepted == "partly"
    assert rows[0].resolved_at == rows[0].closed_at
    assert rows[4].words == "Kétszer terhelték a számlámat.\nKérem a visszatérítést."
    # the same e-mail (any case) is the same customer within the file
    assert rows[0].customer_id == rows[3].customer_id
    assert len({r.customer_id for r in rows}) == 4


def test_imported_cases_replay_to_sensible_states(workspace: Workspace) -> None:
    import_csv(workspace, DATA / "helpdesk_export.csv", EXAMPLE_MAPPING, dry_run=False)
    rows = _cases(workspace)
    service = CaseService(workspace)
    closed = service.get(rows[0].case_id)
    assert closed.status == "closed" and closed.outcome == "recovered"
    assert closed.closed_at == _utc(2026, 3, 3, 14, 40)
    assert closed.opened_at == _utc(2026, 3, 2, 8, 15)
    assert closed.customer["name"] == "Jānis Bērziņš"
    assert closed.stage is None and not closed.watchlist and closed.notes == 2
    still_open = service.get(rows[2].case_id)
    assert still_open.status == "open" and still_open.closed_at is None
    assert still_open.agent == "Оксана Бондар"
    assert still_open.words == "Подарункова картка не працює на касі."

    events = _events(workspace, rows[0].case_id)
    assert [e.kind for e in events] == ["case_opened", "note_added", "note_added",
                                        "satisfaction_recorded", "case_closed"]
    # the signed-in importer answers for the events; the source's agent is the case's agent
    assert {e.actor for e in events} == {"Sam Supervisor"}
    assert events[0].payload["agent"] == "Līga Ozola"
    assert events[0].payload["imported"]["agent"] == "Līga Ozola"
    assert [e.at for e in events] == [rows[0].opened_at] * 2 + [rows[0].closed_at] * 3
    opened = events[0].payload
    sample = flow.open_case(workspace.playbooks.default, NewCase(
        ref="X", customer={"id": "c"}, channel="phone", category="wrong_item",
        severity="low", words="w"), "agent")[0].payload
    # stored events carry a salt for their personal fields (hash scheme v2)
    assert set(opened) - {"_salt"} == set(sample) | {"imported", "external_ref"}
    # their values where ours differ are kept on the case, so nothing is lost in mapping
    assert opened["imported"] == {"source": "helpdesk_export.csv", "row": 1, "original": {
        "opened_at": "02/03/2026 10:15", "closed_at": "03/03/2026 16:40", "channel": "Phone",
        "category": "Delivery", "severity": "P2", "status": "Solved"},
        "agent": "Līga Ozola"}
    assert opened["external_ref"] == "HD-1001"   # personal: sealed, erasable
    assert (opened["playbook"], opened["playbook_version"], opened["mode"],
            opened["stage_roles"], opened["training"]) == ("imported", 0, "natural", {}, False)
    assert opened["language"] == workspace.settings.language
    assert events[3].payload == {"accepted": "yes", "how": "written", "csat": 5,
                                 "likelihood": 9, "ces": None, "follow_up": False,
                                 "context": "import"}
    assert events[4].payload == {"outcome": "recovered", "imported": True}


def test_unmapped_columns_are_kept_as_a_note(workspace: Workspace) -> None:
    import_csv(workspace, DATA / "helpdesk_export.csv", EXAMPLE_MAPPING, dry_run=False)
    rows = _cases(workspace)
    first = [e.payload["text"] for e in _events(workspace, rows[0].case_id)
             if e.kind == "note_added"]
    assert first == ["Store: Rīga, Brīvības iela\nOrder no.: ORD-5521",
                     "Kurjers piegādāja nākamajā dienā; atlaide 10 %."]
    # empty cells are left out; an open case without resolution gets just the one note
    last = [e.payload["text"] for e in _events(workspace, rows[4].case_id)
            if e.kind == "note_added"]
    assert last == ["Order no.: ORD-5560"]
    assert [r.notes for r in rows] == [2, 2, 1, 2, 1]


# -- dry runs and refusals --------------------------------------------------------------


def test_dry_run_lists_bad_rows_and_writes_nothing(workspace: Workspace,
                                                   tmp_path: Path) -> None:
    before = _snapshot(workspace, tmp_path, "before")
    report = import_csv(workspace, DATA / "lv_bad_rows.csv", _mapping(tmp_path, LV_MAPPING),
                        dry_run=True)
    assert _snapshot(workspace, tmp_path, "after") == before
    assert workspace.case_count() == 0
    assert (report.rows, report.accepted, report.cases) == (6, 1, 0)
    reasons = dict(report.rejected)
    assert sorted(reasons) == [2, 3, 4, 5, 6]
    assert reasons[2].startswith("row 2: opened_at 'vakar' is not a date in a known format")
    assert reasons[3] == "row 3: words is empty"
    assert reasons[4] == ("row 4: category 'Dažādi' is not mapped (add it under "
                          "[values.category] or set create_unknown)")
    assert reasons[5] == "row 5: csat '7' is not a whole number from 1 to 5"
    assert reasons[6].startswith("row 6: channel 'Pasts' is not mapped")
    lines = report.lines()
    assert lines[0] == ("lv_bad_rows.csv: 6 row(s), 1 can be imported, 5 rejected "
                        "(dry run: nothing was written).")
    assert all(reason in lines for reason in reasons.values())


def test_real_run_with_one_bad_row_writes_nothing(workspace: Workspace, tmp_path: Path,
                                                  service: CaseService) -> None:
    source = tmp_path / "helpdesk_export.csv"
    text = (DATA / "helpdesk_export.csv").read_text(encoding="utf-8-sig")
    source.write_text(text + "HD-1006,vorige week,,Ieva,,,,Phone,Delivery,P3,Kavējas.,,,"
                             "New,,,,,\r\n", encoding="utf-8")
    before = _snapshot(workspace, tmp_path, "before")
    with pytest.raises(RecoveryDeskError) as caught:
        import_csv(workspace, source, EXAMPLE_MAPPING, dry_run=False)
    assert "1 of 6 row(s) in helpdesk_export.csv cannot be imported" in caught.value.problem
    assert "row 6: opened_at 'vorige week'" in caught.value.problem
    assert "dry run" in caught.value.fix
    assert _snapshot(workspace, tmp_path, "after") == before
    # the case numbers were not used up either
    assert open_default_case(service).ref == "DESK-T-000001"


def test_rows_already_imported_are_refused(workspace: Workspace, tmp_path: Path) -> None:
    import_csv(workspace, DATA / "helpdesk_export.csv", EXAMPLE_MAPPING, dry_run=False)
    before = _snapshot(workspace, tmp_path, "before")
    with pytest.raises(RecoveryDeskError, match="5 of 5 row"):
        import_csv(workspace, DATA / "helpdesk_export.csv", EXAMPLE_MAPPING, dry_run=False)
    assert _snapshot(workspace, tmp_path, "after") == before
    report = import_csv(workspace, DATA / "helpdesk_export.csv", EXAMPLE_MAPPING,
                        dry_run=True)
    assert report.accepted == 0
    assert report.rejected[0] == (1, "row 1: reference 'HD-1001' from helpdesk_export.csv "
                                     "was already imported (case DESK-T-000001)")

    # a later export of the same name: only the new row goes in
    later = tmp_path / "helpdesk_export.csv"
    text = (DATA / "helpdesk_export.csv").read_text(encoding="utf-8-sig")
    later.write_text(text + "HD-1006,12/03/2026 08:00,,Ieva Liepa,,,,Phone,Delivery,P3,"
                            "Pakas nav.,,,New,,,,,\r\n", encoding="utf-8")
    report = import_csv(workspace, later, EXAMPLE_MAPPING, dry_run=True)
    assert (report.accepted, [n for n, _ in report.rejected]) == (1, [1, 2, 3, 4, 5])
    only_new = tmp_path / "new" / "helpdesk_export.csv"
    only_new.parent.mkdir()
    only_new.write_text("\r\n".join(text.splitlines()[:1] + later.read_text(
        encoding="utf-8").splitlines()[-1:]) + "\r\n", encoding="utf-8")
    assert import_csv(workspace, only_new, EXAMPLE_MAPPING, dry_run=False).cases == 1
    assert workspace.case_count() == 6
    assert check_log(workspace.engine).ok


def test_the_same_reference_twice_in_one_file_is_refused(workspace: Workspace,
                                                         tmp_path: Path) -> None:
    source = tmp_path / "twice.csv"
    text = (DATA / "helpdesk_export.csv").read_text(encoding="utf-8-sig")
    source.write_text(text + text.splitlines()[1] + "\r\n", encoding="utf-8")
    report = import_csv(workspace, source, EXAMPLE_MAPPING, dry_run=True)
    assert report.rejected == [(6, "row 6: reference 'HD-1001' appears again (first on "
                                   "row 1)")]


# -- categories, dates, time zones ------------------------------------------------------


def test_unknown_categories_become_new_ids_when_allowed(workspace: Workspace,
                                                        tmp_path: Path) -> None:
    strict = _mapping(tmp_path, UK_MAPPING.replace("{create}", "false"), "strict.toml")
    report = import_csv(workspace, DATA / "uk_skargy.csv", strict, dry_run=True)
    assert report.accepted == 0
    assert report.rejected[0] == (1, "row 1: category 'Затримка доставки' is not mapped "
                                     "(add it under [values.category] or set create_unknown)")

    lenient = _mapping(tmp_path, UK_MAPPING.replace("{create}", "true"), "lenient.toml")
    report = import_csv(workspace, DATA / "uk_skargy.csv", lenient, dry_run=False)
    assert report.created_categories == ["nevvichlyvyi_personal", "zatrymka_dostavky"]
    assert "New categories created: nevvichlyvyi_personal, zatrymka_dostavky (add labels " \
        "for them in taxonomy.toml)." in report.lines()
    rows = _cases(workspace)
    assert [(r.category, r.severity, r.status) for r in rows] == [
        ("zatrymka_dostavky", "high", "open"), ("nevvichlyvyi_personal", "high", "open"),
        ("zatrymka_dostavky", "high", "open")]
    # Kyiv is UTC+2 in March
    assert rows[0].opened_at == _utc(2026, 3, 10, 7, 0)
    # no e-mail or phone: a name alone does not make two rows the same customer
    assert rows[0].customer_id != rows[2].customer_id
    assert check_log(workspace.engine).ok


@pytest.mark.parametrize(("text", "expected"), [
    ("Gift cards", "gift_cards"),
    ("Késés / kiszállítás", "keses_kiszallitas"),
    ("Bojāta prece", "bojata_prece"),
    ("Щось інше", "shchos_inshe"),
    ("Straße & Co.", "strasse_co"),
    ("???", ""),
])
def test_new_category_ids_are_readable_ascii(text: str, expected: str) -> None:
    assert slugify(text) == expected


def test_hungarian_dates_and_a_timezone(workspace: Workspace, tmp_path: Path) -> None:
    report = import_csv(workspace, DATA / "hu_panaszok.csv", _mapping(tmp_path, HU_MAPPING),
                        dry_run=False)
    assert report.cases == 3
    rows = _cases(workspace)
    # Budapest is UTC+1 in March; the third row carries its own offset
    assert [(r.opened_at, r.closed_at) for r in rows] == [
        (_utc(2026, 3, 14, 8, 30), _utc(2026, 3, 14, 16, 5)),
        (_utc(2026, 3, 14, 9, 0), _utc(2026, 3, 15, 7, 15)),
        (_utc(2026, 3, 16, 10, 0), None),
    ]
    assert [(r.channel, r.category, r.status, r.outcome, r.csat, r.likelihood)
            for r in rows] == [
        ("phone", "late_delivery", "closed", "recovered", 4, None),
        ("counter", "billing_error", "closed", "not_recovered", 3, None),
        ("phone", "late_delivery", "open", None, None, None),
    ]
    assert check_log(workspace.engine).ok


@pytest.mark.parametrize(("value", "formats", "expected"), [
    ("2026.03.14. 09:30", [], _utc(2026, 3, 14, 7, 30)),
    ("2026. 03. 14. 9:30", [], _utc(2026, 3, 14, 7, 30)),
    ("14.03.2026", [], _utc(2026, 3, 13, 22, 0)),
    ("14.03.2026. 09:30", [], _utc(2026, 3, 14, 7, 30)),
    ("2026-07-01 12:00:00", [], _utc(2026, 7, 1, 9, 0)),  # summer time: UTC+3
    ("2026-03-14T09:30:00Z", [], _utc(2026, 3, 14, 9, 30)),
    ("2026-03-14T09:30+01:00", [], _utc(2026, 3, 14, 8, 30)),
    ("03/04/2026 10:00", [], None),  # 3 April or 4 March? only the mapping can say
    ("03/04/2026 10:00", ["%m/%d/%Y %H:%M"], _utc(2026, 3, 4, 8, 0)),
    ("03/04/2026 10:00", ["%d/%m/%Y %H:%M"], _utc(2026, 4, 3, 7, 0)),
    ("14 marts 2026", [], None),
])
def test_date_formats_and_timezone(tmp_path: Path, workspace: Workspace, value: str,
                                   formats: list[str], expected: datetime | None) -> None:
    listed = ", ".join(f'"{f}"' for f in formats)
    path = _mapping(tmp_path, f'[source]\ntimezone = "Europe/Riga"\ndate_formats = [{listed}]\n'
                              '[columns]\nopened_at = "a"\nwords = "b"\n')
    assert parse_time(value, load_mapping(path, workspace.taxonomy)) == expected


def test_ambiguous_dates_are_refused_unless_the_mapping_lists_the_format(
        workspace: Workspace, tmp_path: Path) -> None:
    text = EXAMPLE_MAPPING.read_text(encoding="utf-8").replace(
        'date_formats = ["%d/%m/%Y %H:%M"]', "")
    report = import_csv(workspace, DATA / "helpdesk_export.csv", _mapping(tmp_path, text),
                        dry_run=True)
    assert [n for n, _ in report.rejected] == [1, 3, 4, 5]
    assert "list \"%d/%m/%Y %H:%M\" or \"%m/%d/%Y %H:%M\" under [source] date_formats" in \
        report.rejected[0][1]


# -- files and mappings that cannot be used ---------------------------------------------


def test_missing_header_gives_a_clear_error(workspace: Workspace, tmp_path: Path) -> None:
    mapping = _mapping(tmp_path, HU_MAPPING.replace('"Beérkezett"', '"Beérkezés"'))
    with pytest.raises(RecoveryDeskError) as caught:
        import_csv(workspace, DATA / "hu_panaszok.csv", mapping, dry_run=True)
    assert "hu_panaszok.csv has no column 'Beérkezés' (opened_at)" in caught.value.problem
    assert "'Beérkezett'" in caught.value.problem  # the columns it does have
    assert "[columns]" in caught.value.fix
    # a wrong delimiter shows up the same way, with the hint in the fix
    wrong = _mapping(tmp_path, HU_MAPPING.replace('delimiter = ";"', 'delimiter = ","'), "w.toml")
    with pytest.raises(RecoveryDeskError, match="delimiter"):
        import_csv(workspace, DATA / "hu_panaszok.csv", wrong, dry_run=True)


def test_wrong_encoding_says_how_to_fix_it(workspace: Workspace, tmp_path: Path) -> None:
    source = tmp_path / "lv_cp1257.csv"
    rows = (DATA / "lv_bad_rows.csv").read_text(encoding="utf-8").splitlines()[:2]
    source.write_bytes("\r\n".join(rows).encode("cp1257") + b"\r\n")
    # not declared: one-byte code pages read short Latvian text equally well, so the
    # import does not guess; it shows each reading and asks
    with pytest.raises(RecoveryDeskError) as caught:
        import_csv(workspace, source, _mapping(tmp_path, LV_MAPPING), dry_run=True)
    assert "lv_cp1257.csv is not UTF-8" in caught.value.problem
    assert "'Nr.,Saņemts,Klients,Kanāls,Kategorija,Sūdzība,CSAT' as cp1257" in \
        caught.value.problem
    assert "[source] encoding" in caught.value.fix
    # declared wrongly as UTF-8: the byte that does not fit is named, with its row
    utf8 = _mapping(tmp_path, '[source]\nencoding = "utf-8"\n' + LV_MAPPING, "utf8.toml")
    with pytest.raises(RecoveryDeskError) as caught:
        import_csv(workspace, source, utf8, dry_run=True)
    assert "lv_cp1257.csv is not utf-8 text: in the header, byte 0xf2 does not fit (around " \
        "'Sa\ufffdemts')" in caught.value.problem
    assert "cp1257" in caught.value.fix
    fixed = _mapping(tmp_path, '[source]\nencoding = "cp1257"\n' + LV_MAPPING, "fixed.toml")
    assert import_csv(workspace, source, fixed, dry_run=False).cases == 1
    assert _cases(workspace)[0].words == "Prece nav piegādāta divas nedēļas."


def test_unreadable_or_empty_files_are_refused(workspace: Workspace, tmp_path: Path) -> None:
    mapping = _mapping(tmp_path, LV_MAPPING)
    with pytest.raises(RecoveryDeskError, match="does not exist"):
        import_csv(workspace, tmp_path / "missing.csv", mapping, dry_run=True)
    with pytest.raises(RecoveryDeskError, match="does not exist"):
        import_csv(workspace, DATA / "lv_bad_rows.csv", tmp_path / "nope.toml", dry_run=True)
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    with pytest.raises(RecoveryDeskError, match="no header row"):
        import_csv(workspace, empty, mapping, dry_run=True)


@pytest.mark.parametrize(("text", "message"), [
    ('[columns]\nopened_at = "a"\n', "must name the column for words"),
    ('[columns]\nopened_at = "a"\nwords = "b"\nmood = "c"\n', "unknown field(s) mood"),
    ('[source]\ntimezone = "Europe/Atlantis"\n[columns]\nopened_at = "a"\nwords = "b"\n',
     "not a known time zone"),
    ('[source]\nencoding = "klingon"\n[columns]\nopened_at = "a"\nwords = "b"\n',
     "encoding 'klingon' is not known"),
    ('[source]\ndelimiter = ";;"\n[columns]\nopened_at = "a"\nwords = "b"\n',
     "must be one character"),
    ('[columns]\nopened_at = "a"\nwords = "b"\n[values.channel]\nTel = "telephone"\n',
     "'telephone' is not one of our channel ids"),
    ('[columns]\nopened_at = "a"\nwords = "b"\n[values.status]\nDone = "finished"\n',
     "'finished' is not one of our status ids"),
    ('[columns]\nopened_at = "a"\nwords = "b"\n[categories]\ncreate_unknown = "yes"\n',
     "create_unknown must be true or false"),
    ('[columns]\nopened_at = "a"\nwords = "b"\n[defaults]\nseverity = "urgent"\n',
     "'urgent' is not one of our severity ids"),
    ('[column]\nopened_at = "a"\n', "unknown section(s) column"),
    ("[columns\n", "not valid TOML"),
])
def test_invalid_mappings_are_refused(workspace: Workspace, tmp_path: Path, text: str,
                                      message: str) -> None:
    with pytest.raises(RecoveryDeskError) as caught:
        import_csv(workspace, DATA / "lv_bad_rows.csv", _mapping(tmp_path, text), dry_run=True)
    assert message in caught.value.problem
    assert workspace.case_count() == 0


def test_report_lines_for_a_real_run() -> None:
    report = ImportReport(rows=3, accepted=3, cases=3, source="x.csv",
                          created_categories=["gift_cards"])
    assert report.lines() == [
        "x.csv: imported 3 case(s) from 3 row(s).",
        "New categories created: gift_cards (add labels for them in taxonomy.toml)."]
    assert report.ok


# -- the same import on PostgreSQL ------------------------------------------------------


def test_import_on_postgresql(pg_server: PostgresServer, tmp_path: Path) -> None:
    url = pg_server.create_database("csv_import_test")
    try:
        ws = open_workspace(url, settings=Settings(desk_id="CENTRAL-1", user="pat"))
        ws.trust_in_process("pat")
        try:
            sign_in(ws, "Pat Supervisor", "supervisor")
            source = tmp_path / "helpdesk_export.csv"
            shutil.copy(DATA / "helpdesk_export.csv", source)
            assert import_csv(ws, source, EXAMPLE_MAPPING, dry_run=False).cases == 5
            report = check_log(ws.engine)
            assert report.ok, report.findings
            again = import_csv(ws, source, EXAMPLE_MAPPING, dry_run=True)
            assert again.accepted == 0 and len(again.rejected) == 5
            assert "already imported (case CENTRAL-1-000001)" in again.rejected[0][1]
        finally:
            ws.close()
    finally:
        pg_server.drop_database("csv_import_test")
