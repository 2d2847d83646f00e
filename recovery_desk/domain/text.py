"""Text conventions shared across layers.

``MARK_START`` and ``MARK_END`` (``\x02`` … ``\x03``) surround each matched word in a search
snippet: the search index writes them, the Log turns them into bold. Both are stripped from
everything indexed, so a customer's own text can never fake a match.
"""

from __future__ import annotations

MARK_START = "\x02"
MARK_END = "\x03"
