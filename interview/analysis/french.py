"""French for the reasons the readers give (written in English in the code): the frame of each "why"
in a French report, so that it reads in one language. What people said, between “ and ”, is kept
as said."""

from __future__ import annotations

import re

# Longest first: "the answer to the rep's question about success" before "the answer".
_PHRASES: list[tuple[str, str]] = [
    # The frames of evidence._WHY, for an English call reported in French.
    (r"never came up", "jamais abordé"),
    # Reasons added in session 5 (dates, money, forcing events).
    (r"a date said against a colleague's", "une date opposée à celle d'un collègue"),
    (r"the meeting said to decide", "la réunion où se prend la décision"),
    (r"not committed to", "sans engagement"),
    (r"when something starts", "le début de quelque chose"),
    (r"money lost if not used in time", "de l'argent perdu s'il n'est pas utilisé à temps"),
    (r"imposed from outside", "imposé de l'extérieur"),
    (r"a dated happening", "un événement daté"),
    (r"a rule that changes", "une règle qui change"),
    (r"ready for an event", "prêt pour un événement"),
    (r"lost if missed", "perdu si la date est manquée"),
    (r"a figure said again", "un chiffre redit"),
    (r"a figure taken back", "un chiffre rectifié"),
    (r"a figure on the problem", "un chiffre sur le problème"),
    (r"\(vote to come\)", "(vote à venir)"),
    (r"\(step ahead\)", "(une étape à venir)"),
    (r"\(hedged\)", "(avec réserve)"),
    (r"\(to ask for\)", "(à demander)"),
    (r"\(negated\)", "(nié)"),
    (r"asked for", "demandé"),
    (r"a figure", "un chiffre"),
    (r"not said, only hinted:", "pas dit, seulement suggéré :"),
    (r"(\d+) statements agree; first:", r"\1 déclarations concordent ; la première :"),
    (r"corrected at (.{1,30}?): ", r"corrigé \1 : "),
    (r"; earlier:", " ; avant :"),
    (r"conflicting statements:", "déclarations contradictoires :"),
    (r"; weaker hints set aside:", " ; indices plus faibles écartés :"),
    (r"said again in other words at", "redit autrement"),
    (
        r"the answer to the rep's question about how it is done today",
        "la réponse à la question sur la façon de faire aujourd'hui",
    ),
    (
        r"the answer to the rep's question about what they will judge on",
        "la réponse à la question sur leurs critères",
    ),
    (r"the answer to the rep's question about the problem", "la réponse à la question sur le problème"),
    (r"the answer to the rep's question about success", "la réponse à la question sur le succès visé"),
    (r"the answer to the budget question", "la réponse à la question sur le budget"),
    (r"the answer about their part", "la réponse sur son rôle"),
    (r"the answer about the process", "la réponse sur le processus"),
    (r"the answer about a forcing event", "la réponse sur un événement qui impose la date"),
    (r"the answer about who pushes for it", "la réponse sur qui porte le projet"),
    (r"the answer about how badly it bites", "la réponse sur la gravité du besoin"),
    (r"the answer about priority", "la réponse sur la priorité"),
    (r"no figure for the cost", "aucun chiffre sur le coût"),
    (r"noted as the approver", "noté comme valideur"),
    (r"noted under", "noté sous"),
    (r"confirmed by the prospect", "confirmé par le prospect"),
    (r"confirmed by ([^:]{1,60}):", r"confirmé par \1 :"),
    (r"budget words beside it", "mots de budget à côté"),
    (r"currency assumed", "devise supposée"),
    (r"excl\. tax", "HT"),
    (r"incl\. tax", "TTC"),
    (r"per hour", "par heure"),
    (r"per day", "par jour"),
    (r"per week", "par semaine"),
    (r"per month", "par mois"),
    (r"per year", "par an"),
    (r"end of period", "fin de période"),
    (r"start of period", "début de période"),
    (r"middle of period", "milieu de période"),
    (r"economic buyer", "décideur économique"),
    (r"an amount", "un montant"),
    (r"a date, beside a decision", "une date, à côté d'une décision"),
    (r"a decision date", "une date de décision"),
    (r"a step before the decision", "une étape avant la décision"),
    (r"the date of an event", "la date d'un événement"),
    (r"a deadline", "une échéance"),
    (r"a date", "une date"),
    (r"as soon as possible", "dès que possible"),
    (r"a figure on the problem", "un chiffre sur le problème"),
    (r"the pain in numbers", "le problème chiffré"),
    (r"the problem, said so", "le problème, dit comme tel"),
    (r"a pain", "un problème"),
    (r"a must-have", "un impératif"),
    (r"a nice-to-have", "un plus, pas un impératif"),
    (r"no real need", "pas de vrai besoin"),
    (r"no figure", "aucun chiffre"),
    (r"a shared decision", "une décision partagée"),
    (r"compared with another project", "comparé à un autre projet"),
    (r"projects ahead of it", "des projets passent avant"),
    (r"one project among others", "un projet parmi d'autres"),
    (r"not urgent at all", "pas du tout urgent"),
    (r"said with force", "dit avec insistance"),
    (r"placed on the list", "placé dans la liste"),
    (r"the meeting that decides", "la réunion qui décide"),
    (r"a rank", "un rang"),
    (r"a score", "une note"),
    (r"top of the list", "en tête de liste"),
    (r"high on the list", "haut dans la liste"),
    (r"in the middle of the list", "au milieu de la liste"),
    (r"low on the list", "bas dans la liste"),
    (r"ahead of everything else", "avant tout le reste"),
    (r"ahead of other projects", "devant d'autres projets"),
    (r"behind other projects", "derrière d'autres projets"),
    (r"not urgent", "pas urgent"),
    (r"said to be the target", "dit être l'objectif"),
    (r"a target", "un objectif"),
    (r"a tool in use", "un outil en place"),
    (r"today", "aujourd'hui"),
    (r"no event", "pas d'événement"),
    (r"an event", "un événement"),
    (r"no money set aside", "pas de budget réservé"),
    (r"money is set aside", "budget réservé"),
    (r"the budget is being defined", "budget en cours de définition"),
    (r"\(to come\)", "(à venir)"),
    (r"\(yet\)", "(pas encore)"),
    (r"nobody known to sign", "personne n'est désigné pour signer"),
    (r"nobody pushes for it", "personne ne porte le projet"),
    (r"pushes for it", "porte le projet"),
    (r"who signs", "qui signe"),
    (r"other vendors looked at", "autres fournisseurs étudiés"),
    (r"process unknown", "processus inconnu"),
    (r"the process told", "le processus décrit"),
    (r"the steps counted", "les étapes comptées"),
    (r"steps", "étapes"),
    (r"the contact recommends, someone else decides", "le contact recommande, quelqu'un d'autre décide"),
    (r"the contact gathers information for others", "le contact recueille des informations pour d'autres"),
    (r"the contact does not decide", "le contact ne décide pas"),
    (r"the contact does not sign", "le contact ne signe pas"),
    (r"the contact would use it", "le contact serait utilisateur"),
    (r"the contact decides", "le contact décide"),
    (r"the contact signs", "le contact signe"),
    (r"the contact's title", "le titre du contact"),
    (r"urgent", "urgent"),
    (r"important", "important"),
    # Option values shown in conflicts and corrections ("high (line 16 ...); low (line 17 ...)").
    (r"must_have", "indispensable"),
    (r"nice_to_have", "un plus"),
    (r"being_defined", "en cours de définition"),
    (r"not_allocated", "non alloué"),
    (r"allocated", "alloué"),
    (r"final_decider", "décideur final"),
    (r"co_decider", "codécideur"),
    (r"influencer", "prescripteur"),
    (r"gatekeeper", "filtre"),
    (r"user", "utilisateur"),
    (r"top", "maximale"),
    (r"high", "haute"),
    (r"medium", "moyenne"),
    (r"low", "basse"),
    (r"\bline (\d+)", r"ligne \1"),
    (r"\byes\b", "oui"),
    (r"\bno\b", "non"),
]  # fmt: skip
_RX = [(re.compile(rf"(?<![\w'’]){p}(?![\w'’])" if p[0].isalpha() else p), fr) for p, fr in _PHRASES]
_QUOTED = re.compile(r"“[^”]*”")


def french(text: str) -> str:
    """`text` with its English frame in French; the quotes (what people said) untouched."""
    text = text.replace("the answer to “who signs”", "la réponse à « qui signe »")  # the code's own quote
    out = []
    last = 0
    for m in _QUOTED.finditer(text):
        out.append(_frame(text[last : m.start()]))
        out.append(m.group())
        last = m.end()
    out.append(_frame(text[last:]))
    return "".join(out)


def _frame(part: str) -> str:
    if not part.strip():
        return part
    for rx, fr in _RX:
        part = rx.sub(fr, part)
    return re.sub(r"(?<=[\w»)]):(?=\s)", " :", part)  # the French space before a colon
