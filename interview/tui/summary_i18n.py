"""Strings of the end-of-interview summary screen, in both languages (bank texts carry theirs)."""

from __future__ import annotations

SUMMARY_STRINGS: dict[str, dict[str, str]] = {
    "title": {"en": "Call summary", "fr": "Compte rendu d'appel"},
    "frameworks": {"en": "Frameworks", "fr": "Méthodes"},
    "verdict": {"en": "Verdict", "fr": "Verdict"},
    "profile": {"en": "Motive profile", "fr": "Profil de motivations"},
    "lead_with": {"en": "lead with", "fr": "mettre en avant"},
    "no_motive": {"en": "no motive rated yet", "fr": "aucune motivation évaluée"},
    "score": {"en": "score", "fr": "score"},
    "coverage": {"en": "coverage", "fr": "couverture"},
    "stage": {"en": "Stage", "fr": "Étape"},
    "deal_potential": {"en": "Deal potential", "fr": "Potentiel de l'affaire"},
    "no_deal_potential": {
        "en": "not given: no expected value",
        "fr": "non renseigné : pas de valeur attendue",
    },
    "expected_value": {"en": "Expected value", "fr": "Valeur attendue"},
    "no_expected_value": {
        "en": "no framework has a score yet",
        "fr": "aucune méthode n'a encore de score",
    },
    "signals": {"en": "Signals", "fr": "Signaux"},
    "no_signal": {"en": "No signal fired.", "fr": "Aucun signal déclenché."},
    "process": {"en": "process", "fr": "déroulé"},
    "raised_by": {"en": "raised by", "fr": "déclenché par"},
    "gaps": {"en": "Gaps", "fr": "Lacunes"},
    "no_gap": {"en": "Every criterion is well covered.", "fr": "Tous les critères sont bien couverts."},
    "next_steps": {"en": "Next steps", "fr": "Prochaines étapes"},
    "nothing_next": {"en": "No question left to ask.", "fr": "Plus aucune question à poser."},
    "exported": {"en": "Exported to", "fr": "Exporté dans"},
    "export_failed": {"en": "Export failed", "fr": "Échec de l'export"},
    "summary_failed": {"en": "Summary failed", "fr": "Échec du compte rendu"},
    "stage_mql": {"en": "MQL", "fr": "MQL"},
    "stage_sal": {"en": "SAL", "fr": "SAL"},
    "stage_sql": {"en": "SQL", "fr": "SQL"},
    "stage_opportunity": {"en": "opportunity", "fr": "opportunité"},
    "stage_recycled": {"en": "recycled to marketing", "fr": "rendue au marketing"},
    "stage_closed": {"en": "closed", "fr": "close"},
}


def st(key: str, lang: str) -> str:
    """The summary string `key` in `lang` (English when the language is unknown)."""
    return SUMMARY_STRINGS[key].get(lang, SUMMARY_STRINGS[key]["en"])


def st_label(key: str, lang: str) -> str:
    """A label followed by a colon, with the space French typography puts before it."""
    return st(key, lang) + (" :" if lang == "fr" else ":")
