"""A cache of validated banks, so start-up skips YAML parsing and whole-bank checks.

The key is a hash of the file's bytes and of this package's code: an edited bank or a new
version of qualify misses the cache. Entries are JSON re-validated by pydantic on load (fast,
in Rust), never pickles, so a tampered cache file cannot run code; a broken one is ignored.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from functools import cache
from pathlib import Path

from pydantic import ValidationError

from question_banks.loader import load_bank
from question_banks.schema import Bank

PACKAGE_DIR = Path(__file__).resolve().parent


@cache
def _code_fingerprint() -> bytes:
    digest = hashlib.sha256()
    for source in sorted(PACKAGE_DIR.glob("*.py")):
        digest.update(source.read_bytes())
    return digest.digest()


def cache_key(data: bytes) -> str:
    return hashlib.sha256(_code_fingerprint() + data).hexdigest()


def load_bank_cached(path: Path, cache_dir: Path | None) -> Bank:
    """load_bank, through the cache when `cache_dir` is given. Problems raise as load_bank's."""
    if cache_dir is None:
        return load_bank(path)
    try:
        data = path.read_bytes()
    except OSError:
        return load_bank(path)  # reports the problem with its usual message
    entry = cache_dir / f"{cache_key(data)}.json"
    try:
        return Bank.model_validate_json(entry.read_bytes())
    except (OSError, ValidationError, ValueError):
        pass
    bank = load_bank(path)
    _store(entry, bank.model_dump_json().encode())
    return bank


def _store(entry: Path, payload: bytes) -> None:
    try:
        entry.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd, tmp = tempfile.mkstemp(dir=entry.parent, suffix=".tmp")
        with os.fdopen(fd, "wb") as out:
            out.write(payload)
        os.replace(tmp, entry)  # atomic: a reader never sees half an entry
    except OSError:
        pass  # a cache that cannot be written only costs time
