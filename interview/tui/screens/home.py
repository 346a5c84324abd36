"""Home: the frameworks available, with what each is for. Interviews arrive with the UI issue."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Footer, Header, OptionList, Static
from textual.widgets.option_list import Option

from interview.tui.i18n import label, t
from question_banks.schema import Bank


class HomeScreen(Screen[None]):
    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal():
            yield OptionList(id="frameworks")
            with VerticalScroll(id="about"):
                yield Static(id="about-title")
                yield Static(id="about-body")
        yield Footer()

    def on_mount(self) -> None:
        self.watch(self.app, "lang", self._render_lang)

    @property
    def banks(self) -> list[Bank]:
        return self.app.context.catalog.banks()  # type: ignore[attr-defined]

    def _render_lang(self, lang: str) -> None:
        frameworks = self.query_one("#frameworks", OptionList)
        highlighted = frameworks.highlighted or 0
        frameworks.border_title = t("frameworks", lang)
        frameworks.set_options(
            Option(Content(f"{b.name.get(lang)}  ·  {b.question_count()} {t('questions', lang)}"), id=b.id)
            for b in self.banks
        )
        if self.banks:
            frameworks.highlighted = min(highlighted, len(self.banks) - 1)
            self._show(self.banks[frameworks.highlighted])

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        bank_id = event.option.id
        if bank_id is not None:
            self._show(self.app.context.catalog.bank(bank_id))  # type: ignore[attr-defined]

    def _show(self, bank: Bank) -> None:
        lang: str = self.app.lang  # type: ignore[attr-defined]
        about = bank.about
        self.query_one("#about-title", Static).update(Content(bank.name.get(lang)))
        lines = [
            about.summary.get(lang),
            "",
            f"{label('when_it_fits', lang)} {about.when_it_fits.get(lang)}",
            "",
            f"{label('limits', lang)} {about.limits.get(lang)}",
            "",
            label("criteria", lang),
        ]
        lines += [
            f"  {c.letter or '·'}  {c.name.get(lang)} ({t('weight', lang)} {c.weight:g}, "
            f"{len(c.questions)} {t('questions', lang)})"
            for c in bank.criteria
        ]
        # Bank text is written by users: plain Content, never markup.
        self.query_one("#about-body", Static).update(Content("\n".join(lines)))
