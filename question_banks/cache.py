"""A cache of validated banks, so start-up skips YAML parsing and whole-bank checks.

Keys hash the file's bytes and this package's code: an edited bank or a new version of qualify
misses the cache. Entries are the runtime banks of model.py as JSON (model.encode_bank), never
pickles, so a cache file cannot run code; one that does not read back as a bank is ignored. Reading
them needs neither YAML nor pydantic: a warm start imports neither. Only a bank that reads back
equal to the one loaded from YAML is stored, so a hit hands out the very same bank.

This module holds one entry per bank file; catalog.py adds one entry per whole catalog on top.
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
import sys
import tempfile
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from question_banks.loader import load_bank
from question_banks.model import Bank, decode_bank, encode_bank

PACKAGE_DIR = Path(__file__).resolve().parent
LAYOUT = "qualify bank cache 3"  # bump when the layout of entries changes
# Besides this package's code, what decides a cached bank: how YAML is read (PyYAML, libyaml or not;
# also its error messages, cached as problems), what pydantic accepts, Python itself. Named by the
# files those packages are installed as, so that nothing is imported to know them.
TOOLS = ("yaml", "_yaml", "pydantic", "pydantic_core")


@cache
def _tools() -> str:
    stamps: list[object] = [LAYOUT, sys.version]
    for name in TOOLS:
        spec = importlib.util.find_spec(name)
        origin = spec.origin if spec is not None else None
        try:
            st = os.stat(origin) if origin else None
        except OSError:
            st = None
        stamps.append((name, origin, st and (st.st_size, st.st_mtime_ns)))
    return repr(stamps)


@cache
def code_fingerprint() -> bytes:
    # A change of this package's code or of the tools it relies on must miss every entry.
    digest = hashlib.sha256(_tools().encode() + b"\0")
    for source in sorted(PACKAGE_DIR.glob("*.py")):
        digest.update(source.name.encode() + b"\0")
        digest.update(source.read_bytes())
    return digest.digest()


def cache_key(data: bytes) -> str:
    digest = hashlib.sha256(code_fingerprint())
    digest.update(data)
    return digest.hexdigest()


# A file changed less than this long ago may change again within the same timestamp tick (coarse
# clocks, FAT's 2 s) and keep the same stat data: then only its bytes can tell, as for racy git.
SETTLED_NS = 2_000_000_000


def file_stamp(path: Path | str, now_ns: int) -> tuple[int, ...] | None:
    """Stat data that changes whenever the file's bytes do; None if unreadable or too recent.

    ctime is the guard: any write or rename sets it, to the current time, and no tool can set it
    back (mtime alone can be restored by cp -p, tar or rsync with older bytes). So a file whose
    ctime is settled and unchanged still holds the bytes it held when the stamp was taken.
    """
    try:
        st = os.stat(path)
    except OSError:
        return None
    if now_ns - max(st.st_mtime_ns, st.st_ctime_ns) < SETTLED_NS:
        return None
    return (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns)


def code_stamp(now_ns: int) -> list[object] | None:
    """Like code_fingerprint, from stat data: cheap enough to take on every start."""
    stamps: list[object] = [_tools()]
    with os.scandir(PACKAGE_DIR) as found:  # not glob: its pattern compiles a regex in every process
        sources = sorted((e.name, e.path) for e in found if e.name.endswith(".py"))
    for name, source in sources:
        stamp = file_stamp(source, now_ns)
        if stamp is None:
            return None
        stamps.append([name, *stamp])
    return stamps


@dataclass(frozen=True)
class CachedBank:
    bank: Bank
    payload: bytes | None  # JSON that reads back as an equal bank; None when it cannot


def load_bank_cached(path: Path, cache_dir: Path | None) -> Bank:
    """load_bank, through the cache when `cache_dir` is given. Problems raise as load_bank's."""
    if cache_dir is None:
        return load_bank(path)
    try:
        data = path.read_bytes()
    except OSError:
        return load_bank(path)  # reports the problem with its usual message
    return load_bank_data(path, data, cache_dir).bank


def load_bank_data(path: Path, data: bytes, cache_dir: Path) -> CachedBank:
    """The bank of `path`, whose bytes the caller read as `data`, through the cache."""
    entry = cache_dir / f"{cache_key(data)}.json"
    try:
        payload = entry.read_bytes()
        return CachedBank(decode_bank(payload), payload)
    except (OSError, ValueError):
        pass
    bank = load_bank(path)  # raises ProblemsError: a broken bank is never stored
    payload = faithful_payload(bank)
    # load_bank read the file again: store only if that was still the content the key names.
    if payload is not None and read_or_none(path) == data:
        write_atomic(entry, payload)
    return CachedBank(bank, payload)


def faithful_payload(bank: Bank) -> bytes | None:
    """The bank as JSON, or None if that would not read back as an equal bank.

    What JSON cannot carry (a date in a condition comes back as its ISO text) makes the bank
    uncacheable rather than subtly different.
    """
    try:
        payload = encode_bank(bank)
        same = decode_bank(payload) == bank
    except (TypeError, ValueError):
        return None
    return payload if same else None


def read_or_none(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except OSError:
        return None


def write_atomic(entry: Path, payload: bytes) -> None:
    try:
        entry.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd, tmp = tempfile.mkstemp(dir=entry.parent, suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as out:
                out.write(payload)
            os.replace(tmp, entry)  # atomic: a reader never sees half an entry
        except OSError:
            os.unlink(tmp)
            raise
    except OSError:
        pass  # a cache that cannot be written only costs time
