"""What a prospect states about the purchase, in English and French, beyond amounts, dates, roles,
pains and urgency (recognisers.py) and people (people.py):

- the severity of the need ("it's a must-have", "ce serait un plus"), whether its cost can be put in
  numbers ("hard to quantify"), how they handle it today ("right now it's all spreadsheets");
- whether money is set aside ("the budget is approved", "l'enveloppe n'est pas encore validée");
- the contact's own part in the decision ("I'll make a recommendation", "c'est moi qui signe");
- the steps to a signature ("first a demo, then security review, then procurement") or that nobody
  knows them, the must-haves a solution is judged on ("SSO is non-negotiable", "il faut absolument
  une API");
- an event that forces the date ("our contract with X ends in June", "l'audit est en mars") or
  that nothing does ("no hard deadline");
- the measurable improvement wanted ("we want to cut that by half", "passer de 5 à 2 jours").

And for reading an answer with its question: `question_topics` (what a rep's question asks about)
and `polarity` (whether a short answer is a yes or a no).

Every function takes the text and returns `Cue`s with spans in it; cue words are matched on the
folded copy of recognisers.fold (case and accents ignored). Pure functions, no I/O.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from interview.analysis.recognisers import clause_at, find_pains, fold, money_to_ask_for

_F = re.ASCII


@dataclass(frozen=True)
class Cue:
    fact: str
    value: Any
    start: int
    end: int
    strength: int  # 3 explicit, 2 clear, 1 a hint
    why: str  # what was recognised, for people


def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w'])(?:{pattern})(?![\w])", _F)


def _cues(text: str, folded: str, fact: str, table: list[tuple[re.Pattern[str], Any, int, str]]) -> list[Cue]:
    out: list[Cue] = []
    for pattern, value, strength, why in table:
        for m in pattern.finditer(folded):
            if any(c.start <= m.start() < c.end or m.start() <= c.start < m.end() for c in out):
                continue
            out.append(
                Cue(fact, value, m.start(), m.end(), strength, f"{why}: “{text[m.start() : m.end()]}”")
            )
    return sorted(out, key=lambda c: c.start)


# --- need.severity ---------------------------------------------------------------------------

_SEVERITY = [
    (
        _rx(
            r"(?:it's|it\s+is|this\s+is|that's|that\s+is|a|an|absolute|real|definitely\s+a|clearly\s+a)\s+must[-\s]have|"
            r"must[-\s]have\s+for\s+us|(?:we\s+)?(?:can't|cannot|can\s+not|couldn't)\s+(?:go\s+on|continue|keep\s+going|carry\s+on|live|survive|"
            r"afford\s+(?:to\s+)?(?:wait|not\s+(?:fix|solve|do))|keep\s+(?:doing|working)\s+(?:it\s+)?(?:like\s+this|this\s+way)|"
            # "we can't keep limping along like this"
            r"keep\s+(?:on\s+)?[a-z]+ing(?:\s+along|\s+by)?\s+(?:like\s+this|this\s+way|much\s+longer|forever))|"
            r"not\s+sustainable|unsustainable|untenable|business[-\s]critical|mission[-\s]critical|"
            r"(?:critical|vital|essential|existential|non[-\s]negotiable)\s+(?:for|to)\s+(?:us|the\s+business|our\s+business|the\s+company)|"
            r"(?:we\s+)?(?:have|need)\s+to\s+(?:fix|solve|sort\s+out|address)\s+(?:this|it|that)|has\s+to\s+(?:change|stop|be\s+fixed)|"
            r"(?:it's|it\s+is)\s+(?:critical|vital|essential)|top\s+of\s+(?:the|our)\s+list|"
            r"indispensable|vital(?:e)?\s+pour\s+nous|critique\s+pour|on\s+ne\s+peut\s+(?:plus|pas)\s+(?:continuer|tenir|rester|se\s+permettre)|"
            r"(?:ca|cela)\s+ne\s+peut\s+plus\s+durer|intenable|pas\s+tenable|plus\s+tenable|il\s+faut\s+(?:absolument\s+)?(?:regler|resoudre|changer)|"
            r"(?:c'est\s+)?(?:un|une)\s+(?:must[-\s]have|necessite|obligation)|(?:c'est\s+)?(?:critique|vital|obligatoire)\s+pour|"
            r"c'est\s+(?:(?:absolument|vraiment|tout\s+simplement)\s+)?(?:vital|critique|indispensable|essentiel|obligatoire|imperatif)|"
            # "we must have it", "we need it, full stop", "faut que ça se règle"
            r"(?:we|i)\s+(?:really\s+|absolutely\s+|just\s+)?(?:must|have\s+to|need\s+to)\s+have\s+(?:it|this|that|one)(?![\w'])|"
            r"(?:il\s+)?faut\s+(?:absolument\s+)?que\s+(?:ca|cela)\s+(?:se\s+)?(?:regle|change|bouge|arrete|cesse)|"
            # "it's a must" (the noun alone), "c'est un must", "it's imperative"
            r"(?:it's|it\s+is|this\s+is|c'est)\s+(?:(?:really|absolutely|definitely|vraiment|absolument)\s+)?(?:a|un)\s+must(?![-\s]have|\s+(?:to|de|d'|pour\s+(?:les|tous|tout)|for\s+(?:visitors|tourists|anyone|everyone)))|"
            r"(?:it's|it\s+is)\s+(?:absolutely\s+)?imperative"
        ),
        "must_have",
        3,
        "a must-have",
    ),
    (
        _rx(
            r"(?:it's|it\s+is|that's|quite|really|very|pretty|fairly|definitely)\s+important|(?:a|an)\s+(?:real|big|serious|major|significant)\s+"
            r"(?:problem|issue|pain|headache|concern)|important\s+(?:but|though|mais)|significant\s+(?:problem|issue|impact)|"
            r"(?:c'est|c'est\s+quand\s+meme|assez|vraiment|tres)\s+important|(?:un|une)\s+(?:vrai|vraie|gros|grosse|reel|reelle)\s+"
            r"(?:probleme|souci|sujet|douleur|irritant|point\s+de\s+douleur)|important\s+pour\s+nous|important\s+for\s+us|"
            r"(?:we\s+)?(?:really\s+)?(?:want|would\s+like)\s+to\s+(?:fix|solve|improve)|on\s+(?:voudrait|aimerait)\s+vraiment"
        ),
        "important",
        2,
        "important",
    ),
    (
        _rx(
            r"nice[-\s]to[-\s]have|(?:would|could|it'd|that'd)\s+be\s+(?:nice|good|great|a\s+plus|a\s+bonus|handy|helpful)|"
            r"(?:a|an)\s+(?:bonus|plus|extra)(?=\s*(?:[,.;!?]|$|for\s|but\s|not\s|rather\s))|"
            r"not\s+(?:a\s+)?(?:must[-\s]have|critical|essential|vital|urgent\s+or\s+critical)|not\s+(?:really\s+)?(?:a\s+)?(?:big|huge|major)\s+(?:deal|problem|issue)|"
            r"we\s+can\s+(?:live|cope|manage)\s+(?:with|without)\s+(?:it|that|this)|(?:we're|we\s+are)\s+(?:managing|coping|surviving)|"
            r"(?:ce\s+serait|ca\s+serait)\s+(?:un\s+)?(?:plus|bonus|confort|sympa|agreable|bien)|c'est\s+(?:un\s+(?:plus|bonus|confort)|sympa|plus(?=\s*[,.;!]))|(?:du|un)\s+confort|(?:du\s+)?sympa\s+a\s+avoir|"
            r"pas\s+(?:indispensable|vital|critique|essentiel|obligatoire|un\s+must)|on\s+(?:peut|arrive\s+a)\s+(?:vivre|faire)\s+sans|"
            r"on\s+s'en\s+sort|on\s+se\s+debrouille|pas\s+(?:un\s+)?(?:gros|grand|vrai)\s+(?:probleme|souci)|pas\s+dramatique|"
            r"(?:a\s+)?(?:good|nice)\s+to\s+have|"
            # "a wish-list item", "souhaitable", "a nice bonus", "un petit luxe"
            r"wish[-\s]?list\s+(?:item|thing)|on\s+(?:the|our|my)\s+wish[-\s]?list|souhaitable|"
            r"(?:a|un)\s+(?:nice\s+|petit\s+)?(?:bonus|luxe|luxury)|(?:nice|good)\s+bonus|"
            r"(?:on|nous)\s+(?:pourrait|pourrions|peut|pouvons)\s+(?:tres\s+bien\s+|encore\s+|toujours\s+)?s'en\s+passer|"
            r"(?:we|i)\s+(?:could|can)\s+(?:still\s+|easily\s+)?do\s+without\s+(?:it|this|that)"
        ),
        "nice_to_have",
        3,
        "a nice-to-have",
    ),
    (
        _rx(
            r"(?:no|not\s+(?:really\s+)?a|not\s+any)\s+(?:real\s+)?(?:problem|issue|pain|need)\s+(?:today|right\s+now|for\s+us)|(?:we\s+)?(?:don't|do\s+not)\s+(?:really\s+)?have\s+(?:a|any)\s+(?:real\s+)?(?:problem|issue|need)|"
            r"(?:everything|things)\s+(?:works|is\s+working|runs)\s+(?:fine|well|ok|okay)|(?:we're|we\s+are)\s+(?:happy|fine|ok|okay)\s+with|"
            r"(?:no|not\s+a)\s+(?:real\s+)?need|just\s+(?:curious|looking|browsing)|"
            r"(?:pas|aucun)\s+(?:de\s+)?(?:vrai\s+)?(?:probleme|souci|besoin)\s+(?:aujourd'hui|pour\s+l'instant|pour\s+nous|particulier)|"
            # "tout marche bien", not "ça, on le garde, ça marche bien" (one tool of several)
            r"tout\s+(?:marche|fonctionne|tourne)\s+(?:bien|tres\s+bien|correctement)|on\s+est\s+(?:satisfaits|contents)|"
            r"pas\s+de\s+besoin|par\s+curiosite|(?:we're|we\s+are)\s+satisfied"
        ),
        "none",
        2,
        "no real need",
    ),
]


_NEGATED = re.compile(
    r"(?:not|n't|no|pas|ce\s+n'est\s+pas|c'est\s+pas|isn't|jamais|plus)\s+(?:(?:really|vraiment|du\s+tout|juste|just|only|seulement)\s+)?(?:(?:un|une|a|an|du|de|d'|of)\s+)?(?:(?:projet|sujet|thing|matter|question)\s+(?:de|d'|of)\s+)?$"
)
_HEDGED = re.compile(
    r"pas\s+vital|not\s+(?:vital|critical|life\s+or\s+death|on\s+fire|an\s+emergency|urgent)|won't\s+die|can\s+live|peut\s+vivre|pas\s+(?:critique|dramatique|urgent)"
)
_IMPORTANT_ALONE = re.compile(
    r"^\W*(?:it's\s+|c'est\s+)?important\b|\bimportant,?\s+(?:i'd\s+say|je\s+dirais|yes|oui|not|pas|but|mais)|(?:mais|but)\s+(?:c'est\s+|it's\s+)?important"
)


# A verdict that opens the sentence, alone or after a note's label: "Vital, we won't pass the audit",
# "Sev: must-have per Raj", "Essential." (the word, then a stop or a comma).
_VERDICT = (
    r"(?P<must>vital|vitale|essential|essentiel(?:le)?|critical|critique|crucial(?:e)?|imperative|imperatif|"
    r"indispensable|obligatoire|a\s+must|un\s+must|must[-\s]have|(?:a\s+)?(?:real\s+)?need(?=\s*[,.;!]|\s+not\b)|"
    r"un\s+(?:vrai\s+)?besoin)|"
    r"(?P<important>important|importante|significant)|"
    r"(?P<nice>nice[-\s]to[-\s]have|a\s+nice[-\s]to[-\s]have|optional|optionnel|facultatif|a\s+bonus|a\s+plus|"
    r"un\s+plus|un\s+bonus|du\s+confort|a\s+luxury|un\s+luxe|(?:a\s+)?want(?=\s*[,.;!])|a\s+wish|une\s+envie|un\s+souhait)"
)
_LEAD_VERDICT = re.compile(
    rf"^[\W_]*(?:[\w.]+\s*:\s*[\W_]*)?(?:(?:absolutely|totally|really|clearly|absolument|vraiment|totalement)\s+)?"
    rf"(?:{_VERDICT})(?=\s*(?:[,.;!]|per\s|selon\s|pour\s+(?:nous|moi)|$))",
    _F,
)
_ANSWER_VERDICT = re.compile(
    rf"^[\W_]*(?:(?:honestly|frankly|oh|well|yes|yeah|oui|franchement|bah|ben|i'd\s+say|je\s+dirais|"
    rf"(?:it's|it\s+is|c'est)(?:\s+(?:really|vraiment|absolument|absolutely|clearly|clairement|definitely))?|"
    rf"really|absolutely|totally|definitely|clearly|vraiment|absolument|totalement|clairement)[\s,]+)*"
    rf"(?:{_VERDICT})(?=\s*(?:[,.;:!?]|$)|\s+(?:for|pour|to|a|de|and|et|but|mais|because|parce|car|since|we|on|"
    rf"nous|i|je|really|vraiment|honestly|frankly)(?![\w]))",
    _F,
)


def _verdict_value(m: re.Match[str]) -> str:
    return "must_have" if m["must"] else "important" if m["important"] else "nice_to_have"


# A sentence that ends on the listener ("... pour vous", "... for you guys") speaks of the other side's need.
_ABOUT_THE_LISTENER = re.compile(r"(?<![\w'])(?:pour|for|chez)\s+(?:vous|you(?:\s+guys|\s+all)?)\W*$", _F)


# Required for other people, a requirement: "obligatoire pour eux", "mandatory for the drivers".
_FOR_OTHERS = re.compile(r"(?<![\w'])(?:pour|for)\s+(?:eux|elles|them|les\s+\w+|the\s+\w+s)(?![\w])", _F)
# A feature set out first, then judged: "Le paiement TWINT, c'est indispensable", "SSO, that's essential".
_FEATURE_FIRST = re.compile(
    r"^\W*(?:(?:et|and|also|aussi)\s+)?(?:le|la|les|l'|un|une|des|the|a|an|our|notre|nos|their|leur)\s*"
    r"[\w' -]{2,40},\s*"
    r"(?:(?:c'est|that's|it's|that\s+is|it\s+is|ca\s+c'est)\s+)?(?:(?:vraiment|absolument|really|absolutely)\s+)?$",
    _F,
)
# A requirement said before "that's important": the importance is the requirement's.
_REQUIREMENT_BEFORE = re.compile(
    r"(?<![\w'])(?:need\s+to|needs\s+to|has\s+to|have\s+to|must|want\s+to\s+see|il\s+faut|doit|doivent|devra|"
    r"veux\s+voir)(?![\w])[^.;!?]*,\s*$",
    _F,
)


def severity_answer(text: str) -> str | None:
    """The level an answer to "is it a must-have or a nice-to-have?" opens with: "Essential, ...",
    "C'est impératif.", "A bonus, really." (None when it opens otherwise)."""
    m = _ANSWER_VERDICT.match(fold(text))
    return _verdict_value(m) if m else None


def find_severity(text: str) -> list[Cue]:
    """How badly the need bites: must_have, important, nice_to_have or none. A negated cue ("not a
    nice-to-have", "ce n'est pas un confort") is none of them; a hedge ("pas vital, mais important",
    "important, not on fire") leaves "important" standing."""
    folded = fold(text)
    out = []
    if _ABOUT_THE_LISTENER.search(folded):
        return []  # "c'est un sujet indispensable pour vous": the rep's recap or question, unpunctuated
    if lead := _LEAD_VERDICT.match(folded):  # "Vital, on ne passera pas 2026...", "Sev: must-have"
        said = text[lead.start() : lead.end()].strip()
        value = _verdict_value(lead)
        why = {"must_have": "a must-have", "important": "important"}.get(value, "a nice-to-have")
        return [Cue("need.severity", value, lead.start(), lead.end(), 3, f"{why}: “{said}”")]
    criteria_line = (label := note_label(text)) is not None and label[0] == "decision.criteria"
    for cue in _cues(text, folded, "need.severity", _SEVERITY):
        if _NEGATED.search(folded[max(0, cue.start - 30) : cue.start]):
            continue
        heading = re.match(r"\s*:", folded[cue.end :])
        if criteria_line or heading or _FOR_OTHERS.search(folded, cue.start, cue.end + 20):
            continue  # "Critères : ..., obligatoire pour eux", "Indispensable : scan du QR code": what
        if cue.value in ("must_have", "important") and (
            _FEATURE_FIRST.search(folded[: cue.start])
            or (cue.value == "important" and _REQUIREMENT_BEFORE.search(folded[: cue.start]))
        ):
            continue  # "Le paiement TWINT, c'est indispensable"; "I need to see X, that's important"
        before = folded[max(0, cue.start - 16) : cue.start]
        if re.search(r"(?:rather|more)\s+than\s+$|plutot\s+que\s+$", before):
            continue  # "crucial rather than nice-to-have": the level set aside
        if cue.value == "nice_to_have" and _HEDGED.search(folded, cue.start, cue.end):
            cue = Cue(cue.fact, cue.value, cue.start, cue.end, 2, cue.why)  # a hedge, weaker than "important"
        out.append(cue)
    if (m := _IMPORTANT_ALONE.search(folded)) and not any(c.value == "important" for c in out):
        out.append(
            Cue(
                "need.severity",
                "important",
                m.start(),
                m.end(),
                3,
                f"important: “{text[m.start() : m.end()]}”",
            )
        )
    elif any(c.value == "important" for c in out) and any(
        c.value == "nice_to_have" and c.strength == 2 for c in out
    ):
        out = [Cue(c.fact, c.value, c.start, c.end, 3, c.why) if c.value == "important" else c for c in out]
    return out


# --- need.pain: what recognisers.find_pains does not see ------------------------------------------

_PAIN_SAID = _rx(
    r"(?:the|our|my|their|a|one|the\s+only)\s+(?:real|main|big|biggest|core|actual|underlying|key|number\s+one|first|other)?\s*"
    r"(?:problem|issue|pain|pain\s+point|headache|challenge|struggle|concern|worry|bottleneck|trouble|snag)s?\s+"
    r"(?:is|are|was|here\s+is|today\s+is|right\s+now\s+is|:)|"
    # what keeps them awake: "the thing that's keeping me up at night is...", "ce qui m'empêche de dormir"
    r"(?:keep(?:s|ing)?|kept)\s+(?:me|us)\s+(?:up|awake)\s+at\s+night|(?:m'|nous\s+)empeche\w*\s+de\s+dormir|"
    # "lice counts are the big one", "la facturation, c'est le gros morceau"
    r"(?:is|are|'s)\s+the\s+(?:big|main|biggest|real)\s+(?:one|thing|issue|headache)|c'est\s+(?:le|la)\s+(?:gros\s+morceau|gros\s+sujet|"
    r"grosse\s+affaire|principal\s+souci)|"
    r"what(?:'s|\s+is)\s+(?:really\s+)?(?:hurting|killing|bothering|slowing)\s+us|(?:is|are)\s+(?:killing|hurting|slowing\s+down|drowning)\s+us|"
    r"(?:le|notre|mon|leur|un|une|l'autre|le\s+seul)\s+(?:vrai\s+|gros\s+|principal\s+|grand\s+|premier\s+|seul\s+)?(?:probleme|souci|difficulte|point\s+de\s+douleur|"
    r"irritant|casse-tete|defi|enjeu|sujet|frein|goulot)\s+(?:principal\s+)?(?:c'est|est|aujourd'hui|:|,\s+c'est)|ce\s+qui\s+(?:nous\s+)?(?:coince|bloque|fait\s+mal|pose\s+probleme|pese)|"
    r"(?:nous\s+)?(?:tue|plombe|pourrit|ralentit|penalise)\s+(?:la\s+vie|nous)|(?:douleur|pain|problem|probleme|issue|why\s+now|pourquoi\s+maintenant)\s*:"
)
_PAIN_WORDS = _rx(
    r"risk(?:s|y)?|at\s+risk|exposed|non-?complian\w+|end\s+of\s+life|end-of-life|(?:stops?|stopped|ending|ends)\s+support\w*|support\s+ending|"
    r"unsupported|mess(?:y)?|chao(?:s|tic)|nightmare|hate|embarrass\w*|soul-destroying|painful|killing\s+us|go(?:es|ing)?\s+cold|no\s+visibility|blind|"
    r"falls?\s+through|fall\s+through\s+the\s+cracks|(?:takes?|took|taking)\s+(?:us\s+|them\s+)?(?:\d+|ages|forever|weeks|days|hours)|all\s+day|over\s+and\s+over|"
    r"same\s+(?:questions|thing)\s+(?:all\s+day|again|every)|inconsisten\w+|outdated|dated|clunky|saturat\w+|overload\w*|"
    r"risque(?:s)?|non-?conformite|fin\s+de\s+(?:vie|support)|plus\s+supporte|obsolete|bazar|cauchemar|chaos|chaotique|galere|sature(?:e|s)?|debord\w+|"
    r"ecarts?|ruptures?|se\s+perdent|perdus?|perdues?|aucune\s+visibilite|pas\s+de\s+visibilite|(?:prend|prennent|met|mettent)\s+(?:\d+|des\s+semaines|des\s+jours|des\s+heures)|"
    r"toute\s+la\s+journee|a\s+longueur\s+de\s+journee|attaque|rancongiciel|ransomware|cyber-?attaque|piratage|fuite|"
    r"impaye(?:e)?s?|unpaid|overdue|late\s+payments?|retards?\s+de\s+paiement|"
    r"double-?book\w*|overbook\w*|surbook\w*|doubles?\s+reservations?|doublons?|"
    # a measure that fell, with its size: "organic traffic fell 35%", "les ventes ont chuté de 20 %"
    r"(?:fell|dropped|plunged|plummeted|declined|slumped|went\s+down|(?:has|have)\s+(?:fallen|dropped|declined))\s+"
    r"(?:by\s+)?(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+)?\d+|"
    r"(?:a|ont|est|sont)\s+(?:baisse|chute|recule|degringole|plonge)\s+(?:de\s+)?(?:pres\s+de\s+|environ\s+)?\d+|"
    # time sunk or lost, told as a story: "a nurse spent 40 minutes looking for a pump", "two vans sat idle
    # all morning", "un client a attendu 3 heures", "il a fallu 2 jours pour retrouver le bon"
    r"(?:spent|spend|spends|spending|waste[sd]?|wasting|lose|lost|losing)\s+(?:(?:about|around|roughly|nearly|almost|over|"
    r"the\s+whole|a\s+whole|an?\s+entire|all)\s+)?(?:\d+\s+(?:minutes?|hours?|days?|weeks?)|afternoon|morning|day|evening|week)"
    r"(?=(?:\s+[\w']+){0,3}?\s+[a-z-]{2,}ing\b|\s+(?:a|per|every|each)\s+(?:day|week|month)|\s*[,.;!?]|\s*$)|"
    r"(?:sat|sit|sitting|sits|stood|standing|waited|waiting|waits|stuck)\s+(?:\w+\s+){0,2}?(?:for\s+)?(?:\d+\s+(?:minutes?|hours?|"
    r"days?|weeks?)|all\s+(?:morning|day|afternoon|week))|"
    r"(?:a|ont|avons|ai)\s+(?:attendu|poireaute|perdu)\s+(?:\w+\s+)?\d+\s+(?:minutes?|heures?|jours?|semaines?)|"
    r"(?:attendent|poireautent|perdent)\s+(?:\w+\s+)?\d+\s+(?:minutes?|heures?|jours?|semaines?)|"
    # time spent at a chore, not at a fair: "on passe 2 jours à tout ressaisir"
    r"(?:a\s+passe|ont\s+passe|passe|passent)\s+(?:\w+\s+)?\d+\s+(?:minutes?|heures?|jours?|semaines?)\s+(?:\w+\s+){0,3}?a\s+"
    r"(?:tout\s+)?[a-z]+(?:er|ir|re)\b|"
    r"il\s+(?:a\s+fallu|faut|faudra)\s+(?:\w+\s+)?\d+\s+(?:minutes?|heures?|jours?|semaines?)|"
    # errors of place or person: "went to the wrong depot", "livré à la mauvaise adresse"
    r"(?:went|sent|shipped|delivered|billed|charged|routed|assigned)\s+(?:\w+\s+){0,2}?(?:to\s+)?the\s+wrong|"
    r"wrong\s+(?:address|depot|customer|site|part|invoice|patient|room|truck|van|driver)|"
    r"(?:au|a\s+la|le|la)\s+mauvais(?:e)?\s+(?:adresse|depot|client|site|piece|facture|patient|chambre|camion|chauffeur|quai)|"
    # too much or too little: "over-watering", "understaffed", "surstock", "sous-effectif"
    r"(?:over|under)-[a-z]{3,}(?:ing|ed)|(?:over|under)(?:staffed|stocked|booked|charged|billed|spending|ordering|"
    r"watering|utili[sz]ed)|sur-?(?:stocks?|reservations?|facturation|charge)|sous-(?:effectifs?|facturation|"
    r"stocks?|utilise\w*)|"
    # figures or systems that do not agree: "the counts never match", "les deux ne se parlent pas"
    r"(?:don't|doesn't|do\s+not|does\s+not|never|won't|didn't|rarely)\s+(?:\w+\s+)?(?:match|add\s+up|tally|reconcile|"
    r"line\s+up|talk\s+to\s+each\s+other|speak\s+to\s+each\s+other)|mismatch(?:es|ed)?|discrepanc(?:y|ies)|"
    r"ne\s+(?:correspond(?:ent)?|collent|colle|concorde(?:nt)?|recoupent|recoupe|se\s+parlent|se\s+parle)\s+"
    r"(?:jamais|pas|plus)|ne\s+(?:tombent|tombe)\s+(?:jamais|pas|plus)\s+juste|"
    # things that vanish: "tools go missing", "our stuff just walks", "les palettes disparaissent"
    r"go(?:es)?\s+missing|went\s+missing|disappear\w*|vanish\w*|walk(?:s|ed)?\s+off|(?:just|simply)\s+walks|"
    r"disparai\w+|disparu(?:e|s|es)?|s'evapor\w+|"
    # nobody can trace it: "nobody can tell me where the pallets went", "on ne sait pas ce qui a été fait"
    r"(?:nobody|no\s+one|no-one)\s+(?:\w+\s+)?(?:knows|can\s+tell|could\s+tell|can\s+say)\s+(?:me\s+|us\s+)?"
    r"(?:where|what\s+(?:was|got|has\s+been)|which|how\s+many)|"
    r"(?:we|i|they)\s+(?:don't|do\s+not|never|can't|cannot|couldn't)\s+(?:really\s+|even\s+)?(?:know|tell|see|find)\s+"
    r"(?:where|what\s+(?:was|got|has\s+been|had\s+been)\s+(?:done|fixed|installed|changed|sent)|which\s+\w+\s+(?:was|were|is))|"
    r"(?:on\s+ne|je\s+ne|personne\s+ne|on\s+n')\s*(?:sait|sais|retrouve)\s+(?:jamais\s+|pas\s+|plus\s+|rien\s+)?"
    r"(?:ou|ce\s+qui\s+a\s+ete|qui\s+a|quel(?:le)?s?\s+\w+\s+(?:a|ont|est))|"
    # what is missed or who does not come: "on rate des chaleurs", "we keep missing pickups", "no-shows"
    r"(?:on|ils|elles|nous|je|on\s+a|ils\s+ont|nous\s+avons|j'ai)\s+(?:\w+\s+)?(?:rate|ratent|ratons|rater)\s+"
    r"(?:des|les|la|le|l'|un|une|plein|souvent|toujours|pas\s+mal)|"
    r"(?:we|they|i)\s+(?:keep\s+|always\s+|often\s+)?miss(?:ed|ing)?\s+(?:out\s+on|(?:\w+\s+){0,2}?(?:deadlines?|calls?|orders?|"
    r"appointments?|deliveries|pickups?|shipments?|payments?|renewals?|slots?|windows?|cycles?|bookings?))|"
    r"no-?shows?|(?:don't|didn't|never|do\s+not)\s+(?:even\s+)?(?:show\s+up|turn\s+up|come\s+in)|"
    r"ne\s+(?:viennent|vient|venaient|se\s+presentent|se\s+presente)\s+pas"
)


# A fall that is good news: "our costs dropped by 10%", "les délais ont baissé de 3 jours".
_GOOD_DROP = re.compile(
    r"(?<![\w'])(?:prices?|costs?|prix|couts?|tarifs?|churn|errors?|erreurs?|complaints?|plaintes?|delais|delays?|"
    r"incidents?|returns?|retours?|defects?|defauts?)\s+(?:\w+\s+)?$",
    _F,
)


# "I spent two hours driving here", "j'ai attendu 20 minutes le bus": the speaker's day, no pain of the
# business (a colleague, a client, the trucks are another matter).
_TIME_SPENT = re.compile(r"spen|spent|wast|sat|sit|stood|stand|wait|stuck|a\s+attendu|a\s+poireaute|ai\s+")
_SMALL_TALK_SELF = re.compile(r"(?<![\w'])(?:i|i\s+just|i've|i\s+have|je|j')\s*$", _F)


_ANNOUNCED_ONLY = re.compile(
    r"\s*(?:very\s+|tres\s+|tout\s+)?(?:simple|easy|basic|this|straightforward|bete)?\W*$", _F
)


_FILLERS = {
    "well", "so", "honestly", "okay", "bah", "ben", "alors", "bon", "ecoutez", "look", "right",
    "and", "but", "mais",
}  # fmt: skip


def _announced_only(folded: str, m: re.Match[str]) -> bool:
    """ "My problem is simple.": the problem announced, told in the next sentence (not "Lice counts are
    the big one.", which names it first)."""
    named_before = any(w not in _FILLERS for w in re.findall(r"[a-z]{3,}", folded[: m.start()]))
    return bool(_ANNOUNCED_ONLY.match(folded, m.end())) and not named_before


def find_pain_statements(text: str) -> list[Cue]:
    """Pains the recognisers' pain words miss: "our real problem is...", "le vrai souci c'est...",
    and words of risk, disorder and delay ("end of life", "non-conformité", "takes two weeks")."""
    folded = fold(text)
    out = [
        Cue(
            "need.pain",
            text,
            m.start(),
            m.end(),
            1 if _announced_only(folded, m) else 3,
            f"the problem, said so: “{text[m.start() : m.end()]}”",
        )
        for m in _PAIN_SAID.finditer(folded)
    ]
    if not out:
        out = [
            Cue("need.pain", text, m.start(), m.end(), 2, f"a pain: “{text[m.start() : m.end()]}”")
            for m in _PAIN_WORDS.finditer(folded)
            if not _GOOD_DROP.search(folded[max(0, m.start() - 30) : m.start()])
            and not (
                _TIME_SPENT.match(m.group())
                and _SMALL_TALK_SELF.search(folded, max(0, m.start() - 16), m.start())
            )
        ][:1]
    return out


# The problem announced but not yet told, the whole sentence: "My problem is simple.", "That's exactly the
# problem.", "C'est tout bête.", "Voilà le souci." The next sentence tells it.
_OPENERS = (
    r"(?:(?:well|so|honestly|ok|okay|oh|look|right|and|but|bah|ben|alors|ecoutez|bon|voila|et|mais|oui|yes|yeah)"
    r"[\s,.!]+)*"
)
_ANNOUNCES = re.compile(
    rf"^\W*{_OPENERS}(?:"
    r"(?:my|our|the|mon|notre|le|la)\s+(?:\w+\s+)?(?:problem|issue|thing|headache|probleme|souci|truc|histoire)\s+"
    r"(?:is|'s|est|c'est)\s+(?:very\s+|really\s+|quite\s+|tres\s+|tout\s+|assez\s+)?(?:simple|easy|basic|this|that|straightforward|bete)|"
    r"(?:that's|that\s+is|this\s+is|it's|here's|here\s+is|there's)\s+(?:\w+\s+)?(?:the|our|my)\s+(?:\w+\s+)?"
    r"(?:problem|issue|thing|catch|headache|deal)|"
    r"(?:c'est|voila|voici)\s+(?:\w+\s+)?(?:le|notre|mon|tout\s+le)\s+(?:\w+\s+)?(?:probleme|souci|hic|truc|sujet)|"
    r"c'est\s+(?:tout\s+|tres\s+|assez\s+)?(?:bete|simple)|it's\s+(?:very\s+|really\s+|quite\s+)?simple(?:\s+really)?)"
    r"[\s,]*(?:really|honestly|en\s+fait|justement|d'ailleurs|vraiment)?\W*$",
    _F,
)
# Words that open an answer and say nothing yet: "Well, I'll tell you.", "Bon.", "Où commencer ?"
_PREAMBLE = re.compile(
    rf"^\W*{_OPENERS}(?:i'll\s+tell\s+you|let\s+me\s+(?:tell\s+you|think|explain)|where\s+do\s+i\s+(?:start|begin)|"
    r"good\s+question|long\s+story|great\s+question|je\s+vais\s+vous\s+(?:dire|expliquer)|par\s+ou\s+commencer|"
    r"bonne\s+question|vaste\s+(?:sujet|question)|ecoutez|look|well|bon|alors|so|ok|okay|voila|bah|ben)?\W*$",
    _F,
)
# What the business is and how big, said before the problem: "We have nine shops.", "We are forty
# technicians in three cities.", "On a deux auto-écoles, onze moniteurs.", "We do sheets and towels for
# sixty customers." Not a rate ("we have 600 calls a day") nor what goes wrong.
_DESCRIBES = re.compile(
    rf"^\W*{_OPENERS}(?:(?:we|on|nous)(?:\s+|(?='))(?:(?:have|'ve\s+got|have\s+got|run|operate|employ|are|'re|a|avons|sommes|est|"
    r"gere|gerons|compte|comptons|exploite|exploitons)\s+(?:\w+\s+){0,2}?(?:about\s+|around\s+|some\s+|roughly\s+|"
    r"nearly\s+|over\s+|environ\s+|a\s+peu\s+pres\s+|pres\s+de\s+|plus\s+de\s+)?\d+|"
    r"(?:do|make|sell|distribute|supply|build|grow|raise|breed|install|repair|fait|faisons|vend|vendons|distribue|"
    r"distribuons|fabrique|fabriquons|produit|produisons|installe|installons|cultive|cultivons|eleve|elevons)\s+"
    r"(?!(?:it|that|this|ca|cela|everything|tout|them|les\s+comptes)\b))|"
    r"(?:there\s+are|il\s+y\s+a)\s+(?:about\s+|around\s+|environ\s+)?\d+\s+of\s+us|"
    # who the business is, who the speaker is: "we're a small haulier", "I'm head of e-commerce at..."
    r"(?:we're|we\s+are|on\s+est|nous\s+sommes)\s+(?:a|an|un|une)\s+|"
    r"(?:i'm|i\s+am|je\s+suis)\s+(?:the\s+|a\s+|an\s+|le\s+|la\s+|l')?(?:\w+\s+)?(?:head|director|manager|owner|founder|"
    r"ceo|cfo|coo|cto|vp|directeur|directrice|responsable|gerant|gerante|patron|patronne|fondateur|fondatrice|chef)(?![\w])|"
    r"(?:i|je)\s+(?:run|manage|own|dirige|gere)\s+(?:a|an|the|un|une|le|la|les)\s+)",
    _F,
)
_A_RATE = re.compile(
    r"(?<![\w'])(?:a|an|per|every|each|par|chaque|tous\s+les|toutes\s+les)\s+(?:day|week|month|year|shift|night|"
    r"jour|semaine|mois|an|annee|nuit)s?(?![\w])|%|percent|pour\s+cent",
    _F,
)


def announces_problem(text: str) -> bool:
    """The sentence announces the problem and stops there ("My problem is simple.", "C'est bien le
    problème."): the next sentence says what it is."""
    return bool(_ANNOUNCES.match(fold(text)))


def says_nothing_yet(text: str) -> bool:
    """The first words of an answer that tell nothing: "Well, I'll tell you.", "Bon.", "Bonne question."."""
    return bool(_PREAMBLE.match(fold(text)))


def describes_business(text: str) -> bool:
    """The sentence says what the business is or how big ("We have nine shops."), the context before a
    problem rather than the problem; never when it names a pain or gives a rate."""
    folded = fold(text)
    return (
        bool(_DESCRIBES.match(folded))
        and not _A_RATE.search(folded)
        and not _PAIN_SAID.search(folded)
        and not _PAIN_WORDS.search(folded)
        and not re.search(r"(?<![\w'])(?:who|qui)(?![\w'])", folded)  # "two people who do nothing but chase"
        and not find_pains(text)  # "we have 3 trucks broken down"
    )


# --- need.impact_quantified (the "no" side; numbers come from pains) --------------------------

_UNQUANTIFIED = _rx(
    r"(?:hard|difficult|impossible|tough|tricky)\s+to\s+(?:quantify|measure|put\s+a\s+(?:number|figure|price)|say\s+(?:exactly|how\s+much))|"
    r"(?:can't|cannot|couldn't|can\s+not)\s+(?:really\s+)?(?:quantify|measure|put\s+a\s+(?:number|figure|price)|tell\s+(?:you\s+)?(?:exactly\s+)?how\s+much)|"
    r"(?:never|not)\s+(?:really\s+)?(?:measured|quantified|calculated|tracked|put\s+a\s+number)|no\s+(?:idea|clue)\s+(?:how\s+much|what\s+it\s+costs|of\s+the\s+cost)|"
    r"(?:don't|do\s+not)\s+(?:really\s+)?(?:have|know)\s+(?:the\s+)?(?:numbers|figures|a\s+number|exact\s+figures|the\s+cost)|no\s+(?:hard\s+)?(?:numbers|figures|data)|"
    r"(?:difficile|impossible|dur|compliqu(?:e|ee))\s+(?:a|de)\s+(?:chiffrer|quantifier|mesurer|evaluer)|"
    r"(?:jamais|pas)\s+(?:vraiment\s+)?(?:chiffre|mesure|quantifie|calcule|evalue)|"
    r"(?:je\s+n'ai|on\s+n'a|nous\s+n'avons)\s+pas\s+(?:de\s+|les\s+)?(?:chiffres?|donnees|mesures?)|aucune\s+idee\s+(?:du\s+cout|de\s+combien|de\s+ce\s+que\s+ca\s+coute)|"
    r"(?:je\s+ne\s+sais|on\s+ne\s+sait)\s+pas\s+(?:combien|chiffrer|quantifier|mesurer)|"
    r"(?:jamais|pas)\s+(?:vraiment\s+)?fait\s+(?:le|les)\s+calculs?|(?:never|not)\s+(?:really\s+)?(?:done|did|run|ran)\s+the\s+"
    r"(?:math|maths|numbers|sums)|haven't\s+(?:really\s+)?(?:done|run)\s+the\s+(?:math|maths|numbers|sums)|"
    # "I couldn't tell you what it's costing us", "I haven't got a number", "je serais incapable de chiffrer"
    r"(?:can't|cannot|couldn't)\s+(?:really\s+)?tell\s+you\s+what\s+(?:it's|it\s+is|this\s+is|that's)\s+costing|"
    r"(?:haven't|have\s+not|don't\s+have|do\s+not\s+have)\s+(?:got\s+)?(?:a|any)\s+(?:real\s+)?(?:number|figure|idea\s+of\s+the\s+cost)"
    r"(?!\s+(?:for|on|in)\s+(?:the\s+|a\s+|my\s+|our\s+)?(?:budget|price|spend|deal|mind|you))|"
    r"(?:incapable|bien\s+en\s+peine)\s+de\s+(?:vous\s+)?(?:chiffrer|dire\s+combien)|(?:aucun|pas\s+de)\s+chiffre\s+(?:la-dessus|sur\s+(?:ca|le\s+cout))"
)


def find_unquantified(text: str) -> list[Cue]:
    """Statements that the cost of the problem is not known in numbers: need.impact_quantified false
    ("hard to say exactly, but..." is a hedge before figures: a weak cue)."""
    folded = fold(text)
    out = []
    for m in _UNQUANTIFIED.finditer(folded):
        hedge = re.match(
            r"(?:hard|difficult|difficile|dur)\s+(?:to|a)\s+(?:say|dire)", m.group()
        ) or re.match(r"\W*(?:but|mais)\b", folded[m.end() : m.end() + 12])
        out.append(
            Cue(
                "need.impact_quantified",
                False,
                m.start(),
                m.end(),
                1 if hedge else 3,
                f"no figure: “{text[m.start() : m.end()]}”",
            )
        )
    return out


# --- need.current_solution ---------------------------------------------------------------------

_CURRENT_START = re.compile(
    r"^\W*(?:today|currently|right\s+now|at\s+the\s+moment|for\s+now|at\s+present|these\s+days|for\s+the\s+moment|"
    r"aujourd'hui|actuellement|en\s+ce\s+moment|pour\s+l'instant|pour\s+le\s+moment|a\s+l'heure\s+actuelle|"
    r"(?:current|existing)\s+(?:setup|tool|tools|solution|system|process|stack|crm|erp)|(?:outil|erp|crm|logiciel|systeme|solution|existant)(?:\s+actuel(?:le)?)?|process\s+actuel)"
    r"(?![\w])\s*[:,]?",
    _F,
)
_CURRENT = _rx(
    r"(?:the|our)\s+(?:current|existing|old|legacy)\s+(?:one|tool|system|setup|solution|provider|vendor|crm|erp|tms|platform|process)\s+(?:is|was)|"
    r"(?:is|are|gets?)\s+(?:handled|done|managed|tracked|run)\s+(?:by|in|on|with|through)|(?:est|sont)\s+(?:gere|geree|geres|fait|faite|faits|suivi|suivie|heberge(?:e)?s?)\s+(?:par|dans|sur|avec|chez)|"
    r"(?:l'|notre|nos|le|la)\s*(?:outil|erp|crm|logiciel|systeme|solution|prestataire|fournisseur)\s+actuel(?:le)?|(?:we're|we\s+are)\s+(?:still\s+)?on\s+|"
    r"on\s+a\s+(?:un|une|des)\s+(?:ocr|erp|crm|outil|logiciel|fichier|tableur|prestataire|script|systeme|agence|stagiaire|freelance)|"
    r"(?:today|currently|right\s+now|at\s+the\s+moment|for\s+now|at\s+present|these\s+days|so\s+far|for\s+the\s+moment|"
    r"aujourd'hui|actuellement|en\s+ce\s+moment|pour\s+l'instant|pour\s+le\s+moment|a\s+l'heure\s+actuelle|jusqu'ici|jusqu'a\s+present)"
    r"(?:,)?\s+(?:we|it's|it\s+is|everything|all|our|the|they|each|on|c'est|tout|nous|les|le|la|chaque|ca|ils)|"
    r"we\s+(?:currently\s+|still\s+|mostly\s+|mainly\s+|just\s+|basically\s+)?(?:use|are\s+using|'re\s+using|have\s+been\s+using|rely\s+on|"
    r"run\s+(?:it|everything|things)\s+(?:on|in|through)|do\s+(?:it|everything|this|that)\s+(?:in|on|with|by|manually)|handle\s+(?:it|this|that)|"
    r"manage\s+(?:it|this|that|everything)|track\s+(?:it|this|that|everything)|tried|have\s+tried|built|cobbled)|"
    r"we're\s+(?:still\s+|currently\s+|mostly\s+)?(?:using|on|stuck\s+with|relying\s+on|running)|(?:it's|it\s+is)\s+all\s+(?:in|on|done\s+(?:in|on|by))|"
    # "we've got a spreadsheet"; not "we've got 14 schools", "we've got nothing to prove it"
    r"(?:we've|we\s+have)\s+(?:been\s+using|got\s+(?:a|an|this|one|some|our)(?=\s)(?!\s+(?:bit|lot|few|couple|million|hundred|"
    r"thousand|dozen|handful|total)\b)|a\s+homegrown|an\s+in-house|an\s+internal)|"
    r"on\s+(?:utilise|passe\s+par|gere\s+(?:ca|tout|les?)|fait\s+(?:tout|ca)\s+(?:sur|dans|avec|a|par)|travaille\s+(?:sur|avec|dans)|a\s+essaye|a\s+teste|"
    r"a\s+(?:un|une|des)\s+(?:outil|fichier|tableur|systeme|logiciel|solution)|bricole|se\s+sert\s+d)|"
    r"nous\s+utilisons|(?:c'est|tout\s+est)\s+(?:tout\s+)?(?:sur|dans|fait\s+(?:sur|dans|a|par))"
    r"(?!\s+(?:la|ma|notre|le|les)\s+(?:liste|pile|budget|plan|tuyaux|pipe|boite|priorites?)(?![\w]))"
)
# A tool tried once is no longer how it is done: "we tried Zoho for a few months", "on a testé X".
_TRIED = re.compile(r"(?:we\s+)?(?:tried|have\s+tried)|a\s+essaye|a\s+teste")
_TOOLS = _rx(
    r"macros?|clipboards?|ocr|scripts?|crm|erp|tms|ticketing|shared\s+(?:\w+\s+)?(?:inbox|mailbox|drive)|boite\s+mail|outlook|whatsapp|phone|telephone|"
    # paper and messages: "on the back of a delivery slip", "text me a photo", "sur une feuille", "un cahier"
    r"gmail|google\s+forms?|text(?:s|ed|ing)?\s+(?:me|us|them|the\s+office)|textos?|sms|on\s+the\s+back\s+of\s+(?:a|an|the)\s+\w+|"
    r"au\s+dos\s+d'(?:un|une)\s+\w+|(?:une|des|la|les)\s+feuilles?|cahiers?|notebooks?|sheets?\s+of\s+paper|(?:un|le|des)\s+tableaux?(?!\s+de\s+bord)|"
    r"agenda|carnet|classeur|fichiers?|antivirus|disque|usb|nas|backups?|sauvegardes?|word|templates?|modeles?|manuellement|by\s+hand|manual(?:ly)?|"
    r"a\s+la\s+main|(?:lettre|courrier|envoi)s?\s+recommande\w*|en\s+recommande|freelancer?|stagiaire|agency|agence|intern|prestataire|consultant|tuteur|presentiel|copy(?:\s+and\s+|-)paste|copier-coller|"
    r"excel|spreadsheets?|google\s+sheets|tableurs?|fichiers?\s+excel|e-?mails?|by\s+email|par\s+mail|post-?its?|paper|papier|"
    r"whiteboard|tableau\s+blanc|homegrown|in-house|maison|fait\s+maison|legacy|ancien\s+(?:outil|logiciel|systeme)|"
    r"(?:our|an?|notre|un)\s+(?:old|current|existing|vieil|vieux|actuel)\s+(?:crm|erp|tool|system|outil|logiciel|systeme)"
)


def tool_words(text: str) -> int:
    """How many words of tools and manual work `text` has (spreadsheets, paper, by hand...)."""
    return len(_TOOLS.findall(fold(text)))


def find_current_solution(text: str) -> list[Cue]:
    """How they handle it today: the clause around "today we use...", "on fait tout sur Excel"."""
    folded = fold(text)
    out = []
    matches = list(_CURRENT.finditer(folded))
    if (start := _CURRENT_START.match(folded)) and not matches:
        matches = [start]
    for m in matches:
        clause = clause_at(text, m.start(), m.end())
        strength = 3 if _TOOLS.search(fold(clause)) else 2
        if _TRIED.search(m.group()):
            strength = 1  # a past attempt; what they do now is said elsewhere
        out.append(Cue("need.current_solution", clause, m.start(), m.end(), strength, f"today: “{clause}”"))
    if not out:
        for m in _TOOLS.finditer(folded):
            clause = clause_at(text, m.start(), m.end())
            out.append(
                Cue("need.current_solution", clause, m.start(), m.end(), 1, f"a tool in use: “{clause}”")
            )
            break
    return out


# --- budget.allocated --------------------------------------------------------------------------

_MONEY_WORD = (
    r"(?:budget|money|funds?|funding|envelope|line\s+item|spend|enveloppe|argent|fonds|financement|"
    r"ligne\s+budgetaire)"
)
_BUDGET_STATUS = [
    (
        _rx(
            rf"(?:no|zero|not\s+(?:a|any)|without\s+(?:a|any))\s+(?:real\s+|dedicated\s+|specific\s+|allocated\s+)?{_MONEY_WORD}(?:\s+(?:for|set\s+aside|allocated|earmarked|planned|at\s+all|yet|this\s+year))?|"
            rf"(?:haven't|have\s+not|didn't|did\s+not|don't|do\s+not)\s+(?:\w+\s+)?(?:budgeted|allocated|set\s+aside|earmarked|planned\s+(?:any|a)\s+budget|have\s+(?:a|any)\s+{_MONEY_WORD})|"
            rf"not\s+(?:in\s+(?:the|this\s+year's|our)\s+budget|budgeted)|nothing\s+(?:is\s+)?(?:set\s+aside|allocated|budgeted|earmarked)|"
            rf"{_MONEY_WORD}\s+(?:is|was|has\s+been)\s+(?:frozen|cut|zero)|"
            rf"(?:pas|aucun(?:e)?)\s+(?:encore\s+)?(?:de\s+|d')?(?:vrai(?:e)?\s+)?{_MONEY_WORD}(?:\s+(?:prevue?|dedie(?:e)?|alloue(?:e)?|pour\s+(?:ca|ce\s+projet|l'instant)|cette\s+annee))?|"
            rf"(?:rien|pas\s+un\s+euro)\s+(?:n'est\s+|de\s+)?(?:prevu|budgete|alloue|provisionne)|pas\s+(?:budgete|prevu\s+au\s+budget)|"
            rf"(?:n'avons|n'a|n'ont)\s+pas\s+(?:de\s+|d')?{_MONEY_WORD}|{_MONEY_WORD}\s+(?:est\s+)?gele"
        ),
        "not_allocated",
        3,
        "no money set aside",
    ),
    (
        _rx(
            rf"(?:{_MONEY_WORD}|it)\s+(?:is\s+|'s\s+)?(?:not\s+(?:yet\s+)?(?:approved|validated|signed\s+off|confirmed|final|finalised|finalized|fixed|decided)|"
            rf"(?:still\s+)?(?:being|to\s+be)\s+(?:discussed|defined|finalised|finalized|approved|validated|confirmed|worked\s+out|negotiated)|"
            rf"(?:still\s+)?(?:under|in)\s+(?:discussion|review|negotiation)|pending|tbd|tbc|in\s+the\s+works)|"
            rf"(?:working\s+on|discussing|defining|finalising|finalizing|putting\s+together|building)\s+(?:the\s+|a\s+|our\s+)?{_MONEY_WORD}|"
            rf"(?:next\s+year's|next|the\s+(?:next|upcoming))\s+budget(?:ing)?\s+(?:cycle|round|process|exercise)|budget(?:ing)?\s+(?:cycle|round|season)|"
            rf"budget\s+(?:request|proposal|ask|submission)|(?:putting|building|preparing|writing|drafting)\s+(?:together\s+)?(?:the|a|that|our|this)\s+(?:budget\s+)?(?:request|proposal|business\s+case)|"
            rf"(?:not|nothing(?:'s|\s+is)?)\s+(?:been\s+)?(?:formally\s+)?(?:approved|signed\s+off|validated)\s+yet|not\s+(?:set|fixed|defined|decided|sized)\s+yet|"
            rf"(?:building|working\s+(?:out|on)|sizing|defining)\s+(?:the|a|our)\s+(?:number|figure|budget|envelope)|(?:will|we'll)\s+size\s+the\s+budget|"
            rf"(?:vais|va|allons|doit|dois|devons)\s+(?:debloquer|trouver|demander|faire\s+valider|obtenir|degager)\s+(?:une|un|le|la|l'|des|du)\s*(?:enveloppe|budget|fonds|argent|ligne)|"
            rf"demande\s+(?:de\s+)?budget|(?:prepare|preparons|monte|montons|construis|construit)\s+(?:la|une|notre)\s+demande|pas\s+encore\s+(?:arbitre|vote|valide|acte)(?:e)?|"
            rf"(?:need|have)\s+to\s+(?:ask|request|find|get|secure|justify)\s+(?:for\s+)?(?:the\s+|a\s+|some\s+)?{_MONEY_WORD}|"
            rf"(?:could|might|may|should\s+be\s+able\s+to)\s+(?:find|free\s+up|get|unlock)\s+(?:the\s+|some\s+)?{_MONEY_WORD}|"
            rf"(?:{_MONEY_WORD})\s+(?:n'est\s+|est\s+)?(?:pas\s+(?:encore\s+)?(?:valide(?:e)?|arrete(?:e)?|fige(?:e)?|definie?|vote(?:e)?|confirme(?:e)?)|"
            rf"en\s+cours\s+(?:de\s+)?(?:discussion|definition|validation|arbitrage|negociation)?|a\s+(?:definir|valider|confirmer|arbitrer)|en\s+discussion)|"
            rf"(?:on|nous)\s+(?:travaille|travaillons|discute|discutons|prepare|preparons)\s+(?:le|notre|sur\s+le)\s+budget|"
            rf"(?:prochain|lors\s+du\s+prochain)\s+(?:exercice|cycle\s+budgetaire|arbitrage)|arbitrages?\s+budgetaires?|"
            rf"(?:il\s+faut|faudra|je\s+dois|on\s+doit)\s+(?:demander|trouver|obtenir|justifier|debloquer)\s+(?:le|un|du|des|l')\s*{_MONEY_WORD}|"
            rf"(?:on|nous)\s+(?:pourrait|pourrions|pourra)\s+(?:trouver|debloquer|degager)"
        ),
        "being_defined",
        3,
        "the budget is being defined",
    ),
    (
        _rx(
            rf"{_MONEY_WORD}\s+(?:is|'s|was|has\s+been|have\s+been)\s+(?:already\s+)?(?:approved|allocated|validated|signed\s+off|set\s+aside|earmarked|"
            rf"secured|confirmed|voted|released|ring-?fenced|there|in\s+place|available|planned|locked(?:\s+in)?)|"
            rf"(?:we|i)\s+(?:already\s+)?(?:have|'ve\s+got|have\s+got|got)\s+(?:a|the|an|some|our)\s+(?:approved\s+|dedicated\s+|allocated\s+)?{_MONEY_WORD}|"
            rf"(?:we've|we\s+have|i've|i\s+have)\s+(?:already\s+)?(?:budgeted|allocated|set\s+aside|earmarked|secured)|"
            rf"(?:there\s+is|there's)\s+(?:a|an)\s+(?:approved\s+|dedicated\s+|allocated\s+)?{_MONEY_WORD}|"
            rf"(?:approved|allocated|dedicated|signed-?off|earmarked)\s+{_MONEY_WORD}|in\s+(?:the|this\s+year's|our)\s+budget|budgeted\s+for|"
            rf"{_MONEY_WORD}\s+(?:est|a\s+ete|sont|ont\s+ete)\s+(?:deja\s+)?(?:valide(?:e)?s?|alloue(?:e)?s?|vote(?:e)?s?|prevu(?:e)?s?|debloque(?:e)?s?|"
            rf"provisionne(?:e)?s?|acte(?:e)?s?|sanctuarise(?:e)?s?|reserve(?:e)?s?|la|dispo(?:nible)?s?)|"
            rf"(?:on|nous)\s+(?:a|avons)\s+(?:deja\s+)?(?:un|une|le|notre|l')\s*(?:budget|enveloppe)|(?:budget|enveloppe|ligne)\s+(?:valide(?:e)?|alloue(?:e)?|dedie(?:e)?|prevu(?:e)?|vote(?:e)?|approuve(?:e)?|acte(?:e)?)|"
            rf"budget\s*(?:[:,-]|is|was)?\s*(?:already\s+)?(?:approved|allocated|validated|signed\s+off|secured|voted|in\s+(?:the\s+)?(?:plan|budget))|"
            rf"(?:inscrit(?:e)?s?|prevu(?:e)?s?)\s+au\s+budget|(?<!pas\s)(?<!non\s)budgete(?:e)?s|(?:deja|already)\s+(?:valide(?:e)?|vote(?:e)?|approuve(?:e)?|alloue(?:e)?|approved|allocated|budgeted|signed\s+off)|"
            rf"(?:c'est|c'est\s+deja)\s+(?:budgete|prevu\s+au\s+budget)|(?:on|nous)\s+(?:a|avons)\s+(?:budgete|provisionne|prevu)|au\s+budget\s+(?:de\s+)?(?:cette\s+annee|\d{{4}})|"
            # "the budget line already exists", "la ligne existe déjà"
            rf"(?:ligne|enveloppe|budget|line|budget\s+line)\s+(?:budgetaire\s+)?(?:existe|exists|is\s+already\s+there)(?:\s+(?:deja|already))?"
        ),
        "allocated",
        3,
        "money is set aside",
    ),
    # Other wordings of the same three states (funding, plans, line items; French and Québec idioms).
    (
        _rx(
            r"(?:isn't|is\s+not|wasn't|was\s+not|aren't|are\s+not|hasn't\s+been|has\s+not\s+been)\s+(?:been\s+)?(?:budgeted|funded|allocated|in\s+(?:the|our|this\s+year's)\s+(?:budget|plan))|"
            r"\b(?:unbudgeted|unfunded)|no\s+(?:line\s+item|funding|money)\s+(?:for\s+(?:it|this|that)|yet|this\s+year)|not\s+funded|nothing\s+in\s+the\s+(?:budget|plan)|"
            r"(?:n'est|n'a|n'ont)\s+pas\s+(?:ete\s+)?(?:budgete|finance|prevu|provisionne|alloue)e?s?|pas\s+(?:de\s+|d')(?:ligne|cash|sous|fonds|financement)\s+(?:pour|prevue?|cette)|"
            r"hors\s+budget|rien\s+(?:de\s+)?(?:prevu|budgete|provisionne)|"
            # "nothing's been set aside for it yet": no money today ("yet" with no step ahead)
            r"(?:not|nothing)(?:'s|\s+is|\s+has)?\s+(?:been\s+)?(?:set\s+aside|allocated|earmarked|budgeted)"
            r"(?:\s+for\s+(?:it|this|that))?\s+yet"
        ),
        "not_allocated",
        2,
        "no money set aside",
    ),
    (
        _rx(
            r"(?:have|need|got)\s+to\s+go\s+(?:and\s+)?(?:find|get|ask\s+for)\s+(?:the\s+|some\s+)?(?:money|budget|funding|funds)|"
            r"(?:subject\s+to|pending|awaiting|waiting\s+(?:on|for))\s+(?:budget|funding|board|finance)\s+(?:approval|sign-?off)|"
            r"(?:c'est|c'est\s+encore|toujours|encore)\s+en\s+(?:cours\s+d')?arbitrage|(?:faut|faudra)\s+(?:aller\s+)?(?:chercher|trouver)\s+(?:les\s+sous|l'argent|le\s+budget|les\s+fonds)|"
            r"(?:sous\s+reserve|en\s+attente)\s+d(?:e\s+|')(?:validation|l'accord|arbitrage)\s*(?:du\s+budget|budgetaire|de\s+la\s+direction|du\s+ca)?"
        ),
        "being_defined",
        2,
        "the budget is being defined",
    ),
    (
        _rx(
            r"(?:it's|it\s+is|we're|we\s+are|project\s+is|this\s+is)\s+(?:fully\s+|already\s+)?funded|(?:money|budget|funding|funds)(?:'s|\s+is|\s+are|\s+has\s+been)\s+(?:already\s+)?(?:ring-?fenced|earmarked|in\s+the\s+bank|sitting\s+there|there)|"
            r"ring-?fenced|in\s+(?:next|this)\s+year's\s+(?:plan|budget)|in\s+the\s+(?:annual|operating|capex|opex)\s+(?:plan|budget)|(?:we've|we\s+have)\s+got\s+the\s+(?:money|funding|funds|budget)|"
            r"(?:c'est|c'est\s+deja|tout\s+est)\s+(?:finance|provisionne|budgete|reserve)|(?:on|nous)\s+(?:a|avons)\s+(?:les\s+fonds|l'argent|les\s+sous|le\s+cash)|"
            r"(?:enveloppe|budget|argent|fonds)\s+(?:est\s+|sont\s+)?(?:deja\s+)?(?:bloque|reserve|sanctuarise|provisionne)e?s?|"
            r"(?:inscrit|prevu)e?s?\s+(?:au|dans\s+le)\s+(?:budget|plan)\s+(?:de\s+l'an\s+prochain|\d{4}|de\s+l'annee)|"
            r"(?<![\w'])budget\s*:[^;\n]{0,40}?[,(-]\s*(?:deja\s+)?(?:provisionne|budgete|valide|vote|alloue|approved|allocated|signed\s+off|secured|ring-?fenced|funded)e?s?(?![\w])"
        ),
        "allocated",
        2,
        "money is set aside",
    ),
    # Finance words: capex and opex lines, funds released, a line one already has, a pending arbitration.
    (
        _rx(
            r"(?:capex|opex|budget|funds?|funding|money|envelope)\s+(?:request\s+)?(?:was|were|has\s+been|have\s+been|got|is|are)\s+(?:already\s+)?(?:approved|released|granted|signed\s+off|voted|unlocked)|"
            r"(?:in|on)\s+(?:the|our|this\s+year's)\s+(?:approved|signed-?off|voted)\s+(?:capex|opex|budget|spending|annual)\s*(?:plan|budget|line)?|"
            r"(?:capex|opex)\s+(?:line\s+|request\s+)?(?:approved|signed\s+off|granted|secured)|(?:on|from|out\s+of)\s+(?:an?|the|our|my)\s+(?:existing\s+)?(?:opex|capex|budget)\s+line|"
            r"(?:on|nous)\s+(?:a|avons)\s+(?:deja\s+)?une\s+ligne(?:\s+budgetaire)?(?:\s+(?:pour|dediee|prevue|la-dessus))|"
            r"(?:l'|la\s+|le\s+|les\s+)?(?:enveloppe|budget|ligne|fonds|capex|opex)\s+(?:a|ont)\s+(?:deja\s+)?ete\s+(?:deja\s+)?(?:debloque|vote|valide|accorde|alloue|approuve)e?s?"
        ),
        "allocated",
        2,
        "money is set aside",
    ),
    (
        _rx(
            r"(?:wait(?:ing)?|pending)\s+(?:on|for)\s+(?:the\s+)?(?:budget|funding|capex|opex|finance)\s+(?:decision|approval|committee|round|sign-?off|review)|"
            r"(?:capex|opex|budget)\s+(?:request|committee|approval)\s+(?:is\s+)?(?:pending|in\s+review|coming\s+up|next\s+month)|"
            r"(?:attend(?:ons)?|en\s+attente\s+de|attendre)\s+(?:l'|les\s+|la\s+)?(?:arbitrages?|validation\s+budgetaire|decision\s+budgetaire)|"
            r"(?:fight|bid|pitch|ask|make\s+(?:a|the)\s+case)\s+for\s+(?:it|the\s+money|funding|budget)\s+(?:in|at|during)\s+(?:the\s+)?(?:next\s+)?(?:planning|budget(?:ing)?)\s+(?:cycle|round|process)|"
            # tentative, asked for, or agreed only in principle: "pencilled in", "put in a request"
            r"penc?il+ed\s+(?:[\w']+\s+){0,3}?(?:in|into)|put\s+in\s+(?:a|the|our)\s+(?:budget\s+)?(?:request|bid)|"
            r"(?:agreed|said\s+yes|okayed|approved)\s+in\s+principle|agreement\s+in\s+principle|"
            r"(?:accord|oui)\s+(?:de|en)\s+principe|not\s+formally|pas\s+(?:encore\s+)?officiellement"
        ),
        "being_defined",
        2,
        "the budget is being defined",
    ),
]
# Typed notes: the status right after a budget label ("Budget: TBD", "BDGT - none yet", "Budget: in FY plan").
_BUDGET_LABEL = r"(?:budget|bdgt|budg|\$\$)\s*[:=?-]\s*"
_BUDGET_STATUS += [
    (
        _rx(
            rf"{_BUDGET_LABEL}(?:tbd|tbc|to\s+be\s+(?:confirmed|defined|decided|agreed)|in\s+progress|wip|"
            r"en\s+cours|a\s+(?:definir|confirmer|arbitrer|valider)|pending|open|ouvert)"
        ),
        "being_defined",
        2,
        "the budget is being defined",
    ),
    (
        _rx(rf"{_BUDGET_LABEL}(?:none|nothing|nil|aucun|rien|zero)(?:\s+(?:yet|encore|so\s+far))?"),
        "not_allocated",
        2,
        "no money set aside",
    ),
    (
        _rx(
            rf"{_BUDGET_LABEL}(?:ok|yes|oui|secured|in\s+(?:the\s+)?(?:fy\s*\d*\s+|annual\s+)?(?:plan|budget))"
        ),
        "allocated",
        2,
        "money is set aside",
    ),
]


_ONCE = re.compile(
    r"(?<![\w'])(?:once|after|when|if|until|une\s+fois(?:\s+que)?|apres|quand|lorsque|si|jusqu'a\s+ce\s+que|des\s+que)\s+(?:the\s+|le\s+|la\s+|l'|our\s+|notre\s+)?(?:\w+\s+)?$"
)
_YET = re.compile(
    r"(?<![\w'])(?:yet|pas\s+encore|not\s+yet|so\s+far|for\s+now|pour\s+l'instant|pour\s+le\s+moment)(?![\w])"
)


# A step of getting the money that is still ahead: a body that will decide, a request, a vote.
_STEP_AHEAD = re.compile(
    r"(?<![\w'])(?:goes|go|going|will\s+go|comes?|coming)\s+(?:up\s+)?(?:to|before|in\s+front\s+of)\s+(?:the\s+)?"
    r"(?:board|committee|council|cfo|finance|vote)|(?:request|business\s+case|proposal)\s+(?:is\s+)?(?:in|going\s+in|pending)|"
    r"(?:passe|passera|ira|va\s+passer)\s+(?:en|au|devant\s+le)\s+(?:conseil|comite|bureau|codir|commission|vote)|"
    r"(?:demande|dossier)\s+(?:est\s+)?en\s+cours",
    _F,
)


# A process gone through already: "it went through the budget round", "c'est passé en arbitrage".
_THROUGH_DONE = re.compile(
    r"(?<![\w'])(?:went|got|came|made\s+it|has\s+been|was)\s+through|(?:passed|survived|cleared)\s+(?:the\s+)?|"
    r"(?:a|est)\s+passee?\s+(?:en|au|par)\s+",
    _F,
)
# A negation just before a phrase of money set aside turns it round: "not in this year's plan".
_NOT_SET_ASIDE = re.compile(
    r"(?<![a-z])(?:not|never|n't|pas|jamais|plus)\s+(?:\w+\s+)?$|n't\s+(?:\w+\s+)?$", _F
)
# A hedge about a budget to come is no status: "on verra au budget 2027, peut-être", "maybe next year".
_BUDGET_HEDGE = re.compile(
    r"(?<![\w'])(?:on\s+verra|we'll\s+see|we\s+will\s+see|maybe|perhaps|peut-etre|possibly|eventuellement)(?![\w])",
    _F,
)
# A vote or an approval of that budget still to come, said after it.
_VOTE_TO_COME = re.compile(
    r"(?<![\w'])(?:(?:qui\s+)?(?:sera|seront|doit\s+etre|doivent\s+etre)\s+(?:\w+\s+)?(?:vote|adopte|valide|approuve)e?s?|"
    r"(?:which\s+|that\s+)?(?:will|has\s+to|needs\s+to|must)\s+(?:still\s+)?be\s+(?:voted|approved|adopted|signed\s+off)|"
    r"(?:which|that|qui)\s+(?:still\s+)?(?:needs?|requires?|awaits?|attend|doit\s+(?:encore\s+)?avoir)\s+(?:[\w']+\s+){0,3}?"
    r"(?:blessing|approval|sign-?off|vote|green\s+light|ok|aval|accord|feu\s+vert))(?![\w])",
    _F,
)
# Where the money already sits, said of the purchase: "it's in the plan", "c'est dans le prévisionnel".
_IN_THE_PLAN = re.compile(
    r"(?<![\w'])(?:it's|it\s+is|that's|that\s+is|it\s+was|c'est|c'etait|tout\s+est)\s+(?:already\s+|deja\s+|bien\s+)?"
    r"(?:in|dans)\s+(?:the|our|this\s+year's|le|notre)\s+(?:plan|budget|forecast|previsionnel|plan\s+de\s+financement|"
    r"budget\s+previsionnel|capex|opex|capital\s+plan|investment\s+plan|plan\s+d'investissement|"
    r"budget\s+d'investissement)(?![\w'])",
    _F,
)
# A budget said to be nothing in shorthand: "BDGT: $0 this FY", "budget : 0 €".
_ZERO_NOTE = re.compile(r"(?<![\w'])(?:bdgt|budget|budg)\s*[:=-]\s*[$€£]?\s?0(?![\d.,])", _F)


def find_budget_status(text: str) -> list[Cue]:
    """Whether money is set aside: allocated, being_defined or not_allocated ("nothing set aside
    yet" is being defined)."""
    folded = fold(text)
    out = []
    hedged = bool(_BUDGET_HEDGE.search(folded))
    for cue in _cues(text, folded, "budget.allocated", _BUDGET_STATUS):
        if cue.value == "not_allocated" and _YET.search(folded) and _STEP_AHEAD.search(folded):
            # "nothing set aside yet, it goes to the board in June": on its way. A bare "nothing
            # set aside yet" is no money today: not allocated, as every corpus author keyed it.
            cue = Cue(cue.fact, "being_defined", cue.start, cue.end, cue.strength, cue.why + " (step ahead)")
        elif cue.value == "not_allocated" and money_to_ask_for(folded, cue.end):
            # "nothing set aside, but I could get 20k", "pas budgété, faudrait que je monte un dossier"
            why = cue.why + " (to ask for)"
            cue = Cue(cue.fact, "being_defined", cue.start, cue.end, cue.strength, why)
        elif cue.value == "allocated" and _NOT_SET_ASIDE.search(folded[max(0, cue.start - 16) : cue.start]):
            cue = Cue(cue.fact, "not_allocated", cue.start, cue.end, cue.strength, cue.why + " (negated)")
        elif cue.value == "being_defined" and _THROUGH_DONE.search(folded, max(0, cue.start - 30), cue.start):
            # "it got through the budget round": the process is done
            cue = Cue(cue.fact, "allocated", cue.start, cue.end, cue.strength, cue.why + " (done)")
        elif cue.value == "allocated" and _VOTE_TO_COME.search(folded, cue.end):
            # "inscrit au budget 2027, qui sera voté en mars": in a budget not voted yet
            why = cue.why + " (vote to come)"
            cue = Cue(cue.fact, "being_defined", cue.start, cue.end, cue.strength, why)
        elif cue.value == "allocated" and hedged:
            cue = Cue(cue.fact, cue.value, cue.start, cue.end, 1, cue.why + " (hedged)")
        elif cue.value == "allocated" and _ONCE.search(folded[max(0, cue.start - 25) : cue.start]):
            cue = Cue(cue.fact, "being_defined", cue.start, cue.end, 2, cue.why + " (to come)")
        out.append(cue)
    plan = None if out else _IN_THE_PLAN.search(folded)
    if plan and not _NOT_SET_ASIDE.search(folded[max(0, plan.start() - 16) : plan.start()]):
        why = f"money is set aside: “{text[plan.start() : plan.end()]}”"
        out.append(Cue("budget.allocated", "allocated", plan.start(), plan.end(), 2, why))
    if not out and (zero := _ZERO_NOTE.search(folded)):
        why = f"no money set aside: “{text[zero.start() : zero.end()]}”"
        out.append(Cue("budget.allocated", "not_allocated", zero.start(), zero.end(), 2, why))
    return out


# --- authority.role: the contact's own part ----------------------------------------------------

_TOGETHER = (
    r"(?:together|jointly|as\s+a\s+team|with\s+(?:him|her|them|my|our|the|\w+)|w/\s*\w+|ensemble|a\s+(?:deux|2)|"
    r"a\s+plusieurs|"
    r"collegialement|conjointement|en\s+binome|avec)"
)
# A note's label for the contact's part, then the part: "Role: ", "Rôle = ", "Authority - ".
_PART_LABEL = (
    r"(?:role|part|authority|autorite|position|statut|status)\s*(?::|=|-|–)\s*"
    r"(?:an?\s+|the\s+|un\s+|une\s+|le\s+|la\s+)?"
)
_OWN_ROLE = [
    (
        _rx(
            # "Harjit and I decide", "myself and the owner sign", "moi-même et Paul, on tranche"
            rf"(?:\w+\s+(?:and|et|\+|&)\s+(?:i|me|myself|moi|moi-meme)|(?:i|me|myself|moi|moi-meme)\s+(?:and|et|\+|&)\s+\w+)"
            rf",?\s+(?:\w+\s+)?(?:on\s+)?(?:decide|sign|choose|co-?decide|decidons|signons|choisissons|tranchons|tranche)|"
            # "Harjit and I would make that call together", "on prend la décision à deux"
            rf"(?:\w+\s+(?:and|et|\+|&)\s+(?:i|me|moi)|(?:i|moi)\s+(?:and|et|\+|&)\s+\w+|we|on|nous)\s+(?:\w+\s+)?(?:make|take|prenons|prend|prendrons|prendra)\s+"
            rf"(?:the|that|this|a|la|cette|une)\s+(?:final\s+)?(?:call|decision)\s+(?:\w+\s+)?{_TOGETHER}|"
            # "so it's really the two of us" (a hedge: "it's just the two of us" is the firm's size)
            r"(?:it's|it\s+is|that's)\s+(?:really|basically|effectively|ultimately|in\s+practice)\s+(?:the\s+(?:two|2)|both)\s+of\s+us|"
            r"(?:decid\w*|call|decision|sign\w*)\s+(?:\w+\s+){0,3}?(?:between\s+)?(?:the\s+(?:two|2)|both)\s+of\s+us|"
            r"ca\s+se\s+(?:decide|tranche|joue)\s+(?:vraiment\s+)?(?:a|entre)\s+nous\s+(?:deux|2)|on\s+(?:est|sera)\s+(?:deux|2)\s+a\s+(?:decider|trancher|signer)|"
            r"(?:i|je|j')\s*(?:y\s+)?(?:have|get|hold|ai|aurai)\s+(?:one|a|une|un)\s+(?:vote|voix|seat|siege)\s+(?:out\s+of|among|parmi|sur)\s+\w+|"
            r"(?:i'm|i\s+am|je\s+suis)\s+(?:one\s+of\s+(?:the\s+)?\w+\s+votes|l'une?\s+des\s+\w+\s+voix)|"
            rf"(?:i|we|je|on|nous)\s+(?:\w+\s+)?(?:decides?|will\s+decide|make\s+the\s+(?:final\s+)?decision|signs?|choose|decide(?:ra|rons)?|decidons|tranche(?:ra|rons)?|tranchons|signe(?:ra|rons)?|signons)\s+(?:it\s+|this\s+|ca\s+)?(?:\w+\s+)?{_TOGETHER}|"
            r"(?:i|je)\s+co-?decides?|co-?decid(?:e|er|ons|ons|eur|euse|ers)|(?:joint|shared|collective|group)\s+decision|"
            r"i'm\s+(?:one\s+of\s+the|a)\s+(?:decision[-\s]makers?|co-?decider)|decision\s+(?:collegiale|conjointe|collective|partagee)|"
            r"decision\s*[:=-]?\s*[\"«“']?\s*(?:a\s+(?:deux|2)|a\s+plusieurs|en\s+binome|jointly|together)|(?:decision|call)\s*[\"“']?\s*(?:made\s+)?(?:jointly|together)|"
            r"(?:i|we)\s+(?:both|all)\s+(?:have\s+to\s+)?(?:sign|agree|decide)|il\s+faut\s+qu'on\s+soit\s+d'accord|"
            r"(?:won't|will\s+not)\s+(?:buy|sign|decide)\s+without\s+(?:him|her|them)|(?:he|she)\s+won't\s+overrule\s+me"
        ),
        "co_decider",
        3,
        "a shared decision",
    ),
    (
        _rx(
            r"i\s+(?:sign|will\s+sign|approve|decide|make\s+the\s+(?:final\s+)?(?:call|decision)|have\s+the\s+(?:final|last)\s+(?:say|word)|own\s+the\s+(?:budget|p\s*(?:and|&)\s*l)|hold\s+the\s+budget)|"
            r"(?:it's|it\s+is)\s+(?:my\s+(?:call|decision|choice|budget|money|signature)|mine\s+to\s+(?:decide|sign|make))|"
            r"(?:the\s+decision\s+is|the\s+final\s+call\s+is)\s+mine|(?:final\s+)?(?:call|decision|say)\s+is\s+mine|"
            r"i'm\s+the\s+(?:decision[-\s]maker|one\s+who\s+(?:signs|decides)|budget\s+holder|final\s+decision[-\s]maker)|"
            r"je\s+(?:(?:signe|decide|tranche|valide)(?!\s+(?:pas|plus|jamais)(?![\w]))|suis\s+(?:le|la)\s+(?:decideur|decideuse|signataire|decisionnaire))|c'est\s+moi\s+qui\s+(?:signe|decide|tranche|valide)|"
            r"c'est\s+(?:ma|a\s+moi\s+de)\s+(?:decision|decider|trancher)|j'ai\s+le\s+dernier\s+mot|"
            r"(?:me|moi|myself|moi-meme)[\s,.;]+(?:and\s+|et\s+)?(?:nobody|no\s+one|personne)\s+(?:else|d'autre)|"
            r"(?:nobody|no\s+one)\s+else\s+(?:signs|decides|approves|has\s+a\s+say)|personne\s+d'autre\s+(?:ne\s+)?(?:signe|decide|tranche|valide)"
        ),
        "final_decider",
        3,
        "the contact decides",
    ),
    (
        _rx(
            r"(?:make|makes|give|gives|write|writes|prepare|prepares|bring|put\s+together)\s+(?:a|the|my|his|her)\s+recommendation|"
            r"(?:i|i'll|i\s+will|i'd|i\s+would)\s+(?:\w+\s+)?(?:put|putting|sign|signing|attach)\s+my\s+name\s+(?:to|on|behind)\s+(?:a|the|my)\s+recommendation|"
            r"(?:the\s+)?recommendation\s+(?:comes|will\s+come|would\s+come)\s+from\s+me|la\s+recommandation\s+(?:vient|viendra)\s+de\s+moi|"
            r"(?:ma|notre)\s+recommandation|(?:la\s+)?decision(?:\s+elle-meme)?\s+(?:n'est|ne\s+sera)\s+pas\s+(?:la\s+mienne|a\s+moi)|"
            r"i\s+(?:write|draft|prepare|build|put\s+together|own)\s+the\s+business\s+case|je\s+(?:redige|prepare|monte|construis)\s+le\s+business\s+case|"
            r"i(?:'d|\s+would|'ll|\s+will)?\s+(?:present|evaluate|compare|assess|test|pitch)\s+(?:it\s+|them\s+)?and\s+recommend|"
            r"(?:the\s+)?(?:decision|call|choice|sign-?off)(?:\s+itself)?\s+(?:isn't|is\s+not|won't\s+be|will\s+not\s+be)\s+(?:mine|my\s+(?:call|decision)|up\s+to\s+me)|"
            r"i\s+(?:\w+\s+){1,4}?and\s+(?:take|bring|present)\s+(?:it|this|them)\s+to|"
            # a note's list of the lead's parts: "= user + recommends", "utilisatrice / prescriptrice"
            r"(?:\+|&|/)\s*(?:recommends?|recommande|prescri(?:t|pt(?:eur|rice))|influen(?:cer|ceur|ceuse))|"
            r"(?:i|je)\s*(?:=|:)\s*(?:an?\s+|un\s+|une\s+|le\s+|la\s+)?(?:prescri(?:ber|pt(?:eur|rice))|influen(?:cer|ceur|ceuse)|"
            r"recommender)|"
            r"(?:i|he|she)(?:'ll|\s+will|'d|\s+would)?\s+(?:prepares?\s+and\s+)?recommends?|(?:my|his|her)\s+recommendation|"
            r"(?:it|that|this)\s+(?:won't|will\s+not|isn't|is\s+not|wouldn't|would\s+not)\s+be\s+(?:my|up\s+to\s+me)|(?:it's|it\s+is)\s+not\s+my\s+(?:call|decision|budget)|"
            r"(?:it's|it\s+is|but\s+it's)\s+\w+(?:\s+\w+)?(?:'s|’s)\s+(?:decision|call)|(?:i'm|i\s+am)\s+(?:only\s+|just\s+)?(?:a|the)\s+(?:prescriber|influencer|recommender)|"
            r"i(?:'ll|\s+will|'d|\s+would|'m\s+going\s+to)?\s+(?:present|pitch|bring|take|escalate)\s+(?:it|this|the\s+\w+|your\s+\w+)\s+to|"
            r"i\s+(?:can|could)\s+(?:influence|recommend|push)|(?:i'm|i\s+am)\s+(?:not|not\s+the\s+one)\s+(?:who\s+)?(?:the\s+)?(?:decision[-\s]maker|deciding|signing|the\s+one\s+who\s+(?:signs|decides))|"
            r"(?:it's|it\s+is)\s+not\s+(?:my|up\s+to\s+me)|"
            r"je\s+prepare\s+(?:le|un|les)\s+(?:comparatif|dossier|analyse|benchmark)|i\s+(?:do|prepare|run)\s+the\s+(?:evaluation|comparison|shortlist|analysis)|"
            r"(?:i\s+)?(?:need|have)\s+to\s+(?:check|run\s+it|clear\s+it|validate|talk)\s+(?:with|by|past)\s+(?:my|our|the)|"
            r"je\s+suis\s+(?:(?:seulement|juste)\s+)?(?:prescript(?:eur|rice)|(?:une?\s+)?influenceu(?:r|se))|ce\s+ne\s+sera\s+pas\s+(?:ma|moi)|ce\s+n'est\s+pas\s+(?:ma\s+decision|a\s+moi\s+de)|"
            r"(?:je\s+)?(?:fais|ferai|vais\s+faire|fait|prepare)\s+(?:une|la|ma|sa)\s+recommandation|(?:je|il|elle)\s+(?:recommande|propose|presente|presenterai|ferai\s+remonter|remonte)|"
            r"je\s+(?:vais\s+)?(?:presenter|proposer|remonter)\s+(?:ca|le\s+dossier|le\s+sujet|votre)|ce\s+n'est\s+pas\s+moi\s+qui\s+(?:signe|decide|tranche|valide)|"
            r"(?:je\s+dois|il\s+faut\s+que\s+je)\s+(?:en\s+parler|voir|valider|verifier)\s+(?:avec|a|aupres)|"
            r"(?:j'ai|j'aurai)\s+(?:de\s+l'|une\s+)?influence|mon\s+avis\s+compte"
        ),
        "influencer",
        2,
        "the contact recommends, someone else decides",
    ),
    (
        _rx(
            r"(?:i\s+(?:don't|do\s+not)|i\s+won't)\s+(?:sign|decide|have\s+the\s+(?:final|last)\s+(?:say|word))|je\s+(?:ne\s+)?(?:signe|decide|tranche|valide)\s+pas|"
            r"(?:but|mais)\s+(?:he|she|they)\s+(?:decides?|signs?|makes\s+the\s+call)|(?:c'est|mais\s+c'est)\s+(?:lui|elle|eux)\s+qui\s+(?:decide|tranche|signe|valide)|"
            r"(?:il|elle|je)\s+ne\s+decide\s+pas|"
            # an opinion given is a hint: every user gives one ("je donne mon avis, mais...")
            r"je\s+donne\s+mon\s+avis|i\s+give\s+my\s+(?:opinion|view|input)|"
            # someone else named as signing, after what the contact does: "..., but Gary signs"
            r"(?:but|mais)\s+(?!i\s|je\s|moi\s|we\s|on\s|nous\s)[a-z][\w-]+\s+(?:signs|decides|approves|has\s+the\s+final\s+say|"
            r"signe|tranche|decide|valide)(?![\w])"
        ),
        "influencer",
        1,
        "the contact does not decide",
    ),
    (
        _rx(
            r"i(?:'ll|\s+will|'d|\s+would)\s+be\s+(?:one\s+of\s+the\s+|a\s+|the\s+main\s+|the\s+)?users?|i\s+use\s+(?:it|this|the\s+tool)\s+(?:every|each|daily)|"
            r"(?:i'm|i\s+am)\s+(?:just\s+)?(?:a|an|one\s+of\s+the|the\s+main)\s+(?:end[-\s])?users?|(?:i'm|i\s+am|i'd\s+be)\s+the\s+one\s+(?:using|who\s+(?:uses|would\s+use))|"
            r"(?:je|moi\s+je)\s+(?:serai|serais|suis)\s+(?:surtout\s+|d'abord\s+|plutot\s+|avant\s+tout\s+|juste\s+)?"
            r"(?:un|une|l'un|l'une|l')\s*(?:des\s+)?(?:principa(?:l|le)\s+)?utilisat(?:eur|rice)s?|je\s+l'utilise(?:rai|rais)?\s+(?:tous|au\s+quotidien|chaque)|"
            r"c'est\s+moi\s+qui\s+(?:m'en\s+servirai[st]?|l'utiliserai[st]?)|(?:main|primary|principal(?:e)?)\s+(?:user|utilisat(?:eur|rice))|"
            r"utilisat(?:eur|rice)s?\s+principa(?:l|le|ux)|(?:i|je)\s*(?:=|:)\s*(?:the\s+|an\s+|l'|un\s+|une\s+)?(?:main\s+|end[-\s])?(?:user|utilisat(?:eur|rice))|"
            r"c'est\s+moi\s+qui\s+(?:vais|vas|va)\s+(?:m'en\s+servir|l'utiliser|travailler\s+(?:avec|dessus))"
        ),
        "user",
        2,
        "the contact would use it",
    ),
    (
        _rx(
            r"(?:i\s+was|i've\s+been|i\s+have\s+been)\s+asked\s+to\s+(?:look|gather|collect|find|research|scout|compare|get)|"
            r"i'm\s+(?:just\s+)?(?:gathering|collecting|doing\s+(?:some\s+)?research|scouting|looking\s+around|screening)|"
            r"i(?:'ll|\s+will)\s+(?:pass|forward|send)\s+(?:it|this|the\s+info\w*)\s+(?:on|along|to)|"
            # running the buying process for others: "my job is to run the tender", "je pilote l'AO"
            r"(?:i\s+(?:just\s+)?|(?:i'm|i\s+am)\s+(?:responsible\s+for|in\s+charge\s+of)\s+|(?:my|our)\s+(?:job|role|task)"
            r"(?:\s+here)?\s+is\s+to\s+)(?:run|running|manage|managing|oversee|overseeing|coordinate|coordinating|handle|"
            r"handling)\s+the\s+(?:tender|rfp|rfq|procurement|bid|bidding|sourcing|purchasing|buying\s+process|process)"
            r"(?:\s+process)?(?!\s+(?:engineer\w*|team|line|plant|improvement|side))|"
            r"(?:mon\s+role,?\s+(?:c'est|est)\s+de\s+|je\s+)(?:piloter|pilote|conduire|conduis|gerer|gere|mener|mene|"
            r"coordonner|coordonne)\s+(?:l'appel\s+d'offres|la\s+consultation|la\s+procedure|les\s+achats|"
            r"le\s+processus\s+d'achat)|"
            r"(?:i'm|i\s+am)\s+(?:in|from|with)\s+(?:procurement|purchasing)|(?:i'm|i\s+am)\s+(?:the|an?)\s+(?:assistant|buyer|procurement\s+\w+)|pass\s+it\s+on\s+to\s+the|"
            r"(?:on|mon\s+\w+|ma\s+\w+)\s+m'a\s+demande\s+de\s+(?:regarder|me\s+renseigner|faire\s+un\s+tour|comparer|collecter|rassembler)|"
            r"je\s+(?:me\s+renseigne|fais\s+un\s+tour|collecte|rassemble\s+des\s+infos|transmettrai|transmets|ferai\s+suivre|centralise)|"
            r"je\s+suis\s+(?:l'|un\s+|une\s+)?(?:assistante?|acheteu(?:r|se))|c'est\s+moi\s+qui\s+centralise"
        ),
        "gatekeeper",
        2,
        "the contact gathers information for others",
    ),
    # Other idioms for the same parts (English varieties, French and Québec French).
    (
        _rx(
            r"(?:the\s+)?buck\s+stops\s+with\s+me|(?:i'm|i\s+am)\s+(?:the\s+one\s+)?holding\s+the\s+pen|i\s+(?:hold|have)\s+the\s+pen|"
            r"i\s+call\s+the\s+shots|(?:it's|it\s+is)\s+my\s+(?:money|p\s*&\s*l|signature)|i(?:'ve|\s+have)\s+(?:got\s+)?(?:sign[-\s]?off|signing)\s+authority|"
            r"i\s+(?:can|could)\s+sign\s+(?:it|this|that)\s+(?:off\s+)?myself|(?:i'm|i\s+am)\s+the\s+(?:owner|boss|approver|signatory)|"
            r"c'est\s+moi\s+qui\s+(?:ai|aurai)\s+le\s+(?:dernier\s+mot|stylo|mot\s+de\s+la\s+fin)|j'ai\s+carte\s+blanche|"
            r"c'est\s+moi\s+qui\s+(?:tiens|ai)\s+(?:le\s+budget|les\s+cordons|le\s+crayon)|je\s+(?:tiens|gere)\s+le\s+budget|"
            r"(?:je\s+suis|c'est\s+moi)\s+(?:le|la)\s+(?:boss|patron(?:ne)?|proprio|proprietaire|gerant(?:e)?)|ca\s+(?:depend|releve)\s+de\s+moi"
        ),
        "final_decider",
        2,
        "the contact decides",
    ),
    (
        _rx(
            r"(?:we|on)\s+(?:both\s+|all\s+)?(?:decide|decidons|decide|tranche|tranchons|signe|"
            r"signons)\s+(?:a\s+(?:deux|2)|a\s+(?:trois|3)|ensemble|together|jointly)|"
            r"(?:decide|decides|sign)\s+together\s+with\s+me|(?:i|je)\s+(?:have|get|ai)\s+(?:a|an\s+equal|un)\s+(?:say|vote|droit\s+de\s+veto|veto|voix)|"
            r"(?:avec|with)\s+(?:mon|ma|my)\s+(?:associee?|partner|co-?founder|co-?gerante?)\s*,?\s+(?:on|we)\s+(?:decide|decidons|tranche|signe)"
        ),
        "co_decider",
        2,
        "a shared decision",
    ),
    (
        _rx(
            r"(?:i|je)\s+(?:porte|pilote|mene|monte)\s+le\s+(?:dossier|projet|sujet)\s+mais|hand\s+(?:my|a|the)\s+recommendation|"
            r"(?:i|i'll)\s+(?:put|make)\s+the\s+case|(?:i'm|i\s+am)\s+(?:doing|running)\s+the\s+(?:legwork|groundwork|homework)|"
            r"(?:je\s+fais|je\s+prepare)\s+(?:le\s+)?(?:tri|defrichage|travail\s+de\s+fond)|je\s+(?:fais|ferai)\s+remonter|"
            r"(?:up\s+the\s+(?:chain|ladder))|(?:au-dessus\s+de\s+moi|plus\s+haut)\s+(?:qui\s+)?(?:decide|tranche|signe|valide)"
        ),
        "influencer",
        2,
        "the contact recommends, someone else decides",
    ),
    (
        _rx(
            r"(?:i'd|i\s+would|i'll|i\s+will)\s+be\s+(?:using|in)\s+(?:it|this|the\s+\w+)\s+(?:day\s+to\s+day|every\s+day|daily|all\s+day)|"
            r"(?:i'd|i\s+would|i'll)\s+be\s+using\s+it|(?:je\s+vais|je\s+vais\s+juste|moi\s+je\s+vais)\s+(?:juste\s+)?(?:m'en\s+servir|l'utiliser)|"
            r"je\s+(?:m'en\s+servirai|l'utiliserai)|c'est\s+moi\s+qui\s+(?:vais\s+)?(?:m'en\s+servir|l'utiliser)"
        ),
        "user",
        2,
        "the contact would use it",
    ),
    # Plain words for one's part: the one who signs, shortlisting for a committee, a first sort.
    (
        _rx(
            r"(?:i'm|i\s+am)\s+the\s+one\s+who(?:'ll|\s+will)?\s+(?:sign|decide|approve)s?|(?:i'm|i\s+am)\s+(?:the\s+)?(?:signing|approving)\s+(?:authority|manager)|"
            r"c'est\s+(?:moi|ma\s+signature)\s+qui\s+(?:compte|engage|arbitre)|je\s+(?:suis\s+(?:celui|celle)\s+qui\s+)?arbitre(?:rai)?\s+(?:au\s+final|en\s+dernier)|je\s+(?:serai|suis)\s+(?:celui|celle)\s+qui\s+(?:signe|decide|tranche)"
        ),
        "final_decider",
        2,
        "the contact decides",
    ),
    (
        _rx(
            r"my\s+(?:job|role|task|part)\s+is\s+to\s+(?:shortlist|recommend|evaluate|compare|assess|scope|vet|screen)|i(?:'ll|\s+will)?\s+shortlist|"
            r"(?:je\s+)?(?:fais|ferai|fait)\s+(?:le\s+)?(?:premier\s+)?(?:tri|filtrage|ecremage)|avant\s+de\s+(?:presenter|remonter|soumettre)\s+(?:au|a\s+la|aux)|"
            r"(?:my|our)\s+(?:boss|manager|director|vp|ceo|cfo|md|owner)\s+(?:signs|decides|approves|has\s+the\s+(?:final|last)\s+(?:say|word))|"
            r"(?:mon|ma|notre)\s+(?:patron(?:ne)?|chef|n\+1|n\+2|directeur|directrice|dg|daf|manager)\s+(?:signe|decide|tranche|valide|a\s+le\s+dernier\s+mot)|"
            r"before\s+(?:it\s+goes|taking\s+it|presenting\s+it)\s+to\s+(?:the|my|our)|mon\s+role\s+(?:c'est|est)\s+de\s+(?:comparer|preparer|recommander|presenter)"
        ),
        "influencer",
        2,
        "the contact recommends, someone else decides",
    ),
    # Second wave: a note's label for the contact's part ("Role: influencer", "Rôle = utilisatrice").
    (
        _rx(
            rf"{_PART_LABEL}(?:final\s+)?(?:decision[-\s]?maker|decider|decideu(?:r|se)|signatory|signataire|dm)"
        ),
        "final_decider",
        3,
        "noted as the contact's part",
    ),
    (
        _rx(rf"{_PART_LABEL}(?:co-?(?:decider|decideu(?:r|se)|decision[-\s]?maker)|joint\s+decider)"),
        "co_decider",
        3,
        "noted as the contact's part",
    ),
    (
        _rx(rf"{_PART_LABEL}(?:influencer|influenceu(?:r|se)|prescri(?:ber|pt(?:eur|rice))|recommender)"),
        "influencer",
        3,
        "noted as the contact's part",
    ),
    (
        _rx(rf"{_PART_LABEL}(?:main\s+|end[-\s])?(?:user|utilisat(?:eur|rice))"),
        "user",
        3,
        "noted as the contact's part",
    ),
    (
        _rx(rf"{_PART_LABEL}(?:gatekeeper|filtre|acheteu(?:r|se)|buyer)"),
        "gatekeeper",
        3,
        "noted as the contact's part",
    ),
    # Second wave: other shapes for the same parts (who is the subject, what they do, with whom).
    (
        _rx(
            r"(?:i'll|i\s+will|i'd|i\s+would)\s+be\s+the\s+one\s+(?:who(?:'ll|\s+will|'d|\s+would)?\s+)?(?:signs?|signing|"
            r"decides?|deciding|approves?|approving)|(?:i'm|i\s+am)\s+the\s+one\s+(?:who\s+)?pull(?:s|ing)?\s+the\s+trigger|"
            r"(?:that's|that\s+is)\s+my\s+(?:budget|money|call|decision)|my\s+budget(?:\s+line)?,?\s+(?:and\s+)?i\s+(?:control|own|hold)\s+it|"
            r"(?:the\s+)?(?:choice|decision|call|signature|dernier\s+mot|choix|decision)(?:\s+final(?:e)?)?\s+me\s+revient|"
            r"(?:ca|cela)\s+me\s+revient|"
            r"(?:it's|it\s+is|that's|that\s+is)\s+(?:\w+\s+)?up\s+to\s+me(?!\s+to(?![\w]))"
        ),
        "final_decider",
        2,
        "the contact decides",
    ),
    (
        _rx(
            r"(?:joint|shared|collective)\s+(?:call|decision|sign-?off)\s+(?:between|with)|"
            r"both\s+of\s+us\s+(?:have|need|got)\s+to\s+(?:say\s+yes|agree|sign|approve)|"
            r"i\s+share\s+(?:the|that|this)\s+(?:decision|call|sign-?off)|je\s+partage\s+(?:la|cette)\s+decision|"
            r"decision\s+se\s+prend(?:ra)?\s+(?:ensemble|conjointement|en\s+binome|a\s+(?:deux|2|plusieurs))|"
            r"(?:i|je)\s+co-?sign\w*|"
            r"(?:i'm|i\s+am)\s+one\s+of\s+(?:the\s+)?\w+\s+(?:people|members|voters|votes)\s+(?:on|in)\s+the\s+"
            r"(?:panel|committee|board|jury)|(?:i'm|i\s+am)\s+one\s+of\s+(?:the\s+)?\w+\s+(?:people|members)\s+who\s+"
            r"(?:vote|decide|sign)"
        ),
        "co_decider",
        3,
        "a shared decision",
    ),
    (
        _rx(
            r"i(?:'ll|\s+will|'d|\s+would)?\s+(?:put|take|bring|submit)\s+(?:a|the|my)\s+(?:proposal|case|business\s+case)\s+"
            r"(?:to|before)|i\s+(?:influence|shape)\s+(?:it|the\s+decision|the\s+choice)|"
            r"je\s+(?:soumets|soumettrai|porterai|presenterai)\s+(?:une|la|ma)\s+proposition\s+(?:a|au|aux)"
        ),
        "influencer",
        2,
        "the contact recommends, someone else decides",
    ),
    (
        _rx(
            r"(?:the\s+\w+|my\s+\w+|we)\s+and\s+i\s+are\s+the\s+(?:ones|people)\s+(?:who(?:'ll|\s+will|'d|\s+would)?\s+)?"
            r"(?:use|using)|(?:i'm|i\s+am)\s+one\s+of\s+the\s+\w+\s+who(?:'ll|\s+will|'d|\s+would)?\s+use\s+it|"
            r"je\s+(?:serai|suis|vais\s+etre)\s+dessus\s+(?:toute\s+la\s+journee|tous\s+les\s+jours|au\s+quotidien|"
            r"chaque\s+jour)|(?:i'm|i\s+am)\s+the\s+end[-\s]user|je\s+(?:serai|suis|serais)\s+utilisat(?:eur|rice)"
        ),
        "user",
        2,
        "the contact would use it",
    ),
    (
        _rx(
            r"i\s+(?:screen|vet|filter|triage|sift)\s+(?:the\s+|all\s+the\s+)?(?:vendors?|suppliers?|offers?|proposals?|"
            r"bids?|quotes?|solutions?)|"
            r"i\s+(?:do|make|handle)\s+the\s+first\s+(?:pass|cut|screening|sift|round)\s+(?:on|of|at)\s+(?:the\s+)?"
            r"(?:vendors?|suppliers?|offers?|proposals?|options?|bids?|quotes?)|"
            r"je\s+suis\s+charge(?:e)?\s+de\s+(?:recueillir|collecter|rassembler|reunir|chercher)\s+(?:des|les)\s+"
            r"(?:offres|devis|propositions|infos|informations)|"
            r"(?:my\s+(?:job|role|task)\s+is|i've\s+been\s+asked|i\s+was\s+asked)\s+to\s+(?:get|gather|collect|find)\s+"
            r"(?:\w+\s+)?(?:quotes|options|proposals|bids)"
        ),
        "gatekeeper",
        2,
        "the contact gathers information for others",
    ),
]


_QUOTE_MARK = re.compile(r"(?<![\w])['‘’]|['‘’](?![\w])|[«»“”\"]")


def find_own_role(text: str) -> list[Cue]:
    """The contact's part in the decision, from what they say of themselves."""
    # quotation marks around what the contact said are no apostrophes: "Maya: 'I sign...'" (same length)
    folded = _QUOTE_MARK.sub(" ", fold(text))
    cues = _cues(text, folded, "authority.role", _OWN_ROLE)
    users = [c for c in cues if c.value == "user"]
    if users and any(c.value == "influencer" and c.strength >= 2 for c in cues):
        return [c for c in cues if c.value != "user"]  # a user who recommends: an influencer
    if users and any(c.value == "influencer" and c.strength == 1 for c in cues):
        # "I'll be the one using it, but I don't decide": clearly a user, said in one breath
        return [Cue(u.fact, u.value, u.start, u.end, 3, u.why) for u in users]
    return cues


# --- priority.level: where it sits on their list ----------------------------------------------

_RANK_WORDS = r"(?:three|3|five|5|two|2|trois|cinq|deux)"
_PRIORITY = [
    (
        _rx(
            r"top\s+of\s+(?:my|our|the|his|her|their)\s+(?:list|agenda|pile|priorities)|(?:our|my|the)\s+(?:number\s+one|#\s?1|no\.?\s?1|n°\s?1|first)\s+(?:priority|project|bet)|"
            r"the\s+(?:growth\s+)?bet|priority\s+is\s+(?:clearly\s+)?top|(?:priorite|priority)\s*(?::|est|is)?\s*(?:max(?:imale)?|absolue|top(?!\s+(?:\d|two|three|five|ten|deux|trois|cinq|dix))|numero\s+un|n°\s?1|#\s?1)|"
            r"(?:en\s+)?haut\s+de\s+la\s+pile|tout\s+en\s+haut\s+de\s+(?:la|notre|ma)\s+liste|(?:levier|projet|chantier|sujet)\s+(?:de\s+croissance\s+)?(?:n°\s?1|numero\s+un|#\s?1)"
        ),
        "top",
        3,
        "top of the list",
    ),
    (
        _rx(
            rf"(?:one\s+of\s+)?(?:our|my|the|his|her|their)\s+top\s+{_RANK_WORDS}(?:\s+(?:projects?|priorities|initiatives?|things))?|in\s+(?:my|our|the|his|her|their)\s+top\s+{_RANK_WORDS}|"
            r"high\s+up\s+(?:there|on\s+(?:the|my|our)\s+list)|(?:pretty|quite|very|fairly)\s+high\s+(?:up|on\s+the\s+list)|high\s+on\s+(?:the|my|our)\s+list|"
            rf"(?:fait\s+partie\s+de|une\s+de|l'une\s+de|un\s+de|l'un\s+de)\s+(?:nos|mes|ses|leurs)\s+{_RANK_WORDS}\s+(?:priorites|chantiers|projets)(?:\s+prioritaires)?|"
            rf"dans\s+(?:le|notre|mon|son)\s+top\s+{_RANK_WORDS}|(?:priorite|priority|prio)\s*(?::|est|is)\s*top\s+{_RANK_WORDS}|(?:priorite|priority)\s*(?::|est|is)?\s*(?:haute|elevee|high)|(?:haut|haute)\s+dans\s+(?:la|nos|mes)\s+(?:liste|priorites)"
        ),
        "high",
        3,
        "high on the list",
    ),
    (
        _rx(
            r"one\s+of\s+(?:many|the\s+things|several|a\s+few)|(?:one|just\s+one)\s+(?:thing|item|project)\s+(?:among|on\s+the\s+list)|middle\s+of\s+the\s+(?:pack|list|road)|"
            # "somewhere in the middle", "in the middle, with the website"; not "email in the middle
            # holding it together"
            r"mid-?table|middle\s+of\s+the\s+table|mid-?pack|somewhere\s+in\s+the\s+middle|in\s+the\s+middle(?=\s*(?:[,.;!?]|$|with\s|for\s|of\s+(?:the|my|our)\s+(?:list|pack|pile|priorities)))|(?:priorite|priority)\s*(?::|est|is)?\s*(?:moyenne|medium|normale)|dans\s+la\s+moyenne|ni\s+urgent\w*\s*,?\s*ni\s+secondaire|"
            r"(?:un|une)\s+(?:sujet|chose|projet)\s+parmi\s+d'autres|(?:au\s+)?milieu\s+de\s+la\s+(?:liste|pile)"
        ),
        "medium",
        3,
        "in the middle of the list",
    ),
    (
        _rx(
            r"low\s+on\s+(?:the|my|our|his|her|their)\s+list|(?:at\s+the\s+)?bottom\s+of\s+(?:the|my|our)\s+(?:list|pile|priorities)|(?:on\s+the\s+)?back\s+burner|"
            r"(?:en\s+)?bas\s+de\s+(?:la|notre|ma)\s+(?:pile|liste)|(?:priorite|priority)\s*(?::|est|is)?\s*(?:basse|faible|low)|pas\s+(?:du\s+tout\s+)?(?:une\s+)?priorit(?:e|aire)|"
            r"not\s+(?:a|really\s+a)\s+priority|deprioriti[sz]ed|repriorise\w*\s+(?:vers\s+le\s+bas)?"
        ),
        "low",
        3,
        "low on the list",
    ),
    # Other idioms for the same levels.
    (
        _rx(
            r"(?:number\s+one|no\.?\s?1|#\s?1|first|main|biggest|single\s+most\s+important)\s+(?:priority|project|initiative|focus)\s+(?:this|for\s+the|of\s+the)\s+(?:year|quarter)|"
            r"(?:top|highest)\s+priority|priority\s+(?:number\s+one|one|#\s?1)|(?:it|this)\s+(?:trumps|beats)\s+everything|nothing\s+(?:is\s+)?more\s+important|"
            r"(?:le\s+)?(?:chantier|projet|sujet|dossier)\s+(?:prioritaire\s+)?(?:numero|no|n°)\s*(?:un|1)|(?:la\s+)?priorite\s+(?:numero\s+un|n°\s?1|des\s+priorites|absolue)|"
            r"(?:passe|passera)\s+avant\s+(?:tout|le\s+reste)|(?:notre|ma|la)\s+(?:premiere|grande)\s+priorite|"
            r"front\s+and\s+cent(?:re|er)|nothing\s+(?:comes|goes)\s+(?:before|ahead\s+of)\s+(?:it|this)|(?:a|our|the)\s+p[01]|"
            r"(?:first|top)\s+thing\s+on\s+(?:the|my|our)\s+(?:list|agenda)|(?:le|notre)\s+(?:(?:gros|grand|principal)\s+)?(?:dossier|projet|chantier|sujet)\s+de\s+l'annee|"
            r"(?:our|the)\s+(?:big|main|major|biggest)\s+(?:project|initiative|push)\s+(?:this|of\s+the|for\s+the)\s+year|"
            r"en\s+tete\s+de\s+(?:liste|nos\s+priorites|la\s+liste)|au\s+(?:sommet|top)\s+de\s+(?:la\s+liste|nos\s+priorites)|"
            r"(?:it's|this|this\s+one|c'est|ca)\s+(?:\w+\s+)?(?:number\s+one|numero\s+un|n°\s?1)(?=\s+(?:for|pour)\s+(?:us|nous|me|moi)|\s*[.!,;]|\s*$)|"
            r"^\W*(?:number\s+one|numero\s+un|n°\s?1)\W*$|"
            r"(?:the\s+rest|everything\s+else|le\s+reste|tout\s+le\s+reste)\s+(?:can|will|peut|pourra|va)\s+(?:wait|attendre)|"
            # the first place said otherwise: "the number one thing on her board", "at the very top", "P1 for
            # the lab", "nothing else comes close", "everything else comes second", "LE dossier prioritaire"
            r"(?:it's|it\s+is|this\s+is|c'est)\s+(?:the|our|le|notre)\s+number\s+one\s+(?:thing|item|project|focus)|"
            r"number\s+one\s+(?:thing|item)\s+on|(?:at|right\s+at)\s+the\s+very\s+top|"
            r"^\W*p[01](?=\s*(?:[,.;:!-]|for\s|pour\s|on\s|sur\s|$))|"
            r"nothing\s+(?:else\s+)?(?:[\w']+\s+){0,4}?(?:comes|come)\s+close|"
            r"rien\s+(?:d'autre\s+)?(?:[\w']+\s+){0,4}?n'(?:arrive\s+a\s+la\s+cheville|est\s+(?:aussi|plus)\s+(?:important|urgent|prioritaire))|"
            r"(?:everything|all)\s+else\s+(?:comes\s+(?:after|second)|goes\s+after|can\s+wait|is\s+second(?:ary)?|waits)|"
            r"tout\s+le\s+reste\s+(?:passe\s+(?:apres|derriere|en\s+second)|vient\s+(?:apres|ensuite)|(?:peut\s+)?attendr\w*)|"
            r"(?:c'est\s+)?le\s+(?:dossier|projet|chantier|sujet)\s+prioritaire(?!\s+(?:numero|n°|no)\s*(?:2|3|deux|trois))|"
            # what gets dropped last: "the last thing we'd cut", "le dernier projet qu'on lâcherait"
            r"last\s+(?:thing|project|one|item)?\s*(?:we'd|we\s+would|i'd|i\s+would|to)\s+(?:\w+\s+)?(?:drop|cut|shelve|park|sacrifice|"
            r"go|be\s+(?:cut|dropped|shelved))|"
            r"dernier\s+(?:projet\s+|sujet\s+|chantier\s+|truc\s+)?(?:qu'on|que\s+l'on|que\s+nous|a)\s+(?:\w+\s+)?(?:couperait|"
            r"sacrifierait|abandonnerait|lacherait|sauter|supprimer|couper|reporterait)"
        ),
        "top",
        2,
        "top of the list",
    ),
    (
        _rx(
            r"(?:a|an)\s+(?:high|real|big|key|important|major)\s+priority|(?:a\s+)?(?:key|major|big)\s+(?:focus|initiative)\s+(?:this|for\s+the)\s+year|pretty\s+(?:important|high)\s+on\s+the\s+agenda|"
            r"(?:une\s+)?(?:vraie|grosse|forte|haute)\s+priorite|(?:tres|assez)\s+prioritaire|(?:un\s+)?(?:gros|grand)\s+chantier\s+(?:de\s+l'annee|cette\s+annee)|"
            r"(?:the|our)\s+big\s+(?:two|three|four|five|2|3|4|5)|right\s+up\s+there|(?:a|our|the)\s+p2|"
            r"nos\s+(?:grosses|grandes|principales)\s+priorites|(?:un|une)\s+des\s+(?:gros|grands)\s+(?:dossiers|chantiers|projets)|"
            # placed high: "c'est haut placé", "it ranks high", "ranked highly"
            r"(?:haut|bien)\s+place(?:e|s)?|(?:ranks?|ranked|rated|sits?)\s+(?:very\s+|pretty\s+|quite\s+)?(?:high|highly)(?!\s+(?:risk|cost|price))|"
            r"^\W*p2(?=\s*(?:[,.;:!-]|for\s|pour\s|on\s|sur\s|$))"
        ),
        "high",
        2,
        "high on the list",
    ),
    (
        _rx(
            r"not\s+(?:a|our|the)\s+(?:top\s+|big\s+|real\s+)?priority|(?:a\s+)?(?:nice\s+to\s+have|someday|one\s+day)\s+(?:project|thing)|(?:it\s+)?(?:can|could)\s+wait|(?:on\s+)?(?:the\s+)?(?:backlog|shelf)|parked(?!\s+(?:it\s+|them\s+|the\s+\w+\s+|my\s+\w+\s+|up\s+)?(?:outside|in|at|near|by|behind|next|across|on|round|around|off)(?![\w]))|"
            r"(?:behind|after)\s+(?:a\s+few|several|other|the\s+other)\s+(?:things|projects|priorities)|(?:ca|cela|ce\s+projet|ce\s+sujet)\s+(?:passe|passera|vient|viendra)\s+(?:apres|en\s+second)|"
            r"(?:pas|plus)\s+(?:la|une)\s+priorite|ca\s+peut\s+attendre|bigger\s+fish\s+to\s+fry|(?:d'autres|plus\s+d'autres)\s+chats\s+a\s+fouetter|"
            r"rien\s+de\s+presse|(?:on\s+n'est|nous\s+ne\s+sommes)\s+pas\s+presses|(?:a|the)\s+p[34]|(?:further|lower)\s+down\s+the\s+list|"
            r"(?:au\s+)?second\s+plan|(?:en\s+)?(?:stand-?by|attente)\s+pour\s+l'instant|pas\s+urgent\s+(?:du\s+tout|pour\s+nous)|"
            # "loin d'être notre priorité", "far from a priority", "en queue de liste", "at the tail end"
            r"^\W*p[34](?=\s*(?:[,.;:!-]|for\s|pour\s|on\s|sur\s|$))|"
            # "c'est pas le feu, on a d'autres urgences", "we've got bigger fires", "bottom half"
            r"(?:il\s+n'y\s+a\s+|c'est\s+|y\s+a\s+)?pas\s+le\s+feu|(?:on\s+a|nous\s+avons|we\s+have|we've\s+got|there\s+are)\s+"
            r"(?:d'autres|other|bigger|more\s+pressing)\s+(?:urgences|priorites|priorities|fires)|(?:bottom|lower)\s+half|"
            r"loin\s+d'etre\s+(?:notre|une|la|ma)\s+priorite|far\s+from\s+(?:a|our|the|my)\s+(?:top\s+)?priority|"
            r"nowhere\s+near\s+the\s+top|(?:en\s+)?queue\s+de\s+(?:liste|peloton)|(?:at\s+)?the\s+tail\s+end|"
            # what gets dropped first: "the first thing we'd cut", "le premier projet qu'on sacrifierait"
            r"first\s+(?:thing|project|one|item)?\s*(?:we'd|we\s+would|i'd|i\s+would|to)\s+(?:\w+\s+)?(?:drop|cut|shelve|park|sacrifice|"
            r"go|be\s+(?:cut|dropped|shelved))|first\s+(?:on|for)\s+the\s+chopping\s+block|"
            r"premier\s+(?:projet\s+|sujet\s+|chantier\s+|truc\s+)?(?:qu'on|que\s+l'on|que\s+nous|a)\s+(?:\w+\s+)?(?:couperait|"
            r"sacrifierait|abandonnerait|lacherait|sauter|supprimer|couper|reporterait)"
        ),
        "low",
        2,
        "low on the list",
    ),
    # By comparison with other projects: ahead of everything, ahead of one, number two, behind others.
    (
        _rx(
            r"(?:above|ahead\s+of|before|over)\s+(?:everything|anything|all\s+(?:the\s+)?(?:others?|rest))(?:\s+else)?|(?:devant|avant)\s+tous\s+les\s+autres"
        ),
        "top",
        2,
        "ahead of everything else",
    ),
    (
        _rx(
            r"(?:comes?|goes|sits?|ranks?|is|it's|placed|puts?\s+it)\s+(?:just\s+|right\s+|well\s+)?(?:ahead\s+of|above)\s+(?:the|our|my)\s+\w+|takes\s+precedence\s+over|"
            r"(?:second|third|2nd|3rd|number\s+(?:two|three)|no\.?\s?[23]|#\s?[23])\s+(?:priority|project|initiative)|"
            r"(?:sujet|projet|chantier|dossier|priorite)\s+(?:numero|no|n°)\s*(?:deux|trois|2|3)|(?:deuxieme|seconde?|troisieme)\s+(?:priorite|sujet|chantier|projet)|"
            r"passe\s+(?:juste\s+)?(?:devant|avant)\s+(?:la|le|les|l')|second\s+only\s+to|(?:near|close\s+to|towards)\s+the\s+top|"
            r"(?:dans|parmi)\s+(?:les|nos|mes)\s+(?:deux|trois|cinq|2|3|5)\s+(?:premiers|premieres|principaux|principales)|pas\s+loin\s+du\s+(?:sommet|haut)"
        ),
        "high",
        2,
        "ahead of other projects",
    ),
    (
        _rx(
            r"behind\s+(?:\w+\s+)?(?:other|several|a\s+few|a\s+couple\s+of|two|three|four|five|\d+)\s+(?:other\s+|bigger\s+)?(?:projects|priorities|things|initiatives)|"
            r"(?:comes?|goes|sits?|is|ranks?)\s+(?:well\s+|way\s+)?(?:behind|below|after)\s+(?:the|our)\s+\w+|"
            r"(?:c'est|c'est\s+plutot|c'est\s+encore|reste)\s+(?:un\s+sujet\s+)?secondaire|(?:a\s+)?side\s+project|"
            r"(?:passe|vient|arrive|passera|viendra)\s+(?:bien\s+|loin\s+)?derriere|derriere\s+(?:d'autres|plusieurs|trois|deux|quatre)\s+(?:projets|sujets|chantiers|priorites)"
        ),
        "low",
        2,
        "behind other projects",
    ),
]


_LEVEL_ANSWER = re.compile(
    r"^\W*(?:(?:(?:pretty|quite|very|fairly|rather|assez|plutot|tres)\s+)?(?P<high>high|hi|haute?|elevee?)|"
    r"(?P<high2>top\s+(?:\d+|two|three|four|five|ten|deux|trois|quatre|cinq|dix))|(?P<top>top|the\s+top|"
    r"tout\s+en\s+haut|maximum|max)|"
    r"(?P<medium>medium|med|mid|moyen(?:ne)?|average|middle|middling|normal(?:e)?|au\s+milieu|in\s+the\s+middle)|"
    r"(?:(?:pretty|quite|very|fairly|"
    r"rather|"
    r"assez|plutot|tres)\s+)?(?P<low>low|lo|bas(?:se)?|faible))(?![\w])"
)


# Another project as the subject of "comes before everything": "the merger trumps everything", "la
# fusion passe avant tout" rank something else first, not this purchase.
_OTHER_FIRST = re.compile(
    r"(?<![\w'])(?:the|our|their|la|le|les|l'|notre|nos)\s*(?![a-z' -]*\b(?:projet|project|sujet|dossier|"
    r"chantier|outil|tool|logiciel|software|system|systeme|plateforme|platform|solution|this|it|ca|cela)\b)[a-z'-]{3,}"
    r"(?:\s+[a-z'-]+){0,3}\s+"
    r"(?:(?:passe|passera|passent|vient|viennent|comes?|goes|trumps|beats|is|sits|ranks)\s+)?$",
    _F,
)


# "It's not top of the pile", "ce n'est pas en tête de liste": the place denied.
_NOT_BEFORE = re.compile(
    r"(?<![\w'])(?:not|isn't|n't|pas|never|jamais|ni)\s+(?:(?:really|quite|exactly|vraiment|tout\s+a\s+fait)\s+)?"
    r"(?:(?:at\s+)?the\s+|en\s+|(?:la|le)\s+)?$",
    _F,
)


def find_priority(text: str, *, answering: bool = False) -> list[Cue]:
    """Where the purchase sits among their priorities ("one of our top three projects", "en bas de
    la pile", "dans la moyenne"): top, high, medium or low. `answering`: the text answers a question
    about priority, so a level word alone ("High.", "Assez bas.") is the answer."""
    folded = fold(text)
    out = [
        c
        for c in _cues(text, folded, "priority.level", _PRIORITY)
        if not _OTHER_FIRST.search(folded[: c.start])
        and not (c.value in ("top", "high") and _NOT_BEFORE.search(folded[max(0, c.start - 24) : c.start]))
    ]
    if answering and not out and (m := _LEVEL_ANSWER.match(folded)):
        level = (
            next(k for k in ("top", "high", "medium", "low") if m.group(k))
            if not m.group("high2")
            else "high"
        )
        out.append(
            Cue(
                "priority.level",
                level,
                m.start(),
                m.end(),
                3,
                f"the answer about priority: “{text[m.start() : m.end()].strip()}”",
            )
        )
    return out


# --- decision.process_known --------------------------------------------------------------------

_STEP_WORDS = _rx(
    r"demo(?:s|nstration)?|pilot|poc|proof\s+of\s+concept|trial|test(?:ing)?\s+phase|security\s+(?:team|review|questionnaire|assessment|check|audit)|"
    r"questionnaire|reviews?|reviewed|contract|legal|lawyers?|approves?|approved|sign(?:s|ed)?\s+off|score|scoring|present(?:ation)?s?|"
    r"vote[sd]?|voting|votent|recommandation|recommendation|recommends?|rubber-?stamps?|signe|signera|valide|validera|"
    r"tranche|tranchera|arbitre|arbitrera|teste|testera|testons|essaie|essaiera|trialled|trialed|trialling|"
    r"analyse\s+des\s+offres|commission|notification|attribution|evaluation|audition|jury|reunion\s+d'associes|conseil\s+d'administration|"
    r"legal\s+(?:review|check)|contract\s+review|procurement|purchasing|sourcing|vendor\s+(?:onboarding|assessment|registration)|"
    r"rfp|rfi|tender|business\s+case|sign(?:ature|s|ed|ing)?(?:\s+off)?|sign-off|approval|committee|board\s+(?:meeting|approval)|"
    r"shortlist|reference\s+(?:call|check)s?|negotiation|budget\s+approval|validation|it\s+review|architecture\s+review|due\s+diligence|"
    r"demonstration|pilote|essai|test|revue\s+(?:de\s+)?securite|questionnaire\s+(?:de\s+)?securite|juridique|(?:service\s+)?achats|"
    r"appel\s+d'offres?|cahier\s+des\s+charges|comite|codir|comex|copil|conseil|dossier|soutenance|signature|validation|arbitrage|"
    r"referencement|negociation|contrat|bon\s+de\s+commande|purchase\s+order|po"
)
_SEQUENCE = _rx(
    r"first(?:ly)?|then|after\s+that|afterwards|next|finally|once\s+(?:that|this|it)|last(?:ly)?|step\s+(?:one|two|three|\d)|"
    r"followed\s+by|before\s+(?:that|the)|after\s+(?:the|a)|d'abord|ensuite|puis|apres\s+(?:ca|cela|quoi|la|le)|enfin|"
    r"une\s+fois\s+(?:que|la|le)|premiere\s+etape|deuxieme\s+etape|derniere\s+etape|avant\s+(?:la|le)|suivi(?:e)?\s+(?:de|d'un|d'une)"
)
_PROCESS_KNOWN = _rx(
    r"(?:the|our)\s+(?:buying|purchasing|procurement|decision|approval|signing|usual|standard)\s+process\s+(?:is|goes|looks|works)|"
    r"(?:the|our)\s+process\s+(?:is|goes|looks\s+like|works\s+like)|process\s+is\s+(?:clear|standard|well[-\s]defined|simple|straightforward|always\s+the\s+same)|"
    r"(?:here's|this\s+is)\s+how\s+(?:it|we|things)\s+(?:works?|goes?|buy|do\s+it)|the\s+steps\s+are|"
    r"(?:le|notre)\s+(?:processus|process|circuit)\s+(?:d'achat\s+|de\s+decision\s+|de\s+validation\s+)?(?:est|c'est|se\s+passe|passe\s+par|ressemble)|"
    r"(?:les\s+etapes|la\s+procedure)\s+(?:sont|est|c'est)|(?:ca|cela)\s+se\s+passe\s+(?:comme\s+ca|en\s+\w+\s+etapes)|on\s+a\s+un\s+(?:process|processus)\s+(?:clair|bien\s+defini|standard)"
)
_PROCESS_UNKNOWN = _rx(
    r"(?:not\s+sure|no\s+idea|don't\s+(?:really\s+)?know|do\s+not\s+know|unclear|not\s+clear|haven't\s+(?:figured|worked)\s+out|still\s+figuring\s+out)"
    r"[^.;!?]{0,30}?(?:process|steps|how\s+(?:it|we|this)\s+(?:works|would\s+work|goes|would\s+go|buy|get\s+approved)|who\s+else|what\s+(?:the\s+)?next\s+steps|"
    # "I honestly don't know how Gary decides stuff"
    r"how\s+(?:\w+\s+){0,2}?(?:decides?|decided|buys|approves|signs\s+off)(?![\w]))|"
    r"(?:never|haven't\s+ever|have\s+never)\s+(?:bought|purchased|done\s+this|gone\s+through)|no\s+(?:formal|defined|clear|real|set)\s+process|"
    r"(?:we'll|we\s+will)\s+(?:figure|work)\s+(?:it|that)\s+out|(?:first|1st)\s+time\s+(?:we're|we\s+are)\s+(?:buying|doing)|"
    r"(?:je\s+ne\s+sais\s+pas|aucune\s+idee|pas\s+(?:tres\s+)?clair|on\s+ne\s+sait\s+pas|pas\s+sur)[^.;!?]{0,30}?(?:processus|process|etapes|comment\s+(?:ca|cela)\s+se\s+passe|circuit|procedure)|"
    r"(?:jamais|pas\s+encore)\s+(?:achete|fait\s+ca|eu\s+a\s+le\s+faire)|pas\s+de\s+(?:processus|process|circuit|procedure)\s*(?:formel|defini|clair|etabli)?|"
    r"premiere\s+fois\s+(?:qu'on|que\s+nous)\s+(?:achet|fai)"
)


# A hand-off from one actor to the next: "I take a recommendation to Kerry", "it goes on the board
# agenda", "je présente ça au comité", "ça passe en commission".
_HANDOFF = _rx(
    r"(?:take|takes|bring|brings|send|sends|present|presents|submit|submits|escalate|escalates)\s+(?:it|this|that|them|"
    r"(?:a|the|my|our)\s+\w+)?\s*(?:to|before)\s+\w+|(?:it\s+|then\s+)?goes\s+(?:to|on|before|up\s+to)\s+(?:the\s+)?\w+|"
    r"(?:presente|soumets|soumet|transmets|transmet|remonte|porte)\s+(?:[\w']+\s+){0,3}?"
    r"(?:au|a\s+la|a\s+l'|aux|devant|en)\s*\w+|(?:ca\s+|il\s+|le\s+dossier\s+)?passe\s+(?:en|au|devant)\s+"
    r"(?:comite|commission|conseil|bureau|ca|codir|comex|college)"
)


# A rule of who approves what, no steps of this purchase: "anything over 25k goes to the board".
_THRESHOLD_RULE = _rx(
    r"(?:anything|everything|whatever|all|spend)\s+(?:over|above|beyond|greater\s+than)|tout\s+ce\s+qui\s+(?:depasse|est\s+au-dessus)|"
    r"au-(?:dela|dessus)\s+de|a\s+partir\s+de"
)


_STEP_COUNT = _rx(
    r"(?:two|three|four|five|2|3|4|5)\s+(?:steps|stages|etapes|phases)|(?:step|etape)\s+(?:one|two|1|2)|-+>|→"
)


# People and bodies who take a step: "finance checks the numbers, and the board rubber-stamps it".
_ACTORS = _rx(
    r"finance|legal|procurement|purchasing|security|the\s+board|board|cfo|ceo|coo|cio|cto|md|gm|owner|partners|"
    r"committee|comite|comex|codir|dg|daf|drh|dsi|achats|juridique|direction|conseil|ca|president|mayor|maire|council"
)


def find_process(text: str) -> list[Cue]:
    """The steps to a signature: decision.process_known true when two steps or more are told in
    order (or "the process is..."), false when the contact does not know them."""
    folded = fold(text)
    out: list[Cue] = []
    for m in _PROCESS_UNKNOWN.finditer(folded):
        out.append(
            Cue(
                "decision.process_known",
                False,
                m.start(),
                m.end(),
                3,
                f"process unknown: “{text[m.start() : m.end()]}”",
            )
        )
    steps = [m for m in _STEP_WORDS.finditer(folded)]
    sequence = [m for m in _SEQUENCE.finditer(folded)]
    explicit = [] if out else list(_PROCESS_KNOWN.finditer(folded))  # "I don't know what the process is"
    if (
        not out
        and (count := _STEP_COUNT.search(folded))
        and re.match(r"\d|two|three|four|five", count.group())
    ):
        out.append(
            Cue(
                "decision.process_known",
                True,
                count.start(),
                count.end(),
                3,
                f"the steps counted: “{text[count.start() : count.end()]}”",
            )
        )
        return out
    if explicit and steps:
        m = explicit[0]
        out.append(
            Cue(
                "decision.process_known",
                True,
                m.start(),
                max(s.end() for s in steps),
                3,
                f"the process told: “{text[m.start() : m.end()]}”",
            )
        )
    elif (
        (handoff := _HANDOFF.search(folded))
        and [s for s in steps if not handoff.start() <= s.start() < handoff.end()]
        and len(re.findall(r"[,;]|\s(?:and|then|et|puis|pis|if|si)\s", folded)) >= 2
        and not _THRESHOLD_RULE.search(folded, 0, handoff.start())
    ):  # "I shortlist, we trial it, I take a recommendation to Kerry, she signs": one actor to the next
        said = text[handoff.start() : handoff.end()]
        out.append(Cue("decision.process_known", True, handoff.start(), handoff.end(), 2, f"steps: {said}"))
    elif (
        len({fold(s.group()) for s in steps}) >= 2
        and len({fold(a.group()).replace("the ", "") for a in _ACTORS.finditer(folded)}) >= 2
        and len(re.findall(r"[,;]|\s(?:and|then|et|puis|pis)\s", folded)) >= 2
    ):  # "I recommend, finance checks the numbers, and the board rubber-stamps it": actor by actor
        start, end = steps[0].start(), steps[-1].end()
        names = ", ".join(dict.fromkeys(text[s.start() : s.end()] for s in steps))
        out.append(Cue("decision.process_known", True, start, end, 2, f"steps: {names}"))
    elif len({fold(s.group()) for s in steps}) >= 2 and (sequence or _STEP_COUNT.search(folded)):
        start, end = min([steps[0].start(), *(m.start() for m in sequence[:1])]), steps[-1].end()
        names = ", ".join(dict.fromkeys(text[s.start() : s.end()] for s in steps))
        out.append(
            Cue("decision.process_known", True, start, end, 3 if len(steps) >= 3 else 2, f"steps: {names}")
        )
    return out


def process_steps(text: str) -> list[str]:
    """The step words of `text`, in order, as written."""
    return list(dict.fromkeys(text[m.start() : m.end()] for m in _STEP_WORDS.finditer(fold(text))))


# --- decision.criteria: must-haves -------------------------------------------------------------

_MUST = _rx(
    r"must[-\s]haves?\s+(?:is|are|would\s+be|include)|(?:has|have|needs?|got)\s+to\s+(?:have|support|integrate|work|connect|sync|be|run|handle|comply|offer|include|plug|"
    r"talk|speak|read|export|import|answer|send|host|store|stay|keep|allow|let|show|cover|meet|pass)|"
    r"must\s+(?:have|support|integrate|work|connect|sync|be|run|handle|comply|offer|include|plug|talk|stay|keep|allow|pass|meet)|non[-\s]negotiable|deal[-\s]?breakers?|"
    r"(?:we'd|we\s+would|i'd|i\s+would)\s+(?:really\s+|definitely\s+|absolutely\s+)?(?:need|want\s+to\s+see|require)|(?:pass[-/]fail|hard|mandatory|key|firm|strict)\s+requirements?|"
    r"(?:number\s+one|#\s?1|first|main|top|biggest|most\s+important)\s+criteri(?:a|on)(?:\s+for\s+us)?\s+(?:is|are|would\s+be)|no\s+\w+(?:\s+\w+)?\s*,\s*no\s+(?:score|deal|contract)|"
    r"(?:le\s+)?(?:critere\s+(?:numero\s+(?:un|1)|n°\s?1|principal|premier)|premier\s+critere)|il\s+(?:nous\s+)?faut\s+(?:un|une|des|que\s+(?:ca|l'outil|la\s+solution|ce\s+soit))|"
    r"(?:it's|it\s+is|that's)\s+(?:a\s+)?(?:hard\s+)?requirement|(?:our|the|key|main|hard|one)\s+(?:key\s+)?requirements?\s+(?:is|are)|"
    r"(?:is|are)\s+(?:mandatory|required|essential|a\s+must|compulsory)|(?:key|main|our|decision|selection)\s+criteri(?:a|on)\s+(?:is|are|will\s+be|would\s+be)|"
    r"(?:we'll|we\s+will|we're\s+going\s+to)\s+(?:compare|judge|evaluate|decide|choose|pick)\s+(?:on|based\s+on|mostly\s+on|mainly\s+on)|"
    r"what\s+matters\s+(?:most\s+)?(?:to|for)\s+us\s+(?:is|are)|(?:we\s+)?(?:absolutely\s+)?need\s+(?:it\s+to|something\s+that|a\s+tool\s+that|a\s+solution\s+that)|"
    r"(?:without|no)\s+\w+(?:\s+\w+)?\s*,?\s+(?:no\s+deal|it's\s+a\s+no|forget\s+it)|top\s+criteri(?:a|on)|"
    r"il\s+(?:nous\s+)?faut\s+(?:absolument|imperativement|obligatoirement)|(?:doit|doivent|devra|devront)\s+(?:absolument\s+|imperativement\s+|obligatoirement\s+)?"
    r"(?:etre|avoir|s'integrer|se\s+connecter|supporter|gerer|fonctionner|tourner|marcher|respecter|permettre|proposer|inclure|offrir|heberger)|"
    r"(?:obligatoire|imperatif|indispensable|non\s+negociable|eliminatoire|redhibitoire|incontournable)|"
    r"(?:nos|les|notre|le)\s+(?:criteres?|exigences?)\s+(?:de\s+choix\s+|de\s+selection\s+|principaux\s+|principales\s+|cles\s+)?(?:sont|est|c'est|seront|sera)|"
    r"(?:on|nous)\s+(?:va|allons)\s+(?:comparer|juger|evaluer|choisir|trancher)\s+(?:sur|selon|en\s+fonction\s+de)|"
    r"ce\s+qui\s+compte\s+(?:le\s+plus\s+)?(?:pour\s+nous\s+)?(?:c'est|ce\s+sont)|sans\s+\w+(?:\s+\w+)?\s*,?\s+(?:pas\s+de\s+deal|c'est\s+non|on\s+ne\s+signe\s+pas)|"
    r"(?:un|une)\s+(?:pre-?requis|exigence|condition\s+sine\s+qua\s+non)|sine\s+qua\s+non|(?:a|is)\s+(?:pre-?requisite|prerequisite)"
)


_SECTION = [
    (
        "decision.criteria",
        r"what\s+(?:they(?:'ll|\s+will)?|we(?:'ll)?)\s+(?:judge|compare|decide)\s+on|(?:their\s+)?(?:decision|selection)\s+criteria|"
        r"must[-\s]haves?|requirements?|criteria|criteres(?:\s+de\s+choix)?|exigences|ce\s+qu'ils\s+(?:vont\s+)?(?:juger|comparer)|indispensables",
    ),
    (
        "decision.process_known",
        r"(?:decision|buying|purchasing)\s+process|next\s+steps\s+on\s+their\s+side|processus(?:\s+de\s+decision)?|etapes|circuit\s+de\s+decision",
    ),
    (
        "need.pain",
        r"(?:their|the|our|le|leur|notre)?\s*(?:problem|pain|pains|issues?|probleme|problematique|douleurs?|besoin)",
    ),
    ("competitors", r"competition|competitors|alternatives|concurrence|concurrents"),
    (
        "metrics.target",
        r"(?:their\s+)?(?:goals?|targets?|success\s+criteria|objectives?)|objectifs?|indicateurs\s+de\s+succes",
    ),
    (
        "need.current_solution",
        r"(?:current|today'?s?)\s+(?:setup|situation|tools?|stack|process)|existant|situation\s+actuelle",
    ),
]
_SECTION_RX = [(fact, re.compile(rf"^\W*(?:{pattern})\W*$", _F)) for fact, pattern in _SECTION]


def section_label(text: str) -> str | None:
    """The fact a heading of written notes introduces ("What they'll judge on", "Critères de choix"):
    the lines under it answer that fact."""
    line = text.strip()
    if len(line.split()) > 7 or re.search(r"[.!?]$", line):
        return None
    folded = fold(line)
    return next((fact for fact, pattern in _SECTION_RX if pattern.match(folded)), None)


_BARE = re.compile(
    r"^\W*(?:(?:pour\s+moi|for\s+me|honestly|franchement|oui|yes|non|no),?\s+)?(?:c'est|it's|it\s+is|that's|that\s+is|ce\s+n'est\s+pas|c'est\s+pas)?\s*(?:vraiment\s+|really\s+|absolument\s+|absolutely\s+)?$"
)


# A "must" that is about people or the old system, not what the thing bought must do: "we need to talk
# to our accountant", "my manager must be away", "it has to be said", "the system has to be restarted".
_NOT_ABOUT_THE_PRODUCT = re.compile(
    r"(?<![\w'])(?:(?:we|i|you|he|she|my\s+\w+|our\s+(?:manager|boss|ceo|cfo|team|people|staff))\s+"
    r"(?:really\s+|still\s+|also\s+)?"
    r"(?:need|needs|have|has|must)\s+(?:to\s+)?(?:talk|speak|discuss|check|ask|decide|think|see|go|meet|finish|wait|say|tell|call|"
    r"look|choose|pick|leave|run|get\s+back|be\s+(?:on|away|off|out|in|at|busy|careful|honest))(?![\w])|"
    r"(?:has|have|must)\s+(?:to\s+)?be\s+(?:said|noted|admitted|restarted|rebooted|redone|re-?entered|re-?keyed|retyped|"
    r"done\s+by\s+hand|fixed\s+by\s+hand|checked\s+(?:by\s+hand|manually))(?![\w]))",
    _F,
)


_REASON_AFTER = re.compile(r"\(|\b(?:because|car|parce|since|as|vu)\b")  # "(audit en octobre)": why, not what
_SEVERITY_LABEL = re.compile(
    r"^\W*(?:sev(?:erity)?|severite|gravite|criticite|criticality|need\s+level|besoin)\s*(?::|-)\s*$", _F
)


def find_must_haves(text: str) -> list[Cue]:
    """Requirements a solution must meet: the clause around "must integrate with...", "SSO is
    non-negotiable", "il faut absolument...", "nos critères sont...". The value is the clause."""
    folded = fold(text)
    out = []
    for m in _MUST.finditer(folded):
        if (
            (_BARE.match(folded[: m.start()]) or _SEVERITY_LABEL.match(folded[: m.start()]))
            and re.match(
                r"(?:obligatoire|imperatif|indispensable|non[-\s]negociable|non[-\s]negotiable|essential|mandatory)",
                m.group(),
            )
            and len(re.findall(r"[a-z0-9]{3,}", _REASON_AFTER.split(folded[m.end() :])[0])) < 3
        ):
            continue  # "Indispensable.", "Criticité : indispensable (audit en octobre)": how badly, not what
        if re.search(r"(?:doit|doivent|to)\s+(?:avoir|have)$", m.group()) and re.match(
            r"\s*(?:\w+\s+)?(?:choisi|signe|decide|fini|termine|picked|chosen|decided|signed|selected|finished|done|"
            r"completed|approved|made\s+(?:a|the|our)\s+(?:decision|call|choice))(?![\w])",
            folded[m.end() :],
        ):
            continue  # "on doit avoir choisi avant le 15 mai", "we need to have picked by March": a deadline
        around = folded[max(0, m.start() - 30) : m.end() + 30]
        if _NOT_ABOUT_THE_PRODUCT.search(around):
            continue  # "we need to talk to our accountant", "it has to be said", "it has to be restarted"
        if re.search(r"(?:to|must)\s+be$", m.group()) and re.match(
            r"\s*(?:live|in\s+place|ready|done|signed|installed|delivered|up\s+and\s+running|finished|decided)(?![\w])",
            folded[m.end() :],
        ):
            continue  # "it has to be live before September": a date, not a requirement
        clause = clause_at(text, m.start(), m.end())
        lo = text.find(clause, max(0, m.start() - len(clause)))
        # "our criteria are: price, ease of use, support" runs past commas: take the sentence's rest
        if re.search(
            r"criteri|critere|exigence|requirement|compare|compar|juger|judge|evaluat|matters|compte",
            fold(text[m.start() : m.end()]),
        ):
            stop = re.search(r"[.;!?\n]", text[m.end() :])
            hi = m.end() + (stop.start() if stop else len(text) - m.end())
            clause = text[min(lo if lo >= 0 else m.start(), m.start()) : hi].strip()
        out.append(Cue("decision.criteria", clause, m.start(), m.end(), 3, f"a must-have: “{clause}”"))
    return out


# --- timeline.compelling_event -----------------------------------------------------------------

_EVENT = _rx(
    # French: the contract, licence or support that ends ("notre contrat actuel se termine fin juin")
    r"(?:contrat|licence|abonnement|bail|support|maintenance|marche)\s+(?:\w+\s+){0,3}?(?:se\s+termine|prend\s+fin|"
    r"arrive\s+a\s+(?:echeance|terme)|expire|s'arrete|tombe|n'est\s+plus\s+(?:supporte|maintenu)|ne\s+sera\s+pas\s+renouvele)|"
    r"(?:contract|licen[cs]e|subscription|lease|agreement|support)\s+(?:(?:with|on|for|of)\s+(?:\w+\s+){1,3}?)?(?:ends|expires|runs\s+out|is\s+up|terminates|comes\s+up\s+for\s+renewal|is\s+ending|will\s+end|renews?|renewing)|"
    r"(?:renewal|expiry|expiration|end\s+of\s+(?:the\s+)?(?:contract|licen[cs]e|support|life))|end\s+of\s+support|sunset(?:ting)?|being\s+(?:retired|decommissioned|shut\s+down)|"
    # the tool they use stops: "discontinuing the old handhelds", "arrête le support de notre version"
    r"discontinu(?:es|ing|ed)|shutting\s+(?:it\s+|them\s+)?down|end-of-life|"
    r"(?:stops?|stopping|ends?|ending|drops?|dropping)\s+(?:support(?:ing)?|maintenance)|"
    r"(?:arrete\w*|cesse\w*|stoppe\w*)\s+(?:le\s+support|la\s+maintenance|la\s+commercialisation)|fin\s+de\s+vie|"
    r"(?:new\s+)?(?:regulation|law|directive|compliance\s+deadline|mandate)\s+(?:comes\s+into\s+force|kicks\s+in|applies|takes\s+effect|starts)|"
    r"(?:gdpr|nis\s?2|dora|e-?invoicing|einvoicing|csrd|sox|iso\s?27001|soc\s?2)|(?:an?|the|our|their)\s+(?:\w+\s+)?(?:audit|certification|inspection)|"
    r"(?:regulator|fca|cnil|acpr|urssaf|sec|ftc|osha|fda)\b|(?:kickoff|kick-off|convention|seminar|seminaire)|"
    r"if\s+we\s+(?:miss|don't\s+have|lose)\s+[^,.;]{0,40}?(?:we\s+lose|we\s+get|we'll\s+lose|penalt|fine)|"
    r"si\s+on\s+(?:rate|n'a\s+pas|loupe)\s+[^,.;]{0,40}?(?:on\s+perd|penalit|amende)|"
    r"(?:board|investor|shareholder)\s+meeting|(?:product\s+)?launch|(?:grand\s+)?opening(?!\s+(?:hours|times|days))|go[-\s]live\s+of|trade\s+show|"
    r"(?:merger|acquisition|reorg(?:anisation|anization)?|restructuring|ipo|fundraising|funding\s+round)|(?:peak|busy|high)\s+season|"
    r"(?:new|next)\s+(?:fiscal|financial)\s+year|hiring\s+(?:\d+|a\s+lot|wave)|(?:new|next)\s+(?:sales\s+)?(?:team|reps)\s+(?:start|join|arrive|onboard)|"
    r"(?:le\s+|notre\s+)?contrat\s+(?:avec\s+(?:\w+\s+){1,4}?)?(?:se\s+termine|expire|prend\s+fin|arrive\s+a\s+(?:echeance|terme)|s'arrete|tombe|"
    r"se\s+renouvelle|sera\s+renouvele|est\s+a\s+renouveler)|"
    r"fin\s+(?:de|du)\s+(?:contrat|licence|support|maintenance|bail|abonnement)|(?:renouvellement|echeance)\s+(?:du|de|de\s+notre)\s+(?:contrat|licence|abonnement)|"
    r"(?:nouvelle\s+)?(?:reglementation|loi|directive|norme|obligation\s+legale)\s+(?:entre\s+en\s+vigueur|s'applique|arrive|impose|devient\s+obligatoire)|"
    r"facture\s+electronique|facturation\s+electronique|(?:un|l'|notre)\s*(?:audit|certification|"
    r"controle(?!\s+(?:de\s+gestion|qualite|d'acces|interne)))|"
    r"(?:conseil\s+d'administration|assemblee\s+generale|comite\s+de\s+direction)\s+(?:du|de|en|le|a)|lancement|"
    r"ouverture(?!\s+(?:des\s+portes|de\s+(?:compte|dossier|ligne|session)))|salon|"
    r"(?:fusion|rachat|acquisition|reorganisation|levee\s+de\s+fonds|introduction\s+en\s+bourse)|(?:haute|pleine|grosse)\s+saison|pic\s+d'activite|"
    r"(?:nouvel|prochain)\s+exercice|(?:recrutement|arrivee)\s+de\s+\d+|(?:nouveaux|nouvelles)\s+(?:commerciaux|recrues|embauches)\s+(?:arrivent|commencent)|"
    r"because\s+(?:of\s+)?(?:the|our)\s+(?:audit|launch|renewal|deadline|regulation|board|contract)|a\s+cause\s+de\s+(?:l'|la|le|notre)\s*(?:audit|lancement|renouvellement|echeance|reglementation|contrat)|"
    r"hard\s+deadline|date\s+butoir|deadline\s+(?:ferme|imposee|legale|reglementaire)|(?:legal|regulatory)\s+deadline|imposed\s+deadline|"
    # what forces the timing, pointed at: "c'est ça qui presse", "that's what's driving it"
    r"c'est\s+(?:ca|cela)\s+qui\s+(?:nous\s+)?(?:presse|pousse|force|oblige)|"
    r"that's\s+what(?:'s|\s+is)\s+(?:driving|pushing|forcing)|that's\s+the\s+(?:real\s+)?(?:deadline|driver|trigger)"
)
_NO_EVENT = _rx(
    r"no\s+(?:hard\s+|real\s+|specific\s+|particular\s+|fixed\s+|set\s+)?(?:deadline|date|timeline|time\s+pressure|event|trigger)|"
    r"(?:nothing|nobody|no\s*one)(?:'s|\s+is)?\s+(?:really\s+)?(?:forcing|pushing|driving|rushing|pressing)\s+"
    r"(?:\w+\s+){0,2}?(?:us|it|this|a\s+decision|the\s+timing|(?:our|my|the)\s+hand)|nothing\s+(?:specific|in\s+particular)\s+(?:forcing|driving|pushing|happening)|"
    r"(?:whenever|when\s+(?:it's|we're)\s+ready|no\s+rush|no\s+hurry|not\s+in\s+a\s+rush|not\s+time[-\s]bound|open[-\s]ended)|"
    r"(?:pas|aucune?)\s+(?:de\s+|d')?(?:vraie\s+|reelle\s+|particuliere\s+)?(?:date\s+butoir|deadline|echeance|date\s+limite|contrainte\s+de\s+(?:date|temps|calendrier)|evenement\s+particulier)|"
    r"rien\s+ne\s+(?:nous\s+)?(?:presse|force|oblige|impose)|rien\s+d'urgent|nothing\s+(?:urgent|pressing)|"
    r"personne\s+ne\s+nous\s+(?:met|presse|force|oblige|pousse)|(?:no\s*one|nobody)(?:'s|\s+is)?\s+(?:\w+\s+){0,2}?"
    r"(?:pressur\w*|breathing\s+down|chasing\s+us)|nothing\s+(?:much\s+|really\s+)?riding\s+on\s+it|"
    r"(?:pas|aucune?)\s+(?:vraiment\s+|reellement\s+)(?:de\s+|d')(?:date|deadline|echeance)|(?:pas|aucune)\s+(?:d'urgence|urgence)|quand\s+(?:on\s+sera|ce\s+sera)\s+prets?|pas\s+presses?"
)


_BEHIND = re.compile(
    r"(?<![\w'])(?:since|after|depuis|apres|last|dernier|derniere|ago|until|till|once|jusqu'a|une\s+fois)\s+"
    r"(?:the\s+|la\s+|le\s+|l'|our\s+|notre\s+)?(?:[a-z]+\s+)?$"
)
# An event that moves the decision later is a delay, not what forces it ("the board meeting moved").
_DELAYS = _rx(
    r"moved|pushed\s+(?:back|out)|postponed|delayed|slipped|decale|reporte|repousse|retarde|a\s+cause\s+d"
)
# Words that put a date in the sentence: the event has one.
# ("may", "fall", "été" and "sept" are also a verb, a past participle and a number: only as dates.)
_DATED = _rx(
    r"january|february|march|april|june|july|august|september|october|november|december|"
    r"(?:in|by|from|of|before|until|mid-?|early|late|end\s+of|next|this)\s+may|may\s+\d|"
    r"(?:a\s+partir\s+d\w*|des|from|starting|by|d'ici|in|en|pour|for)\s+(?:(?:la|le|l'|the)\s*)?(?:\w+\s+)?20\d\d|"
    r"janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|"
    r"(?:jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec|janv|fevr?|avr|juil)\.?|sept\.|"
    r"spring|summer|autumn|(?:the|this|next|in|by|last)\s+fall|winter|printemps|automne|hiver|"
    r"(?:l'|cet\s+|en\s+|d')ete|rentree|q[1-4]|t[1-4]|h[12]|s[12]|"
    r"\d{1,2}/\d{1,2}(?:/\d{2,4})?|next\s+(?:week|month|year|quarter)|(?:semaine|mois|annee)\s+prochaine?|"
    r"(?:this|next)\s+(?:season|term|semester)|(?:in|dans)\s+(?:\w+\s+)?(?:weeks|months|semaines|mois)"
)
# Shapes of an outside event the purchase is timed to, read from the clause rather than a noun list:
# - someone outside (a state, a regulator, a brand, a client) changes the rules from a date;
# - a dated happening opens, starts or is handed over, and they want to be ready for it;
# - the money or the slot is lost if they miss it ("otherwise the capital slips");
# - "ready before the peak", "on the new system by then", "en place avant".
_IMPOSED = _rx(
    r"(?:government|state|regulator|ministry|agency|authority|council|brand|franchisor|manufacturer|"
    r"client|customer|charterer|insurer|head\s+office|headquarters|parent\s+company|siege|maison\s+mere|"
    r"gouvernement|l'etat|ministere|prefecture|agence|autorite|regulateur|"
    r"marque|constructeur|franchiseur|assureur|donneur\s+d'ordre|client)(?:'s|\s+is|\s+are|\s+will)?\s+"
    r"(?:\w+\s+){0,2}?(?:bringing\s+in|introducing|imposing|requiring|mandating|cutting|reducing|"
    r"phasing\s+out|will\s+(?:require|impose|cut|ban)|requires|imposes|bans|exige\w*|impos\w+|oblig\w+|"
    r"coupe\w*|redui\w+|suppriment|supprime|interdi\w+)"
)
_HAPPENS = _rx(
    r"(?:opens|starts|begins|kicks\s+off|comes\s+in|goes\s+live|closes|is\s+handed\s+over|"
    r"(?:start|arrive|join|open)(?=\s+(?:in|on|at|from|next|this))|"
    r"ouvre|commence|debute|demarre|ferme|entre\s+en\s+vigueur|est\s+(?:receptionne|livre|inaugure)e?|"
    r"arrivent|commencent|debutent|demarrent|ouvrent|"
    r"sera\s+(?:receptionne|livre|inaugure)e?)"
)
# "we start in May", "we'd like to start in May", "on aimerait démarrer": their own start, no outside event.
_FIRST_PERSON = re.compile(
    r"(?<![\w'])(?:we|we'd|we'll|we're|i|i'd|i'll|i'm|on|je|j'|nous)(?:\s+[\w']+){0,4}?\s*$", _F
)
_READY_FOR = _rx(
    r"(?:live|ready|in\s+place|up\s+and\s+running|operational|en\s+place|prets?|operationnel\w*|en\s+service|"
    r"tourn\w*|fonctionn\w*|"
    r"on\s+(?:the\s+)?new\s+(?:system|tool|platform))\s+"
    r"(?:for\s+(?:that|it|this|then)|before\s+(?:that|then|it|the\s+\w+)|by\s+then|"
    r"avant(?:\s+(?:ca|cela|l'|la|le)\w*)?|pour\s+(?:ca|cela)|des\s+l'\w+)|"
    r"des\s+(?:l'ouverture|le\s+lancement|la\s+rentree)"
)
_LOST_IF_MISSED = _rx(
    r"(?:otherwise|or\s+else|sinon|faute\s+de\s+quoi|if\s+(?:we|they|i)\s+(?:don't|do\s+not|miss|find|haven't)|"
    r"si\s+(?:on|ils|je)\s+(?:ne|n'|rate|loupe|trouvent))[^.;]{0,90}?"
    r"(?:slips?|lapses?|(?:it's|is)\s+gone|lose\s+(?:it|the\s+(?:money|budget|funding|grant|capital|slot))|"
    r"warning\s+letter|fined|a\s+fine|penalt\w+|sanction\w*|shut\s+(?:us\s+)?down|"
    r"perd\w*\s+(?:le|la|les|l')\s*(?:budget|credits|subvention|financement|argent|creneau)|"
    r"mise\s+en\s+demeure|amendes?|penalit\w+|ferme\w*)|"
    r"(?:budget|capital|money|funds?|funding|grant|credits|enveloppe|subvention)\s+(?:\w+\s+){0,2}?"
    r"(?:lapses?|expires?|slips?|goes\s+away|disappears?|est\s+perdue?|sera\s+perdue?|saute|(?:'s|is|will\s+be)\s+gone)|"
    r"(?:doesn't|does\s+not|won't|will\s+not|can't)\s+(?:be\s+)?roll(?:ed)?\s+over|ne\s+(?:se\s+)?report\w*\s+pas|"
    r"before\s+the\s+(?:financial|fiscal)\s+year\s+(?:closes|ends)|avant\s+la\s+(?:cloture|fin)\s+de\s+l'exercice|"
    r"(?:capex|budget)\s+(?:submission|deadline)"
)
# "an FDA audit", "audit ANSM annoncé", "son inspection": an inspection with its owner on either side.
_INSPECTION = _rx(
    r"(?:its|their|his|her|son|sa|leur|l')\s*(?:\w+\s+)?(?:audit|inspection|certification)|"
    r"(?:audit|inspection|controle)\s+(?:[A-Za-z]{2,6}\s+)?(?:annonce|prevu|programme|planned|scheduled|due)|"
    r"(?:l')(?:ouverture|inauguration|lancement)(?!\s+d)|la\s+(?:saison|rentree)\s+(?:commence|demarre|ouvre)|"
    r"(?:auditing|inspecting|audits|inspects|will\s+(?:audit|inspect))\s+us|nous\s+(?:audite|auditera|inspecte\w*)|"
    r"(?:come|comes|coming)\s+(?:in\s+|back\s+|round\s+)?to\s+(?:audit|inspect|check|control)\s+us|"
    r"(?:vient|viennent|vont\s+venir|va\s+venir|passe|passent|passeront)\s+nous\s+(?:controler|auditer|inspecter|verifier)|"
    r"agm|annual\s+general\s+meeting|(?:our|the)\s+(?:peak|rush|busy\s+period)\s+(?:is|comes|hits|starts|begins)"
)
# A planning round or a project of their own that starts is no outside event ("FY27 planning starts").
_OWN_PROCESS = re.compile(r"(?:planning|budget\w*|process|projet|project|pilot|trial)\W+(?:\w+\s+)?$", _F)


# An outside party's rule said as an obligation with a date: "our insurer says from May every
# inspection must be logged", "la préfecture : ce sera obligatoire en 2027".
_AUTHORITY = _rx(
    r"government|regulator|ministry|authorities|franchisor|insurer|auditors?|head\s+office|headquarters|"
    r"parent\s+company|corporate|siege|maison\s+mere|"
    r"gouvernement|l'etat|ministere|prefecture|autorites?|regulateur|franchiseur|assureur|"
    r"law|regulation|decree|directive|new\s+(?:rule|standard)s?|loi|reglementation|decret|nouvelles?\s+normes?"
)
_OBLIGATION = _rx(
    r"must|has\s+to|have\s+to|will\s+have\s+to|required|mandatory|compulsory|obligatoire|obliges?|obligees?|obliged|"
    r"doit|doivent|devra|devront|"
    r"faudra|exige\w*|impose\w*"
)
# A rule or a rate that changes on a date: "the regulation changes from October", "les tarifs changent".
_RULE_CHANGES = _rx(
    r"(?:regulations?|laws?|rules?|standards?|tariffs?|tax(?:es)?|reglementations?|lois?|normes?|tarifs?|taxes?)\s+"
    r"(?:[\w']+\s+){0,2}?(?:changes?|is\s+changing|are\s+changing|will\s+change|go(?:es)?\s+up|evoluent|evolue|changent|"
    r"change|augmentent|augmente)"
)
# What happens if a date is missed: "or else we can no longer ship", "sinon on ne peut plus héberger".
_CANNOT_ANYMORE = _rx(
    r"(?:can|could)\s+no\s+longer|won't\s+be\s+(?:allowed|able)\s+to|(?:can't|cannot)\s+(?:\w+\s+)?any\s+more|"
    r"lose\s+(?:our|the)\s+(?:licen[cs]e|certification|accreditation|contract|permit)|"
    r"ne\s+(?:peut|peux|pourra|pourrons|pourrait|pouvons)\s+plus|plus\s+le\s+droit|"
    r"perd\w*\s+(?:notre|la|le|l')\s*(?:agrement|certification|licence|habilitation|contrat|autorisation)"
)
_CONSEQUENCE = _rx(r"otherwise|or\s+else|if\s+not|sinon|faute\s+de\s+quoi|sans\s+quoi")
# A client who leaves if they fall short: "or they look elsewhere", "sinon ils iront voir ailleurs".
_CONDITION = _rx(r"if|unless|without|or|otherwise|si|s'ils|sans|sinon|faute\s+de")
_GOES_ELSEWHERE = _rx(
    r"(?:go|goes|going|look|looks|looking|move|moves|shop|take\s+(?:\w+\s+){0,2}?business)\s+elsewhere|"
    r"(?:go|goes|going|switch|switches|move|moves)\s+to\s+(?:another|a\s+different|a\s+competitor|someone\s+else)|"
    r"switch\s+(?:suppliers|vendors|providers)|drop\s+us|"
    r"(?:voir|aller|partir|iront|vont|ira|va)\s+(?:voir\s+)?ailleurs|"
    r"(?:changer|changeront|changent|changera)\s+de\s+(?:prestataire|fournisseur)|"
    r"(?:passer|passeront|passent|iront)\s+chez\s+(?:un\s+)?(?:autre|concurrent)"
)
# Someone outside who reviews them on a date: "State Farm does our program review in October".
_THEY_REVIEW = _rx(
    r"(?:does|do|holds|runs|conducts|carries\s+out|will\s+(?:do|run|hold))\s+(?:our|the|its|their|a|an)\s+"
    r"(?:[\w-]+\s+){0,4}?(?:review|audit|assessment|inspection|evaluation)|"
    r"(?:fait|fera|mene|menera|conduit)\s+(?:notre|la|sa|son|leur|une|un)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:revue|evaluation|audit|inspection|controle)"
)
# Third parties that require something from a date: "la fédération exige ... à partir de 2027".
_THEY_REQUIRE = _rx(
    r"(?:the|les|la|le|l'|their|leurs?|they|ils)\s*(?:[\w-]+\s+){0,3}?(?:exigent|exige|imposent|impose|"
    r"require|requires|mandate|mandates|will\s+(?:require|impose|ban))"
)
# ... or who want it by a date, with what happens otherwise: "wants us on the portal by Q2, or we're out"
_THEY_WANT = _rx(
    r"(?:the|les|la|le|l'|their|leurs?|they|ils|our|notre|nos)\s*(?:[\w-]+\s+){0,3}?(?:wants?|expects?|asks?|"
    r"veut|veulent|demande|demandent|attend|attendent)"
)
_OR_ELSE = _rx(r"or\s+(?:else|we|we're|we'll|they)|otherwise|if\s+not|sinon|faute\s+de\s+quoi|sans\s+quoi")
# ... or who will stop doing something for them: "l'assureur ne nous couvrira plus", "will no longer cover us"
_THEY_STOP = _rx(
    r"(?:the|les|la|le|l'|their|leurs?|they|ils|elles|notre|nos|our)\s*(?:[\w-]+\s+){0,3}?"
    r"(?:will\s+no\s+longer|won't\s+(?:\w+\s+)?(?:us\s+)?any\s*more|ne\s+(?:nous\s+|vous\s+)?[a-z]+\s+plus)"
)
# Inspections or audits that start on a date: "the health authority will start spot inspections in June".
_CHECKS_START = _rx(
    r"(?:start|starts|begin|begins|introduce|introduces|launch|launches|commence\w*|lance\w*|demarre\w*)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:inspections?|audits?|controles?|checks)"
)
# A big dated happening they must be ready for: "les championnats du monde, en mars 2027".
_BIG_EVENT = _rx(
    r"championnats?|championships?|world\s+cup|coupe\s+du\s+monde|jeux\s+olympiques|olympics|festival|tournoi|"
    r"tournament|congres|congress|exposition|expo|foire|trade\s+fair|grand\s+prix|marathon|sommet|summit|"
    r"jubile|centenaire|centenary"
)
# Cheap gates for the shapes below.
_CHECK_WORD = re.compile(r"review|audit|assess|inspect|evaluat|revue|controle|check")
_STOP_WORD = re.compile(r"longer|any\s*more|plus")
_USED_WORD = re.compile(r"spent|used|committed|engage|depense|consomme|utilise")
_ELSEWHERE_WORD = re.compile(
    r"elsewhere|ailleurs|another|different|competitor|someone\s+else|switch|drop\s+us|chez|changer"
)
# Money lost if not spent in time: "the subsidy has to be committed before the end of the fiscal year".
_USE_IT_OR_LOSE_IT = _rx(
    r"(?:grant|subsidy|subvention|funds?|funding|credits?|enveloppe|budget)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:spent|used|committed|engage\w*|depense\w*|consomme\w*|utilise\w*)\s+(?:by|before|avant|d'ici)"
)
# A certification or an accreditation to renew: "la certification doit être renouvelée en octobre".
_RENEWAL = _rx(
    r"(?:certification|certificat|certificate|accreditation|licen[cs]e|permit|agrement|habilitation)\s+(?:\w+\s+){0,3}?"
    r"(?:renew\w*|expires?|renouvel\w*|expire|(?:comes?|is)\s+up\s+for\s+(?:review|renewal))|"
    r"(?:renewal|renouvellement)\s+(?:of|de|du|d')\s*(?:\w+\s+)?"
    r"(?:certification|accreditation|licen[cs]e|permit|agrement|habilitation)"
)


def _event_shapes(folded: str) -> list[tuple[int, int, str]]:
    """Where the clause's shape says an outside event times the purchase (see the tables above)."""
    out: list[tuple[int, int, str]] = []
    if (cons := _CONSEQUENCE.search(folded)) and (lose := _CANNOT_ANYMORE.search(folded, cons.end())):
        out.append((cons.start(), lose.end(), "lost if missed"))
    if (
        _ELSEWHERE_WORD.search(folded)
        and (leave := _GOES_ELSEWHERE.search(folded))
        and _CONDITION.search(folded, 0, leave.start())
    ):
        out.append((leave.start(), leave.end(), "a client lost if missed"))
    for m in _RENEWAL.finditer(folded):
        out.append((m.start(), m.end(), "a renewal"))
    for m in _INSPECTION.finditer(folded):
        out.append((m.start(), m.end(), "an event"))
    for m in _LOST_IF_MISSED.finditer(folded):
        out.append((m.start(), m.end(), "lost if missed"))
    if _USED_WORD.search(folded):
        for m in _USE_IT_OR_LOSE_IT.finditer(folded):
            out.append((m.start(), m.end(), "money lost if not used in time"))
    dated = bool(_DATED.search(folded))
    if dated:
        for m in _IMPOSED.finditer(folded):
            out.append((m.start(), m.end(), "imposed from outside"))
        checks = bool(_CHECK_WORD.search(folded))  # cheap gates before the longer shapes
        stops = bool(_STOP_WORD.search(folded))
        for rx, gate in ((_THEY_REVIEW, checks), (_CHECKS_START, checks), (_THEY_STOP, stops)):
            for m in rx.finditer(folded) if gate else ():
                if not _FIRST_PERSON.search(folded, max(0, m.start() - 12), m.start()):
                    out.append((m.start(), m.end(), "imposed from outside"))
        for m in _THEY_WANT.finditer(folded) if _OR_ELSE.search(folded) else ():
            ours = _FIRST_PERSON.search(folded, max(0, m.start() - 12), m.start())
            if _OR_ELSE.search(folded, m.end()) and not ours:
                out.append((m.start(), m.end(), "imposed from outside"))
        for m in _BIG_EVENT.finditer(folded):
            if not _MET_THERE.search(folded):
                out.append((m.start(), m.end(), "a dated happening"))
        for m in _THEY_REQUIRE.finditer(folded):
            if not _FIRST_PERSON.search(folded, max(0, m.start() - 12), m.start()):
                out.append((m.start(), m.end(), "imposed from outside"))
        if (who := _AUTHORITY.search(folded)) and (must := _OBLIGATION.search(folded, who.end())):
            out.append((who.start(), must.end(), "imposed from outside"))
        elif who and (must := _OBLIGATION.search(folded, 0, who.start())):
            # "on est obligés de le faire en 2028, c'est la loi": the obligation, then whose rule
            out.append((must.start(), who.end(), "imposed from outside"))
        for m in _RULE_CHANGES.finditer(folded):
            out.append((m.start(), m.end(), "a rule that changes"))
        for m in _HAPPENS.finditer(folded):
            ours = _FIRST_PERSON.search(folded, max(0, m.start() - 35), m.start())
            if not ours and not _OWN_PROCESS.search(folded, max(0, m.start() - 30), m.start()):
                out.append((m.start(), m.end(), "a dated happening"))
    for m in _READY_FOR.finditer(folded):
        if dated or re.search(r"(?:before|avant|des)\s+(?:the|l'|la|le)", m.group()):
            out.append((m.start(), m.end(), "ready for an event"))
    return out


# Events that force nothing by themselves: a show, a launch, a meeting. Not when they met a vendor
# there ("on a vu X au salon", "came by at the trade show"), nor when the meeting is where this very
# decision is taken ("comité de direction du 2 juillet, c'est là que ça se décide").
_SHOW_OR_MEETING = _rx(
    r"salon|trade\s+show|convention|seminar|seminaire|kick-?off|launch|lancement|opening|ouverture|"
    r"(?:board|investor|shareholder)\s+meeting|conseil\s+d'administration|assemblee\s+generale|comite\s+de\s+direction"
)
_MET_THERE = _rx(
    r"saw|seen|met|came|visited|stopped\s+by|talked|spoke|chatted|ran\s+into|bumped\s+into|heard|found|"
    r"last\s+year|ago|vu|vus|rencontre\w*|croise\w*|decouvert|connu\w*|parle|discute|venue?s?|"
    r"contacte\w*|inbound|lead\s+from|via|l'an\s+(?:dernier|passe)|l'annee\s+(?:derniere|passee)|"
    r"il\s+y\s+a\s+(?:\d+|un|une|deux|trois|quelques)\s+(?:ans?|mois|semaines?|jours?)"
)
_DECIDED_THERE = _rx(
    r"decid\w*|decision|sign|signs|signed|approv\w*|vote\w*|valide\w*|tranch\w*|arbitr\w*|choisi\w*|se\s+decide|"
    r"signe\w*"
)


def _forces_nothing(folded: str, m: re.Match[str]) -> bool:
    """A show where they met a vendor, or the meeting where the decision itself is taken."""
    if not _SHOW_OR_MEETING.search(m.group()):
        return False
    if re.search(r"meeting|conseil|assemblee|comite", m.group()) and _DECIDED_THERE.search(folded):
        return True
    return bool(_MET_THERE.search(folded))


def dated(text: str) -> bool:
    """Whether the sentence puts a date on something (a month, a season, a quarter, "next week")."""
    return bool(_DATED.search(fold(text)))


def find_compelling_event(text: str) -> list[Cue]:
    """An event that forces the decision's date (true), or a statement that none does (false); an
    event already behind them ("since the reorganisation in January") forces nothing."""
    folded = fold(text)
    out = [
        Cue(
            "timeline.compelling_event",
            True,
            m.start(),
            m.end(),
            2,
            f"an event: “{text[m.start() : m.end()]}”",
        )
        for m in _EVENT.finditer(folded)
        if not _BEHIND.search(folded[max(0, m.start() - 28) : m.start()]) and not _forces_nothing(folded, m)
    ]
    if not out:  # no event noun: the shape of the clause (see _event_shapes)
        out = [
            Cue("timeline.compelling_event", True, a, b, 2, f"{why}: “{text[a:b]}”")
            for a, b, why in _event_shapes(folded)[:1]
        ]
    if out and _DELAYS.search(folded):
        out = []  # "the board meeting moved, so end of April": what delays a decision forces nothing
    out += [
        Cue(
            "timeline.compelling_event",
            False,
            m.start(),
            m.end(),
            3,
            f"no event: “{text[m.start() : m.end()]}”",
        )
        for m in _NO_EVENT.finditer(folded)
    ]
    return sorted(out, key=lambda c: c.start)


# --- metrics.target ----------------------------------------------------------------------------

_TARGET_VERB = _rx(
    r"(?:cut(?:s|ting)?|reduc(?:e|es|ed|ing)|lower(?:ing)?|bring(?:ing)?\s+(?:it\s+)?down|decreas(?:e|ing)|shrink(?:ing)?|halv(?:e|ing)|divid(?:e|ing)|"
    r"increas(?:e|ing)|rais(?:e|ing)|boost(?:ing)?|improv(?:e|ing)|grow(?:ing)?|(?:double|triple)\s+(?:the|our|their|it|that)|lift(?:ing)?|"
    r"speed(?:ing)?\s+up|sav(?:e|ing)|free(?:ing)?\s+up|get(?:ting)?\s+(?:it\s+|them\s+|\w+\s+)?(?:down|up|back)\s+(?:to|under|below|above)|"
    r"(?:go|going|move|moving|take|taking)\s+(?:\w+\s+){0,4}?from\s+\S+\s+(?:\S+\s+)?to|reach(?:ing)?|hit(?:ting)?|achiev(?:e|ing)|recover(?:ing)?|win(?:ning)?\s+back)|"
    r"(?:goal|target|objective|aim|kpi|ambition|success)\s+(?:is|would\s+be|will\s+be|for\s+us|here|:)|success\s+(?:looks\s+like|means)|"
    r"(?:that's|that\s+is|this\s+is)\s+(?:the|my|our|their)\s+(?:target|number|goal|objective|kpi)|"
    r"(?:reduire|diminuer|baisser|abaisser|diviser|augmenter|accroitre|ameliorer|doubler|tripler|gagner|economiser|liberer|atteindre|passer\s+(?:\w+\s+){0,4}?de|"
    r"ramener|faire\s+passer|descendre|monter|recuperer|accelerer)|(?:objectif|cible|ambition|but|kpi)\s+(?:est|c'est|serait|sera|:|de)|"
    r"c'est\s+(?:l'objectif|la\s+cible|mon\s+objectif|notre\s+objectif|ce\s+que\s+j'ai\s+promis)|(?:le\s+)?succes\s+(?:ce\s+serait|c'est|serait)|"
    r"(?:moins|plus)\s+de\s+\d+|(?:under|below|less\s+than|more\s+than|at\s+least|within)\s+\d+|(?:sous|en\s+moins\s+de)\s+\d+|"
    r"c'est\s+ca\s+l'objectif|(?:down|back)\s+to(?=\s+\S)|sous\s+la\s+barre\s+d|"
    r"aim(?:ing|s)?\s+(?:for|at|to)|shoot(?:ing)?\s+for|(?:on|nous)\s+vis(?:e|ons)|viser"
)
_TARGET_NUMBER = re.compile(
    r"\d+(?:[.,]\d+)?\s?(?:%|percent|pour\s?cent|points?|x\b|fois|days?|jours?|hours?|heures?|h\b|minutes?|min\b|weeks?|semaines?|k|m|€|\$|£)|"
    r"(?:half|moitie|double|triple|un\s+tiers|a\s+third|a\s+quarter|un\s+quart)|[€$£]\s?\d|"
    r"(?<![\w])(?:une\s+semaine|un\s+jour|one\s+week|a\s+week|one\s+day|same[-\s]day|le\s+jour\s+meme|le\s+jour\s+même)(?![\w])|"
    # "5 per cent", "by a fifth", "one business day", "zero detentions", "cent pour cent"
    r"\d+(?:[.,]\d+)?\s?per\s+cent|(?<![\w])(?:a|one|un|une)\s+(?:fifth|tenth|cinqui[eè]me|dixi[eè]me)(?![\w])|"
    r"(?<![\w])(?:demi-journ[eé]es?|half[-\s]a[-\s]day|half[-\s]days?)(?![\w])|"
    r"(?<![\w])(?:\d+|one|a|un|une)\s+(?:business|working|calendar)\s+days?|jours?\s+ouvr\w+|"
    r"(?<![\w.,])(?:0|zero|z[eé]ro)\s+[a-zé]{3,}|(?<![\w])cent\s+pour\s+cent|"
    r"(?<![\w])(?:aucun|aucune|pas\s+un\s+seul|pas\s+une\s+seule|not\s+a\s+single)\s+[a-zé]{3,}",
    re.IGNORECASE,
)
# A figure of the situation today, no target: "en ce moment, on a 80 000 € d'impayés à plus de 60 jours".
_STATE_NOW = _rx(
    r"en\s+ce\s+moment|actuellement|aujourd'hui|currently|right\s+now|today|at\s+the\s+moment|on\s+a\s+(?:environ|a\s+peu\s+pres|pres\s+de)|"
    r"we\s+(?:have|'ve\s+got|currently\s+have)\s+(?:about|around|roughly|nearly)|il\s+y\s+a\s+(?:environ|a\s+peu\s+pres)"
)
# "Objectif s'il signe : devis en 30 min", "Goal for year one: ...": the label, a few words, the colon.
_TARGET_LABEL = re.compile(r"^\W*(?:objectifs?|cibles?|targets?|goals?)(?![\w])[^:.;!?\n]{0,40}:", _F)
_TARGET_SAID = _rx(
    r"(?:that's|that\s+is|this\s+is|it's)\s+(?:the|my|our|their)\s+(?:target|number|goal|objective|kpi)|(?:the\s+)?target\s+(?:i've|i\s+have|we've|we\s+have)\s+been\s+given|"
    r"c'est\s+(?:ca\s+)?(?:l'objectif|la\s+cible|mon\s+objectif|notre\s+objectif|ce\s+que\s+j'ai\s+promis|le\s+chiffre)|l'objectif\s+(?:inscrit|fixe|de\s+l'annee)"
)


# A figure of the past: "last crop our mortality was around 22 percent", "l'an dernier on était à 4 mois".
_PAST_FIGURE = _rx(
    r"(?:last|previous)\s+(?:year|crop|season|month|quarter|time|harvest|cycle|audit)\b[^.;!?]*?\b(?:was|were|had|came\s+to|ran\s+at|hit)|"
    r"(?:l'an|l'annee|la\s+saison|le\s+mois|le\s+trimestre)\s+(?:dernier|derniere|passe|passee)[^.;!?]*?\b(?:etait|etaient|avait|"
    r"avaient|on\s+a\s+eu|a\s+ete)"
)
_CUT_NOUN = re.compile(r"(?:power|price|budget|job|staff|tax|spending|pay)\s+$")  # "power cuts": a noun
# A wish said before the change: "I want it below 5%", "on voudrait le ramener à 2 jours".
_WANTED = _rx(
    r"(?:i|we)\s+(?:really\s+)?(?:want|'d\s+like|would\s+like|'d\s+love|need)\s+(?:it|that|this|them|to)?|"
    r"(?:je|on|nous)\s+(?:voudrais|voudrait|voudrions|veux|veut|aimerais|aimerait|souhaite|souhaitons)\b[^.;!?]{0,20}"
)
# A figure reached, then joy: "if we lost under 50 kegs a year I'd throw a party", "si on passe à 30 jours,
# la direction sera contente".
_HAPPY_IF = _rx(
    r"(?:if|si)\s+(?!you\b|vous\b|tu\b)[^.;!?]{0,60}?\d[^.;!?]{0,60}?(?:i'd|i\s+would|we'd|we\s+would|i'll|we'll|\w+\s+will|\w+\s+would|"
    r"je\s+serais|on\s+serait|\w+\s+sera|\w+\s+serait)\s+(?:be\s+)?(?:very\s+|so\s+|tres\s+)?(?:happy|thrilled|delighted|"
    r"chuffed|over\s+the\s+moon|throw\s+a\s+party|celebrate|content|contente|contents|ravi|ravie|ravis|aux\s+anges)"
    r"(?!\s+(?:to|de|d')(?![\w]))"
)
_NOW_OPENING = _rx(
    r"^\W*(?:(?:and|but|so|et|mais|alors|donc)\s+)?(?:today|currently|right\s+now|at\s+the\s+moment|these\s+days|aujourd'hui|"
    r"actuellement|en\s+ce\s+moment|pour\s+l'instant|a\s+l'heure\s+actuelle)"
)


def find_targets_number(text: str) -> bool:
    """Whether `text` (numbers as digits) holds a figure a target can be made of; a sentence that opens
    on today ("Aujourd'hui on est plutôt à quatre mois") gives the situation, not the aim."""
    folded = fold(text)
    told_before = _NOW_OPENING.search(folded) or _PAST_FIGURE.search(folded)
    return bool(_TARGET_NUMBER.search(text)) and not told_before


def says_target(text: str) -> bool:
    """Whether `text` says that what was just said is the target ("That's the number the board will
    look at", "C'est l'objectif inscrit dans le plan")."""
    return bool(_TARGET_SAID.search(fold(text)))


def find_targets(text: str) -> list[Cue]:
    """The measurable improvement wanted: a verb of change or "our goal is" with a number nearby."""
    folded = fold(text)
    out = []
    if (label := _TARGET_LABEL.match(folded)) and _TARGET_NUMBER.search(text, label.end()):
        said = text.strip()
        return [Cue("metrics.target", said, label.start(), label.end(), 3, f"a target: “{said}”")]
    if happy := _HAPPY_IF.search(folded):  # "if we lost under 50 kegs a year I'd throw a party"
        said = text.strip()
        return [Cue("metrics.target", said, happy.start(), happy.end(), 3, f"a target: “{said}”")]
    for m in _TARGET_VERB.finditer(folded):
        clause = clause_at(text, m.start(), m.end())
        lo = text.find(clause)
        tail = text[m.start() : lo + len(clause) if lo >= 0 else m.end() + 80]
        aimed = re.match(r"aim|shoot|vis|on\s+vis|nous\s+vis", m.group())  # "aiming for 200 new members"
        if not _TARGET_NUMBER.search(tail) and not (aimed and re.search(r"\d", tail)):
            continue
        if any(c.start <= m.start() < c.end for c in out):
            continue
        if re.match(r"cuts?\b", m.group()) and _CUT_NOUN.search(folded[max(0, m.start() - 12) : m.start()]):
            continue  # "power cuts every day": a noun, no aim
        if re.match(
            r"(?:moins|plus|under|below|less|more|at\s+least|within|sous|en\s+moins)", m.group()
        ) and _STATE_NOW.search(folded[max(0, m.start() - 80) : m.start()]):
            continue  # "today we have 80k unpaid at more than 60 days": the situation, not the aim
        if re.match(r"(?:down|back)\s+to", m.group()) and re.search(
            r"(?:came|went|fell|dropped|was|were|is|are|come|'s|comes|boils|boiled|narrowed|whittled|it)\s+$",
            folded[max(0, m.start() - 20) : m.start()],
        ):
            continue  # "the price came down to 40k", "it comes down to": no aim
        strength = (
            3 if re.search(r"goal|target|objective|objectif|cible|succes|success|kpi", fold(m.group())) else 2
        )
        if _WANTED.search(folded[max(0, m.start() - 30) : m.start()]):
            strength = 3  # "I want it below 5 percent", "on voudrait passer sous les 2 jours": an aim
        out.append(Cue("metrics.target", clause, m.start(), m.end(), strength, f"a target: “{clause}”"))
    return out


# --- labelled notes: "Must-haves: ...", "Échéance : ..." --------------------------------------------

_LABELS = [
    (
        "timeline.compelling_event",
        r"deadline|compelling\s+event|event|trigger|why\s+now|echeance|evenement|declencheur|pourquoi\s+maintenant|date\s+butoir",
    ),
    (
        "competitors",
        r"competitors?(?:\s+(?:seen|named|in\s+play))?|competition|alternatives(?:\s+seen)?|"
        r"concurrents?(?:\s+vus|\s+cites)?|concurrence|comps?|rivals?|vs\.?|alts?|other\s+vendors|"
        r"also\s+looking\s+at|"
        r"autres\s+solutions|en\s+concurrence",
    ),
    (
        "decision.process_known",
        r"steps|process|processus|etapes|decision\s+process|buying\s+process|circuit(?:\s+de\s+decision)?|procedure",
    ),
    (
        "decision.criteria",
        r"must[-\s]haves?|requirements?|criteria|criteres?|exigences?|indispensables?|prerequis|imperatifs?|obligatoires?|non[-\s]negotiables?|"
        r"musts?|reqs?|wants|(?:key\s+)?asks|wishlist|wish\s+list|souhaits|attentes|"
        r"(?:criteres?|criteria|exigences?|requirements?)\s+(?:must|musts|cles|principaux|techniques|fonctionnels|de\s+choix|key|"
        r"main|hard|tech(?:nical)?|obligatoires?|indispensables?|imperatifs?|essentiels?|non[-\s]negociables?)",
    ),
    (
        "metrics.target",
        r"targets?|goals?|objectives?|success(?:\s+criteria)?|kpis?|objectifs?|cibles?|succes",
    ),
    (
        "need.current_solution",
        r"today|currently|current\s+(?:setup|tool|stack|solution|system)|existing|aujourd'hui|actuellement|existant|(?:outil|erp|crm|logiciel|solution)\s+actuel(?:le)?|"
        r"cur\.?(?:\s+state)?|now|as-?is|current(?:\s+state)?|en\s+place|etat\s+actuel|situation\s+actuelle",
    ),
    ("need.pain", r"pain|problem|issue|douleur|probleme|souci|enjeu"),
    (
        "champion.named",
        r"champion|champ|sponsor|internal\s+champion|advocate|relais\s+interne|porteur|porteuse|allie",
    ),
]
_LABEL_RX = [
    (fact, re.compile(rf"^\W*(?:{pattern})\s*(?::|\s-|\s–|\s—)\s*", _F)) for fact, pattern in _LABELS
]
_NONE_SAID = re.compile(r"^\W*(?:none|nothing|no\b|n/a|aucune?|rien|pas\s+de|pas\s+d')", _F)


def note_label(text: str) -> tuple[str, int, bool] | None:
    """(fact, where the content starts, whether the content says "none") for a labelled note line."""
    folded = fold(text)
    for fact, pattern in _LABEL_RX:
        if m := pattern.match(folded):
            return fact, m.end(), bool(_NONE_SAID.match(folded, m.end()))
    return None


def listed_names(text: str) -> list[str]:
    """Capitalised names listed in `text` ("Pigment (démo faite), Anaplan (jugé trop lourd)")."""
    text = re.sub(r"\([^)]*\)", "", text)
    out = []
    for part in re.split(r"[,;/]|\s+(?:and|et|or|ou|&)\s+", text):
        part = part.strip(" .\"'")
        m = re.match(r"([A-Z0-9][\w.&+'-]*(?:\s+[A-Z0-9][\w.&+'-]*){0,2})", part)
        if m and fold(m.group(1)) not in ("none", "aucun", "aucune", "rien", "n/a"):
            out.append(m.group(1))
    return out


# --- corrections, questions and short answers ----------------------------------------------------

_CORRECTION = _rx(
    r"actually,?\s+(?:it's|it\s+is|that's|that\s+is|no\b|not\b|make\s+(?:that|it)|i\s+mean|it\s+was|it\s+will|they're|we're|the\s+(?:real|right|correct)|scratch)|"
    r"actually,?\s+wait|wait,?\s+(?:no|sorry|let\s+me\s+check)|let\s+me\s+check|i\s+had\s+the\s+old|"
    r"sorry,?\s+(?:i\s+mean|it's|it\s+is|that's|no\b|not\b|make\s+(?:that|it))|i\s+mean|i\s+meant|correction|let\s+me\s+correct|scratch\s+that|no\s+wait|wait,?\s+no|to\s+be\s+(?:precise|exact|accurate)|"
    r"i\s+misspoke|i\s+was\s+wrong|not\s+\w+\s*,\s*(?:but|rather)|in\s+fact|on\s+second\s+thought|now\s+(?:it's|that)|"
    r"(?:has|have)\s+(?:since\s+)?(?:changed|moved|been\s+(?:raised|cut|revised|moved|pushed|increased|reduced|updated))|update|updated|revised|"
    r"moved|pushed\s+(?:back|out)|slipped|postponed|brought\s+forward|rescheduled|"
    r"(?:on\s+a|ils\s+ont|elle\s+a|il\s+a|a\s+ete|ont\s+ete|est|sont)\s+(?:decale|repousse|reporte|avance|deplace)(?:e|s|es)?|decale(?:e)?s?\s+(?:au|a|en)|"
    r"en\s+fait|pardon|je\s+veux\s+dire|je\s+voulais\s+dire|enfin,?\s+non|soyons\s+honnetes|to\s+be\s+honest,?\s+no|non\s+attendez|je\s+me\s+corrige|je\s+rectifie|je\s+me\s+suis\s+trompe(?:e)?|"
    r"finalement|(?:a|ont)\s+(?:change|bouge|ete\s+(?:revu|releve|augmente|reduit|decale|repousse|avance))|a\s+ete\s+(?:revu|releve|augmente|reduit|decale|repousse|avance)(?:e)?|"
    r"correction|au\s+temps\s+pour\s+moi|autant\s+pour\s+moi|mise\s+a\s+jour|depuis,?\s+(?:on|c'est|le|la)|"
    # Taking one's words back, however it is put: a verb of retracting + "that" / "ça", or a repair word.
    r"(?:strike|scratch|forget|ignore|cancel|disregard|take\s+back|cross\s+out|delete)\s+(?:that|"
    r"what\s+i\s+(?:just\s+)?said)|"
    r"make\s+(?:that|it)|rectif\w*|erratum|errata|oubliez?\s+(?:ca|ce\s+que\s+je\s+(?:viens\s+de\s+dire|"
    r"dis))|ou\s+plutot|"
    r"je\s+retire\s+ce\s+que|non,?\s+(?:pardon|plutot|attends|attendez)|no,?\s+(?:sorry|rather|hang\s+on|"
    r"hold\s+on)|sorry,?\s+no|"
    r"my\s+bad|my\s+mistake|wrong\s+(?:number|figure|date)|let\s+me\s+rephrase|ah\s+non|euh\s+non|"
    r"pardon,?\s+non"
)
# A correction inside a sentence, after something it takes back: where the sentence is cut in two.
_CORRECTION_INSIDE = re.compile(
    r"(?:[,;:—–-]\s*|\s)(?=(?:strike|scratch|forget|ignore|cancel|disregard)\s+that|no\s+wait|wait,?\s+no|"
    r"sorry,?\s+(?:i\s+mean|no)|"
    r"i\s+mean(?!\s+it)|make\s+(?:that|it)\s|rectif|non\s+attendez|non,?\s+pardon|pardon,?\s+non|ou\s+plutot|"
    r"enfin,?\s+non|je\s+veux\s+dire|ah\s+non|euh\s+non|correction)",
    _F,
)


def correction_cut(text: str) -> int:
    """Where a correction starts inside `text` ("We have 40k, strike that, 45k"), after a value it
    takes back; 0 when there is none, or it opens the text."""
    folded = fold(text)
    for m in _CORRECTION_INSIDE.finditer(folded):
        if m.end() > 3 and re.search(r"\d|\w{3,}", folded[: m.start()]):
            return m.end()
    return 0


def is_correction(text: str) -> bool:
    """Whether `text` corrects or updates something said before ("actually", "en fait", "pardon")."""
    return bool(_CORRECTION.search(fold(text)))


_TOPICS: list[tuple[str, re.Pattern[str]]] = [
    (
        "budget.allocated",
        _rx(
            r"budget(?:ed)?|money\s+(?:set\s+aside|allocated|available)|set\s+aside|funds?|funding|allocated|earmarked|"
            r"enveloppe|budgete|fonds|financement|prevu\s+au\s+budget|argent\s+(?:de\s+)?(?:cote|prevu)"
        ),
    ),
    (
        "budget.amount",
        _rx(
            r"how\s+much|what\s+(?:kind\s+of\s+|sort\s+of\s+)?(?:budget|amount|range|figure|ballpark|price\s+range)|ballpark|range|"
            r"order\s+of\s+magnitude|combien|quel\s+(?:budget|montant|ordre\s+de\s+grandeur)|montant|fourchette|ordre\s+de\s+grandeur"
        ),
    ),
    (
        "authority.economic_buyer_identified",
        _rx(
            r"who\s+(?:else\s+)?(?:signs|will\s+sign|would\s+sign|approves|would\s+approve|has\s+the\s+(?:final|last)\s+(?:say|word)|makes\s+the\s+(?:final\s+)?(?:call|decision)|"
            r"decides|releases|holds\s+the\s+budget|owns\s+the\s+budget|signs\s+off|gives\s+the\s+(?:final\s+)?(?:go|green\s+light))|final\s+(?:say|decision|sign-?off|approver)|"
            r"economic\s+buyer|budget\s+holder|qui\s+(?:signe|signera|valide|validera|decide|decidera|tranche|tranchera|a\s+le\s+dernier\s+mot|debloque|donne\s+le\s+feu\s+vert)|"
            r"decision\s+finale|dernier\s+mot|qui\s+tient\s+le\s+budget"
        ),
    ),
    (
        "authority.role",
        _rx(
            r"your\s+(?:role|part)\s+in|are\s+you\s+(?:the\s+one|the\s+person|the\s+decision|the\s+one\s+who)|do\s+you\s+(?:decide|sign|have\s+the\s+final)|"
            r"(?:can|could)\s+you\s+(?:sign|decide)|votre\s+(?:role|place)\s+dans|(?:c'est\s+)?(?:vous|toi)\s+qui\s+(?:decidez|signez|tranchez|validez)|"
            r"est-ce\s+que\s+vous\s+(?:decidez|signez)|vous\s+(?:decidez|signez)"
        ),
    ),
    (
        "decision.process_known",
        _rx(
            r"process|steps?|how\s+(?:do|does|would|will)\s+(?:you|your\s+company|the\s+company|it|things|a\s+decision|this)\s+(?:buy|purchase|go|work|get\s+(?:approved|signed|bought))|"
            r"what\s+happens\s+(?:next|after|between)|who\s+else\s+(?:is|will\s+be|needs\s+to\s+be|should\s+be)\s+involved|walk\s+me\s+through|"
            r"weigh\s+in|decision\s+d'achat|comment\s+se\s+passe\s+(?:une|la|votre)\s+(?:decision|validation|signature|achat)|"
            r"processus|etapes?|circuit|procedure|comment\s+(?:ca|cela)\s+se\s+passe|comment\s+(?:vous\s+)?(?:achetez|decidez|validez)|qui\s+d'autre"
        ),
    ),
    (
        "decision.criteria",
        _rx(
            r"criteri(?:a|on)|must[-\s]haves?|requirements?|non[-\s]negotiable|what\s+(?:matters|will\s+you\s+(?:compare|judge|look\s+at))|how\s+will\s+you\s+(?:choose|decide|compare|evaluate)|"
            r"(?:how\s+are|how\s+will)\s+(?:quotes|bids|vendors|offers|proposals)\s+(?:be\s+)?(?:scored|evaluated|compared|judged)|scor(?:ed|ing)|rule\s+(?:a\s+vendor|us|anyone)\s+out|"
            r"need\s+to\s+see|what\s+would\s+(?:it|you)\s+(?:take|need)|move\s+forward|judge\s+us\s+on|compte\s+le\s+plus|eliminatoire|dans\s+votre\s+choix|choses\s+indispensables|"
            r"(?:des|vos)\s+(?:exigences|criteres|conditions)|"
            r"criteres?|exigences?|ce\s+qui\s+compte|comment\s+(?:allez-vous|vous\s+allez)\s+(?:choisir|comparer|trancher)|sur\s+quoi|"
            # what a vendor is judged on: "what will you evaluate vendors on?", "qu'est-ce qui fera la
            # différence ?"
            r"(?:evaluate|judge|compare|score|assess|rate|choose)\s+(?:\w+\s+){0,2}?on\s*\?|qu'est[-\s]ce\s+qui\s+(?:fera|ferait|va\s+faire)\s+la\s+difference|"
            r"what(?:'s|\s+is|\s+would\s+be|\s+will\s+be)?\s+(?:going\s+to\s+)?(?:make\s+the\s+difference|tip\s+it|decide\s+it)|"
            # what is required, asked as "what": "qu'est-ce qui est obligatoire ?", "what's non-negotiable?"
            r"(?:qu'est[-\s]ce\s+qui|qu'est[-\s]ce\s+qui\s+vous\s+(?:est|serait)|what(?:'s|\s+is|\s+would\s+be|\s+are)?)\s+(?:est\s+|serait\s+|sera\s+|"
            r"(?:absolutely\s+)?)?(?:obligatoire|indispensable|essentiel|imperatif|non\s+negociable|mandatory|essential|non-negotiable|"
            r"a\s+must|required|a\s+deal-?breaker|eliminatoire)|"
            # what the thing bought must do: "what would the tool you pick need to do?"
            r"what\s+(?:would|will|does|do|should)\s+(?:the|a|your|any)\s+(?:[\w-]+\s+)?(?:thing|system|tool|solution|product|platform|"
            r"software|app|vendor|supplier|provider)\s+(?:[\w']+\s+){0,3}?(?:need|have\s+to|require)|"
            # "et ça doit faire quoi, votre système ?", "qu'est-ce que les capteurs doivent faire ?"
            r"(?:ca|cela)\s+(?:doit|devrait|devra)\s+(?:absolument\s+)?faire\s+quoi|"
            r"qu'est[-\s]ce\s+que\s+(?!(?:vous|on|nous|je|tu)\s)(?:[\w']+\s+){1,3}?(?:doit|doivent|devrait|devraient|devra|devront)\s+"
            r"(?:absolument\s+|vraiment\s+)?(?:faire|gerer|permettre|savoir)|"
            # "l'outil idéal, il doit faire quoi ?", "qu'est-ce que la solution doit savoir faire ?"
            r"(?:l'outil|la\s+solution|le\s+logiciel|le\s+systeme|l'application|l'appli|la\s+plateforme|(?:qu')?(?:il|elle|ils|elles))\s+"
            r"(?:\w+\s+)?(?:doit|doivent|devrait|devraient|devra|devront)\s+(?:\w+\s+){0,2}?(?:faire|gerer|permettre|savoir)(?![\w])|"
            r"(?:points?|choses?|elements?)\s+qui\s+(?:comptent|compte)|dans\s+(?:le|votre)\s+choix|"
            # "what would make you pick one vendor over another?", "deal-breakers?", "qu'est-ce qui ferait
            # pencher la balance ?"
            r"make\s+you\s+(?:pick|choose|go\s+with|prefer)|deal-?breakers?|(?:the\s+)?winning\s+(?:solution|vendor|tool|bid|offer)|"
            r"pencher\s+la\s+balance|looking\s+for\s+in\s+(?:a|the)\s+(?:tool|solution|vendor|system|partner|platform|supplier)|"
            r"(?:recherchez|cherchez|attendez)\s+(?:\w+\s+)?(?:dans|d')\s*(?:un|une|l')\s*(?:outil|solution|logiciel|prestataire|fournisseur)|"
            # "what does the evaluation look at?", "what will the choice come down to?"
            r"(?:evaluation|assessment|selection|scoring|decision|choice|choix)\s+(?:\w+\s+){0,2}?(?:look\s+at|focus\s+on|"
            r"come\s+down\s+to|hinge\s+on|based\s+on|porte(?:ra)?\s+sur|se\s+(?:fera|jouera)\s+sur)"
        ),
    ),
    (
        "timeline.decision_date",
        _rx(
            r"when|by\s+when|timeline|timeframe|time\s+frame|deadline|what\s+date|how\s+soon|quand|d'ici\s+quand|a\s+quelle\s+(?:date|echeance)|"
            r"echeance|calendrier|delai|horizon|date"
        ),
    ),
    (
        "timeline.compelling_event",
        _rx(
            r"why\s+now|what\s+happens\s+if|what\s+(?:happens|would\s+happen)\s+if\s+(?:you|nothing)|(?:any|a)\s+(?:specific\s+|particular\s+)?(?:event|deadline|trigger|date)|"
            r"driving\s+the\s+(?:date|timing|timeline)|what's\s+driving|forcing|pourquoi\s+maintenant|que\s+se\s+passe-t-il\s+si|qu'est[-\s]ce\s+qui\s+se\s+passe\s+si|"
            r"(?:un|une)\s+(?:evenement|echeance|date\s+butoir)|qu'est[-\s]ce\s+qui\s+(?:impose|fixe|force|motive)|"
            r"an\s+(?:event|external\s+deadline)|(?:event|something|anything)\s+(?:pushing|driving|forcing)"
        ),
    ),
    (
        "priority.level",
        _rx(r"priorit(?:y|ies|e|es|aire)|urgent|urgence|how\s+(?:important|pressing)|rank|top\s+of|presse"),
    ),
    (
        "champion.named",
        _rx(
            r"champion|sponsor|advocate|who\s+(?:else\s+)?(?:is\s+)?(?:pushing|driving|behind|would\s+push|will\s+push|could\s+push|wants\s+this)|"
            r"(?:anyone|someone|somebody)\s+(?:inside|internally|who\s+(?:is\s+)?push)|porte(?:ur)?|qui\s+(?:pousse|porte|soutient|defend)|en\s+interne|allie|"
            # "Who would carry this internally?", "Who's your biggest supporter?"
            r"who\s+(?:would|will|could|is\s+going\s+to)\s+(?:carry|champion|sell|back|support|defend|fight\s+for)|"
            r"(?:biggest|main|strongest|best)\s+(?:supporter|fan|ally|advocate|backer)s?"
        ),
    ),
    (
        "competitors",
        _rx(
            r"other\s+(?:vendors?|solutions?|options?|tools?|suppliers?|providers?)|alternatives?|competitors?|(?:looking|talking)\s+(?:at|to)\s+(?:anyone|anybody|others?)|"
            r"(?:anyone|anybody)\s+else|compar(?:e|ing)\s+(?:us\s+)?(?:with|to|against)|shortlist|bidders?|bidding|bids|vendors|candidats|soumissionnaires|"
            r"qui\s+d'autre|d'autres\s+(?:editeurs|solutions|fournisseurs|prestataires|offres)|autres?\s+(?:solutions?|editeurs?|fournisseurs?|outils?|prestataires?|acteurs?)|concurren(?:ts?|ce)|"
            r"(?:regardez|consultez|comparez|etudiez)\s+(?:aussi|d'autres)|"
            # "Who else are you looking at?", "Any other vendors in the mix?", "Vous avez vu qui d'autre ?"
            r"who\s+else\s+(?:are\s+you|you're|is\s+in\s+the\s+(?:mix|running)|have\s+you|did\s+you)|"
            r"what\s+else\s+(?:are|have)\s+you\s+(?:looking|consider|evaluat|seen|look)|"
            r"(?:looking|talking|speaking)\s+(?:at|to|with)\s+(?:any\s+other|other)|in\s+the\s+(?:mix|running)|"
            r"(?:considering|evaluating|seen|met|talked\s+to)\s+(?:any\s+)?others?\b|"
            r"vous\s+(?:avez\s+)?(?:vu|rencontre|consulte|regarde)\s+(?:d'autres|qui)|"
            r"en\s+(?:discussion|contact)\s+avec\s+(?:d'autres|qui)|"
            # "What else are you considering?", "Looked at anything else?", "Vous comparez avec qui ?"
            r"(?:what|who)\s+else\s+(?:are|have|did|were)\s+you\s+(?:look|consider|evaluat|see|seen|talk|speak|spoke|meet|met|"
            r"compar|try|tried|check|short|weigh)\w*|(?:look|looked|looking)\s+at\s+any(?:thing|one)\s+else|"
            r"(?:regarde|regardez|compare|comparez|vu|etudie|etudiez)\s+(?:des|d'autres)\s+(?:solutions|offres|outils)|"
            r"compar\w*\s+avec\s+qui|avec\s+qui\s+(?:vous\s+)?compar\w*"
        ),
    ),
    (
        "need.current_solution",
        _rx(
            r"(?:how|what)\s+(?:do|does|are|is|did)\s+(?:you|they|your\s+\w+|the\s+\w+|it|this)\s+[^?]{0,40}?(?:today|now|currently|at\s+the\s+moment)|"
            r"currently|right\s+now|at\s+the\s+moment|how\s+do\s+(?:you|they)\s+(?:handle|manage|do|track|keep\s+track|deal|process|count|run|build|send)|"
            r"what\s+(?:do|are)\s+you\s+(?:use|using)|what\s+(?:tools?|system|software|setup)|tried|workaround|what\s+happens\s+(?:today|now)|"
            r"actuellement|en\s+ce\s+moment|comment\s+(?:vous\s+)?(?:gerez|faites|traitez|suivez|fonctionnez|procedez)|(?:gerez|faites|traitez|suivez)\s+(?:ca|cela|les?|la)\s+comment|"
            r"vous\s+(?:avez|utilisez)\s+quoi|qu'utilisez|qu'est[-\s]ce\s+que\s+vous\s+utilisez|vous\s+utilisez|quel(?:le)?s?\s+(?:outils?|logiciels?|systemes?)|essaye|"
            # what is in place now, not what they want in place: "what do you have in place?", not "a date to
            # have a solution in place?"
            r"(?:what|qu'est-ce\s+qui|quoi|anything|quelque\s+chose)\s+(?:\w+\s+){0,3}?(?:in|en)\s+place|"
            r"(?:in|en)\s+place\s+(?:today|now|currently|aujourd'hui|actuellement)|(?:already|deja)\s+(?:in|en)\s+place|"
            r"(?:vous\s+avez|you\s+have|have\s+you\s+got|do\s+you\s+have)\s+(?:\w+\s+){0,2}?(?:in|en)\s+place|"
            r"aujourd'hui[^?]{0,30}comment|comment[^?]{0,40}aujourd'hui"
        ),
    ),
    (
        "need.pain",
        _rx(
            r"problem|challenge|pain|issue|struggle|difficult|frustrat|hurt|what's\s+(?:not\s+working|broken|wrong)|bother|"
            r"what's\s+(?:going\s+on|happening)|what\s+(?:made|makes|brought|brings|prompted)\s+you|why\s+(?:are\s+you|did\s+you|now|look)|reach(?:ed)?\s+out|"
            r"what\s+(?:are\s+you|you're)\s+looking\s+for|what\s+does\s+(?:a|that|the)\s+\w+\s+look\s+like|tell\s+me\s+more|"
            # what goes wrong: "what keeps going wrong?", "qu'est-ce qui ne marche pas ?"
            r"(?:go(?:es|ing)?|went)\s+wrong|ne\s+(?:va|marche|fonctionne|tourne)\s+pas|"
            r"qu'est[-\s]ce\s+qui\s+(?:vous\s+(?:a\s+)?amene\w*|se\s+passe|ne\s+va\s+pas)|ce\s+qui\s+vous\s+(?:a\s+)?amene\w*|pourquoi\s+(?:vous|maintenant|ce)|racontez|vous\s+cherchez|"
            r"probleme|defi|difficulte|souci|douleur|irritant|bloque|ce\s+qui\s+ne\s+va\s+pas|ce\s+qui\s+coince|qu'est[-\s]ce\s+qui\s+coince|pourquoi\s+(?:vous\s+)?(?:cherchez|regardez)|"
            # "what's the story?", "what's on your mind with idling?", "qu'est-ce qui vous préoccupe ?"
            r"what's\s+the\s+story|what(?:'s|\s+is)\s+on\s+your\s+mind|what\s+happened|what's\s+up\s+with|"
            r"what\s+prompted|what's\s+driving\s+(?:this|it|the\s+project)|qu'est[-\s]ce\s+qui\s+vous\s+a\s+(?:fait|pousse|decide)|"
            # "what's the situation up there?", "what's eating your time?", "quelle est la situation ?"
            r"what(?:'s|\s+is)\s+the\s+situation|quelle\s+est\s+la\s+situation|what(?:'s|\s+is)\s+(?:eating|killing|taking)\s+(?:up\s+)?your|"
            r"qu'est[-\s]ce\s+qui\s+vous\s+(?:bouffe|mange|prend)\s+(?:du|le|tout\s+votre)\s+temps|"
            r"quel\s+est\s+(?:le|votre)\s+(?:probleme|souci)|"
            r"qu'est[-\s]ce\s+qui\s+vous\s+(?:preoccupe|tracasse|embete|derange)|qu'est[-\s]ce\s+qui\s+se\s+passe\s+avec|"
            r"(?:m'|nous\s+)?(?:expliquer|decrire|raconter|explain|describe|walk\s+me\s+through)\s+(?:moi\s+)?(?:la|votre|the|your)\s+"
            r"situation"
        ),
    ),
    (
        "need.impact_quantified",
        _rx(
            r"how\s+much\s+(?:does|is|time|money)|cost\s+you|costing|impact|quantify|put\s+a\s+number|how\s+many\s+(?:hours|days|deals|people)|measure|"
            r"combien\s+(?:ca|cela|de\s+temps|d'heures|de\s+jours)|vous\s+coute|chiffrer|quantifier|mesurer|impact|"
            # what it leads to: "what does it lead to?", "how often does that bite?", "ça entraîne quoi ?"
            r"what\s+(?:does|did|do)\s+(?:it|that|this|they)\s+(?:lead\s+to|cause|mean\s+for\s+(?:you|the\s+business))|"
            r"consequences?|fallout|how\s+often\s+does\s+(?:it|that|this)\s+(?:happen|bite|occur|go\s+wrong)|"
            r"(?:ca|cela)\s+(?:entraine|donne|provoque|cause)\s+quoi|quelles?\s+consequences?|a\s+quelle\s+frequence|"
            # "une idée du nombre de visiteurs concernés ?", "how many orders are affected?"
            r"(?:combien|nombre)\s+de\s+\w+\s+(?:\w+\s+)?(?:concernes|touches|impactes|perdus|refuses)|"
            r"how\s+many\s+\w+\s+(?:\w+\s+)?(?:are\s+|get\s+|were\s+)?(?:affected|impacted|lost|turned\s+away|missed)"
        ),
    ),
    (
        "need.severity",
        _rx(
            r"must[-\s]have|nice[-\s]to[-\s]have|how\s+(?:bad|serious|critical|important|essential|vital|necessary)|can\s+you\s+live\s+with|indispensable|confort|"
            # "how much does it hurt?", "could you live without it?", "a need or a want?", "vous pourriez
            # vous en passer ?"
            r"how\s+(?:much|badly)\s+(?:does|do|is|did)\s+(?:this|it|that)\s+(?:hurt|bite|sting|matter)|how\s+badly\s+do\s+you\s+need|"
            r"(?:could|can|would)\s+you\s+(?:live|cope|manage|survive|get\s+by)\s+without|(?:a\s+)?need\s+or\s+(?:a\s+)?(?:want|wish)|"
            r"(?:un\s+)?besoin\s+ou\s+(?:une?\s+)?(?:envie|souhait|confort)|(?:pourriez|pouvez|pourrais|pourriez)[-\s]vous\s+(?:vous\s+)?en\s+passer|"
            r"vous\s+en\s+passer|besoin\s+(?:fort|reel|vital|urgent)|"
            # "would you say it's essential?", "is it critical for the plant?"
            r"(?:is\s+it|is\s+this|it's|would\s+you\s+(?:say|call)\s+(?:it|this)(?:\s+is|'s)?)\s+(?:\w+\s+)?(?:essential|critical|vital|"
            r"a\s+must|mission-critical)|"
            # "is it essential or more of an improvement?", "a must for you or...?"
            r"(?:essential|critical|vital|a\s+must|must\s+for\s+you|optional|facultatif|essentiel|vital)\s+(?:\w+\s+){0,3}?(?:or|ou)|"
            r"a\s+quel\s+point|grave|critique|serieux|pouvez-vous\s+vivre"
        ),
    ),
    (
        "metrics.target",
        _rx(
            r"goal|target|objective|success|kpi|measure\s+success|what\s+would\s+good\s+look\s+like|improve\s+by|improvement|"
            # "what would you want to see?", "qu'est-ce que vous aimeriez obtenir ?", "what would make
            # you happy?"
            r"how\s+will\s+you\s+know\s+(?:it|this|that)\s+(?:worked|works|succeeded|is\s+working)|what\s+does\s+good\s+look\s+like|"
            r"trying\s+to\s+hit|aiming\s+(?:for|at)|comment\s+saurez-vous|vous\s+visez|visez-vous|c'est\s+(?:reussi|un\s+succes)|"
            r"what\s+would\s+you\s+(?:want|like|love|hope|expect)\s+to\s+(?:see|get|achieve|change)|what\s+would\s+make\s+(?:you|this|it)\s+"
            r"(?:happy|a\s+win|worth\s+it)|aimeriez\s+(?:obtenir|voir|atteindre)|voudriez\s+(?:obtenir|atteindre)|"
            r"(?:the\s+)?number\s+you(?:'d|\s+would)?\s+be\s+judged|judged\s+on|what\s+(?:result|outcome)s?|looking\s+to\s+achieve|"
            r"objectif|cible|succes|indicateur|a\s+quoi\s+ressemblerait|gagner\s+combien|(?:bon\s+)?resultat|vous\s+attendez\s+quoi|"
            # "quel chiffre visez-vous ?"; not "vous avez chiffré ça ?" (the cost of the problem)
            r"(?:quel|le|un)\s+chiffre(?!\s+(?:ce\s+que|ca|cela|le\s+cout|les\s+pertes))"
        ),
    ),
]

# Other ways to ask the same things (other idioms, regions, sectors): added to the topics above.
_MORE_TOPICS = {
    "budget.allocated": (
        r"money\s+(?:there|in\s+place|approved|signed\s+off)|(?:is|was)\s+(?:it|this|that)\s+(?:funded|budgeted|in\s+the\s+plan)|"
        r"ring-?fenced|provisionne|(?:c'est|est-ce)\s+(?:finance|budgete|prevu)|les\s+sous\s+(?:sont|existent)"
    ),
    "budget.amount": (
        r"what\s+(?:sort|kind)\s+of\s+(?:money|spend|investment|numbers?)|what\s+are\s+you\s+(?:looking|hoping|expecting|prepared|willing|able)\s+to\s+(?:spend|invest|pay)|"
        r"how\s+big\s+(?:is\s+)?(?:the\s+|a\s+)?(?:budget|cheque|check|spend)|what\s+(?:figure|number|price\s+point)|"
        r"combien\s+(?:vous\s+)?(?:comptez|pensez|pouvez|voulez|prevoyez)|quelle\s+enveloppe|quel\s+investissement|c'est\s+quoi\s+(?:votre|le)\s+budget"
    ),
    "authority.economic_buyer_identified": (
        r"who\s+(?:holds|controls|has)\s+the\s+(?:purse\s+strings|chequebook|checkbook|money)|who\s+(?:needs|has)\s+to\s+(?:approve|sign|okay|green-?light)|"
        r"whose\s+(?:sign-?off|signature|approval|budget)|who\s+gives\s+(?:the\s+)?(?:go-?ahead|nod|thumbs\s+up)|who\s+pulls\s+the\s+trigger|"
        r"who(?:'s|\s+is)\s+(?:the\s+)?(?:final\s+)?(?:approver|sign-?off|signatory)|who\s+(?:okays|green-?lights|rubber-?stamps)|"
        r"qui\s+(?:tient\s+les\s+cordons|a\s+le\s+pouvoir|approuve|autorise|arbitre|doit\s+(?:signer|"
        r"valider|approuver))|cordons\s+de\s+la\s+bourse|"
        # "who" / "qui" and, further on, a word of approving or of the money: "who gives it the final tick?"
        r"who(?:'s|\s+is)?\b[^?.]{0,40}?\b(?:final|sign\w*|approv\w*|ok|okay|tick|nod|say-?so|budget|money|"
        r"purse|cheques?|checks?|pays?|"
        r"green|go-?ahead|blessing|rubber)|qui\b[^?.]{0,40}?\b(?:sign\w*|valid\w*|decid\w*|dernier\s+mot|"
        r"feu\s+vert|budget|pai\w*|"
        r"tranch\w*|accord|approuv\w*|aval|cordons)"
    ),
    "priority.level": (
        r"(?:ca|cela|ce\s+projet|ce\s+sujet)\s+se\s+(?:situe|place|classe)|ou\s+se\s+(?:situe|place|classe)|par\s+rapport\s+aux\s+autres\s+(?:chantiers|projets|sujets|dossiers|priorites)|"
        r"(?:compared\s+(?:to|with)|against|among|versus|relative\s+to)\s+(?:all\s+)?(?:your\s+|the\s+)?other\s+(?:projects|priorities|initiatives|things)|"
        r"on\s+your\s+plate|how\s+high|where\s+(?:is|does)\s+(?:this|it)\s+(?:sit\s+)?on\s+(?:the|your)\s+(?:roadmap|agenda)|where\s+(?:does|would|will)\s+(?:this|it)\s+(?:sit|rank|fit|land)|how\s+much\s+of\s+a\s+focus|on\s+your\s+list|"
        r"ou\s+(?:ca|cela|ce\s+projet|ce\s+sujet)\s+se\s+(?:situe|place)|quelle\s+place|en\s+tete\s+de\s+liste|chantiers?\s+de\s+l'annee"
    ),
    "timeline.decision_date": (
        r"by\s+what\s+(?:date|point)|how\s+long\s+(?:until|before)|what\s+(?:kind\s+of\s+)?timing|target\s+date|"
        r"pour\s+quand|dans\s+quels\s+delais|a\s+quel\s+moment|echeancier"
    ),
    "competitors": (
        r"(?:seen|looked\s+at|spoken\s+to|talked\s+to|met)\s+(?:any|other)|other\s+(?:quotes|demos|players|companies|firms|shops)|"
        r"vu\s+d'autres|d'autres\s+(?:demos|devis|options|boites)|magasine"
    ),
}
# Verbs of deciding, judging or wanting, and future forms ("vous mesurerez comment ?"): how they will choose
# or judge, not how the work is done today.
_NOT_DOING = (
    r"(?:decid|choisi|evalu|compar|mesur|voy|verr|pens|voul|prevo|compt|priori|achet|valid|sign|financ|pay|situ|plac|"
    r"class|appel|all|port|ir|fer|aur|ser|pourr|saur|devr|voudr)[a-z]*ez"
)
# The nouns and verbs a question names its topic by, whatever its shape: "what about X?", "et côté X ?",
# "any X?", "X-wise?", "tell me about X", "who else is in the picture?".
_TOPIC_WORDS = {
    "competitors": (
        r"who\s+else\s+(?:is|'s|are)\s+(?:in\s+the\s+(?:picture|frame|running|mix|race)|on\s+(?:the|your)\s+(?:list|shortlist|radar))|"
        r"up\s+against|competition|competing|what(?:'s|\s+is|\s+else\s+is)\s+out\s+there|the\s+only\s+(?:ones?|vendors?|suppliers?|options?|company)|"
        r"other\s+(?:names|quotes|proposals|offers|bids|brands|products|systems|platforms|apps|software)|"
        r"(?:d')?autres?\s+(?:acteurs|boites|societes|entreprises|editeurs|fournisseurs|prestataires|solutions|outils|offres|"
        r"propositions|options|devis|logiciels|marques|noms)|ailleurs|tour\s+du\s+marche|sur\s+les\s+rangs|en\s+lice|"
        r"concurrents?|benchmark\w*"
    ),
    "budget.allocated": (
        r"money(?:-wise)?(?![^?.]{0,24}?(?:lose|lost|losing|save|saving|saved|waste|wasting|cost))|funds?|funded|"
        r"(?:de\s+l'|l')argent(?!\s+(?:perdu|que\s+vous\s+perdez))|les\s+sous|les\s+moyens|(?:cote|niveau)\s+finances?|"
        r"budgetaire|afford"
    ),
    "decision.process_known": (
        r"(?:buying|purchasing|procurement|approval|sign-?off|decision)\s+(?:process|works?|go(?:es)?|look|happen)|"
        r"how\s+(?:does|do|would|will|did)\s+(?:\w+\s+){0,3}?(?:buy|purchase|procure|approve|decide|sign\s+off)|"
        r"(?:decisions?|purchases?|buying|purchasing|things)\s+(?:\w+\s+){0,3}?(?:get|gets|are|is)\s+(?:made|taken|approved|done|decided|signed)|"
        r"who\s+(?:gets|has|have|else\s+has)\s+a\s+say|who\s+(?:needs|has|have)\s+to\s+be\s+(?:in\s+the\s+room|involved|consulted|"
        r"on\s+board|looped\s+in)|purchasing|procurement|les\s+achats|service\s+achats|"
        r"comment\s+(?:ca|cela)\s+se\s+passe\s+pour\s+(?:acheter|valider|decider|signer)|"
        r"comment\s+(?:se\s+)?(?:prend|prennent|decide|decident|valide|valident)\s+(?:la|les)\s+decisions?"
    ),
    "timeline.decision_date": (
        r"timing|delais|how\s+(?:fast|quickly)|move\s+(?:fast|quickly)|pour\s+quand|quel\s+horizon|"
        r"(?:decide|decision|sign|signer|trancher|decider)\s+(?:\w+\s+)?(?:by\s+)?when"
    ),
    "metrics.target": (
        r"what\s+would\s+(?:a\s+)?(?:win|success|good|great)\s+look\s+like|(?:a\s+)?win\s+look\s+like|atteindre|"
        r"what\s+(?:are\s+you|you're)\s+(?:aiming|shooting|hoping)\s+for"
    ),
    "need.current_solution": (
        # "how do you X?" in the present, of doing the work, not of deciding or judging: "how do you find
        # out?", "vous le découvrez comment ?"; not "how do you decide?", "comment vous comparez ?"
        r"how\s+do\s+(?:you|they|your\s+\w+)\s+(?:(?:guys|all|folks|usually|currently|normally|actually|typically|even)\s+)?"
        r"(?!decide|choose|evaluate|compare|measure|see|feel|think|want|plan|expect|prioriti[sz]e|rank|buy|purchase|approve|"
        r"sign|budget|pay|fund|know|define|judge|score|pick|like|mean|spell|say|pronounce|do\s+business)[a-z]{3,}"
        r"(?:\s+[\w'-]+){0,3}\s*\?|"
        rf"(?:comment\s+(?:est-ce\s+qu(?:e\s+|')?)?vous\s+(?:le\s+|la\s+|les\s+|l'|en\s+)?(?!{_NOT_DOING})[a-z]{{3,}}ez|"
        rf"vous\s+(?:le\s+|la\s+|les\s+|l')?(?!{_NOT_DOING})[a-z]{{3,}}ez\s+comment)(?![\w])|"
        r"debrouill\w*|how\s+(?:are|do)\s+you\s+(?:coping|getting\s+by|managing)|what\s+do\s+you\s+do\s+(?:today|now|instead)"
    ),
    "need.impact_quantified": (
        r"how\s+(?:often|frequent(?:ly)?)|(?:ca|cela)\s+arrive\s+(?:souvent|combien)|arrive\s+souvent|the\s+damage|"
        r"(?:ca|cela)\s+(?:vous\s+)?coute\s+(?:combien|quoi|cher)"
    ),
    "need.pain": (
        r"why\s+(?:are\s+we|we're)\s+(?:talking|speaking|here)|why\s+(?:the\s+)?call|headaches?|the\s+trouble|"
        r"what(?:'s|\s+is)\s+the\s+matter|pourquoi\s+(?:cet\s+appel|on\s+se\s+parle)|ce\s+qui\s+cloche|qu'est-ce\s+qui\s+cloche"
    ),
    "champion.named": (
        r"(?:anyone|anybody|someone|somebody|who)\s+(?:\w+\s+){0,2}?push(?:ing|es)?\s+(?:for|this|it)|"
        # "qui pousserait pour ?", not "qu'est-ce qui vous a poussés à appeler ?" (what brought them)
        r"pouss(?:e|ent|er|era|erait|eraient)\s+(?:pour|le\s+projet|ce\s+projet|en\s+interne|le\s+dossier)"
    ),
}
_TOPICS = [
    (
        fact,
        _rx("|".join(p for p in (pattern.pattern, _MORE_TOPICS.get(fact), _TOPIC_WORDS.get(fact)) if p)),
    )
    for fact, pattern in _TOPICS
]


_AT_STAKE = _rx(
    r"at\s+stake|cost(?:s|ing)?\s+you|you\s+lose|losing|en\s+jeu|vous\s+coute|vous\s+perdez|perte|numbers|figures|chiffres|impact|"
    r"(?:ca|cela)\s+(?:vous\s+)?represente|idee\s+du\s+cout|le\s+cout\s+(?:de|du|des)|how\s+much\s+time|combien\s+de\s+temps"
)
# "how much" that asks how badly it bites or what number they aim at, not a budget: "how much does this
# hurt?", "what number are you trying to hit?"
_NOT_MONEY = [
    (
        "need.severity",
        _rx(
            r"how\s+(?:much|badly)\s+(?:does|do|is|did)\s+(?:this|it|that)\s+(?:hurt|bite|sting|matter)|"
            # "is it a must-have?" asks how badly, "what are your must-haves?" asks what
            r"(?:is|c'est|est-ce)\s+(?:it|this|that|ca|un|une)?\s*(?:\w+\s+)?(?:a\s+|un\s+)?must[-\s]have(?!s)"
        ),
    ),
    ("metrics.target", _rx(r"trying\s+to\s+hit|aiming\s+(?:for|at)|vous\s+visez|visez-vous")),
]


_WHO = re.compile(
    r"^\W*(?:(?:and|so|ok(?:ay)?|right|et|alors|donc|ok)[\s,]+)*(?:who|whose|qui|c'est\s+qui)(?![\w])"
)


# A question on severity whose "yes" means it can wait: "can you live with it?", "vous pourriez vous
# en passer ?"
_LIVE_WITH = _rx(
    r"(?:can|could|would)\s+you\s+(?:\w+\s+)?(?:live|cope|manage|survive|get\s+by)\s+with(?:out)?|"
    r"(?:pourriez|pouvez|pourrais|pourrait)[-\s](?:vous|on|tu)\s+(?:vous\s+|t'|s')?en\s+passer|"
    r"(?:pouvez|pourriez)[-\s]vous\s+vivre\s+(?:avec|sans)"
)
# Words that name one topic for sure, which goes first when a question names others in passing: "is
# anything forcing the date?" (the event), "what other names are on your list?" (rivals, not a rank).
_FIRST_IF = [
    (
        "timeline.compelling_event",
        _rx(
            r"forc\w*|driv(?:es|ing)|triggers?|why\s+now|pourquoi\s+maintenant|qu'est[-\s]ce\s+qui\s+(?:impose|force|motive)|"
            r"quelque\s+chose\s+qui\s+(?:presse|impose|force)"
        ),
    ),
    (
        "competitors",
        _rx(
            r"other\s+(?:names|vendors|suppliers|providers|tools|solutions|options|quotes|bids|products)|up\s+against|"
            r"who\s+else\s+(?:is|are|'s)\s+(?:in|on)|d'autres\s+(?:acteurs|editeurs|fournisseurs|prestataires|solutions|outils|"
            r"offres|devis|boites)|sur\s+les\s+rangs|concurren\w*|competitors?|competition"
        ),
    ),
]
SEVERITY_INVERTED = "need.severity:inverted"  # a marker among the asked topics, no fact


def question_topics(text: str) -> list[str]:
    """The facts a rep's question asks about, best guess first ("Who signs?" ->
    authority.economic_buyer_identified), from its words; [] for small talk."""
    folded = fold(text)
    topics = [fact for fact, pattern in _TOPICS if pattern.search(folded)]
    eb = "authority.economic_buyer_identified"
    if eb in topics and _WHO.match(folded):  # "who holds the budget?": a person, before the budget
        topics = [eb] + [t for t in topics if t != eb]
    if _AT_STAKE.search(folded):  # "the amount at stake" is the cost of the problem, not a budget
        topics = ["need.impact_quantified"] + [
            t for t in topics if t not in ("budget.amount", "need.impact_quantified")
        ]
    for fact, pattern in _NOT_MONEY:
        if fact in topics and pattern.search(folded):
            others = (fact, "budget.amount", "need.pain", "decision.criteria")
            topics = [fact] + [t for t in topics if t not in others]
    for fact, pattern in _FIRST_IF:
        if fact in topics and pattern.search(folded):  # "anything forcing the date?": the event first
            topics = [fact] + [t for t in topics if t != fact]
    if "need.severity" in topics and _LIVE_WITH.search(folded):
        topics.append(SEVERITY_INVERTED)  # "could you live without it?": a yes says it is no must-have
    return topics


_YES = re.compile(
    r"^\W*(?:yes|yeah|yep|yup|sure|absolutely|definitely|of\s+course|correct|exactly|indeed|that's\s+right|right|we\s+do|we\s+have|it\s+is|i\s+do|"
    r"certainly|totally|for\s+sure|affirmative|oui|ouais|bien\s+sur|tout\s+a\s+fait|absolument|exactement|effectivement|c'est\s+ca|c'est\s+exact|"
    r"en\s+effet|evidemment|certainement|carrement|clairement|si)(?![\w])",
    _F,
)
_NO = re.compile(
    r"^\W*(?:no|nope|nah|not\s+(?:really|yet|at\s+all|that\s+i\s+know\s+of|as\s+such|officially)|not\s+sure|we\s+don't|we\s+haven't|i\s+don't|there\s+isn't|"
    r"there's\s+no|none|nothing|nobody|no\s*one|non|pas\s+(?:vraiment|encore|du\s+tout|a\s+ma\s+connaissance|officiellement|sur)|pas\s+de|aucun(?:e)?|"
    r"rien|personne|on\s+n'a\s+pas|je\s+ne\s+(?:sais|pense)\s+pas|nous\s+n'avons\s+pas)(?![\w])",
    _F,
)
_DONT_KNOW = re.compile(
    r"(?<![\w'])(?:(?:i\s+)?(?:don't|do\s+not)\s+(?:really\s+)?know|no\s+idea|not\s+sure|good\s+question|i'd\s+have\s+to\s+check|i\s+need\s+to\s+check|"
    r"unclear|hard\s+to\s+say|je\s+ne\s+sais\s+pas|aucune\s+idee|pas\s+sur(?:e)?|bonne\s+question|il\s+faudrait\s+que\s+je\s+verifie|"
    r"je\s+dois\s+verifier|difficile\s+a\s+dire)(?![\w])",
    _F,
)


def polarity(text: str) -> bool | None:
    """True for an answer that starts as a yes, False for a no, None otherwise."""
    folded = fold(text).strip()
    if _NO.match(folded):
        return False
    if _YES.match(folded):
        return True
    return None


def dont_know(text: str) -> bool:
    return bool(_DONT_KNOW.search(fold(text)))
