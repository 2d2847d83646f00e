"""Read a bundle file as hostile input: every size is bounded before it is read.

Before anything is decompressed: the file's size, and the zip's own directory (how many
members, how big it is) read from its last bytes. Then, from the directory: only the two
members a bundle has, no duplicates, each declared size and compression ratio within
bounds. Then each member is read with a hard limit whatever it declared, and the events
line by line, each line bounded too. A zip bomb or a 300 MB manifest therefore costs a few
kilobytes of memory before it is refused.
"""

from __future__ import annotations

import hashlib
import struct
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import IO

MANIFEST = "manifest.json"
EVENTS = "events.jsonl"
MEMBERS = (MANIFEST, EVENTS)

MAX_BUNDLE_BYTES = 256 * 1024 * 1024       # the file as it lies in the folder
MAX_MANIFEST_BYTES = 64 * 1024             # a manifest is well under 2 KB
MAX_EVENTS_BYTES = 512 * 1024 * 1024       # 50,000 events of at most ~10 KB each
MAX_LINE_BYTES = 1024 * 1024               # one event
_CHUNK_BYTES = 1024 * 1024                 # events.jsonl is read this much at a time
#: uncompressed/compressed; events compress about 8:1, a bomb a thousand to one
MAX_RATIO = 64
_EOCD = b"PK\x05\x06"
_EOCD_SIZE = 22
_MAX_DIRECTORY_BYTES = 4096


class BundleRejected(ValueError):
    """The file is not a bundle this desk may read; ``str()`` says why, for people."""


def check_file(path: Path) -> int:
    """The file's size, or BundleRejected: not a regular file, or too large."""
    try:
        if not path.is_file():
            raise BundleRejected("is not a file (a folder or device named like a bundle)")
        size = path.stat().st_size
    except OSError as exc:
        raise BundleRejected(f"cannot be read: {exc.strerror}") from exc
    if size > MAX_BUNDLE_BYTES:
        raise BundleRejected(f"is {size:,} bytes, more than a bundle may be "
                             f"({MAX_BUNDLE_BYTES:,})")
    return size


def _check_directory(handle: IO[bytes], size: int) -> None:
    """The zip directory's record, read from the file's end before zipfile reads anything:
    at most two members, a small directory (a bundle has no archive comment)."""
    if size < _EOCD_SIZE:
        raise BundleRejected("is not a readable bundle (truncated or damaged)")
    handle.seek(size - _EOCD_SIZE)
    tail = handle.read(_EOCD_SIZE)
    if tail[:4] != _EOCD:
        raise BundleRejected("is not a readable bundle (truncated or damaged, or not a "
                             "zip written by Recovery Desk)")
    _sig, _disk, _cd_disk, _here, entries, cd_size, _cd_offset, comment = struct.unpack(
        "<4sHHHHIIH", tail)
    if comment or entries > len(MEMBERS) or cd_size > _MAX_DIRECTORY_BYTES:
        raise BundleRejected(f"has {entries} members in a {cd_size:,}-byte directory; a "
                             "bundle has exactly manifest.json and events.jsonl")


def _members(archive: zipfile.ZipFile) -> dict[str, zipfile.ZipInfo]:
    infos = archive.infolist()
    names = [info.filename for info in infos]
    if len(names) != len(set(names)):
        raise BundleRejected("has duplicate members (a bundle has each file once)")
    if sorted(names) != sorted(MEMBERS):
        raise BundleRejected(f"holds {', '.join(names) or 'nothing'}; a bundle holds exactly "
                             "manifest.json and events.jsonl")
    members = {info.filename: info for info in infos}
    for name, limit in ((MANIFEST, MAX_MANIFEST_BYTES), (EVENTS, MAX_EVENTS_BYTES)):
        info = members[name]
        if info.file_size > limit:
            raise BundleRejected(f"its {name} would unpack to {info.file_size:,} bytes, more "
                                 f"than allowed ({limit:,})")
        if info.file_size > 4096 and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            ratio = info.file_size // max(1, info.compress_size)
            raise BundleRejected(f"its {name} is compressed {ratio:,} to 1, like a zip bomb")
    return members


def _read_bounded(stream: IO[bytes], limit: int, name: str) -> bytes:
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise BundleRejected(f"its {name} is larger than allowed ({limit:,} bytes)")
    return data


_READ_ERRORS = (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, zlib.error,
                NotImplementedError, RuntimeError, OSError, struct.error)


def _bounded_line(size: int) -> None:
    if size > MAX_LINE_BYTES:
        raise BundleRejected(f"an event is larger than allowed ({MAX_LINE_BYTES:,} bytes)")


class BoundedBundle:
    """An open bundle: its manifest's bytes, then its events line by line (bounded)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        size = check_file(path)
        try:
            self._handle = open(path, "rb")  # noqa: SIM115 - closed by close()
        except OSError as exc:
            raise BundleRejected(f"cannot be read: {exc.strerror}") from exc
        try:
            _check_directory(self._handle, size)
            self._handle.seek(0)
            self._archive = zipfile.ZipFile(self._handle)
            self._members = _members(self._archive)
        except BundleRejected:
            self._handle.close()
            raise
        except _READ_ERRORS as exc:
            self._handle.close()
            raise BundleRejected("is not a readable bundle (truncated or damaged)") from exc

    def manifest_bytes(self) -> bytes:
        try:
            with self._archive.open(self._members[MANIFEST]) as stream:
                return _read_bounded(stream, MAX_MANIFEST_BYTES, MANIFEST)
        except _READ_ERRORS as exc:
            raise BundleRejected("its manifest cannot be read (truncated or damaged)") from exc

    def event_lines(self, declared_bytes: int, digest: hashlib._Hash) -> Iterator[bytes]:
        """Each line of events.jsonl, at most ``declared_bytes`` in all (the manifest's
        figure, itself bounded); ``digest`` is fed every byte read, for the checksum."""
        limit = min(declared_bytes, MAX_EVENTS_BYTES)
        total = 0
        try:
            with self._archive.open(self._members[EVENTS]) as stream:
                pending = b""  # a line begun in the chunk before
                # read a chunk at a time (a readline per event cost more than parsing it)
                while chunk := stream.read(_CHUNK_BYTES):
                    total += len(chunk)
                    if total > limit:
                        raise BundleRejected("its events are larger than its manifest says "
                                             "(corrupted or tampered)")
                    digest.update(chunk)
                    lines = (pending + chunk).split(b"\n")
                    pending = lines.pop()
                    for line in lines:
                        _bounded_line(len(line) + 1)
                        yield line
                    _bounded_line(len(pending))
                if pending:
                    yield pending
        except _READ_ERRORS as exc:
            raise BundleRejected("its events cannot be read (truncated or damaged)") from exc

    def close(self) -> None:
        self._archive.close()
        self._handle.close()

    def __enter__(self) -> BoundedBundle:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()
