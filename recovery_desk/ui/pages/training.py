"""The Training page: the same stage shown scripted and natural, side by side."""

from __future__ import annotations

import html

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ...domain.playbook import Playbook, Stage
from ...services.workspace import Workspace


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


class TrainingPage(QWidget):
    def __init__(self, workspace: Workspace) -> None:
        super().__init__()
        self.ws = workspace
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Training: scripted and natural, side by side"))
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        row = QHBoxLayout()
        self.playbook_box = QComboBox()
        self.playbook_box.setAccessibleName(self.tr("Playbook"))
        for playbook in workspace.playbooks.ordered():
            self.playbook_box.addItem(playbook.title.get(workspace.settings.language),
                                      playbook.id)
        self.stage_box = QComboBox()
        self.stage_box.setAccessibleName(self.tr("Stage"))
        self.prev_button = QPushButton(self.tr("◀ Previous stage"))
        self.next_button = QPushButton(self.tr("Next stage ▶"))
        playbook_label = QLabel(self.tr("Playbook:"))
        playbook_label.setBuddy(self.playbook_box)
        stage_label = QLabel(self.tr("Stage:"))
        stage_label.setBuddy(self.stage_box)
        for widget in (playbook_label, self.playbook_box, stage_label, self.stage_box,
                       self.prev_button, self.next_button):
            row.addWidget(widget)
        row.addStretch(1)
        layout.addLayout(row)
        panes = QHBoxLayout()
        self.scripted = QTextBrowser()
        self.scripted.setAccessibleName(self.tr("Scripted delivery"))
        self.natural = QTextBrowser()
        self.natural.setAccessibleName(self.tr("Natural delivery"))
        for caption, pane in ((self.tr("Scripted: read the lines"), self.scripted),
                              (self.tr("Natural: own words, guided"), self.natural)):
            column = QVBoxLayout()
            label = QLabel(f"<b>{caption}</b>")
            column.addWidget(label)
            column.addWidget(pane)
            panes.addLayout(column)
        layout.addLayout(panes, 1)
        self.playbook_box.currentIndexChanged.connect(self._load_stages)
        self.stage_box.currentIndexChanged.connect(self._show)
        self.prev_button.clicked.connect(lambda: self._step(-1))
        self.next_button.clicked.connect(lambda: self._step(1))
        self._load_stages()

    def _playbook(self) -> Playbook:
        return self.ws.playbooks.get(self.playbook_box.currentData())

    def _load_stages(self) -> None:
        lang = self.ws.settings.language
        self.stage_box.blockSignals(True)
        self.stage_box.clear()
        for stage in self._playbook().stages:
            self.stage_box.addItem(stage.title.get(lang), stage.id)
        self.stage_box.blockSignals(False)
        self._show()

    def _step(self, delta: int) -> None:
        index = self.stage_box.currentIndex() + delta
        if 0 <= index < self.stage_box.count():
            self.stage_box.setCurrentIndex(index)

    def _show(self) -> None:
        if self.stage_box.currentData() is None:
            return
        lang = self.ws.settings.language
        stage = self._playbook().stage(self.stage_box.currentData())
        labels = {"key_points": self.tr("Key points"), "do": self.tr("Do"),
                  "dont": self.tr("Don't"), "examples": self.tr("You could say")}
        self.scripted.setHtml(scripted_html(stage, lang))
        self.natural.setHtml(natural_html(stage, lang, labels))
