"""Desk keys and signed checkpoints: the pure rules (Ed25519 through ``cryptography``).

A checkpoint is a desk's signed statement "my chain ends here": desk id, desk sequence,
head hash and the time it was signed. Every event's hash covers the one before it, so one
signature vouches for the whole chain up to the head (see docs/security.md for why the
head hash and not a Merkle root). The signed bytes are canonical JSON, so every desk and
the server verify exactly what was signed.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import datetime

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)

from recovery_desk.domain.canonical import canonical_json, canonical_time

CHECKPOINT_FORMAT = "recovery-desk-checkpoint"
CHECKPOINT_VERSION = 1
#: hex digits of a fingerprint: 128 bits of the SHA-256 of the raw public key
FINGERPRINT_HEX = 32
#: a desk id: letters, digits, ``-`` and ``_``; never a path (``../../x``) or empty
DESK_ID_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$")
TRAINING_SUFFIX = "-TRAINING"
_HASH = re.compile(r"^[0-9a-f]{64}$")


class SignatureError(ValueError):
    """A key, signature or checkpoint that does not verify or is malformed."""


def valid_desk_id(desk_id: object) -> bool:
    return isinstance(desk_id, str) and DESK_ID_PATTERN.match(desk_id) is not None


def key_owner(desk_id: str) -> str:
    """The desk whose key signs ``desk_id``'s chain: a practice chain (``X-TRAINING``)
    is signed by its desk's key."""
    if desk_id.endswith(TRAINING_SUFFIX) and len(desk_id) > len(TRAINING_SUFFIX):
        return desk_id[:-len(TRAINING_SUFFIX)]
    return desk_id


def new_private_key() -> Ed25519PrivateKey:
    return Ed25519PrivateKey.generate()


def private_key_bytes(key: Ed25519PrivateKey) -> bytes:
    return key.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                             serialization.NoEncryption())


def private_key_from_bytes(raw: bytes) -> Ed25519PrivateKey:
    try:
        return Ed25519PrivateKey.from_private_bytes(raw)
    except ValueError as exc:
        raise SignatureError("not an Ed25519 private key") from exc


def public_key_hex(key: Ed25519PrivateKey | Ed25519PublicKey) -> str:
    public = key.public_key() if isinstance(key, Ed25519PrivateKey) else key
    return public.public_bytes(serialization.Encoding.Raw,
                               serialization.PublicFormat.Raw).hex()


def public_key_from_hex(text: str) -> Ed25519PublicKey:
    try:
        raw = bytes.fromhex(text)
        return Ed25519PublicKey.from_public_bytes(raw)
    except (ValueError, TypeError) as exc:
        raise SignatureError("not an Ed25519 public key") from exc


def fingerprint(public_hex: str) -> str:
    """The key's fingerprint as people compare it: ``3fa2-91bc-…`` (8 groups of 4)."""
    digest = hashlib.sha256(bytes.fromhex(public_hex)).hexdigest()[:FINGERPRINT_HEX]
    return "-".join(digest[i:i + 4] for i in range(0, FINGERPRINT_HEX, 4))


def normalize_fingerprint(text: str) -> str | None:
    """A fingerprint as typed (any case, with spaces, ``:`` or ``-``) in the shown form,
    or None when it is not one."""
    digits = re.sub(r"[\s:-]", "", text or "").lower()
    if len(digits) != FINGERPRINT_HEX or not re.fullmatch(r"[0-9a-f]+", digits):
        return None
    return "-".join(digits[i:i + 4] for i in range(0, FINGERPRINT_HEX, 4))


@dataclass(frozen=True)
class Checkpoint:
    """A desk's signed head: everything up to ``desk_seq`` is vouched for by ``signature``."""

    desk_id: str
    desk_seq: int
    head_hash: str
    signed_at: datetime
    key: str          # the signer's public key, hex
    signature: str    # Ed25519 signature over ``message()``, hex

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.key)

    def message(self) -> bytes:
        return checkpoint_message(self.desk_id, self.desk_seq, self.head_hash,
                                  self.signed_at, self.key)

    def as_json(self) -> dict[str, object]:
        return {"desk_id": self.desk_id, "desk_seq": self.desk_seq,
                "head_hash": self.head_hash, "signed_at": canonical_time(self.signed_at),
                "key": self.key, "signature": self.signature}


def checkpoint_message(desk_id: str, desk_seq: int, head_hash: str, signed_at: datetime,
                       key: str) -> bytes:
    return canonical_json({"format": CHECKPOINT_FORMAT, "version": CHECKPOINT_VERSION,
                           "desk": desk_id, "desk_seq": desk_seq, "head": head_hash,
                           "signed_at": canonical_time(signed_at), "key": key}).encode("utf-8")


def sign_checkpoint(key: Ed25519PrivateKey, desk_id: str, desk_seq: int, head_hash: str,
                    signed_at: datetime) -> Checkpoint:
    public = public_key_hex(key)
    signature = key.sign(checkpoint_message(desk_id, desk_seq, head_hash, signed_at, public))
    return Checkpoint(desk_id=desk_id, desk_seq=desk_seq, head_hash=head_hash,
                      signed_at=signed_at, key=public, signature=signature.hex())


def verify_checkpoint(checkpoint: Checkpoint) -> None:
    """Raise SignatureError unless ``checkpoint`` is well formed and signed by its key."""
    if not valid_desk_id(checkpoint.desk_id):
        raise SignatureError(f"invalid desk id {checkpoint.desk_id!r}")
    if not isinstance(checkpoint.desk_seq, int) or checkpoint.desk_seq < 0:
        raise SignatureError("invalid desk sequence")
    if not _HASH.match(checkpoint.head_hash or ""):
        raise SignatureError("invalid head hash")
    public = public_key_from_hex(checkpoint.key)
    try:
        public.verify(bytes.fromhex(checkpoint.signature), checkpoint.message())
    except (InvalidSignature, ValueError, TypeError) as exc:
        raise SignatureError("the signature does not match") from exc


def checkpoint_from_json(data: object) -> Checkpoint:
    """Parse a checkpoint from a bundle or a server row; raises SignatureError."""
    if not isinstance(data, dict):
        raise SignatureError("a checkpoint must be an object")
    try:
        signed_at = datetime.fromisoformat(str(data["signed_at"]).replace("Z", "+00:00"))
        if signed_at.tzinfo is None:
            raise ValueError("naive time")
        return Checkpoint(desk_id=str(data["desk_id"]), desk_seq=int(data["desk_seq"]),
                          head_hash=str(data["head_hash"]), signed_at=signed_at,
                          key=str(data["key"]), signature=str(data["signature"]))
    except (KeyError, ValueError, TypeError) as exc:
        raise SignatureError("a checkpoint is malformed") from exc
