"""Which text encoding a CSV file is in: detected, not assumed.

The first ``SAMPLE_BYTES`` are read before anything else. A byte-order mark decides; else
``charset-normalizer`` (a maintained detector that scores each candidate decoding for
"mess", not a byte-frequency guess alone) proposes one. A mapping's ``[source] encoding``
is used when given, and checked against the content:

* every row is checked for the typical mojibake of UTF-8 read as a one-byte code page
  ("VerfÃ¼gbarkeit", "VerfĂĽgbarkeit"): if re-encoding the decoded row gives valid UTF-8
  with multi-byte characters, the file is UTF-8 and the declared encoding is wrong. That
  row is named with both readings and the import is refused, since the log is append-only
  and would keep the garbled text for good;
* a declared one-byte encoding that decodes the sample differently from the detected one
  is a warning naming the first row that differs, with both readings (one-byte code pages
  are told apart by likelihood only, so the declared one is kept).
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass
from pathlib import Path

from recovery_desk.core.errors import RecoveryDeskError
from recovery_desk.services.imports import refusals as R

SAMPLE_BYTES = 1 << 20
#: One-byte code pages that UTF-8 is typically misread as.
_MISREAD_AS = ("cp1252", "cp1250", "cp1251", "cp1257", "latin-1")
_UTF8 = frozenset({"utf-8", "utf-8-sig"})
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
         (codecs.BOM_UTF16_BE, "utf-16"))
_SHOWN = 60


@dataclass(frozen=True)
class Encoding:
    """The encoding the rows are read in, and how it was chosen."""

    name: str                      # a codecs name, e.g. "utf-8-sig", "cp1250"
    how: str                       # "declared", "detected" or "byte-order mark"
    detected: str | None = None    # what the detector proposed
    warning: str | None = None     # declared and detected disagree (see the module)


def _norm(name: str) -> str:
    return codecs.lookup(name).name


#: The one-byte code pages an export for our users may be in (Central European, Cyrillic,
#: Western, Baltic Windows pages and their ISO/KOI8 cousins): the detector chooses among
#: these only, so a Latvian file is never read as Vietnamese.
CODE_PAGES = ("cp1250", "cp1251", "cp1252", "cp1257", "iso8859_2", "iso8859_13", "koi8_u")
_CHAOS_TOLERANCE = 0.02
_COHERENCE_MARGIN = 0.1


def _detect(sample: bytes, path: Path) -> str:
    """UTF-8 when the bytes are UTF-8 (no other encoding produces valid multi-byte UTF-8
    by chance); else the one code page charset-normalizer finds clearly best. When several
    read the text equally cleanly but differently, refused with their readings: one-byte
    code pages cannot be told apart by content alone, and a wrong guess would be stored
    for good."""
    try:
        sample.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    matches = sorted(from_bytes(sample, cp_isolation=list(CODE_PAGES)),
                     key=lambda m: (m.chaos, -m.coherence))
    if not matches:
        raise R.refuse(R.ENCODING_UNKNOWN(file=path.name))
    best = matches[0]
    close = [m for m in matches[1:] if m.chaos <= best.chaos + _CHAOS_TOLERANCE
             and m.coherence > best.coherence - _COHERENCE_MARGIN]
    readings = _readings(sample, [best.encoding, *(m.encoding for m in close)])
    if len(readings) > 1:
        shown = "; ".join(f"{text!r} as {name}" for name, text in readings)
        raise R.refuse(R.ENCODING_AMBIGUOUS(file=path.name, readings=shown))
    return _norm(best.encoding)


def _readings(sample: bytes, names: list[str]) -> list[tuple[str, str]]:
    """The first line on which these decodings differ, as each reads it (one per distinct
    reading); a single entry when they all read the sample the same."""
    texts = {name: sample.decode(name, errors="replace").splitlines() for name in names}
    first = texts[names[0]]
    for number, line in enumerate(first):
        others = {name: lines[number] if number < len(lines) else "" for name, lines in
                  texts.items()}
        if len(set(others.values())) > 1:
            seen: dict[str, str] = {}
            for name, text in others.items():
                seen.setdefault(_excerpt(text, line if text != line else next(
                    (t for t in others.values() if t != line), line)), _norm(name))
            return [(name, text) for text, name in seen.items()]
    return [(_norm(names[0]), "")]


def _trimmed(sample: bytes, complete: bool) -> bytes:
    """The sample cut after its last line break, so no character is cut in two."""
    if complete:
        return sample
    end = sample.rfind(b"\n")
    return sample[:end + 1] if end > 0 else sample


def choose(path: Path, declared: str | None) -> Encoding:
    """The encoding to read ``path`` in (see the module); opens the file, reads a sample."""
    try:
        with path.open("rb") as handle:
            raw = handle.read(SAMPLE_BYTES + 1)
    except FileNotFoundError:
        raise R.refuse(R.NO_FILE(path=str(path))) from None
    except OSError as exc:
        raise R.refuse(R.UNREADABLE(path=str(path), reason=str(exc.strerror or exc))) from exc
    sample = _trimmed(raw[:SAMPLE_BYTES], len(raw) <= SAMPLE_BYTES)
    bom = next((name for mark, name in _BOMS if sample.startswith(mark)), None)
    if declared is None:
        if bom:
            return Encoding(bom, "byte-order mark")
        if not sample.strip():
            return Encoding("utf-8", "detected")
        found = _detect(sample, path)
        name = "utf-8-sig" if found == "utf-8" else found
        return Encoding(name, "detected", found)
    name = _norm(declared)
    if name == "utf-8" and bom == "utf-8-sig":
        name = "utf-8-sig"   # the mark is not text
    proposed = bom or (_guess(sample, path) if sample.strip() else None)
    return Encoding(name, "declared", proposed, _disagreement(sample, name, proposed))


def _guess(sample: bytes, path: Path) -> str | None:
    """What detection says, for checking a declared encoding (None: it cannot tell)."""
    try:
        return _detect(sample, path)
    except RecoveryDeskError:
        return None


def _disagreement(sample: bytes, declared: str, found: str | None) -> str | None:
    if found is None or _norm(found) == _norm(declared) or \
            {_norm(found), _norm(declared)} <= _UTF8 | {"utf-8"}:
        return None
    try:
        ours = sample.decode(declared).splitlines()
        theirs = sample.decode(found).splitlines()
    except (UnicodeDecodeError, LookupError):
        return None
    for number, (a, b) in enumerate(zip(ours, theirs, strict=False)):
        if a != b:
            return (f"the content looks like {found}, not the declared {declared}: line "
                    f"{number + 1} reads {_excerpt(a, b)!r} as {declared} but "
                    f"{_excerpt(b, a)!r} as {found}. Check a few rows in the dry run; set "
                    f"[source] encoding = \"{found}\" if the second reading is right.")
    return None


def _excerpt(text: str, other: str) -> str:
    """Around the first character where ``text`` and ``other`` differ."""
    at = next((i for i, (a, b) in enumerate(zip(text, other, strict=False)) if a != b), 0)
    start = max(at - _SHOWN // 2, 0)
    return text[start:start + _SHOWN]


@dataclass(frozen=True)
class Misread:
    """A row whose text is UTF-8 read as the one-byte code page ``page``."""

    page: str
    as_read: str
    as_utf8: str
    wrong_encoding: bool   # the file's bytes are UTF-8: the encoding used is wrong


#: Delimiters told apart from the header line when the mapping names none.
DELIMITERS = (",", ";", "\t", "|")


def sniff_delimiter(path: Path, encoding: str) -> str:
    """The delimiter the header line uses most (outside quotes); "," if it has none."""
    with path.open("rb") as handle:
        head = handle.read(64 * 1024)
    text = head.decode(encoding, errors="replace").lstrip("\ufeff")
    counts = dict.fromkeys(DELIMITERS, 0)
    quoted = False
    for char in text:
        if char == '"':
            quoted = not quoted
        elif char in "\r\n" and not quoted:
            break
        elif char in counts and not quoted:
            counts[char] += 1
    best = max(DELIMITERS, key=lambda d: counts[d])
    return best if counts[best] else ","


def utf8_misread(cells: list[str], encoding: str) -> Misread | None:
    """The first cell that is UTF-8 read as a one-byte code page: the encoding the file is
    read in (then the encoding is wrong), or, in a file read as UTF-8, the usual suspects
    (the text was garbled before it was exported). ``None`` when the row reads well."""
    utf8 = _norm(encoding) in _UTF8 or _norm(encoding) == "utf-8"
    pages = _MISREAD_AS if utf8 else (encoding,)
    for cell in cells:
        if cell.isascii():
            continue
        for page in pages:
            repaired = _as_utf8(cell, page)
            if repaired is not None:
                return Misread(page, _excerpt(cell, repaired), _excerpt(repaired, cell),
                               wrong_encoding=not utf8)
    return None


def _as_utf8(text: str, page: str) -> str | None:
    try:
        repaired = text.encode(page).decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError, LookupError):
        return None
    # only multi-byte characters make it mojibake; "é" stays "é" either way
    return repaired if repaired != text and not repaired.isascii() else None
