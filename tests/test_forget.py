"""`qualify forget` erases a lead from the file's very bytes, and names the exports it cannot reach."""

from __future__ import annotations

from pathlib import Path

from storage.repository import Store

from .conftest import run_cli

SECRETS = (
    "Quentin Zyxwvut",
    "Obscurium Holdings",
    "budget frozen until zanzibar",
    "callback after kryptonite",
)


def _record(url: str) -> int:
    store = Store.open(url)
    keep = store.create_lead("Kept Person", "Kept Co")
    store.append_event(store.start_interview(keep.id, "camille", ["bant"], "en").id, "note", 1.0, None, {})
    lead = store.create_lead(SECRETS[0], SECRETS[1])
    interview_id = store.start_interview(lead.id, "camille", ["bant"], "en").id
    store.append_event(interview_id, "answer_given", 1.0, "bant.need.pain", {"value": SECRETS[2]})
    store.append_event(interview_id, "note", 2.0, None, {"text": SECRETS[3]})
    store.add_comment(interview_id, 2.0, "manager", f"ask {SECRETS[0]} again")
    store.set_summary(interview_id, {"stage": "discovery", "lead": SECRETS[0]})
    store.close()
    return interview_id


def _bytes_of(path: Path) -> bytes:
    files = [path, path.with_name(path.name + "-wal")]
    return b"".join(f.read_bytes() for f in files if f.exists())


def test_forget_leaves_no_trace_in_the_file_and_lists_exports(
    clean_env: dict[str, str], tmp_path: Path
) -> None:
    path = tmp_path / "qualify.db"
    url = f"sqlite:///{path}"
    interview_id = _record(url)
    env = {**clean_env, "QUALIFY_DATABASE_URL": url}
    exported = []
    for fmt in ("md", "json"):
        out = tmp_path / "out" / f"quentin.{fmt}"
        done = run_cli("export", str(interview_id), "--format", fmt, "-o", str(out), env=env)
        assert done.returncode == 0, done.stderr
        exported.append(out.resolve())
    raw = _bytes_of(path)
    assert all(secret.encode() in raw for secret in SECRETS[:2])  # the test can see them at all

    done = run_cli("forget", "--lead", SECRETS[0], "--yes", env=env)
    assert done.returncode == 0, done.stderr
    assert "erased Quentin Zyxwvut: 1 lead, 1 interview(s), 2 event(s), 1 comment(s)" in done.stdout
    assert "exports made earlier (delete them yourself):" in done.stdout
    for out in exported:
        assert str(out) in done.stdout and out.exists()  # named, not deleted: they are the user's files
    raw = _bytes_of(path)
    for secret in (*SECRETS, "quentin.md"):
        assert secret.encode() not in raw, secret
        assert secret.encode("utf-16-le") not in raw, secret
    store = Store.open(url)  # the rest is intact
    assert [r.lead.name for r in store.list_interviews()] == ["Kept Person"]
    store.close()
