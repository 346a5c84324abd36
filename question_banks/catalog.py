"""Find every bank: the shipped ones, then the user's folders, where a same id replaces."""

from __future__ import annotations

import dataclasses
import gc
import hashlib
import json
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from question_banks.cache import (
    CachedBank,
    code_stamp,
    file_stamp,
    load_bank_data,
    read_or_none,
    write_atomic,
)
from question_banks.facts import check_facts
from question_banks.loader import bank_files, load_bank
from question_banks.model import Bank, decode_bank
from question_banks.problems import Problem, ProblemsError

SHIPPED_DIR = Path(__file__).resolve().parent
KEEP_CATALOGS = 8  # catalog entries kept in the cache folder (one per set of bank folders and files)
MAX_HEADER_BYTES = 1 << 20  # a catalog entry's first line: a few hundred bytes per bank and problem


@dataclass(frozen=True)
class BankEntry:
    bank: Bank
    source: Path
    shipped: bool
    replaces: Path | None = None  # the file of the bank this one replaces


@dataclass
class Catalog:
    entries: dict[str, BankEntry] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)

    def __contains__(self, bank_id: str) -> bool:
        return bank_id in self.entries

    def bank(self, bank_id: str) -> Bank:
        return self.entries[bank_id].bank

    def ids(self) -> list[str]:
        return list(self.entries)

    def banks(self) -> list[Bank]:
        return [e.bank for e in self.entries.values()]


def discover(
    extra_dirs: Sequence[Path] = (), *, shipped_dir: Path = SHIPPED_DIR, cache_dir: Path | None = None
) -> Catalog:
    """Load shipped banks, then each extra folder in order; problems are collected, not raised.

    With `cache_dir`, the whole result (banks and problems, cross-bank checks included) is cached
    there under a key of every file's stat data, and each valid bank under its bytes (cache.py).
    """
    folders = _survey(shipped_dir, extra_dirs)
    if cache_dir is None:
        return _build(folders, None)[0]
    key = _catalog_key(folders)
    if key is not None:
        cached = _read_catalog(cache_dir, key, folders)
        if cached is not None:
            return cached
    catalog, payloads = _build(folders, cache_dir)
    # A file changed while it was loaded would be cached under stat data it no longer has.
    if key is not None and payloads is not None and _catalog_key(_survey(shipped_dir, extra_dirs)) == key:
        _write_catalog(cache_dir, key, catalog, payloads)
    return catalog


@dataclass
class _Folder:
    path: Path
    shipped: bool
    problem: Problem | None = None  # the folder is missing or unreadable
    readable: bool = True  # False: a problem that may go away by itself (permissions, I/O)
    files: list[Path] = field(default_factory=list)


def _survey(shipped_dir: Path, extra_dirs: Sequence[Path]) -> list[_Folder]:
    folders = [_Folder(shipped_dir, shipped=True)]
    for folder in extra_dirs:
        if not folder.is_dir():
            folders.append(_Folder(folder, False, Problem(str(folder), "bank folder not found")))
        else:
            folders.append(_Folder(folder, shipped=False))
    for folder in folders:
        if folder.problem is not None:
            continue
        try:
            folder.files = bank_files(folder.path)
        except OSError as exc:
            folder.problem = Problem(str(folder.path), f"cannot read the folder: {exc.strerror}")
            folder.readable = False
    return folders


def _catalog_key(folders: list[_Folder]) -> str | None:
    """A hash of the code, every folder's state and every file's stat data.

    None when something is unreadable or was changed too recently for its stat data to be trusted:
    the banks then load through their per-file entries, keyed by their bytes.
    """
    now = time.time_ns()
    code = code_stamp(now)
    if code is None:
        return None
    parts: list[object] = [code]
    for folder in folders:
        if not folder.readable:
            return None
        parts.append([str(folder.path), folder.shipped, folder.problem and folder.problem.message])
        for path in folder.files:
            stamp = file_stamp(path, now)
            if stamp is None:
                return None
            parts.append([str(path), *stamp])
    return hashlib.sha256(json.dumps(parts).encode()).hexdigest()


def _build(folders: list[_Folder], cache_dir: Path | None) -> tuple[Catalog, dict[Path, bytes] | None]:
    """Load every folder's banks; with the JSON of each bank, or None if the result is not cacheable."""
    catalog = Catalog()
    payloads: dict[Path, bytes] | None = {}
    for folder in folders:
        if folder.problem is not None:
            catalog.problems.append(folder.problem)
            continue
        for path in folder.files:
            data = None if cache_dir is None else read_or_none(path)
            try:
                if cache_dir is None or data is None:
                    loaded = CachedBank(load_bank(path), None)  # load_bank reports an unreadable file
                else:
                    loaded = load_bank_data(path, data, cache_dir)
            except ProblemsError as exc:
                catalog.problems.extend(exc.problems)
                if data is None:
                    payloads = None  # may be readable next time: do not cache the problem
                continue
            if payloads is not None and loaded.payload is not None:
                payloads[path] = loaded.payload
            else:
                payloads = None
            _add(catalog, loaded.bank, path, shipped=folder.shipped)
    catalog.problems.extend(check_facts((e.bank, e.source) for e in catalog.entries.values()))
    return catalog, payloads


def _add(catalog: Catalog, bank: Bank, path: Path, *, shipped: bool) -> None:
    previous = catalog.entries.get(bank.id)
    if previous is not None and (shipped or not previous.shipped):
        catalog.problems.append(
            Problem(
                str(path),
                f"bank id '{bank.id}' is already defined in {previous.source}; this file is ignored",
            )
        )
        return
    catalog.entries[bank.id] = BankEntry(
        bank=bank,
        source=path,
        shipped=shipped,
        replaces=previous.source if previous is not None else None,
    )


# The header line of a catalog entry, checked by hand: two pydantic models for it cost ~7 ms of
# import in every process, for a few hundred bytes.
_ENTRY_FIELDS: dict[str, tuple[type, ...]] = {
    "source": (str,),
    "shipped": (bool,),
    "replaces": (str, type(None)),
    "size": (int,),
}
_PROBLEM_FIELDS: dict[str, tuple[type, ...]] = {
    "source": (str,),
    "message": (str,),
    "path": (str,),
    "line": (int, type(None)),
    "column": (int, type(None)),
}


def _fields(raw: object, types: dict[str, tuple[type, ...]]) -> dict[str, Any]:
    """`raw` if it is a JSON object with exactly these keys, each of its type; else ValueError."""
    if type(raw) is not dict or raw.keys() != types.keys():
        raise ValueError("not the expected object")
    for name, allowed in types.items():
        if type(raw[name]) not in allowed:  # type(), not isinstance: true is not a size
            raise ValueError(f"{name}: not a {allowed}")
    return raw


def _catalog_file(cache_dir: Path, key: str) -> Path:
    return cache_dir / f"catalog-{key}.cache"


def _read_catalog(cache_dir: Path, key: str, folders: list[_Folder]) -> Catalog | None:
    """The catalog stored under `key`: a JSON header line, then each bank's JSON, back to back.

    Each bank is read and decoded on its own rather than as one document: the memory the read
    uses for one bank is reused for the next, where one 300 kB document cost a new process a few
    hundred more page faults (~1 ms).
    """
    # Validation makes thousands of objects, none in a cycle: collections it would trigger meanwhile
    # would walk the whole heap for nothing.
    collecting = gc.isenabled()
    gc.disable()
    try:
        with _catalog_file(cache_dir, key).open("rb") as entry:
            return _parse_catalog(entry, key, folders)
    except (OSError, ValueError, RecursionError):  # RecursionError: json.loads, nested
        return None
    finally:
        if collecting:
            gc.enable()


def _parse_catalog(entry: BinaryIO, key: str, folders: list[_Folder]) -> Catalog | None:
    line = entry.readline(MAX_HEADER_BYTES)
    header = json.loads(line) if line.endswith(b"\n") else None
    if type(header) is not dict or header.keys() != {"key", "entries", "problems"} or header["key"] != key:
        return None  # not a header, or an entry copied under another name
    if type(header["entries"]) is not list or type(header["problems"]) is not list:
        return None
    metas = [_fields(raw, _ENTRY_FIELDS) for raw in header["entries"]]
    problems = [Problem(**_fields(raw, _PROBLEM_FIELDS)) for raw in header["problems"]]
    # Each bank must come from a file just surveyed, as shipped or not: the key's own file list.
    shipped = {str(path): folder.shipped for folder in folders for path in folder.files}
    catalog = Catalog(problems=problems)
    for meta in metas:
        if shipped.get(meta["source"]) is not meta["shipped"] or (
            meta["replaces"] is not None and meta["replaces"] not in shipped
        ):
            return None
        if meta["size"] < 0:
            return None
        data = entry.read(meta["size"])
        if len(data) != meta["size"]:
            return None
        bank = decode_bank(data)
        replaces = None if meta["replaces"] is None else Path(meta["replaces"])
        catalog.entries[bank.id] = BankEntry(bank, Path(meta["source"]), meta["shipped"], replaces)
    if entry.read(1) or len(catalog.entries) != len(metas):
        return None  # not the entry that was written
    return catalog


def _write_catalog(cache_dir: Path, key: str, catalog: Catalog, payloads: dict[Path, bytes]) -> None:
    # Each bank's JSON was checked to read back equal when it was cached on its own: reused as is.
    banks = [payloads[entry.source] for entry in catalog.entries.values()]
    header = {
        "key": key,
        "entries": [
            {
                "source": str(entry.source),
                "shipped": entry.shipped,
                "replaces": None if entry.replaces is None else str(entry.replaces),
                "size": len(bank),
            }
            for entry, bank in zip(catalog.entries.values(), banks, strict=True)
        ],
        "problems": [dataclasses.asdict(p) for p in catalog.problems],
    }
    # json.dumps escapes every newline, so the header is exactly the first line.
    write_atomic(_catalog_file(cache_dir, key), json.dumps(header).encode() + b"\n" + b"".join(banks))
    _prune(cache_dir)


def _prune(cache_dir: Path) -> None:
    # Each set of folders and file versions gets its own catalog entry: keep the latest few.
    try:
        found = [(p.stat().st_mtime_ns, p) for p in cache_dir.glob("catalog-*.cache")]
        for _, old in sorted(found, reverse=True)[KEEP_CATALOGS:]:
            old.unlink()
    except OSError:
        pass
