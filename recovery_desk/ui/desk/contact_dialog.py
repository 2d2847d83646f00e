"""The Desk's "Correct contact details…": the customer's details as recorded now, to
change where they are wrong, with the reason; recorded as one event on the case.

The fields start from the customers table (the customer's latest opening or correction),
which is what the log holds, not a guess. A refusal (nothing changed, no reason) is shown
in the dialog, which stays open with what was typed.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

#: ``record(values, reason)`` records the correction; the refusal's text, or None when done
Record = Callable[[dict[str, str], str], str | None]


class ContactDialog(QDialog):
    """Name, phone, e-mail and customer number, then the reason; Enter records."""

    def __init__(self, current: Mapping[str, Any], record: Record,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.record = record
        self.setWindowTitle(self.tr("Correct contact details"))
        self.setMinimumWidth(520)
        column = QVBoxLayout(self)
        intro = QLabel(self.tr("The customer's details as recorded now. Change what is wrong "
                               "and say why; the correction is kept on this case."))
        intro.setWordWrap(True)
        column.addWidget(intro)
        form = QFormLayout()
        self.edits: dict[str, QLineEdit] = {}
        for key, label in (("name", self.tr("Name")), ("phone", self.tr("Phone number")),
                           ("email", self.tr("E-mail address")),
                           ("number", self.tr("Customer number"))):
            edit = QLineEdit(str(current.get(key) or ""))
            edit.setAccessibleName(label)
            form.addRow(label, edit)
            self.edits[key] = edit
        self.reason = QLineEdit()
        self.reason.setAccessibleName(self.tr("Why the details are corrected"))
        self.reason.setPlaceholderText(self.tr("e.g. the customer gave a new number"))
        form.addRow(self.tr("Reason"), self.reason)
        column.addLayout(form)
        self.problem = QLabel()
        self.problem.setObjectName("blockers")
        self.problem.setWordWrap(True)
        self.problem.hide()
        column.addWidget(self.problem)
        buttons = QDialogButtonBox()
        self.record_button = buttons.addButton(self.tr("Record the correction"),
                                               QDialogButtonBox.ButtonRole.AcceptRole)
        self.record_button.setDefault(True)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._record)
        buttons.rejected.connect(self.reject)
        column.addWidget(buttons)
        self.edits["name"].setFocus()

    def values(self) -> dict[str, str]:
        return {key: edit.text() for key, edit in self.edits.items()}

    def _record(self) -> None:
        problem = self.record(self.values(), self.reason.text())
        if problem is None:
            self.accept()
            return
        self.problem.setText(problem)
        self.problem.show()
        self.problem.setAccessibleName(problem)
        if not self.reason.text().strip():
            self.reason.setFocus()
