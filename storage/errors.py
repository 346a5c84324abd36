"""The storage layer's one exception, importable without SQLAlchemy (the UI needs it at start-up)."""

from __future__ import annotations


class StorageError(Exception):
    """A database problem explained for people: what happened, to which file, what to do."""
