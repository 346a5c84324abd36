"""Other vendors in what a prospect says, in English and French: which are in the running.

`find_competitors(text)`: the other vendors named as being looked at ("we're also talking to
Pipedrive and HubSpot", "on a vu une démo de Sellsy"), by no list of brands: a name after a cue of
evaluating ("a demo from X", "on compare avec X"), a name before what vendors do ("X quoted us",
"X nous a fait une offre", "X's rep came by"), lists of them ("X, Y and Z"), and otherwise a
product-shaped name in a clause about evaluating vendors ("X was cheaper") that is no person,
place, label or standard. In lower-case speech-to-text, a word that is no common word after such a
cue ("we had a demo from kantata").

Names are told by their capitals, so the original text is matched; the cue words are matched on
the folded copy (accents and case ignored). Pure functions, no I/O.
"""

from __future__ import annotations

import itertools
import re

from interview.analysis.people import (
    _NOT_NAME,
    _TOOL_NAMES,
    _UP,
    _all_caps_role,
    find_mentions,
    find_names,
    find_roles,
)
from interview.analysis.recognisers import fold

_F = re.ASCII


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
