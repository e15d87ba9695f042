"""Content negotiation: the media type an HTTP Accept header prefers among those offered."""
from __future__ import annotations

from collections.abc import Mapping


def negotiate(accept: str | None, offered: Mapping[str, object]) -> str | None:
    """The offered media type the Accept header prefers, or None when it accepts none.

    The highest q wins; among equal q, the more specific range (text/csv over text/*
    over */*), then the one the client listed first, then the order of `offered`.
    No Accept header, or */*, gives the first offered type.
    """
    ranges = []  # (media range, q, position)
    for position, item in enumerate((accept or "*/*").split(",")):
        media_range, *params = [part.strip() for part in item.split(";")]
        q = 1.0
        for param in params:
            name, _, value = param.partition("=")
            if name.strip().lower() == "q":
                try:
                    q = float(value)
                except ValueError:
                    q = 0.0
        if media_range:
            ranges.append((media_range.lower(), q, position))
    best, best_key = None, None
    for order, media_type in enumerate(offered):
        matches = [(_specificity(media_range, media_type), -position, q)
                   for media_range, q, position in ranges if _specificity(media_range, media_type) >= 0]
        if not matches:
            continue
        specificity, minus_position, q = max(matches)  # the most specific range decides the q
        key = (q, specificity, minus_position, -order)
        if q > 0 and (best_key is None or key > best_key):
            best, best_key = media_type, key
    return best


def _specificity(media_range: str, media_type: str) -> int:
    """How closely an Accept range names the type: 2 exactly, 1 as type/*, 0 as */*, -1 not at all."""
    if media_range == media_type:
        return 2
    if media_range == media_type.split("/")[0] + "/*":
        return 1
    return 0 if media_range == "*/*" else -1
