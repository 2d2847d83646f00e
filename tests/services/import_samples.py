"""Generated import files: a large helpdesk export in the example mapping's layout.

Built from invented words, never from real exports. ``python -m tests.services.import_samples
OUT.csv --mb 50`` writes the 50 MB file the memory test and the speed figures use.
"""

from __future__ import annotations

import argparse
import csv
import random
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

RIGA = ZoneInfo("Europe/Riga")
HEADER = ("Ticket ID", "Created", "Closed", "Customer", "E-mail", "Phone", "Client no.",
          "Channel", "Category", "Priority", "Description", "Wanted outcome", "Assignee",
          "State", "CSAT", "NPS", "Resolution", "Store", "Order no.")

_WORDS = (
    "the parcel arrived late", "nobody called back", "wrong size, again", "invoice shows "
    "twice the price", "the courier left it outside", "\"urgent\" they said", "késik a "
    "csomag", "pasūtījums netika piegādāts", "посилка загубилася", "refund promised, "
    "never came", "the app logs me out", "charged for a cancelled order", "rude on the "
    "phone", "broken on arrival; box was crushed", "waited 40 minutes in the queue",
)
_CHANNELS = ("Phone", "E-mail", "Web chat", "Shop", "Facebook")
_CATEGORIES = ("Wrong item", "Delivery", "Broken", "Invoice", "Staff")
_PRIORITIES = ("P1", "P2", "P3", "P4", "")
_NAMES = ("Anna Kovács", "Jānis Bērziņš", "Олена Шевченко", "Peter Smith", "Ilze Ozola",
          "Gábor Nagy", "Тарас Мельник", "Mary O'Neil")


def _words(rng: random.Random, size: int) -> str:
    parts: list[str] = []
    length = 0
    while length < size:
        part = rng.choice(_WORDS)
        if rng.random() < 0.1:
            part += "\n"
        parts.append(part)
        length += len(part) + 2
    return ", ".join(parts)


def _existing(at: datetime) -> datetime:
    """A wall-clock time that exists in the example mapping's zone (not in the spring gap)."""
    aware = at.replace(tzinfo=RIGA)
    back = aware.astimezone(UTC).astimezone(RIGA).replace(tzinfo=None)
    return at if back == at else at + timedelta(hours=1)


def row(number: int, rng: random.Random, body: int) -> list[str]:
    """One data row; ``body`` is roughly the length of its description."""
    opened = _existing(datetime(2023, 1, 1, 8) + timedelta(minutes=17 * number))
    closed = _existing(opened + timedelta(hours=rng.randint(1, 200))) \
        if rng.random() < 0.9 else None
    name = rng.choice(_NAMES)
    customer = rng.randint(1, max(number // 3, 1))
    return [
        f"HD-{number:07d}", opened.strftime("%d/%m/%Y %H:%M"),
        closed.strftime("%d/%m/%Y %H:%M") if closed else "", name,
        f"customer{customer}@example.org", f"+371 2{customer:07d}", f"C{customer:06d}",
        rng.choice(_CHANNELS), rng.choice(_CATEGORIES), rng.choice(_PRIORITIES),
        _words(rng, body), "money back" if rng.random() < 0.5 else "",
        f"agent{rng.randint(1, 12)}", "Closed" if closed else "New",
        str(rng.randint(1, 5)) if closed and rng.random() < 0.6 else "",
        str(rng.randint(0, 10)) if closed and rng.random() < 0.3 else "",
        "Refunded and apologized" if closed else "", f"Store {rng.randint(1, 40)}",
        f"ORD-{rng.randint(100000, 999999)}",
    ]


def write_large_export(path: Path, megabytes: float, seed: int = 16,
                       body: int = 1400) -> int:
    """Rows in the example layout until the file is ``megabytes`` big; returns the rows."""
    rng = random.Random(seed)
    limit = int(megabytes * 1024 * 1024)
    count = 0
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADER)
        while handle.tell() < limit:
            count += 1
            writer.writerow(row(count, rng, body))
    return count


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out", type=Path)
    parser.add_argument("--mb", type=float, default=50)
    args = parser.parse_args()
    print(write_large_export(args.out, args.mb), "rows")


if __name__ == "__main__":
    main()
