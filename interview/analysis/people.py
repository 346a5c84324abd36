"""People in what a prospect says, in English and French: who they are, who signs, and who pushes
for the purchase (other vendors are in competitors.py).

- `find_mentions(text)`: people named with their role when one is attached ("Anne Morel, our CFO",
  "notre DAF, Mme Durand", "Marc (IT)", "my boss"), roles alone ("the CFO"), and "I" / "je".
- `find_signers(text)`: who has the final say or signs ("the CFO signs", "c'est Anne qui tranche",
  "the final call is mine"), or that nobody knows ("no idea who signs off").
- `find_champions(text)`: who pushes for the purchase inside ("Marc is pushing hard for this",
  "Julie porte le projet", "I'll sell it internally"), or that nobody does.

Names are told by their capitals, so the original text is matched, not only its folded copy; the
cue words are matched on the folded copy (accents and case ignored). Pure functions, no I/O.
"""

from __future__ import annotations

import functools
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
    # not inside a word ("O'Brien", "Jean-Luc"), but a quotation may open on a name ("'Sandra signs.'")
    rf"(?<![\w-])(?<!\w['’])(?:(?:Mr|Mrs|Ms|Dr|M|Mme|Mlle|Madame|Monsieur)\.?\s+)?"
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
    "seul",  # "Seule Ingrid peut valider"
    "seule",
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
        while words and fold(words[0]) in _NOT_NAME and not _filler_name(words, text, m.end()):
            start = text.index(words[1], start + len(words[0])) if len(words) > 1 else m.end()
            words = words[1:]
        if not words:
            continue
        name = text[start : m.end()]
        if (_name_ok(name) or _filler_name(words, text, m.end())) and not _all_caps_role(name):
            out.append((start, m.end(), name))
    return out


# First names that are also French fillers ("Ben, on verra"): a name before a surname or an English verb.
_FILLER_NAMES = {"ben"}
_VERB_AFTER_NAME = re.compile(
    r"\s+(?:signs|decides|approves|says|said|wants|will|is|has|was|thinks|owns|runs|would|needs|agreed|"
    r"drops|joined|left)(?![\w'])|['’]s\s"
)


def _filler_name(words: list[str], text: str, end: int) -> bool:
    if fold(words[0]) not in _FILLER_NAMES or words[0] != words[0].capitalize():
        return False
    return len(words) > 1 or bool(_VERB_AFTER_NAME.match(text, end))


def _all_caps_role(name: str) -> bool:
    return bool(find_roles(name)) and len(find_roles(name)[0].text) == len(name)


# --- mentions: people with their roles -------------------------------------------------------

_APPOS_BETWEEN = re.compile(
    r"\s*(?:,|\(|-|–|—)?\s*(?:(?:who\s+is|who's|qui\s+est|is|est|he's|she's|he\s+is|she\s+is|c'est|il\s+est|"
    r"elle\s+est)\s+)?"  # "Kwame Asante, he's our owner", "Odile Marchal, c'est la gérante"
    r"(?:(?:our|the|their|my|his|her|notre|nos|la|le|l'|leur|mon|ma|son|sa|un|une|a|an)\s+)?"
    r"(?:(?:new|nouvelle?|current|actuelle?)\s+)?$|^\s*,?\s*(?:as|en\s+tant\s+que|comme)\s+(?:(?:our|the|notre|le|la|l')\s+)?$",
    _F,
)
_ROLE_NAME_BETWEEN = re.compile(r"^\s*(?:,|:|-|–|—|\(|=)?\s*(?:(?:is|c'est|named|called|nomme[e]?)\s+)?$", _F)
_FROM_DEPT = re.compile(r"^\s*(?:from|in|at|de\s+la|de\s+l'|du|des|de|chez|aux?)\s+$", _F)
_SELF = re.compile(r"(?<![\w'])(?:i|me|myself|je|j'|moi|moi-meme)(?![\w])", _F)
_PRONOUN = re.compile(  # "he's", "she'll": the pronoun before a contracted verb
    r"(?<![\w'])(?:he|she|him|il|elle|lui|lui-meme|elle-meme)(?:(?![\w'])|(?=['’](?:s|ll|d)(?![\w])))", _F
)
_BOSS = re.compile(
    r"(?<![\w'])(?:my|mon|ma|our|notre)\s+(?:boss|manager|n\+1|supervisor|superieur(?:e)?\s+hierarchique|"
    r"superieur(?:e)?|direct(?:eur|rice)|chef|patron(?:ne)?|line\s+manager)(?![\w])",
    _F,
)


_LOWER_HONORIFIC = re.compile(
    r"(?<![\w'])(?:mr|mrs|ms|dr|doctor|madame|monsieur|mme|mlle)\.?\s+(?P<name>[a-z][a-z'-]{1,})(?![\w'])"
    r"(?:\s+(?P<second>[a-z][a-z'-]{1,})(?![\w']))?",
    _F,
)


_SAID = {"said", "says", "told", "thinks", "thought", "wants", "asked", "was", "were", "did", "does", "dit"}


def _lower_honorific(text: str, folded: str) -> list[tuple[int, int, str]]:
    out = []
    for m in _LOWER_HONORIFIC.finditer(folded):
        word = m["name"]
        if word in _NOT_NAME or word in _NO_LOWER_NAME or word in _SAID or find_roles(word) or len(word) < 2:
            continue  # "the doctor said": a verb, no surname
        honorific = text[m.start() : m.start("name")].strip().capitalize()
        end, said = m.end("name"), word.capitalize()
        second = m["second"]
        if (
            second
            and second not in _NOT_NAME
            and second not in _NO_LOWER_NAME
            and not find_roles(second)
            and (_SIGN_AFTER.match(folded, m.end()) or _CHAMP_AFTER.match(folded, m.end()))
        ):  # "doctor amara singh signs": a surname, since the cue follows it
            end, said = m.end(), f"{said} {second.capitalize()}"
        out.append((m.start(), end, f"{honorific} {said}"))
    return out


# Quotation marks around what someone said are no apostrophes: "Maya: 'I sign...'" (the same length).
_QUOTE_MARK = re.compile(r"(?<![\w])['‘’]|['‘’](?![\w])|[«»“”\"]")


def _unquoted(folded: str) -> str:
    return _QUOTE_MARK.sub(" ", folded)


def find_mentions(text: str) -> list[Mention]:
    """People and roles in `text`, in order: a name and the role beside it make one mention."""
    return list(_mentions(text))


@functools.lru_cache(maxsize=1024)
def _mentions(text: str) -> tuple[Mention, ...]:
    folded = _unquoted(fold(text))
    roles = [r for r in find_roles(text)]
    names = [n for n in find_names(text) if not any(r.start <= n[0] < r.end for r in roles)]
    if text.islower():  # speech-to-text without capitals: "mrs lim", "madame diallo" are names still
        names += [
            n for n in _lower_honorific(text, folded) if not any(r.start <= n[0] < r.end for r in roles)
        ]
        names.sort()
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
    r"(?:\s*,[^,.;!?]{1,50},|\s*\([^()]{1,50}\)|\s+(?:from|in|at|of|on|de|du|des|chez)\s+(?:the\s+|la\s+|le\s+|l'|our\s+|notre\s+)?"
    r"[\w&'-]+(?:\s+(?!is\b|est\b|has\b|a\b|will\b|va\b|who\b|qui\b)[\w&'-]+){0,2})?"
)

# --- who signs -------------------------------------------------------------------------------

# What controls the money: a budget, the purse strings, an approval to give.
_MONEY_CONTROL = (
    r"(?:budget|money|purse(?:\s+strings)?|p\s?&\s?l|p\s+and\s+l|spend|spending|cheque\s?book|checkbook|sign-?off|"
    r"approval|blessing|nod|go-?ahead|green\s+light|say-?so|argent|enveloppe|cordons\s+de\s+la\s+bourse|"
    r"accord|aval|"
    r"feu\s+vert|validation|feu\s+vert\s+final|dernier\s+mot|signature)"
)
# Cues after the person: "X signs", "X has the final say", "X valide".
_SIGN_AFTER = re.compile(
    _BETWEEN + r"[\s,]*(?:(?:who|qui|that|will|would|must|has\s+to|needs?\s+to|is\s+going\s+to|va|doit|devra|"
    r"will\s+have\s+to|ultimately|eventually|in\s+the\s+end|au\s+final|finally|finalement|"
    r"at\s+the\s+end\s+of\s+the\s+day|always|toujours|alone|seul(?:e)?|really|actually|usually|normally|"
    r"vraiment|en\s+fait|normalement|"
    r"(?:is|'s|est|c'est)\s+(?:the\s+one(?:\s+who)?|celui\s+qui|celle\s+qui|la\s+personne\s+qui|qui)|"
    # "only X can approve", "X is the only one who can sign", "seule X peut valider"
    r"can|could|peut|pourra|(?:is|'s)\s+the\s+only\s+one(?:\s+who)?|(?:est\s+)?(?:le|la)\s+seule?\s+(?:qui|a)|"
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
    r"(?:peut|pourra|doit|devra|va)\s+(?:signer|valider|trancher|decider|approuver)|"
    r"pays\s+for\s+(?:it|this|that|the\s+\w+)|(?:would|will|'d|'ll)\s+be\s+the\s+one\s+(?:approving|signing|deciding|"
    r"paying)|"
    r"donne(?:ra)?\s+(?:son|l'|le)\s*(?:accord|aval|ok|go|feu\s+vert)(?:\s+final)?|paie|paye|(?:tient|tiendra)\s+le\s+carnet\s+de\s+cheques|"
    r"(?:a|aura)\s+(?:le\s+(?:pouvoir|droit)|la\s+delegation)\s+de\s+(?:signature|decision)|"
    r"(?:has|holds)\s+(?:the\s+)?(?:delegated\s+)?(?:signing|signature)\s+(?:authority|delegation|rights)|"
    r"makes\s+the\s+(?:final\s+)?(?:call|decision)|decides|will\s+decide|"
    r"(?:is|'s)\s+the\s+(?:final\s+)?(?:decision[-\s]maker|decider|approver|budget\s+holder|economic\s+buyer|signatory|dm|eb)|"
    r"(?:is|'s)\s+(?:the\s+one\s+)?(?:signing|deciding)|"
    r"signe(?:ra|nt|rait)?|valide(?:ra|nt|rait)?|tranche(?:ra|nt|rait)?|decide(?:ra|nt|rait)?|"
    r"arbitre(?:ra)?|(?:a|aura|aurait)\s+le\s+(?:dernier\s+mot|mot\s+de\s+la\s+fin|stylo|dernier\s+mot)|"
    r"donne(?:ra)?\s+le\s+feu\s+vert|(?:debloque|libere)(?:ra|nt)?\s+(?:le\s+budget|l'argent|les\s+fonds|les\s+credits|l'enveloppe)|(?:holding|controlling)\s+the\s+(?:budget|purse\s+strings|pen|chequebook|checkbook|money)|tient\s+(?:le\s+budget|les\s+cordons)|"
    r"(?:est|sera)\s+(?:le|la)\s+(?:decideu(?:r|se)|signataire|decisionnaire)(?:\s+final(?:e)?)?|"
    # committing the expenditure: "engage ce type de dépense", "authorises the spend"
    r"(?:engage|autorise|ordonnance)(?:ra|rait|nt)?\s+(?:les|la|cette|ces|ce\s+(?:type|genre)\s+de|toute\s+)\s*depenses?|"
    r"(?:authori[sz]es?|commits?|sanctions?)\s+(?:the\s+|any\s+|all\s+|that\s+)?(?:spend|spending|expenditure|purchase|funds|po)|"
    # The person, a verb of holding, a thing that controls the money: "owns the P&L", "a la main sur
    # le budget", "doit donner son accord", "is the budget owner".
    rf"(?:owns|holds|controls|manages|runs|has|tient|detient|gere|controle|a)\s+(?:the|le|la|les|son|sa|ses|"
    rf"our|notre|his|her)?\s*"
    rf"(?:la\s+main\s+sur\s+(?:le|la|les)\s+|final\s+)?{_MONEY_CONTROL}|"
    rf"(?:give|gives|donner|donne|donnera)\s+(?:the|his|her|their|son|sa|leur)\s+{_MONEY_CONTROL}|"
    r"(?:is|'s|est|sera)\s+(?:the|le|la)\s+(?:budget\s+(?:owner|holder)|owner\s+of\s+the\s+budget|"
    r"proprietaire\s+du\s+budget|"
    r"detent(?:eur|rice)\s+du\s+budget|responsable\s+du\s+budget))(?![\w])"
    r"(?!\s+(?:\w+\s+)?(?:together|jointly|with|w/|avec|ensemble|conjointement|a\s+(?:deux|2)|en\s+binome))"
    # approving a technical part is no releasing of money: "Karim valide l'archi", "IT approves the design"
    r"(?!\s+(?:the\s+|l'|la\s+|le\s+|les\s+|la\s+partie\s+|le\s+volet\s+|the\s+)?(?:archi\w*|techni\w*|tech|"
    r"secur\w*|design|specs?|integration|infra\w*|choix\s+techni\w*)(?![\w]))",
    _F,
)
# Cues before the person: "the final say is with X", "c'est X qui signe" is handled by _SIGN_AFTER.
_SIGN_BEFORE = re.compile(
    r"(?:(?:final|last)\s+(?:say|word|call|decision|sign-?off|approval|signature)\s+(?:is|lies|rests|sits|will\s+be)\s+"
    r"(?:with|on|up\s+to|by)|(?:final|last)\s+(?:say|word|call|decision|sign-?off|approval|signature)\s*(?::|,|-)|"
    r"(?:sign-?off|signature|approval|green\s+light|go-ahead|blessing)\s+(?:from|of|by)|"
    r"(?:it's|it\s+is|that's|that\s+is)\s+(?:up\s+to|down\s+to)|budget\s+holder\s+(?:is|will\s+be)|"
    r"(?:the\s+)?(?:person|one)\s+who\s+(?:signs|decides|approves)\s+(?:is|will\s+be)|"
    r"(?:purse\s+strings|budget|money|spend|funds|final\s+(?:say|call|decision)|sign-?off|chequebook|checkbook)\s+"
    r"(?:(?:are|is|will\s+be|gets?)\s+)?(?:held|owned|controlled|made|given|released|approved|signed(?:\s+off)?)\s+by|"
    r"(?:signed\s+off|approved|rubber-?stamped|green-?lit|okayed|ok'd|chaired|blessed)\s+by|"
    r"(?:decision|call|say|money|budget|sign-?off)\s+(?:sits|rests|lies|stays|is)\s+with|"
    r"(?:decision|call|say|money|budget|sign-?off)\s+(?:belongs|falls)\s+to|(?:will\s+be|is|gets|'ll\s+be)\s+signed\s+by|"
    r"(?:comes|boils)\s+down\s+to|"
    rf"{_MONEY_CONTROL}"
    r"\s+(?:depend|depends|dependra|releve)\s+(?:de|du|d'|on)|(?:the\s+)?(?:nod|ok|okay|go-?ahead|blessing|thumbs[-\s]up)\s+(?:from|of)|"
    r"(?:la\s+)?decision\s+(?:revient|appartient|incombe)\s+(?:a|au|a\s+la)|(?:l')?(?:aval|accord|ok|go|signature)\s+(?:de|du|d')|"
    r"(?:lands?|ends?\s+up|winds?\s+up)\s+(?:on\s+(?:the\s+)?desk\s+of|with)|(?:has|needs?|must)\s+to\s+clear|(?:has|needs?)\s+to\s+get\s+past|"
    r"(?:le\s+)?(?:feu\s+vert|go|ok|aval|dernier\s+mot)\s+(?:vient|viendra|viendrait)\s+(?:de|du|d')|(?:la\s+)?decision\s+(?:finale\s+)?(?:vient|viendra|se\s+prend(?:ra)?)\s+(?:de|du|chez|au\s+niveau\s+de)|"
    r"(?:in\s+the\s+last\s+resort|en\s+dernier\s+ressort)\s*,?\s*(?:it's|c'est)?|"
    # a note asking who signs, then answering: "Who signs: Hana Novak", "Qui valide ? Sans doute Marc"
    r"(?:who|qui)\s+(?:\w+\s+)?(?:signs?|approves?|decides?|signe|valide|decide|tranche)\w*(?:\s+off)?\s*[:?=–-]+\s*"
    r"(?:(?:probably|likely|sans\s+doute|surement|probablement)\s+)?|"
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
    r"(?<![\w'])(?:(?:the\s+)?(?:final\s+)?(?:call|decision|say|signature|budget|money)\s+is\s+mine|it's\s+my\s+(?:call|decision|budget)|"
    r"c'est\s+moi\s+qui\s+(?:signe|signerai|decide|deciderai|tranche|trancherai|valide|validerai)|c'est\s+(?:ma\s+decision|mon\s+budget)|"
    r"c'est\s+(?:moi|a\s+moi)\s+(?:de\s+)?(?:decider|trancher|signer)|"
    r"(?<!and\s)(?<!et\s)(?:je\s+(?:signe|valide|tranche|decide)|i\s+(?:sign|approve|decide|have\s+the\s+(?:final|last)\s+(?:say|word)|"
    r"make\s+the\s+(?:final\s+)?(?:call|decision)|own\s+the\s+budget|hold\s+the\s+budget|will\s+sign|will\s+decide)))(?![\w])"
    r"(?!\s+(?:together|jointly|with|w/|avec|ensemble|conjointement|a\s+(?:deux|2)|en\s+binome))",
    _F,
)
_SIGNER_UNKNOWN = re.compile(
    r"(?<![\w'])(?:(?:no(?![\w'])|(?:nobody|no\s*one)(?![\w])|not\s+(?:sure|clear)|don't\s+(?:really\s+)?know|do\s+not\s+know|no\s+idea|unclear|not\s+yet\s+clear|"
    r"haven't\s+figured\s+out|still\s+figuring\s+out|to\s+be\s+(?:defined|determined|confirmed)|tbd|"
    r"(?:haven't|have\s+not|hasn't|didn't|not\s+yet)\s+(?:\w+\s+)?(?:worked\s+out|figured\s+out|decided|"
    r"settled|identified|agreed(?:\s+on)?))"
    r"[^.;!?]{0,40}?(?:who|whom|which\s+person)[^.;!?]{0,30}?(?:sign|approv|decid|final|budget|green)|"
    # not knowing, with or without "ne": "je saurais pas vous dire qui", "je ne saurais dire qui"
    r"(?:ne\s+(?:sai[st]|saurai[st]?|savons|saurions)|(?:sai[st]|saurai[st]?|savons|saurions)\s+(?:\w+\s+)?pas|"
    r"personne\s+ne\s+sait|aucune\s+idee|pas\s+(?:encore\s+)?clair|pas\s+sur|on\s+ne\s+sait\s+(?:\w+\s+)?pas|"
    r"reste\s+a\s+(?:definir|determiner|voir)|a\s+definir)"
    r"[^.;!?]{0,40}?(?:qui|quelle\s+personne)[^.;!?]{0,30}?(?:sign|valid|decid|tranch|budget|feu\s+vert|dernier\s+mot)|"
    # not knowing ("I couldn't tell you who signs"); refusing ("wouldn't say who") is a dodge: no answer
    r"(?:can't|cannot|couldn't|could\s+not)\s+(?:\w+\s+)?(?:tell\s+you|say)[^.;!?]{0,20}?(?:who|whom)|"
    r"(?:je\s+ne\s+(?:peux|pourrais)\s+pas|impossible\s+de)\s+(?:vous\s+)?(?:dire|repondre)[^.;!?]{0,25}?qui|"
    r"(?:who|qui)\s+(?:signs|will\s+sign|approves|decides|signe|validera|decidera|tranchera)[^.;!?]{0,20}?"
    r"(?:is\s+(?:not\s+clear|unclear|tbd|an\s+open\s+question)|n'est\s+pas\s+clair|reste\s+a\s+voir|je\s+ne\s+sais\s+pas))",
    _F,
)


# In speech-to-text without capitals, a role then one or two words that may be a name, then the cue:
# "the cfo jane smith signs", "le daf marc roux valide". Words no name can be are left out.
_LOWER_NAME = re.compile(
    r"\s+(?:(?:doctor|dr|mr|mrs|ms|miss|madame|monsieur|mme|m)\.?\s+)?(?P<name>[a-z][a-z'-]+(?:\s+[a-z][a-z'-]+)?)",
    _F,
)
_NO_LOWER_NAME = {
    "here",
    "there",
    "now",
    "then",
    "also",
    "just",
    "still",
    "who",
    "which",
    "that",
    "qui",
    "que",
    "and",
    "et",
    "or",
    "ou",
    "to",
    "of",
    "de",
    "du",
    "des",
    "la",
    "le",
    "les",
    "is",
    "has",
    "est",
    "a",
    "will",
    "would",
    "must",
    "can",
    "typically",
    "usually",
    "really",
    "actually",
    "basically",
    "probably",
    "normally",
    "generally",
    "eventually",
    "ultimately",
    "himself",
    "herself",
    "ici",
    "aussi",
    "donc",
    "alors",
    "lui",
    "elle",
    "he",
    "she",
    "they",
    "we",
    "il",
    "on",
    "nous",
    "office",
    "team",
    "bureau",
}


def _lower_named(folded: str, role: Mention) -> tuple[Mention, re.Match[str]] | None:
    m = _LOWER_NAME.match(folded, role.end)
    if m is None:
        return None
    words = m["name"].split()
    for n in (len(words), 1) if len(words) > 1 else (1,):
        name_words = words[:n]
        if any(w in _NO_LOWER_NAME or w in _NOT_NAME or find_roles(w) for w in name_words):
            continue
        end = m.start("name") + len(" ".join(name_words))
        after = _SIGN_AFTER.match(folded, end)
        if after is not None:
            name = " ".join(w.capitalize() for w in name_words)
            return Mention(name, role.role, role.start, end), after
    return None


_NEGATED_AFTER = re.compile(r"\s+(?:pas|plus|jamais|not|never)(?![\w'])", _F)


# After "it's up to X": a task other than deciding ("to convince the board", "de convaincre").
_OTHER_TASK = re.compile(
    r"\s+(?:to|de|d')\s*(?!decide|sign|approve|choose|pick|say|make\s+the\s+(?:call|decision)|decider|signer|valider|"
    r"trancher|choisir)[a-z]",
    _F,
)


def find_signers(text: str) -> list[Statement]:
    """Who signs or has the final say (the economic buyer), or that nobody knows yet."""
    folded = _unquoted(fold(text))
    mentions = find_mentions(text)
    out: list[Statement] = []
    seen: set[int] = set()
    for mention in mentions:
        if mention.role == "self":
            continue  # "I sign", "je décide": _MINE reads the contact's own words
        after = _SIGN_AFTER.match(folded, mention.end)
        if (
            after is None
            and mention.role not in ("", "pronoun", "manager")
            and not mention.name
            and text.islower()
        ):
            named = _lower_named(folded, mention)  # "the provost doctor amara singh signs" (no capitals)
            if named is not None:
                mention, after = named
        if after is None and (p := _POSSESSIVE_CALL.match(folded, mention.end)):
            out.append(Statement(mention, mention.start, p.end(), p.group(), 3))
            seen.add(mention.start)
            continue
        if after is None:
            continue
        cue = after["cue"]
        negative = bool(after["neg"]) or _negated_before(folded, mention.start)
        strength = (
            3
            if re.search(
                r"sign|final|last|dernier|tranch|stylo|budget|cordons|feu\s+vert|money|funds|argent|depense|spend|"
                r"expenditure",
                cue,
            )
            else 2
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
            if re.search(r"(?:up|down)\s+to$", cue) and _OTHER_TASK.match(folded, mention.end):
                continue  # "it's up to me to convince the board": a task, not the decision
            strength = 3 if re.search(r"final|last|dernier|sign|holder", cue) else 2
            start = mention.start - len(window) + m.start()
            out.append(Statement(mention, start, mention.end, cue, strength))
    for m in _MINE.finditer(folded):
        if any(s.start <= m.start() < s.end for s in out):
            continue
        negative = (
            _negated_before(folded, m.start())
            or bool(re.search(r"\b(?:don't|do\s+not|ne)\b", m.group()))
            or bool(_NEGATED_AFTER.match(folded, m.end()))  # "je décide pas" (spoken French, no "ne")
        )
        who = Mention("", "self", m.start(), m.end())
        out.append(Statement(who, m.start(), m.end(), m.group(), 3, negative))
    for m in _SIGNER_UNKNOWN.finditer(folded):
        out.append(Statement(None, m.start(), m.end(), m.group(), 2, True))
    out.sort(key=lambda s: s.start)
    out = [_named_after(s, folded, mentions) for s in out]
    # "I hold the budget, but above 50k the MD signs": the signer after the contrast replaces the first
    return [
        s
        for i, s in enumerate(out)
        if not any(
            o.who is not None
            and s.who is not None
            and not o.negative
            and o.who.identity != s.who.identity
            and _CONTRAST.search(folded, s.end, max(s.end, o.start))
            for o in out[i + 1 :]
        )
    ]


_CONTRAST = re.compile(r"(?<![\w'])(?:but|mais|however|though|cependant|toutefois)(?![\w'])", _F)


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
    r"will|va|would|'ll|'d|veut|wants\s+to|is\s+the\s+one(?:\s+who)?|'s\s+the\s+one(?:\s+who)?|c'est\s+(?:lui|elle)\s+qui|"
    r"'s\s+been|have\s+been|'ve\s+been|"
    r"a|avait)\s+){0,3}"
    r"(?P<cue>(?:is\s+|'s\s+)?(?:pushing|push(?:es)?)\s+(?:hard\s+|a\s+lot\s+|really\s+)?(?:for|this|it)|"
    r"(?:is\s+|'s\s+)?(?:championing|sponsoring|driving|leading|championed|sponsored|drove)\s+(?:this|it|the)|"
    # "she's been chasing this for two years", "has been asking for it": after it for a long time
    r"(?:chasing|asking\s+for|lobbying\s+for|pushing\s+for|begging\s+for|nagging\s+(?:me|us)\s+about)\s+(?:this|it)"
    r"(?=\s+(?:for|since|ever|all)\b)|"
    r"(?:is|'s)\s+(?:our|the|a|my|an)\s+(?:internal\s+)?(?:champion|sponsor|advocate|ally|big\s+fan)|"
    r"(?:is|'s)\s+(?:our|the|your|my)\s+(?:biggest|number\s+one|strongest|most\s+vocal)\s+(?:fan|supporter|advocate|"
    r"champion)|"
    r"(?:is|'s)\s+(?:a\s+)?(?:huge|big|real)\s+(?:fan|supporter|advocate)|"
    r"(?:is|'s)\s+(?:(?:very|really|super|totally|fully)\s+)?(?:on\s+board|behind\s+(?:it|this|us)|convinced|sold\s+on\s+(?:it|this|the\s+idea))|"
    r"(?:(?:will|would|can|could)\s+)?(?:sell|champion|push|carry|defend|advocate\s+for|back)\s+(?:it|this|us)"
    r"(?=\s+(?:all\s+the\s+way|internally|in\s+house|hard|fully|to\s+the\s+hilt)|\s*[.,;!]|\s*$)|"
    r"(?:will|would|can|could)\s+(?:sell|champion|push|carry|defend|advocate\s+for)\s+(?:it|this)|"
    r"(?:will|would|can|could)\s+push\s+(?:internally|in[-\s]house|inside)|"
    r"(?:brought|put)\s+(?:this|it|you)\s+(?:up|in|forward|on\s+the\s+table)|"
    r"(?:make|makes|making)\s+the\s+case(?:\s+for\s+(?:it|this|us))?|advocat(?:e|es|ing)\s+for\s+(?:it|this|us)|"
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
    r"(?:is|will\s+be|would\s+be|est|sera|c'est)|(?:sponsor|champion|champ)(?:\s+(?:interne|internal))?\s*(?::|,|-|=)|"
    r"(?:the\s+one|la\s+personne|celui|celle)\s+(?:pushing|driving|qui\s+pousse|qui\s+porte)\s+(?:for\s+)?(?:this|it|le\s+projet)?\s*(?:is|c'est|est)|"
    r"(?:pushed|driven|championed|sponsored|porte|pousse|soutenu)\s+(?:by|par)|"
    r"(?:c'est|it's|it\s+is)\s+(?:surtout\s+|really\s+|vraiment\s+)?)\s*$",
    _F,
)
_CHAMP_SELF = re.compile(
    r"(?<![\w'])(?:i(?:'ll|\s+will|'m\s+going\s+to|\s+can|\s+would|'d)?\s+(?:happily\s+|still\s+|keep\s+|continue\s+to\s+|definitely\s+)?(?:push(?:ing)?|champion(?:ing)?|sponsor|sell\s+(?:it|this)|"
    r"carry|drive|advocate\s+for|fight\s+for|defend)\s+(?:for\s+)?(?:this|it|the\s+project|internally|in\s+house|(?:the\s+)?(?:case|idea))|"
    r"i(?:'m|\s+am)\s+(?:the\s+one\s+)?(?:pushing|driving|championing|sponsoring|leading)\s+(?:for\s+)?(?:this|it|the\s+project)|"
    r"i(?:'m|\s+am|'ll\s+be|\s+will\s+be)\s+(?:the\s+|your\s+)?(?:internal\s+)?(?:champion|sponsor|advocate)|"
    r"je\s+(?:vais\s+|peux\s+|suis\s+pret(?:e)?\s+a\s+)?(?:porter|pousser|defendre|porte|pousse|defends|soutenir|soutiens|vendre)\s+"
    r"(?:le\s+projet|le\s+sujet|le\s+dossier|ce\s+projet|en\s+interne|ca\s+en\s+interne|votre\s+solution|la\s+solution)|"
    r"c'est\s+moi\s+qui\s+(?:porte|pousse)|je\s+suis\s+(?:le|la|votre|un|une)\s+(?:sponsor|champion(?:ne)?|relais|moteur)|"
    # "je vais le défendre auprès de la direction", "je la pousserai en interne"
    r"je\s+(?:vais\s+|peux\s+|compte\s+)?(?:le|la|l')\s*(?:defendre|defendrai|pousser|pousserai|porter|porterai|soutenir|"
    r"soutiendrai|vendre|vendrai)(?=\s+(?:aupres|en\s+interne|devant|face|jusqu|a\s+fond|au\s+comite|au\s+conseil)|"
    r"\s*[.,;!]|\s*$)|"
    r"c'est\s+moi\s+qui\s+(?:ai\s+)?(?:demande|lance|initie|propose|mis\s+(?:ca|le\s+sujet)\s+sur\s+la\s+table)|"
    r"i\s+(?:brought|initiated|started|kicked\s+off|proposed)\s+(?:this|it|the\s+project)|(?:it\s+was|this\s+was)\s+my\s+idea|"
    # the contact promising that it will happen: "I'll make it happen", "je ferai tout pour que ça passe"
    r"i(?:'ll|\s+will|'m\s+going\s+to)\s+(?:make\s+(?:it|this)\s+happen|see\s+(?:it|this)\s+through|make\s+sure\s+(?:it|this|that)\s+"
    r"(?:happens|goes\s+(?:ahead|through)|gets\s+(?:done|approved|signed)))|"
    r"je\s+(?:vais|veux)\s+faire\s+en\s+sorte\s+que\s+(?:ca|cela)\s+(?:se\s+fasse|passe|aboutisse|se\s+realise)|"
    r"je\s+(?:ferai|vais\s+tout\s+faire|ferai\s+tout)\s+(?:tout\s+)?pour\s+que\s+(?:ca|cela)\s+(?:se\s+fasse|passe|aboutisse)|"
    # the contact as the vendor's person inside, or promising to win colleagues over
    r"i(?:'ll|\s+will|'m\s+going\s+to|\s+can|'d)?\s+be\s+(?:your|the)\s+(?:guy|man|woman|person|ally|friend|voice|"
    r"eyes\s+and\s+ears)\s+(?:on\s+the\s+inside|inside|in\s+here|internally|in\s+house)|"
    r"i(?:'ll|\s+will|'m\s+going\s+to|\s+can|\s+could)\s+(?:get|bring)\s+(?:\w+\s+){1,3}?(?:on\s+board|onside|round)|"
    r"i(?:'ll|\s+will|'m\s+going\s+to|\s+can|\s+could)\s+win\s+(?:\w+\s+){1,3}?over|"
    r"je\s+(?:serai|suis)\s+votre\s+(?:relais|allie(?:e)?|porte-parole|homme|femme)(?:\s+(?:en\s+interne|a\s+l'interieur|"
    r"dans\s+la\s+maison))?|"
    r"je\s+(?:vais|peux|saurai|me\s+charge\s+de)\s+(?:convaincre|rallier|persuader)\s+(?:la\s+direction|le\s+patron|"
    r"la\s+patronne|le\s+conseil|le\s+comite|les\s+equipes|l'equipe|mes\s+collegues|les\s+autres|(?:mon|ma|notre|le|la|"
    r"les)\s+(?:associee?s?|chefs?|directeurs?|directrices?|dg|daf|pdg|n\+1|responsables?|superieure?s?)|tout\s+le\s+monde))"
    r"(?![\w])",
    _F,
)
_NO_CHAMPION = re.compile(
    r"(?<![\w'])(?:(?:no\s*one|nobody|no\s+one)(?:'s|’s)?\s+(?:\w+\s+){0,3}?(?:is\s+|really\s+|going\s+to\s+|will\s+|would\s+)*"
    r"(?:push(?:ing)?|driv(?:e|ing)|champion(?:ing)?|owns|owning|sponsor(?:ing)?|behind|bang(?:ing)?\s+the\s+drum|"
    r"fight(?:ing)?\s+for)|"
    r"(?:there's|there\s+is)\s+no\s+(?:internal\s+)?(?:sponsor|champion|owner)|no\s+(?:internal\s+)?(?:sponsor|champion)|"
    r"(?:i'm|i\s+am|i'd\s+be)\s+not\s+(?:going\s+to\s+)?(?:the\s+one\s+)?(?:push|pushing|championing|your\s+champion)|"
    r"i\s+(?:won't|will\s+not|can't|cannot)\s+(?:push|champion|carry|sell)\s+(?:this|it)|"
    r"personne\s+(?:ne\s+)?(?:porte|pousse|soutient|defend)|pas\s+de\s+(?:sponsor|champion|porteur)|"
    r"aucun\s+(?:sponsor|champion|porteur)|je\s+ne\s+(?:vais\s+pas\s+)?(?:le\s+|la\s+|ca\s+)?(?:porter|pousser|defendre)|je\s+ne\s+(?:le\s+|la\s+)?(?:porte|pousse)\s+pas|"
    r"personne\s+(?:ici\s+)?(?:ne\s+|n')?(?:va\s+)?(?:le\s+|la\s+|l'|les\s+)?(?:porter|pousser|defendre|porte|pousse|"
    r"defend|soutenir|soutient))(?![\w])",
    _F,
)


def find_champions(text: str) -> list[Statement]:
    """Who pushes for the purchase inside the prospect's company (named, a role, or the contact)."""
    folded = _unquoted(fold(text))
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


# --- who a speaker is, when their label names nobody -----------------------------------------------

_HONORIFIC = r"(?:(?:Mr|Mrs|Ms|Miss|Dr|Madame|Monsieur|Mme|M)\.?\s+)"
_GREETING = (
    r"(?:(?i:hi|hello|hey|morning|afternoon|evening|good\s+(?:morning|afternoon|evening)|thanks|thank\s+you|"
    r"cheers|and|so|okay|ok|right|great|perfect|bye|bonjour|bonsoir|salut|merci(?:\s+beaucoup)?|et|alors|"
    r"donc|parfait|entendu|au\s+revoir))"
)
# A rep's turn that speaks to someone by name, at its start ("Bonjour Madame Roux, ...", "And Dev, what
# ...", "Priya, over to you") or at its end ("Thanks, Dev.", "Merci Monsieur Vidal, bonne journée.").
_ADDRESS_START = re.compile(
    rf"^\W*(?:{_GREETING}[\s,!]+)*(?P<h>{_HONORIFIC})?(?P<name>{_NAME_TOKEN}(?:\s+{_NAME_TOKEN})?)\s*[,!]"
)
_ADDRESS_END = re.compile(
    rf"(?:^|[.!?]\s+){_GREETING}(?:[\s,]+{_GREETING})*[\s,]+(?P<h>{_HONORIFIC})?(?P<name>{_NAME_TOKEN}"
    rf"(?:\s+{_NAME_TOKEN})?)\s*(?:[,.!]|$)"
)


# Inside the turn, a title and a name that close a sentence: "Donc vous êtes la gérante, Madame Costa."
_ADDRESS_INSIDE = re.compile(rf",\s*(?P<h>{_HONORIFIC})(?P<name>{_NAME_TOKEN}(?:\s+{_NAME_TOKEN})?)\s*[.?!]")


def addressed(text: str) -> tuple[str, bool] | None:
    """The person a rep's turn speaks to by name, and whether at its start (the next speaker answers)
    or at its end (the one who spoke before is thanked); None when it names nobody, or several."""
    for rx, at_start in ((_ADDRESS_START, True), (_ADDRESS_END, False)):
        m = rx.search(text)
        if m is None:
            continue
        name = m["name"]
        if m["h"] is None and (not _name_ok(name) or len(name) < 3):
            continue  # "So, ...", "Okay, ..."
        if fold(name.split()[0]) in _NOT_NAME or find_roles(name):
            continue
        rest = text[m.end() :] if at_start else text[: m.start()]
        if at_start and re.match(rf"\s*(?:{_GREETING}\s+)?{_NAME_TOKEN}\s*[,!]", rest):
            return None  # "Hi Leah, hi Priya": two people at once
        return (m["h"] or "") + name, at_start  # "Monsieur Hueber": the title kept, as said
    if (m := _ADDRESS_INSIDE.search(text)) and fold(m["name"].split()[0]) not in _NOT_NAME:
        return m["h"] + m["name"], True
    return None
