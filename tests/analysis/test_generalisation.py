"""Wordings beyond the dev corpus: other currencies and slang for money, holidays and numeric dates,
indirect approval, competitors named in passing, other idioms for priority and budget status, typed
notes with abbreviated labels. The phrasings are written for these tests, in English and French."""

from __future__ import annotations

import datetime as dt

import pytest

from interview.analysis.competitors import find_competitors
from interview.analysis.evidence import analyse
from interview.analysis.numbers import digits
from interview.analysis.people import find_signers
from interview.analysis.recognisers import find_amounts, find_dates, find_roles
from interview.analysis.speech import sentences
from interview.analysis.statements import find_budget_status, find_priority, question_topics
from interview.analysis.transcript import parse_transcript

CALL = dt.date(2026, 3, 10)  # a Tuesday


def _fact(question: str, answer: str, fact: str) -> dict:  # type: ignore[type-arg]
    text = (
        "Rep: Hi, thanks for making the time. Can you tell me about the team?\n"
        "Pro: Sure, we're a small outfit.\n"
        f"Rep: {question}\nPro: {answer}\n"
    )
    return analyse(parse_transcript(text, "call.txt"), CALL).facts[fact].as_json()  # type: ignore[no-any-return]


# --- money -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "amount", "currency"),
    [
        ("We could stretch to 30 grand.", 30000, None),
        ("Maybe twenty-five grand all up.", 25000, None),
        ("Two point two mil over three years.", 2200000, None),
        ("We've put aside AUD 85,000.", 85000, "AUD"),
        ("Around A$60k for the rollout.", 60000, "AUD"),
        ("About 45 thousand Canadian.", 45000, "CAD"),
        ("Autour de quarante mille piasses.", 40000, "CAD"),
        ("On a prévu nonante mille francs.", 90000, "CHF"),
        ("Disons huitante mille CHF.", 80000, "CHF"),
        ("Roughly 20,000 quid.", 20000, "GBP"),
    ],
)
def test_slang_and_regional_money(text: str, amount: int, currency: str | None) -> None:
    found = find_amounts(digits(text))
    assert found, text
    money = found[0].value
    assert money.amount == amount
    if currency:
        assert money.currency == currency


def test_a_monthly_figure_given_with_the_annual_one_is_the_annual_one() -> None:
    found = [f for f in find_amounts("It's 1,500 dollars a month, so 18,000 a year.") if f.facts]
    assert [(f.value.amount, f.value.currency) for f in found] == [(18000, "USD")]


def test_a_number_before_thousand_is_not_doubled() -> None:
    assert digits("about 70 thousand") == "about 70 thousand"


# --- dates -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("We sign before Christmas.", dt.date(2026, 12, 25)),
        ("Decision by Easter.", dt.date(2026, 4, 5)),
        ("On décide avant la Saint-Jean.", dt.date(2026, 6, 24)),
        ("Avant l'Action de grâce.", dt.date(2026, 10, 12)),
        ("We want it done by Thanksgiving.", dt.date(2026, 11, 26)),
        ("Done by Anzac Day.", dt.date(2026, 4, 25)),
        ("Board meets on 6/18.", dt.date(2026, 6, 18)),
    ],
)
def test_holidays_and_us_dates(text: str, day: dt.date) -> None:
    assert [f.value for f in find_dates(text, CALL)] == [day]


def test_a_fiscal_year_end_restated_as_a_day_is_that_day() -> None:
    assert [f.value for f in find_dates("By the end of the fiscal year, so March 31st.", CALL)] == [
        dt.date(2026, 3, 31)
    ]


def test_an_abbreviated_label_does_not_end_the_sentence() -> None:
    text = "Déc. : fin T2\nEnv. 40 k€"
    assert [text[s:e] for s, e in sentences(text)] == ["Déc. : fin T2\nEnv. 40 k€"]


# --- approval ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("our MD", "ceo"),
        ("the managing partner", "ceo"),
        ("the head of school", "ceo"),
        ("the treasurer", "cfo"),
        ("the board of trustees", "board"),
        ("le conseil municipal", "board"),
        ("mon N+2", "vp"),
    ],
)
def test_roles_of_other_sectors(text: str, role: str) -> None:
    assert [f.value for f in find_roles(text)] == [role]


def test_md_in_lower_case_is_no_role() -> None:
    assert find_roles("we raised 2 md last year") == []


@pytest.mark.parametrize(
    "text",
    [
        "The chequebook is held by Nora Lane, our GM.",
        "Anything above 20k goes to Victor Hale, the owner.",
        "Procurement runs it, but it's approved by Dana Wu, our treasurer.",
        "Le dossier remonte jusqu'à Claire Fontaine, la directrice générale.",
        "Mon N+2 tranche, c'est-à-dire Luc Bernier.",
    ],
)
def test_indirect_approval_names_the_signer(text: str) -> None:
    named = [s.who.name for s in find_signers(text) if s.who is not None and s.who.name]
    assert named, text


def test_a_signing_body_then_named() -> None:
    got = _fact(
        "Who has to approve it?",
        "Finance signs off, which means Ruth Okafor.",
        "authority.economic_buyer_identified",
    )
    assert got["status"] == "found" and got["value"] is True and got["name"] == "Ruth Okafor"


@pytest.mark.parametrize(
    ("question", "answer", "name"),
    [
        ("Who signs off on this?", "Our COO, Imran Patel.", "Imran Patel"),
        ("Qui valide au final ?", "Notre DAF, Mme Gagnon.", "Gagnon"),
    ],
)
def test_the_person_named_in_answer_to_who_signs(question: str, answer: str, name: str) -> None:
    got = _fact(question, answer, "authority.economic_buyer_identified")
    assert got["status"] == "found" and name in (got.get("name") or "")


def test_a_vague_answer_to_who_signs_names_nobody() -> None:
    assert (
        _fact("Who signs off on this?", "Mm. Hard to say.", "authority.economic_buyer_identified")["value"]
        is not True
    )


@pytest.mark.parametrize(
    "question",
    ["Who holds the purse strings?", "Whose sign-off do you need?", "Qui tient les cordons de la bourse ?"],
)
def test_other_ways_to_ask_who_signs(question: str) -> None:
    assert "authority.economic_buyer_identified" in question_topics(question)


# --- competitors -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("We trialled Zoho for a month.", ["Zoho"]),
        ("We took a quick look at Freshdesk and Gorgias.", ["Freshdesk", "Gorgias"]),
        ("We got a quote from Brightpearl.", ["Brightpearl"]),
        ("On a jeté un oeil à Pennylane.", ["Pennylane"]),
        ("We're on Sage today and it works.", []),
    ],
)
def test_competitors_named_in_passing(text: str, names: list[str]) -> None:
    assert [n for _, _, n in find_competitors(text)] == names


# --- priority and budget status ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Honestly it's our top priority.", "top"),
        ("C'est la priorité numéro un de la direction.", "top"),
        ("It's a big priority for us.", "high"),
        ("C'est une grosse priorité.", "high"),
        ("It can wait till next year.", "low"),
        ("Ce projet passe après la migration.", "low"),
        ("C'est passé au second plan.", "low"),
    ],
)
def test_priority_idioms(text: str, level: str) -> None:
    assert [c.value for c in find_priority(text)][:1] == [level]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("It's already in next year's budget.", "allocated"),
        ("The project is fully funded.", "allocated"),
        ("Oui, c'est financé.", "allocated"),
        ("That isn't budgeted at all.", "not_allocated"),
        ("C'est hors budget.", "not_allocated"),
        ("We'd need to go and get the funding.", "being_defined"),
        ("C'est toujours en arbitrage.", "being_defined"),
    ],
)
def test_budget_status_idioms(text: str, status: str) -> None:
    assert [c.value for c in find_budget_status(text)][:1] == [status]


# --- typed notes -------------------------------------------------------------------------------


def test_labelled_notes_are_not_speakers() -> None:
    notes = (
        "Visite - Cave coopérative\n"
        "Interlocuteur : Marc Petit, resp. logistique\n"
        "Douleur : bons de livraison ressaisis, 3 h/jour\n"
        "Budget : env. 25 k€, déjà voté\n"
        "Déc. : fin T2\n"
        "Validation : président (Alain Brun)\n"
        "Prio : top 3 de l'année\n"
    )
    facts = analyse(parse_transcript(notes, "notes.txt"), CALL).facts
    assert facts["timeline.decision_date"].as_json()["value"] == "2026-06-30"
    assert facts["budget.amount"].as_json()["value"] == {"amount": 25000, "currency": "EUR"}
    assert facts["budget.allocated"].as_json()["value"] == "allocated"
    eb = facts["authority.economic_buyer_identified"].as_json()
    assert eb["value"] is True and eb["name"] == "Alain Brun"
    assert facts["priority.level"].as_json()["value"] == "high"


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Two weeks? No, a fortnight from today.", dt.date(2026, 3, 24)),
        ("By the end of our financial year in September.", dt.date(2026, 9, 30)),
        ("Avant la fin de l'exercice en juin.", dt.date(2026, 6, 30)),
    ],
)
def test_fortnights_and_fiscal_years_with_their_month(text: str, day: dt.date) -> None:
    assert [f.value for f in find_dates(text, CALL)][-1:] == [day]


@pytest.mark.parametrize(
    ("answer", "role"),
    [
        ("Look, the buck stops with me.", "final_decider"),
        ("I've got signing authority for this kind of thing.", "final_decider"),
        ("J'ai carte blanche pour ce genre d'achat.", "final_decider"),
        ("Je pilote le projet mais c'est la DG qui valide.", "influencer"),
        ("I'd be using it every day with the crew.", "user"),
        ("Moi je vais juste l'utiliser.", "user"),
    ],
)
def test_own_role_idioms(answer: str, role: str) -> None:
    assert _fact("And what's your part in choosing?", answer, "authority.role").get("value") == role


def test_speech_to_text_in_lower_case_with_split_brand_names() -> None:
    names = [n for _, _, n in find_competitors("so we looked at sales force and also hub spot last month")]
    assert names == ["Salesforce", "HubSpot"]
    assert find_competitors("we keep everything in excel today") == []


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("half a million", 500000),
        ("a quarter of a million dollars", 250000),
        ("un demi-million d'euros", 500000),
        ("three-quarters of a million", 750000),
    ],
)
def test_fractions_of_a_million(text: str, amount: int) -> None:
    money = find_amounts(digits(text) + " €")[0].value
    assert money.amount == amount


@pytest.mark.parametrize(
    ("answer", "amount", "currency"),
    [
        ("We might stretch to 90k.", 90000, "EUR"),
        ("On pourrait monter jusqu'à 65 000.", 65000, "EUR"),
        ("Somewhere near 2 grand a month, so 24 grand a year.", 24000, "EUR"),
        ("Around 300K, Canadian dollars.", 300000, "CAD"),
    ],
)
def test_an_answer_to_the_budget_question_is_the_budget(answer: str, amount: int, currency: str) -> None:
    got = _fact("What kind of budget are you working with?", answer, "budget.amount")
    assert got["status"] == "found" and got["value"] == {"amount": amount, "currency": currency}


def test_a_number_in_another_answer_is_no_budget() -> None:
    got = _fact("How many people are on the team?", "About 12,000 across all sites.", "budget.amount")
    assert got["status"] == "absent"


@pytest.mark.parametrize(
    ("answer", "name"),
    [
        ("Final call rests with our owner, Gina Russo.", "Gina Russo"),
        ("Honestly Omar Haddad will pull the trigger.", "Omar Haddad"),
        ("We need the go-ahead from Lena Park, the GM.", "Lena Park"),
        ("Theo Grant is paying, so it's him.", "Theo Grant"),
        ("La décision appartient à Yves Caron.", "Yves Caron"),
        ("Il nous faut l'accord de Nadia Bouchard, notre présidente.", "Nadia Bouchard"),
        ("Au bout du compte, Denis Roy donne son feu vert.", "Denis Roy"),
    ],
)
def test_other_idioms_for_who_signs(answer: str, name: str) -> None:
    got = _fact("How do purchases like this get made?", answer, "authority.economic_buyer_identified")
    assert got["status"] == "found" and got["value"] is True and got["name"] == name


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Nothing goes ahead of this one.", "top"),
        ("For the ops team it's a P1.", "top"),
        ("C'est en tête de nos priorités.", "top"),
        ("It's right up there with the warehouse move.", "high"),
        ("C'est un des gros chantiers de l'année.", "high"),
        ("Frankly we have bigger fish to fry.", "low"),
        ("Rien de pressé de notre côté.", "low"),
    ],
)
def test_more_priority_idioms(text: str, level: str) -> None:
    assert [c.value for c in find_priority(text)][:1] == [level]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Jobber sent us a quote on Friday.", ["Jobber"]),
        ("Simpro is also in the mix.", ["Simpro"]),
        ("Batappli nous a envoyé une proposition.", ["Batappli"]),
        ("Obat est en lice aussi.", ["Obat"]),
    ],
)
def test_vendors_named_before_what_they_did(text: str, names: list[str]) -> None:
    assert [n for _, _, n in find_competitors(text)] == names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Le DG, M. Éric Bonnaud, signe. Ensuite on verra.",
            ["Le DG, M. Éric Bonnaud, signe.", "Ensuite on verra."],
        ),
        ("Ask Ó. Brien first. Then legal.", ["Ask Ó. Brien first.", "Then legal."]),
        ("It is due in May. Then we sign.", ["It is due in May.", "Then we sign."]),
        # a trailing-off that goes on in lower case is the same sentence
        (
            "We looked at flux… fluxly I think. Nothing else.",
            ["We looked at flux… fluxly I think.", "Nothing else."],
        ),
        ("On a vu pla... planit je crois. Bref.", ["On a vu pla... planit je crois.", "Bref."]),
        ("Hmm... Next question.", ["Hmm...", "Next question."]),
        # the abbreviations of typed notes
        (
            "cur. state: sheets + calls. reqs. must do SSO.",
            ["cur. state: sheets + calls.", "reqs. must do SSO."],
        ),
    ],
)
def test_an_initial_or_a_title_before_an_accented_name_does_not_end_the_sentence(
    text: str, expected: list[str]
) -> None:
    assert [text[s:e] for s, e in sentences(text)] == expected


@pytest.mark.parametrize(
    ("said", "name"),
    [
        (
            "The board chair, Ruth Olsen, signs everything. Hmm, scratch that. Below a hundred grand it "
            "stays in house. Our COO, Manoj Rao, signs those.",
            "Manoj",
        ),
        (
            "C'est Hélène Brun, la présidente, qui signe. Non, je me corrige. Pour ce montant ça ne monte "
            "pas jusqu'à elle. C'est notre DAF, Pascal Viry, qui signe.",
            "Pascal",
        ),
        (
            "I'd have said Greta Holm, our chair. No, hold on, that was the old rule. These days it's "
            "the finance director. Bilal Nour, he signs.",
            "Bilal",
        ),
    ],
)
def test_what_follows_a_retraction_in_the_same_turn_replaces_what_it_took_back(said: str, name: str) -> None:
    got = _fact("Who signs off on this?", said, "authority.economic_buyer_identified")
    assert got["status"] == "found" and name in got["name"]


def test_a_figure_taken_back_two_sentences_before_the_new_one_is_replaced() -> None:
    said = (
        "We set aside something in March. Thirty thousand, I think. No, wait, that was the van. "
        "Forty-two thousand dollars for software, it's approved."
    )
    got = _fact("Is there a budget for this?", said, "budget.amount")
    assert got["status"] == "found" and got["value"] == {"amount": 42000, "currency": "USD"}


@pytest.mark.parametrize(
    ("question", "topic"),
    [
        ("What else are you weighing up, or evaluating?", "competitors"),
        ("Have you looked at anyone else so far?", "competitors"),
        ("Vous comparez avec qui, concrètement ?", "competitors"),
        ("Vous avez regardé d'autres outils ?", "competitors"),
        ("Who will fight for this when it goes to the committee?", "champion.named"),
        ("Who's your strongest ally on this internally?", "champion.named"),
        ("Is there an external deadline behind the date?", "timeline.compelling_event"),
    ],
)
def test_more_ways_of_asking(question: str, topic: str) -> None:
    assert topic in question_topics(question)


def test_asking_what_else_to_cover_is_not_about_rivals() -> None:
    assert "competitors" not in question_topics("What else did you want to cover today?")


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Our provost, Ines Laurent, has the final word.", "ceo"),
        ("C'est le maire qui signera la convention.", "ceo"),
        ("La proviseure valide les achats du lycée.", "ceo"),
        ("The comptroller releases anything over ten grand.", "cfo"),
        ("L'intendante gère le budget de l'établissement.", "cfo"),
    ],
)
def test_heads_of_public_bodies_and_schools_are_roles(text: str, role: str) -> None:
    assert role in [f.value for f in find_roles(text)]
