"""The Dashboard page: the recovery figures for a period and scope, and where they come from.

Every tile, bar and breakdown row drills down: it emits :attr:`DashboardPage.drill_down`
with the ``CaseFilter`` of its cases, and the window opens the Log on exactly those cases.
Figures are computed off the interface thread; a result that arrives after a newer request
is dropped, so the page always shows the scope on screen.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from recovery_desk.services.cases import queries
from recovery_desk.services.cases.case_filter import CaseFilter
from recovery_desk.services.kpis import results as kpis
from recovery_desk.services.kpis.compute import compute
from recovery_desk.services.workspace import Workspace
from recovery_desk.ui.bus import AppBus
from recovery_desk.ui.common import kpi_texts as words
from recovery_desk.ui.common.charts import (
    ChartView,
    empty_chart,
)
from recovery_desk.ui.common.formatting import date_text, day_of, number
from recovery_desk.ui.common.kpi_charts import (
    build_categories,
    build_modes,
    build_stages,
    build_trend,
)
from recovery_desk.ui.common.workers import alive, run_in_background
from recovery_desk.ui.dashboard.periods import DEFAULT_PERIOD, PERIODS, period_dates
from recovery_desk.ui.dashboard.report_export import ReportExport, first_line
from recovery_desk.ui.dashboard.tile import Tile
from recovery_desk.ui.page import Page

translate = QCoreApplication.translate

#: The page's own look (the tiles here are smaller than the window-wide tile style).
STYLE = """
QFrame#kpiTile { background: #f7f8fb; border: 1px solid #d9dde6; border-radius: 6px; }
QFrame#kpiTile:focus { border: 2px solid #2f5bd3; }
QFrame#kpiTile:hover { border: 1px solid #5b7bd5; background: #eef2fb; }
QLabel#kpiValue { font-size: 17pt; font-weight: 600; color: #223; }
QLabel#kpiCaption { color: #3a4150; }
QLabel#sectionTitle { font-size: 13pt; font-weight: 600; margin-top: 6px; }
QLabel#emptyNote { font-size: 13pt; color: #5b6270; padding: 40px; }
"""



class DashboardPage(ReportExport, Page):
    #: The ``CaseFilter`` of a tile, bar or row the user chose; the window opens the Log on it.
    drill_down = Signal(object)
    #: Whether a computation is running (for tests and the window).
    busy_changed = Signal(bool)

    def __init__(self, workspace: Workspace, bus: AppBus) -> None:
        super().__init__(workspace, bus)
        self.setStyleSheet(STYLE)
        self.result: kpis.Dashboard | None = None
        self._columns: int | None = None  # tiles a row as last laid out; None: lay out anew
        self._request = 0            # the newest request; older results are dropped
        self._running = 0            # computations not yet back
        self._exporting = False
        self._pending = QTimer(self)
        self._pending.setSingleShot(True)
        self._pending.setInterval(150)
        self._pending.timeout.connect(self.refresh)
        layout = QVBoxLayout(self)
        layout.addLayout(self._build_header())
        layout.addLayout(self._build_scope())
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setObjectName("dashboardStatus")
        layout.addWidget(self.status)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.content = QWidget()
        scroll.setWidget(self.content)
        layout.addWidget(scroll, 1)
        self.scroll_area = scroll  # not self.scroll: QWidget.scroll() is Qt's own
        body = QVBoxLayout(self.content)
        body.setContentsMargins(0, 0, 8, 0)
        self.tile_grid = QGridLayout()
        self.tile_grid.setSpacing(8)
        self.tiles: dict[str, Tile] = {}      # by tile id (key, or key:currency)
        for key in words.TILE_ORDER:
            self._add_tile(key, key)
        self.tile_sequence = list(self.tiles.values())
        body.addLayout(self.tile_grid)
        charts = QGridLayout()
        charts.setSpacing(8)
        self.trend_view = self._chart_view(self.tr("Trend"))
        self.categories_view = self._chart_view(self.tr("Top five complaint categories"))
        self.mode_view = self._chart_view(self.tr("Scripted vs natural"))
        self.stages_view = self._chart_view(self.tr("Where recoveries stall"))
        # the trend and the stages have many bars: they get the whole width
        charts.addWidget(self.trend_view, 0, 0, 1, 2)
        charts.addWidget(self.categories_view, 1, 0)
        charts.addWidget(self.mode_view, 1, 1)
        charts.addWidget(self.stages_view, 2, 0, 1, 2)
        for view, height in ((self.trend_view, 330), (self.categories_view, 320),
                             (self.mode_view, 320), (self.stages_view, 420)):
            view.setFixedHeight(height)
        charts.setColumnStretch(0, 1)
        charts.setColumnStretch(1, 1)
        self.empty_note = QLabel(self.tr("No complaints in this period and scope. Choose a "
                                         "longer period or widen the scope."))
        self.empty_note.setObjectName("emptyNote")
        self.empty_note.setWordWrap(True)
        self.empty_note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_note.hide()
        body.addWidget(self.empty_note)
        # charts and breakdowns in one box: hidden together when there is nothing to show
        self.details = QWidget()
        details = QVBoxLayout(self.details)
        details.setContentsMargins(0, 0, 0, 0)
        details.addLayout(charts)
        breakdown_title = QLabel(self.tr("Breakdowns"))
        breakdown_title.setObjectName("sectionTitle")
        details.addWidget(breakdown_title)
        self.breakdown_tabs = QTabWidget()
        self.breakdown_tabs.setAccessibleName(self.tr("Breakdowns"))
        self.breakdown_tables: dict[str, QTableWidget] = {}
        for dimension in kpis.BREAKDOWNS:
            table = self._breakdown_table(dimension)
            self.breakdown_tables[dimension] = table
            self.breakdown_tabs.addTab(table, words.breakdown_title(dimension))
        self.breakdown_tabs.currentChanged.connect(self._fit_breakdown)
        details.addWidget(self.breakdown_tabs)
        body.addWidget(self.details)
        body.addStretch(1)
        scroll.viewport().installEventFilter(self)
        self._layout_tiles()
        self._empty_charts(self.tr("Computing…"))
        self._set_hint()
        refresh = QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self)
        refresh.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        refresh.activated.connect(self.refresh)

    # -- structure ---------------------------------------------------------------------

    def _build_header(self) -> QHBoxLayout:
        row = QHBoxLayout()
        title = QLabel(self.tr("Dashboard"))
        title.setObjectName("pageTitle")
        row.addWidget(title)
        row.addSpacing(16)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(120)
        self.busy.setTextVisible(False)
        self.busy.setAccessibleName(self.tr("Computing the figures"))
        self.busy_label = QLabel(self.tr("Computing…"))
        row.addWidget(self.busy)
        row.addWidget(self.busy_label)
        self.busy.hide()
        self.busy_label.hide()
        row.addStretch(1)
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.setToolTip(self.tr("Compute the figures again (F5)"))
        self.refresh_button.clicked.connect(self.refresh)
        self.export_button = QPushButton(self.tr("Export PDF report…"))
        self.export_button.setToolTip(self.tr("A printable report of this period and scope: "
                                              "figures, charts, breakdowns and follow-ups."))
        self.export_button.clicked.connect(self.ask_and_export)
        row.addWidget(self.refresh_button)
        row.addWidget(self.export_button)
        return row

    def _build_scope(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(6)
        self.period = QComboBox()
        self.period.setAccessibleName(self.tr("Period"))
        names = {"7": self.tr("Last 7 days"), "30": self.tr("Last 30 days"),
                 "90": self.tr("Last 90 days"), "month": self.tr("This month"),
                 "year": self.tr("This year"), "all": self.tr("All time"),
                 "custom": self.tr("Custom dates")}
        for key in PERIODS:
            self.period.addItem(names[key], key)
        self.period.setCurrentIndex(PERIODS.index(DEFAULT_PERIOD))
        today = QDate.currentDate()
        self.date_from = QDateEdit(today.addDays(-29))
        self.date_to = QDateEdit(today)
        for edit, name in ((self.date_from, self.tr("From")), (self.date_to, self.tr("To"))):
            edit.setCalendarPopup(True)
            edit.setAccessibleName(name)
            edit.setToolTip(name)
            edit.setVisible(False)
            edit.dateChanged.connect(self._scope_changed)
        self.granularity = QComboBox()
        self.granularity.setAccessibleName(self.tr("Trend by"))
        self.granularity.addItem(self.tr("By week"), "week")
        self.granularity.addItem(self.tr("By month"), "month")
        self.desk = self._choice(self.tr("Desk"), self.tr("All desks"), self._desks())
        self.agent = self._choice(self.tr("Agent"), self.tr("All agents"),
                                  [(name, name) for name, _role in self.ws.users()])
        self.channel = self._choice(self.tr("Channel"), self.tr("All channels"),
                                    [(key, words.channel(self.ws, key))
                                     for key in self.ws.taxonomy.channels])
        self.playbook = self._choice(self.tr("Playbook"), self.tr("All playbooks"),
                                     [(key, words.playbook(self.ws, key))
                                      for key in self.ws.playbooks.usable])
        for widget in (self.period, self.date_from, self.date_to, self.granularity,
                       self.desk, self.agent, self.channel, self.playbook):
            row.addWidget(widget)
        row.addStretch(1)
        self.period.currentIndexChanged.connect(self._period_changed)
        self.granularity.currentIndexChanged.connect(self._scope_changed)
        return row

    def _choice(self, name: str, anything: str, items: list[tuple[str, str]]) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(name)
        combo.setToolTip(name)
        combo.addItem(anything, "")
        for key, label in items:
            combo.addItem(label, key)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        combo.setMaximumWidth(220)
        combo.currentIndexChanged.connect(self._scope_changed)
        return combo

    def _desks(self) -> list[tuple[str, str]]:
        return [(d, d) for d in queries.desk_ids(self.ws.engine, training=False)]

    def _add_tile(self, tile_id: str, key: str) -> Tile:
        tile = Tile(key)
        tile.clicked.connect(lambda t=tile: self._tile_clicked(t))
        self.tiles[tile_id] = tile
        return tile

    def _chart_view(self, name: str) -> ChartView:
        view = ChartView()
        view.setAccessibleName(name)
        view.setMinimumHeight(300)
        view.element_clicked.connect(self.drill_down.emit)
        view.bar_chosen.connect(self.status.setText)
        return view

    def _breakdown_table(self, dimension: str) -> QTableWidget:
        table = QTableWidget(0, 6)
        table.setAccessibleName(words.breakdown_title(dimension))
        table.setHorizontalHeaderLabels([
            words.breakdown_title(dimension), self.tr("Cases"), self.tr("CSAT"),
            self.tr("NPS"), self.tr("Recovery rate"), self.tr("Median time to resolution")])
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.verticalHeader().setVisible(False)
        table.setAlternatingRowColors(True)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 6):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        table.setToolTip(self.tr("Double-click a row (or press Enter) to list its cases."))
        table.activated.connect(lambda index, t=table: self._row_chosen(t, index.row()))
        table.cellDoubleClicked.connect(lambda r, _c, t=table: self._row_chosen(t, r))
        return table

    def _layout_tiles(self) -> None:
        """As many tiles a row as fit, so long captions never squeeze a figure."""
        columns = max(2, min(7, (self.scroll_area.viewport().width() - 8) // 172))
        if self._columns == columns:
            return
        self._columns = columns
        for tile in self.tiles.values():
            self.tile_grid.removeWidget(tile)
        for i, tile in enumerate(self.tile_sequence):
            self.tile_grid.addWidget(tile, i // columns, i % columns)
        for column in range(7):
            self.tile_grid.setColumnStretch(column, 1 if column < columns else 0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.scroll_area.viewport() and event.type() == QEvent.Type.Resize:
            self._layout_tiles()
        return super().eventFilter(watched, event)

    # -- scope -------------------------------------------------------------------------

    def scope(self) -> CaseFilter:
        """The cases the figures are about, from the selectors on screen."""
        custom = (day_of(self.date_from.date()), day_of(self.date_to.date()))
        start, end = period_dates(self.period.currentData(), date.today(), custom)

        def one(combo: QComboBox) -> tuple[str, ...]:
            return (combo.currentData(),) if combo.currentData() else ()

        return CaseFilter(date_from=start, date_to=end, desks=one(self.desk),
                          agents=one(self.agent), channels=one(self.channel),
                          playbooks=one(self.playbook))

    def granularity_key(self) -> kpis.Granularity:
        return "month" if self.granularity.currentData() == "month" else "week"

    def _period_changed(self) -> None:
        custom = self.period.currentData() == "custom"
        self.date_from.setVisible(custom)
        self.date_to.setVisible(custom)
        if self.period.currentData() in ("year", "all") and \
                self.granularity.currentData() == "week":
            self.granularity.setCurrentIndex(1)   # 52 weekly bars would not read
        self._scope_changed()

    def _scope_changed(self) -> None:
        self._pending.start()

    # -- computing ---------------------------------------------------------------------

    def activate(self) -> None:
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        """Shown without ``activate`` (rebuilt in another language on screen): compute."""
        super().showEvent(event)
        if self.result is None and not self._running:
            QTimer.singleShot(0, self.refresh)

    def is_busy(self) -> bool:
        return self._running > 0 or self._exporting

    def _set_busy(self, text: str | None) -> None:
        busy = text is not None
        self.busy.setVisible(busy)
        self.busy_label.setVisible(busy)
        if text is not None:
            self.busy_label.setText(text)
        self.busy_changed.emit(busy)

    def refresh(self) -> None:
        """Compute the figures for the scope on screen, in the background."""
        self._pending.stop()
        self._request += 1
        request = self._request
        self._running += 1
        self._set_busy(self.tr("Computing…"))
        engine, scope, grain = self.ws.engine, self.scope(), self.granularity_key()
        now = datetime.now().astimezone()
        run_in_background(lambda: compute(engine, scope, now=now, granularity=grain),
                          lambda result: self._computed(request, result),
                          lambda exc: self._failed(request, exc))

    def _finished_one(self) -> None:
        self._running = max(0, self._running - 1)
        if not alive(self):
            return
        if not self.is_busy():
            self._set_busy(None)

    def _computed(self, request: int, result: kpis.Dashboard) -> None:
        self._finished_one()
        if request != self._request or not alive(self):
            return  # the scope changed while this was computing
        self.result = result
        self.show_dashboard(result)
        self._set_hint()

    def _failed(self, request: int, exc: BaseException) -> None:
        self._finished_one()
        if request != self._request or not alive(self):
            return
        self.status.setText(self.tr("Could not compute the figures: %1")
                            .replace("%1", first_line(exc)))
        self.status.setToolTip(str(exc))

    def _set_hint(self) -> None:
        self.status.setToolTip("")
        self.status.setText(self.tr("Hover a figure to see how it is computed; click it, a bar "
                                    "or a row to list its cases. Training cases are never "
                                    "counted."))

    # -- showing -----------------------------------------------------------------------

    def scope_text(self, scope: CaseFilter) -> str:
        """What the figures are over, as every tile says it: the period ("Last 90 days",
        "All time", or the custom days) and each narrowing choice (a desk, an agent …)."""
        if self.period.currentData() == "custom" and scope.date_from and scope.date_to:
            period = (self.tr("%1 to %2")
                      .replace("%1", date_text(scope.date_from.isoformat()))
                      .replace("%2", date_text(scope.date_to.isoformat())))
        else:
            period = self.period.currentText()
        chosen = [combo.currentText() for combo in (self.desk, self.agent, self.channel,
                                                    self.playbook) if combo.currentIndex() > 0]
        return " · ".join([period, *chosen])

    def show_dashboard(self, result: kpis.Dashboard) -> None:
        sequence = []
        scope = self.scope_text(result.scope)
        for kpi in result.tiles:
            tile_id = words.tile_id(kpi)
            tile = self.tiles.get(tile_id) or self._add_tile(tile_id, kpi.key)
            tile.set_kpi(kpi, scope)
            sequence.append(tile)
        for tile in self.tiles.values():
            tile.setVisible(tile in sequence)
        self.tile_sequence = sequence
        self._columns = None
        self._layout_tiles()
        empty = not any(p.count for p in result.trend) and not result.top_categories
        self.empty_note.setVisible(empty)
        self.details.setVisible(not empty)
        if not empty:
            self._show_charts(result)
        for dimension, table in self.breakdown_tables.items():
            self._fill_table(table, dimension, result.breakdowns.get(dimension, []))
        self._fit_breakdown()

    def _empty_charts(self, message: str) -> None:
        for view in (self.trend_view, self.categories_view, self.mode_view, self.stages_view):
            view.show_chart(empty_chart(view.accessibleName(), message))

    def _show_charts(self, result: kpis.Dashboard) -> None:
        self.trend_view.show_chart(*build_trend(self.ws, result))
        self.categories_view.show_chart(*build_categories(self.ws, result))
        self.mode_view.show_chart(*build_modes(self.ws, result))
        self.stages_view.show_chart(*build_stages(self.ws, result))

    def _fill_table(self, table: QTableWidget, dimension: str,
                    rows: list[kpis.BreakdownRow]) -> None:
        table.setRowCount(len(rows))
        table.setProperty("drills", [row.drill for row in rows])
        for r, row in enumerate(rows):
            cells = [words.breakdown_label(self.ws, dimension, row.value), number(row.count),
                     words.percent(row.csat_pct), words.signed(row.nps),
                     words.percent(row.recovery_rate), words.duration(row.median_resolution_s)]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                table.setItem(r, c, item)
        # as tall as its rows (up to a dozen), so a desk of one row leaves no empty box
        shown = min(max(len(rows), 1), 12)
        table.setFixedHeight(table.horizontalHeader().height() + 4
                             + shown * table.verticalHeader().defaultSectionSize())

    def _fit_breakdown(self) -> None:
        """The tabs as tall as the table shown, so a short table leaves no empty box."""
        table = self.breakdown_tabs.currentWidget()
        if table is not None:
            self.breakdown_tabs.setFixedHeight(
                self.breakdown_tabs.tabBar().sizeHint().height() + 6 + table.height())

    # -- drilling down -----------------------------------------------------------------

    def _tile_clicked(self, tile: Tile) -> None:
        if tile.kpi is not None:
            self.drill_down.emit(tile.kpi.drill if not tile.kpi.drill.is_empty()
                                 else self.result.scope if self.result else self.scope())

    def _row_chosen(self, table: QTableWidget, row: int) -> None:
        drills = table.property("drills") or []
        if 0 <= row < len(drills):
            self.drill_down.emit(drills[row])

    # -- the PDF report ----------------------------------------------------------------
