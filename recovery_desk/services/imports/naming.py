"""How free text from another helpdesk becomes our ids: folded for matching, slugged for
new category ids (readable ASCII, Ukrainian romanized)."""

from __future__ import annotations

import re
import unicodedata

MAX_ID = 64

# Latin letters that Unicode decomposition leaves alone, and Ukrainian Cyrillic
# (national romanization, simplified), so new category ids stay readable.
_TRANSLIT = {
    "ß": "ss", "ł": "l", "đ": "d", "ø": "o", "æ": "ae", "œ": "oe", "þ": "th",
    "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": "ie",
    "ж": "zh", "з": "z", "и": "y", "і": "i", "ї": "i", "й": "i", "к": "k", "л": "l",
    "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u",
    "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ь": "", "ю": "iu",
    "я": "ia", "ё": "e", "ы": "y", "э": "e", "ъ": "", "'": "", "’": "", "ʼ": "",
}


def fold(text: str) -> str:
    """The form two values are compared in: inner spaces collapsed, case ignored."""
    return " ".join(text.split()).casefold()


def slugify(text: str) -> str:
    """A category id for a free-text value: lowercase ASCII words joined by ``_``."""
    out: list[str] = []
    for char in text.strip().casefold():
        if char in _TRANSLIT:
            out.append(_TRANSLIT[char])
            continue
        out.append("".join(c for c in unicodedata.normalize("NFKD", char) if c.isascii()))
    slug = re.sub(r"[^a-z0-9]+", "_", "".join(out)).strip("_")
    return slug[:MAX_ID].rstrip("_")
