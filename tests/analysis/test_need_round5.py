"""Round 5 of the need, priority, criteria and target readers: shapes of clause rather than idioms.

Severity told as a verdict or a denied way out ("we've got no option", "ce n'est pas facultatif"),
one level preferred to another; priority told as a rank, a denied first place or another project
first; criteria as what the thing bought must do, or answers to "what will you judge on?"; targets
as "down to N", "in N instead of M", "zero X by next year". Phrasings written for these tests, in
English and French, with distractors that must not match."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from interview.analysis import structure
from interview.analysis.evidence import analyse
from interview.analysis.numbers import digits
from interview.analysis.statements import (
    find_current_solution,
    find_must_haves,
    find_pain_statements,
    find_priority,
    find_process,
    find_severity,
    find_targets,
    find_targets_number,
    find_unquantified,
    note_label,
    question_topics,
    severity_answer,
)
from interview.analysis.transcript import parse_transcript

CALL = dt.date(2026, 5, 12)


def _fact(question: str, answer: str, fact: str) -> dict[str, Any]:
    text = (
        "Rep: Hello, thanks for your time today. Could you describe your team?\n"
        "Pro: Sure, there are nine of us.\n"
        f"Rep: {question}\nPro: {answer}\n"
    )
    return analyse(parse_transcript(text, "call.txt"), CALL).facts[fact].as_json()  # type: ignore[no-any-return]


def _severity(text: str) -> str | None:
    cues = find_severity(text)
    if cues:
        return str(cues[0].value)
    readings = structure.severity(text)
    return readings[0].value if readings else None


# --- need.severity -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Honestly we've got no option here, the regulator decided for us.", "must_have"),
        ("Frankly, this isn't optional for the plant.", "must_have"),
        ("Nous n'avons pas d'autre choix, la préfecture l'impose.", "must_have"),
        ("Là-dessus, ce n'est pas négociable.", "must_have"),
        ("We cannot afford to do nothing about the backlog.", "must_have"),
        ("Le statu quo n'est pas une option pour la direction.", "must_have"),
        ("It's a must, full stop.", "must_have"),
        ("C'est un must pour l'équipe terrain.", "must_have"),
        ("I'd rank it crucial rather than nice-to-have.", "must_have"),
        ("I'd put it as important rather than vital.", "important"),
        ("Plutôt important que critique, disons.", "important"),
    ],
)
def test_severity_from_a_denied_way_out_or_a_preference(text: str, level: str) -> None:
    assert _severity(text) == level


@pytest.mark.parametrize(
    "text",
    [
        "We had no choice of supplier back then, it was the group's contract.",  # the vendor, not the need
        "We won't go under without it, but the clients notice the delays.",  # harm denied
        "The menu has an optional module for exports.",
    ],
)
def test_severity_distractors(text: str) -> None:
    assert _severity(text) != "must_have"


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("— JB : « essentiel, sinon on perd le contrat ».", "must_have"),
        ("Gravité : must-have selon la DSI.", "must_have"),
        ("Crucial. The auditors come back in the autumn.", "must_have"),
    ],
)
def test_severity_verdict_opening_the_sentence(text: str, level: str) -> None:
    assert _severity(text) == level


def test_a_heading_word_is_no_verdict() -> None:
    assert _severity("Critical path: the migration, then training.") is None
    assert _severity("non-negotiable per Ana: offline mode on the tablets.") != "must_have"


@pytest.mark.parametrize(
    ("answer", "level"),
    [
        ("Essential, we'd lose the franchise otherwise.", "must_have"),
        ("C'est vraiment impératif pour nous.", "must_have"),
        ("A bonus, really. We manage.", "nice_to_have"),
        ("Honestly? Critical path stuff is elsewhere.", None),
    ],
)
def test_severity_answer(answer: str, level: str | None) -> None:
    assert severity_answer(answer) == level


def test_severity_answer_in_a_call() -> None:
    got = _fact(
        "Would you call this essential, or more of a bonus?",
        "Vital. Our insurer requires it.",
        "need.severity",
    )
    assert got["status"] == "found" and got["value"] == "must_have"


@pytest.mark.parametrize(
    "question",
    [
        "How essential is this for the clinic?",
        "Is it vital for you or could it wait for a better tool?",
        "Pour vous, c'est essentiel ou optionnel ?",
    ],
)
def test_severity_questions(question: str) -> None:
    assert "need.severity" in question_topics(question)


# --- priority.level ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("It's the number one item on the director's board.", "top"),
        ("Right now it sits at the very top.", "top"),
        ("P1 for operations, per Lina.", "top"),
        ("Honestly nothing else on the roadmap comes close.", "top"),
        ("C'est le chantier prioritaire de l'année. Tout le reste passe après.", "top"),
        ("C'est plutôt bien placé chez nous.", "high"),
        ("Somewhere in the middle, with the payroll upgrade.", "medium"),
    ],
)
def test_priority_idioms(text: str, level: str) -> None:
    cues = find_priority(text)
    assert cues and cues[0].value == level


@pytest.mark.parametrize(
    "text",
    [
        "We parked it outside the depot and walked in.",  # a van, not the project
        "The data sits in the middle of three systems.",  # no place on a list
        "La refonte du site passe avant tout, évidemment.",  # another project first
        "The ERP upgrade comes before everything else this year.",
        "It's not top of the pile, that's for sure.",  # the first place denied
    ],
)
def test_priority_distractors(text: str) -> None:
    assert not [c for c in find_priority(text) if c.value in ("top", "medium", "low")]


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Pas la première, mais juste derrière.", "high"),
        ("Not number one. It comes right after.", "high"),
        ("I'd say it's third or fourth on our list.", "high"),
        ("Probably fifth on the list, behind the move.", "medium"),
        ("It's one of our two big bets for the year.", "high"),
        ("C'est dans les trois principales priorités du service.", "high"),
    ],
)
def test_priority_ranks(text: str, level: str) -> None:
    readings = structure.priority(text)
    assert readings and readings[0].value == level


def test_right_after_as_time_is_no_rank() -> None:
    assert structure.priority("On vous rappelle juste après.") == []


@pytest.mark.parametrize(
    "question",
    [
        "Compared with your other projects, where is this?",
        "Par rapport aux autres dossiers du service, ça se place comment ?",
    ],
)
def test_priority_questions(question: str) -> None:
    assert "priority.level" in question_topics(question)


def test_the_most_urgent_denied_disagrees_with_top() -> None:
    text = (
        "Rep: Thanks both. Anne, Paul, could you say a word about the team?\n"
        "Anne: Sure, I run the shops.\n"
        "Paul: And I run the back office.\n"
        "Rep: Where does this sit for you both?\n"
        "Anne: For me it's the absolute top priority.\n"
        "Rep: And for you, Paul?\n"
        "Paul: Sorry Anne, no. The new warehouse and the audit come first.\n"
        "Paul: It's good, but it's not the most urgent.\n"
    )
    got = analyse(parse_transcript(text, "call.txt"), CALL).facts["priority.level"]
    assert got.status == "ambiguous"


def test_an_adjective_on_things_is_no_priority() -> None:
    got = _fact(
        "What would success look like?",
        "No stock-outs on the vital lines, and fewer write-offs.",
        "priority.level",
    )
    assert got["status"] == "absent"


# --- decision.criteria -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The vendor must hold ISO 27001, our board insists.",
        "Whatever we choose has to sync with Sage both ways.",
        "La plateforme devra accepter les paiements par virement.",
        "Ça prend une version mobile qui marche sans connexion.",
        "Que l'outil s'intègre à notre paie, surtout.",
        "Il faut que les techniciens puissent signer sur la tablette.",
    ],
)
def test_what_the_thing_bought_must_do(text: str) -> None:
    assert find_must_haves(text) or structure.criteria(text)


@pytest.mark.parametrize(
    "text",
    [
        "It has to be live before the September intake.",  # a deadline
        "We need to have chosen by the end of June.",
        "Reliability matters most when the season starts.",  # no criterion named
        "Que ça coûte moins cher, ce serait bien.",
    ],
)
def test_criteria_distractors(text: str) -> None:
    assert not find_must_haves(text) and not structure.criteria(text)


@pytest.mark.parametrize(
    "question",
    [
        "What will you score the bids on?",
        "Qu'est-ce qui fera la différence au final ?",
        "What's non-negotiable for the team?",
        "What would the tool you select need to do?",
        "Quels sont les éléments qui comptent dans votre choix ?",
        "What will the selection focus on?",
    ],
)
def test_criteria_questions(question: str) -> None:
    assert question_topics(question)[0] == "decision.criteria"


def test_a_verbless_answer_to_the_criteria_question() -> None:
    got = _fact(
        "What will you score the bids on?",
        "Offline mode, because of the cellars. And French support.",
        "decision.criteria",
    )
    assert got["status"] == "found" and "Offline mode" in got["value"]


@pytest.mark.parametrize(
    ("line", "fact"),
    [("MUSTS: SSO, audit log.", "decision.criteria"), ("Reqs - EU hosting", "decision.criteria")],
)
def test_criteria_note_labels(line: str, fact: str) -> None:
    labelled = note_label(line)
    assert labelled and labelled[0] == fact


# --- metrics.target ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "No-shows down to three per cent by the autumn.",
        "Trim energy use by a tenth over the year.",
        "Answer every ticket within one working day.",
        "Les litiges divisés par quatre d'ici l'été.",
        "Close the books in 4 days instead of 9.",
        "Zero missed inspections next year.",
        "Objectif pour la rentrée : dossiers traités en 48 h.",
    ],
)
def test_target_shapes(text: str) -> None:
    text = digits(text)
    assert find_targets(text) or structure.target(text)


@pytest.mark.parametrize(
    "text",
    [
        "Actuellement on a environ 300 dossiers en retard de plus de 20 jours.",
        "The quote came down to 12k after the call.",
        "We had zero visibility last winter.",
        "We pay 40 instead of 30 since the new contract.",
    ],
)
def test_target_distractors(text: str) -> None:
    text = digits(text)
    assert not find_targets(text) and not structure.target(text)


def test_todays_figure_answers_no_target_question() -> None:
    assert not find_targets_number(digits("Aujourd'hui on tourne plutôt autour de six semaines."))
    assert find_targets_number(digits("Six semaines maximum, voilà ce qu'on vise."))


@pytest.mark.parametrize(
    ("question", "topic"),
    [
        ("If it all went well, what would you want to see?", "metrics.target"),
        ("Qu'est-ce que vous aimeriez atteindre d'ici un an ?", "metrics.target"),
    ],
)
def test_target_questions(question: str, topic: str) -> None:
    assert topic in question_topics(question)


def test_asking_whether_the_cost_was_worked_out_is_no_target_question() -> None:
    assert "metrics.target" not in question_topics("Vous avez chiffré ce que ça vous coûte ?")


# --- need.pain, need.impact_quantified, need.current_solution --------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The trouble is duplicates: two crews booked on the same job.",
        "What keeps me up at night is the payroll cut-off.",
        "Ce qui m'empêche de dormir, c'est la saisie des commandes.",
        "We keep over-ordering dairy and under-ordering bread.",
        "On est en sous-effectif tous les étés.",
    ],
)
def test_pain_said_in_other_words(text: str) -> None:
    assert find_pain_statements(text)


def test_pain_distractors() -> None:
    assert not find_pain_statements("Our overhead lights were replaced last year.")


@pytest.mark.parametrize(
    ("question", "topic"),
    [
        ("So what's the story with the scheduling?", "need.pain"),
        ("What's on your mind with the returns?", "need.pain"),
        ("Pouvez-vous m'expliquer la situation ?", "need.pain"),
        ("et qu'est ce qui coince aujourd'hui", "need.pain"),
        ("And what does that lead to?", "need.impact_quantified"),
        ("Et concrètement, ça entraîne quoi ?", "need.impact_quantified"),
    ],
)
def test_pain_and_impact_questions(question: str, topic: str) -> None:
    assert topic in question_topics(question)


@pytest.mark.parametrize(
    "text",
    [
        "Honestly I couldn't tell you what it's costing us.",
        "I haven't got a figure, I'd only be guessing.",
        "Je serais bien en peine de vous chiffrer ça.",
    ],
)
def test_no_figure_said_otherwise(text: str) -> None:
    assert [c for c in find_unquantified(text) if c.strength == 3]


def test_no_figure_for_the_budget_is_not_about_the_cost() -> None:
    assert not find_unquantified("I haven't got a number for the budget yet.")


def _impact(turns: str) -> dict[str, Any]:
    text = "Rep: Hello both, thanks for the time. What's going on?\n" + turns
    return analyse(parse_transcript(text, "call.txt"), CALL).facts["need.impact_quantified"].as_json()  # type: ignore[no-any-return]


def test_money_lost_is_the_cost_of_the_problem() -> None:
    got = _impact(
        "Pro: Late deliveries. Penalties on those came to about 60,000 euros last year.\nRep: Ouch.\n"
    )
    assert got == {"status": "found", "value": True} or got["value"] is True


def test_a_count_lost_is_the_cost_of_the_problem() -> None:
    got = _impact(
        "Pro: Bookings go missing. We lost about 150 customers that way last season.\nRep: I see.\n"
    )
    assert got["status"] == "found" and got["value"] is True


def test_an_aside_beyond_figures_leaves_the_figure_standing() -> None:
    got = _impact(
        "Pro: Rework. It costs us about 30,000 pounds a year,\n"
        "Pro: plus the morale hit, which nobody can put a number on.\n"
        "Rep: Understood.\n"
    )
    assert got["status"] == "found" and got["value"] is True


def test_a_plain_no_figure_still_wins_over_a_passing_figure() -> None:
    text = (
        "Rep: Hello, thanks for the time. How big is the team?\n"
        "Pro: About forty. Onboarding is a mess, new starters wait two or three days for a laptop.\n"
        "Rep: What does that cost you?\n"
        "Pro: I couldn't put a number on it, honestly.\n"
    )
    got = analyse(parse_transcript(text, "call.txt"), CALL).facts["need.impact_quantified"]
    assert got.status == "found" and got.value is False


@pytest.mark.parametrize(
    "text",
    [
        "Half the crew write it on the back of a receipt, the rest text me a picture.",
        "Les chauffeurs notent tout sur une feuille, que je ressaisis le soir.",
        "We've got a shared google inbox for all of it.",
    ],
)
def test_current_solution_in_other_words(text: str) -> None:
    assert find_current_solution(text)


@pytest.mark.parametrize(
    "text",
    [
        "We've got 14 depots and about 300 drivers.",
        "We've got nothing to show the client afterwards.",
        "Je prépare, je compare, je recommande.",
    ],
)
def test_current_solution_distractors(text: str) -> None:
    assert not find_current_solution(text)


# --- decision.process_known ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "I draw up the shortlist, we run a pilot, I take my recommendation to Omar, he signs.",
        "je monte le dossier, je le présente au codir, et le codir vote",
        "We test it for a month, then it goes to the finance committee, and they approve it.",
    ],
)
def test_process_as_a_hand_off(text: str) -> None:
    cues = find_process(text)
    assert cues and cues[0].value is True


@pytest.mark.parametrize(
    "text",
    [
        "Anything over 20k goes to the board, and the chair signs.",  # who approves what, no steps
        "I'll take it to my manager.",
    ],
)
def test_process_distractors(text: str) -> None:
    assert not [c for c in find_process(text) if c.value is True]


@pytest.mark.parametrize(
    ("text", "pain"),
    [
        ("Repeat orders fell 18% after the new portal went live.", True),
        ("Les inscriptions ont baissé de 12 % depuis la rentrée.", True),
        ("Our costs have dropped 10% since we switched.", False),  # good news, no pain
        ("Les délais ont baissé de 3 jours, c'est bien.", False),
    ],
)
def test_a_measure_that_fell(text: str, pain: bool) -> None:
    assert bool(find_pain_statements(digits(text))) is pain


@pytest.mark.parametrize(
    "text",
    [
        "donc c'est un besoin vital pour vous",  # the rep's recap, no punctuation
        "so that's a must-have for you guys",
    ],
)
def test_severity_about_the_listener_is_no_claim(text: str) -> None:
    assert find_severity(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "If the app can't work without signal, we're out.",
        "Si l'outil ne parle pas à notre ERP, on passe notre chemin.",
        "We also need HIPAA and an audit trail.",
        "On a besoin d'un connecteur avec la paie.",
    ],
)
def test_criteria_as_condition_or_named_need(text: str) -> None:
    assert find_must_haves(text) or structure.criteria(text)


@pytest.mark.parametrize(
    "text",
    [
        "If it rains, we're out of the office anyway.",  # no thing bought
        "We need a better way to do this.",  # no requirement named
        "On a besoin de temps pour y réfléchir.",
    ],
)
def test_criteria_condition_distractors(text: str) -> None:
    assert not find_must_haves(text) and not structure.criteria(text)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("If budgets get cut, it's the last project we'd shelve.", "top"),
        ("C'est le dernier chantier qu'on abandonnerait.", "top"),
        ("Honestly it'd be the first thing to go if money got tight.", "low"),
        ("Ce serait le premier projet qu'on reporterait.", "low"),
    ],
)
def test_priority_as_what_gets_dropped(text: str, level: str) -> None:
    cues = find_priority(text)
    assert cues and cues[0].value == level


# --- more shapes: hedges, wishes, aims, chains of actors, figures in answers ---------------------


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Honestly it's a wish-list thing for next year.", "nice_to_have"),
        ("C'est souhaitable, sans plus.", "nice_to_have"),
        ("On pourrait très bien s'en passer quelques mois.", "nice_to_have"),
        ("We could easily do without it until spring.", "nice_to_have"),
        ("Absolutely vital, the plant stops otherwise.", "must_have"),
    ],
)
def test_severity_wishes_and_verdicts(text: str, level: str) -> None:
    assert _severity(text) == level


def test_a_denied_must_have_word_is_no_must_have() -> None:
    assert _severity("It's not life or death for us.") != "must_have"
    assert _severity("Ce n'est pas bloquant aujourd'hui.") != "must_have"


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Franchement, c'est loin d'être notre priorité.", "low"),
        ("It's nowhere near the top for us.", "low"),
        ("Ça reste en queue de liste.", "low"),
    ],
)
def test_priority_far_from_the_top(text: str, level: str) -> None:
    cues = find_priority(text)
    assert cues and cues[0].value == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Below the office move and the new CRM, so about third.", "high"),
        ("It sits behind the payroll upgrade.", "high"),
        ("C'est derrière la paie, le site web et le déménagement.", "medium"),
    ],
)
def test_priority_behind_named_projects(text: str, level: str) -> None:
    readings = structure.priority(text)
    assert readings and readings[0].value == level


@pytest.mark.parametrize(
    "text",
    [
        "Our churn is below the sector average.",
        "We're behind schedule on the rollout.",
        "She works behind the scenes.",
    ],
)
def test_behind_and_below_distractors(text: str) -> None:
    assert structure.priority(text) == []


@pytest.mark.parametrize(
    "text",
    ["We're aiming for 150 new subscribers by June.", "On vise 40 installations d'ici la fin de l'année."],
)
def test_target_as_an_aim(text: str) -> None:
    assert find_targets(digits(text))


@pytest.mark.parametrize(
    "text",
    [
        "Hors de question de choisir une solution qui ne parle pas français.",
        "No way we'd buy anything that isn't hosted in the EU.",
    ],
)
def test_criteria_as_an_exclusion(text: str) -> None:
    assert find_must_haves(text) or structure.criteria(text)


@pytest.mark.parametrize(
    "text",
    [
        "I draft the case, finance reviews it, and the board approves it in March.",
        "Je rédige une note, la DAF valide le budget, et le comité signe.",
    ],
)
def test_process_actor_by_actor(text: str) -> None:
    cues = find_process(text)
    assert cues and cues[0].value is True


def test_process_two_actors_without_steps_is_no_process() -> None:
    assert not [
        c for c in find_process("The CFO and the board are both keen, and so am I.") if c.value is True
    ]


@pytest.mark.parametrize(
    ("answer", "value"),
    [
        ("Roughly three people doing nothing but re-keying.", True),
        ("Six refunds last month, around four grand.", True),
        ("On n'a jamais vraiment fait le calcul.", False),
        ("Honestly, we've never done the maths.", False),
    ],
)
def test_the_answer_to_the_cost_question(answer: str, value: bool) -> None:
    got = _fact("What does that cost you, roughly?", answer, "need.impact_quantified")
    assert got["status"] == "found" and got["value"] is value


# --- precision: everyday sentences with the same words -------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Honestly, a walk on the pier is a must to do when you're in town.",
        "C'est un must de goûter la galette du coin.",
    ],
)
def test_a_must_as_a_tip_is_no_severity(text: str) -> None:
    assert _severity(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "The first thing I do each morning is read the overnight tickets.",
        "The car park is just behind the depot.",
        "La salle est juste derrière le bâtiment B.",
    ],
)
def test_everyday_places_and_firsts_are_no_priority(text: str) -> None:
    assert not find_priority(text) and not structure.priority(text)


@pytest.mark.parametrize(
    "text",
    [
        "We need to check with our accountant first.",
        "My boss must be in a meeting, she's not picking up.",
        "It has to be said, the installers were great.",
        "The old server has to be rebooted every Friday.",
    ],
)
def test_everyday_musts_are_no_criteria(text: str) -> None:
    assert not find_must_haves(text) and not structure.criteria(text)


def test_something_else_being_critical_is_no_priority() -> None:
    got = _fact("How was the season?", "Rain has been critical for the crops this spring.", "priority.level")
    assert got["status"] == "absent"


def test_p3_and_p4_at_the_start_of_a_note_are_low() -> None:
    assert [c.value for c in find_priority("P3, after the payroll switch.")] == ["low"]
    assert not find_priority("P3 lab renovation is done.")


@pytest.mark.parametrize(
    ("text", "criteria"),
    [
        ("Gravité : indispensable (contrôle URSSAF en mars).", False),  # how badly, and why
        ("Essential (the auditors are back in May).", False),
        ("Indispensable : un export comptable et le SSO.", True),  # what is required
    ],
)
def test_a_severity_word_with_its_reason_is_no_criterion(text: str, criteria: bool) -> None:
    assert bool(find_must_haves(text)) is criteria


@pytest.mark.parametrize(
    ("text", "pain"),
    [
        ("Yesterday a porter spent twenty minutes hunting for a wheelchair.", True),
        ("Our two schedulers spend the whole morning retyping timesheets.", True),
        ("Twice last week a parcel went to the wrong branch.", True),
        ("Hier, un patient a attendu deux heures aux urgences.", True),
        ("Il a fallu trois jours pour retrouver la facture.", True),
        ("Trucks sat for 3 hours at the gate on Monday.", True),
        ("We spent the whole day at the trade fair, it was great.", False),
        ("I spent twelve years at a bank before this.", False),
    ],
)
def test_pain_told_as_a_story(text: str, pain: bool) -> None:
    assert bool(find_pain_statements(digits(text))) is pain


def test_a_story_with_its_figures_counts_as_impact() -> None:
    got = _fact(
        "How are things on the floor?",
        "Last week a client waited 3 hours at the counter for a refund.",
        "need.impact_quantified",
    )
    assert got["status"] == "found" and got["value"] is True


@pytest.mark.parametrize(
    ("question", "answer", "level"),
    [
        ("Where would you put it?", "Mid-table, if I'm honest.", "medium"),
        ("Where would you put it?", "Bottom half, realistically.", "low"),
        ("Et côté priorité ?", "Il n'y a pas le feu, on a d'autres urgences.", "low"),
        ("Et côté priorité ?", "C'est notre grand chantier de l'année.", "top"),
        ("How high is it?", "It's definitely up there, with the new depot.", "high"),
        ("Where does it sit?", "It's our main project this year.", "top"),
    ],
)
def test_priority_idioms_in_answers(question: str, answer: str, level: str) -> None:
    got = _fact(question, answer, "priority.level")
    assert got["status"] == "found" and got["value"] == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("We can't keep muddling along like this.", "must_have"),
        ("That'd be handy, but we manage.", "nice_to_have"),
    ],
)
def test_severity_more_shapes(text: str, level: str) -> None:
    assert _severity(text) == level


def test_half_a_day_is_a_target_figure() -> None:
    assert find_targets(digits("Gagner une demi-journée par semaine sur la saisie."))


def test_process_with_the_offers_presented() -> None:
    cues = find_process(
        "Je compare les devis, je présente les deux meilleures offres au codir, et le DG tranche."
    )
    assert cues and cues[0].value is True


def test_a_rate_of_loss_is_impact() -> None:
    got = _fact(
        "What happens then?",
        "On perd à peu près un client par mois à cause des retards.",
        "need.impact_quantified",
    )
    assert got["status"] == "found" and got["value"] is True


@pytest.mark.parametrize(
    ("text", "must"),
    [
        ("Honestly, fixing this isn't optional.", True),
        ("Donc non, ce n'est pas facultatif.", True),
        ("SSO isn't optional for our IT team.", False),  # a requirement of the tool, said as such
        ("L'interface en français n'est pas négociable.", False),
    ],
)
def test_not_optional_is_about_the_need_only_with_it_as_subject(text: str, must: bool) -> None:
    assert (_severity(text) == "must_have") is must


@pytest.mark.parametrize(
    "text", ["This chaos has to stop.", "It has to change, and fast.", "It has to be replaced."]
)
def test_the_problem_that_must_end_is_no_criterion(text: str) -> None:
    assert not structure.criteria(text)


def test_a_figure_answering_how_success_is_measured_is_no_impact() -> None:
    got = _fact(
        "How will you measure success on this?", "We track 5 KPIs every month.", "need.impact_quantified"
    )
    assert got["status"] == "absent"


@pytest.mark.parametrize(
    ("question", "topic"),
    [
        ("How much does this hurt, day to day?", "need.severity"),
        ("Is this a need or a want for you?", "need.severity"),
        ("What are the deal-breakers for you?", "decision.criteria"),
        ("Qu'est-ce qui ferait pencher la balance ?", "decision.criteria"),
        ("What are you looking for in a platform?", "decision.criteria"),
        ("How will you know it worked?", "metrics.target"),
        ("What number are you trying to hit?", "metrics.target"),
        ("Qu'est-ce que vous visez, concrètement ?", "metrics.target"),
        ("Ça représente combien, à peu près ?", "need.impact_quantified"),
        ("How much time does that eat each week?", "need.impact_quantified"),
    ],
)
def test_more_questions_come_first(question: str, topic: str) -> None:
    assert question_topics(question)[0] == topic


@pytest.mark.parametrize(
    ("question", "answer", "level"),
    [
        ("Could you live without it for another year?", "Yes, probably.", "nice_to_have"),
        ("Could you live without it for another year?", "No.", "must_have"),
        ("Vous pourriez vous en passer ?", "Non, pas du tout.", "must_have"),
        ("Is it a must-have for you?", "Yes.", "must_have"),
    ],
)
def test_a_yes_to_living_without_it_is_no_must_have(question: str, answer: str, level: str) -> None:
    got = _fact(question, answer, "need.severity")
    assert got["status"] == "found" and got["value"] == level


@pytest.mark.parametrize(
    ("question", "answer", "fact", "value"),
    [
        ("How will you know it worked?", "Quotes out in 1 day, not 5.", "metrics.target", None),
        ("Qu'est-ce que vous visez ?", "Zéro rupture de stock l'an prochain.", "metrics.target", None),
        (
            "What are the deal-breakers?",
            "Offline mode and a clean QuickBooks sync.",
            "decision.criteria",
            None,
        ),
        ("Is this a need or a want?", "A need, no question.", "need.severity", "must_have"),
        ("Is this a need or a want?", "A want, really.", "need.severity", "nice_to_have"),
        (
            "Ça représente combien ?",
            "Environ 12 heures par semaine pour l'équipe.",
            "need.impact_quantified",
            True,
        ),
    ],
)
def test_answers_to_the_new_questions(question: str, answer: str, fact: str, value: Any) -> None:
    got = _fact(question, answer, fact)
    assert got["status"] == "found" and (value is None or got["value"] == value)


@pytest.mark.parametrize(
    ("text", "pain"),
    [
        ("I spent two hours driving here this morning.", False),  # the speaker's day
        ("J'ai attendu vingt minutes le bus ce matin.", False),
        ("We spend 3 hours every Monday re-keying orders.", True),
    ],
)
def test_time_spent_by_the_speaker_on_their_day_is_no_pain(text: str, pain: bool) -> None:
    assert bool(find_pain_statements(digits(text))) is pain


# --- severity: what is judged is a feature, a heading, or someone else's need ---------------------


@pytest.mark.parametrize(
    "text",
    [
        "La signature électronique, c'est indispensable pour nous.",  # a feature, judged
        "Indispensable : export vers la paie et accès hors ligne.",  # a heading
        "Badge login for the drivers, mandatory for them.",
        "I'll want to see the audit log, that's important.",  # the requirement's importance
    ],
)
def test_severity_of_a_feature_is_no_severity_of_the_need(text: str) -> None:
    assert not [c for c in find_severity(text) if c.value in ("must_have", "important")]


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("This isn't a nice-to-have anymore. We must have it.", "must_have"),
        ("Faut absolument que ça change.", "must_have"),
        ("Need. We can't go another season like this.", "must_have"),
        ("Nurses walk an extra two miles a shift.", None),  # "an extra" with a figure: no bonus
        ("Au-delà, on rachète du neuf, c'est plus simple.", None),  # a comparative, no "plus"
        ("Mais ça, on le garde, ça marche bien.", None),  # one tool that works, no "no need"
    ],
)
def test_severity_more_shapes_round5(text: str, level: str | None) -> None:
    assert _severity(text) == level


@pytest.mark.parametrize(
    "question",
    [
        "What does a platform absolutely need, for you?",
        "What would a new tool have to do for the crews?",
        "Et ça doit faire quoi, votre outil, au minimum ?",
        "Qu'est-ce que les badges doivent absolument gérer ?",
        "L'appli idéale, elle doit faire quoi ?",
    ],
)
def test_questions_on_what_the_thing_must_do(question: str) -> None:
    assert question_topics(question)[0] == "decision.criteria"


@pytest.mark.parametrize(
    "question",
    ["Qu'est-ce que vous devez faire pour valider ?", "Elle doit avoir fini quand, la migration ?"],
)
def test_questions_on_what_people_must_do_are_no_criteria(question: str) -> None:
    assert "decision.criteria" not in question_topics(question)[:1]


@pytest.mark.parametrize(
    ("line", "fact"),
    [
        ("Critères indispensables : paiement mobile, appli en wolof.", "decision.criteria"),
        ("Requirements key - SSO, EU hosting", "decision.criteria"),
    ],
)
def test_criteria_labels_with_a_qualifier(line: str, fact: str) -> None:
    labelled = note_label(line)
    assert labelled and labelled[0] == fact


def test_got_to_is_a_must() -> None:
    assert find_must_haves("And it's got to run off a battery, there's no mains out there.")


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("For us it's number one, nothing else is more urgent than this.", "top"),
        ("Rien d'autre n'est plus prioritaire que ça cette année.", "top"),
        ("Honnêtement, I'd put the warehouse move first.", "high"),
        ("Moi je mettrais la paie avant, franchement.", "high"),
    ],
)
def test_priority_by_comparison_round5(text: str, level: str) -> None:
    got = [c.value for c in find_priority(text)] or [r.value for r in structure.priority(text)]
    assert got and got[0] == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("C'est en tête. Numéro un. Le reste peut attendre.", "top"),
        ("Number one.", "top"),
        ("The rest can wait, this goes first.", "top"),
    ],
)
def test_number_one_and_the_rest_can_wait(text: str, level: str) -> None:
    cues = find_priority(text)
    assert cues and cues[0].value == level


def test_a_colleague_who_puts_another_project_first_disagrees() -> None:
    text = (
        "Rep: Thanks both. Kim, Dan, could you say a word about the team?\n"
        "Kim: Sure, I run the depot.\n"
        "Dan: And I look after the fleet.\n"
        "Rep: Where does this sit for you?\n"
        "Kim: Top of the list. Number one this year.\n"
        "Dan: Hmm, not so sure about number one, Kim.\n"
        "Dan: I'd put the new loading dock first, honestly.\n"
    )
    got = analyse(parse_transcript(text, "call.txt"), CALL).facts["priority.level"]
    assert got.status == "ambiguous"


def test_one_speaker_not_first_but_right_behind_is_high() -> None:
    got = _fact(
        "And in your priorities?",
        "Pas la première place, le nouveau site passe avant. Mais juste derrière.",
        "priority.level",
    )
    assert got["status"] == "found" and got["value"] == "high"


@pytest.mark.parametrize(
    ("question", "answer", "level"),
    [
        ("Where would you put it on your list?", "I'd say it's middling.", "medium"),
        ("Et parmi vos projets, où se situe le nouvel outil ?", "Assez bas, je l'avoue.", "low"),
        ("Et côté priorité ?", "Moyen. C'est pas la priorité numéro un.", "medium"),
    ],
)
def test_priority_answers_round5(question: str, answer: str, level: str) -> None:
    got = _fact(question, answer, "priority.level")
    assert got["status"] == "found" and got["value"] == level


# --- need.current_solution: what is done now, not what was tried --------------------------------


@pytest.mark.parametrize(
    ("text", "strong"),
    [
        ("We tried Asana for a few months, nobody stuck with it.", False),  # a past attempt
        ("On a testé Trello l'an dernier, sans succès.", False),
        ("We've got a bit over two hundred staff.", None),  # no tool
        ("Mais c'est dans la liste, on y viendra.", None),  # the list of projects, no tool
        ("We've got a shared spreadsheet per depot.", True),
    ],
)
def test_current_solution_tried_and_got(text: str, strong: bool | None) -> None:
    cues = find_current_solution(text)
    if strong is None:
        assert not [c for c in cues if c.strength >= 2]
    else:
        assert cues and (cues[0].strength >= 2) is strong


def test_a_current_label_in_notes() -> None:
    labelled = note_label("Cur: whiteboard + group texts from the foremen.")
    assert labelled and labelled[0] == "need.current_solution"


def test_the_tool_named_in_a_second_sentence_completes_the_answer() -> None:
    got = _fact(
        "Et aujourd'hui, vous faites comment ?",
        "Tout à la main. À la main, sur un classeur à anneaux, et je recopie le soir.",
        "need.current_solution",
    )
    assert got["status"] == "found" and "classeur" in got["value"]


def test_the_answers_first_words_name_the_pain() -> None:
    got = _fact(
        "Qu'est-ce qui coince aujourd'hui ?",
        "La facturation, surtout. On ressaisit tout à la main et il y a des erreurs tout le temps.",
        "need.pain",
    )
    assert got["status"] == "found" and "facturation" in got["value"] and "erreurs" in got["value"]


def test_a_problem_announced_is_not_the_problem_told() -> None:
    text = (
        "Rep: Hello, thanks for your time today. Could you describe your team?\n"
        "Pro: Sure, there are nine of us.\n"
        "Rep: What's going wrong today?\n"
        "Pro: My problem is simple. Our drivers log deliveries on paper and half the slips get lost.\n"
    )
    got = analyse(parse_transcript(text, "call.txt"), CALL).facts["need.pain"]
    assert got.status == "found" and "slips" in str(got.value)


# --- metrics.target: joy on a figure, a wish, the past and nouns of cutting ----------------------


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("If we wasted under 20 crates a month I'd be over the moon.", True),
        ("Si on tombe à 10 réclamations par mois, la directrice sera ravie.", True),
        ("If you ring me at 4 I'd be happy to walk you through it.", False),  # politeness
        ("We'd love it below 3 percent by spring.", True),
        ("Power cuts happen every day, 4 hours sometimes.", False),  # a noun of cutting
    ],
)
def test_target_shapes_round5(text: str, target: bool) -> None:
    assert bool(find_targets(digits(text))) is target


def test_a_wish_is_a_strong_target() -> None:
    cues = find_targets(digits("I want it below five percent."))
    assert cues and cues[0].strength == 3


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Last season our losses were around 18 percent.", False),  # the past, no aim
        ("L'an dernier, le délai était de 40 jours.", False),
        ("Aucun colis perdu, voilà l'objectif.", True),
        ("Not a single missed pickup next winter.", True),
    ],
)
def test_figures_that_answer_the_target_question(text: str, figure: bool) -> None:
    assert find_targets_number(digits(text)) is figure


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        (
            "Vous avez une idée du nombre de clients concernés ?",
            "On en refuse à peu près 150 par semaine en été.",
        ),
        ("How many orders are affected?", "Maybe 40 a week, sometimes more."),
    ],
)
def test_how_many_are_affected_is_an_impact_question(question: str, answer: str) -> None:
    got = _fact(question, answer, "need.impact_quantified")
    assert got["status"] == "found" and got["value"] is True


@pytest.mark.parametrize(
    "turns",
    [
        "Pro: Les palettes perdues. L'an passé, ça nous a coûté 25 000 euros, ça.\nRep: Ouch.\n",
        "Pro: Duty. We overpaid about 60,000 dollars on it last year.\nRep: Ok.\n",
    ],
)
def test_money_cost_in_other_words(turns: str) -> None:
    got = _impact(turns)
    assert got["status"] == "found" and got["value"] is True


@pytest.mark.parametrize(
    "question",
    [
        "So what's the situation down at the depot?",
        "Tell me, what's eating up your week?",
        "Quelle est la situation chez vous aujourd'hui ?",
    ],
)
def test_more_pain_questions(question: str) -> None:
    assert "need.pain" in question_topics(question)


@pytest.mark.parametrize(
    ("text", "pain"),
    [
        ("Stock counts are the big one for us.", True),
        ("La facturation, c'est le gros morceau.", True),
        ("Rooms get double-booked every other week.", True),
        ("On a des doublons partout dans le fichier.", True),
        ("The big one is the red van, parked by the gate.", False),
    ],
)
def test_more_pain_shapes(text: str, pain: bool) -> None:
    assert bool(find_pain_statements(text)) is pain


@pytest.mark.parametrize(
    ("text", "pain"),
    [
        ("On passe deux jours par mois à tout ressaisir.", True),
        ("On a passé trois jours au salon de Lyon, c'était top.", False),  # a fair, no chore
    ],
)
def test_time_spent_at_a_chore_in_french(text: str, pain: bool) -> None:
    assert bool(find_pain_statements(digits(text))) is pain


@pytest.mark.parametrize(
    ("text", "strength"),
    [
        ("My problem is simple.", 1),  # announced; the next sentence tells it
        ("Honestly, the problem is easy.", 1),
        ("Lice counts are the big one.", 3),  # named first
        ("The problem is duplicates.", 3),
    ],
)
def test_a_problem_announced_is_weak(text: str, strength: int) -> None:
    cues = find_pain_statements(text)
    assert cues and cues[0].strength == strength


@pytest.mark.parametrize(
    ("line", "fact"),
    [
        ("État actuel : un cahier et un tableur.", "need.current_solution"),
        ("Now: whiteboard + radio.", "need.current_solution"),
    ],
)
def test_current_state_labels(line: str, fact: str) -> None:
    labelled = note_label(line)
    assert labelled and labelled[0] == fact


def test_a_process_heading_is_no_current_solution() -> None:
    assert not find_current_solution("Process: didn't get to it.")


# --- second wave: questions asked as requests; the problem told after its lead-in ----------------


def _pain_of(turns: str) -> Any:
    text = "Rep: Hello, thanks for your time today.\nPro: Sure, glad to.\n" + turns
    return analyse(parse_transcript(text, "call.txt"), CALL).facts["need.pain"]


@pytest.mark.parametrize(
    ("sentence", "asks"),
    [
        ("Tell me about the night shift.", True),
        ("So walk me through how an order gets approved.", True),
        ("Thanks for the intro, so I'd love to hear how the yard runs.", False),  # mid-sentence: not read
        ("Okay, I'd love to hear how the yard runs.", True),
        ("Racontez-moi comment ça se passe au dépôt.", True),
        ("Alors, parlez-moi de votre équipe.", True),
        ("Could you give me a rough picture of the volumes.", True),
        ("Tell me about it!", False),  # agreement
        ("I want to know where the pallets end up.", False),  # a need, not a question
        ("Let me tell you about our pricing.", False),
        ("Nobody can tell me where it went.", False),
    ],
)
def test_a_request_to_be_told_is_a_question(sentence: str, asks: bool) -> None:
    from interview.analysis.speech import is_question as _is_question

    assert _is_question(sentence) is asks


def test_the_answer_to_a_request_to_be_told_is_read_as_an_answer() -> None:
    got = _pain_of(
        "Rep: Tell me what keeps going wrong in the warehouse.\n"
        "Pro: The picking, mostly. Orders ship short.\n"
    )
    assert got.status == "found" and "picking" in str(got.value)


@pytest.mark.parametrize(
    ("text", "pain"),
    [
        ("The till totals never match what the bank shows.", True),
        ("Les relevés ne collent jamais avec la compta.", True),
        ("Our two systems don't talk to each other.", True),
        ("Half the scaffolding clamps go missing between jobs.", True),
        ("Les transpalettes disparaissent d'un site à l'autre.", True),
        ("No one can tell me where the spare keys went.", True),
        ("On ne sait jamais ce qui a été réparé.", True),
        ("We keep missing delivery windows.", True),
        ("On rate des rendez-vous chaque semaine.", True),
        ("Patients don't show up and the slot is wasted.", True),
        ("Les stagiaires ne viennent pas aux sessions.", True),
        # distractors
        ("Il ne parle pas anglais, mon associé.", False),
        ("We don't know who signs yet.", False),
        ("I miss the old office.", False),
        ("We rate suppliers on price.", False),
        ("The invoices match the orders now.", False),
    ],
)
def test_pain_shapes_second_wave(text: str, pain: bool) -> None:
    assert bool(find_pain_statements(digits(text))) is pain


@pytest.mark.parametrize(
    ("text", "announces"),
    [
        ("Well, that's exactly the problem.", True),
        ("Oui, c'est justement le souci.", True),
        ("Honestly, it's very simple.", True),
        ("Voilà le problème.", True),
        ("That's the problem with paper forms.", False),  # named
        ("The issue is the forklifts.", False),
    ],
)
def test_a_problem_announced_and_not_told(text: str, announces: bool) -> None:
    from interview.analysis.statements import announces_problem

    assert announces_problem(text) is announces


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("So we run fourteen depots across the north.", True),
        ("We are about 30 nurses on two wards.", True),
        ("Nous sommes 12 dans l'atelier.", True),
        ("On fabrique des palettes pour l'agroalimentaire.", True),
        ("We're a family haulier with a dozen rigs.", True),
        ("So I'm head of logistics at a seed company.", True),
        ("Je suis responsable qualité chez un fromager.", True),
        ("We're a mess, to be honest.", False),  # what goes wrong
        ("We field 300 calls a day.", False),  # a rate: the size of the problem
        ("We have 3 trucks broken down.", False),  # what goes wrong
        ("On fait tout à la main.", False),
        ("We have two people who do nothing but chase invoices.", False),
    ],
)
def test_what_the_business_is_is_context(text: str, context: bool) -> None:
    from interview.analysis.statements import describes_business

    assert describes_business(digits(text)) is context


@pytest.mark.parametrize(
    ("answer", "word"),
    [
        (
            "Honestly, it's very simple. We run fourteen depots. Drivers hand in delivery notes"
            " and half of them never reach the office.",
            "delivery notes",
        ),
        (
            "Bon, c'est tout bête. Nous sommes 12 dans l'atelier. Les bons de commande restent"
            " dans les poches des techniciens.",
            "bons de commande",
        ),
        (
            "Well, I'll tell you. We are about 30 nurses on two wards. Handovers happen on scraps of paper.",
            "Handovers",
        ),
    ],
)
def test_the_problem_is_told_after_its_lead_in(answer: str, word: str) -> None:
    got = _pain_of(f"Rep: What brought you to us?\nPro: {answer}\n")
    told = next(s for s in answer.split(". ") if word in s)
    assert got.status == "found" and str(got.value).startswith(told[:20])


@pytest.mark.parametrize(
    ("aim", "pain"),
    [
        ("Get our breakage losses under two percent.", "Crates get broken at the dock every shift."),
        ("Ramener les pertes sous les 3 % d'ici un an.", "Les colis partent à la mauvaise adresse."),
        ("Goal: halve the no-shows by summer.", "Drivers get sent to the wrong depot twice a week."),
    ],
)
def test_an_aim_is_no_pain(aim: str, pain: str) -> None:
    got = _pain_of(f"Rep: What would a good year look like?\nPro: {aim}\nRep: And today?\nPro: {pain}\n")
    assert got.status == "found" and str(got.value).startswith(pain)


@pytest.mark.parametrize(
    ("turns", "value"),
    [
        ("Pro: Lost parcels. We field roughly 300 calls a week about them.\n", True),
        ("Pro: Les réclamations. On reçoit 150 mails par jour là-dessus.\n", True),
        ("Pro: Returns. Four of our last twelve audits flagged them.\n", True),
    ],
)
def test_a_volume_over_time_is_impact(turns: str, value: bool) -> None:
    got = _impact(turns + "Rep: I see.\n")
    assert got["status"] == "found" and got["value"] is value


def test_a_headcount_is_no_impact() -> None:
    got = _impact("Pro: Scheduling. We have 40 drivers.\nRep: I see.\n")
    assert got["status"] != "found" or got["value"] is not True


@pytest.mark.parametrize(
    ("question", "topic"),
    [
        # other vendors, by any name
        ("So who else is in the running?", "competitors"),
        ("Who are we up against here?", "competitors"),
        ("Vous avez rencontré d'autres éditeurs ?", "competitors"),
        ("Vous avez regardé ailleurs ?", "competitors"),
        ("Any other quotes on the table?", "competitors"),
        ("Are we the only vendor you're speaking with?", "competitors"),
        # money set aside, by any name
        ("Is there money for it this year?", "budget.allocated"),
        ("Et l'argent, il est là ?", "budget.allocated"),
        ("Vous avez les moyens de le faire cette année ?", "budget.allocated"),
        ("Money-wise, where do things stand?", "budget.allocated"),
        # how buying happens
        ("How does purchasing work on your side?", "decision.process_known"),
        ("Who gets a say before it's signed?", "decision.process_known"),
        ("Comment ça se passe pour valider un achat chez vous ?", "decision.process_known"),
        ("How do decisions like this get made?", "decision.process_known"),
        # the rest
        ("And timing-wise?", "timeline.decision_date"),
        ("Et au niveau des délais ?", "timeline.decision_date"),
        ("What would a win look like in a year?", "metrics.target"),
        ("Vous vous débrouillez comment en attendant ?", "need.current_solution"),
        ("Ça arrive combien de fois par mois ?", "need.impact_quantified"),
        ("How often does a load go missing?", "need.impact_quantified"),
        ("So why are we talking today?", "need.pain"),
        ("Qui pousserait pour le projet en interne ?", "champion.named"),
        ("Et qui va pousser pour qu'on l'adopte ?", "champion.named"),
        ("Is anybody internally pushing for this?", "champion.named"),
    ],
)
def test_question_topics_by_their_nouns(question: str, topic: str) -> None:
    assert topic in question_topics(question)


@pytest.mark.parametrize(
    ("question", "topic"),
    [
        ("What does a pump have to do to work out there?", "competitors"),  # a place, no rival
        ("Qu'est-ce qui vous a poussés à nous appeler ?", "champion.named"),  # what brought them
        ("How much money do you lose on it?", "budget.allocated"),  # the cost of the problem
        ("Tell me about the new warehouse.", "need.pain"),  # a place, no problem
    ],
)
def test_question_topic_distractors(question: str, topic: str) -> None:
    assert topic not in question_topics(question)


@pytest.mark.parametrize(
    ("sentence", "asks"),
    [
        ("and your budget", True),
        ("et côté calendrier vous visez quoi", True),
        ("what about the timeline", True),
        ("côté budget on a mis 30 000 de côté", False),  # the answer, not the question
        ("so the new line is first", False),
    ],
)
def test_questions_without_a_question_mark_in_speech_to_text(sentence: str, asks: bool) -> None:
    from interview.analysis.speech import is_question as _is_question

    assert _is_question(sentence, punctuated=False) is asks


def test_an_unpunctuated_topic_question_sets_the_answer() -> None:
    text = (
        "hello thanks for taking the call\nsure no problem\n"
        "and what about the money\nit is there we put forty thousand aside in january\n"
    )
    got = analyse(parse_transcript(text, "call.txt"), CALL).facts["budget.allocated"]
    assert got.status == "found" and got.value == "allocated"


@pytest.mark.parametrize(
    ("sentence", "asks"),
    [
        ("Je vous laisse me raconter comment ça se passe.", True),
        ("I'll let you walk me through the yard.", True),
        ("Vous pouvez m'expliquer le circuit des bons.", True),
        ("Je vous laisse, j'ai une réunion.", False),
        ("Right, let's talk timing.", True),
        ("Parlons un peu du calendrier.", True),
        ("Let's talk about how we can help once the pilot is done.", False),  # no topic opened, a pitch
    ],
)
def test_the_floor_handed_over_is_a_question(sentence: str, asks: bool) -> None:
    from interview.analysis.speech import is_question as _is_question

    assert _is_question(sentence) is asks


@pytest.mark.parametrize(
    ("question", "topic", "present"),
    [
        ("Vous les retrouvez comment, ces palettes ?", "need.current_solution", True),
        ("How do you spot a leak?", "need.current_solution", True),
        ("How do you folks schedule the crews?", "need.current_solution", True),
        ("How do you measure that?", "need.current_solution", False),  # judging, not doing
        ("Et si ça marche, vous le verrez comment ?", "need.current_solution", False),  # the future
        ("Comment vous choisissez un prestataire ?", "need.current_solution", False),
        ("What do you have in place for that today?", "need.current_solution", True),
        ("When would you want something in place?", "need.current_solution", False),  # wanted, not there
        ("Vous aimeriez une solution en place pour quand ?", "need.current_solution", False),
        ("Et aujourd'hui, vous tournez avec quels logiciels ?", "need.current_solution", True),
    ],
)
def test_how_the_work_is_done_today_questions(question: str, topic: str, present: bool) -> None:
    assert (topic in question_topics(question)) is present


@pytest.mark.parametrize(
    ("answer", "word"),
    [
        ("Les plannings. Tout se fait sur un tableau blanc et on oublie des gardes.", "plannings"),
        ("Invoicing. We chase every payment by phone.", "Invoicing"),
    ],
)
def test_a_one_word_headline_names_the_pain(answer: str, word: str) -> None:
    got = _pain_of(f"Rep: What brought you to us?\nPro: {answer}\n")
    assert got.status == "found" and word in str(got.value)


def test_a_one_word_yes_is_no_headline() -> None:
    got = _pain_of("Rep: What brought you to us?\nPro: Oui. Bon.\n")
    assert got.status == "absent"


@pytest.mark.parametrize(
    ("turns", "value"),
    [
        ("Pro: Outages. Last storm, 3000 homes went without heating for a night.\n", True),
        ("Pro: Si le serveur tombe, c'est 200 agents privés de messagerie.\n", True),
    ],
)
def test_people_deprived_are_impact(turns: str, value: bool) -> None:
    got = _impact(turns + "Rep: I see.\n")
    assert got["status"] == "found" and got["value"] is value


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Our insurer requires offline copies before the renewal.", "must_have"),
        ("L'assureur exige désormais la double authentification.", "must_have"),
        ("The regulator now mandates a full audit trail.", "must_have"),
        ("Les auditeurs imposent une traçabilité complète.", "must_have"),
        ("The client requires weekly reports.", None),  # a customer's wish: a criterion
        ("The law doesn't require it yet.", None),
    ],
)
def test_required_from_outside_is_a_must(text: str, level: str | None) -> None:
    readings = structure.severity(text)
    assert (readings[0].value if readings else None) == level


@pytest.mark.parametrize(
    ("question", "first"),
    [
        ("Is something forcing that date on you?", "timeline.compelling_event"),
        ("Qu'est-ce qui impose ce calendrier ?", "timeline.compelling_event"),
        ("Any other vendors on your list?", "competitors"),
        ("Vous avez d'autres prestataires sur les rangs ?", "competitors"),
    ],
)
def test_the_topic_named_for_sure_comes_first(question: str, first: str) -> None:
    assert question_topics(question)[0] == first
