"""Vietnamese text in Windows-1258, as legacy software writes it."""
from __future__ import annotations

import unicodedata

_TONE_MARKS = "\u0301\u0300\u0309\u0303\u0323"


def cp1258(text: str) -> bytes:
    """Windows-1258 as legacy Vietnamese software writes it: base letters precomposed
    (â, ơ, ư ...), tone marks as separate combining characters."""
    out = []
    for char in text:
        parts = unicodedata.normalize("NFD", char)
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in _TONE_MARKS))
        out.append(base + "".join(c for c in parts if c in _TONE_MARKS))
    return "".join(out).encode("cp1258")
