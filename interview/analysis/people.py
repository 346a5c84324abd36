"""People in what a prospect says, in English and French: who they are, who signs, who pushes for
the purchase, and which other vendors are in the running.

- `find_mentions(text)`: people named with their role when one is attached ("Anne Morel, our CFO",
  "notre DAF, Mme Durand", "Marc (IT)", "my boss"), roles alone ("the CFO"), and "I" / "je".
- `find_signers(text)`: who has the final say or signs ("the CFO signs", "c'est Anne qui tranche",
  "the final call is mine"), or that nobody knows ("no idea who signs off").
- `find_champions(text)`: who pushes for the purchase inside ("Marc is pushing hard for this",
  "Julie porte le projet", "I'll sell it internally"), or that nobody does.
- `find_competitors(text)`: the other vendors named as being looked at ("we're also talking to
  Pipedrive and HubSpot", "on a vu une démo de Sellsy"), by no list of brands: a name after a cue
  of evaluating ("a demo from X", "on compare avec X"), a name before what vendors do ("X quoted
  us", "X nous a fait une offre", "X's rep came by"), lists of them ("X, Y and Z"), and otherwise
  a product-shaped name in a clause about evaluating vendors ("X was cheaper") that is no person,
  place, label or standard. In lower-case speech-to-text, a word that is no common word after
  such a cue ("we had a demo from kantata").

Names are told by their capitals, so the original text is matched, not only its folded copy; the
cue words are matched on the folded copy (accents and case ignored). Pure functions, no I/O.
"""

from __future__ import annotations

import functools
import itertools
import re
from dataclasses import dataclass

from interview.analysis.recognisers import ROLES, Finding, fold
from interview.analysis.recognisers import find_roles as _find_roles

_F = re.ASCII


@dataclass(frozen=True)
class Mention:
    """A person or a role named in the text; `name` "" for a role alone, `role` "" for a name alone."""

    name: str
    role: str  # a role id of recognisers.ROLES, "manager" for "my boss", "self" for I / je
    start: int
    end: int

    @property
    def identity(self) -> str:
        return fold(self.name) if self.name else self.role


@dataclass(frozen=True)
class Statement:
    """Who signs / who champions: the person (None when the text says nobody is known), the span of
    the statement, whether it is negated ("X doesn't sign"), and how strong the cue is (1-3)."""

    who: Mention | None
    start: int
    end: int
    cue: str
    strength: int
    negative: bool = False  # "nobody knows who signs", "personne ne porte le projet"


# --- names -----------------------------------------------------------------------------------

_UP = "A-ZÀ-ÖØ-Þ"
_LOW = "a-zß-öø-ÿ"
_NAME_TOKEN = rf"(?:[{_UP}][{_LOW}]+(?:-[{_UP}]?[{_LOW}]+|['’][{_UP}][{_LOW}]+)*|[{_UP}]\.)"
_PARTICLE = r"(?:de|du|des|van|von|der|da|di|le|la|ben|bin|mac|d'|d’)"
_NAME = re.compile(
    rf"(?<![\w'’-])(?:(?:Mr|Mrs|Ms|Dr|M|Mme|Mlle|Madame|Monsieur)\.?\s+)?"
    rf"{_NAME_TOKEN}(?:\s+(?:{_PARTICLE}\s+|{_PARTICLE})?{_NAME_TOKEN}){{0,2}}(?![\w-])"
)
# Tools people name in passing: never a person, and never a competitor.
_TOOL_NAMES = {
    "excel",
    "sheets",
    "google",
    "outlook",
    "teams",
    "slack",
    "zoom",
    "jira",
    "notion",
    "airtable",
    "sap",
    "oracle",
    "sage",
    "word",
    "powerpoint",
    "gmail",
    "office",
    "microsoft",
    "linkedin",
    "whatsapp",
}
# Capitalised words that are no one's name: sentence openers, pronouns, days, months, tools...
_NOT_NAME = _TOOL_NAMES | set(
    [
        # openers of a premise ("Since Priya signs...", "Vu que Marc...")
        "since",
        "given",
        "seeing",
        "considering",
        "knowing",
        "puisque",
        "vu",
        "sachant",
        "etant",
        "i",
        "i'm",
        "i've",
        "i'd",
        "i'll",
        "we",
        "we're",
        "we've",
        "our",
        "ours",
        "us",
        "you",
        "your",
        "they",
        "their",
        "them",
        "he",
        "she",
        "his",
        "her",
        "it",
        "its",
        "the",
        "a",
        "an",
        "this",
        "that",
        "these",
        "those",
        "there",
        "here",
        "so",
        "yes",
        "no",
        "yeah",
        "yep",
        "nope",
        "well",
        "and",
        "but",
        "or",
        "if",
        "then",
        "also",
        "okay",
        "ok",
        "right",
        "sure",
        "honestly",
        "actually",
        "currently",
        "today",
        "tomorrow",
        "yesterday",
        "now",
        "frankly",
        "basically",
        "look",
        "listen",
        "sorry",
        "thanks",
        "thank",
        "hi",
        "hello",
        "hey",
        "good",
        "great",
        "perfect",
        "exactly",
        "absolutely",
        "indeed",
        "maybe",
        "perhaps",
        "probably",
        "obviously",
        "first",
        "second",
        "third",
        "next",
        "finally",
        "after",
        "before",
        "once",
        "when",
        "what",
        "who",
        "why",
        "how",
        "which",
        "where",
        "whoever",
        "anyway",
        "plus",
        "still",
        "just",
        "only",
        "even",
        "not",
        "nothing",
        "nobody",
        "everyone",
        "everybody",
        "someone",
        "somebody",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "all",
        "both",
        "each",
        "every",
        "any",
        "some",
        "many",
        "most",
        "more",
        "less",
        "as",
        "at",
        "by",
        "for",
        "from",
        "in",
        "into",
        "of",
        "on",
        "to",
        "with",
        "without",
        "about",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "q1",
        "q2",
        "q3",
        "q4",
        "h1",
        "h2",
        "eoy",
        "le",
        "la",
        "les",
        "l",
        "un",
        "une",
        "des",
        "de",
        "du",
        "d",
        "au",
        "aux",
        "ce",
        "cet",
        "cette",
        "ces",
        "ca",
        "ça",
        "c'est",
        "cest",
        "il",
        "elle",
        "ils",
        "elles",
        "on",
        "nous",
        "vous",
        "je",
        "j",
        "tu",
        "me",
        "moi",
        "toi",
        "lui",
        "leur",
        "leurs",
        "notre",
        "nos",
        "votre",
        "vos",
        "mon",
        "ma",
        "mes",
        "son",
        "sa",
        "ses",
        "oui",
        "non",
        "bon",
        "bah",
        "ben",
        "alors",
        "donc",
        "mais",
        "et",
        "ou",
        "or",
        "ni",
        "car",
        "puis",
        "ensuite",
        "enfin",
        "apres",
        "avant",
        "quand",
        "comme",
        "si",
        "aujourd'hui",
        "demain",
        "hier",
        "actuellement",
        "franchement",
        "honnetement",
        "voila",
        "voilà",
        "bref",
        "disons",
        "effectivement",
        "exactement",
        "absolument",
        "d'accord",
        "merci",
        "bonjour",
        "salut",
        "parfait",
        "super",
        "tres",
        "très",
        "pour",
        "par",
        "sur",
        "sous",
        "avec",
        "sans",
        "chez",
        "dans",
        "entre",
        "vers",
        "depuis",
        "pendant",
        "premier",
        "premiere",
        "deuxieme",
        "lundi",
        "mardi",
        "mercredi",
        "jeudi",
        "vendredi",
        "samedi",
        "dimanche",
        "janvier",
        "fevrier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "aout",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "decembre",
        "décembre",
        "quel",
        "quelle",
        "quels",
        "quelles",
        "qui",
        "que",
        "quoi",
        "comment",
        "pourquoi",
        "combien",
        "chaque",
        "tout",
        "toute",
        "tous",
        "toutes",
        "personne",
        "rien",
        "quelqu'un",
        "aucun",
        "aucune",
        "deja",
        "déjà",
        "encore",
        "toujours",
        "email",
        "e-mail",
        "crm",
        "erp",
        "sso",
        "api",
        "pdf",
        "csv",
        "saas",
        "poc",
        "rfp",
        "kpi",
        "roi",
        "it",
        "rh",
        "si",
        "dsi",
        "daf",
        "drh",
        "pdg",
        "dg",
        "ceo",
        "cfo",
        "cto",
        "cio",
        "coo",
        "cmo",
        "cro",
        "vp",
        "hr",
        "ops",
        "comex",
        "codir",
        "copil",
        "board",
    ]
)
# Sentence adverbs and decision words that open a sentence ("Final sign-off sits with…").
_NOT_NAME |= {
    "final",
    "ultimately",
    "eventually",
    "finalement",
    "ultimement",
    "really",
    "clearly",
    "approval",
}


@functools.lru_cache(maxsize=4096)
def _roles_cached(text: str) -> tuple[Finding, ...]:
    return tuple(_find_roles(text))


def find_roles(text: str) -> list[Finding]:
    """recognisers.find_roles, remembered: the same sentence is read for several facts."""
    return list(_roles_cached(text))


_NOT_NAME |= set(
    [
        "pas",
        "plus",
        "moins",
        "peu",
        "beaucoup",
        "sinon",
        "voici",
        "tres",
        "decision",
        "budget",
        "douleur",
        "criteres",
        "etapes",
        "priorite",
        "concurrents",
        "objectif",
        "calendrier",
        "contexte",
        "pain",
        "steps",
        "criteria",
        "priority",
        "competitors",
        "target",
        "timeline",
        "context",
        "why",
        "next",
        "notes",
        "attendees",
        "participants",
        "action",
        "actions",
        "todo",
        "process",
        "processus",
        "risque",
        "risk",
        # Fillers and possessives at the start of an answer.
        "my",
        "mm",
        "mmm",
        "hmm",
        "um",
        "umm",
        "uh",
        "er",
        "erm",
        "euh",
        "bah",
        # Departments and bodies: they sign off, but they are nobody's name.
        "finance",
        "legal",
        "procurement",
        "purchasing",
        "accounting",
        "accounts",
        "compliance",
        "management",
        "leadership",
        "council",
        "trustees",
        "governors",
        "corporate",
        "hq",
        "head",
        "direction",
        "compta",
        "achats",
        "juridique",
        "conseil",
        "mairie",
        "siege",
    ]
)
_TITLES = re.compile(r"^(?:Mr|Mrs|Ms|Dr|M|Mme|Mlle|Madame|Monsieur)\.?\s+")


def _name_ok(name: str) -> bool:
    words = _TITLES.sub("", name).split()
    if not words:
        return False
    return fold(words[0]) not in _NOT_NAME and all(fold(w) not in _NOT_NAME or len(words) > 1 for w in words)


def find_names(text: str) -> list[tuple[int, int, str]]:
    """Capitalised names in `text`: (start, end, name). A sentence's first word counts only when a
    second capitalised word follows it ("Anne Morel signs") or it is not a common word."""
    out = []
    for m in _NAME.finditer(text):
        start, name = m.start(), m.group()
        # Drop leading words that are no names ("So Anne", "Our CFO" are not names).
        words = name.split()
        while words and fold(words[0]) in _NOT_NAME:
            start = text.index(words[1], start + len(words[0])) if len(words) > 1 else m.end()
            words = words[1:]
        if not words:
            continue
        name = text[start : m.end()]
        if _name_ok(name) and not _all_caps_role(name):
            out.append((start, m.end(), name))
    return out


def _all_caps_role(name: str) -> bool:
    return bool(find_roles(name)) and len(find_roles(name)[0].text) == len(name)


# --- mentions: people with their roles -------------------------------------------------------

_APPOS_BETWEEN = re.compile(
    r"\s*(?:,|\(|-|–|—)?\s*(?:(?:who\s+is|who's|qui\s+est|is|est)\s+)?"
    r"(?:(?:our|the|their|my|his|her|notre|nos|la|le|l'|leur|mon|ma|son|sa|un|une|a|an)\s+)?"
    r"(?:(?:new|nouvelle?|current|actuelle?)\s+)?$|^\s*,?\s*(?:as|en\s+tant\s+que|comme)\s+(?:(?:our|the|notre|le|la|l')\s+)?$",
    _F,
)
_ROLE_NAME_BETWEEN = re.compile(r"^\s*(?:,|:|-|–|—|\(|=)?\s*(?:(?:is|c'est|named|called|nomme[e]?)\s+)?$", _F)
_FROM_DEPT = re.compile(r"^\s*(?:from|in|at|de\s+la|de\s+l'|du|des|de|chez|aux?)\s+$", _F)
_SELF = re.compile(r"(?<![\w'])(?:i|me|myself|je|j'|moi|moi-meme)(?![\w])", _F)
_PRONOUN = re.compile(r"(?<![\w'])(?:he|she|him|il|elle|lui|lui-meme|elle-meme)(?![\w'])", _F)
_BOSS = re.compile(
    r"(?<![\w'])(?:my|mon|ma|our|notre)\s+(?:boss|manager|n\+1|supervisor|superieur(?:e)?\s+hierarchique|"
    r"superieur(?:e)?|direct(?:eur|rice)|chef|patron(?:ne)?|line\s+manager)(?![\w])",
    _F,
)


def find_mentions(text: str) -> list[Mention]:
    """People and roles in `text`, in order: a name and the role beside it make one mention."""
    return list(_mentions(text))


@functools.lru_cache(maxsize=1024)
def _mentions(text: str) -> tuple[Mention, ...]:
    folded = fold(text)
    roles = [r for r in find_roles(text)]
    names = [n for n in find_names(text) if not any(r.start <= n[0] < r.end for r in roles)]
    used_roles: set[int] = set()
    used_names: set[int] = set()
    out: list[Mention] = []
    for i, (ns, ne, name) in enumerate(names):
        for j, role in enumerate(roles):
            if j in used_roles:
                continue
            if role.start >= ne and _APPOS_BETWEEN.match(folded[ne : role.start]) and role.start - ne <= 30:
                pass  # "Anne Morel, our CFO" / "Anne (CFO)"
            elif role.end <= ns and _ROLE_NAME_BETWEEN.match(folded[role.end : ns]) and ns - role.end <= 12:
                pass  # "our CFO, Anne Morel" / "le DAF Jean Roux"
            elif role.end <= ns and _FROM_DEPT.match(folded[ne : role.start] if role.start >= ne else "x"):
                pass
            elif role.start >= ne and _FROM_DEPT.match(folded[ne : role.start]):
                pass  # "Marc from IT", "Julie de la compta"
            else:
                continue
            end = max(ne, role.end)
            # "Anne Morel, our CFO, ..." : the closing parenthesis belongs to the mention
            if end < len(text) and text[end] == ")":
                end += 1
            out.append(Mention(name, role.value, min(ns, role.start), end))
            used_roles.add(j)
            used_names.add(i)
            break
    for i, (ns, ne, name) in enumerate(names):
        if i not in used_names:
            out.append(Mention(name, "", ns, ne))
    for j, role in enumerate(roles):
        if j not in used_roles:
            out.append(Mention("", role.value, role.start, role.end))
    for m in _BOSS.finditer(folded):
        if not any(x.start < m.end() and m.start() < x.end for x in out):  # "notre directrice financière"
            out.append(Mention("", "manager", m.start(), m.end()))
    for m in _SELF.finditer(folded):
        if m.group() == "i" and text[m.start()] != "I" and not text.islower():
            continue  # a lone lower-case "i" is no pronoun, unless the whole text is lower case
        if not any(x.start <= m.start() < x.end for x in out):
            out.append(Mention("", "self", m.start(), m.end()))
    for m in _PRONOUN.finditer(folded):
        if not any(x.start <= m.start() < x.end for x in out):
            out.append(
                Mention("", "pronoun", m.start(), m.end())
            )  # someone named before: the reader resolves it
    out.sort(key=lambda x: x.start)
    return tuple(out)


def role_label(role: str, lang: str = "en") -> str:
    if role == "self":
        return "the contact" if lang == "en" else "le contact"
    if role == "manager":
        return "their manager" if lang == "en" else "son manager"
    r = ROLES.get(role)
    return (r.en if lang == "en" else r.fr) if r else role


_BETWEEN = (
    r"(?:\s*,[^,.;!?]{1,50},|\s+(?:from|in|at|of|on|de|du|des|chez)\s+(?:the\s+|la\s+|le\s+|l'|our\s+|notre\s+)?"
    r"[\w&'-]+(?:\s+(?!is\b|est\b|has\b|a\b|will\b|va\b|who\b|qui\b)[\w&'-]+){0,2})?"
)

# --- who signs -------------------------------------------------------------------------------

_NEG = r"(?:not|n't|never|no\s+longer|ne|n'|pas|jamais|plus)"
# What controls the money: a budget, the purse strings, an approval to give.
_MONEY_CONTROL = (
    r"(?:budget|money|purse\s+strings|p\s?&\s?l|p\s+and\s+l|spend|spending|cheque\s?book|checkbook|sign-?off|"
    r"approval|blessing|nod|go-?ahead|green\s+light|say-?so|argent|enveloppe|cordons\s+de\s+la\s+bourse|"
    r"accord|aval|"
    r"feu\s+vert|validation|feu\s+vert\s+final|dernier\s+mot|signature)"
)
# Cues after the person: "X signs", "X has the final say", "X valide".
_SIGN_AFTER = re.compile(
    _BETWEEN + r"[\s,]*(?:(?:who|qui|that|will|would|must|has\s+to|needs?\s+to|is\s+going\s+to|va|doit|devra|"
    r"will\s+have\s+to|ultimately|eventually|in\s+the\s+end|au\s+final|finally|finalement|"
    r"at\s+the\s+end\s+of\s+the\s+day|always|toujours|alone|seul(?:e)?|"
    r"(?:is|est|c'est)\s+(?:the\s+one\s+who|celui\s+qui|celle\s+qui|la\s+personne\s+qui|qui)|"
    r"(?:himself|herself|lui-meme|elle-meme))\s+){0,3}"
    r"(?P<neg>(?:does\s+not|doesn't|won't|will\s+not|don't|do\s+not|ne|n')\s+)?"
    r"(?P<cue>signs?(?:\s+off)?|signed|signing|sign\s+off|approves?|(?:gives|give)\s+the\s+(?:final\s+)?(?:go|green\s+light|approval|sign-?off)|"
    r"(?:has|have|gets?|get)\s+(?:the\s+)?(?:final|last)\s+(?:say|word|call|decision)|(?:has|"
    r"holds)\s+the\s+(?:budget|purse\s+strings|pen)|"
    r"owns\s+the\s+budget|controls\s+the\s+budget|releases\s+the\s+(?:budget|money|funds)|"
    r"(?:holds|controls|has)\s+the\s+(?:chequebook|checkbook|money)|signs?\s+the\s+(?:cheques?|checks?|po|purchase\s+orders?)|"
    r"rubber-?stamps?|green-?lights?|okays?|signs?\s+off\s+on|"
    r"pulls?\s+the\s+trigger|bless(?:es)?\s+(?:it|this|that|the\s+\w+)|writes\s+the\s+(?:cheques?|checks?)|"
    r"(?:controls|owns|approves)\s+(?:the\s+)?(?:spend|spending|purse)|foots\s+the\s+bill|"
    r"gives?\s+(?:the\s+|his\s+|her\s+)?(?:final\s+)?(?:nod|ok|okay|thumbs[-\s]up|go-?ahead|blessing)|"
    r"(?:is|'s)\s+the\s+one\s+(?:writing|signing)\s+the\s+(?:cheques?|checks?|contract|po)|(?:is|'s)\s+paying|"
    r"donne(?:ra)?\s+(?:son|l'|le)\s*(?:accord|aval|ok|go|feu\s+vert)(?:\s+final)?|paie|paye|(?:tient|tiendra)\s+le\s+carnet\s+de\s+cheques|"
    r"(?:a|aura)\s+le\s+(?:pouvoir|droit)\s+de\s+(?:signature|decision)|"
    r"makes\s+the\s+(?:final\s+)?(?:call|decision)|decides|will\s+decide|"
    r"(?:is|'s)\s+the\s+(?:final\s+)?(?:decision[-\s]maker|decider|approver|budget\s+holder|economic\s+buyer|signatory)|"
    r"(?:is|'s)\s+(?:the\s+one\s+)?(?:signing|deciding)|"
    r"signe(?:ra|nt|rait)?|valide(?:ra|nt|rait)?|tranche(?:ra|nt|rait)?|decide(?:ra|nt|rait)?|"
    r"arbitre(?:ra)?|(?:a|aura|aurait)\s+le\s+(?:dernier\s+mot|mot\s+de\s+la\s+fin|stylo|dernier\s+mot)|"
    r"donne(?:ra)?\s+le\s+feu\s+vert|debloque(?:ra)?\s+le\s+budget|tient\s+(?:le\s+budget|les\s+cordons)|"
    r"(?:est|sera)\s+(?:le|la)\s+(?:decideu(?:r|se)|signataire|decisionnaire)(?:\s+final(?:e)?)?|"
    # The person, a verb of holding, a thing that controls the money: "owns the P&L", "a la main sur
    # le budget", "doit donner son accord", "is the budget owner".
    rf"(?:owns|holds|controls|manages|runs|has|tient|detient|gere|controle|a)\s+(?:the|le|la|les|son|sa|ses|"
    rf"our|notre|his|her)?\s*"
    rf"(?:la\s+main\s+sur\s+(?:le|la|les)\s+|final\s+)?{_MONEY_CONTROL}|"
    rf"(?:give|gives|donner|donne|donnera)\s+(?:the|his|her|their|son|sa|leur)\s+{_MONEY_CONTROL}|"
    r"(?:is|'s|est|sera)\s+(?:the|le|la)\s+(?:budget\s+(?:owner|holder)|owner\s+of\s+the\s+budget|"
    r"proprietaire\s+du\s+budget|"
    r"detent(?:eur|rice)\s+du\s+budget|responsable\s+du\s+budget))(?![\w])"
    r"(?!\s+(?:\w+\s+)?(?:together|jointly|with|avec|ensemble|conjointement|a\s+(?:deux|2)|en\s+binome))",
    _F,
)
# Cues before the person: "the final say is with X", "c'est X qui signe" is handled by _SIGN_AFTER.
_SIGN_BEFORE = re.compile(
    r"(?:(?:final|last)\s+(?:say|word|call|decision|sign-?off|approval|signature)\s+(?:is|lies|rests|sits|will\s+be)\s+"
    r"(?:with|on|up\s+to|by)|(?:final|last)\s+(?:say|word|call|decision|sign-?off|approval|signature)\s*(?::|,|-)|"
    r"(?:sign-?off|signature|approval|green\s+light|go-ahead|blessing)\s+(?:from|of|by)|"
    r"(?:it's|it\s+is|that's|that\s+is)\s+(?:up\s+to|down\s+to)|budget\s+holder\s+(?:is|will\s+be)|"
    r"(?:the\s+)?(?:person|one)\s+who\s+(?:signs|decides|approves)\s+(?:is|will\s+be)|"
    r"(?:purse\s+strings|budget|money|final\s+(?:say|call|decision)|sign-?off|chequebook|checkbook)\s+(?:are|is|will\s+be)\s+(?:held|owned|controlled|made|given|signed(?:\s+off)?)\s+by|"
    r"(?:signed\s+off|approved|rubber-?stamped|green-?lit|okayed|ok'd|chaired|blessed)\s+by|"
    r"(?:decision|call|say|money|budget|sign-?off)\s+(?:sits|rests|lies|stays|is)\s+with|(?:the\s+)?(?:nod|ok|okay|go-?ahead|blessing|thumbs[-\s]up)\s+(?:from|of)|"
    r"(?:la\s+)?decision\s+(?:revient|appartient|incombe)\s+(?:a|au|a\s+la)|(?:l')?(?:aval|accord|ok|go|signature)\s+(?:de|du|d')|"
    r"(?:lands?|ends?\s+up|winds?\s+up)\s+(?:on\s+(?:the\s+)?desk\s+of|with)|(?:has|needs?|must)\s+to\s+clear|(?:has|needs?)\s+to\s+get\s+past|"
    r"(?:le\s+)?(?:feu\s+vert|go|ok|aval|dernier\s+mot)\s+(?:vient|viendra|viendrait)\s+(?:de|du|d')|(?:la\s+)?decision\s+(?:finale\s+)?(?:vient|viendra|se\s+prend(?:ra)?)\s+(?:de|du|chez|au\s+niveau\s+de)|"
    r"(?:in\s+the\s+last\s+resort|en\s+dernier\s+ressort)\s*,?\s*(?:it's|c'est)?|"
    r"preside(?:e)?\s+par|(?:c'est|c'est\s+a)\s+(?:lui|elle)\s+de\s+(?:signer|trancher),?|"
    r"(?:it|this|that|the\s+(?:final\s+)?(?:decision|spend|purchase|contract|sign-?off|approval)|anything\s+(?:over|above)\s+[^,.;!?]{1,20}?)\s+(?:goes|has\s+to\s+go|needs\s+to\s+go|would\s+go|will\s+go|gets\s+escalated)\s+(?:up\s+)?(?:to|before)|"
    # The thing that controls the money, then where it sits: "le budget, c'est X", "le budget est chez
    # X", "ça dépend de X", "the money comes out of X's budget" (the possessive reads that one).
    rf"{_MONEY_CONTROL}\s*(?:,\s*)?(?:c'est|ce\s+sera|is\s+with|sits\s+with|stays\s+with|est\s+chez|"
    rf"reste\s+chez|"
    r"est\s+entre\s+les\s+mains\s+(?:de|du|d')|est\s+(?:du\s+ressort|la\s+responsabilite)\s+(?:de|du|d'))|"
    r"(?:ca|cela|tout|it|everything)\s+(?:depend|depends|dependra)\s+(?:de|du|d'|on)|"
    r"(?:vient|viendra|sort|sortira)\s+(?:du\s+budget|de\s+l'enveloppe)\s+(?:de|du|d')|"
    r"(?:valid|sign|approuv|tranch|arbitr)\w*\s+par|run\s+(?:it|this|that)\s+(?:past|by)|get\s+(?:it|"
    r"this)\s+(?:past|through)|"
    # "the person who'll sign is", "whoever signs, it'll be", "celle qui signera, c'est"
    r"(?:person|one|people)\s+who(?:'ll|\s+will|\s+would|'d)?\s+(?:sign|decide|"
    r"approve)s?(?:\s+off)?(?:\s+(?:it|this))?\s+(?:is|will\s+be|would\s+be|'s)|"
    r"whoever\s+(?:signs|decides|approves)[^,.;]{0,30},\s*(?:it'll\s+be|it's|it\s+will\s+be)|"
    r"(?:la\s+personne|celui|celle)\s+qui\s+(?:sign|valid|decid|tranch)\w*\s*,?\s*(?:c'est|ce\s+sera|est|"
    r"sera)|(?:ca|cela|le\s+dossier|la\s+decision)\s+(?:remonte|remontera|passe|passera|ira|"
    r"va)\s+(?:jusqu'a|jusqu'au|devant|a|au|chez|par)|"
    r"(?:la\s+)?decision\s+finale\s+(?:revient|appartient|sera\s+prise\s+par|est\s+prise\s+par)\s+(?:a|au|a\s+la)|"
    r"(?:le\s+)?dernier\s+mot\s+(?:revient|est|sera)\s+(?:a|au|a\s+la|pour)|"
    r"(?:la\s+)?signature\s+(?:finale\s+)?(?:de|du|revient\s+a)|(?:le\s+)?feu\s+vert\s+(?:de|du)|"
    r"(?:la\s+)?validation\s+(?:finale\s+)?(?:de|du)|c'est\s+(?:a|au)|"
    r"(?:le|la)\s+(?:decideur|decideuse|signataire|decisionnaire)\s+(?:final\s+|finale\s+)?(?:c'est|est|"
    r"sera)|"
    # The thing decided, then who: "budget sign-off is Priya's", "le dernier mot, ce sera Marc".
    r"(?:le\s+)?(?:dernier\s+mot|decision(?:\s+finale)?|signature|feu\s+vert|validation|"
    r"go)\s*,\s*(?:ce\s+sera|c'est|ca\s+sera|ca\s+reste)|"
    r"(?:la\s+)?decision\s+(?:finale\s+)?(?:de|du|d'))"
    r"(?:\s+(?:our|the|their|my|his|her|notre|le|la|l'|leur|mon|ma|son|sa))?\s*$",
    _F,
)
# Two-sided cues, read around the person: "the final call is Priya's" (the thing decided, then whose
# it is), "we'll need our CFO Dan Ortiz to sign" (whose signature is needed).
_WHOSE_BEFORE = re.compile(
    r"(?:budget\s+|money\s+|final\s+)?(?:call|sign-?off|say|signature|approval|decision)\s+"
    r"(?:is|will\s+be|'s)\s+(?:really\s+|ultimately\s+)?$",
    _F,
)
_WHOSE_AFTER = re.compile(r"(?:'s|’s)(?!\s+\w)", _F)
_NEED_BEFORE = re.compile(
    r"(?:need|needs|needed|will\s+need|'ll\s+need|require|requires|have\s+to\s+get|has\s+to\s+get|"
    r"must\s+get)\s+"
    r"(?:our|the|their|my|his|her)?\s*$",
    _F,
)
_NEED_AFTER = re.compile(
    r"(?:\s*,[^,.;!?]{1,40},)?[\s,]+to\s+(?P<cue>sign(?:\s+off)?|approve|okay|ok|green-?light|"
    r"release\s+(?:the\s+)?(?:budget|money|funds)|sign\s+it(?:\s+off)?)(?![\w])",
    _F,
)
_POSSESSIVE_CALL = re.compile(
    r"(?:'s|’s)\s+(?:final\s+)?(?:call|decision|sign-?off|signature|budget|approval|blessing|ok|okay|nod|"
    r"go-?ahead|"
    r"green\s+light|say-?so|money|p\s?&\s?l|purse|cheque\s?book|checkbook|rubber\s+stamp)(?![\w])",
    _F,
)
_MINE = re.compile(
    r"(?<![\w'])(?<!and\s)(?<!et\s)(?:(?:the\s+)?(?:final\s+)?(?:call|decision|say|signature)\s+is\s+mine|it's\s+my\s+(?:call|decision|budget)|"
    r"c'est\s+moi\s+qui\s+(?:signe|signerai|decide|deciderai|tranche|trancherai|valide|validerai)|c'est\s+(?:ma\s+decision|mon\s+budget)|"
    r"c'est\s+(?:moi|a\s+moi)\s+(?:de\s+)?(?:decider|trancher|signer)|"
    r"je\s+(?:signe|valide|tranche|decide)|i\s+(?:sign|approve|decide|have\s+the\s+(?:final|last)\s+(?:say|word)|"
    r"make\s+the\s+(?:final\s+)?(?:call|decision)|own\s+the\s+budget|hold\s+the\s+budget|will\s+sign|will\s+decide))(?![\w])"
    r"(?!\s+(?:together|jointly|with|avec|ensemble|conjointement|a\s+(?:deux|2)|en\s+binome))",
    _F,
)
_SIGNER_UNKNOWN = re.compile(
    r"(?<![\w'])(?:(?:no|not\s+(?:sure|clear)|don't\s+know|do\s+not\s+know|no\s+idea|unclear|not\s+yet\s+clear|"
    r"haven't\s+figured\s+out|still\s+figuring\s+out|to\s+be\s+(?:defined|determined|confirmed)|tbd|"
    r"(?:haven't|have\s+not|hasn't|didn't|not\s+yet)\s+(?:\w+\s+)?(?:worked\s+out|figured\s+out|decided|"
    r"settled|identified|agreed(?:\s+on)?))"
    r"[^.;!?]{0,40}?(?:who|whom|which\s+person)[^.;!?]{0,30}?(?:sign|approv|decid|final|budget|green)|"
    r"(?:ne\s+sai[st]\s+pas|aucune\s+idee|pas\s+(?:encore\s+)?clair|pas\s+sur|on\s+ne\s+sait\s+pas|"
    r"reste\s+a\s+(?:definir|determiner|voir)|a\s+definir)"
    r"[^.;!?]{0,40}?(?:qui|quelle\s+personne)[^.;!?]{0,30}?(?:sign|valid|decid|tranch|budget|feu\s+vert|dernier\s+mot)|"
    # not knowing ("I couldn't tell you who signs"); refusing ("wouldn't say who") is a dodge: no answer
    r"(?:can't|cannot|couldn't|could\s+not)\s+(?:\w+\s+)?(?:tell\s+you|say)[^.;!?]{0,20}?(?:who|whom)|"
    r"(?:je\s+ne\s+(?:peux|pourrais)\s+pas|impossible\s+de)\s+(?:vous\s+)?(?:dire|repondre)[^.;!?]{0,25}?qui|"
    r"(?:who|qui)\s+(?:signs|will\s+sign|approves|decides|signe|validera|decidera|tranchera)[^.;!?]{0,20}?"
    r"(?:is\s+(?:not\s+clear|unclear|tbd|an\s+open\s+question)|n'est\s+pas\s+clair|reste\s+a\s+voir|je\s+ne\s+sais\s+pas))",
    _F,
)


def _nearest(mentions: list[Mention], pos: int, *, before: bool) -> Mention | None:
    if before:
        cands = [m for m in mentions if m.end <= pos]
        return max(cands, key=lambda m: m.end) if cands else None
    cands = [m for m in mentions if m.start >= pos]
    return min(cands, key=lambda m: m.start) if cands else None


def find_signers(text: str) -> list[Statement]:
    """Who signs or has the final say (the economic buyer), or that nobody knows yet."""
    folded = fold(text)
    mentions = find_mentions(text)
    out: list[Statement] = []
    seen: set[int] = set()
    for mention in mentions:
        if mention.role == "self":
            continue  # "I sign", "je décide": _MINE reads the contact's own words
        after = _SIGN_AFTER.match(folded, mention.end)
        if after is None and (p := _POSSESSIVE_CALL.match(folded, mention.end)):
            out.append(Statement(mention, mention.start, p.end(), p.group(), 3))
            seen.add(mention.start)
            continue
        if after is None:
            continue
        cue = after["cue"]
        negative = bool(after["neg"]) or _negated_before(folded, mention.start)
        strength = (
            3 if re.search(r"sign|final|last|dernier|tranch|stylo|budget|cordons|feu\s+vert", cue) else 2
        )
        if re.match(r"approves?|valide", cue):
            strength = 2
        out.append(Statement(mention, mention.start, after.end(), cue, strength, negative))
        seen.add(mention.start)
    for mention in mentions:
        if mention.start in seen or mention.role in ("self", "pronoun"):
            continue
        before = folded[max(0, mention.start - 40) : mention.start]
        if (w := _WHOSE_BEFORE.search(before)) and _WHOSE_AFTER.match(folded, mention.end):
            start = mention.start - len(before) + w.start()
            out.append(Statement(mention, start, mention.end + 2, w.group().strip(), 3))
            seen.add(mention.start)
        elif (w := _NEED_BEFORE.search(before)) and (a := _NEED_AFTER.match(folded, mention.end)):
            start = mention.start - len(before) + w.start()
            out.append(Statement(mention, start, a.end(), a["cue"], 3 if "sign" in a["cue"] else 2))
            seen.add(mention.start)
    for mention in mentions:
        if mention.start in seen:
            continue
        window = folded[max(0, mention.start - 60) : mention.start]
        if m := _SIGN_BEFORE.search(window):
            cue = m.group().strip()
            strength = 3 if re.search(r"final|last|dernier|sign|holder", cue) else 2
            start = mention.start - len(window) + m.start()
            out.append(Statement(mention, start, mention.end, cue, strength))
    for m in _MINE.finditer(folded):
        if any(s.start <= m.start() < s.end for s in out):
            continue
        negative = _negated_before(folded, m.start()) or bool(
            re.search(r"\b(?:don't|do\s+not|ne)\b", m.group())
        )
        who = Mention("", "self", m.start(), m.end())
        out.append(Statement(who, m.start(), m.end(), m.group(), 3, negative))
    for m in _SIGNER_UNKNOWN.finditer(folded):
        out.append(Statement(None, m.start(), m.end(), m.group(), 2, True))
    out.sort(key=lambda s: s.start)
    return [_named_after(s, folded, mentions) for s in out]


# "Finance signs off, so that's Karen Holt", "le N+2 valide, c'est Sophie Martin": the body or role
# that signs is then given a name, in the same sentence.
_NAMING_GAP = re.compile(
    r"^[\s,;:(-]*(?:(?:so|which\s+means|meaning|i\.e\.|namely|that's|that\s+is|that\s+would\s+be|in\s+practice|"
    r"in\s+other\s+words|basically|effectively|really|ie|donc|c'est|c'est-a-dire|soit|en\s+pratique|concretement|"
    r"autrement\s+dit|en\s+gros|a\s+savoir)[\s,:]*){1,3}$",
    _F,
)


# "Ma patronne a le dernier mot, Sophie Durand.": a bare appositive name that ends the sentence.
_APPOSITIVE_GAP = re.compile(r"^\s*[,:(–—-]\s*$", _F)
_APPOSITIVE_END = re.compile(r"\s*(?:[.;!?)]|$|,\s*(?:our|the|his|her|notre|la|le|l'|son|sa|leur)\s)", _F)


def _named_after(st: Statement, folded: str, mentions: list[Mention]) -> Statement:
    who = st.who
    if who is None or who.name or who.role in ("self", "pronoun") or st.negative:
        return st
    for m in mentions:
        if m.start < st.end or not m.name or m.start - st.end > 40:
            continue
        if _NAMING_GAP.match(folded[st.end : m.start]) or (
            _APPOSITIVE_GAP.match(folded[st.end : m.start]) and _APPOSITIVE_END.match(folded, m.end)
        ):
            return Statement(
                Mention(m.name, m.role or who.role, who.start, m.end), st.start, m.end, st.cue, st.strength
            )
        break
    return st


def _negated_before(folded: str, pos: int) -> bool:
    window = folded[max(0, pos - 25) : pos]
    return bool(
        re.search(
            r"(?:(?<![\w'])(?:not|pas|ce\s+n'est\s+pas|it's\s+not|it\s+isn't|ni)|n't)(?![\w])\s*(?:\w+\s+)?$",
            window,
        )  # whole words: "notre DAF" is no "not"
    )


# --- champions -------------------------------------------------------------------------------

_CHAMP_AFTER = re.compile(
    _BETWEEN
    + r"[\s,]*(?:(?:who|qui|really|vraiment|is\s+really|has\s+been|a\s+ete|est\s+vraiment|also|aussi|"
    r"will|va|would|is\s+the\s+one\s+who|c'est\s+(?:lui|elle)\s+qui)\s+){0,3}"
    r"(?P<cue>(?:is\s+|'s\s+)?(?:pushing|push(?:es)?)\s+(?:hard\s+|a\s+lot\s+|really\s+)?(?:for|this|it)|"
    r"(?:is\s+|'s\s+)?(?:championing|sponsoring|driving|leading|championed|sponsored|drove)\s+(?:this|it|the)|"
    r"(?:is|'s)\s+(?:our|the|a|my|an)\s+(?:internal\s+)?(?:champion|sponsor|advocate|ally|big\s+fan)|"
    r"(?:is|'s)\s+(?:a\s+)?(?:huge|big|real)\s+(?:fan|supporter|advocate)|"
    r"(?:is|'s)\s+(?:(?:very|really|super|totally|fully)\s+)?(?:on\s+board|behind\s+(?:it|this|us)|convinced|sold\s+on\s+(?:it|this|the\s+idea))|"
    r"(?:will|would|can|could)\s+(?:sell|champion|push|carry|defend|advocate\s+for)\s+(?:it|this)|"
    r"(?:brought|put)\s+(?:this|it|you)\s+(?:up|in|forward|on\s+the\s+table)|"
    r"(?:asked|wanted)\s+(?:me|us)\s+to\s+(?:look|reach)|"
    r"(?:porte|porter|portera)\s+(?:le\s+projet|le\s+sujet|le\s+dossier|ce\s+projet|ce\s+sujet)|(?:est\s+)?pret(?:e)?\s+a\s+(?:defendre|porter|pousser|soutenir)|"
    r"(?:pousser|defendre|soutenir)\s+(?:le\s+projet|le\s+sujet|le\s+dossier|en\s+interne)|(?:keen|eager|happy|ready)\s+to\s+(?:push|champion|sell\s+it|make\s+the\s+case)|pousse(?:nt)?\s+(?:fort\s+|beaucoup\s+|a\s+fond\s+)?(?:pour|le\s+projet|en\s+interne|le\s+sujet)|"
    r"(?:est|sera)\s+(?:notre|le|la|un|une)\s+(?:sponsor|champion(?:ne)?|allie(?:e)?|relais|ambassad(?:eur|rice)|moteur|fer\s+de\s+lance)|"
    r"(?:(?:est|sera)\s+)?(?:(?:tres|vraiment|super|hyper|a\s+fond|completement|totalement)\s+)(?:convaincu(?:e)?|motive(?:e)?|partant(?:e)?|moteur|emballe(?:e)?|fan)|"
    r"(?:est|sera)\s+(?:convaincu(?:e)?|motive(?:e)?|partant(?:e)?|moteur|emballe(?:e)?|fan)|"
    r"(?:est|sera)\s+a\s+fond|(?:defend|defendra|soutient|soutiendra|portera|poussera|vendra)\s+(?:le\s+projet|le\s+sujet|en\s+interne|le\s+dossier|la\s+solution)|"
    r"(?:a|m'a|nous\s+a)\s+(?:lance|initie|demande\s+de\s+(?:regarder|vous\s+contacter|contacter)))(?![\w])",
    _F,
)
_CHAMP_BEFORE = re.compile(
    r"(?:(?:internal|our|the|my|notre|le|la|un|une)\s+(?:internal\s+)?(?:champion(?:ne)?|sponsor|advocate)\s+"
    r"(?:is|will\s+be|would\s+be|est|sera|c'est)|(?:sponsor|champion)\s*(?::|,|-)|"
    r"(?:the\s+one|la\s+personne|celui|celle)\s+(?:pushing|driving|qui\s+pousse|qui\s+porte)\s+(?:for\s+)?(?:this|it|le\s+projet)?\s*(?:is|c'est|est)|"
    r"(?:pushed|driven|championed|sponsored|porte|pousse|soutenu)\s+(?:by|par)|"
    r"(?:c'est|it's|it\s+is)\s+(?:surtout\s+|really\s+|vraiment\s+)?)\s*$",
    _F,
)
_CHAMP_SELF = re.compile(
    r"(?<![\w'])(?:i(?:'ll|\s+will|'m\s+going\s+to|\s+can|\s+would|'d)?\s+(?:happily\s+|still\s+|keep\s+|continue\s+to\s+|definitely\s+)?(?:push(?:ing)?|champion(?:ing)?|sponsor|sell\s+(?:it|this)|"
    r"carry|drive|advocate\s+for|fight\s+for|defend)\s+(?:for\s+)?(?:this|it|the\s+project|internally|in\s+house|(?:the\s+)?(?:case|idea))|"
    r"i(?:'m|\s+am)\s+(?:the\s+one\s+)?(?:pushing|driving|championing|sponsoring|leading)\s+(?:for\s+)?(?:this|it|the\s+project)|"
    r"i(?:'m|\s+am)\s+(?:the\s+|your\s+)?(?:internal\s+)?(?:champion|sponsor|advocate)|"
    r"je\s+(?:vais\s+|peux\s+|suis\s+pret(?:e)?\s+a\s+)?(?:porter|pousser|defendre|porte|pousse|defends|soutenir|soutiens|vendre)\s+"
    r"(?:le\s+projet|le\s+sujet|le\s+dossier|ce\s+projet|en\s+interne|ca\s+en\s+interne|votre\s+solution|la\s+solution)|"
    r"c'est\s+moi\s+qui\s+(?:porte|pousse)|je\s+suis\s+(?:le|la|votre|un|une)\s+(?:sponsor|champion(?:ne)?|relais|moteur)|"
    r"i(?:'ll|\s+will)\s+make\s+the\s+case|c'est\s+moi\s+qui\s+(?:ai\s+)?(?:demande|lance|initie|propose|mis\s+(?:ca|le\s+sujet)\s+sur\s+la\s+table)|"
    r"i\s+(?:brought|initiated|started|kicked\s+off|proposed)\s+(?:this|it|the\s+project)|(?:it\s+was|this\s+was)\s+my\s+idea|"
    r"(?:she|he)(?:'ll|\s+will|\s+would|'d)\s+(?:push|champion|advocate|make\s+the\s+case)\s+(?:for\s+)?(?:us|it|this|internally)|"
    r"(?:il|elle)\s+(?:va|veut)\s+(?:porter|pousser|defendre)\s+(?:le\s+projet|le\s+sujet|le\s+dossier|en\s+interne|notre\s+solution))(?![\w])",
    _F,
)
_NO_CHAMPION = re.compile(
    r"(?<![\w'])(?:(?:no\s*one|nobody|no\s+one)\s+(?:\w+\s+){0,3}?(?:is\s+|really\s+|going\s+to\s+|will\s+|would\s+)*(?:push(?:ing)?|driv(?:e|ing)|champion(?:ing)?|owns|owning|sponsor(?:ing)?|behind)|"
    r"(?:there's|there\s+is)\s+no\s+(?:internal\s+)?(?:sponsor|champion|owner)|no\s+(?:internal\s+)?(?:sponsor|champion)|"
    r"(?:i'm|i\s+am|i'd\s+be)\s+not\s+(?:going\s+to\s+)?(?:the\s+one\s+)?(?:push|pushing|championing|your\s+champion)|"
    r"i\s+(?:won't|will\s+not|can't|cannot)\s+(?:push|champion|carry|sell)\s+(?:this|it)|"
    r"personne\s+(?:ne\s+)?(?:porte|pousse|soutient|defend)|pas\s+de\s+(?:sponsor|champion|porteur)|"
    r"aucun\s+(?:sponsor|champion|porteur)|je\s+ne\s+(?:vais\s+pas\s+)?(?:le\s+|la\s+|ca\s+)?(?:porter|pousser|defendre)|je\s+ne\s+(?:le\s+|la\s+)?(?:porte|pousse)\s+pas|"
    r"personne\s+(?:ici\s+)?(?:ne\s+)?(?:va\s+)?(?:porter|pousser|defendre))(?![\w])",
    _F,
)


def find_champions(text: str) -> list[Statement]:
    """Who pushes for the purchase inside the prospect's company (named, a role, or the contact)."""
    folded = fold(text)
    mentions = [m for m in find_mentions(text) if m.role != "self"]
    out: list[Statement] = []
    for mention in mentions:
        if after := _CHAMP_AFTER.match(folded, mention.end):
            negative = _negated_before(folded, mention.start) or bool(
                re.search(r"(?:not|n't)\s*$", folded[mention.end : after.start("cue")])
            )
            out.append(Statement(mention, mention.start, after.end(), after["cue"], 3, negative))
            continue
        window = folded[max(0, mention.start - 50) : mention.start]
        if (m := _CHAMP_BEFORE.search(window)) and not m.group().startswith(("c'est", "it's", "it is")):
            out.append(
                Statement(mention, mention.start - len(window) + m.start(), mention.end, m.group().strip(), 3)
            )
    for m in _CHAMP_SELF.finditer(folded):
        if not _negated_before(folded, m.start()):
            out.append(Statement(Mention("", "self", m.start(), m.end()), m.start(), m.end(), m.group(), 3))
    for m in _NO_CHAMPION.finditer(folded):
        out.append(Statement(None, m.start(), m.end(), m.group(), 2, True))
    out.sort(key=lambda s: s.start)
    return out


# --- competitors -----------------------------------------------------------------------------

_COMPETE_CUE = re.compile(
    r"(?<![\w'])(?:(?:also\s+|already\s+|currently\s+)?(?:looking\s+at|talking\s+(?:to|with)|speaking\s+(?:to|with)|"
    r"evaluating|assessing|considering|comparing(?:\s+you)?\s+(?:with|to|against)|compared\s+(?:with|to)|set\s+up|poking\s+around|"
    r"in\s+talks\s+with|trialling|trialing|testing|piloting|shortlisted|short-listed|benchmarking)|"
    r"(?:we(?:'ve)?\s+|i(?:'ve)?\s+|they(?:'ve)?\s+)?(?:also\s+|already\s+|briefly\s+)?(?:demoed|demo'd|trialled|trialed|piloted|"
    r"(?:had|took|taken|have\s+had)\s+a\s+(?:quick\s+|good\s+|brief\s+)?(?:look|squiz|gander|peek|demo|call|chat)\s+(?:at|with|of|from)|"
    r"looked\s+(?:at|into)|checked\s+out|kicked\s+the\s+tyres\s+on|kicked\s+the\s+tires\s+on|"
    r"got\s+(?:a\s+|some\s+)?(?:pricing|price|quote|quotes|numbers|proposal)\s+(?:from|out\s+of)|"
    r"sat\s+through\s+(?:a\s+)?(?:demo|pitch)\s+(?:of|from|with|by)|got\s+pitched\s+by|been\s+pitched\s+by|shopping\s+around|"
    r"weighing\s+(?:you\s+)?(?:up\s+)?against|benchmarked|sounded\s+out|"
    r"(?:were|got|have\s+been)\s+pitched|(?:sent|issued)\s+(?:the|an|our)\s+rfp\s+to)|"
    r"(?:on\s+a\s+|j'ai\s+|nous\s+avons\s+|ils\s+ont\s+)(?:aussi\s+|deja\s+|egalement\s+)?(?:sollicite|benchmarke|approche|fait\s+venir|mis\s+en\s+concurrence|"
    r"fait\s+chiffrer|demande\s+(?:un\s+devis|une\s+offre|une\s+demo)\s+(?:a|chez))|"
    r"(?:on\s+a\s+|j'ai\s+|nous\s+avons\s+|ils\s+ont\s+)(?:aussi\s+|deja\s+|egalement\s+)?(?:vu|regarde|rencontre|essaye|essaie|teste|"
    r"eu\s+une\s+demo\s+(?:de|d'|chez|avec)|jete\s+un\s+(?:oeil|coup\s+d'oeil)\s+(?:a|sur|chez)|magasine|consulte|recu\s+(?:un\s+devis|une\s+offre)\s+(?:de|d'|chez))|"
    r"on\s+hesite\s+(?:avec|entre)|"
    r"in\s+(?:conversations?|discussions?|talks)\s+with|chatting\s+(?:to|with)|we've\s+had|we\s+have\s+had|"
    r"brought\s+in|invited|called\s+in|fait\s+venir|"
    r"(?:recu|attend\w*|demande)\s+(?:l'offre|le\s+devis|la\s+proposition|la\s+demo)\s+(?:de\s+chez|de|d')|"
    r"l'(?:offre|equipe|outil|editeur)\s+(?:de\s+chez|de|d')|"
    r"eval'?ing|eval'?d|(?:asked|ask)(?=\s+[A-Z0-9a-z][\w.]*\s+(?:and\s+\S+\s+)?for\s+(?:pricing|prices|a\s+quote|quotes|"
    r"a\s+proposal|proposals|a\s+demo))|"
    r"demande\w*\s+(?:des\s+prix|un\s+prix|des\s+tarifs|un\s+devis|des\s+devis|une\s+offre|une\s+demo)\s+(?:a|au|aux|chez)|"
    r"(?:offre|devis|proposition|bid|offer|quote|proposal)s?\s+(?:vient|viennent|venait|came|comes|come)\s+"
    r"(?:de\s+chez|de|d'|from)|"
    r"face\s+a|en\s+face\s+de|head-to-head\s+with|bake-?off\s+(?:with|against|between)|pitted\s+against|"
    r"(?:also\s+|to\s+)?consider(?:ed)?|comparing|(?:a\s+|une\s+)?presentations?\s+(?:from|by|of|de|d'|chez)|"
    r"(?:sat|sit|sitting)\s+down\s+with|met\s+with|(?:spoke|spoken)\s+(?:to|with)|"
    r"(?:short\s?-?list|running|mix)\s+(?:is|are|includes?|has)\s*:?|"
    r"other\s+(?:one|ones|option|options|contenders?|candidates?|players?)(?:\s+on\s+the\s+(?:short\s?-?)?list)?"
    r"\s+(?:is|are|would\s+be)\s*:?|"
    r"(?:a\s+|the\s+)?(?:sales\s+)?(?:rep|salesperson|salesman|account\s+(?:manager|exec\w*))\s+(?:from|at)|"
    r"(?:le|la|les|un|une|des)\s+(?:commercia(?:l|le|ux)|representante?s?|equipes?|gens|solution|offre|produit|"
    r"outil|plateforme|logiciel)\s+(?:de\s+chez|de|d'|chez)|"
    r"(?:a\s+|one\s+|two\s+|\d+\s+)?(?:demo|demos|quote|quotes|proposal|proposals|offer|pitch|trial|poc|call|calls|meeting|meetings)\s+(?:from|with|of|by)|"
    r"(?:competitors?|alternatives?|other\s+(?:vendors?|options?|solutions?|tools?|suppliers?|players?))"
    r"(?:\s+(?:are|is|include|like|such\s+as|we're\s+(?:looking\s+at|considering)))?\s*(?::|,)?|"
    r"(?:up\s+)?against|versus|vs\.?(?![\w])|we\s+had|"
    r"(?:on\s+|ils\s+ont\s+|nous\s+avons\s+)?(?:regarde|regardons|etudie|etudions|compare|comparons|evalue|evaluons|teste|testons|consulte|consultons)\s+"
    r"(?:aussi\s+|egalement\s+|deja\s+)?(?:avec\s+)?|(?:doit|devons|va|allons)\s+voir\s+|"
    r"(?:en\s+)?(?:discussion|contact|concurrence|competition|lice)\s+avec|(?:une?\s+|des\s+)(?:demo|devis|proposition|offre|poc|essai|presentation)\s+(?:de\s+|d'|chez\s+|avec\s+)?|"
    r"(?:demo|devis|proposition|offre|poc|essai)\s+(?:de\s+|d'|chez\s+|avec\s+)|"
    r"(?:vu|rencontre)\s+|(?:concurrents?|alternatives?|autres\s+(?:solutions?|editeurs?|fournisseurs?|outils?|acteurs?))"
    r"(?:\s+(?:sont|comme|tels?\s+que))?\s*(?::|,)?)(?:\s+(?:les\s+gens\s+de|the\s+guys\s+(?:at|from)|people\s+(?:at|from)|the\s+folks\s+at))?\s*",
    _F,
)
# "a Veeam quote", "BambooHR's free trial", "Blue Yonder is on the RFP list": the name before the cue.
_COMPETE_AFTER = re.compile(
    r"(?:'s|’s)?\s+(?:free\s+)?(?:quote|demo|proposal|trial|pitch|poc|offer)s?\b|(?:\s+(?:is|are))?(?:\s+also)?\s+on\s+(?:the\s+|our\s+)?(?:rfp\s+|short\s?-?)?list|"
    r"\s+(?:came|come|was|were)\s+in|\s+in\s+(?:two|\d+|a\s+few|last)\s+(?:weeks?|days?)|"
    r"\s+(?:quoted|pitched|demoed)\s+(?:us|me)|\s+(?:sent|gave)\s+us\s+(?:a\s+)?(?:quote|proposal|price|pricing|demo)|"
    r"(?:\s+(?:is|are))?(?:\s+also)?\s+in\s+the\s+(?:running|mix|frame)|"
    r"(?:'s|’s)?\s+(?:sales\s+)?(?:reps?|salesperson|salesman|account\s+(?:manager|exec\w*)|team|people|guys|folks)"
    r"\s+(?:came|come|dropped|reached|called|rang|visited|pitched|demoed|showed|presented|sent|gave|offered|quoted)|"
    r"(?:\s+(?:all|both|also|each|have|has|already|just|recently))+\s+(?:pitched|quoted|demoed|came|presented|"
    r"reached|offered|contacted|sent)|"
    r",?\s+ils\s+nous\s+ont\s+(?:fait|envoy[eé]|propos[eé]|pr[eé]sent[eé]|montr[eé])|"
    r"\s+(?:is|are|was|were)\s+(?:also\s+|a\s+(?:bit|lot)\s+|much\s+|way\s+|still\s+)?(?:cheaper|pricier|"
    r"more\s+expensive|ahead|the\s+front-?runners?|(?:coming|came)\s+in|pitching|quoting|demoing)|"
    r"\s+(?:has|have|had)\s+(?:also\s+|already\s+)?(?:been\s+in\s+touch|put\s+in\s+(?:a\s+)?(?:bid|quote|proposal|"
    r"offer)|pitched|quoted|demoed)|\s+reckon\s+they|"
    r"\s+(?:guys|people|folks|team|lot)\s+(?:were\s+(?:here|in)|came|visited|dropped|presented|pitched|demoed)|"
    r"\s+(?:est|sont)\s+(?:aussi\s+)?(?:(?:un\s+peu\s+|beaucoup\s+|bien\s+)?(?:moins|plus)\s+cher|devant|"
    r"en\s+t[eê]te)|\s+nous\s+(?:propose|proposent|offre|offrent)(?![\w])|"
    r"(?:(?:'s|’s)?\s+(?:\w+\s+)?(?:partners?|resellers?|integrators?))?\s+(?:quoted(?!\s+(?:the|a|an|him|her|it|that|this)\b)|"
    r"(?:pitched|demoed|demo'd)(?=\s+(?:us|me|to\s+us|last|yesterday|this|on|in|,|\.)|$))|"
    r"\s+(?:en|in)\s+(?:poc|pilot|trial|essai|lice|concurrence|competition)(?![\w])|"
    r"\s+undercut|\s+gave\s+us\s+(?:a\s+)?(?:better|lower|cheaper|good)|"
    r"\s+(?:nous\s+)?a\s+fait\s+une\s+(?:meilleure\s+|autre\s+)?(?:offre|proposition)|\s+(?:est|sont)\s+mieux\s+plac|"
    r"\s+(?:came|come)\s+(?:by|over|round|around|back\s+with)|\s+dropped\s+by|\s+reached\s+out|\s+offered\s+us|"
    r"\s+(?:is|are)\s+(?:also\s+)?(?:the\s+)?(?:(?:two|three|2|3)\s+)?(?:other|others|alternatives?|"
    r"main\s+alternatives?)(?![\w])|"
    r"\s+(?:nous\s+a|nous\s+ont|m'a)\s+(?:d[eé]march[eé]s?|contact[eé]s?|approch[eé]s?|propos[eé])|"
    r"\s+(?:est|sont)\s+(?:venus?|pass[eé]s?)\s+(?:nous\s+)?(?:voir|pr[eé]senter|faire)|"
    r"\s+(?:nous\s+a|nous\s+ont|m'a)\s+(?:fait|envoy[eé]|pr[eé]sent[eé])\s+(?:une?\s+)?(?:devis|offre|proposition|d[eé]mo)|"
    r"\s+(?:est|sont)\s+(?:aussi\s+|[eé]galement\s+)?(?:dans\s+la\s+course|en\s+lice|sur\s+les\s+rangs)",
    re.IGNORECASE,
)
# A product or company name as written: capitalised, camelCase, with digits ("360Learning",
# "10to8") or dots ("Teamwork.com"); "de"/"of"/"&" only inside a name ("Bank of America").
_VENDOR = re.compile(
    r"(?<![\w'])(?:[A-Z][\w.&+'-]*[\w+]|[a-z]+[A-Z][\w]*|\d+[A-Z][\w]*|\d+[a-z]+\d+)"
    r"(?:\s+(?:[A-Z][\w.&+'-]*[\w+]|v?[0-9]+(?:\.[0-9]+)?(?![\w])|(?:de|of|&)(?=\s+[A-Z0-9])))*(?:\.(?:com|io|ai|fr))?"
)
_LIST_JOIN = re.compile(
    r"^\s*,?\s*(?:and|et|or|ou|&|/|\+|as\s+well\s+as|ainsi\s+que|like|such\s+as|comme|notamment|including)?\s*,?\s*(?:also\s+|aussi\s+)?(?:de\s+|d'|"
    r"of\s+|with\s+|avec\s+)?$",
    re.I,
)
_NOT_VENDOR = (_NOT_NAME - _TOOL_NAMES) | {
    "christmas",
    "noel",
    "easter",
    "paques",
    "thanksgiving",
    "toussaint",
    "ramadan",
    "diwali",
    "hanukkah",
    "bit",
    "kind",
    "sort",
    "pretty",
    "quite",
    "loads",
    "heaps",
    "bunch",
    "couple",
    "lot",
    "lots",
    "there's",
    "here's",
    "it's",
    "that's",
    "what's",
    "something",
    "others",
    "other",
    "we",
    "us",
    "you",
    "vous",
    "nous",
    "them",
    "eux",
    "it",
    "four",
    "three",
    "two",
    "one",
    "five",
    "quatre",
    "trois",
    "deux",
    "cinq",
    "native",
    "sdrs",
    "sdr",
    "bdr",
    "poc",
    "rfp",
    "crm",
    "erp",
    "mon",
    "tue",
    "wed",
    "thu",
    "fri",
    "sat",
    "sun",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "oct",
    "nov",
    "dec",
    "next",
    "last",
}


_OWNED = re.compile(
    r"(?<![\w'])(?:your|our|my|their|votre|vos|notre|nos|leur|leurs|mon|ma|mes)(?:\s+own|\s+propres?)?\s+$|"
    r"(?:agence|ville|site|usine|bureaux?|magasin|entrep[oô]t|r[eé]gion)\s+(?:de\s+|d')$",
    re.IGNORECASE,
)
# A place or a part of their own company, not a vendor: "the Berlin branch", "le site de Nantes".
_PLACE_AFTER = re.compile(
    r"\s+(?:branch|office|site|store|plant|depot|warehouse|hospital|campus|factory|clinic)e?s?(?![\w])",
    re.IGNORECASE,
)


_PERSON_FROM = re.compile(
    r"\s+from\s+(?:the\s+|our\s+|my\s+)?[a-z]|\s+in\s+(?:finance|it|hr|ops|operations|procurement|legal|"
    r"marketing|sales|accounting|purchasing)(?![\w])|\s+(?:du|de\s+la|de\s+l'|de\s+notre)\s+"
    r"(?:service|equipe|compta|direction|pole|dsi|rh|achats|siege)"
)


def _opener(word: str) -> bool:
    """A word that starts a phrase but no vendor's name ("So", "Chez", "Devis Kantata")."""
    return fold(word) in _NOT_NAME or fold(word) in _LC_STOP


# A standard, a period or a certification: "SOC 2", "ISO 27001", "FY27", "Q3".
_STANDARD = re.compile(r"(?:[A-Z]{1,4}\s?-?\d+|(?:ISO|SOC|PCI|GDPR|RGPD|HIPAA|NIS)(?:\s.*)?)$")


def _vendor_ok(text: str, start: int, name: str, known: set[str]) -> bool:
    if _STANDARD.match(name):
        return False
    if _PERSON_FROM.match(fold(text[start + len(name) : start + len(name) + 30])):
        return False  # "Jordan from finance": a colleague, not a vendor
    first = fold(name.split()[0])
    if first in _NOT_VENDOR or _all_caps_role(name) or find_roles(name) or first in known:
        return False
    if _PLACE_AFTER.match(text, start + len(name)):
        return False
    return not _OWNED.search(text[max(0, start - 14) : start])  # "your Shopify store": theirs, no rival


# Well-known software vendors, for speech-to-text in lower case that may split their names
# ("sales force", "hub spot"): the name as it is spelt.
_BRANDS = {
    r"sales\s?force": "Salesforce",
    r"hub\s?spot": "HubSpot",
    r"pipe\s?drive": "Pipedrive",
    r"zen\s?desk": "Zendesk",
    r"fresh\s?(?:desk|works|sales)": "Freshworks",
    r"zoho": "Zoho",
    r"monday(?:\s?(?:dot\s?|\.\s?)com)": "monday.com",
    r"share\s?point": "SharePoint",
    r"quick\s?books": "QuickBooks",
    r"xero": "Xero",
    r"netsuite|net\s+suite": "NetSuite",
    r"service\s?now": "ServiceNow",
    r"dynamics\s+(?:365|crm)|microsoft\s+dynamics": "Microsoft Dynamics",
    r"sellsy": "Sellsy",
    r"axonaut": "Axonaut",
    r"pennylane": "Pennylane",
    r"odoo": "Odoo",
    r"work\s?day": "Workday",
    r"sage\s+(?:x3|100|intacct)": "Sage",
    r"procore": "Procore",
    r"fleetio": "Fleetio",
    r"asana": "Asana",
    r"click\s?up": "ClickUp",
    r"air\s?table": "Airtable",
    r"intercom": "Intercom",
    r"doctolib": "Doctolib",
}
_BRAND_RX = re.compile(
    r"(?<![\w'])(?:" + "|".join(f"(?P<b{i}>{k})" for i, k in enumerate(_BRANDS)) + r")(?![\w])", _F
)
_BRAND_NAMES = list(_BRANDS.values())


def _lower_case_brands(folded: str, start: int, limit: int) -> list[tuple[int, int, str]]:
    out = []
    for m in _BRAND_RX.finditer(folded, start, limit):
        i = int(next(k for k, v in m.groupdict().items() if v is not None)[1:])
        out.append((m.start(), m.end(), _BRAND_NAMES[i]))
    return out


# In text without capitals (speech-to-text) a name has no shape: after a cue of looking at a vendor,
# a word that is no common word is taken as the vendor's name ("a demo from kantata", "10to8").
_LC_NAME = re.compile(r"[a-z0-9][a-z0-9.&+-]*[a-z0-9+]", _F)
_LC_JOIN = re.compile(
    r"\s*(?:,\s*(?:(?:and|et|or|ou|&)\s+)?|\s+(?:and|et|or|ou|&)\s+)(?:also\s+|aussi\s+)?", _F
)
_LC_SKIP = re.compile(r"(?:also|aussi|egalement|deja|already|chez|de|d'|from|with|avec)\s+", _F)
_LC_STOP = {
    "are",
    "is",
    "was",
    "were",
    "have",
    "has",
    "had",
    "been",
    "will",
    "would",
    "can",
    "could",
    "did",
    "does",
    "est",
    "sont",
    "ont",
    "etait",
    "sera",
    "vont",
    "ici",
    "ailleurs",
    "avance",
    "abord",
    "habitude",
    "accord",
    # departments and people one talks to, not vendors
    "finance",
    "legal",
    "procurement",
    "accounting",
    "management",
    "partners",
    "customers",
    "clients",
    "users",
    "compta",
    "achats",
    "direction",
    "everybody",
    "the",
    "a",
    "an",
    "some",
    "any",
    "another",
    "other",
    "others",
    "options",
    "option",
    "alternatives",
    "alternative",
    "vendors",
    "vendor",
    "tools",
    "tool",
    "solutions",
    "solution",
    "software",
    "systems",
    "system",
    "platforms",
    "platform",
    "products",
    "product",
    "providers",
    "provider",
    "suppliers",
    "supplier",
    "companies",
    "company",
    "them",
    "it",
    "this",
    "that",
    "these",
    "those",
    "what",
    "how",
    "whether",
    "which",
    "who",
    "where",
    "when",
    "why",
    "if",
    "our",
    "your",
    "their",
    "my",
    "his",
    "her",
    "its",
    "you",
    "us",
    "we",
    "they",
    "him",
    "me",
    "one",
    "two",
    "three",
    "four",
    "five",
    "few",
    "couple",
    "several",
    "many",
    "lot",
    "lots",
    "bunch",
    "different",
    "new",
    "old",
    "cheaper",
    "bigger",
    "similar",
    "internal",
    "open",
    "free",
    "pricing",
    "price",
    "prices",
    "cost",
    "costs",
    "quote",
    "quotes",
    "demo",
    "demos",
    "proposal",
    "proposals",
    "numbers",
    "figures",
    "budget",
    "last",
    "next",
    "week",
    "weeks",
    "month",
    "months",
    "year",
    "years",
    "today",
    "yesterday",
    "tomorrow",
    "ago",
    "now",
    "then",
    "there",
    "here",
    "again",
    "too",
    "just",
    "only",
    "really",
    "maybe",
    "probably",
    "still",
    "both",
    "either",
    "each",
    "every",
    "all",
    "more",
    "less",
    "most",
    "same",
    "people",
    "guys",
    "folks",
    "someone",
    "somebody",
    "anyone",
    "anybody",
    "everyone",
    "nobody",
    "nothing",
    "something",
    "anything",
    "everything",
    "stuff",
    "things",
    "thing",
    "way",
    "market",
    "competition",
    "competitors",
    "in-house",
    "inhouse",
    "house",
    "sales",
    "marketing",
    "team",
    "teams",
    "rep",
    "reps",
    "uh",
    "um",
    "le",
    "la",
    "les",
    "un",
    "une",
    "des",
    "du",
    "de",
    "leur",
    "leurs",
    "notre",
    "nos",
    "votre",
    "vos",
    "ce",
    "cet",
    "cette",
    "ces",
    "ca",
    "cela",
    "celui",
    "celle",
    "ceux",
    "autres",
    "autre",
    "plusieurs",
    "quelques",
    "certains",
    "certaines",
    "outils",
    "outil",
    "offres",
    "offre",
    "devis",
    "prix",
    "tarifs",
    "tarif",
    "concurrents",
    "concurrent",
    "fournisseurs",
    "fournisseur",
    "editeurs",
    "editeur",
    "prestataires",
    "prestataire",
    "logiciels",
    "logiciel",
    "plateformes",
    "plateforme",
    "produits",
    "produit",
    "eux",
    "elle",
    "elles",
    "lui",
    "il",
    "ils",
    "on",
    "nous",
    "vous",
    "tout",
    "tous",
    "toutes",
    "rien",
    "quelque",
    "chose",
    "comment",
    "si",
    "quoi",
    "qui",
    "que",
    "quand",
    "ou",
    "et",
    "mais",
    "donc",
    "aussi",
    "deja",
    "egalement",
    "encore",
    "semaine",
    "mois",
    "annee",
    "dernier",
    "derniere",
    "derniers",
    "prochain",
    "prochaine",
    "hier",
    "demain",
    "avec",
    "pour",
    "sur",
    "dans",
    "chez",
    "en",
    "y",
    "beaucoup",
    "peu",
    "monde",
    "gens",
    "marche",
    "interne",
    "maison",
    "directeur",
    "patron",
    "equipe",
    "commercial",
    "commerciaux",
    "around",
    "about",
    "roughly",
    "approximately",
    "like",
    "least",
    "spending",
    "paying",
    "environ",
    "autour",
    "send",
    "get",
    "got",
    "ask",
    "need",
    "want",
    "make",
    "see",
    "sent",
    "pas",
    "plus",
    "moins",
    "tres",
    "trop",
    "bien",
}
# The cues and name-after shapes strong enough to name a vendor in lower case.
_LC_STRONG = re.compile(
    r"demo|quote|devis|offre|offer|proposal|proposition|pitch|looking|talking|speaking|evaluat|compar|consider|"
    r"shortlist|trial|test|vu|rencontre|consult|regard|evalu|alternatives|competitors|concurrents|autres|spoke|"
    r"spoken|present|venir|chatting|conversation|look|squiz|gander|peek|checked|kicked|"
    r"running|mix|lice|course|hesit|against|versus|vs|cheaper|pricier|undercut|better|mieux|cher|ahead|front|bid|"
    r"touch|list|rangs|concurrence|poc|pilot",
    _F,
)


# The cues after which even a lower-case word in capitalised text is a vendor: an offer from it.
_LC_OFFER = re.compile(
    r"(?:demo|quote|devis|offre|offer|proposal|proposition|pitch|presentation)\w*\s+(?:from|by|of|with|de|d'|chez)"
    r"|talking|speaking|spoke|spoken",
    _F,
)


def _lc_word(folded: str, pos: int) -> re.Match[str] | None:
    """The word at `pos` if it can be a vendor's name in lower case."""
    m = _LC_NAME.match(folded, pos)
    if m is None or (m.end() < len(folded) and folded[m.end()] in "'"):
        return None
    word = m.group().rstrip(".")
    if re.search(r"\d-|-\d", word):
        return None  # "3-month", "24-7": a measure, no name
    if (
        word in _LC_STOP
        or word in _NOT_VENDOR
        or word.isdigit()
        or word.endswith(("ing", "ly"))
        or len(word) < 3
    ):
        return None
    return m


_LC_JOIN_BEFORE = re.compile(r"(?:,\s*(?:(?:and|et|or|ou|&)\s+)?|\s+(?:and|et|or|ou|&)\s+)$", _F)


def _lower_case_list_before(folded: str, end: int, known: set[str]) -> list[tuple[int, int, str]]:
    """The names listed before the one at `end`: "kantata and float are on the shortlist"."""
    out: list[tuple[int, int, str]] = []
    while join := _LC_JOIN_BEFORE.search(folded, 0, end):
        prev = re.search(r"[a-z0-9][a-z0-9.&+-]*$", folded[: join.start()])
        if prev is None or not _lc_word(folded, prev.start()) or prev.group() in known:
            break
        out.append((prev.start(), join.start(), prev.group()))
        end = prev.start()
    return out


def _lower_case_names(folded: str, start: int, limit: int) -> list[tuple[int, int, str]]:
    """The names listed from `start` in lower-case text: "kantata, float and runn"."""
    out: list[tuple[int, int, str]] = []
    pos = start
    while pos < limit:
        pos = skip.end() if (skip := _LC_SKIP.match(folded, pos)) else pos
        brand = _lower_case_brands(folded, pos, limit)
        if brand and brand[0][0] == pos:
            out.append(brand[0])
            end = brand[0][1]
        elif m := _lc_word(folded, pos):
            out.append((m.start(), m.end(), m.group().rstrip(".")))
            end = m.end()
        else:
            break
        join = _LC_JOIN.match(folded, end)
        if join is None:
            break
        pos = join.end()
    return out


def find_competitors(text: str, known: set[str] | frozenset[str] = frozenset()) -> list[tuple[int, int, str]]:
    """Vendors named as being looked at: (start, end, name), in order. `known`: first names of the
    people of the call (folded), never vendors ("J'en ai parlé à Marie"). In text without capitals
    (speech-to-text), well-known vendors are recognised by name."""
    folded = fold(text)
    if not any(c.isupper() for c in text):
        out_lc: list[tuple[int, int, str]] = []
        for cue in _COMPETE_CUE.finditer(folded):
            stop = re.search(
                r"\.(?!\w)|[;!?\n]|\s(?:but|mais|so|donc|because|parce\s+que)\s", folded[cue.end() :]
            )
            limit = cue.end() + (stop.start() if stop else min(80, len(folded) - cue.end()))
            out_lc += _lower_case_brands(folded, cue.end(), min(limit, cue.end() + 80))
            # "des devis partent en retard": a cue that ends on its noun names nobody in lower case
            bare_noun = re.search(
                r"(?:demo|devis|offre|proposition|poc|essai|quote|proposal|offer|pitch|trial)s?\s*$",
                cue.group(),
            )
            if _LC_STRONG.search(cue.group()) and not bare_noun:
                out_lc += [n for n in _lower_case_names(folded, cue.end(), limit) if n[2] not in known]
        for m in _LC_NAME.finditer(folded):  # "kantata nous a fait une offre", "float sent us a quote"
            after = _COMPETE_AFTER.match(folded, m.end())
            if after is None or re.match(
                r"\s+(?:free\s+)?(?:quote|demo|proposal|trial|pitch|poc|offer)s?(?![\w])", after.group()
            ):
                continue  # "send proposal": in lower case only a verb after the name says it is a vendor
            starts = m.start() == 0 or not folded[m.start() - 1].isalnum()
            if (
                _LC_STRONG.search(after.group())
                and _lc_word(folded, m.start())
                and starts
                and m.group() not in known
            ):
                out_lc.append((m.start(), m.end(), m.group().rstrip(".")))
                out_lc += _lower_case_list_before(folded, m.start(), known)
        return sorted({n: (a, b, n) for a, b, n in sorted(out_lc, reverse=True)}.values())
    # Parentheses are asides: "SAP Business One (via un partenaire) et Divalto" lists two names.
    plain = re.sub(r"\([^)]*\)", lambda m: " " * len(m.group()), text)
    out: list[tuple[int, int, str]] = []
    for cue in _COMPETE_CUE.finditer(folded):
        pos = cue.end()
        limit = len(plain)
        if stop := re.search(
            r"\.(?!\w)|[;!?\n]|,\s*(?:but|mais|and\s+we|et\s+on|so|donc|which|qui)\b", plain[pos:]
        ):
            limit = pos + stop.start()
        for m in _VENDOR.finditer(plain, pos, limit):
            gap = plain[pos : m.start()]
            words = [w for w in re.findall(r"[\w']+", gap)]
            if pos != cue.end() and not _LIST_JOIN.match(gap):
                break
            if pos == cue.end() and len(words) > 3:
                break
            name = m.group().strip()
            if not _vendor_ok(plain, m.start(), name, known):
                if pos == cue.end() and len(words) <= 3:
                    pos = m.end()
                    continue
                break
            out.append((m.start(), m.end(), name))
            pos = m.end()
        if pos == cue.end() and _LC_OFFER.search(cue.group()):
            # "We got a quote from kantata": speech-to-text that capitalises only the sentence
            out += [n for n in _lower_case_names(folded, cue.end(), limit) if n[2] not in known]
    names = list(_VENDOR.finditer(plain))
    for i, m in enumerate(names):
        start, name = m.start(), m.group().strip()
        while " " in name and _opener(name.split()[0]):  # "Chez Float": the opener is no name
            start += len(name.split()[0]) + 1
            name = name.split(" ", 1)[1].strip()
        if _COMPETE_AFTER.match(plain, m.end()) and _vendor_ok(plain, start, name, known):
            if m.start() > 0 and not re.search(r"(?:^|[\s,;:(])$", plain[: m.start()]):
                continue
            out.append((start, m.end(), name))
            # "Float and Runn are the two others": the list that ends with the name
            for prev, nxt in zip(reversed(names[:i]), reversed(names[1 : i + 1]), strict=True):
                if not _LIST_JOIN.match(plain[prev.end() : nxt.start()]) or not re.search(
                    r"\S", plain[prev.end() : nxt.start()]
                ):
                    break
                if not _vendor_ok(plain, prev.start(), prev.group(), known):
                    break
                out.append((prev.start(), prev.end(), prev.group().strip()))
    if not out:
        out = _named_in_evaluation(plain, folded, known)
    out = [(a, b, re.sub(r"['’]s$", "", n)) for a, b, n in out]  # "Float's account manager": Float
    seen: set[str] = set()
    unique = []
    for item in sorted(out):
        if fold(item[2]) not in seen:
            seen.add(fold(item[2]))
            unique.append(item)
    return unique


# Words of a vendor at work in a buying process: a clause with one of these and a product-shaped
# name speaks of a rival, however it is phrased ("Kantata was cheaper", "Float est moins cher").
_EVALUATION = re.compile(
    r"(?<![\w'])(?:demo\w*|quot(?:e|es|ed|ing)|pitch\w*|proposals?|tender\w*|bids?|rfp|short-?listed|"
    r"front-?runners?|cheaper|pricier|pricing|prix|tarifs?|undercut\w*|bidding|offering|"
    r"better\s+(?:price|deal|offer|terms)|lower\s+price|mieux\s+place\w*|meilleure\s+offre|casse\w*\s+les\s+prix|(?:more|less)\s+expensive|trial\w*|evaluat\w*|compar\w*|"
    r"alternatives?|competitors?|in\s+touch|com(?:e|es|ing)\s+in|came\s+in|chatting|conversations?|in\s+talks|"
    r"were\s+here|visited|ahead|leading|favou?rite|"
    r"devis|offres?|propos\w*|present(?:ed|ing|er|e|ee|ez|ait)|presentations?|appel\s+d'offres|repondu|(?:moins|plus)\s+cher\w*|concurren\w*|"
    r"boucle|sur\s+les\s+rangs|venus?|fait\s+venir|demarch\w*|magasin(?:e|er|es|ez|ons|e)|consult\w*|en\s+train\s+de\s+regarder|"
    r"regard\w*|evalu\w*|test\w*|en\s+tete|favori\w*)(?![\w])",
    _F,
)
_CLAUSE_CUT = re.compile(
    r"\.(?!\w)|[;!?\n]|\s(?:but|mais|because|parce\s+que|so|donc|whereas|alors\s+que)\s", _F
)
# A place, a date or an origin comes after these; a rival named in passing does not.
_PLACE_BEFORE = re.compile(
    r"(?<![\w'])(?:in|at|from|of|near|based|a|au|aux|en|dans|pres\s+de|de|du|d'|on|since|depuis|until|by|"
    r"access|acces|via|using|sur|before|after|avant|apres|for|pour|during|pendant|include|includes|including|"
    r"inclure|cover|covers|couvrir|to|what|ce\s+que)\s*$",
    _F,
)
# A person, not a vendor: "Float said", "Marie wants", "Kantata, our CFO", "Julien a adoré"; or a
# place or a part of their own company: "the Sydney team", "the Berlin branch".
_PERSON_AFTER = re.compile(
    r"\s*(?:said|says|thinks|told|asked|wants|signs|agrees|loved|liked|likes|will|would|dit|pense|veut|signe|"
    r"a\s+(?:adore|aime|dit|trouve|demande)|aime|adore|trouve|"
    r",\s*(?:our|my|the|notre|mon|ma|la|le)\s|"
    r"(?:team|branch|office|site|store|plant|depot|warehouse|hospital|campus|agence|usine|site|magasin|entrepot|"
    r"equipe|bureau)s?)(?![\w])",
    _F,
)
_PERSON_BEFORE = re.compile(
    r"(?<![\w'])(?:me\s+and|and\s+me|moi\s+et|par|my|our|mon|ma|notre|boss|colleague|collegue|ask|asked|"
    r"demander\s+a|dear|hi|bonjour|cher|chere|mr|mrs|ms|m\.|mme|agence\s+de|ville\s+de)\s*$",
    _F,
)


def _named_in_evaluation(plain: str, folded: str, known: set[str]) -> list[tuple[int, int, str]]:
    """Product-shaped names in a clause that speaks of evaluating vendors, when no cue named one."""
    out: list[tuple[int, int, str]] = []
    cuts = [0, *(m.end() for m in _CLAUSE_CUT.finditer(folded)), len(folded)]
    for lo, hi in itertools.pairwise(cuts):
        if not _EVALUATION.search(folded, lo, hi):
            continue
        for m in _VENDOR.finditer(plain, lo, hi):
            start, name = m.start(), m.group().strip()
            while " " in name and _opener(name.split()[0]):
                start += len(name.split()[0]) + 1
                name = name.split(" ", 1)[1].strip()
            if fold(name) in _NOT_NAME or _PLACE_BEFORE.search(folded, max(lo, start - 12), start):
                continue
            if re.match(r"\s*:", plain[m.end() :]) or _name_tail(plain, lo, start):
                continue  # "Présents :" is a label; "d'Aurélie Fontaine" the end of a person's name
            opening = not re.search(r"[\w,]\s*$", plain[lo:start])
            if opening and " " not in name and not re.search(r"[a-z][A-Z]|\d|\.\w", name):
                continue  # a capitalised first word ("Builds break", "Quotes are due") is no name
            if _PERSON_AFTER.match(folded, m.end()) or not _vendor_ok(plain, start, name, known):
                continue
            if _PERSON_BEFORE.search(folded, max(lo, start - 16), start) or _with_role(plain, start):
                continue
            if re.fullmatch(r"[A-Z]{2,5}", name):
                continue  # "our own SLA": an acronym in passing is rarely a vendor
            if fold(name.split()[0]) in known or (
                find_names(name) and _is_first_name_only(plain, start, name)
            ):
                continue
            out.append((start, m.end(), name))
    return out


def _with_role(plain: str, start: int) -> bool:
    """Whether the name at `start` is a person with a role ("Our CFO, Dana Lee", "Sophie aux achats")."""
    return any(m.role and m.start <= start < m.end for m in find_mentions(plain))


def _name_tail(plain: str, lo: int, start: int) -> bool:
    """Whether a capitalised word that is a name comes just before `start` ("d'Aurélie Fontaine")."""
    m = re.search(rf"([{_UP}][\w'’-]*)[\s'’]+$", plain[lo:start])
    return m is not None and not _opener(m.group(1))


def _is_first_name_only(plain: str, start: int, name: str) -> bool:
    """A lone name right before a pronoun verb of people ("Marie, she"), kept out to be safe."""
    return bool(re.match(r"\s*,?\s*(?:she|he|elle|il)\b", plain[start + len(name) :], re.I))


# "We had a demo last week. It was Kantata." / "On a eu une offre. C'était Float.": the vendor is
# named in the next sentence, about what the one before said.
_REFERRED = re.compile(
    r"^\W*(?:(?:it|that(?:\s+one)?|this(?:\s+one)?|one|the\s+(?:first|second|other)\s+one)(?:\s+(?:was|is|were)|'s)|"
    r"c'(?:etait|est)|c'(?:etait|est)\s+celle|celui-la\s+(?:c'etait|c'est))\s+(?:(?:from|with|by|de|avec|chez)\s+)?",
    _F,
)


def referred_vendor(text: str, around: str, known: set[str] | frozenset[str] = frozenset()) -> list[str]:
    """A vendor named as what "it" was, when the sentences around speak of evaluating one."""
    m = _REFERRED.match(fold(text))
    if m is None or not _EVALUATION.search(fold(around)):
        return []
    name = _VENDOR.match(text, m.end())
    if name is None or not _vendor_ok(text, name.start(), name.group().strip(), set(known)):
        return []
    return [name.group().strip()]


def canonical_vendor(name: str) -> str:
    """A well-known vendor as it is spelt ("Hub Spot" -> "HubSpot"); other names as said."""
    m = _BRAND_RX.fullmatch(fold(name))
    if m is None:
        return name
    return _BRAND_NAMES[int(next(k for k, v in m.groupdict().items() if v is not None)[1:])]


def listed_vendors(text: str, known: set[str] | frozenset[str] = frozenset()) -> list[str]:
    """Vendor-like names in an answer to "who else are you looking at?" ("Doctolib, évidemment.",
    "Blue Yonder is on the RFP list, and Transporeon.")."""
    if not any(c.isupper() for c in text):  # speech-to-text: "mostly kantata and float"
        folded = fold(text)
        lead = re.match(
            r"\W*(?:(?:well|mostly|just|only|probably|honestly|um|uh|yeah|yes|oui|bon|ben|euh|surtout|juste|"
            r"principalement|so|alors|there's|il\s+y\s+a|we've\s+seen|on\s+a\s+vu)\W+)*",
            folded,
        )
        pos = lead.end() if lead else 0
        return [n for _, _, n in _lower_case_names(folded, pos, len(folded)) if n not in known]
    plain = re.sub(r"\([^)]*\)", lambda m: " " * len(m.group()), text)
    out = []
    for m in _VENDOR.finditer(plain):
        name, start = m.group().strip(), m.start()
        while " " in name and fold(name.split()[0]) in _NOT_NAME:  # "Just Gong": the opener is no name
            first = name.split()[0]
            start += len(first) + 1
            name = name[len(first) :].strip()
        if start == 0 and fold(name.split()[0]) in _NOT_NAME:
            continue
        if _vendor_ok(plain, start, name, known) and len(name) > 1:
            out.append(name)
    return list(dict.fromkeys(out))
