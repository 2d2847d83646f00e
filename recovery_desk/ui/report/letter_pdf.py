"""A letter as an A4 PDF, drawn with Qt's text layout (DejaVu covers hu, lv and uk).

Written to ``FILE.part`` and moved into place, so a failed write never leaves half a
letter under the real name.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QMarginsF, QSizeF
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from recovery_desk.core.errors import RecoveryDeskError
from recovery_desk.services.regulated.letters import LetterDraft


def letter_document(draft: LetterDraft, width_pt: float) -> QTextDocument:
    doc = QTextDocument()
    face = QFont("DejaVu Sans", 10)
    # no ligatures: text copied or searched in the PDF keeps "fi" as two letters
    face.setFeature(QFont.Tag("liga"), 0)
    doc.setDefaultFont(face)
    doc.setPlainText(draft.body)
    doc.setDocumentMargin(0)
    doc.setPageSize(QSizeF(width_pt, 1e9))
    return doc


def write_letter_pdf(draft: LetterDraft, out: Path) -> int:
    """Write ``draft`` to ``out``; returns the number of pages."""
    out = Path(out)
    fix = "Choose a folder you may write to, with free space."
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise RecoveryDeskError(f"Cannot write the letter to {out}: {exc.strerror}.",
                                fix) from exc
    part = out.with_name(out.name + ".part")
    writer = QPdfWriter(str(part))
    writer.setResolution(72)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                     QPageLayout.Orientation.Portrait,
                                     QMarginsF(56, 56, 56, 56), QPageLayout.Unit.Point))
    writer.setTitle(draft.subject)
    writer.setCreator("Recovery Desk")
    doc = letter_document(draft, writer.pageLayout().paintRect(QPageLayout.Unit.Point).width())
    doc.setPageSize(writer.pageLayout().paintRect(QPageLayout.Unit.Point).size())
    doc.print_(writer)
    pages = doc.pageCount()
    del writer  # closes the file
    try:
        os.replace(part, out)
    except OSError as exc:
        part.unlink(missing_ok=True)
        raise RecoveryDeskError(f"Cannot write the letter to {out}: {exc.strerror}.",
                                fix) from exc
    return pages
