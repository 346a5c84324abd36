"""Persistence: SQLAlchemy models, sessions and migrations (see the storage issue).

Never imports textual or the UI.
"""
