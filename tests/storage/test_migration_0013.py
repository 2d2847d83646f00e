"""Schema 0013 on a real SQLite log one revision behind: the customers' keys are rewritten
so the Log finds "Horvath Maria" and the phone in another format; erased ones stay blank."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import inspect, text

from recovery_desk.storage import migrate
from recovery_desk.storage.engine import make_engine, resolve_target
from recovery_desk.storage.rows import search_keys

_INSERT = text(
    "INSERT INTO customers (customer_id, number, name, name_key, name_alt_key, phone, "
    "phone_key, phone_rev, email, email_key, language, created_at, erased) VALUES "
    "(:id, '', :name, :key, :alt, :phone, :digits, :rev, '', '', 'hu', '2026-01-01', :erased)")


def test_0013_folds_name_keys_and_phone_ends_and_indexes_the_other_reference(
        tmp_path: Path) -> None:
    engine = make_engine(resolve_target(str(tmp_path / "old.db")))
    migrate.upgrade(engine, "0012")
    with engine.begin() as conn:  # keys as the older release wrote them
        conn.execute(_INSERT, {"id": "a", "name": "Horváth Mária", "key": "horváth mária",
                               "alt": "mária horváth", "phone": "+44 20 7946 0018",
                               "digits": "442079460018", "rev": "810064970244",
                               "erased": False})
        conn.execute(_INSERT, {"id": "b", "name": "", "key": "", "alt": "", "phone": "",
                               "digits": "", "rev": "", "erased": True})
        conn.execute(_INSERT, {"id": "c", "name": "Jānis Bērziņš", "key": "jānis bērziņš",
                               "alt": "bērziņš jānis", "phone": "020 7946 0999",
                               "digits": "02079460999", "rev": "99906497020",
                               "erased": False})
    migrate.ensure_schema(engine)
    with engine.connect() as conn:
        rows = {r.customer_id: r for r in conn.execute(text(
            "SELECT customer_id, name, phone, name_key, name_alt_key, phone_rev "
            "FROM customers"))}
        indexes = {i["name"] for i in inspect(conn).get_indexes("cases")}
    assert (rows["a"].name_key, rows["a"].name_alt_key) == ("horvath maria", "maria horvath")
    assert rows["c"].phone_rev == "9990649702"  # without the trunk 0
    for row in (rows["a"], rows["c"]):  # as a new release writes them
        keys = search_keys({"name": row.name, "phone": row.phone})
        assert (row.name_key, row.name_alt_key, row.phone_rev) == (
            keys["name_key"], keys["name_alt_key"], keys["phone_rev"])
    assert (rows["b"].name_key, rows["b"].phone_rev) == ("", "")
    assert "ix_cases_external_ref" in indexes
