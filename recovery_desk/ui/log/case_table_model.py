"""The Log's case table: keyset pages fetched as the view scrolls, held as compact rows.

``canFetchMore``/``fetchMore`` ask ``case_query.page`` for the page after the last one
(never OFFSET, never all rows). Each row is turned into a tuple of display strings once,
when its page arrives, so ``data()`` is a tuple lookup. Only the start cursor of every page
is kept for good; the rows themselves live in a small cache of recent pages, and a page that
fell out is fetched again from its cursor when the view shows it. Scrolling to row 500,000
therefore holds 2,500 cursors and a few thousand short tuples, not half a million rows.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDateTime,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimeZone,
)

from recovery_desk.domain.clocks.status import status_at
from recovery_desk.domain.text import MARK_END, MARK_START
from recovery_desk.services.access.permissions import MASK, can_read_personal, readable_search
from recovery_desk.services.cases import case_query, snippets
from recovery_desk.services.cases.case_filter import CaseFilter
from recovery_desk.services.cases.snippets import SNIPPET_ROWS
from recovery_desk.services.regulated.clocks import warn_for
from recovery_desk.services.workspace import Workspace
from recovery_desk.ui.common.clock_texts import status_name
from recovery_desk.ui.common.formatting import money
from recovery_desk.ui.common.labels import status_label

translate = QCoreApplication.translate

PAGE = 200
KEEP_PAGES = 12
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    key: str
    header: str
    sort: str | None = None  # a case_query sort key, or None: not sortable
    numeric: bool = False
    tip: str = ""  # what the column holds, where its header alone would mislead


def columns() -> tuple[Column, ...]:

    return (
        Column("ref", translate("CaseTableModel", "Reference")),
        Column("customer", translate("CaseTableModel", "Customer")),
        Column("match", translate("CaseTableModel", "Match")),
        Column("opened", translate("CaseTableModel", "Opened"), "opened"),
        Column("agent", translate("CaseTableModel", "Agent")),
        Column("category", translate("CaseTableModel", "Category")),
        Column("status", translate("CaseTableModel", "Status")),
        Column("resolution", translate("CaseTableModel", "Resolution"), tip=translate(
            "CaseTableModel", "The offer's first resolution. An offer may hold several: the "
            "case's detail lists each with its amount and deadline.")),
        Column("redress", translate("CaseTableModel", "Redress"), "redress", numeric=True,
               tip=translate("CaseTableModel",
                             "The offer's total, over every resolution it holds.")),
        Column("csat", translate("CaseTableModel", "CSAT"), "csat", numeric=True),
        Column("likelihood", translate("CaseTableModel", "Recommend"), numeric=True),
        Column("duration", translate("CaseTableModel", "Duration"), "duration", numeric=True),
        Column("watchlist", translate("CaseTableModel", "Watchlist")),
        Column("closed", translate("CaseTableModel", "Closed"), "closed"),
        Column("channel", translate("CaseTableModel", "Channel")),
        Column("severity", translate("CaseTableModel", "Severity")),
        Column("final_due", translate("CaseTableModel", "Final response due")),
        Column("clock", translate("CaseTableModel", "Clock")),
    )


def duration_text(seconds: float | None) -> str:
    """ "2 d 4 h", "1 h 05 min", "12 min": short enough for a column."""
    if seconds is None:
        return ""
    minutes = max(0, int(seconds)) // 60

    days, rest = divmod(minutes, 24 * 60)
    hours, mins = divmod(rest, 60)
    if days:
        return (
            translate("CaseTableModel", "%1 d %2 h")
            .replace("%1", str(days))
            .replace("%2", str(hours))
        )
    if hours:
        return (
            translate("CaseTableModel", "%1 h %2 min")
            .replace("%1", str(hours))
            .replace("%2", f"{mins:02d}")
        )
    return translate("CaseTableModel", "%1 min").replace("%1", str(mins))


class CaseTableModel(QAbstractTableModel):
    """Rows of the current filter and sort; ``reload()`` starts again from the first page."""

    def __init__(self, workspace: Workspace, parent: Any = None) -> None:
        super().__init__(parent)
        self.ws = workspace
        self.columns = columns()
        self.keys = tuple(c.key for c in self.columns)
        self.flt = CaseFilter()
        self.sort_key = "opened"
        self.descending = True
        self.loaded = False
        self._resetting = False
        self._starts: list[case_query.Cursor | None] = []  # where each fetched page starts
        self._pages: OrderedDict[int, list[tuple[Any, ...]]] = OrderedDict()
        self._count = 0
        self._next: case_query.Cursor | None = None
        self._strings: dict[Any, str] = {}  # shared label strings
        self._labels: dict[tuple[str, Any], str] = {}
        self._times: dict[int, str] = {}  # display time per minute (or second)
        self._durations: dict[int, str] = {}  # duration text per whole minute
        self._readable: dict[tuple[str, str], bool] = {}  # personal data, per desk and status
        self._locale = QLocale()
        self._zone = QTimeZone.systemTimeZone()
        self._minute_format = True

    # -- what is shown ------------------------------------------------------------------

    def set_filter(self, flt: CaseFilter) -> None:
        self.flt = flt
        self.reload()

    def sort_column(self) -> int:
        return next(i for i, c in enumerate(self.columns) if c.sort == self.sort_key)

    def column_of(self, key: str) -> int:
        return self.keys.index(key)

    def reload(self) -> None:
        """Drop every row and fetch the first page of the current filter and sort."""
        self.beginResetModel()
        self.loaded = True
        self._starts, self._pages, self._count, self._next = [], OrderedDict(), 0, None
        self._labels.clear()
        self._strings.clear()
        self._readable.clear()
        self._times.clear()
        self._locale = QLocale()
        self._zone = QTimeZone.systemTimeZone()
        self._minute_format = "s" not in self._locale.dateTimeFormat(QLocale.FormatType.ShortFormat)
        first = self._query(None)
        if first.rows:
            self._starts.append(None)
            self._store(0, first)
            self._count = len(first.rows)
        self._next = first.next
        # nothing may insert rows while the reset is still being announced: a listener that
        # asks for more then (Qt's model tester does) gets the next page from the view later
        self._resetting = True
        try:
            self.endResetModel()
        finally:
            self._resetting = False

    def case_id_at(self, row: int) -> str | None:
        if not 0 <= row < self._count:
            return None
        case_id = self._row(row)[0]  # "" where the log changed under the page
        return case_id if isinstance(case_id, str) else None

    def row_of(self, case_id: str) -> int | None:
        """The row of a case among the pages still cached (None if not there)."""
        for number, rows in self._pages.items():
            for offset, row in enumerate(rows):
                if row[0] == case_id:
                    return number * PAGE + offset
        return None

    def refresh_case(self, case_id: str) -> int | None:
        """Fetch the page holding ``case_id`` again (after a supervisor action)."""
        row = self.row_of(case_id)
        if row is None:
            return None
        number = row // PAGE
        self._pages.pop(number, None)
        self._row(row)
        first = number * PAGE
        last = min(self._count, first + PAGE) - 1
        self.dataChanged.emit(self.index(first, 0), self.index(last, len(self.columns) - 1))
        return self.row_of(case_id)

    def cached_pages(self) -> int:
        return len(self._pages)

    # -- Qt model ----------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.columns)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008, N802
        return (
            not parent.isValid() and self.loaded and self._next is not None and not self._resetting
        )

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008, N802
        if parent.isValid() or self._next is None or self._resetting:
            return
        start = self._next
        more = self._query(start)
        self._next = more.next
        if not more.rows:
            return
        number = len(self._starts)
        self._starts.append(start)
        self.beginInsertRows(QModelIndex(), self._count, self._count + len(more.rows) - 1)
        self._store(number, more)
        self._count += len(more.rows)
        self.endInsertRows()

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,  # noqa: N802
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        column = self.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.header
        if role == Qt.ItemDataRole.ToolTipRole:
            sort = (QCoreApplication.translate("CaseTableModel", "Click to sort by this column")
                    if column.sort else "")
            return "\n".join(t for t in (column.tip, sort) if t) or None
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.InitialSortOrderRole and column.sort:
            return int(Qt.SortOrder.DescendingOrder.value)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self._count:
            return None
        column = index.column()
        if not 0 <= column < len(self.columns):
            return None
        if role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.AccessibleTextRole,
        ):
            text = self._row(index.row())[column + 1]
            if text is None:  # a snippet not cut yet: cut with its neighbours, now shown
                text = self._cut_snippets(index.row())[column + 1]
            if role == Qt.ItemDataRole.DisplayRole:
                return text
            if self.keys[column] == "match":
                from recovery_desk.ui.log.highlight import plain_snippet

                return plain_snippet(text, *_markers())
            return text
        if role == Qt.ItemDataRole.UserRole:
            return self._row(index.row())[0]
        if role == Qt.ItemDataRole.TextAlignmentRole and self.columns[column].numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Re-query in the column's order; columns without a sort key are left as they are."""
        key = self.columns[column].sort if 0 <= column < len(self.columns) else None
        if key is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if (key, descending) == (self.sort_key, self.descending) and self.loaded:
            return
        self.sort_key, self.descending = key, descending
        if self.loaded:
            self.reload()

    # -- pages --------------------------------------------------------------------------

    def query_filter(self) -> CaseFilter:
        """The filter as queried: searched words only where the user may read the text."""
        return readable_search(self.ws, self.flt)

    def _query(self, after: case_query.Cursor | None) -> case_query.Page:
        return case_query.page(
            self.ws.engine,
            self.query_filter(),
            sort=self.sort_key,
            descending=self.descending,
            after=after,
            limit=PAGE,
            snippet_rows=SNIPPET_ROWS,  # the rest as the view reaches them
        )

    def _row(self, row: int) -> tuple[Any, ...]:
        number, offset = divmod(row, PAGE)
        rows = self._pages.get(number)
        if rows is None:
            rows = self._store(number, self._query(self._starts[number]))
        else:
            self._pages.move_to_end(number)
        if offset < len(rows):
            return rows[offset]
        return ("",) + ("",) * len(self.columns)  # the log changed under this page

    def _store(self, number: int, page: case_query.Page) -> list[tuple[Any, ...]]:
        """Keep a page's rows; a row whose snippet the page did not cut holds None there."""
        compact = [self._compact(r, i < page.snippets_cut) for i, r in enumerate(page.rows)]
        self._pages[number] = compact
        self._pages.move_to_end(number)
        while len(self._pages) > KEEP_PAGES:
            self._pages.popitem(last=False)
        return compact

    def _label(self, group: str, key: Any) -> str:
        cached = self._labels.get((group, key))
        if cached is None:
            cached = self._make_label(group, key)
            self._labels[(group, key)] = cached
        return cached

    def _make_label(self, group: str, key: Any) -> str:
        lang = self.ws.settings.language
        if key is None or key == "":
            return ""
        if group in ("channels", "categories", "severities"):
            return self.ws.taxonomy.label(group, key, lang)
        if group == "status":
            return status_label(key)
        if group == "training":  # a practice run, shown only with "include training cases"
            return QCoreApplication.translate("CaseTableModel", "%1 (training)").replace(
                "%1", status_label(key)
            )
        if group == "resolution":
            return self.ws.resolution_label(key, lang)
        return str(key)

    def _time(self, moment: datetime | None) -> str:
        """As ``formatting.date_time`` (the locale's short form), remembered per minute:
        a page of rows then costs a few conversions, not two per row."""
        if moment is None:
            return ""
        seconds = int(moment.timestamp())
        key = seconds // 60 if self._minute_format else seconds
        text = self._times.get(key)
        if text is None:
            if len(self._times) > 50_000:
                self._times.clear()
            text = self._locale.toString(
                QDateTime.fromSecsSinceEpoch(seconds, self._zone), QLocale.FormatType.ShortFormat
            )
            self._times[key] = text
        return text

    def _duration(self, seconds: float | None) -> str:
        if seconds is None:
            return ""
        minutes = max(0, int(seconds)) // 60
        text = self._durations.get(minutes)
        if text is None:
            text = self._durations[minutes] = duration_text(seconds)
        return text

    def _customer(self, r: Any) -> str:
        """The customer's name, or ``MASK`` where the role may not read it (another desk's
        finished case for an agent or trainer): asked once per desk and status."""
        key = (r.desk_id, r.status)
        readable = self._readable.get(key)
        if readable is None:
            readable = self._readable[key] = can_read_personal(self.ws, r.desk_id, r.status)
        return self._shared(r.customer or "") if readable else MASK

    def _shared(self, text: str) -> str:
        return self._strings.setdefault(text, text)

    def _cut_snippets(self, row: int) -> tuple[Any, ...]:
        """Cut the snippets of ``row``'s block of ``SNIPPET_ROWS`` rows (those of them not
        cut yet) and keep them with the page: the view shows its neighbours next."""
        number, offset = divmod(row, PAGE)
        rows = self._pages[number]  # _row() has just fetched it
        start = offset - offset % SNIPPET_ROWS
        block = range(start, min(len(rows), start + SNIPPET_ROWS))
        match = self.keys.index("match") + 1
        todo = [rows[i][0] for i in block if rows[i][match] is None]
        cut = snippets.for_cases(self.ws.engine, self.query_filter(), todo)
        for i in block:
            if rows[i][match] is None:
                rows[i] = (*rows[i][:match], cut.get(rows[i][0], ""), *rows[i][match + 1:])
        return rows[offset]

    def _compact(self, r: Any, cut: bool = True) -> tuple[Any, ...]:
        """One row as (case_id, display text per column): computed once per page; the
        match column None while its snippet is not cut (``cut``)."""
        label = self._label
        amount = r.redress_amount
        return (
            r.case_id,
            r.ref,
            self._customer(r),
            (r.snippet or "") if cut else None,
            self._time(r.opened_at),
            self._shared(r.agent or ""),
            label("categories", r.category),
            label("training", r.status) if r.training else label("status", r.status),
            label("resolution", r.resolution),
            money(amount, r.currency) if amount is not None else "",
            "" if r.csat is None else str(r.csat),
            "" if r.likelihood is None else str(r.likelihood),
            self._duration(r.duration_s),
            "●" if r.watchlist else "",
            self._time(r.closed_at),
            label("channels", r.channel),
            label("severities", r.severity),
            self._time(r.final_response_due),
            status_name(status_at(r.clock_status, r.final_response_due, datetime.now(UTC),
                                  warn_for(r.clock_pack))) if r.clock_status else "",
        )


def _markers() -> tuple[str, str]:
    return MARK_START, MARK_END
