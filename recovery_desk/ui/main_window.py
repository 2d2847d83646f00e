"""The main window: navigation between pages, menus with shortcuts, and the status bar."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from recovery_desk.ui.bus import AppBus, CaseIds
from recovery_desk.ui.common import gc_guard
from recovery_desk.ui.common.bridge import MessageBridge
from recovery_desk.ui.common.flow_texts import error_text
from recovery_desk.ui.common.qt_app import running_app
from recovery_desk.ui.common.sync_texts import problem_text
from recovery_desk.ui.common.workers import run_in_background
from recovery_desk.ui.nav_list import NavigationList
from recovery_desk.ui.page import Page
from recovery_desk.ui.page_slots import PageSlots

if TYPE_CHECKING:
    from recovery_desk.domain.scenario import Scenario
    from recovery_desk.services.cases.case_filter import CaseFilter
    from recovery_desk.services.workspace import Workspace
    from recovery_desk.sync.service import SyncReport
    from recovery_desk.ui.dashboard.page import DashboardPage
    from recovery_desk.ui.log.page import LogPage
    from recovery_desk.ui.register.page import RegisterPage
    from recovery_desk.ui.settings.page import SettingsPage
    from recovery_desk.ui.training.page import TrainingPage

PAGE_KEYS = ("desk", "log", "dashboard", "register", "training", "settings")


class MainWindow(QMainWindow):
    """Shown at once with its navigation; the pages arrive when the case log is open.

    Importing the database layer and opening the log takes most of a cold start, so the
    window appears first (``MainWindow()``) and ``attach(workspace)`` fills it.

    The window owns the ``AppBus``: pages report what they recorded on it and hear what
    the others did; the window itself only listens (status bar, sync timer, language).
    """

    def __init__(self, workspace: Workspace | None = None) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("Recovery Desk"))
        self.resize(1280, 800)
        self.setMinimumSize(QSize(900, 600))
        self.titles = {"desk": self.tr("Desk"), "log": self.tr("Log"),
                       "dashboard": self.tr("Dashboard"), "training": self.tr("Training"),
                       "register": self.tr("Register"),
                       "settings": self.tr("Settings")}
        self.nav = NavigationList()
        self.nav.setObjectName("navigation")
        self.nav.setAccessibleName(self.tr("Navigation"))
        for number, key in enumerate(PAGE_KEYS, start=1):
            item = QListWidgetItem(self.titles[key])
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setToolTip(f"{self.titles[key]} (Ctrl+{number})")
            item.setSizeHint(QSize(150, 40))
            self.nav.addItem(item)
        self._fit_nav()
        self.stack = QStackedWidget()
        self.loading = QLabel(self.tr("Opening the case log…"))
        self.loading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self.loading)
        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.statusBar().showMessage(self.tr("Opening the case log…"))
        self.pages = PageSlots(self.stack, (), self._make_page, {})  # none until attach
        self.bus = AppBus(self)
        if workspace is not None:
            self.attach(workspace)

    def attach(self, workspace: Workspace) -> None:
        """Build the pages on the open case log (imports the database layer)."""
        from recovery_desk.ui.log.export_dialog import CaseExporter

        self.ws = workspace
        self.stack.removeWidget(self.loading)
        self.loading.deleteLater()
        # one exporter for the menu and the Log page alike: one export runs at a time
        self.exporter = CaseExporter(workspace, self)
        # before the pages: their first reads start in the background at once, and adding
        # the checkpointer's connect hook while a thread makes its first connection made
        # SQLAlchemy fail that read ("deque mutated during iteration": F10 unreadable)
        from recovery_desk.services.startup import start_checkpoints

        self.checkpointer = start_checkpoints(workspace)
        checkpointer = self.checkpointer
        self.destroyed.connect(lambda *_: checkpointer.stop())
        gc_guard.freeze_startup("recovery_desk.ui.desk.page")
        self._build_pages(restore_on_start=True)
        self.nav.currentRowChanged.connect(self._show_row)
        self.bus.cases_changed.connect(self._cases_changed)
        self.bus.settings_changed.connect(self._settings_saved)
        self.bus.language_changed.connect(self._language_chosen)
        self.statusBar().clearMessage()
        self._sync_busy = False
        self._sync_text = ""
        self._sync_tip = ""  # what the last sync set aside, one line each
        self._build_menus(self.titles)
        self._build_status_bar()
        self.sync_timer = QTimer(self)
        self.sync_timer.timeout.connect(self.sync_now)
        self.restart_sync_timer()
        self.bridge = MessageBridge(self)
        self.bridge.message.connect(self.show_message)
        self.import_dialog: QDialog | None = None
        self.nav.setCurrentRow(0)

    def _build_pages(self, restore_on_start: bool) -> None:
        """The Desk now; every other page the first time it is shown (``PageSlots``)."""
        from recovery_desk.ui.desk.page import DeskPage

        self.desk = DeskPage(self.ws, self.bus, restore_on_start=restore_on_start)
        self.pages = PageSlots(self.stack, PAGE_KEYS, self._make_page, {"desk": self.desk})

    def _make_page(self, key: str) -> Page:
        """Build the page ``key`` (not the Desk), wired to the window."""
        workspace, bus = self.ws, self.bus
        if key == "log":
            from recovery_desk.ui.log.page import LogPage

            return LogPage(workspace, bus, self.exporter)
        if key == "dashboard":
            from recovery_desk.ui.dashboard.page import DashboardPage

            dashboard = DashboardPage(workspace, bus)
            dashboard.drill_down.connect(self.open_in_log)
            return dashboard
        if key == "training":
            from recovery_desk.ui.training.page import TrainingPage

            training = TrainingPage(workspace, bus)
            training.practice_requested.connect(self._start_practice)
            training.review_shown.connect(lambda: self.show_page("training"))
            training.presenter_toggled.connect(self._presenter)
            return training
        if key == "register":
            from recovery_desk.ui.register.page import RegisterPage

            return RegisterPage(workspace, bus)
        if key == "settings":
            from recovery_desk.ui.settings.page import SettingsPage

            return SettingsPage(workspace, bus)
        raise KeyError(key)

    @property
    def log_page(self) -> LogPage:
        return cast("LogPage", self.pages["log"])

    @property
    def dashboard(self) -> DashboardPage:
        return cast("DashboardPage", self.pages["dashboard"])

    @property
    def training(self) -> TrainingPage:
        return cast("TrainingPage", self.pages["training"])

    @property
    def register_page(self) -> RegisterPage:
        return cast("RegisterPage", self.pages["register"])

    @property
    def settings_page(self) -> SettingsPage:
        return cast("SettingsPage", self.pages["settings"])

    def _cases_changed(self, _case_ids: CaseIds, _origin: object) -> None:
        self.refresh_status()

    def _settings_saved(self) -> None:
        self.refresh_status()
        self.restart_sync_timer()

    def _language_chosen(self, language: str) -> None:
        """Settings chose another language: rebuild in it, then keep the choice."""
        self.switch_language(language)
        try:
            self.ws.settings.save()
        except OSError as exc:
            self.show_message("error", str(exc))

    def switch_language(self, language: str) -> None:
        """Switch the whole window to another language, keeping open cases and typed text.

        Pages are rebuilt under the new translator; the Desk's drafts (saved first) and its
        open tabs are put back exactly as they were.
        """
        from recovery_desk.services.cases import drafts
        from recovery_desk.ui.common.i18n import install_translator

        key = self.current_page()
        self.desk.save_drafts_now()
        open_cases = list(self.desk.panels)
        current_case = self.desk.current_case_id()
        saved = drafts.load_drafts(self.ws.engine, self.ws.desk_id, user=self.ws.user or "")
        self.ws.settings.language = language
        install_translator(running_app(), language)
        self.nav.blockSignals(True)
        for page in self.pages.built().values():
            page.shutdown()
        self.pages.remove_all()
        self._build_pages(restore_on_start=False)
        self.desk.restore(saved, open_cases, announce=False)
        if current_case:
            self.desk.focus_case(current_case)
        self.retranslate()
        self.nav.blockSignals(False)
        self.show_page(key)
        self._show_row(self.nav.currentRow())   # same row, no signal: show its new page

    def _fit_nav(self) -> None:
        """Wide enough for the longest page name in the current language."""
        from PySide6.QtGui import QFont, QFontMetrics

        font = QFont(self.nav.font())
        font.setPointSizeF(max(font.pointSizeF(), 12.0))
        metrics = QFontMetrics(font)
        widest = max(metrics.horizontalAdvance(t) for t in self.titles.values())
        self.nav.setFixedWidth(max(170, widest + 36))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Recovery Desk"))
        self.titles = {"desk": self.tr("Desk"), "log": self.tr("Log"),
                       "dashboard": self.tr("Dashboard"), "training": self.tr("Training"),
                       "register": self.tr("Register"),
                       "settings": self.tr("Settings")}
        for number, key in enumerate(PAGE_KEYS, start=1):
            item = self.nav.item(number - 1)
            item.setText(self.titles[key])
            item.setToolTip(f"{self.titles[key]} (Ctrl+{number})")
        self._fit_nav()
        self.menuBar().clear()
        self._build_menus(self.titles)
        self.refresh_status()

    def current_page(self) -> str:
        return self.pages.key_of(self.stack.currentWidget()) or "desk"

    # -- structure ---------------------------------------------------------------------

    def open_import(self) -> None:
        """File ▸ Import past complaints…: one dialog at a time, in today's language."""
        from recovery_desk.ui.imports.dialog import ImportDialog

        dialog = self.import_dialog
        if dialog is not None and dialog.isVisible():
            dialog.raise_()   # already open: bring it to the front
            dialog.activateWindow()
            return
        if dialog is not None:
            dialog.deleteLater()
        self.import_dialog = ImportDialog(self.ws, self.bus, self)
        self.import_dialog.show()

    def _build_menus(self, titles: dict[str, str]) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        export_action = QAction(self.tr("Export cases…"), self)
        export_action.setShortcut(QKeySequence("Ctrl+E"))
        export_action.triggered.connect(lambda: self.exporter.ask_and_export())
        file_menu.addAction(export_action)
        pseudo_action = QAction(self.tr("Export cases, pseudonymized…"), self)
        pseudo_action.triggered.connect(lambda: self.exporter.ask_and_export(True))
        file_menu.addAction(pseudo_action)
        import_action = QAction(self.tr("Import past complaints…"), self)
        import_action.triggered.connect(self.open_import)
        file_menu.addAction(import_action)
        sync_action = QAction(self.tr("Sync now"), self)
        sync_action.setShortcut(QKeySequence("Ctrl+Shift+Y"))
        sync_action.triggered.connect(self.sync_now)
        file_menu.addAction(sync_action)
        switch_action = QAction(self.tr("Switch user…"), self)
        switch_action.triggered.connect(lambda: self.switch_user(pin=True))
        file_menu.addAction(switch_action)
        pin_action = QAction(self.tr("My PIN…"), self)
        pin_action.triggered.connect(self.set_my_pin)
        file_menu.addAction(pin_action)
        sign_out_action = QAction(self.tr("Sign out"), self)
        sign_out_action.triggered.connect(self.sign_out)
        file_menu.addAction(sign_out_action)
        quit_action = QAction(self.tr("Quit"), self)
        quit_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Quit))
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        go_menu = self.menuBar().addMenu(self.tr("&Go"))
        for number, key in enumerate(self.pages, start=1):
            action = QAction(titles[key], self)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _=False, k=key: self.show_page(k))
            go_menu.addAction(action)
        self.desk.add_actions_to(self.menuBar().addMenu(self.tr("&Case")))
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        keys = QAction(self.tr("Keyboard shortcuts"), self)
        keys.setShortcut(QKeySequence("F1"))
        keys.triggered.connect(self.show_shortcuts)
        help_menu.addAction(keys)
        about = QAction(self.tr("About Recovery Desk"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.desk_label = QLabel()
        self.user_label = QLabel()
        self.db_label = QLabel()
        self.sync_label = QLabel()
        for label in (self.desk_label, self.user_label, self.db_label, self.sync_label):
            label.setContentsMargins(8, 0, 8, 0)
            bar.addPermanentWidget(label)
        self.refresh_status()
        timer = QTimer(self)
        timer.timeout.connect(self.refresh_status)
        timer.start(30_000)

    def refresh_status(self) -> None:
        from recovery_desk.ui.common.labels import role_label

        ws = self.ws
        self.desk_label.setText(self.tr("Desk: %1").replace("%1", ws.desk_id))
        self.user_label.setText(self.tr("Signed in: %1 (%2)").replace("%1", ws.user)
                                .replace("%2", role_label(ws.role_of(ws.user))) if ws.user
                                else self.tr("Nobody is signed in"))
        self.db_label.setText(self.tr("Log: %1").replace("%1", _short_path(ws.location)))
        self.db_label.setToolTip(ws.location)
        target = ws.settings.sync_target
        if not target:
            self.sync_label.setText(self.tr("Sync: not set up"))
        elif self._sync_text:
            self.sync_label.setText(self._sync_text)
        else:
            self.sync_label.setText(self.tr("Sync: waiting for the first run"))
        self.sync_label.setToolTip(f"{target}\n{self._sync_tip}" if self._sync_tip else target)

    # -- background sync -----------------------------------------------------------------

    def switch_user(self, pin: bool = True) -> bool:
        """Someone else takes over the desk (PIN or password); open cases stay open."""
        from recovery_desk.ui.account.sign_in import SignInDialog

        if self.ws is None:
            return False
        self.desk.save_drafts_now()
        if SignInDialog(self.ws, self, pin=pin).exec():
            self._after_sign_in()
            return True
        return False

    def set_my_pin(self) -> None:
        from recovery_desk.ui.account.set_pin import SetPinDialog

        if self.ws is not None and SetPinDialog(self.ws, self).exec():
            self.show_message("info", self.tr("Your PIN is set."))

    def sign_out(self) -> None:
        """End the session: the window hides until someone signs in, or the app quits."""
        from recovery_desk.ui.account.sign_in import ensure_signed_in

        if self.ws is None:
            return
        self.desk.save_drafts_now()
        self.ws.session = None
        self.hide()
        if ensure_signed_in(self.ws, None):
            self.show()
            self._after_sign_in()
        else:
            self.close()

    def _after_sign_in(self) -> None:
        if self.ws is not None:
            try:
                self.ws.settings.save()
            except OSError:
                pass
        self.refresh_status()
        self.bus.user_changed.emit()
        self.pages[self.current_page()].activate()

    def restart_sync_timer(self) -> None:
        minutes = max(1, int(self.ws.settings.sync_minutes or 15))
        self.sync_timer.start(minutes * 60_000)

    def sync_now(self) -> None:
        """Push and pull in the background; the desk keeps working whatever happens."""
        target = self.ws.settings.sync_target
        if not target or self._sync_busy:
            return
        from recovery_desk.sync import service

        self._sync_busy = True
        self.sync_label.setText(self.tr("Sync: running…"))
        engine, desk = self.ws.engine, self.ws.desk_id

        def work() -> tuple[SyncReport, int]:
            report = service.sync(engine, desk, target)
            return report, service.pending(engine, desk, target)

        run_in_background(work, self._synced, self._sync_failed)

    def _synced(self, result: tuple[SyncReport, int]) -> None:
        report, waiting = result
        self._sync_busy = False
        stamp = datetime.now().strftime("%H:%M")
        self._sync_text = self.tr("Sync: %1 ✓ · %2 waiting").replace("%1", stamp).replace(
            "%2", str(waiting))
        self._sync_tip = "\n".join(problem_text(p) for p in report.problems)
        if report.problems:  # held or refused bundles are not a success to tick off
            self._sync_text = self.tr("Sync: %1 · %2 waiting · not applied: %3").replace(
                "%1", stamp).replace("%2", str(waiting)).replace(
                "%3", str(len(report.problems)))
        self.refresh_status()
        if report.pulled_events:
            self.bus.announce(None, self)  # any case may have changed

    def _sync_failed(self, exc: BaseException) -> None:
        self._sync_busy = False
        self._sync_text = self.tr("Sync: failed at %1, will retry").replace(
            "%1", datetime.now().strftime("%H:%M"))
        self.refresh_status()
        self.sync_label.setToolTip(error_text(exc))
        self.statusBar().showMessage(error_text(exc), 10_000)

    # -- navigation ----------------------------------------------------------------------

    def _show_row(self, row: int) -> None:
        page = self.pages[PAGE_KEYS[row]]  # built here the first time it is shown
        self.stack.setCurrentWidget(page)
        page.activate()

    def _start_practice(self, scenario: Scenario, trainee: str) -> None:
        self.show_page("desk")
        self.desk.start_practice(scenario, trainee)

    def _presenter(self, on: bool) -> None:
        """Full screen with only the training content: nothing of real customers shows."""
        for widget in (self.nav, self.menuBar(), self.statusBar()):
            widget.setVisible(not on)
        if on:
            self.showFullScreen()
        else:
            self.showNormal()

    def show_page(self, key: str) -> None:
        self.nav.setCurrentRow(list(self.pages).index(key))

    def open_in_log(self, flt: CaseFilter) -> None:
        """A Dashboard figure was chosen: the Log shows exactly the cases behind it."""
        self.log_page.apply_filter(flt)
        self.show_page("log")

    # -- feedback ------------------------------------------------------------------------

    def show_message(self, level: str, text: str) -> None:
        if level == "error":
            QMessageBox.warning(self, self.tr("Recovery Desk"), text)
        else:
            self.statusBar().showMessage(text, 8000)

    def show_shortcuts(self) -> None:
        from recovery_desk.ui.common.shortcuts_dialog import ShortcutsDialog

        ShortcutsDialog(self).exec()

    def _about(self) -> None:
        from recovery_desk import __version__

        QMessageBox.about(self, self.tr("About Recovery Desk"), self.tr(
            "Recovery Desk %1\nGuided complaint recovery with an offline case log.")
            .replace("%1", __version__))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if self.pages:
            self.desk.save_drafts_now()
            self.checkpointer.stop()
        super().closeEvent(event)


def _short_path(location: str) -> str:
    if len(location) <= 48:
        return location
    return "…" + location[-47:]
