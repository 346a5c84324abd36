"""Framework cards: the frameworks on the left, the highlighted one's card on the right.

The card (`interview.training.cards.Card`) is built from the banks already in memory: each letter
with its meaning, weight and questions as a table, the order of the call and why, when it fits, its
limits, origin and relations, and the questions it shares with each other framework. Bank texts are
written by users: they reach the screen as rich `Text` or `Content`, never as markup.

Keys: arrows pick a framework, Tab moves to the card (arrows then scroll it), `q` starts a quiz on
the framework shown, F2 switches language, Escape goes back.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar, cast

from rich.table import Table
from rich.text import Text as RichText
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Footer, Header, OptionList, Static
from textual.widgets.option_list import Option

from interview.app_factory import OpenScreen
from interview.safe_text import printable, printable_line
from interview.training.cards import Card, cards, colon, meeting_lines, short_name
from interview.training.cards import label as card_label
from interview.tui.i18n import strings_of

if TYPE_CHECKING:
    from interview.tui.app import QualifyApp

STRINGS: dict[str, dict[str, str]] = {
    "title": {"en": "Learn the frameworks", "fr": "Apprendre les méthodes"},
    "frameworks": {"en": "Frameworks", "fr": "Méthodes"},
    "letter": {"en": "Letter", "fr": "Lettre"},
    "meaning": {"en": "Meaning", "fr": "Sens"},
    "questions": {"en": "Questions asked", "fr": "Questions posées"},
    "weight": {"en": "weight", "fr": "poids"},
    "asked": {"en": "asked", "fr": "posée en"},
    "follow_up": {"en": "follow-up", "fr": "relance"},
    "framework": {"en": "Framework", "fr": "Méthode"},
    "meets": {"en": "Our letter ↔ theirs (shared facts)", "fr": "Notre lettre ↔ la leur (faits partagés)"},
    "question_count": {"en": "questions", "fr": "questions"},
    "signal_count": {"en": "signals", "fr": "signaux"},
    "no_bank": {"en": "No framework is loaded.", "fr": "Aucune méthode chargée."},
}


s = strings_of(STRINGS)


def _text(text: str, style: str = "") -> RichText:
    """Bank text is data: a rich Text (never markup), control characters shown as escapes."""
    return RichText(printable(text), style=style)


@dataclass(frozen=True)
class LearnOpening(OpenScreen):
    """`qualify learn [ID]`: the learn screen, on one framework's card."""

    name: str = "learn"
    bank_id: str | None = None


def letters_table(card: Card, lang: str) -> Table:
    """Letter | meaning (name, weight, description) | the questions asked under it."""
    table = Table(expand=True, show_lines=True, header_style="bold", border_style="dim")
    table.add_column(s("letter", lang), no_wrap=True, style="bold")
    table.add_column(s("meaning", lang), ratio=2)
    table.add_column(s("questions", lang), ratio=3)
    for letter in card.letters:
        meaning = _text(letter.name.get(lang), "bold")
        meaning.append(f"\n{s('weight', lang)} {letter.weight:g} ({letter.share:.0%})", style="dim")
        meaning.append("\n")
        meaning.append_text(_text(letter.description.get(lang)))
        questions = RichText()
        for n, question in enumerate(letter.questions):
            if n:
                questions.append("\n")
            questions.append("• ")
            questions.append_text(_text(question.text.get(lang)))
            if question.follow_up:
                questions.append(f" ({s('follow_up', lang)})", style="dim italic")
        table.add_row(_text(letter.letter), meaning, questions)
    return table


def shared_table(card: Card, lang: str) -> Table | RichText:
    if not card.links:
        return _text(card_label("no_shared", lang), "dim")
    table = Table(expand=True, header_style="bold", border_style="dim", show_edge=False)
    table.add_column(s("framework", lang), no_wrap=True, style="bold")
    table.add_column(s("meets", lang), ratio=1)
    for link in card.links:
        table.add_row(_text(short_name(link.name.get(lang))), _text("\n".join(meeting_lines(link, lang))))
    return table


class LearnScreen(Screen[None]):
    """Every framework's card; F2 switches language, Escape goes back."""

    CSS_PATH = "../styles/learn.tcss"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("q", "quiz", "Quiz", id="learn_quiz"),
        Binding("escape", "back", "Back", id="learn_back"),
    ]

    def __init__(self, bank_id: str | None = None) -> None:
        super().__init__()
        self.bank_id = bank_id  # the card shown
        self.cards: dict[str, Card] = {}

    @classmethod
    def opened(cls, opening: OpenScreen) -> LearnScreen:
        return cls(getattr(opening, "bank_id", None))

    @property
    def qualify(self) -> QualifyApp:
        return cast("QualifyApp", self.app)

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal():
            yield OptionList(id="learn-frameworks")
            with VerticalScroll(id="learn-card"):
                yield Static(id="learn-title")
                yield Static(id="learn-summary", classes="learn-block")
                yield Static(id="learn-letters", classes="learn-block")
                yield Static(id="learn-order", classes="learn-block")
                yield Static(id="learn-about", classes="learn-block")
                yield Static(id="learn-shared", classes="learn-block")
        yield Footer()

    def on_mount(self) -> None:
        # Built from the banks in memory (no file, no database): a few milliseconds.
        banks = self.qualify.context.catalog.banks()
        self.cards = {item.bank_id: item for item in cards(banks)}
        if self.bank_id not in self.cards:
            self.bank_id = next(iter(self.cards), None)
        self.watch(self.qualify, "lang", self._render_lang)
        self.query_one("#learn-frameworks", OptionList).focus()

    def _render_lang(self, lang: str) -> None:
        self.title = s("title", lang)
        box = self.query_one("#learn-frameworks", OptionList)
        box.border_title = s("frameworks", lang)
        box.set_options(
            Option(Content(printable_line(short_name(item.name.get(lang)))), id=bank_id)
            for bank_id, item in self.cards.items()
        )
        ids = list(self.cards)
        if self.bank_id in ids:
            box.highlighted = ids.index(self.bank_id)
        self._show()

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        if event.option.id is not None and event.option.id != self.bank_id:
            self.bank_id = event.option.id
            self._show()
            self.query_one("#learn-card", VerticalScroll).scroll_home(animate=False)

    def _show(self) -> None:
        lang = self.qualify.lang
        card = self.cards.get(self.bank_id or "")
        title = self.query_one("#learn-title", Static)
        if card is None:
            title.update(Content(s("no_bank", lang)))
            return
        c = colon(lang)
        head = _text(card.name.get(lang), "bold")
        head.append(
            f"\n{card.acronym}  ·  {card.question_count} {s('question_count', lang)}"
            f"  ·  {card.signal_count} {s('signal_count', lang)}"
        )
        title.update(head)
        summary = _text(card.summary.get(lang))
        if card.output == "profile":
            summary.append("\n")
            summary.append_text(_text(card_label("profile", lang), "italic"))
        self.query_one("#learn-summary", Static).update(summary)
        self.query_one("#learn-letters", Static).update(letters_table(card, lang))
        order = RichText(f"{card_label('ask_order', lang)}{c} ", style="bold")
        order.append_text(_text(" → ".join(card.ask_order)))
        if card.ask_reason is not None:
            order.append("\n")
            order.append_text(_text(card.ask_reason.get(lang)))
        self.query_one("#learn-order", Static).update(order)
        about = RichText()
        parts = (
            ("when_it_fits", card.when_it_fits),
            ("limits", card.limits),
            ("origin", card.origin),
            ("relations", card.relations),
        )
        for key, text in parts:
            if text is None and key != "relations":
                continue
            if about:
                about.append("\n\n")
            about.append(f"{card_label(key, lang)}{c} ", style="bold")
            body = text.get(lang) if text is not None else card_label("no_relations", lang)
            about.append_text(_text(body))
        self.query_one("#learn-about", Static).update(about)
        shared = self.query_one("#learn-shared", Static)
        shared.border_title = card_label("shared", lang)
        shared.update(shared_table(card, lang))

    def action_quiz(self) -> None:
        """A quiz on the framework shown (a new seed each time)."""
        from interview.tui.screens.quiz import QuizScreen

        self.app.push_screen(
            QuizScreen(
                bank_id=self.bank_id,
                seed=random.randrange(1_000_000),
                trainee=self.qualify.context.settings.rep,
            )
        )

    def action_back(self) -> None:
        self.dismiss()
