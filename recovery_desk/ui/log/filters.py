"""The Log's filter bar: every control maps to one field of a :class:`CaseFilter`.

``filter()`` reads the controls into a filter and ``set_filter()`` puts a filter back into
them (the Dashboard's drill-down), so the bar never holds state of its own that a filter
could not express.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from recovery_desk.services.cases import queries
from recovery_desk.services.cases.case_filter import CaseFilter
from recovery_desk.services.workspace import Workspace
from recovery_desk.ui.common.formatting import day_of
from recovery_desk.ui.common.labels import status_label

translate = QCoreApplication.translate

SEARCH_DELAY_MS = 300
PERIODS = ("any", "today", "7", "30", "90", "custom")


class ChoiceCombo(QComboBox):
    """ "Any" or one value; a filter naming several values shows them as one extra item.

    Item data is text (Qt compares it reliably): "" for any, the value's key, or several
    keys joined by ``SEP``."""

    SEP = "\x1f"

    def __init__(self, any_text: str, choices: Iterable[tuple[str, str]], name: str) -> None:
        super().__init__()
        self.setAccessibleName(name)
        self.setObjectName(f"filter_{name}")
        self.addItem(any_text, "")
        for key, label in choices:
            self.addItem(label, key)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(6)

    def values(self) -> tuple[str, ...]:
        data = self.currentData() or ""
        return tuple(data.split(self.SEP)) if data else ()

    def set_values(self, values: tuple[str, ...]) -> None:
        data = self.SEP.join(values)
        found = self.findData(data)
        if found < 0:
            labels = [self.itemText(i) if (i := self.findData(v)) >= 0 else v for v in values]
            self.addItem(", ".join(labels), data)
            found = self.count() - 1
        self.setCurrentIndex(found)


class YesNoCombo(QComboBox):
    """Any / yes / no for a ``bool | None`` field."""

    def __init__(self, name: str, yes: str, no: str, any_text: str) -> None:
        super().__init__()
        self.setAccessibleName(name)
        self.setObjectName(f"filter_{name}")
        self.addItem(any_text, None)
        self.addItem(yes, True)
        self.addItem(no, False)

    def value(self) -> bool | None:
        data = self.currentData()  # the items hold None, True or False
        return data if isinstance(data, bool) else None

    def set_value(self, value: bool | None) -> None:
        self.setCurrentIndex({None: 0, True: 1, False: 2}[value])


class FilterBar(QWidget):
    """Search box, period and the field filters; emits ``changed`` with the new filter."""

    changed = Signal(object)  # CaseFilter
    reset_requested = Signal()

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = workspace
        lang = workspace.settings.language
        tax = workspace.taxonomy
        any_text = self.tr("Any")
        self._quiet = False
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(4)

        top = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setObjectName("logSearch")
        self.search.setAccessibleName(self.tr("Search the log"))
        self.search.setPlaceholderText(
            self.tr("Reference, customer, phone, e-mail or words (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(260)
        top.addWidget(self.search, 3)
        self.period = QComboBox()
        self.period.setAccessibleName(self.tr("Period"))
        for key, text in zip(
            PERIODS,
            (
                self.tr("Any time"),
                self.tr("Today"),
                self.tr("Last 7 days"),
                self.tr("Last 30 days"),
                self.tr("Last 90 days"),
                self.tr("From – to"),
            ),
            strict=True,
        ):
            self.period.addItem(text, key)
        top.addWidget(self.period)
        self.date_from = self._date_edit(self.tr("From date"))
        self.date_to = self._date_edit(self.tr("To date"))
        top.addWidget(self.date_from)
        top.addWidget(self.date_to)
        self.reset_button = QPushButton(self.tr("Reset filters"))
        self.reset_button.setObjectName("resetFilters")
        top.addWidget(self.reset_button)
        self.top_row = top
        outer.addLayout(top)

        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(2)
        desks = self._desks()
        users = [name for name, _role in workspace.users()]
        self.combos: dict[str, QComboBox] = {}
        specs: list[tuple[str, str, QComboBox]] = [
            (
                "desks",
                self.tr("Desk"),
                ChoiceCombo(any_text, ((d, d) for d in desks), self.tr("Desk")),
            ),
            (
                "agents",
                self.tr("Agent"),
                ChoiceCombo(any_text, ((u, u) for u in users), self.tr("Agent")),
            ),
            (
                "channels",
                self.tr("Channel"),
                ChoiceCombo(
                    any_text,
                    ((k, v.get(lang)) for k, v in tax.channels.items()),
                    self.tr("Channel"),
                ),
            ),
            (
                "categories",
                self.tr("Category"),
                ChoiceCombo(
                    any_text,
                    ((k, v.get(lang)) for k, v in tax.categories.items()),
                    self.tr("Category"),
                ),
            ),
            (
                "severities",
                self.tr("Severity"),
                ChoiceCombo(
                    any_text,
                    ((k, v.get(lang)) for k, v in tax.severities.items()),
                    self.tr("Severity"),
                ),
            ),
            (
                "playbooks",
                self.tr("Playbook"),
                ChoiceCombo(
                    any_text,
                    ((p.id, p.title.get(lang)) for p in workspace.playbooks.ordered()),
                    self.tr("Playbook"),
                ),
            ),
            (
                "modes",
                self.tr("Mode"),
                ChoiceCombo(
                    any_text,
                    (("scripted", self.tr("scripted")), ("natural", self.tr("natural"))),
                    self.tr("Mode"),
                ),
            ),
            (
                "statuses",
                self.tr("Status"),
                ChoiceCombo(
                    any_text,
                    (
                        (s, status_label(s))
                        for s in ("open", "escalated", "follow_up", "closed", "withdrawn")
                    ),
                    self.tr("Status"),
                ),
            ),
            (
                "outcomes",
                self.tr("Outcome"),
                ChoiceCombo(any_text, outcome_choices(), self.tr("Outcome")),
            ),
            (
                "watchlist",
                self.tr("Watchlist"),
                YesNoCombo(
                    self.tr("Watchlist"),
                    self.tr("on the watchlist"),
                    self.tr("not on it"),
                    any_text,
                ),
            ),
            (
                "escalated",
                self.tr("Escalated"),
                YesNoCombo(
                    self.tr("Escalated"), self.tr("escalated"), self.tr("not escalated"), any_text
                ),
            ),
        ]
        per_row = 6
        for i, (key, text, combo) in enumerate(specs):
            label = QLabel(text)
            label.setBuddy(combo)
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            row, column = divmod(i, per_row)
            grid.addWidget(label, row, column * 2)
            grid.addWidget(combo, row, column * 2 + 1)
            combo.currentIndexChanged.connect(self._emit)
            self.combos[key] = combo
        self.overdue = QCheckBox(self.tr("Follow-up overdue"))
        self.overdue.setObjectName("filterOverdue")
        self.training = QCheckBox(self.tr("Include training cases"))
        self.training.setObjectName("filterTraining")
        self.top_row.insertWidget(self.top_row.indexOf(self.reset_button), self.overdue)
        self.top_row.insertWidget(self.top_row.indexOf(self.reset_button), self.training)
        for column in range(per_row):
            grid.setColumnStretch(column * 2 + 1, 1)
        outer.addLayout(grid)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self._emit)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self.search.returnPressed.connect(self._emit_now)
        self.period.currentIndexChanged.connect(self._period_changed)
        self.date_from.dateChanged.connect(self._emit)
        self.date_to.dateChanged.connect(self._emit)
        self.overdue.toggled.connect(self._emit)
        self.training.toggled.connect(self._emit)
        self.reset_button.clicked.connect(self.reset)
        self._period_changed()

    # -- building -------------------------------------------------------------------------

    def _date_edit(self, name: str) -> QDateEdit:
        edit = QDateEdit()
        edit.setAccessibleName(name)
        edit.setCalendarPopup(True)
        edit.setDate(QDate.currentDate())
        edit.setDisplayFormat("yyyy-MM-dd")
        inner = edit.findChild(QLineEdit)
        if inner is not None:  # what a screen reader lands on when typing the date
            inner.setAccessibleName(name)
        return edit

    def _desks(self) -> list[str]:
        return queries.desk_ids(self.ws.engine, training=True)

    # -- reading and writing ---------------------------------------------------------------

    def filter(self) -> CaseFilter:
        """The filter the controls show now."""
        date_from, date_to = self._dates()
        values: dict[str, Any] = {}
        for key, combo in self.combos.items():
            if isinstance(combo, YesNoCombo):
                values[key] = combo.value()
            else:
                assert isinstance(combo, ChoiceCombo)
                values[key] = combo.values()
        return CaseFilter(
            date_from=date_from,
            date_to=date_to,
            overdue_follow_up=self.overdue.isChecked(),
            include_training=self.training.isChecked(),
            text=self.search.text().strip(),
            **values,
        )

    def set_filter(self, flt: CaseFilter) -> None:
        """Show ``flt`` in the controls without emitting a change per control."""
        self._quiet = True
        try:
            self._debounce.stop()
            self.search.setText(flt.text)
            self._debounce.stop()
            if flt.date_from is None and flt.date_to is None:
                self.period.setCurrentIndex(0)
            else:
                self.period.setCurrentIndex(PERIODS.index("custom"))
                today = date.today()
                self.date_from.setDate(_qdate(flt.date_from or date(2000, 1, 1)))
                self.date_to.setDate(_qdate(flt.date_to or today))
            for key, combo in self.combos.items():
                if isinstance(combo, YesNoCombo):
                    combo.set_value(getattr(flt, key))
                else:
                    assert isinstance(combo, ChoiceCombo)
                    combo.set_values(getattr(flt, key))
            self.overdue.setChecked(flt.overdue_follow_up)
            self.training.setChecked(flt.include_training)
            self._show_dates()
        finally:
            self._quiet = False

    def reset(self) -> None:
        self.set_filter(CaseFilter())
        self._emit_now()
        self.reset_requested.emit()

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _dates(self) -> tuple[date | None, date | None]:
        key = self.period.currentData()
        today = date.today()
        if key == "any":
            return None, None
        if key == "today":
            return today, None
        if key == "custom":
            start, end = day_of(self.date_from.date()), day_of(self.date_to.date())
            return (start, end) if start <= end else (end, start)
        return today - timedelta(days=int(key) - 1), None

    # -- signals ------------------------------------------------------------------------

    def _show_dates(self) -> None:
        custom = self.period.currentData() == "custom"
        self.date_from.setVisible(custom)
        self.date_to.setVisible(custom)

    def _period_changed(self) -> None:
        self._show_dates()
        self._emit()

    def _emit_now(self) -> None:
        self._debounce.stop()
        self._emit()

    def _emit(self, *_args: object) -> None:
        if not self._quiet:
            self.changed.emit(self.filter())


def outcome_choices() -> list[tuple[str, str]]:
    return [
        ("recovered", translate("Outcome", "recovered")),
        ("not_recovered", translate("Outcome", "not recovered")),
        ("unknown", translate("Outcome", "unknown")),
        ("withdrawn", translate("Outcome", "withdrawn")),
    ]


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)
