"""The recognisers find amounts, dates, roles, pains and urgency in English and French notes."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from interview.analysis import (
    ROLES,
    Finding,
    Quantity,
    clause_at,
    find_all,
    find_amounts,
    find_dates,
    find_pains,
    find_roles,
    find_urgency,
    fold,
    is_economic_buyer,
    parse_date,
    parse_money,
)
from interview.engine.answers import Money

TODAY = dt.date(2026, 2, 10)  # a Tuesday
D = dt.date


def only(findings: list[Finding], kind: str) -> Finding:
    assert len(findings) == 1, findings
    assert findings[0].kind == kind
    return findings[0]


# --- folding ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Directrice Financière", "directrice financiere"),
        ("d’ici fin d’année", "d'ici fin d'annee"),
        ("120\u202f000\u00a0€", "120 000 €"),
        ("ÉTÉ – Q3", "ete - q3"),
        ("İstanbul ß", "istanbul ß"),
    ],
)
def test_fold_keeps_every_character_in_place(text: str, folded: str) -> None:
    assert fold(text) == folded
    assert len(fold(text)) == len(text)


# --- amounts ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "matched", "amount", "currency"),
    [
        ("50k€", "50k€", 50_000, "EUR"),
        ("budget 50 K€ max", "50 K€", 50_000, "EUR"),
        ("they said $120,000 last year", "$120,000", 120_000, "USD"),
        ("autour de 120 000 euros", "120 000 euros", 120_000, "EUR"),
        ("1,5 M€ sur trois ans", "1,5 M€", 1_500_000, "EUR"),
        ("environ 2 millions d'euros", "2 millions d'euros", 2_000_000, "EUR"),
        ("a budget of 80k for the project", "80k", 80_000, "EUR"),
        ("Budget : 80 000", "80 000", 80_000, "EUR"),
        ("le budget est de 45k", "45k", 45_000, "EUR"),
        ("£900/month per team", "£900/month", 900, "GBP"),
        ("900 € par mois", "900 € par mois", 900, "EUR"),
        ("EUR 50k", "EUR 50k", 50_000, "EUR"),
        ("1.2M$", "1.2M$", 1_200_000, "USD"),
        ("$2.5 million", "$2.5 million", 2_500_000, "USD"),
        ("120.000 €", "120.000 €", 120_000, "EUR"),
        ("12 345,67 €", "12 345,67 €", Decimal("12345.67"), "EUR"),
        ("3 Md€", "3 Md€", 3_000_000_000, "EUR"),
        ("50 keur", "50 keur", 50_000, "EUR"),
        ("CHF 30'000", "CHF 30'000", 30_000, "CHF"),
        ("200 dollars canadiens", "200 dollars canadiens", 200, "CAD"),
        ("500 livres sterling", "500 livres sterling", 500, "GBP"),
        ("10 mille euros", "10 mille euros", 10_000, "EUR"),
        ("50 000 € HT", "50 000 € HT", 50_000, "EUR"),
    ],
)
def test_amounts(text: str, matched: str, amount: int | Decimal, currency: str) -> None:
    f = only(find_amounts(text), "amount")
    assert f.text == matched
    assert text[f.start : f.end] == matched
    assert f.value == Money(Decimal(amount), currency)
    assert f.facts == ("budget.amount",)


@pytest.mark.parametrize(
    ("text", "detail"),
    [
        ("£900/month", "per month"),
        ("budget of 80k", "budget, currency assumed"),
        ("50 000 € HT par an", "per year, excl. tax"),
        ("50-80k€", "range 50,000–80,000 EUR"),
    ],
)
def test_amount_details(text: str, detail: str) -> None:
    assert only(find_amounts(text), "amount").detail == detail


@pytest.mark.parametrize(
    ("text", "matched", "low", "high"),
    [
        ("50-80k€", "50-80k€", 50_000, 80_000),
        ("budget entre 50 et 80 k€", "entre 50 et 80 k€", 50_000, 80_000),
        ("between $50k and $80k", "between $50k and $80k", 50_000, 80_000),
        ("de 1 à 2 M€", "de 1 à 2 M€", 1_000_000, 2_000_000),
    ],
)
def test_ranges_give_their_upper_bound(text: str, matched: str, low: int, high: int) -> None:
    f = only(find_amounts(text), "amount")
    assert f.text == matched
    assert f.value.amount == high
    assert f"{low:,}" in f.detail


def test_a_revenue_is_no_budget() -> None:
    f = only(find_amounts("CA 2025 : 5 M€"), "amount")
    assert (f.text, f.value, f.facts, f.detail) == ("5 M€", Money(Decimal(5_000_000)), (), "revenue")


@pytest.mark.parametrize(
    "text",
    [
        "3 people",
        "80k users",
        "we have 120 000 customers",
        "call me on 06 12 34 56 78",
        "+33 6 12 34 56 78",
        "0612345678",
        "budget 0612345678",
        "budget 2026 is tight",
        "budget for 3 teams",
        "budget : 12 personnes",
        "the price went up 15 %",
        "meeting at 14:30",
        "31/03/2026",
        "2026-03-31",
        "Q3 2026",
        "version 2.5",
        "50 eurostars",
        "3 mois",
        "5 min",
        "",
    ],
)
def test_not_amounts(text: str) -> None:
    assert find_amounts(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("50k€", Money(Decimal(50_000))),
        ("  $120,000 ", Money(Decimal(120_000), "USD")),
        ("2500", Money(Decimal(2500))),
        ("around 80k", Money(Decimal(80_000))),
        ("environ 1,5 M€", Money(Decimal(1_500_000))),
        ("2 millions d'euros", Money(Decimal(2_000_000))),
        ("£900/month", Money(Decimal(900), "GBP")),
        ("budget of 80k", Money(Decimal(80_000))),
        ("12 apples", None),
        ("k€", None),
        ("lots", None),
        ("", None),
        ("50k€ and 80k€", None),
        ("06 12 34 56 78", None),
    ],
)
def test_parse_money_reads_the_whole_text(text: str, expected: Money | None) -> None:
    assert parse_money(text) == expected


def test_money_amounts_are_tidy() -> None:
    assert str(parse_money("1,5 M€")) == "1,500,000 EUR"
    assert parse_money("1,5 M€").amount.as_tuple().exponent == 0  # type: ignore[union-attr]


# --- dates -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "matched", "expected"),
    [
        ("decision on 2026-03-31", "2026-03-31", D(2026, 3, 31)),
        ("signature le 31/03/2026", "31/03/2026", D(2026, 3, 31)),
        ("31.03.26", "31.03.26", D(2026, 3, 31)),
        ("03/31/2026", "03/31/2026", D(2026, 3, 31)),
        ("deadline 15/06", "15/06", D(2026, 6, 15)),
        ("avant le 5/3", "avant le 5/3", D(2026, 3, 5)),
        ("we decide by the end of March", "by the end of March", D(2026, 3, 31)),
        ("end of March", "end of March", D(2026, 3, 31)),
        ("décision fin mars", "fin mars", D(2026, 3, 31)),
        ("d'ici fin mars", "d'ici fin mars", D(2026, 3, 31)),
        ("à la fin de mars", "à la fin de mars", D(2026, 3, 31)),
        ("fin janvier", "fin janvier", D(2027, 1, 31)),
        ("late March", "late March", D(2026, 3, 31)),
        ("mid-June", "mid-June", D(2026, 6, 15)),
        ("début avril", "début avril", D(2026, 4, 1)),
        ("go live in Q3", "in Q3", D(2026, 9, 30)),
        ("Q1", "Q1", D(2026, 3, 31)),
        ("T3", "T3", D(2026, 9, 30)),
        ("fin T2 2026", "fin T2 2026", D(2026, 6, 30)),
        ("start of Q4", "start of Q4", D(2026, 10, 1)),
        ("au troisième trimestre", "au troisième trimestre", D(2026, 9, 30)),
        ("H2 2026", "H2 2026", D(2026, 12, 31)),
        ("au second semestre", "au second semestre", D(2026, 12, 31)),
        ("next month", "next month", D(2026, 3, 1)),
        ("le mois prochain", "le mois prochain", D(2026, 3, 1)),
        ("end of next month", "end of next month", D(2026, 3, 31)),
        ("fin du mois prochain", "fin du mois prochain", D(2026, 3, 31)),
        ("next week", "next week", D(2026, 2, 16)),
        ("la semaine prochaine", "la semaine prochaine", D(2026, 2, 16)),
        ("this week", "this week", D(2026, 2, 13)),
        ("fin de semaine", "fin de semaine", D(2026, 2, 13)),
        ("end of the month", "end of the month", D(2026, 2, 28)),
        ("fin du trimestre", "fin du trimestre", D(2026, 3, 31)),
        ("next year", "next year", D(2027, 1, 1)),
        ("l'année prochaine", "l'année prochaine", D(2027, 1, 1)),
        ("in 3 weeks", "in 3 weeks", D(2026, 3, 3)),
        ("dans 3 semaines", "dans 3 semaines", D(2026, 3, 3)),
        ("within two months", "within two months", D(2026, 4, 10)),
        ("dans les 3 prochains mois", "dans les 3 prochains mois", D(2026, 5, 10)),
        ("d'ici 10 jours", "d'ici 10 jours", D(2026, 2, 20)),
        ("3 weeks from now", "3 weeks from now", D(2026, 3, 3)),
        ("sous quinzaine", "sous quinzaine", D(2026, 2, 24)),
        ("by June", "by June", D(2026, 6, 1)),
        ("en juin", "en juin", D(2026, 6, 1)),
        ("avant juin", "avant juin", D(2026, 6, 1)),
        ("in February", "in February", D(2026, 2, 28)),
        ("in January", "in January", D(2027, 1, 1)),
        ("June 2027", "June 2027", D(2027, 6, 1)),
        ("end of the year", "end of the year", D(2026, 12, 31)),
        ("by year end", "by year end", D(2026, 12, 31)),
        ("fin d'année", "fin d'année", D(2026, 12, 31)),
        ("d'ici la fin de l'année", "d'ici la fin de l'année", D(2026, 12, 31)),
        ("fin 2026", "fin 2026", D(2026, 12, 31)),
        ("early 2027", "early 2027", D(2027, 1, 1)),
        ("d'ici 2028", "d'ici 2028", D(2028, 1, 1)),
        ("tomorrow", "tomorrow", D(2026, 2, 11)),
        ("demain", "demain", D(2026, 2, 11)),
        ("après-demain", "après-demain", D(2026, 2, 12)),
        ("by today", "by today", D(2026, 2, 10)),
        ("by Friday", "by Friday", D(2026, 2, 13)),
        ("lundi prochain", "lundi prochain", D(2026, 2, 16)),
        ("next Tuesday", "next Tuesday", D(2026, 2, 17)),
        ("le 1er avril", "le 1er avril", D(2026, 4, 1)),
        ("on 10 March", "on 10 March", D(2026, 3, 10)),
        ("March 10th, 2027", "March 10th, 2027", D(2027, 3, 10)),
        ("5 février", "5 février", D(2027, 2, 5)),
        ("ASAP", "ASAP", TODAY),
        ("dès que possible", "dès que possible", TODAY),
        ("au plus vite", "au plus vite", TODAY),
    ],
)
def test_dates(text: str, matched: str, expected: dt.date) -> None:
    f = only(find_dates(text, TODAY), "date")
    assert f.text == matched
    assert text[f.start : f.end] == matched
    assert f.value == expected


@pytest.mark.parametrize(
    ("text", "detail", "facts"),
    [
        ("fin mars", "end of period", ("timeline.decision_date",)),
        ("Q3", "end of period", ("timeline.decision_date",)),
        ("début avril", "start of period", ("timeline.decision_date",)),
        ("31/03/2026", "", ("timeline.decision_date",)),
        ("ASAP", "urgent", ("timeline.decision_date", "priority.level")),
        ("dans quelques semaines", "approximate", ("timeline.decision_date",)),
    ],
)
def test_date_details(text: str, detail: str, facts: tuple[str, ...]) -> None:
    f = only(find_dates(text, TODAY), "date")
    assert (f.detail, f.facts) == (detail, facts)


def test_month_names_pick_the_next_occurrence() -> None:
    assert find_dates("fin mars", D(2026, 4, 2))[0].value == D(2027, 3, 31)
    assert find_dates("Q3", D(2026, 10, 1))[0].value == D(2027, 9, 30)
    assert find_dates("le 1er avril", D(2026, 4, 1))[0].value == D(2026, 4, 1)


@pytest.mark.parametrize(
    "text",
    [
        "2026 was hard",
        "en 2019 on a changé de CRM",
        "FAQ3",
        "HQ3 in Paris",
        "Q3X",
        "Q5",
        "3 weeks",
        "it took 3 weeks",
        "il y a 3 semaines",
        "June from procurement",
        "we may 2 things",
        "we may buy",
        "Monday we met",
        "today we use Excel",
        "aujourd'hui on utilise Excel",
        "24/7 support",
        "3/4 of them",
        "call 06.12.34.56.78",
        "31/02/2026",
        "2026-13-01",
        "H1 title",
        "the month",
        "a weekend away",
        "version 1.2.3",
        "",
    ],
)
def test_not_dates(text: str) -> None:
    assert find_dates(text, TODAY) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-03-31", D(2026, 3, 31)),
        (" 31/03/2026 ", D(2026, 3, 31)),
        ("fin mars", D(2026, 3, 31)),
        ("d'ici fin mars.", D(2026, 3, 31)),
        ("June", D(2026, 6, 1)),
        ("vendredi", D(2026, 2, 13)),
        ("today", TODAY),
        ("Q3", D(2026, 9, 30)),
        ("2027", D(2027, 1, 1)),
        ("next week", D(2026, 2, 16)),
        ("hello", None),
        ("fin mars et Q3", None),
        ("in 3 weeks please", None),
        ("", None),
    ],
)
def test_parse_date_reads_the_whole_text(text: str, expected: dt.date | None) -> None:
    assert parse_date(text, TODAY) == expected


# --- roles -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "matched", "role", "economic_buyer"),
    [
        ("The CEO will decide", "CEO", "ceo", True),
        ("le PDG tranche", "PDG", "ceo", True),
        ("la DG valide", "DG", "ceo", True),
        ("le directeur général", "directeur général", "ceo", True),
        ("la présidente", "présidente", "ceo", True),
        ("our co-founder", "co-founder", "founder", True),
        ("The CFO signs", "CFO", "cfo", True),
        ("le DAF signe", "DAF", "cfo", True),
        ("notre directeur financier", "directeur financier", "cfo", True),
        ("la directrice financière", "directrice financière", "cfo", True),
        ("la direction financière", "direction financière", "cfo", True),
        ("head of finance", "head of finance", "cfo", True),
        ("directeur administratif et financier", "directeur administratif et financier", "cfo", True),
        ("le DSI", "DSI", "cio", True),
        ("directeur des SI", "directeur des SI", "cio", True),
        ("directrice informatique", "directrice informatique", "cio", True),
        ("IT director", "IT director", "cio", True),
        ("our CTO", "CTO", "cto", True),
        ("directeur technique", "directeur technique", "cto", True),
        ("the COO", "COO", "coo", True),
        ("directeur des opérations", "directeur des opérations", "coo", True),
        ("VP Sales", "VP Sales", "vp_sales", True),
        ("VP of Sales", "VP of Sales", "vp_sales", True),
        ("directeur commercial", "directeur commercial", "vp_sales", True),
        ("la directrice commerciale", "directrice commerciale", "vp_sales", True),
        ("marketing director", "marketing director", "cmo", True),
        ("directrice marketing", "directrice marketing", "cmo", True),
        ("the DRH", "DRH", "chro", True),
        ("RSSI", "RSSI", "ciso", True),
        ("le comex", "comex", "board", True),
        ("responsable des achats", "responsable des achats", "procurement", False),
        ("procurement will review", "procurement", "procurement", False),
        ("passer par les achats", "les achats", "procurement", False),
        ("IT will check", "IT", "it", False),
        ("the IT team", "the IT team", "it", False),
        ("le service informatique", "le service informatique", "it", False),
        ("responsable IT", "responsable IT", "it_manager", False),
        ("responsable marketing", "responsable marketing", "marketing_manager", False),
        ("sales manager", "sales manager", "sales_manager", False),
        ("le juridique", "le juridique", "legal", False),
        ("legal team", "legal team", "legal", False),
        ("head of growth hacking", "head of growth", "cmo", True),
        ("head of partnerships", "head of partnerships", "head", False),
        ("comité de pilotage", "comité de pilotage", "steering_committee", False),
    ],
)
def test_roles(text: str, matched: str, role: str, economic_buyer: bool) -> None:
    f = only(find_roles(text), "role")
    assert f.text == matched
    assert text[f.start : f.end] == matched
    assert f.value == role
    assert is_economic_buyer(role) is economic_buyer
    assert ("economic buyer" in f.detail) is economic_buyer
    assert f.facts[0] == "authority.role"
    assert ("authority.economic_buyer_identified" in f.facts) is economic_buyer


@pytest.mark.parametrize(
    "text",
    [
        "approach",
        "it is slow",
        "make it work",
        "si possible",
        "2 hr a day",
        "the economic buyer",
        "marketing automation",
        "a commercial offer",
        "vice-versa",
        "director's cut",
        "",
    ],
)
def test_not_roles(text: str) -> None:
    found = [f for f in find_roles(text) if f.text != "director"]
    assert found == []


def test_roles_table_is_consistent() -> None:
    options = {"final_decider", "co_decider", "influencer", "user", "gatekeeper"}
    assert all(r.authority in options for r in ROLES.values())
    assert all(r.id == key for key, r in ROLES.items())
    assert is_economic_buyer("nobody") is False


# --- urgency ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "matched", "level", "detail"),
    [
        ("this is urgent", "urgent", "high", "urgent"),
        ("c'est urgent", "urgent", "high", "urgent"),
        ("top priority for Q3", "top priority", "top", "urgent"),
        ("priorité absolue", "priorité absolue", "top", "urgent"),
        ("très urgent", "très urgent", "top", "urgent"),
        ("mission-critical", "mission-critical", "top", "urgent"),
        ("high priority", "high priority", "high", "urgent"),
        ("c'est prioritaire", "prioritaire", "high", "urgent"),
        ("on est pressés", "est pressés", "high", "urgent"),
        ("ça presse", "ça presse", "high", "urgent"),
        ("ASAP", "ASAP", "high", "urgent"),
        ("medium priority", "medium priority", "medium", "not urgent"),
        ("pas pressé", "pas pressé", "low", "not urgent"),
        ("on n'est pas pressés", "on n'est pas pressés", "low", "not urgent"),
        ("nice to have", "nice to have", "low", "not urgent"),
        ("nice-to-have", "nice-to-have", "low", "not urgent"),
        ("no rush", "no rush", "low", "not urgent"),
        ("not urgent", "not urgent", "low", "not urgent"),
        ("it isn't urgent", "isn't urgent", "low", "not urgent"),
        ("ce n'est pas urgent", "pas urgent", "low", "not urgent"),
        ("pas vraiment urgent", "pas vraiment urgent", "low", "not urgent"),
        ("rien ne presse", "rien ne presse", "low", "not urgent"),
        ("low priority", "low priority", "low", "not urgent"),
        ("not a top priority", "not a top priority", "low", "not urgent"),
        ("ce n'est pas une priorité", "pas une priorité", "low", "not urgent"),
        ("aucune urgence", "aucune urgence", "low", "not urgent"),
    ],
)
def test_urgency(text: str, matched: str, level: str, detail: str) -> None:
    f = only(find_urgency(text), "urgency")
    assert f.text == matched
    assert text[f.start : f.end] == matched
    assert (f.value, f.detail, f.facts) == (level, detail, ("priority.level",))


@pytest.mark.parametrize(
    "text", ["priority", "urgency room", "pressure", "presse-papier", "dans la presse", "the rush hour", ""]
)
def test_not_urgency(text: str) -> None:
    assert find_urgency(text) == []


# --- pains -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "matched", "quantity"),
    [
        ("we lose 3 hours a day", "we lose 3 hours a day", Quantity(Decimal(3), "hour", "day")),
        ("on perd 10 % des leads", "on perd 10 % des leads", Quantity(Decimal(10), "%", of="leads")),
        (
            "we waste about 2 days per week on reporting",
            "we waste about 2 days per week",
            Quantity(Decimal(2), "day", "week"),
        ),
        ("churn of 5% per month", "churn of 5% per month", Quantity(Decimal(5), "%", "month")),
        ("20% churn", "20% churn", Quantity(Decimal(20), "%")),
        ("10 % d'erreurs", "10 % d'erreurs", Quantity(Decimal(10), "%")),
        (
            "we lose 50k€ a year",
            "we lose 50k€ a year",
            Quantity(Decimal(50_000), "money", "year", money=Money(Decimal(50_000))),
        ),
        (
            "on perd 3 clients par mois",
            "on perd 3 clients par mois",
            Quantity(Decimal(3), "clients", "month"),
        ),
        (
            "nous perdons une heure par jour",
            "nous perdons une heure par jour",
            Quantity(Decimal(1), "hour", "day"),
        ),
        ("retard de 3 semaines", "retard de 3 semaines", Quantity(Decimal(3), "week")),
        ("lots of manual errors", "manual errors", None),
        ("ressaisie manuelle dans Excel", "ressaisie manuelle", None),
        ("the tool is slow", "slow", None),
        ("c'est lent", "lent", None),
        ("trop de ressaisies", "ressaisies", None),
        ("à la main", "à la main", None),
        ("on a des pertes", "pertes", None),
    ],
)
def test_pains(text: str, matched: str, quantity: Quantity | None) -> None:
    f = only(find_pains(text), "pain")
    assert f.text == matched
    assert text[f.start : f.end] == matched
    assert f.quantity == quantity
    assert f.facts == ("need.pain",)
    assert isinstance(f.value, str) and matched in f.value


def test_a_pain_value_is_its_clause() -> None:
    text = "Budget 50k€, they lose 3 hours a day on manual entry; DAF decides"
    pain = [f for f in find_all(text, TODAY) if f.kind == "pain"]
    assert pain[0].value == "they lose 3 hours a day on manual entry"
    assert pain[0].detail == "3 hours a day"
    assert clause_at(text, pain[0].start, pain[0].end) == pain[0].value


@pytest.mark.parametrize(
    "text",
    [
        "no errors since March",
        "pas de ressaisie",
        "on ne perd plus de temps",
        "we don't lose leads anymore",
        "sans erreur",
        "fewer mistakes",
        "excellent",
        "close a deal",
        "lately",
        "tissue",
        "",
    ],
)
def test_not_pains(text: str) -> None:
    assert find_pains(text) == []


def test_a_date_is_not_a_pains_number() -> None:
    found = find_all("it's slow, we need it in 3 weeks", TODAY)
    assert [(f.kind, f.text) for f in found] == [("pain", "slow"), ("date", "in 3 weeks")]


# --- everything together ---------------------------------------------------------------------


def test_a_french_note() -> None:
    text = "Budget : 50 000 € HT par an, décision fin T2, le DAF signe. On perd 2 jours par mois. Pas pressé."
    found = [(f.kind, f.text, f.value) for f in find_all(text, TODAY)]
    assert found == [
        ("amount", "50 000 € HT par an", Money(Decimal(50_000))),
        ("date", "fin T2", D(2026, 6, 30)),
        ("role", "DAF", "cfo"),
        ("pain", "On perd 2 jours par mois", "On perd 2 jours par mois"),
        ("urgency", "Pas pressé", "low"),
    ]


def test_an_english_transcript() -> None:
    text = (
        "Our VP Sales says it's top priority: we lose 3 hours a day re-keying orders. "
        "The CFO has $120,000 for it and wants to decide by the end of March, ASAP really."
    )
    found = [(f.kind, f.text) for f in find_all(text, TODAY)]
    assert found == [
        ("role", "VP Sales"),
        ("urgency", "top priority"),
        ("pain", "we lose 3 hours a day"),
        ("pain", "re-keying"),
        ("role", "CFO"),
        ("amount", "$120,000"),
        ("date", "by the end of March"),
        ("date", "ASAP"),
    ]


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("late March", ["date"]),  # not the pain "late"
        ("we lose 50k€ a year", ["pain"]),  # a loss is no budget
        ("ASAP", ["date"]),
        ("not a top priority", ["urgency"]),
        ("critical errors", ["urgency", "pain"]),
    ],
)
def test_overlaps_keep_the_longer_finding(text: str, kinds: list[str]) -> None:
    assert [f.kind for f in find_all(text, TODAY)] == kinds


def test_spans_index_the_text_as_typed() -> None:
    text = "La Directrice Financière veut décider d’ici fin d’année, budget 1,5\u202fM€."
    for f in find_all(text, TODAY):
        assert text[f.start : f.end] == f.text
    assert [f.text for f in find_all(text, TODAY)] == [
        "Directrice Financière",
        "d’ici fin d’année",
        "1,5\u202fM€",
    ]


_VOCABULARY = [
    "50k€",
    "$120,000",
    "1,5M€",
    "budget",
    "of",
    "80k",
    "£900/month",
    "fin",
    "mars",
    "d'ici",
    "Q3",
    "T3",
    "next",
    "month",
    "le",
    "mois",
    "prochain",
    "in",
    "3",
    "weeks",
    "dans",
    "semaines",
    "by",
    "June",
    "en",
    "juin",
    "end",
    "the",
    "year",
    "tomorrow",
    "demain",
    "ASAP",
    "CFO",
    "DAF",
    "directrice",
    "financière",
    "IT",
    "it",
    "head",
    "responsable",
    "achats",
    "VP",
    "Sales",
    "we",
    "lose",
    "hours",
    "a",
    "day",
    "on",
    "perd",
    "10",
    "%",
    "des",
    "leads",
    "manual",
    "erreurs",
    "urgent",
    "pas",
    "pressé",
    "no",
    "rush",
    "31/03/2026",
    "2026-03-31",
    "2026",
    "-",
    "/",
    ".",
    ",",
    "'",
    "’",
    "é",
    "0",
    "9",
    "06",
    "+33",
    "K",
    "M",
    "Md",
    "€",
    "$",
]


@settings(max_examples=300, deadline=None)
@given(
    st.one_of(
        st.text(max_size=200),
        st.lists(st.sampled_from(_VOCABULARY), max_size=30).map(" ".join),
        st.lists(st.one_of(st.sampled_from(_VOCABULARY), st.text(max_size=3)), max_size=30).map("".join),
    ),
    st.dates(dt.date(1990, 1, 1), dt.date(2100, 12, 31)),
)
def test_find_all_never_raises_and_spans_are_ordered(text: str, today: dt.date) -> None:
    found = find_all(text, today)
    previous_end = 0
    for f in found:
        assert 0 <= previous_end <= f.start < f.end <= len(text)
        assert f.text == text[f.start : f.end]
        assert f.kind in ("amount", "date", "role", "pain", "urgency")
        assert f.facts == () or all(isinstance(fact, str) for fact in f.facts)
        previous_end = f.end
    parse_date(text, today)
    parse_money(text)


def test_long_notes_are_read_whole() -> None:
    # Speed is measured in bench/, never timed here; this only checks nothing is dropped.
    text = (
        "Budget 50k€, le DAF signe fin mars, on perd 3 heures par jour en ressaisie, urgent. "
        "The CFO wants it by June; we lose 10 % of leads; no rush for the IT team. "
    ) * 200
    found = find_all(text, TODAY)
    assert len(found) > 1000
