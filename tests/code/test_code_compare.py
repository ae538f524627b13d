"""Comparisons that need expected values: they run in the grader, on plain data only."""

from __future__ import annotations

import pytest

from code_grader.compare import outputs_match, values_match


@pytest.mark.parametrize(
    ("actual", "expected", "tolerance", "match"),
    [
        ("3\n", "3", None, True),  # trailing newline does not matter
        ("1  2\n3\n\n", "1 2 3", None, True),  # any white space separates tokens
        ("1 2", "1 2 3", None, False),  # a missing token fails
        ("1 2 3 4", "1 2 3", None, False),  # an extra token fails
        ("0.3333333", "0.33333333", None, False),  # floats are tokens too without a tolerance
        ("0.3333333", "0.33333333", 1e-6, True),  # ... and compare numerically with one
        ("0.34", "0.33333333", 1e-6, False),  # outside the tolerance
        ("nan", "nan", 1e-6, True),  # identical tokens match before any numeric parsing
        ("inf", "1e308", 1e-6, False),  # non-finite numbers never match numerically
        ("YES", "yes", None, False),  # case matters
    ],
)
def test_outputs_match(actual: str, expected: str, tolerance: float | None, match: bool) -> None:
    assert outputs_match(actual, expected, tolerance) is match


class AlwaysEqual:
    def __eq__(self, other: object) -> bool:
        return True


@pytest.mark.parametrize(
    ("actual", "expected", "match"),
    [
        (3, 3, True),
        (True, 1, False),  # bool is not int
        (1, True, False),
        (1.0, 1, False),  # float is not int
        ("1", 1, False),
        ([1, 2], [1, 2], True),
        ((1, 2), [1, 2], True),  # JSON has no tuples: a tuple compares as a list
        ({1, 2}, [1, 2], False),  # ... but a set is not a list
        ({"a": [1, (2, 3)]}, {"a": [1, [2, 3]]}, True),  # nested normalisation
        ({"a": 1}, {"a": 1, "b": 2}, False),  # missing key
        ({1: "x"}, {"1": "x"}, False),  # int key is not the JSON string key
        (None, None, True),
        (AlwaysEqual(), 3, False),  # never asked: its type is not int
    ],
)
def test_values_match_strict_types(actual: object, expected: object, match: bool) -> None:
    assert values_match(actual, expected) is match


def test_tuples_can_be_strict() -> None:
    assert values_match((1, 2), [1, 2], tuple_as_list=False) is False


def test_float_tolerance_in_values() -> None:
    assert values_match([0.1 + 0.2], [0.3]) is False
    assert values_match([0.1 + 0.2], [0.3], float_tolerance=1e-9) is True
