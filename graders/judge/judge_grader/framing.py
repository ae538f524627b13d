"""Frame untrusted text as data between delimiters the text cannot know.

Every judge call draws a fresh random nonce and wraps each input in::

    <<<BEGIN RESPONSE 3f9c...e1>>>
    ...text...
    <<<END RESPONSE 3f9c...e1>>>

The policy writes its response before the nonce exists, so it cannot write the closing
line; the system prompt tells the judge that a block ends only at a line carrying that
exact token. Should an input contain the nonce anyway (2^-128 per call), a new one is
drawn rather than trusting luck.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass

NONCE_BYTES = 16
_MAX_DRAWS = 8


def token_hex(nbytes: int) -> str:
    """``secrets.token_hex`` without importing ``secrets`` (and OpenSSL's hashlib) at cold start."""
    return os.urandom(nbytes).hex()


@dataclass(frozen=True)
class Framer:
    nonce: str

    def begin(self, label: str) -> str:
        return f"<<<BEGIN {label} {self.nonce}>>>"

    def end(self, label: str) -> str:
        return f"<<<END {label} {self.nonce}>>>"

    def block(self, label: str, text: str) -> str:
        return f"{self.begin(label)}\n{text}\n{self.end(label)}"


def new_framer(texts: Iterable[str], token: Callable[[int], str] = token_hex) -> Framer:
    """A framer whose nonce occurs in none of ``texts``."""
    texts = list(texts)
    for _ in range(_MAX_DRAWS):
        nonce = token(NONCE_BYTES)
        if not any(nonce in text for text in texts):
            return Framer(nonce)
    raise RuntimeError("could not draw a nonce absent from the inputs (is the token source random?)")
