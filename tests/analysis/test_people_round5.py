"""People, round 5: the contact's own part, the economic buyer and the champion. Each rule is tried
on fresh phrasings, in English and French, with distractors that must not match. None is copied
from a corpus file."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest

from interview.analysis import evidence, people, statements
from interview.analysis.evidence import analyse
from interview.analysis.transcript import parse_transcript

CALL = dt.date(2026, 5, 12)


def _facts(text: str, name: str = "call.txt") -> dict[str, Any]:
    return analyse(parse_transcript(text, name), CALL).as_json()["facts"]  # type: ignore[no-any-return]


def _roles(text: str) -> list[tuple[str, int]]:
    return [(c.value, c.strength) for c in statements.find_own_role(text)]


def _signers(text: str) -> list[tuple[str, str, bool]]:
    return [
        (s.who.name if s.who else "", s.who.role if s.who else "", s.negative)
        for s in people.find_signers(text)
    ]


def _champions(text: str) -> list[tuple[str, str, bool]]:
    return [
        (s.who.name if s.who else "", s.who.role if s.who else "", s.negative)
        for s in people.find_champions(text)
    ]


def _export(lead: str, role: str, notes: list[str], lang: str = "en") -> str:
    events = [
        {"seq": i + 1, "at": float(i), "kind": "note", "question_id": None, "payload": {"text": t}}
        for i, t in enumerate(notes)
    ]
    doc = {
        "format": "qualify-interview",
        "version": 1,
        "lead": {"name": lead, "company": "Norbert & Fils", "role": role},
        "interview": {"lang": lang, "started_at": "2026-05-12T09:00:00+00:00", "rep": "Lou"},
        "events": events,
        "comments": [],
    }
    return json.dumps(doc)


# --- the contact's own part ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "Nadia and I will take that decision together.",
        "Our controller and I would make the call jointly.",
        "Honestly it's basically the two of us.",
        "On prend la décision à deux, Paul et moi.",
        "Au comité, j'y ai une voix sur sept.",
        "I have one vote out of four on the panel.",
    ],
)
def test_a_decision_shared_with_someone_is_co_deciding(said: str) -> None:
    assert ("co_decider", 3) in _roles(said)


@pytest.mark.parametrize(
    "said",
    [
        "I'd happily put my name on a recommendation, that's as far as it goes.",
        "Any recommendation would come from me.",
        "La recommandation viendra de moi, pas plus.",
        "I draft the business case and that's it.",
        "We'll compare them and recommend, but the choice itself isn't mine.",
        "I run the trial and take it to the owner.",
    ],
)
def test_recommending_upward_is_influencing(said: str) -> None:
    assert [v for v, _ in _roles(said)] and {v for v, _ in _roles(said)} == {"influencer"}


@pytest.mark.parametrize(
    "said",
    [
        "It's my favourite part of the job.",  # "it's my" with no decision
        "It's my team that suffers.",
        "Nobody else on the market does that.",
        "On n'a vu personne d'autre pour l'instant.",
        "I write the minutes of the meeting.",
        "The two of us met at a trade fair.",
        "It's just the two of us in the office.",
        "C'est entre nous deux, mais le budget est serré.",
    ],
)
def test_look_alikes_say_nothing_of_the_contacts_part(said: str) -> None:
    assert _roles(said) == []


@pytest.mark.parametrize(
    ("said", "value"),
    [
        ("C'est moi qui signe, et personne d'autre.", "final_decider"),
        ("I approve it myself, me and nobody else.", "final_decider"),
        ("Nobody else signs, it's my budget.", "final_decider"),
        ("Je signe pas, c'est la direction.", "influencer"),  # spoken French: no "ne"
        ("Je décide pas tout seul, hein.", "influencer"),
    ],
)
def test_deciding_alone_and_its_spoken_negation(said: str, value: str) -> None:
    assert {v for v, _ in _roles(said)} == {value}


@pytest.mark.parametrize(
    ("said", "value", "strength"),
    [
        ("Me = end user + recommends to the board.".replace("Me", "I"), "influencer", 2),
        ("Je = utilisatrice / prescriptrice.", "influencer", 2),
        ("I = end user, nothing more.", "user", 2),
        ("C'est moi qui vais m'en servir, mais je signe pas.", "user", 3),
        ("I'll be the main user, but I don't decide.", "user", 3),
    ],
)
def test_a_user_who_recommends_influences_a_user_who_does_not_decide_uses(
    said: str, value: str, strength: int
) -> None:
    assert (value, strength) in _roles(said)
    assert {v for v, _ in _roles(said)} == {value}


def test_notes_name_the_lead_by_initials_title_or_an_opening_pronoun() -> None:
    fp = evidence._first_person
    assert fp("- MR = prescriptrice, ne signe pas.", "Maëlle Roussel", "fr").startswith("- je =")
    assert fp("Role: T = end user.", "Tomas Lindqvist", "en") == "Role: I = end user."
    assert fp("A = B", "Tomas Lindqvist", "en") == "A = B"  # another letter: someone else
    assert fp("Elle : utilisatrice au quotidien.", "Anne Roy", "fr").startswith("je :")
    assert fp("Elle trouve ça cher.", "Anne Roy", "fr") == "Elle trouve ça cher."  # no label sign
    assert fp("DSI décide avec la DAF.", "Anne Roy", "fr", "cio") == "je décide avec la DAF."
    assert fp("La DAF décide.", "Anne Roy", "fr", "cio") == "La DAF décide."


def test_notes_lead_by_title_and_initials_in_a_whole_export() -> None:
    notes = [
        "Contexte : réseau de 12 agences, 300 pers.",
        "Décideurs : DSI tranche avec le DG. Signature : DG, Mme Odile Faure.",
        "OF a validé l'enveloppe en mars.",
    ]
    got = analyse(parse_transcript(_export("Paul Girard", "DSI", notes, "fr"), "n.json"), CALL).facts
    assert got["authority.role"].value == "co_decider"
    assert got["authority.economic_buyer_identified"].value is True


# --- the economic buyer ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("said", "name"),
    [
        ("Our COO, Rita Shah. She's the one who releases the funds.", ""),
        ("He's the one who actually signs the purchase orders.", ""),
        ("Marc ? C'est lui qui débloque l'argent.", ""),
        ("Rita normally signs off on anything like that.", "Rita"),
    ],
)
def test_a_pronoun_with_a_contracted_verb_can_sign(said: str, name: str) -> None:
    found = [s for s in _signers(said) if not s[2]]
    assert found and (not name or found[-1][0] == name)


@pytest.mark.parametrize(
    "said",
    [
        "Yes. The money is mine, and it's my call in the end.",
        "And it's my decision, full stop.",
        "Le budget est à moi. Et c'est ma décision.",
    ],
)
def test_the_contact_owning_the_call_after_and(said: str) -> None:
    assert any(role == "self" and not neg for _, role, neg in _signers(said))


@pytest.mark.parametrize(
    ("said", "negative"),
    [
        ("Je signe pas ce genre de chose.", True),
        ("Moi je décide jamais seule.", True),
        ("Je signe, oui.", False),
    ],
)
def test_spoken_french_negation_without_ne(said: str, negative: bool) -> None:
    assert [neg for _, role, neg in _signers(said) if role == "self"] == [negative]


@pytest.mark.parametrize(
    "said",
    [
        "Je ne sais vraiment pas qui signera, avec la réorganisation.",
        "Nobody really knows who approves it now.",
        "I don't really know who signs these days.",
    ],
)
def test_not_knowing_who_signs_with_an_adverb(said: str) -> None:
    assert any(name == "" and neg for name, _, neg in _signers(said))


@pytest.mark.parametrize(
    "said",
    [
        "I'd rather not guess who will sign it.",  # a dodge, not "I don't know"
        "I'm not going to speculate on who approves.",
        "Note the new budget holder.",
    ],
)
def test_a_dodge_is_no_unknown_signer(said: str) -> None:
    assert not any(name == "" and neg for name, _, neg in _signers(said))


@pytest.mark.parametrize(
    ("said", "who"),
    [
        (
            "Au siège, c'est la directrice financière qui a la délégation de signature, Mme Cohen.",
            "Mme Cohen",
        ),
        ("Kofi holds the delegated signing authority for IT.", "Kofi"),
    ],
)
def test_a_delegated_signature_signs(said: str, who: str) -> None:
    assert any(name == who and not neg for name, _, neg in _signers(said))


@pytest.mark.parametrize(
    ("said", "signs"),
    [
        ("Yannick valide l'architecture, c'est tout.", False),
        ("IT approves the technical design.", False),
        ("Laura approves the security review.", False),
        ("Yannick valide le budget.", True),
        ("Laura approves the spend.", True),
    ],
)
def test_approving_a_technical_part_is_no_signing(said: str, signs: bool) -> None:
    assert bool(_signers(said)) is signs


@pytest.mark.parametrize(
    ("said", "name"),
    [
        ("so the cfo priya raman signs everything over ten k", "Priya Raman"),
        ("le daf jules perrin valide les dépenses", "Jules Perrin"),
        ("the owner really signs those", ""),
    ],
)
def test_a_name_without_capitals_after_a_role(said: str, name: str) -> None:
    found = _signers(said)
    assert found and found[0][0] == name


def test_the_same_person_by_full_name_then_title_and_surname() -> None:
    text = (
        "Rep: Who signs?\n"
        "Ana: Our managing director, Mr Olav Brenner, signs.\n"
        "Rep: And the process?\n"
        "Ana: We test it on site, then Mr Brenner signs.\n"
    )
    got = _facts(text)["authority.economic_buyer_identified"]
    assert got["status"] == "found" and "Brenner" in got["name"]


def test_two_people_with_the_same_title_word_stay_two() -> None:
    text = (
        "Rep: Qui signe ?\n"
        "Léa : Le président, Monsieur Arnaud Vidal. C'est lui qui signe.\n"
        "Hugo : Non, pour ce montant c'est le trésorier, Monsieur Kader Benoît, qui signe.\n"
        "Léa : Je maintiens que c'est Monsieur Vidal qui signe.\n"
    )
    assert _facts(text)["authority.economic_buyer_identified"]["status"] == "ambiguous"


def test_a_role_said_in_the_sentence_is_whom_elle_names() -> None:
    text = (
        "Rep : Qui signe ?\n"
        "Marc : Le gérant, Paul Simon, c'est lui qui signe.\n"
        "Marc : Non pardon, c'est la DAF qui valide maintenant, c'est elle qui signe les achats.\n"
    )
    got = _facts(text)["authority.economic_buyer_identified"]
    assert got["status"] == "found" and got["role"] == "cfo"


@pytest.mark.parametrize(
    "said",
    [
        "I'm the owner here, so the software is my call, I decide.",
        "Je suis la gérante ; les outils, c'est moi qui tranche.",
    ],
)
def test_the_owner_deciding_is_the_economic_buyer(said: str) -> None:
    text = f"Rep: Who makes the decision?\nSam: {said}\n"
    got = _facts(text)["authority.economic_buyer_identified"]
    assert got["status"] == "found" and got["value"] is True


def test_a_team_lead_deciding_on_tools_is_no_economic_buyer() -> None:
    text = "Rep: Who makes the decision?\nSam: For my team's tools I decide.\n"
    assert _facts(text)["authority.economic_buyer_identified"]["status"] == "absent"


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("- Signataire : DG, Mme Hélène Vasseur.", "Hélène Vasseur"),
        (">> Décision\n- EB : CEO, Bruno Keller. Signs above 40k.", "Bruno Keller"),
        ("Signature : la présidente, Claire Moulin.", "Claire Moulin"),
    ],
)
def test_a_labelled_approver_after_a_heading_or_bullet(line: str, name: str) -> None:
    text = f"Compte rendu d'appel\n\n{line}\n"
    got = _facts(text, "notes.txt")["authority.economic_buyer_identified"]
    assert got["status"] == "found" and name.split()[-1] in got["name"]


def test_a_title_alone_names_nobody() -> None:
    ctx = evidence._Context(CALL, "notes", [], True, "notes", None)
    who = evidence._person(people.Mention("M.", "ceo", 0, 6), ctx)
    assert who is not None and who["name"] is None and who["role"] == "ceo"


def test_a_diarisation_label_is_no_name() -> None:
    assert evidence._label_name("SPEAKER_03") == ""
    assert evidence._label_name("Intervenant 2") == ""
    assert evidence._label_name("Dana Lee (Acme)") == "Dana Lee"


# --- the champion ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("said", "role"),
    [
        ("Ask Yusuf. He's our biggest fan internally.", "pronoun"),
        ("Our planner, Ines Duarte. She'll back it all the way.", "pronoun"),
        ("Tomasz will back us.", ""),
        ("Le Dr Morin ? C'est lui qui a poussé pour ce projet.", "pronoun"),
        ("Elle portera le projet au comité.", "pronoun"),
        ("She'll push for it, trust me.", "pronoun"),
        ("He'll make the case upstairs.", "pronoun"),
        ("Nour has been asking for this since the audit.", ""),
    ],
)
def test_someone_else_pushing_for_it(said: str, role: str) -> None:
    found = [s for s in _champions(said) if not s[2]]
    assert found and found[-1][1] == role


@pytest.mark.parametrize(
    "said",
    [
        "They back it up on tape every night.",
        "We'll back up the data first.",
        "Sarah's not a big fan of change.",
        "Paolo is chasing it with the supplier.",
        "She's been chasing this invoice for weeks.",
    ],
)
def test_backing_up_is_no_championing(said: str) -> None:
    assert not [s for s in _champions(said) if not s[2]]


@pytest.mark.parametrize(
    "said",
    [
        "Nobody's going to fight for this, not this year.",
        "No one's really going to bang the drum for it.",
        "Franchement, personne ne va la porter en interne.",
        "Personne ne le pousse, honnêtement.",
    ],
)
def test_nobody_pushing(said: str) -> None:
    assert any(name == "" and neg for name, _, neg in _champions(said))


def test_a_note_opening_on_elle_is_the_lead() -> None:
    notes = ["Besoin : plannings à la main.", "Elle défendra le projet au CODIR, c'est son sujet."]
    got = analyse(parse_transcript(_export("Aline Mercier", "DRH", notes, "fr"), "n.json"), CALL).facts
    assert got["champion.named"].value is True
    assert got["champion.named"].extra.get("name") == "Aline Mercier"


def test_written_notes_lead_from_a_header_and_initials() -> None:
    text = (
        "Compte rendu - appel découverte\n"
        "Pour : Gaëlle Le Floch, resp. logistique.\n\n"
        "- GLF = prescriptrice, ne signe pas.\n"
        "- GLF porte le projet en interne.\n"
    )
    got = _facts(text, "cr.txt")
    assert got["champion.named"]["status"] == "found" and "Floch" in got["champion.named"]["name"]
    assert got["authority.role"]["value"] == "influencer"
    assert evidence._introduced("Pour : la direction générale.") == ""


def test_a_company_after_client_is_no_lead() -> None:
    assert evidence._introduced("Client : Groupe Vernet Logistique.") == ""
    assert evidence._introduced("Contact: Helga Brandt, plant manager") == "Helga Brandt"


@pytest.mark.parametrize(
    ("notes", "value"),
    [
        ("Who signs? L: 'no idea, it changed last month.'", False),
        ("Qui valide ? Elle : aucune idée pour l'instant.", False),
    ],
)
def test_a_note_of_who_signs_then_not_knowing(notes: str, value: bool) -> None:
    got = analyse(parse_transcript(_export("Lina Ortega", "Buyer", [notes]), "n.json"), CALL).facts
    assert got["authority.economic_buyer_identified"].value is value


def test_a_spoken_label_is_no_approver_label() -> None:
    text = "Rep: What matters?\nAna: The signature: Marc Lenoir, our CFO, will want to see it.\n"
    assert _facts(text)["authority.economic_buyer_identified"]["status"] == "absent"


def test_a_note_opening_on_she_after_a_named_officer_is_that_officer() -> None:
    notes = ["CFO = Ana Ruiz, tough on spend.", "She signs anything above 30k."]
    got = analyse(parse_transcript(_export("Lina Ortega", "Buyer", notes), "n.json"), CALL).facts
    eb = got["authority.economic_buyer_identified"]
    assert eb.value is True and eb.extra.get("name") == "Ana Ruiz"


@pytest.mark.parametrize(
    ("said", "cue"),
    [
        ("She's the one holding the purse strings.", "holding the purse strings"),
        ("Le DAF, c'est lui qui libère les fonds.", "libere les fonds"),
        ("Ana is the one signing.", "signing"),
    ],
)
def test_the_one_holding_or_releasing_the_money(said: str, cue: str) -> None:
    assert cue in [s.cue for s in people.find_signers(said)]


@pytest.mark.parametrize(
    "said",
    [
        "Ma recommandation, je la porte au comité.",
        "La décision elle-même ne sera pas à moi.",
    ],
)
def test_french_recommending_and_not_deciding(said: str) -> None:
    assert {v for v, _ in _roles(said)} == {"influencer"}


@pytest.mark.parametrize(
    "said",
    [
        "Nobody's sure who will sign it.",
        "No one has worked out who approves the spend yet.",
        "Personne ne sait qui validera, avec la fusion.",
    ],
)
def test_nobody_knowing_who_signs(said: str) -> None:
    assert any(name == "" and neg for name, _, neg in _signers(said))
