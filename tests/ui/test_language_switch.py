"""Switching language in a running window keeps the open case and its typed text."""

from __future__ import annotations

from recovery_desk.ui.main_window import MainWindow
from tests.conftest import open_default_case


def test_switch_language_keeps_open_case_and_typed_text(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    desk = window.desk
    panel = desk.show_case(open_default_case(desk.service))
    case_id = panel.state.case_id
    panel.notes.note_edit.setPlainText("Вона чекає на дзвінок до 17:00")
    desk.form.words.setPlainText("A second customer is already explaining")
    window.switch_language("hu")
    assert window.ws.settings.language == "hu"
    new_desk = window.desk
    assert new_desk is not desk
    restored = new_desk.panels[case_id]
    assert new_desk._current_panel() is restored
    assert restored.notes.note_edit.toPlainText() == "Вона чекає на дзвінок до 17:00"
    assert new_desk.form.words.toPlainText() == "A second customer is already explaining"
    # the playbook texts follow the language: the Hungarian stage titles are shown
    hungarian = restored.playbook.stages[0].title.get("hu")
    assert hungarian in " ".join(label.text() for label in restored.header.stepper.labels)
    window.switch_language("en")
    assert window.desk.panels[case_id].notes.note_edit.toPlainText() == \
        "Вона чекає на дзвінок до 17:00"
    window.desk._autosave.stop()


def test_qt_standard_buttons_follow_the_language(qapp) -> None:  # noqa: ANN001
    from PySide6.QtCore import QCoreApplication

    from recovery_desk.ui.common.i18n import install_translator

    try:
        assert install_translator(qapp, "lv")
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") != "Cancel"
        assert QCoreApplication.translate("MainWindow", "Settings") == "Iestatījumi"
    finally:
        install_translator(qapp, "en")


def test_settings_page_choosing_a_language_rebuilds_the_window_in_it(  # noqa: ANN001
        qtbot, window: MainWindow) -> None:
    """Settings does not reach into the window: it says so on the bus, the window acts."""
    from recovery_desk.services.settings import Settings

    window.show_page("settings")
    page = window.settings_page
    page.language_box.setCurrentIndex(page.language_box.findData("lv"))
    try:
        page.save_button.click()
        assert window.ws.settings.language == "lv" and Settings.load().language == "lv"
        assert window.settings_page is not page and window.current_page() == "settings"
        assert window.nav.item(list(window.pages).index("settings")).text() == "Iestatījumi"
    finally:
        window.switch_language("en")
        window.desk._autosave.stop()


def test_settings_page_saving_the_sync_interval_restarts_the_timer(window: MainWindow) -> None:
    window.show_page("settings")
    page = window.settings_page
    page.sync_minutes.setValue(7)
    page.save_button.click()
    assert window.sync_timer.interval() == 7 * 60_000 and window.settings_page is page
