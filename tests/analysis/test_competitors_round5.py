"""Rivals, round 5: precision from how the whole call writes a word (a capital only at the start of
a sentence is no name), standards, elisions, nationalities, clauses and colleagues that are no
vendors, tools kept or extended that are no rivals; recall from labels of notes, "in for a demo",
a part of a vendor's range, a list the next sentence calls the ones compared, and speech-to-text
that starts a name again. English and French; the phrasings and the vendor names (Rostrly,
Planexa, Kelvo...) are written for these tests, none comes from the corpus."""

from __future__ import annotations

import datetime as dt

import pytest

from interview.analysis.competitors import (
    call_words,
    find_competitors,
    listed_vendors,
    ordinary_word,
    referred_vendor,
)
from interview.analysis.evidence import analyse
from interview.analysis.structure import tool_not_rival
from interview.analysis.transcript import parse_transcript

CALL = dt.date(2026, 3, 10)


def _rivals(lines: list[str]) -> list[str] | None:
    text = "\n".join(lines) + "\n"
    got = analyse(parse_transcript(text, "call.txt"), CALL).facts["competitors"].as_json()
    return got.get("value") if got["status"] == "found" else None


def _asked(answer: str, lang: str = "en") -> list[str] | None:
    if lang == "fr":
        return _rivals(
            [
                "Rep : Bonjour, merci pour votre temps. Parlez-moi de l'équipe ?",
                "Pro : On est une vingtaine au siège.",
                "Rep : Vous avez vu d'autres solutions ?",
                f"Pro : {answer}",
            ]
        )
    return _rivals(
        [
            "Rep: Hi, thanks for the time. Tell me about the team?",
            "Pro: About twenty of us at head office.",
            "Rep: Who else are you talking to?",
            f"Pro: {answer}",
        ]
    )


def _said(text: str, lang: str = "en") -> list[str] | None:
    """What the prospect says unprompted, after small talk (no question about rivals)."""
    if lang == "fr":
        return _rivals(["Rep : Bonjour, comment allez-vous ?", "Pro : Bien, merci.", f"Pro : {text}"])
    return _rivals(["Rep: Hi, how are you?", "Pro: Good, thanks.", f"Pro: {text}"])


# --- a capital only at the start of a sentence -------------------------------------------------


@pytest.mark.parametrize(
    ("answer", "lang", "names"),
    [
        ("We sat through a pitch from Rostrly last week. Decent enough, honestly.", "en", ["Rostrly"]),
        ("Brightwave gave us a demo. Gorgeous interface, but far too pricey.", "en", ["Brightwave"]),
        ("On a reçu une offre de Planexa. Joli produit, mais hors budget.", "fr", ["Planexa"]),
        ("J'ai vu une démo de Kelvo. Sympa comme interface, sans plus.", "fr", ["Kelvo"]),
    ],
)
def test_an_ordinary_word_starting_a_sentence_is_no_rival(answer: str, lang: str, names: list[str]) -> None:
    assert _asked(answer, lang) == names


@pytest.mark.parametrize(
    ("answer", "lang", "names"),
    [
        ("Shiftlo quoted us nine grand.", "en", ["Shiftlo"]),
        ("Pipewise called me on Monday.", "en", ["Pipewise"]),
        ("Kelvo, évidemment.", "fr", ["Kelvo"]),
        ("Planexa nous a fait une offre la semaine dernière.", "fr", ["Planexa"]),
    ],
)
def test_a_vendor_said_only_at_the_start_of_a_sentence_is_still_a_rival(
    answer: str, lang: str, names: list[str]
) -> None:
    assert _asked(answer, lang) == names


def test_a_word_written_in_lower_case_elsewhere_in_the_call_is_a_common_word() -> None:
    words = call_words(["Solid, but we'd need the API.", "It felt solid to me, and Rostrly was there."])
    assert ordinary_word("Solid", "Solid, but we'd need the API.", words)
    assert not ordinary_word("Rostrly", "Rostrly was there.", words)
    assert not ordinary_word("Solid", "Solid, but we'd need the API.", None)  # no call: no judgement


def test_a_name_written_with_a_capital_inside_a_sentence_elsewhere_stays_a_name() -> None:
    words = call_words(["Lumo demo was long.", "We liked what Lumo showed us."])
    assert not ordinary_word("Lumo", "Lumo demo was long.", words)
    assert ordinary_word("Crisp", "Crisp demo, though.", words)


# --- standards, elisions, plurals of acronyms, nationalities, figures ----------------------------


@pytest.mark.parametrize(
    "answer",
    [
        "Annex 11 support and a proper audit trail.",
        "Section 508 compliance, plus clean handling of SOPs.",
        "Conformité Titre 21, et un suivi des NCs.",
    ],
)
def test_a_numbered_part_of_a_text_or_a_plural_acronym_is_no_vendor(answer: str) -> None:
    assert listed_vendors(answer) == []


@pytest.mark.parametrize(
    ("answer", "names"),
    [
        ("Dynamics 365 and Cegid, mostly.", ["Dynamics 365", "Cegid"]),
        ("C'est Kelvo qu'on regarde.", ["Kelvo"]),
        ("J'avoue, Planexa nous plaît.", ["Planexa"]),
    ],
)
def test_a_product_with_a_number_or_after_an_elision_is_kept(answer: str, names: list[str]) -> None:
    assert listed_vendors(answer) == names


def test_a_currency_or_a_nationality_is_no_vendor() -> None:
    assert find_competitors("We'd be looking at sixty thousand Australian, roughly.") == []
    assert "British" not in [n for _, _, n in find_competitors("We've been talking to British suppliers.")]
    found = find_competitors("On a rencontré des Allemands, Kardex notamment.")
    assert [n for _, _, n in found] == ["Kardex"]


# --- a clause after the cue, the owner of a tool ----------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Every week I'm looking at what the Harbour Inn is charging.",
        "On regarde ce que fait Leclerc en face.",
        "Tout est ressaisi dans l'outil de la CPAM.",
    ],
)
def test_what_a_company_does_or_owns_is_no_rival(sentence: str) -> None:
    assert find_competitors(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("We're looking at Rostrly, which is pricier.", ["Rostrly"]),
        ("We compared it with what Shiftlo quoted us.", ["Shiftlo"]),
        ("On a vu l'outil de Kelvo.", ["Kelvo"]),
    ],
)
def test_a_rival_after_the_same_cues_is_kept(sentence: str, names: list[str]) -> None:
    assert [n for _, _, n in find_competitors(sentence)] == names


# --- colleagues named in a list -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Rotaly demoed; Bastien wants a look at Shiftbase too.", ["Rotaly", "Shiftbase"]),
        ("Autres pistes : Kelvo, et Nadia insiste pour voir Octime.", ["Kelvo", "Octime"]),
    ],
)
def test_a_colleague_doing_what_people_do_is_no_vendor(text: str, names: list[str]) -> None:
    assert listed_vendors(text) == names


# --- tools they keep, leave or extend ------------------------------------------------------------


def test_a_tool_they_would_leave_or_extend_is_no_rival() -> None:
    assert tool_not_rival("Slick demo, but we'd have to leave Clarion and that's a no.", "Clarion")
    assert tool_not_rival("Oracle keeps pushing us to upgrade Primavera.", "Primavera")
    assert not tool_not_rival("Oracle keeps pushing us to upgrade Primavera.", "Oracle")
    assert tool_not_rival("Ils veulent qu'on mette à niveau Octime plutôt.", "Octime")
    assert tool_not_rival("Il faudrait abandonner Sage pour passer chez eux.", "Sage")
    assert not tool_not_rival("We'd leave the decision to Dana, but Kelvo looks good.", "Kelvo")


def test_a_tool_to_leave_is_kept_out_of_the_call_s_rivals() -> None:
    names = _asked("We've had a demo from Rostrly. Great, but we'd have to abandon Docketwise for it.")
    assert names == ["Rostrly"]


# --- recall: labels, "in for a demo", a part of a range --------------------------------------------


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Shortlist: Kappaflow, Tallyfy (Tallyfy = used by finance already?)", ["Kappaflow", "Tallyfy"]),
        ("Short-list : Kelvo et Octime.", ["Kelvo", "Octime"]),
        ("Finalists - Rostrly and Planexa", ["Rostrly", "Planexa"]),
        ("we had routewise in for a demo on tuesday", ["routewise"]),
        ("We had Rostrly in for a pitch last month.", ["Rostrly"]),
        ("We're evaluating the new version of Shiftbase.", ["Shiftbase"]),
        ("On va tester le module paie de Kelvo.", ["Kelvo"]),
        ("We're also considering the cloud edition from Rostrly.", ["Rostrly"]),
    ],
)
def test_rivals_in_labels_visits_and_parts_of_a_range(text: str, names: list[str]) -> None:
    assert [n for _, _, n in find_competitors(text)] == names


@pytest.mark.parametrize(
    "text",
    [
        "Shortlist of requirements is long.",
        "we had the auditors in for a visit",
        "We're evaluating the new version of our own intranet.",
    ],
)
def test_no_rival_in_the_same_shapes_without_a_vendor(text: str) -> None:
    assert find_competitors(text) == []


# --- a bare list, and the sentence after it ---------------------------------------------------------


def test_a_bare_list_the_next_sentence_calls_the_ones_compared() -> None:
    assert referred_vendor("Rostrly and Planexa.", "Those are the two we're weighing up.") == [
        "Rostrly",
        "Planexa",
    ]
    assert referred_vendor("Kelvo et Octime.", "Ce sont les deux qu'on compare.") == ["Kelvo", "Octime"]
    assert referred_vendor("Sage and Excel.", "Those are the two we use today.") == []
    assert referred_vendor("Rostrly, and we liked it.", "Those are the two we're comparing.") == []


@pytest.mark.parametrize(
    ("text", "around"),
    [
        ("Price and support.", "Those are the two things we compare on."),
        ("Speed and Reliability.", "Those are the two we'd compare on."),
        ("Délais et Réactivité.", "Ce sont les deux critères qu'on compare."),
    ],
)
def test_a_bare_list_of_what_they_judge_on_names_no_rival(text: str, around: str) -> None:
    assert referred_vendor(text, around) == []


def test_a_list_said_again_after_the_rep_did_not_hear() -> None:
    names = _rivals(
        [
            "Rep: Anyone else on your radar?",
            "Pro: We run Trackwell units on some vans already, and Fleetora rang me.",
            "Rep: Sorry, you cut out there?",
            "Pro: Trackwell and Fleetora. Those are the two we'd compare.",
        ]
    )
    assert names is not None and set(names) == {"Trackwell", "Fleetora"}


# --- speech-to-text that starts a name again ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("we got a quote from route... routewise i think", ["routewise"]),
        ("on a demandé un devis chez k chez kelvo", ["kelvo"]),
        ("on a un contact chez planexa depuis le salon", ["planexa"]),
    ],
)
def test_a_false_start_in_lower_case_speech(text: str, names: list[str]) -> None:
    assert [n for _, _, n in find_competitors(text)] == names


def test_a_contact_among_us_is_no_vendor() -> None:
    assert find_competitors("on a un contact chez nous qui gère ça") == []


# --- answers to "who else?": comments, colleagues, a no, places ------------------------------------


@pytest.mark.parametrize(
    ("answer", "lang", "names"),
    [
        ("We looked at Rostrly. Pricey, though.", "en", ["Rostrly"]),
        ("We've trialled Rostrly. Clunky on mobile.", "en", ["Rostrly"]),
        ("On a vu Kelvo. Rigide, quand même.", "fr", ["Kelvo"]),
        ("Rostrly, yeah. Shiftlo as well.", "en", ["Rostrly", "Shiftlo"]),
        ("Mostly Rostrly. Planexa too, briefly.", "en", ["Rostrly", "Planexa"]),
        ("Octime, surtout. Kelvo un peu.", "fr", ["Octime", "Kelvo"]),
        ("We had Planexa's rep over on Tuesday.", "en", ["Planexa"]),
        ("On a discuté avec Kelvo au salon de Lyon.", "fr", ["Kelvo"]),
    ],
)
def test_an_answer_names_the_vendors_not_the_comments_on_them(
    answer: str, lang: str, names: list[str]
) -> None:
    assert _asked(answer, lang) == names


@pytest.mark.parametrize(
    ("answer", "lang"),
    [
        ("Just you so far. Our CFO, Dana, wants at least one other quote.", "en"),
        ("None yet. The Leeds office might have, ask Priya.", "en"),
        ("We went to the Brisbane expo and saw a few. Nothing stood out.", "en"),
        ("Non, pas pour l'instant. On est bien avec Sage.", "fr"),
        ("Aucun. Notre DAF, Mme Morel, voudrait un deuxième devis.", "fr"),
    ],
)
def test_an_answer_without_a_rival_names_none(answer: str, lang: str) -> None:
    assert _asked(answer, lang) is None


# --- a person from a vendor, a colleague with a role ---------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("We had Jenny from Rostrly out here last week, lovely woman.", ["Rostrly"]),
        ("On a rencontré Paul de chez Kelvo.", ["Kelvo"]),
        ("We have been talking to Marcus from Finance.", []),
        ("On a rencontré Julie, notre nouvelle DRH.", []),
    ],
)
def test_the_company_a_person_comes_from_is_the_rival(sentence: str, names: list[str]) -> None:
    assert [n for _, _, n in find_competitors(sentence)] == names


# --- typed notes: shorthand, titles, kinds of software ----------------------------------------------


def _notes(lines: list[str]) -> list[str] | None:
    text = "\n".join(lines) + "\n"
    got = analyse(parse_transcript(text, "notes.txt"), CALL).facts["competitors"].as_json()
    return got.get("value") if got["status"] == "found" else None


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Rostrly demo last wk - liked UI, pricey", ["Rostrly"]),
        ("Kelvo déjà venu, trop cher selon elle", ["Kelvo"]),
        ("Great demo, but far too pricey for them", None),
        ("Super démo, mais hors budget", None),
        ("Bon échange. Mme Roux motivée.", None),
    ],
)
def test_shorthand_notes_name_the_vendor_not_the_praise(line: str, names: list[str] | None) -> None:
    assert _notes(["Appel avec Mme Roux (DAF), 30 min", line]) == names


@pytest.mark.parametrize(
    "answer",
    [
        "Good UI, solid API, SSO included, and the SLA is fine.",
        "We need SMS, not just email, and a CSV export.",
    ],
)
def test_kinds_of_software_and_features_in_capitals_are_no_vendors(answer: str) -> None:
    assert listed_vendors(answer) == []


# --- the rep's own company, from a label in any shape ----------------------------------------------


@pytest.mark.parametrize(
    "rep",
    ["Brightline – Owen Price", "Owen Price (Brightline)", "Owen Price, Brightline"],
)
def test_the_company_in_the_rep_s_label_is_no_rival(rep: str) -> None:
    names = _rivals(
        [
            f"{rep}: Thanks for the time. Who else are you looking at?",
            "Dana Hill – Ops Lead: Rostrly, and we compared Brightline with them last week.",
            f"{rep}: Good to know.",
        ]
    )
    assert names == ["Rostrly"]


def test_a_short_name_in_a_label_is_no_part_of_a_rival_s_name() -> None:
    from interview.analysis.competitors import is_party, label_parties

    assert label_parties("Sam Lee – Brightline") == ["sam lee", "brightline"]
    assert not is_party("Samsara", ["sam"])
    assert is_party("Brightline Cloud", ["brightline"])


# --- a vendor at work on them, the one they would take instead --------------------------------------


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("Rostrly are coming to present next week.", ["Rostrly"]),
        ("Rostrly has been chasing us for months.", ["Rostrly"]),
        ("Kelvo vient nous présenter son outil jeudi.", ["Kelvo"]),
        ("Kelvo nous relance depuis des mois.", ["Kelvo"]),
        ("Kelvo tient la corde pour l'instant.", ["Kelvo"]),
        ("We asked Rostrly and Planexa to tender.", ["Rostrly", "Planexa"]),
        ("If not you, it'd probably be Rostrly.", ["Rostrly"]),
        ("Sinon ce serait Kelvo, je pense.", ["Kelvo"]),
    ],
)
def test_a_vendor_at_work_on_them_or_their_fallback(sentence: str, names: list[str]) -> None:
    assert [n for _, _, n in find_competitors(sentence)] == names


@pytest.mark.parametrize(
    "sentence",
    [
        "Dana has been chasing the invoices for months.",
        "If not, it'd probably be March.",
        "Sinon ce serait pour la rentrée.",
    ],
)
def test_the_same_shapes_without_a_vendor(sentence: str) -> None:
    assert find_competitors(sentence, {"dana"}) == []


def test_the_tool_they_would_stick_with_is_no_rival() -> None:
    assert tool_not_rival("Our other option is to stick with Excel.", "Excel")
    assert tool_not_rival("Au pire on reste sur Sage.", "Sage")


# --- lower-case speech: a name introduced, priced, or coming in cheaper ------------------------------


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("we had a demo from a company called rostera", ["rostera"]),
        ("we were looking at options like rostera", ["rostera"]),
        ("on a eu une démo d'une boite qui s'appelle kelvo", ["kelvo"]),
        ("we got pricing from rostera and from planexa", ["rostera", "planexa"]),
        ("rostera came in a lot cheaper", ["rostera"]),
        ("We were looking at options like Rostera and Planexa.", ["Rostera", "Planexa"]),
    ],
)
def test_a_vendor_introduced_or_priced_in_speech(text: str, names: list[str]) -> None:
    assert [n for _, _, n in find_competitors(text)] == names


@pytest.mark.parametrize(
    "text",
    [
        "the invoices came in under budget",
        "he came in late on monday",
        "we're looking at something called hybrid working",
        "les devis nous ont été envoyés hier",
    ],
)
def test_no_vendor_in_speech_of_the_same_shape(text: str) -> None:
    assert find_competitors(text) == []


# --- a name used as a modifier, a place or a kind of thing ------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "We're looking at Salesforce-style dashboards.",
        "We're considering the EU data residency option.",
        "We compared it with the NHS framework.",
        "We're looking at the Northern Territory first.",
        "On regarde la Bretagne en premier.",
    ],
)
def test_a_modifier_a_place_or_a_kind_is_no_rival(sentence: str) -> None:
    assert find_competitors(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("We're looking at the Rostera platform.", ["Rostera"]),
        ("We got a quote from the Planexa guys.", ["Planexa"]),
        ("On a vu la démo de Kelvo.", ["Kelvo"]),
    ],
)
def test_a_vendor_after_an_article_with_what_it_offers(sentence: str, names: list[str]) -> None:
    assert [n for _, _, n in find_competitors(sentence)] == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Oracle NetSuite and Xero, mostly.", ["Oracle NetSuite", "Xero"]),
        ("Concurrence Kelvo (démo faite), Octime (devis attendu).", ["Kelvo", "Octime"]),
    ],
)
def test_a_tool_s_name_starts_a_product_s_and_a_heading_is_no_name(text: str, names: list[str]) -> None:
    assert listed_vendors(text) == names


# --- a list after what came in ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("answer", "lang", "names"),
    [
        ("We've had two demos so far. Rostera and Planexa.", "en", ["Rostera", "Planexa"]),
        ("On a eu deux démos. Kelvo et Octime.", "fr", ["Kelvo", "Octime"]),
        ("On a reçu deux devis : Kelvo et Octime.", "fr", ["Kelvo", "Octime"]),
        ("Il y a un autre éditeur en lice, Kelvo.", "fr", ["Kelvo"]),
    ],
)
def test_the_names_after_what_came_in(answer: str, lang: str, names: list[str]) -> None:
    assert _said(answer, lang) == names


@pytest.mark.parametrize(
    "answer",
    [
        "We need two quotes for procurement. Monday and Tuesday work for me.",
        "We've had a few demos. Honestly, nothing great.",
    ],
)
def test_no_names_after_what_came_in(answer: str) -> None:
    assert _said(answer) is None


# --- what the product must connect to -----------------------------------------------------------


@pytest.mark.parametrize(
    ("answer", "lang", "names"),
    [
        ("It has to integrate with Xero.", "en", None),
        ("We'd need it to sync with HubSpot.", "en", None),
        ("We looked at Rostera, which integrates with Xero.", "en", ["Rostera"]),
        ("The demo of Rostera showed a Xero connector.", "en", ["Rostera"]),
        ("Il faut que ça se connecte à Sage.", "fr", None),
        ("On a vu Kelvo, qui s'interface avec Silae.", "fr", ["Kelvo"]),
        ("Kelvo nous a fait une offre, compatible avec Silae.", "fr", ["Kelvo"]),
    ],
)
def test_what_the_product_connects_to_is_no_rival(answer: str, lang: str, names: list[str] | None) -> None:
    assert _asked(answer, lang) == names


def test_talking_to_a_vendor_is_no_integration() -> None:
    assert not tool_not_rival("We've been talking to Rostera.", "Rostera")
    assert not tool_not_rival("On est en contact avec Kelvo.", "Kelvo")


# --- French: a consultation, a request to quote, a solution presented ---------------------------


@pytest.mark.parametrize(
    ("text", "lang", "names"),
    [
        ("On a fait une consultation auprès de Kelvo et Octime.", "fr", ["Kelvo", "Octime"]),
        ("Kelvo nous a présenté sa solution la semaine dernière.", "fr", ["Kelvo"]),
        ("On a demandé à Kelvo de nous chiffrer le projet.", "fr", ["Kelvo"]),
        ("On attend toujours le chiffrage de Kelvo.", "fr", ["Kelvo"]),
        ("We're still waiting on a quote from Rostera.", "en", ["Rostera"]),
        ("On a demandé à Julie de nous envoyer le planning.", "fr", None),
        ("On attend le retour de la direction.", "fr", None),
        ("We're waiting for numbers from Finance.", "en", None),
    ],
)
def test_a_request_to_quote_or_a_solution_presented(text: str, lang: str, names: list[str] | None) -> None:
    assert _said(text, lang) == names


# --- second wave: a peer who uses or recommends a vendor ------------------------------------------
# Phrasings written for these tests (vendors Rostrly, Kelvo, Planexa, Tabulo...): a friend, a relative,
# a neighbour, another firm or a colleague elsewhere who uses, runs or recommends a product names a
# rival even without a question about rivals; a colleague here, a tool of every office, a person
# named after the verb or a comment on "you" name none.


@pytest.mark.parametrize(
    ("text", "lang", "names"),
    [
        ("My cousin runs a bakery and she swears by Rostrly.", "en", ["Rostrly"]),
        ("A mate of mine over in Leeds is on Planexa, says it's fine.", "en", ["Planexa"]),
        ("Another garage down the road went with Tabulo last year.", "en", ["Tabulo"]),
        ("A friend pointed me to Kelvo and Octime.", "en", ["Kelvo", "Octime"]),
        ("Ma voisine, qui tient une boulangerie à Niort, elle tourne sur Kelvo.", "fr", ["Kelvo"]),
        ("Un confrère m'a conseillé Octime.", "fr", ["Octime"]),
        ("Une collègue de Rennes nous a fait découvrir Tabulo.", "fr", ["Tabulo"]),
    ],
)
def test_a_peer_who_uses_or_recommends_a_product_names_a_rival(
    text: str, lang: str, names: list[str]
) -> None:
    assert _said(text, lang) == names


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("My colleague uses Excel for the rota, it's a mess.", "en"),
        ("A friend of mine recommended you, that's how I found you.", "en"),
        ("My brother-in-law is on holiday until Monday.", "en"),
        ("Un ami m'a parlé de vous au salon.", "fr"),
        ("Ma collègue utilise WhatsApp pour prévenir les chauffeurs.", "fr"),
        ("Another thing is that the drivers hate paper.", "en"),
    ],
)
def test_a_peer_without_a_product_names_no_rival(text: str, lang: str) -> None:
    assert _said(text, lang) is None


# --- second wave: places, users and bodies beside a rival ------------------------------------------


@pytest.mark.parametrize(
    ("answer", "lang", "names"),
    [
        ("Rostrly pitched us at the expo in Denver.", "en", ["Rostrly"]),
        ("A contact of ours in Leicester uses Planexa.", "en", ["Planexa"]),
        ("The city hospital runs Tabulo, someone told us.", "en", ["Tabulo"]),
        ("On a vu Kelvo avec un revendeur de Bordeaux.", "fr", ["Kelvo"]),
        ("La mairie utilise Octime, on nous l'a montré.", "fr", ["Octime"]),
        ("Mon cousin qui est à Colmar a Tabulo.", "fr", ["Tabulo"]),
    ],
)
def test_a_place_or_a_user_beside_a_rival_is_no_rival(answer: str, lang: str, names: list[str]) -> None:
    assert _asked(answer, lang) == names


def test_we_are_interested_in_a_vendor_is_no_place() -> None:
    assert _asked("We're quite interested in Rostrly, to be honest.") == ["Rostrly"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The auditors from Ofqual are coming in to inspect us in May.",
        "HMRC came in to check the books last year.",
        "Les gens de l'URSSAF sont venus contrôler en mars.",
    ],
)
def test_a_body_that_comes_in_to_audit_is_no_vendor(sentence: str) -> None:
    lang = "fr" if "gens" in sentence else "en"
    assert _said(sentence, lang) is None


def test_a_vendor_coming_in_to_present_is_kept() -> None:
    assert _said("Rostrly are coming in to present on Thursday.") == ["Rostrly"]


@pytest.mark.parametrize(
    "answer", ["High on the list, after the move.", "Top of the list, honestly.", "Low on the list."]
)
def test_a_rank_on_the_list_is_no_vendor(answer: str) -> None:
    assert _asked(answer) is None


def test_a_vendor_on_the_shortlist_is_kept() -> None:
    assert _asked("Rostrly is on the shortlist.") == ["Rostrly"]


# --- second wave: a labelled note goes on after its first sentence ----------------------------------


def test_a_competitors_label_covers_the_rest_of_the_note() -> None:
    assert _notes(["Competitors: saw Rostrly at a fair in Lyon. The CFO likes Planexa."]) == [
        "Rostrly",
        "Planexa",
    ]
    assert _notes(["Concurrents : démo de Kelvo avec un partenaire de Nantes. Le DG préfère Octime."]) == [
        "Kelvo",
        "Octime",
    ]


# --- second wave: more ways a vendor is put before them ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "names"),
    [
        ("Tabulo put in a bid last week.", "en", ["Tabulo"]),
        ("Planexa came back with a revised price on Monday.", "en", ["Planexa"]),
        ("Rostrly's been chasing us since the expo.", "en", ["Rostrly"]),
        ("Tabulo does pretty much the same thing, only cheaper.", "en", ["Tabulo"]),
        ("The tender went out to Tabulo and Planexa in March.", "en", ["Tabulo", "Planexa"]),
        ("We ran a short pilot with Planexa over the summer.", "en", ["Planexa"]),
        ("We downloaded Tabulo to have a poke around.", "en", ["Tabulo"]),
        ("Our bookkeeper recommended Planexa.", "en", ["Planexa"]),
        ("I've heard mixed things about Tabulo.", "en", ["Tabulo"]),
        ("We've got a session booked with Planexa on the ninth.", "en", ["Planexa"]),
        ("It's you, Tabulo or Planexa at this point.", "en", ["Tabulo", "Planexa"]),
        ("Kelvo nous a chiffré l'ensemble la semaine dernière.", "fr", ["Kelvo"]),
        ("Octime a répondu à l'appel d'offres en février.", "fr", ["Octime"]),
        ("L'autre piste, c'est Kelvo.", "fr", ["Kelvo"]),
        ("On a entendu parler d'Octime par la fédération.", "fr", ["Octime"]),
    ],
)
def test_more_ways_a_vendor_is_put_before_them(text: str, lang: str, names: list[str]) -> None:
    assert _said(text, lang) == names


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("We ran a pilot with the night shift in May.", "en"),
        ("Our accountant recommended we wait until April.", "en"),
        ("I heard good things about the new depot.", "en"),
        ("Steve approached us about the budget.", "en"),
        ("Mike wants 40k for the new van.", "en"),
        ("Microsoft came back to us about licensing.", "en"),
        ("The other option is doing it all in Excel.", "en"),
        ("We saw Tom at the Christmas party.", "en"),
        ("On a croisé Martine au salon.", "fr"),
        ("Paul nous a chiffré ça à la louche.", "fr"),
    ],
)
def test_the_same_cues_with_a_person_a_tool_or_no_name(text: str, lang: str) -> None:
    assert _said(text, lang) is None


# --- second wave: the prospect's own company, people named in the call --------------------------


def test_the_company_a_speaker_works_at_is_no_rival() -> None:
    assert _rivals(
        [
            "Rep: Thanks for joining.",
            "Pro: Sure. I'm head of operations at Kestrel Foods, about 200 of us.",
            "Rep: Anyone else you're looking at?",
            "Pro: We had a demo from Tabulo. Kestrel Foods wants two quotes.",
        ]
    ) == ["Tabulo"]
    assert (
        _rivals(
            [
                "Rep : Merci pour votre temps.",
                "Pro : Je suis directrice administrative chez Fromageries Vial.",
                "Rep : Qu'est-ce qui vous amène ?",
                "Pro : Chez Fromageries Vial, les devis partent en retard.",
            ]
        )
        is None
    )


def test_the_company_in_the_prospect_s_label_is_no_rival() -> None:
    assert _rivals(
        [
            "Sam Carter (Loopia): Who else are you talking to?",
            "Dana Lee (Brightwater): Tabulo, and Brightwater's board wants a second quote.",
        ]
    ) == ["Tabulo"]


def test_a_name_said_of_a_person_anywhere_is_no_vendor() -> None:
    assert _rivals(
        [
            "Rep: Who signs off?",
            "Pro: Wiremu is our finance guy, he holds the purse.",
            "Rep: Who else are you talking to?",
            "Pro: We looked at Tabulo with Wiremu.",
        ]
    ) == ["Tabulo"]


# --- second wave: labels of notes, speech-to-text -----------------------------------------------


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Shortlist: Tabulo, Planexa", ["Tabulo", "Planexa"]),
        ("Competition = Tabulo (demo done), Planexa", ["Tabulo", "Planexa"]),
        ("Autres pistes : Kelvo / Octime", ["Kelvo", "Octime"]),
        ("Comp: none so far", None),
    ],
)
def test_a_label_that_heads_a_list_of_rivals(line: str, names: list[str] | None) -> None:
    assert _notes([line]) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("a friend of mine swears by tabulo apparently", ["tabulo"]),
        ("honestly we looked at spreadsheets and paper and that was it", None),
        ("on compare avec l'année dernière et c'est pire", None),
    ],
)
def test_speech_to_text_peers_and_common_words(text: str, names: list[str] | None) -> None:
    got = analyse(parse_transcript(text + "\n", "call.txt"), CALL).facts["competitors"].as_json()
    assert (got.get("value") if got["status"] == "found" else None) == names


# --- second wave: a second name in the same place, verdicts, shorthand of notes ----------------------


@pytest.mark.parametrize(
    ("text", "lang", "names"),
    [
        ("We had a pitch from Tabulo in May and another from Planexa in June.", "en", ["Tabulo", "Planexa"]),
        ("We trialled Tabulo over the winter, then Planexa.", "en", ["Tabulo", "Planexa"]),
        ("On a reçu une offre de Kelvo, et une autre d'Octime juste après.", "fr", ["Kelvo", "Octime"]),
        ("Planexa and then Tabulo came in to present.", "en", ["Planexa", "Tabulo"]),
        ("Tabulo was far too pricey for us.", "en", ["Tabulo"]),
        ("Honestly Planexa is overkill.", "en", ["Planexa"]),
        ("Kelvo, c'est hors budget.", "fr", ["Kelvo"]),
        ("If we don't pick you, it'll probably be Tabulo.", "en", ["Tabulo"]),
        ("The cheapest so far is Planexa.", "en", ["Planexa"]),
    ],
)
def test_a_second_name_in_parallel_and_verdicts_on_buying(text: str, lang: str, names: list[str]) -> None:
    assert _said(text, lang) == names


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("We had a pitch from Tabulo in Leeds and another visit in Manchester.", "en"),
        ("Xero is too expensive now they've changed the pricing.", "en"),
        ("On a vu Kelvo à Nantes et à Rennes.", "fr"),
    ],
)
def test_no_second_rival_from_a_place_or_a_current_tool(text: str, lang: str) -> None:
    got = _said(text, lang)
    assert got is None or all(n in ("Tabulo", "Kelvo") for n in got)


def test_a_bare_name_that_goes_on_the_list_in_the_same_turn() -> None:
    assert _said("We saw Tabulo first. Then Planexa.") == ["Tabulo", "Planexa"]
    assert _said("On a d'abord vu Kelvo. Puis Octime.", "fr") == ["Kelvo", "Octime"]
    assert _said("We saw Tabulo first. Then Dana.") == ["Tabulo"]


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Tabulo cheaper by ~15%", ["Tabulo"]),
        ("Planexa = biggest threat", ["Planexa"]),
        ("Tabulo pitched the board directly", ["Tabulo"]),
        ("Kelvo a déjà envoyé une proposition", ["Kelvo"]),
        ("Lost to Planexa last year, back in play", ["Planexa"]),
        ("Main competitor: Tabulo", ["Tabulo"]),
        ("Demo'd Tabulo Weds", ["Tabulo"]),
    ],
)
def test_shorthand_of_notes_without_a_verb(line: str, names: list[str]) -> None:
    assert _notes([line]) == names


def test_a_company_someone_introduces_themself_with_is_no_rival() -> None:
    assert _rivals(
        [
            "Rep: Hi, I'm Sam from Loopia, thanks for the time.",
            "Pro: Sure. Loopia came up when we searched, and we also had a demo from Tabulo.",
        ]
    ) == ["Tabulo"]
    text = "this is sam with loopia calling about the rota\nright we also had a demo from tabulo\n"
    got = analyse(parse_transcript(text, "call.txt"), CALL).facts["competitors"].as_json()
    assert got.get("value") == ["tabulo"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Somebody from Grant Thornton handles our payroll.", "en"),
        ("We looked at it again during Boxing Day sales.", "en"),
        ("We'd want a demo for the Pietermaritzburg crew first.", "en"),
        ("On voudrait une présentation pour l'équipe de Ziguinchor.", "fr"),
        ("On compare avec ce qu'on paie aujourd'hui chez Bouygues.", "fr"),
    ],
)
def test_a_supplier_of_another_service_an_audience_or_a_clause_is_no_rival(text: str, lang: str) -> None:
    assert _said(text, lang) is None


@pytest.mark.parametrize(
    ("text", "lang", "names"),
    [
        ("We found a little startup in Bristol called Planexa.", "en", ["Planexa"]),
        ("Il y a un éditeur lyonnais qui s'appelle Octime qui nous a relancés.", "fr", ["Octime"]),
        ("We've had some early discussions with Tabulo.", "en", ["Tabulo"]),
        ("Planexa got in touch last month.", "en", ["Planexa"]),
        ("Planexa is also tendering.", "en", ["Planexa"]),
        ("We've had a few discussions with Finance about it.", "en", None),
        ("Dana got in touch with the bank.", "en", None),
    ],
)
def test_a_vendor_named_by_what_it_is_or_in_talks(text: str, lang: str, names: list[str] | None) -> None:
    assert _said(text, lang) == names


# --- second wave: speech-to-text in lower case ------------------------------------------------------


def _stt(text: str) -> list[str] | None:
    lines = "hello thanks for making the time\n" + text + "\nokay good\n"
    got = analyse(parse_transcript(lines, "call.txt"), CALL).facts["competitors"].as_json()
    return got.get("value") if got["status"] == "found" else None


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("we're meeting planexa on the fourth", ["planexa"]),
        ("tabulo came in at thirty grand for the lot", ["tabulo"]),
        ("tabulo's rep keeps ringing me", ["tabulo"]),
        ("so we narrowed it down to tabulo and planexa", ["tabulo", "planexa"]),
        ("on a rendez-vous avec octime mardi", ["octime"]),
        ("il y a kelvo et octime en lice", ["kelvo", "octime"]),
        ("le commercial de kelvo est venu lundi", ["kelvo"]),
        ("our bookkeeper recommended planexa", ["planexa"]),
    ],
)
def test_lower_case_speech_names_a_rival_after_more_cues(text: str, names: list[str]) -> None:
    assert _stt(text) == names


@pytest.mark.parametrize(
    "text",
    [
        "we saw huge delays in july",
        "we had a meeting with finance about it",
        "on a rendez-vous avec la banque jeudi",
        "we narrowed it down to june or july",
        "it's between you and doing nothing really",
        "we've been pitching this to the board for a year",
        "um let me think about that",
    ],
)
def test_lower_case_speech_without_a_rival(text: str) -> None:
    assert _stt(text) is None


# --- second wave: a tool in use said again, names listed with their purpose ---------------------------


def test_the_tool_in_use_complained_about_is_no_rival_unless_it_pitches() -> None:
    lines = ["Rep: What do you run today?", "Pro: We're on Tillbook for all of it."]
    assert _rivals([*lines, "Rep: And?", "Pro: Tillbook is way too expensive for us now."]) is None
    assert _rivals(
        [*lines, "Rep: Anyone else?", "Pro: Tillbook pitched an upgrade, and Planexa sent us a quote."]
    ) == ["Tillbook", "Planexa"]


def test_names_listed_with_what_each_is_for() -> None:
    assert _asked("Fortiwall pour les pare-feux, et Veillo pour la supervision.", "fr") == [
        "Fortiwall",
        "Veillo",
    ]
    assert _asked("Rostrly for the rotas, and Planexa for payroll.") == ["Rostrly", "Planexa"]
    assert _asked("Great for the price, and Planexa for payroll.") == ["Planexa"]


@pytest.mark.parametrize(
    ("text", "lang", "names"),
    [
        ("We met the Planexa people at the Food Tech expo.", "en", ["Planexa"]),
        ("Planexa got a mention in Kitchen Weekly, as it happens.", "en", None),
        ("Tabulo was recommended in Trade Monthly.", "en", ["Tabulo"]),
        ("Octime nous a été recommandé par la CCI.", "fr", ["Octime"]),
        ("Finance wants three quotes, so we got one from Planexa.", "en", ["Planexa"]),
        ("Kelvo nous a montré leur connecteur Silae.", "fr", ["Kelvo"]),
        ("Et une consœur de Vannes m'a montré Octime.", "fr", ["Octime"]),
    ],
)
def test_where_a_rival_was_met_or_praised_is_no_rival(text: str, lang: str, names: list[str] | None) -> None:
    assert _said(text, lang) == names


@pytest.mark.parametrize(
    ("text", "lang", "names"),
    [
        ("You would need to be a lot cheaper than Planexa.", "en", ["Planexa"]),
        ("Il faudra faire mieux qu'Octime sur l'accompagnement.", "fr", ["Octime"]),
        ("You'd need to be cheaper than what we pay now.", "en", None),
        ("Ça doit être plus simple que Excel pour les chauffeurs.", "fr", None),
    ],
)
def test_you_measured_against_a_rival(text: str, lang: str, names: list[str] | None) -> None:
    assert _said(text, lang) == names


@pytest.mark.parametrize(
    ("answer", "lang", "names"),
    [
        ("Not really, only Planexa.", "en", ["Planexa"]),
        ("Pas vraiment. Seulement Octime, vite fait.", "fr", ["Octime"]),
        ("No, just us for now.", "en", None),
    ],
)
def test_a_no_that_keeps_one_exception(answer: str, lang: str, names: list[str] | None) -> None:
    assert _asked(answer, lang) == names


def test_a_name_written_inside_a_sentence_elsewhere_counts_first_in_another() -> None:
    # "Tabulo" opens the second sentence; the call writes it after a dash elsewhere, so it is a name
    assert _rivals(
        [
            "Rep: Hi, how are you?",
            "Pro: Fine. We checked two options - Tabulo mostly.",
            "Rep: Right.",
            "Pro: Tabulo was cheaper than the rest.",
        ]
    ) == ["Tabulo"]


@pytest.mark.parametrize(
    ("text", "lang", "names"),
    [
        ("On nous a aussi parlé d'Octime, à la chambre des métiers.", "fr", ["Octime"]),
        ("Somebody pointed me towards Planexa.", "en", ["Planexa"]),
        ("We've been told about Tabulo by two other bakeries.", "en", ["Tabulo"]),
        ("Someone told me about the new regulations.", "en", None),
        ("On m'a parlé de vous à la foire.", "fr", None),
    ],
)
def test_told_about_a_product_by_nobody_in_particular(text: str, lang: str, names: list[str] | None) -> None:
    assert _said(text, lang) == names


@pytest.mark.parametrize(
    ("text", "lang", "names"),
    [
        ("Everybody in our line of work runs Planexa, so we had a look.", "en", ["Planexa"]),
        ("Tout le monde tourne sur Octime dans la profession.", "fr", ["Octime"]),
        ("Planexa are presenting to our directors next week.", "en", ["Planexa"]),
        ("Everybody uses Outlook for that.", "en", None),
        ("Sarah is presenting to the directors next week.", "en", None),
    ],
)
def test_what_everyone_runs_and_a_vendor_presenting(text: str, lang: str, names: list[str] | None) -> None:
    assert _said(text, lang) == names


def test_a_well_known_name_split_by_speech_to_text() -> None:
    assert _stt("we also had a demo from service titan in march") == ["ServiceTitan"]
    assert _stt("we're looking at when i work late on fridays") is None


@pytest.mark.parametrize(
    ("text", "lang", "names"),
    [
        ("Octime nous a transmis sa grille de prix.", "fr", ["Octime"]),
        ("Octime, on les avait vus à Rennes.", "fr", ["Octime"]),
        ("Planexa, we had them in before Christmas.", "en", ["Planexa"]),
        ("Octime vend à peu près la même chose, moins cher.", "fr", ["Octime"]),
        ("On a monté une maquette avec Octime.", "fr", ["Octime"]),
        ("On a rendez-vous avec Maître Lefort jeudi.", "fr", None),
    ],
)
def test_french_shapes_of_an_offer_and_a_rival_named_first(
    text: str, lang: str, names: list[str] | None
) -> None:
    assert _said(text, lang) == names


def test_someone_greeted_by_name_is_no_vendor() -> None:
    assert _rivals(
        [
            "Rep: Thanks, Chidinma. Who else are you talking to?",
            "Pro: Chidinma and I met Planexa last week.",
        ]
    ) == ["Planexa"]


# --- second wave, last third: places after "à" and "from", notes that disclaim, tools kept ----------


@pytest.mark.parametrize(
    ("text", "lang", "names"),
    [
        ("On a rencontré Octime à la foire de Rennes, puis à Quimper.", "fr", ["Octime"]),
        ("We looked at Planexa, they're out of Bristol.", "en", ["Planexa"]),
        ("Planexa, qu'on avait vu à Bordeaux, nous a relancés.", "fr", ["Planexa"]),
        ("On a demandé un devis à Octime.", "fr", ["Octime"]),
        ("Tabulo, which we saw at the county show, was decent.", "en", ["Tabulo"]),
    ],
)
def test_a_place_after_a_or_from_is_no_rival(text: str, lang: str, names: list[str]) -> None:
    assert _said(text, lang) == names


def test_a_company_said_with_its_town_then_they_quote() -> None:
    assert _asked("Octivert, à Rimouski. Ils m'ont fait une soumission.", "fr") == ["Octivert"]


def test_a_list_headed_by_the_seller() -> None:
    assert _asked("Vous, Octime, qui est implanté à Lyon, et Kelvo, qu'on a rencontré à Paris.", "fr") == [
        "Octime",
        "Kelvo",
    ]


@pytest.mark.parametrize(
    ("lines", "names"),
    [
        (["Competition: trialled Planexa in spring. Uses Tillbook for invoicing (not a comp)."], ["Planexa"]),
        (["Concurrents : ont vu Octime. Utilisent Silae pour la paie, pas un concurrent."], ["Octime"]),
        (
            ["Comp: Tabulo, pricey.", "Next steps: send pricing + reference from a Cardiff bakery."],
            ["Tabulo"],
        ),
        (["Suite : envoyer le devis et des références Amérique du Sud."], None),
        (["Autres outils : Shopwise pour la caisse, Tillbook pour la compta."], None),
    ],
)
def test_notes_that_disclaim_a_name_or_list_next_steps(lines: list[str], names: list[str] | None) -> None:
    assert _notes(lines) == names


@pytest.mark.parametrize(
    ("answer", "names"),
    [
        ("Non. On a seulement un logiciel de caisse, Shopwise, qu'on conserve.", None),
        ("Planexa came out last spring. Lovely people but no offline mode.", ["Planexa"]),
    ],
)
def test_a_tool_kept_and_a_comment_on_the_people(answer: str, names: list[str] | None) -> None:
    lang = "fr" if answer.startswith("Non") else "en"
    assert _asked(answer, lang) == names


def test_lower_case_speech_a_name_seen_that_is_then_they() -> None:
    assert _stt("we saw farm ledger they came out in may but it was too dear") == ["farm ledger"]
    assert _stt("we saw big queues they were everywhere") is None
