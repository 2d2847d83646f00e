"""Start a case fast: find or create the customer, capture the complaint in their words."""

from __future__ import annotations

import html
from typing import Any, TypedDict

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from recovery_desk.services.cases import queries
from recovery_desk.services.workspace import Workspace
from recovery_desk.ui.common.formatting import date_only
from recovery_desk.ui.common.labels import status_label
from recovery_desk.ui.common.plurals import plurals


class NewCase(TypedDict):
    """What the form captured: the keyword arguments of ``CaseService.open_case``."""

    customer: dict[str, Any]  # a found customer's row, or the typed name, phone, e-mail …
    channel: str
    category: str
    severity: str
    words: str
    remedy: str
    playbook_id: str | None
    mode: str | None


class NewCaseForm(QWidget):
    """Emits ``submitted`` with the captured fields; the page opens the case."""

    submitted = Signal(dict)
    open_requested = Signal(str)  # an earlier case chosen in the history: the page opens it
    DRAFT_WORDS = "new:words"
    DRAFT_REMEDY = "new:remedy"

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = workspace
        self.customer: dict[str, Any] | None = None
        self._from_search: dict[str, str] = {}  # field -> the text Find put there
        lang = workspace.settings.language
        outer = QHBoxLayout(self)
        left = QVBoxLayout()
        outer.addLayout(left, 3)

        who = QGroupBox(self.tr("Customer"))
        who_layout = QVBoxLayout(who)
        self.search = QLineEdit()
        self.search.setObjectName("customerSearch")
        self.search.setPlaceholderText(self.tr("Find: name, phone, e-mail or customer number"))
        self.search.setAccessibleName(self.tr("Find customer"))
        self.search.setClearButtonEnabled(True)
        who_layout.addWidget(self.search)
        self.results = QListWidget()
        self.results.setAccessibleName(self.tr("Matching customers"))
        self.results.setMaximumHeight(110)
        self.results.hide()
        who_layout.addWidget(self.results)
        self.chosen = QLabel()
        self.chosen.setWordWrap(True)
        self.chosen.hide()
        who_layout.addWidget(self.chosen)
        new_form = QFormLayout()
        self.name_edit = QLineEdit()
        self.name_edit.setAccessibleName(self.tr("Customer name"))
        self.phone_edit = QLineEdit()
        self.phone_edit.setAccessibleName(self.tr("Phone"))
        self.email_edit = QLineEdit()
        self.email_edit.setAccessibleName(self.tr("E-mail"))
        self.number_edit = QLineEdit()
        self.number_edit.setAccessibleName(self.tr("Customer number"))
        new_form.addRow(self.tr("Name:"), self.name_edit)
        new_form.addRow(self.tr("Phone:"), self.phone_edit)
        new_form.addRow(self.tr("E-mail:"), self.email_edit)
        new_form.addRow(self.tr("Customer no.:"), self.number_edit)
        self.new_customer_box = QWidget()
        self.new_customer_box.setLayout(new_form)
        who_layout.addWidget(self.new_customer_box)
        left.addWidget(who)

        what = QGroupBox(self.tr("Complaint"))
        form = QFormLayout(what)
        tax = workspace.taxonomy
        # what the complaint is: chosen by the agent for each case, never preset
        self.channel = self._combo(self.tr("Channel"),
                                   [(k, t.get(lang)) for k, t in tax.channels.items()],
                                   unset=True)
        self.category = self._combo(self.tr("Category"),
                                    [(k, t.get(lang)) for k, t in tax.categories.items()],
                                    unset=True)
        self.severity = self._combo(self.tr("Severity"),
                                    [(k, t.get(lang)) for k, t in tax.severities.items()],
                                    unset=True)
        # how the agent works: the desk's settings, back to them for every new case
        self.playbook = self._combo(self.tr("Playbook"), [
            (p.id, p.title.get(lang)) for p in workspace.playbooks.ordered()])
        self.mode = self._combo(self.tr("Mode"), [("natural", self.tr("Natural (own words)")),
                                                  ("scripted", self.tr("Scripted (read lines)"))])
        self._reset_choices()
        self.words = QPlainTextEdit()
        self.words.setObjectName("customerWords")
        self.words.setAccessibleName(self.tr("The complaint in the customer's own words"))
        self.words.setPlaceholderText(self.tr("Write down what the customer says, in their words. "
                                              "Listen first; do not solve yet."))
        self.words.setTabChangesFocus(True)
        self.words.setMinimumHeight(90)
        self.remedy = QLineEdit()
        self.remedy.setAccessibleName(self.tr("What the customer wants"))
        self.remedy.setPlaceholderText(self.tr("What would put it right for them?"))
        form.addRow(self.tr("Channel:") + " *", self.channel)
        form.addRow(self.tr("Category:") + " *", self.category)
        form.addRow(self.tr("Severity:") + " *", self.severity)
        form.addRow(self.tr("In their words:"), self.words)
        form.addRow(self.tr("They want:"), self.remedy)
        form.addRow(self.tr("Playbook:"), self.playbook)
        form.addRow(self.tr("Mode:"), self.mode)
        left.addWidget(what)
        self.open_button = QPushButton(self.tr("Open case"))
        self.open_button.setObjectName("openCase")
        self.open_button.setDefault(True)
        self.open_button.clicked.connect(self.submit)
        left.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignRight)
        left.addStretch(1)

        right = QGroupBox(self.tr("History"))
        right_layout = QVBoxLayout(right)
        self.history = QTextBrowser()
        self.history.setAccessibleName(self.tr("Customer history"))
        self.history.setHtml(self._history_hint())
        # each earlier case is a link (Tab reaches it, Enter opens it)
        self.history.setOpenLinks(False)
        self.history.anchorClicked.connect(
            lambda url: self.open_requested.emit(url.toString().removeprefix("case:")))
        right_layout.addWidget(self.history)
        self.follow_up_now = QPushButton()
        self.follow_up_now.setObjectName("followUpNow")
        self.follow_up_now.setToolTip(self.tr("This customer is waiting for a follow-up: "
                                              "record it on their case instead of opening "
                                              "a new one."))
        self.follow_up_now.clicked.connect(
            lambda: self.open_requested.emit(str(self.follow_up_now.property("case_id"))))
        self.follow_up_now.hide()
        right_layout.addWidget(self.follow_up_now)
        outer.addWidget(right, 2)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(120)
        self._search_timer.timeout.connect(self._run_search)
        self.search.textEdited.connect(lambda _: self._search_timer.start())
        self.search.returnPressed.connect(self._accept_first_result)
        self.results.itemActivated.connect(self._choose_item)
        for widget in (self.search, self.results, self.name_edit, self.phone_edit,
                       self.email_edit, self.number_edit, self.channel, self.category,
                       self.severity, self.words, self.remedy, self.playbook, self.mode,
                       self.open_button):
            widget.setFocusPolicy(widget.focusPolicy() | Qt.FocusPolicy.TabFocus)
        QWidget.setTabOrder(self.search, self.results)
        QWidget.setTabOrder(self.results, self.name_edit)

    def _combo(self, name: str, items: list[tuple[str, str]], unset: bool = False) -> QComboBox:
        box = QComboBox()
        box.setAccessibleName(name + (" *" if unset else ""))
        if unset:  # required: starts at "choose", which records nothing
            box.addItem(self.tr("— choose —"), None)
        for key, text in items:
            box.addItem(text, key)
        return box

    def _reset_choices(self) -> None:
        """Category, severity and channel unset; playbook and mode as the desk's settings."""
        for box in (self.channel, self.category, self.severity):
            box.setCurrentIndex(0)
        self.playbook.setCurrentIndex(max(0, self.playbook.findData(
            self.ws.playbooks.default.id)))
        self.mode.setCurrentIndex(max(0, self.mode.findData(self.ws.settings.mode)))

    def _history_hint(self) -> str:
        return "<p style='color:gray'>" + html.escape(self.tr(
            "Find a customer to see their earlier complaints and whether they are on the "
            "watchlist.")) + "</p>"

    # -- customer search --------------------------------------------------------------

    def _run_search(self) -> None:
        text = self.search.text()
        rows = queries.search_customers(self.ws.engine, text)
        self.results.clear()
        for row in rows:
            item = QListWidgetItem(f"{row.name} · {row.phone} · {row.email} · {row.number}")
            item.setData(Qt.ItemDataRole.UserRole, dict(row._mapping))
            self.results.addItem(item)
        self.results.setVisible(bool(rows))
        if rows:
            self.results.setCurrentRow(0)
        elif len(text.strip()) >= 2:
            self._start_new_customer(text.strip())

    def _start_new_customer(self, text: str) -> None:
        """Nothing found: the new customer starts from what was typed (a name, a phone or
        an e-mail), so it is not typed twice; what the agent typed there is kept."""
        if "@" in text:
            target = self.email_edit
        elif sum(ch.isdigit() for ch in text) >= 5:
            target = self.phone_edit
        elif not any(ch.isdigit() for ch in text):
            target = self.name_edit
        else:
            return
        if target.text() in ("", self._from_search.get(target.accessibleName(), "")):
            target.setText(text)
            self._from_search[target.accessibleName()] = text

    def _accept_first_result(self) -> None:
        if self.results.count():
            self._choose_item(self.results.currentItem() or self.results.item(0))
        else:
            self.name_edit.setFocus()

    def _choose_item(self, item: QListWidgetItem) -> None:
        data = item.data(Qt.ItemDataRole.UserRole)
        self.choose_customer({"id": data["customer_id"], "number": data["number"],
                              "name": data["name"], "phone": data["phone"],
                              "email": data["email"], "language": data["language"]})

    def choose_customer(self, customer: dict[str, Any]) -> None:
        self.customer = customer
        self.results.hide()
        self.new_customer_box.hide()
        self.chosen.show()
        self.chosen.setText(self.tr("Returning customer: %1").replace(
            "%1", f"<b>{html.escape(customer['name'])}</b> · {html.escape(customer['phone'])}"))
        self._show_history(customer["id"])
        if self.follow_up_now.isVisibleTo(self):
            self.follow_up_now.setFocus()  # the follow-up first, not a duplicate case
        else:
            self.channel.setFocus()

    def _show_history(self, customer_id: str) -> None:
        rows = queries.customer_history(self.ws.engine, customer_id)
        lang = self.ws.settings.language
        parts = []
        if any(r.watchlist for r in rows):
            parts.append("<p style='color:#b00020'><b>" + html.escape(self.tr(
                "On the watchlist: this customer was not fully satisfied recently.")) +
                "</b></p>")
        parts.append("<p>" + html.escape(plurals().earlier_complaints(len(rows))) + "</p><ul>")
        for r in rows:
            # an unknown score (declined, not asked) is left out, never shown as "None"
            scores = "".join(f" · {name} {value}" for name, value in (
                ("CSAT", r.csat), ("NPS", r.likelihood)) if value is not None)
            link = f"<a href='case:{html.escape(r.case_id)}'>{html.escape(r.ref)}</a>"
            parts.append(f"<li>{date_only(r.opened_at)} {link} — "
                         f"{html.escape(self.ws.taxonomy.label('categories', r.category, lang))}"
                         f" — {html.escape(status_label(r.status))}{scores}</li>")
        parts.append("</ul>")
        self.history.setHtml("".join(parts))
        waiting = next((r for r in rows if r.status == "follow_up"), None)
        self.follow_up_now.setVisible(waiting is not None)
        if waiting is not None:
            self.follow_up_now.setProperty("case_id", waiting.case_id)
            self.follow_up_now.setText(self.tr("Record the follow-up now (%1)")
                                       .replace("%1", waiting.ref))

    # -- submit -----------------------------------------------------------------------

    def captured(self) -> NewCase:
        customer = self.customer or {
            "name": self.name_edit.text().strip(), "phone": self.phone_edit.text().strip(),
            "email": self.email_edit.text().strip(),
            "number": self.number_edit.text().strip(), "language": self.ws.settings.language,
        }
        return {
            "customer": customer, "channel": self.channel.currentData(),
            "category": self.category.currentData(), "severity": self.severity.currentData(),
            "words": self.words.toPlainText(), "remedy": self.remedy.text(),
            "playbook_id": self.playbook.currentData(), "mode": self.mode.currentData(),
        }

    def problems(self) -> list[str]:
        found = []
        data = self.captured()
        customer = data["customer"]
        if not customer.get("id") and not (customer.get("name") or customer.get("phone")
                                           or customer.get("email")):
            found.append(self.tr("Find the customer, or type at least a name, phone or e-mail."))
        if not data["words"].strip():
            found.append(self.tr("Write down the complaint in the customer's own words."))
        return found

    def submit(self) -> None:
        self.submitted.emit(self.captured())

    def _draft_fields(self) -> dict[str, QLineEdit]:
        return {self.DRAFT_REMEDY: self.remedy, "new:name": self.name_edit,
                "new:phone": self.phone_edit, "new:email": self.email_edit,
                "new:number": self.number_edit}

    def drafts(self) -> dict[str, str]:
        """Everything typed into the form, keyed for the autosaved drafts."""
        typed = {key: edit.text() for key, edit in self._draft_fields().items()}
        typed[self.DRAFT_WORDS] = self.words.toPlainText()
        return typed

    def restore(self, key: str, text: str) -> None:
        if key == self.DRAFT_WORDS:
            self.words.setPlainText(text)
        elif key in self._draft_fields():
            self._draft_fields()[key].setText(text)

    def reset(self) -> None:
        self.customer = None
        self._from_search.clear()
        for edit in (self.search, self.name_edit, self.phone_edit, self.email_edit,
                     self.number_edit, self.remedy):
            edit.clear()
        self.words.clear()
        self._reset_choices()
        self.results.hide()
        self.chosen.clear()
        self.chosen.hide()
        self.new_customer_box.show()
        self.history.setHtml(self._history_hint())
        self.follow_up_now.hide()
        self.search.setFocus()
