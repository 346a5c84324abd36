"""More linguistic categories, written for these tests (English and French): budget status in
finance words, priority by comparison with other projects, the contact's own part in plain words,
who signs said through a desk or an appositive, competitors brought in by other verbs, ranges of money
(the upper bound is kept), deadlines set by the summer break."""

from __future__ import annotations

import datetime as dt

import pytest

from interview.analysis.competitors import find_competitors
from interview.analysis.evidence import analyse
from interview.analysis.numbers import digits
from interview.analysis.people import find_signers
from interview.analysis.recognisers import find_amounts, find_dates
from interview.analysis.statements import find_budget_status, find_own_role, find_priority
from interview.analysis.transcript import parse_transcript

CALL = dt.date(2026, 3, 10)


def _fact(question: str, answer: str, fact: str) -> dict:  # type: ignore[type-arg]
    text = (
        "Rep: Hi, thanks for making the time. Can you tell me about the team?\n"
        "Pro: Sure, we're a small outfit.\n"
        f"Rep: {question}\nPro: {answer}\n"
    )
    return analyse(parse_transcript(text, "call.txt"), CALL).facts[fact].as_json()  # type: ignore[no-any-return]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("The capex was approved in January.", "allocated"),
        ("It sits on an opex line we already have.", "allocated"),
        ("Oui, on a une ligne pour ça.", "allocated"),
        ("Rien n'est provisionné pour l'instant, on verra.", "not_allocated"),
        ("On attend l'arbitrage budgétaire de juin.", "being_defined"),
        ("We're waiting on the budget decision.", "being_defined"),
        ("The funds were released last week.", "allocated"),
        ("L'enveloppe a été débloquée.", "allocated"),
        ("There's no money for this in the plan.", "not_allocated"),
        ("Il n'y a pas de budget du tout.", "not_allocated"),
        # "yet": no money today (not allocated), unless a step to get it is ahead (being defined)
        ("Nothing's been set aside for it yet.", "not_allocated"),
        ("Pas de budget pour l'instant.", "not_allocated"),
        ("No budget allocated yet; it goes before the committee next month.", "being_defined"),
        ("Pas encore de budget, le dossier passe en comité en mai.", "being_defined"),
    ],
)
def test_budget_status_in_finance_words(text: str, status: str) -> None:
    assert [c.value for c in find_budget_status(text)][:1] == [status]


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("This comes ahead of the ERP migration.", "high"),
        ("Honestly it's behind three other projects.", "low"),
        ("C'est notre sujet numéro deux.", "high"),
        ("It's our second priority after security.", "high"),
        ("Ça passe derrière la refonte du site.", "low"),
        ("C'est notre priorité numéro un cette année.", "top"),
        ("It ranks above everything else we have going.", "top"),
    ],
)
def test_priority_by_comparison(text: str, level: str) -> None:
    assert [c.value for c in find_priority(text)][:1] == [level]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("I'm just gathering information at this point.", "gatekeeper"),
        ("Je prépare le dossier pour la direction.", "influencer"),
        ("I own the budget for this.", "final_decider"),
        ("My job is to shortlist two vendors for the committee.", "influencer"),
        ("Je fais le premier tri avant de présenter au comité.", "influencer"),
        ("I'm the one who'll sign.", "final_decider"),
    ],
)
def test_own_role_in_plain_words(text: str, role: str) -> None:
    assert [c.value for c in find_own_role(text)][:1] == [role]


# --- who signs, said through a body, a desk or an appositive ----------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ma patronne a le dernier mot, Sophie Durand.", "Sophie Durand"),
        ("Final sign-off sits with Greta Holm, our VP Finance.", "Greta Holm"),
        ("Ultimately it lands on the desk of Mike Tran, the COO.", "Mike Tran"),
        ("Le feu vert vient de Nadia Benali, la DAF.", "Nadia Benali"),
        ("It has to clear Omar Haddad in finance.", "Omar Haddad"),
        ("En dernier ressort, c'est Hélène Roy.", "Hélène Roy"),
        ("La décision se prend au niveau de Marc Aubert, notre président.", "Marc Aubert"),
    ],
)
def test_who_signs_through_a_body_or_a_desk(text: str, name: str) -> None:
    named = [s.who.name for s in find_signers(text) if s.who is not None and s.who.name]
    assert named and named[0] == name, (text, named)


def test_a_sentence_adverb_is_no_signer_name() -> None:
    names = {s.who.name for s in find_signers("Final sign-off sits with Greta Holm.") if s.who}
    assert "Final" not in names


def test_a_bare_name_after_the_signer_that_goes_on_is_not_the_signer() -> None:
    names = {s.who.name for s in find_signers("The CFO signs, Paul will run the contract.") if s.who}
    assert "Paul" not in names


def test_a_signer_named_in_answer_to_who_gives_the_go_ahead() -> None:
    got = _fact(
        "Who gives the final go-ahead?",
        "Le feu vert vient de Nadia Benali, notre DAF.",
        "authority.economic_buyer_identified",
    )
    assert got["status"] == "found" and got["value"] is True and "Benali" in (got.get("name") or "")


# --- competitors introduced by other verbs --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("We benchmarked Pipedrive against Close.", ["Pipedrive", "Close"]),
        ("We sent the RFP to Infor and Epicor.", ["Infor", "Epicor"]),
        ("We sounded out Odoo.", ["Odoo"]),
        ("On a sollicité Sellsy et Axonaut.", ["Sellsy", "Axonaut"]),
        ("On a mis en concurrence Cegid et Sage.", ["Cegid", "Sage"]),
        ("On a fait chiffrer Divalto.", ["Divalto"]),
        ("I reached out to Marie in finance.", []),
    ],
)
def test_competitors_introduced_by_other_verbs(text: str, names: list[str]) -> None:
    assert [n for _, _, n in find_competitors(text)] == names


# --- amounts as ranges: the upper bound is the budget (what they could spend), the range in detail --


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("between 40 and 60k dollars", 60000),
        ("between $40k and $60k", 60000),
        ("entre 40 et 60 k€", 60000),
        ("entre 40 000 et 60 000 euros", 60000),
    ],
)
def test_a_range_is_its_upper_bound(text: str, amount: int) -> None:
    found = find_amounts(digits(text))
    assert found and found[0].value.amount == amount


# --- dates set by the summer break ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("We need to decide before the summer shutdown.", dt.date(2026, 6, 30)),
        ("Il faut trancher d'ici l'été.", dt.date(2026, 6, 30)),
        ("On signe avant les vacances d'été.", dt.date(2026, 6, 30)),
        ("Décision avant la rentrée.", dt.date(2026, 8, 31)),
    ],
)
def test_dates_set_by_the_summer_break(text: str, day: dt.date) -> None:
    assert [d.value for d in find_dates(text, CALL)][:1] == [day]


@pytest.mark.parametrize("text", ["That eats everyone until the summer.", "Rappelez-moi après l'été."])
def test_summer_without_a_deadline_word_is_no_date(text: str) -> None:
    assert find_dates(text, CALL) == []


# --- more: round French thousands, hedged offsets, ranks, own part, budget wording -------------------


@pytest.mark.parametrize(
    ("text", "amount", "currency"),
    [
        ("On vise une cinquantaine de milliers d'euros.", 50000, "EUR"),
        ("Une centaine de milliers d'euros, grand maximum.", 100000, "EUR"),
        ("Une vingtaine de k€.", 20000, "EUR"),
    ],
)
def test_round_french_thousands(text: str, amount: int, currency: str) -> None:
    found = find_amounts(digits(text))
    assert found and (found[0].value.amount, found[0].value.currency) == (amount, currency)


def test_a_round_count_of_people_is_no_money() -> None:
    assert digits("une cinquantaine de personnes") == "une cinquantaine de personnes"


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Decision's due in about eight weeks.", dt.date(2026, 5, 5)),
        ("On tranche dans environ six semaines.", dt.date(2026, 4, 21)),
    ],
)
def test_a_hedged_offset_is_still_the_offset(text: str, day: dt.date) -> None:
    assert [d.value for d in find_dates(text, CALL)][:1] == [day]


@pytest.mark.parametrize(
    ("question", "answer", "fact", "value"),
    [
        ("How does this rank?", "It's second only to the security programme.", "priority.level", "high"),
        ("Où ça se situe ?", "Dans les trois premiers sujets de l'année.", "priority.level", "high"),
        ("Where is this on the list?", "Somewhere near the top.", "priority.level", "high"),
        ("C'est prioritaire ?", "Non, c'est secondaire pour l'instant.", "priority.level", "low"),
        ("Quel est votre rôle ?", "C'est moi qui arbitre au final.", "authority.role", "final_decider"),
        ("What's your role here?", "I'm the project lead; my boss signs.", "authority.role", "influencer"),
        ("Where's budget at?", "It's in the approved capex plan.", "budget.allocated", "allocated"),
        (
            "Where's budget at?",
            "We'd have to fight for it in the next planning cycle.",
            "budget.allocated",
            "being_defined",
        ),
    ],
)
def test_more_wordings_in_a_call(question: str, answer: str, fact: str, value: str) -> None:
    got = _fact(question, answer, fact)
    assert got["status"] == "found" and got["value"] == value
