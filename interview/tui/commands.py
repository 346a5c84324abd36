"""Command palette providers: jump to any question, switch framework, run an action by name."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from textual.command import DiscoveryHit, Hit, Hits, Matcher, Provider
from textual.content import Content

if TYPE_CHECKING:
    from interview.tui.screens.interview import InterviewScreen


def safe_highlight(matcher: Matcher, text: str) -> Content:
    """Like Matcher.highlight, but the text is data: Matcher.highlight parses it as markup."""
    content = Content(text)
    score, offsets = matcher.fuzzy_search.match(matcher.query, text)
    if score:
        for offset in offsets:
            if not text[offset].isspace():
                content = content.stylize(matcher.match_style, offset, offset + 1)
    return content


class InterviewCommands(Provider):
    """Questions of every framework of the interview, the frameworks, and the screen's actions."""

    def _entries(self) -> list[tuple[str, Callable[[], object], str]]:
        screen: InterviewScreen = self.screen  # type: ignore[assignment]
        lang = screen.lang
        entries: list[tuple[str, Callable[[], object], str]] = []
        for index, bank_id in enumerate(screen.recording.record.frameworks):
            bank = screen.recording.engine.banks[bank_id]
            entries.append((f"{bank.name.get(lang)}", partial(screen.set_lens, index), "lens"))
            for criterion in bank.criteria:
                for question in criterion.questions:
                    label = f"{question.text.get(lang)}  ·  {bank_id} · {criterion.name.get(lang)}"
                    entries.append((label, partial(screen.ask, question.id), question.id))
        for action, label in screen.palette_actions():
            entries.append((label, partial(screen.run_action, action), action))
        return entries

    async def discover(self) -> Hits:
        screen: InterviewScreen = self.screen  # type: ignore[assignment]
        for action, label in screen.palette_actions():
            yield DiscoveryHit(Content(label), partial(screen.run_action, action), help=action)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for text, callback, help_text in self._entries():
            score = matcher.match(text)
            if score > 0:
                yield Hit(score, safe_highlight(matcher, text), callback, help=help_text)
