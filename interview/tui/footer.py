"""The footer's words in the app's language.

Textual's footer shows each binding's `description`, fixed when the screen class is defined. A
screen that mixes this in names its actions' words in both languages (`FOOTER`), and the footer
shows them in the app's current language; the screen calls `refresh_bindings()` when it changes.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

if TYPE_CHECKING:
    from textual.binding import ActiveBinding


class LocalFooter:
    """Mixin for a Screen (put it before Screen in the bases)."""

    FOOTER: ClassVar[Mapping[str, Mapping[str, str]]] = {}  # action -> {"en": ..., "fr": ...}

    @property
    def active_bindings(self) -> dict[str, ActiveBinding]:
        lang: str = getattr(self.app, "lang", "en")  # type: ignore[attr-defined]
        shown: dict[str, Any] = {}
        for key, active in super().active_bindings.items():  # type: ignore[misc]
            words = self.FOOTER.get(active.binding.action)
            if words is not None and active.node is self:
                binding = dataclasses.replace(active.binding, description=words.get(lang, words["en"]))
                active = active._replace(binding=binding)
            shown[key] = active
        return shown
