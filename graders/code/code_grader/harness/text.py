"""Candidate text on its way into reasons and logs: bounded, with nothing left unescaped.

Exception messages, stdout and stderr are written by the candidate. Where they end up in a
sample's reason (and so in the grader's log line and the CLI's tables), a newline, a
carriage return, an ANSI escape or a bidi override could otherwise forge a line of its own
or hide the real one. Imported inside the sandbox too: standard library only.
"""

from __future__ import annotations

LIMIT = 300


def excerpt(text: object, limit: int = LIMIT) -> str:
    """At most ``limit`` characters of ``text``, every non-printable one as a backslash escape.

    Backslashes are escaped as well, so an escape in the output always came from us.
    """
    raw = text if type(text) is str else _as_str(text)
    head = raw[:limit]
    if head.isprintable() and "\\" not in head:
        out = head
    else:
        out = "".join(c if c.isprintable() and c != "\\" else _escape(c) for c in head)
    if len(out) > limit or len(raw) > limit:
        return f"{out[:limit]}... ({len(raw)} chars)"
    return out


def _escape(char: str) -> str:
    if char == "\\":
        return "\\\\"
    return char.encode("unicode_escape").decode("ascii")


def _as_str(value: object) -> str:
    try:
        return str(value)
    except Exception:
        return "<unprintable>"
