"""Every refusal has a code, and every code reads in each language.

The domain and the services refuse with a code and parameters; the interface translates the
code and formats the parameters by the interface language. These tests walk every code any
module defines (none is skipped because its sentence has values in it) and check each has a
template here and a translation in Hungarian, Latvian and Ukrainian.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Iterator
from decimal import Decimal

import pytest
from PySide6.QtCore import QLocale

from recovery_desk.core.errors import RecoveryDeskError
from recovery_desk.domain import flow
from recovery_desk.domain import flow_refusals as R
from recovery_desk.domain.case import CaseState
from recovery_desk.domain.refusal import CODES, Code
from recovery_desk.services.access.permissions import DENIED, PermissionDenied
from recovery_desk.ui.common import flow_texts
from recovery_desk.ui.common.formatting import locale_for, money
from recovery_desk.ui.common.i18n import install_translator
from recovery_desk.ui.common.refusals.gaps import fill
from recovery_desk.ui.main_window import MainWindow
from tests.conftest import open_default_case

LANGS = ("hu", "lv", "uk")
_SAMPLES: dict[type, object] = {str: "Zq", Decimal: Decimal("1234.5"), int: 7,
                                tuple: ("supervisor", "admin")}


def _all_codes() -> dict[str, Code]:
    """Import every module below the interface, so each defines its codes."""
    for layer in ("core", "domain", "storage", "services", "sync"):
        package = importlib.import_module(f"recovery_desk.{layer}")
        for info in pkgutil.walk_packages(package.__path__, f"recovery_desk.{layer}."):
            importlib.import_module(info.name)
    return dict(CODES)


def _sample(code: Code) -> dict[str, object]:
    return {name: _SAMPLES[kind] for name, kind in code.params.items()}


@pytest.fixture
def language(qapp) -> Iterator[object]:  # noqa: ANN001
    """Switch the application's translators for one test, back to English after it."""
    def switch(lang: str) -> None:
        assert install_translator(qapp, lang)
    yield switch
    install_translator(qapp, "en")


def test_codes_are_walked_from_every_layer() -> None:
    codes = _all_codes()
    assert len(codes) > 55
    layers = {code.split(".")[0] for code in codes}
    assert {"flow", "review", "satisfaction", "case", "access"} <= layers


def test_every_code_has_a_template_and_no_template_is_stale() -> None:
    codes = set(_all_codes())
    assert sorted(codes - flow_texts.known_codes()) == []
    assert sorted(flow_texts.known_codes() - codes) == []


@pytest.mark.parametrize("lang", LANGS)
def test_every_code_is_translated(language, lang: str) -> None:  # noqa: ANN001
    codes = _all_codes()
    QLocale.setDefault(locale_for(lang))  # the same number formats, still no translator
    english = {name: flow_texts.coded_text(name, _sample(code), "") for name, code in
               codes.items()}
    language(lang)
    untranslated = []
    for name, code in codes.items():
        text = flow_texts.coded_text(name, _sample(code), "")
        if not text or text == english[name] or "%1" in text:
            untranslated.append(name)
    assert untranslated == [], f"{lang}: no translation for {untranslated}"


def test_the_parameters_are_carried_into_the_translation(language) -> None:  # noqa: ANN001
    language("hu")
    assert flow_texts.sentence(R.TICK(item="Hagyja végigmondani")) == \
        "Jelölje be: “Hagyja végigmondani”."
    assert flow_texts.sentence(R.NOT_A_NUMBER(label="Összeg", value="sok")) == \
        "Összeg: a megadott érték (“sok”) nem szám."
    over = R.OVER_APPROVER_LIMIT(amount=Decimal("12345"), currency="EUR", limit=Decimal("1000"))
    text = flow_texts.sentence(over)
    assert text == (f"{money(Decimal('12345'), 'EUR')} meghaladja az Ön keretét "
                    f"({money(Decimal('1000'), 'EUR')}); forduljon egy adminisztrátorhoz.")
    assert text.startswith("12\xa0345")  # grouped the Hungarian way, not "12345" as in English


def test_a_flow_error_with_several_refusals_is_translated_part_by_part(language) -> None:  # noqa: ANN001
    error = flow.FlowError(R.TICK(item="x"), R.SATISFACTION_MISSING())
    assert str(error) == "Tick “x”. Record the customer's satisfaction."
    assert flow_texts.flow_message(error) == str(error)
    language("lv")
    assert flow_texts.flow_message(error) == \
        "Atzīmējiet “x”. Reģistrējiet klienta apmierinātību."
    assert [part.code for part in error.refusals] == ["flow.tick", "flow.satisfaction_missing"]


def test_blockers_carry_codes_with_the_case_language_labels() -> None:
    from recovery_desk.core.paths import resources_dir
    from recovery_desk.domain.playbook import load_library

    playbook = load_library(resources_dir() / "playbooks").usable["aware"]
    state = CaseState(case_id="c1", status="open", stage=playbook.stages[0].id, language="hu")
    found = flow.blockers(playbook, state)
    first = playbook.stages[0].checklist[0]
    assert found[0].code == "flow.tick"
    assert found[0].params == {"item": first.label.get("hu")}
    assert str(found[0]) == f"Tick “{first.label.get('hu')}”."


def test_a_service_error_with_a_code_is_translated_and_one_without_is_shown_as_it_says(
        language) -> None:  # noqa: ANN001
    denied = PermissionDenied.refusing(DENIED(
        user="Ann", role="agent", action="erase a customer's personal data",
        permission="erase_customer", needed=("supervisor", "admin"),
        roles="a supervisor or an admin"))
    assert denied.code == "access.denied"
    assert str(denied) == ("Ann (agent) may not erase a customer's personal data. "
                           "Ask a supervisor or an admin to do it, or sign in as one.")
    plain = RecoveryDeskError("Something else.", "Do this.")
    language("uk")
    assert flow_texts.error_text(denied) == (
        "Відмовлено: користувач Ann працює з роллю «оператор»; для цього потрібна роль: "
        "керівник або адміністратор. Попросіть такого користувача зробити це тут "
        "(Файл ▸ Змінити користувача…). Спробу записано в журнал.")
    assert flow_texts.error_text(plain) == "Something else. Do this."


def test_a_code_checks_its_parameters() -> None:
    with pytest.raises(TypeError, match="takes the parameters"):
        R.TICK()
    with pytest.raises(TypeError, match="wrong type for amount"):
        R.OVER_APPROVER_LIMIT(amount="1500", currency="EUR", limit=Decimal("1"))
    with pytest.raises(ValueError, match="defined twice"):
        Code("flow.tick", "Something else.")


def test_fill_replaces_each_gap_once() -> None:
    assert fill("%1 and %2, %1", "a%2", "b") == "a%2 and b, a%2"
    assert fill("100% sure: %1", "x") == "100% sure: x"


def test_the_command_line_prints_the_english_template_filled_in(
        workspace, db_path, capsys, monkeypatch) -> None:  # noqa: ANN001
    import io

    from argon2 import PasswordHasher, profiles

    from recovery_desk.cli.main import main
    from recovery_desk.services.access.accounts import Accounts
    from recovery_desk.services.access.permissions import SIGN_IN_REQUIRED

    workspace.access.password_hasher = PasswordHasher.from_parameters(profiles.CHEAPEST)
    accounts = Accounts(workspace)
    accounts.create_first_admin("Ada Admin", "ada's password")
    accounts.sign_in("Ada Admin", "ada's password")
    accounts.add_user("Alex Agent", "agent", "alex's password")
    monkeypatch.setattr("sys.stdin", io.StringIO("alex's password\n"))
    assert main(["--db", str(db_path), "--as", "Alex Agent", "customers", "erase",
                 "C100"]) == 1
    expected = DENIED(user="Alex Agent", role="agent",
                      action="erase a customer's personal data",
                      permission="erase_customer", needed=("supervisor", "admin"),
                      roles="a supervisor or an admin")
    assert capsys.readouterr().err == f"recovery-desk: {expected}\n"
    assert str(expected) == ("Alex Agent (agent) may not erase a customer's personal data. "
                             "Ask a supervisor or an admin to do it, or sign in as one.")
    assert main(["--db", str(db_path), "customers", "erase", "C100"]) == 1  # nobody
    nobody = SIGN_IN_REQUIRED(action="erase a customer's personal data",
                              permission="erase_customer", needed=("supervisor", "admin"),
                              roles="a supervisor or an admin")
    assert capsys.readouterr().err == f"recovery-desk: {nobody}\n"


def test_over_limit_refusal_reads_in_hungarian_in_the_real_window(
        qtbot, window: MainWindow, language) -> None:  # noqa: ANN001
    """An amount in a refusal, formatted by the Hungarian locale, on the Desk itself."""
    from PySide6.QtCore import Qt

    from .helpers import choose_deadline, choose_in_combo, press, tab_to, type_text
    from .test_desk_keyboard import tick_all, walk_to_stage

    window.switch_language("hu")
    desk = window.desk
    panel = desk.show_case(open_default_case(desk.service))
    walk_to_stage(qtbot, panel, "resolution")
    tick_all(qtbot, panel)
    tab_to(qtbot, panel.resolve.resolution_box)
    choose_in_combo(qtbot, panel.resolve.resolution_box, "refund")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "12345")
    ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    choose_deadline(qtbot, panel.resolve)
    press(qtbot, Qt.Key.Key_O, ctrl_shift)
    assert panel.state.escalation_pending and panel.state.redress_amount == Decimal("12345")

    # Sam Supervisor, signed in at this desk, tries to approve past his own limit (1000 EUR);
    # the approval dialog would not even offer him for this amount
    window.ws.ensure_user("Sam Supervisor", "supervisor")
    window.ws.trust_in_process("Sam Supervisor")
    press(qtbot, Qt.Key.Key_A, ctrl_shift)
    expected = (f"{money(Decimal('12345'), 'EUR')} meghaladja az Ön keretét "
                f"({money(Decimal('1000'), 'EUR')}); forduljon egy adminisztrátorhoz.")
    qtbot.waitUntil(lambda: panel.blockers.text() == expected, timeout=3000)
    assert panel.state.escalation_pending  # nothing was approved
    assert panel.blockers.text().startswith("12\xa0345")  # the amount in Hungarian form
