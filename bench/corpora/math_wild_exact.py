"""MATH-style problems with exact non-integer answers: fractions, decimals, radicals, pi, percent, degrees, units."""

from __future__ import annotations

import math
import random
from fractions import Fraction

from math_wild_problems import Item, exact_decimal, frac, fraction_forms, radical, rounded, slash, sqrt_parts


def probability(rng: random.Random) -> Item:
    r, b = rng.randint(3, 9), rng.randint(2, 9)
    n = r + b
    q = Fraction(r * (r - 1), n * (n - 1))
    wrong = [(frac(Fraction(r * r, n * n)), "drew with replacement"), (frac(1 - q), "the complement")]
    if exact_decimal(q) is None:
        wrong.append((rounded(float(q)), "a rounded decimal for an exact fraction"))
    return Item(
        "fraction",
        "math",
        f"A bag contains {r} red marbles and {b} blue marbles. Two marbles are drawn at random without "
        "replacement. What is the probability that both are red? Express your answer as a common fraction.",
        frac(q, rng.choice(["\\frac", "\\dfrac"])),
        [
            f"There are $\\binom{{{n}}}{{2}} = {n * (n - 1) // 2}$ ways to choose two marbles.",
            f"There are $\\binom{{{r}}}{{2}} = {r * (r - 1) // 2}$ ways to choose two red ones.",
            f"So the probability is $\\frac{{{r * (r - 1) // 2}}}{{{n * (n - 1) // 2}}}"
            + (f" = {frac(q)}$." if q.denominator != n * (n - 1) // 2 else "$."),
        ],
        fraction_forms(q, (r * (r - 1) // 2, n * (n - 1) // 2)),
        wrong,
        lead="the probability is",
    )


def fraction_sum(rng: random.Random) -> Item:
    while True:
        b, d = rng.sample([3, 4, 5, 6, 7, 8, 9, 10, 12], 2)
        a, c = rng.randint(1, b - 1), rng.randint(1, d - 1)
        q = Fraction(a, b) + Fraction(c, d)
        if math.gcd(a, b) == 1 and math.gcd(c, d) == 1 and q.denominator > 1:
            break
    naive = Fraction(a + c, b + d)
    wrong = [
        (frac(naive), "added numerators and denominators"),
        (frac(Fraction(a * c, b * d)), "multiplied instead of adding"),
    ]
    if exact_decimal(q) is None:
        wrong.append((rounded(float(q), 3), "a rounded decimal for an exact fraction"))
    forms = fraction_forms(q, (a * d + b * c, b * d))
    if q > 1 and q.denominator > 1:
        whole = q.numerator // q.denominator
        forms.append((f"{whole}\\frac{{{q.numerator - whole * q.denominator}}}{{{q.denominator}}}", "mixed number"))
    return Item(
        "fraction",
        "math",
        f"Compute $\\frac{{{a}}}{{{b}}} + \\frac{{{c}}}{{{d}}}$. Express your answer as a common fraction.",
        frac(q),
        [
            f"The common denominator is ${b * d}$.",
            f"$$\\frac{{{a * d}}}{{{b * d}}} + \\frac{{{b * c}}}{{{b * d}}} = "
            f"\\frac{{{a * d + b * c}}}{{{b * d}}}" + (f" = {frac(q)}$$" if q.denominator != b * d else "$$"),
        ],
        forms,
        wrong,
        lead="the sum is",
    )


def slope(rng: random.Random) -> Item:
    while True:
        x1, y1, x2, y2 = (rng.randint(-9, 9) for _ in range(4))
        if x1 != x2 and y1 != y2 and abs(y2 - y1) != abs(x2 - x1):
            q = Fraction(y2 - y1, x2 - x1)
            if q.denominator > 1 and q < 0:
                break
    forms = fraction_forms(q)
    forms.append((f"\\frac{{{q.numerator}}}{{{q.denominator}}}", "minus sign in the numerator"))
    return Item(
        "fraction",
        "math",
        f"What is the slope of the line through $({x1}, {y1})$ and $({x2}, {y2})$? "
        "Express your answer as a common fraction.",
        frac(q),
        [
            f"The slope is $\\frac{{{y2} - ({y1})}}{{{x2} - ({x1})}} = \\frac{{{y2 - y1}}}{{{x2 - x1}}}$.",
            f"This simplifies to ${frac(q)}$.",
        ],
        forms,
        [(frac(-q), "sign error"), (frac(1 / q), "run over rise")],
        lead="the slope is",
    )


def to_decimal(rng: random.Random) -> Item:
    d = rng.choice([8, 16, 20, 25, 40, 32])
    n = rng.randint(1, d - 1)
    while math.gcd(n, d) != 1:
        n = rng.randint(1, d - 1)
    dec = exact_decimal(Fraction(n, d))
    assert dec is not None
    near = f"{float(Fraction(n, d)):.2f}"
    wrong = [(f"{n / d * 10:g}", "misplaced decimal point")]
    if near != dec and float(near) != float(dec):
        wrong.append((near, "rounded, but the exact decimal was asked for"))
    return Item(
        "decimal",
        "math",
        f"Express $\\frac{{{n}}}{{{d}}}$ as a decimal.",
        dec,
        [f"Divide ${n}$ by ${d}$: long division gives ${dec}$."],
        [
            (dec, "same decimal"),
            (dec.lstrip("0") if dec.startswith("0.") else dec, "no leading zero"),
            (dec + "0", "trailing zero"),
        ],
        wrong,
        lead="the decimal is",
    )


def money_total(rng: random.Random) -> Item:
    price, qty = Fraction(rng.randint(105, 995), 100), rng.randint(3, 9)
    tot = price * qty
    cents = int(tot * 100)
    ref = f"\\${cents // 100}.{cents % 100:02d}"
    plain = f"{cents // 100}.{cents % 100:02d}"
    wrong_c = cents + 9 * (1 if cents % 10 < 5 else -1)
    return Item(
        "decimal",
        "math",
        f"Pencils cost $\\${float(price):.2f}$ each. How much do ${qty}$ pencils cost, in dollars?",
        ref,
        [f"${qty} \\times {float(price):.2f} = {plain}$."],
        [
            (ref, "same amount"),
            (plain, "amount without the dollar sign"),
            (f"{plain} \\text{{ dollars}}", "amount in words"),
        ],
        [
            (f"\\${wrong_c // 100}.{wrong_c % 100:02d}", "arithmetic slip in the cents"),
            (f"{float(price):.2f}", "price of one pencil"),
        ],
        lead="the total is",
    )


def distance(rng: random.Random) -> Item:
    while True:
        dx, dy = rng.randint(1, 9), rng.randint(1, 9)
        s = dx * dx + dy * dy
        k, m = sqrt_parts(s)
        if m > 1 and k > 1:
            break
    x1, y1 = rng.randint(-5, 5), rng.randint(-5, 5)
    ref = radical(k, m)
    return Item(
        "radical",
        "math",
        f"Find the distance between the points $({x1}, {y1})$ and $({x1 + dx}, {y1 + dy})$. "
        "Express your answer in simplest radical form.",
        ref,
        [
            f"The distance is $\\sqrt{{{dx}^2 + {dy}^2}} = \\sqrt{{{s}}}$.",
            f"Since ${s} = {k * k} \\cdot {m}$, this is ${ref}$.",
        ],
        [
            (ref, "same radical"),
            (f"{k} \\sqrt{{{m}}}", "spacing"),
            (f"\\sqrt{{{m}}} \\cdot {k}", "factors reordered"),
            (f"{k}\\sqrt {m}", "\\sqrt without braces"),
        ],
        [
            (rounded(k * math.sqrt(m)), "a rounded decimal for an exact radical"),
            (str(s), "forgot the square root"),
            (radical(k, m + 1), "wrong radicand"),
        ],
        lead="the distance is",
    )


def quadratic_root(rng: random.Random) -> Item:
    while True:
        b, c = rng.randint(1, 8), rng.randint(-20, 20)
        d = b * b - c
        if d > 1:
            k, m = sqrt_parts(d)
            if m > 1:
                break
    r = radical(k, m)
    return Item(
        "radical",
        "math",
        f"Find the larger root of $x^2 - {2 * b}x {'+' if c >= 0 else '-'} {abs(c)} = 0$.",
        f"{b}+{r}",
        [
            f"By the quadratic formula, $x = \\frac{{{2 * b} \\pm \\sqrt{{{4 * d}}}}}{{2}} = {b} \\pm \\sqrt{{{d}}}$.",
            f"The larger root is ${b} + {r}$.",
        ],
        [
            (f"{b} + {r}", "same value"),
            (f"{r} + {b}", "terms reordered"),
            (f"{b}+\\sqrt{{{d}}}", "radical not simplified, same value"),
            (f"\\frac{{{2 * b} + {2 * k}\\sqrt{{{m}}}}}{{2}}", "unsimplified quadratic-formula form, same value"),
        ],
        [
            (f"{b} - {r}", "the smaller root"),
            (rounded(b + k * math.sqrt(m)), "a rounded decimal for an exact root"),
            (f"{b} + {k + 1}\\sqrt{{{m}}}" if k > 1 else f"{b} + 2\\sqrt{{{m}}}", "wrong coefficient on the radical"),
        ],
        lead="the larger root is",
    )


def circle_area(rng: random.Random) -> Item:
    r = rng.randint(2, 15)
    a = r * r
    return Item(
        "pi",
        "math",
        f"A circle has radius ${r}$ units. What is its area, in square units? Express your answer in terms of $\\pi$.",
        f"{a}\\pi",
        [f"The area is $\\pi r^2 = \\pi \\cdot {r}^2$.", f"So the area is ${a}\\pi$."],
        [
            (f"{a}\\pi", "same"),
            (f"{a} \\pi", "spacing"),
            (f"\\pi \\cdot {a}", "factors reordered"),
            (f"{a}\\pi \\text{{ square units}}", "with the units asked for"),
        ],
        [
            (f"{2 * r}\\pi", "the circumference"),
            (rounded(a * math.pi), "a decimal, but the answer was asked in terms of pi"),
            (str(a), "dropped pi"),
        ],
        lead="the area is",
    )


def sphere_volume(rng: random.Random) -> Item:
    r = rng.choice([3, 6, 9])
    v = 4 * r**3 // 3
    return Item(
        "pi",
        "math",
        f"What is the volume of a sphere with radius ${r}$? Express your answer in terms of $\\pi$.",
        f"{v}\\pi",
        [f"$V = \\frac{{4}}{{3}}\\pi r^3 = \\frac{{4}}{{3}}\\pi \\cdot {r**3}$.", f"This is ${v}\\pi$."],
        [
            (f"{v}\\pi", "same"),
            (f"{v}\\,\\pi", "thin space"),
            (f"\\pi \\cdot {v}", "factors reordered"),
        ],
        [(f"{4 * r * r}\\pi", "the surface area"), (f"{r**3}\\pi", "dropped the 4/3")],
        lead="the volume is",
    )


def arc_length(rng: random.Random) -> Item:
    theta, r = rng.choice([30, 40, 45, 60, 72, 80, 120, 135, 150]), rng.randint(3, 10)
    q = Fraction(theta * 2 * r, 360)
    p, d = q.numerator, q.denominator
    ref = f"{p}\\pi" if d == 1 else f"\\frac{{{p}\\pi}}{{{d}}}"
    forms = [(ref, "same")]
    if d > 1:
        forms += [(f"\\frac{{{p}}}{{{d}}}\\pi", "coefficient written as a fraction"), (f"{p}\\pi/{d}", "slash form")]
    return Item(
        "pi",
        "math",
        f"An arc of a circle of radius ${r}$ subtends a central angle of ${theta}^\\circ$. What is the length "
        "of the arc? Express your answer in terms of $\\pi$.",
        ref,
        [f"The circumference is ${2 * r}\\pi$.", f"The arc is $\\frac{{{theta}}}{{360}}$ of it: ${ref}$."],
        forms,
        [(frac(q), "dropped pi"), (f"{frac(Fraction(theta * r * r, 360))}\\pi", "the sector area")],
        lead="the arc length is",
    )


def percent_of(rng: random.Random) -> Item:
    b = rng.choice([40, 80, 125, 200, 250, 400, 500])
    p = rng.choice([5, 12, 15, 20, 35, 40, 60, 64, 75])
    a = Fraction(b * p, 100)
    if a.denominator != 1:
        p, a = 20, Fraction(b * 20, 100)
    a_int = int(a)
    return Item(
        "percent",
        "math",
        f"What percent of ${b}$ is ${a_int}$?",
        f"{p}\\%",
        [f"$\\frac{{{a_int}}}{{{b}}} = {a_int / b:g}$.", f"As a percent, that is ${p}\\%$."],
        [
            (f"{p}\\%", "same"),
            (str(p), "the number of percent"),
            (f"{p} \\%", "spacing"),
            (f"{p}\\text{{ percent}}", "the word percent"),
        ],
        [(f"{a_int / b:g}\\%", "did not multiply by 100"), (f"{100 - p}\\%", "the complement")],
        lead="the percentage is",
    )


def triangle_angle(rng: random.Random) -> Item:
    a, b = rng.randint(25, 80), rng.randint(25, 80)
    if a + b == 90:
        b += 3
    x = 180 - a - b
    with_deg = rng.random() < 0.5
    ref = f"{x}^\\circ" if with_deg else str(x)
    return Item(
        "degree",
        "math",
        f"In triangle $ABC$, $\\angle A = {a}^\\circ$ and $\\angle B = {b}^\\circ$. What is the measure of "
        "$\\angle C$, in degrees?",
        ref,
        [
            "The angles of a triangle sum to $180^\\circ$.",
            f"$\\angle C = 180^\\circ - {a}^\\circ - {b}^\\circ = {x}^\\circ$.",
        ],
        [
            (str(x), "same number of degrees"),
            (f"{x}^\\circ", "degree sign"),
            (f"{x}^{{\\circ}}", "braced degree sign"),
            (f"{x}°", "unicode degree sign"),
            (f"{x} \\text{{ degrees}}", "the word degrees"),
        ],
        [(f"{a + b}^\\circ", "the sum of the two given angles"), (f"{x + 10}^\\circ", "arithmetic slip")],
        lead="the measure of angle C is",
    )


def polygon_angle(rng: random.Random) -> Item:
    n = rng.choice([5, 6, 8, 9, 10, 12, 15, 18, 20])
    x = 180 * (n - 2) // n
    return Item(
        "degree",
        "math",
        f"What is the measure, in degrees, of each interior angle of a regular polygon with ${n}$ sides?",
        str(x),
        [
            f"The interior angles sum to $180({n} - 2) = {180 * (n - 2)}$ degrees.",
            f"Each one is $\\frac{{{180 * (n - 2)}}}{{{n}}} = {x}$.",
        ],
        [(str(x), "same"), (f"{x}^\\circ", "degree sign"), (f"{x} degrees", "the word degrees")],
        [
            (str(360 // n) if 360 % n == 0 else f"{360 / n:g}", "the exterior angle"),
            (str(180 * (n - 2)), "the angle sum"),
        ],
        lead="each interior angle measures",
    )


def rectangle_area(rng: random.Random) -> Item:
    w, h = rng.randint(3, 25), rng.randint(3, 25)
    area = w * h
    if area == 2 * (w + h):
        h += 1
        area = w * h
    return Item(
        "unit",
        "math",
        f"A rectangle is ${w}$ cm wide and ${h}$ cm long. What is its area?",
        f"{area}\\text{{ cm}}^2",
        [f"The area is ${w} \\times {h} = {area}$ square centimeters."],
        [
            (str(area), "the number, unit implied by the question"),
            (f"{area}\\text{{ cm}}^2", "same"),
            (f"{area} \\text{{ cm}}^2", "spacing"),
            (f"{area}\\,\\mathrm{{cm}}^2", "mathrm unit"),
            (f"{area}\\text{{ square centimeters}}", "unit in words"),
        ],
        [
            (f"{area}\\text{{ m}}^2", "square metres, a different unit"),
            (f"{2 * (w + h)}\\text{{ cm}}^2", "the perimeter's value"),
            (f"{area}\\text{{ cm}}", "a length unit for an area"),
        ],
        lead="the area is",
    )


def travel_time(rng: random.Random) -> Item:
    v = rng.choice([40, 48, 50, 60, 64, 80])
    t = rng.choice([2, 3, 4, 5])
    d = v * t
    return Item(
        "unit",
        "math",
        f"A train travels ${d}$ miles at a constant speed of ${v}$ miles per hour. How many hours does the trip take?",
        f"{t}\\text{{ hours}}",
        [f"Time is distance over speed: $\\frac{{{d}}}{{{v}}} = {t}$ hours."],
        [
            (str(t), "the number, unit implied"),
            (f"{t}\\text{{ hours}}", "same"),
            (f"{t} \\text{{ hr}}", "abbreviated unit"),
        ],
        [(f"{t}\\text{{ minutes}}", "minutes, a different unit"), (str(d * v), "multiplied instead of dividing")],
        lead="the trip takes",
    )


def base_convert(rng: random.Random) -> Item:
    base = rng.choice([2, 3, 5])
    n = rng.randint(20, 120)
    digits, m = "", n
    while m:
        digits = str(m % base) + digits
        m //= base
    wrong = digits[::-1] if digits[::-1] != digits else digits[:-1] + str((int(digits[-1]) + 1) % base)
    return Item(
        "base",
        "math",
        f"Express ${n}_{{10}}$ in base ${base}$.",
        f"{digits}_{{{base}}}",
        [f"Repeatedly divide ${n}$ by ${base}$ and read the remainders from bottom to top: ${digits}_{{{base}}}$."],
        [
            (f"{digits}_{{{base}}}", "same"),
            (f"{digits}_{base}", "subscript without braces"),
            (digits, "the digits, base given by the question"),
        ],
        [(f"{wrong}_{{{base}}}", "remainders read in the wrong order"), (str(n), "left in base 10")],
        lead="the base-" + str(base) + " representation is",
    )


def rationalize(rng: random.Random) -> Item:
    m = rng.choice([2, 3, 5, 6, 7, 10, 11, 13])
    c = rng.randint(1, 6)
    q = Fraction(c, m)
    if q.denominator == 1:
        ref = f"{q.numerator}\\sqrt{{{m}}}" if q.numerator > 1 else f"\\sqrt{{{m}}}"
        forms = [(ref, "same")]
    else:
        num = f"{q.numerator}\\sqrt{{{m}}}" if q.numerator > 1 else f"\\sqrt{{{m}}}"
        ref = f"\\frac{{{num}}}{{{q.denominator}}}"
        forms = [
            (ref, "same"),
            (f"{num}/{q.denominator}", "slash"),
            (f"\\frac{{{q.numerator}}}{{{q.denominator}}}\\sqrt{{{m}}}", "coefficient as fraction"),
        ]
    return Item(
        "radical",
        "math",
        f"Rationalize the denominator: $\\frac{{{c}}}{{\\sqrt{{{m}}}}}$.",
        ref,
        [
            f"Multiply numerator and denominator by $\\sqrt{{{m}}}$: "
            f"$\\frac{{{c if c > 1 else ''}\\sqrt{{{m}}}}}{{{m}}}$.",
            f"This is ${ref}$.",
        ],
        forms,
        [
            (f"\\frac{{{c}\\sqrt{{{m}}}}}{{{m * m}}}", "squared the denominator twice"),
            (f"{c * m}\\sqrt{{{m}}}", "multiplied instead"),
            (rounded(c / math.sqrt(m), 3), "a rounded decimal for an exact radical"),
        ],
        lead="the result is",
    )


TEMPLATES = [
    probability,
    fraction_sum,
    slope,
    to_decimal,
    money_total,
    distance,
    quadratic_root,
    circle_area,
    sphere_volume,
    arc_length,
    percent_of,
    triangle_angle,
    polygon_angle,
    rectangle_area,
    travel_time,
    base_convert,
    rationalize,
]
_ = slash  # re-exported helper used by callers
