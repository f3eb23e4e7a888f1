"""Walk raw/ (read-only) and yield each input's bytes: files, and the records inside LactMed
.tar.gz archives, streamed one member at a time without extracting anything to disk."""

from __future__ import annotations

import tarfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from pipeline.ingest.parsed import SourceFile

ARCHIVE_SUFFIXES = (".tar.gz", ".tgz", ".tar")
RECORD_SUFFIXES = (".nxml", ".xml")
SKIP_NAMES = {"README.md", ".gitkeep", ".DS_Store"}
MAX_MEMBER_BYTES = 50 * 1024 * 1024


@dataclass(frozen=True)
class FailedSource:
    source_path: str
    code: str
    message: str
    stage: str = "read"


def is_archive(path: str) -> bool:
    return path.lower().endswith(ARCHIVE_SUFFIXES)


def list_inputs(raw: Path) -> list[Path]:
    """Every input file below raw/, in a stable order (by relative path)."""
    files = [
        p
        for p in raw.rglob("*")
        if p.is_file() and p.name not in SKIP_NAMES and not p.name.startswith(".")
    ]
    return sorted(files, key=lambda p: p.relative_to(raw).as_posix())


def _ended_cleanly(tar: tarfile.TarFile) -> bool:
    """True if iteration stopped at a real end-of-archive marker.

    tarfile ends iteration quietly on a truncated or garbled header after the first member, so
    a damaged archive would silently lose its later records; a proper end is a zero block.
    Reading the compressed stream to its end also checks its length and checksum.
    """
    fileobj = tar.fileobj
    if fileobj is None:
        return True
    fileobj.seek(tar.offset)
    block = fileobj.read(tarfile.BLOCKSIZE)
    if len(block) != tarfile.BLOCKSIZE or block.count(0) != tarfile.BLOCKSIZE:
        return False
    while fileobj.read(1 << 20):
        pass
    return True


def iter_archive(data_path: Path, rel: str) -> Iterator[SourceFile | FailedSource]:
    """Records of a LactMed bulk archive, one member at a time."""
    try:
        with tarfile.open(data_path, mode="r:*") as tar:
            for member in tar:
                name = member.name
                path = PurePosixPath(name)
                if not name.lower().endswith(RECORD_SUFFIXES):
                    continue
                if path.is_absolute() or ".." in path.parts:
                    yield FailedSource(
                        f"{rel}!{name}",
                        "unsafe_member",
                        f"archive member {name!r} has an absolute or parent path; it was "
                        "skipped (nothing is ever extracted to disk)",
                    )
                    continue
                if not member.isfile():
                    continue
                if member.size > MAX_MEMBER_BYTES:
                    yield FailedSource(
                        f"{rel}!{name}",
                        "too_large",
                        f"archive member is {member.size} bytes, over the "
                        f"{MAX_MEMBER_BYTES}-byte limit for one record",
                    )
                    continue
                fh = tar.extractfile(member)
                if fh is None:
                    continue
                yield SourceFile(f"{rel}!{name}", fh.read())
            if not _ended_cleanly(tar):
                yield FailedSource(
                    rel,
                    "bad_archive",
                    f"the archive is truncated or damaged at byte {tar.offset} of its contents "
                    "(no end-of-archive marker where the next entry should be); records read "
                    "before the damage were kept: re-download the archive",
                )
    except (tarfile.TarError, EOFError, OSError, zlib.error) as exc:
        yield FailedSource(
            rel,
            "bad_archive",
            f"cannot read the archive ({exc.__class__.__name__}: {exc}); records read before "
            "the damage were kept: re-download the archive",
        )


def iter_sources(raw: Path) -> Iterator[SourceFile | FailedSource]:
    for path in list_inputs(raw):
        rel = path.relative_to(raw).as_posix()
        if is_archive(rel):
            yield from iter_archive(path, rel)
            continue
        try:
            yield SourceFile(rel, path.read_bytes())
        except OSError as exc:
            yield FailedSource(rel, "unreadable", f"cannot read the file: {exc}")
