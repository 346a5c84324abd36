"""Replay: a recorded interview played back as it happened, for a manager to review and comment.

The screen shows one moment of the timeline (interview/replay.py): what the rep had on screen
just after that event. Playing moves a clock through the call at 1x to 16x; stepping moves event by
event (several events can share a second); a review comment is pinned to the moment shown.
"""

from __future__ import annotations

import time
from typing import ClassVar

from rich.text import Text as RichText
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen, Screen
from textual.timer import Timer
from textual.widgets import Footer, Header, Input, Static
from textual.worker import Worker, WorkerState

from interview.engine.judge import BankJudgement
from interview.engine.wording import answer_label
from interview.exports import clock
from interview.i18n import STAGES
from interview.replay import Moment, Timeline, load_timeline
from interview.safe_text import printable_line
from interview.tui.footer import LocalFooter
from interview.tui.i18n import strings_of, t
from interview.tui.widgets.panels import VERDICT_STYLE, CriteriaPanel, SignalsPanel, update_if_changed
from interview.tui.widgets.timeline import TimelineBar
from storage.records import CommentRecord

SPEEDS = (1, 2, 4, 8, 16)
TICK = 0.1  # seconds between two clock updates while playing

STRINGS: dict[str, dict[str, str]] = {
    "loading": {"en": "Loading the interview…", "fr": "Chargement de l'entretien…"},
    "start": {"en": "Start of the call", "fr": "Début de l'appel"},
    "answer_given": {"en": "Answered", "fr": "Réponse"},
    "answer_changed": {"en": "Changed", "fr": "Réponse modifiée"},
    "answer_cleared": {"en": "Cleared", "fr": "Réponse effacée"},
    "note": {"en": "Note", "fr": "Note"},
    "framework_switched": {"en": "Looked at", "fr": "Affichage de"},
    "handed_off": {"en": "Handed off to", "fr": "Transmis à"},
    "verdict_overridden": {"en": "Verdict set by the rep", "fr": "Verdict fixé par le commercial"},
    "deal_potential_set": {"en": "Deal potential", "fr": "Potentiel de l'affaire"},
    "question_asked": {"en": "Asked the prospect", "fr": "Question au prospect"},
    "prospect_said": {"en": "The prospect", "fr": "Le prospect"},
    "old_question": {"en": "a question no bank has now", "fr": "une question absente des banques actuelles"},
    "answers": {"en": "Answers so far", "fr": "Réponses à ce moment"},
    "no_answer": {"en": "No answer yet.", "fr": "Aucune réponse pour l'instant."},
    "comments": {"en": "Review comments", "fr": "Commentaires de revue"},
    "no_comment": {
        "en": "No comment yet: c pins one to this moment.",
        "fr": "Aucun commentaire : c en épingle un à ce moment.",
    },
    "playing": {"en": "playing", "fr": "lecture"},
    "paused": {"en": "paused", "fr": "pause"},
    "event": {"en": "event", "fr": "événement"},
    "stage": {"en": "Stage", "fr": "Étape"},
    "comment_at": {"en": "Comment at {at} as {who}", "fr": "Commentaire à {at}, par {who}"},
    "comment_hint": {
        "en": "What should the rep learn here? Enter saves, Escape cancels",
        "fr": "Que doit retenir le commercial ici ? Entrée enregistre, Échap annule",
    },
    "comment_saved": {"en": "Comment saved at {at}", "fr": "Commentaire enregistré à {at}"},
    "comment_not_saved": {"en": "Comment NOT saved: {error}", "fr": "Commentaire NON enregistré : {error}"},
    "missing": {"en": "No bank for {ids} now: not judged", "fr": "Plus de banque pour {ids} : non jugé"},
    "no_signal_after": {"en": "No signal after this moment", "fr": "Aucun signal après ce moment"},
    "no_signal_before": {"en": "No signal before this moment", "fr": "Aucun signal avant ce moment"},
    "following": {"en": "rep's view", "fr": "vue du commercial"},
}


rt = strings_of(STRINGS)


class CommentModal(ModalScreen[str | None]):
    """A review comment typed for one moment; Enter returns it, Escape returns None."""

    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, title: str, hint: str, draft: str = "") -> None:
        super().__init__()
        self._title, self._hint, self._draft = title, hint, draft

    def compose(self) -> ComposeResult:
        with Vertical(id="comment-form"):
            yield Static(Content(self._title), id="comment-title")
            yield Input(value=self._draft, placeholder=self._hint, id="comment-text")

    @on(Input.Submitted, "#comment-text")
    def _submitted(self, event: Input.Submitted) -> None:
        text = event.value.strip()
        self.dismiss(text or None)

    def action_cancel(self) -> None:
        self.dismiss(None)


class ReplayScreen(LocalFooter, Screen[None]):
    CSS_PATH = "../styles/replay.tcss"
    BINDINGS = [
        Binding("space", "play_pause", "Play/Pause", id="replay_play"),
        Binding("left", "step(-1)", "◀ Event", id="replay_previous_event"),
        Binding("right", "step(1)", "Event ▶", id="replay_next_event"),
        Binding("n", "next_signal", "Next signal", id="replay_next_signal"),
        Binding("p", "previous_signal", "Prev. signal", id="replay_previous_signal"),
        Binding("plus,equals_sign", "speed(1)", "Faster", id="replay_faster"),
        Binding("minus", "speed(-1)", "Slower", id="replay_slower"),
        Binding("home", "seek_index(0)", "Start", show=False, id="replay_start"),
        Binding("end", "seek_end", "End", show=False, id="replay_end"),
        Binding("c", "comment", "Comment", id="replay_comment"),
        Binding("f3", "lens", "Lens", id="replay_lens"),
        Binding("escape", "app.pop_screen", "Back", id="replay_back"),
    ]

    FOOTER: ClassVar[dict[str, dict[str, str]]] = {
        "play_pause": {"en": "Play/Pause", "fr": "Lecture/Pause"},
        "step(-1)": {"en": "◀ Event", "fr": "◀ Événement"},
        "step(1)": {"en": "Event ▶", "fr": "Événement ▶"},
        "next_signal": {"en": "Next signal", "fr": "Signal suivant"},
        "previous_signal": {"en": "Prev. signal", "fr": "Signal préc."},
        "speed(1)": {"en": "Faster", "fr": "Plus vite"},
        "speed(-1)": {"en": "Slower", "fr": "Moins vite"},
        "comment": {"en": "Comment", "fr": "Commenter"},
        "lens": {"en": "Lens", "fr": "Méthode"},
        "app.pop_screen": {"en": "Back", "fr": "Retour"},
    }

    def __init__(self, interview_id: int) -> None:
        super().__init__()
        self.interview_id = interview_id
        self.timeline: Timeline | None = None
        self.index = 0  # the moment shown
        self.position = 0.0  # the replay clock, seconds from the call's start
        self.speed = 1
        self.playing = False
        self.lens: str | None = None  # chosen with F3; None follows the rep's own lens
        self._ticker: Timer | None = None
        self._last_tick = 0.0
        self._comment_draft = ""  # a comment whose save failed: offered again

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="replay-body"):
            with VerticalScroll(id="criteria-pane"):
                yield CriteriaPanel(id="criteria")
            with Vertical(id="replay-main"):
                yield Static(Content(rt("loading", self.lang)), id="moment")
                with VerticalScroll(id="answers-pane"):
                    yield Static(id="answers")
            with Vertical(id="side-pane"):
                with VerticalScroll(id="signals-pane"):
                    yield SignalsPanel(id="signals")
                with VerticalScroll(id="comments-pane"):
                    yield Static(id="comments")
        yield TimelineBar(id="timeline")
        yield Static(id="player")
        yield Footer()

    @property
    def lang(self) -> str:
        return self.app.lang  # type: ignore[attr-defined,no-any-return]

    def on_mount(self) -> None:
        self._ticker = self.set_interval(TICK, self._tick, pause=True)
        self.watch(self.app, "lang", self._language_changed, init=False)
        self._load()

    def _language_changed(self, _lang: str) -> None:
        self._render_moment()
        self.refresh_bindings()

    @on(Worker.StateChanged)
    def _worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.state is WorkerState.ERROR:
            self.app.worker_failed(event.worker)  # type: ignore[attr-defined]

    @work(thread=True, exclusive=True, group="replay-load", exit_on_error=False)
    def _load(self) -> None:
        store = self.app.store  # type: ignore[attr-defined]
        engine = self.app.engine  # type: ignore[attr-defined]
        timeline = load_timeline(store, engine, self.interview_id)
        self.app.call_from_thread(self._loaded, timeline)

    def _loaded(self, timeline: Timeline) -> None:
        self.timeline = timeline
        lead = timeline.record.lead
        self.title = printable_line(f"{lead.name} · {lead.company or ''}".strip(" ·"))
        self.sub_title = printable_line(
            f"{timeline.record.rep} · {timeline.record.started_at:%Y-%m-%d %H:%M}"
        )
        self.query_one(TimelineBar).show(timeline)
        if timeline.missing:
            ids = ", ".join(timeline.missing)
            self.notify(rt("missing", self.lang, ids=ids), severity="warning", markup=False)
        self.seek_index(0)

    # --- moving through the call ---------------------------------------------------------------

    @property
    def moment(self) -> Moment | None:
        return self.timeline.moments[self.index] if self.timeline else None

    def seek(self, seconds: float) -> None:
        """Show the call as it was at `seconds` (the last event at or before it)."""
        if self.timeline is None:
            return
        self.position = min(max(0.0, seconds), self.timeline.duration)
        self._show(self.timeline.index_at(self.position))

    def seek_index(self, index: int) -> None:
        """Show moment `index` exactly (events sharing a second are stepped one by one)."""
        if self.timeline is None:
            return
        index = min(max(0, index), len(self.timeline.moments) - 1)
        self.position = self.timeline.moments[index].at
        self._show(index)

    def _show(self, index: int) -> None:
        self.index = index
        self.query_one(TimelineBar).position = self.position
        self._render_moment()

    def play(self) -> None:
        if self.timeline is None or self._ticker is None:
            return
        if self.position >= self.timeline.duration:
            self.seek_index(0)  # played to the end: play from the start again
        self.playing = True
        self._last_tick = time.monotonic()
        self._ticker.resume()
        self._render_player()

    def pause(self) -> None:
        self.playing = False
        if self._ticker is not None:
            self._ticker.pause()
        self._render_player()

    def _tick(self) -> None:
        now = time.monotonic()
        elapsed, self._last_tick = now - self._last_tick, now
        if self.timeline is None:
            return
        target = self.position + elapsed * self.speed
        index = self.timeline.index_at(target)
        self.position = min(target, self.timeline.duration)
        if index != self.index:
            self._show(index)
        else:
            self.query_one(TimelineBar).position = self.position
            self._render_player()
        if self.position >= self.timeline.duration:
            self.pause()

    def action_play_pause(self) -> None:
        if self.playing:
            self.pause()
        else:
            self.play()

    def action_step(self, delta: int) -> None:
        self.pause()
        self.seek_index(self.index + delta)

    def action_seek_index(self, index: int) -> None:
        self.pause()
        self.seek_index(index)

    def action_seek_end(self) -> None:
        if self.timeline is not None:
            self.pause()
            self.seek_index(len(self.timeline.moments) - 1)
            self.seek(self.timeline.duration)

    def action_next_signal(self) -> None:
        if self.timeline is None:
            return
        found = self.timeline.next_signal(self.index)
        if found is None:
            self.notify(rt("no_signal_after", self.lang), timeout=2)
            return
        self.seek_index(found)  # playing goes on from there

    def action_previous_signal(self) -> None:
        if self.timeline is None:
            return
        found = self.timeline.previous_signal(self.index)
        if found is None:
            self.notify(rt("no_signal_before", self.lang), timeout=2)
            return
        self.seek_index(found)

    def action_speed(self, delta: int) -> None:
        at = SPEEDS.index(self.speed) if self.speed in SPEEDS else 0
        self.speed = SPEEDS[min(max(0, at + delta), len(SPEEDS) - 1)]
        self._render_player()

    def set_speed(self, speed: int) -> None:
        if speed not in SPEEDS:
            raise ValueError(f"speed {speed} is not one of {SPEEDS}")
        self.speed = speed
        self._render_player()

    def action_lens(self) -> None:
        moment = self.moment
        if moment is None or not self.timeline or not self.timeline.frameworks:
            return
        frameworks = self.timeline.frameworks
        current = self.lens or moment.lens or frameworks[0]
        self.lens = frameworks[(frameworks.index(current) + 1) % len(frameworks)]
        self._render_moment()

    @on(TimelineBar.Seek)
    def _seek_clicked(self, message: TimelineBar.Seek) -> None:
        self.seek(message.seconds)

    # --- comments ------------------------------------------------------------------------------

    @property
    def reviewer(self) -> str:
        return str(self.app.context.settings.rep)  # type: ignore[attr-defined]

    def action_comment(self) -> None:
        if self.timeline is None:
            return
        self.pause()
        at = self.position
        title = rt("comment_at", self.lang, at=clock(at), who=printable_line(self.reviewer))

        def done(text: str | None) -> None:
            if text:
                self.add_comment(at, text)

        self.app.push_screen(CommentModal(title, rt("comment_hint", self.lang), self._comment_draft), done)

    @work(thread=True, group="replay-comment", exit_on_error=False)
    def add_comment(self, at: float, text: str) -> None:
        """Store the comment; it shows on the timeline only once committed."""
        store = self.app.store  # type: ignore[attr-defined]
        try:
            comment = store.add_comment(self.interview_id, at, self.reviewer, text)
        except Exception as exc:  # any failure reaches the manager; the text is offered again
            self.app.call_from_thread(self._comment_failed, text, exc)
            return
        self.app.call_from_thread(self._comment_saved, comment)

    def _comment_saved(self, comment: CommentRecord) -> None:
        self._comment_draft = ""
        if self.timeline is not None:
            self.timeline = self.timeline.with_comment(comment)
            self.query_one(TimelineBar).show(self.timeline)
        self.notify(rt("comment_saved", self.lang, at=clock(comment.at)), timeout=3)
        self._render_comments()

    def _comment_failed(self, text: str, exc: Exception) -> None:
        self._comment_draft = text
        error = printable_line(str(exc))
        self.notify(
            rt("comment_not_saved", self.lang, error=error), severity="error", timeout=15, markup=False
        )

    # --- rendering -----------------------------------------------------------------------------

    def judgement_shown(self) -> BankJudgement | None:
        moment = self.moment
        if moment is None or not moment.evaluation.judgements:
            return None
        wanted = self.lens or moment.lens
        judgements = moment.evaluation.judgements
        return next((j for j in judgements if j.bank_id == wanted), judgements[0])

    def _render_moment(self) -> None:
        moment = self.moment
        if moment is None:
            return
        lang = self.lang
        shown = self.judgement_shown()
        if shown is not None:
            self.query_one("#criteria", CriteriaPanel).show(shown, lang)
        judgements = list(moment.evaluation.judgements)
        self.query_one("#signals", SignalsPanel).show(judgements, list(moment.signal_order), lang)  # type: ignore[arg-type]
        update_if_changed(self.query_one("#moment", Static), self._describe(moment, lang))
        update_if_changed(self.query_one("#answers", Static), self._answers(moment, lang))
        self.query_one("#answers-pane").scroll_end(animate=False)  # the latest answer in view
        self._render_comments()
        self._render_player()

    def _describe(self, moment: Moment, lang: str) -> RichText:
        out = RichText()
        out.append(f"{clock(moment.at)}  ", style="bold")
        record = moment.record
        questions = self.app.engine.index.questions  # type: ignore[attr-defined]
        if record is None:
            out.append(rt("start", lang), style="bold")
        else:
            out.append(rt(record.kind, lang) if record.kind in STRINGS else record.kind, style="bold")
            out.append(" ")
            payload = record.payload
            question = questions.get(record.question_id) if record.question_id else None
            if record.kind in ("answer_given", "answer_changed", "answer_cleared"):
                asked = question.text.get(lang) if question else rt("old_question", lang)
                out.append(f"— {asked}")
                state_answer = question and moment.evaluation.state.answers.get(question.key)
                if record.kind != "answer_cleared" and question is not None and state_answer:
                    out.append(f"\n   → {answer_label(question, state_answer.value).get(lang)}", style="cyan")
            elif record.kind == "question_asked":  # a practice run: the scripted prospect's reply
                asked = question.text.get(lang) if question else rt("old_question", lang)
                out.append(f"— {asked}")
                out.append(f"\n   {rt('prospect_said', lang)}: {payload.get('reply', '')}", style="italic")
            elif record.kind == "note":
                out.append(f"— {payload.get('text', '')}")
            elif record.kind == "framework_switched":
                bank_id = str(payload.get("framework", ""))
                out.append(self._bank_name(bank_id, lang))
            elif record.kind == "handed_off":
                out.append(f"{payload.get('to', '')} — {payload.get('note', '')}")
            elif record.kind == "verdict_overridden":
                out.append(f"({payload.get('bank_id', '')}) {t(str(payload.get('verdict', '')), lang)}")
                out.append(f" — {payload.get('reason', '')}", style="italic")
            elif record.kind == "deal_potential_set":
                out.append(f"— {payload.get('amount', '')} {payload.get('currency', '')}")
        out.append("\n")
        for j in moment.evaluation.judgements:
            out.append(f"{self._bank_name(j.bank_id, lang)} ", style="bold")
            if j.verdict is not None:
                out.append(t(j.verdict, lang), style=VERDICT_STYLE.get(j.verdict, ""))
            if j.score is not None:
                out.append(f" {j.score:.0f}/100", style="dim")
            out.append("   ")
        stage = moment.evaluation.stage.stage
        if stage:
            shown = STAGES.get(stage, {}).get(lang, stage)
            out.append(f"\n{rt('stage', lang)}: {shown}", style="dim")
        return out

    def _bank_name(self, bank_id: str, lang: str) -> str:
        bank = self.app.engine.banks.get(bank_id)  # type: ignore[attr-defined]
        return bank.name.get(lang).split(" (")[0] if bank is not None else bank_id

    def _answers(self, moment: Moment, lang: str) -> RichText:
        questions = self.app.engine.index.questions  # type: ignore[attr-defined]
        out = RichText(rt("answers", lang) + "\n", style="bold")
        answers = sorted(moment.evaluation.state.answers.values(), key=lambda a: a.seq)
        now = moment.record.question_id if moment.record is not None else None
        if not answers:
            out.append(rt("no_answer", lang), style="dim")
        for answer in answers:
            question = questions.get(answer.question_id)
            if question is None:
                continue
            style = "bold reverse" if answer.question_id == now else ""
            out.append(f"{clock(answer.at)} ", style="dim")
            out.append(question.text.get(lang), style=style)
            out.append(f"\n      {answer_label(question, answer.value).get(lang)}\n", style="cyan")
        return out

    def _render_comments(self) -> None:
        timeline, moment = self.timeline, self.moment
        if timeline is None or moment is None:
            return
        lang = self.lang
        following = (
            timeline.moments[moment.index + 1].at if moment.index + 1 < len(timeline.moments) else None
        )
        out = RichText(rt("comments", self.lang) + "\n", style="bold")
        if not timeline.comments:
            out.append(rt("no_comment", lang), style="dim")
        for comment in timeline.comments:
            here = comment.at >= moment.at and (following is None or comment.at < following)
            future = comment.at > self.position and not here
            style = "bold magenta" if here else "dim" if future else ""
            out.append(f"✎ {clock(comment.at)} {comment.reviewer}: ", style=style or "magenta")
            out.append(f"{comment.text}\n", style=style)
        update_if_changed(self.query_one("#comments", Static), out)

    def _render_player(self) -> None:
        timeline = self.timeline
        if timeline is None:
            return
        lang = self.lang
        out = RichText()
        out.append("▶ " if self.playing else "|| ", style="bold green" if self.playing else "bold")
        out.append(rt("playing" if self.playing else "paused", lang))
        out.append(f"  {self.speed}x", style="bold")
        out.append(f"  {clock(self.position)} / {clock(timeline.duration)}")
        out.append(f"  {rt('event', lang)} {self.index}/{len(timeline.moments) - 1}", style="dim")
        if self.lens is None and len(timeline.frameworks) > 1:
            out.append(f"  ({rt('following', lang)})", style="dim")
        update_if_changed(self.query_one("#player", Static), out)

    def on_unmount(self) -> None:
        if self._ticker is not None:
            self._ticker.stop()
