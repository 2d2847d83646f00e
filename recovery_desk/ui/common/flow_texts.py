"""Refusals in the interface language, looked up by their code.

The domain and the services refuse with a code and parameters (``domain/refusal.py``);
the English sentence they carry is for the command line. Each code has its own ``tr()``
template (one table per subject in ``refusals/``), filled with the parameters formatted for
the interface language (money and numbers through ``formatting``). Nothing is read back
out of a sentence.
``tests/ui/test_flow_texts.py`` checks that every code has a template here and a
translation in each language.
"""

from __future__ import annotations

from recovery_desk.core.errors import RecoveryDeskError
from recovery_desk.domain.flow import FlowError
from recovery_desk.domain.refusal import Refusal
from recovery_desk.ui.common.refusals import access, files, flow, imports, regulated, sync
from recovery_desk.ui.common.refusals.gaps import Params, Render


def _merged(*tables: dict[str, Render]) -> dict[str, Render]:
    merged: dict[str, Render] = {}
    for table in tables:
        twice = merged.keys() & table.keys()
        if twice:
            raise ValueError(f"refusal codes with two sentences: {sorted(twice)}")
        merged.update(table)
    return merged


_TEXTS = _merged(flow.TEXTS, access.TEXTS, regulated.TEXTS, files.TEXTS, imports.TEXTS,
                 sync.TEXTS)


def known_codes() -> frozenset[str]:
    """The codes that have a sentence here (for the test that none is missing)."""
    return frozenset(_TEXTS)


def coded_text(code: str, params: Params, english: str) -> str:
    """The sentence for ``code`` in the interface language; ``english`` if it has none."""
    render = _TEXTS.get(code)
    return render(params) if render is not None else english


def sentence(refusal: Refusal) -> str:
    """One refusal (a blocker, one part of a ``FlowError``) in the interface language."""
    return coded_text(refusal.code, refusal.params, str(refusal))


def flow_message(error: FlowError) -> str:
    return " ".join(sentence(part) for part in error.refusals)


def error_text(exc: BaseException) -> str:
    """Any refusal in the interface language: a flow refusal, a coded service error, or
    (for an error without a code) the text it carries."""
    if isinstance(exc, FlowError):
        return flow_message(exc)
    if isinstance(exc, RecoveryDeskError) and exc.code:
        return coded_text(exc.code, exc.params, str(exc))
    return str(exc)
