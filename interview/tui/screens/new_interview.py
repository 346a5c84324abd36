"""The form that starts an interview: who, which company, which frameworks, which language."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Select, SelectionList, Static

from interview.app_factory import NewInterview
from interview.tui.i18n import t

FIRMOGRAPHIC_FACTS = ("company.size", "company.industry", "company.region")


class NewInterviewScreen(ModalScreen[NewInterview | None]):
    BINDINGS = [
        Binding("escape", "cancel", "Cancel", id="cancel_new"),
        Binding("ctrl+s", "start", "Start", id="start_interview"),
    ]

    def compose(self) -> ComposeResult:
        app = self.app
        lang: str = app.lang  # type: ignore[attr-defined]
        catalog = app.context.catalog  # type: ignore[attr-defined]
        engine = app.engine  # type: ignore[attr-defined]
        with Vertical(id="new-form"):
            yield Static(t("new_interview", lang), id="new-title")
            with Horizontal(classes="row"):
                yield Input(placeholder=t("lead_name", lang), id="lead")
                yield Input(placeholder=t("company", lang), id="company")
                yield Input(placeholder=t("role", lang), id="role")
            with Horizontal(classes="row"):
                for fact in FIRMOGRAPHIC_FACTS:
                    question = engine.index.resolve(fact)
                    if question is None:
                        continue
                    options = [(Content(o.label.get(lang)), str(o.value)) for o in question.options or ()]
                    prompt = t(fact.replace(".", "_"), lang)
                    yield Select(options, prompt=prompt, id=fact.replace(".", "-"))
            with Horizontal(classes="row"):
                with VerticalScroll(id="framework-box"):
                    yield Label(t("frameworks", lang))
                    yield SelectionList[str](
                        *((Content(b.name.get(lang)), b.id, b.id == "bant") for b in catalog.banks()),
                        id="frameworks-choice",
                    )
                with Vertical(id="lang-box"):
                    yield Label(t("interview_language", lang))
                    yield Select(
                        [(Content("English"), "en"), (Content("Français"), "fr")],
                        value=lang,
                        allow_blank=False,
                        id="lang",
                    )
                    yield Static(id="form-error")
                    yield Button(t("start", lang), variant="primary", id="start")

    def on_mount(self) -> None:
        self.query_one("#lead", Input).focus()

    @on(Button.Pressed, "#start")
    def action_start(self) -> None:
        lang: str = self.app.lang  # type: ignore[attr-defined]
        lead = self.query_one("#lead", Input).value.strip()
        frameworks = tuple(self.query_one("#frameworks-choice", SelectionList).selected)
        error = self.query_one("#form-error", Static)
        if not lead:
            error.update(t("need_lead", lang))
            self.query_one("#lead", Input).focus()
            return
        if not frameworks:
            error.update(t("need_framework", lang))
            return
        firmographics = []
        for fact in FIRMOGRAPHIC_FACTS:
            selects = self.query(f"#{fact.replace('.', '-')}").results(Select)
            for select in selects:
                if select.value is not Select.NULL:
                    firmographics.append((fact, str(select.value)))
        chosen_lang = self.query_one("#lang", Select).value
        self.dismiss(
            NewInterview(
                lead=lead,
                company=self.query_one("#company", Input).value.strip() or None,
                frameworks=frameworks,
                role=self.query_one("#role", Input).value.strip() or None,
                lang=str(chosen_lang) if chosen_lang is not Select.NULL else None,
                firmographics=tuple(firmographics),
            )
        )

    def action_cancel(self) -> None:
        self.dismiss(None)
