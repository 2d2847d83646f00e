"""The Training page: scripted vs natural side by side, practice scenarios, reviews.

Practice runs go through the real Desk flow but are recorded on the desk's training chain:
never counted in the figures, never synced unless chosen.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from recovery_desk.core import messages
from recovery_desk.core.paths import resources_dir
from recovery_desk.domain.playbook import Playbook
from recovery_desk.domain.scenario import Scenario, load_scenarios
from recovery_desk.services.access import permissions
from recovery_desk.services.access.permissions import Permission
from recovery_desk.services.review.practice import practice_run_states
from recovery_desk.services.workspace import Workspace
from recovery_desk.ui.bus import AppBus, CaseIds
from recovery_desk.ui.common.guidance import natural_html, scripted_html
from recovery_desk.ui.page import Page
from recovery_desk.ui.quality.tab import QualityTab
from recovery_desk.ui.training.debrief import DebriefDialog
from recovery_desk.ui.training.evidence import scenario_of
from recovery_desk.ui.training.reviews import ReviewsTab


class TrainingPage(Page):
    practice_requested = Signal(object, str)  # Scenario, the trainee (a user)
    review_shown = Signal()
    presenter_toggled = Signal(bool)

    def __init__(self, workspace: Workspace, bus: AppBus) -> None:
        super().__init__(workspace, bus)
        self.lang = workspace.settings.language
        #: the type size before presenter mode first enlarged it (taken on first use, once
        #: the page has its window's font)
        self._base_pt: float | None = None
        self.scenarios = load_scenarios(resources_dir() / "scenarios")
        self._running: set[str] = set()  # practice runs seen going on (for the debrief)
        self.debrief_dialog: DebriefDialog | None = None
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Training"))
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._side_by_side(), self.tr("Scripted and natural"))
        self.tabs.addTab(self._practice(), self.tr("Practice scenarios"))
        self.tabs.addTab(self._reviews(), self.tr("Reviews"))
        self.quality = QualityTab(workspace, lambda case_id: self.bus.announce({case_id}, self))
        self.tabs.addTab(self.quality, self.tr("Quality checks"))
        self.user_changed()
        self.tabs.currentChanged.connect(self._tab_changed)
        layout.addWidget(self.tabs, 1)

    # -- side by side -------------------------------------------------------------------

    def _side_by_side(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        row = QHBoxLayout()
        self.playbook_box = QComboBox()
        self.playbook_box.setAccessibleName(self.tr("Playbook"))
        for playbook in self.ws.playbooks.ordered():
            self.playbook_box.addItem(playbook.title.get(self.lang), playbook.id)
        self.stage_box = QComboBox()
        self.stage_box.setAccessibleName(self.tr("Stage"))
        self.scenario_box = QComboBox()
        self.scenario_box.setAccessibleName(self.tr("Scenario"))
        self.scenario_box.addItem(self.tr("(no scenario)"), None)
        for scenario in self.scenarios.usable.values():
            self.scenario_box.addItem(scenario.title.get(self.lang), scenario.id)
        self.prev_button = QPushButton(self.tr("◀ Previous stage"))
        self.next_button = QPushButton(self.tr("Next stage ▶"))
        self.presenter_button = QPushButton(self.tr("Presenter mode (F11)"))
        self.presenter_button.setCheckable(True)
        self.presenter_button.setShortcut("F11")
        self.presenter_button.toggled.connect(self._presenter)
        for text, widget in ((self.tr("Playbook:"), self.playbook_box),
                             (self.tr("Stage:"), self.stage_box),
                             (self.tr("Scenario:"), self.scenario_box)):
            label = QLabel(text)
            label.setBuddy(widget)
            row.addWidget(label)
            row.addWidget(widget)
        row.addStretch(1)
        layout.addLayout(row)
        steps = QHBoxLayout()
        steps.addWidget(self.prev_button)
        steps.addWidget(self.next_button)
        steps.addStretch(1)
        steps.addWidget(self.presenter_button)
        layout.addLayout(steps)
        self.scene = QLabel()
        self.scene.setWordWrap(True)
        self.scene.setObjectName("customerWordsQuote")
        layout.addWidget(self.scene)
        panes = QHBoxLayout()
        self.scripted = QTextBrowser()
        self.scripted.setAccessibleName(self.tr("Scripted delivery"))
        self.natural = QTextBrowser()
        self.natural.setAccessibleName(self.tr("Natural delivery"))
        for caption, pane in ((self.tr("Scripted: read the lines"), self.scripted),
                              (self.tr("Natural: own words, guided"), self.natural)):
            column = QVBoxLayout()
            column.addWidget(QLabel(f"<b>{html.escape(caption)}</b>"))
            column.addWidget(pane)
            panes.addLayout(column)
        layout.addLayout(panes, 1)
        self.playbook_box.currentIndexChanged.connect(self._load_stages)
        self.stage_box.currentIndexChanged.connect(self._show)
        self.scenario_box.currentIndexChanged.connect(self._show)
        self.prev_button.clicked.connect(lambda: self._step(-1))
        self.next_button.clicked.connect(lambda: self._step(1))
        self._load_stages()
        return page

    def _playbook(self) -> Playbook:
        return self.ws.playbooks.get(self.playbook_box.currentData())

    def _load_stages(self) -> None:
        self.stage_box.blockSignals(True)
        self.stage_box.clear()
        for stage in self._playbook().stages:
            self.stage_box.addItem(stage.title.get(self.lang), stage.id)
        self.stage_box.blockSignals(False)
        self._show()

    def _step(self, delta: int) -> None:
        index = self.stage_box.currentIndex() + delta
        if 0 <= index < self.stage_box.count():
            self.stage_box.setCurrentIndex(index)

    def _show(self) -> None:
        if self.stage_box.currentData() is None:
            return
        stage = self._playbook().stage(self.stage_box.currentData())
        labels = {"key_points": self.tr("Key points"), "do": self.tr("Do"),
                  "dont": self.tr("Don't"), "examples": self.tr("You could say")}
        self.scripted.setHtml(scripted_html(stage, self.lang))
        self.natural.setHtml(natural_html(stage, self.lang, labels))
        scenario = self.scenarios.usable.get(self.scenario_box.currentData() or "")
        self.scene.setVisible(scenario is not None)
        if scenario is not None:
            self.scene.setText(f"<b>{html.escape(scenario.persona_name.get(self.lang))}</b> — "
                               f"{html.escape(scenario.mood.get(self.lang))}<br>“"
                               f"{html.escape(scenario.words.get(self.lang))}”")

    def _presenter(self, on: bool) -> None:
        """Large type for a room; only scenario text is on screen, never customer data."""
        font = self.font()
        if self._base_pt is None:
            self._base_pt = font.pointSizeF()
        font.setPointSizeF(self._base_pt * (1.6 if on else 1.0))
        for widget in (self.scripted, self.natural, self.scene):
            widget.setFont(font)
        self.presenter_toggled.emit(on)

    # -- practice -----------------------------------------------------------------------

    def _practice(self) -> QWidget:
        page = QWidget()
        layout = QHBoxLayout(page)
        self.scenario_list = QListWidget()
        self.scenario_list.setAccessibleName(self.tr("Scenarios"))
        for scenario in self.scenarios.usable.values():
            stars = "★" * scenario.difficulty
            item = QListWidgetItem(f"{scenario.title.get(self.lang)}  {stars}")
            item.setData(Qt.ItemDataRole.UserRole, scenario.id)
            self.scenario_list.addItem(item)
        for name, reason in self.scenarios.unusable.items():
            item = QListWidgetItem(self.tr("Unusable: %1").replace("%1", reason))
            item.setToolTip(name)
            self.scenario_list.addItem(item)
        if not self.scenarios.usable:
            self.scenario_list.addItem(self.tr("No scenarios are installed."))
        layout.addWidget(self.scenario_list, 1)
        right = QVBoxLayout()
        self.scenario_text = QTextBrowser()
        self.scenario_text.setAccessibleName(self.tr("Scenario"))
        self.trainer_notes = QCheckBox(self.tr("Show trainer notes (facts, good resolutions, "
                                               "pitfalls)"))
        self.start_button = QPushButton(self.tr("Start practice on the Desk"))
        self.start_button.setObjectName("openCase")
        self.start_button.clicked.connect(self._start)
        right.addWidget(self.scenario_text, 1)
        right.addWidget(self.trainer_notes)
        start_row = QHBoxLayout()
        self.trainee_box = QComboBox()
        self.trainee_box.setAccessibleName(self.tr("Trainee"))
        self.fill_trainees()
        trainee_label = QLabel(self.tr("Trainee:"))
        trainee_label.setBuddy(self.trainee_box)
        start_row.addStretch(1)
        start_row.addWidget(trainee_label)
        start_row.addWidget(self.trainee_box)
        start_row.addWidget(self.start_button)
        right.addLayout(start_row)
        layout.addLayout(right, 2)
        self.scenario_list.currentItemChanged.connect(lambda *_: self._describe())
        self.trainer_notes.toggled.connect(lambda *_: self._describe())
        self.scenario_list.itemActivated.connect(lambda *_: self._start())
        self.scenario_list.setCurrentRow(0)
        return page

    def current_scenario(self) -> Scenario | None:
        item = self.scenario_list.currentItem()
        scenario_id = item.data(Qt.ItemDataRole.UserRole) if item else None
        return self.scenarios.usable.get(scenario_id or "")

    def _describe(self) -> None:
        scenario = self.current_scenario()
        self.start_button.setEnabled(scenario is not None)
        if scenario is None:
            self.scenario_text.clear()
            return
        t, e = self.lang, html.escape
        wants = self.tr("Wants:")
        parts = [f"<h2>{e(scenario.title.get(t))}</h2>",
                 f"<p><b>{e(scenario.persona_name.get(t))}</b> — {e(scenario.mood.get(t))}</p>",
                 f"<p>{e(scenario.background.get(t))}</p>",
                 f"<blockquote>“{e(scenario.words.get(t))}”</blockquote>",
                 f"<p><i>{e(wants)}</i> {e(scenario.remedy.get(t))}</p>"]
        if self.trainer_notes.isChecked():
            for title, items in ((self.tr("Facts to find out by listening"),
                                  [f.get(t) for f in scenario.facts]),
                                 (self.tr("Resolutions that work"),
                                  [r.get(t) for _, r in scenario.good_resolutions]),
                                 (self.tr("Pitfalls"), [p.get(t) for p in scenario.pitfalls])):
                parts.append(f"<h3>{e(title)}</h3><ul>" +
                             "".join(f"<li>{e(i)}</li>" for i in items) + "</ul>")
        self.scenario_text.setHtml("".join(parts))

    def fill_trainees(self) -> None:
        """Every user of the log; none is chosen until the trainer picks whom the run is
        credited to (never the signed-in trainer by default). A choice made stays."""
        chosen = self.trainee_box.currentData()
        self.trainee_box.clear()
        self.trainee_box.addItem(self.tr("(choose the trainee)"), None)
        for name, _role in sorted(self.ws.users()):
            self.trainee_box.addItem(name, name)
        self.trainee_box.setCurrentIndex(max(self.trainee_box.findData(chosen), 0))

    def activate(self) -> None:
        self.fill_trainees()  # users added since

    def _start(self) -> None:
        scenario = self.current_scenario()
        if scenario is None:
            return
        trainee = self.trainee_box.currentData()
        if not trainee:
            messages.warning(self.tr("Choose the trainee the practice run is for, then "
                                     "start it."))
            self.trainee_box.setFocus()
            return
        self.practice_requested.emit(scenario, trainee)

    # -- reviews and the debrief --------------------------------------------------------

    def _reviews(self) -> QWidget:
        self.reviews = ReviewsTab(self.ws, self.scenarios.usable,
                                  lambda case_id: self.bus.announce({case_id}, self))
        return self.reviews

    def _tab_changed(self, index: int) -> None:
        if index == 2:  # the Reviews tab: read afresh whenever it comes to the front
            self.refresh_reviews()
        elif index == 3:
            self.quality.refresh()

    def user_changed(self) -> None:
        """Quality checks are shown to those who may make them (the service checks too)."""
        self.tabs.setTabVisible(3, permissions.allowed(self.ws, Permission.QUALITY_REVIEW))

    def refresh_reviews(self) -> None:
        self.reviews.refresh_reviews()

    def cases_changed(self, case_ids: CaseIds, origin: object) -> None:
        """A practice run that was going on has just ended: debrief it (once)."""
        if origin is self or not case_ids:
            return
        for row in practice_run_states(self.ws.engine, case_ids):
            if row.going_on:
                self._running.add(row.case_id)
            elif row.case_id in self._running:
                self._running.discard(row.case_id)
                self.show_debrief(row.case_id, row.ref, row.words)

    def show_debrief(self, case_id: str, ref: str, words: str) -> None:
        scenario = scenario_of(words, self.scenarios.usable)
        if scenario is None:
            return
        self.debrief_dialog = DebriefDialog(scenario, self.lang, case_id, ref, parent=self)
        self.debrief_dialog.review_requested.connect(self.open_review)
        self.debrief_dialog.open()

    def open_review(self, case_id: str) -> None:
        """Show the run on the Reviews tab (the window brings the page forward)."""
        self.tabs.setCurrentIndex(2)
        self.reviews.select_run(case_id)
        self.review_shown.emit()
