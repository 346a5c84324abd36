"""Interface strings in both languages (bank texts carry their own translations)."""

from __future__ import annotations

STRINGS: dict[str, dict[str, str]] = {
    "frameworks": {"en": "Frameworks", "fr": "Méthodes"},
    "questions": {"en": "questions", "fr": "questions"},
    "when_it_fits": {"en": "When it fits", "fr": "Quand l'utiliser"},
    "limits": {"en": "Limits", "fr": "Limites"},
    "criteria": {"en": "Criteria", "fr": "Critères"},
    "language": {"en": "Français", "fr": "English"},
    "weight": {"en": "weight", "fr": "poids"},
    "profile": {"en": "Profile", "fr": "Profil"},
    "verdict": {"en": "Verdict", "fr": "Verdict"},
    "qualified": {"en": "qualified", "fr": "qualifiée"},
    "nurture": {"en": "nurture", "fr": "à mûrir"},
    "disqualified": {"en": "disqualified", "fr": "disqualifiée"},
    "insufficient": {"en": "insufficient", "fr": "insuffisant"},
    "": {"en": "", "fr": ""},
    "no_signal": {"en": "No signal yet.", "fr": "Aucun signal pour l'instant."},
    "next_questions": {"en": "Next questions", "fr": "Questions suivantes"},
    "signals": {"en": "Signals", "fr": "Signaux"},
    "answer_hint": {"en": "Answer, then Enter", "fr": "Réponse, puis Entrée"},
    "saved": {"en": "Saved", "fr": "Enregistré"},
    "not_saved": {"en": "NOT saved", "fr": "NON enregistré"},
    "tip": {"en": "Tip", "fr": "Conseil"},
    "unfinished": {"en": "Unfinished interviews", "fr": "Entretiens non terminés"},
    "done": {"en": "Every question is answered.", "fr": "Toutes les questions ont une réponse."},
}


def t(key: str, lang: str) -> str:
    return STRINGS[key].get(lang, STRINGS[key]["en"])


def label(key: str, lang: str) -> str:
    """A label followed by a colon, with the space French typography puts before it."""
    return t(key, lang) + (" :" if lang == "fr" else ":")
