"""Reading answers into values: one row per notation, with what it must mean."""

from __future__ import annotations

import pytest
import sympy
from sympy import E, I, Integer, Rational, Symbol, oo, pi, sqrt

from math_grader.limits import AnswerTooLarge, Limits
from math_grader.parse import NotMath, ParseError, parse_math
from math_grader.values import (
    Chain,
    Degrees,
    IntervalOf,
    MatrixOf,
    Percent,
    Relation,
    SetOf,
    TupleOf,
    UnionOf,
)

x, y = Symbol("x"), Symbol("y")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # fractions
        pytest.param(r"\frac{1}{2}", Rational(1, 2), id="frac"),
        pytest.param(r"\frac12", Rational(1, 2), id="frac-one-digit-arguments"),
        pytest.param(r"\frac1x", 1 / x, id="frac-digit-and-letter"),
        pytest.param(r"\dfrac{3}{4}", Rational(3, 4), id="dfrac"),
        pytest.param(r"\tfrac{3}{4}", Rational(3, 4), id="tfrac"),
        pytest.param("3/4", Rational(3, 4), id="slash"),
        pytest.param(r"2\frac{1}{2}", Rational(5, 2), id="mixed-number"),
        pytest.param("2 1/2", Rational(5, 2), id="plain-mixed-number"),
        pytest.param(r"2\cdot\frac{1}{2}", Integer(1), id="explicit-product-is-not-mixed"),
        pytest.param(r"-2\frac{1}{2}", Rational(-5, 2), id="negative-mixed-number"),
        # roots and powers
        pytest.param(r"\sqrt{8}", 2 * sqrt(2), id="sqrt"),
        pytest.param(r"\sqrt2", sqrt(2), id="sqrt-one-digit"),
        pytest.param(r"\sqrt[3]{-8}", Integer(-2), id="real-cube-root"),
        pytest.param("sqrt(2)/2", sqrt(2) / 2, id="plain-sqrt"),
        pytest.param("x^12", x**12, id="plain-exponent-takes-all-digits"),
        pytest.param("2^3^2", Integer(512), id="power-is-right-associative"),
        pytest.param("x^-1", 1 / x, id="signed-exponent"),
        pytest.param("2**10", Integer(1024), id="python-power"),
        pytest.param("-2^2", Integer(-4), id="minus-binds-looser-than-power"),
        # constants
        pytest.param(r"2\pi", 2 * pi, id="pi"),
        pytest.param("e^{i\\pi}", Integer(-1), id="e-and-i"),
        pytest.param(r"-\infty", -oo, id="minus-infinity"),
        pytest.param("3+4i", 3 + 4 * I, id="complex"),
        pytest.param("2e", 2 * E, id="e-after-number-is-euler"),
        # numbers
        pytest.param("10{,}000", Integer(10000), id="latex-thousands"),
        pytest.param(r"1\,000\,000", Integer(1000000), id="thin-space-thousands"),
        pytest.param("1,000,000", Integer(1000000), id="comma-thousands"),
        pytest.param(r"0.\overline{3}", Rational(1, 3), id="repeating-decimal"),
        pytest.param(r"0.1\overline{6}", Rational(1, 6), id="repeating-tail"),
        pytest.param(r"3 \times 10^{8}", Integer(300000000), id="scientific-latex"),
        pytest.param(r"\$18", Integer(18), id="dollar-sign"),
        pytest.param("1.5 million", sympy.Float(1500000), id="magnitude-word"),
        # text, units, presentation
        pytest.param(r"5\text{ cm}", Integer(5), id="unit-in-text"),
        pytest.param(r"25 \text{ cm}^2", Integer(25), id="unit-with-exponent"),
        pytest.param(r"5\,\mathrm{m}", Integer(5), id="upright-unit"),
        pytest.param("12 apples", Integer(12), id="trailing-noun"),
        pytest.param(r"\left(\frac{1}{2}\right)^{2}", Rational(1, 4), id="left-right"),
        pytest.param(r"\displaystyle\frac{1}{2}\quad", Rational(1, 2), id="display-and-quad"),
        pytest.param(r"\left.\frac{1}{2}\right.", Rational(1, 2), id="invisible-delimiters"),
        pytest.param(r"\;3\;", Integer(3), id="spacing-around"),
        # functions
        pytest.param(r"\sin 30^\circ", Rational(1, 2), id="degrees-inside-a-function"),
        pytest.param(r"\sin^2 x + \cos^2 x", sympy.sin(x) ** 2 + sympy.cos(x) ** 2, id="function-powers"),
        pytest.param(r"\sin 2x", sympy.sin(2 * x), id="unparenthesised-argument"),
        pytest.param(r"\log_2 8", Integer(3), id="log-base"),
        pytest.param(r"\tan^{-1} 1", pi / 4, id="inverse-function"),
        pytest.param("|x-1|", sympy.Abs(x - 1), id="absolute-value"),
        pytest.param(r"\binom{5}{2}", Integer(10), id="binomial"),
        pytest.param("5!", Integer(120), id="factorial"),
        pytest.param(r"\lfloor 2.5 \rfloor", Integer(2), id="floor"),
        pytest.param("x_1 + x_{1}", 2 * Symbol("x_1"), id="subscripts-with-and-without-braces"),
        pytest.param("2xy", 2 * x * y, id="implicit-product-of-letters"),
        # structures
        pytest.param(r"50\%", Percent(Integer(50)), id="percent"),
        pytest.param(r"30^\circ", Degrees(Integer(30)), id="degrees"),
        pytest.param("x = 4", Relation(x, "=", Integer(4)), id="assignment"),
        pytest.param("3x+4y+14=0", Relation(3 * x + 4 * y + 14, "=", Integer(0)), id="equation-kept-whole"),
        pytest.param(r"0 < x \le 1", Chain((Integer(0), x, Integer(1)), ("<", "<=")), id="chain"),
        pytest.param(r"x \in [0,1)", IntervalOf(Integer(0), Integer(1), False, True), id="membership"),
        pytest.param("(1, 2)", TupleOf((Integer(1), Integer(2)), "()"), id="pair"),
        pytest.param(r"(-\infty, 2)", IntervalOf(-oo, Integer(2), True, True), id="infinite-end-makes-interval"),
        pytest.param("[1, 2]", IntervalOf(Integer(1), Integer(2), False, False), id="closed-interval"),
        pytest.param(r"\mathbb{R}", IntervalOf(-oo, oo, True, True), id="reals"),
        pytest.param(r"\{1,2\}", SetOf((Integer(1), Integer(2)), True), id="set"),
        pytest.param(r"\emptyset", SetOf((), True), id="empty-set"),
        pytest.param("1, 2", SetOf((Integer(1), Integer(2)), False), id="bare-list"),
        pytest.param(r"1 \text{ or } 2", SetOf((Integer(1), Integer(2)), False), id="or-in-text"),
        pytest.param(r"\pm 3", SetOf((Integer(3), Integer(-3)), False), id="plus-minus"),
        pytest.param(
            "x = 1, 2", SetOf((Relation(x, "=", Integer(1)), Relation(x, "=", Integer(2))), False), id="x-equals-list"
        ),
        pytest.param(
            r"(0,1) \cup (2,3)",
            UnionOf((TupleOf((Integer(0), Integer(1)), "()"), TupleOf((Integer(2), Integer(3)), "()"))),
            id="union-of-ambiguous-pairs",
        ),
        pytest.param(
            r"\begin{pmatrix} 1 & 2 \\ 3 & 4 \end{pmatrix}",
            MatrixOf(((Integer(1), Integer(2)), (Integer(3), Integer(4)))),
            id="pmatrix",
        ),
        # notations found in the wild (docs/math-answers-in-the-wild)
        pytest.param("9²", Integer(81), id="unicode-superscript"),
        pytest.param("10¹²", Integer(10) ** 12, id="unicode-superscript-run-is-one-exponent"),
        pytest.param("x₁ + 1", Symbol("x_1") + 1, id="unicode-subscript"),
        pytest.param("3:5", TupleOf((Integer(3), Integer(5)), ":"), id="ratio"),
        pytest.param("4{:}30", TupleOf((Integer(4), Integer(30)), ":"), id="clock-time-braced-colon"),
        pytest.param("(1;2)", TupleOf((Integer(1), Integer(2)), "()"), id="semicolon-in-a-tuple"),
        pytest.param("{2, 4}", SetOf((Integer(2), Integer(4)), True), id="plain-braces-with-commas-are-a-set"),
        pytest.param("{2}", Integer(2), id="plain-braces-group"),
        pytest.param(r"\text{8}", Integer(8), id="text-around-a-number"),
        pytest.param("35 pct", Percent(Integer(35)), id="pct"),
        pytest.param(r"35\text{ percent}", Percent(Integer(35)), id="percent-in-text"),
        pytest.param(
            r"x_1=2,\quadx_2=3",
            SetOf((Relation(Symbol("x_1"), "=", 2), Relation(Symbol("x_2"), "=", 3)), False),
            id="quad-glued-to-a-letter",
        ),
        pytest.param(r"250,\!000", Integer(250000), id="math-dataset-thousands"),
        pytest.param("250 000", Integer(250000), id="space-thousands"),
        pytest.param("250{, }000", Integer(250000), id="braced-comma-space-thousands"),
        pytest.param(r"\\frac{2}{3}", Rational(2, 3), id="double-escaped"),
        pytest.param("40 m²", Integer(40), id="plain-unit-with-superscript"),
        pytest.param(
            r"\left(\begin{array}{cc} 1 & 0 \\ 0 & 1 \\ \end{array}\right)",
            MatrixOf(((Integer(1), Integer(0)), (Integer(0), Integer(1)))),
            id="array-with-trailing-row-separator",
        ),
    ],
)
def test_parse(text: str, expected: object) -> None:
    assert parse_math(text) == expected


def test_decimals_are_floats_and_keep_their_digits() -> None:
    # Comparison needs to know a value was written as a decimal (an approximation).
    value = parse_math("0.3333333333333333333")
    assert isinstance(value, sympy.Float) and str(value).startswith("0.3333333333333333333")


def test_thousands_separator_can_be_turned_off_when_a_list_is_expected() -> None:
    assert parse_math("1,000") == Integer(1000)
    assert parse_math("1,000", thousands=False) == SetOf((Integer(1), Integer(0)), False)


@pytest.mark.parametrize(
    ("text", "error", "fragment"),
    [
        pytest.param("Monday", NotMath, "words", id="a-word"),
        pytest.param(r"\text{no idea}", NotMath, "words", id="text-only"),
        pytest.param("I think 5", NotMath, "word", id="words-before-the-math"),
        pytest.param("yes", NotMath, "words", id="short-answer-word-is-not-y-e-s"),
        pytest.param(r"\int_0^1 x\,dx", ParseError, r"\int", id="unsupported-command"),
        pytest.param(r"\frac{1}{0}", ParseError, "undefined", id="division-by-zero"),
        pytest.param("1, 2, ...", ParseError, "stray", id="ellipsis-in-dots"),
        pytest.param(r"1, \dots, n", ParseError, "...", id="ellipsis"),
        pytest.param("(1, 2]", IntervalOf, None, id="half-open-is-fine"),
        pytest.param("(1]", ParseError, "interval needs two", id="half-open-single"),
        pytest.param("f'(x)", ParseError, "primes", id="derivative"),
        pytest.param(r"\begin{cases} 1 \end{cases}", ParseError, "environment", id="cases"),
        pytest.param(r"\{x \mid x > 0\}", ParseError, r"\mid", id="set-builder"),
    ],
)
def test_parse_errors(text: str, error: type, fragment: str | None) -> None:
    if not issubclass(error, Exception):  # a row that documents what *does* parse
        assert isinstance(parse_math(text), error)
        return
    with pytest.raises(error) as info:
        parse_math(text)
    assert fragment in str(info.value)


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        pytest.param(r"2^{10^{10}}", "exponent", id="power-tower"),
        pytest.param(r"10^{10^{100}}", "exponent", id="googolplex"),
        pytest.param(r"2^{100000}", "bits", id="power-over-max-bits"),
        pytest.param(r"2^{65536} \cdot 2^{65536}", "bits", id="product-over-max-bits"),
        pytest.param(r"\sqrt{10^{400}+1}", "fractional power", id="huge-radicand"),
        pytest.param("100000!", "factorial", id="huge-factorial"),
        pytest.param(r"\binom{10^{6}}{3}", "binomial", id="huge-binomial"),
        pytest.param(r"x^{10^{7}}", "exponent", id="huge-symbolic-exponent"),
        pytest.param(r"1.5^{10^{9}}", "exponent", id="huge-float-exponent"),
        pytest.param("1" * 1001, "digits", id="long-number"),
        pytest.param(r"\frac{1}{" * 60 + "2" + "}" * 60, "nests", id="deep-fractions"),
        pytest.param("(" * 60 + "1" + ")" * 60, "nests", id="deep-parentheses"),
        pytest.param("-" * 1000 + "1", "nests", id="a-thousand-signs"),
        pytest.param("\\mathrm{" * 100 + "x" + "}" * 100, "nests", id="deep-font-commands"),
        pytest.param("+".join(["1"] * 1100), "characters", id="long-answer"),
        pytest.param(",".join(["1"] * 401), "items", id="long-list"),
    ],
)
def test_size_guards_refuse_before_sympy_evaluates(text: str, fragment: str) -> None:
    with pytest.raises(AnswerTooLarge) as info:
        parse_math(text)
    assert fragment in str(info.value)


def test_large_but_allowed_values_are_exact() -> None:
    assert parse_math(r"2^{2023}") == Integer(2) ** 2023
    assert parse_math("1000!") == sympy.factorial(1000)
    assert parse_math(r"1^{10^{400}}") == Integer(1)  # base 1: no size to guard


def test_limits_are_configurable() -> None:
    with pytest.raises(AnswerTooLarge):
        parse_math("1 + 2 + 3", True, Limits(max_answer_chars=5))


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        pytest.param(r"5\text{ cm}", "cm", id="text-unit"),
        pytest.param(r"25\text{ cm}^2", "cm^2", id="unit-with-exponent"),
        pytest.param("40 m²", "m^2", id="unicode-square"),
        pytest.param(r"5\text{ centimeters}", "cm", id="spelled-out"),
        pytest.param("10 square feet", "ft^2", id="square-word"),
        pytest.param(r"5\,\mathrm{m}", "m", id="upright-unit"),
        pytest.param("12 apples", "apple", id="a-noun-compares-as-itself"),
        pytest.param("4:30 p.m.", "pm", id="half-of-the-day"),
        pytest.param("5", None, id="no-unit"),
        pytest.param(r"5\text{ units}", None, id="units-names-no-unit"),
        pytest.param("g(2)=9", None, id="named-value"),
    ],
)
def test_units_in_one_canonical_spelling(text: str, unit: str | None) -> None:
    from math_grader.answers import unit_of

    assert unit_of(text, Limits()) == unit
