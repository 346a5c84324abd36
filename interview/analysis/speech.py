"""Who speaks, and how what they say is cut: the rep told apart from the prospect
(`speaker_roles`), questions told from answers (`is_question`), sentences (`sentences`) and the
call's language (`detect_language`). Pure functions, no I/O."""

from __future__ import annotations

import re
from collections.abc import Iterable

from interview.analysis import statements
from interview.analysis.recognisers import fold
from interview.analysis.transcript import Transcript, speaker_identity

# --- who is the rep --------------------------------------------------------------------------

_REP_LABEL = re.compile(
    r"(?<![\w])(?:rep|sales\s*rep|sales|seller|salesperson|ae|sdr|bdr|account\s+(?:executive|manager)|interviewer|host|me|moi|vendeu(?:r|se)|"
    r"commercial(?:e)?|charge(?:e)?\s+d'affaires|business\s+developer|consultant(?:e)?|intervieweu(?:r|se)|we|nous|us)(?![\w])"
)
_PROSPECT_LABEL = re.compile(
    r"(?<![\w])(?:prospect|client(?:e)?|customer|buyer|lead|acheteu(?:r|se)|interlocut(?:eur|rice)|guest|invite(?:e)?|them|eux)(?![\w])"
)
QUESTION_START = re.compile(
    r"^(?:what|who|when|where|why|how|which|is|are|do|does|did|can|could|would|will|have|has|should|tell\s+me|walk\s+me|"
    r"qu'est-ce|qui|quand|ou|pourquoi|comment|quel|quelle|quels|quelles|combien|est-ce|avez-vous|etes-vous|pouvez-vous|"
    r"vous\s+avez|y\s+a-t-il|racontez|expliquez|dites-moi)(?![\w])"
)
_REP_OPENERS = re.compile(
    r"(?<![\w'])(?:thanks?\s+(?:you\s+)?for\s+(?:taking|your\s+time|joining|making)|merci\s+(?:de|pour)\s+(?:m'accorder|votre\s+temps|prendre|ce\s+temps|avoir\s+pris)|"
    r"(?:i'm|i\s+am|je\s+suis)\s+\w+\s+(?:from|de\s+chez|chez)|our\s+(?:tool|product|platform|solution)|notre\s+(?:outil|produit|plateforme|solution)|"
    r"let\s+me\s+(?:show|recap|summari[sz]e)|je\s+(?:vous\s+)?(?:propose|recapitule|resume)|next\s+steps?\s+(?:on\s+my\s+side|would\s+be)|"
    r"i'll\s+send\s+(?:you|over)|je\s+vous\s+(?:envoie|enverrai))(?![\w])"
)


_FILLER = (
    r"(?:(?:okay|ok|so|and|right|great|alright|well|now|good|perfect|sure|got\s+it|makes\s+sense|noted|"
    r"understood|d'accord|tres\s+bien|bien|alors|et|donc|ok\s+donc|parfait|entendu|note|super|bon)[\s,]+)*"
)
_UNPUNCTUATED_QUESTION = re.compile(
    rf"^{_FILLER}(?:(?:what|who|when|where|why|how|which|whom)(?:'s|\s+(?:is|are|was|do|does|did|would|will|can|could|should|else|kind|sort|made|happens|about|much|many|long|soon|often|exactly))|"
    r"(?:do|does|did|is|are|was|were|can|could|would|will|have|has|should|shall)\s+(?:you|your|there|it|we|they|anyone|anybody|someone|this|that)|"
    r"tell\s+me|walk\s+me|any\s+(?:idea|chance|other|budget|deadline)|"
    r"(?:qu'est-ce|est-ce\s+qu|qui|quand|pourquoi|comment|combien|quel(?:le)?s?|ou\s+en|avez-vous|etes-vous|pouvez-vous|vous\s+avez|y\s+a-t-il|c'est\s+qui|c'est\s+quand|racontez|dites-moi)(?![\w]))"
    r"|(?<![\w'])(?:est-ce\s+qu|vous\s+\w+\s+quoi|quoi\s+comme|c'est\s+quoi|c'est\s+qui|c'est\s+quand|"
    r"(?:et|alors|donc|mais|bon|ok)\s+qui\s+(?:decide|signe|valide)|"  # not "c'est moi qui signe"
    r"(?:do|did|are|can|could|would|will|have)\s+you\s+(?!know\s+what\s+i\s+mean))"
)


# A request to be told, which asks without a question mark: "Tell me about the night shift.", "Walk me
# through it.", "So I wanted to hear what's going on.", "Racontez-moi un peu.", "Parlez-moi du budget."
# Only verbs of telling and hearing: a prospect's "I want to know where the carts go" is a need.
_ASKS_TO_TELL = re.compile(
    rf"^{_FILLER}(?:(?:can|could|would|will)\s+you\s+(?:please\s+)?|please\s+|(?:just\s+)?)"
    r"(?:(?:tell|walk|talk|take|run)\s+(?:me|us)(?![\w'])|talk\s+to\s+me\s+about|help\s+me\s+(?:understand|see|picture)|"
    # a topic opened: "Let's talk timing.", "Parlons budget."
    r"let's\s+talk\s+(?:about\s+)?(?:the\s+|your\s+)?[a-z]+\W*$|parlons\s+(?:un\s+peu\s+)?(?:de\s+|du\s+|des\s+|d')?[\w']+\W*$|"
    r"give\s+me\s+(?:a|an|the|some)\s+(?:\w+\s+)?(?:sense|idea|picture|feel|overview|rundown|flavou?r|lay\s+of\s+the\s+land)|"
    r"(?:i'd|i\s+would|i'd\s+really|i\s+really\s+want\s+to|i\s+want(?:ed)?\s+to)\s+(?:love|like)?\s*(?:to\s+)?hear|"
    r"i\s+wanted\s+to\s+hear|i'm\s+curious\s+(?:about|how|what|who|why|whether|if|to)|curious\s+(?:about|how|what|who)|"
    r"(?:parlez|parle|racontez|raconte|dites|expliquez|explique|decrivez|decris|presentez)-(?:moi|nous)(?![\w])|"
    r"(?:j'aimerais|je\s+voudrais|je\s+veux)\s+(?:bien\s+)?(?:vous\s+)?entendre|je\s+suis\s+curieu(?:x|se)\s+de|"
    # the floor handed over: "Je vous laisse m'expliquer.", "I'll let you walk me through it."
    r"(?:je\s+vous\s+laisse|i'll\s+let\s+you|let\s+you|over\s+to\s+you\s+to)\s+(?:m'|me\s+|nous\s+)?(?:expliquer|raconter|"
    r"decrire|presenter|explain|describe|tell|walk|take)|"
    r"(?:vous\s+pouvez|pourriez-vous|pouvez-vous|tu\s+peux)\s+(?:m'|me\s+|nous\s+)(?:expliquer|raconter|decrire|dire|presenter))"
)


# Speech-to-text loses the question mark of a question by its topic alone: "and the money", "et côté
# budget vous avez prévu quelque chose", "what about timing". Not "côté budget on a prévu 40 000".
_ELLIPTICAL = re.compile(
    r"^(?:(?:okay|ok|so|and|right|alright|great|perfect|d'accord|tres\s+bien|alors|et|donc|parfait|super|bon)[\s,]+)*"
    r"(?:(?:what|how)\s+about\s+|(?:and|et|so|alors)\s+(?=(?:the|le|la|les|l'|your|votre|vos)\s*[a-z]+(?:\s+[a-z]+)?\s*$)|"
    r"(?:cote|niveau|au\s+niveau\s+(?:du|de\s+la|des|de\s+l')|en\s+termes\s+de|question)\s+(?:[a-z']+\s+)?[a-z]+"
    r"(?:\s*$|\s+(?:vous|votre|vos|il\s+y\s+a|y\s+a|est-ce|quoi|comment|combien|quel\w*|ou\s+en|ca\s+donne)(?![\w])))"
)


def is_question(sentence: str, punctuated: bool = True) -> bool:
    """Whether a sentence asks: it ends with "?", or (in a transcript without punctuation) starts
    like a question ("okay and is there a budget you have in mind"), or asks to be told ("Tell me
    about your week.")."""
    s = sentence.strip()
    if s.endswith("?"):
        return True
    folded = fold(s)
    if _ASKS_TO_TELL.match(folded) and not s.endswith("!"):  # "Tell me about it!": agreement, no question
        return True
    if punctuated:
        return False
    return bool(_UNPUNCTUATED_QUESTION.search(folded) or _ELLIPTICAL.match(folded))


# The topics only a seller asks about, and the questions a buyer asks about the seller's product.
_QUALIFYING = {
    "budget.allocated",
    "authority.economic_buyer_identified",
    "authority.role",
    "decision.process_known",
    "decision.criteria",
    "competitors",
    "priority.level",
    "champion.named",
    "need.pain",
    "need.current_solution",
    "metrics.target",
    "timeline.compelling_event",
}
_ABOUT_THE_PRODUCT = re.compile(
    r"(?<![\w'])(?:your\s+(?:tool|product|platform|solution|software|app|pricing|prices?|plans?|support|"
    r"contract|api|roadmap)|"
    r"do\s+you\s+(?:offer|support|integrate|have\s+(?:an?|any)|handle|do|charge|provide)|does\s+(?:it|your)|"
    r"can\s+(?:you|it)\s+(?!tell|walk|share|describe|give|help\s+me\s+understand)(?:send|do|beat|integrate|"
    r"handle|import|export|connect|match)|"
    r"(?:free\s+)?trial|how\s+much\s+(?:is|does|do|would)\s+(?:it|this|that|you)|"
    r"votre\s+(?:outil|produit|solution|logiciel|offre|tarif|plateforme|application|appli)|"
    r"vous\s+(?:proposez|faites|gerez|integrez|offrez)|est-ce\s+que\s+(?:votre|ca\s+(?:gere|fait|marche))|"
    r"(?:ca|il|elle)\s+coute\s+combien|combien\s+(?:ca|cela)\s+coute)"
)


def speaker_roles(transcript: Transcript, rep_hint: str | None = None) -> dict[str, str]:
    """Each speaker (as written) -> "rep" or "prospect" ("notes" for an export's notes).

    The rep is named by `rep_hint` (a name, or several separated by commas, matched on first name
    or whole name), by a label ("Rep", "Sales", "Commercial"), else is the speaker who asks the
    most questions, weighted by how much they speak; everyone else is the prospect's side.
    """
    speakers = transcript.speakers
    roles: dict[str, str] = {}
    if transcript.format == "export":
        return {s: "notes" for s in speakers}
    if not speakers:
        return roles
    ids = {s: speaker_identity(s) for s in speakers}
    if rep_hint:
        hints = [fold(h.strip()) for h in rep_hint.split(",") if h.strip()]
        for s, ident in ids.items():
            folded = fold(ident)
            if any(
                h == folded or folded.split()[0] == h or h.split()[0] == folded.split()[0]
                for h in hints
                if folded
            ):
                roles[s] = "rep"
        if roles:
            return {s: roles.get(s, "prospect") for s in speakers}
    labelled = {s for s in speakers if _REP_LABEL.search(fold(s))}
    prospects = {s for s in speakers if _PROSPECT_LABEL.search(fold(s))}
    if labelled and labelled != set(speakers):
        return {s: "rep" if s in labelled else "prospect" for s in speakers}
    if prospects and prospects != set(speakers):
        return {s: "prospect" if s in prospects else "rep" for s in speakers}
    # Who asks: questions per turn, and the share of all questions asked.
    # turns, questions, words, openers, qualifying questions, questions about the vendor's product
    stats: dict[str, list[float]] = {s: [0, 0, 0, 0, 0, 0] for s in speakers}
    for turn in transcript.turns:
        if not turn.speaker:
            continue
        st = stats[turn.speaker]
        folded = fold(turn.text)
        st[0] += 1
        st[1] += 1 if "?" in turn.text else 0
        st[2] += len(turn.text.split())
        st[3] += 1 if _REP_OPENERS.search(folded) else 0
        asked = [turn.text[a:b] for a, b in sentences(turn.text) if turn.text[a:b].rstrip().endswith("?")]
        st[4] += 1 if any(set(statements.question_topics(q)) & _QUALIFYING for q in asked) else 0
        st[5] += 1 if any(_ABOUT_THE_PRODUCT.search(fold(q)) for q in asked) else 0
    total_q = sum(v[1] for v in stats.values()) or 1

    def score(s: str) -> float:
        turns, questions, words, openers, qualifying, product = stats[s]
        if not turns:
            return -1.0
        ratio = questions / turns
        share = questions / total_q
        brevity = 1.0 / (1.0 + (words / turns) / 40.0)
        # A rep qualifies (budget, who signs, rivals); a curious prospect asks about the product.
        asks = 0.8 * (qualifying - product) / turns
        return ratio + share + 0.3 * brevity + 0.25 * min(openers, 2) + asks

    ranked = sorted(speakers, key=score, reverse=True)
    if len(ranked) == 1:
        return {ranked[0]: "prospect"}  # a monologue: the prospect's words (or notes)
    rep = ranked[0]
    roles = {s: "prospect" for s in speakers}
    roles[rep] = "rep"
    # A second rep (a sales engineer, a manager) when named like the rep's side: same company label.
    label = re.search(r"\((.*)\)", rep)
    for s in speakers:
        other = re.search(r"\((.*)\)", s)
        if s != rep and label and other and fold(other.group(1)) == fold(label.group(1)):
            roles[s] = "rep"
    return roles


# --- sentences ---------------------------------------------------------------------------------

_ABBREV = re.compile(
    r"(?:\b(?:e\.g|i\.e|etc|vs|mr|mrs|ms|dr|m|mme|approx|ca|no|st|inc|ltd|co|p\.ex|cf)|\d)$", re.IGNORECASE
)


def sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans of `text`: cut after . ! ? … (not in "e.g.", "3.5", "Mr.") and at line ends
    that close a sentence."""
    out: list[tuple[int, int]] = []
    start = 0
    i = 0
    n = len(text)
    while i < n:
        c = text[i]
        if c in ".!?…":
            j = i
            while j + 1 < n and text[j + 1] in ".!?…\"'”»)":
                j += 1
            nxt = text[j + 1] if j + 1 < n else " "
            if (c == "…" or text[i : i + 2] == "..") and re.match(r"\s*[a-zà-ÿ]", text[j + 1 : j + 3]):
                i = j + 1
                continue  # a trailing-off that goes on in lower case: "chez cargo... cargofive je crois"
            if c == "." and (
                _ABBREV.search(text[start:i])
                and (
                    nxt.isdigit()
                    or (
                        nxt == " " and i > 0 and text[i - 1].isdigit() and j + 2 < n and text[j + 2].isdigit()
                    )
                )
            ):
                i += 1
                continue
            if (
                c == "."
                and i > 0
                and re.search(
                    r"\b(?:e\.g|i\.e|vs|etc|mr|mrs|ms|dr|mme|cf|env|approx|resp|dept|incl|excl|avg|moy|"
                    r"dec|curr?|sol|mgr|qtr|prio|reqs?)$",  # and the abbreviations of notes: "Dec. by EOM"
                    text[max(0, i - 7) : i],
                    re.IGNORECASE,
                )
            ):
                i += 1
                continue
            initial = re.search(r"(?<![\w'])[^\W\d_]$", text[max(0, i - 2) : i])
            after = text[j + 1 : j + 3]
            if c == "." and initial and initial[0].isupper() and after[:1] == " " and after[1:].isupper():
                i += 1
                continue  # an initial or a title: "J. Park", "M. Éric Bonnaud"
            if c == "." and re.match(r"[ \t]*:", text[j + 1 : j + 4]):
                i = j + 1
                continue  # "Déc. : fin S1", "Resp. : Julie": an abbreviated label, not a sentence's end
            if nxt.isspace() or j + 1 >= n:
                out.append((start, j + 1))
                start = j + 1
                i = j + 1
                continue
        elif c == "\n" and i > start and text[i - 1] in ".!?…;":
            out.append((start, i))
            start = i + 1
        i += 1
    if start < n:
        out.append((start, n))
    cleaned = []
    for s, e in out:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            cleaned.append((s, e))
    return cleaned


# --- language ----------------------------------------------------------------------------------

_EN_WORDS = set(
    [
        "the",
        "and",
        "we",
        "is",
        "are",
        "to",
        "of",
        "it",
        "that",
        "this",
        "for",
        "you",
        "our",
        "with",
        "have",
        "not",
        "but",
        "they",
        "what",
        "be",
        "on",
    ]
)
_FR_WORDS = set(
    [
        "le",
        "la",
        "les",
        "et",
        "nous",
        "est",
        "sont",
        "de",
        "des",
        "un",
        "une",
        "pour",
        "vous",
        "notre",
        "avec",
        "pas",
        "mais",
        "ils",
        "que",
        "qui",
        "on",
        "ce",
        "en",
        "du",
    ]
)


def detect_language(texts: Iterable[str]) -> str:
    en = fr = 0
    for text in texts:
        for word in re.findall(r"[a-z']+", fold(text)):
            en += word in _EN_WORDS
            fr += word in _FR_WORDS
        if en + fr > 4000:
            break
    return "fr" if fr > en else "en"
