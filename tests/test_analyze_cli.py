"""`qualify analyze FILE`, as a real process: the report, JSON, frameworks, languages, --save."""

from __future__ import annotations

import json
from pathlib import Path

from .conftest import run_cli

CALL = """\
Date: 2026-03-10

Léa (Qualify): Thanks for taking the time, Marc. What's the main problem today?
Marc Dupont: We lose about three hours a day re-keying orders. It's a must-have to fix this.
Léa (Qualify): How do you handle it today?
Marc Dupont: Right now it's all spreadsheets and copy-paste.
Léa (Qualify): Is there money set aside?
Marc Dupont: Yes, the budget is approved: 60k€ for this year.
Léa (Qualify): Who signs at the end?
Marc Dupont: Anne Morel, our CFO, has the final say. I'll make the recommendation.
Léa (Qualify): By when do you want to decide?
Marc Dupont: We need to choose a vendor by the end of April, because our contract with Oracle ends in June.
Léa (Qualify): Are you looking at anyone else?
Marc Dupont: We had a demo of Pipedrive last week.
"""


def _write(tmp_path: Path, text: str, name: str = "call.txt") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_text_report_per_framework_and_criterion(clean_env: dict[str, str], tmp_path: Path) -> None:
    done = run_cli("analyze", str(_write(tmp_path, CALL)), "--framework", "bant", env=clean_env)
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert "call date 2026-03-10" in out and "Léa (Qualify) (rep)" in out and "Marc Dupont (prospect)" in out
    assert "BANT" in out and "MEDDIC" not in out
    assert "budget.amount" in out and "60,000 EUR" in out and "[high]" in out
    assert "timeline.decision_date" in out and "2026-04-30" in out
    assert "Competitors: Pipedrive" in out
    assert (
        "       8  Marc Dupont: Yes, the budget is approved: 60k€ for this year." in out
    )  # the line it says


def test_json_report(clean_env: dict[str, str], tmp_path: Path) -> None:
    done = run_cli(
        "analyze", str(_write(tmp_path, CALL)), "--json", "--framework", "bant,meddic", env=clean_env
    )
    assert done.returncode == 0, done.stderr
    doc = json.loads(done.stdout)
    assert [f["id"] for f in doc["frameworks"]] == ["bant", "meddic"]
    facts = doc["facts"]
    assert facts["budget.amount"]["value"] == {"amount": 60000, "currency": "EUR"}
    assert facts["authority.economic_buyer_identified"]["name"] == "Anne Morel"
    assert facts["authority.role"]["value"] == "influencer"
    assert facts["competitors"]["value"] == ["Pipedrive"]
    assert facts["champion.named"]["status"] == "absent"
    evidence = facts["budget.allocated"]["evidence"][0]
    assert evidence == {
        "line": 8,
        "time": None,
        "speaker": "Marc Dupont",
        "text": "Yes, the budget is approved: 60k€ for this year.",
    }
    meddic = doc["frameworks"][1]
    champion = next(c for c in meddic["criteria"] if c["id"] == "champion")
    assert champion["status"] == "absent"
    statuses = {c["status"] for f in doc["frameworks"] for c in f["criteria"]}
    assert statuses <= {"found", "ambiguous", "absent", "unread"}


def test_every_framework_by_default_and_languages(clean_env: dict[str, str], tmp_path: Path) -> None:
    path = str(_write(tmp_path, CALL))
    doc = json.loads(run_cli("analyze", path, "--json", env=clean_env).stdout)
    assert {"bant", "meddic", "champ", "anum", "faint", "gpctba_ci", "soncase", "icp"} <= {
        f["id"] for f in doc["frameworks"]
    }
    fr = run_cli("analyze", path, "--framework", "bant", "--lang", "fr", env=clean_env)
    assert fr.returncode == 0 and "Budget — trouvé" in fr.stdout and "date de l'appel" in fr.stdout
    french = _write(
        tmp_path, "Commercial : Qui signe ?\nCliente : C'est notre DAF qui signe.\n" * 2, "fr.txt"
    )
    auto = json.loads(
        run_cli(
            "analyze", str(french), "--json", "--lang", "auto", "--framework", "bant", env=clean_env
        ).stdout
    )
    assert auto["lang"] == "fr" and auto["transcript_lang"] == "fr"
    before = run_cli("--lang", "fr", "analyze", path, "--framework", "bant", env=clean_env)
    assert "trouvé" in before.stdout  # the language setting, given before the command


def test_save_records_a_draft_interview_with_prefilled_answers(
    clean_env: dict[str, str], tmp_path: Path
) -> None:
    done = run_cli(
        "analyze", str(_write(tmp_path, CALL)), "--save", "--lead", "Marc Dupont", "--company", "Acme",
        "--framework", "bant,meddic", "--json", env=clean_env,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    saved = json.loads(done.stdout)["saved"]
    listed = json.loads(run_cli("interviews", "list", "--json", env=clean_env).stdout)
    (interview,) = listed if isinstance(listed, list) else listed["interviews"]
    assert interview["id"] == saved["interview_id"] and interview["status"] == "open"
    exported = json.loads(
        run_cli("export", str(saved["interview_id"]), "--format", "json", env=clean_env).stdout
    )
    answers = [e for e in exported["events"] if e["kind"] == "answer_given"]
    assert {e["question_id"] for e in answers} == {a["question"] for a in saved["answered"]}
    budget = next(e for e in answers if e["question_id"] == "bant.budget.amount")
    assert budget["payload"]["value"] == {"amount": 60000, "currency": "EUR"}
    assert budget["payload"]["source"] == "transcript" and budget["payload"]["confidence"] in (
        "high",
        "medium",
        "low",
    )
    assert budget["payload"]["evidence"][0]["line"] == 8
    (note,) = [e for e in exported["events"] if e["kind"] == "note"]
    assert note["payload"]["source"] == "transcript" and "bant.budget.amount" in note["payload"]["answers"]
    # Signals and verdicts follow as for a typed interview.
    summary = run_cli("export", str(saved["interview_id"]), "--format", "md", env=clean_env).stdout
    assert "Money is already set aside" in summary and "The need is a must-have" in summary


def test_bad_input_exits_2_without_a_traceback(clean_env: dict[str, str], tmp_path: Path) -> None:
    binary = tmp_path / "call.vtt"
    binary.write_bytes(b"WEBVTT\n\n\xff\xfe\x00\x00")
    for args, message in (
        ([str(binary)], f"{binary}:3: not UTF-8 text"),
        ([str(tmp_path / "missing.txt")], "no such file"),
        ([str(_write(tmp_path, '{"events": [}', "bad.json"))], "bad.json:1: not valid JSON"),
        ([str(_write(tmp_path, CALL)), "--save"], "--save needs --lead"),
        ([str(_write(tmp_path, CALL)), "--framework", "bnat"], "unknown bank 'bnat' (did you mean 'bant'?)"),
        ([str(_write(tmp_path, CALL)), "--date", "yesterday"], "--date wants a date"),
    ):
        done = run_cli("analyze", *args, env=clean_env)
        assert done.returncode == 2, (args, done.stdout, done.stderr)
        assert message in done.stderr, (args, done.stderr)
        assert "Traceback" not in done.stderr


def test_hostile_text_is_shown_not_obeyed(clean_env: dict[str, str], tmp_path: Path) -> None:
    hostile = (
        "Rep: Who signs?\nMarc: Our CFO signs.\n"
        "Rep: What's the problem?\n"
        "Marc: We lose 3 hours a day \x1b[31m[bold]re-keying[/]\x1b]8;;http://x\x07here \u202eevil.\n"
    )
    done = run_cli("analyze", str(_write(tmp_path, hostile)), "--framework", "bant", env=clean_env)
    assert done.returncode == 0, done.stderr
    assert "\x1b" not in done.stdout and "\u202e" not in done.stdout and "\x07" not in done.stdout
    assert "\\x1b[31m[bold]re-keying[/]\\x1b]8;;http://x\\x07here" in done.stdout
    assert "here \\u202eevil" in done.stdout
    as_json = run_cli("analyze", str(_write(tmp_path, hostile)), "--json", env=clean_env)
    assert "\u202e" not in as_json.stdout and json.loads(as_json.stdout)


async def test_the_live_screen_shows_prefilled_answers_until_the_rep_confirms(
    clean_env: dict[str, str], tmp_path: Path
) -> None:
    """A draft from a transcript resumes like any open call; its answers say where they come from."""
    import datetime as dt

    from textual.widgets import Input, OptionList, Static

    from interview.analysis.evidence import analyse
    from interview.analysis.save import save_draft
    from interview.analysis.transcript import read_transcript
    from interview.app_factory import build_context
    from interview.settings import load_settings
    from interview.tui.app import QualifyApp
    from interview.tui.screens.interview import InterviewScreen
    from storage.repository import Store

    from .conftest import wait_until

    url = f"sqlite:///{tmp_path}/q.db"
    context = build_context(load_settings({"rep": "Léa", "database_url": url}, clean_env))
    store = Store.open(url)
    analysis = analyse(read_transcript(_write(tmp_path, CALL)), dt.date(2026, 3, 10))
    saved = save_draft(
        store,
        context.engine(),
        context.catalog,
        analysis,
        lead_name="Marc",
        rep="Léa",
        frameworks=["bant"],
        lang="en",
    )
    store.close()
    assert ("budget.allocated", "bant.budget.allocated") in saved.answered

    app = QualifyApp(context)
    async with app.run_test(size=(100, 30)) as pilot:
        unfinished = app.screen.query_one("#unfinished", OptionList)
        await wait_until(app, pilot, lambda: unfinished.option_count == 1)
        unfinished.focus()
        unfinished.highlighted = 0
        await pilot.press("enter")
        await wait_until(
            app, pilot, lambda: isinstance(app.screen, InterviewScreen) and app.screen.judgements
        )
        screen = app.screen
        assert isinstance(screen, InterviewScreen)
        screen.ask("bant.budget.allocated")
        await pilot.pause()
        question = str(screen.query_one("#question", Static).render())
        assert "Yes, a budget is allocated" in question and "(from the transcript, to confirm)" in question
        screen.query_one("#answer", Input).value = "1"  # the rep confirms the same option
        await wait_until(app, pilot, lambda: "Saved" in str(screen.query_one("#status", Static).render()))
        screen.ask("bant.budget.allocated")
        await pilot.pause()
        question = str(screen.query_one("#question", Static).render())
        assert "Yes, a budget is allocated" in question and "from the transcript" not in question
