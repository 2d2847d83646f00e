"""The supervisor's quality checks on live cases: sample finished cases (at random or by a
rule) into the review queue, read a case as a conversation with each rubric criterion
beside its evidence, score it 1–5 with comments; below, each agent's scores over time and
the calibration of cases two reviewers scored. The service checks who may do it."""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
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
from recovery_desk.core.errors import RecoveryDeskError
from recovery_desk.domain.flow import RUBRIC, FlowError
from recovery_desk.domain.quality import SAMPLE_RULES
from recovery_desk.services.access import permissions
from recovery_desk.services.access.permissions import Permission
from recovery_desk.services.review import quality
from recovery_desk.services.review.quality import (
    Calibration,
    QualityService,
    QueueItem,
    Review,
)
from recovery_desk.services.workspace import Workspace
from recovery_desk.ui.common.flow_texts import error_text
from recovery_desk.ui.common.formatting import date_only, date_time
from recovery_desk.ui.common.rubric import rubric_labels
from recovery_desk.ui.common.workers import alive, run_in_background
from recovery_desk.ui.training.evidence import show_reviewed_case

translate = QCoreApplication.translate


def rule_label(rule: str) -> str:
    return {
        "random": translate("Quality", "At random"),
        "low_csat": translate("Quality", "Low CSAT (2 or less)"),
        "escalated": translate("Quality", "Escalated to a supervisor"),
        "short_stages": translate("Quality", "A stage done in under 10 s"),
        "watchlist": translate("Quality", "On the watchlist"),
    }.get(rule, rule)


def _table(headers: list[str], name: str) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setAccessibleName(name)
    table.setHorizontalHeaderLabels(headers)
    table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _fill(table: QTableWidget, rows: list[tuple[str, ...]], keys: list[str]) -> None:
    table.setRowCount(len(rows))
    for r, (values, key) in enumerate(zip(rows, keys, strict=True)):
        for c, value in enumerate(values):
            item = QTableWidgetItem(value)
            item.setData(Qt.ItemDataRole.UserRole, key)
            table.setItem(r, c, item)
    table.resizeColumnsToContents()


_Figures = tuple[list[QueueItem], list[tuple[str, list[Review]]], list[Calibration]]


class QualityTab(QWidget):
    loaded = Signal()  # the tables show what was read last

    def __init__(self, ws: Workspace, announce: Callable[[str], None]) -> None:
        super().__init__()
        self.ws, self.announce = ws, announce
        self.queue: list[QueueItem] = []
        self._reads = 0
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.rule_box = QComboBox()
        self.rule_box.setAccessibleName(self.tr("Sampling rule"))
        for rule in SAMPLE_RULES:
            self.rule_box.addItem(rule_label(rule), rule)
        self.count_box = QSpinBox()
        self.count_box.setRange(1, 50)
        self.count_box.setValue(5)
        self.count_box.setAccessibleName(self.tr("How many cases"))
        self.sample_button = QPushButton(self.tr("Sample finished cases"))
        self.sample_button.clicked.connect(self.sample)
        rule_label_widget = QLabel(self.tr("Rule:"))
        rule_label_widget.setBuddy(self.rule_box)
        count_label = QLabel(self.tr("Cases:"))
        count_label.setBuddy(self.count_box)
        for widget in (rule_label_widget, self.rule_box, count_label, self.count_box,
                       self.sample_button):
            top.addWidget(widget)
        top.addStretch(1)
        self.note = QLabel()
        top.addWidget(self.note)
        layout.addLayout(top)
        split = QSplitter()
        left = QTabWidget()
        self.queue_table = _table([self.tr("Case"), self.tr("Agent"), self.tr("Rule"),
                                   self.tr("Sampled"), self.tr("Scored by")],
                                  self.tr("Review queue"))
        self.queue_table.itemSelectionChanged.connect(self._show_case)
        self.agents_table = _table([self.tr("Agent"), self.tr("Reviews done"),
                                    self.tr("Scores over time")], self.tr("Scores per agent"))
        self.calibration_table = _table([self.tr("Case"), self.tr("Agent"),
                                         self.tr("Scores"), self.tr("Difference"),
                                         self.tr("Judged apart")], self.tr("Calibration"))
        left.addTab(self.queue_table, self.tr("Review queue"))
        left.addTab(self.agents_table, self.tr("Scores per agent"))
        left.addTab(self.calibration_table, self.tr("Calibration"))
        self.left = left
        split.addWidget(left)
        split.addWidget(self._form())
        split.setSizes([520, 800])
        layout.addWidget(split, 1)

    def _form(self) -> QWidget:
        form = QWidget()
        layout = QVBoxLayout(form)
        self.timeline = QTextBrowser()
        self.timeline.setAccessibleName(self.tr("Timeline"))
        layout.addWidget(self.timeline, 1)
        grid = QGridLayout()
        labels = rubric_labels()
        self.rubric: dict[str, QCheckBox] = {}
        self.evidence: dict[str, QLabel] = {}
        for line, item in enumerate(RUBRIC):
            self.rubric[item] = QCheckBox(labels[item])
            self.evidence[item] = QLabel()
            self.evidence[item].setWordWrap(True)
            grid.addWidget(self.rubric[item], line, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(self.evidence[item], line, 1)
        grid.setColumnStretch(1, 1)
        layout.addLayout(grid)
        row = QHBoxLayout()
        self.score_box = QComboBox()
        self.score_box.setAccessibleName(self.tr("Score"))
        self.score_box.addItem(self.tr("(choose 1–5)"), None)
        for score in range(1, 6):
            self.score_box.addItem(str(score), score)
        self.comments = QLineEdit()
        self.comments.setAccessibleName(self.tr("Comments"))
        self.comments.setPlaceholderText(self.tr("What to keep, what to change"))
        score_label = QLabel(self.tr("Score:"))
        score_label.setBuddy(self.score_box)
        self.save_button = QPushButton(self.tr("Save quality review"))
        self.save_button.clicked.connect(self.save)
        for widget in (score_label, self.score_box):
            row.addWidget(widget)
        row.addWidget(self.comments, 1)
        row.addWidget(self.save_button)
        layout.addLayout(row)
        return form

    # -- reading ------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the queue, the scores and the calibration in the background: on a large log
        the review events are a scan of the event table (see the README's note)."""
        allowed = permissions.allowed(self.ws, Permission.QUALITY_REVIEW)
        self.sample_button.setEnabled(allowed)
        self.save_button.setEnabled(allowed)
        self.note.setText("" if allowed else
                          self.tr("Only supervisors and administrators check quality."))
        engine, me = self.ws.engine, self.ws.user or ""
        self._reads += 1
        number = self._reads

        def read() -> _Figures:
            return (quality.review_queue(engine, me),
                    sorted(quality.scores_by_agent(engine).items()),
                    quality.calibration(engine))

        def show(figures: _Figures) -> None:
            if alive(self) and number == self._reads:
                self.show_figures(figures)

        run_in_background(read, show, lambda exc: messages.warning(error_text(exc)))

    def show_figures(self, figures: _Figures) -> None:
        self.queue, agents, calibrated = figures
        _fill(self.queue_table, [(i.ref, i.agent, rule_label(i.rule), date_time(i.sampled_at),
                                  ", ".join(i.reviewers)) for i in self.queue],
              [i.case_id for i in self.queue])
        _fill(self.agents_table, [(agent, str(len(items)), ", ".join(
            f"{date_only(r.at)}: {r.score}" for r in items)) for agent, items in agents],
            [agent for agent, _ in agents])
        labels = rubric_labels()
        _fill(self.calibration_table, [(
            c.ref, c.agent, ", ".join(f"{name} {score}" for name, score in c.scores.items()),
            str(c.difference), ", ".join(labels[i] for i in c.criteria_apart))
            for c in calibrated], [c.case_id for c in calibrated])
        if self.queue:
            self.queue_table.selectRow(0)
        else:
            self._clear_form()
        self.loaded.emit()

    def _selected(self) -> str | None:
        items = self.queue_table.selectedItems()
        return items[0].data(Qt.ItemDataRole.UserRole) if items else None

    def _clear_form(self) -> None:
        self.timeline.setHtml(html.escape(self.tr("No case waits for your review. Sample "
                                                  "finished cases above.")))
        for item in RUBRIC:
            self.evidence[item].clear()

    def _show_case(self) -> None:
        case_id = self._selected()
        if case_id is None:
            return
        show_reviewed_case(self.ws, case_id, self.timeline, self.evidence)
        for box in self.rubric.values():
            box.setChecked(False)  # a new score: nothing assumed
        self.score_box.setCurrentIndex(0)
        self.comments.clear()

    # -- acting -------------------------------------------------------------------------

    def sample(self) -> None:
        """Draw in the background: a rule over a million finished cases takes seconds."""
        rule, count = str(self.rule_box.currentData()), self.count_box.value()
        service = QualityService(self.ws)
        self.sample_button.setEnabled(False)

        def done(chosen: list[str]) -> None:
            if alive(self):
                messages.info(self.tr("%n case(s) added to the review queue.", "",
                                      len(chosen)))
                self.refresh()

        def failed(exc: BaseException) -> None:
            if alive(self):
                messages.warning(error_text(exc))
                self.refresh()

        run_in_background(lambda: service.sample(rule, count), done, failed)

    def save(self) -> None:
        case_id = self._selected()
        score = self.score_box.currentData()
        if case_id is None:
            messages.warning(self.tr("Choose a case in the review queue first."))
            return
        if score is None:
            messages.warning(self.tr("Choose a score from 1 to 5, then save."))
            self.score_box.setFocus()
            return
        try:
            QualityService(self.ws).score(
                case_id, rubric={k: b.isChecked() for k, b in self.rubric.items()},
                score=int(score), comments=self.comments.text())
        except (FlowError, RecoveryDeskError) as exc:
            messages.warning(error_text(exc))
            return
        self.refresh()
        self.announce(case_id)  # the agent's feedback list reads it again
        messages.info(self.tr("Quality review saved."))
