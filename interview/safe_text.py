"""Text from people (and from user-written banks) is data: never let it drive a terminal."""

from __future__ import annotations

import re

# C0 controls except newline and tab, DEL, and C1 controls (0x9B is a one-byte CSI).
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def printable(text: str) -> str:
    """`text` with control characters shown as visible escapes, e.g. ESC -> '\\x1b'."""
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", text)
