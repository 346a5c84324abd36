"""The exports log: which files each lead's interviews were exported to (SQLite and PostgreSQL)."""

from __future__ import annotations

from pathlib import Path

from storage.repository import Store


def test_exports_are_logged_per_lead(db_url: str, tmp_path: Path) -> None:
    store = Store.open(db_url)
    a = store.create_lead("Ann", "A")
    b = store.create_lead("Bob", "B")
    ia = store.start_interview(a.id, "camille", ["bant"], "en").id
    ib = store.start_interview(b.id, "camille", ["bant"], "en").id
    store.record_export(ia, tmp_path / "ann.md", "md")
    store.record_export(ib, tmp_path / "bob.csv", "csv")
    store.record_export(ia, tmp_path / "ann.md", "md")  # exported twice to the same file: listed once
    store.record_export(ia, tmp_path / "ann.json", "json")
    assert store.exports_of_lead(a.id) == [str(tmp_path / "ann.md"), str(tmp_path / "ann.json")]
    report = store.forget_lead(a.id)
    assert report.exports == (str(tmp_path / "ann.md"), str(tmp_path / "ann.json"))
    assert report.wal_cleared
    assert store.exports_of_lead(a.id) == []
    assert store.exports_of_lead(b.id) == [str(tmp_path / "bob.csv")]
    store.close()
