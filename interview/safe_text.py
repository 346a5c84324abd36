"""Text from people (and from user-written banks) is data: never let it drive a terminal."""

from __future__ import annotations

import re

# C0 controls except newline and tab, DEL, and C1 controls (0x9B is a one-byte CSI).
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# Bidirectional marks, embeddings, overrides and isolates reorder what a reader sees
# ("\u202eevil" shows as "live"): shown as escapes like the other controls.
_BIDI = re.compile(r"[\u200e\u200f\u202a-\u202e\u2066-\u2069]")

# Either kind: what `printable` rewrites.
UNPRINTABLE = re.compile(f"{_CONTROL.pattern}|{_BIDI.pattern}")


def printable(text: str) -> str:
    """`text` with control characters shown as visible escapes, e.g. ESC -> '\\x1b', RLO -> '\\u202e'."""
    shown = _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", text)
    return _BIDI.sub(lambda m: f"\\u{ord(m.group()):04x}", shown)


def printable_line(text: str) -> str:
    """`printable`, on one line: a name or a label must not push what follows onto new lines."""
    return printable(text.replace("\r\n", " ").replace("\n", " ").replace("\t", " "))
