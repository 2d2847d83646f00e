"""Keyboard shortcuts: defaults chosen to work on Hungarian, Latvian and Ukrainian layouts.

No Alt+letter (AltGr types letters on these layouts) and no bare letters: function keys and
Ctrl/Ctrl+Shift combinations only. Each can be overridden in settings.json ("shortcuts").
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence

DEFAULTS: dict[str, str] = {
    "new_case": "Ctrl+N",
    "open_case": "Ctrl+Return",
    "next_stage": "F8",
    "previous_stage": "Shift+F8",
    "skip_stage": "F6",
    "add_note": "Ctrl+Shift+Return",
    "toggle_mode": "Ctrl+M",
    "offer": "Ctrl+Shift+O",
    "record_satisfaction": "Ctrl+Shift+S",
    "approve_here": "Ctrl+Shift+A",
    "follow_ups": "F9",
    "promises": "F10",
    "open_cases": "F7",
    "park_case": "Ctrl+W",
    "find_customer": "Ctrl+F",
    "withdraw": "Ctrl+Shift+W",
    "correct_contact": "Ctrl+Shift+K",
    # jump to a part of the case (function keys work on every keyboard layout)
    "go_notes": "F2",
    "go_resolution": "F3",
    "go_satisfaction": "F4",
    # the scripted line or example phrase under the cursor in "What to say" goes into the note
    "insert_line": "Ctrl+I",
    "zoom_in": "Ctrl++",
    "zoom_out": "Ctrl+-",
    "zoom_reset": "Ctrl+0",
}


def label(name: str) -> str:
    return {
        "new_case": QCoreApplication.translate("Shortcuts", "New case"),
        "open_case": QCoreApplication.translate("Shortcuts", "Open the case (new case form)"),
        "next_stage": QCoreApplication.translate("Shortcuts", "Complete stage, go to the next"),
        "previous_stage": QCoreApplication.translate("Shortcuts", "Back to the previous stage"),
        "skip_stage": QCoreApplication.translate("Shortcuts", "Skip stage (with a reason)"),
        "add_note": QCoreApplication.translate("Shortcuts", "Add the note"),
        "toggle_mode": QCoreApplication.translate("Shortcuts", "Switch scripted / natural"),
        "offer": QCoreApplication.translate("Shortcuts", "Offer the resolution"),
        "record_satisfaction":
            QCoreApplication.translate("Shortcuts", "Record satisfaction / follow-up"),
        "approve_here": QCoreApplication.translate("Shortcuts", "Supervisor approves here"),
        "follow_ups": QCoreApplication.translate("Shortcuts", "Follow-ups due"),
        "promises": QCoreApplication.translate("Shortcuts", "Promises due (mark them done)"),
        "open_cases": QCoreApplication.translate("Shortcuts", "Open (parked) cases at this desk"),
        "park_case": QCoreApplication.translate("Shortcuts", "Park the case (close its tab)"),
        "find_customer": QCoreApplication.translate("Shortcuts", "Find customer"),
        "withdraw": QCoreApplication.translate("Shortcuts", "Withdraw the case"),
        "correct_contact": QCoreApplication.translate(
            "Shortcuts", "Correct the customer's contact details"),
        "go_notes": QCoreApplication.translate("Shortcuts", "Go to the note"),
        "go_resolution": QCoreApplication.translate("Shortcuts", "Go to the resolution"),
        "go_satisfaction": QCoreApplication.translate("Shortcuts",
                                                      "Go to the customer's satisfaction"),
        "insert_line": QCoreApplication.translate(
            "Shortcuts", "Put the selected line of \"What to say\" into the note"),
        "zoom_in": QCoreApplication.translate("Shortcuts", "Larger text on the Desk"),
        "zoom_out": QCoreApplication.translate("Shortcuts", "Smaller text on the Desk"),
        "zoom_reset": QCoreApplication.translate("Shortcuts", "Normal text size on the Desk"),
    }.get(name, name)


def sequence(name: str, overrides: dict[str, str] | None = None) -> QKeySequence:
    text = (overrides or {}).get(name) or DEFAULTS[name]
    return QKeySequence(text)


def hint(name: str, overrides: dict[str, str] | None = None) -> str:
    """The key in words, for tooltips ("F2"), in the platform's own notation."""
    return sequence(name, overrides).toString(QKeySequence.SequenceFormat.NativeText)
