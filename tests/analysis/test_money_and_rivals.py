"""Money in the currencies people actually speak (kept in that currency, never converted, a bare
"$" read from where the call takes place) and rivals named in any evaluation context, in English
and French. The phrasings and the vendor names (Kantata, Float, Runn...) are written for these
tests; none comes from the corpus."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from interview.analysis.competitors import find_competitors
from interview.analysis.evidence import analyse
from interview.analysis.recognisers import find_amounts, other_currency, parse_money
from interview.analysis.transcript import parse_transcript

CALL = dt.date(2026, 3, 10)


def _call(lines: list[str], fact: str) -> dict[str, Any]:
    text = "\n".join(lines) + "\n"
    return analyse(parse_transcript(text, "call.txt"), CALL).facts[fact].as_json()  # type: ignore[no-any-return]


def _budget(answer: str, before: str = "We are a small outfit.") -> dict[str, Any]:
    return _call(
        [
            "Rep: Hi, thanks for making the time. Can you tell me about the team?",
            f"Pro: {before}",
            "Rep: What budget do you have for this?",
            f"Pro: {answer}",
        ],
        "budget.amount",
    )


def _budget_fr(answer: str, before: str = "On est une petite équipe de vingt personnes.") -> dict[str, Any]:
    return _call(
        [
            "Rep : Bonjour, merci pour votre temps. Parlez-moi de l'équipe ?",
            f"Pro : {before}",
            "Rep : Quel budget avez-vous prévu pour ce projet ?",
            f"Pro : {answer}",
        ],
        "budget.amount",
    )


def _rivals(answer: str, lang: str = "en") -> list[str]:
    if lang == "fr":
        lines = [
            "Rep : Bonjour, merci pour votre temps. Parlez-moi de l'équipe ?",
            "Pro : On est une petite équipe de vingt personnes.",
            "Rep : Et comment ça se passe de votre côté ?",
            f"Pro : {answer}",
        ]
    else:
        lines = [
            "Rep: Hi, thanks for making the time. Can you tell me about the team?",
            "Pro: We are a team of twenty people.",
            "Rep: And how are things going on your side?",
            f"Pro: {answer}",
        ]
    got = _call(lines, "competitors")
    return sorted(str(v).lower() for v in got.get("value") or [])


# --- money in other currencies -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "amount", "currency"),
    [
        ("We have about 2 million NZ dollars set aside.", 2_000_000, "NZD"),
        ("Roughly 80k kiwi dollars.", 80_000, "NZD"),
        ("NZ$150,000 for the year.", 150_000, "NZD"),
        ("Budget is R 250 000.", 250_000, "ZAR"),
        ("About 400 000 rand.", 400_000, "ZAR"),
        ("We set aside 90,000 Singapore dollars.", 90_000, "SGD"),
        ("S$120k.", 120_000, "SGD"),
        ("HK$500,000 this year.", 500_000, "HKD"),
        ("Around 800k Hong Kong dollars.", 800_000, "HKD"),
        ("About 12 million yen.", 12_000_000, "JPY"),
        ("¥5,000,000 roughly.", 5_000_000, "JPY"),
        ("Maybe 40 lakh rupees.", 4_000_000, "INR"),
        ("About 2 crore.", 20_000_000, "INR"),
        ("₹1.5 crore for the project.", 15_000_000, "INR"),
        ("Rs. 8 lakh for the pilot.", 800_000, "INR"),
        ("Around 600 000 kronor.", 600_000, "SEK"),
        ("500,000 Norwegian kroner.", 500_000, "NOK"),
        ("300 000 Danish kroner.", 300_000, "DKK"),
        ("About 200 000 złoty.", 200_000, "PLN"),
        ("200 000 zł.", 200_000, "PLN"),
        ("Around 3 million pesos.", 3_000_000, "MXN"),
        ("Around 500,000 reais.", 500_000, "BRL"),
        ("R$ 400.000.", 400_000, "BRL"),
        ("About 2 million yuan.", 2_000_000, "CNY"),
        ("RMB 3 million.", 3_000_000, "CNY"),
        ("fifty thousand kiwi dollars", 50_000, "NZD"),
        ("forty lakh rupees", 4_000_000, "INR"),
        ("HK$ 2.5m over two years.", 2_500_000, "HKD"),
        ("SGD 80k for phase one.", 80_000, "SGD"),
        ("200k PLN.", 200_000, "PLN"),
        ("MXN 1.2M.", 1_200_000, "MXN"),
        ("Roughly 1.2 million dirhams.", 1_200_000, "MAD"),
        ("Around 2.5 million rand.", 2_500_000, "ZAR"),
        ("Two and a half million rand.", 2_500_000, "ZAR"),
        ("About five hundred thousand yuan.", 500_000, "CNY"),
        ("ZAR 1.2 million.", 1_200_000, "ZAR"),
        ("JPY 30m.", 30_000_000, "JPY"),
        ("INR 75 lakh.", 7_500_000, "INR"),
        ("About 75 lakhs.", 7_500_000, "INR"),
        ("Something like ten crore rupees.", 100_000_000, "INR"),
        ("About 300 grand, kiwi dollars.", 300_000, "NZD"),
        ("AED 400,000.", 400_000, "AED"),
    ],
)
def test_other_currencies_in_english(text: str, amount: int, currency: str) -> None:
    got = _budget(text)
    assert got["status"] == "found"
    assert got["value"] == {"amount": amount, "currency": currency}


@pytest.mark.parametrize(
    ("text", "amount", "currency"),
    [
        ("Environ 600 000 couronnes suédoises.", 600_000, "SEK"),
        ("Environ 200 000 zlotys.", 200_000, "PLN"),
        ("Environ 800 000 dirhams.", 800_000, "MAD"),
        ("Autour de 50 millions de francs CFA.", 50_000_000, "XOF"),
        ("30 millions FCFA.", 30_000_000, "XOF"),
        ("deux cent mille dirhams", 200_000, "MAD"),
        ("Le plafond, c'est 40 millions de francs CFA BEAC.", 40_000_000, "XAF"),
        ("Environ 5 millions de yens.", 5_000_000, "JPY"),
        ("À peu près 3 millions de roupies.", 3_000_000, "INR"),
        ("Autour de 50 000 rands.", 50_000, "ZAR"),
        ("25 millions CFA.", 25_000_000, "XOF"),
        ("deux millions de pesos", 2_000_000, "MXN"),
        ("1,5 million de reais", 1_500_000, "BRL"),
        ("Un demi-million de dirhams.", 500_000, "MAD"),
        ("500 000 dirhams émiratis.", 500_000, "AED"),
        ("Deux millions et demi de yuans.", 2_500_000, "CNY"),
    ],
)
def test_other_currencies_in_french(text: str, amount: int, currency: str) -> None:
    got = _budget_fr(text)
    assert got["status"] == "found"
    assert got["value"] == {"amount": amount, "currency": currency}


def test_the_six_first_currencies_are_unchanged() -> None:
    assert parse_money("50k€") is not None and parse_money("50k€").currency == "EUR"  # type: ignore[union-attr]
    assert [f.value.currency for f in find_amounts("About £40,000 and CHF 30'000, or A$60k.")] == [
        "GBP",
        "CHF",
        "AUD",
    ]
    assert _budget("About 80,000 pounds.")["value"] == {"amount": 80_000, "currency": "GBP"}
    assert _budget("We have $50k.")["value"] == {"amount": 50_000, "currency": "USD"}
    assert _budget_fr("Autour de 50 000 $.")["value"] == {"amount": 50_000, "currency": "CAD"}
    assert _budget_fr("Septante mille francs.")["value"] == {"amount": 70_000, "currency": "CHF"}


def test_currency_codes_and_words() -> None:
    assert other_currency("kiwi dollars") == "NZD"
    assert other_currency("R") == "ZAR"
    assert other_currency("couronnes norvégiennes") == "NOK"
    assert other_currency("dollars") is None
    assert find_amounts("5 lakh users")[0:1] == [] or find_amounts("5 lakh users")[0].value.currency != "INR"


def test_not_money_stays_not_money() -> None:
    assert find_amounts("Release R2 ships in May.") == []
    assert find_amounts("We have 300 reps in 12 regions.") == []


# --- a bare "$" in the currency of the place --------------------------------------------------


@pytest.mark.parametrize(
    ("before", "answer", "currency"),
    [
        ("We're based in Toronto.", "We have 80,000 dollars.", "CAD"),
        ("Our head office is in Calgary, Alberta.", "$120k.", "CAD"),
        ("We run three depots around Brisbane.", "Budget is $60k.", "AUD"),
        ("I'll get back to you this arvo.", "Around $75,000.", "AUD"),
        ("We're in Auckland and Christchurch.", "About $90k.", "NZD"),
        ("We're a Kiwi business, mostly in Wellington.", "Forty grand, in dollars.", "NZD"),
        ("We're in Chicago.", "About $90k.", "USD"),
        ("We're in Auckland.", "About US$90k.", "USD"),
        ("We are a small outfit.", "About $90k.", "USD"),
        ("We have offices in Toronto and Sydney.", "About $90k.", "USD"),  # unclear: as said
    ],
)
def test_bare_dollars_take_the_place_of_the_call(before: str, answer: str, currency: str) -> None:
    got = _budget(answer, before)
    assert got["status"] == "found"
    assert got["value"]["currency"] == currency


def test_bare_crowns_take_the_place_of_the_call() -> None:
    assert _budget("About 400 000 kroner.", "We're in Copenhagen.")["value"]["currency"] == "DKK"
    assert _budget("About 400 000 kroner.", "We're in Oslo.")["value"]["currency"] == "NOK"
    assert _budget("About 400 000 kr.", "We're in Stockholm.")["value"]["currency"] == "SEK"
    assert _budget("About 400 000 kroner.")["value"]["currency"] == "NOK"


def test_a_french_call_keeps_canadian_dollars() -> None:
    got = _budget_fr("On parle de 60 000 piasses.", "On est à Québec, icitte on a trois entrepôts.")
    assert got["value"] == {"amount": 60_000, "currency": "CAD"}


# --- rivals in any evaluation context ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("We had a demo from Kantata last month.", ["kantata"]),
        ("Kantata quoted us 40k for the same scope.", ["kantata"]),
        ("Kantata's rep came by on Thursday.", ["kantata"]),
        ("A rep from Kantata came by on Thursday.", ["kantata"]),
        ("We're comparing with Kantata and Float.", ["float", "kantata"]),
        ("We're evaluating Kantata, Float and Runn.", ["float", "kantata", "runn"]),
        ("The other one on the shortlist is Float.", ["float"]),
        ("Float is the other option we're looking at.", ["float"]),
        ("Our CFO wants us to also consider Planview.", ["planview"]),
        ("Teamwork.com pitched us last week.", ["teamwork.com"]),
        ("We're also talking to 10to8 about scheduling.", ["10to8"]),
        ("There's also Float in the running.", ["float"]),
        ("We use Excel today and we're evaluating Float.", ["float"]),
        ("The shortlist is Kantata, Float and you.", ["float", "kantata"]),
        ("Float offered us a discount.", ["float"]),
        ("We sat down with the Kantata team.", ["kantata"]),
        ("Float and Runn are the two others on the list.", ["float", "runn"]),
        ("We got a quote from Deltek, and Kantata's sales team came by yesterday.", ["deltek", "kantata"]),
        ("Mavenlink, Float, and Runn all pitched us.", ["float", "mavenlink", "runn"]),
        ("We also looked into Monday.com.", ["monday.com"]),
        ("We're comparing three: Kantata, Float and Runn.", ["float", "kantata", "runn"]),
        ("We spoke to Float's account manager last week.", ["float"]),
        ("The team is testing Runn v2 right now.", ["runn v2"]),
        ("We're evaluating Float as a replacement for Kantata.", ["float"]),
        ("We're on Kantata but we're evaluating Float and Runn against it.", ["float", "runn"]),
        ("We're looking at alternatives to Kantata, like Float.", ["float"]),
        ("We want to move off Kantata, so we're talking to Float.", ["float"]),
        ("We use Kantata, and we are comparing it with Float.", ["float"]),
    ],
)
def test_rivals_in_english(text: str, names: list[str]) -> None:
    assert _rivals(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("On a vu Kantata le mois dernier.", ["kantata"]),
        ("Kantata nous a fait une offre à 40k.", ["kantata"]),
        ("On compare avec Kantata et Float.", ["float", "kantata"]),
        ("On a eu une démo chez Kantata.", ["kantata"]),
        ("On regarde la solution de Kantata.", ["kantata"]),
        ("Le commercial de Kantata est passé jeudi.", ["kantata"]),
        ("On évalue Kantata, Float et Runn.", ["float", "kantata", "runn"]),
        ("On a rencontré les équipes de Kantata.", ["kantata"]),
        ("J'ai reçu une proposition de Float hier.", ["float"]),
        ("On a demandé un devis à Float.", ["float"]),
        ("On teste Runn depuis deux semaines.", ["runn"]),
        ("On a vu Float et Runn, et on regarde aussi Kantata.", ["float", "kantata", "runn"]),
        ("Le commercial de chez Float nous a appelés.", ["float"]),
        ("On a eu une présentation de Float mardi.", ["float"]),
        ("Chez Float, ils nous ont proposé un tarif à 30k.", ["float"]),
        ("On a consulté trois éditeurs : Kantata, Float et Runn.", ["float", "kantata", "runn"]),
    ],
)
def test_rivals_in_french(text: str, names: list[str]) -> None:
    assert _rivals(text, "fr") == names


@pytest.mark.parametrize(
    ("text", "names", "lang"),
    [
        ("we had a demo from kantata last week and float sent us a quote", ["float", "kantata"], "en"),
        ("we are looking at kantata and runn as well", ["kantata", "runn"], "en"),
        ("we spoke with float last week", ["float"], "en"),
        ("float quoted us forty k", ["float"], "en"),
        ("We got a quote from kantata.", ["kantata"], "en"),
        ("on a vu kantata et float la semaine dernière", ["float", "kantata"], "fr"),
        ("kantata nous a fait une offre", ["kantata"], "fr"),
        ("on a eu une démo de float mardi", ["float"], "fr"),
        ("on compare avec runn et kantata", ["kantata", "runn"], "fr"),
        ("kantata was cheaper to be fair", ["kantata"], "en"),
        ("kantata and float are on the shortlist", ["float", "kantata"], "en"),
        ("kantata, float and runn all pitched us", ["float", "kantata", "runn"], "en"),
        ("kantata has been in touch", ["kantata"], "en"),
        ("float est moins cher", ["float"], "fr"),
        ("it was cheaper to be fair", [], "en"),
        ("the price was cheaper last year", [], "en"),
        ("le prix est moins cher", [], "fr"),
    ],
)
def test_rivals_in_lower_case_speech_to_text(text: str, names: list[str], lang: str) -> None:
    assert _rivals(text, lang) == names


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("We're using Kantata today, it's slow.", "en"),
        ("We switched to Float two years ago.", "en"),
        ("We use Kantata today and it's slow.", "en"),
        ("Today we run everything on Kantata.", "en"),
        ("Our current tool is Kantata.", "en"),
        ("We're looking at replacing Kantata.", "en"),
        ("We had a call with Jordan from finance about it.", "en"),
        ("We're looking at Q3 for the rollout.", "en"),
        ("we use kantata today and its slow", "en"),
        ("i had a call with my boss about it", "en"),
        ("we are looking at hiring two more people", "en"),
        ("we looked at the numbers again", "en"),
        ("i'd be looking at around thirty thousand dollars", "en"),
        ("send proposal with 3-month pilot", "en"),
        ("On utilise Kantata aujourd'hui et ça rame.", "fr"),
        ("On utilise la solution de Kantata aujourd'hui.", "fr"),
        ("On regarde pour remplacer Kantata.", "fr"),
        ("on a vu le directeur financier hier", "fr"),
        ("on utilise kantata depuis cinq ans", "fr"),
        ("trente pour cent des devis partent en retard", "fr"),
    ],
)
def test_tools_in_use_and_other_words_are_no_rivals(text: str, lang: str) -> None:
    assert _rivals(text, lang) == []


@pytest.mark.parametrize(
    ("text", "names", "lang"),
    [
        ("Kantata came in at about 40k.", ["kantata"], "en"),
        ("We've got Kantata coming in next week to demo.", ["kantata"], "en"),
        ("Kantata is coming in on Friday to show us their tool.", ["kantata"], "en"),
        ("We've had Kantata in twice already.", ["kantata"], "en"),
        ("Kantata has been in touch a few times.", ["kantata"], "en"),
        ("The Kantata guys were here on Tuesday.", ["kantata"], "en"),
        ("Kantata was cheaper, to be fair.", ["kantata"], "en"),
        ("Kantata and Float both sent proposals.", ["float", "kantata"], "en"),
        ("We short-listed Kantata and Float.", ["float", "kantata"], "en"),
        ("We're waiting on a quote from Float.", ["float"], "en"),
        ("Float is pitching to the board next week.", ["float"], "en"),
        ("Float are the front-runner at the moment.", ["float"], "en"),
        ("Honestly Float is ahead right now.", ["float"], "en"),
        ("Procurement brought in Float and Runn for the tender.", ["float", "runn"], "en"),
        ("Float have put in a bid as well.", ["float"], "en"),
        ("We're also in conversations with Runn.", ["runn"], "en"),
        ("My director likes Float a lot, they demoed last week.", ["float"], "en"),
        ("Kantata est venu nous présenter sa solution.", ["kantata"], "fr"),
        ("On a fait venir Kantata la semaine dernière.", ["kantata"], "fr"),
        ("On attend le devis de Kantata.", ["kantata"], "fr"),
        ("Kantata nous a démarchés en janvier.", ["kantata"], "fr"),
        ("Float est moins cher, mais moins complet.", ["float"], "fr"),
        ("Float nous propose un tarif à 30k.", ["float"], "fr"),
        ("Float, Runn et Kantata sont sur les rangs.", ["float", "kantata", "runn"], "fr"),
        ("On a lancé un appel d'offres, Float et Runn ont répondu.", ["float", "runn"], "fr"),
        ("On a magasiné Float et Runn.", ["float", "runn"], "fr"),
        ("On a reçu l'offre de Float hier.", ["float"], "fr"),
        ("On a aussi Float dans la boucle.", ["float"], "fr"),
        ("float est venu nous présenter leur outil", ["float"], "fr"),
        ("on a fait venir runn et kantata", ["kantata", "runn"], "fr"),
        # typed notes, terse
        ("Kantata quoted 40k.", ["kantata"], "en"),
        ("Also eval'ing Float.", ["float"], "en"),
        ("Float demo'd last wk, pricey.", ["float"], "en"),
        ("Looked at Kantata + Float.", ["float", "kantata"], "en"),
        ("Kantata / Float on shortlist.", ["float", "kantata"], "en"),
        ("Kantata's implementation partner quoted 60k.", ["kantata"], "en"),
        ("We've asked Kantata and Float for pricing.", ["float", "kantata"], "en"),
        ("We put out an RFP and Kantata, Float and Runn responded.", ["float", "kantata", "runn"], "en"),
        ("We're also in discussions with PSA Pro 2.", ["psa pro 2"], "en"),
        ("The other bid came from Float.", ["float"], "en"),
        ("Devis Kantata reçu, 40k.", ["kantata"], "fr"),
        ("Float en POC jusqu'à fin mars.", ["float"], "fr"),
        ("On a demandé des prix à Kantata et Float.", ["float", "kantata"], "fr"),
        ("Ils ont aussi sollicité Float.", ["float"], "fr"),
        ("On a Kantata en concurrence.", ["kantata"], "fr"),
        ("L'autre offre vient de Float.", ["float"], "fr"),
        ("On regarde des alternatives à Kantata, comme Float ou Runn.", ["float", "runn"], "fr"),
        ("On est sur Kantata et on regarde Float.", ["float"], "fr"),
        ("We had a demo last week. It was Kantata.", ["kantata"], "en"),
        ("We got another quote. That one was from Float.", ["float"], "en"),
        ("On a reçu une autre offre. C'était Float.", ["float"], "fr"),
        ("We're in a bake-off with Kantata and Float.", ["float", "kantata"], "en"),
        ("Kantata undercut you by 20%.", ["kantata"], "en"),
        ("Honestly Kantata gave us a better deal.", ["kantata"], "en"),
        ("We pitted you against Float.", ["float"], "en"),
        ("Face à Kantata, vous êtes plus cher.", ["kantata"], "fr"),
        ("Kantata a fait une meilleure offre.", ["kantata"], "fr"),
        ("Float est mieux placé pour l'instant.", ["float"], "fr"),
    ],
)
def test_rivals_by_what_vendors_do(text: str, names: list[str], lang: str) -> None:
    assert _rivals(text, lang) == names


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Priya wants a demo for the whole team.", "en"),
        ("I'll ask Tom in finance to compare the numbers.", "en"),
        ("Can you send the quote to Karen Walsh?", "en"),
        ("The Sydney team will trial it first.", "en"),
        ("Our CFO, Dana Lee, wants three quotes.", "en"),
        ("We're testing it with the Berlin branch.", "en"),
        ("Send the proposal to me and Jo.", "en"),
        ("We'd evaluate it against our own SLA.", "en"),
        ("My boss Mark will compare the proposals.", "en"),
        ("Frank from procurement is comparing quotes.", "en"),
        ("Kantata is our incumbent and we're happy-ish.", "en"),
        ("We went live on Kantata last year.", "en"),
        ("Marie veut une démo pour toute l'équipe.", "fr"),
        ("Envoyez-moi la proposition d'ici vendredi.", "fr"),
        ("Le devis doit passer par Sophie Martin aux achats.", "fr"),
        ("On teste avec l'agence de Nantes.", "fr"),
        ("La démo était très bien, Julien a adoré.", "fr"),
        ("Chez nous, on tourne sur Kantata depuis 2019.", "fr"),
        ("On est passés sur Kantata l'an dernier.", "fr"),
        ("Marie pitched it to the board.", "en"),
        ("Tom quoted the figure from memory.", "en"),
        ("Dana demoed it to her team.", "en"),
        ("We've been burnt by Kantata before, so we're careful.", "en"),
        ("Before Christmas we want to see a demo.", "en"),
        ("The demo needs to cover SOC 2 and GDPR.", "en"),
        ("We need the proposal before FY27 planning.", "en"),
        ("We need ISO 27001 in the proposal.", "en"),
        ("The quote should include Premium Support.", "en"),
        ("Send the proposal to Dana and me.", "en"),
        ("I compared your pricing with what Mike had in his spreadsheet.", "en"),
        ("Finance wants three quotes before anything moves.", "en"),
        ("Legal will review the proposal.", "en"),
        ("Kantata is the incumbent at our sister company.", "en"),
        ("We're looking at alternatives to Kantata.", "en"),
        ("On cherche une alternative à Kantata.", "fr"),
        ("We met someone last week. It was Dana.", "en"),
        ("It was Tuesday. We had a demo.", "en"),
        ("Avant Noël on veut voir une démo.", "fr"),
        ("Les Achats vont comparer les offres.", "fr"),
        ("Envoyez le devis à Claire et moi.", "fr"),
    ],
)
def test_people_places_and_own_tools_in_an_evaluation_are_no_rivals(text: str, lang: str) -> None:
    assert _rivals(text, lang) == []


def test_the_sellers_company_is_never_a_rival() -> None:
    got = _call(
        [
            "Sam Carter (Kantata): Thanks for the time. Who else are you looking at?",
            "Dana Lee: We had a demo from Kantata last week, that was you, and we're also talking to Float.",
        ],
        "competitors",
    )
    assert got["value"] == ["Float"]


def test_find_competitors_names_and_positions() -> None:
    text = "We got quotes from Kantata and Float."
    assert [(text[a:b], n) for a, b, n in find_competitors(text)] == [
        ("Kantata", "Kantata"),
        ("Float", "Float"),
    ]


def _answer(question: str, answer: str) -> list[str]:
    got = _call(
        [
            "Rep: Hi, thanks for making the time. Can you tell me about the team?",
            "Pro: We are a team of twenty people.",
            f"Rep: {question}",
            f"Pro: {answer}",
        ],
        "competitors",
    )
    return sorted(str(v).lower() for v in got.get("value") or [])


@pytest.mark.parametrize(
    ("question", "answer", "names"),
    [
        ("Who else are you looking at?", "Kantata, mostly.", ["kantata"]),
        ("Who else are you looking at?", "mostly kantata and float", ["float", "kantata"]),
        ("Any other vendors in the mix?", "well kantata, float and runn", ["float", "kantata", "runn"]),
        ("Are you talking to other providers?", "yeah we had a look at kantata", ["kantata"]),
        ("Who else are you looking at?", "Nobody, honestly.", []),
        ("Who else are you looking at?", "not yet", []),
        ("Who else are you looking at?", "Bit early for that.", []),
        ("Who else are you looking at?", "we have not looked at anyone", []),
    ],
)
def test_answers_to_who_else(question: str, answer: str, names: list[str]) -> None:
    assert _answer(question, answer) == names
