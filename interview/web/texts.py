"""The web pages' words, in English and French (the app's own screens have theirs)."""

from __future__ import annotations

from interview.i18n import strings_of

TEXTS: dict[str, dict[str, str]] = {
    "starting": {"en": "Starting qualify…", "fr": "Démarrage de qualify…"},
    "ended": {"en": "Session ended.", "fr": "Session terminée."},
    "again": {"en": "Start again", "fr": "Recommencer"},
    "wrong_host": {"en": "Wrong address", "fr": "Mauvaise adresse"},
    "wrong_host_body": {
        "en": "This server answers to {url} only.",
        "fr": "Ce serveur ne répond qu'à {url}.",
    },
    "wrong_token": {"en": "Wrong access token", "fr": "Jeton d'accès erroné"},
    "wrong_token_body": {
        "en": "Open the address that `qualify serve` printed.",
        "fr": "Ouvrez l'adresse affichée par `qualify serve`.",
    },
    "no_token": {"en": "Access token needed", "fr": "Jeton d'accès requis"},
    "no_token_body": {
        "en": "Open the full address that `qualify serve` printed when it started: it carries the "
        "access token.",
        "fr": "Ouvrez l'adresse complète affichée par `qualify serve` au démarrage : elle contient "
        "le jeton d'accès.",
    },
    "full": {"en": "Too many sessions", "fr": "Trop de sessions"},
    "full_body": {
        "en": "qualify is open in {open} tab(s) already, the most this server allows "
        "(--max-sessions {cap}). Close one, then reload this page.",
        "fr": "qualify est déjà ouvert dans {open} onglet(s), le maximum permis par ce serveur "
        "(--max-sessions {cap}). Fermez-en un, puis rechargez cette page.",
    },
    "no_user": {"en": "Who are you?", "fr": "Qui êtes-vous ?"},
    "no_user_body": {
        "en": "The signing-in proxy did not send the {header} header: sign in through it.",
        "fr": "Le proxy d'authentification n'a pas envoyé l'en-tête {header} : connectez-vous par lui.",
    },
    "foreign": {"en": "Foreign origin", "fr": "Origine étrangère"},
    "foreign_body": {
        "en": "Connections from other sites are refused.",
        "fr": "Les connexions venant d'autres sites sont refusées.",
    },
}


text = strings_of(TEXTS)
