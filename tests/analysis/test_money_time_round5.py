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
