"""Interface strings in both languages (bank texts carry their own translations)."""

from __future__ import annotations

from interview.i18n import VERDICTS, strings_of  # noqa: F401 - screens import it from here

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
    "no_signal": {"en": "No signal yet.", "fr": "Aucun signal pour l'instant."},
    "next_questions": {"en": "Next questions", "fr": "Questions suivantes"},
    "signals": {"en": "Signals", "fr": "Signaux"},
    "answer_hint": {"en": "Answer, then Enter", "fr": "Réponse, puis Entrée"},
    "saved": {"en": "Saved", "fr": "Enregistré"},
    "saving": {"en": "Saving", "fr": "Enregistrement"},
    "not_saved": {"en": "NOT saved", "fr": "NON enregistré"},
    "tip": {"en": "Tip", "fr": "Conseil"},
    "unfinished": {"en": "Unfinished interviews", "fr": "Entretiens non terminés"},
    "recent": {"en": "Recent interviews", "fr": "Entretiens récents"},
    "done": {"en": "Every question is answered.", "fr": "Toutes les questions ont une réponse."},
    "note_saved": {"en": "note", "fr": "note"},
    "new_interview": {"en": "New interview", "fr": "Nouvel entretien"},
    "company_size": {"en": "Company size", "fr": "Taille"},
    "company_industry": {"en": "Industry", "fr": "Secteur"},
    "company_region": {"en": "Region", "fr": "Région"},
    "lead_name": {"en": "Lead name (required)", "fr": "Nom du contact (obligatoire)"},
    "company": {"en": "Company", "fr": "Entreprise"},
    "role": {"en": "Role, e.g. CFO", "fr": "Fonction, ex. DAF"},
    "interview_language": {"en": "Language of the call", "fr": "Langue de l'appel"},
    "start": {"en": "Start (Ctrl+S)", "fr": "Commencer (Ctrl+S)"},
    "need_lead": {"en": "Name the lead first.", "fr": "Indiquez d'abord le contact."},
    "need_framework": {"en": "Choose at least one framework.", "fr": "Choisissez au moins une méthode."},
    "notes_hint": {
        "en": "Notes (F7): type freely; amounts, dates, roles are offered as answers (F6)",
        "fr": "Notes (F7) : écrivez librement ; montants, dates, rôles sont proposés (F6)",
    },
    "current_answer": {"en": "Current answer", "fr": "Réponse actuelle"},
    "kind_yes_no": {"en": "y / n", "fr": "o / n"},
    "kind_choice": {"en": "option number", "fr": "numéro de l'option"},
    "kind_multi_choice": {"en": "numbers, e.g. 1,3", "fr": "numéros, ex. 1,3"},
    "kind_scale": {"en": "1 to 5", "fr": "1 à 5"},
    "kind_number": {"en": "a number", "fr": "un nombre"},
    "kind_money": {"en": "an amount, e.g. 50k€", "fr": "un montant, ex. 50 k€"},
    "kind_date": {"en": "a date, e.g. end of March", "fr": "une date, ex. fin mars"},
    "kind_text": {"en": "free text", "fr": "texte libre"},
    "action_end": {"en": "End the interview", "fr": "Terminer l'entretien"},
    "action_skip": {"en": "Skip this question", "fr": "Passer cette question"},
    "action_clear_answer": {"en": "Clear this answer", "fr": "Effacer cette réponse"},
    "action_focus_notes": {"en": "Write a note", "fr": "Écrire une note"},
    "action_lens": {"en": "Next framework lens", "fr": "Méthode suivante"},
}


STRINGS.update(VERDICTS)  # verdict names read the same on every screen and in every export
STRINGS[""] = {"en": "", "fr": ""}


def t(key: str, lang: str) -> str:
    return STRINGS[key].get(lang, STRINGS[key]["en"])


def label(key: str, lang: str) -> str:
    """A label followed by a colon, with the space French typography puts before it."""
    return t(key, lang) + (" :" if lang == "fr" else ":")
