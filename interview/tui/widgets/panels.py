"""Read-only panels of the interview screen: they render a judgement, they decide nothing."""

from __future__ import annotations

from rich.text import Text as RichText
from textual.widgets import Static

from interview.engine.judge import BankJudgement
from interview.safe_text import UNPRINTABLE, printable
from interview.tui.i18n import t

SIGNAL_STYLE = {"positive": ("+", "green"), "warning": ("!", "yellow"), "red_flag": ("✖", "bold red")}
VERDICT_STYLE = {
    "qualified": "bold green",
    "nurture": "yellow",
    "disqualified": "bold red",
    "insufficient": "dim",
}


def printable_text(text: RichText) -> RichText:
    """`text` with its control characters shown as escapes (see safe_text.printable), styles kept.

    Panels quote what people typed (answers, notes): a raw ESC or bidi override would reach the
    terminal. Each control becomes its own piece, rewritten with that piece's styles.
    """
    offsets = sorted({o for m in UNPRINTABLE.finditer(text.plain) for o in m.span()})
    if not offsets:
        return text
    out = RichText(style=text.style, justify=text.justify, no_wrap=text.no_wrap, end=text.end)
    for piece in text.divide(offsets):
        if UNPRINTABLE.fullmatch(piece.plain):
            shown = RichText(printable(piece.plain), style=piece.style)
            for span in piece.spans:
                shown.stylize(span.style, 0, len(shown))
            piece = shown
        out.append_text(piece)
    return out


def update_if_changed(widget: Static, text: RichText) -> None:
    """Update only when the text differs: each update costs the screen a layout and a repaint.

    An answer usually changes one panel or two; re-wrapping the others is most of a frame.
    """
    text = printable_text(text)
    key = (text.plain, tuple(text.spans), str(text.style))
    if getattr(widget, "_qualify_shown", None) != key:
        widget._qualify_shown = key  # type: ignore[attr-defined]
        widget.update(text)


def bar(fraction: float, width: int = 10) -> str:
    filled = round(max(0.0, min(1.0, fraction)) * width)
    return "█" * filled + "░" * (width - filled)


class CriteriaPanel(Static):
    """Criteria of the active framework: coverage and score bars, and the verdict so far."""

    def show(self, j: BankJudgement, lang: str) -> None:
        out = RichText()
        out.append(j.name.get(lang) + "\n", style="bold")
        for c in j.criteria:
            out.append(f"{c.name.get(lang)[:12]:<12} ")
            out.append(bar(c.coverage, 5), style="cyan")  # how much is known
            out.append(" ")
            if c.score is None:
                out.append("░" * 5 + "   —\n", style="dim")
            else:
                colour = "green" if c.score >= 70 else "yellow" if c.score >= 40 else "red"
                out.append(bar(c.score / 100, 5), style=colour)  # how good it looks
                out.append(f" {c.score:>3.0f}\n")
        if j.profile is not None:
            out.append(t("profile", lang) + ": ", style="bold")
            out.append(", ".join(m.name.get(lang) for m in j.profile))
        else:
            verdict = j.verdict or ""
            out.append(f"{t('verdict', lang)}: ", style="bold")
            out.append(t(verdict, lang), style=VERDICT_STYLE.get(verdict, ""))
            if j.score is not None:
                out.append(f"  {j.score:.0f}/100")
        update_if_changed(self, out)


class SignalsPanel(Static):
    """Signals of every framework, newest first, each with its explanation."""

    def show(self, judgements: list[BankJudgement], order: list[str], lang: str) -> None:
        by_id = {(s.bank_id, s.id): s for j in judgements for s in j.signals}
        out = RichText()
        for key in order:
            s = by_id.get(key)
            if s is None:
                continue
            icon, style = SIGNAL_STYLE.get(s.kind, ("?", ""))
            out.append(f"{icon} ", style=style)
            out.append(s.message.get(lang), style="bold")
            out.append(f"  [{s.bank_id}]\n", style="dim")
            out.append(f"  {s.explanation.get(lang)}\n", style="italic")
        if not out.plain:
            out.append(t("no_signal", lang), style="dim")
        update_if_changed(self, out)
