"""Other vendors in what a prospect says, in English and French: which are in the running.

`find_competitors(text)`: the other vendors named as being looked at ("we're also talking to
Pipedrive and HubSpot", "on a vu une démo de Sellsy"), by no list of brands: a name after a cue of
evaluating ("a demo from X", "on compare avec X"), a name before what vendors do ("X quoted us",
"X nous a fait une offre", "X's rep came by"), lists of them ("X, Y and Z"), and otherwise a
product-shaped name in a clause about evaluating vendors ("X was cheaper") that is no person,
place, label or standard. In lower-case speech-to-text, a word that is no common word after such a
cue ("we had a demo from kantata").

Also a peer who uses or recommends a product ("my cousin swears by X"), a second name coordinated with
a rival ("a demo from X in May and one from Y in June"), a bare name that goes on a list. Never a
rival: a place ("a buddy in Leeds"), a common first name, a person the call describes ("Thabo, he
signs"), the company a speaker works at ("I'm head of ops at X"), a body that audits them, the tool
in use complained about ("we're on X ... X is too expensive for us").

Names are told by their capitals, so the original text is matched; the cue words are matched on
the folded copy (accents and case ignored). A capital says little at the start of a sentence, so
`call_words` reads how each word is written over the whole call and `ordinary_word` tells "Nice
enough." or "Trop cher." from a name. Pure functions, no I/O.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass

from interview.analysis.people import (
    _LOW,
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
    r"(?:recu|attend\w*|demande)\s+(?:toujours\s+|encore\s+|deja\s+)?(?:l'offre|le\s+devis|la\s+proposition|la\s+demo|le\s+chiffrage|"
    r"les\s+prix|les\s+tarifs)\s+(?:de\s+chez|de|d')|"
    # "une consultation auprès de X", "on a demandé à X de nous chiffrer le projet"
    r"(?:consultation|appel\s+d'offres?|mise\s+en\s+concurrence)\s+aupres\s+(?:de\s+|d')|"
    r"demande\w*\s+a(?=\s+[a-z0-9][\w.]*\s+(?:et\s+\S+\s+)?de\s+(?:nous\s+)?(?:chiffrer|coter|proposer|presenter|"
    r"repondre|faire\s+(?:un|une)\s+(?:devis|offre|proposition|demo)))|"
    r"(?:waiting|wait)\s+(?:on|for)\s+(?:a\s+|the\s+)?(?:quote|proposal|numbers|pricing|price|offer|bid)s?\s+from|"
    r"l'(?:offre|equipe|outil|editeur)\s+(?:de\s+chez|de|d')|"
    r"eval'?ing|eval'?d|(?:asked|ask)(?=\s+[A-Z0-9a-z][\w.]*\s+(?:and\s+\S+\s+)?(?:for\s+(?:pricing|prices|a\s+quote|quotes|"
    r"a\s+proposal|proposals|a\s+demo)|to\s+(?:tender|bid|quote|pitch|present|demo|respond|submit)))|"
    # the one they would take instead: "if not you, it'd probably be X", "sinon ce serait X"
    r"(?:if\s+not\s+(?:you|yours|vous)|otherwise|failing\s+that|sinon|a\s+defaut)\s*,?\s*(?:it'?d|it\s+would|we'?d|"
    r"we\s+would|ce\s+serait|ca\s+serait|on\s+prendrait|on\s+partirait\s+sur)\s+(?:probably\s+|likely\s+|sans\s+doute\s+|"
    r"surement\s+|probablement\s+)?(?:be\s+|go\s+(?:with|for)\s+|pick\s+)?|"
    r"demande\w*\s+(?:des\s+prix|un\s+prix|des\s+tarifs|un\s+devis|des\s+devis|une\s+offre|une\s+demo)\s+(?:a|au|aux|chez)|"
    r"(?:offre|devis|proposition|bid|offer|quote|proposal)s?\s+(?:vient|viennent|venait|came|comes|come)\s+"
    r"(?:de\s+chez|de|d'|from)|"
    r"face\s+a|en\s+face\s+de|head-to-head\s+with|bake-?off\s+(?:with|against|between)|pitted\s+against|"
    r"(?:also\s+|to\s+)?consider(?:ed)?|comparing|(?:a\s+|une\s+)?presentations?\s+(?:from|by|of|de|d'|chez)|"
    r"(?:sat|sit|sitting)\s+down\s+with|met\s+with|(?:spoke|spoken)\s+(?:to|with)|"
    r"(?:short\s?-?list|running|mix)\s+(?:is|are|includes?|has)\s*:?|"
    r"(?:short\s?-?list(?:ed)?|finalists?|liste\s+restreinte|short-?liste)\s*(?::|-|–)|"
    # what they received, then its list: "two quotes: X and Y", "deux devis : X et Y"
    r"(?:quotes|proposals|bids|pitches|demos|offers|devis|offres|propositions|presentations)\s*:|"
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
    r"(?:aussi\s+|egalement\s+|deja\s+)?(?:avec\s+)?|(?:doit|devons|va|vais|allons|faut|voudrait|voudrions)\s+"
    r"(?:voir|regarder|tester|evaluer|comparer|rencontrer)\s+|"
    r"(?:en\s+)?(?:discussion|contact|concurrence|competition|lice)\s+avec|(?:un\s+|a\s+)?contacts?\s+(?:chez|at)\s+|(?:une?\s+|des\s+)(?:demo|devis|proposition|offre|poc|essai|presentation)\s+(?:de\s+|d'|chez\s+|avec\s+)?|"
    r"(?:demo|devis|proposition|offre|poc|essai)\s+(?:de\s+|d'|chez\s+|avec\s+)|"
    r"(?:vu|rencontre)\s+|(?:concurrents?|alternatives?|autres?\s+(?:solutions?|editeurs?|fournisseurs?|outils?|acteurs?|"
    r"prestataires?))"
    r"(?:\s+(?:sont|comme|tels?\s+que))?\s*(?::|,)?)(?:\s+(?:les\s+gens\s+de|the\s+guys\s+(?:at|from)|people\s+(?:at|from)|the\s+folks\s+at))?\s*",
    _F,
)
# More ways a vendor is put before them, the name after: a tender sent out, a pilot run, the other
# option on the table, a walkthrough or a webinar, a product tried or downloaded, recommended or
# heard of, a meeting booked, the quote got from it, the one they'd pick you over, how you differ.
_MORE_CUES = re.compile(
    # a label of notes that heads a list of rivals: "Competition = X, Y", "Shortlist: X", "Autres pistes : X"
    r"^\W*(?:main\s+|biggest\s+|key\s+|primary\s+|principal\s+|real\s+)?(?:competition|competing|competitors?|threats?|competitive\s+landscape|compet|comp|alternatives?(?:\s+[a-z]+)?|"
    r"short-?list(?:ed)?|vendors?(?:\s+in\s+(?:play|the\s+mix))?|other\s+(?:vendors?|options?|tools?|solutions?|players?|suppliers?|contenders?)(?:\s+in\s+(?:play|the\s+mix))?|"
    r"(?:autres\s+)?pistes|concurren\w*|en\s+lice|rivals?)\s*\.?\s*(?:[:=]|->|→|–)\s*|"
    r"(?<![\w'])(?:"
    # the one they rank first: "the one we liked best was X", "le moins cher, c'est X"
    r"(?:the\s+one\s+we\s+(?:liked|preferred|rated)(?:\s+(?:best|most|highest))?|the\s+(?:cheapest|best|strongest|closest)|our\s+favou?rite|"
    r"the\s+favou?rite|le\s+moins\s+cher|le\s+mieux\s+place|le\s+meilleur|la\s+meilleure|celui\s+qu'on\s+prefere|"
    r"notre\s+favori)(?:\s+(?:so\s+far|one|option|pour\s+l'instant|jusqu'ici|a\s+date))?\s*,?\s*"
    r"(?:is|was|would\s+be|c'est|c'etait)\s+|"
    # "narrowed it to two: you and X"
    r"(?:narrowed|whittled|cut)\s+(?:it\s+)?(?:down\s+)?to\s+(?:(?:two|three|2|3)\s*:?\s*)?(?:(?:you|yourselves)\s+(?:and|or)\s+)?|"
    r"(?:between|entre)\s+(?:you|vous|yourselves)(?:\s*,\s*|\s+(?:and|et)\s+|\s+)|"
    r"(?:rendez-vous|rdv|reunion|meeting|call)\s+(?:prevue?\s+|calee?\s+|fixee?\s+)?(?:with|avec)\s+|"
    # the fallback: "if we don't go with you, it's X"
    r"(?:if\s+(?:we\s+)?(?:don't|do\s+not|didn't)\s+(?:go\s+with|pick|choose|take)\s+(?:you|yours)|"
    r"si\s+ce\s+n'est\s+pas\s+vous|si\s+on\s+ne\s+vous\s+(?:prend|choisit)\s+pas)\s*,?\s*(?:it'?s|it\s+is|it'?d|"
    r"it\s+would|it\s+will|it'll|ce\s+sera|ce\s+serait|c'est)\s+(?:probably\s+|likely\s+|surement\s+)?(?:be\s+)?|"
    r"(?:lost\s+(?:out\s+)?to|perdu\s+(?:face\s+[aà]|contre|au\s+profit\s+de))\s+|"
    r"(?:we|i)\s+(?:also\s+|already\s+)?met(?:\s+with)?\s+|"
    # told about it by nobody in particular: "on nous a parlé de X", "someone pointed us to X"
    r"(?:on\s+nous\s+a|on\s+m'a)\s+(?:aussi\s+)?(?:parle\s+(?:de\s+|d')|conseille|recommande|montre|presente)|"
    r"(?:someone|somebody|people|a\s+few\s+people)\s+(?:keep\s+)?(?:told|tell|showed|pointed|mentioned|recommended)"
    r"\s+(?:us|me)?\s*(?:about|to|at|towards)?\s*|"
    r"(?:we|i)(?:\s+were|\s+was|\s+have\s+been|'ve\s+been)\s+(?:told\s+about|pointed\s+(?:to|at|towards)|recommended)\s+|"
    # you measured against a rival: "you'd have to be cheaper than X", "il faudrait faire mieux que X"
    r"(?:you(?:'d|'re|\s+are|\s+would)?|vous|yours|your\s+(?:price|quote|tool|product|offer))\s+(?:[a-z']+\s+){0,3}?"
    r"(?:cheaper|better|faster|easier|simpler|mieux|moins\s+chers?|plus\s+simples?)\s+(?:than|que|qu')\s*|"
    r"faire\s+mieux\s+(?:que|qu')\s*|"
    r"(?:got|get|getting|received|had)\s+(?:one|another|a\s+second|a\s+third)\s+(?:from|out\s+of)\s+|"
    # a vendor named by what it is: "a small outfit out of Leeds called X", "une boîte qui s'appelle X"
    r"(?:company|vendor|firm|outfit|startup|start-up|supplier|provider|product|platform|app|software|system|"
    r"boite|societe|entreprise|solution|editeur|logiciel|appli|plateforme|prestataire)\s+(?:[\w'-]+\s+){0,4}?"
    r"(?:called|named|qui\s+s'appelle|appelee?|nommee?)\s+|"
    r"(?:had|having|have|ongoing|eu|avons\s+eu)\s+(?:(?:a\s+few|some|several|two|initial|early|first|quelques|"
    r"plusieurs|des|premiers?)\s+){0,2}(?:conversations?|discussions?|talks|chats?|echanges?|rendez-vous)\s+(?:with|avec)\s+|"
    r"(?:tender|rfp|rfq|rfi|brief|invitation|appel\s+d'offres?|cahier\s+des\s+charges)s?\s+"
    r"(?:went|go(?:es)?|gone|was\s+sent|were\s+sent|is\s+out|envoye\w*|parti|transmis)\s+(?:out\s+)?(?:to|a|aux?)|"
    r"(?:ran|run|running|did|doing|done|started|starting|mene|menons|lance|fait)\s+(?:a\s+|the\s+|un\s+|une\s+|le\s+)?"
    r"(?:small\s+|short\s+|quick\s+|petit\s+)?(?:pilot|trial|poc|proof\s+of\s+concept|pilote|essai|test)\s+"
    r"(?:with|of|on|avec|de|d'|chez)|"
    r"(?:other|second|third|only\s+other|l'autre|autre|deuxieme|seconde)\s+(?:option|name|choice|contender|candidate|"
    r"runner|piste|solution|candidat)s?\s*(?:(?:on\s+the\s+(?:table|list)|sur\s+la\s+table)\s*)?"
    r"(?:is\s|are\s|would\s+be|was\s|,?\s*c'est|,?\s*c'etait|,?\s*ce\s+serait)\s*:?|"
    r"(?:the\s+)?(?:candidates?|contenders?|finalists?|runners)\s+(?:are|is|were|sont)\s*:?|"
    # "the other one we looked at was X", "l'autre qu'on a vu, c'est X"
    r"other\s+(?:one|ones|option|options|vendor|vendors|tool|tools|product|products)\s+(?:we|i)\s+(?:also\s+)?"
    r"(?:looked\s+at|saw|considered|spoke\s+(?:to|with)|talked\s+(?:to|with)|met(?:\s+with)?|trialled|trialed)\s+"
    r"(?:was|were|is|are)\s*:?|"
    r"l'autre\s+(?:qu'on\s+a|que\s+j'ai|que\s+nous\s+avons)\s+(?:vu|rencontre|regarde|teste|consulte)e?\s*,?\s*"
    r"(?:c'est|c'etait)|"
    r"(?:en\s+face|face\s+a\s+vous)\s*,?\s*(?:il\s+y\s+a|c'est|on\s+a)|"
    r"(?:walk-?through|run-?through|tour|webinar|webinaire|showcase|sneak\s+peek|visite|atelier|maquette|prototype|"
    r"mock-?up|sandbox)s?\s+"
    r"(?:of|from|by|with|de|d'|chez|avec)|"
    r"(?:downloaded|signed\s+up\s+(?:for|to|with)|registered\s+(?:for|with)|"
    r"had\s+a\s+(?:play|go|tinker|fiddle|poke|dig)\s+(?:around\s+)?(?:with|at|on|in)|played\s+(?:around\s+)?with|"
    r"telecharge|inscrits?\s+(?:sur|chez|a))|"
    r"(?:recommended|suggested|recommande|conseille)\s+(?:(?:that\s+)?(?:we\s+|us\s+)?(?:look\s+at|try|check\s+out|go\s+with)\s+)?|"
    r"(?:heard\s+(?:good\s+|great\s+|nice\s+|bad\s+|mixed\s+|a\s+lot\s+of\s+good\s+)?(?:things\s+)?(?:about|of)|"
    r"entendu\s+(?:parler|du\s+bien|beaucoup\s+de\s+bien)\s+(?:de|d')|renseigne\w*\s+sur|croise)|"
    r"(?:look|looks)\s+(?:at|into)|"
    r"(?:we're|we\s+are|i'm|i\s+am)\s+(?:also\s+)?meeting(?:\s+with)?|"
    r"(?:call|meeting|demo|session|presentation|rendez-vous|rdv|reunion)s?\s+(?:booked|scheduled|set\s+up|lined\s+up|"
    r"planned|pencilled\s+in|prevue?s?|cale\w*|fixee?s?)\s+(?:in\s+)?(?:with|avec)|"
    r"(?:quote|price|pricing|proposal|number|numbers|offer|bid|figure|devis|offre|proposition|prix|chiffrage)s?\s+"
    r"(?:we|i|qu'on|que\s+nous|que\s+j'ai)\s+(?:got|received|had|a\s+recue?|avons\s+recue?|ai\s+recue?)\s+"
    r"(?:from|de|d'|de\s+chez)|"
    r"(?:you|vous)\s+(?:[a-z]+\s+)?(?:over|instead\s+of|rather\s+than|plutot\s+que|au\s+lieu\s+de)|"
    r"(?:we|i|they|on|j'ai|nous\s+avons|ils\s+ont)\s+(?:also\s+|first\s+|briefly\s+|aussi\s+)?saw|"
    r"(?:trial\s+(?:licen[cs]e|account|version|period)|free\s+trial|(?:periode|version|licence|compte|mois)\s+"
    r"d'essai)\s+(?:of|from|with|on|de|d'|chez|avec|sur)|"
    r"(?:you(?:'re|\s+are)?|yourselves|vous)\s+(?:[a-z]+\s+){0,2}?(?:different|differ|distingue\w*|differencie\w*)\s+"
    r"(?:from|de|d')|(?:differentiates?|sets?)\s+(?:you|yourselves)\s+(?:apart\s+)?from|"
    r"compare\w*\s+(?:yourselves?\s+|you\s+|vous\s+)?(?:to|with|against|a|avec))(?:(?<=['\s:])|(?![\w]))\s*",
    _F,
)
# "a Veeam quote", "BambooHR's free trial", "Blue Yonder is on the RFP list": the name before the cue.
_COMPETE_AFTER = re.compile(
    r"(?:'s|’s)?\s+(?:free\s+)?(?:quote|demo|proposal|trial|pitch|poc|offer)s?\b|(?:\s+(?:is|are))?(?:\s+also)?\s+on\s+(?:the\s+|our\s+)?(?:rfp\s+|short\s?-?)?list|"
    r"\s+(?:came|come|comes|coming)\s+in\s+(?:a\s+lot|a\s+bit|a\s+little|slightly|quite|far|much|way|well|just)?\s*(?:cheaper|lower|under|below|at)(?![\w])|"
    r"\s+(?:came|come|was|were)\s+in|\s+in\s+(?:two|\d+|a\s+few|last)\s+(?:weeks?|days?)|"
    r"\s+in\s+for\s+(?:a\s+|an\s+)?(?:demo|pitch|presentation|meeting|chat|workshop)|"
    r"\s+in\s+to\s+(?:present|demo|pitch|show\s+us)|"
    r"\s*,?\s*(?:qu'on|que\s+nous|que\s+j'ai|which\s+we|that\s+we|who\s+we|which\s+i)\s+(?:a\s+|avons\s+|ai\s+|avait\s+|"
    r"'ve\s+|have\s+|had\s+)?(?:also\s+|aussi\s+|d[eé]j[aà]\s+)?(?:vu|rencontr[eé]|test[eé]|regard[eé]|consult[eé]|"
    r"saw|seen|met|looked\s+at|trialled|trialed|tested|demoed|spoke\s+to)(?![\w])|"
    r"\s+coming\s+(?:in|over|round)\s+(?:next|this|on|to|for|tomorrow|later)(?![\w])|"
    r"\s+(?:quoted|pitched|demoed)\s+(?:us|me)|\s+(?:sent|gave)\s+us\s+(?:a\s+)?(?:quote|proposal|price|pricing|demo)|"
    r"(?:\s+(?:is|are))?(?:\s+also)?\s+in\s+the\s+(?:running|mix|frame)|"
    r"(?:'s|’s)?\s+(?:sales\s+)?(?:reps?|salesperson|salesman|account\s+(?:manager|exec\w*)|team|people|guys|folks)"
    r"\s+(?:came|come|dropped|reached|called|rang|visited|pitched|demoed|showed|presented|sent|gave|offered|quoted)|"
    r"(?:\s+(?:all|both|also|each|have|has|already|just|recently))+\s+(?:pitched|quoted|demoed|came|presented|"
    r"reached|offered|contacted|sent)|"
    r",?\s+ils\s+nous\s+ont\s+(?:fait|envoy[eé]|propos[eé]|pr[eé]sent[eé]|montr[eé])|"
    r"\s+(?:is|are|was|were)\s+(?:also\s+|a\s+(?:bit|lot)\s+|much\s+|way\s+|still\s+)?(?:cheaper|pricier|"
    r"more\s+expensive|dearer|less\s+expensive|ahead|the\s+front[\s-]?runners?|(?:coming|came)\s+in|pitching|quoting|demoing)|"
    r"\s+(?:has|have|had)\s+(?:also\s+|already\s+)?(?:been\s+in\s+touch|put\s+in\s+(?:a\s+)?(?:bid|quote|proposal|"
    r"offer)|pitched|quoted|demoed)|\s+reckon\s+they|"
    r"\s+(?:guys|people|folks|team|lot)\s+(?:were\s+(?:here|in)|came|visited|dropped|presented|pitched|demoed)|"
    r"\s+(?:est|sont)\s+(?:aussi\s+)?(?:(?:un\s+peu\s+|beaucoup\s+|bien\s+)?(?:moins|plus)\s+cher|devant|"
    r"en\s+t[eê]te)|\s+nous\s+(?:propose|proposent|offre|offrent)(?![\w])|"
    r"(?:(?:'s|’s)?\s+(?:\w+\s+)?(?:partners?|resellers?|integrators?))?\s+(?:quoted(?!\s+(?:the|a|an|him|her|it|that|this)\b)|"
    r"(?:pitched|demoed|demo'd)(?=\s+(?:us|me|to\s+us|last|yesterday|this|on|in|,|\.)|$))|"
    r"\s+(?:en|in)\s+(?:poc|pilot|trial|essai|lice|concurrence|competition)(?![\w])|"
    r"\s+undercut|\s+gave\s+us\s+(?:a\s+)?(?:better|lower|cheaper|good)|"
    # a vendor at work on them: "X are coming to present", "X keeps chasing us", "X nous relance"
    r"\s+(?:is|are|was|were)\s+coming\s+(?:in\s+)?to\s+(?:present|demo|pitch|show)|"
    r"\s+(?:is|are)\s+presenting\s+(?:to|on|next|this|their)|"
    r"\s+(?:(?:has|have)\s+been|keeps?|kept)\s+(?:chasing|calling|pitching|emailing|ringing|hounding|pushing|courting)"
    r"\s+(?:us|me)|\s+(?:vient|viennent|va|vont)\s+(?:nous\s+)?(?:pr[eé]senter|montrer|faire\s+une\s+d[eé]mo)|"
    r"\s+nous\s+(?:relance|sollicite|harc[eè]le|d[eé]marche)(?:nt)?(?![\w])|\s+tien(?:t|nent)\s+la\s+corde|"
    r"\s+(?:nous\s+)?a\s+fait\s+une\s+(?:meilleure\s+|autre\s+)?(?:offre|proposition)|\s+(?:est|sont)\s+mieux\s+plac|"
    r"\s+(?:came|come)\s+(?:by|over|round|around|back\s+with)|\s+dropped\s+by|\s+reached\s+out|\s+offered\s+us|"
    r"\s+(?:is|are)\s+(?:also\s+)?(?:the\s+)?(?:only\s+)?(?:(?:two|three|2|3)\s+)?(?:other|others|alternatives?|"
    r"main\s+alternatives?)(?![\w])|"
    r"\s+(?:nous\s+a|nous\s+ont|m'a)\s+(?:d[eé]march[eé]s?|contact[eé]s?|approch[eé]s?|propos[eé])|"
    r"\s+(?:est|sont)\s+(?:venus?|pass[eé]s?)\s+(?:nous\s+)?(?:voir|pr[eé]senter|faire)|"
    r"\s+(?:d[eé]j[aà]|already|aussi|also)\s+(?:venus?|pass[eé]s?|in|came\s+in|been\s+in)(?![\w])|"
    r"\s+(?:nous\s+a|nous\s+ont|m'a|m'ont)\s+(?:fait|envoy[eé]|pr[eé]sent[eé])\s+(?:une?\s+|sa\s+|son\s+|leur\s+)?"
    r"(?:devis|offre|proposition|d[eé]mo|solution|outil|produit|logiciel|plateforme|soumission)|"
    r"(?:\s+(?:est|sont))?\s+(?:aussi\s+|[eé]galement\s+)?(?:dans\s+la\s+course|en\s+lice|sur\s+les\s+rangs)|"
    # more of a vendor at work: it answered the tender, put a proposal in, came back at a price,
    # gave a trial, showed its product, does the same thing, wants a sum, was recommended
    r"\s+(?:responded|replied|bid|tendered)\s+(?:to\s+)?(?:our|the|your)\s+(?:tender|rfp|rfq|rfi|brief|call)|"
    r"\s+(?:a|ont)\s+r[eé]pondu\s+(?:[aà]\s+)?(?:l'appel\s+d'offres?|notre\s+(?:appel|consultation|cahier)|la\s+consultation)|"
    r"\s+put\s+(?:in\s+|forward\s+|together\s+)?(?:a|an|their)\s+(?:proposal|bid|quote|offer|price)|"
    r"(?<=['’]s)\s+been\s+(?:chasing|calling|pitching|emailing|ringing|hounding|pushing|courting|in\s+touch)|"
    r"\s+gave\s+us\s+(?:a\s+|an\s+)?(?:free\s+)?(?:trial|demo|quote|price|discount|deal|licen[cs]e|login|access|proposal)|"
    r"\s+came\s+back\s+(?:at|with)\s+(?:[$€£]|\d|about|around|roughly|a\s+(?:quote|price|number|figure|proposal|"
    r"offer|bid|discount)|(?:a\s+)?(?:better|lower|higher|cheaper|revised|new)\s)|\s+approached\s+(?:us|me)|\s+(?:contacted|cold-?\s?called)\s+(?:us|me)|"
    r"\s+(?:showed|shows|demonstrated|walked)\s+us\s+(?:their|its|round|around|through)|"
    r"\s+(?:does|do|did|offers?|offered|sells?|propose|proposent|fait|font|offre|offrent|vend|vendent)\s+(?:exactly\s+|"
    r"pretty\s+much\s+|basically\s+|[aà]\s+peu\s+pr[eè]s\s+|exactement\s+)?(?:the\s+same(?:\s+thing)?|something\s+similar|la\s+m[eê]me\s+chose|pareil)|"
    r"\s+(?:wants?|charges?|charged|(?:is|are)\s+charging|asks?\s+for|asked\s+for|demande|demandent|veut|veulent)\s+"
    r"(?:about\s+|around\s+|roughly\s+|nearly\s+|over\s+|under\s+|just\s+|environ\s+)?(?:[$€£]|\d)|"
    r"\s+(?:is|are|was|were)\s+(?:about\s+|roughly\s+|around\s+|nearly\s+|almost\s+)?(?:half|double|twice|a\s+third)\s+"
    r"(?:of\s+)?(?:your|the|our)\s+(?:price|cost|budget)|"
    r"\s+(?:was|were|came|comes|got)\s+(?:highly\s+|strongly\s+|warmly\s+)?recommended|"
    r"(?<=['’]s)\s+(?:price|pricing|prices|rate|rates|bid|licen[cs]ing)(?![\w])|"
    r"\s+(?:nous\s+a|nous\s+ont|m'a)\s+(?:chiffr[eé]|cot[eé]|factur[eé]\s+[aà]\s+blanc)|"
    r"(?:'s|’s)?\s+(?:sales\s+)?(?:guy|person|lady|woman|man|rep)\s+(?:keeps?|kept|came|comes|called|rang|emailed|"
    r"dropped|visited|pitched|showed|sent)|"
    # a verdict on buying it: "X was way too expensive for us", "X is overkill", "X est hors budget"
    r"\s+(?:is|was|were|are|seemed|looked|felt)\s+(?:way\s+|far\s+|much\s+|a\s+bit\s+|a\s+little\s+|just\s+)?"
    r"(?:too\s+(?:expensive|pricey|dear|costly|big)\s+for\s+(?:us|a\s+\w+\s+(?:our|of\s+our)\s+size)|overkill|"
    r"out\s+of\s+(?:our\s+)?(?:budget|price\s+range|league))|"
    r"\s*(?:,\s*c'est|\s+(?:est|[eé]tait|sont))\s+(?:beaucoup\s+|bien\s+|un\s+peu\s+|largement\s+)?"
    r"(?:trop\s+cher\w*\s+pour\s+nous|hors\s+(?:budget|de\s+prix)|une\s+usine\s+[aà]\s+gaz|surdimensionn\w*)|"
    # shorthand of notes, without a verb: "X cheaper by 20%", "X = main threat", "X pitched CFO"
    r"\s+(?:cheaper|pricier|dearer|more\s+expensive|less\s+expensive|moins\s+cher|plus\s+cher)(?=\s+(?:by|than|que|de)|\s*[,.;]|$)|"
    r"\s*=\s*(?:the\s+)?(?:main\s+|biggest\s+|key\s+|real\s+)?(?:threat|rival|competitor|competition|alternative|"
    r"contender|front[\s-]?runner|menace|concurrent)|"
    r"\s+(?:pitched|demoed|demo'd|quoted)\s+(?:the\s+|our\s+)?(?:cfo|ceo|coo|md|gm|daf|dg|board|boss|owner|them|her|him|"
    r"directly|already|twice|again)(?![\w])|"
    r"\s+in\s+last\s+(?:wk|week|month|mth)|"
    r"\s+(?:nous\s+|m')?(?:a|ont)\s+[eé]t[eé]\s+(?:recommand|conseill)\w*|\s+(?:nous\s+a|nous\s+ont|m'a)\s+montr[eé]|"
    r"\s+(?:nous\s+a|nous\s+ont|m'a)\s+(?:envoy[eé]|transmis|fait)\s+(?:sa|son|leur|une?|des)\s+(?:grille|tarifs?|prix|"
    r"chiffrage|maquette|conditions|proposition\s+commerciale)|"
    # a rival named first, then what was done with it: "X, on les a rencontrés", "X, we had them in"
    r"\s*,\s*on\s+(?:les|l')\s*(?:a|avait)\s+(?:vus?|rencontr\w*|test\w*|eus?|consult\w*|regard\w*|re[cç]us?)|"
    r"\s*,\s*we\s+(?:looked\s+at|had|met|saw|trialled|trialed|demoed|spoke\s+to)\s+(?:them|it)(?![\w])|"
    r"\s+(?:propose|proposent|offre|offrent|offers?|sells?|vend|vendent)\s+(?:[\w'-]+\s+){0,3}?(?:moins\s+cher|plus\s+cher|"
    r"cheaper|pricier|for\s+less)|"
    r"\s+(?:pitched|offered|proposed|quoted)\s+(?:us\s+)?(?:an?|their|the)\s+(?:upgrade|renewal|extension|new|module|"
    r"add-?on|deal|discount|bundle)(?![\w])|"
    r"\s+(?:got|get|gets|have\s+got|has\s+got)\s+in\s+touch|\s+(?:a|ont)\s+pris\s+contact|"
    r"\s+(?:is|are|was|were)\s+(?:also\s+)?(?:bidding|tendering|competing|in\s+the\s+race)(?![\w])|"
    r"\s+(?:a|ont)\s+(?:d[eé]j[aà]\s+|aussi\s+)?(?:fait|envoy[eé]|pr[eé]sent[eé])\s+(?:une?\s+|sa\s+|son\s+|leur\s+)?"
    r"(?:devis|offre|proposition|d[eé]mo|pr[eé]sentation)",
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
    # what opens a comment on a vendor: "Nice blokes but...", "Lovely people", "Sympa, mais cher"
    "nice",
    "lovely",
    "decent",
    "solid",
    "slick",
    "clunky",
    "sympa",
    "correct",
    # a verb that opens a line of notes, without its subject: "Uses Sage for accounts"
    "uses",
    "using",
    "utilise",
    "utilisent",
    "tourne",
    "tournent",
    "garde",
    "gardent",
    # a rank said as an answer: "High on the list", "Low on the list, after the move"
    "high",
    "higher",
    "highest",
    "low",
    "lower",
    "lowest",
    "bottom",
    "middle",
    "further",
    "halfway",
    # the first word of a day of sales or a holiday: "Black Friday", "Boxing Day"
    "black",
    "cyber",
    "boxing",
    # days and spans as shorthand of notes: "demo'd Tues", "back in 2 wks"
    "tues",
    "thur",
    "thurs",
    "weds",
    "wk",
    "wks",
    "yr",
    "yrs",
    "mth",
    "mths",
    # kinds of software, features and formats, said in capitals: what is bought, no vendor
    "ui",
    "ux",
    "apis",
    "mfa",
    "2fa",
    "sla",
    "slas",
    "kpis",
    "sms",
    "hds",
    "rgpd",
    "gdpr",
    "qa",
    "ai",
    "ml",
    "bi",
    "iot",
    "gps",
    "rfid",
    "vpn",
    "ssl",
    "saml",
    "ldap",
    "ocr",
    "edi",
    "mdm",
    "ehr",
    "emr",
    "lims",
    "eln",
    "wms",
    "tms",
    "scada",
    "plm",
    "ats",
    "hris",
    "hcm",
    "dms",
    "ecm",
    "cms",
    "seo",
    "ppc",
    "usb",
    "nfc",
    "qr",
    "tva",
    "ht",
    "ttc",
    "rfq",
    "mvp",
    "faq",
    "url",
    "sdk",
    "esg",
}


_OWNED = re.compile(
    r"(?<![\w'])(?:your|our|my|their|votre|vos|notre|nos|leur|leurs|mon|ma|mes)(?:\s+own|\s+propres?)?\s+$|"
    r"(?:agence|ville|site|usine|bureaux?|magasin|entrep[oô]t|r[eé]gion|salon|foire|congr[eè]s)\s+(?:de\s+|d')$",
    re.IGNORECASE,
)
# A place or a part of their own company, not a vendor: "the Berlin branch", "le site de Nantes".
_PLACE_AFTER = re.compile(
    r"\s+(?:branch|office|site|store|plant|depot|warehouse|hospital|campus|factory|clinic|expo|show|fair|"
    r"conference|convention)e?s?(?![\w])",
    re.IGNORECASE,
)


_PERSON_FROM = re.compile(
    r"\s+from\s+(?:the\s+|our\s+|my\s+)?[a-z]|\s+in\s+(?:finance|it|hr|ops|operations|procurement|legal|"
    r"marketing|sales|accounting|purchasing)(?![\w])|\s+(?:du|de\s+la|de\s+l'|de\s+notre)\s+"
    r"(?:service|equipe|compta|direction|pole|dsi|rh|achats|siege)|\s+de\s+chez\s"  # "Paul de chez Kelvo"
)


# After a cue, a clause rather than a name: "looking at what X is charging", "on regarde ce que fait X".
_CLAUSE_OBJECT = re.compile(
    r"\s*(?:what|how|whether|why|where|when|which|whatever|ce\s+qu|comment|combien|pourquoi|si\s)", _F
)
_CLAUSE_BEFORE = re.compile(
    r"(?:what|how|whatever|ce\s+qu['e]|comment|combien)\s*(?:[\w'-]+\s+){0,4}(?:the\s+|le\s+|la\s+|les\s+)?$",
    _F,
)
_ARTICLE = re.compile(r"\s*(?:la|le|les)\s|\s*l'", _F)
# A part of a vendor's range between the cue and the name: "the new version of X", "le module RH de X".
_OF_VENDOR = re.compile(
    r"\s*(?:the|a|an|their|its|la|le|l'|les|une?|leur|son|sa)\s*(?:[\w-]+\s+){0,2}?(?:version|release|edition|"
    r"module|modules|offering|suite|platform|plateforme|offre|produit|product|solution|outil|tool|app|"
    r"application)s?(?:\s+[\w'-]+)?\s+(?:of|from|by|de|d'|d|du|chez)\s*",
    _F,
)


def _opener(word: str) -> bool:
    """A word that starts a phrase but no vendor's name ("So", "Chez", "Devis Kantata"); a tool's
    name starts a product's ("SAP Business One")."""
    w = fold(word)
    return w in _NOT_VENDOR or w in _LC_STOP  # "There's Float", "Honestly Kantata": the opener goes


# A standard, a period or a certification: "SOC 2", "ISO 27001", "FY27", "Q3"; a numbered part of a
# text, a plan or a range: "Annex 11", "Section 508", "Phase 2", "Tier 1", "Lot 3".
_STANDARD = re.compile(r"(?:[A-Z]{1,4}\s?-?\d+|(?:ISO|SOC|PCI|GDPR|RGPD|HIPAA|NIS)(?:\s.*)?)$")
_PART_OF_TEXT = re.compile(
    r"(?<![\w'])(?:Part|Parts|Annex|Annexe|Appendix|Section|Article|Art\.|Chapter|Chapitre|Title|Titre|Clause|"
    r"Schedule|Phase|Tier|Level|Niveau|Stage|Step|[EÉ]tape|Lot|Grade|Class|Classe|Category|Cat[eé]gorie|"
    r"Zone|Rev|Revision|R[eé]vision|Week|Semaine|Day|Jour|Room|Salle|Gate|Line|Ligne|Unit|Site)\s+"
    r"(?:[IVX]+|[A-Z]?\d+[A-Z]?)(?![\w'])"
)
# A word of French with its elided pronoun or article: "J'ai", "C'est", "L'offre", "Qu'on" (a
# name after an elision keeps its capital: "L'Oréal").
_ELIDED = re.compile(r"(?:[JjCcNnSsMmTtDdLl]|[Qq]u|[Jj]usqu|[Ll]orsqu|[Pp]uisqu)['’][a-zà-ÿ]")
# An English pronoun or auxiliary with its contraction: "We'd", "That's", "Don't".
_CONTRACTED = re.compile(
    r"(?:I|We|You|They|He|She|It|That|There|What|Who|Here|Let|Don|Can|Won|Isn|Aren|Wasn|Weren|Didn|Doesn|"
    r"Couldn|Wouldn|Shouldn|Haven|Hasn)['’][a-z]{1,2}(?![\w'])"
)
# Nationalities and languages, which English writes with a capital: "eighty thousand Canadian",
# "British suppliers", "des Allemands".
_NATIONALITY = re.compile(
    r"(?:american|canadian|australian|british|english|french|german|swiss|european|belgian|dutch|"
    r"spanish|italian|irish|scottish|welsh|kiwi|aussie|quebecois|quebecker|nordic|scandinavian|"
    r"swedish|danish|norwegian|finnish|polish|portuguese|austrian|chinese|japanese|korean|indian|"
    r"israeli|asian|african|latin|francais|anglais|allemand|suisse|europeen|belge|americain|canadien|"
    r"australien|britannique|espagnol|italien|neerlandais|hollandais|luxembourgeois|quebecoise?|"
    r"afrique|europe|asie|amerique|oceanie|africa|asia|america|oceania|caraibes|caribbean|maghreb)"
    r"(?:e|es|ne|nes|s)?",
)
# A word right after a figure is its unit or currency: "80000 Canadian", "3 Toyota vans".
_AFTER_FIGURE = re.compile(
    r"(?:\d|thousand|million|billion|grand|mille|millions?|milliards?|cents?|hundred|dozen)\s*$", _F
)


# "the EU residency option", "the NHS framework", "la Bretagne": a name after an article is a
# place, a body or a modifier, unless what follows is what a vendor offers ("the Kantata demo").
_ARTICLE_BEFORE = re.compile(r"(?<![\w'])(?:the|le|la|les)\s+$", _F)
_VENDOR_NOUN = re.compile(
    r"['’]s\b|\s+(?:demo|quote|proposal|offer|pitch|team|guys|people|folks|reps?|platform|tool|product|solution|"
    r"system|suite|app|software|module|crowd|lot|one|offre|devis|proposition|equipe|outil|logiciel|trial|pilot|"
    r"licen[cs]e|subscription|account|contract|webinar|salesperson|"
    r"plateforme|solution)s?(?![\w])",
    _F,
)


def _modifier(folded: str, start: int, end: int) -> bool:
    """Whether the name at `start` is a place, a body or a modifier after an article (see above)."""
    if not _ARTICLE_BEFORE.search(folded, max(0, start - 5), start):
        return False
    return not _VENDOR_NOUN.match(folded, end)


# The tools of every office, which nobody evaluates as a rival.
_OFFICE_TOOLS = frozenset(
    [
        "excel",
        "sheets",
        "google",
        "outlook",
        "teams",
        "slack",
        "zoom",
        "word",
        "powerpoint",
        "gmail",
        "linkedin",
        "whatsapp",
        "office",
        "chatgpt",
        "canva",
        "facebook",
        "instagram",
    ]
)
# Common first names: said alone, a person ("we saw Tom", "Mike wants 40k", "on a croisé Martine"),
# whatever the cue around it; a product named like a person keeps its surname-free brand elsewhere.
_FIRST_NAMES = frozenset(
    [
        "aaron",
        "adam",
        "agnes",
        "alain",
        "alan",
        "alex",
        "alexander",
        "alexandre",
        "amanda",
        "amelie",
        "amy",
        "andre",
        "andrea",
        "andrew",
        "andy",
        "angela",
        "ann",
        "anna",
        "anne",
        "anthony",
        "antoine",
        "aoife",
        "arthur",
        "ashley",
        "audrey",
        "aurelie",
        "austin",
        "barbara",
        "barry",
        "beatrice",
        "becky",
        "ben",
        "benjamin",
        "benoit",
        "bernard",
        "beth",
        "betty",
        "bill",
        "billy",
        "bob",
        "bobby",
        "brandon",
        "brenda",
        "brian",
        "brigitte",
        "bruce",
        "bruno",
        "bryan",
        "callum",
        "camille",
        "carl",
        "carol",
        "caroline",
        "carolyn",
        "carys",
        "catherine",
        "cedric",
        "celine",
        "chantal",
        "charles",
        "charlotte",
        "cheryl",
        "chloe",
        "chris",
        "christian",
        "christina",
        "christine",
        "christophe",
        "christopher",
        "claire",
        "claude",
        "clive",
        "colin",
        "connor",
        "corinne",
        "cynthia",
        "dan",
        "dana",
        "daniel",
        "danny",
        "dave",
        "david",
        "debbie",
        "deborah",
        "debra",
        "declan",
        "delphine",
        "dennis",
        "derek",
        "diane",
        "didier",
        "donald",
        "donna",
        "doug",
        "douglas",
        "dylan",
        "ed",
        "edward",
        "elise",
        "elizabeth",
        "ellie",
        "elodie",
        "emilie",
        "emily",
        "emma",
        "enzo",
        "eric",
        "ethan",
        "eugene",
        "evelyn",
        "ewan",
        "fabrice",
        "fanny",
        "fergus",
        "fiona",
        "florence",
        "frances",
        "franck",
        "francois",
        "francoise",
        "frank",
        "frederic",
        "gabriel",
        "gaelle",
        "gareth",
        "gary",
        "gemma",
        "genevieve",
        "george",
        "gerald",
        "gerard",
        "gilles",
        "gloria",
        "grace",
        "graham",
        "greg",
        "gregory",
        "guillaume",
        "hamish",
        "hannah",
        "harold",
        "heather",
        "helen",
        "helene",
        "henry",
        "herve",
        "hugo",
        "ian",
        "ines",
        "isabella",
        "isabelle",
        "jack",
        "jacob",
        "jacqueline",
        "jacques",
        "james",
        "janet",
        "jason",
        "jean",
        "jeff",
        "jeffrey",
        "jennifer",
        "jenny",
        "jeremy",
        "jerome",
        "jerry",
        "jess",
        "jesse",
        "jessica",
        "jim",
        "jo",
        "joan",
        "joe",
        "john",
        "johnny",
        "jon",
        "jonathan",
        "joseph",
        "josh",
        "joshua",
        "josiane",
        "joyce",
        "juan",
        "judith",
        "jules",
        "julie",
        "julien",
        "juliette",
        "justin",
        "karen",
        "karine",
        "kate",
        "katherine",
        "kathleen",
        "kathryn",
        "kathy",
        "keith",
        "kelly",
        "ken",
        "kenneth",
        "kevin",
        "kim",
        "kimberly",
        "kirsty",
        "laetitia",
        "laura",
        "laure",
        "lauren",
        "laurent",
        "lawrence",
        "lea",
        "liam",
        "linda",
        "lisa",
        "liz",
        "logan",
        "loic",
        "louis",
        "lucas",
        "lucie",
        "lucy",
        "maelle",
        "manon",
        "marc",
        "margaret",
        "margaux",
        "maria",
        "marie",
        "marine",
        "mark",
        "martha",
        "martine",
        "mary",
        "mathieu",
        "mathilde",
        "matt",
        "matthew",
        "matthieu",
        "maxime",
        "meg",
        "megan",
        "melanie",
        "melissa",
        "michael",
        "michel",
        "michelle",
        "mike",
        "monique",
        "morag",
        "nancy",
        "nate",
        "nathalie",
        "nathan",
        "neil",
        "niamh",
        "nicholas",
        "nick",
        "nicolas",
        "nicole",
        "nigel",
        "noemie",
        "oceane",
        "odile",
        "olivia",
        "olivier",
        "owen",
        "pam",
        "pamela",
        "pascal",
        "pat",
        "patricia",
        "patrick",
        "paul",
        "pauline",
        "pete",
        "peter",
        "phil",
        "philip",
        "philippe",
        "pierre",
        "priya",
        "rachel",
        "ralph",
        "randy",
        "raphael",
        "raymond",
        "rebecca",
        "rene",
        "rhys",
        "richard",
        "rob",
        "robert",
        "roger",
        "romain",
        "ronald",
        "roy",
        "russell",
        "ryan",
        "sam",
        "samantha",
        "samuel",
        "sandra",
        "sandrine",
        "sara",
        "sarah",
        "scott",
        "sean",
        "sebastien",
        "severine",
        "sharon",
        "shirley",
        "siobhan",
        "solene",
        "sophia",
        "sophie",
        "stephane",
        "stephanie",
        "stephen",
        "steve",
        "steven",
        "stuart",
        "sue",
        "susan",
        "sylvain",
        "sylvie",
        "teresa",
        "terry",
        "theo",
        "thierry",
        "thomas",
        "tim",
        "timothy",
        "tom",
        "tommy",
        "tony",
        "trevor",
        "tyler",
        "valerie",
        "veronique",
        "victoria",
        "vincent",
        "virginie",
        "wayne",
        "william",
        "xavier",
        "yann",
        "yves",
        "zach",
        "zoe",
    ]
)


def _vendor_ok(text: str, start: int, name: str, known: set[str]) -> bool:
    if re.search(r"-(?:style|like|type|based|compatible|ready|certified|friendly|esque)$", name, re.I):
        return False  # "Salesforce-style dashboards": a kind of thing, no vendor
    if _TITLED.match(name):
        return False  # "Mme Roux", "Dr Patel": a person
    if _STANDARD.match(name) or _PART_OF_TEXT.search(name) or _ELIDED.match(name) or _CONTRACTED.match(name):
        return False  # "SOC 2", "Annex 11", "J'ai", "We'd": a standard, a part of a text, an elision
    if re.fullmatch(r"[A-Z]{2,}s", name):
        return False  # "KPIs", "SOPs": the plural of an acronym is a thing, no vendor
    if _NATIONALITY.fullmatch(fold(name.split()[0])):
        return False
    if _AFTER_FIGURE.search(fold(text[max(0, start - 20) : start])):
        return False
    if _PERSON_FROM.match(fold(text[start + len(name) : start + len(name) + 30])):
        return False  # "Jordan from finance": a colleague, not a vendor
    first = fold(name.split()[0])
    if first in _NOT_VENDOR or _all_caps_role(name) or find_roles(name) or first in known:
        return False
    if fold(re.sub(r"['’]s$", "", name)) in _FIRST_NAMES:
        return False  # "Tom", "Jenny's crew": a person
    if first in _OFFICE_TOOLS:
        return False  # "the other option is doing it in Excel": no vendor in the running
    if _PLACE_AFTER.match(text, start + len(name)) or _in_place(text, fold(text), start):
        return False  # "the Berlin branch", "qu'on a vu à Berlin", "a buddy in Leeds"
    if (
        re.search(r"(?<![\w'])(?:from|of|like|for|by)\s+(?:a|an)\s+$", text[max(0, start - 10) : start])
        and re.match(r"\s+[a-z]", text[start + len(name) :])
        and not _VENDOR_NOUN.match(fold(text), start + len(name))
    ):
        return False  # "a reference from a Cardiff bakery": what kind, or where from
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
    # names that speech-to-text splits into common words
    r"service\s?titan": "ServiceTitan",
    r"shop\s?monkey": "Shopmonkey",
    r"house\s?call\s?pro": "Housecall Pro",
    r"wheniwork": "When I Work",
    r"fresh\s?books": "FreshBooks",
    r"smart\s?sheet": "Smartsheet",
    r"basecamp": "Basecamp",
    r"builder\s?trend": "Buildertrend",
    r"verizon\s+connect": "Verizon Connect",
    r"light\s?speed": "Lightspeed",
    r"touch\s?bistro": "TouchBistro",
    r"opentable": "OpenTable",
    r"rota\s?cloud": "RotaCloud",
    r"connect\s?team": "Connecteam",
    r"bamboo\s?hr": "BambooHR",
    r"docu\s?sign": "DocuSign",
    r"pay\s?fit": "PayFit",
    r"mon\s?logiciel\s?medical": "MonLogicielMedical",
    r"sim\s?pro": "simPRO",
    r"field\s?wire": "Fieldwire",
    r"safety\s?culture": "SafetyCulture",
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
_LC_SKIP = re.compile(
    r"(?:(?:also|aussi|egalement|deja|already|chez|de|d'|from|with|avec)\s+)+|"
    # "options like kantata", "a company called kantata", "une boîte qui s'appelle kantata"
    r"(?:options?|vendors?|tools?|solutions?|players?|companies|people|outils|solutions|editeurs|gens)\s+"
    r"(?:like|such\s+as|comme|tels?\s+que)\s+|"
    r"(?:(?:a|an|this|one|some|une?|cette|la)\s+(?:company|vendor|firm|outfit|startup|start-up|supplier|provider|"
    r"tool|product|platform|boite|societe|entreprise|solution|outil|editeur|logiciel|appli)\s+)?"
    r"(?:called|named|qui\s+s'appelle|appelee?|nommee?)\s+",
    _F,
)
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
    "concurrence",
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
    # what work is done on by hand, no vendor: "we looked at spreadsheets and paper"
    "spreadsheet",
    "spreadsheets",
    "paper",
    "email",
    "emails",
    "notebook",
    "whiteboard",
    "tableur",
    "tableurs",
    "papier",
    "cahier",
    "carnet",
    "classeur",
    "fichier",
    "fichiers",
    "mail",
    "mails",
    "none",
    "aucun",
    # what a hesitation leaves in lower case: "Um, let me think."
    "let",
    "think",
    "guess",
    "mean",
    "know",
    "say",
    "well",
    "yeah",
    "yes",
    "okay",
    "right",
    "sure",
    "good",
    "great",
    "sorry",
    "wait",
    "hang",
    "hold",
    "aucune",
    "personne",
    "yet",
    "tbd",
    "unknown",
    # adverbs that follow a cue in speech: "on regarde plutôt septembre"
    "plutot",
    "surtout",
    "vraiment",
    "juste",
    "seulement",
    "notamment",
    "actually",
    "honestly",
    "basically",
    "definitely",
    "mostly",
    "mainly",
    "quickly",
    "briefly",
}
# The cues and name-after shapes strong enough to name a vendor in lower case.
_LC_STRONG = re.compile(
    r"demo|quote|devis|offre|offer|proposal|proposition|pitch|looking|talking|speaking|evaluat|compar|consider|"
    r"shortlist|trial|test|vu|rencontre|consult|regard|evalu|alternatives|competitors|concurrents|autres|spoke|"
    r"spoken|present|venir|chatting|conversation|look|squiz|gander|peek|checked|kicked|"
    r"running|mix|lice|course|hesit|against|versus|vs|cheaper|pricier|undercut|better|mieux|cher|ahead|front|bid|"
    r"touch|list|rangs|concurrence|poc|pilot|contact|pricing|price|numbers|lower|higher|under|over|called|"
    # the second wave's cues: a meeting booked, a product recommended or heard of, a tender, a fallback
    r"meeting|booked|scheduled|recommand|recommend|heard|entendu|download|telecharg|webinar|webinaire|walk-?through|"
    r"tender|appel\s+d'offres|sollicit|croise|renseign|rendez-vous|rdv|candidates|option|piste|en\s+face|cheapest|"
    r"favou?rite|narrowed|lost|perdu|appelle|conversation|discussion|echange|chiffr|cote|bidding|rival|threat|"
    r"overkill|hors\s+budget|usine|same\s+thing|meme\s+chose|coming\s+in|came\s+back|got\s+in\s+touch|pris\s+contact|"
    r"repondu|responded|approached|swears|jure|conseill|came\s+in|come\s+in|\d|play|poke|tinker|asked|essai|commercia|"
    r"propos|entre\s+vous|between\s+you|rangs|lice|course|in\s+to\s+(?:present|demo|pitch|show)|rfp|reached|table|"
    r"pitching|showed|keeps?|kept|chasing",
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
    if m is None or (
        m.end() < len(folded) and folded[m.end()] in "'" and not re.match(r"'s(?![\w])", folded[m.end() :])
    ):  # "d'accord" is no name; "kantata's rep" is
        return None
    word = m.group().rstrip(".")
    if re.search(r"\d-|-\d", word):
        return None  # "3-month", "24-7": a measure, no name
    if (
        word in _LC_STOP
        or word in _NOT_VENDOR
        or word in _FIRST_NAMES  # "i spoke to gary about it"
        or word.isdigit()
        or word.endswith(("ing", "ly"))
        or len(word) < 3
    ):
        return None
    return m


# In lower case, a name seen that the next words call "they": "we saw shamba track they came by".
_SEEN_THEY = re.compile(
    r"(?<![\w'])(?:we|i|on)\s+(?:also\s+|aussi\s+)?(?:saw|a\s+vu|avons\s+vu|met|looked\s+at|a\s+rencontre)\s+"
    r"(?P<n>[a-z0-9][\w.-]*(?:\s+[a-z0-9][\w.-]*)?)\s+(?:they|ils|who|qui)\s+(?:came|come|visited|quoted|sent|showed|"
    r"pitched|offered|demoed|did\s+a|gave|called|rang|emailed|sont\s+venus|nous\s+ont|m'ont|ont\s+fait|are\s+based|"
    r"are\s+from|were\s+too|are\s+too|etaient\s+trop|sont\s+trop)(?![\w])",
    _F,
)
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
        if not out and (part := _OF_VENDOR.match(folded, pos)):
            pos = part.end()  # "la version d'essai de kelvo": a part of the vendor's range
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


_FROM_GAP = re.compile(r"\s+(?:from|at|of|de\s+chez|chez|de|d')\s*", re.I)
# A noun with its determiner, which no name has in lower case: "the invoices", "nos devis".
_DETERMINED = re.compile(
    r"(?<![\w'])(?:the|a|an|our|their|your|my|these|those|all|le|la|les|nos|vos|leurs|des|ces)\s+$", _F
)
# Speech-to-text of someone who starts a name again: the false start is no name ("from k from kelio",
# "chez cargo... cargofive").
_RESTART = re.compile(
    r"(?<![\w'])(?:(chez|de|from|with|at|avec)\s+[a-z]{1,3}\s+(?=\1\s)|"
    r"([a-z0-9]+)(?:\.\.\.|…|-)\s+(?=\2[a-z0-9]))",
    _F,
)


# A peer who uses or recommends a product: "my cousin swears by X", "another garage went with X",
# "un confrère m'a conseillé X", "une collègue de Rennes est sur X". What someone outside the
# company runs is an option put before them, a rival; a colleague only counts when from elsewhere
# ("a colleague in Leeds"), since a colleague here uses their own tools.
_PEER = re.compile(
    r"(?<![\w'])(?:(?:friend|buddy|mate|pal|neighbou?r|cousin|brother(?:-in-law)?|sister(?:-in-law)?|"
    r"peer|counterpart|ami|amie|copain|copine|pote|beau-frere|belle-s(?:oe|œ)ur|beau-pere|cousine|"
    r"voisin|voisine|confrere|cons(?:oe|œ)ur|homologue|connaissance)s?|"
    # what everyone in the trade runs: "everyone in the trade uses X", "tout le monde est sur X"
    r"everyone|everybody|tout\s+le\s+monde|most\s+(?:shops|firms|companies|businesses|practices|people)|"
    r"(?:another|other|un\s+autre|une\s+autre|d'autres)\s+(?!(?:thing|point|issue|problem|question|reason|"
    r"option|time|day|week|month|year|way|one|team|department|office|site|branch|chose|fois|raison|"
    r"probleme|equipe|service|agence|bureau)s?(?![\w]))[a-z]+|"
    r"(?:colleague|collegue)s?\s+(?:from|in|at|over\s+(?:in|at)|de|a|chez|d(?=')))(?![\w])",
    _F,
)
_PEER_VERB = re.compile(
    r"(?<![\w'])(?:uses|used|is\s+(?:on|using)|are\s+(?:on|using)|was\s+(?:on|using)|runs|ran|went\s+with|"
    r"switched\s+to|moved\s+to|swears?\s+by|swore\s+by|raves?\s+about|recommended|recommends|suggested|"
    r"told\s+(?:me|us)\s+about|showed\s+(?:me|us)|put\s+(?:me|us)\s+on\s?to|pointed\s+(?:me|us)\s+(?:to|at|towards)|"
    r"utilise\w*|(?:est|sont|etait)\s+(?:sur|sous|chez)|tourne\w*\s+(?:sur|sous|avec)|travaille\w*\s+avec|"
    r"(?:a|ont)\s+(?:pris|choisi)|(?:est|sont)\s+passee?s?\s+(?:a|sur|chez)|ne\s+jure\w*\s+que\s+par|"
    r"(?:m'|nous\s+|lui\s+)?(?:a|ont)\s+(?:parle\s+(?:de\s+|d')|montre|conseille|recommande|presente|vante|"
    r"fait\s+decouvrir)|recommande|conseille|a|ont)"
    r"(?:\s+(?:(?:the|le|la|les)\s+|l')?|(?<=d'))(?=[a-z0-9])",
    _F,
)
# A place where someone is or where something happened, before a name: "in Denver", "qui est à
# Colmar", "au salon à Lyon", "un revendeur de Bordeaux", "a friend from Leeds".
_PLACE_PREP = re.compile(
    r"(?:(?<![\w'])(?<!interested\s)(?<!interest\s)(?<!invest\s)(?<!invested\s)(?<!brought\s)"
    r"(?<!called\s)(?<!bring\s)(?<!call\s)(?<!believe\s)(?:in|near|outside|based\s+(?:in|at))|"
    r"(?:est|sont|etait|etaient|base\w*|install\w*|situe\w*|implante\w*|habite\w*|vit|vivent|salon|foire|"
    r"congres|bureau\w*|agence|usine|la-bas|ici)\s+(?:a|en)|"
    r"(?:friend|buddy|mate|pal|colleague|peer|neighbou?r|cousin|brother|sister|integrator|reseller|"
    r"consultant|contact|collegue|ami|amie|copain|copine|pote|beau-frere|belle-s(?:oe|œ)ur|voisin|voisine|"
    r"confrere|cons(?:oe|œ)ur|integrateur|revendeur|partenaire|homologue|cousine)s?(?:-in-law)?"
    r"(?:\s+of\s+(?:mine|ours))?\s+(?:from|in|at|de|du|d'|a))\s*$",
    _F,
)


# What makes "à" before a name a place: a comma ("X, à Sherbrooke"), being or meeting somewhere
# ("qu'on a vu à Berlin", "basé à Lyon"), or a place or a people noun just before ("au salon du
# cheval à Caen", "des fédérations à Lausanne"); not "demandé à X", "un coup d'oeil à X", "face à X".
_WHERE_A = re.compile(
    r"(?:,\s*|(?<![\w'])(?:est|sont|etait|etaient|base\w*|install\w*|situe\w*|implante\w*|habite\w*|vit|vivent|"
    r"travaille\w*|vus?|vues?|rencontre\w*|croise\w*|alle\w*|venus?|passe\w*|nee?|ici|la-bas)\s+|"
    r"(?<![\w'])(?:salon|foire|congres|bureaux?|agences?|usines?|sites?|magasins?|entrepots?|siege|ville|region|"
    r"federations?|clients?|confreres?|collegues?|amis?|cousins?|voisins?|boutiques?|restaurants?|hotels?|ecoles?|"
    r"depots?|filiales?|succursales?|antennes?|equipes?)\s+(?:[\w'-]+\s+){0,2}?)a\s+$",
    _F,
)
_FROM_PLACE = re.compile(
    r"(?<![\w'])(?:they(?:'re|\s+are|\s+were)|it's|it\s+is|who\s+are|based|headquartered|located)\s+"
    r"(?:from|in|out\s+of)\s+$",
    _F,
)


def _in_place(plain: str, folded: str, start: int) -> bool:
    """Whether the name at `start` is where someone is or where something happened (`_PLACE_PREP`);
    "a" only as the preposition "à" ("un voisin a X" says the neighbour has X)."""
    if re.search(r"(?<![\w'])à\s+$", plain[max(0, start - 3) : start]) and _WHERE_A.search(
        folded, max(0, start - 40), start
    ):
        return True  # "au salon à Caen", "Sèvetek, à Sherbrooke", "vu à Berlin": "à" before a name is where
    if _FROM_PLACE.search(folded, max(0, start - 30), start):
        return True  # "they are from Shenzhen"
    m = _PLACE_PREP.search(folded, max(0, start - 40), start)
    if m is None:
        return False
    prep = re.search(r"(\S+)\s*$", m.group())
    return prep is None or prep.group(1) != "a" or plain[m.start() + prep.start(1)] == "à"


def _peer_named(plain: str, folded: str, known: set[str] | frozenset[str]) -> list[tuple[int, int, str]]:
    """The products a peer uses or recommends (see `_PEER`): the first name right after one of the
    verbs and the names listed with it; no office tool ("a friend uses Excel"), no place ("mon cousin
    qui est à Colmar a X"), no person."""
    out: list[tuple[int, int, str]] = []
    for peer in _PEER.finditer(folded):
        stop = re.search(r"[.;!?\n]", folded[peer.end() : peer.end() + 70])
        limit = peer.end() + (stop.start() if stop else min(70, len(folded) - peer.end()))
        for verb in _PEER_VERB.finditer(folded, peer.end(), limit):
            if plain[verb.start()] == "à":
                continue  # "une boulangerie à Niort": the preposition, not "a" (has)
            m = _VENDOR.match(plain, verb.end())
            if m is None or _in_place(plain, folded, m.start()):
                continue
            while m is not None:
                name = m.group().strip()
                if fold(name.split()[0]) in _TOOL_NAMES or not _vendor_ok(plain, m.start(), name, set(known)):
                    break
                if _with_role(plain, m.start()):
                    break
                out.append((m.start(), m.end(), name))
                join = re.match(r"\s*,\s*(?:(?:and|et|or|ou)\s+)?|\s+(?:and|et|or|ou|&)\s+", plain[m.end() :])
                m = _VENDOR.match(plain, m.end() + join.end()) if join else None
            break
    return out


def find_competitors(
    text: str, known: set[str] | frozenset[str] = frozenset(), named: frozenset[str] = frozenset()
) -> list[tuple[int, int, str]]:
    """Vendors named as being looked at: (start, end, name), in order. `known`: first names of the
    people of the call (folded), never vendors ("J'en ai parlé à Marie"). In text without capitals
    (speech-to-text), well-known vendors are recognised by name. `named`: the words written with a
    capital inside a sentence somewhere in the call (`CallWords.named`), names even first in one."""
    folded = fold(text)
    if not any(c.isupper() for c in text):
        folded = _RESTART.sub(lambda m: " " * len(m.group()), folded)  # "chez c chez cargo... cargofive"
        out_lc: list[tuple[int, int, str]] = []
        for cue in itertools.chain(_COMPETE_CUE.finditer(folded), _MORE_CUES.finditer(folded)):
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
        for seen in _SEEN_THEY.finditer(folded):  # "we saw shamba track they came to the farm"
            words = [_lc_word(folded, seen.start("n") + w.start()) for w in re.finditer(r"\S+", seen["n"])]
            if all(words) and seen["n"].split()[0] not in known:
                out_lc.append((seen.start("n"), seen.end("n"), seen["n"]))
        for peer in _PEER.finditer(folded):  # "a mate of mine swears by kantata": no article before a name
            stop = re.search(r"[.;!?\n]", folded[peer.end() : peer.end() + 70])
            limit = peer.end() + (stop.start() if stop else min(70, len(folded) - peer.end()))
            verb = _PEER_VERB.search(folded, peer.end(), limit)
            if verb and not re.search(r"(?:the|le|la|les)\s+$|l'$", verb.group()):
                word = _lc_word(folded, verb.end())
                if word and word.group() not in known and word.group() not in _TOOL_NAMES:
                    out_lc.append((word.start(), word.end(), word.group().rstrip(".")))
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
                and not _DETERMINED.search(folded, max(0, m.start() - 8), m.start())  # "the invoices came in"
            ):
                out_lc.append((m.start(), m.end(), m.group().rstrip(".")))
                out_lc += _lower_case_list_before(folded, m.start(), known)
        return sorted({n: (a, b, n) for a, b, n in sorted(out_lc, reverse=True)}.values())
    # Parentheses are asides: "SAP Business One (via un partenaire) et Divalto" lists two names.
    plain = re.sub(r"\([^)]*\)", lambda m: " " * len(m.group()), text)
    plain = re.sub(r"\b([dD]|[Qq]u)['’](?=[A-Z])", r"\1 ", plain)  # "la version d'Agicap": a name after "d'"
    out: list[tuple[int, int, str]] = []
    more = [(c, True) for c in _MORE_CUES.finditer(folded)]
    for cue, loose in itertools.chain(((c, False) for c in _COMPETE_CUE.finditer(folded)), more):
        # the looser cues take the name right after them ("heard good things about X"), never
        # one a clause away ("the other option is doing it in Excel")
        gap_words = 1 if loose else 3
        pos = cue.end()
        if re.search(r"(?:outils?|tools?)\s*:?\s*$", cue.group()) and re.match(
            r"[^,.;]{1,40}?\s(?:pour|for)\s", folded[cue.end() :]
        ):
            continue  # "Autres outils : X pour la boutique, Y pour la compta": the tools they have
        if _OWN_TEAM.search(folded, max(0, cue.start() - 8), cue.start()) and re.match(
            r"l'equipe|les\s+gens|the\s+(?:team|people|guys)", cue.group()
        ):
            continue  # "une démo pour l'équipe de Thiès": their own team somewhere, no vendor's
        if _CLAUSE_OBJECT.match(folded, pos) or (
            cue.group().rstrip().endswith(("de", "d'")) and _ARTICLE.match(folded, pos)
        ):
            continue  # "looking at what X charges": a question about X; "l'outil de la DSI": its owner
        limit = len(plain)
        if stop := re.search(
            r"\.(?!\w)|[;!?\n]|,\s*(?:but|mais|and\s+we|et\s+on|so|donc|which|qui)\b", plain[pos:]
        ):
            limit = pos + stop.start()
        person = False  # the name before was a person's: "we had Jenny from Rostrly out"
        for m in _VENDOR.finditer(plain, pos, limit):
            gap = plain[pos : m.start()]
            words = [w for w in re.findall(r"[\w']+", gap)]
            if pos != cue.end() and not _LIST_JOIN.match(gap) and not (person and _FROM_GAP.fullmatch(gap)):
                break
            if pos == cue.end() and words and fold(words[0]) in _OBJECT_PRONOUNS:
                break  # "we looked at it during the fair": the cue's object is said already
            if loose and pos == cue.end() and words and fold(words[-1]) in _PREPOSITIONS:
                break  # "recommended in Fleet News": where, not what
            if pos == cue.end() and len(words) > gap_words and not _OF_VENDOR.fullmatch(fold(gap)):
                break  # "on va regarder la nouvelle version de X" still names X
            name = m.group().strip()
            if (
                not _vendor_ok(plain, m.start(), name, known)
                or _with_role(plain, m.start())
                or _modifier(folded, m.start(), m.end())
            ):
                if pos == cue.end() and len(words) <= gap_words:
                    pos, person = m.end(), True
                    continue
                break
            out.append((m.start(), m.end(), name))
            pos, person = m.end(), False
        if pos == cue.end() and _LC_OFFER.search(cue.group()):
            # "We got a quote from kantata": speech-to-text that capitalises only the sentence
            out += [n for n in _lower_case_names(folded, cue.end(), limit) if n[2] not in known]
    names = list(_VENDOR.finditer(plain))
    for i, m in enumerate(names):
        start, name = m.start(), m.group().strip()
        while " " in name and _opener(name.split()[0]):  # "Chez Float": the opener is no name
            start += len(name.split()[0]) + 1
            name = name.split(" ", 1)[1].strip()
        if (
            _COMPETE_AFTER.match(plain, m.end())
            and _vendor_ok(plain, start, name, known)
            and not _in_place(plain, folded, start)  # "un collègue de Lausanne m'a montré X"
        ):
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
    out += _peer_named(plain, folded, known)  # "my cousin swears by X", "un confrère m'a conseillé X"
    if not out:
        out = _named_in_evaluation(plain, folded, known, named)
    out += _parallel(plain, folded, out, known)  # "a demo from X last week and one from Y on Monday"
    out = [(a, b, re.sub(r"['’]s$", "", n)) for a, b, n in out]  # "Float's account manager": Float
    out = [(a, b, _DATED_TAIL.sub("", n)) for a, b, n in out]  # "Demo'd Kantata Weds": Kantata
    seen: set[str] = set()
    unique = []
    for item in sorted(out):
        if fold(item[2]) not in seen:
            seen.add(fold(item[2]))
            unique.append(item)
    return unique


_PREPOSITIONS = frozenset(
    [
        "in",
        "at",
        "on",
        "from",
        "by",
        "to",
        "for",
        "with",
        "of",
        "par",
        "dans",
        "a",
        "au",
        "aux",
        "en",
        "sur",
        "pour",
    ]
)
_OWN_TEAM = re.compile(r"(?<![\w'])(?:pour|for|to|a|avec|with|notre|our|nos)\s+$", _F)
# The first word after a cue that says its object or its audience is no vendor: "we looked at it
# during the fair", "a demo for the Cape Town team", "une démo pour l'équipe de Thiès".
_OBJECT_PRONOUNS = frozenset(
    [
        "it",
        "them",
        "this",
        "that",
        "those",
        "these",
        "everything",
        "something",
        "anything",
        "for",
        "pour",
        "to",
    ]
)
# A day or a month written after a name in notes, no part of it: "Kantata Weds", "Float Jan".
_DATED_TAIL = re.compile(
    r"(?<=\w)\s+(?:Mon|Tue|Tues|Wed|Weds|Thu|Thur|Thurs|Fri|Sat|Sun|Monday|Tuesday|Wednesday|Thursday|Friday|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|January|February|March|April|June|July|August|September|"
    r"October|November|December|Lundi|Mardi|Mercredi|Jeudi|Vendredi)\.?$"
)
# A coordinator that puts a second name in the same place as the first: "X in January and Y in
# March", "a demo from X and one from Y", "X, puis Y", "un devis de X et un autre d'Y".
_COORDINATED = re.compile(
    r"(?:,\s*)?(?:and|or|then|plus|as\s+well\s+as|et|ou|puis|ainsi\s+que)(?:\s+then|\s+puis|\s+also|\s+aussi)?\s+"
    r"(?:(?:one|another|a\s+second|the\s+other|un\s+autre|une\s+autre|l'autre)\s+)?"
    r"(?:(?:from|with|of|by|at|de|d'|chez|avec|de\s+chez)\s*)?$",
    _F,
)
_PARALLEL_CUT = re.compile(r"[.;!?\n]|\s(?:but|mais|because|parce\s+que|whereas|alors\s+que|so|donc)\s", _F)


def _parallel(
    plain: str, folded: str, found: list[tuple[int, int, str]], known: set[str] | frozenset[str]
) -> list[tuple[int, int, str]]:
    """The names coordinated with a rival found in the same clause, after it or just before it: a
    second name in the same place as the first, which no cue reached."""
    if not found:
        return []
    names = [m for m in _VENDOR.finditer(plain) if not _opener(m.group().split()[0])]
    got = {a for a, _, _ in found}
    out: list[tuple[int, int, str]] = []

    def ok(m: re.Match[str]) -> bool:
        name = m.group().strip()
        return (
            _vendor_ok(plain, m.start(), name, set(known))
            and not _in_place(plain, folded, m.start())
            and not _modifier(folded, m.start(), m.end())
            and not _with_role(plain, m.start())
            and not _PERSON_AFTER.match(folded, m.end())
            and not re.fullmatch(r"[A-Z]{2,5}", name)
        )

    for i, m in enumerate(names):
        if m.start() in got or i == 0:
            continue
        prev = names[i - 1]
        if prev.start() not in got or _PARALLEL_CUT.search(folded, prev.end(), m.start()):
            continue
        gap = folded[prev.end() : m.start()]
        # the coordinator may come after a few words that close the first name's part ("last week")
        if _COORDINATED.search(gap) and len(re.findall(r"[\w']+", gap)) <= 8 and ok(m):
            out.append((m.start(), m.end(), m.group().strip()))
            got.add(m.start())
    for i, m in enumerate(names[:-1]):  # "X and then Y came in to pitch"
        nxt = names[i + 1]
        if m.start() in got or nxt.start() not in got:
            continue
        gap = folded[m.end() : nxt.start()]
        if re.fullmatch(r"\s*,?\s*(?:and|et|or|ou|&)\s+(?:then|puis|also|aussi)\s+", gap) and ok(m):
            out.append((m.start(), m.end(), m.group().strip()))
    return out


# Words of a vendor at work in a buying process: a clause with one of these and a product-shaped
# name speaks of a rival, however it is phrased ("Kantata was cheaper", "Float est moins cher").
_EVALUATION = re.compile(
    r"(?<![\w'])(?:demo\w*|quot(?:e|es|ed|ing)|pitch\w*|proposals?|tender\w*|bids?|rfp|short-?listed|"
    r"front[\s-]?runners?|cheaper|pricier|pricing|prix|tarifs?|undercut\w*|bidding|offering|"
    r"better\s+(?:price|deal|offer|terms)|lower\s+price|mieux\s+place\w*|meilleure\s+offre|casse\w*\s+les\s+prix|(?:more|less)\s+expensive|trial\w*|evaluat\w*|compar\w*|"
    r"alternatives?|competitors?|in\s+touch|com(?:e|es|ing)\s+in|came\s+in|chatting|conversations?|in\s+talks|"
    r"were\s+here|visited|ahead|leading|favou?rite|"
    r"devis|soumission\w*|offres?|propos\w*|present(?:ed|ing|er|e|ee|ez|ait)|presentations?|appel\s+d'offres|repondu|(?:moins|plus)\s+cher\w*|concurren\w*|"
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


def _named_in_evaluation(
    plain: str, folded: str, known: set[str], named: frozenset[str] = frozenset()
) -> list[tuple[int, int, str]]:
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
            place = _PLACE_BEFORE.search(folded, max(lo, start - 12), start)
            if place and re.search(r"(?<![\w'])a\s*$", place.group()) and plain[place.start()] != "à":
                place = None  # "il y a X", "X a répondu": "a" (has), not "à"
            if fold(name) in _NOT_NAME or place:
                continue
            if _modifier(folded, start, m.end()):
                continue
            if re.match(r"\s*:", plain[m.end() :]) or _name_tail(plain, lo, start):
                continue  # "Présents :" is a label; "d'Aurélie Fontaine" the end of a person's name
            opening = not re.search(r"[\w,]\s*$", plain[lo:start])
            if (
                opening
                and " " not in name
                and not re.search(r"[a-z][A-Z]|\d|\.\w", name)
                and fold(name) not in named  # written with a capital inside a sentence elsewhere: a name
            ):
                continue  # a capitalised first word ("Builds break", "Quotes are due") is no name
            if _PERSON_AFTER.match(folded, m.end()) or not _vendor_ok(plain, start, name, known):
                continue
            if _PERSON_BEFORE.search(folded, max(lo, start - 16), start) or _with_role(plain, start):
                continue
            if _CLAUSE_BEFORE.search(folded, max(lo, start - 40), start):
                continue  # "on regarde ce que fait X en face": what X does, X is not looked at
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


# The sentence after a bare list of names, saying they are the ones in the running.
_THOSE_ARE = re.compile(
    r"(?:(?:those|these|they)(?:\s+are|'re)\s+the\s+(?:two|three|four|ones?|only\s+ones?|main\s+ones?|"
    r"options?|contenders?)|(?:ce\s+sont|c'est|voila)\s+(?:les|nos)\s+(?:deux|trois|quatre|seuls?|seules?|"
    r"options?|pistes?))"
    # not what they judge on: "Price and support. Those are the two things we'd compare on."
    r"(?!\s+(?:things|criteria|factors|points|aspects|priorities|requirements|features|must-haves|criteres|"
    r"points|choses|exigences|fonctionnalites)\b)(?![^.?!]*\b(?:on|sur)\s*[.?!]?\s*$)",
    _F,
)
_WEIGHED = re.compile(
    r"compar\w*|weigh\w*|evaluat\w*|evalu\w*|choos\w*|pick\w*|choisi\w*|hesit\w*|look\w*|regard\w*", _F
)
# The sentence before a bare list of names, counting what came in: "We've had two demos so far."
_SEVERAL_OFFERS = re.compile(
    r"(?<![\w'])(?:two|three|four|a\s+couple\s+of|several|a\s+few|deux|trois|quatre|plusieurs|quelques)\s+"
    r"(?:other\s+|autres\s+)?(?:demos?|quotes?|proposals?|offers?|vendors?|suppliers?|bids?|pitches|devis|offres|"
    r"propositions|editeurs|fournisseurs|prestataires|presentations)(?![\w])",
    _F,
)
_ONLY_JOINS = re.compile(r"(?:[\W\s]|and|et|or|ou|plus|mostly|surtout|both|maybe|peut-etre)*", _F)


def referred_vendor(text: str, around: str, known: set[str] | frozenset[str] = frozenset()) -> list[str]:
    """A vendor named as what "it" was, when the sentences around speak of evaluating one; or the
    names a sentence only lists, that the next one calls the ones compared ("X and Y. Those are the
    two we're weighing up.")."""
    m = _REFERRED.match(fold(text))
    near = fold(around)
    those = _THOSE_ARE.search(near)
    listed = bool(those and _WEIGHED.search(near, those.end())) or bool(_SEVERAL_OFFERS.search(near))
    if m is None and listed:
        names = listed_vendors(text, known)
        rest = text
        for name in names:
            rest = rest.replace(name, " ")
        return names if _ONLY_JOINS.fullmatch(fold(rest)) else []
    if m is None or not _EVALUATION.search(fold(around)):
        return []
    name = _VENDOR.match(text, m.end())
    if name is None or not _vendor_ok(text, name.start(), name.group().strip(), set(known)):
        return []
    return [name.group().strip()]


# A body that visits to check on them, no vendor: "the regulator is coming in to audit us", "HMRC
# came to check the books", "l'URSSAF est venue contrôler".
_INSPECTING = re.compile(
    # or a supplier of another service: "someone from X is doing our audit"
    r"(?<![\w'])(?:doing|does|did|do|handles?|handling|runs?|running|fait|font|gere\w*)\s+(?:our|the|notre|la|le|nos|les)\s+"
    r"(?:audit|accounts|books|payroll|tax\w*|bookkeeping|compta\w*|paie|bilan|commissariat)(?![\w])|"
    r"(?<![\w'])(?:com(?:e|es|ing)|came|visit\w*|turn(?:s|ed|ing)?\s+up|venu\w*|viennent|vient|venir|"
    r"pass\w*|debarqu\w*)\s+(?:in\s+|round\s+|over\s+|by\s+|back\s+)?(?:(?:to|pour|nous)\s+)?"
    r"(?:audit\w*|inspect\w*|check\w*(?!\s+out)|control\w*|verifi\w*|examin\w*)(?![\w])",
    _F,
)


def inspecting(sentence: str) -> bool:
    """Whether the sentence has someone visit to audit or inspect them (see `_INSPECTING`)."""
    return bool(_INSPECTING.search(fold(sentence)))


# What may stand beside a bare name that goes on a list: "Then Planexa.", "And Kelvo too.", "Puis Octime."
_GOES_ON = re.compile(
    r"(?:[\W\s]|and|then|also|plus|too|as\s+well|oh|et|puis|ensuite|aussi|egalement|enfin|later|after\s+that|"
    r"apres)*",
    _F,
)


def continued_list(text: str, known: set[str] | frozenset[str] = frozenset()) -> list[str]:
    """The names of a sentence that only goes on with a list of rivals begun before it in the same
    turn ("We saw Tabulo first. Then Planexa."): nothing but names and words that add."""
    if len(text) > 60:
        return []
    names = listed_vendors(text, known)
    rest = text
    for name in names:
        rest = rest.replace(name, " ")
    return names if names and _GOES_ON.fullmatch(fold(rest)) else []


# "No, only X", "pas vraiment, juste X": a no that keeps one exception, said before its name.
_ONLY_ONE = re.compile(
    r"(?<![\w'])(?:just|only|except|apart\s+from|other\s+than|bar|juste|seulement|sauf|a\s+part|hormis|"
    r"uniquement)\s+(?:(?:really|maybe|vraiment|peut-etre)\s+)?(?=[A-Za-z0-9])",
    _F,
)


def only_one(sentence: str) -> bool:
    """Whether a no keeps an exception named next: "Not really, just Tabulo" (see `_ONLY_ONE`)."""
    m = _ONLY_ONE.search(fold(sentence))
    return m is not None and _VENDOR.match(sentence, m.end()) is not None


# A line that says its name is no rival ("Uses Sage (not a comp)", "M-Pesa reste, pas un concurrent"),
# or lists the seller's next steps ("NEXT: send demo + ref from a client", "Suite : envoyer devis").
_DISCLAIMED = re.compile(
    r"(?<![\w'])(?:not\s+(?:a\s+)?(?:comp(?:etitor|etition)?|rival|concern)|no\s+(?:comp|rival)|"
    r"pas\s+(?:un\s+|une\s+)?(?:concurrent\w*|concu|rival)|pas\s+concern\w*|hors\s+sujet|not\s+relevant)(?![\w])|"
    r"^\W*(?:next(?:\s+steps?)?|suite|prochaines?\s+etapes?|actions?|to-?do|follow-?ups?|a\s+faire)\s*(?::|-|–)",
    _F,
)


def disclaimed(sentence: str) -> bool:
    """Whether the sentence says its names are no rivals, or lists the seller's next steps."""
    return bool(_DISCLAIMED.search(fold(sentence)))


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
    folded = fold(plain)
    out = []
    for m in _VENDOR.finditer(plain):
        name, start = m.group().strip(), m.start()
        while " " in name and (
            _opener(name.split()[0]) or (start == 0 and _HEDGE.fullmatch(fold(name.split()[0])))
        ):  # "Just Gong", "Mostly Kantata": the opener is no name
            first = name.split()[0]
            start += len(first) + 1
            name = name[len(first) :].strip()
        name = re.sub(r"['’]s$", "", name)  # "Planexa's rep": Planexa
        if start == 0 and _opener(name.split()[0]):
            continue  # "Autres pistes : ...": the first word of the line is no name
        if _PERSON_VERB.match(folded, start + len(name)) or _TITLED.match(name):
            continue  # "Karim pushes for X", "Mme Morel": a person, not a vendor
        if _PERSON_BEFORE.search(folded, max(0, start - 16), start) or _with_role(plain, start):
            continue  # "ask Priya", "our CFO, Dana": a colleague
        if _in_place(plain, folded, start) or _USES_NAMED.match(plain, start + len(name)):
            continue  # "a buddy in Leeds", "la mairie utilise X": a place or a user, not the rival
        if _vendor_ok(plain, start, name, known) and len(name) > 1:
            out.append(name)
    return list(dict.fromkeys(out))


# The subject of using a named product is its user, not a vendor: "the city hospital runs X".
_USES_NAMED = re.compile(
    r"\s+(?:also\s+|aussi\s+|already\s+|deja\s+|déjà\s+)?(?:uses|used|runs|ran|is\s+on|are\s+on|went\s+with|"
    r"swears\s+by|utilise|utilisent|est\s+sur|sont\s+sur|tourne\s+sur|tournent\s+sur|travaille\s+avec|"
    r"a\s+(?:pris|choisi))\s+(?:the\s+|le\s+|la\s+|les\s+|l['’])?(?=[A-Z])"
)
_HEDGE = re.compile(
    r"mostly|mainly|probably|maybe|possibly|definitely|obviously|honestly|primarily|largely|principalement|"
    r"surtout|evidemment|notamment|clairement|franchement|essentiellement|peut-etre|sans\s+doute",
    _F,
)
_TITLED = re.compile(
    r"(?:Mr|Mrs|Ms|Miss|Dr|Mme|Mlle|Me|M\.|Pr|Ma[iî]tre|Docteur|Professeur|Prof|Sir|Dame)\.?\s", re.I
)
# What only a person does, right after the name: "Nadia insists", "Bastien wants", "Karim pousse".
_PERSON_VERB = re.compile(
    r"\s+(?:also\s+|aussi\s+|really\s+)?(?:said|says|thinks|told|asked|wants|wanted|pushes|pushed|insists|"
    r"insisted|prefers|preferred|loves|likes|reckons|dit|pense|veut|voudrait|pousse|insiste|prefere|"
    r"souhaite|aime|adore|tient)(?![\w'])",
    _F,
)


# --- call-wide evidence: how a word is written everywhere in the call ----------------------------

_WORD = re.compile(rf"[{_UP}{_LOW}][\w'’.&+-]*[\w+]|[{_UP}{_LOW}]")
# The characters after which a capitalised word is not the first word of a sentence or a line.
_MID_BEFORE = frozenset(",;:&/")


_ELIDED_NAME = re.compile(rf"(?:[dljcnsmtDLJCNSMT]|[Qq]u)['’](?=[{_UP}])")


@dataclass(frozen=True)
class CallWords:
    """How words are written over the whole call: `named` are the words (folded) written with a
    capital inside a sentence somewhere, `common` those written in lower case somewhere. A word
    capitalised only as the first of a sentence ("Nice enough.", "Trop cher.") is no name."""

    named: frozenset[str]
    common: frozenset[str]
    # first names said of a person somewhere in the call ("Thabo, he signs", "our GM, Wiremu"):
    # never a vendor anywhere in it
    persons: frozenset[str] = frozenset()
    # the tools said to be in use somewhere in the call ("we're on Sage"): a rival only when it pitches
    in_use: frozenset[str] = frozenset()


_ROLE_NOUN = (
    r"(?:manager|director|head|lead|boss|guy|woman|man|lady|owner|accountant|controller|cfo|ceo|coo|cto|cio|md|gm|"
    r"buyer|engineer|supervisor|foreman|admin\w*|coordinator|officer|partner|founder|chair\w*|president|"
    r"daf|dg|drh|dsi|pdg|comptable|directeur|directrice|responsable|gerante?|patronn?e?|chef|associee?|"
    r"president\w*|tresorier\w*|adjointe?|assistante?)"
)
_DEPARTMENT = (
    r"(?:finance|accounts|accounting|it|hr|ops|operations|procurement|purchasing|legal|sales|marketing|"
    r"maintenance|payroll|compta\w*|achats|rh|dsi|direction|service\s+\w+|siege)"
)
# A name said of a person: with "he"/"she" after it, with a role or a department beside it.
_PERSON_CONTEXT = re.compile(
    rf"(?<![\w'’])([{_UP}][{_LOW}'’-]+)(?:\s+[{_UP}][{_LOW}'’-]+)?(?:\s*,\s*|\s+)(?:(?:said|says|thinks|reckons|told|"
    rf"feels|believes)\s+(?:that\s+)?)?(?:he|she)(?![\w'’])|"
    rf"(?<![\w'’])([{_UP}][{_LOW}'’-]+)(?:\s+[{_UP}][{_LOW}'’-]+)?\s+(?:is|was|['’]s|est|etait|était)\s+(?:our|my|the|"
    rf"notre|mon|ma|le|la|l['’])\s*(?:[\w-]+\s+){{0,2}}?(?i:{_ROLE_NOUN})(?![\w])|"
    rf"(?<![\w'’])(?i:our|my|the|notre|mon|ma|le|la)\s+(?:[\w-]+\s+){{0,2}}?(?i:{_ROLE_NOUN})\s*,?\s+([{_UP}][{_LOW}'’-]+)|"
    rf"(?<![\w'’])([{_UP}][{_LOW}'’-]+)\s+(?:from|in|at|du|de\s+la|des|de\s+l['’]|aux?)\s+(?i:{_DEPARTMENT})(?![\w])|"
    # someone greeted or thanked by name: "Thanks, Chidi", "Bonjour Aminata"
    rf"(?<![\w'’])(?i:thanks|thank\s+you|cheers|merci|bonjour|hi|hello|hey|salut)\s*,?\s+([{_UP}][{_LOW}'’-]+)(?=\s*[,.!?]|$)"
)


# A tool in use, named after: "we use X", "we're on X", "on tourne sur X", "our current system is X".
_IN_USE = re.compile(
    r"(?<![\w'’])(?i:we\s+(?:use|run|rely\s+on)|we(?:'re|\s+are)\s+(?:on|using|running|still\s+on)|currently\s+"
    r"(?:use|using|on|run)|on\s+utilise|nous\s+utilisons|on\s+est\s+(?:sur|sous)|on\s+tourne\s+(?:sur|avec|sous)|"
    r"our\s+current\s+(?:system|tool|provider|vendor|software|platform)\s+is|notre\s+(?:outil|logiciel|solution)\s+"
    r"actuel(?:le)?\s+(?:est|c'est))\s+(?:(?i:the|le|la)\s+|l['’])?(?=[A-Z0-9])"
)
# What a vendor does to win them, in the sentence: the tool they have is a rival again when it pitches.
_PITCHED = re.compile(
    r"(?<![\w'])(?:demo\w*|quot\w*|pitch\w*|proposal\w*|tender\w*|bid\w*|rfp|trial\w*|devis|offre\w*|"
    r"propos\w*|chiffr\w*|appel\s+d'offres|upgrade\s+offer|renewal\s+(?:quote|offer)|compar\w*|evaluat\w*|"
    r"evalu\w*|shortlist\w*|weigh\w*)(?![\w])",
    _F,
)


def pitching(sentence: str) -> bool:
    """Whether a vendor in the sentence is at work to win them (see `_PITCHED`)."""
    return bool(_PITCHED.search(fold(sentence)))


def _persons(text: str) -> set[str]:
    """The first names `text` says of a person (see `_PERSON_CONTEXT`), folded."""
    out = set()
    for m in _PERSON_CONTEXT.finditer(text):
        word = next(g for g in m.groups() if g)
        if word[0].isupper() and not _opener(word):
            out.add(fold(word))
    return out


def call_words(texts: Iterable[str]) -> CallWords:
    """The call-wide spelling evidence of every word of `texts` (the turns of the call)."""
    named: set[str] = set()
    common: set[str] = set()
    persons: set[str] = set()
    in_use: set[str] = set()
    for text in texts:
        persons |= _persons(text)
        for used in _IN_USE.finditer(text):
            if (m := _VENDOR.match(text, used.end())) is not None:
                in_use.add(fold(m.group().strip()))
        for m in _WORD.finditer(text):
            word = m.group()
            if ("'" in word[:3] or "’" in word[:3]) and (elided := _ELIDED_NAME.match(word)):
                named.add(fold(word[elided.end() :]).rstrip("."))  # "parler d'Octime": a name in a sentence
                continue
            if not word[0].isupper():
                common.add(fold(word).rstrip("."))
                continue
            i = m.start() - 1
            while i >= 0 and text[i] in " \t\"'“”«»()[]*":
                i -= 1
            if i >= 0 and text[i] in "-–—":  # "two of them - Kantata and Float", not a bullet
                j = i - 1
                while j >= 0 and text[j] in " \t":
                    j -= 1
                i = j if j >= 0 and text[j].isalnum() else i
            if i >= 0 and (text[i].isalnum() or text[i] in _MID_BEFORE):
                named.add(fold(word).rstrip("."))
    return CallWords(frozenset(named), frozenset(common), frozenset(persons), frozenset(in_use))


# A plain word with one capital ("Lovely", "Trop", "J'ai"): the shape both of ordinary words at the
# start of a sentence and of many names, which only the rest of the call tells apart.
_PLAIN_WORD = re.compile(rf"[{_UP}][{_LOW}'’-]+")


# Names listed with what each is for: "X for the firewalls, and Y for monitoring", "X pour la paie et Y
# pour les plannings": the first, at the start of the sentence, is a name like the second.
_PURPOSE_LIST = re.compile(
    rf"(?:,\s*|\s)(?:and|et)\s+[{_UP}][\w.&'-]*(?:\s+[{_UP}][\w.&'-]*)?\s+(?:for|pour)\s"
)


def ordinary_word(name: str, sentence: str, words: CallWords | None) -> bool:
    """Whether `name`, said in `sentence`, is an ordinary word written with a capital because it
    starts the sentence: it is written in lower case elsewhere in the call, or it is never written
    with a capital inside a sentence and a lower-case word follows it here ("Lovely demo", "Nice
    enough"), unless what follows is a vendor's doing ("Kantata quoted us")."""
    if words is None or not _PLAIN_WORD.fullmatch(name):
        return False
    key = fold(name)
    if key in words.named:
        return False
    if key in words.common:
        return True
    at = sentence.find(name)
    if at < 0:
        return False
    rest = sentence[at + len(name) :]
    if _DOES.match(fold(rest)) or _ADDED.match(fold(rest)):
        return False  # "Float called me", "Kantata, évidemment.", "Runn as well": what follows a name
    if re.match(r"\s+(?:for|pour)\s", rest) and _PURPOSE_LIST.search(rest):
        return False  # "X for the firewalls, and Y for monitoring"
    if re.match(rf"\s*,\s*(?:à|in|from|based\s+in|out\s+of)\s+[{_UP}]", rest):
        return False  # "Sèvetek, à Sherbrooke": a company said with its town
    after = _COMPETE_AFTER.match(rest)  # "Lovely demo": a bare noun after it is no vendor's doing
    if after is not None and (
        not _BARE_NOUN.fullmatch(after.group()) or _WHEN_HELD.match(fold(rest), after.end())
    ):
        return False  # "Kantata quoted us", "Kantata demo last week": a vendor's doing, dated
    # what follows an ordinary word: what it qualifies ("Nice enough", "Clunky on mobile"), or a
    # comment on it ("Pricey, though.")
    return bool(re.match(rf"\s*,?\s+[{_LOW}]", rest))


# After a name in a list or an answer: an addition, a hedge, a yes, a relative clause.
_ADDED = re.compile(
    r"\s*,?\s*(?:too|as\s+well|also|aussi|egalement|again|yeah|yes|yep|oui|ouais|of\s+course|obviously|"
    r"evidemment|bien\s+sur|surtout|mostly|mainly|maybe|probably|peut-etre|je\s+crois|je\s+pense|i\s+think|"
    r"for\s+sure|definitely|for\s+example|par\s+exemple|notamment|which|who|qui|que|and|et|or|ou|&|"
    r"for\s+one|entre\s+autres|among\s+others|un\s+peu|a\s+bit|a\s+little|vite\s+fait|briefly|brievement|"
    r"at\s+one\s+point|a\s+un\s+moment)(?![\w])",
    _F,
)


# A demo or a quote that took place: "X demo last wk", "X demo went fine", "X devis reçu hier".
_WHEN_HELD = re.compile(
    r"\s*(?:-\s*)?(?:last|yesterday|today|this|next|on\s+(?:mon|tue|wed|thu|fri)|went|was|is|were|booked|"
    r"scheduled|done|due|received|came|set|planned|hier|demain|ce\s+matin|la\s+semaine|lundi|mardi|mercredi|"
    r"jeudi|vendredi|recu|faite?|prevue?|en\s+attente|pending)(?![\w])",
    _F,
)
_BARE_NOUN = re.compile(r"\s+(?:free\s+)?(?:quote|demo|proposal|trial|pitch|poc|offer)s?", re.I)
# A verb or a hedge after a name ("Float rang us", "Kantata offers", "Planity mostly", "Kelio nous a
# appelés"), where an ordinary word is followed by what it qualifies ("Nice enough", "Trop cher").
_DOES = re.compile(
    r"\s+(?:(?:is|was|are|were|has|had|have|will|would|can|could|did|does|do|may|might|should|must|"
    r"keeps?|kept|seems?|also|too|again|and|or|then|a|est|ont|sont|nous|vous|m'a|m'ont|l'a|fait|"
    # the irregular past of what a vendor does: "Planexa came out last spring", "X sent a quote"
    r"came|went|got|gave|took|sent|made|sold|brought|ran|told|showed|"
    r"etait|avait|avaient|vient|viennent|aussi|surtout|evidemment|et|ou|puis|qui|que|je|i|we)(?![\w'])|"
    r"(?!(?:demo|quote|pitch|price|feature|option|tool|thing|guy|folk|people)s\b)[a-z]+(?:ed|ly|ment|s|'d)(?![\w']))",
    _F,
)


# Where someone works, said by them: "I'm head of operations at Kestrel Foods", "here at X", "je suis
# directeur chez X", "nous, chez X": the speaker's own company (prospect or rep), never a rival.
_OWN_COMPANY = re.compile(
    r"(?:(?<![\w'])(?i:i'm|i\s+am|i\s+work|i\s+run|i\s+head|i\s+manage|i\s+lead|i\s+look\s+after|i\s+own|i\s+founded|"
    r"je\s+suis|je\s+travaille|je\s+dirige|je\s+g[eè]re|je\s+m'occupe|j'ai\s+(?:cr[eé]{1,2}|fond[eé]|rejoint))"
    r"(?P<gap>[^.?!]{0,40}?)\s(?:at|for|chez|pour|de\s+chez)|"
    r"(?<![\w'])(?i:here\s+at|we\s+at|us\s+at|ici\s+chez|nous\s*,?\s+chez|nous\s+autres\s+chez|welcome\s+to|"
    r"on\s+behalf\s+of))\s+(?=[A-Z0-9])"
)


_NOT_OWN = re.compile(
    r"(?i:look|talk|speak|meet|evaluat|compar|regard|vu\b|rencontr|test|demo|trial|quote|devis|pitch)"
)


# Someone who introduces themself with their company: "I'm Sam from Loopia", "this is marcus with
# brightwater", "ici Claire, de chez Fromageries Vial" (the rep or the prospect: a party either way).
_INTRODUCED_FROM = re.compile(
    r"(?<![\w'])(?:i'm|i\s+am|this\s+is|it's|my\s+name\s+is|moi\s+c'est|je\s+m'appelle|ici|c'est)\s+"
    r"[a-z][\w'-]+(?:\s+[a-z][\w'-]+)?\s*,?\s+(?:from|with|over\s+at|de\s+chez|de\s+la\s+part\s+de|chez)\s+"
    r"(?P<co>[a-z0-9][\w.&-]*(?:\s+(?!and|et|here|there|calling|today|about|for|pour|ici)[a-z0-9][\w.&-]*)?)",
    _F,
)


def own_companies(texts: Iterable[str]) -> frozenset[str]:
    """The companies speakers say they work at (see `_OWN_COMPANY`, `_INTRODUCED_FROM`), folded."""
    out: set[str] = set()
    for text in texts:
        for intro in _INTRODUCED_FROM.finditer(fold(text)):
            if not any(c.isupper() for c in text):  # speech-to-text: the first word after "from"
                out.add(intro["co"].split()[0].rstrip("."))
            elif m := _VENDOR.match(text, intro.start("co")):
                out.add(fold(re.sub(r"['’]s$", "", m.group().strip())))
        for cue in _OWN_COMPANY.finditer(text):
            if cue["gap"] and _NOT_OWN.search(cue["gap"]):
                continue  # "I'm looking at Kantata": a rival, not where they work
            m = _VENDOR.match(text, cue.end())
            if m and not _opener(m.group().split()[0]):
                out.add(fold(re.sub(r"['’]s$", "", m.group().strip())))
    return frozenset(out)


def label_parties(label: str) -> list[str]:
    """The company a speaker's label names beside the person ("Tom Becker (Sensora)", "Ledgerline –
    Owen Price", "Owen Price, Ledgerline"): every part, folded (the person's own name too, which
    is no rival either)."""
    paren = re.findall(r"\(([^)]{2,40})\)", label)
    rest = re.sub(r"\([^)]*\)", " ", label)
    parts = [p.strip() for p in re.split(r"\s+[–—-]\s+|,\s*", rest) if p.strip()]
    return [fold(p) for p in [*paren, *(parts if len(parts) > 1 else [])] if len(p) >= 3]


def is_party(name: str, parties: Iterable[str]) -> bool:
    """Whether `name` is one of the call's own parties (the rep's company): a long name inside it,
    a short one as a whole word ("Sam" is no part of "Samsara")."""
    folded = fold(name)
    for p in parties:
        if len(p) >= 5 and p in folded:
            return True
        if re.search(rf"(?<![\w']){re.escape(p)}(?![\w'])", folded):
            return True
    return False
