"""The cold-start baseline: the smallest useful Textual app, started the way qualify is."""

from textual.app import App, ComposeResult
from textual.widgets import Footer, Header, Label


class Minimal(App[None]):
    BINDINGS = [("q", "quit", "Quit")]

    def compose(self) -> ComposeResult:
        yield Header()
        yield Label("minimal-ready")
        yield Footer()


if __name__ == "__main__":
    Minimal().run()
