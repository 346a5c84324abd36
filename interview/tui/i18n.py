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
}


def t(key: str, lang: str) -> str:
    return STRINGS[key].get(lang, STRINGS[key]["en"])


def label(key: str, lang: str) -> str:
    """A label followed by a colon, with the space French typography puts before it."""
    return t(key, lang) + (" :" if lang == "fr" else ":")
