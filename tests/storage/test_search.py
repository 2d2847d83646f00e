"""Full-text search on real SQLite logs, kept in step by the real desk actions.

Words in Hungarian, Latvian and Ukrainian are found with and without diacritics and by
prefix; hits are marked; customer text cannot inject markup; erased text is gone from the
index; a rebuild and the migration's backfill give the same search text as the desk did.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import Engine, text

from recovery_desk.services.cases import case_query
from recovery_desk.services.cases.case_filter import CaseFilter
from recovery_desk.services.cases.recovery import CaseService
from recovery_desk.services.review.supervisor import ReviewService
from recovery_desk.services.trust.check import rebuild_projections
from recovery_desk.services.trust.erasure import erase_customer
from recovery_desk.services.workspace import Workspace
from recovery_desk.storage import chores, migrate, search
from tests.conftest import StepClock, open_default_case
from tests.services.test_case_log import run_default
from tests.services.trust_helpers import raw_bytes, sign_in

HU = "Árvíztűrő tükörfúrógép: a számlán 55 colos tévé szerepel."
LV = "Rēķins nav pareizs, ūdens skaitītājs rāda citu."
UK = "Посилка прийшла пошкоджена, їжа зіпсована, гроші поверніть."


def _ids(engine: Engine, words: str, **flt: object) -> set[str]:
    rows = case_query.page(engine, CaseFilter(text=words, **flt), limit=50).rows  # type: ignore[arg-type]
    return {r.case_id for r in rows}


def _open(service: CaseService, words: str, number: str = "C1", name: str = "Anna Kovács",
          remedy: str = "") -> str:
    return open_default_case(service, customer={"name": name, "number": number},
                             words=words, remedy=remedy or "Fix it.").case_id


def _bodies(engine: Engine) -> dict[str, tuple[str, str]]:
    with engine.connect() as conn:
        return {r[0]: (r[1], r[2]) for r in conn.execute(
            text("SELECT case_id, body, folded FROM case_search"))}


@pytest.mark.parametrize("query", ["árvíztűrő", "arvizturo", "ARVÍZ", "tukorfuro",
                                   "szamlan tev"])
def test_hungarian_with_and_without_diacritics_and_by_prefix(service: CaseService,
                                                             query: str) -> None:
    hu = _open(service, HU)
    _open(service, LV, number="C2")
    assert _ids(service.ws.engine, query) == {hu}


@pytest.mark.parametrize("query", ["rēķins", "rekins", "REĶ", "udens skait"])
def test_latvian_with_and_without_diacritics(service: CaseService, query: str) -> None:
    lv = _open(service, LV)
    _open(service, HU, number="C2")
    assert _ids(service.ws.engine, query) == {lv}


@pytest.mark.parametrize("query", ["їжа", "іжа", "посилк", "ПОШКОДЖЕНА", "грош повер"])
def test_ukrainian_with_and_without_diacritics(service: CaseService, query: str) -> None:
    uk = _open(service, UK)
    _open(service, HU, number="C2")
    assert _ids(service.ws.engine, query) == {uk}


def test_every_word_must_match_and_unknown_words_find_nothing(service: CaseService) -> None:
    _open(service, HU)
    engine = service.ws.engine
    assert _ids(engine, "árvíztűrő rēķins") == set()
    assert _ids(engine, "zzzz") == set()
    assert case_query.count(engine, CaseFilter(text="zzzz")) == 0
    # FTS5 syntax typed by a person is just text
    assert _ids(engine, '"tükör*"( -') == _ids(engine, "tükör") != set()
    assert _ids(engine, 'tükör" OR "zzz') == set()  # OR is a word here, not an operator


def test_snippet_marks_hits_and_customer_markup_stays_text(service: CaseService) -> None:
    case_id = _open(service, "The <b>box</b> & the \x02label\x03 were torn <script>x</script>")
    row = case_query.page(service.ws.engine, CaseFilter(text="torn lab"), limit=5).rows[0]
    assert row.case_id == case_id
    assert f"{search.MARK_START}torn{search.MARK_END}" in row.snippet
    assert f"{search.MARK_START}label{search.MARK_END}" in row.snippet
    assert row.snippet.count(search.MARK_START) == 2  # the customer's own \x02 is gone
    html = search.snippet_html(row.snippet)
    assert "<script>" not in html and "&lt;script&gt;" in html and "&amp;" in html
    assert "<b>torn</b>" in html and "box&lt;/b&gt;" in html


def test_notes_fields_and_review_text_are_found_as_they_are_written(
        workspace: Workspace, service: CaseService, clock: StepClock) -> None:
    case_id = _open(service, "Plain words.")
    engine = workspace.engine
    assert _ids(engine, "kávéfőző") == set()
    service.add_note(case_id, "A kávéfőző is hibás volt.")
    assert _ids(engine, "kavefozo") == {case_id}
    sign_in(workspace, "Sam Supervisor", "supervisor")
    review = ReviewService(workspace, clock=clock)
    review.add_coaching_note(case_id, "Ne ígérj határidőt")
    review.record_root_cause(case_id, "Raktári címkézés", "Új címkenyomtató")
    for words in ("igerj", "raktari", "cimkenyomtato"):
        assert _ids(engine, words) == {case_id}


def test_steps_without_text_do_not_touch_the_search_row(service: CaseService,
                                                       clock: StepClock) -> None:
    engine = service.ws.engine
    with engine.begin() as conn:  # count every write to case_search from here on
        conn.execute(text("CREATE TABLE search_writes (n INTEGER)"))
        for event in ("INSERT", "UPDATE", "DELETE"):
            conn.execute(text(f"CREATE TRIGGER count_{event.lower()} AFTER {event} ON "
                              "case_search BEGIN INSERT INTO search_writes VALUES (1); END"))

    def writes() -> int:
        with engine.connect() as conn:
            return int(conn.execute(text("SELECT count(*) FROM search_writes")).scalar_one())

    case_id = run_default(service, clock)  # a whole recovery: opened, stages, satisfaction
    assert writes() == 1  # opening wrote the words once; nothing else carried text
    service.ws.engine.dispose()
    assert _ids(engine, "wrong size") == {case_id}


def test_erased_customer_text_is_gone_from_the_index(workspace: Workspace,
                                                     service: CaseService,
                                                     db_path: Path) -> None:
    erased = _open(service, "Tükörfúrógép Zsófiának", number="C100", name="Zsófia Tóth")
    kept = _open(service, "Tükörfúrógép másnak", number="C200", name="Béla Kiss")
    engine = workspace.engine
    assert _ids(engine, "zsofianak") == {erased}
    sign_in(workspace)
    erase_customer(workspace, "C100")
    assert _ids(engine, "zsofianak") == set()
    assert _ids(engine, "tukorfurogep") == {kept}
    with engine.connect() as conn:
        rows = conn.execute(text("SELECT body, folded FROM case_search WHERE case_id = :c"),
                            {"c": erased}).all()
    assert rows in ([], [("", "")])
    # not even in an older segment of the index (terms are stored prefix-compressed there,
    # so look for the end of the word) nor in the WAL
    assert b"ofianak" not in raw_bytes(db_path)


def test_an_unfinished_purge_is_owed_and_done_by_the_next_start(workspace: Workspace,
                                                                service: CaseService,
                                                                db_path: Path) -> None:
    """The window erases, then purges in the background; if it stops in between, the
    erased words are unsearchable already, and the start-up chores remove their last
    copies from the index's older segments."""
    from recovery_desk.services.startup import housekeeping

    erased = _open(service, "Tükörfúrógép Zsófiának", number="C100", name="Zsófia Tóth")
    _open(service, "Tükörfúrógép másnak", number="C200", name="Béla Kiss")
    sign_in(workspace)
    erase_customer(workspace, "C100", purge_now=False)  # … and the app stops here
    engine = workspace.engine
    assert _ids(engine, "zsofianak") == set() and erased
    with engine.connect() as conn:
        assert chores.owed(conn, search.PURGE_CHORE)
    done = housekeeping(workspace)
    assert done["purge"] >= 1
    with engine.connect() as conn:
        assert not chores.owed(conn, search.PURGE_CHORE)
    assert b"ofianak" not in raw_bytes(db_path)
    assert housekeeping(workspace)["purge"] == 0  # nothing owed: nothing rewritten


def test_rebuild_and_migration_backfill_give_the_desk_s_search_text(
        workspace: Workspace, service: CaseService) -> None:
    first = _open(service, HU)
    service.add_note(first, "Második megjegyzés")
    _open(service, UK, number="C2")
    engine = workspace.engine
    desk = _bodies(engine)
    assert rebuild_projections(engine) == 2
    assert _bodies(engine) == desk
    migrate.downgrade(engine, "0002")
    migrate.upgrade(engine)
    assert _bodies(engine) == desk
    assert _ids(engine, "megjegyzes") == {first}
    with engine.connect() as conn:
        assert conn.execute(text("SELECT duration_s IS NULL FROM cases")).scalars().all() \
            == [1, 1]


def _reference_fold(value: str) -> str:
    decomposed = unicodedata.normalize("NFKD", value.casefold())
    return unicodedata.normalize(
        "NFC", "".join(ch for ch in decomposed if not unicodedata.combining(ch)))


@settings(max_examples=1000, deadline=None)
@given(st.one_of(st.text(), st.text(st.characters(max_codepoint=0x7F)),
                 st.sampled_from(["\u212a", "Árvíztűrő TÜKÖRFÚRÓGÉP", "їжа", "ß", "ﬁ", "a\u0301"])))
def test_folding_gives_the_defining_text_for_ascii_and_every_other_character(
        value: str) -> None:
    assert search.fold(value) == _reference_fold(value)
