"""Build everything the app needs before the UI starts; the CLI and the tests both use it.

Problems in banks or the team profile are found here, so the CLI can print them and exit instead
of opening a screen that cannot work.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from interview.engine.engine import Engine
from interview.settings import Settings
from question_banks.catalog import Catalog, discover
from question_banks.problems import Problem, ProblemsError
from question_banks.profile import TeamProfile, apply_profile, check_profile, load_profile

ICP_BANK = "icp"


def bank_cache_dir() -> Path:
    import platformdirs

    return platformdirs.user_cache_path("qualify") / "banks"


@dataclass(frozen=True)
class NewInterview:
    """A lead to interview (from `qualify new` or the home screen's form)."""

    lead: str
    company: str | None
    frameworks: tuple[str, ...]
    role: str | None = None
    lang: str | None = None
    firmographics: tuple[tuple[str, str], ...] = ()  # (fact, option value): size, industry, region


@dataclass(frozen=True)
class OpenScreen:
    """A manager's screen opened at start (`qualify browse`, `replay ID`, `compare A B`, `dashboard`).

    Shown once the database is open: these screens read recorded interviews.
    """

    name: str  # "browser", "replay", "compare" or "dashboard"
    ids: tuple[int, ...] = ()  # the interview (replay) or the two interviews (compare)


@dataclass(frozen=True)
class AppContext:
    settings: Settings
    catalog: Catalog
    profile: TeamProfile

    def engine(self) -> Engine:
        return Engine(
            {bank_id: entry.bank for bank_id, entry in self.catalog.entries.items()},
            thresholds=self.profile.thresholds,
        )


def build_context(settings: Settings) -> AppContext:
    cache_dir = bank_cache_dir()
    catalog = discover(settings.banks, cache_dir=cache_dir)
    problems = list(catalog.problems)
    profile = load_profile(settings.profile, cache_dir)  # raises ProblemsError with its own location
    if ICP_BANK in catalog:
        entry = catalog.entries[ICP_BANK]
        problems += check_profile(profile, entry.bank, str(settings.profile))
        if not problems:
            catalog.entries[ICP_BANK] = replace(entry, bank=apply_profile(entry.bank, profile))
    for bank_id in profile.thresholds:
        if bank_id not in catalog:
            problems.append(
                Problem(str(settings.profile), f"thresholds for unknown bank '{bank_id}'", "thresholds")
            )
    if problems:
        raise ProblemsError(problems)
    return AppContext(settings=settings, catalog=catalog, profile=profile)


def open_store(settings: Settings):  # type: ignore[no-untyped-def]
    """Open the configured database; the default SQLite file is created and upgraded automatically.

    Imports SQLAlchemy on first call, so the UI calls it from a worker after its first paint.
    """
    from interview.settings import default_database_path
    from storage.repository import Store

    is_default = settings.database_url == f"sqlite:///{default_database_path()}"
    return Store.open(settings.database_url, auto_upgrade=is_default)
