"""The Desk page: a new-case tab plus one tab per open case, keyboard first, nothing lost.

Typed text (the complaint, remedy, notes) is autosaved as drafts every second; after a
crash the page offers to reopen the cases and put the text back.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from recovery_desk.core import messages
from recovery_desk.domain.case import CaseState
from recovery_desk.domain.flow import FlowError
from recovery_desk.domain.scenario import Scenario
from recovery_desk.services.cases import case_query, drafts, queries, worklists
from recovery_desk.services.cases.case_filter import CaseFilter
from recovery_desk.services.cases.recovery import CaseService, training_desk
from recovery_desk.services.workspace import Workspace
from recovery_desk.ui.bus import AppBus, CaseIds
from recovery_desk.ui.common import shortcuts
from recovery_desk.ui.common.flow_texts import error_text, flow_message
from recovery_desk.ui.common.plurals import plurals
from recovery_desk.ui.common.workers import alive, run_in_background
from recovery_desk.ui.common.wrap_row import WrapRow
from recovery_desk.ui.desk.approvals_button import ApprovalsButton
from recovery_desk.ui.desk.case_panel import CasePanel
from recovery_desk.ui.desk.new_case import NewCase, NewCaseForm
from recovery_desk.ui.desk.promises import PromisesButton
from recovery_desk.ui.desk.worklist import FOLLOW_UPS, PARKED, WorklistDialog
from recovery_desk.ui.desk.zoom import DeskZoom
from recovery_desk.ui.feedback.button import FeedbackButton
from recovery_desk.ui.page import Page

if TYPE_CHECKING:  # the demo generator is imported only when demo data is loaded
    from recovery_desk.services.demo.generator import DemoStats

AUTOSAVE_MS = 1000
DEMO_CASES = 1500


class DeskPage(Page):
    def __init__(self, workspace: Workspace, bus: AppBus, service: CaseService | None = None,
                 *, restore_on_start: bool = True) -> None:
        super().__init__(workspace, bus)
        self.service = service or CaseService(workspace)
        self.practice_service = CaseService(workspace, desk_id=training_desk(workspace.desk_id))
        self.panels: dict[str, CasePanel] = {}
        self.remember_tabs = True  # off for throwaway windows (screenshots, handouts)
        self._saved: dict[str, str] = {}
        self._follow_up_rows: list[Any] = []
        self._reads = 0  # the newest background read; older answers are dropped
        self.picker: QDialog | None = None  # the F7/F9/F10 list last shown
        #: what "now" is for the reminders (a test sets a simulated clock)
        self.now: Callable[[], datetime] = lambda: datetime.now(UTC)
        layout = QVBoxLayout(self)

        self.banner = QWidget()
        self.banner.setObjectName("banner")
        banner_row = QHBoxLayout(self.banner)
        self.banner_text = QLabel()
        self.banner_text.setWordWrap(True)
        self.banner_yes = QPushButton()
        self.banner_no = QPushButton()
        banner_row.addWidget(self.banner_text, 1)
        banner_row.addWidget(self.banner_yes)
        banner_row.addWidget(self.banner_no)
        self._on_yes = self.banner.hide
        self._on_no = self.banner.hide
        self.banner_yes.clicked.connect(lambda: self._on_yes())
        self.banner_no.clicked.connect(lambda: self._on_no())
        self.banner.hide()
        layout.addWidget(self.banner)

        top = WrapRow()   # wraps at a large zoom instead of cutting the buttons' text
        self.follow_ups_button = QPushButton()
        self.follow_ups_button.setObjectName("followUps")
        self.follow_ups_button.clicked.connect(self.show_follow_ups)
        self.feedback_button = FeedbackButton(workspace, bus, self)  # ui/feedback/
        top.add(self.feedback_button)
        self.approvals_button = ApprovalsButton(workspace, self.open_existing, self)
        top.add(self.approvals_button)
        self.open_cases_button = QPushButton(self.tr("Open cases (F7)"))
        self.open_cases_button.clicked.connect(self.show_open_cases)
        top.add(self.open_cases_button)
        top.add(self.follow_ups_button)
        self.promises_button = PromisesButton(workspace, self.service, self.open_existing,
                                              lambda: self.now(), self)
        top.add(self.promises_button)
        layout.addWidget(top)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("caseTabs")
        self.tabs.setTabsClosable(True)
        self.tabs.setDocumentMode(True)
        self.tabs.tabCloseRequested.connect(self._close_tab)
        self.form = NewCaseForm(workspace)
        self.form.submitted.connect(self.open_case)
        self.form.open_requested.connect(self.open_existing)
        self.tabs.addTab(self.form, self.tr("New case"))
        self.tabs.tabBar().setTabButton(0, self.tabs.tabBar().ButtonPosition.RightSide, None)
        layout.addWidget(self.tabs, 1)

        # not self.actions: QWidget.actions() is Qt's own
        self.shortcut_actions: dict[str, QAction] = {}
        self.zoom = DeskZoom(self, workspace.settings)
        self._make_actions()
        self._autosave = QTimer(self)
        self._autosave.timeout.connect(self.save_drafts_now)
        self._autosave.start(AUTOSAVE_MS)
        self.refresh_follow_ups()
        self.promises_button.refresh()
        if restore_on_start:
            QTimer.singleShot(0, self._first_start_checks)

    # -- actions and shortcuts ---------------------------------------------------------------

    def _make_actions(self) -> None:
        overrides = self.ws.settings.shortcuts
        handlers = {
            "new_case": self.new_case, "open_case": self._open_from_form,
            "next_stage": self._on_panel(CasePanel.advance),
            "previous_stage": self._on_panel(CasePanel.back),
            "skip_stage": self._on_panel(CasePanel.skip),
            "add_note": self._on_panel(CasePanel.add_note),
            "toggle_mode": self._on_panel(CasePanel.toggle_mode),
            "offer": self._on_panel(CasePanel.offer),
            "record_satisfaction": self._on_panel(CasePanel.record_satisfaction),
            "approve_here": self._on_panel(CasePanel.approve_here),
            "follow_ups": self.show_follow_ups, "open_cases": self.show_open_cases,
            "promises": lambda: self.promises_button.show_list(),
            "park_case": self._park_current,
            "find_customer": self._find_customer,
            "withdraw": self._on_panel(CasePanel.withdraw),
            "correct_contact": self._on_panel(CasePanel.correct_contact),
            "go_notes": self._on_panel(CasePanel.go_notes),
            "go_resolution": self._on_panel(CasePanel.go_resolution),
            "go_satisfaction": self._on_panel(CasePanel.go_satisfaction),
            "insert_line": self._on_panel(CasePanel.insert_line),
            "zoom_in": lambda: self.zoom.change(1), "zoom_out": lambda: self.zoom.change(-1),
            "zoom_reset": lambda: self.zoom.change(None),
        }
        for name, handler in handlers.items():
            action = QAction(shortcuts.label(name), self)
            action.setShortcut(shortcuts.sequence(name, overrides))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(handler)
            self.addAction(action)
            self.shortcut_actions[name] = action

    def add_actions_to(self, menu: QMenu) -> None:
        for action in self.shortcut_actions.values():
            menu.addAction(action)

    def _current_panel(self) -> CasePanel | None:
        widget = self.tabs.currentWidget()
        return widget if isinstance(widget, CasePanel) else None

    def _on_panel(self, action: Callable[[CasePanel], None]) -> Callable[[], None]:
        """A shortcut's handler: ``action`` on the case tab in front, if one is."""
        def run() -> None:
            panel = self._current_panel()
            if panel is not None:
                action(panel)
        return run

    def new_case(self) -> None:
        self.tabs.setCurrentWidget(self.form)
        self.form.search.setFocus()

    def _find_customer(self) -> None:
        self.new_case()
        self.form.search.selectAll()

    def _open_from_form(self) -> None:
        if self.tabs.currentWidget() is self.form:
            self.form.submit()

    # -- cases ---------------------------------------------------------------------------

    def open_case(self, data: NewCase) -> None:
        problems = self.form.problems()
        if problems:
            messages.warning(" ".join(problems))
            return
        try:
            state = self.service.open_case(**data)
        except FlowError as exc:
            messages.warning(flow_message(exc))
            return
        except Exception as exc:
            messages.error(self.tr("The case was not opened: %1").replace("%1", error_text(exc)))
            return
        for key in self.form.drafts():
            drafts.discard_draft(self.ws.engine, self._draft_key(key))
            self._saved.pop(self._draft_key(key), None)
        self.form.reset()
        self.show_case(state)
        self.bus.announce({state.case_id}, self)
        messages.info(self.tr("Case %1 opened.").replace("%1", state.ref))

    def show_case(self, state: CaseState) -> CasePanel:
        panel = self.panels.get(state.case_id)
        if panel is None:
            panel = CasePanel(self.service_for(state), state)
            panel.changed.connect(self._panel_changed)
            panel.park_requested.connect(self._park)
            panel.next_customer.connect(self.new_case)
            self.panels[state.case_id] = panel
            label = self.tr("Practice %1").replace("%1", state.ref) if state.training \
                else state.ref
            self.tabs.addTab(panel, label)
            self._remember_open_cases()
        self.tabs.setCurrentWidget(panel)
        panel.focus_first()
        return panel

    def service_for(self, state: CaseState) -> CaseService:
        """Practice cases are recorded on the training chain, real ones on the desk's."""
        return self.practice_service if state.training else self.service

    def start_practice(self, scenario: Scenario, trainee: str | None = None) -> CasePanel | None:
        """Open a practice case from a scenario, credited to ``trainee``: marked training."""
        lang = self.ws.settings.language
        try:
            state = self.practice_service.open_case(
                customer={"name": scenario.persona_name.get(lang), "phone": "", "email": "",
                          "number": "PRACTICE", "language": lang},
                channel=scenario.channel, category=scenario.category,
                severity=scenario.severity, words=scenario.words.get(lang),
                remedy=scenario.remedy.get(lang), training=True, agent=trainee)
        except FlowError as exc:
            messages.warning(flow_message(exc))
            return None
        self.bus.announce({state.case_id}, self)
        messages.info(self.tr("Practice started: %1. It is never counted in the figures.")
                      .replace("%1", scenario.title.get(lang)))
        return self.show_case(state)

    def open_existing(self, case_id: str) -> CasePanel | None:
        try:
            state = self.service.get(case_id)
        except FlowError as exc:
            messages.warning(flow_message(exc))
            return None
        return self.show_case(state)

    def _panel_changed(self, state: CaseState) -> None:
        """An action was recorded in a case tab: its tab title, then one announcement."""
        panel = self.panels.get(state.case_id)
        if panel is not None:
            index = self.tabs.indexOf(panel)
            mark = "" if state.is_active else " ✓"
            label = self.tr("Practice %1").replace("%1", state.ref) if state.training \
                else state.ref
            self.tabs.setTabText(index, label + mark)
        self.bus.announce({state.case_id}, self)

    def cases_changed(self, _case_ids: CaseIds, _origin: object) -> None:
        self.refresh_follow_ups()
        self.promises_button.refresh()
        self.approvals_button.refresh()

    def _park(self, case_id: str) -> None:
        panel = self.panels.pop(case_id, None)
        if panel is None:
            return
        self._flush_panel(panel)
        self.tabs.removeTab(self.tabs.indexOf(panel))
        panel.deleteLater()
        self._remember_open_cases()
        self.new_case()

    def _park_current(self) -> None:
        panel = self._current_panel()
        if panel is not None:
            self._park(panel.state.case_id)

    def _close_tab(self, index: int) -> None:
        widget = self.tabs.widget(index)
        if isinstance(widget, CasePanel):
            self._park(widget.state.case_id)

    def _remember_open_cases(self) -> None:
        if not self.remember_tabs:
            return
        self.ws.settings.open_cases = list(self.panels)
        try:
            self.ws.settings.save()
        except OSError:
            pass  # the drafts still hold the text; the list of tabs is a convenience

    # -- follow-ups -----------------------------------------------------------------------

    def _read(self, query: Callable[[], Any], then: Callable[[Any], None]) -> None:
        """Run a list query off the GUI thread (these lists grow with the log); only the
        newest read's answer is used, and none once the page is gone."""
        self._reads += 1
        request = self._reads

        def done(rows: Any) -> None:
            if alive(self) and request == self._reads:
                then(rows)

        def failed(exc: BaseException) -> None:
            if alive(self) and request == self._reads:
                messages.warning(self.tr("Could not read the case list: %1")
                                 .replace("%1", str(exc)))

        run_in_background(query, done, failed)

    def refresh_follow_ups(self, then: Callable[[], None] | None = None) -> None:
        """Count today's follow-ups for the button, in the background; ``then`` after."""
        engine = self.ws.engine

        def show(found: tuple[list[Any], int]) -> None:
            rows, overdue = found  # overdue: the one count, the Dashboard's for all time
            today = sum(1 for r in rows if r.urgency == worklists.TODAY)
            self.follow_ups_button.setText(self.tr("Follow-ups: %1 due today, %2 overdue (F9)")
                                           .replace("%1", str(today))
                                           .replace("%2", str(overdue)))
            self._follow_up_rows = rows
            if then is not None:
                then()

        def query() -> tuple[list[Any], int]:
            now = datetime.now(UTC)
            return (worklists.follow_ups_due(engine, now),
                    case_query.overdue_count(engine, CaseFilter(), now))

        self._read(query, show)

    def show_follow_ups(self) -> None:
        self.refresh_follow_ups(then=lambda: self._show_list(FOLLOW_UPS, self._follow_up_rows))

    def show_open_cases(self) -> None:
        engine, desk = self.ws.engine, self.ws.desk_id
        self._read(lambda: worklists.parked_cases(engine, desk, datetime.now(UTC)),
                   lambda rows: self._show_list(PARKED, rows))

    def _show_list(self, kind: str, rows: list[Any]) -> None:
        dialog = WorklistDialog(self.ws, kind, rows, self.open_existing, self)
        dialog.open()
        self.picker = dialog

    # -- drafts ----------------------------------------------------------------------------

    def _draft_key(self, key: str) -> str:
        return f"{self.ws.desk_id}:{key}"

    def _current_drafts(self) -> dict[str, tuple[str | None, str]]:
        current: dict[str, tuple[str | None, str]] = {}
        for key, text in self.form.drafts().items():
            current[self._draft_key(key)] = (None, text)
        for panel in self.panels.values():
            current[self._draft_key(panel.draft_key())] = (panel.state.case_id,
                                                           panel.draft_text())
        return current

    def save_drafts_now(self) -> None:
        """Write the drafts that changed since the last save (called every second)."""
        current = self._current_drafts()
        changed = {k: v for k, v in current.items() if self._saved.get(k, "") != v[1]}
        if not changed:
            return
        try:
            drafts.save_drafts(self.ws.engine, self.ws.desk_id, self.ws.user, changed)
        except Exception as exc:  # keep typing; tell once
            messages.warning(self.tr("Could not autosave the typed text: %1").replace(
                "%1", str(exc)))
            return
        self._saved.update({k: v[1] for k, v in changed.items()})

    def _flush_panel(self, panel: CasePanel) -> None:
        self.save_drafts_now()

    # -- first start: demo data, restore after a crash ------------------------------------

    def _first_start_checks(self) -> None:
        # only what this user left: another agent's cases and typed text stay theirs
        user = self.ws.user or ""
        saved = drafts.load_drafts(self.ws.engine, self.ws.desk_id, user=user)
        reopen = queries.still_active(self.ws.engine, self.ws.settings.open_cases, agent=user)
        if saved or reopen:
            self._offer_restore(saved, reopen)
        elif not self.ws.has_cases():
            self._offer_demo()

    def _offer_restore(self, saved: list[drafts.SavedDraft], reopen: list[str]) -> None:
        case_ids = list(dict.fromkeys(reopen + [d.case_id for d in saved if d.case_id]))
        typed = sum(1 for d in saved if d.text.strip())
        self.banner_text.setText(self.tr(
            "Welcome back. %1 and %2 were kept when you last worked at this desk. Restore "
            "them?").replace("%1", plurals().open_cases(len(case_ids)))
            .replace("%2", plurals().typed_texts(typed)))
        self.banner_yes.setText(self.tr("Restore"))
        self.banner_no.setText(self.tr("Discard the text"))
        self._on_yes = lambda: self.restore(saved, case_ids)
        self._on_no = lambda: self._discard(saved)
        self.banner.show()
        self.banner_yes.setFocus()

    def current_case_id(self) -> str | None:
        panel = self._current_panel()
        return panel.state.case_id if panel else None

    def focus_case(self, case_id: str) -> None:
        if case_id in self.panels:
            self.tabs.setCurrentWidget(self.panels[case_id])

    def shutdown(self) -> None:
        """Stop timers before the page is replaced (language switch)."""
        super().shutdown()
        self._autosave.stop()
        for panel in self.panels.values():
            panel.shutdown()

    def restore(self, saved: list[drafts.SavedDraft], case_ids: list[str],
                announce: bool = True) -> None:
        self.banner.hide()
        for case_id in case_ids:
            self.open_existing(case_id)
        prefix = f"{self.ws.desk_id}:"
        for draft in saved:
            key = draft.key[len(prefix):] if draft.key.startswith(prefix) else draft.key
            if draft.case_id and draft.case_id in self.panels:
                self.panels[draft.case_id].restore_note(draft.text)
            else:
                self.form.restore(key, draft.text)
            self._saved[draft.key] = draft.text
        if announce:
            messages.info(self.tr("Restored the open cases and the typed text."))

    def _discard(self, saved: list[drafts.SavedDraft]) -> None:
        self.banner.hide()
        for draft in saved:
            drafts.discard_draft(self.ws.engine, draft.key)
        self.ws.settings.open_cases = []
        self._remember_open_cases()

    def _offer_demo(self) -> None:
        self.banner_text.setText(self.tr(
            "The case log is empty. Load %1 realistic demo cases to explore the desk, the log "
            "and the dashboard? You can also start with your first real customer.")
            .replace("%1", str(DEMO_CASES)))
        self.banner_yes.setText(self.tr("Load demo data"))
        self.banner_no.setText(self.tr("Start empty"))
        self._on_yes = self.load_demo
        self._on_no = self.banner.hide
        self.banner.show()

    def load_demo(self, count: int = DEMO_CASES) -> None:
        from recovery_desk.services.demo.generator import generate

        self.banner_yes.setEnabled(False)
        self.banner_no.setEnabled(False)
        self.banner_text.setText(self.tr("Loading demo cases… the desk stays usable."))
        ws = self.ws

        def work() -> DemoStats:
            return generate(ws, count, seed=7, clock_pack="fca-disp")

        run_in_background(work, self._demo_loaded, self._demo_failed)

    def _demo_loaded(self, stats: DemoStats) -> None:
        self.banner.hide()
        self.banner_yes.setEnabled(True)
        self.banner_no.setEnabled(True)
        self.bus.announce(None, self)  # thousands of cases: every screen reads again
        messages.info(self.tr("Loaded %1 demo cases.").replace("%1", str(stats.cases)))

    def _demo_failed(self, exc: BaseException) -> None:
        self.banner_yes.setEnabled(True)
        self.banner_no.setEnabled(True)
        self.banner.hide()
        messages.error(self.tr("Demo data could not be loaded: %1").replace("%1", str(exc)))

    def activate(self) -> None:
        self.refresh_follow_ups()
        self.approvals_button.refresh()
