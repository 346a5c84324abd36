"""Words of reports and summaries in both languages, shared by the exports and the summary screen.

Bank texts carry their own translations; these are qualify's own labels. No UI import here.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

WORDS: dict[str, dict[str, str]] = {
    "title": {"en": "Call summary", "fr": "Compte rendu d'appel"},
    "lead": {"en": "Lead", "fr": "Contact"},
    "company": {"en": "Company", "fr": "Société"},
    "firmographics": {"en": "Firmographics", "fr": "Firmographie"},
    "date": {"en": "Date", "fr": "Date"},
    "rep": {"en": "Rep", "fr": "Commercial"},
    "duration": {"en": "Duration", "fr": "Durée"},
    "in_progress": {"en": "in progress", "fr": "en cours"},
    "so_far": {"en": "so far", "fr": "jusqu'ici"},
    "frameworks": {"en": "Frameworks", "fr": "Méthodes"},
    "stage": {"en": "Stage", "fr": "Étape"},
    "deal_potential": {"en": "Deal potential", "fr": "Potentiel de l'affaire"},
    "expected_value": {"en": "Expected value", "fr": "Valeur attendue"},
    "verdict": {"en": "Verdict", "fr": "Verdict"},
    "computed": {"en": "computed", "fr": "calculé"},
    "overridden": {"en": "overridden by the rep", "fr": "corrigé par le commercial"},
    "profile": {"en": "Motive profile", "fr": "Profil de motivations"},
    "lead_with": {"en": "lead with", "fr": "mettre en avant"},
    "score": {"en": "score", "fr": "score"},
    "coverage": {"en": "coverage", "fr": "couverture"},
    "criterion": {"en": "Criterion", "fr": "Critère"},
    "answered": {"en": "Answered", "fr": "Réponses"},
    "signals": {"en": "Signals", "fr": "Signaux"},
    "process": {"en": "process", "fr": "déroulé"},
    "raised_by": {"en": "raised by", "fr": "déclenché par"},
    "answers": {"en": "Answers", "fr": "Réponses"},
    "no_answers": {"en": "No answer recorded.", "fr": "Aucune réponse enregistrée."},
    "dropped": {
        "en": "answer(s) to questions no loaded bank has any more are not shown",
        "fr": "réponse(s) à des questions absentes des méthodes chargées ne sont pas montrées",
    },
    "notes": {"en": "Notes", "fr": "Notes"},
    "next_steps": {"en": "Next steps", "fr": "Prochaines étapes"},
    "nothing_next": {"en": "No question left to ask.", "fr": "Plus aucune question à poser."},
    "comments": {"en": "Review comments", "fr": "Commentaires de revue"},
    "not_loaded": {
        "en": "this framework is not loaded: no judgement",
        "fr": "cette méthode n'est pas chargée : pas de jugement",
    },
    # the summary screen
    "no_motive": {"en": "no motive rated yet", "fr": "aucune motivation évaluée"},
    "no_deal_potential": {
        "en": "not given: no expected value",
        "fr": "non renseigné : pas de valeur attendue",
    },
    "no_expected_value": {"en": "no framework has a score yet", "fr": "aucune méthode n'a encore de score"},
    "no_signal": {"en": "No signal fired.", "fr": "Aucun signal déclenché."},
    "gaps": {"en": "Gaps", "fr": "Lacunes"},
    "no_gap": {"en": "Every criterion is well covered.", "fr": "Tous les critères sont bien couverts."},
    "exported": {"en": "Exported to", "fr": "Exporté dans"},
    "export_failed": {"en": "Export failed", "fr": "Échec de l'export"},
    "summary_failed": {"en": "Summary failed", "fr": "Échec du compte rendu"},
}

VERDICTS: dict[str, dict[str, str]] = {
    "qualified": {"en": "qualified", "fr": "qualifiée"},
    "nurture": {"en": "nurture", "fr": "à faire mûrir"},
    "disqualified": {"en": "disqualified", "fr": "disqualifiée"},
    "insufficient": {"en": "insufficient data", "fr": "données insuffisantes"},
}

STAGES: dict[str, dict[str, str]] = {
    "mql": {"en": "MQL", "fr": "MQL"},
    "sal": {"en": "SAL", "fr": "SAL"},
    "sql": {"en": "SQL", "fr": "SQL"},
    "opportunity": {"en": "opportunity", "fr": "opportunité"},
    "recycled": {"en": "recycled to marketing", "fr": "rendue au marketing"},
    "closed": {"en": "closed", "fr": "close"},
}

WORDS.update({f"stage_{key}": value for key, value in STAGES.items()})


def word(key: str, lang: str) -> str:
    entry = WORDS.get(key) or VERDICTS[key]
    return entry.get(lang, entry["en"])


def word_label(key: str, lang: str) -> str:
    """A label followed by a colon, with the space French typography puts before it."""
    return word(key, lang) + (" :" if lang == "fr" else ":")


def strings_of(table: Mapping[str, Mapping[str, str]]) -> Callable[..., str]:
    """The lookup of a screen's own string table: `key` in `lang` (English when missing), with
    `values` filled in ({name} fields) when given."""

    def lookup(key: str, lang: str, **values: object) -> str:
        entry = table[key]
        text = entry.get(lang, entry["en"])
        return text.format(**values) if values else text

    return lookup
