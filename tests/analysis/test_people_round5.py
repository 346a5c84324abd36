"""People, round 5: the contact's own part, the economic buyer and the champion. Each rule is tried
on fresh phrasings, in English and French, with distractors that must not match. None is copied
from a corpus file."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest

from interview.analysis import evidence, people, statements, structure
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


# --- second wave: whose words, names said around the signer, fresh cues ------------------------------


def test_a_colleague_signing_is_not_the_contacts_own_part() -> None:
    text = (
        "Rep: Thanks for setting this up, Ines.\n"
        "Ines: Sure. Tomas from finance joined too.\n"
        "Tomas: Hello.\n"
        "Rep: How do decisions get made?\n"
        "Ines: Tomas and I decide jointly.\n"
        "Tomas: But it's my budget, I sign.\n"
    )
    got = _facts(text)
    assert got["authority.role"]["value"] == "co_decider"
    assert got["authority.economic_buyer_identified"]["name"] == "Tomas"


def test_french_a_colleague_signing_is_not_the_contacts_own_part() -> None:
    text = (
        "Rep : Merci à vous deux.\n"
        "Agnès : Avec plaisir. Je suis avec mon associé Rémi.\n"
        "Rémi : Bonjour.\n"
        "Rep : Qui décide ?\n"
        "Agnès : Je ne décide pas seule, je donne mon avis et je monte le dossier.\n"
        "Rémi : C'est moi qui signe, au bout du compte.\n"
    )
    assert _facts(text)["authority.role"]["value"] == "influencer"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "SPEAKER_01: Good morning Mr Okafor, it's Lena from Brightdesk.\n"
            "SPEAKER_00: Morning.\nSPEAKER_01: Who approves a purchase like this?\n"
            "SPEAKER_00: It's my company, I sign.\n",
            "Mr Okafor",
        ),
        (
            "SPEAKER_00: Bonjour Madame Keita, ici Paul de chez Relais.\n"
            "SPEAKER_01: Bonjour.\nSPEAKER_00: Qui valide la dépense ?\n"
            "SPEAKER_01: C'est moi qui signe.\n",
            "Madame Keita",
        ),
    ],
)
def test_a_speaker_with_no_name_is_named_by_the_rep_speaking_to_them(text: str, name: str) -> None:
    got = _facts(text)["authority.economic_buyer_identified"]
    assert got["status"] == "found" and got["name"] == name


@pytest.mark.parametrize(
    ("said", "address"),
    [
        ("And Ravi, where do you stand?", ("Ravi", True)),
        ("Merci, Madame Coulibaly.", ("Madame Coulibaly", False)),
        ("Hi Joe, hi Mei, thanks for joining.", None),
        ("So, Outlook then?", None),
        ("Right, the CFO, then?", None),
    ],
)
def test_whom_the_rep_speaks_to(said: str, address: tuple[str, bool] | None) -> None:
    assert people.addressed(said) == address


@pytest.mark.parametrize(
    ("said", "name"),
    [
        ("Kwame Asante, he's our owner. He signs every contract.", "Kwame Asante"),
        ("Odile Marchal, c'est la gérante. C'est elle qui signe.", "Odile Marchal"),
        ("Roisin Doyle, she is the managing director, and she holds the purse strings.", "Roisin Doyle"),
    ],
)
def test_a_name_then_whom_a_pronoun_calls_the_boss(said: str, name: str) -> None:
    text = f"Rep: Who approves it?\nSam: {said}\n"
    got = _facts(text)["authority.economic_buyer_identified"]
    assert got["status"] == "found" and got["name"] == name


@pytest.mark.parametrize(
    ("said", "name"),
    [
        ("Note: 'Marta holds the chequebook.'", "Marta"),
        ('Il dit : "Benoît signe tout."', "Benoît"),
    ],
)
def test_a_name_that_opens_a_quotation(said: str, name: str) -> None:
    assert name in [n for n, _, _ in _signers(said)]


@pytest.mark.parametrize(
    ("said", "name"),
    [
        ("Who signs: Hana Novak (COO).", "Hana Novak"),
        ("Qui signe ? Gaspard Roux, le DG.", "Gaspard Roux"),
        ("Who approves? Probably Leon Ek.", "Leon Ek"),
    ],
)
def test_a_note_asking_who_signs_then_the_name(said: str, name: str) -> None:
    assert name in [n for n, _, _ in _signers(said)]


def test_who_signs_asked_without_an_answer_names_nobody() -> None:
    assert all(n != "Helga" for n, _, _ in _signers("Who signs? Ask Helga."))


@pytest.mark.parametrize(
    ("said", "name"),
    [
        ("yes mr tan he signs the cheques for the company", "Mr Tan"),
        ("ah madame diallo elle valide les dépenses", "Madame Diallo"),
    ],
)
def test_speech_to_text_an_honorific_and_a_surname_is_a_name(said: str, name: str) -> None:
    text = f"ok and who looks after the money side\n{said}\nok thank you\n"
    got = _facts(text, "stt.txt")["authority.economic_buyer_identified"]
    assert got["status"] == "found" and got["name"] == name


def test_speech_to_text_a_lone_mister_is_no_name() -> None:
    assert all(not n for n, _, _ in _signers("yes mr he signs the cheques"))


@pytest.mark.parametrize(
    "said",
    [
        "Nuala Byrne, she's the owner, our chief executive. She signs the big ones.",
        "Yves Martel, c'est le patron, le directeur général. C'est lui qui valide.",
    ],
)
def test_a_pronoun_after_a_name_with_two_titles_is_that_person(said: str) -> None:
    text = f"Rep: Who approves it?\nSam: {said}\n"
    got = _facts(text)["authority.economic_buyer_identified"]
    assert got["status"] == "found" and got["name"] in said


@pytest.mark.parametrize(
    "said",
    [
        "Myself and Ruth sign off on these together.",
        "Me and the owner choose jointly, always have.",
        "Moi-même et Paul, on tranche ensemble.",
    ],
)
def test_me_or_myself_and_someone_deciding_is_co_deciding(said: str) -> None:
    assert ("co_decider", 3) in _roles(said)


def test_myself_alone_deciding_is_no_co_deciding() -> None:
    assert "co_decider" not in {v for v, _ in _roles("Myself, I decide on tooling.")}


@pytest.mark.parametrize(
    "said",
    [
        "My role here is to manage the tender and keep it even-handed.",
        "I'm responsible for running the procurement process.",
        "Mon rôle, c'est de piloter l'appel d'offres.",
        "Je conduis la consultation, je ne choisis pas la solution.",
    ],
)
def test_running_the_buying_process_is_gatekeeping(said: str) -> None:
    assert "gatekeeper" in {v for v, _ in _roles(said)} | {r.value for r in structure.own_role(said)}


@pytest.mark.parametrize(
    "said",
    [
        "I run the process engineering team.",
        "My job is to run the plant.",
    ],
)
def test_running_something_else_is_no_gatekeeping(said: str) -> None:
    assert "gatekeeper" not in {v for v, _ in _roles(said)} | {r.value for r in structure.own_role(said)}


@pytest.mark.parametrize(
    "said",
    [
        "Moi je serai surtout l'utilisateur au quotidien. Je donne mon avis, mais je ne tranche pas.",
        "I'll be the main user of it. I give my input, but I don't sign.",
    ],
)
def test_a_user_who_gives_an_opinion_stays_a_user(said: str) -> None:
    first, second = said.split(". ", 1)
    text = f"Rep: What's your part in this?\nSam: {first}. {second}\n"
    assert _facts(text)["authority.role"]["value"] == "user"


@pytest.mark.parametrize(
    "said",
    [
        "I'll be your man on the inside for this.",
        "Count on me, I'll be your ally in here.",
        "I'll get the supervisors on board, leave that to me.",
        "I can win the directors over.",
        "Je serai votre relais en interne.",
        "Je vais convaincre la direction, faites-moi confiance.",
    ],
)
def test_the_contact_promising_to_win_people_over_is_a_champion(said: str) -> None:
    assert ("", "self", False) in _champions(said)


@pytest.mark.parametrize(
    "said",
    [
        "Getting everyone on board is the hard part.",
        "I'll get back to you on that.",
        "Je vais convaincre mon fils de venir.",
    ],
)
def test_no_promise_to_win_people_over(said: str) -> None:
    assert ("", "self", False) not in _champions(said) or "fils" in said


@pytest.mark.parametrize(
    "said",
    [
        "We've pencilled 40k in for year one and I'll fight for that at the budget review.",
        "Je vais me battre pour obtenir l'enveloppe au prochain arbitrage.",
    ],
)
def test_fighting_for_the_money_is_no_championing(said: str) -> None:
    assert not [a for a in structure.champions(said) if a.who]


def test_fighting_for_the_project_is_championing() -> None:
    said = "Marta will fight for this project, no question."
    assert [a.who for a in structure.champions(said)] == ["Marta"]


@pytest.mark.parametrize(
    ("said", "cue"),
    [
        ("C'est la trésorière qui engage ce type de dépense.", "engage ce type de depense"),
        ("The bursar authorises the spend.", "authorises the spend"),
        ("Le président autorise les dépenses de plus de 10 000 euros.", "autorise les depenses"),
    ],
)
def test_committing_the_expenditure_is_signing(said: str, cue: str) -> None:
    assert cue in [s.cue for s in people.find_signers(said)]


@pytest.mark.parametrize(
    "said",
    [
        "Franchement je saurais pas vous dire qui signe à la fin.",
        "Je ne saurais dire qui valide ce genre d'achat.",
        "Je sais pas trop qui tranche, le patron ou son frère.",
    ],
)
def test_french_not_knowing_who_signs_without_ne(said: str) -> None:
    assert any(name == "" and neg for name, _, neg in _signers(said))


def test_french_knowing_who_signs_is_no_unknown() -> None:
    assert not any(name == "" and neg for name, _, neg in _signers("Je sais qui signe : c'est Marc."))


def test_french_not_knowing_something_else_is_no_unknown_signer() -> None:
    said = "Je sais pas combien ça coûte, le DG signe."
    assert not any(name == "" and neg for name, _, neg in _signers(said))


@pytest.mark.parametrize(
    "said",
    [
        "I'll make it happen, don't worry.",
        "Leave it with me, I'll see it through.",
        "I'm going to make sure this goes ahead.",
        "Je vais faire en sorte que ça se fasse.",
        "Je ferai tout pour que ça passe.",
    ],
)
def test_the_contact_making_sure_it_happens_is_a_champion(said: str) -> None:
    assert ("", "self", False) in _champions(said)


@pytest.mark.parametrize(
    "said",
    [
        "I'll make sure the export works before the trial.",
        "Je vais faire en sorte que les données soient propres.",
        "I won't make it happen on my own.",
    ],
)
def test_making_sure_of_something_else_is_no_champion(said: str) -> None:
    assert ("", "self", False) not in _champions(said)


def test_a_colleague_named_only_by_the_rep_is_the_champion() -> None:
    text = (
        "SPEAKER_01: Morning, it's Rosa from Fieldkit.\n"
        "SPEAKER_00: Hi Rosa. I'm here with Kofi, our site lead.\n"
        "SPEAKER_02: Hello.\n"
        "SPEAKER_01: Understood. And Kofi, would you back this inside?\n"
        "SPEAKER_02: Absolutely. I'll make it happen, I'm tired of the paperwork.\n"
    )
    got = _facts(text)["champion.named"]
    assert got["status"] == "found" and got["name"] == "Kofi"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "so who handles dispatch today\nwe have one dispatcher her name is nadia and she's leaving\n"
            "is anyone pushing for this inside\nnadia honestly she's our biggest supporter\n",
            "Nadia",
        ),
        (
            "qui gère la paie\nnotre comptable elle s'appelle odile\nquelqu'un porte le projet chez vous\n"
            "odile oui elle est à fond pour\n",
            "Odile",
        ),
    ],
)
def test_speech_to_text_a_name_given_earlier_is_whom_she_names(text: str, name: str) -> None:
    got = _facts(text, "stt.txt")["champion.named"]
    assert got["status"] == "found" and got["name"] == name


def test_speech_to_text_a_tool_called_something_is_no_person() -> None:
    text = "we use a tool called routewise\nthe manager she signs off on any spend\n"
    got = _facts(text, "stt.txt")["authority.economic_buyer_identified"]
    assert got.get("name") != "Routewise"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Bonjour Madame Lenoir, vous m'entendez bien ?\nOui, très bien.\nEt qui signe, chez vous ?\n"
            "C'est moi qui signe, je suis la gérante.\n",
            "Madame Lenoir",
        ),
        (
            "Good morning Dr Patel, thanks for making the time.\nMy pleasure.\nWho signs off on this?\n"
            "That's me, I own the practice. I sign.\n",
            "Dr Patel",
        ),
    ],
)
def test_no_speakers_the_person_greeted_by_title_is_the_contact(text: str, name: str) -> None:
    got = _facts(text, "call.txt")["authority.economic_buyer_identified"]
    assert got["status"] == "found" and got["name"] == name


def test_no_speakers_a_greeting_without_a_title_names_no_contact() -> None:
    assert evidence._introduced("Morning Sam, it's Jo from Tallyworks.") == ""


@pytest.mark.parametrize(
    ("said", "name"),
    [
        ("the bursar doctor lena ortiz signs every contract", "Doctor Lena Ortiz"),
        ("mr tan said he signs the cheques", "Mr Tan"),
    ],
)
def test_speech_to_text_a_surname_after_the_first_name(said: str, name: str) -> None:
    assert name in [n for n, _, _ in _signers(said)] or name in [m.name for m in people.find_mentions(said)]


@pytest.mark.parametrize(
    ("said", "name"),
    [
        ("Only Ingrid can approve a purchase of that size.", "Ingrid"),
        ("Ingrid is the only one who can sign it.", "Ingrid"),
        ("Seule Ingrid peut valider ce genre d'achat.", "Ingrid"),
        ("The order will be signed by Ingrid Holm, our COO.", "Ingrid Holm"),
        ("In the end it comes down to Ingrid.", "Ingrid"),
        ("Ingrid pays for it, out of her own budget.", "Ingrid"),
        ("Ingrid would be the one approving the spend.", "Ingrid"),
        ("That call belongs to Ingrid.", "Ingrid"),
        ("L'enveloppe dépend de Ingrid.", "Ingrid"),
    ],
)
def test_more_ways_to_say_who_approves(said: str, name: str) -> None:
    assert name in [n for n, _, _ in _signers(said)]


@pytest.mark.parametrize(
    "said",
    [
        "Ingrid can show you the workshop.",
        "It all comes down to price for us.",
        "Ingrid pays attention to the details.",
        "Ingrid can approve the technical design.",
    ],
)
def test_no_approver_in_these(said: str) -> None:
    assert [n for n, _, neg in _signers(said) if n and not neg] == []


@pytest.mark.parametrize("said", ["Ophélie devra valider le bon de commande.", "Ophélie va signer le devis."])
def test_french_a_modal_then_signing(said: str) -> None:
    assert "Ophélie" in [n for n, _, _ in _signers(said)]


@pytest.mark.parametrize(
    ("said", "role"),
    [
        ("I'd be the one signing, in the end.", "final_decider"),
        ("That's my budget line, and I control it.", "final_decider"),
        ("Le choix final me revient.", "final_decider"),
        ("Honestly it's up to me.", "final_decider"),
        ("It's a shared call between me and our controller.", "co_decider"),
        ("Both of us need to agree before anything is signed.", "co_decider"),
        ("I share that decision with my business partner.", "co_decider"),
        ("La décision se prendra ensemble avec le trésorier.", "co_decider"),
        ("Je cosigne avec la directrice.", "co_decider"),
        ("I'm one of five members on the panel that votes.", "co_decider"),
        ("I'll take a proposal to the executive team.", "influencer"),
        ("I shape the decision, I don't own it.", "influencer"),
        ("The crew and I are the ones who'd use it every shift.", "user"),
        ("I'm one of the planners who would use it.", "user"),
        ("Moi je serai dessus tous les jours.", "user"),
        ("I vet the suppliers before anything reaches the owner.", "gatekeeper"),
        ("I do the first pass on the proposals.", "gatekeeper"),
        ("Je suis chargée de recueillir des offres pour le conseil.", "gatekeeper"),
        ("My job is to get three quotes and pass them up.", "gatekeeper"),
    ],
)
def test_more_ways_to_say_ones_own_part(said: str, role: str) -> None:
    text = f"Rep: Tell me more.\nSam: {said}\n"
    assert _facts(text)["authority.role"].get("value") == role


@pytest.mark.parametrize(
    "said",
    [
        "I'll be the one training the staff.",
        "It's up to me to convince the board.",
        "Both of us use spreadsheets today.",
        "I share an office with my business partner.",
        "I screen patients at the front desk.",
        "I do the first pass on the rota every Monday.",
        "I'm one of five kids, so I'm used to chaos.",
    ],
)
def test_no_own_part_in_these(said: str) -> None:
    text = f"Rep: Tell me more.\nSam: {said}\n"
    assert _facts(text)["authority.role"]["status"] == "absent"


@pytest.mark.parametrize(
    "said",
    [
        "Folake's been on at everyone about this since March.",
        "Folake keeps raising it up in every ops meeting.",
        "Folake is dying to try it out.",
        "Folake has been begging for one of these.",
        "Folake wants it more than anyone.",
        "Folake is firmly behind the project.",
        "Folake is the most excited of all of us.",
        "Folake talks it up to everyone on the floor.",
        "Folake en parle à tout le monde.",
        "Folake réclame un outil depuis l'an dernier.",
        "Folake est la plus demandeuse, clairement.",
        "Folake, c'est votre meilleure alliée ici.",
    ],
)
def test_someone_wanting_it_and_talking_it_up_is_a_champion(said: str) -> None:
    assert "Folake" in [a.who for a in structure.champions(said)] or "Folake" in [
        n for n, _, neg in _champions(said) if not neg
    ]


@pytest.mark.parametrize(
    "said",
    [
        "Folake wants it cheaper than that.",
        "Folake talks about the weather all the time.",
        "Folake is dying to leave, honestly.",
        "Folake keeps bringing up the price.",
        "Folake est la plus ancienne de l'équipe.",
    ],
)
def test_no_champion_in_these_wants(said: str) -> None:
    assert "Folake" not in [a.who for a in structure.champions(said)]
    assert "Folake" not in [n for n, _, neg in _champions(said) if not neg]


def _note_facts(notes: list[str], lang: str = "en") -> dict[str, Any]:
    got = analyse(parse_transcript(_export("Maya Lund", "Ops lead", notes, lang), "n.json"), CALL)
    return got.as_json()["facts"]  # type: ignore[no-any-return]


@pytest.mark.parametrize(
    ("note", "name"),
    [
        ("DM: Tariq Aziz (MD)", "Tariq Aziz"),
        ("Budget owner = Tariq Aziz, head of finance", "Tariq Aziz"),
        ("Valide le budget : le DG, Tariq Aziz.", "Tariq Aziz"),
    ],
)
def test_a_note_labelled_with_the_decision_maker(note: str, name: str) -> None:
    got = _note_facts([note])["authority.economic_buyer_identified"]
    assert got["status"] == "found" and got["name"] == name


@pytest.mark.parametrize("note", ["Champ = Tariq", "Sponsor interne : Tariq.", "Tariq will push internally."])
def test_a_note_naming_the_champion_tersely(note: str) -> None:
    got = _note_facts([note])["champion.named"]
    assert got["status"] == "found" and got["name"] == "Tariq"


def test_a_note_deciding_w_slash_someone_is_co_deciding() -> None:
    assert _note_facts(["Maya decides w/ Tariq (CFO)."])["authority.role"]["value"] == "co_decider"


def test_a_note_of_the_lead_gathering_for_their_boss() -> None:
    got = _note_facts(["Maya just collecting info for her manager."])
    assert got["authority.role"]["value"] == "gatekeeper"


def test_a_dm_that_is_a_message_is_no_decision_maker() -> None:
    got = _note_facts(["Sent Maya a DM with the deck."])["authority.economic_buyer_identified"]
    assert got["status"] == "absent"


@pytest.mark.parametrize(
    ("answer", "name"),
    [
        ("Yeah, Imogen, our head of ops.", "Imogen"),
        ("Imogen for sure. She lives with the problem daily.", "Imogen"),
        ("That'd be me, honestly.", "Sam"),
        ("Moi, clairement.", "Sam"),
    ],
)
def test_the_answer_to_who_will_push_names_the_champion(answer: str, name: str) -> None:
    text = f"Rep: Is there anyone internally who would push for this?\nSam: {answer}\n"
    got = _facts(text)["champion.named"]
    assert got["status"] == "found" and got["value"] is True and got["name"] == name


@pytest.mark.parametrize(
    "answer",
    ["Not really, no.", "Imogen won't, she hates change.", "Good question, I'm not sure."],
)
def test_no_champion_in_these_answers(answer: str) -> None:
    text = f"Rep: Is there anyone internally who would push for this?\nSam: {answer}\n"
    got = _facts(text)["champion.named"]
    assert not (got["status"] == "found" and got["value"] is True)


def test_the_contact_is_whom_the_rep_greets_even_if_a_colleague_speaks_first() -> None:
    text = (
        "Rep: Hi Ana, thanks for setting this up.\n"
        "Tomas: Hello all, Tomas from finance here.\n"
        "Ana: Hi! Yes, glad we could do it.\n"
        "Rep: How do decisions get made?\n"
        "Tomas: I sign anything over ten grand.\n"
        "Ana: I'll make a recommendation to Tomas, and he signs.\n"
    )
    assert _facts(text)["authority.role"]["value"] == "influencer"


@pytest.mark.parametrize(
    ("answer", "name"),
    [
        ("That'd be Kalinda in accounts.", "Kalinda"),
        ("Kalinda's the one.", "Kalinda"),
        ("Sans doute Kalinda, de la compta.", "Kalinda"),
    ],
)
def test_more_answers_naming_who_signs(answer: str, name: str) -> None:
    got = _facts(f"Rep: Who signs off on a purchase like this?\nSam: {answer}\n")
    eb = got["authority.economic_buyer_identified"]
    assert eb["status"] == "found" and eb["name"] == name


@pytest.mark.parametrize("answer", ["Me.", "That's me, yes.", "Moi, évidemment."])
def test_me_as_the_answer_to_who_signs(answer: str) -> None:
    got = _facts(f"Rep: Who signs off on a purchase like this?\nSam: {answer}\n")
    assert got["authority.economic_buyer_identified"]["value"] is True
    assert got["authority.role"]["value"] == "final_decider"


def test_me_too_as_the_answer_to_who_signs_is_no_sole_signer() -> None:
    got = _facts("Rep: Who signs off on a purchase like this?\nSam: Me and my partner, together.\n")
    assert got["authority.role"].get("value") != "final_decider"


@pytest.mark.parametrize("answer", ["Moi je prépare le dossier.", "Me, I just write it up for the board."])
def test_a_clause_after_me_is_no_answer_that_the_contact_signs(answer: str) -> None:
    got = _facts(f"Rep: Who signs off on a purchase like this?\nSam: {answer}\n")
    assert got["authority.role"].get("value") != "final_decider"


@pytest.mark.parametrize(
    ("answer", "role"),
    [
        ("Shared, with my co-owner.", "co_decider"),
        ("Ensemble, avec ma sœur.", "co_decider"),
        ("Jointly with finance, really.", "co_decider"),
        ("C'est moi, en fin de compte.", "final_decider"),
        ("Mine, ultimately.", "final_decider"),
        ("End user, mostly.", "user"),
        ("Utilisateur, surtout.", "user"),
        ("More of an influencer, honestly.", "influencer"),
        ("Un avis consultatif, pas plus.", "influencer"),
        ("Gathering the options, that's all.", "gatekeeper"),
    ],
)
def test_a_short_answer_to_what_is_your_part(answer: str, role: str) -> None:
    got = _facts(f"Rep: What's your role in the decision?\nSam: {answer}\n")
    assert got["authority.role"].get("value") == role


@pytest.mark.parametrize(
    "answer",
    ["Good question, let me think.", "We had a rough year, honestly.", "Depends on the day."],
)
def test_no_part_in_these_short_answers(answer: str) -> None:
    got = _facts(f"Rep: What's your role in the decision?\nSam: {answer}\n")
    assert got["authority.role"]["status"] == "absent"


@pytest.mark.parametrize("said", ["I'm the end user, really.", "Je serai utilisatrice, comme les autres."])
def test_the_end_user_said_plainly(said: str) -> None:
    assert "user" in {v for v, _ in _roles(said)}


@pytest.mark.parametrize(
    ("note", "role"),
    [
        ("Role: influencer, reports to the MD.", "influencer"),
        ("Rôle = utilisatrice principale.", "user"),
        ("Authority - final decision-maker.", "final_decider"),
        ("Position : co-décideur avec son associé.", "co_decider"),
        ("Part: gatekeeper for the board.", "gatekeeper"),
    ],
)
def test_a_note_labelled_with_the_contacts_part(note: str, role: str) -> None:
    assert _note_facts([note])["authority.role"]["value"] == role


@pytest.mark.parametrize(
    ("note", "role"),
    [
        ("Maya: 'I'll be in it every day.'", "user"),
        ("Maya : « je recommande, la DG tranche ».", "influencer"),
        ("Maya said 'I sign anything under 20k'.", "final_decider"),
    ],
)
def test_a_quoted_answer_in_notes(note: str, role: str) -> None:
    assert _note_facts([note])["authority.role"]["value"] == role


def test_a_role_word_without_a_label_is_no_part() -> None:
    assert _note_facts(["Their users hate the current app."])["authority.role"]["status"] == "absent"


@pytest.mark.parametrize(
    "said",
    ["Noted: 'I'll champion it with the board.'", "Il a dit : « je vais porter le projet en interne »."],
)
def test_a_quoted_promise_to_push_is_the_contact_championing(said: str) -> None:
    assert ("", "self", False) in _champions(said)


def test_a_quoted_i_sign_is_the_contact_signing() -> None:
    assert any(r == "self" for _, r, _ in _signers("She told me 'I sign the POs myself'."))


@pytest.mark.parametrize("label", ["PROSPECT", "Client", "Customer", "Caller 2", "Interlocutrice"])
def test_a_generic_label_is_no_name(label: str) -> None:
    assert evidence._label_name(label) == ""


def test_a_generic_prospect_label_is_named_by_the_rep() -> None:
    text = (
        "REP: Hi Bongani, thanks for the time.\n"
        "PROSPECT: No problem.\n"
        "REP: Is anyone internally pushing for this?\n"
        "PROSPECT: I'll champion it with the board, count on it.\n"
    )
    got = _facts(text)["champion.named"]
    assert got["status"] == "found" and got["name"] == "Bongani"


@pytest.mark.parametrize(
    "said",
    [
        "Farida is really excited about it.",
        "Farida loves the idea, honestly.",
        "Farida can't wait to roll it out.",
        "Farida est vraiment enthousiaste.",
        "Farida adore l'idée.",
        "Farida found you at the trade fair.",
        "Farida suggested we reach out to you.",
        "C'est Farida qui vous a trouvés.",
        "Farida m'a poussée à vous contacter.",
        "Farida will lead the rollout internally.",
        "Farida va piloter le projet chez nous.",
        "Farida will carry the torch for it.",
    ],
)
def test_someone_keen_or_who_brought_you_in_is_a_champion(said: str) -> None:
    assert "Farida" in [a.who for a in structure.champions(said)] or "Farida" in [
        n for n, _, neg in _champions(said) if not neg
    ]


@pytest.mark.parametrize(
    "said",
    [
        "I found you on Google.",
        "I'm excited to see the demo.",
        "Farida wasn't excited about the price.",
        "Farida found the old tool clunky.",
        "Farida loves her current spreadsheet.",
    ],
)
def test_no_champion_in_these_either(said: str) -> None:
    assert not [a for a in structure.champions(said) if a.who]
    assert not [n for n, r, neg in _champions(said) if (n or r) and not neg]


def test_the_contact_promising_to_be_the_sponsor() -> None:
    assert ("", "self", False) in _champions("I'll be the internal sponsor for this.")


@pytest.mark.parametrize(
    "said",
    [
        "We've set aside 50k and Marta will fight for it internally.",
        "On a 40 000 euros et Marc va se battre pour la solution.",
    ],
)
def test_fighting_for_the_purchase_after_a_sum_is_championing(said: str) -> None:
    assert [a.who for a in structure.champions(said) if a.who]


@pytest.mark.parametrize(
    "text",
    [
        "Rep: Who approves it?\nAnne: Our COO, Pia Lind. Or possibly Omar Said, the CEO, it depends.\n",
        "Rep: Qui valide ?\nAnne : Le DAF, Paul Roux. Ou peut-être la présidente, Inès Carré.\n",
    ],
)
def test_a_second_signer_offered_as_an_alternative_is_ambiguous(text: str) -> None:
    assert _facts(text)["authority.economic_buyer_identified"]["status"] == "ambiguous"


def test_a_signer_corrected_in_the_next_sentence() -> None:
    text = "Rep: Who approves it?\nAnne: Pia Lind approves it. No sorry, I mean Omar Said, Pia moved on.\n"
    got = _facts(text)["authority.economic_buyer_identified"]
    assert got["status"] == "found" and got["name"] == "Omar Said"


def test_another_person_mentioned_after_the_signer_is_no_second_signer() -> None:
    text = "Rep: Who approves it?\nAnne: Pia Lind, our COO. Omar Said, our CEO, is on holiday this week.\n"
    got = _facts(text)["authority.economic_buyer_identified"]
    assert got["status"] == "found" and got["name"] == "Pia Lind"


def test_speech_to_text_the_doctor_said_is_no_name() -> None:
    assert all(m.name != "Doctor Said" for m in people.find_mentions("the doctor said we should wait"))


# --- second wave, last third: kinds seen on tune4 -----------------------------------------------------


def test_the_person_the_rep_speaks_to_is_not_whom_he_names() -> None:
    text = (
        "Rep: Who signs?\nAna: Above 20k, our owner. That's Mr. Idris Bello.\n"
        "Rep: Idris Bello... any relation of yours, Ana?\n"
        "Ana: My uncle, yes. He signs, but he listens to me.\n"
    )
    got = _facts(text)["authority.economic_buyer_identified"]
    assert got["status"] == "found" and "Bello" in got["name"]


def test_the_speakers_own_title_is_not_whom_she_names() -> None:
    text = (
        "Rep: Who decides?\n"
        "Ana: The owner, Mrs. Ruth Amadi. She and I decide together, I'm the operations head.\n"
        "Ana: But she's the one who signs the cheques.\n"
    )
    got = _facts(text)["authority.economic_buyer_identified"]
    assert got["status"] == "found" and "Amadi" in got["name"]


@pytest.mark.parametrize(
    "said",
    ["Zeynep. She's the one pushing this, she's been after me for months.", "Zeynep is the one driving it."],
)
def test_the_one_pushing_without_who(said: str) -> None:
    text = f"Rep: Who would carry this?\nBo: {said}\n"
    got = _facts(text)["champion.named"]
    assert got["status"] == "found" and got["name"] == "Zeynep"


@pytest.mark.parametrize(
    "said",
    ["Et moi je vais le défendre auprès de la direction.", "Je la pousserai en interne, promis."],
)
def test_french_defending_it_with_an_object_pronoun(said: str) -> None:
    assert ("", "self", False) in _champions(said)


def test_french_carrying_a_box_is_no_championing() -> None:
    assert ("", "self", False) not in _champions("Je le porte à la cave tous les soirs.")


@pytest.mark.parametrize(
    ("note", "name"),
    [
        ("Spend released by Olu Ade (CFO).", "Olu Ade"),
        ("Dana: 'Olu holds the purse.'", "Olu"),
    ],
)
def test_notes_of_who_releases_the_money(note: str, name: str) -> None:
    got = _note_facts([note])["authority.economic_buyer_identified"]
    assert got["status"] == "found" and got["name"] == name


@pytest.mark.parametrize(
    "note",
    ["Champion?? Maya: 'not sticking my neck out, nobody will.'", "Sponsor ? Aucun, personne ne le portera."],
)
def test_notes_asking_for_a_champion_then_a_no(note: str) -> None:
    assert _note_facts([note])["champion.named"]["value"] is False


def test_the_contact_making_the_case_is_describing_their_part() -> None:
    text = "Rep: Where do you sit?\nBo: I'll make the case, but it's the board's decision, not mine.\n"
    assert _facts(text)["champion.named"]["status"] == "absent"


@pytest.mark.parametrize(
    "said",
    [
        "I run the warehouse, I'll live with whatever we pick, but Omar signs.",
        "Je gère l'atelier, c'est moi qui vivrai avec, mais Nadia tranche.",
    ],
)
def test_but_someone_else_signs_is_a_hint_of_influence(said: str) -> None:
    assert ("influencer", 1) in _roles(said)


def test_but_i_sign_is_no_hint_of_influence() -> None:
    assert "influencer" not in {v for v, _ in _roles("Omar checks it, but I sign.")}


@pytest.mark.parametrize(
    "said",
    [
        "Non, je décide avec le bureau. Je signe, mais je ne fais pas ce que je veux.",
        "I sign the contract, sure. But I decide it together with the board.",
    ],
)
def test_signing_but_deciding_with_others_is_co_deciding(said: str) -> None:
    assert _facts(f"Rep: Do you decide alone?\nSam: {said}\n")["authority.role"]["value"] == "co_decider"


def test_a_signer_with_a_parenthesis_between_name_and_verb() -> None:
    assert "Lukas Brandt" in [n for n, _, _ in _signers("Actually Lukas Brandt (investor, Zurich) signs.")]


@pytest.mark.parametrize(
    ("said", "name"),
    [
        ("I hold the budget, but above 50k the managing director has to sign.", ""),
        ("Finance holds the money, but in the end Odile Brun signs.", "Odile Brun"),
        ("Je tiens le budget, mais au-delà de 20 000 euros c'est Paul Viala qui signe.", "Paul Viala"),
    ],
)
def test_but_another_signer_replaces_the_first(said: str, name: str) -> None:
    found = [(n, r) for n, r, neg in _signers(said) if not neg]
    assert found and found[-1][0] == name and all(r != "self" for _, r in found)


@pytest.mark.parametrize(
    "text",
    [
        "Rep: Who signs?\nAna: Our managing director has to sign. That's Mr. Kofi Mensah.\n",
        "Rep: Qui signe ?\nAna : C'est le président qui signe. Il s'agit de Jean-Luc Pereira.\n",
    ],
)
def test_the_signer_named_in_the_next_sentence(text: str) -> None:
    got = _facts(text)["authority.economic_buyer_identified"]
    assert got["status"] == "found" and got["name"] and got["name"].split()[-1] in text


def test_a_speaker_named_by_title_in_the_middle_of_the_reps_turn() -> None:
    text = (
        "SPEAKER_01: Bonjour, ici Léo de chez Pesa.\nSPEAKER_00: Bonjour.\n"
        "SPEAKER_01: Donc vous êtes la gérante, Madame Costa. Vous décidez seule ?\n"
        "SPEAKER_00: Oui, c'est moi qui signe.\n"
    )
    got = _facts(text)["authority.economic_buyer_identified"]
    assert got["status"] == "found" and got["name"] == "Madame Costa"


def test_a_notes_header_names_the_lead_before_their_title() -> None:
    header = "Visite Fromagerie Aubry - 02/04 - Claire Aubry (gérante, s'occupe des achats)"
    assert evidence._introduced(header) == "Claire Aubry"
    assert evidence._introduced("Rappel - 02/04 - voir Excel (onglet prix)") == ""


@pytest.mark.parametrize("note", ["Décision : à deux avec son associé.", "Decision: jointly with a partner."])
def test_a_decision_label_then_shared(note: str) -> None:
    assert "co_decider" in {v for v, _ in _roles(note)}
