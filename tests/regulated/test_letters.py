"""Letters in all four languages: the required content per kind and regime, as PDF."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from recovery_desk.domain.satisfaction import Answers
from recovery_desk.services.cases.recovery import CaseService
from recovery_desk.services.regulated import letters
from recovery_desk.services.workspace import Workspace
from recovery_desk.ui.report.letter_pdf import write_letter_pdf
from tests.conftest import StepClock
from tests.regulated.helpers import drive_to, received_at, under_pack

LONDON = ZoneInfo("Europe/London")
LANGS = ("en", "hu", "lv", "uk")
#: What each language must say, by kind, under fca-disp (beyond the reference and website)
REQUIRED = {
    "acknowledgement": {"en": "17 February 2027", "hu": "2027. február 17-ig",
                        "lv": "2027. gada 17. februārim", "uk": "17 лютого 2027 р."},
    "summary-resolution": {"en": "consider your complaint resolved",
                           "hu": "rendezettnek tekintjük", "lv": "ir atrisināta",
                           "uk": "вважаємо вашу скаргу вирішеною"},
    "final-response": {"en": "six months", "hu": "hat hónapon belül", "lv": "sešu mēnešu",
                       "uk": "шести місяців"},
    "holding": {"en": "not yet been able", "hu": "még nem tudtunk", "lv": "vēl neesam",
                "uk": "досі не надали"},
}


def _offered_case(workspace: Workspace, service: CaseService, clock: StepClock, lang: str):  # noqa: ANN202
    under_pack(workspace, "fca-disp")
    state = received_at(service, clock, datetime(2026, 12, 23, 10, 0, tzinfo=LONDON),
                        language=lang)
    drive_to(service, state.case_id)
    return service.offer(state.case_id, "refund", amount=Decimal("80"), currency="EUR",
                         deadline=date(2027, 1, 8))


def pdftotext(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True,
                          capture_output=True, text=True).stdout


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
@pytest.mark.parametrize("lang", LANGS)
def test_letters_render_as_pdf_with_the_required_content(
        qapp, workspace: Workspace, service: CaseService, clock: StepClock,  # noqa: ANN001
        tmp_path: Path, lang: str) -> None:
    state = _offered_case(workspace, service, clock, lang)
    now = datetime(2026, 12, 24, 11, 0, tzinfo=LONDON)
    for kind, needles in REQUIRED.items():
        draft = letters.draft_letter(workspace, state, kind, lang=lang, now=now,
                                     outcome="upheld" if kind == "final-response" else None)
        out = tmp_path / f"{kind}.{lang}.pdf"
        assert write_letter_pdf(draft, out) >= 1
        # lines joined; a web address broken after its hyphen is joined again
        text = re.sub(r"-\s+", "-", " ".join(pdftotext(out).split()))
        assert state.ref in text and "Northwind Bank plc" in text
        assert needles[lang] in text, (kind, lang, text)
        if kind in ("summary-resolution", "final-response", "holding"):
            assert "www.financial-ombudsman.org.uk" in text, (kind, lang)
        if kind == "final-response":
            assert "80" in text and "EUR" in text
        assert "${" not in text  # every merge field was filled
        png = _page_image(out, tmp_path / f"{kind}.{lang}")
        assert _ink_share(png) > 0.01, f"{kind}.{lang} renders blank"


def _page_image(pdf: Path, stem: Path) -> Path:
    subprocess.run(["pdftoppm", "-png", "-r", "40", "-f", "1", "-l", "1", str(pdf), str(stem)],
                   check=True)
    return next(stem.parent.glob(stem.name + "*.png"))


def _ink_share(png: Path) -> float:
    from PySide6.QtGui import QImage

    image = QImage(str(png))
    dark = total = 0
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            total += 1
            dark += image.pixelColor(x, y).lightness() < 128
    return dark / total


def test_a_final_response_needs_an_outcome_and_gaps_block_sending(
        workspace: Workspace, service: CaseService, clock: StepClock) -> None:
    state = _offered_case(workspace, service, clock, "en")
    with pytest.raises(letters.LetterError, match="needs its outcome"):
        letters.draft_letter(workspace, state, "final-response", now=clock.now)
    draft = letters.draft_letter(workspace, state, "final-response", outcome="rejected",
                                 now=clock.now)
    assert draft.gaps  # the reasons must be written by the agent
    with pytest.raises(letters.LetterError, match="part\\(s\\) to write"):
        letters.send_letter(service, draft, "email")
    body = letters.GAP.sub("the fee was in the signed terms", draft.body)
    sent = letters.send_letter(service, letters.edited(draft, draft.subject, body), "email")
    final = {v.id: v for v in letters.views(sent, clock.now)}["final_response"]
    assert final.status == "met"
    assert sent.regulated.letters[-1].outcome == "rejected"


def test_summary_resolution_inside_the_window_makes_the_final_response_unneeded(
        workspace: Workspace, service: CaseService, clock: StepClock) -> None:
    state = _offered_case(workspace, service, clock, "en")
    drive_to(service, state.case_id, "satisfaction")
    state = service.record_satisfaction(
        state.case_id, Answers(accepted="yes", how="verbal", csat=5, likelihood=9, ces=6))
    clocks = {v.id: v for v in letters.views(state, clock.now)}
    assert clocks["summary_resolution"].status == "met"
    assert clocks["final_response"].status == "not_required"
    assert clocks["acknowledge"].status == "not_required"


def test_email_draft_and_short_mailto(workspace: Workspace, service: CaseService,
                                      clock: StepClock) -> None:
    state = _offered_case(workspace, service, clock, "hu")
    draft = letters.draft_letter(workspace, state, "acknowledgement", now=clock.now)
    assert draft.lang == "hu"
    eml = letters.eml_bytes(draft, to="anna@example.hu", sender="panasz@northwind.example")
    assert b"X-Unsent: 1" in eml and b"To: anna@example.hu" in eml
    import email

    parsed = email.message_from_bytes(eml)
    assert "Panaszát megkaptuk" in str(email.header.make_header(
        email.header.decode_header(parsed["Subject"])))
    assert len(letters.mailto_url(draft, "anna@example.hu") or "") <= letters.MAILTO_LIMIT
    long = letters.edited(draft, draft.subject, draft.body * 3)
    assert letters.mailto_url(long, "anna@example.hu") is None  # too long for a link
    short = letters.edited(draft, "Rövid", "Köszönjük.")
    assert letters.mailto_url(short, "anna@example.hu").startswith("mailto:anna%40example.hu")
