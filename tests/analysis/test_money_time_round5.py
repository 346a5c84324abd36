"""Money and time, round 5: the budget amount, its status, the decision date and the compelling
event, read from the shape of the clause (who acts, tense, negation, what an amount is the object
of) rather than from more cue words. Every phrasing here is written for these tests, in English and
French, with distractors that must not match; none is copied from the corpus."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from interview.analysis.evidence import analyse
from interview.analysis.statements import find_compelling_event
from interview.analysis.transcript import parse_transcript

CALL = dt.date(2026, 3, 10)


def _call(lines: list[str], fact: str, call: dt.date = CALL) -> dict[str, Any]:
    text = "\n".join(lines) + "\n"
    return analyse(parse_transcript(text, "call.txt"), call).facts[fact].as_json()  # type: ignore[no-any-return]


def _event(text: str) -> bool | None:
    cues = find_compelling_event(text)
    return cues[0].value if cues else None


# --- timeline.compelling_event: the shape of an outside event --------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # someone outside changes the rules from a date
        "The ministry is introducing a new reporting format from October and our spreadsheets can't do it.",
        "Our insurer will require telematics on every van from January.",
        "La préfecture impose un registre numérique à partir de septembre.",
        "Le franchiseur exige un outil de caisse certifié dès le mois de mai.",
        # a dated happening they want to be ready for
        "The new term begins in September and we want staff trained for that.",
        "La foire agricole démarre le 12 juin, il nous faut l'outil avant.",
        "L'entrepôt de Lyon est livré en octobre.",
        # ready before / by then
        "We need the kiosks in place before the holiday rush.",
        "Two of the depots have to be on the new system by then, the auditors come in May.",
        # the money or the slot is lost when missed
        "If we don't sign before the fiscal year ends, the grant lapses.",
        "Sinon on perd la subvention, il faut engager avant la clôture de l'exercice.",
        "The capital funding expires in June.",
        # an inspection with its owner on either side
        "Their customer runs its supplier inspection in November.",
        "Contrôle URSSAF prévu pour février, on veut être carrés.",
    ],
)
def test_outside_event_shapes(text: str) -> None:
    assert _event(text) is True


@pytest.mark.parametrize(
    "text",
    [
        # what only delays, or what they wait for, forces nothing
        "It's parked until the warehouse move is done.",
        "The board meeting got pushed back, so it'll be May now.",
        "On a reporté à cause du séminaire commercial.",
        # their own planning or our own start is no outside event
        "Budget will come from the annual planning which starts in April.",
        "We start the pilot in April.",
        # a bare readiness wish with no event
        "We'd like to be ready at some point.",
        # a fine that is fine
        "If we don't get to it this quarter, that's fine.",
        # the opening of their own shops, not a date forced on them
        "Cette année il y a l'ouverture de deux agences.",
    ],
)
def test_no_event_shape(text: str) -> None:
    assert _event(text) is not True


# --- budget.amount: what the amount is the object of ------------------------------------------


def _money(lines: list[str]) -> Any:
    fact = _call(lines, "budget.amount")
    return (fact["status"], fact["value"])


@pytest.mark.parametrize(
    ("answer", "amount", "currency"),
    [
        # money already paid or lost, beside the budget: the budget wins
        (
            "Last quarter we paid roughly 90k euros in late fees. For the tool we'd put 40k euros.",
            40000,
            "EUR",
        ),
        (
            "We spend around 600,000 dollars a year on overtime. For this we could go to 45,000 dollars.",
            45000,
            "USD",
        ),
        (
            "On a payé près de 120 000 euros de pénalités l'an dernier. "
            "Pour l'outil, on a prévu 30 000 euros.",
            30000,
            "EUR",
        ),
        ("Ça nous a coûté 70 000 euros en heures sup. On mettrait 25 000 euros.", 25000, "EUR"),
        # the modal keeps a spend a budget
        ("We would spend about 35,000 dollars on it.", 35000, "USD"),
    ],
)
def test_spent_money_is_not_the_budget(answer: str, amount: int, currency: str) -> None:
    status, value = _money(
        [
            "Rep: Thanks for joining. What's going on?",
            "Pro: Our scheduling is a mess.",
            "Rep: What kind of budget are you working with?",
            f"Pro: {answer}",
        ]
    )
    assert (status, value) == ("found", {"amount": amount, "currency": currency})


@pytest.mark.parametrize(
    "answer",
    [
        "That account was worth 800,000 dollars to us.",
        "We lost 2 million dollars of orders when the site went down.",
        "On a perdu 50 000 euros de marchandise.",
    ],
)
def test_only_a_loss_gives_no_budget(answer: str) -> None:
    status, _ = _money(
        [
            "Rep: Thanks for joining. What's going on?",
            f"Pro: {answer}",
            "Rep: I see. And how do you track it now?",
            "Pro: Mostly by hand.",
        ]
    )
    assert status == "absent"


@pytest.mark.parametrize(
    ("answer", "amount"),
    [
        ("On a budgété sept cents euros par mois, donc huit mille quatre cents à l'année.", 8400),
        ("On mettrait mille euros par mois, soit douze mille à l'an.", 12000),
    ],
)
def test_monthly_then_yearly_in_french(answer: str, amount: int) -> None:
    status, value = _money(
        [
            "Rep : Bonjour, merci pour votre temps. Quel est le souci ?",
            "Pro : Les plannings, c'est l'enfer.",
            "Rep : Quel budget avez-vous prévu ?",
            f"Pro : {answer}",
        ]
    )
    assert (status, value) == ("found", {"amount": amount, "currency": "EUR"})


def test_french_grand_is_an_adjective() -> None:
    status, _ = _money(
        [
            "Rep : Bonjour, comment faites-vous aujourd'hui ?",
            "Pro : Tout est noté sur un grand tableau blanc dans le bureau.",
            "Rep : Et ça marche ?",
            "Pro : Pas vraiment, on perd des infos.",
        ]
    )
    assert status == "absent"


@pytest.mark.parametrize(
    ("place", "answer", "currency"),
    [
        ("We run four yards around Calgary.", "About eighty thousand for the first year.", "CAD"),
        ("We've got two sites in Leeds and one near York, in Yorkshire.", "Twenty grand, maybe.", "GBP"),
        ("Our crews cover Ohio and Michigan.", "Two hundred thousand, roughly.", "USD"),
    ],
)
def test_a_sum_with_no_currency_takes_the_place(place: str, answer: str, currency: str) -> None:
    status, value = _money(
        [
            "Rep: Thanks for joining. Tell me about the business?",
            f"Pro: {place}",
            "Rep: What budget have you set aside for this?",
            f"Pro: {answer}",
        ]
    )
    assert status == "found" and value["currency"] == currency


@pytest.mark.parametrize(
    "limit",
    [
        "La DAF débloque tout ce qui dépasse vingt mille euros.",
        "Au-delà de vingt-cinq mille euros, c'est la présidente qui signe.",
    ],
)
def test_a_signing_limit_is_not_the_budget(limit: str) -> None:
    status, value = _money(
        [
            "Rep : Bonjour. Quel budget avez-vous prévu ?",
            "Pro : On a prévu douze mille euros.",
            "Rep : Et qui valide ?",
            f"Pro : {limit}",
        ]
    )
    assert (status, value) == ("found", {"amount": 12000, "currency": "EUR"})


# --- budget.allocated: negation, hedges, requests, participles, what they do ---------------------


def _status(answer: str, lang: str = "en") -> dict[str, Any]:
    if lang == "fr":
        lines = [
            "Rep : Bonjour, merci pour votre temps. Quel est le souci ?",
            "Pro : Les plannings, c'est l'enfer.",
            "Rep : Et côté budget ?",
            f"Pro : {answer}",
        ]
    else:
        lines = [
            "Rep: Thanks for joining. What's the problem?",
            "Pro: Scheduling is a mess.",
            "Rep: And on the money side?",
            f"Pro: {answer}",
        ]
    return _call(lines, "budget.allocated")


@pytest.mark.parametrize(
    ("answer", "lang", "value"),
    [
        # a negation turns a phrase of money set aside round
        ("Honestly it's not in this year's budget.", "en", "not_allocated"),
        ("That was never in our budget.", "en", "not_allocated"),
        # where the money sits, said of the purchase
        ("Thirty thousand, and it's already in the plan.", "en", "allocated"),
        ("C'est dans le budget prévisionnel qu'on a bouclé en janvier.", "fr", "allocated"),
        # a sum asked for and not yet granted
        ("We've requested 60k in the next capex round.", "en", "being_defined"),
        ("On a demandé cinquante mille euros à la direction.", "fr", "being_defined"),
        # an amount with its approval as a bare participle, done or to come
        ("120 k€ sur deux ans, validé en conseil.", "fr", "allocated"),
        ("$90k, approved by the trustees in May.", "en", "allocated"),
        ("Quarante mille euros, qui sera voté au printemps.", "fr", "being_defined"),
        # a business case still to make, or being made
        ("I'll have to write a business case for it.", "en", "being_defined"),
        ("I'm putting together the business case this month.", "en", "being_defined"),
        # a budget to be adopted later
        ("Le conseil doit adopter le budget en juin.", "fr", "being_defined"),
    ],
)
def test_budget_status_shapes(answer: str, lang: str, value: str) -> None:
    fact = _status(answer, lang)
    assert (fact["status"], fact["value"]) == ("found", value)


@pytest.mark.parametrize(
    ("answer", "lang"),
    [
        # a status reported as unknown
        ("She didn't tell me whether there's money set aside.", "en"),
        ("Je ne sais pas si l'enveloppe est validée.", "fr"),
        # what the contact does in general is no status
        ("I write the business case, my boss signs it.", "en"),
    ],
)
def test_no_budget_status(answer: str, lang: str) -> None:
    assert _status(answer, lang)["status"] == "absent"


def test_a_hedge_about_next_year_does_not_beat_no_budget() -> None:
    fact = _status("Pas de budget cette année. On verra au budget de l'an prochain, peut-être.", "fr")
    assert (fact["status"], fact["value"]) == ("found", "not_allocated")


def test_an_amount_if_approved_does_not_beat_zero() -> None:
    fact = _call(
        [
            "Call notes, ops lead, 10 March.",
            "- pain: stock counts never match, two write-offs this winter.",
            "- their budget: $0 this FY.",
            "- she floated ~$80K year one if approved.",
        ],
        "budget.allocated",
    )
    assert (fact["status"], fact["value"]) == ("found", "not_allocated")


# --- timeline.decision_date: locale, corrections, starts, limits, hedges, meetings --------------


def _when(lines: list[str]) -> tuple[str, Any]:
    fact = _call(lines, "timeline.decision_date")
    return fact["status"], fact["value"]


def _asked(answer: str, lang: str = "en", before: str = "") -> tuple[str, Any]:
    if lang == "fr":
        lines = [
            "Rep : Bonjour, merci pour votre temps. Quel est le souci ?",
            f"Pro : {before or 'Les plannings, c est l enfer.'}",
            "Rep : Et vous décidez quand ?",
            f"Pro : {answer}",
        ]
    else:
        lines = [
            "Rep: Thanks for joining. What's the problem?",
            f"Pro: {before or 'Scheduling is a mess.'}",
            "Rep: And when do you need to decide?",
            f"Pro: {answer}",
        ]
    return _when(lines)


def test_numeric_dates_in_an_american_call() -> None:
    status, value = _asked(
        "We pick a vendor by 10/5.", before="It costs us about $40,000 a year in overtime."
    )
    assert (status, value) == ("found", "2026-10-05")


def test_numeric_dates_in_a_british_call_stay_day_first() -> None:
    status, value = _asked(
        "We pick a vendor by 10/5.", before="It costs us about £40,000 a year in overtime."
    )
    assert (status, value) == ("found", "2026-05-10")


def test_a_moved_meeting_corrects_the_date() -> None:
    status, value = _asked(
        "We choose on April 2nd when the board meets. "
        "Sorry, scratch that, they moved the meeting, it's April 9th now."
    )
    assert (status, value) == ("found", "2026-04-09")


@pytest.mark.parametrize(
    ("answer", "lang", "value"),
    [
        # the start of a rule is no deadline
        (
            "The new tariff rules apply from July, and we have to choose a supplier by the end of May.",
            "en",
            "2026-05-31",
        ),
        (
            "Les nouvelles règles s'appliquent à partir de juillet, on doit choisir d'ici fin mai.",
            "fr",
            "2026-05-31",
        ),
        # a possessive date qualifies a noun
        ("We sign by June 30th, otherwise the money rolls into next year's programme.", "en", "2026-06-30"),
        # a date held as the limit of a decision said after it
        (
            "The grant closes at the end of September, and if we haven't signed by then we lose it.",
            "en",
            "2026-09-30",
        ),
        # bodies whose meeting is the purchase decision
        ("The investment committee sits in five weeks and I'll bring the file.", "en", "2026-04-14"),
        ("Dans quatre semaines on a le comité d'engagement, j'y vais avec le dossier.", "fr", "2026-04-07"),
        # publishing a tender is a step before the choice
        ("We publish the tender in April and the evaluation panel chooses on June 3rd.", "en", "2026-06-03"),
        (
            "On lance la consultation en avril, et la commission d'appel d'offres choisit le 4 juin.",
            "fr",
            "2026-06-04",
        ),
        # a board's usual day
        ("The trustees meet on the second Thursday of May, that's our target.", "en", "2026-05-14"),
        ("Le conseil se réunit le dernier mardi de juin, c'est là qu'on tranche.", "fr", "2026-06-30"),
        # "le premier juin"
        ("On veut avoir choisi pour le premier juin.", "fr", "2026-06-01"),
        # the answer's first date, one sentence in
        ("Before our year closes. The thirty-first of October.", "en", "2026-10-31"),
        # a month as the complement of a decision noun
        ("For me the decision is October, not before.", "en", "2026-10-01"),
        # a day in figures is finer than the same month in words
        ("Date de choix : 12/06 (comité de mi-juin).", "fr", "2026-06-12"),
    ],
)
def test_decision_date_shapes(answer: str, lang: str, value: str) -> None:
    assert _asked(answer, lang) == ("found", value)


@pytest.mark.parametrize(
    ("answer", "lang"),
    [
        ("We could decide in October, but I'm not committing to anything.", "en"),
        ("On pourrait trancher en novembre, mais je ne m'engage à rien.", "fr"),
    ],
)
def test_a_date_not_committed_to_is_no_decision_date(answer: str, lang: str) -> None:
    assert _asked(answer, lang)[0] == "absent"


@pytest.mark.parametrize(
    ("answer", "lang"),
    [
        ("It's in the 2027 budget, which still has to be approved by the council in February.", "en"),
        ("C'est inscrit au budget 2027, qui doit être voté en février. On a prévu vingt mille euros.", "fr"),
    ],
)
def test_a_budget_still_to_be_voted_is_being_defined(answer: str, lang: str) -> None:
    fact = _status(answer, lang)
    assert (fact["status"], fact["value"]) == ("found", "being_defined")


def test_two_people_who_disagree_on_the_status_stay_ambiguous() -> None:
    fact = _call(
        [
            "Rep: And on the money side?",
            "Ana: The money is approved, it's ring-fenced.",
            "Ben: Well, it still has to go through the budget round, it's not approved yet.",
        ],
        "budget.allocated",
    )
    assert fact["status"] == "ambiguous"


@pytest.mark.parametrize(
    ("answer", "amount", "currency"),
    [
        # the price of the thing bought, or what they could spend, stays a budget
        ("It costs about 40,000 dollars with the setup, and that's what we've set aside.", 40000, "USD"),
        ("Ça coûte dans les 35 000 euros, c'est ce qu'on a prévu.", 35000, "EUR"),
        ("We could only spend 25,000 dollars this year.", 25000, "USD"),
    ],
)
def test_a_price_or_a_possible_spend_is_still_the_budget(answer: str, amount: int, currency: str) -> None:
    status, value = _money(
        [
            "Rep: Thanks for joining. What's going on?",
            "Pro: Our scheduling is a mess.",
            "Rep: What kind of budget are you working with?",
            f"Pro: {answer}",
        ]
    )
    assert (status, value) == ("found", {"amount": amount, "currency": currency})


@pytest.mark.parametrize(
    "text",
    [
        # waiting for a budget cycle or a grant file is no outside event
        "We'll put it in the next budget cycle, in the autumn.",
        "On monte un dossier de subvention pour mars.",
        # their own target with "by then" is no outside event
        "We'd like to choose in April and have it rolled out by then.",
    ],
)
def test_more_shapes_that_are_no_event(text: str) -> None:
    assert _event(text) is not True


def test_asking_for_a_quote_is_no_budget_request() -> None:
    fact = _status("On a demandé un devis de vingt mille euros à un intégrateur.", "fr")
    assert fact["value"] != "being_defined"


@pytest.mark.parametrize(
    "text",
    [
        # an outside rule said as an obligation with a date
        "Our auditors say that from November every batch record must be signed electronically.",
        "D'après la nouvelle réglementation, tout devra être tracé à partir de janvier.",
        # a certification to renew
        "Our ISO accreditation needs renewing in October.",
        "Le renouvellement de notre agrément tombe en juin.",
        # what can no longer be done if the date is missed
        "We need it live by spring, otherwise we can no longer bid for public contracts.",
        "Il faut que ce soit en place à la rentrée, sinon on ne pourra plus accueillir les stagiaires.",
    ],
)
def test_obligations_renewals_and_consequences(text: str) -> None:
    assert _event(text) is True


@pytest.mark.parametrize(
    "text",
    [
        # their own state of affairs, a state that must improve, their own team's obligation
        "The state of our data has to improve by June.",
        "Our team must finish the migration in May.",
        # a consequence with no loss of a right
        "We need it by spring, otherwise people will keep using paper.",
    ],
)
def test_obligations_that_are_no_outside_event(text: str) -> None:
    assert _event(text) is not True


def test_a_deciding_body_dated_by_its_meeting() -> None:
    status, value = _asked("Le comité de direction du 12 mai tranchera.", "fr")
    assert (status, value) == ("found", "2026-05-12")


def test_a_body_that_already_approved_sets_no_date() -> None:
    status, _ = _when(
        [
            "Rep: What budget do you have?",
            "Pro: Last year we paid 18k to our old vendor.",
            "Pro: This year the board approved 25k for a replacement.",
        ]
    )
    assert status == "absent"


def _answer_status(answer: str) -> tuple[str, Any]:
    fact = _call(
        [
            "Rep: Thanks for joining. What's the issue?",
            "Pro: Scheduling is a mess.",
            "Rep: Is there any budget for this?",
            f"Pro: {answer}",
        ],
        "budget.allocated",
    )
    return fact["status"], fact["value"]


@pytest.mark.parametrize(
    ("answer", "value"),
    [
        # the money as "it", to be found
        ("I'd have to go and ask for it.", "being_defined"),
        ("I'd need to see the finance director for it.", "being_defined"),
        ("Il faudrait que je le demande au siège.", "being_defined"),
        ("The board hasn't approved it yet.", "being_defined"),
        # already there
        ("It's all taken care of.", "allocated"),
        ("There's a pot for that kind of thing.", "allocated"),
        ("L'argent est là, pas de souci.", "allocated"),
        ("La ligne budgétaire existe déjà.", "allocated"),
        # none, then a request to come: being defined
        ("Nothing's budgeted, but I might free up 15k.", "being_defined"),
        ("C'est pas budgété, il faudra que je monte un dossier.", "being_defined"),
    ],
)
def test_answers_about_the_money(answer: str, value: str) -> None:
    assert _answer_status(answer) == ("found", value)


@pytest.mark.parametrize(
    "answer",
    [
        "No idea, honestly.",
        "It's not covered, no.",
    ],
)
def test_answers_that_say_no_money_is_there(answer: str) -> None:
    assert _answer_status(answer)[1] != "allocated"


@pytest.mark.parametrize(
    "text",
    [
        "Corporate has told us every branch must be on one system by April.",
        "La maison mère nous impose un nouvel ERP avant l'été.",
        "Our food safety certificate expires in August.",
        "A big retailer is auditing us in the spring.",
        "Les nouveaux saisonniers arrivent en juin.",
        "We present to the AGM in September.",
        "Our rush starts in October.",
        "La rentrée, c'est début septembre, il faut que ça fonctionne avant.",
    ],
)
def test_more_outside_events(text: str) -> None:
    assert _event(text) is True


@pytest.mark.parametrize(
    "text",
    [
        "We would really like to start in May.",
        "I'd hope to get going in April.",
        "On aimerait bien démarrer en mai.",
    ],
)
def test_their_own_start_is_no_event(text: str) -> None:
    assert _event(text) is not True


@pytest.mark.parametrize(
    ("place", "answer", "currency"),
    [
        ("À Genève, avec un dépôt dans le Valais.", "Nonante mille, à peu près.", "CHF"),
        ("On est à Québec, avec un bureau à Gatineau.", "Autour de soixante mille.", "CAD"),
        ("On est à Lyon, avec un dépôt près de Bordeaux.", "Autour de soixante mille.", "EUR"),
    ],
)
def test_a_french_sum_with_no_currency_takes_the_place(place: str, answer: str, currency: str) -> None:
    status, value = _money(
        [
            "Rep : Bonjour, vous êtes basés où ?",
            f"Pro : {place}",
            "Rep : Quel budget avez-vous prévu ?",
            f"Pro : {answer}",
        ]
    )
    assert status == "found" and value["currency"] == currency


def test_a_bare_monthly_figure_then_the_yearly_one() -> None:
    status, value = _money(
        [
            "Rep: Thanks for joining. What's going on?",
            "Pro: Our scheduling is a mess.",
            "Rep: What kind of budget are you working with?",
            "Pro: Call it 3k a month, so about 36k a year.",
        ]
    )
    assert (status, value) == ("found", {"amount": 36000, "currency": "EUR"})


@pytest.mark.parametrize(
    ("answer", "lang", "value"),
    [
        # a lower bound is no decision date; the date said after it is
        ("After the trade fair in April we'll choose, so probably early May.", "en", "2026-05-01"),
        ("Une fois l'inventaire de juin passé, on tranchera, disons mi-juillet.", "fr", "2026-07-16"),
    ],
)
def test_a_lower_bound_is_not_the_decision_date(answer: str, lang: str, value: str) -> None:
    assert _asked(answer, lang) == ("found", value)


@pytest.mark.parametrize(
    ("answer", "lang"),
    [
        ("Ideally before Easter, but I can't promise anything.", "en"),
        ("Pas avant l'automne, et encore.", "fr"),
    ],
)
def test_a_bound_or_a_wish_is_no_decision_date(answer: str, lang: str) -> None:
    assert _asked(answer, lang)[0] == "absent"


@pytest.mark.parametrize(
    "text",
    [
        "The import tariffs change on the first of July.",
        "Les normes d'hygiène évoluent en janvier.",
    ],
)
def test_a_rule_that_changes_on_a_date(text: str) -> None:
    assert _event(text) is True


def test_a_rule_that_changed_without_a_date_is_no_event() -> None:
    assert _event("Our internal rules change all the time.") is not True


@pytest.mark.parametrize(
    ("answer", "lang", "value"),
    [
        ("No budget this year, we'll get back to you in May.", "en", "not_allocated"),
        ("Pas de budget, mais je peux demander une enveloppe.", "fr", "being_defined"),
    ],
)
def test_no_budget_then_what_comes_next(answer: str, lang: str, value: str) -> None:
    fact = _status(answer, lang)
    assert (fact["status"], fact["value"]) == ("found", value)


@pytest.mark.parametrize(
    "text",
    [
        # "été", "sept", "may" and "fall" as a participle, a number and verbs put no date in a sentence
        "Le budget a été voté et le projet commence bientôt.",
        "We may need someone who starts fast.",
        "Things fall through the cracks and the night shift starts late.",
        "On est sept personnes, la boutique ouvre tard.",
        # management control is a department, not an inspection
        "Le contrôle de gestion suit ça de près.",
    ],
)
def test_words_that_look_like_dates_or_events(text: str) -> None:
    assert _event(text) is not True


# === round 5, second wave: money and time that transfer to fresh calls (tune3) =================
# Kinds seen: a budget still being drawn up ("is being put together", "en train de boucler"), a
# noted status after a label ("Budget : en cours"), a dodge ("let's not get into money yet"), a cap
# ("not a penny more"), "sous" as a preposition, a colleague who corrects a figure with "No, ...".


@pytest.mark.parametrize(
    ("answer", "lang"),
    [
        ("Finance is drawing up next year's budget as we speak.", "en"),
        ("The spending plan for the new year is still being hammered out.", "en"),
        ("Our board is finalising the operating budget this month, so nothing is settled.", "en"),
        ("On est en train de caler le budget avec notre banquier.", "fr"),
        ("Le budget de l'an prochain est en train d'être arbitré par la direction.", "fr"),
        ("Budget : en cours d'arbitrage avec le siège.", "fr"),
    ],
)
def test_a_budget_still_being_drawn_up_is_being_defined(answer: str, lang: str) -> None:
    fact = _status(answer, lang)
    assert (fact["status"], fact["value"]) == ("found", "being_defined")


@pytest.mark.parametrize(
    ("answer", "lang"),
    [
        # money lost or spent in the progressive is no budget being built
        ("We're pouring money into couriers every week.", "en"),
        ("On est en train de perdre de l'argent sur chaque livraison.", "fr"),
        # "sous" as a preposition, "là" that is no place for money
        ("Si ça continue, on met la clé sous la porte.", "fr"),
    ],
)
def test_progressive_money_or_prepositions_are_no_status(answer: str, lang: str) -> None:
    fact = _call(
        ["Rep: Thanks for joining. What's going on?", f"Pro: {answer}"]
        if lang == "en"
        else ["Rep : Merci. Qu'est-ce qui se passe ?", f"Pro : {answer}"],
        "budget.allocated",
    )
    assert fact["status"] == "absent"


@pytest.mark.parametrize(
    ("answer", "lang"),
    [
        ("We have forty thousand, and not a penny more.", "en"),
        ("On a trente mille euros, pas un centime de plus.", "fr"),
    ],
)
def test_a_cap_on_the_money_is_not_no_money(answer: str, lang: str) -> None:
    fact = _status(answer, lang)
    assert fact["value"] != "not_allocated"


@pytest.mark.parametrize(
    ("answer", "lang"),
    [
        ("Let's not get into money just yet. Show me the product first.", "en"),
        ("I'd rather not talk numbers yet, honestly.", "en"),
        ("On ne va pas parler d'argent tout de suite, montrez-moi d'abord l'outil.", "fr"),
        ("Je préfère pas encore aborder le budget.", "fr"),
    ],
)
def test_a_dodge_about_money_says_no_status(answer: str, lang: str) -> None:
    assert _status(answer, lang)["status"] == "absent"
    question = "Is any budget set aside for this?" if lang == "en" else "Vous avez un budget prévu ?"
    rep = "Rep: " if lang == "en" else "Rep : "
    pro = "Pro: " if lang == "en" else "Pro : "
    fact = _call(
        [rep + "Thanks. What's the problem?", pro + "Stock.", rep + question, pro + answer],
        "budget.allocated",
    )
    assert fact["status"] == "absent"


@pytest.mark.parametrize(
    ("answer", "lang"),
    [
        ("It sits in this year's capex, signed off in January.", "en"),
        ("Yes, it's in the opex plan for this year.", "en"),
        ("Oui, c'est dans le plan d'investissement de l'année.", "fr"),
    ],
)
def test_money_in_the_capex_or_a_plan_is_allocated(answer: str, lang: str) -> None:
    fact = _status(answer, lang)
    assert (fact["status"], fact["value"]) == ("found", "allocated")


def test_a_colleague_correcting_the_figure_is_no_answer_on_the_status() -> None:
    lines = [
        "Rep: Thanks both. What's the issue?",
        "Ana: The depot scheduling is a mess.",
        "Rep: Is there money set aside for this?",
        "Ana: Yes, it was approved in the spring plan.",
        "Ben: We've got 90,000 pounds for it.",
        "Ana: No, Ben, it's 70,000 pounds now, they trimmed it.",
        "Ben: Oh right, seventy.",
    ]
    status = _call(lines, "budget.allocated")
    assert (status["status"], status["value"]) == ("found", "allocated")
    amount = _call(lines, "budget.amount")
    assert (amount["status"], amount["value"]) == ("found", {"amount": 70000, "currency": "GBP"})


# Compelling events: a client's contract that renews under a threat to leave, an inspector who comes
# to check them; not a show where they met a vendor, nor the meeting where the decision is taken.


@pytest.mark.parametrize(
    "text",
    [
        "Our biggest customer's contract renews in June, and without live tracking they'll go elsewhere.",
        "The council contract is up for renewal in autumn; if we can't show logs, they'll switch suppliers.",
        "Le contrat de la centrale se renouvelle en septembre, sans traçabilité ils iront voir ailleurs.",
        "The health inspectors are coming in to check us in April.",
        "Les services vétérinaires viennent nous inspecter en juin.",
        "La fédération exige un registre numérique à partir de la campagne 2027.",
    ],
)
def test_renewals_under_threat_and_inspectors_who_come(text: str) -> None:
    assert _event(text) is True


@pytest.mark.parametrize(
    "text",
    [
        "No, nothing's forcing our hand on this.",
        "Honestly nobody is pushing us on the timing.",
        "Rien ne nous force la main, on a le temps.",
    ],
)
def test_nothing_forcing_their_hand(text: str) -> None:
    assert _event(text) is False


@pytest.mark.parametrize(
    "text",
    [
        "We saw their stand at the trade show in Lyon last year.",
        "Their rep came by our booth at the trade show.",
        "On a rencontré leur commercial au salon de Strasbourg.",
        "Il nous a contactés après un post sur le salon.",
        "Ça passe au comité de direction du 3 mars, c'est là que ça se décide.",
        "It goes to the board meeting in May and the chairman signs it there.",
    ],
)
def test_a_show_they_met_at_or_the_deciding_meeting_is_no_event(text: str) -> None:
    assert _event(text) is not True


@pytest.mark.parametrize(
    "text",
    [
        "We're obliged to switch to digital waybills in 2027, it's the new regulation.",
        "On est tenus de tout déclarer en ligne dès 2027, c'est obligatoire, c'est la loi.",
        "En octobre il y a la foire de Libramont, c'est notre gros salon, il nous faut l'outil avant.",
    ],
)
def test_an_obligation_then_whose_rule_and_a_show_to_be_ready_for(text: str) -> None:
    assert _event(text) is True


# Sums from an earlier period or money that went out are the problem's size, not the budget.


@pytest.mark.parametrize(
    ("answer", "amount", "currency"),
    [
        (
            "We overpaid about 60k dollars in overtime last season. For the tool, 20,000 dollars.",
            20000,
            "USD",
        ),
        (
            "Last quarter we refunded 12,000 pounds to guests. We've put 30,000 pounds aside for this.",
            30000,
            "GBP",
        ),
        (
            "L'an passé, c'était bien deux cent mille euros de chiffre qui filait. On a prévu 25 000 euros.",
            25000,
            "EUR",
        ),
        (
            "La saison dernière on a perdu 80 000 euros. Pour l'outil, on a budgété 15 000 euros.",
            15000,
            "EUR",
        ),
    ],
)
def test_money_of_an_earlier_period_is_not_the_budget(answer: str, amount: int, currency: str) -> None:
    status, value = _money(
        [
            "Rep: Thanks for joining. What's going on?",
            "Pro: Our scheduling is a mess.",
            "Rep: What kind of budget are you working with?",
            f"Pro: {answer}",
        ]
    )
    assert (status, value) == ("found", {"amount": amount, "currency": currency})


def test_last_month_approval_is_still_the_budget() -> None:
    status, value = _money(
        [
            "Rep: Thanks for joining. What's going on?",
            "Pro: Our scheduling is a mess.",
            "Rep: What kind of budget are you working with?",
            "Pro: The board approved 45,000 dollars last month for this.",
        ]
    )
    assert (status, value) == ("found", {"amount": 45000, "currency": "USD"})


def test_american_holidays_and_yall_make_a_bare_sum_dollars() -> None:
    status, value = _money(
        [
            "Rep: Thanks y'all for making time. What's going on?",
            "Pro: Our intake is a mess, and I want it fixed before Thanksgiving.",
            "Rep: What kind of budget are you working with?",
            "Pro: We figured about twenty-four thousand for the year.",
        ]
    )
    assert (status, value) == ("found", {"amount": 24000, "currency": "USD"})


def test_a_bare_figure_that_takes_back_the_sum_before_it() -> None:
    status, value = _money(
        [
            "Rep : Merci. Quel est le souci ?",
            "Pro : Les plannings.",
            "Rep : Vous avez prévu une enveloppe ?",
            "Pro : Oui, c'est acté depuis l'automne. On a vingt-huit mille euros. "
            "Non, pardon, trente-trois mille, ça a été revu en février.",
        ]
    )
    assert (status, value) == ("found", {"amount": 33000, "currency": "EUR"})


def test_two_figures_noted_from_two_people_stay_ambiguous() -> None:
    lines = [
        "Notes d'appel - distributeur de pompes, Thiès.",
        "Douleur : les garanties ne sont pas suivies, des pièces jamais réclamées.",
        "Le directeur a évoqué 12 M FCFA pour le projet.",
        "La comptable, en passant : 'on a 7 millions, pas un franc de plus'.",
    ]
    fact = _call(lines, "budget.amount")
    assert fact["status"] == "ambiguous"


def test_a_sum_for_the_tool_is_the_budget_even_in_passing() -> None:
    status, value = _money(
        [
            "Rep: Thanks for joining. What's going on?",
            "Pro: Our scheduling is a mess.",
            "Rep: Who else is involved?",
            "Pro: My partner mentioned 35,000 dollars for the software, that's all I know.",
        ]
    )
    assert (status, value) == ("found", {"amount": 35000, "currency": "USD"})


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        # a sum said in passing, of another project, is no budget
        ("The new forklift fleet, a 90,000 dollar job, comes first.", None),
        ("Devant, il y a le nouveau quai, un chantier à 200 000 euros.", None),
        # a sum they mean to spend, or the whole purchase, is
        ("We're looking at roughly 45,000 dollars for year one.", {"amount": 45000, "currency": "USD"}),
        ("On table sur vingt mille euros, installation comprise.", {"amount": 20000, "currency": "EUR"}),
        ("Call it 30,000 pounds all in.", {"amount": 30000, "currency": "GBP"}),
    ],
)
def test_a_sum_in_passing_or_a_sum_meant_for_the_purchase(answer: str, expected: Any) -> None:
    fact = _call(["Rep: Thanks for joining. Where do things stand?", f"Pro: {answer}"], "budget.amount")
    if expected is None:
        assert fact["status"] == "absent"
    else:
        assert (fact["status"], fact["value"]) == ("found", expected)


# A figure said without its thousands, as the predicate of "the figure" / "le montant", after a sum.


@pytest.mark.parametrize(
    ("lines", "status"),
    [
        (
            [
                "Rep: Is there money put aside?",
                "Ana: Yes, we have twenty thousand euros for it.",
                "Ben: Twenty? I was sure the number the boss gave us was thirty-five.",
            ],
            "ambiguous",
        ),
        (
            [
                "Rep : Il y a un budget ?",
                "Ana : Oui, on a quarante mille euros de prévu.",
                "Ben : Le montant validé en comité, c'était quarante, oui.",
            ],
            "found",
        ),
        (
            [
                "Rep: Is there money put aside?",
                "Ana: Yes, we have twenty thousand euros for it.",
                "Ben: The number of depots is twelve, by the way.",
            ],
            "found",
        ),
    ],
)
def test_a_figure_said_without_its_thousands(lines: list[str], status: str) -> None:
    assert _call(lines, "budget.amount")["status"] == status


# Decision dates: a follow-up set "then", two people who each hold to a date, "the quarter" that
# refers back to the quarter just named, a month in the past, a meeting said after to be the one
# that decides.

CALL_MAY = dt.date(2026, 5, 12)


@pytest.mark.parametrize(
    ("lines", "status"),
    [
        (
            [
                "Rep: Thanks. What's the issue?",
                "Pro: Rostering.",
                "Rep: When should I check back in with you?",
                "Pro: After the harvest, in October. Ring me then.",
            ],
            "absent",
        ),
        (
            [
                "Rep : Merci. Quel est le souci ?",
                "Pro : Les plannings.",
                "Rep : Je vous recontacte quand ?",
                "Pro : Après les vendanges, en octobre. Rappelez-moi à ce moment-là.",
            ],
            "absent",
        ),
    ],
)
def test_a_date_to_be_called_back_is_no_decision_date(lines: list[str], status: str) -> None:
    assert _call(lines, "timeline.decision_date", CALL_MAY)["status"] == status


@pytest.mark.parametrize(
    "lines",
    [
        [
            "Rep: Thanks both. What's the issue?",
            "Ana: Rostering.",
            "Ben: Yes, rostering is the pain.",
            "Rep: When do you want this decided?",
            "Ana: I'd like it signed off by the end of August, so we can train in September.",
            "Ben: August? No. I want it sorted by the end of this month.",
        ],
        [
            "Rep : Merci. Quel est le souci ?",
            "Ana : Les plannings.",
            "Ben : Oui, les plannings surtout.",
            "Rep : Vous voulez décider pour quand ?",
            "Ana : Avant fin août, pour former tout le monde en septembre.",
            "Ben : Fin août ? Non. Moi je veux que ce soit réglé d'ici la fin du mois.",
        ],
    ],
)
def test_two_people_who_each_hold_to_a_date_stay_ambiguous(lines: list[str]) -> None:
    assert _call(lines, "timeline.decision_date", CALL_MAY)["status"] == "ambiguous"


@pytest.mark.parametrize(
    ("answer", "lang", "value"),
    [
        (
            "D'ici fin T3, je pense. L'été on est débordés, je veux avoir choisi pour la fin du trimestre.",
            "fr",
            "2026-09-30",
        ),
        (
            "By the end of Q4, I'd say. Summer is mad, so I want to have picked by the end of the quarter.",
            "en",
            "2026-12-31",
        ),
    ],
)
def test_the_quarter_refers_back_to_the_one_named(answer: str, lang: str, value: str) -> None:
    if lang == "fr":
        lines = ["Rep : Merci. Quel est le souci ?", "Pro : Les devis.", "Rep : Vous voulez trancher quand ?"]
    else:
        lines = ["Rep: Thanks. What's the issue?", "Pro: Quotes.", "Rep: When do you want to decide?"]
    fact = _call(
        [*lines, ("Pro : " if lang == "fr" else "Pro: ") + answer], "timeline.decision_date", CALL_MAY
    )
    assert (fact["status"], fact["value"]) == ("found", value)


@pytest.mark.parametrize(
    "lines",
    [
        [
            "Rep : Et côté budget ?",
            "Pro : On a trente mille euros. Non, pardon, quarante mille, on l'a augmenté en mars.",
            "Rep : Et la décision ?",
            "Pro : Ça passe au comité du 3 juillet, c'est là que ça se décide.",
        ],
        [
            "Rep: And the budget?",
            "Pro: We have thirty thousand pounds. No, sorry, forty, we raised it in February.",
            "Rep: And the decision?",
            "Pro: It goes to the board on July 3rd, that's where it gets decided.",
        ],
    ],
)
def test_a_month_in_the_past_is_no_date_to_come(lines: list[str]) -> None:
    fact = _call(lines, "timeline.decision_date", CALL_MAY)
    assert (fact["status"], fact["value"]) == ("found", "2026-07-03")


@pytest.mark.parametrize(
    "lines",
    [
        [
            "Rep : Vous voulez avoir choisi pour quand ?",
            "Pro : Il faut qu'on ait choisi pour la fin juin.",
            "Rep : Et le conseil se réunit quand ?",
            "Pro : Le quinze septembre. Rien ne sera tranché avant ce conseil, c'est là qu'on décide.",
        ],
        [
            "Rep: When do you need to have chosen?",
            "Pro: We need to pick by the end of June.",
            "Rep: And when does the board meet?",
            "Pro: September 15th. Nothing gets decided before that board, that's where we decide.",
        ],
    ],
)
def test_a_meeting_said_afterwards_to_decide_conflicts_with_an_earlier_date(lines: list[str]) -> None:
    assert _call(lines, "timeline.decision_date", CALL_MAY)["status"] == "ambiguous"


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        (
            "If the owner agrees, maybe forty thousand dollars we could do.",
            {"amount": 40000, "currency": "USD"},
        ),
        ("Si mon associé suit, trente mille euros, on peut le faire.", {"amount": 30000, "currency": "EUR"}),
    ],
)
def test_a_sum_they_could_stretch_to(answer: str, expected: Any) -> None:
    fact = _call(["Rep: Thanks for joining. Where do things stand?", f"Pro: {answer}"], "budget.amount")
    assert (fact["status"], fact["value"]) == ("found", expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The insurer does our preferred-shop review in November.", True),
        ("Le groupement fait sa revue annuelle des fournisseurs en octobre.", True),
        # their own review, or one with no date, forces nothing
        ("We do our own quarterly review in October.", None),
        ("The franchisor does a review every so often.", None),
    ],
)
def test_an_outside_review_on_a_date(text: str, expected: bool | None) -> None:
    assert _event(text) is expected


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (
            [
                "Rep: Thanks. Where are you based?",
                "Pro: Pune, we run three plants.",
                "Rep: Budget?",
                "Pro: We've kept aside about eighteen lakh for this.",
            ],
            {"amount": 1800000, "currency": "INR"},
        ),
        (
            ["Rep: Thanks. Budget?", "Pro: We have ₦25 million set aside for the rollout."],
            {"amount": 25000000, "currency": "NGN"},
        ),
        (
            [
                "Rep: Thanks. Where are you?",
                "Pro: Nairobi, and a depot in Mombasa.",
                "Rep: Budget?",
                "Pro: About four million shillings is set aside.",
            ],
            {"amount": 4000000, "currency": "KES"},
        ),
    ],
)
def test_more_currencies_and_places(lines: list[str], expected: Any) -> None:
    fact = _call(lines, "budget.amount")
    assert (fact["status"], fact["value"]) == ("found", expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a range is two numbers, not their sum
        ("entre trente et quarante mille euros", "entre 30 et 40000 euros"),
        ("between twenty and thirty thousand pounds", "between 20 and 30000 pounds"),
        # the joins that do make one number
        ("quatre-vingt et onze", "91"),
        ("three hundred and ten thousand", "310000"),
    ],
)
def test_a_range_of_number_words_is_two_numbers(text: str, expected: str) -> None:
    from interview.analysis.numbers import digits

    assert digits(text) == expected


@pytest.mark.parametrize(
    ("answer", "value"),
    [
        # the money as "it", approved through a process already
        ("The trustees passed it at their March meeting.", "allocated"),
        ("Finance cleared it in January.", "allocated"),
        ("Le bureau l'a adopté le mois dernier.", "allocated"),
        ("Ça a été acté par le conseil en janvier.", "allocated"),
        # the same process still to come
        ("It gets voted at the council in June.", "being_defined"),
        ("L'enveloppe sera votée en décembre.", "being_defined"),
    ],
)
def test_money_approved_through_a_process(answer: str, value: str) -> None:
    fact = _call(
        [
            "Rep: Thanks. What's the problem?",
            "Pro: Stock.",
            "Rep: Is any budget set aside for this?",
            f"Pro: {answer}",
        ],
        "budget.allocated",
    )
    assert (fact["status"], fact["value"]) == ("found", value)


@pytest.mark.parametrize(
    "text",
    [
        "Our food safety accreditation comes up for review in October.",
        "The supplier is discontinuing the old handhelds in June.",
        "Our current platform reaches end of life next March.",
        "L'éditeur arrête le support de notre version en septembre.",
    ],
)
def test_reviews_to_pass_and_tools_that_stop(text: str) -> None:
    assert _event(text) is True


@pytest.mark.parametrize(
    ("answer", "lang", "value"),
    [
        ("I'd like a decision before the summer break, so end of July.", "en", "2026-07-31"),
        ("Avant les congés d'été, donc fin juillet.", "fr", "2026-07-31"),
    ],
)
def test_a_date_restated_with_so(answer: str, lang: str, value: str) -> None:
    assert _asked(answer, lang) == ("found", value)


@pytest.mark.parametrize(
    "text", ["Non, rien d'urgent de ce côté-là.", "Nothing pressing, we'd just like it sooner."]
)
def test_nothing_urgent_is_no_event(text: str) -> None:
    assert _event(text) is False


@pytest.mark.parametrize(
    ("answer", "lang", "value"),
    [
        ("No budget set aside yet, we never planned for anything like this.", "en", "not_allocated"),
        ("Pas encore de budget, on n'avait jamais prévu ça.", "fr", "not_allocated"),
        ("No budget set aside yet, it goes to the board in June.", "en", "being_defined"),
    ],
)
def test_not_yet_is_no_money_unless_a_step_is_ahead(answer: str, lang: str, value: str) -> None:
    fact = _status(answer, lang)
    assert (fact["status"], fact["value"]) == ("found", value)


@pytest.mark.parametrize(
    "text",
    [
        "Our opening hours run late and the team is tired.",
        "L'ouverture de compte prend trois jours chez nous.",
    ],
)
def test_opening_hours_or_opening_an_account_is_no_event(text: str) -> None:
    assert _event(text) is not True


@pytest.mark.parametrize(
    ("answer", "value"),
    [
        ("The panel sits on the 21st, and that's when they pick.", "2026-03-21"),
        ("We need to have signed by the 4th.", "2026-04-04"),
    ],
)
def test_a_day_of_the_month_alone(answer: str, value: str) -> None:
    assert _asked(answer) == ("found", value)


def test_a_day_of_the_month_that_is_no_date() -> None:
    assert _asked("Our office is on the 12th floor, no date yet.")[0] == "absent"


@pytest.mark.parametrize(
    ("answer", "value"),
    [
        # tentative, or with a vote or a blessing still to come: being defined
        ("We've pencilled thirty grand into the spring plan.", "being_defined"),
        ("It sits in next year's plan, which still needs the trustees' approval.", "being_defined"),
        ("We'll have to put in a request with the regional office.", "being_defined"),
        ("Not formally, but the owner agreed in principle.", "being_defined"),
        ("C'est en bonne voie, le conseil vote en juin.", "being_defined"),
        ("Rien n'est acté, on présente le dossier au bureau en mai.", "being_defined"),
        # through the process already: allocated
        ("It got through the budget round in the autumn.", "allocated"),
        ("We had the go-ahead from the partners in January.", "allocated"),
        ("La ligne a été arbitrée en décembre.", "allocated"),
    ],
)
def test_money_through_a_process_more_shapes(answer: str, value: str) -> None:
    if answer.startswith(("C'est", "Rien", "La ")):
        lines = ["Rep : Merci. Quel est le souci ?", "Pro : Le stock.", "Rep : Vous avez un budget prévu ?"]
        lines.append(f"Pro : {answer}")
    else:
        lines = ["Rep: Thanks. What's the problem?", "Pro: Stock.", "Rep: Is any budget set aside for this?"]
        lines.append(f"Pro: {answer}")
    fact = _call(lines, "budget.allocated")
    assert (fact["status"], fact["value"]) == ("found", value)


@pytest.mark.parametrize(
    "text",
    [
        # a third party that imposes, stops, or wants by a date, with a consequence
        "Les centrales d'achat nous imposent la facture électronique dès septembre.",
        "The big retailer wants every supplier on their portal by Q2, or we're delisted.",
        "Notre assureur ne nous couvrira plus sans ce registre à partir de 2027.",
        "The health authority will start spot inspections in June.",
        # money lost if not used, a lease that ends, clients lost if not ready for a dated season
        "The subsidy has to be committed before the end of the fiscal year.",
        "The lease on our depot runs out in October.",
        "Si on n'est pas prêts avant l'été, on perd nos clients hôteliers.",
    ],
)
def test_outside_pressure_with_a_date(text: str) -> None:
    assert _event(text) is True


@pytest.mark.parametrize(
    "text",
    [
        "Il n'y a pas vraiment de date, c'est une envie de notre côté.",
        "Personne ne nous met la pression là-dessus.",
        "Nobody is breathing down our necks on this one.",
        "We'd like it before the summer, but there's nothing riding on it.",
    ],
)
def test_no_pressure_said_outright(text: str) -> None:
    assert _event(text) is False


@pytest.mark.parametrize(
    "text",
    [
        # the same words with no date, or said of ourselves, force nothing
        "Our team wants it by June.",
        "If we don't fix this we'll lose customers.",
        "We no longer use the old scanners.",
    ],
)
def test_pressure_without_a_date_or_from_ourselves(text: str) -> None:
    assert _event(text) is not True


@pytest.mark.parametrize(
    ("answer", "lang", "status"),
    [
        ("Let me talk to the partners and get back to you by Thursday.", "en", "absent"),
        ("Je vois avec mon associé et je reviens vers vous vendredi.", "fr", "absent"),
        ("We'll get back to you with our decision by the 30th of April.", "en", "found"),
    ],
)
def test_getting_back_to_the_rep_is_no_decision_date(answer: str, lang: str, status: str) -> None:
    assert _asked(answer, lang)[0] == status


def test_a_month_meeting_said_to_decide_conflicts_with_a_wish() -> None:
    lines = [
        "Rep: Thanks both for joining.",
        "Ana: Hi.",
        "Ben: Hi there.",
        "Rep: When would you like to decide?",
        "Ana: I'd like to sign before the end of June.",
        "Ben: Realistically the partners look at new contracts at their October meeting. "
        "Nothing is signed before then.",
    ]
    assert _call(lines, "timeline.decision_date", CALL_MAY)["status"] == "ambiguous"


def test_a_month_meeting_in_passing_is_no_decision_date() -> None:
    lines = [
        "Rep: Thanks. What's the problem?",
        "Pro: We showed the figures at the April board and everyone groaned.",
    ]
    assert _call(lines, "timeline.decision_date", dt.date(2026, 3, 10))["status"] == "absent"


@pytest.mark.parametrize(
    ("last", "status"),
    [
        # the one who said otherwise comes round, saying the figure again without its thousands
        ("Ana: Oh, right, 35 then.", "found"),
        ("Ana: Ah oui. Trente-cinq.", "found"),
        # or holds to nothing: two figures stay
        ("Ana: Well, we'll see about that.", "ambiguous"),
        # a bare number that restates no sum said is no budget
        ("Ana: Twelve.", "ambiguous"),
    ],
)
def test_a_colleague_who_comes_round_to_the_figure(last: str, status: str) -> None:
    lines = [
        "Rep: Thanks both for joining.",
        "Ana: Hi.",
        "Ben: Hi there.",
        "Rep: What's the budget?",
        "Ana: We have 50k euros for it.",
        "Ben: It's 35k, they trimmed it last week.",
        last,
    ]
    assert _call(lines, "budget.amount")["status"] == status


@pytest.mark.parametrize(
    ("note", "value"),
    [
        ("Budget: TBC with the owner.", "being_defined"),
        ("Budget - in progress, finance on it.", "being_defined"),
        ("Budget : en cours avec la banque.", "being_defined"),
        ("Budget: in the FY27 plan.", "allocated"),
        ("BDGT: none so far.", "not_allocated"),  # no money today, no step ahead
    ],
)
def test_a_noted_budget_status_after_its_label(note: str, value: str) -> None:
    from interview.analysis.statements import find_budget_status

    cues = find_budget_status(note)
    assert cues and cues[0].value == value


# --- second wave, last third: kinds seen on tune4 (fresh phrasings, none copied) ----------------


def test_a_signing_limit_after_the_budget_holder_is_no_budget() -> None:
    status, value = _money(
        [
            "Rep: Is there money for this?",
            "Pro: We've set aside 40,000 dollars for it.",
            "Pro: I run the budget, but anything over 15,000 dollars the owner has to sign.",
        ]
    )
    assert (status, value) == ("found", {"amount": 40000, "currency": "USD"})


def test_a_rough_date_and_a_precise_one_from_two_people_agree() -> None:
    lines = [
        "Rep: Thanks both for joining.",
        "Ana: Hi.",
        "Ben: Hello.",
        "Rep: When do you need to have decided?",
        "Ana: Around mid-June, roughly.",
        "Ben: We have to sign by the 12th of June.",
    ]
    fact = _call(lines, "timeline.decision_date", CALL_MAY)
    assert (fact["status"], fact["value"]) == ("found", "2026-06-12")


@pytest.mark.parametrize(
    ("answer", "lang"),
    [
        ("First a pilot on one line in June, then we sign by the end of July.", "en"),
        ("D'abord un essai sur un site en juin, et on signe fin juillet.", "fr"),
    ],
)
def test_a_trial_date_is_a_step_before_the_decision(answer: str, lang: str) -> None:
    assert _asked(answer, lang) == ("found", "2026-07-31")


@pytest.mark.parametrize(
    "lines",
    [
        ["Rep: What's driving the timing?", "Pro: The tourist season in July, we triple our rentals then."],
        [
            "Rep: Thanks. What's the issue?",
            "Pro: Every week there are rows on Thursday when the crews get paid.",
        ],
    ],
)
def test_an_event_date_or_a_weekly_day_is_no_decision_date(lines: list[str]) -> None:
    assert _call(lines, "timeline.decision_date", CALL_MAY)["status"] == "absent"


@pytest.mark.parametrize(
    ("answer", "amount"),
    [
        ("We have fifty grand for it. Sorry, no, seventy, they topped it up in April.", 70000),
        ("On a quarante mille euros. Pardon, non, cinquante, ça a été revu.", 50000),
    ],
)
def test_a_figure_taken_back_without_its_thousands(answer: str, amount: int) -> None:
    lang_rep = "Rep : Quel budget ?" if "On a" in answer else "Rep: What's the budget?"
    pro = "Pro : " if "On a" in answer else "Pro: "
    fact = _call([lang_rep, pro + answer], "budget.amount")
    assert fact["status"] == "found" and fact["value"]["amount"] == amount


def test_the_sum_later_in_the_answer_to_the_budget_question() -> None:
    status, value = _money(
        [
            "Rep: What does it cost you?",
            "Pro: About 12,000 dollars of shrinkage a year.",
            "Rep: Is there budget to fix it?",
            "Pro: There is. It went into this year's plan. Sixty-five. "
            "Sixty-five thousand for scanners and software.",
        ]
    )
    assert (status, value) == ("found", {"amount": 65000, "currency": "USD"})


@pytest.mark.parametrize(
    "text",
    [
        "We pick by the end of May, the money's gone after that, it doesn't roll over.",
        "Les crédits ne se reportent pas sur l'an prochain, il faut engager avant décembre.",
        "Pis là faut que tout soit installé avant, c'est ça qui presse.",
        "That's what's driving it, the new tender window in March.",
        "Le congrès national, en juin 2027, trois mille participants à badger.",
    ],
)
def test_more_forcing_events(text: str) -> None:
    assert _event(text) is True


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Decision by end Sept, after the board.", "Decision by end Sept, after the board."),
        ("Nous sommes sept au bureau.", "Nous sommes 7 au bureau."),
    ],
)
def test_sept_as_a_month_after_a_word_of_time(text: str, expected: str) -> None:
    from interview.analysis.numbers import digits

    assert digits(text) == expected


@pytest.mark.parametrize(
    ("note", "value"),
    [
        ("Money signed off by Karim Haddad (CFO), he holds the purse.", None),
        ("Budget : validé par les actionnaires au printemps.", "allocated"),
    ],
)
def test_who_releases_the_money_is_no_status(note: str, value: str | None) -> None:
    from interview.analysis.structure import budget_status

    readings = budget_status(note)
    assert (readings[0].value if readings else None) == value


def test_a_colleague_contradicted_by_name_with_another_date() -> None:
    lines = [
        "Rep : Merci à vous deux.",
        "Ana : Bonjour.",
        "Ben : Bonjour.",
        "Rep : Vous voulez décider pour quand ?",
        "Ana : On décide pour le 15 septembre.",
        "Ben : Non, Ana, on avait dit après la Toussaint.",
        "Ana : Ah bon ? Moi j'avais dit le 15.",
    ]
    assert _call(lines, "timeline.decision_date", CALL_MAY)["status"] == "ambiguous"


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        ("Yes, we open a new depot in Leeds in March.", True),
        ("Christmas, really.", True),
        ("Not really, no.", False),
    ],
)
def test_the_answer_to_what_pushes_the_timing(answer: str, expected: bool) -> None:
    fact = _call(["Rep: Is anything driving the timing?", f"Pro: {answer}"], "timeline.compelling_event")
    assert (fact["status"], fact["value"]) == ("found", expected)


def test_a_figure_put_to_a_colleague_by_name_corrects_theirs() -> None:
    lines = [
        "Rep: Thanks both for joining.",
        "Ana: Hi.",
        "Ben: Hello.",
        "Rep: Is there a budget?",
        "Ana: Yes, it's budgeted. About three hundred K.",
        "Ben: Four twenty, Ana. We signed off four hundred and twenty thousand at the review.",
    ]
    status, value = _money(lines)
    assert status == "found" and value["amount"] == 420000
