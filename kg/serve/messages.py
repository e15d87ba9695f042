"""What the front end reads from a request and sends back: parameters, replies, refusals."""
from __future__ import annotations

import json
import urllib.parse
from collections.abc import Iterable
from dataclasses import dataclass, field
from http import HTTPStatus


@dataclass
class Reply:
    status: int
    content_type: str
    body: bytes
    headers: dict[str, str] = field(default_factory=dict)

    @classmethod
    def text(cls, status: int, message: str) -> Reply:
        return cls(status, "text/plain; charset=utf-8", (message + "\n").encode("utf-8"))

    @classmethod
    def json(cls, status: int, document: object) -> Reply:
        body = json.dumps(document, ensure_ascii=False, indent=2).encode("utf-8")
        return cls(status, "application/json; charset=utf-8", body)

    @classmethod
    def not_acceptable(cls, what: str, media_types: Iterable[str]) -> Reply:
        return cls.text(HTTPStatus.NOT_ACCEPTABLE, f"{what} can be sent as: {', '.join(media_types)}")


class Refused(Exception):
    """A request that gets `status` and the one-line message."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status

    def reply(self) -> Reply:
        return Reply.text(self.status, str(self))


def parse_params(form: str) -> dict[str, list[str]]:
    """The parameters of a URL's query string or of a form body; Refused (400) when a
    percent-escaped value is not UTF-8."""
    try:
        return urllib.parse.parse_qs(form, keep_blank_values=True, errors="strict")
    except UnicodeDecodeError:
        raise Refused(HTTPStatus.BAD_REQUEST, "a parameter of the request is not UTF-8") from None
