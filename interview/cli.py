"""The `qualify` command: argument parsing, sub-commands and exit codes.

Exit codes: 0 success, 1 a check found problems, 2 bad usage, settings or data that stop the app.
Heavy modules (Textual, the banks' validation) are imported only by the commands that need them.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import textwrap
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from interview import __version__
from interview.safe_text import printable
from interview.settings import FIELDS, LANGUAGES, Settings, SettingsError, load_settings

if TYPE_CHECKING:
    from interview.app_factory import AppContext, OpenScreen
    from question_banks.catalog import Catalog
    from question_banks.problems import Problem
    from question_banks.scenarios import ScenarioCatalog


class UsageError(Exception):
    """Something the user asked for that cannot be done; printed without a traceback."""


def _global_options(*, with_rep: bool = True) -> argparse.ArgumentParser:
    # SUPPRESS keeps flags the user did not give out of the namespace, so that a flag given before
    # the sub-command is not overwritten by the sub-parser's default, and settings can tell
    # "given" from "defaulted".
    common = argparse.ArgumentParser(add_help=False, argument_default=argparse.SUPPRESS)
    group = common.add_argument_group("settings (flags win over QUALIFY_* variables and the config file)")
    group.add_argument("--lang", choices=LANGUAGES, help="language of the interface and banks")
    if with_rep:  # `interviews list --rep` filters instead
        group.add_argument("--rep", metavar="NAME", help="the rep's name recorded on interviews")
    group.add_argument(
        "--db", dest="database_url", metavar="URL", help="database URL (default: SQLite, per user)"
    )
    group.add_argument("--banks", action="append", metavar="DIR", help="extra bank folder (repeatable)")
    group.add_argument("--profile", metavar="FILE", help="team profile (ICP targets) YAML file")
    group.add_argument("--keymap", metavar="SPEC", help="key overrides, e.g. 'lens=l,next_question=n'")
    group.add_argument("--config", dest="config_file", metavar="FILE", help="config file to read")
    return common


def build_parser() -> argparse.ArgumentParser:
    common = _global_options()
    parser = argparse.ArgumentParser(
        prog="qualify",
        description="Guided qualification interviews for B2B discovery calls (BANT, CHAMP, MEDDIC, "
        "GPCTBA/C&I, ANUM, FAINT, SONCASE, ICP), offline, in English and French.",
        parents=[common],
        epilog="Run without a command to open the app.",
    )
    parser.add_argument("--version", action="version", version=f"qualify {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    banks = commands.add_parser("banks", help="list, show, validate question banks", parents=[common])
    banks_cmd = banks.add_subparsers(dest="banks_command", metavar="ACTION", required=True)
    p = banks_cmd.add_parser("list", help="every bank found, shipped and user", parents=[common])
    p.add_argument("--json", action="store_true", help="print JSON")
    p = banks_cmd.add_parser("show", help="one whole bank", parents=[common])
    p.add_argument("bank_id", metavar="ID")
    p.add_argument("--json", action="store_true", help="print JSON")
    p = banks_cmd.add_parser("validate", help="check bank files or folders", parents=[common])
    p.add_argument("paths", metavar="PATH", nargs="+", type=Path)
    p.add_argument("--json", action="store_true", help="print the problems as JSON")
    banks_cmd.add_parser("schema", help="print the bank JSON Schema", parents=[common])

    p = commands.add_parser("score", help="score a file of answers without the UI", parents=[common])
    p.add_argument("answers_file", metavar="ANSWERS.yaml", type=Path)
    p.add_argument(
        "--framework", metavar="ID[,ID...]", help="frameworks to judge (default: those the answers touch)"
    )
    p.add_argument("--json", action="store_true", help="print JSON")

    p = commands.add_parser(
        "analyze",
        help="read a call transcript: each framework's criteria found, ambiguous or absent, with evidence",
        description="Read a transcript (plain text with or without 'Speaker: ' prefixes, WebVTT, SRT, or "
        "the JSON export of an interview's notes) and print, per framework and criterion, what the "
        "prospect said: found / ambiguous / absent, the value, the evidence lines, a confidence and why. "
        "The rep is told apart by who asks the questions; --rep (or the rep setting) names them.",
        parents=[_global_options()],
        conflict_handler="resolve",  # its own --lang, which also takes 'auto'
    )
    p.add_argument("transcript_file", metavar="FILE", type=Path)
    p.add_argument("--framework", metavar="ID[,ID...]", help="frameworks to report (default: all)")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.add_argument(
        "--lang",
        dest="analyze_lang",
        choices=("en", "fr", "auto"),
        help="language of the report; auto: the transcript's (default: the language setting)",
    )
    p.add_argument("--date", metavar="YYYY-MM-DD", help="the call's date (default: the transcript's)")
    p.add_argument("--save", action="store_true", help="record a draft interview pre-filled from it")
    p.add_argument("--lead", metavar="NAME", help="with --save: the lead's name")
    p.add_argument("--company", metavar="NAME", help="with --save: the lead's company")

    db = commands.add_parser("db", help="the database: upgrade its schema", parents=[common])
    db_cmd = db.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    db_cmd.add_parser("upgrade", help="create or upgrade the schema", parents=[common])
    db_cmd.add_parser("path", help="print the database URL in use", parents=[common])
    p = db_cmd.add_parser(
        "backup", help="copy the SQLite database safely, even while the app runs", parents=[common]
    )
    p.add_argument("file", type=Path, metavar="FILE", help="where to write the copy")
    p.add_argument("--force", action="store_true", help="replace FILE if it exists")

    interviews = commands.add_parser("interviews", help="recorded interviews", parents=[common])
    interviews_cmd = interviews.add_subparsers(dest="interviews_command", metavar="ACTION", required=True)
    p = interviews_cmd.add_parser(
        "list",
        help="list interviews, newest first, or sorted and filtered by any column",
        description="Recorded interviews: lead, company, rep, frameworks, duration, verdicts, stage, "
        "red flags. Filters combine; text filters are case-insensitive 'contains'.",
        epilog="Sort columns: started, lead, company, rep, duration, stage, red_flags, verdict:ID, "
        "score:ID (one framework's verdict or score, e.g. verdict:bant). started, duration, red_flags, "
        "verdict and score start largest (newest, best) first, the texts A to Z; --asc/--desc choose. "
        "Empty values (no company, open calls) come last either way. Next page: --after the last ID "
        "shown (stays fast however deep), or --offset N.",
        parents=[_global_options(with_rep=False)],
    )
    p.add_argument("--json", action="store_true", help="print JSON")
    p.add_argument("--lead", metavar="TEXT", help="lead or company contains TEXT")
    p.add_argument("--name", metavar="TEXT", help="the lead's name contains TEXT")
    p.add_argument("--company", metavar="TEXT", help="the company contains TEXT")
    p.add_argument("--rep", dest="filter_rep", metavar="NAME", help="interviews by this rep")
    p.add_argument("--framework", metavar="ID", help="interviews run with this framework")
    p.add_argument(
        "--verdict",
        choices=("qualified", "nurture", "disqualified", "insufficient"),
        help="a framework gave this verdict (the one of --framework, if given)",
    )
    p.add_argument(
        "--stage", choices=("mql", "sal", "sql", "opportunity", "recycled", "closed"), help="the lead's stage"
    )
    p.add_argument("--status", choices=("open", "ended"), help="open (unfinished) or ended calls")
    p.add_argument("--red-flags", dest="min_red_flags", type=int, metavar="N", help="at least N red flags")
    p.add_argument("--since", metavar="DATE", help="started on or after DATE (YYYY-MM-DD)")
    p.add_argument("--until", metavar="DATE", help="started on or before DATE (the whole day)")
    p.add_argument("--sort", metavar="COLUMN", default="started", help="order by COLUMN (see below)")
    direction = p.add_mutually_exclusive_group()
    direction.add_argument("--asc", dest="descending", action="store_false", default=None, help="ascending")
    direction.add_argument("--desc", dest="descending", action="store_true", default=None, help="descending")
    p.add_argument("--limit", type=int, default=200, metavar="N", help="at most N interviews (default 200)")
    p.add_argument("--offset", type=int, default=0, metavar="N", help="skip the first N")
    p.add_argument("--after", type=int, metavar="ID", help="the page after interview ID in this order")

    p = commands.add_parser("export", help="export an interview (Markdown, JSON, CSV)", parents=[common])
    p.add_argument("interview_id", metavar="ID", type=int)
    p.add_argument("--format", choices=("md", "json", "csv"), default="md")
    p.add_argument("-o", "--output", metavar="FILE", type=Path, help="write to FILE instead of stdout")

    p = commands.add_parser("import", help="import an interview exported as JSON", parents=[common])
    p.add_argument("file", metavar="FILE.json", type=Path)

    p = commands.add_parser("forget", help="erase a lead and everything about them", parents=[common])
    p.add_argument("--lead", required=True, metavar="NAME-OR-ID")
    p.add_argument("--yes", action="store_true", help="do not ask for confirmation")

    commands.add_parser("demo", help="record a few example interviews to explore", parents=[common])

    p = commands.add_parser(
        "stats",
        help="the team's figures over a period: verdicts, stages, signals, durations, reps",
        parents=[common],
    )
    p.add_argument("--since", metavar="DATE", help="first day included (default: 90 days ago)")
    p.add_argument("--until", metavar="DATE", help="last day included (default: today)")
    p.add_argument("--framework", metavar="ID", help="only interviews run with this framework")
    p.add_argument("--of-rep", dest="of_rep", metavar="NAME", help="only this rep's interviews")
    p.add_argument("--top", type=int, default=10, metavar="N", help="signals listed (default 10)")
    p.add_argument("--json", action="store_true", help="print JSON")

    commands.add_parser("browse", help="browse recorded interviews (opens the app)", parents=[common])
    p = commands.add_parser("replay", help="replay a recorded interview as it happened", parents=[common])
    p.add_argument("interview_id", metavar="ID", type=int)
    p = commands.add_parser(
        "compare", help="two interviews side by side, differences highlighted", parents=[common]
    )
    p.add_argument("first", metavar="ID", type=int)
    p.add_argument("second", metavar="ID", type=int)
    p.add_argument("--json", action="store_true", help="print the comparison as JSON instead")
    commands.add_parser("dashboard", help="the team's figures as charts (opens the app)", parents=[common])

    p = commands.add_parser("new", help="start an interview straight away", parents=[common])
    p.add_argument("--lead", required=True, metavar="NAME")
    p.add_argument("--company", metavar="NAME")
    p.add_argument("--framework", required=True, metavar="ID[,ID...]")

    p = commands.add_parser(
        "learn",
        help="framework cards: each letter, its questions, when it fits, limits, relations",
        description="The card of each framework: what each letter means and the questions asked under "
        "it, the order of the call, when it fits, its limits, origin and relations to the others. In a "
        "terminal it opens the app on the cards; piped or with --text it prints them; --json prints JSON "
        "(one card with ID, else a list).",
        parents=[common],
    )
    p.add_argument("bank_id", metavar="ID", nargs="?", help="one framework (default: all of them)")
    shown = p.add_mutually_exclusive_group()
    shown.add_argument("--json", action="store_true", help="print JSON")
    shown.add_argument("--text", action="store_true", help="print text, even in a terminal")
    p = commands.add_parser(
        "quiz",
        help="a quiz on the frameworks, with the score kept (opens the app)",
        description="Short questions generated from the banks (which letter does this question serve? "
        "is this answer a warning?), answered with a digit key, each answer explained. The score is "
        "recorded for the trainee at the end.",
        parents=[common],
    )
    p.add_argument("bank_id", metavar="ID", nargs="?", help="one framework (default: all of them)")
    p.add_argument("--count", type=int, default=10, metavar="N", help="questions asked (default 10)")
    p.add_argument("--seed", type=int, metavar="N", help="the same seed asks the same questions")
    p.add_argument("--trainee", metavar="NAME", help="whose score it is (default: the rep setting)")
    p = commands.add_parser(
        "train",
        help="practise a call against a scripted prospect, graded; list scenarios; trainees' progress",
        description="Practise the interview against a scenario's scripted prospect (opens the app): F5 "
        "asks the current question and the prospect replies; you record the answers. F10 grades the call "
        "(facts, must-ask questions, signals, order, verdicts) and keeps the score per trainee. --list "
        "shows the scenarios found (shipped and in the bank folders' scenarios/); --progress shows the "
        "graded attempts over time.",
        parents=[common],
    )
    p.add_argument("scenario_id", metavar="SCENARIO", nargs="?", help="the scenario to practise (see --list)")
    shown = p.add_mutually_exclusive_group()
    shown.add_argument("--list", action="store_true", help="list the scenarios found")
    shown.add_argument(
        "--progress", action="store_true", help="graded attempts over time, per trainee and scenario"
    )
    p.add_argument(
        "--exam", action="store_true", help="exam mode: no signals, tips, reasons or verdict until the grade"
    )
    p.add_argument(
        "--trainee",
        metavar="NAME",
        help="whose attempt it is (default: the rep setting); with --progress, only theirs",
    )
    p.add_argument("--json", action="store_true", help="print JSON (with --list or --progress)")

    p = commands.add_parser(
        "serve",
        help="open the app in a browser: this machine only, behind a one-time access token",
        description='Serve the app to a browser (needs the web extra: pip install "qualify[web]"). It '
        "listens on 127.0.0.1 and prints an address with a random access token; each browser tab runs "
        "its own app. Another address needs --allow-remote and --public-url; for a team, keep it on "
        "127.0.0.1 behind a reverse proxy with TLS and sign-in (see the README). Ctrl+C stops it and "
        "every app it runs.",
        parents=[common],
    )
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1)")
    p.add_argument("--port", type=int, default=8765, help="port (default: 8765; 0 picks a free one)")
    p.add_argument(
        "--public-url",
        metavar="URL",
        help="the address browsers use, e.g. https://qualify.example.com (behind a proxy; required "
        "with --allow-remote): only pages from it may connect",
    )
    p.add_argument(
        "--allow-remote", action="store_true", help="allow --host to be an address other machines reach"
    )
    p.add_argument(
        "--max-sessions", type=int, default=4, metavar="N", help="browser tabs served at once (default: 4)"
    )
    p.add_argument(
        "--user-header",
        metavar="NAME",
        help="behind a signing-in proxy: the request header naming the user (e.g. X-Forwarded-User), "
        "recorded as the rep of that tab's interviews; a tab without it is refused",
    )

    config = commands.add_parser("config", help="where settings come from", parents=[common])
    config_cmd = config.add_subparsers(dest="config_command", metavar="ACTION", required=True)
    config_cmd.add_parser("path", help="print the config file's path", parents=[common])
    p = config_cmd.add_parser("show", help="the effective settings and their sources", parents=[common])
    p.add_argument("--json", action="store_true", help="print JSON")
    return parser


def _settings(args: argparse.Namespace) -> Settings:
    flags = {name: getattr(args, name) for name in FIELDS if hasattr(args, name)}
    config_file = getattr(args, "config_file", None)
    return load_settings(flags, config_path=Path(config_file).expanduser() if config_file else None)


def main(argv: Sequence[str] | None = None) -> int:
    if os.environ.get("QUALIFY_SERVE_PARENT"):  # an app process of `qualify serve`: end with it
        from interview.web.parent_watch import watch_parent

        watch_parent()
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        settings = _settings(args)
        if args.command == "banks":
            return _banks(args, settings)
        if args.command == "config":
            return _config(args, settings)
        if args.command == "score":
            return _score(args, settings)
        if args.command == "analyze":
            return _analyze(args, settings)
        if args.command in _STORE_COMMANDS or (args.command == "compare" and args.json):
            return _with_store(args, settings)
        if args.command in _MANAGER_SCREENS:
            return _manager_screen(args, settings)
        if args.command == "new":
            return _run_app(settings, new=args)
        if args.command == "learn":
            return _learn(args, settings)
        if args.command == "quiz":
            return _quiz(args, settings)
        if args.command == "train":
            return _train(args, settings)
        if args.command == "serve":
            return _serve(args, settings)
        return _run_app(settings)
    except (SettingsError, UsageError) as exc:
        print(f"qualify: error: {printable(str(exc))}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `qualify banks show bant | head`
        return 0


def run() -> None:
    sys.exit(main())


# --- banks -------------------------------------------------------------------------------------


def _print_problems(problems: Sequence[Problem]) -> None:
    for problem in problems:
        print(printable(str(problem)), file=sys.stderr)


def _catalog(settings: Settings) -> Catalog:
    from question_banks.catalog import discover

    return discover(settings.banks)


def _banks(args: argparse.Namespace, settings: Settings) -> int:
    action = args.banks_command
    if action == "schema":
        from question_banks.schema import bank_json_schema

        print(json.dumps(bank_json_schema(), indent=2, ensure_ascii=False))
        return 0
    if action == "validate":
        return _banks_validate(args.paths, as_json=args.json, settings=settings)
    catalog = _catalog(settings)
    if action == "list":
        _banks_list(catalog, settings.lang, as_json=args.json)
    else:
        _banks_show(catalog, args.bank_id, settings.lang, as_json=args.json)
    if catalog.problems:
        _print_problems(catalog.problems)
        return 1
    return 0


def _is_scenario_path(path: Path) -> bool:
    return path.name == "scenarios" or path.parent.name == "scenarios"


def _validate_scenarios(paths: Sequence[Path], bank_folders: Sequence[Path], settings: Settings):  # type: ignore[no-untyped-def]
    """Scenario files (in a `scenarios/` folder) checked as `qualify train` loads them: against
    the banks found, including the bank folders being validated."""
    from interview.training import load
    from question_banks.catalog import discover
    from question_banks.problems import Problem, ProblemsError
    from question_banks.scenarios import scenario_files

    catalog = discover([*settings.banks, *bank_folders])
    banks = {bank_id: entry.bank for bank_id, entry in catalog.entries.items()}
    count, problems = 0, []
    for path in paths:
        if not path.exists():
            problems.append(Problem(str(path), "no such file or folder"))
            continue
        for file in scenario_files(path) if path.is_dir() else [path]:
            count += 1
            try:
                load(file, banks)
            except ProblemsError as exc:
                problems.extend(exc.problems)
    return count, problems


def _banks_validate(paths: Sequence[Path], *, as_json: bool, settings: Settings) -> int:
    """Bank files and folders; scenario files (a `scenarios/` folder, or inside a bank folder
    given) are checked as scenarios."""
    from question_banks.loader import validate_paths

    scenarios = [p for p in paths if _is_scenario_path(p)]
    banks = [p for p in paths if not _is_scenario_path(p)]
    count, problems = validate_paths(banks) if banks else (0, [])
    folders = [p for p in banks if p.is_dir()]
    scenarios += [p / "scenarios" for p in folders if (p / "scenarios").is_dir()]
    if scenarios:
        more, found = _validate_scenarios(scenarios, folders, settings)
        count, problems = count + more, [*problems, *found]
    if as_json:
        print(json.dumps({"files": count, "problems": [p.as_dict() for p in problems]}, indent=2))
    else:
        _print_problems(problems)
        verdict = "valid" if not problems else f"{len(problems)} problem(s)"
        print(f"{count} file(s) checked: {verdict}", file=sys.stderr if problems else sys.stdout)
    return 1 if problems or count == 0 else 0


def _banks_list(catalog: Catalog, lang: str, *, as_json: bool) -> None:
    rows = [
        {
            "id": bank_id,
            "name": entry.bank.name.get(lang),
            "source": str(entry.source),
            "questions": entry.bank.question_count(),
            "criteria": len(entry.bank.criteria),
            "shipped": entry.shipped,
            "replaces": str(entry.replaces) if entry.replaces else None,
        }
        for bank_id, entry in catalog.entries.items()
    ]
    if as_json:
        print(json.dumps(rows, indent=2, ensure_ascii=False))
        return
    width = max((len(r["id"]) for r in rows), default=2)
    for r in rows:
        line = f"{r['id']:<{width}}  {r['questions']:>3} questions  {r['name']}\n{'':<{width}}  {r['source']}"
        if r["replaces"]:
            line += f"\n{'':<{width}}  replaces the shipped bank {r['replaces']}"
        print(printable(line))


def _framework_ids(spec: str, catalog: Catalog) -> list[str]:
    """`--framework bant,meddic` as bank ids, each known to the catalog (else a usage error)."""
    bank_ids = [b.strip() for b in spec.split(",") if b.strip()]
    for bank_id in bank_ids:
        if bank_id not in catalog:
            raise _unknown_bank(catalog, bank_id)
    return bank_ids


def _unknown_bank(catalog: Catalog, bank_id: str) -> UsageError:
    import difflib

    close = difflib.get_close_matches(bank_id, catalog.ids(), n=1)
    hint = f" (did you mean '{close[0]}'?)" if close else ""
    return UsageError(f"unknown bank '{bank_id}'{hint}; known banks: {', '.join(catalog.ids())}")


def localize(value: Any, lang: str) -> Any:
    """Replace every {en, fr} text in a dumped model by the text in `lang`."""
    if isinstance(value, dict):
        if set(value) == set(LANGUAGES):
            return value[lang]
        return {k: localize(v, lang) for k, v in value.items()}
    if isinstance(value, list):
        return [localize(v, lang) for v in value]
    return value


def _banks_show(catalog: Catalog, bank_id: str, lang: str, *, as_json: bool) -> None:
    if bank_id not in catalog:
        raise _unknown_bank(catalog, bank_id)
    entry = catalog.entries[bank_id]
    bank = entry.bank
    if as_json:
        from question_banks.model import as_document

        doc = {"lang": lang, "source": str(entry.source), **localize(as_document(bank), lang)}
        print(json.dumps(doc, indent=2, ensure_ascii=False))
        return
    width = min(shutil.get_terminal_size((100, 30)).columns, 100)
    labels = {
        "en": ("When it fits", "Limits", "Origin", "Related", "weight", "Tip", "questions", "fact", "Scale"),
        "fr": (
            "Quand l'utiliser",
            "Limites",
            "Origine",
            "Liens",
            "poids",
            "Conseil",
            "questions",
            "fait",
            "Échelle",
        ),
    }[lang]
    colon = " :" if lang == "fr" else ":"

    def para(text: str, indent: int = 0) -> str:
        pad = " " * indent
        return textwrap.fill(text, width, initial_indent=pad, subsequent_indent=pad)

    out = [f"{bank.name.get(lang)}  [{bank.id}]  {bank.question_count()} {labels[6]}", str(entry.source), ""]
    about = bank.about
    out.append(para(about.summary.get(lang)))
    for label, text in zip(
        labels[:4], (about.when_it_fits, about.limits, about.origin, about.relations), strict=True
    ):
        if text is not None:
            out += ["", para(f"{label}{colon} {text.get(lang)}")]
    for criterion in bank.criteria:
        letter = f"{criterion.letter}  " if criterion.letter else ""
        out += ["", f"{letter}{criterion.name.get(lang)}  [{criterion.id}, {labels[4]} {criterion.weight:g}]"]
        out.append(para(criterion.description.get(lang), 2))
        for question in criterion.questions:
            fact = f", {labels[7]} {question.fact}" if question.fact else ""
            out += ["", f"  {question.id}  ({question.kind}{fact})", para(question.text.get(lang), 4)]
            out.append(para(f"{labels[5]}{colon} {question.tip.get(lang)}", 4))
            for option in question.options or ():
                out.append(f"      - {option.label.get(lang)}  [{json.dumps(option.value)}, {option.points}]")
            if question.scale:
                low, high = question.scale.low.get(lang), question.scale.high.get(lang)
                out.append(f"      {labels[8]}{colon} 1 = {low}, 5 = {high}")
    print(printable("\n".join(out)))


# --- score -------------------------------------------------------------------------------------


def _score(args: argparse.Namespace, settings: Settings) -> int:
    import datetime as dt

    from interview.answers_file import read_answers
    from interview.app_factory import build_context
    from interview.engine.report import judgement_json, judgement_text, stage_json
    from question_banks.problems import ProblemsError

    try:
        context = build_context(settings)
        engine = context.engine()
        answers = read_answers(args.answers_file, engine, dt.date.today())
    except ProblemsError as exc:
        _print_problems(exc.problems)
        return 2
    if args.framework:
        bank_ids = _framework_ids(args.framework, context.catalog)
    else:
        bank_ids = engine.banks_touched(answers.keys)
        if not bank_ids:
            raise UsageError("the answers touch no framework; name one with --framework")
    state = engine.state(answers.events, answers.reference_date)
    judgements = engine.judge_all(bank_ids, state)
    stage = engine.stage(judgements, state)
    lang = settings.lang
    if args.json:
        doc = {
            "lang": lang,
            "date": answers.reference_date.isoformat(),
            "results": [judgement_json(j, lang) for j in judgements],
            "stage": stage_json(stage, lang),
        }
        print(json.dumps(doc, indent=2, ensure_ascii=False))
    else:
        blocks = [judgement_text(j, lang) for j in judgements]
        stage_label = "Étape" if lang == "fr" else "Stage"
        colon = " :" if lang == "fr" else ":"
        blocks.append(f"{stage_label}{colon} {stage.stage.upper()}  ({stage.reason.get(lang)})")
        print(printable("\n\n".join(blocks)))
    return 0


# --- analyze -----------------------------------------------------------------------------------


def _analyze(args: argparse.Namespace, settings: Settings) -> int:
    """`qualify analyze FILE`: the transcript's facts per framework and criterion; --save records a
    draft interview pre-filled with them."""
    import datetime as dt

    from interview.analysis.analyze import report, report_text
    from interview.analysis.evidence import analyse
    from interview.analysis.transcript import TranscriptError, read_transcript
    from interview.app_factory import build_context
    from question_banks.problems import ProblemsError

    if args.save and not (args.lead or "").strip():
        raise UsageError("--save needs --lead NAME: whose interview it is")
    if not args.save and (args.lead or args.company):
        raise UsageError("--lead and --company go with --save")
    call_date = _day(args.date, "--date") if args.date else None
    try:
        transcript = read_transcript(args.transcript_file)
    except TranscriptError as exc:
        raise UsageError(str(exc)) from None
    try:
        context = build_context(settings)
    except ProblemsError as exc:
        _print_problems(exc.problems)
        return 2
    if args.framework:
        bank_ids = _framework_ids(args.framework, context.catalog)
    else:
        bank_ids = list(context.catalog.ids())
    analysis = analyse(transcript, call_date or transcript.call_date or dt.date.today(), rep=settings.rep)
    lang = args.analyze_lang or settings.lang
    if lang == "auto":
        lang = analysis.lang
    engine = context.engine()
    doc = report(analysis, [engine.banks[b] for b in bank_ids], lang)
    if call_date is None and transcript.call_date is None:
        doc["call_date_source"] = "today"
    if args.save:
        saved = _analyze_save(args, settings, context, engine, analysis, bank_ids, lang)
        doc["saved"] = saved
    if args.json:
        from interview.safe_text import UNPRINTABLE

        text = json.dumps(doc, indent=2, ensure_ascii=False)
        print(UNPRINTABLE.sub(lambda m: f"\\u{ord(m.group()):04x}", text))
    else:
        print(printable(report_text(doc, lang)))
        if call_date is None and transcript.call_date is None:
            print("(no call date in the transcript: dates count from today; --date sets it)", file=sys.stderr)
        if args.save:
            saved = doc["saved"]
            print(
                printable(
                    f"\nsaved as interview {saved['interview_id']} (open: resume it from the home screen): "
                    f"{len(saved['answered'])} answer(s) pre-filled from the transcript, to confirm"
                )
            )
    return 0


def _analyze_save(  # type: ignore[no-untyped-def]
    args: argparse.Namespace, settings: Settings, context, engine, analysis, bank_ids, lang: str
) -> dict[str, Any]:
    from interview.analysis.save import save_draft
    from interview.app_factory import open_store
    from storage.errors import StorageError

    try:
        store = open_store(settings)
        try:
            saved = save_draft(
                store,
                engine,
                context.catalog,
                analysis,
                lead_name=args.lead.strip(),
                rep=settings.rep,
                frameworks=bank_ids,
                lang=lang,
                company=args.company,
            )
        finally:
            store.close()
    except StorageError as exc:
        raise UsageError(str(exc)) from None
    return {
        "interview_id": saved.interview_id,
        "answered": [{"fact": f, "question": q} for f, q in saved.answered],
        "ambiguous": list(saved.ambiguous),
    }


# --- database commands ------------------------------------------------------------------------

_STORE_COMMANDS = ("db", "interviews", "export", "import", "forget", "demo", "stats")


def _with_store(args: argparse.Namespace, settings: Settings) -> int:
    from storage.db import StorageError

    try:
        if args.command == "db" and args.db_command == "upgrade":
            return _db_upgrade(settings)
        if args.command == "db" and args.db_command == "backup":
            return _db_backup(args, settings)
        if args.command == "db":
            from storage.db import sqlite_path

            print(sqlite_path(settings.database_url) or settings.database_url)
            return 0
        from interview.app_factory import open_store

        store = open_store(settings)
        try:
            return _STORE_HANDLERS[args.command](args, settings, store)
        finally:
            store.close()
    except StorageError as exc:
        print(f"qualify: error: {printable(str(exc))}", file=sys.stderr)
        return 2


def _check_store(settings: Settings) -> None:
    """Refuse a database that cannot record the interview before the app starts: a damaged,
    read-only or newer file is explained here (exit 2) instead of after the rep has begun typing.

    Only what the file alone tells (no SQLAlchemy: the interview paints before the database layer
    loads); a lock or a server's refusal is shown by the app as it opens the database.
    """
    from storage.precheck import quick_problem

    problem = quick_problem(settings.database_url)
    if problem is not None:
        raise UsageError(problem)


def _db_upgrade(settings: Settings) -> int:
    from storage.repository import Store

    store = Store.open(settings.database_url, auto_upgrade=True)
    from storage.migrate import schema_state

    state, revision = schema_state(store.engine)
    store.close()
    print(f"{store.where}: schema {revision} ({state})")
    return 0


def _db_backup(args: argparse.Namespace, settings: Settings) -> int:
    from storage.backup import backup_sqlite
    from storage.db import StorageError, sqlite_path

    source = sqlite_path(settings.database_url)
    if source is None:
        raise StorageError(
            "backup copies a SQLite file; for PostgreSQL use its own tools (pg_dump) on the server"
        )
    report = backup_sqlite(source, args.file, overwrite=args.force)
    count = f", {report.interviews} interviews" if report.interviews is not None else ""
    print(printable(f"{report.target}: {report.bytes:,} bytes{count} (copied from {report.source})"))
    return 0


def _parse_since(text: str | None):  # type: ignore[no-untyped-def]
    import datetime as dt

    if not text:
        return None
    try:
        return dt.datetime.combine(dt.date.fromisoformat(text), dt.time(), dt.UTC)
    except ValueError:
        raise UsageError(f"--since wants a date such as 2026-11-01, not '{text}'") from None


def _interviews(args: argparse.Namespace, settings: Settings, store) -> int:  # type: ignore[no-untyped-def]
    """`qualify interviews list`: a page of the browser's listing, as an aligned table or JSON."""
    import datetime as dt
    import unicodedata

    from storage.repository import Listing, default_descending

    counts = {"--limit": args.limit, "--offset": args.offset, "--red-flags": args.min_red_flags}
    for flag, value in counts.items():
        if value is not None and value < 0:
            raise UsageError(f"{flag} wants a number of 0 or more, not {value}")
    since, until = _parse_since(args.since), None
    if args.until:  # the whole day
        until = dt.datetime.combine(_day(args.until, "--until") + dt.timedelta(days=1), dt.time(), dt.UTC)
    if since is not None and until is not None and since >= until:
        raise UsageError(f"--since {args.since} is after --until {args.until}")
    sort = args.sort.strip().lower()
    try:
        descending = default_descending(sort) if args.descending is None else args.descending
        listing = Listing(
            text=args.lead,
            name=args.name,
            company=args.company,
            rep=getattr(args, "filter_rep", None),
            framework=args.framework,
            verdict=args.verdict,
            stage=args.stage,
            status=args.status,
            min_red_flags=args.min_red_flags,
            since=since,
            until=until,
            sort=sort,
            descending=descending,
        )
    except ValueError as exc:
        raise UsageError(f"--sort: {exc}") from None
    after = store.cursor_at(listing, args.after) if args.after is not None else None
    page = store.browse(listing, after=after, limit=args.limit, offset=args.offset)
    rows = page.records
    docs = [
        {
            "id": r.id,
            "uid": r.uid,
            "lead": r.lead.name,
            "company": r.lead.company,
            "rep": r.rep,
            "frameworks": list(r.frameworks),
            "lang": r.lang,
            "status": r.status,
            "started_at": r.started_at.isoformat(),
            "duration": r.duration,
            "verdicts": r.summary.get("verdicts", {}),
            "scores": r.summary.get("scores", {}),
            "stage": r.summary.get("stage"),
            "red_flags": r.summary.get("red_flags", 0),
        }
        for r in rows
    ]
    if args.json:
        print(json.dumps(docs, indent=2, ensure_ascii=False))
        return 0
    if not docs:
        nothing = "no interview recorded yet (try `qualify demo`)"
        print(nothing if store.count_listed(Listing()) == 0 else "no interview matches")
        return 0

    def cell(text: str, limit: int = 28) -> str:
        shown = printable(text.replace("\n", " ").replace("\r", " ").replace("\t", " "))
        return shown if len(shown) <= limit else shown[: limit - 1] + "…"

    def width(text: str) -> int:  # wide (CJK) characters take two columns, combining marks none
        wide = sum(unicodedata.east_asian_width(c) in "WF" for c in text)
        return len(text) + wide - sum(unicodedata.combining(c) > 0 for c in text)

    header = ("ID", "STARTED", "LEAD", "COMPANY", "REP", "FRAMEWORKS", "DURATION", "VERDICTS", "STAGE")
    table = [(*header, "RED FLAGS")]
    for d in docs:
        verdicts = ", ".join(f"{k} {v}" for k, v in d["verdicts"].items()) or "-"
        table.append(
            (
                str(d["id"]),
                d["started_at"][:16].replace("T", " "),
                cell(d["lead"]),
                cell(d["company"] or "-"),
                cell(d["rep"], 20),
                cell("/".join(d["frameworks"]), 40),
                f"{d['duration'] / 60:.0f} min" if d["duration"] is not None else "open",
                cell(verdicts, 60),
                cell(d["stage"] or "-", 16),
                str(d["red_flags"]) if d["stage"] is not None or d["red_flags"] else "-",
            )
        )
    widths = [max(width(row[i]) for row in table) for i in range(len(table[0]))]
    right = {0, 9}  # numbers
    for row in table:
        cells = [
            " " * (w - width(c)) + c if i in right else c + " " * (w - width(c))
            for i, (c, w) in enumerate(zip(row, widths, strict=True))
        ]
        print("  ".join(cells).rstrip())
    if page.after is not None:
        print(f"(more: --after {docs[-1]['id']} shows the next page)", file=sys.stderr)
    return 0


def _forget(args: argparse.Namespace, settings: Settings, store) -> int:  # type: ignore[no-untyped-def]
    leads = store.find_leads(args.lead)
    if not leads:
        raise UsageError(f"no lead named or numbered '{args.lead}'")
    if len(leads) > 1:
        ids = ", ".join(f"{lead.id} ({lead.company or '-'})" for lead in leads)
        raise UsageError(f"several leads are named '{args.lead}': {ids}; give the id")
    lead = leads[0]
    count = store.count_interviews(lead.id)
    if not args.yes:
        prompt = f"Erase {lead.name} ({lead.company or '-'}) and {count} interview(s)? Type 'yes': "
        if not sys.stdin.isatty():
            raise UsageError("confirmation needed: run in a terminal or add --yes")
        if input(printable(prompt)).strip().lower() not in ("yes", "oui"):
            print("nothing erased")
            return 1
    report = store.forget_lead(lead.id)
    print(
        printable(
            f"erased {lead.name}: {report.leads} lead, {report.interviews} interview(s), "
            f"{report.events} event(s), {report.comments} comment(s)"
        )
    )
    if report.exports:
        print("exports made earlier (delete them yourself):")
        for path in report.exports:
            print(printable(f"  {path}"))
    if not report.wal_cleared:
        print(
            printable(
                f"another program has {store.where} open: close it so the erased data leaves its "
                "-wal file too (it does when the last program closes the database)"
            ),
            file=sys.stderr,
        )
    return 0


def _export(args: argparse.Namespace, settings: Settings, store) -> int:  # type: ignore[no-untyped-def]
    from interview import exports
    from interview.app_factory import build_context

    engine = build_context(settings).engine()
    render = {"md": exports.export_markdown, "json": exports.export_json, "csv": exports.export_csv}[
        args.format
    ]
    text = render(store, engine, args.interview_id, settings.lang)
    if args.output:
        try:
            written = exports.write_private(args.output, text)
        except OSError as exc:
            reason = exc.strerror or str(exc)
            raise UsageError(f"cannot write {args.output}: {reason}; nothing was written") from None
        # Logged so that `qualify forget` can name the copy; a read-only database cannot log it.
        if not store.read_only:
            store.record_export(args.interview_id, written, args.format)
        print(printable(f"written to {written} (readable by you only)"), file=sys.stderr)
    else:
        sys.stdout.write(text if args.format != "md" else printable(text))
    return 0


def _import(args: argparse.Namespace, settings: Settings, store) -> int:  # type: ignore[no-untyped-def]
    from storage.db import StorageError
    from storage.transfer import import_document

    try:
        doc = json.loads(args.file.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise StorageError(f"{args.file}: not a qualify JSON export ({exc})") from None
    interview_id = import_document(store, doc)
    print(f"imported as interview {interview_id}")
    return 0


def _day(text: str, flag: str):  # type: ignore[no-untyped-def]
    import datetime as dt

    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise UsageError(f"{flag} wants a date such as 2026-11-01, not '{text}'") from None


def _stats(args: argparse.Namespace, settings: Settings, store) -> int:  # type: ignore[no-untyped-def]
    """The dashboard's figures (storage/stats.py), as text or JSON."""
    import dataclasses
    import datetime as dt

    from interview.safe_text import printable_line
    from storage.stats import Scope, dashboard

    last = _day(args.until, "--until") if args.until else dt.date.today()
    first = _day(args.since, "--since") if args.since else last - dt.timedelta(days=89)
    if first > last:
        raise UsageError(f"--since {first} is after --until {last}")
    midnight = dt.time(tzinfo=dt.UTC)
    scope = Scope(
        since=dt.datetime.combine(first, midnight),
        until=dt.datetime.combine(last + dt.timedelta(days=1), midnight),  # the last day included
        rep=args.of_rep,
        framework=args.framework,
    )
    figures = dashboard(store, scope, top=max(1, args.top))
    if args.json:
        doc = dataclasses.asdict(figures)
        doc["scope"] = {
            "since": first.isoformat(),
            "until": last.isoformat(),
            "rep": args.of_rep,
            "framework": args.framework,
        }
        print(json.dumps(doc, indent=2, ensure_ascii=False, default=str))
        return 0
    t = figures.totals
    lines = [f"{first} to {last}: {t.interviews} interviews, {t.ended} ended"]
    if t.average_duration_s is not None:
        lines.append(f"average duration {t.average_duration_s / 60:.0f} min")
    if figures.stages:
        lines.append("stages: " + ", ".join(f"{k} {v}" for k, v in figures.stages.items()))
    for bank in figures.banks:
        verdicts = ", ".join(f"{k} {v}" for k, v in bank.verdicts.items()) or "profile"
        cover = f"{bank.average_coverage:.0%}" if bank.average_coverage is not None else "—"
        lines.append(f"{bank.bank_id}: {verdicts}; coverage {cover}")
    for title, signals in (("most frequent warnings", figures.warnings), ("red flags", figures.red_flags)):
        if signals:
            lines.append(f"{title}:")
            lines += [f"  {s.interviews:>4}  {s.bank_id}.{s.signal_id}" for s in signals]
    durations = figures.durations
    if durations.interviews:
        buckets = ", ".join(f"{b.label} min {b.interviews}" for b in durations.buckets)
        median = durations.median_s / 60 if durations.median_s is not None else 0.0
        lines.append(f"durations: {buckets}; median {median:.0f} min")
    if figures.reps:
        lines.append("per rep (process signals: interviews where it fired, of those the bank judged):")
    for rep in figures.reps:
        seconds = rep.average_duration_s
        average = f", average {seconds / 60:.0f} min" if seconds is not None else ""
        # A name people typed: on one line, whatever it holds.
        lines.append(f"  {printable_line(rep.rep)}: {rep.interviews} interviews, {rep.ended} ended{average}")
        lines += [
            f"    {p.interviews:>4} of {p.of:<4} {p.share:>4.0%}  {p.bank_id}.{p.signal_id}"
            for p in rep.process
        ]
    print(printable("\n".join(lines)))
    return 0


def _demo(args: argparse.Namespace, settings: Settings, store) -> int:  # type: ignore[no-untyped-def]
    from interview.app_factory import build_context
    from interview.demo import load_demo

    ids = load_demo(store, build_context(settings))
    print(f"{len(ids)} example interviews are in {store.where}: {', '.join(map(str, ids))}")
    print("list them with `qualify interviews list`")
    return 0


def _compare(args: argparse.Namespace, settings: Settings, store) -> int:  # type: ignore[no-untyped-def]
    """`qualify compare A B --json`: the comparison the compare screen shows."""
    from interview.app_factory import build_context
    from interview.compare import compare, comparison_doc
    from interview.safe_text import UNPRINTABLE

    comparison = compare(store, build_context(settings).engine(), args.first, args.second)
    text = json.dumps(comparison_doc(comparison, settings.lang), indent=2, ensure_ascii=False)
    # Names and answers are people's text: a C1 control or a bidi override stays a JSON escape
    # (json.dumps escapes only C0 controls), so the document cannot drive the terminal.
    print(UNPRINTABLE.sub(lambda m: f"\\u{ord(m.group()):04x}", text))
    return 0


_STORE_HANDLERS = {
    "compare": _compare,
    "interviews": _interviews,
    "forget": _forget,
    "export": _export,
    "import": _import,
    "demo": _demo,
    "stats": _stats,
}


# --- config ------------------------------------------------------------------------------------


def _config(args: argparse.Namespace, settings: Settings) -> int:
    if args.config_command == "path":
        print(settings.config_path)
        return 0
    values = settings.as_dict()
    if args.json:
        doc = {
            "config_path": str(settings.config_path),
            "settings": {name: {"value": values[name], "source": settings.sources[name]} for name in values},
        }
        print(json.dumps(doc, indent=2, ensure_ascii=False))
        return 0
    missing = "" if settings.config_path.exists() else " (not present)"
    print(f"config file: {settings.config_path}{missing}")
    for name, value in values.items():
        shown = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
        print(printable(f"{name:<13} {shown}\n{'':<13} from {settings.sources[name]}"))
    return 0


# --- training: framework cards and the quiz ---------------------------------------------------


def _app_context(settings: Settings) -> AppContext | None:
    """The app's context (banks and team profile), or None once its problems are printed."""
    from interview.app_factory import build_context
    from question_banks.problems import ProblemsError

    try:
        return build_context(settings)
    except ProblemsError as exc:
        _print_problems(exc.problems)
        print("qualify: fix the problems above (or remove the file) and start again", file=sys.stderr)
        return None


def _learn(args: argparse.Namespace, settings: Settings) -> int:
    """Cards as JSON (--json), text (--text, or no terminal), else the app's learn screen."""
    from interview.training.cards import card, card_json, card_text

    context = _app_context(settings)
    if context is None:
        return 2
    catalog, lang = context.catalog, settings.lang
    if args.bank_id is not None and args.bank_id not in catalog:
        raise _unknown_bank(catalog, args.bank_id)
    interactive = sys.stdin.isatty() and sys.stdout.isatty()
    if interactive and not (args.json or args.text):
        from interview.tui.screens.learn import LearnOpening

        return _run_app(settings, opening=LearnOpening(bank_id=args.bank_id))
    banks = catalog.banks()
    chosen = [b for b in banks if args.bank_id is None or b.id == args.bank_id]
    found = [card(b, banks) for b in chosen]
    if args.json:
        docs = [{"lang": lang, **card_json(item, lang)} for item in found]
        print(json.dumps(docs[0] if args.bank_id else docs, indent=2, ensure_ascii=False))
        return 0
    width = min(shutil.get_terminal_size((100, 30)).columns, 100)
    rule = "\n\n" + "─" * width + "\n\n"
    print(printable(rule.join(card_text(item, lang, width) for item in found)))
    return 0


def _quiz(args: argparse.Namespace, settings: Settings) -> int:
    """Check what the quiz needs (a known bank, a count, a terminal), then open it in the app."""
    import random

    context = _app_context(settings)
    if context is None:
        return 2
    if args.bank_id is not None and args.bank_id not in context.catalog:
        raise _unknown_bank(context.catalog, args.bank_id)
    if not 1 <= args.count <= 200:
        raise UsageError(f"--count wants a number from 1 to 200, not {args.count}")
    trainee = (args.trainee if args.trainee is not None else settings.rep).strip()
    if not trainee:
        raise UsageError("--trainee wants a name")
    if not (sys.stdin.isatty() and sys.stdout.isatty()):
        raise UsageError("the quiz is asked in the app: run `qualify quiz` in a terminal")
    seed = args.seed if args.seed is not None else random.randrange(1_000_000)
    from interview.tui.screens.quiz import QuizOpening

    opening = QuizOpening(bank_id=args.bank_id, count=args.count, seed=seed, trainee=trainee)
    return _run_app(settings, opening=opening)


# --- training: practice scenarios -------------------------------------------------------------


def _train(args: argparse.Namespace, settings: Settings) -> int:
    """`qualify train`: --list, --progress, or a practice run of SCENARIO in the app."""
    if args.list or args.progress:
        if args.exam:
            raise UsageError("--exam goes with a practice run: qualify train SCENARIO --exam")
        if args.list:
            if args.scenario_id is not None or args.trainee is not None:
                raise UsageError("--list takes no scenario or trainee")
            return _train_list(settings, as_json=args.json)
        return _train_progress(args, settings)
    if args.json:
        raise UsageError("--json goes with --list or --progress")
    if args.scenario_id is None:
        raise UsageError("name a scenario to practise (qualify train --list shows them)")
    return _train_run(args, settings)


def _scenarios(settings: Settings) -> tuple[AppContext, ScenarioCatalog] | None:
    """The app's context and the scenarios checked against its banks; None once problems are printed."""
    from interview import training

    context = _app_context(settings)
    if context is None:
        return None
    return context, training.discover(settings.banks, catalog=context.catalog)


def _safe_json(doc: Any) -> str:
    from interview.safe_text import UNPRINTABLE

    text = json.dumps(doc, indent=2, ensure_ascii=False)
    # Names and scenario texts are people's text: a C1 control or a bidi override stays a JSON
    # escape (json.dumps escapes only C0 controls), so the document cannot drive the terminal.
    return UNPRINTABLE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def _train_list(settings: Settings, *, as_json: bool) -> int:
    found = _scenarios(settings)
    if found is None:
        return 2
    _, scenarios = found
    lang = settings.lang
    rows = [
        {
            "id": scenario_id,
            "title": entry.scenario.title.get(lang),
            "frameworks": list(entry.scenario.frameworks),
            "difficulty": entry.scenario.difficulty,
            "source": str(entry.source),
            "shipped": entry.shipped,
            "replaces": str(entry.replaces) if entry.replaces else None,
        }
        for scenario_id, entry in scenarios.entries.items()
    ]
    if as_json:
        print(_safe_json(rows))
    else:
        id_width = max((len(r["id"]) for r in rows), default=2)
        fw_width = max((len(", ".join(r["frameworks"])) for r in rows), default=10)
        for r in rows:
            frameworks = ", ".join(r["frameworks"])
            line = f"{r['id']:<{id_width}}  {r['difficulty']:<6}  {frameworks:<{fw_width}}  {r['title']}"
            if not r["shipped"]:
                line += f"\n{'':<{id_width}}  {r['source']}"
                if r["replaces"]:
                    line += f" (replaces the shipped {r['replaces']})"
            print(printable(line))
    if scenarios.problems:
        _print_problems(scenarios.problems)
        return 1
    return 0


def _unknown_scenario(scenarios: ScenarioCatalog, scenario_id: str) -> UsageError:
    import difflib

    known = scenarios.ids()
    close = difflib.get_close_matches(scenario_id, known, n=1)
    hint = f" (did you mean '{close[0]}'?)" if close else ""
    return UsageError(
        f"unknown scenario '{scenario_id}'{hint}; known scenarios: {', '.join(known) or 'none'} "
        "(qualify train --list describes them)"
    )


def _train_run(args: argparse.Namespace, settings: Settings) -> int:
    """Check the scenario, the trainee, the terminal and the database, then open the practice screen."""
    found = _scenarios(settings)
    if found is None:
        return 2
    _, scenarios = found
    if args.scenario_id not in scenarios:
        _print_problems(scenarios.problems)  # the scenario may be one of the files refused
        raise _unknown_scenario(scenarios, args.scenario_id)
    trainee = (args.trainee if args.trainee is not None else settings.rep).strip()
    if not trainee:
        raise UsageError("--trainee wants a name")
    if not (sys.stdin.isatty() and sys.stdout.isatty()):
        raise UsageError("practice runs in the app: run `qualify train SCENARIO` in a terminal")
    _check_store(settings)
    from interview.tui.screens.practice import PracticeOpening

    opening = PracticeOpening(
        scenario_id=args.scenario_id,
        exam=args.exam,
        trainee=trainee,
        lang=settings.lang,
        scenario=scenarios.scenario(args.scenario_id),
    )
    return _run_app(settings, opening=opening)


def _score_number(value: float) -> int | float:
    return int(value) if float(value).is_integer() else round(value, 1)


def _train_progress(args: argparse.Namespace, settings: Settings) -> int:
    """Graded attempts per trainee and scenario, oldest first, with first, best and last scores."""
    from interview.app_factory import open_store
    from interview.safe_text import printable_line
    from interview.training.practice import progress
    from question_banks.problems import ProblemsError
    from storage.errors import StorageError

    try:
        store = open_store(settings)
        try:
            attempts = store.attempts(trainee=args.trainee, scenario_id=args.scenario_id)
        finally:
            store.close()
    except StorageError as exc:
        raise UsageError(str(exc)) from None
    titles: dict[str, str] = {}
    try:  # titles help a trainer; progress shows without them when the banks have problems
        from interview import training
        from interview.app_factory import build_context

        context = build_context(settings)
        for scenario in training.discover(settings.banks, catalog=context.catalog).scenarios():
            titles[scenario.id] = scenario.title.get(settings.lang)
    except ProblemsError:
        pass
    groups = progress(attempts)
    if args.json:
        docs = [
            {
                "trainee": g.trainee,
                "scenario_id": g.scenario_id,
                "title": titles.get(g.scenario_id),
                "attempts": [
                    {
                        "id": a.id,
                        "interview_id": a.interview_id,
                        "graded_at": a.graded_at.isoformat(),
                        "exam": a.exam,
                        "score": _score_number(a.score),
                    }
                    for a in g.attempts
                ],
                "first": _score_number(g.first),
                "best": _score_number(g.best),
                "last": _score_number(g.last),
                "change": _score_number(g.change),
            }
            for g in groups
        ]
        print(_safe_json(docs))
        return 0
    if not groups:
        who = f" for {printable_line(args.trainee)}" if args.trainee is not None else ""
        print(f"no graded practice attempt{who} yet (qualify train SCENARIO records one)")
        return 0
    lines: list[str] = []
    trainee: str | None = None
    for g in groups:
        if g.trainee != trainee:
            trainee = g.trainee
            lines.append(("\n" if lines else "") + printable_line(g.trainee))
        count = len(g.attempts)
        trend = f"{_score_number(g.first)} → best {_score_number(g.best)} → last {_score_number(g.last)}"
        change = _score_number(g.change)
        sign = f" ({change:+})" if count > 1 else ""
        title = f"  {printable_line(titles[g.scenario_id])}" if g.scenario_id in titles else ""
        lines.append(f"  {g.scenario_id}{title}")
        lines.append(f"    {count} attempt{'s' if count > 1 else ''}: first {trend}{sign}")
        for a in g.attempts:
            moment = a.graded_at.astimezone().strftime("%Y-%m-%d %H:%M")
            mode = "exam" if a.exam else "practice"
            lines.append(f"    {moment}  {mode:<8}  {_score_number(a.score):>5}")
    print(printable("\n".join(lines)))
    return 0


# --- the app -----------------------------------------------------------------------------------

_MANAGER_SCREENS = ("browse", "replay", "compare", "dashboard")


def _manager_screen(args: argparse.Namespace, settings: Settings) -> int:
    """Open the app on a manager's screen; the interviews named must exist (checked first)."""
    from interview.app_factory import OpenScreen

    ids: tuple[int, ...] = ()
    if args.command == "replay":
        ids = (args.interview_id,)
    elif args.command == "compare":
        ids = (args.first, args.second)
    if ids:
        from interview.app_factory import open_store
        from storage.errors import StorageError

        try:
            store = open_store(settings)
            try:
                for interview_id in ids:
                    store.interview(interview_id)
            finally:
                store.close()
        except StorageError as exc:
            raise UsageError(str(exc)) from None
    name = {"browse": "browser"}.get(args.command, args.command)
    return _run_app(settings, opening=OpenScreen(name, ids))


def _run_app(
    settings: Settings, new: argparse.Namespace | None = None, opening: OpenScreen | None = None
) -> int:
    from interview.app_factory import NewInterview

    context = _app_context(settings)
    if context is None:
        return 2
    start: NewInterview | OpenScreen | None = opening
    if new is not None:
        frameworks = _framework_ids(new.framework, context.catalog)
        start = NewInterview(new.lead, new.company, tuple(frameworks))
        _check_store(settings)
    from interview.tui.app import QualifyApp

    app = QualifyApp(context, start=start)
    app.run()
    return app.return_code or 0  # 128 + the signal after SIGTERM/SIGHUP, 1 after a crash


# --- serve -------------------------------------------------------------------------------------


def _serve_env(args: argparse.Namespace) -> dict[str, str]:
    """The settings given as flags, for the app processes (as the variables they read): the
    database URL stays out of their command line, which every user of the machine can read."""
    from interview.settings import CONFIG_ENV

    env: dict[str, str] = {}
    for name, (variable, _key, _flag) in FIELDS.items():
        if hasattr(args, name):
            value = getattr(args, name)
            env[variable] = os.pathsep.join(value) if isinstance(value, list) else str(value)
    if getattr(args, "config_file", None):
        env[CONFIG_ENV] = str(Path(args.config_file).expanduser().resolve())
    return env


def _serve(args: argparse.Namespace, settings: Settings) -> int:
    from interview.web.options import ServeError, check_options

    try:
        options = check_options(
            host=args.host,
            port=args.port,
            public_url=args.public_url,
            allow_remote=args.allow_remote,
            max_sessions=args.max_sessions,
            user_header=args.user_header,
        )
    except ServeError as exc:
        raise UsageError(str(exc)) from None
    try:
        import aiohttp  # noqa: F401
        import textual_serve  # noqa: F401
    except ImportError:
        raise UsageError('qualify serve needs the web extra: python3 -m pip install "qualify[web]"') from None
    if _app_context(settings) is None:  # broken banks are said here, once, not in every tab
        return 2
    _prepare_store(settings)
    import asyncio

    from interview.web.server import QualifyServer, configure_logging, serve

    def announce(server: QualifyServer) -> None:
        reach = "this machine only" if options.public_url is None else options.public_url
        print(
            f"qualify is served at {server.access_url}\n"
            f"Listening on {options.host}:{server.port}, reachable from {reach}; at most "
            f"{options.max_sessions} tab(s) at once. Anyone with this address can use qualify and its "
            "data until you stop it (Ctrl+C).",
            flush=True,
        )

    configure_logging()
    server = QualifyServer(options, [sys.executable, "-m", "interview"], _serve_env(args), lang=settings.lang)
    try:
        asyncio.run(serve(server, announce=announce))
    except OSError as exc:  # the port is taken, the address is not this machine's...
        raise UsageError(f"cannot listen on {options.host}:{options.port}: {exc.strerror or exc}") from None
    return 0


def _prepare_store(settings: Settings) -> None:
    """Create or upgrade the database once, before tabs open it together."""
    from storage.errors import StorageError
    from storage.repository import Store

    _check_store(settings)
    try:
        Store.open(settings.database_url, auto_upgrade=True).close()
    except StorageError as exc:
        raise UsageError(str(exc)) from None
