"""Frames and a strict value codec for the pipes between grader, runner and candidate.

Imported by the grader and inside the sandbox, so it uses the standard library only.

Only plain data crosses a process boundary: ``None``, ``bool``, ``int``, ``float``,
``str``, ``bytes``, ``complex`` and ``list``/``tuple``/``dict``/``set``/``frozenset`` of
those, each checked by *exact* type. A subclass of ``int`` with an ``__eq__`` that always
says yes is not an ``int`` here: it becomes an opaque reference (``{"$ref": n}``) that the
trusted side never compares by value. Decoding is done by ``json`` (never ``pickle`` or
``marshal``, which are unsafe on hostile input) plus a bounded walk over the tags below,
so whatever bytes the candidate writes decode to plain values or fail cleanly.
"""

from __future__ import annotations

import os
import struct

try:  # json's C half, without the regular expressions json.decoder compiles at import (10 ms)
    import _json
except ImportError:  # pragma: no cover - CPython always has it
    _json = None

# The sandbox imports as little as it can: typing only for the type checker.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

MAX_FRAME = 8 * 1024 * 1024
MAX_DEPTH = 64
_HEADER = struct.Struct(">I")


class WireError(Exception):
    """A frame or value that does not follow the protocol (or is too big or deep)."""


class Ref:
    """An object that stays in the candidate's process; only its number crosses."""

    __slots__ = ("kind", "number", "type_name")

    def __init__(self, number: int, kind: str, type_name: str) -> None:
        self.number, self.kind, self.type_name = number, kind, type_name

    def __repr__(self) -> str:
        return f"<candidate {self.kind} {self.type_name} #{self.number}>"


# ---- values ------------------------------------------------------------------------------


def encode(value: Any, to_ref: Any = None, depth: int = 0) -> Any:
    """Plain value -> JSON-compatible tagged structure.

    ``to_ref(obj)`` turns anything else into a :class:`Ref` (the candidate side keeps a
    table of them); without it such a value raises :class:`WireError`.
    """
    if depth > MAX_DEPTH:
        raise WireError("value nested too deeply")
    kind = type(value)
    if value is None or kind is bool or kind is str:
        return value
    if kind is int:
        if value.bit_length() > 4000:
            raise WireError("integer too large")
        return value
    if kind is float:
        if value != value or value in (float("inf"), float("-inf")):
            return {"$float": repr(value)}
        return value
    if kind is list:
        return [encode(v, to_ref, depth + 1) for v in value]
    if kind is tuple:
        return {"$tuple": [encode(v, to_ref, depth + 1) for v in value]}
    if kind is set or kind is frozenset:
        return {"$" + kind.__name__: [encode(v, to_ref, depth + 1) for v in value]}
    if kind is dict:
        return {"$dict": [[encode(k, to_ref, depth + 1), encode(v, to_ref, depth + 1)] for k, v in value.items()]}
    if kind is bytes:
        import base64  # rare: not worth importing in every sandbox

        return {"$bytes": base64.b64encode(value).decode("ascii")}
    if kind is complex:
        return {"$complex": [encode(value.real), encode(value.imag)]}
    if kind is Ref:
        return {"$ref": value.number}
    if to_ref is None:
        raise WireError(f"a {kind.__name__} object is not plain data")
    ref = to_ref(value)
    return {"$ref": ref.number, "kind": ref.kind, "type": ref.type_name}


def decode(data: Any, from_ref: Any = None, depth: int = 0) -> Any:
    """Tagged structure -> plain value; ``from_ref(number, kind, type_name)`` resolves refs."""
    if depth > MAX_DEPTH:
        raise WireError("value nested too deeply")
    kind = type(data)
    if data is None or kind in (bool, int, float, str):
        return data
    if kind is list:
        return [decode(v, from_ref, depth + 1) for v in data]
    if kind is not dict or not data:
        raise WireError(f"unexpected {kind.__name__} in a value")
    tag = next(iter(data))
    if len(data) != (3 if tag == "$ref" else 1):
        raise WireError(f"malformed {tag!r} value")
    body = data[tag]
    try:
        if tag == "$float" and body in ("nan", "inf", "-inf"):
            return float(body)
        if tag == "$tuple":
            return tuple(decode(v, from_ref, depth + 1) for v in _as_list(body))
        if tag == "$set":
            return {decode(v, from_ref, depth + 1) for v in _as_list(body)}
        if tag == "$frozenset":
            return frozenset(decode(v, from_ref, depth + 1) for v in _as_list(body))
        if tag == "$dict":
            pairs = _as_list(body)
            out = {}
            for pair in pairs:
                if type(pair) is not list or len(pair) != 2:
                    raise WireError("bad dict entry")
                out[decode(pair[0], from_ref, depth + 1)] = decode(pair[1], from_ref, depth + 1)
            return out
        if tag == "$bytes" and type(body) is str:
            import base64

            return base64.b64decode(body.encode("ascii"), validate=True)
        if tag == "$complex":
            re_, im = _as_list(body)
            if type(re_) not in (int, float) or type(im) not in (int, float):
                raise WireError("bad complex")
            return complex(re_, im)
        if tag == "$ref" and type(body) is int and from_ref is not None:
            return from_ref(body, str(data.get("kind", "object")), str(data.get("type", "?")))
    except (TypeError, ValueError) as exc:  # unhashable set members, bad base64, ...
        raise WireError(f"bad {tag} value: {exc}") from None
    raise WireError(f"unknown tag {tag!r}")


def _as_list(body: Any) -> list[Any]:
    if type(body) is not list:
        raise WireError("expected a list")
    return body


def dumps(message: Any) -> bytes:
    if _json is None:  # pragma: no cover
        import json

        return json.dumps(message, separators=(",", ":"), allow_nan=False).encode("utf-8")
    return "".join(_encoder(message, 0)).encode("utf-8")


def loads(raw: bytes) -> Any:
    try:
        text = raw.decode("utf-8")
        if _json is None:  # pragma: no cover
            import json

            return json.loads(text, parse_constant=_reject_constant)
        try:
            value, end = _scanner(text, 0)
        except StopIteration:
            raise ValueError("no JSON value at the start") from None
        if end != len(text):
            raise ValueError(f"extra data at {end}")
        return value
    except (ValueError, RecursionError) as exc:
        raise WireError(f"not a JSON frame: {exc}") from None


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not allowed")


def _not_serializable(value: Any) -> Any:
    raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")


class _DecoderSettings:
    """What ``_json``'s scanner reads from a ``json.JSONDecoder``: the json.loads defaults."""

    strict = True
    object_hook = None
    object_pairs_hook = None
    parse_float = float
    parse_int = int
    parse_constant = staticmethod(_reject_constant)


if _json is not None:
    # json.dumps(separators=(",", ":"), allow_nan=False) and json.loads(parse_constant=...),
    # built from the same C functions those use; no circular-reference markers: encode()
    # bounds the depth.
    _encoder = _json.make_encoder(
        None, _not_serializable, _json.encode_basestring_ascii, None, ":", ",", False, False, False
    )
    _scanner = _json.make_scanner(_DecoderSettings())


# ---- frames ------------------------------------------------------------------------------


def write_frame(fd: int, message: Any) -> None:
    """Write one length-prefixed JSON frame to a file descriptor (all of it)."""
    payload = dumps(message)
    if len(payload) > MAX_FRAME:
        raise WireError(f"frame of {len(payload)} bytes exceeds {MAX_FRAME}")
    data = memoryview(_HEADER.pack(len(payload)) + payload)
    while data:
        written = os.write(fd, data)
        data = data[written:]


def read_frame(fd: int) -> Any:
    """Read one frame; ``EOFError`` if the other end closed before a complete frame."""
    (size,) = _HEADER.unpack(_read_exactly(fd, _HEADER.size))
    if size > MAX_FRAME:
        raise WireError(f"frame of {size} bytes exceeds {MAX_FRAME}")
    return loads(_read_exactly(fd, size))


def _read_exactly(fd: int, size: int) -> bytes:
    chunks = []
    while size:
        chunk = os.read(fd, min(size, 1 << 20))
        if not chunk:
            raise EOFError("pipe closed")
        chunks.append(chunk)
        size -= len(chunk)
    return b"".join(chunks)


class FrameReader:
    """Incremental frame parser for a non-blocking reader (the grader's select loop)."""

    def __init__(self, limit: int = MAX_FRAME) -> None:
        self.buffer = bytearray()
        self.limit = limit

    def feed(self, data: bytes) -> list[Any]:
        self.buffer += data
        frames = []
        while len(self.buffer) >= _HEADER.size:
            (size,) = _HEADER.unpack_from(self.buffer)
            if size > self.limit:
                raise WireError(f"frame of {size} bytes exceeds {self.limit}")
            if len(self.buffer) < _HEADER.size + size:
                break
            frames.append(loads(bytes(self.buffer[_HEADER.size : _HEADER.size + size])))
            del self.buffer[: _HEADER.size + size]
        return frames
