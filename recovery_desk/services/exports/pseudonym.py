"""Pseudonymized exports: stable keyed hashes instead of customer ids, free text left out,
so analyses can still group by customer without anyone learning who it is."""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
from collections.abc import Iterator
from typing import Any

from recovery_desk.core.paths import config_dir

FREE_TEXT_FIELDS = ("words", "remedy", "text", "note", "reason", "cause", "action", "value",
                    "subject", "body", "needs", "adjustments")
#: left out whatever their type: vulnerability is about the person
RESTRICTED_FIELDS = ("drivers", "vulnerable")


class Pseudonymizer:
    """Keyed hashes: the same customer always gets the same pseudonym on this installation,
    and nobody without the key can tell who it is."""

    def __init__(self, key: bytes) -> None:
        self.key = key

    @classmethod
    def for_installation(cls) -> Pseudonymizer:
        path = config_dir() / "pseudonym.key"
        if not path.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "wb") as handle:
                handle.write(secrets.token_bytes(32))
        return cls(path.read_bytes())

    def __call__(self, value: str | None) -> str | None:
        if not value:
            return value
        digest = hmac.new(self.key, value.encode("utf-8"), hashlib.sha256).hexdigest()
        return f"P-{digest[:16]}"

    def payload(self, payload: dict[str, Any]) -> dict[str, Any]:
        clean: dict[str, Any] = {}
        for key, value in payload.items():
            if key == "customer" and isinstance(value, dict):
                clean[key] = {"id": self(value.get("id")), "language": value.get("language")}
            elif key in FREE_TEXT_FIELDS and isinstance(value, str) and value or \
                    key in RESTRICTED_FIELDS or key == "external_ref" and value:
                clean[key] = "[left out]"
            elif key == "imported" and isinstance(value, dict):
                # their ticket number re-identifies the customer to anyone with the old export
                clean[key] = {k: ("[left out]" if k == "reference" and v else v)
                              for k, v in value.items()}
            else:
                clean[key] = value
        return clean


def pseudonymized(rows: Iterator[dict[str, Any]], events: bool,
                  pseudo: Pseudonymizer) -> Iterator[dict[str, Any]]:
    for row in rows:
        if events:
            row["payload"] = pseudo.payload(row["payload"] or {})
        else:
            row["customer_id"] = pseudo(row["customer_id"])
        yield row
