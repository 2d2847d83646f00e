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
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from recovery_desk.core import messages
from recovery_desk.core.paths import resources_dir
from recovery_desk.domain.flow import RUBRIC, FlowError
from recovery_desk.domain.playbook import Playbook, Stage
from recovery_desk.domain.scenario import Scenario, load_scenarios
from recovery_desk.services.cases import queries
from recovery_desk.services.cases.case_detail import case_detail_for
from recovery_desk.services.cases.recovery import CaseService, training_desk
from recovery_desk.services.workspace import Workspace
from recovery_desk.ui.bus import AppBus
from recovery_desk.ui.common.flow_texts import flow_message
from recovery_desk.ui.common.formatting import date_only, date_time
from recovery_desk.ui.common.labels import status_label
from recovery_desk.ui.page import Page
from recovery_desk.ui.training.conversation import conversation_html


def scripted_html(stage: Stage, lang: str) -> str:
    lines = "".join(f"<p>“{html.escape(line)}”</p>" for line in stage.scripted.get(lang))
    return f"<h3>{html.escape(stage.title.get(lang))}</h3>{lines}"


def natural_html(stage: Stage, lang: str, labels: dict[str, str]) -> str:
    parts = [f"<h3>{html.escape(stage.title.get(lang))}</h3>",
             f"<p><i>{html.escape(stage.goal.get(lang))}</i></p>"]
    for key, lines in (("key_points", stage.natural.key_points), ("do", stage.natural.do),
                       ("dont", stage.natural.dont), ("examples", stage.natural.examples)):
        items = lines.get(lang)
        if items:
            parts.append(f"<b>{html.escape(labels[key])}</b><ul>"
                         + "".join(f"<li>{html.escape(i)}</li>" for i in items) + "</ul>")
    return "".join(parts)


class TrainingPage(Page):
    practice_requested = Signal(object)  # Scenario
    presenter_toggled = Signal(bool)

    def __init__(self, workspace: Workspace, bus: AppBus) -> None:
        super().__init__(workspace, bus)
        self.lang = workspace.settings.language
        #: the type size before presenter mode first enlarged it (taken on first use, once
        #: the page has its window's font)
        self._base_pt: float | None = None
        self.scenarios = load_scenarios(resources_dir() / "scenarios")
        self.trainer = CaseService(workspace, desk_id=training_desk(workspace.desk_id))
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Training"))
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._side_by_side(), self.tr("Scripted and natural"))
        self.tabs.addTab(self._practice(), self.tr("Practice scenarios"))
        self.tabs.addTab(self._reviews(), self.tr("Reviews"))
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
        right.addWidget(self.start_button, 0, Qt.AlignmentFlag.AlignRight)
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

    def _start(self) -> None:
        scenario = self.current_scenario()
        if scenario is not None:
            self.practice_requested.emit(scenario)

    # -- reviews ------------------------------------------------------------------------

    def _reviews(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        split = QSplitter()
        self.runs = QTableWidget(0, 5)
        self.runs.setAccessibleName(self.tr("Practice runs"))
        self.runs.setHorizontalHeaderLabels([self.tr("Opened"), self.tr("Trainee"),
                                             self.tr("Case"), self.tr("Status"),
                                             self.tr("Score")])
        self.runs.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.runs.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.runs.verticalHeader().setVisible(False)
        self.runs.horizontalHeader().setStretchLastSection(True)
        self.runs.itemSelectionChanged.connect(self._show_run)
        split.addWidget(self.runs)
        review = QWidget()
        form_layout = QVBoxLayout(review)
        self.timeline = QTextBrowser()
        self.timeline.setAccessibleName(self.tr("Timeline"))
        form_layout.addWidget(self.timeline, 1)
        labels = {
            "listened_first": self.tr("Listened before solving"),
            "acknowledged_specific": self.tr("Acknowledged the specific problem"),
            "apology_without_blame": self.tr("Apologized without shifting blame"),
            "fix_with_deadline": self.tr("Agreed a fix with a deadline"),
            "satisfaction_confirmed": self.tr("Satisfaction confirmed by the customer"),
        }
        self.rubric = {item: QCheckBox(labels[item]) for item in RUBRIC}
        for box in self.rubric.values():
            form_layout.addWidget(box)
        form = QFormLayout()
        self.score = QSpinBox()
        self.score.setRange(1, 5)
        self.score.setValue(3)
        self.score.setAccessibleName(self.tr("Score"))
        self.comments = QLineEdit()
        self.comments.setAccessibleName(self.tr("Comments"))
        form.addRow(self.tr("Score (1–5):"), self.score)
        form.addRow(self.tr("Comments:"), self.comments)
        form_layout.addLayout(form)
        self.save_review = QPushButton(self.tr("Save review"))
        self.save_review.clicked.connect(self._save_review)
        form_layout.addWidget(self.save_review, 0, Qt.AlignmentFlag.AlignRight)
        self.progress = QLabel()
        self.progress.setWordWrap(True)
        form_layout.addWidget(self.progress)
        split.addWidget(review)
        split.setStretchFactor(1, 1)
        layout.addWidget(split, 1)
        return page

    def _tab_changed(self, index: int) -> None:
        if index == 2:  # the Reviews tab: read afresh whenever it comes to the front
            self.refresh_reviews()

    def refresh_reviews(self) -> None:
        desk = training_desk(self.ws.desk_id)
        runs = queries.practice_runs(self.ws.engine, desk)
        self._reviews_by_case = queries.practice_reviews(self.ws.engine, desk)
        self.runs.setRowCount(len(runs))
        for row, run in enumerate(runs):
            score = self._reviews_by_case.get(run.case_id, {}).get("score")
            values = (date_time(run.opened_at), run.agent, run.ref,
                      status_label(run.status), "" if score is None else str(score))
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, run.case_id)
                self.runs.setItem(row, column, item)
        self.runs.resizeColumnsToContents()
        self._runs = runs

    def _selected_case(self) -> str | None:
        items = self.runs.selectedItems()
        return items[0].data(Qt.ItemDataRole.UserRole) if items else None

    def _show_run(self) -> None:
        case_id = self._selected_case()
        if case_id is None:
            return
        detail = case_detail_for(self.ws, case_id, lang=self.ws.settings.language)
        self.timeline.setHtml(conversation_html(detail))
        review = self._reviews_by_case.get(case_id, {})
        for item, box in self.rubric.items():
            box.setChecked(bool(review.get("rubric", {}).get(item)))
        self.score.setValue(int(review.get("score", 3)))
        self.comments.setText(review.get("comments", ""))
        agent = next((r.agent for r in self._runs if r.case_id == case_id), "")
        history = [(r.opened_at, self._reviews_by_case[r.case_id]["score"])
                   for r in reversed(self._runs)
                   if r.agent == agent and r.case_id in self._reviews_by_case]
        self.progress.setText(self.tr("%1's scores over time: %2").replace("%1", agent).replace(
            "%2", ", ".join(f"{date_only(at)}: {score}" for at, score in history)
            or self.tr("none yet")))

    def _save_review(self) -> None:
        case_id = self._selected_case()
        if case_id is None:
            messages.warning(self.tr("Choose a practice run first."))
            return
        try:
            self.trainer.review_practice(
                case_id, rubric={k: b.isChecked() for k, b in self.rubric.items()},
                score=self.score.value(), comments=self.comments.text())
        except FlowError as exc:
            messages.warning(flow_message(exc))
            return
        messages.info(self.tr("Review saved."))
        self.refresh_reviews()
