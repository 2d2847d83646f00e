"""The trainer's review of practice runs: the run as a conversation, each rubric criterion
beside its evidence, the scenario's facts the trainee found (the debrief) and its pitfalls,
a score and comments; and the trainee's scores over time, read again as soon as a review is
saved, with a small chart."""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from recovery_desk.core import messages
from recovery_desk.domain.flow import RUBRIC, FlowError
from recovery_desk.domain.scenario import Scenario
from recovery_desk.services.cases import queries
from recovery_desk.services.cases.recovery import CaseService, training_desk
from recovery_desk.services.workspace import Workspace
from recovery_desk.ui.common.flow_texts import flow_message
from recovery_desk.ui.common.formatting import date_only, date_time
from recovery_desk.ui.common.labels import status_label
from recovery_desk.ui.common.rubric import rubric_labels
from recovery_desk.ui.training.debrief import debrief_html
from recovery_desk.ui.training.evidence import scenario_of, show_reviewed_case
from recovery_desk.ui.training.score_chart import ScoreChart


class ReviewsTab(QWidget):
    """``announce`` is told the case reviewed, so other screens (the trainee's feedback)
    read it again."""

    def __init__(self, ws: Workspace, scenarios: dict[str, Scenario],
                 announce: Callable[[str], None]) -> None:
        super().__init__()
        self.ws, self.scenarios, self.announce = ws, scenarios, announce
        self.lang = ws.settings.language
        self.trainer = CaseService(ws, desk_id=training_desk(ws.desk_id))
        self._runs: list[Any] = []
        self._reviews_by_case: dict[str, dict[str, Any]] = {}
        self.scenario: Scenario | None = None
        layout = QVBoxLayout(self)
        split = QSplitter()
        self.runs = QTableWidget(0, 5)
        self.runs.setAccessibleName(self.tr("Practice runs"))
        self.runs.setHorizontalHeaderLabels([self.tr("Opened"), self.tr("Trainee"),
                                             self.tr("Case"), self.tr("Status"),
                                             self.tr("Score")])
        self.runs.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.runs.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.runs.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.runs.verticalHeader().setVisible(False)
        self.runs.horizontalHeader().setStretchLastSection(True)
        self.runs.itemSelectionChanged.connect(self._show_run)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.runs, 1)
        self.progress = QLabel()
        self.progress.setWordWrap(True)
        left_layout.addWidget(self.progress)
        self.chart = ScoreChart()
        left_layout.addWidget(self.chart)
        split.addWidget(left)
        right = QSplitter(Qt.Orientation.Vertical)
        self.timeline = QTextBrowser()
        self.timeline.setAccessibleName(self.tr("Timeline"))
        right.addWidget(self.timeline)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self._form())
        right.addWidget(scroll)
        right.setStretchFactor(0, 2)
        right.setStretchFactor(1, 3)
        split.addWidget(right)
        split.setStretchFactor(1, 1)
        split.setSizes([540, 800])
        layout.addWidget(split, 1)

    def _form(self) -> QWidget:
        form_widget = QWidget()
        form_layout = QVBoxLayout(form_widget)
        grid = QGridLayout()
        rubric_title, evidence_title = self.tr("Rubric"), self.tr("Evidence in the run")
        grid.addWidget(QLabel(f"<b>{html.escape(rubric_title)}</b>"), 0, 0)
        grid.addWidget(QLabel(f"<b>{html.escape(evidence_title)}</b>"), 0, 1)
        labels = rubric_labels()
        self.rubric: dict[str, QCheckBox] = {}
        self.evidence: dict[str, QLabel] = {}
        for row, item in enumerate(RUBRIC, 1):
            self.rubric[item] = QCheckBox(labels[item])
            self.evidence[item] = QLabel()
            self.evidence[item].setWordWrap(True)
            self.evidence[item].setObjectName("evidence")
            self.evidence[item].setTextInteractionFlags(
                Qt.TextInteractionFlag.TextSelectableByMouse)
            grid.addWidget(self.rubric[item], row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(self.evidence[item], row, 1)
        grid.setColumnStretch(1, 1)
        form_layout.addLayout(grid)
        facts_title = self.tr("Facts the trainee found out")
        self.facts_title = QLabel(f"<b>{html.escape(facts_title)}</b>")
        form_layout.addWidget(self.facts_title)
        self.facts_box = QGridLayout()
        self.facts_box.setColumnStretch(1, 1)
        form_layout.addLayout(self.facts_box)
        self.facts: list[QCheckBox] = []
        self._fact_widgets: list[QWidget] = []
        form = QFormLayout()
        self.score = QComboBox()  # starts unset: a score is one the trainer chose
        self.score.addItem(self.tr("(choose 1–5)"), None)
        for value in range(1, 6):
            self.score.addItem(str(value), value)
        self.score.setAccessibleName(self.tr("Score"))
        self.comments = QLineEdit()
        self.comments.setAccessibleName(self.tr("Comments"))
        form.addRow(self.tr("Score (1–5):"), self.score)
        form.addRow(self.tr("Comments:"), self.comments)
        form_layout.addLayout(form)
        self.save_review = QPushButton(self.tr("Save review"))
        self.save_review.clicked.connect(self._save_review)
        form_layout.addWidget(self.save_review, 0, Qt.AlignmentFlag.AlignRight)
        self.debrief = QLabel()
        self.debrief.setWordWrap(True)
        self.debrief.setAccessibleName(self.tr("Debrief"))
        form_layout.addWidget(self.debrief)
        form_layout.addStretch(1)
        return form_widget

    def refresh_reviews(self, select: str | None = None) -> None:
        """Read the runs and their reviews again; ``select`` (or the run chosen before)
        stays chosen, so the scores over time show what was just saved."""
        select = select or self._selected_case()
        desk = training_desk(self.ws.desk_id)
        runs = queries.practice_runs(self.ws.engine, desk)
        self._reviews_by_case = queries.practice_reviews(self.ws.engine, desk)
        self._runs = runs
        self.runs.blockSignals(True)
        self.runs.setRowCount(len(runs))
        chosen = -1
        for row, run in enumerate(runs):
            score = self._reviews_by_case.get(run.case_id, {}).get("score")
            values = (date_time(run.opened_at), run.agent, run.ref,
                      status_label(run.status), "" if score is None else str(score))
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, run.case_id)
                self.runs.setItem(row, column, item)
            if run.case_id == select:
                chosen = row
        self.runs.resizeColumnsToContents()
        self.runs.blockSignals(False)
        if chosen >= 0:
            self.runs.selectRow(chosen)
            self._show_run()

    def select_run(self, case_id: str) -> None:
        self.refresh_reviews(select=case_id)

    def _selected_case(self) -> str | None:
        items = self.runs.selectedItems()
        return items[0].data(Qt.ItemDataRole.UserRole) if items else None

    def _show_run(self) -> None:
        case_id = self._selected_case()
        if case_id is None:
            return
        detail = show_reviewed_case(self.ws, case_id, self.timeline, self.evidence)
        review = self._reviews_by_case.get(case_id, {})
        for item, box in self.rubric.items():
            box.setChecked(bool(review.get("rubric", {}).get(item)))
        saved = review.get("score")
        self.score.setCurrentIndex(0 if saved is None else self.score.findData(int(saved)))
        self.comments.setText(review.get("comments", ""))
        self.scenario = scenario_of(detail.words, self.scenarios)
        found = review.get("facts_found")
        self._show_facts(None if found is None else set(found))
        agent = next((r.agent for r in self._runs if r.case_id == case_id), "")
        self.show_progress(agent)

    def _show_facts(self, found: set[int] | None) -> None:
        for widget in self._fact_widgets:
            widget.deleteLater()
        self.facts, self._fact_widgets = [], []
        scenario = self.scenario
        self.facts_title.setVisible(scenario is not None)
        if scenario is None:
            self.debrief.setText("")
            return
        for i, fact in enumerate(scenario.facts):
            box = QCheckBox()  # the fact beside it wraps; a check box's own text would not
            box.setAccessibleName(fact.get(self.lang))
            box.setChecked(found is not None and i in found)
            label = QLabel(fact.get(self.lang))
            label.setWordWrap(True)
            label.setBuddy(box)
            self.facts_box.addWidget(box, i, 0, Qt.AlignmentFlag.AlignTop)
            self.facts_box.addWidget(label, i, 1)
            self.facts.append(box)
            self._fact_widgets += [box, label]
        self.debrief.setText(debrief_html(scenario, self.lang, found))

    def show_progress(self, agent: str) -> None:
        """The trainee's reviewed runs, oldest first: dates and scores, and the chart."""
        history = [(r.opened_at, int(self._reviews_by_case[r.case_id]["score"]))
                   for r in reversed(self._runs)
                   if r.agent == agent and r.case_id in self._reviews_by_case]
        self.progress.setText(self.tr("%1's scores over time: %2").replace("%1", agent).replace(
            "%2", ", ".join(f"{date_only(at)}: {score}" for at, score in history)
            or self.tr("none yet")))
        self.chart.set_scores([score for _at, score in history])

    def _save_review(self) -> None:
        case_id = self._selected_case()
        if case_id is None:
            messages.warning(self.tr("Choose a practice run first."))
            return
        score = self.score.currentData()
        if score is None:
            messages.warning(self.tr("Choose a score from 1 to 5, then save."))
            self.score.setFocus()
            return
        found = tuple(i for i, box in enumerate(self.facts) if box.isChecked()) \
            if self.scenario is not None else None
        try:
            self.trainer.review_practice(
                case_id, rubric={k: b.isChecked() for k, b in self.rubric.items()},
                score=int(score), comments=self.comments.text(), facts_found=found)
        except FlowError as exc:
            messages.warning(flow_message(exc))
            return
        self.refresh_reviews(select=case_id)
        self.announce(case_id)
        messages.info(self.tr("Review saved."))
