"""Structure over words: the topic a rep's question opens and the short answer that comes a turn or
two later, third-person authority, facts presupposed inside a prospect's own question, values said
twice, and ranking or comparing structures for priority, budget status and competitors. The
phrasings are written for these tests, in English and French (not taken from any corpus file)."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import pytest

from interview.analysis.evidence import analyse
from interview.analysis.transcript import parse_transcript

CALL = dt.date(2026, 3, 10)  # a Tuesday
OPENING = (
    "Rep: Thanks for making the time. Can you tell me about the team?\nPro: Sure, we're a small outfit.\n"
)
OUVERTURE = (
    "Rep : Merci de m'accorder ce temps. Vous pouvez me parler de l'équipe ?\n"
    "Pro : Oui, on est une petite structure.\n"
)


def _facts(body: str, fr: bool = False) -> dict[str, Any]:
    text = (OUVERTURE if fr else OPENING) + body
    return analyse(parse_transcript(text, "call.txt"), CALL).as_json()["facts"]  # type: ignore[no-any-return]


def _fact(body: str, fact: str, fr: bool = False) -> dict[str, Any]:
    return _facts(body, fr)[fact]  # type: ignore[no-any-return]


# --- 1. the topic of the rep's question, carried over to a short answer -----------------------


@pytest.mark.parametrize(
    ("body", "fact", "value"),
    [
        # an interruption, then the answer
        (
            "Rep: And who signs off on something like this?\nPro: Sorry, hang on, someone's at the door.\n"
            "Pro: Okay, back. Yep, Priya.\n",
            "authority.economic_buyer_identified",
            True,
        ),
        # the rep fills the silence, the answer comes after
        (
            "Rep: By when do you need to have decided?\n"
            "Pro: Hmm, let me check my calendar.\nRep: Sure, no rush.\n"
            "Pro: End of March.\n",
            "timeline.decision_date",
            "2026-03-31",
        ),
        # a stall, the rep's filler, then the answer
        (
            "Rep: How high is this on your list right now?\n"
            "Pro: Good question.\nRep: Take your time.\nPro: Pretty high.\n",
            "priority.level",
            "high",
        ),
        ("Rep: What kind of budget are we talking?\nPro: About forty.\n", "budget.amount", {"amount": 40000}),
        (
            "Rep: Qui valide la dépense au final ?\n"
            "Pro : Attendez, je regarde mon agenda.\nPro : Bon. Oui, Martine.\n",
            "authority.economic_buyer_identified",
            True,
        ),
        (
            "Rep : Vous devez décider pour quand ?\n"
            "Pro : Euh, deux secondes.\nRep : Je vous en prie.\nPro : Fin juin.\n",
            "timeline.decision_date",
            "2026-06-30",
        ),
        ("Rep : Et côté priorité, ça se situe où ?\nPro : Plutôt haute.\n", "priority.level", "high"),
        (
            "Rep : Quel budget vous avez en tête ?\nPro : Autour de quarante, je pense.\n",
            "budget.amount",
            {"amount": 40000},
        ),
    ],
)
def test_a_short_answer_takes_the_topic_of_the_open_question(body: str, fact: str, value: Any) -> None:
    got = _fact(body, fact, fr=body.startswith("Rep :") or "Qui valide" in body)
    assert got["status"] == "found", got
    if isinstance(value, dict):
        assert got["value"]["amount"] == value["amount"]
    else:
        assert got["value"] == value


def test_the_rep_question_itself_is_no_evidence() -> None:
    body = "Rep: Would 50k and a decision by end of March work for you?\nPro: I can't say.\n"
    facts = _facts(body)
    assert facts["budget.amount"]["status"] == "absent"
    assert facts["timeline.decision_date"]["status"] == "absent"


def test_a_long_answer_on_something_else_closes_the_topic() -> None:
    body = (
        "Rep: What kind of budget are we talking?\n"
        "Pro: Well, first you should know the warehouse team has been moving sites all year and it "
        "is chaos.\n"
        "Rep: I see.\nPro: About forty.\n"
    )
    assert _fact(body, "budget.amount")["status"] == "absent"


# --- 2. third-person authority ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("answer", "name"),
    [
        ("The money decision sits with our MD, Priya Nair.", "Priya Nair"),
        ("Marc will have the last word on this.", "Marc"),
        ("Budget sign-off is Priya's.", "Priya"),
        ("The final call is Priya Nair's.", "Priya Nair"),
        ("Anything like this needs our CFO Dan Ortiz to sign.", "Dan Ortiz"),
        ("We'll need Dan Ortiz, the CFO, to approve it.", "Dan Ortiz"),
        ("C'est notre DAF, Mme Roy, qui valide.", "Mme Roy"),
        ("Le dernier mot, ce sera Marc.", "Marc"),
        ("Il faudra l'accord de notre directrice financière, Claire Petit.", "Claire Petit"),
    ],
)
def test_a_named_signer_in_the_third_person(answer: str, name: str) -> None:
    got = _fact(f"Rep: Tell me about the project.\nPro: {answer}\n", "authority.economic_buyer_identified")
    assert got["status"] == "found" and got["value"] is True, got
    assert got["name"] == name


@pytest.mark.parametrize(
    "answer",
    [
        "It goes up to the board in the end.",
        "Ça passe par le conseil d'administration.",
        "Ça remonte au comité de direction.",
    ],
)
def test_an_unnamed_body_is_no_named_signer(answer: str) -> None:
    got = _fact(f"Rep: Tell me about the project.\nPro: {answer}\n", "authority.economic_buyer_identified")
    assert not (got["status"] == "found" and got["value"] is True)


@pytest.mark.parametrize(
    "answer",
    ["Honestly, I don't know who signs.", "Je ne sais pas du tout qui signe.", "Aucune idée de qui signera."],
)
def test_not_knowing_who_signs_is_an_explicit_no(answer: str) -> None:
    got = _fact(f"Rep: Tell me about the project.\nPro: {answer}\n", "authority.economic_buyer_identified")
    assert got["status"] == "found" and got["value"] is False


# --- 3. facts presupposed inside a prospect's own question ---------------------------------------


def _asked_by_prospect(question: str) -> dict[str, Any]:
    return _facts(f"Rep: Tell me about the project.\nPro: {question}\n")


def test_an_amount_set_aside_inside_a_question() -> None:
    facts = _asked_by_prospect("With the 40k we've put aside, could we cover both sites?")
    assert facts["budget.amount"]["value"]["amount"] == 40000
    assert facts["budget.allocated"]["value"] == "allocated"


def test_a_deadline_inside_a_question() -> None:
    facts = _asked_by_prospect("Given we have to sign before June 30, can you deliver in time?")
    assert facts["timeline.decision_date"]["value"] == "2026-06-30"
    facts = _asked_by_prospect(
        "Vu qu'on doit signer avant le 30 juin, est-ce que vous pouvez livrer à temps ?"
    )
    assert facts["timeline.decision_date"]["value"] == "2026-06-30"


def test_a_signer_inside_a_question() -> None:
    facts = _asked_by_prospect("Since Priya Nair, our MD, signs anything over 10k, should I loop her in?")
    assert facts["authority.economic_buyer_identified"]["name"] == "Priya Nair"


def test_a_french_budget_inside_a_question() -> None:
    facts = _asked_by_prospect(
        "Avec les 40 000 euros qu'on a mis de côté, on pourrait couvrir les deux sites ?"
    )
    assert facts["budget.amount"]["value"]["amount"] == 40000
    assert facts["budget.allocated"]["value"] == "allocated"


@pytest.mark.parametrize(
    "question",
    [
        "If we had 40k, could we cover both sites?",
        "Si on avait 40 000 euros, est-ce que ça suffirait ?",
        "Could we start in April?",
    ],
)
def test_a_hypothesis_or_a_plain_question_says_nothing(question: str) -> None:
    facts = _asked_by_prospect(question)
    assert facts["budget.amount"]["status"] == "absent"
    assert facts["timeline.decision_date"]["status"] == "absent"


# --- 5. budget status from the clause: money, a verb of setting aside, its tense ------------------


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("We put aside 40k for this.", "allocated"),
        ("We've got 40k earmarked.", "allocated"),
        ("Finance has approved 60k for the pilot.", "allocated"),
        ("Money's been carved out in the Q2 plan.", "allocated"),
        ("We have the cash for it.", "allocated"),
        ("We're hoping to get 50k signed off next month.", "being_defined"),
        ("We haven't put anything aside yet.", "being_defined"),
        ("The funding isn't there yet.", "being_defined"),
        ("There's nothing put aside.", "not_allocated"),
        ("Nothing's been signed off.", "not_allocated"),
        ("Budget? Zero right now.", "not_allocated"),
        ("On a mis 40 000 euros de côté.", "allocated"),
        ("La direction a validé 60 000 euros.", "allocated"),
        ("On a réservé 30 000 euros sur le budget formation.", "allocated"),
        ("On n'a rien mis de côté pour l'instant.", "being_defined"),
        ("Il faudra faire valider l'enveloppe par le CA.", "being_defined"),
        ("On espère obtenir 50 000 euros en juin.", "being_defined"),
    ],
)
def test_budget_status_from_the_clause(text: str, status: str) -> None:
    got = _fact(f"Rep: Tell me about the project.\nPro: {text}\n", "budget.allocated")
    assert got["status"] == "found" and got["value"] == status, got


def test_money_of_another_kind_is_no_budget_status() -> None:
    got = _fact(
        "Rep: Tell me about the problem.\nPro: Our finance team put it at about 22k per hour of downtime.\n",
        "budget.allocated",
    )
    assert got["status"] == "absent"


# --- 5. priority from a rank, a score, a comparison, an intensity ---------------------------------


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Honestly it's less important than the warehouse move.", "low"),
        ("It's more urgent than the ERP upgrade.", "high"),
        ("The ERP upgrade is more urgent than this.", "low"),
        ("It ranks second, right after the new website.", "high"),
        ("I'd put it at a 9 out of 10.", "top"),
        ("On a scale of one to ten, I'd say an eight.", "high"),
        ("It's really pressing for us.", "high"),
        ("It's not urgent at all.", "low"),
        ("It's one of five things on my plate.", "medium"),
        ("We've got a dozen projects ahead of this one.", "low"),
        ("C'est moins prioritaire que la migration de la paie.", "low"),
        ("C'est notre deuxième chantier de l'année.", "high"),
        ("Je dirais sept sur dix.", "high"),
        ("C'est vraiment pressant.", "high"),
        ("C'est pas du tout urgent.", "low"),
        ("On a une dizaine de projets avant celui-là.", "low"),
    ],
)
def test_priority_from_the_structure(text: str, level: str) -> None:
    got = _fact(f"Rep: Tell me about the project.\nPro: {text}\n", "priority.level")
    assert got["status"] == "found" and got["value"] == level, got


@pytest.mark.parametrize(
    "text", ["Only 3 out of 10 visits get logged.", "Trois visites sur dix seulement sont saisies."]
)
def test_a_share_is_no_priority_score(text: str) -> None:
    assert _fact(f"Rep: Tell me about the problem.\nPro: {text}\n", "priority.level")["status"] == "absent"


def test_a_bare_score_answers_a_priority_question() -> None:
    got = _fact("Rep: Out of ten, how high is this on your list?\nPro: Maybe a seven.\n", "priority.level")
    assert got["value"] == "high"


# --- 5. competitors from the shape of the sentence ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("It's basically Procurify vs Coupa at this point.", ["Procurify", "Coupa"]),
        ("It's between you and Anaplan.", ["Anaplan"]),
        ("Anaplan or you, honestly.", ["Anaplan"]),
        ("We've narrowed it down to Anaplan and Pigment.", ["Anaplan", "Pigment"]),
        ("We use Excel today, but we're weighing Pigment.", ["Pigment"]),
        ("Someone from Pigment reached out.", ["Pigment"]),
        ("We're leaning towards Pigment.", ["Pigment"]),
        ("We're comparing three vendors: Pigment, Anaplan and Jedox.", ["Pigment", "Anaplan", "Jedox"]),
        ("C'est entre vous et Agicap.", ["Agicap"]),
        ("Agicap ou vous, franchement.", ["Agicap"]),
        ("On a aussi eu un appel avec les gens d'Agicap.", ["Agicap"]),
        ("On penche plutôt pour Agicap.", ["Agicap"]),
    ],
)
def test_competitors_from_the_structure(text: str, names: list[str]) -> None:
    got = _fact(f"Rep: Tell me about the project.\nPro: {text}\n", "competitors")
    assert got["status"] == "found" and got["value"] == names, got


@pytest.mark.parametrize(
    "text",
    [
        "We split the team between Lyon and Paris.",
        "Currently we run everything in Sage, no plans to change that.",
        "On partage l'équipe entre Lyon et Nantes.",
    ],
)
def test_places_and_tools_in_use_are_no_competitors(text: str) -> None:
    got = _fact(f"Rep: Tell me about the project.\nPro: {text}\n", "competitors")
    assert got["status"] == "absent", got


# --- 4. a value said twice by one speaker, without a correction word ------------------------------


def test_a_later_more_precise_amount_refines_the_first() -> None:
    body = (
        "Rep: What budget do you have?\nPro: Around 50k for the year.\n"
        "Rep: Okay. And who would use it?\nPro: The planners. The budget line is 52,500 pounds exactly.\n"
    )
    got = _fact(body, "budget.amount")
    assert got["status"] == "found" and got["value"]["amount"] == 52500, got


def test_the_same_date_said_twice_is_no_conflict() -> None:
    body = (
        "Rep: By when do you need to decide?\nPro: We need to decide by the end of March.\n"
        "Rep: Why then?\nPro: The decision has to be made by March 28th, before the audit.\n"
    )
    got = _fact(body, "timeline.decision_date")
    assert got["status"] == "found", got


def test_two_people_who_give_different_amounts_disagree() -> None:
    body = (
        "Rep: What budget do you have?\nPro: About 50k for the project.\n"
        "Ana: I'd say the budget is 60k, not 50.\nRep: Noted.\nAna: Yes.\n"
    )
    got = _fact(body, "budget.amount")
    assert got["status"] == "ambiguous", got


def test_one_speaker_with_two_far_apart_amounts_stays_ambiguous() -> None:
    body = (
        "Rep: What budget do you have?\nPro: We've got 80,000 pounds for this project.\n"
        "Rep: Great.\nPro: With the 95k we have in the budget, could we cover both teams?\n"
    )
    got = _fact(body, "budget.amount")
    assert got["status"] == "ambiguous", got


def test_deux_formulations_du_meme_budget() -> None:
    body = (
        "Rep : Quel budget avez-vous ?\nPro : On a prévu autour de 40 000 euros.\n"
        "Rep : D'accord.\nPro : Pour être précis, l'enveloppe est de 41 500 euros.\n"
    )
    got = _fact(body, "budget.amount", fr=True)
    assert got["status"] == "found" and got["value"]["amount"] == 41500, got


# --- 6. a French report's "why" is all French -------------------------------------------------------

_ENGLISH = re.compile(
    r"\b(?:the|of|to|is|said|with|by|for|about|answer|money|line|who|signs|yes|set|aside|pushes|beside|figure|"
    r"nobody|amount|contact's|today|step|event|deadline|list|tool|problem|pain|vendors|steps|confirmed|noted|"
    r"under|conflicting|statements|earlier|corrected|hints|weaker|agree|first|never|came|up|meeting|decide|"
    r"committed|happening|imposed|outside|against|asked|hedged|missed|ahead|starts|something)\b"
)
FRENCH_CALL = (
    "Rep : Qu'est-ce qui vous amène ?\n"
    "Pro : On perd trois heures par jour à ressaisir les commandes, c'est le problème.\n"
    "Rep : Et aujourd'hui, vous utilisez quoi ?\nPro : Un fichier Excel partagé.\n"
    "Rep : Côté budget ?\nPro : On a mis 40 000 euros de côté. Enfin, 41 500 euros pour être précis.\n"
    "Rep : Qui signe ?\nPro : C'est notre DAF, Mme Roy, qui valide. Ou alors Marc, je ne sais plus.\n"
    "Rep : Pour quand ?\nPro : On doit avoir choisi fin juin.\nPro : Non, fin mai plutôt.\n"
    "Rep : Et la priorité ?\nPro : Je dirais sept sur dix.\n"
    "Rep : Vous regardez d'autres solutions ?\nPro : On penche plutôt pour Agicap.\n"
    "Rep : Qu'est-ce qui est indispensable ?\nPro : L'hébergement en France est obligatoire.\n"
)


def _outside_quotes(text: str) -> str:
    return re.sub(r"“[^”]*”|«[^»]*»", "", text)


def test_the_why_of_a_french_call_is_french() -> None:
    analysis = analyse(parse_transcript(FRENCH_CALL, "appel.txt"), CALL)
    assert analysis.lang == "fr"
    for fact, ev in analysis.facts.items():
        left = _outside_quotes(ev.why)
        assert not _ENGLISH.search(left), (fact, ev.why)


def test_the_why_of_the_french_tuning_calls_is_french() -> None:
    from bench.analyze import TUNING, cases

    calls = [c for c in cases(TUNING) if c.key["lang"] == "fr"]
    if not calls:
        pytest.skip("no corpus")
    for case in calls:
        analysis = analyse(parse_transcript(case.path.read_text(encoding="utf-8"), case.path.name), CALL)
        for fact, ev in analysis.facts.items():
            left = _outside_quotes(ev.why)
            assert not _ENGLISH.search(left), (case.name, fact, ev.why)


# --- 2 (more). who controls the money: a possessive, a holder, where the budget sits ---------------


@pytest.mark.parametrize(
    ("answer", "name"),
    [
        ("It needs Priya Nair's blessing.", "Priya Nair"),
        ("Priya owns the P&L for this.", "Priya"),
        ("Priya Nair is the budget owner.", "Priya Nair"),
        ("It's Priya's money, so it's her decision.", "Priya"),
        ("Le budget, c'est Marc Petit.", "Marc Petit"),
        ("C'est Marc Petit qui a la main sur le budget.", "Marc Petit"),
        ("Marc Petit doit donner son accord.", "Marc Petit"),
        ("Ça dépend de Marc Petit, notre DG.", "Marc Petit"),
        ("Le budget est chez Marc Petit.", "Marc Petit"),
        ("L'argent vient du budget de Marc Petit.", "Marc Petit"),
    ],
)
def test_who_controls_the_money(answer: str, name: str) -> None:
    got = _fact(f"Rep: Tell me about the project.\nPro: {answer}\n", "authority.economic_buyer_identified")
    assert got["status"] == "found" and got["value"] is True and got["name"] == name, got


def test_not_having_worked_out_who_approves_is_a_no() -> None:
    got = _fact(
        "Rep: Tell me about the project.\nPro: We haven't worked out who approves it.\n",
        "authority.economic_buyer_identified",
    )
    assert got["status"] == "found" and got["value"] is False


def test_deciding_alone_is_signing() -> None:
    got = _fact("Rep: Who else is involved?\nPro: Nobody, I decide alone, it's my call.\n", "authority.role")
    assert got["value"] == "final_decider"
    eb = _fact(
        "Rep: Who else is involved?\nPro: Nobody, I decide alone, it's my call.\n",
        "authority.economic_buyer_identified",
    )
    assert eb["status"] == "found" and eb["value"] is True


def test_an_unpunctuated_statement_with_qui_signe_is_no_question() -> None:
    text = (
        "bonjour c'est julie de chez devisio merci de prendre le temps\n"
        "bonjour oui alors moi c'est paul girard je suis le gérant\n"
        "et qui décide chez vous\n"
        "c'est moi qui signe je suis le gérant il n'y a personne au-dessus\n"
    )
    facts = analyse(parse_transcript(text, "appel.txt"), CALL).as_json()["facts"]
    assert facts["authority.economic_buyer_identified"]["value"] is True


# --- corrections inside a sentence, the rep's own suggestions in notes, a colleague's answer ------


@pytest.mark.parametrize(
    ("body", "fact", "value", "fr"),
    [
        (
            "Rep: What budget do you have?\nPro: We have 40k. Strike that, 45k, it went up.\n",
            "budget.amount",
            45000,
            False,
        ),
        (
            "Rep: When do you decide?\nPro: End of April, no wait, end of May.\n",
            "timeline.decision_date",
            "2026-05-31",
            False,
        ),
        ("Rep : Quel budget ?\nPro : 40 000 euros. Rectif. : 45 000 euros.\n", "budget.amount", 45000, True),
        (
            "Rep : Pour quand ?\nPro : Fin avril, non attendez, fin mai.\n",
            "timeline.decision_date",
            "2026-05-31",
            True,
        ),
    ],
)
def test_a_correction_inside_a_sentence_wins(body: str, fact: str, value: Any, fr: bool) -> None:
    got = _fact(body, fact, fr=fr)
    assert got["status"] == "found", got
    assert (got["value"]["amount"] if isinstance(value, int) else got["value"]) == value


def test_the_reps_own_suggestions_in_notes_are_no_evidence() -> None:
    notes = (
        "Call notes - Acme - 3 Mar 2026\n- Floated $15k, no reaction.\n"
        "- Suggested end of April for a decision, she didn't commit.\n"
        "- Pain: invoices keyed by hand, 3 days a month.\n"
    )
    facts = analyse(parse_transcript(notes, "notes.txt"), CALL).as_json()["facts"]
    assert facts["budget.amount"]["status"] == "absent"
    assert facts["timeline.decision_date"]["status"] == "absent"
    assert facts["need.pain"]["status"] == "found"


def test_two_prospects_who_rank_it_differently_disagree() -> None:
    body = (
        "Rep: Thanks both. How high is this on your list?\nAna: Top priority for me.\n"
        "Ben: Honestly, for my team it's pretty low, we have the migration first.\n"
        "Rep: I hear both.\nAna: Yes.\nBen: Sure.\n"
    )
    assert _fact(body, "priority.level")["status"] == "ambiguous"


def test_generic_speaker_labels_with_the_rep_second() -> None:
    text = (
        "SPEAKER_00: Hi, yes, this is Dana from Lakeside Foods.\n"
        "SPEAKER_01: Hi Dana, thanks for taking the call. What made you reach out?\n"
        "SPEAKER_00: Our stock counts are wrong every week, we lose about 5k a month in waste.\n"
        "SPEAKER_01: What budget have you set aside?\nSPEAKER_00: We put aside 30k for this.\n"
        "SPEAKER_01: Who signs?\nSPEAKER_00: Our CFO, Mark Dunn.\n"
        "SPEAKER_01: And by when?\nSPEAKER_00: End of June.\n"
    )
    facts = analyse(parse_transcript(text, "call.txt"), CALL).as_json()["facts"]
    assert facts["budget.amount"]["value"]["amount"] == 30000
    assert facts["authority.economic_buyer_identified"]["name"] == "Mark Dunn"
    assert facts["timeline.decision_date"]["value"] == "2026-06-30"


# --- champions: a person and a verb of pushing in one clause; tools they have are no rivals --------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Priya Nair is really keen on this, she's been pushing it for months.", True),
        ("Honestly, Priya's our biggest fan internally.", True),
        ("Priya has been banging the drum for this.", True),
        ("I'm going to bat for this one.", True),
        ("I'll take it to the board myself.", True),
        ("C'est Julie Martin qui a poussé pour qu'on vous appelle.", True),
        ("Julie y tient beaucoup.", True),
        ("Je vais monter au créneau pour ce projet.", True),
        ("Nobody here really cares about it.", False),
        ("Personne ne va se battre pour ça.", False),
    ],
)
def test_champion_from_the_structure(text: str, value: bool) -> None:
    got = _fact(f"Rep: Tell me about the project.\nPro: {text}\n", "champion.named")
    assert got["status"] == "found" and got["value"] is value, got


@pytest.mark.parametrize(
    "text", ["Je pousse mes commerciaux à saisir leurs visites.", "I'm keen to see the reporting."]
)
def test_pushing_people_or_being_curious_is_no_champion(text: str) -> None:
    assert _fact(f"Rep: Tell me about the project.\nPro: {text}\n", "champion.named")["status"] == "absent"


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("We had Zendesk before, it was a mess.", None),
        ("We moved off Pipedrive last year.", None),
        ("On avait Sellsy avant, on l'a arrêté.", None),
        ("We've been using Sage for ten years, we're evaluating Cegid and Sellsy.", ["Cegid", "Sellsy"]),
        ("We're on Salesforce today and looking at HubSpot.", ["HubSpot"]),
    ],
)
def test_tools_they_have_or_had_are_no_rivals(text: str, names: list[str] | None) -> None:
    got = _fact(f"Rep: Tell me about the project.\nPro: {text}\n", "competitors")
    if names is None:
        assert got["status"] == "absent", got
    else:
        assert got["value"] == names


def test_having_an_amount_for_it_is_money_set_aside() -> None:
    facts = _facts("Rep: What's the budget?\nPro: We've got about eighty K AUD for it.\n")
    assert facts["budget.allocated"]["value"] == "allocated"
    assert facts["budget.amount"]["value"] == {"amount": 80000, "currency": "AUD"}


def test_dollars_in_a_french_call_are_canadian() -> None:
    body = (
        "Rep : Et côté budget, vous avez prévu quelque chose ?\nPro : Oui, on a 40 000 $ de prévu pour ça.\n"
    )
    facts = _facts(body, fr=True)
    assert facts["budget.amount"]["value"] == {"amount": 40000, "currency": "CAD"}
    assert facts["budget.allocated"]["value"] == "allocated"


# --- whole calls in regional varieties (written for these tests) ----------------------------------

AUSSIE_CALL = """\
Sam Carter: G'day Bec, thanks for jumping on. How's things out at the farm?
Bec Hollis: Busy, mate, harvest's around the corner. Jack's on too, he runs the books.
Jack Moore: Morning.
Sam Carter: Morning Jack. So Bec, what's got you looking at this?
Bec Hollis: Our spray records are a shambles. We're keeping them in exercise books and a \
spreadsheet, and the auditor nearly failed us last season. We'd lose our export accreditation if \
that happens, that's about a third of our revenue.
Sam Carter: Right. And how are you tracking it all today?
Bec Hollis: Paper in the ute, then I type it up on Sunday nights.
Sam Carter: What sort of money have you got in mind for this?
Bec Hollis: Ah, hang on, Jack's got the numbers.
Jack Moore: Yeah, we've tucked away about twelve grand for it this financial year.
Sam Carter: Lovely. And who gives it the final tick?
Bec Hollis: That's Dad, Ray Hollis. Nothing gets bought without his say-so.
Sam Carter: Makes sense. When do you need something in place?
Bec Hollis: The audit's on the 14th of August, so we'd want to have picked something by the end of June.
Sam Carter: How does it rank against everything else going on?
Bec Hollis: Honestly, it's up there, second only to getting the harvest in.
Jack Moore: I'd say it's further down for me, we've got the new silo to sort first.
Sam Carter: Fair enough. Are you looking at anyone else?
Bec Hollis: We had a squiz at AgriWebb, and a bloke from FarmTrace rang us last week.
Sam Carter: No worries. I'll send through a proposal.
"""
QUEBEC_CALL = """\
Intervenant 1 : Bonjour, c'est Mélanie de chez Logistik. Merci de prendre le temps.
Intervenant 2 : Bonjour, pas de trouble. Je suis avec mon collègue Steve, il s'occupe des finances.
Intervenant 3 : Allô.
Intervenant 1 : Qu'est-ce qui vous amène à regarder une solution comme la nôtre ?
Intervenant 2 : Nos chauffeurs remplissent encore des feuilles de route papier, pis on perd environ \
quinze heures par semaine à tout ressaisir au bureau.
Intervenant 1 : Et côté budget, vous avez prévu quelque chose ?
Intervenant 2 : Steve ?
Intervenant 3 : Oui, on a mis de côté à peu près trente mille piasses pour ça cette année.
Intervenant 1 : Parfait. Qui donne le go final ?
Intervenant 2 : C'est le boss, Denis Tremblay. C'est lui qui signe les chèques.
Intervenant 1 : Et pour quand voulez-vous avoir choisi ?
Intervenant 2 : Avant la Saint-Jean, idéalement. Après ça, tout le monde part en vacances.
Intervenant 1 : Ça se situe où dans vos priorités ?
Intervenant 2 : C'est pas mal en haut de la liste, juste après le renouvellement de la flotte.
Intervenant 1 : Vous regardez d'autres fournisseurs ?
Intervenant 2 : On a eu une démo de Samsara, pis Geotab nous a envoyé une soumission.
Intervenant 1 : Super, je vous envoie une proposition.
"""


def test_an_australian_call() -> None:
    facts = analyse(parse_transcript(AUSSIE_CALL, "call.txt"), CALL).as_json()["facts"]
    assert facts["budget.amount"]["value"]["amount"] == 12000  # the currency is never said
    assert facts["budget.allocated"]["value"] == "allocated"
    assert facts["authority.economic_buyer_identified"]["name"] == "Ray Hollis"
    assert facts["timeline.decision_date"]["value"] == "2026-06-30"
    assert facts["priority.level"]["status"] == "ambiguous"  # Bec says high, Jack says low
    assert facts["competitors"]["value"] == ["AgriWebb", "FarmTrace"]


def test_a_quebec_call() -> None:
    analysis = analyse(parse_transcript(QUEBEC_CALL, "appel.txt"), CALL)
    facts = analysis.as_json()["facts"]
    assert analysis.speakers["Intervenant 1"] == "rep"
    assert facts["budget.amount"]["value"] == {"amount": 30000, "currency": "CAD"}
    assert facts["budget.allocated"]["value"] == "allocated"
    assert facts["authority.economic_buyer_identified"]["name"] == "Denis Tremblay"
    assert facts["priority.level"]["value"] == "high"
    assert facts["competitors"]["value"] == ["Samsara", "Geotab"]


TELEGRAPHIC_NOTES = """\
Call w/ Northwind Logistics - 2026-03-10
Attendees: Tom Reyes (ops mgr), me
- Pain: drivers' timesheets on paper, payroll errors every fortnight (~$8k/qtr in corrections)
- Curr. sol: paper + Excel
- Bdgt ~40k, not yet signed off
- EB = COO, J. Park
- Dec. by EOM
- Prio: hi, top 3 for Q2
- Comp: Deputy, Connecteam
- Champ: Tom, keen
- Next: demo Thu
"""


def test_telegraphic_notes_with_abbreviations() -> None:
    facts = analyse(parse_transcript(TELEGRAPHIC_NOTES, "notes.txt"), CALL).as_json()["facts"]
    assert facts["budget.amount"]["value"] == {"amount": 40000, "currency": "USD"}  # the call's dollars
    assert facts["budget.allocated"]["value"] == "being_defined"
    assert facts["authority.economic_buyer_identified"]["name"] == "J. Park"
    assert facts["timeline.decision_date"]["value"] == "2026-03-31"
    assert facts["priority.level"]["value"] == "high"
    assert facts["competitors"]["value"] == ["Deputy", "Connecteam"]
    assert facts["champion.named"]["name"] == "Tom"


@pytest.mark.parametrize(
    ("body", "fact", "value", "fr"),
    [
        (
            "Rep: What's the budget looking like?\nPro: For the whole thing?\n"
            "Rep: Yes, year one.\nPro: Forty-ish.\n",
            "budget.amount",
            {"amount": 40000, "currency": "EUR"},
            False,
        ),
        ("Rep: Is anyone else in the running?\nPro: Just Gong, really.\n", "competitors", ["Gong"], False),
        ("Rep: How urgent is this for you?\nPro: Not very.\n", "priority.level", "low", False),
        ("Rep: How urgent is this for you?\nPro: Yes, very.\n", "priority.level", "high", False),
        (
            "Rep : Vous avez un budget ?\nPro : Pour la première année ?\n"
            "Rep : Oui.\nPro : Une quarantaine de mille.\n",
            "budget.amount",
            {"amount": 40000, "currency": "EUR"},
            True,
        ),
        ("Rep : C'est prioritaire chez vous ?\nPro : Moyennement.\n", "priority.level", "medium", True),
        (
            "Rep : Qui a le dernier mot ?\nPro : Côté argent ?\nRep : Oui.\nPro : Notre DAF, Claire Petit.\n",
            "authority.economic_buyer_identified",
            True,
            True,
        ),
    ],
)
def test_answers_after_a_clarifying_question(body: str, fact: str, value: Any, fr: bool) -> None:
    got = _fact(body, fact, fr=fr)
    assert got["status"] == "found" and got["value"] == value, got


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("The board meets on the 12th of May and they'll approve it then.", "2026-05-12"),
        ("The steering committee meets on May 12th to rubber-stamp it.", "2026-05-12"),
        ("It goes to the capex committee on 4/22.", "2026-04-22"),
        ("Le conseil d'administration se réunit le 12 mai pour voter le budget.", "2026-05-12"),
        ("Le comité valide le 14/05.", "2026-05-14"),
        ("We need a yes or no before our fiscal year ends on June 30th.", "2026-06-30"),
        ("Our board signs off on the 14th of May.", "2026-05-14"),
        ("Procurement needs the PO by March 31.", "2026-03-31"),
    ],
)
def test_the_meeting_of_a_deciding_body_is_the_decision_date(text: str, day: str) -> None:
    got = _fact(f"Rep: Tell me about the project.\nPro: {text}\n", "timeline.decision_date")
    assert got["status"] == "found" and got["value"] == day, got


def test_a_board_meeting_with_no_decision_is_no_decision_date() -> None:
    got = _fact(
        "Rep: Tell me about the company.\nPro: The board meets on May 12th for the annual review.\n",
        "timeline.decision_date",
    )
    assert got["status"] == "absent", got


def test_a_hedged_yes_confirms_the_reps_figure() -> None:
    body = "Rep: So we're talking around 50k for year one?\nPro: Yeah, about that.\n"
    assert _fact(body, "budget.amount")["value"]["amount"] == 50000
    body = "Rep : Donc on parle d'environ 50 k€ la première année ?\nPro : Oui, à peu près.\n"
    assert _fact(body, "budget.amount", fr=True)["value"]["amount"] == 50000


def test_a_dodge_leaves_the_reps_figure_unsaid() -> None:
    assert _fact("Rep: Would 50k be in range?\nPro: I can't say.\n", "budget.amount")["status"] == "absent"


# --- severity from the harm of doing nothing, or from living with it -------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Without it we'd be in real trouble at the next audit.", "must_have"),
        ("It's a showstopper for us.", "must_have"),
        ("This is make-or-break for the expansion.", "must_have"),
        ("Si on ne règle pas ça, on ne passe pas l'audit.", "must_have"),
        ("It's not the end of the world if we don't fix it.", "nice_to_have"),
        ("We can limp along with spreadsheets for another year.", "nice_to_have"),
        ("It's more of a want than a need.", "nice_to_have"),
        ("On peut très bien vivre sans pour l'instant.", "nice_to_have"),
    ],
)
def test_severity_from_the_structure(text: str, value: str) -> None:
    got = _fact(f"Rep: Tell me about the project.\nPro: {text}\n", "need.severity")
    assert got["status"] == "found" and got["value"] == value, got


@pytest.mark.parametrize(
    "text", ["We can manage the rollout ourselves.", "We can wait until June for the demo."]
)
def test_coping_with_other_things_says_nothing_of_the_need(text: str) -> None:
    assert _fact(f"Rep: Tell me about the project.\nPro: {text}\n", "need.severity")["status"] == "absent"


# --- targets: a change with its measure, in any tense or person ------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "We want to halve the time spent on invoicing.",
        "I need to show the board a 15% drop in churn by year end.",
        "On veut diviser par deux le temps de saisie.",
        "Si on gagne 10 % de marge, j'ai gagné.",
        "We'd like every visit logged within a day.",
    ],
)
def test_a_target_from_the_structure(text: str) -> None:
    got = _fact(f"Rep: Tell me about the project.\nPro: {text}\n", "metrics.target")
    assert got["status"] == "found", got


@pytest.mark.parametrize(
    "text",
    [
        "Food waste is double what it should be.",
        "Our costs went up 15% last year.",
        "Prices rose 10% in January.",
    ],
)
def test_a_figure_of_the_problem_is_no_target(text: str) -> None:
    assert _fact(f"Rep: Tell me about the business.\nPro: {text}\n", "metrics.target")["status"] == "absent"


FRENCH_PHRASES = [
    "C'est pas mal en haut de la liste, juste après le renouvellement de la flotte.",
    "Le comité valide le 14/05.",
    "Je dirais sept sur dix.",
    "C'est moins prioritaire que la migration de la paie.",
    "On a une dizaine de projets avant celui-là.",
    "Julie y tient beaucoup.",
    "Personne ne va se battre pour ça.",
    "On peut très bien vivre sans pour l'instant.",
    "Si on ne règle pas ça, on ne passe pas l'audit.",
    "On veut diviser par deux le temps de saisie.",
    "On espère obtenir 50 000 euros en juin.",
    "On n'a rien mis de côté pour l'instant.",
    "Le budget est chez Marc Petit.",
    "On penche plutôt pour Agicap.",
    "Notre contrat actuel se termine fin juin.",
]


@pytest.mark.parametrize("phrase", FRENCH_PHRASES)
def test_the_why_of_each_french_reading_is_french(phrase: str) -> None:
    text = QUEBEC_CALL + f"Intervenant 2 : {phrase}\n"
    analysis = analyse(parse_transcript(text, "appel.txt"), CALL)
    for fact, ev in analysis.facts.items():
        assert not _ENGLISH.search(_outside_quotes(ev.why)), (fact, ev.why)


def test_an_english_call_reported_in_french_has_french_whys() -> None:
    from interview.analysis.analyze import report

    analysis = analyse(parse_transcript(AUSSIE_CALL, "call.txt"), CALL)
    doc = report(analysis, [], "fr")
    for fact, ev in doc["facts"].items():
        assert not _ENGLISH.search(_outside_quotes(ev["why"])), (fact, ev["why"])
    english = report(analysis, [], "en")
    assert english["facts"]["priority.level"]["why"].startswith("conflicting statements")


# --- the contact's own part, from what they do, for whom, with whom ---------------------------------


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("I'm just pulling together options for my boss.", "gatekeeper"),
        ("Je rassemble juste des infos pour ma direction.", "gatekeeper"),
        ("I'm the gatekeeper here, everything goes through me before it reaches the CFO.", "gatekeeper"),
        ("I'll be the one using it every day.", "user"),
        ("On décide à deux avec le DAF.", "co_decider"),
        ("The MD and I will decide together.", "co_decider"),
    ],
)
def test_own_role_from_the_structure(text: str, role: str) -> None:
    got = _fact(f"Rep: Tell me about the project.\nPro: {text}\n", "authority.role")
    assert got["status"] == "found" and got["value"] == role, got


def test_transcription_marks_and_hesitations_do_not_cut_a_statement() -> None:
    body = (
        "Rep: What budget do you have?\nPro: We have [inaudible] forty thousand dollars set aside for it.\n"
        "Rep: [crosstalk] Sorry, go ahead.\nPro: And Dana [inaudible] signs off on anything over ten.\n"
        "Rep: Who else are you looking at?\nPro: We looked at [inaudible] Hub Spot and, uh, Pipe Drive.\n"
    )
    facts = _facts(body)
    assert facts["budget.amount"]["value"] == {"amount": 40000, "currency": "USD"}
    assert facts["authority.economic_buyer_identified"]["name"] == "Dana"
    assert facts["competitors"]["value"] == ["HubSpot", "Pipedrive"]


@pytest.mark.parametrize(
    "text",
    [
        "Two of our eight planners do nothing else.",
        "We've had three audit findings on it this year.",
        "Ça nous prend une bonne demi-journée par semaine.",
    ],
)
def test_a_count_of_what_goes_wrong_quantifies_the_problem(text: str) -> None:
    got = _fact(f"Rep: What's going on?\nPro: {text}\n", "need.impact_quantified")
    assert got["status"] == "found" and got["value"] is True, got


@pytest.mark.parametrize(
    "text", ["We're twelve lawyers and six assistants.", "La consultation est publiée jusqu'au 6 mars."]
)
def test_a_size_or_a_date_does_not_quantify_the_problem(text: str) -> None:
    assert _fact(f"Rep: What's going on?\nPro: {text}\n", "need.impact_quantified")["status"] == "absent"


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("It'd come out of the existing IT budget.", "allocated"),
        ("Ça sortirait du budget informatique existant.", "allocated"),
        ("I'd need to make a business case first.", "being_defined"),
        ("Il faudra monter un dossier pour obtenir les fonds.", "being_defined"),
        ("On n'a pas un sou pour ça cette année.", "not_allocated"),
    ],
)
def test_budget_status_from_where_the_money_comes(text: str, status: str) -> None:
    got = _fact(f"Rep: Tell me about the project.\nPro: {text}\n", "budget.allocated")
    assert got["status"] == "found" and got["value"] == status, got


@pytest.mark.parametrize(
    ("answer", "name"),
    [
        ("I'll need to run it past Priya Nair before anything's signed.", "Priya Nair"),
        ("Il faudra que je le fasse valider par Marc Petit.", "Marc Petit"),
        ("The person who'll sign is our COO, Dan Ortiz.", "Dan Ortiz"),
        ("Whoever signs, it'll be Dan Ortiz in the end.", "Dan Ortiz"),
    ],
)
def test_whose_approval_is_needed(answer: str, name: str) -> None:
    got = _fact(f"Rep: Tell me about the project.\nPro: {answer}\n", "authority.economic_buyer_identified")
    assert got["status"] == "found" and got["name"] == name, got


def test_the_reps_own_company_is_no_competitor() -> None:
    body = (
        "Rep: This is Lucy from Fieldly, by the way. Who else are you looking at?\n"
        "Pro: We saw the Fieldly demo last year, and we're also looking at Repsly.\n"
    )
    assert _fact(body, "competitors")["value"] == ["Repsly"]


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("Le trafic organique est en baisse de 40 % depuis la refonte.", "metrics.target"),
        ("Quelqu'un pourrait défendre le projet, je ne sais pas qui.", "champion.named"),
        ("C'est la personne qui porte le projet qui décidera.", "champion.named"),
    ],
)
def test_shapes_that_look_alike_but_say_nothing(text: str, fact: str) -> None:
    got = _fact(f"Rep: Tell me about the project.\nPro: {text}\n", fact)
    assert got["status"] == "absent" or got["value"] is not False, got
    if fact == "metrics.target":
        assert got["status"] == "absent", got


@pytest.mark.parametrize(
    "text",
    [
        "If it doesn't do offline, it's a non-starter.",
        "We won't look at anything that isn't hosted in the EU.",
        "The deciding factor will be ease of use for the drivers.",
        "Ce qui fera la différence, c'est le support en français.",
        "Sans intégration avec Sage, on ne va pas plus loin.",
        "On ne regardera pas une solution qui n'est pas hébergée en France.",
    ],
)
def test_criteria_from_the_structure(text: str) -> None:
    got = _fact(f"Rep: Tell me about the project.\nPro: {text}\n", "decision.criteria")
    assert got["status"] == "found", got


# --- who is the rep: the one who qualifies, not the one who asks about the product -----------------

CURIOUS_PROSPECT = """\
SPEAKER_00: Hi, is this the team at Ledgerly? I've got a few questions.
SPEAKER_01: Yes, hi, this is Omar from Ledgerly, thanks for calling.
SPEAKER_00: Great. Does your tool handle multi-entity consolidation? And can it import from Sage?
SPEAKER_01: It does both. What's driving the search on your side?
SPEAKER_00: Month-end takes us nine days and the auditors complained. How long does onboarding \
take? Is there a free trial?
SPEAKER_01: Usually four weeks, and yes, there's a trial. Is there a budget set aside?
SPEAKER_00: Yes, we have about forty thousand dollars approved. Do you offer monthly billing? What \
about SSO?
SPEAKER_01: We do, both. Who signs off on the purchase?
SPEAKER_00: Our CFO, Rita Gomez. Can you send a quote? When could we start?
SPEAKER_01: I'll send it today. Are you looking at other vendors?
SPEAKER_00: We've seen FloQast. Can you beat their price?
"""
PROSPECT_CURIEUX = """\
Intervenant 1 : Bonjour, vous êtes bien chez Planifio ? J'ai quelques questions sur votre outil.
Intervenant 2 : Oui, bonjour, Julie de chez Planifio. Je vous écoute.
Intervenant 1 : Est-ce que votre logiciel gère les plannings multi-sites ? Et vous proposez une \
période d'essai ?
Intervenant 2 : Oui aux deux. Qu'est-ce qui vous amène à chercher un outil ?
Intervenant 1 : Nos plannings sont faits sur Excel et on perd une journée par semaine. Ça coûte \
combien, votre offre ?
Intervenant 2 : Ça dépend du nombre de sites. Vous avez un budget prévu ?
Intervenant 1 : Oui, trente mille euros validés par la direction. Vous gérez les congés aussi ?
Intervenant 2 : Oui. Et qui signe, chez vous ?
Intervenant 1 : Notre DRH, Paul Girard. Vous pouvez m'envoyer une démo ?
"""


@pytest.mark.parametrize(
    ("text", "rep"), [(CURIOUS_PROSPECT, "SPEAKER_01"), (PROSPECT_CURIEUX, "Intervenant 2")]
)
def test_a_prospect_who_asks_many_questions_is_still_the_prospect(text: str, rep: str) -> None:
    analysis = analyse(parse_transcript(text, "call.txt"), CALL)
    assert analysis.speakers[rep] == "rep"
    assert analysis.facts["budget.amount"].status == "found"
    assert analysis.facts["authority.economic_buyer_identified"].value is True


LABELS_WITH_ROLES = """\
Sam Carter (Fieldly): Thanks for the time. What's the budget for this?
Dana Lee, CFO: We've set aside 50k for it.
Sam Carter (Fieldly): Who signs?
J.-P. Martin - Ops: Dana does, she's the CFO.
Sam Carter (Fieldly): When do you need to decide?
Dana Lee, CFO: By the end of April.
"""


def test_speaker_labels_with_a_role_after_a_comma_or_a_dash() -> None:
    transcript = parse_transcript(LABELS_WITH_ROLES, "call.txt")
    assert transcript.speakers == ["Sam Carter (Fieldly)", "Dana Lee (CFO)", "J.-P. Martin (Ops)"]
    facts = analyse(transcript, CALL).as_json()["facts"]
    assert facts["authority.economic_buyer_identified"]["name"] == "Dana"
    assert facts["budget.amount"]["value"]["amount"] == 50000


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("I honestly couldn't tell you who signs.", "found"),
        ("She wouldn't say who signs on the finance side.", "absent"),
        ("Je préfère ne pas dire qui signe pour l'instant.", "absent"),
    ],
)
def test_not_knowing_who_signs_is_no_refusing_to_say(text: str, status: str) -> None:
    got = _fact(f"Rep: Who signs?\nPro: {text}\n", "authority.economic_buyer_identified")
    assert got["status"] == status, got


def test_the_signer_named_a_few_sentences_into_the_answer() -> None:
    body = (
        "Rep: Who signs off on this?\n"
        "Pro: Well, it's complicated. We just reorganised. In the end it'll be our CFO, Dana Ruiz.\n"
    )
    got = _fact(body, "authority.economic_buyer_identified")
    assert got["status"] == "found" and got["name"] == "Dana Ruiz", got
