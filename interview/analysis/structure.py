"""Facts read from the shape of a clause rather than from one idiom.

The word lists of statements.py know many fixed phrasings; these readers know how a clause is built
and take any verb or noun of the right family:

- budget status: something that is money (an amount, "budget", "l'enveloppe", "the cash") and a verb
  of setting money aside ("put aside", "earmarked", "validé", "mis de côté") in the same clause; the
  verb's tense and mood give the status (done: allocated; future, hoped, needed: being defined;
  negated: not allocated, or being defined with "yet");
- priority: a rank ("our second project", "8 out of 10", "n°2 sur la liste"), a comparison with
  another project ("more urgent than the ERP", "passe après la paie") or an intensity on an adjective
  of urgency ("super pressing", "pas si urgent");
- competitors: two names joined by "vs", "or", "between X and Y" in a sentence about choosing, names
  after a leaning or a narrowed field ("leaning towards X", "down to X and Y", "on penche pour X"),
  and not the tools they have, had or mean to replace ("we had Zendesk before", "on utilise la
  solution de X", "we're looking at replacing X");
- champion: a person (or "I") and a verb of pushing in one clause ("Priya has been banging the
  drum", "Julie y tient beaucoup"), or "nobody" with one;
- severity: the harm of doing nothing ("without it we'd fail the audit") or living with it ("we can
  limp along");
- target: a change with its measure in any tense or person ("halve", "a 15% drop in churn", "gagne
  10 % de marge", "within a day");
- the contact's own part: gathering for someone else, deciding together, being the one using it.

Every reader works on folded text (recognisers.fold) with numbers already written as digits.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from interview.analysis.recognisers import fold, money_to_ask_for

_F = re.ASCII


@dataclass(frozen=True)
class Reading:
    fact: str
    value: str
    start: int
    end: int
    strength: int
    why: str


def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, _F)


# --- clauses -------------------------------------------------------------------------------------

_CLAUSE_END = _rx(
    r"[.;!?]|\s(?:but|however|though|whereas|while|mais|cependant|par\s+contre|alors\s+que|tandis\s+que)\s|"
    r",\s+(?:and|et)\s+(?:we|on|nous|i|je)\s"
)


def clauses(folded: str) -> list[tuple[int, int]]:
    """The clauses of a folded sentence: (start, end), cut at stops and contrasts ("but", "mais")."""
    out = []
    start = 0
    for m in _CLAUSE_END.finditer(folded):
        if m.start() > start:
            out.append((start, m.start()))
        start = m.end()
    if start < len(folded):
        out.append((start, len(folded)))
    return out


# --- budget status -------------------------------------------------------------------------------

# Things that are money: an amount (numbers are digits by now), or a noun of money.
_MONEY = _rx(
    r"(?:[$€£]\s?\d|(?<![\w.,])\d[\d.,\s]*\s?(?:k|m|mil|mio|million|millions|grand|keur|k€|m€|€|\$|£|euros?|"
    r"dollars?|bucks|"
    r"pounds?|quid|francs?|balles|piasses?|chf|usd|eur|gbp|cad|aud|"
    r"rands?|yens?|rupees?|roupies?|lakhs?|crores?|kronor|kroner|couronnes?|zlotys?|pesos?|reais|dirhams?|"
    r"fcfa|cfa|yuans?|rmb)(?![\w])|"
    r"(?<![\w'])(?:\d{1,3}(?:[ ,.]\d{3})+|\d{4,})(?![\w]))|"
    r"(?<![\w])(?:budget|money|funds?|funding|cash|envelope|line\s+item|spend|capex|opex|dollars|euros|pot|"
    r"enveloppe|argent|fonds|"
    r"financement|sous|ligne(?:\s+budgetaire)?|credits?|somme|montant|the\s+(?:number|figure)|"
    r"le\s+chiffre)(?![\w])"
)
# Words that stand for "no money" in a negated clause: "we haven't put anything aside".
_NOTHING = _rx(
    r"(?<![\w'])(?:anything|nothing|rien|a\s+(?:cent|penny|dime)|un\s+(?:euro|sou|centime|kopeck))(?![\w])"
)
# Verbs (and participles) of setting money aside, in any tense.
_SET_ASIDE = _rx(
    r"(?<![\w'])(?:(?:set|put|carved?|kept|keep|tuck(?:ed)?|squirrel(?:l?ed)?|stash(?:ed)?|held|"
    r"hold)\s+(?:\w+\s+){0,3}?(?:aside|away|out|back)|"
    r"set\s+aside|earmark(?:ed)?|ring-?fenced|reserved|approved|approval\s+for|sign(?:ed)?\s+off\s+on|"
    r"signed\s+off|signed-?off|sign-?off\s+(?:for|on)|"
    r"secured|budgett?ed|allocated|locked\s+in|green-?lit|green-?lighted|funded|released|granted|"
    r"mis(?:e|es)?\s+(?:\w+\s+){0,4}?de\s+cote|de\s+cote|(?:a|ont|avons|est|sont|ete|deja|"
    r"on\s+a)\s+(?:\w+\s+)?(?:reserve|vote|finance|acte|arbitre)(?:e|es|s)?|"
    r"bloque(?:e|es|s)?|provisionne(?:e|es|s)?|budgete(?:e|es|s)?|alloue(?:e|es|s)?|valide(?:e|es|s)?|"
    r"debloque(?:e|es|s)?|sanctuarise(?:e|es|s)?|"
    r"accorde(?:e|es|s)?|obtenu(?:e|es|s)?|degage(?:e|es|s)?|approuve(?:e|es|s)?)(?![\w])"
)
# The same verbs in the infinitive: only to come ("il faudra faire valider l'enveloppe").
_TO_SET_ASIDE = _rx(
    r"(?<![\w'])(?:to\s+(?:get\s+)?(?:\w+\s+)?(?:approve[ds]?|sign(?:ed)?\s+off|set\s+aside|allocate|secure|"
    r"release|free\s+up|find|unlock|ring-?fence|earmark|adopt)|"
    r"valider|obtenir|debloquer|degager|provisionner|budgeter|allouer|reserver|mettre\s+de\s+cote|voter|adopter|"
    r"approuver|accorder|trouver|chercher)(?![\w])"
)
# Money that is (or is not) there: "the funding isn't there yet", "l'argent est là".
_THERE = _rx(
    r"(?<![\w'])(?:l')?(?:budget|money|funding|funds|cash|argent|enveloppe|fonds|financement|"
    r"(?:les|des|nos|mes)\s+sous|pot)(?:'s|\s+isn't|"
    r"\s+aren't|\s+is|\s+are|\s+n'est|\s+est|\s+sont)?\s+"
    r"(?:not\s+|n't\s+|pas\s+|already\s+|deja\s+|bien\s+)?(?:yet\s+)?(?:there|in\s+place|available|la|"
    r"dispo\w*|disponible\w*)(?![\w])"
)
# Having money: "we have the cash for it", "there's money for it", "on a l'argent".
_HAVE = _rx(
    r"(?<![\w'])(?:(?:we|i)(?:\s+(?:do\s+)?(?:have\s+got|have|got)|'ve\s+got|'ve)|there(?:'s|\s+is)|on\s+a|"
    r"nous\s+avons|il\s+y\s+a)\s+"
    r"(?:already\s+|deja\s+)?(?:the\s+|some\s+|l'|de\s+l'|les\s+|des\s+|du\s+|a\s+|un\s+|une\s+)?(?:money|"
    r"cash|funds|funding|argent|sous|fonds|financement|budget|enveloppe|pot)"
    r"(?:\s+(?:for|in\s+place|pour|la-dessus|prevue?|dispo\w*|available))"
)
# Having an amount for it: "we've got about 80k for it", "on a 40 000 $ de prévu".
_HAVE_AMOUNT = _rx(
    r"(?<![\w'])(?:(?:we|i)(?:\s+(?:do\s+)?(?:have\s+got|have|got)|'ve\s+got|'ve)|on\s+a|nous\s+avons|"
    r"j'ai)\s+"
    r"(?:(?:about|around|roughly|some|nearly|almost|environ|autour\s+de|a\s+peu\s+pres|pres\s+de|"
    r"quelque)\s+)?"
    r"(?:[$€£]\s?)?\d[\d.,\s]*\s?(?:k|m|grand|mil|keur|k€|m€|€|\$|£|euros?|dollars?|pounds?|quid|francs?|"
    r"balles|piasses?|"
    r"chf|usd|eur|gbp|cad|aud)?(?:\s+(?:k|aud|cad|usd|eur|gbp|chf))?\s+(?:for|pour|de\s+(?:prevu|cote|"
    r"dispo\w*|budget\w*)|"
    r"set\s+aside|earmarked|put\s+aside|in\s+the\s+(?:budget|plan)|dans\s+le\s+budget)(?![\w])"
)
# A budget said to be nothing: "Budget? Zero right now.", "l'enveloppe : zéro".
_ZERO = _rx(
    r"(?<![\w'])(?:budget|enveloppe|money|funding)\W{0,3}(?:\w+\s+){0,2}?(?:zero|nothing|nil|nada|rien|"
    r"0)(?![\w])|"
    r"(?<![\w'])(?:not|pas|n'a\s+pas|don't\s+have)\s+(?:un|une|a|one|a\s+single)\s+(?:sou|euro|centime|"
    r"penny|cent|dime|dollar|franc)(?![\w])(?!\s+(?:more|extra|over|de\s+plus|en\s+plus|au-dessus))"
)  # "not a penny more", "pas un franc de plus": a cap on money there is, not no money
# Money from a budget that exists: "it'd come out of the existing IT budget", "ça sortirait du budget".
_FROM_BUDGET = _rx(
    r"(?<![\w'])(?:come|comes|coming|came|paid|funded|taken)\s+(?:out\s+of|from)\s+(?:the|our|my|"
    r"an?)\s+(?:existing\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:budget|line|opex|capex)|"
    r"(?:sort\w*|pris\w*|financ\w*|pay\w*|imput\w*)\s+(?:du|sur\s+le|sur\s+la|de\s+la|de\s+l')\s*(?:budget|"
    r"ligne|enveloppe)"
)
# A case for money still to be made: "I'd need to make a business case", "monter un dossier".
_CASE_TO_MAKE = _rx(
    r"(?<![\w'])(?:make|making|build|building|write|writing|put(?:ting)?\s+together|prepare|preparing|submit|"
    r"submitting)\s+(?:a|the|our)\s+(?:business\s+)?case|"
    r"(?:monter|preparer|faire|deposer)\s+(?:un|le|notre)\s+dossier(?:\s+de\s+financement)?"
)
_NEGATION = _rx(
    r"(?<![\w'])(?:not|no|never|nothing|none|nobody|zero|pas|jamais|aucun(?:e)?|rien|personne|ne|"
    r"n')(?![\w])|n't(?![\w])"
)
_YET = _rx(
    r"(?<![\w'])(?:yet|so\s+far|for\s+now|at\s+this\s+point|encore|pour\s+l'instant|pour\s+le\s+moment|"
    r"a\s+ce\s+stade)(?![\w])"
)
# Before the verb: what is only to come (future, need, hope, condition).
_TO_COME = _rx(
    r"(?<![\w'])(?:will|'ll|going\s+to|gonna|need\s+to|needs\s+to|have\s+to|has\s+to|got\s+to|hope|hoping|"
    r"hopefully|should|would|could|"
    r"might|may|plan(?:ning)?\s+to|want\s+to|trying\s+to|try\s+to|waiting|wait|pending|once|if|until|"
    r"subject\s+to|"
    r"va|vais|vont|allons|doit|dois|devons|doivent|devra|devront|faudra|faut|espere\w*|esperons|devrait|"
    r"pourrait|pourra|aimerait|compte|comptons|"
    r"attend\w*|sous\s+reserve|si|quand|une\s+fois|avant\s+de|reste\s+a|a\s+faire)(?![\w])|'ll(?![\w])"
)
# Another purpose for money set aside: "last year's budget", "the marketing budget was approved".
_OTHER_MONEY = _rx(r"(?<![\w'])(?:last\s+year|l'an\s+dernier|l'annee\s+derniere|previous|ancien\w*)(?![\w])")


# The status reported as unknown: "didn't say whether anything is set aside", "je ne sais pas si".
_UNKNOWN_IF = _rx(
    r"(?<![\w'])(?:say|said|tell|told|know|sure|share|confirm|mention(?:ed)?|clear|dit|su|sait|sais|savoir|"
    r"precise|confirme)\s+(?:\w+\s+)?(?:whether|if|si|s')(?![\w])"
)
# A sum asked for, not yet granted: "we've requested 75k in next year's budget", "on a demandé 40 k€".
_REQUESTED = _rx(
    r"(?<![\w'])(?:(?:we|i)(?:'ve|\s+have)?\s+(?:already\s+)?(?:asked\s+for|requested|applied\s+for|bid\s+for|"
    r"put\s+in\s+(?:a\s+)?(?:request|bid)\s+for)|(?:on|nous|j')\s*(?:a|avons|ai)\s+(?:deja\s+)?(?:demande|sollicite|"
    r"reclame))(?![\w])"
)
_A_PRICE = _rx(r"(?<![\w'])(?:quotes?|quotations?|estimates?|proposals?|devis|offres?)(?![\w])")
# An amount with its approval as a bare participle ("0,5 M€ sur 3 ans, voté en décembre", "$90k,
# approved in May"); "qui sera voté", "to be approved" are to come.
_AMOUNT_PARTICIPLE = _rx(
    r"(?:[$€£]\s?\d|(?<![\w.,])\d[\d.,\s]*\s?(?:k|m|mil|keur|k€|m€|€|\$|£|euros?|dollars?))[^.;]{0,30}?,\s*(?:qui\s+|which\s+|that\s+)?"
    r"(?P<verb>(?:(?:sera|seront|will\s+be|to\s+be|a\s+faire)\s+)?(?:vote|valide|approuve|acte|approved|signed\s+off|"
    r"ring-?fenced|voted)e?s?)(?![\w])"
)


# A budget still being drawn up: the progressive aspect ("is drawing up next year's budget", "still
# being carved up", "en train de boucler", "en cours d'arbitrage") in a clause whose noun is a budget
# (not money being spent or lost: "we're pouring money into couriers").
_BUDGET_NOUN = _rx(
    r"(?<![\w'])(?:budget\w*|spending\s+plan|envelope|enveloppe|capex|opex|funding|financement)(?![\w])"
)
_IN_PROGRESS = _rx(
    r"(?<![\w'])(?:(?:is|are|am|'s|'re|still|currently|now)\s+(?:still\s+|currently\s+|now\s+)?"
    r"(?P<ing>[a-z]+ing)(?![\w])|being\s+[a-z]+(?:ed|en|t|up)(?![\w])|en\s+(?:train|cours)\s+d(?:e\s|'))"
)
_NOT_BUILDING = _rx(
    r"^(?:spend|pour|los|wast|burn|blow|bleed|cost|pay|look|talk|think|work|go|hav|get|gett|runn|"
    r"us|tak|mak|sitt|bring)"
)


_AUXILIARY_BEFORE = _rx(r"(?:is|was|been|are|were|est|a\s+ete|ont\s+ete|sont|ete|:)\s*$")


def _in_progress(clause: str) -> re.Match[str] | None:
    """The progressive verb of a clause about a budget being drawn up, or None (see _IN_PROGRESS)."""
    if not _BUDGET_NOUN.search(clause):
        return None
    for m in _IN_PROGRESS.finditer(clause):
        if _NEGATION.search(clause[: m.start()]) or re.match(r"\s+(?:not|pas)\b", clause[m.end() :]):
            continue  # "we're not setting a budget": no budget being drawn up
        if m["ing"] and _NOT_BUILDING.match(m["ing"]):
            continue
        if re.search(r"perdre|depens|gaspill|payer|jeter", clause[m.end() : m.end() + 20]):
            continue  # "en train de perdre de l'argent"
        return m
    return None


def budget_status(text: str) -> list[Reading]:
    """Whether money is set aside, from a clause with money and a verb of setting it aside."""
    folded = fold(text)
    out: list[Reading] = []
    if _UNKNOWN_IF.search(folded):
        return out  # "didn't say whether anything is set aside": no status at all
    for lo, hi in clauses(folded):
        if (m := _in_progress(folded[lo:hi])) is not None:
            why = f"the budget is being defined ({text[lo + m.start() : lo + m.end()]})"
            return [Reading("budget.allocated", "being_defined", lo + m.start(), lo + m.end(), 2, why)]
    if (
        (req := _REQUESTED.search(folded))
        and _MONEY.search(folded, req.end())
        and not _A_PRICE.search(folded)
    ):  # "we asked for a quote of 20k" is a price, not a request for money
        why = f"the budget is being defined: asked for ({text[req.start() : req.end()]})"
        return [Reading("budget.allocated", "being_defined", req.start(), req.end(), 2, why)]
    if (part := _AMOUNT_PARTICIPLE.search(folded)) and not _NEGATION.search(part.group()):
        verb = part["verb"]
        value = "being_defined" if re.match(r"(?:sera|seront|will|to|a\s)", verb) else "allocated"
        said = "the budget is being defined" if value == "being_defined" else "money is set aside"
        why = f"{said} ({verb})"
        return [Reading("budget.allocated", value, part.start("verb"), part.end("verb"), 2, why)]
    if (z := _ZERO.search(folded)) is not None and not _OTHER_MONEY.search(folded):
        value = "being_defined" if _YET.search(folded) else "not_allocated"
        why = f"no money set aside ({text[z.start() : z.end()]})"
        return [Reading("budget.allocated", value, z.start(), z.end(), 2, why)]
    for lo, hi in clauses(folded):
        clause = folded[lo:hi]
        if _OTHER_MONEY.search(clause):
            continue
        if (src := _FROM_BUDGET.search(clause)) and not _NEGATION.search(clause):
            why = f"money is set aside ({text[lo + src.start() : lo + src.end()]})"
            out.append(Reading("budget.allocated", "allocated", lo + src.start(), lo + src.end(), 2, why))
            continue
        if (case := _CASE_TO_MAKE.search(clause)) and (
            _TO_COME.search(clause[: case.start()]) or re.search(r"ing\b|dossier", case.group())
        ):  # "I'll have to write a business case"; "I write the business case" is what they do
            why = f"the budget is being defined ({text[lo + case.start() : lo + case.end()]})"
            start, end = lo + case.start(), lo + case.end()
            out.append(Reading("budget.allocated", "being_defined", start, end, 2, why))
            continue
        if (inf := _TO_SET_ASIDE.search(clause)) and _MONEY.search(clause):
            why = f"the budget is being defined ({text[lo + inf.start() : lo + inf.end()]})"
            out.append(Reading("budget.allocated", "being_defined", lo + inf.start(), lo + inf.end(), 2, why))
            continue
        verb = _SET_ASIDE.search(clause) or _HAVE.search(clause)
        if (
            verb
            and re.match(r"\s+(?:by|par)\s", clause[verb.end() :])
            and not _AUXILIARY_BEFORE.search(clause[: verb.start()])
        ):  # "money released by Pauline, the FD": who releases it; "budget : validé par..." is a status
            continue
        verb = verb or _THERE.search(clause) or _HAVE_AMOUNT.search(clause)
        if verb is None:
            continue
        near = clause[max(0, verb.start() - 50) : verb.end() + 50]
        negated = bool(
            _NEGATION.search(clause[: verb.end()]) or re.match(r"\s+(?:not|pas)\b", clause[verb.end() :])
        )
        if not (_MONEY.search(near) or (negated and _NOTHING.search(near))):
            continue
        before = clause[: verb.start()]
        if negated:
            later = money_to_ask_for(folded, lo + verb.end())  # "nothing's budgeted, but I might free up 15k"
            to_come = _YET.search(clause) or _TO_COME.search(before) or later
            value = "being_defined" if to_come else "not_allocated"
        elif _TO_COME.search(before):
            value = "being_defined"
        else:
            value = "allocated"
        why = {
            "allocated": "money is set aside",
            "being_defined": "the budget is being defined",
            "not_allocated": "no money set aside",
        }[value]
        why = f"{why} ({text[lo + verb.start() : lo + verb.end()]})"
        # "~250k if approved": a condition on the amount, a hint of its status at most
        conditional = value == "being_defined" and re.search(r"(?<![\w'])(?:if|si)\s+(?:\w+\s+)?$", before)
        strength = 1 if conditional else 2
        out.append(Reading("budget.allocated", value, lo + verb.start(), lo + verb.end(), strength, why))
    return out


def money_verb(folded: str) -> bool:
    """Whether a folded sentence sets money aside, in any tense ("the 40k we've put aside")."""
    return bool(_SET_ASIDE.search(folded) or _TO_SET_ASIDE.search(folded))


# --- priority ------------------------------------------------------------------------------------

_ORDINALS = {
    "first": 1, "1st": 1, "premier": 1, "premiere": 1, "1er": 1, "1ere": 1, "one": 1, "un": 1, "1": 1,
    "second": 2, "2nd": 2, "deuxieme": 2, "seconde": 2, "2e": 2, "2eme": 2, "two": 2, "deux": 2, "2": 2,
    "third": 3, "3rd": 3, "troisieme": 3, "3e": 3, "3eme": 3, "three": 3, "trois": 3, "3": 3,
    "fourth": 4, "4th": 4, "quatrieme": 4, "4e": 4, "four": 4, "quatre": 4, "4": 4,
    "fifth": 5, "5th": 5, "cinquieme": 5, "5e": 5, "five": 5, "cinq": 5, "5": 5,
    "sixth": 6, "6th": 6, "sixieme": 6, "six": 6, "6": 6,
    "seventh": 7, "septieme": 7, "sept": 7, "seven": 7, "7": 7,
}  # fmt: skip
_ORDINAL = (
    r"(?:first|1st|premier|premiere|1ere?|second|2nd|deuxieme|seconde|2e(?:me)?|third|3rd|troisieme|"
    r"3e(?:me)?|"
    r"fourth|4th|quatrieme|4e|fifth|5th|cinquieme|5e|sixth|6th|sixieme|seventh|septieme)"
)
_RANK_NOUN = (
    r"(?:priority|priorities|project|thing|item|initiative|focus|on\s+(?:the|my|our)\s+(?:list|agenda)|"
    r"priorite|chantier|projet|sujet|dossier|position|place|sur\s+(?:la|ma|notre)\s+liste)"
)
# "our third project", "it ranks second", "n°2 sur la liste", "number two on the list".
_RANK = _rx(
    rf"(?<![\w'])(?:(?:our|my|the|his|her|their|notre|ma|mon|la|le|leur|"
    rf"en)\s+(?P<o1>{_ORDINAL})\s+{_RANK_NOUN}|"
    rf"(?:ranks?|ranked|comes?|sits?|lands?|is|arrive|vient|passe|classe)\s+(?:in\s+|"
    rf"en\s+)?(?P<o2>{_ORDINAL})(?![\w])|"
    r"(?:number|numero|no\.?|n°|#)\s?(?P<o3>one|two|three|four|five|un|deux|trois|quatre|cinq|[1-7])\s+"
    r"(?:on\s+(?:the|my|our)\s+(?:list|agenda)|sur\s+(?:la|ma|notre)\s+liste|priority|priorite|project|"
    r"projet|chantier)|"
    # "it's fourth or fifth on our list", "troisième sur la liste"
    rf"(?P<o4>{_ORDINAL})(?:\s+(?:or|ou)\s+{_ORDINAL})?\s+(?:on\s+(?:the|my|our|his|her|their)\s+(?:list|agenda)|"
    r"sur\s+(?:la|ma|notre|leur)\s+liste))"
)
# "8 out of 10", "sept sur dix", "on a scale of 1 to 10, a 9".
_SCALE = _rx(
    r"(?<![\w.,])(?P<n>10|[0-9](?:[.,]5)?)\s*(?:out\s+of|/|sur|on)\s*(?P<of>10|5)(?![\w]|[.,]\d)|"
    r"scale\s+of\s+(?:1|one)\s+to\s+(?:10|ten)[^.;!?]{0,30}?(?<![\w.,])(?P<n2>10|[0-9])(?![\w%]|[.,]\d)|"
    r"echelle\s+de\s+(?:1|un)\s+a\s+(?:10|dix)[^.;!?]{0,30}?(?<![\w.,])(?P<n3>10|[0-9])(?![\w%]|[.,]\d)"
)
_URGENCY_WORD = (
    r"(?:urgent|pressing|important|critical|crucial|prioritaire|pressant|critique|essentiel|vital|"
    r"high\s+priority)"
)
# "more urgent than the ERP", "moins prioritaire que la paie".
_COMPARE = _rx(
    rf"(?<![\w'])(?P<dir>more|less|plus|moins)\s+{_URGENCY_WORD}\s+(?:than|que|qu')\s*(?P<other>\w+)?"
)
_THIS = _rx(r"^(?:this|it|that|ours|us|ca|cela|celui-ci|celui-la|nous|le\s+votre|this\s+one)$")
# "really pressing", "hyper prioritaire"; "pas du tout urgent", "not urgent at all".
_INTENSE = _rx(
    rf"(?<![\w'])(?:really|very|super|extremely|hugely|incredibly|massively|seriously|genuinely|so|vraiment|"
    rf"tres|hyper|ultra|"
    rf"extremement|franchement|carrement|particulierement)\s+{_URGENCY_WORD}(?![\w])"
)
_NOT_AT_ALL = _rx(
    rf"(?<![\w'])(?:pas\s+du\s+tout|not\s+at\s+all|absolutely\s+not|in\s+no\s+way|nullement|"
    rf"aucunement)\s+{_URGENCY_WORD}|"
    rf"(?:not|n't|pas)\s+{_URGENCY_WORD}\s+(?:at\s+all|du\s+tout)"
)
# A place on the list said as a direction: "further down for me", "way up there", "plus bas".
_DOWN_OR_UP = _rx(
    r"(?<![\w'])(?:(?P<down>(?:further|lower|way|well|pretty\s+far|a\s+(?:bit|long\s+way)|"
    r"much)\s+down(?:\s+(?:the|my|our)\s+"
    r"(?:list|pile|order|pecking\s+order))?|plus\s+bas\s+dans\s+(?:la|ma|notre)\s+liste|"
    r"loin\s+dans\s+la\s+liste)|"
    r"(?:(?:pas\s+mal|assez|plutot|tres)\s+)?en\s+haut\s+de\s+(?:la|ma|notre)\s+(?:liste|pile)|"
    r"(?:just|right|juste|immediatement|tout\s+de\s+suite)\s+(?:after|behind|below|apres|derriere)\s+(?:the|"
    r"our|my|la|le|les|l'|notre)(?!\s*(?:office|building|station|house|door|desk|counter|shop|store|warehouse|depot|"
    r"bureau|batiment|gare|maison|porte|magasin|entrepot|parking|car\s+park)(?![\w])(?!\s+(?:move|project|projet|"
    r"demenagement|renovation|refit|upgrade|expansion|extension)))|"
    # "... mais juste derrière.", "it comes right after.": the place next to the first, said last
    r"(?:mais|but|c'est|it's|it\s+is|comes|vient|arrive|passe|sits)\s+(?:just|right|juste|immediatement)\s+"
    r"(?:after|behind|apres|derriere)(?=\s*(?:[.;!?]|$))|"
    r"(?:(?:way|right|pretty\s+high|high|further)\s+up\s+(?:there|the\s+list|on\s+the\s+list)|"
    r"(?:it's|it\s+is|this\s+is|that's)\s+(?:\w+\s+)?up\s+there(?!\s+(?:in|on|at|with\s+the\s+(?:team|others)))|top\s+half|"
    r"up\s+there\s+with|"
    r"(?:plus|tres)\s+haut\s+dans\s+(?:la|ma|notre)\s+liste))(?![\w])"
)
# Projects before this one: "a dozen projects ahead of this one", "une dizaine de projets avant".
_AHEAD = _rx(
    r"(?<![\w'])(?P<n>\d+|one|two|three|four|five|six|a\s+couple\s+of|a\s+few|several|many|a\s+dozen|"
    r"dozens\s+of|plenty\s+of|lots\s+of|"
    r"un|une|deux|trois|quatre|cinq|quelques|plusieurs|une\s+dizaine\s+de|beaucoup\s+de|"
    r"pas\s+mal\s+de)\s+(?:other\s+|big\s+|bigger\s+|autres\s+|gros\s+)?"
    r"(?:projects?|things?|priorities|initiatives?|projets?|chantiers?|sujets?|dossiers?|priorites)\s+"
    r"(?:ahead\s+of|before|above|in\s+front\s+of|avant|devant|qui\s+passent\s+avant)"
)
# "one of five things on my plate", "un projet parmi six".
_ONE_OF = _rx(
    r"(?<![\w'])(?:one\s+of|l'un\s+de|l'une\s+de|un\s+de|une\s+de|parmi|among|dans)\s+(?:the\s+|nos\s+|mes\s+|our\s+|"
    r"my\s+|les\s+)?(?P<n>\d+|two|three|four|five|six|seven|eight|ten|"
    r"deux|trois|quatre|cinq|six|sept|huit|dix|a\s+dozen|une\s+dizaine)\s+"
    r"(?:(?:big|biggest|main|key|major|top|grosses|grandes|principales|gros|grands|principaux)\s+)?"
    r"(?:things|projects|priorities|bets|"
    r"items|initiatives|choses|projets|chantiers|sujets|priorites|paris|dossiers)"
)
_NUMBER_WORDS = {
    "one": 1, "un": 1, "une": 1, "two": 2, "deux": 2, "three": 3, "trois": 3,
    "four": 4, "quatre": 4, "five": 5, "cinq": 5,
    "six": 6, "seven": 7, "sept": 7, "eight": 8, "huit": 8, "ten": 10, "dix": 10, "a couple of": 2,
}  # fmt: skip


def _count(word: str) -> int:
    """A count said in digits or words; a vague "several" / "une dizaine" is many."""
    word = " ".join(word.split())
    if word.isdigit():
        return int(word)
    return _NUMBER_WORDS.get(word, 2 if word in ("a few", "quelques") else 10)


def _level_of_rank(rank: int) -> str:
    return "top" if rank == 1 else "high" if rank <= 3 else "medium" if rank <= 5 else "low"


# A score is a priority only when given as one: "I'd say an 8", "je mettrais 7 sur 10", not "3 out of
# 10 visits get logged".
_SCORING = _rx(
    r"(?<![\w'])(?:(?:i'd|i\s+would|we'd|we\s+would)\s+(?:say|put|give|rate|call)|rate|rated|rating|score|"
    r"scale|"
    r"je\s+(?:dirais|mettrais|donnerais)|on\s+(?:dirait|mettrait)|note|echelle|priorit\w*|urgen\w*)(?![\w])"
)


# A score alone, answering "out of ten, how high is it?": "Maybe a seven.", "Disons 8."
_BARE_SCORE = _rx(
    r"^\W*(?:(?:maybe|about|probably|say|i'd\s+say|honestly|je\s+dirais|disons|peut-etre|environ|bof)[\s,]+)*"
    r"(?:a|an|un)?\s*(?P<n>10|[0-9])(?:\s*(?:/|out\s+of|sur)\s*10)?\W*$"
)


# A level said inside the answer, after a frame ("for my team it's pretty low", "honnêtement, c'est
# plutôt moyen"): read only when the answer is to a question on priority.
_LEVEL_SAID = _rx(
    r"(?<![\w'])(?:it's|it\s+is|this\s+is|that's|it\s+would\s+be|c'est|ca\s+reste|ca\s+serait|je\s+dirais|"
    r"i'd\s+say|i\s+would\s+say|"
    r"we'd\s+say|on\s+dirait|probably|plutot)\s+(?:(?:pretty|quite|very|fairly|rather|relatively|assez|"
    r"plutot|tres|relativement|"
    r"somewhere\s+in\s+the)\s+)?(?P<level>top|maximum|high|low|medium|middle|middling|haute?|basse?|bas|moyenne?|"
    r"elevee?|faible)(?![\w])"
    r"(?!\s+(?:risk|cost|price|volume|number|risque|cout|prix))"
)


# A degree alone, answering "how urgent / important is it?": "Not very.", "Moyennement.", "Hugely."
_DEGREE = _rx(
    r"^\W*(?:(?:honestly|frankly|well|oh|hmm|um|yes|yeah|yep|oui|ouais|franchement|bof|euh|ben)[\s,]+)*(?:"
    r"(?P<low>not\s+(?:very|really|that\s+much|much|especially|particularly|at\s+all)|not\s+so\s+much|"
    r"pas\s+(?:tres|vraiment|tellement|trop|du\s+tout|beaucoup)|"
    r"pas\s+des\s+masses|peu|a\s+little|a\s+bit|barely)|"
    r"(?P<medium>moyennement|somewhat|fairly|moderately|kind\s+of|sort\s+of|so-so|more\s+or\s+less|"
    r"plus\s+ou\s+moins|un\s+peu|assez|reasonably)|"
    r"(?P<high>very|extremely|hugely|massively|really|super|incredibly|tres|extremement|vraiment|enormement|"
    r"beaucoup|hyper|grave))"
    r"(?:\s+(?:urgent|important|pressing|prioritaire|presse|so|actually|honestly|franchement))?\W*$"
)


# A subject that is another project, right before a verb of ranking: "the merger comes first".
_OTHER_SUBJECT = _rx(
    r"(?<![\w'])(?:the|our|their|la|le|les|l'|notre|nos)\s*(?![a-z' -]*\b(?:projet|project|sujet|dossier|"
    r"chantier|outil|tool|logiciel|software|system|systeme|plateforme|platform|solution|this|it|ca|cela)\b)[a-z'-]{3,}"
    r"(?:\s+[a-z'-]+){0,5}\s+$"
)


# Projects named ahead of this one: "below the warehouse move and the ERP", "it sits behind hiring, the
# lease and the website", "derrière la paie et le nouveau site".
_BEHIND_NAMED = _rx(
    r"(?:(?:^\W*|(?<![\w'])(?:it|this|ca|c'est|sits?|comes?|is|it's|ranks?|right|just|so|way|well|bien|loin|juste)\s+)"
    r"(?:behind|derriere)|(?:^\W*|(?<![\w'])(?:sits?|comes?|ranks?|ranked|right|just|way|well|so)\s+)(?:below|en\s+dessous\s+de))\s+"
    r"(?!(?:(?:the|a|our|le|la|les|notre|un|une)\s+|l')?(?:scenes|wheel|counter|desk|curve|schedule|times|bars|threshold|limit|target|average|radar|"
    r"office|building|station|house|door|shop|store|warehouse|depot|bureau|batiment|gare|maison|porte|magasin|parking)(?![\w])"
    r"(?!\s+(?:move|project|refit|renovation|migration|upgrade|build|expansion|projet|demenagement|renovation|extension)))"
    r"(?P<list>[^.;!?]+)"
)


def _named_ahead(listed: str) -> int:
    """How many projects a list names ("hiring, the lease and the website": 3), up to "so", "which"."""
    listed = re.split(r",?\s+(?:so|which|donc|alors|but|mais|because|car)\s", listed)[0]
    return len([p for p in re.split(r",|\s(?:and|et)\s", listed) if p.strip()])


_NOTHING_ELSE = _rx(
    r"(?<![\w'])(?:nothing|no\s+other\s+\w+|rien|aucun\w*\s+autre\s+\w+)(?:\s+else|\s+d'autre)?(?:\s+\w+){0,2}\s*$"
)
# Another project put first by the speaker: "I'd put the fence first", "moi je mettrais la paie avant".
_OTHER_PUT_FIRST = _rx(
    r"(?<![\w'])(?:i'd|i\s+would|we'd|we\s+would|je\s+mettrais|on\s+mettrait|moi\s+je\s+mettrais)\s+(?:put|rank|place)?\s*"
    r"(?:the|la|le|les|l'|our|notre|nos)\s*(?!(?:project|projet|this|ca|it)\b)[\w' -]{2,40}?\s+"
    r"(?:first|ahead|on\s+top|en\s+premier|avant|devant|en\s+tete)(?![\w])"
)


_RANK_DENIED = _rx(
    r"(?<![\w'])(?:not|isn't|pas|never|jamais)\s+(?:(?:the|our|la|le|notre)\s+)?(?:very\s+|toute\s+)?$"
)


def priority(text: str, answering: bool = False) -> list[Reading]:
    """Where the purchase sits, from a rank, a score, a comparison or an intensity (see the module).
    `answering`: the text answers a question about priority, so a bare score counts."""
    folded = fold(text)
    out: list[Reading] = []

    def add(value: str, m: re.Match[str], why: str, strength: int = 2) -> None:
        said = f"{why}: “{text[m.start() : m.end()].strip()}”"
        out.append(Reading("priority.level", value, m.start(), m.end(), strength, said))

    for m in _SCALE.finditer(folded):
        if not (answering or _SCORING.search(folded)) or re.match(r"\s+[a-z]{3,}", folded[m.end() :]):
            continue  # "3 out of 10 visits": a share of something, no score
        n = m["n"]
        score = float(n.replace(",", ".")) * (10 / int(m["of"])) if n else float(m["n2"] or m["n3"])
        level = "top" if score >= 9 else "high" if score >= 7 else "medium" if score >= 5 else "low"
        add(level, m, "a score")
    if answering and not out and (m := _LEVEL_SAID.search(folded)):
        word = m["level"]
        level = (
            "top" if word in ("top", "maximum", "max")
            else "high" if word.startswith(("high", "haut", "elev"))
            else "medium" if word.startswith(("medium", "moyen", "middl"))
            else "low"
        )  # fmt: skip
        add(level, m, "the answer about priority", 3)
    if answering and not out and (m := _DEGREE.match(folded)):
        level = "low" if m["low"] else "medium" if m["medium"] else "high"
        add(level, m, "the answer about priority", 3)
    if answering and not out and (m := _BARE_SCORE.match(folded)):
        score = int(m["n"])
        level = "top" if score >= 9 else "high" if score >= 7 else "medium" if score >= 5 else "low"
        add(level, m, "a score")
    for m in _RANK.finditer(folded):
        if m["o2"] and _OTHER_SUBJECT.search(folded[: m.start()] + " "):
            continue  # "the new warehouse and the audit come first": other projects ranked, not this one
        if _RANK_DENIED.search(folded[max(0, m.start() - 20) : m.start()]):
            continue  # "pas la première place", "not our first priority": the rank denied
        if (
            m["o1"]
            and re.search(r"(?:thing|item)$", m.group())
            and re.match(
                r"\s+(?:i|we|you|they|he|she|that|to|in|on|monday|tuesday|wednesday|thursday|friday|tomorrow|je|on|qu)\b",
                folded[m.end() :],
            )
        ):
            continue  # "the first thing I do in the morning", "first thing Monday": no rank
        word = m["o1"] or m["o2"] or m["o3"] or m["o4"]
        add(_level_of_rank(_ORDINALS.get(word, 3)), m, "a rank")
    for m in _COMPARE.finditer(folded):
        ahead = m["dir"] in ("more", "plus")
        if m["other"] and _THIS.match(m["other"]):
            ahead = not ahead  # "the ERP is more urgent than this": this comes after
            if _NOTHING_ELSE.search(folded[max(0, m.start() - 30) : m.start()]):
                add("top", m, "ahead of everything else", 3)  # "nothing else is more important than this"
                continue
        add("high" if ahead else "low", m, "compared with another project", 3)
    for m in _OTHER_PUT_FIRST.finditer(folded):
        add("high", m, "behind other projects")  # "I'd put the fence first": this one is not first
    for m in _DOWN_OR_UP.finditer(folded):
        add("low" if m["down"] else "high", m, "placed on the list")
    for m in _BEHIND_NAMED.finditer(folded):
        add(_level_of_rank(_named_ahead(m["list"]) + 1), m, "behind other projects")
    for m in _AHEAD.finditer(folded):
        n = _count(m["n"])
        add("high" if n <= 1 else "medium" if n <= 2 else "low", m, "projects ahead of it")
    for m in _ONE_OF.finditer(folded):
        n = _count(m["n"])
        add("high" if n <= 3 else "medium", m, "one project among others")
    if not out:
        if m2 := _NOT_AT_ALL.search(folded):
            add("low", m2, "not urgent at all", 3)
        elif m3 := _INTENSE.search(folded):
            add("high", m3, "said with force")
    return sorted(out, key=lambda r: r.start)


# --- competitors ---------------------------------------------------------------------------------

# Where a list of rivals starts: a choice between two ("between you and X", "X vs Y", "entre vous
# et X"), a narrowed field ("down to X and Y", "three vendors: X, Y and Z"), a leaning ("leaning
# towards X", "on penche pour X"), a contact from a rival ("someone from X reached out", "les gens
# d'X").
_RIVALS_AFTER = _rx(
    r"(?<![\w'])(?:between|entre|(?:narrowed|whittled)\s+(?:it\s+)?down\s+to|(?:it's|it\s+is|"
    r"we're)\s+down\s+to|"
    r"(?:final|last)\s+(?:two|three|2|3)(?:\s+are)?\s*:?|(?:vendors?|suppliers?|providers?|options|"
    r"fournisseurs?|editeurs?|solutions|prestataires)\s*:|"
    r"leaning\s+(?:towards?|toward)|weighing(?:\s+up)?|keen\s+on|drawn\s+to|(?:seriously\s+)?eyeing|"
    r"(?:on\s+|je\s+)?penche\w*\s+(?:plutot\s+)?(?:pour|vers)|"
    r"(?:on\s+|j')?hesite\w*\s+(?:avec|entre)|(?:someone|somebody|a\s+rep|a\s+guy|people|folks|"
    r"the\s+team)\s+(?:from|at)|"
    r"(?:les\s+gens|l'equipe|quelqu'un|un\s+commercial|une\s+commerciale)\s+(?:de\s+chez|de|d['\s]|chez)|"
    r"(?:call|meeting|chat|demo|appel|rendez-vous|rdv|reunion)\s+(?:with|avec)\s+(?:the\s+(?:folks|people|"
    r"team)\s+(?:at|from)\s+|les\s+gens\s+(?:de\s+|d['\s])|l'equipe\s+(?:de\s+|d['\s]))?)\s*"
)
_US_OR_YOU = (
    r"(?:you(?:\s+guys)?|yours|us|vous|nous|your\s+(?:tool|product|platform|solution)|"
    r"votre\s+(?:outil|solution|produit|plateforme))"
)
# "Anaplan or you", "vous ou Agicap", "Procurify vs Coupa": both sides of an alternative.
_ALTERNATIVE = _rx(
    rf"(?<![\w'])(?:{_US_OR_YOU}\s+(?:or|ou|vs\.?|versus|contre)\s+|(?:vs\.?|versus)\s+|"
    # "it's you, X or Y", "c'est vous, X ou Y": you first in a list of the ones in the running
    rf"(?:it's|it\s+is|c'est|ce\s+sera)\s+{_US_OR_YOU}\s*,\s*(?=[a-z0-9][\w.-]*(?:\s+[a-z0-9][\w.-]*)?\s*(?:,|\s(?:or|ou)\s))|"
    # an answer that lists the field with the seller first: "Vous, X, ..., et Y"
    r"^\W*(?:you|vous|yourselves)\s*,\s*)"
    r"(?=[A-Za-z])"
)
_BEFORE_ALTERNATIVE = _rx(rf"\s+(?:(?:or|ou|vs\.?|versus|contre)\s+{_US_OR_YOU}(?![\w])|(?:vs\.?|versus)\s+)")
_CHOOSING = _rx(
    r"(?<![\w'])(?:choos\w*|choice|decid\w*|pick\w*|torn|compar\w*|hesit\w*|choisir|choix|trancher|decider|"
    r"vendors?|tools?|"
    r"solutions?|editeurs?|outils?|fournisseurs?)(?![\w])"
)


def competitors(text: str, known: set[str] | frozenset[str] = frozenset()) -> list[str]:
    """Rivals named by the shape of the sentence (see the module): the names, in order."""
    from interview.analysis.competitors import _LIST_JOIN, _VENDOR, _vendor_ok

    first = fold(text)
    if not (_RIVALS_AFTER.search(first) or _ALTERNATIVE.search(first) or _BEFORE_ALTERNATIVE.search(first)):
        return []  # most sentences: no shape of a choice at all
    plain = re.sub(r"\([^)]*\)", lambda m: " " * len(m.group()), text)
    plain = re.sub(r"(?<=\b[dDlL])['’](?=[A-Z])", " ", plain)  # "les gens d'Agicap": a name after "d'"
    folded = fold(plain)
    out: list[tuple[int, str]] = []

    def names_from(pos: int) -> None:
        stop = re.search(
            r"\.(?!\w)|[;!?\n]|,\s*(?:but|mais|and\s+we|et\s+on|so|donc|which|qui)\b", plain[pos:]
        )
        limit = pos + stop.start() if stop else len(plain)
        first = True
        for m in _VENDOR.finditer(plain, pos, limit):
            gap = folded[pos : m.start()]
            if first and len(re.findall(r"[\w']+", gap)) > 2:
                break
            if not first and not _LIST_JOIN.match(gap):
                break
            name = m.group().strip()
            if _vendor_ok(plain, m.start(), name, set(known)):
                out.append((m.start(), name))
            elif not first:
                break
            first, pos = False, m.end()

    for cue in _RIVALS_AFTER.finditer(folded):
        if cue.group().startswith(("between", "entre")) and not (
            re.match(rf"\s*{_US_OR_YOU}\b", folded[cue.end() :]) or _CHOOSING.search(folded)
        ):
            continue  # "between Lyon and Paris": no choice between vendors
        before = folded[max(0, cue.start() - 8) : cue.start()]
        if re.match(r"(?:the\s+team|the\s+people|les\s+gens|l'equipe)", cue.group()) and re.search(
            r"(?<![\w'])(?:pour|for|to|a|avec|with|notre|our|nos)\s+$", before
        ):
            continue  # "une démo pour l'équipe de Thiès": their own team somewhere, no vendor's
        names_from(cue.end())
    for cue in _ALTERNATIVE.finditer(folded):
        names_from(cue.end())
    for alt in _BEFORE_ALTERNATIVE.finditer(folded):
        # the name just before "or you" / "vs": the last vendor-like word group that ends there
        window = _VENDOR.finditer(plain, max(0, alt.start() - 40), alt.start())
        before = [m for m in window if m.end() == alt.start()]
        if before and _vendor_ok(plain, before[-1].start(), before[-1].group().strip(), set(known)):
            out.append((before[-1].start(), before[-1].group().strip()))
    return list(dict.fromkeys(name for _, name in sorted(out)))


# A tool they have or had, not one they look at: "we had Zendesk before", "we moved off Pipedrive".
_TOOL_THEN = _rx(
    r"^\W*(?:[\w'-]+\s+){0,2}?(?:before|previously|until\s+(?:last|this|recently)|in\s+the\s+past|"
    r"years?\s+ago|back\s+then|"
    r"for\s+(?:\d+|many|several|a\s+few|ten|five|three|two)\s+years|avant|auparavant|jusqu'a\s+(?:l'an|"
    r"cette|recemment)|"
    r"pendant\s+(?:\d+|des|plusieurs|dix|cinq|trois|deux)\s+ans|depuis\s+(?:\d+|des|plusieurs|dix|cinq|"
    r"trois|deux)\s+ans|"
    # "Kantata, which we use today": the tool they have
    r"(?:which|that)\s+we(?:'re|\s+are)?\s+(?:use|using|have|run|running|on)|qu'on\s+utilise|que\s+nous\s+utilisons|"
    # the tool they keep: "RentPro, qu'on garde", "X, which we're keeping"
    r"(?:qu'on|que\s+l'on|que\s+nous)\s+(?:garde|conserve|gardons|conservons|va\s+garder)|"
    r"(?:which|that)\s+we(?:'ll|\s+will|'re|\s+are)?\s+(?:keep|keeping|stick\w*\s+with)|"
    r"qu'on\s+a\s+(?:aujourd'hui|actuellement))(?![\w])"
)
_TOOL_LEFT = _rx(
    r"(?:alternatives?\s+(?:to|for|a|au)|moved\s+(?:off|away\s+from)|switched\s+(?:off|from)|migrated\s+(?:off|from)|replaced|replac(?:e|ing)|"
    r"replacement\s+(?:for|of)|remplac(?:er|ant|ement\s+de)|quitter|sortir\s+de|(?:get|getting|move|moving|"
    r"migrate|migrating)\s+(?:off|away\s+from)|"
    r"got\s+rid\s+of|dropped|ditched|"
    # what they would give up or build on: "we'd have to leave X", "they want us to extend X"
    r"leave|leaving|abandon(?:ing)?|give\s+up|giving\s+up|walk\s+away\s+from|extend|extending|upgrade|"
    r"upgrading|renew|renewing|etendre|prolonger|mett\w*\s+a\s+(?:jour|niveau)|renouveler|"
    r"stick\w*\s+with|stay\w*\s+with|rest\w*\s+(?:sur|avec|chez)|garder|keep(?:ing)?|"
    r"quitte|abandonner?|remplace|laisse\s+tomber|arrete)\s+(?:\w+\s+)?$"
)


# A tool in use now: "we use X", "on utilise la solution de X", "aujourd'hui on est sur X"; not when
# an evaluation comes between ("we use Excel and we're evaluating Float").
_TOOL_NOW = _rx(
    # a line of notes without its subject: "Uses Sage for accounts", "Utilise Pennylane pour la compta"
    r"^\W*(?:uses|using|runs|utilise\w*|tourne\w*\s+(?:sur|avec)|est\s+sur|sont\s+sur)(?:\s+aussi|\s+also)?(?![\w])|"
    r"(?<![\w'])(?:we\s+(?:use|run|have|rely\s+on)|we're\s+(?:using|running|on|stuck\s+with)|we\s+are\s+(?:using|"
    r"running|on|stuck\s+with)|currently\s+(?:use|using|on|run)|(?:our\s+)?current\s+(?:tool|system|solution|"
    r"platform|provider|vendor)\s+is|on\s+utilise|nous\s+utilisons|on\s+est\s+(?:sur|sous|chez)|"
    r"on\s+tourne\s+(?:sur|avec|sous)|notre\s+(?:outil|solution|logiciel)\s+actuel(?:le)?\s+(?:est|c'est))(?![\w])"
)
_EVALUATING = _rx(
    r"(?<![\w'])(?:evaluat\w*|compar\w*|looking|consider\w*|trial\w*|test\w*|demo\w*|quote\w*|pitch\w*|"
    r"regard\w*|vu|evalu\w*|devis|offre|rencontre\w*|alternative\w*|instead|plutot|and|et|but|mais|"
    # a meeting or a pilot with a vendor is no tool in use: "we have a call booked with X"
    r"calls?|meetings?|booked|scheduled|pilot\w*|walk-?through|webinar\w*|webinaire|tender\w*|rfp|proposal\w*|"
    r"bid\w*|shortlist\w*|rendez-vous|rdv|essai\w*|proposition\w*)(?![\w])"
)


# What the product must connect to, no rival: "it has to sync with Xero", "a Xero connector",
# "qui s'interface avec Silae".
_INTEGRATION_BEFORE = _rx(
    r"(?<![\w])(?:integrat\w*|sync\w*|plug\w*\s+into|connect\w*\s+(?:to|with|a|au|avec)|feed\w*\s+into|"
    r"push\w*\s+(?:to|into)|export\w*\s+(?:to|vers)|import\w*\s+from|interface\w*\s+avec|"
    r"compatible\s+(?:with|avec)|remont\w*\s+dans|connecteurs?|connectors?|integrations?|apis?|"
    r"talks?\s+to|pulls?\s+from|reads?\s+from|links?\s+(?:to|with)|lie\w*\s+a|relie\w*\s+a)\s+(?:\w+\s+)?$"
)
_INTEGRATION_AFTER = _rx(
    r"^\s+(?:integration|connector|connecteur|sync|plugin|plug-in|api|interface|export|import|feed|link)s?(?![\w])"
)


def tool_not_rival(text: str, name: str) -> bool:
    """Whether `name` in `text` is a tool they have or had ("we had Zendesk before") or one the product
    must connect to ("it has to sync with Xero"), no rival."""
    at = text.find(name)
    if at < 0:
        return False
    folded = fold(text)
    if _TOOL_THEN.match(folded[at + len(name) :]) or _TOOL_LEFT.search(folded[max(0, at - 30) : at]):
        return True
    if _INTEGRATION_BEFORE.search(folded[max(0, at - 30) : at]):
        return True
    if _INTEGRATION_AFTER.match(folded[at + len(name) :]):
        return True
    now = list(_TOOL_NOW.finditer(folded, max(0, at - 60), at))
    return bool(now) and not _EVALUATING.search(folded, now[-1].end(), at)


# --- champion --------------------------------------------------------------------------------------

# Verbs and phrases of pushing for the purchase, in any person and tense.
_ADVOCACY = (
    r"(?:push(?:es|ed|ing)?\s+(?:for|it|this|hard)|(?:really|very|super|so)\s+keen|"
    r"keen\s+on\s+(?:this|it|you|the\s+(?:project|tool|idea))|champion(?:s|ed|ing)?|"
    r"(?:biggest|big|number\s+one)\s+(?:fan|supporter|advocate)|advocat(?:e|es|ed|ing)\s+for|sponsor(?:s|ed|"
    r"ing)?\s+(?:it|this|the)|"
    r"bang(?:s|ed|ing)?\s+the\s+drum|go(?:es|ing)?\s+to\s+bat|went\s+to\s+bat|fight(?:s|ing)?\s+for|"
    r"fought\s+for|"
    r"sell(?:s|ing)?\s+(?:it|this)\s+(?:in(?:ternally|side)|to)|make\s+the\s+case|making\s+the\s+case|"
    r"lobb(?:y|ies|ied|ying)|evangeli[sz]\w*|"
    r"brought\s+(?:you|us|this|it)\s+in|(?:really|badly)\s+wants?\s+(?:this|it)|"
    r"drove\s+this|driv(?:es|ing)\s+(?:this|it)|"
    r"take\s+it\s+to\s+the\s+(?:board|committee|exec\w*|ceo|cfo)|carry\s+(?:it|this)\s+(?:through|forward)|"
    r"pouss\w*\s+(?:pour|le\s+projet|le\s+dossier|le\s+sujet|en\s+interne|ca|fort)|"
    r"port(?:e|era|erai|er|ons)\s+(?:le|ce)\s+(?:projet|dossier|sujet)|defend\w*\s+(?:le|"
    r"ce)\s+(?:projet|dossier|sujet)|"
    r"y\s+tient|tient\s+beaucoup|(?:est|suis|sera)\s+a\s+fond|mont\w*\s+au\s+creneau|(?:se\s+)?bat(?:tre|"
    r"tra|trai)?\s+pour|"
    r"milit\w*\s+pour|plaid\w*\s+(?:pour|le\s+dossier)|(?:a|m'a|nous\s+a)\s+(?:fait\s+venir|trouve|insiste)|"
    r"insiste\s+pour|"
    # Second wave: wanting it, asking for it again and again, talking it up, standing behind it.
    r"on\s+at\s+(?:me|us|everyone|everybody|people|the\s+\w+)\s+about\s+(?:this|it)|"
    r"been\s+after\s+(?:me|us|everyone|everybody)\s+(?:about|since|for)|"
    r"keeps?\s+(?:bringing|raising)\s+(?:it|this)\s+up|keeps?\s+(?:asking|pushing)\s+for\s+(?:it|this)|"
    r"dying\s+to\s+(?:get|have|try|see|start|roll)|been\s+(?:asking|begging|calling)\s+for\s+(?:it|this|one)|"
    r"nagg\w*\s+(?:everyone|everybody|me|us|people|the\s+\w+)|"
    r"wants?\s+(?:this|it)\s+(?:badly|so\s+badly|more\s+than\s+anyone|the\s+most|most)|"
    r"(?:one|person)\s+who\s+wants\s+(?:this|it)|"
    r"(?:fully|personally|totally|firmly|squarely|right)\s+behind\s+(?:this|it|the\s+(?:project|idea))|"
    r"(?:is|'s)\s+the\s+most\s+(?:motivated|enthusiastic|excited|keen)|spread\w*\s+the\s+word|"
    r"tells?\s+everyone\s+about\s+(?:it|this)|talks?\s+(?:about\s+)?(?:it|this)\s+(?:up\s+)?(?:to\s+everyone|all\s+the\s+time|"
    r"constantly|nonstop|non-stop)|"
    r"en\s+parle\s+(?:tout\s+le\s+temps|a\s+tout\s+le\s+monde|partout|sans\s+arret)|"
    r"reclam\w*\s+(?:ca|cela|le\s+projet|l'outil|un\s+outil|cet\s+outil)|"
    r"(?:est|sera)\s+(?:le|la)\s+plus\s+(?:motive|motivee|convaincue?|enthousiaste|demandeu(?:r|se))|"
    r"(?:notre|votre)\s+(?:meilleure?\s+|plus\s+grand(?:e)?\s+)?allie(?:e)?|en\s+reve|"
    # leading it inside: "will lead the rollout internally", "va piloter le projet", "carry the torch"
    r"lead(?:s|ing)?\s+(?:the\s+|this\s+)?(?:project|rollout|roll-out|initiative|change)\s+(?:internally|in[-\s]house|"
    r"on\s+our\s+side|here)|carr(?:y|ies|ying)\s+the\s+torch|pilot(?:e|era|er)\s+(?:le|ce)\s+projet)"
)
# Someone else keen on it, or who brought the vendor in: "Farida loves the idea", "found you at the
# fair", "C'est Farida qui vous a trouvés". Not said of the contact ("I found you on Google").
_KEEN_OR_BROUGHT = _rx(
    r"(?<![\w'])(?:(?:is|'s)\s+(?:really\s+|very\s+|super\s+|so\s+)?(?:excited|enthusiastic)\s+about\s+(?:it|this|the\s+"
    r"(?:idea|project|tool))|(?:is|'s)\s+(?:really\s+|very\s+|super\s+)(?:excited|enthusiastic)(?!\s+(?:to|about\s+(?!it|this)))|"
    r"loves?\s+(?:the\s+idea|this|it)(?![\w'])|can't\s+wait\s+to\s+(?:get|have|roll|start|use|see\s+it)|"
    r"(?:est|sera)\s+(?:tres\s+|vraiment\s+|super\s+)?enthousiaste|adore\s+l'idee|attend\s+(?:ca|cela)\s+avec\s+impatience|"
    r"found\s+(?:you|your\s+(?:company|tool|product|site))|suggested\s+(?:we|i)\s+(?:talk|call|reach|contact|look)|"
    r"reached\s+out\s+to\s+you|(?:wanted|asked\s+for)\s+(?:a|the|this)\s+demo|"
    r"(?:vous\s+a\s+trouve\w*|m'a\s+pouss\w*\s+a\s+vous\s+(?:appeler|contacter)|vous\s+a\s+contacte\w*))(?![\w])"
)
_CHAMPION_VERB = _rx(rf"(?<![\w']){_ADVOCACY}(?![\w])")
_NOT_CARING = _rx(
    rf"(?<![\w'])(?<!la\s)(?<!une\s)(?<!cette\s)(?<!the\s)(?:nobody|no\s*one|"
    rf"personne)\s+(?:\w+\s+){{0,3}}?(?:cares?|gives\s+a|"
    rf"is\s+(?:really\s+)?(?:interested|bothered)|"
    rf"ne\s+(?:se\s+soucie|s'interesse|s'en\s+soucie)|{_ADVOCACY})"
)
_NEGATED = _rx(r"(?<![\w'])(?:not|never|won't|wouldn't|can't|don't|doesn't|pas|jamais|plus)(?![\w])|n't")


_NOBODY_IN_PARTICULAR = ("quelqu", "someone", "somebody", "anyone", "anybody", "everyone")
# What is fought for may be the money, not the purchase: "I'll fight for a bigger envelope", or "that"
# after a sum ("we pencilled in 40k and I'll fight for that at the review").
_MONEY_OBJECT = _rx(
    r"\s*(?:(?:obtenir|getting|get|securing|secure|keeping|keep|garder)\s+)?(?:the|a|an|l'|la|le|les|une|un|more|"
    r"plus\s+de|a\s+bigger|bigger|cette|this|that)?\s*(?:budget|money|funding|funds|envelope|enveloppe|amount|credits?|"
    r"moyens|rallonge|line\s+item)(?![\w])"
)
_THAT_OBJECT = _rx(r"\s*(?:that|ca|cela)(?![\w])")  # "that" after a sum is the sum; "it" may be the purchase
_A_SUM = _rx(
    r"\d|(?<![\w'])(?:grand|budget|envelope|enveloppe|euros?|dollars?|pounds?|francs?)(?![\w])|[$€£]"
)


@dataclass(frozen=True)
class Advocate:
    who: str  # a name, "self" for the contact, "" for nobody
    start: int
    end: int
    strength: int
    why: str


def champions(text: str) -> list[Advocate]:
    """Who pushes for the purchase: a person (or "I") with a verb of pushing in the same clause, or
    "nobody" with one ("nobody here really cares", "personne ne va se battre pour ça")."""
    from interview.analysis.people import find_mentions

    folded = fold(text)
    out: list[Advocate] = []
    if m := _NOT_CARING.search(folded):
        return [Advocate("", m.start(), m.end(), 2, f"nobody pushes for it: “{text[m.start() : m.end()]}”")]
    for lo, hi in clauses(folded):
        verb = _CHAMPION_VERB.search(folded, lo, hi)
        keen = False
        if verb is None and (verb := _KEEN_OR_BROUGHT.search(folded, lo, hi)) is not None:
            keen = True
        if verb is None or _NEGATED.search(folded[max(lo, verb.start() - 20) : verb.start()]):
            continue
        if _MONEY_OBJECT.match(folded, verb.end()) or (
            _THAT_OBJECT.match(folded, verb.end()) and _A_SUM.search(folded, 0, verb.start())
        ):
            continue  # fighting for the money (a budget line), not pushing for the purchase
        people = [m for m in find_mentions(text) if lo <= m.start < verb.start() and m.role != "pronoun"]
        if not people:
            continue
        who = people[-1]
        if folded[who.end : verb.start()].count(" ") > 8:
            continue  # too far apart to be the one who pushes
        name = "self" if who.role == "self" else who.name
        if name == "self" and re.match(r"mak\w+\s+the\s+case", folded[verb.start() : verb.end()]):
            continue  # "I'll make the case, but it's the board's call": the contact's part, not a champion
        if keen and name == "self":
            continue  # the contact keen, or who found the vendor: a lead, not yet someone pushing inside
        if not name or fold(name).startswith(_NOBODY_IN_PARTICULAR):
            continue  # "Quelqu'un pourrait défendre le projet": nobody in particular
        said = text[who.start : verb.end()]
        out.append(Advocate(name, who.start, verb.end(), 2, f"pushes for it: “{said}”"))
    return out


# --- severity --------------------------------------------------------------------------------------

# What happens without it: a condition of not solving, then a harm ("without it we'd fail the audit").
_IF_NOT = (
    r"(?:without\s+(?:it|this|that|a\s+fix|a\s+solution)|if\s+(?:we|they|i)\s+(?:don't|do\s+not|can't|"
    r"cannot|doesn't)\s+(?:\w+\s+){0,2}?"
    r"(?:fix|solve|sort|do|change|address|get|have|find)\w*|if\s+nothing\s+changes|otherwise|or\s+else|"
    r"sans\s+(?:ca|cela|une\s+solution|outil)|si\s+(?:on|nous|je)\s+ne\s+(?:\w+\s+){0,2}?(?:regle|fait|"
    r"change|trouve|corrige|resout)\w*|"
    r"sinon|faute\s+de\s+quoi|si\s+rien\s+ne\s+change)"
)
_HARM = (
    r"(?:trouble|fail\w*|lose|losing|lost|can't|cannot|won't|risk\w*|fine[sd]?|penalt\w*|shut\s+down|stop|"
    r"in\s+breach|non-?compliant|"
    r"sunk|dead|screwed|disaster|audit|perd\w*|pas\s+l'audit|risqu\w*|amende\w*|bloque\w*|impossible|"
    r"ferm\w*|sanction\w*|"
    r"ne\s+(?:passe|pourra|peut)\w*|echou\w*|catastroph\w*)"
)
_MUST_BY_HARM = _rx(rf"(?<![\w']){_IF_NOT}\W+(?:[\w'-]+\W+){{0,8}}?{_HARM}(?![\w])")
_MUST_WORDS = _rx(
    r"(?<![\w'])(?:show-?stopper|deal-?breaker|make[-\s]or[-\s]break|mission[-\s]critical|"
    r"life[-\s]or[-\s]death|"
    r"a\s+need,?\s+not\s+a\s+want|(?:can't|cannot|can\s+not)\s+(?:live|do|cope|survive|go\s+on|keep\s+going)\s+without|"
    r"bloquant|redhibitoire|incontournable|on\s+ne\s+peut\s+(?:pas|plus)\s+(?:s'en\s+passer|continuer|"
    r"vivre\s+sans)|"
    r"question\s+de\s+survie)(?![\w])"
)
# Living with the problem: "we can limp along", "not the end of the world", "on peut vivre sans".
_TOLERABLE = _rx(
    r"(?<![\w'])(?:(?:we|i|they)\s+(?:can|could|'ll|will)\s+(?:\w+\s+)?(?:live|limp\s+along|survive|"
    r"cope|get\s+by|muddle\s+through|"
    r"keep\s+going)|not\s+the\s+end\s+of\s+the\s+world|more\s+of\s+a\s+want|"
    r"a\s+want,?\s+not\s+a\s+need|no\s+big\s+deal|"
    r"pas\s+la\s+fin\s+du\s+monde|(?:on|nous|je)\s+(?:peut|pouvons|peux|pourrait)\s+(?:tres\s+bien\s+|"
    r"encore\s+|toujours\s+)?"
    r"(?:vivre|tenir|continuer|se\s+debrouiller|survivre|faire\s+sans)|on\s+survit|"
    r"on\s+s'en\s+sort|pas\s+dramatique)(?![\w])"
)


# No way out: the choice, the option or the negotiation denied ("we don't get a choice", "it isn't
# optional", "ce n'est pas discutable"), or doing nothing ruled out ("on ne peut pas ne rien faire").
_NO_WAY_OUT = _rx(
    r"(?<![\w'])(?:(?:we|i|they)\s+(?:don't|do\s+not|didn't|won't)\s+(?:really\s+)?(?:get|have)\s+(?:a|any|much\s+of\s+a)\s+"
    r"(?:choice|option|say)|(?:we|i)(?:\s+have|'ve(?:\s+got)?|\s+got)\s+no\s+(?:choice|option|alternative)|"
    r"there(?:'s|\s+is)\s+no\s+(?:choice|option|alternative)|"
    r"(?:isn't|is\s+not|'s\s+not|aren't|are\s+not)\s+(?:an?\s+)?(?:optional|option|negotiable|up\s+for\s+(?:debate|discussion))|"
    r"(?:can't|cannot|can\s+not)\s+(?:afford\s+to\s+)?(?:do|doing)\s+nothing|(?:doing\s+nothing|the\s+status\s+quo)\s+"
    r"(?:isn't|is\s+not)\s+an\s+option|"
    r"(?:n'|ne\s+)(?:a|avons|ai|ont)\s+pas\s+(?:le|d'autre|trop\s+le|vraiment\s+le)\s+choix|(?:pas|aucun)\s+(?:le\s+)?choix|"
    r"(?:n'est|c'est|est)\s+pas\s+(?:une\s+)?(?:option(?:nel)?|facultatif|discutable|negociable)|"
    r"(?:ne\s+)?(?:peut|pouvons|peux)\s+pas\s+ne\s+rien\s+faire|(?:ne\s+rien\s+faire|le\s+statu\s+quo)\s+"
    r"(?:n'est\s+pas|c'est\s+pas)\s+(?:une\s+option|possible|tenable))"
    r"(?!\s+(?:of|between|in\s+the\s+matter\s+of|de|du|des|entre)(?![\w]))"
)
_LEVEL_WORD = (
    r"(?:important|critical|critique|essential|essentiel|vital|crucial|a\s+must|un\s+must|must[-\s]have|"
    r"nice[-\s]to[-\s]have|a\s+bonus|un\s+plus|un\s+bonus|urgent)"
)
# One level preferred to another: "important rather than critical", "plutôt important que vital".
_RATHER = _rx(
    rf"(?<![\w'])(?:(?P<a>{_LEVEL_WORD})\s+(?:rather|more)\s+than\s+(?:\w+\s+)?{_LEVEL_WORD}|"
    rf"plutot\s+(?P<b>{_LEVEL_WORD})\s+que\s+(?:\w+\s+)?{_LEVEL_WORD}|"
    rf"(?P<c>{_LEVEL_WORD})\s+plutot\s+que\s+(?:\w+\s+)?{_LEVEL_WORD})(?![\w])"
)
# "we won't go under without it", "not going to sink us if we wait": no harm, so no must-have.
_HARM_DENIED = _rx(
    r"(?<![\w'])(?:won't|will\s+not|wouldn't|not\s+going\s+to|isn't\s+going\s+to|ne\s+va\s+pas|ne\s+vas\s+pas)(?![\w])"
)


_DENIED_BEFORE = _rx(
    r"(?<![\w'])(?:not|isn't|n't|no|never|pas|jamais|ni)\s+(?:(?:really|quite|exactly|exactement|vraiment|du\s+tout|"
    r"a|an|un|une|de|d')\s+)*(?:(?:matter|question|case)\s+of\s+|(?:question|cas)\s+de\s+)?$"
)


_A_REQUIREMENT_DENIED = _rx(r"(?:isn't|is\s+not|'s\s+not|aren't|are\s+not|n'est|c'est|est)\s")
# "it", "this", "fixing this", "ce", "ça" before the verb: the need itself is the subject.
_IT_BEFORE = _rx(
    r"(?:^\W*|(?<![\w'])(?:it|this|that|so\s+it|fixing\s+\w+|solving\s+\w+|doing\s+\w+|ce|c'|ca|cela|donc|alors|oui|"
    r"yes|and|et)\W*)$"
)


def _level_of_word(word: str) -> str:
    if re.match(r"important|urgent", word):
        return "important"
    if re.match(r"nice|a\s+bonus|un\s+(?:plus|bonus)", word):
        return "nice_to_have"
    return "must_have"


# An authority outside the company requires it: no choice left. "The insurer requires offline backups",
# "notre assureur exige la double authentification", "the regulator now mandates it". A client's wish is
# a criterion, not this.
_REQUIRED_FROM_OUTSIDE = _rx(
    r"(?<![\w'])(?:insurers?|insurance\s+(?:company|carrier)|(?:the\s+)?regulators?|the\s+law|auditors?|inspectors?|"
    r"the\s+(?:state|ministry|authorit(?:y|ies)|fda|ftc|sec|osha|hse)|(?:l')?assureurs?|la\s+loi|(?:le|les)\s+regulateurs?|"
    r"(?:l'|les\s+)auditeurs?|(?:l'|les\s+)inspecteurs?|(?:le|la)\s+(?:ministere|prefecture|prefet|reglementation|"
    r"directive|norme|anssi|cnil|has|ars))\s+(?:now\s+|desormais\s+|nous\s+|us\s+)?(?:requires?|demands?|mandates?|"
    r"insists?\s+on|exige\w*|impose\w*|oblige\w*)(?![\w])"
)


def severity(text: str) -> list[Reading]:
    """How badly it bites, from the harm of doing nothing or from living with it (see the module)."""
    folded = fold(text)
    m = _REQUIRED_FROM_OUTSIDE.search(folded)
    if m and not _DENIED_BEFORE.search(folded[max(0, m.start() - 24) : m.start()]):
        said = f"a must-have: “{text[m.start() : m.end()]}”"
        return [Reading("need.severity", "must_have", m.start(), m.end(), 2, said)]
    if m := _RATHER.search(folded):
        value = _level_of_word(m["a"] or m["b"] or m["c"])
        why = {"must_have": "a must-have", "important": "important"}.get(value, "a nice-to-have")
        said = f"{why}: “{text[m.start() : m.end()]}”"
        return [Reading("need.severity", value, m.start(), m.end(), 3, said)]
    for rx, value, why in (
        (_MUST_WORDS, "must_have", "a must-have"),
        (_NO_WAY_OUT, "must_have", "a must-have"),
        (_MUST_BY_HARM, "must_have", "a must-have"),
        (_TOLERABLE, "nice_to_have", "a nice-to-have"),
    ):
        for lo, hi in clauses(folded) if rx is _MUST_BY_HARM else [(0, len(folded))]:
            m = rx.search(folded, lo, hi)
            if m and rx is _MUST_BY_HARM and _HARM_DENIED.search(folded, lo, hi):
                continue  # "we won't go under without it": the harm denied
            if m and rx is _MUST_WORDS and _DENIED_BEFORE.search(folded[max(0, m.start() - 24) : m.start()]):
                continue  # "not life or death", "pas bloquant": a must-have denied
            if (
                m
                and rx is _NO_WAY_OUT
                and _A_REQUIREMENT_DENIED.match(m.group())
                and not _IT_BEFORE.search(folded[max(0, m.start() - 30) : m.start()])
            ):
                continue  # "SSO isn't optional": a requirement of the tool, not how badly the need bites
            if m:
                said = f"{why}: “{text[m.start() : m.end()]}”"
                return [Reading("need.severity", value, m.start(), m.end(), 2, said)]
    return []


# --- metrics.target --------------------------------------------------------------------------------

# A change that is a measure by itself ("halve", "diviser par deux"), a change given with a figure in
# any tense or person ("gagne 10 % de marge", "a 15% drop in churn"), a time limit ("within a day").
_SELF_MEASURED = _rx(
    r"(?<![\w'])(?:halv(?:e|ed|ing)|cut\s+(?:\w+\s+){0,4}?in\s+half|"
    r"(?:to|want\s+to|'d|would|could|aim\s+to|need\s+to|hope\s+to)\s+(?:\w+\s+)?(?:double|triple)|"
    r"divid\w*\s+(?:\w+\s+){0,4}?by\s+(?:\d+|two|three|four|five|ten)|divis\w*\s+(?:\w+\s+){0,4}?par\s+(?:\d+|deux|trois|quatre|cinq|dix)|"
    # "in 2 weeks instead of 6", "en 2 semaines au lieu de 6": the new figure against the old
    r"(?:en|in|within|under|sous|to|a)\s+\d+(?:[.,]\d+)?\s*[a-z%]*\s+(?:au\s+lieu\s+de|instead\s+of|rather\s+than|"
    r"contre|versus|vs\.?)\s+\d+|"
    # "zero detentions next year", "0 rupture d'ici 2027": none at all, by a time to come
    r"(?:0|zero)\s+[a-z]{3,}(?:\s+[\w']+){0,3}?\s+(?:next\s+year|this\s+year|by|from\s+now|going\s+forward|d'ici|"
    r"l'an\s+prochain|l'annee\s+prochaine|cette\s+annee|a\s+l'avenir|desormais)|"
    r"cent\s+pour\s+cent\s+(?:des|de)|100\s?%\s+(?:des|de|of)|"
    r"(?:reduire|baisser|couper)\s+(?:\w+\s+){0,4}?(?:de\s+)?moitie)(?![\w])"
)
_CHANGE_STEM = _rx(
    r"(?<![\w'])(?:redui\w*|reduc\w*|diminu\w*|baiss\w*|abaiss\w*|augment\w*|accroi\w*|amelior\w*|gagn\w*|"
    r"econom\w*|"
    r"liber\w*|attei\w*|ramen\w*|descend\w*|recuper\w*|acceler\w*|cut\w*|lower\w*|boost\w*|"
    r"improv\w*|"
    r"sav(?:e|es|ed|ing)|shav\w*|trim\w*|slash\w*)(?![\w])"
)
_CHANGE_NOUN = _rx(
    r"(?<![\w.,])\d+(?:[.,]\d+)?\s?(?:%|percent|pour\s?cent|points?)\s+(?:drop|reduction|cut|decrease|"
    r"increase|gain|"
    r"improvement|rise|uplift|lift|fewer|less|more|baisse|hausse|reduction|amelioration|progression|"
    r"gain)(?![\w])"
)
_FIGURE = _rx(
    r"(?<![\w.,])\d+(?:[.,]\d+)?\s?(?:%|percent|per\s+cent|pour\s?cent|points?|days?|jours?|hours?|heures?|x|fois|k|€|"
    r"\$|£)(?![\w])|"
    r"(?<![\w'])(?:by\s+)?(?:a|one)\s+(?:third|quarter|fifth|tenth)|(?:d'|de\s+)?un\s+(?:tiers|quart|cinquieme|dixieme)(?![\w])"
)
_TIME_LIMIT = _rx(
    r"(?<![\w'])(?:within|in\s+under|in\s+less\s+than|under)\s+(?:a|an|one|the\s+same)\s+(?:(?:business|working|calendar)\s+)?(?:day|week|hour|"
    r"month)|same[-\s]day|"
    r"en\s+moins\s+d'(?:une|un)\s+(?:heure|jour|journee|semaine)|le\s+jour\s+meme"
)
# A figure of the past or of the problem, no target: "we lost 10%", "it went up 15%".
_PAST_CHANGE = _rx(
    r"(?<![\w'])(?:went|fell|dropped|lost|rose|has\s+(?:dropped|fallen|gone)|a\s+(?:baisse|chute|perdu)|"
    r"ont\s+(?:baisse|chute)|en\s+(?:baisse|hausse|chute|recul)|(?:is|are|was|were|'s|'re)\s+(?:down|"
    r"up)\s+(?:by\s+)?\d)(?![\w])"
)


def target(text: str) -> list[Reading]:
    """The measurable improvement wanted, from the shape of the clause (see the comments above)."""
    folded = fold(text)
    for lo, hi in clauses(folded):
        clause = folded[lo:hi]
        if _PAST_CHANGE.search(clause):
            continue
        m = (
            _SELF_MEASURED.search(clause)
            or _CHANGE_NOUN.search(clause)
            or ((c := _CHANGE_STEM.search(clause)) and _FIGURE.search(clause, c.end()) and c)
            or _TIME_LIMIT.search(clause)
        )
        if m:
            said = text[lo:hi].strip()
            return [Reading("metrics.target", said, lo + m.start(), lo + m.end(), 2, f"a target: “{said}”")]
    return []


# --- authority.role: the contact's own part --------------------------------------------------------

_SELF_SUBJECT = r"(?:i|i'm|i\s+am|i've|i'll|i'd|je|j'|moi,?\s+je|c'est\s+moi\s+qui)"
# Gathering for someone else: "options for my boss", "je rassemble des infos pour ma direction".
_FOR_SOMEONE = _rx(
    rf"(?<![\w']){_SELF_SUBJECT}\s*(?:\w+\s+){{0,3}}?(?:gather\w*|collect\w*|pull\w*\s+together|"
    rf"put\w*\s+together|compil\w*|"
    r"research\w*|look\w*\s+into|scop\w*|shortlist\w*|screen\w*|pre-?select\w*|filter\w*|rassembl\w*|"
    r"collect\w*|recens\w*|"
    r"prepar\w*|fais\s+le\s+tri|defrich\w*|debroussaill\w*|me\s+renseign\w*)\s+(?:[\w'-]+\s+){0,5}?(?:for|"
    r"pour)\s+"
    r"(?:my|our|the|his|her|their|ma|mon|notre|la|le|les|mes|nos|son|sa|ses)\s+(?:boss|manager|director|team|board|cfo|"
    r"ceo|md|gm|vp|"
    r"head|"
    r"direction|patron(?:ne)?|chef|comite|dg|daf|pdg|superieur\w*|n\+1)(?![\w])"
)
_THROUGH_ME = _rx(
    r"(?<![\w'])(?:(?:everything|it\s+all|all\s+of\s+it|it|this)\s+(?:goes|has\s+to\s+go|must\s+go|"
    r"passes)\s+through\s+me|"
    r"(?:i'm|i\s+am)\s+(?:the\s+)?(?:gatekeeper|first\s+filter|first\s+step)|tout\s+passe\s+par\s+moi|"
    r"je\s+suis\s+(?:le|la)\s+(?:premier|premiere)\s+filtre|c'est\s+moi\s+qui\s+fais\s+le\s+tri)(?![\w])"
)
_ONE_USING = _rx(
    rf"(?<![\w']){_SELF_SUBJECT}\s*(?:\w+\s+){{0,2}}?(?:be\s+)?the\s+one\s+(?:using|who(?:'ll|"
    rf"\s+will)?\s+use|working\s+in)\s+(?:it|this|the)|"
    r"c'est\s+moi\s+qui\s+(?:vais\s+)?(?:l'utiliser|m'en\s+servir|serai\s+dessus|bosserai\s+dessus)"
)
_TOGETHER = _rx(
    r"(?<![\w'])(?:(?:on|nous)\s+(?:decide|decidons|tranche|tranchons|choisit|choisissons|valide|validons|"
    r"signe|signons)\s+"
    r"(?:a\s+(?:deux|2)|ensemble|conjointement|en\s+binome)|(?:we|the\s+\w+\s+and\s+i|"
    r"\w+\s+and\s+i)\s+(?:will\s+|"
    r"'ll\s+|)"
    r"(?:decide|make\s+the\s+call|sign\s+off|choose)\s+(?:it\s+|this\s+)?(?:together|jointly|"
    r"between\s+us))(?![\w])"
)


def own_role(text: str) -> list[Reading]:
    """The contact's part, from the shape of what they say of themselves (see the patterns above)."""
    folded = fold(text)
    for rx, value, why in (
        (_TOGETHER, "co_decider", "a shared decision"),
        (_THROUGH_ME, "gatekeeper", "the contact gathers information for others"),
        (_FOR_SOMEONE, "gatekeeper", "the contact gathers information for others"),
        (_ONE_USING, "user", "the contact would use it"),
    ):
        if m := rx.search(folded):
            said = f"{why}: “{text[m.start() : m.end()]}”"
            return [Reading("authority.role", value, m.start(), m.end(), 2, said)]
    return []


# --- decision.criteria -----------------------------------------------------------------------------

# What rules a vendor out or wins it: an exclusion ("we won't look at anything that isn't hosted in
# the EU"), a condition with its verdict ("if it doesn't do offline, it's a non-starter"), "without X
# we go no further", the deciding factor, what matters most.
_CRITERION = _rx(
    r"(?<![\w'])(?:(?:won't|will\s+not|wouldn't|don't|do\s+not|can't)\s+(?:even\s+)?(?:look\s+at|consider|"
    r"buy|go\s+with|touch|entertain)\s+"
    r"(?:anything|any\s+\w+|a\s+\w+|one)\s+(?:that|which|without|unless)|"
    r"(?:ne\s+)?(?:regarderons|regardera|considererons|considerera|retiendrons|retiendra|prendrons|"
    r"prendra)\s+pas\s+"
    r"(?:une?|de|d')\s*\w*\s*(?:qui|sans)|"
    r"(?:if|si)\s+(?:it|ca|la\s+solution|l'outil|le\s+logiciel)\s+(?:[\w',-]+\s+){0,6}?(?:it's|that's|c'est|"
    r"ce\s+sera)\s+"
    r"(?:a\s+|an\s+)?(?:non-?starter|no-?go|deal-?breaker|showstopper|out|eliminatoire|redhibitoire|mort|"
    r"non)|"
    r"(?:without|sans)\s+(?:[\w',-]+\s+){1,5}?(?:we|on|nous)\s+(?:won't|don't|will\s+not|"
    r"ne)\s+(?:\w+\s+){0,2}?"
    r"(?:go\s+(?:any\s+)?further|go\s+ahead|buy|sign|proceed|va\s+pas\s+plus\s+loin|"
    r"irons?\s+pas\s+plus\s+loin|signera\s+pas)|"
    r"(?:the\s+)?(?:deciding|decisive|key|main|biggest|number\s+one)\s+(?:factor|criterion|criteria|thing|"
    r"point)\s+(?:will\s+be|is|would\s+be)|"
    r"ce\s+qui\s+(?:fera|va\s+faire)\s+la\s+difference|le\s+critere\s+(?:principal|decisif|numero\s+(?:un|"
    r"1)|n°\s?1)|"
    r"ce\s+qui\s+compte\s+(?:le\s+plus|vraiment)|matters?\s+(?:more|most)\s+(?:to|for)\s+(?:us|me|them|the\s+\w+)|"
    # "pas question de prendre un outil qui ne soit pas hébergé en France", "no way we'd buy anything that..."
    r"(?:pas\s+question|hors\s+de\s+question)\s+(?:de\s+|d')(?:prendre|choisir|acheter|retenir|signer)\s+(?:\w+\s+){0,3}?(?:qui|sans)|"
    r"no\s+way\s+(?:we'd|we\s+would|we'll|we\s+will|i'd)\s+(?:buy|pick|choose|take|sign)\s+(?:\w+\s+){0,3}?(?:that|which|without)|"
    # a condition, then walking away: "if it can't run offline, we're out", "si ça ne gère pas les lots, on
    # passe notre chemin"
    r"(?:if|si|unless|sauf\s+si)\s+(?:it|ca|they|the\s+\w+|la\s+solution|l'outil|le\s+logiciel)\s+(?:[\w',-]+\s+){0,8}?"
    r"(?:(?:we're|we\s+are|i'm|on\s+est)\s+out(?!\s+of)|(?:we|on|nous)\s+(?:walk\s+away|move\s+on|pass|passe\w*\s+(?:notre\s+chemin|"
    r"a\s+autre\s+chose)|arrete\w*\s+(?:la|tout))|(?:it's|that's|c'est)\s+(?:a\s+)?(?:no|non|fini|mort)(?![\w]))|"
    r"compte\s+(?:plus|davantage))"
)


# What the thing bought must do, with the thing as the subject: "the supplier must hold Cyber
# Essentials", "whatever we pick has to run offline", "l'outil devra gérer les lots", "ça prend une
# interface en français", "que ça marche sans réseau", "il faut que les franchisés puissent commander".
_BOUGHT = (
    r"(?:it|the\s+(?:system|tool|solution|platform|software|app|application|product|vendor|supplier|provider|thing)|"
    r"(?:any|whatever|the\s+one)\s+(?:\w+\s+)?(?:we|you)\s+(?:pick|choose|buy|go\s+with|select)|"
    r"any\s+(?:system|tool|solution|platform|software|vendor|supplier|provider)|"
    r"ca|cela|l'outil|la\s+solution|le\s+logiciel|le\s+systeme|l'application|l'appli|la\s+plateforme|le\s+prestataire|"
    r"le\s+fournisseur|l'editeur)"
)
_NOT_A_DEADLINE = (
    r"(?!(?:be\s+)?(?:live|in\s+place|ready|done|signed|decided|approved|installed|delivered|up\s+and\s+running|chosen|"
    r"picked|finished)(?![\w])|go\s+live|etre\s+(?:pret|en\s+place|signe|decide|choisi|livre|installe|valide)|"
    # "it has to be said", "it has to be restarted every Monday", "it has to stop": an idiom, the old system's
    # chore, or the problem that must end
    r"be\s+(?:said|noted|admitted|restarted|rebooted|redone|re-?entered|re-?keyed|retyped|done\s+by\s+hand|"
    r"checked\s+(?:by\s+hand|manually)|fixed|sorted|solved|addressed|replaced)(?![\w])|"
    r"(?:stop|change|end|happen|improve|get\s+better|cesser|changer|s'arreter)(?![\w]))"
)
_REQUIRED = _rx(
    rf"(?<![\w']){_BOUGHT}\s+(?:(?:really|absolutely|also|definitely|vraiment|absolument|aussi)\s+)?"
    rf"(?:has\s+to|have\s+to|must|needs\s+to|need\s+to|will\s+(?:have|need)\s+to|would\s+(?:have|need)\s+to|"
    rf"doit|devra|devrait|devront)\s+(?:(?:absolument|imperativement|really|absolutely|also|aussi)\s+)?{_NOT_A_DEADLINE}[a-z']{{2,}}|"
    r"(?<![\w'])(?:ca|il)\s+(?:nous\s+)?prend\s+(?:absolument\s+)?(?:un|une|des|que)(?![\w])|"
    r"^\W*(?:et\s+)?qu(?:e\s+|')(?:ca|cela|l'outil|la\s+solution|le\s+logiciel|les?\s+[a-z-]+|nos\s+[a-z-]+|on)\s+"
    r"(?:[a-z'-]+\s+){0,2}?(?:puisse|puissent|soit|soient|marche|fonctionne|ait|aient|se\s+connecte|respecte|gere|tourne|"
    r"s'integre|permette|accepte|parle|lise)(?![\w])|"
    # a need named by what it is: "we need SOC 2 and single sign-on", "on a besoin d'une interface en
    # espagnol"
    r"(?<![\w'])(?:we|i|they)\s+(?:also\s+|really\s+|absolutely\s+|will\s+|'ll\s+)?(?:need|require)\s+(?:(?:a|an|the|full|"
    r"native|proper|some)\s+)?(?:soc\s?2|iso\s?\d{4,5}|hipaa|gdpr|rgpd|hds|sso|single\s+sign-?on|api|integration|connector|"
    r"certification|e-?signatures?|audit\s+trail|offline|mobile\s+app|french|english|spanish|bilingual)(?![\w])|"
    r"(?<![\w'])(?:on\s+a|nous\s+avons|j'ai)\s+besoin\s+(?:d'une?\s+|de\s+|du\s+|des\s+)(?:vraie?\s+)?(?:integration|connecteur|"
    r"interface|api|certification|hebergement|signature|version|appli(?:cation)?\s+mobile|mode\s+(?:hors\s+ligne|deconnecte))|"
    r"(?<![\w'])(?:il\s+)?faut\s+que\s+(?:ca|cela|l'outil|la\s+solution|le\s+logiciel|les?\s+[a-z-]+|nos\s+[a-z-]+|on)\s+"
    r"(?:[a-z'-]+\s+){0,2}?(?:puisse|puissent|marche|fonctionne|se\s+connecte|respecte|gere|s'integre|permette|accepte|"
    r"parle|lise)(?![\w])"
)


def criteria(text: str) -> list[Reading]:
    """What they will judge on, from the shape of the sentence (see the pattern above)."""
    folded = fold(text)
    if m := _CRITERION.search(folded) or _REQUIRED.search(folded):
        said = " ".join(text.split())
        why = f"a must-have: “{text[m.start() : m.end()]}”"
        return [Reading("decision.criteria", said, m.start(), m.end(), 2, why)]
    return []
