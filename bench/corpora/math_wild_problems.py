"""Problem templates for the math_wild corpus: each returns a worked problem with its answer forms.

An `Item` holds a prompt, a reference in the notation of its dataset (MATH: `\\frac`, `,\\!`,
`^\\circ`, `\\text{ cm}^2`, ...; GSM8K: a plain integer), the steps of a worked solution, the
forms of the answer a careful grader accepts (`right`, each with a note on why it is the same
answer) and near-miss wrong answers (`wrong`, each with what went wrong).  Everything is
computed from the random parameters, so the labels follow from the arithmetic, not from a
checker.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass, field
from fractions import Fraction


@dataclass
class Item:
    klass: str
    source: str  # "gsm8k" or "math"
    prompt: str
    reference: str
    steps: list[str]
    right: list[tuple[str, str]]  # (answer as written, why it equals the reference)
    wrong: list[tuple[str, str]]  # (answer as written, what is wrong with it)
    lead: str = "the answer is"  # prose ending: "Therefore, {lead} {answer}."
    extra: dict = field(default_factory=dict)


def frac(q: Fraction, cmd: str = "\\frac") -> str:
    if q.denominator == 1:
        return str(q.numerator)
    sign = "-" if q < 0 else ""
    return f"{sign}{cmd}{{{abs(q.numerator)}}}{{{q.denominator}}}"


def slash(q: Fraction) -> str:
    return str(q.numerator) if q.denominator == 1 else f"{q.numerator}/{q.denominator}"


def exact_decimal(q: Fraction) -> str | None:
    d = q.denominator
    while d % 2 == 0:
        d //= 2
    while d % 5 == 0:
        d //= 5
    if d != 1:
        return None
    text = f"{float(q):.10f}".rstrip("0").rstrip(".")
    return text


def math_thousands(n: int) -> str:
    """MATH's `,\\!` thousands separator."""
    return f"{n:,}".replace(",", ",\\!")


def sqrt_parts(n: int) -> tuple[int, int]:
    k = 1
    for f in range(2, math.isqrt(n) + 1):
        while n % (f * f) == 0:
            n //= f * f
            k *= f
    return k, n


def radical(k: int, m: int) -> str:
    if m == 1:
        return str(k)
    return f"\\sqrt{{{m}}}" if k == 1 else f"{k}\\sqrt{{{m}}}"


def fraction_forms(q: Fraction, unreduced: tuple[int, int] | None = None) -> list[tuple[str, str]]:
    forms = [
        (frac(q), "same fraction"),
        (frac(q, "\\dfrac"), "\\dfrac is \\frac"),
        (frac(q, "\\tfrac"), "\\tfrac is \\frac"),
        (slash(q), "slash fraction"),
    ]
    if unreduced and Fraction(*unreduced) == q and unreduced[1] != q.denominator:
        n, d = unreduced
        sign = "-" if n * d < 0 else ""
        forms.append((f"{sign}\\frac{{{abs(n)}}}{{{abs(d)}}}", "unreduced fraction, same value"))
    dec = exact_decimal(q)
    if dec is not None:
        forms.append((dec, "exact terminating decimal"))
    return forms


def rounded(q: float, places: int = 2) -> str:
    return f"{q:.{places}f}"


def pick_distinct(rng: random.Random, lo: int, hi: int, k: int) -> list[int]:
    return rng.sample(range(lo, hi + 1), k)


def signed(n: int) -> str:
    return f"+ {n}" if n >= 0 else f"- {-n}"


# ---------------------------------------------------------------- GSM8K word problems


def gsm_cookies(rng: random.Random) -> Item:
    a, b = rng.randint(3, 12), rng.randint(6, 24)
    c = rng.randint(5, a * b - 5)
    ans = a * b - c
    return Item(
        "integer",
        "gsm8k",
        f"A baker bakes {a} trays of cookies with {b} cookies on each tray. He sells {c} cookies. "
        "How many cookies does he have left?",
        str(ans),
        [
            f"The baker bakes {a} * {b} = {a * b} cookies.",
            f"After selling {c}, he has {a * b} - {c} = {ans} cookies left.",
        ],
        [(str(ans), "same integer"), (f"{ans} cookies", "integer with its noun")],
        [(str(a * b), "total baked, before subtracting the cookies sold"), (str(a * b + c), "added the sold cookies")],
        lead="the baker has",
    )


def gsm_wages(rng: random.Random) -> Item:
    r, h, w = rng.choice([12, 15, 18, 20, 25]), rng.randint(10, 40), rng.randint(3, 12)
    ans = r * h * w
    forms = [
        (str(ans), "same integer"),
        (f"\\${ans}", "dollar sign before the amount"),
        (f"{ans:,} dollars", "comma thousands separator and the unit dollars"),
    ]
    if ans >= 1000:
        forms.append((f"\\${ans:,}", "dollar sign and comma thousands separator"))
    return Item(
        "money",
        "gsm8k",
        f"Maria earns ${r} per hour. She works {h} hours each week. How much money does she earn in {w} weeks?",
        str(ans),
        [f"Each week she earns {r} * {h} = ${r * h}.", f"In {w} weeks she earns {r * h} * {w} = ${ans}."],
        forms,
        [(str(r * h), "one week's pay only"), (str(r * h * (w - 1)), "one week too few")],
        lead="she earns",
    )


def gsm_sale(rng: random.Random) -> Item:
    d = rng.choice([10, 15, 20, 25, 30, 40])
    p = rng.choice([40, 60, 80, 120, 160, 200, 240])
    ans = p * (100 - d) // 100
    return Item(
        "money",
        "gsm8k",
        f"A jacket costs ${p}. During a sale, it is {d}% off. What is the sale price of the jacket in dollars?",
        str(ans),
        [
            f"The discount is {d}% of {p} = {p * d // 100} dollars.",
            f"The sale price is {p} - {p * d // 100} = {ans} dollars.",
        ],
        [(str(ans), "same integer"), (f"\\${ans}", "dollar sign"), (f"{ans} dollars", "integer with the unit")],
        [
            (str(p * d // 100), "the discount, an intermediate value, instead of the price"),
            (str(p - d), "subtracted the percent as dollars"),
        ],
        lead="the sale price is",
    )


def gsm_trip(rng: random.Random) -> Item:
    v, t, u, s = rng.choice([40, 45, 50, 55, 60]), rng.randint(2, 5), rng.choice([30, 35, 65, 70]), rng.randint(2, 4)
    ans = v * t + u * s
    return Item(
        "integer",
        "gsm8k",
        f"A car drives at {v} miles per hour for {t} hours, then at {u} miles per hour for {s} hours. "
        "How many miles does it travel in total?",
        str(ans),
        [
            f"First part: {v} * {t} = {v * t} miles.",
            f"Second part: {u} * {s} = {u * s} miles.",
            f"Total: {v * t} + {u * s} = {ans} miles.",
        ],
        [(str(ans), "same integer"), (f"{ans} miles", "integer with its unit, the one the question asks for")],
        [(str(v * t), "first leg only"), (str((v + u) * (t + s) // 2), "averaged speeds and times")],
        lead="the car travels",
    )


def gsm_factory(rng: random.Random) -> Item:
    a, d = rng.randint(120, 990), rng.randint(12, 60)
    ans = a * d
    return Item(
        "thousands",
        "gsm8k",
        f"A factory produces {a} bottles per day. How many bottles does it produce in {d} days?",
        str(ans),
        [f"It produces {a} * {d} = {ans} bottles."],
        [
            (str(ans), "same integer"),
            (f"{ans:,}", "comma thousands separator"),
            (f"{ans:,} bottles", "separator and noun"),
        ],
        [(str(a * (d - 1)), "one day too few"), (str(ans + a), "one day too many")],
        lead="the factory produces",
    )


def gsm_percent(rng: random.Random) -> Item:
    total = rng.choice([20, 25, 40, 50, 80])
    part = rng.randint(1, total - 1)
    while (100 * part) % total or 2 * part == total:
        part = rng.randint(1, total - 1)
    p = 100 * part // total
    return Item(
        "percent",
        "gsm8k",
        f"In a class of {total} students, {part} walk to school. What percentage of the students walk to school?",
        str(p),
        [f"{part} / {total} = {part / total:g}.", f"{part / total:g} * 100 = {p}%."],
        [(str(p), "same number"), (f"{p}%", "percent sign on the asked percentage"), (f"{p}\\%", "LaTeX percent sign")],
        [
            (str(100 - p), "percentage who do not walk"),
            (str(part), "the number of students, not the percentage"),
        ],
        lead="the percentage is",
    )


# ---------------------------------------------------------------- MATH: integers


def math_remainder(rng: random.Random) -> Item:
    b = rng.randint(6, 19)
    a = rng.randint(200, 5000)
    while a % b == 0:
        a += 1
    q, r = divmod(a, b)
    return Item(
        "integer",
        "math",
        f"What is the remainder when ${a}$ is divided by ${b}$?",
        str(r),
        [f"$${b} \\times {q} = {b * q}$$", f"$${a} - {b * q} = {r}$$"],
        [(str(r), "same integer")],
        [(str(q), "the quotient instead of the remainder"), (str(r + 1), "off by one")],
        lead="the remainder is",
    )


def math_divisors(rng: random.Random) -> Item:
    e = [rng.randint(1, 4), rng.randint(1, 3), rng.randint(0, 2)]
    n = 2 ** e[0] * 3 ** e[1] * 5 ** e[2]
    count = (e[0] + 1) * (e[1] + 1) * (e[2] + 1)
    fac = " \\cdot ".join(f"{p}^{{{k}}}" for p, k in zip((2, 3, 5), e, strict=True) if k)
    wrong = e[0] * e[1] * max(e[2], 1)
    if wrong == count:
        wrong = count - 1
    return Item(
        "integer",
        "math",
        f"How many positive divisors does ${n}$ have?",
        str(count),
        [f"The prime factorization is ${n} = {fac}$.", "Add one to each exponent and multiply: " + f"${count}$."],
        [(str(count), "same integer")],
        [
            (str(wrong), "multiplied the exponents without adding one"),
            (str(count - 2), "excluded 1 and the number itself"),
        ],
        lead="the number of divisors is",
    )


def math_binomial(rng: random.Random) -> Item:
    n, k = rng.randint(12, 20), rng.randint(3, 6)
    if n == 2 * k + 1:
        n += 1
    ans = math.comb(n, k)
    ref = math_thousands(ans) if ans >= 1000 else str(ans)
    forms = [(str(ans), "same integer without separator"), (f"{ans:,}", "comma thousands separator")]
    if ans >= 1000:
        forms.append((math_thousands(ans), "MATH's ,\\! separator"))
    return Item(
        "thousands" if ans >= 1000 else "integer",
        "math",
        f"Compute $\\dbinom{{{n}}}{{{k}}}$.",
        ref,
        [f"$$\\dbinom{{{n}}}{{{k}}} = \\frac{{{n}!}}{{{k}!\\,{n - k}!}}$$", f"This equals ${ans}$."],
        forms,
        [(str(math.comb(n, k + 1)), "computed the next binomial coefficient"), (str(math.comb(n - 1, k)), "used n-1")],
        lead="the value is",
    )


def math_linear(rng: random.Random) -> Item:
    x = rng.choice([v for v in range(-15, 16) if v not in (0, 1)])
    a = rng.choice([2, 3, 4, 5, 7])
    b = rng.randint(-30, 30)
    c = a * x + b
    return Item(
        "integer",
        "math",
        f"Solve for $x$: ${a}x {signed(b)} = {c}$.",
        str(x),
        [f"Subtract ${b}$ from both sides: ${a}x = {c - b}$.", f"Divide by ${a}$: $x = {x}$."],
        [(str(x), "same integer"), (f"x = {x}", "the assignment x = value"), (f"x={x}", "assignment without spaces")],
        [(str(-x), "sign error"), (str(c - b), "forgot to divide by the coefficient")],
        lead="x is",
    )


def math_series(rng: random.Random) -> Item:
    n = rng.randint(45, 150)
    ans = n * (n + 1) // 2
    ref = math_thousands(ans) if ans >= 1000 else str(ans)
    return Item(
        "thousands" if ans >= 1000 else "integer",
        "math",
        f"Compute $1 + 2 + 3 + \\cdots + {n}$.",
        ref,
        [
            "The sum of the first $n$ positive integers is $\\frac{n(n+1)}{2}$.",
            f"With $n = {n}$: $\\frac{{{n} \\cdot {n + 1}}}{{2}} = {ans}$.",
        ],
        [(str(ans), "same integer"), (f"{ans:,}", "comma separator")],
        [(str(n * (n - 1) // 2), "used n(n-1)/2"), (str(n * (n + 1)), "forgot to halve")],
        lead="the sum is",
    )
