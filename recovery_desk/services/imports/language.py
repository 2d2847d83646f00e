"""The language of an imported case: their language column, else detected from the
complaint's words among the languages the mapping lists, else ``[defaults] language``, else
the desk's language.

Detection uses ``py3langid`` (the maintained fork of langid.py: a naive Bayes model over
byte n-grams, about 5 MB, no network, ~0.1 ms a text), restricted to the listed languages,
which is what makes it reliable: told to choose among a handful of languages it tells
German, English, Hungarian, Latvian and Ukrainian complaints of one sentence apart. It is
trusted only where it does that well: on texts of at least ``MIN_LETTERS`` letters and a
normalized probability of at least ``MIN_PROBABILITY``; shorter or unsure texts get the
default, and the report counts them.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

MIN_LETTERS = 20
MIN_PROBABILITY = 0.9


class Languages:
    """Decides each row's language and counts how (for the report)."""

    def __init__(self, candidates: tuple[str, ...], default: str) -> None:
        self.candidates, self.default = candidates, default
        self.detected: Counter[str] = Counter()
        self.undecided = 0
        self._model: Any = None

    def _identifier(self) -> Any:
        if self._model is None:
            from py3langid.langid import (  # type: ignore[import-untyped]
                MODEL_FILE,
                LanguageIdentifier,
            )

            model = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
            try:
                model.set_languages(list(self.candidates))
            except ValueError as exc:
                from recovery_desk.services.imports import refusals as R

                raise R.refuse(R.LANGUAGES_UNKNOWN(reason=str(exc))) from exc
            self._model = model
        return self._model

    def of(self, given: str | None, words: str) -> str:
        """The case's language for a row (``given``: from its language column)."""
        if given:
            return given
        if not self.candidates:
            return self.default
        if sum(ch.isalpha() for ch in words) >= MIN_LETTERS:
            language, probability = self._identifier().classify(words)
            if probability >= MIN_PROBABILITY:
                self.detected[language] += 1
                return str(language)
        self.undecided += 1
        return self.default
