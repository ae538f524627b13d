"""The strict codec: only exact builtin types cross; hostile frames fail cleanly."""

from __future__ import annotations

import math
import os

import pytest

from code_grader.harness import wire


@pytest.mark.parametrize(
    "value",
    [
        None, True, 0, -(10**200), 1.5, "text", b"\x00\xff", 2 + 3j,
        [1, [2, [3]]], (1, "a"), {1, 2}, frozenset({"x"}), {"k": [1]}, {(1, 2): "tuple key"},
        {"$tuple": "a dict that looks like a tag"},
    ],
    ids=lambda v: type(v).__name__,
)  # fmt: skip
def test_round_trip(value: object) -> None:
    decoded = wire.decode(wire.loads(wire.dumps(wire.encode(value))))
    assert decoded == value and type(decoded) is type(value)


def test_non_finite_floats_round_trip() -> None:
    decoded = wire.decode(wire.loads(wire.dumps(wire.encode([math.inf, -math.inf, math.nan]))))
    assert decoded[:2] == [math.inf, -math.inf] and math.isnan(decoded[2])


class MyInt(int):
    def __eq__(self, other: object) -> bool:
        return True


@pytest.mark.parametrize(
    "value",
    [MyInt(3), object(), [lambda: 1], {"k": MyInt(1)}],
    ids=["int_subclass", "object", "nested_function", "nested_subclass"],
)
def test_only_exact_builtin_types_are_plain_data(value: object) -> None:
    with pytest.raises(wire.WireError):
        wire.encode(value)


def test_non_plain_values_become_references_on_the_candidate_side() -> None:
    refs: list[object] = []

    def to_ref(obj: object) -> wire.Ref:
        refs.append(obj)
        return wire.Ref(len(refs), "object", type(obj).__name__)

    encoded = wire.encode([MyInt(3)], to_ref)
    assert encoded == [{"$ref": 1, "kind": "object", "type": "MyInt"}]
    # Without a resolver (the grader judging a return value) a reference is not a result.
    with pytest.raises(wire.WireError):
        wire.decode(encoded)


@pytest.mark.parametrize(
    "raw",
    [
        b"not json",
        b"NaN",  # JSON has no NaN literal
        b'{"$tuple": [1], "extra": 2}',  # a tag with extra keys
        b'{"$unknown": 1}',
        b'{"$set": [[1]]}',  # unhashable member
        b'{"$bytes": "***"}',
        b'{"$dict": [[1]]}',
        b"[" * 100_000 + b"]" * 100_000,  # nesting far deeper than the limit
    ],
    ids=["garbage", "nan", "extra_keys", "unknown_tag", "unhashable", "bad_base64", "bad_pair", "deep"],
)
def test_hostile_frames_fail_cleanly(raw: bytes) -> None:
    with pytest.raises(wire.WireError):
        wire.decode(wire.loads(raw))


def test_frames_over_a_pipe_and_size_limit() -> None:
    read, write = os.pipe()
    try:
        wire.write_frame(write, {"a": 1})
        assert wire.read_frame(read) == {"a": 1}
        os.write(write, (wire.MAX_FRAME + 1).to_bytes(4, "big"))
        with pytest.raises(wire.WireError):
            wire.read_frame(read)
    finally:
        os.close(read)
        os.close(write)


def test_incremental_reader_splits_frames() -> None:
    reader = wire.FrameReader()
    data = b"".join(len(p).to_bytes(4, "big") + p for p in (wire.dumps(1), wire.dumps([2])))
    assert reader.feed(data[:3]) == [] and reader.feed(data[3:]) == [1, [2]]
