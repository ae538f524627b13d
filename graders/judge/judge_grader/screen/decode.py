"""Decode the obvious encodings a response can hide an instruction in.

A judge model reads base64, hex, rot13 and percent-encoding well enough to obey what they
say, so the screen reads them too. Each decoder returns the decoded payloads (a payload
only counts when it decodes to readable text); the screen applies its rules to each.
Decoding is bounded: at most :data:`MAX_PAYLOADS` payloads per encoding, each at most
:data:`MAX_PAYLOAD_CHARS` long, so a response cannot make the screen expensive.
"""

from __future__ import annotations

import base64
import binascii
import codecs
import re
import urllib.parse
from collections.abc import Callable

from judge_grader.screen.normalise import hidden_tag_text

MAX_PAYLOADS = 16
MAX_PAYLOAD_CHARS = 8000

_BASE64 = re.compile(r"(?<![A-Za-z0-9+/=_-])[A-Za-z0-9+/_-]{16,}={0,2}(?![A-Za-z0-9+/=_-])")
_HEX = re.compile(r"(?<![0-9a-fA-F])(?:(?:0x|\\x)?[0-9a-fA-F]{2}[\s:,]?){8,}")
_PERCENT = re.compile(r"%[0-9a-fA-F]{2}")
_UNICODE_ESCAPE = re.compile(r"\\u([0-9a-fA-F]{4})|\\x([0-9a-fA-F]{2})")


def _readable(data: bytes) -> str | None:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return None
    if not text:
        return None
    printable = sum(ch.isprintable() or ch in "\n\t" for ch in text)
    letters = sum(ch.isalpha() for ch in text)
    return text if printable >= 0.95 * len(text) and letters >= 0.5 * len(text.replace(" ", "")) else None


def _base64_bytes(token: str) -> bytes | None:
    if token.isalpha() and (token.islower() or token.isupper()):
        return None  # a long plain word, not base64
    token = token.replace("-", "+").replace("_", "/")
    try:
        return base64.b64decode(token + "=" * (-len(token) % 4), validate=True)
    except (binascii.Error, ValueError):
        return None


def _hex_bytes(token: str) -> bytes | None:
    digits = re.sub(r"0x|\\x|[\s:,]", "", token)
    try:
        return bytes.fromhex(digits[: len(digits) // 2 * 2])
    except ValueError:
        return None


def _payloads(pattern: re.Pattern[str], to_bytes: Callable[[str], bytes | None], text: str) -> list[str]:
    found = []
    for match in pattern.finditer(text):
        data = to_bytes(match.group())
        decoded = _readable(data) if data else None
        if decoded:
            found.append(decoded)
            if len(found) >= MAX_PAYLOADS:
                break
    return found


def from_base64(text: str) -> list[str]:
    return _payloads(_BASE64, _base64_bytes, text)


def from_hex(text: str) -> list[str]:
    return _payloads(_HEX, _hex_bytes, text)


def from_percent(text: str) -> list[str]:
    if len(_PERCENT.findall(text)) < 3:
        return []
    return [urllib.parse.unquote_plus(text)]


_BINARY = re.compile(r"(?<![01])(?:[01]{8}[\s,]+){3,}[01]{8}(?![01])")
_CODE = r"(?:3[2-9]|[4-9]\d|1[01]\d|12[0-6])"  # printable ASCII, in decimal
_CHAR_CODES = re.compile(rf"(?<!\d)(?:{_CODE}[\s,]+){{5,}}{_CODE}(?!\d)")
_MORSE_RUN = re.compile(r"(?<![.\-/\w])(?:[.\-]{1,7}[ /]+){4,}[.\-]{1,7}(?![.\-\w])")
_MORSE_CODES = (
    ".- -... -.-. -.. . ..-. --. .... .. .--- -.- .-.. -- -. --- .--. --.- .-. ... - ..- ...- .-- -..- -.-- --.. "
    "----- .---- ..--- ...-- ....- ..... -.... --... ---.. ----."
)
_MORSE = dict(zip(_MORSE_CODES.split(), "abcdefghijklmnopqrstuvwxyz0123456789", strict=True))


def from_binary(text: str) -> list[str]:
    """``01100111 01101001 ...``: 8-bit ASCII groups."""
    return _payloads(_BINARY, lambda t: bytes(int(b, 2) for b in re.findall(r"[01]{8}", t)), text)


def from_char_codes(text: str) -> list[str]:
    """``103 105 118 101``: decimal codes of printable ASCII."""
    return _payloads(_CHAR_CODES, lambda t: bytes(int(n) for n in re.findall(r"\d+", t)), text)


def from_morse(text: str) -> list[str]:
    """``--. .. ...- .``: letters split by spaces, words by `/` or wider gaps."""
    found = []
    for match in _MORSE_RUN.finditer(text):
        words = re.split(r"\s*/\s*|\s{2,}", match.group().strip())
        decoded = " ".join("".join(_MORSE.get(code, "?") for code in word.split()) for word in words)
        if decoded.count("?") <= len(decoded) // 10:
            found.append(decoded)
        if len(found) >= MAX_PAYLOADS:
            break
    return found


def from_escapes(text: str) -> list[str]:
    if len(_UNICODE_ESCAPE.findall(text)) < 3:
        return []
    return [_UNICODE_ESCAPE.sub(lambda m: chr(int(m.group(1) or m.group(2), 16)), text)]


# English function words: plain English is full of them, rot13'd or reversed English has
# none -- until it is decoded. Only segments that turn into English are read again.
_STOPWORDS = frozenset(
    [
        "the",
        "a",
        "an",
        "and",
        "or",
        "to",
        "of",
        "in",
        "on",
        "is",
        "are",
        "be",
        "this",
        "that",
        "it",
        "you",
        "your",
        "all",
        "any",
        "for",
        "with",
        "as",
        "give",
        "score",
        "rate",
        "answer",
        "response",
        "previous",
        "instructions",
        "ignore",
    ]
)
_SEGMENT = re.compile(r"[^\n.!?;]{12,}")


def _english(text: str) -> float:
    words = re.findall(r"[a-z']+", text.lower())
    return sum(w in _STOPWORDS for w in words) / len(words) if len(words) >= 3 else 0.0


def _turns_english(text: str, transform: Callable[[str], str]) -> list[str]:
    found = []
    for segment in _SEGMENT.findall(text):
        if _english(segment) < 0.1:
            decoded = transform(segment)
            if _english(decoded) >= 0.2:
                found.append(decoded)
    return [" ".join(found)] if found else []


def from_rot13(text: str) -> list[str]:
    return _turns_english(text, lambda s: codecs.decode(s, "rot13"))


def from_reversed(text: str) -> list[str]:
    return _turns_english(text, lambda s: s[::-1])


def from_tag_characters(text: str) -> list[str]:
    hidden = hidden_tag_text(text)
    return [hidden] if hidden else []


DECODERS: dict[str, Callable[[str], list[str]]] = {
    "base64": from_base64,
    "hex": from_hex,
    "url-encoding": from_percent,
    "escapes": from_escapes,
    "unicode-tags": from_tag_characters,
    "binary": from_binary,
    "char-codes": from_char_codes,
    "morse": from_morse,
    "rot13": from_rot13,
    "reversed": from_reversed,
}


def decoded_payloads(text: str) -> list[tuple[str, str]]:
    """``(encoding, decoded text)`` for every payload found in ``text``."""
    out = []
    for name, decode in DECODERS.items():
        for payload in decode(text)[:MAX_PAYLOADS]:
            out.append((name, payload[:MAX_PAYLOAD_CHARS]))
    return out
