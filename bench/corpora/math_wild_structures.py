"""MATH-style problems with structured answers: intervals, sets, tuples, matrices, equations, choices, words."""

from __future__ import annotations

import random
from fractions import Fraction

from math_wild_problems import Item, frac, signed

DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
LETTERS = "ABCDE"


def linear_inequality(rng: random.Random) -> Item:
    k = rng.randint(-8, 8)
    a = rng.choice([-5, -4, -3, -2, 2, 3, 4, 5])
    b = rng.randint(-12, 12)
    c = a * k + b
    # a x + b < c  <=>  x < k when a > 0, x > k when a < 0
    if a > 0:
        ref, ineq, bad_iv, bad_in = f"(-\\infty,{k})", f"x < {k}", f"({k},\\infty)", f"x > {k}"
        closed = f"(-\\infty,{k}]"
    else:
        ref, ineq, bad_iv, bad_in = f"({k},\\infty)", f"x > {k}", f"(-\\infty,{k})", f"x < {k}"
        closed = f"[{k},\\infty)"
    return Item(
        "interval",
        "math",
        f"Solve the inequality ${a}x {signed(b)} < {c}$. Express your answer in interval notation.",
        ref,
        [
            f"Subtract ${b}$: ${a}x < {c - b}$.",
            f"Divide by ${a}$" + (", flipping the inequality" if a < 0 else "") + f": ${ineq}$.",
        ],
        [
            (ref, "same interval"),
            (ref.replace(",", ", "), "spacing"),
            (ineq, "the same set written as an inequality"),
            (
                ref.replace("(", "\\left(", 1).replace(")", "\\right)") if ref.endswith(")") else ref,
                "\\left( \\right) delimiters",
            ),
        ],
        [
            (bad_iv, "forgot to flip the inequality" if a < 0 else "flipped the inequality"),
            (bad_in, "inequality in the wrong direction"),
            (closed, "included the endpoint"),
        ],
        lead="the solution set is",
    )


def sqrt_domain(rng: random.Random) -> Item:
    a = rng.randint(-9, 12)
    expr = f"x {signed(-a)}" if a else "x"
    ref = f"[{a},\\infty)"
    return Item(
        "interval",
        "math",
        f"What is the domain of $f(x) = \\sqrt{{{expr}}}$? Express your answer in interval notation.",
        ref,
        [f"We need ${expr} \\ge 0$, that is, $x \\ge {a}$."],
        [
            (ref, "same"),
            (f"[{a}, \\infty)", "spacing"),
            (f"x \\geq {a}", "inequality"),
            (f"[{a}, +\\infty)", "+infinity"),
        ],
        [(f"({a},\\infty)", "excluded the endpoint"), (f"(-\\infty,{a}]", "wrong side")],
        lead="the domain is",
    )


def quadratic_inequality(rng: random.Random) -> Item:
    p, q = sorted(rng.sample([v for v in range(-9, 10) if v], 2))
    s, pr = p + q, p * q
    poly = f"x^2 {signed(-s)}x {signed(pr)}".replace("+ 0x ", "").replace(" 1x", " x")
    if rng.random() < 0.5:
        ref = f"({p},{q})"
        return Item(
            "interval",
            "math",
            f"For what values of $x$ is ${poly} < 0$? Express your answer in interval notation.",
            ref,
            [
                f"Factor: $(x {signed(-p)})(x {signed(-q)}) < 0$.",
                f"The product is negative between the roots ${p}$ and ${q}$.",
            ],
            [(ref, "same"), (f"({p}, {q})", "spacing"), (f"{p} < x < {q}", "double inequality")],
            [(f"[{p},{q}]", "included the roots"), (f"(-\\infty,{p})\\cup({q},\\infty)", "the complement")],
            lead="the solution is",
        )
    ref = f"(-\\infty,{p}]\\cup[{q},\\infty)"
    return Item(
        "interval",
        "math",
        f"For what values of $x$ is ${poly} \\ge 0$? Express your answer in interval notation.",
        ref,
        [
            f"Factor: $(x {signed(-p)})(x {signed(-q)}) \\ge 0$.",
            f"The product is nonnegative outside the roots ${p}$ and ${q}$.",
        ],
        [
            (ref, "same"),
            (f"(-\\infty, {p}] \\cup [{q}, \\infty)", "spacing"),
            (f"x \\le {p} \\text{{ or }} x \\ge {q}", "inequalities"),
        ],
        [(f"[{p},{q}]", "the complement"), (f"(-\\infty,{p})\\cup({q},\\infty)", "excluded the roots")],
        lead="the solution is",
    )


def rational_domain(rng: random.Random) -> Item:
    a = rng.randint(2, 9)
    ref = f"(-\\infty,-{a})\\cup(-{a},{a})\\cup({a},\\infty)"
    return Item(
        "interval",
        "math",
        f"Find the domain of $g(x) = \\frac{{1}}{{x^2 - {a * a}}}$. Express your answer as a union of intervals.",
        ref,
        [
            f"The denominator vanishes when $x^2 = {a * a}$, that is, $x = \\pm {a}$.",
            "Every other real number is allowed.",
        ],
        [
            (ref, "same"),
            (ref.replace(",", ", ").replace("\\cup", " \\cup "), "spacing"),
            (f"\\mathbb{{R}} \\setminus \\{{-{a}, {a}\\}}", "all reals except the two roots"),
        ],
        [
            (f"(-{a},{a})", "only the middle interval"),
            (f"(-\\infty,-{a})\\cup({a},\\infty)", "dropped the middle interval"),
        ],
        lead="the domain is",
    )


def quadratic_roots(rng: random.Random) -> Item:
    r1, r2 = sorted(rng.sample([v for v in range(-9, 10) if v], 2))
    if r1 == -r2:
        r2 += 1
    if r2 == 0:
        r2 = 1
    s, p = r1 + r2, r1 * r2
    poly = f"x^2 {signed(-s)}x {signed(p)}".replace(" + 0x", "").replace(" - 0x", "").replace(" 1x", " x")
    return Item(
        "set",
        "math",
        f"Find all solutions to ${poly} = 0$. Enter all the solutions, separated by commas.",
        f"{r1}, {r2}",
        [f"The polynomial factors as $(x {signed(-r1)})(x {signed(-r2)})$.", f"So $x = {r1}$ or $x = {r2}$."],
        [
            (f"{r1}, {r2}", "same"),
            (f"{r2}, {r1}", "order of solutions does not matter"),
            (f"\\{{{r1}, {r2}\\}}", "set braces"),
            (f"x = {r1} \\text{{ or }} x = {r2}", "both solutions as equations"),
            (f"x={r2}, x={r1}", "both, reordered"),
        ],
        [
            (str(r2), "only one of the two solutions (a subset)"),
            (f"{-r1}, {-r2}", "signs flipped"),
            (f"{r1}, {r2}, 0" if 0 not in (r1, r2) else f"{r1}, {r2}, 1", "an extra solution (a superset)"),
        ],
        lead="the solutions are",
    )


def plus_minus(rng: random.Random) -> Item:
    k = rng.randint(2, 12)
    return Item(
        "set",
        "math",
        f"Find all real $x$ such that $x^2 = {k * k}$. Enter all the solutions, separated by commas.",
        f"-{k}, {k}",
        [f"Taking square roots, $x = \\pm {k}$."],
        [
            (f"-{k}, {k}", "same"),
            (f"{k}, -{k}", "reordered"),
            (f"\\pm {k}", "plus-minus"),
            (f"x = \\pm {k}", "plus-minus assignment"),
        ],
        [(str(k), "only the positive root (a subset)"), (f"{k}, {k * k}", "confused the square and the root")],
        lead="the solutions are",
    )


def line_intersection(rng: random.Random) -> Item:
    x, y = rng.randint(-6, 6), rng.randint(-6, 6)
    if x == y:
        y += 2
    m1, m2 = rng.sample([-3, -2, -1, 1, 2, 3, 4], 2)
    b1, b2 = y - m1 * x, y - m2 * x
    item = Item(
        "tuple",
        "math",
        f"Find the intersection point of the lines $y = {m1}x {signed(b1)}$ and $y = {m2}x {signed(b2)}$. "
        "Enter your answer as an ordered pair.",
        f"({x},{y})",
        [
            f"Set ${m1}x {signed(b1)} = {m2}x {signed(b2)}$, so ${m1 - m2}x = {b2 - b1}$ and $x = {x}$.",
            f"Then $y = {y}$.",
        ],
        [
            (f"({x}, {y})", "same pair"),
            (f"\\left({x}, {y}\\right)", "\\left \\right"),
            (f"x = {x}, y = {y}", "coordinates named"),
        ],
        [(f"({y}, {x})", "coordinates swapped"), (f"({x}, {-y})" if y else f"({x}, 1)", "sign error in y")],
        lead="the intersection point is",
    )
    # "-1x" and "1x" read as "-x" and "x", as a problem writer prints them
    item.prompt = item.prompt.replace("= -1x", "= -x").replace("= 1x", "= x")
    item.steps = [t.replace("$-1x", "$-x").replace("$1x", "$x") for t in item.steps]
    return item


def vertex(rng: random.Random) -> Item:
    h, k = rng.randint(-7, 7), rng.randint(-9, 9)
    if h == 0:
        h = 3
    c = h * h + k
    return Item(
        "tuple",
        "math",
        f"Find the vertex of the parabola $y = x^2 {signed(-2 * h)}x {signed(c)}$.",
        f"({h}, {k})",
        [f"Complete the square: $y = (x {signed(-h)})^2 {signed(k)}$.", f"The vertex is $({h}, {k})$."],
        [
            (f"({h},{k})", "same pair"),
            (f"\\left( {h}, {k} \\right)", "\\left \\right"),
            (f"(x, y) = ({h}, {k})", "named pair"),
        ],
        [(f"({-h}, {k})", "sign of h"), (f"({h}, {c})", "used the constant term as y")],
        lead="the vertex is",
    )


def midpoint(rng: random.Random) -> Item:
    x1, x2, y1, y2 = (rng.randint(-8, 9) for _ in range(4))
    if (x1 + x2) % 2 == 0:
        x2 += 1
    if x1 == 0 and y1 == 0:
        y1 = 1
    mx, my = Fraction(x1 + x2, 2), Fraction(y1 + y2, 2)
    ref = f"\\left({frac(mx)}, {frac(my)}\\right)"
    dx, dy = f"{float(mx):g}", f"{float(my):g}"
    wx, wy = Fraction(x2 - x1, 2), Fraction(y2 - y1, 2)
    return Item(
        "tuple",
        "math",
        f"What is the midpoint of the segment with endpoints $({x1}, {y1})$ and $({x2}, {y2})$?",
        ref,
        [f"Average the coordinates: $\\left(\\frac{{{x1} + {x2}}}{{2}}, \\frac{{{y1} + {y2}}}{{2}}\\right)$."],
        [(ref, "same"), (f"({frac(mx, chr(92) + 'dfrac')}, {frac(my)})", "dfrac"), (f"({dx}, {dy})", "exact decimals")],
        [
            (f"\\left({frac(wx)}, {frac(wy)}\\right)", "half the difference instead of the average"),
            (f"({frac(my)}, {frac(mx)})", "coordinates swapped"),
        ]
        if mx != my
        else [(f"\\left({frac(wx)}, {frac(wy)}\\right)", "half the difference")],
        lead="the midpoint is",
    )


def pmatrix(rows: list[list[int]], env: str = "pmatrix", sep: str = " \\\\ ") -> str:
    return f"\\begin{{{env}}} " + sep.join(" & ".join(str(v) for v in row) for row in rows) + f" \\end{{{env}}}"


def matrix_product(rng: random.Random) -> Item:
    while True:
        a = [[rng.randint(-4, 5) for _ in range(2)] for _ in range(2)]
        b = [[rng.randint(-4, 5) for _ in range(2)] for _ in range(2)]
        ab = [[sum(a[i][t] * b[t][j] for t in range(2)) for j in range(2)] for i in range(2)]
        ba = [[sum(b[i][t] * a[t][j] for t in range(2)) for j in range(2)] for i in range(2)]
        tr = [[ab[j][i] for j in range(2)] for i in range(2)]
        if ab != ba and ab != tr:
            break
    off = [row[:] for row in ab]
    off[1][0] += 1
    return Item(
        "matrix",
        "math",
        f"Compute ${pmatrix(a)} {pmatrix(b)}$.",
        pmatrix(ab),
        [
            f"Row times column: the top-left entry is ${a[0][0]} \\cdot {b[0][0]} + {a[0][1]} \\cdot {b[1][0]}"
            f" = {ab[0][0]}$.",
            "The other entries are computed the same way.",
        ],
        [(pmatrix(ab), "same"), (pmatrix(ab, "bmatrix"), "bmatrix"), (pmatrix(ab, sep="\\\\"), "spacing")],
        [
            (pmatrix(ba), "multiplied in the wrong order"),
            (pmatrix(off), "one entry off by one"),
            (pmatrix(tr), "transposed"),
        ],
        lead="the product is",
    )


def vector_sum(rng: random.Random) -> Item:
    u = [rng.randint(-6, 6) for _ in range(3)]
    v = [rng.randint(-6, 6) for _ in range(3)]
    c = rng.choice([2, 3, -2])
    w = [ui + c * vi for ui, vi in zip(u, v, strict=True)]
    col = lambda xs, env="pmatrix": f"\\begin{{{env}}} " + " \\\\ ".join(map(str, xs)) + f" \\end{{{env}}}"  # noqa: E731
    bad = w[:]
    bad[2] = u[2] - c * v[2] if c * v[2] else w[2] + 1
    return Item(
        "matrix",
        "math",
        f"Compute ${col(u)} {'+' if c > 0 else '-'} {abs(c)} {col(v)}$.",
        col(w),
        [f"Componentwise: ${u[0]} {signed(c * v[0])} = {w[0]}$, and similarly for the other entries."],
        [(col(w), "same"), (col(w, "bmatrix"), "bmatrix"), (f"({w[0]}, {w[1]}, {w[2]})", "the vector as a tuple")],
        [
            (col(bad), "sign slip in the last entry"),
            (col([ui + vi for ui, vi in zip(u, v, strict=True)]), "ignored the scalar"),
        ],
        lead="the result is",
    )


def line_equation(rng: random.Random) -> Item:
    m = rng.choice([-4, -3, -2, 2, 3, 4, 5])
    b = rng.choice([v for v in range(-9, 10) if v])
    x1 = rng.randint(-4, 4)
    x2 = x1 + rng.randint(1, 4)
    y1, y2 = m * x1 + b, m * x2 + b
    ref = f"y = {m}x {signed(b)}".replace("y = 1x", "y = x")
    return Item(
        "equation",
        "math",
        f"Find the equation of the line through $({x1}, {y1})$ and $({x2}, {y2})$.",
        ref,
        [f"The slope is $\\frac{{{y2} - ({y1})}}{{{x2} - ({x1})}} = {m}$.", f"Then $b = {y1} - ({m})({x1}) = {b}$."],
        [
            (ref, "same"),
            (ref.replace(" ", ""), "no spaces"),
            (f"y = {b} {signed(m)}x", "terms reordered"),
            (f"2y = {2 * m}x {signed(2 * b)}", "both sides doubled, same line"),
            (f"{m}x - y {signed(b)} = 0", "standard form, same line"),
        ],
        [
            (f"y = {m}x {signed(-b)}", "sign of the intercept"),
            (f"y = {b}x {signed(m)}", "slope and intercept swapped"),
            (f"y = {-m}x {signed(b)}", "sign of the slope"),
        ],
        lead="the line is",
    )


def circle_equation(rng: random.Random) -> Item:
    h, k, r = rng.randint(-6, 6), rng.randint(-6, 6), rng.randint(2, 7)
    h = h or 2
    k = k or -3

    def sq(var: str, c: int) -> str:
        return f"({var} {signed(-c)})^2"

    ref = f"{sq('x', h)} + {sq('y', k)} = {r * r}"
    const = h * h + k * k - r * r
    expanded = f"x^2 + y^2 {signed(-2 * h)}x {signed(-2 * k)}y {signed(const)} = 0".replace(" + 0 = 0", " = 0")
    return Item(
        "equation",
        "math",
        f"Write the equation of the circle with center $({h}, {k})$ and radius ${r}$.",
        ref,
        ["A circle with center $(h, k)$ and radius $r$ is $(x - h)^2 + (y - k)^2 = r^2$.", f"Here $r^2 = {r * r}$."],
        [
            (ref, "same"),
            (f"{sq('y', k)} + {sq('x', h)} = {r * r}", "terms reordered"),
            (expanded, "expanded, same circle"),
        ],
        [
            (f"{sq('x', h)} + {sq('y', k)} = {r}", "radius not squared"),
            (f"{sq('x', -h)} + {sq('y', -k)} = {r * r}", "center signs flipped"),
        ],
        lead="the equation is",
    )


def multiple_choice(rng: random.Random) -> Item:
    a, b = rng.randint(11, 39), rng.randint(11, 39)
    ans = a * b
    opts = {ans, ans + 10, ans - 10, ans + a, ans - b}
    while len(opts) < 5:
        opts.add(ans + rng.randint(11, 30))
    vals = sorted(opts)
    i = vals.index(ans)
    L = LETTERS[i]
    j = i + 1 if i < 4 else i - 1
    other = LETTERS[j]
    ref = rng.choice([f"\\text{{({L})}}", L, f"({L})"])
    choices = " \\qquad ".join(f"\\textbf{{({LETTERS[t]})}}\\ {v}" for t, v in enumerate(vals))
    return Item(
        "choice",
        "math",
        f"What is ${a} \\times {b}$?\n\n$ {choices} $",
        ref,
        [
            f"${a} \\times {b} = {a} \\times {b // 10 * 10} + {a} \\times {b % 10}"
            f" = {a * (b // 10 * 10)} + {a * (b % 10)} = {ans}$.",
            f"That is option $\\textbf{{({L})}}$.",
        ],
        [
            (L, "the letter"),
            (f"({L})", "the letter in parentheses"),
            (f"\\text{{({L})}}", "text letter"),
            (f"\\textbf{{({L})}}", "bold letter"),
            (f"\\textbf{{({L}) }} {ans}", "letter with its value"),
            (f"{L}) {ans}", "letter with its value"),
        ],
        [
            (other, "the neighbouring option"),
            (f"\\textbf{{({other})}}\\ {vals[j]}", "the neighbouring option with its value"),
        ],
        lead="the answer is",
        extra={"other": other},
    )


def weekday(rng: random.Random) -> Item:
    d0 = rng.randrange(7)
    n = rng.randint(20, 400)
    d1 = (d0 + n) % 7
    return Item(
        "text",
        "math",
        f"Today is {DAYS[d0]}. What day of the week will it be ${n}$ days from today?",
        f"\\text{{{DAYS[d1]}}}",
        [f"${n} = 7 \\cdot {n // 7} + {n % 7}$, so we move ${n % 7}$ days forward from {DAYS[d0]}."],
        [
            (f"\\text{{{DAYS[d1]}}}", "same"),
            (DAYS[d1], "plain word"),
            (f"\\textbf{{{DAYS[d1]}}}", "bold"),
            (f"\\text{{{DAYS[d1].lower()}}}", "lower case"),
        ],
        [
            (f"\\text{{{DAYS[(d1 + 1) % 7]}}}", "off by one day"),
            (f"\\text{{{DAYS[(d0 - n) % 7]}}}", "counted backwards"),
        ]
        if (d0 - n) % 7 != d1
        else [(f"\\text{{{DAYS[(d1 + 1) % 7]}}}", "off by one day")],
        lead="it will be",
    )


def parity(rng: random.Random) -> Item:
    a, b = rng.randint(1, 5), rng.randint(1, 6)
    kind, f, why = rng.choice(
        [
            ("odd", f"x^3 + {a}x".replace(" 1x", " x"), f"$f(-x) = -x^3 - {a}x = -f(x)$".replace(" 1x", " x")),
            ("even", f"x^4 - {a}x^2 + {b}", "$f(-x) = f(x)$ since only even powers appear"),
            ("neither", f"x^3 + {b}", "$f(-x) = -x^3 + " + f"{b}$, which is neither $f(x)$ nor $-f(x)$"),
        ]
    )
    others = [w for w in ("odd", "even", "neither") if w != kind]
    return Item(
        "text",
        "math",
        f'Is $f(x) = {f}$ an even function, odd function, or neither? Enter "odd", "even", or "neither".',
        f"\\text{{{kind}}}",
        [f"Compute: {why}."],
        [(f"\\text{{{kind}}}", "same"), (kind, "plain word"), (f"\\text{{{kind.capitalize()}}}", "capitalised")],
        [(f"\\text{{{others[0]}}}", "the wrong classification"), (others[1], "the wrong classification")],
        lead="the function is",
        extra={"hedge": f"\\text{{{kind} or {others[0]}}}"},
    )


def expand(rng: random.Random) -> Item:
    a, b = rng.sample([v for v in range(-9, 10) if v], 2)
    if a + b == 0:
        b += 1 if b != -1 else 2
    s, p = a + b, a * b
    sx = f"{signed(s)}x".replace("+ 1x", "+ x").replace("- 1x", "- x")
    ref = f"x^2 {sx} {signed(p)}"
    return Item(
        "expression",
        "math",
        f"Expand $(x {signed(a)})(x {signed(b)})$.",
        ref,
        [
            f"$x \\cdot x + {b}x + {a}x + ({a})({b})$".replace("+ -", "- ").replace(" 1x", " x").replace("- -", "+ "),
            f"Combine like terms: ${ref}$.",
        ],
        [
            (ref, "same"),
            (ref.replace(" ", ""), "no spaces"),
            (f"{p} {sx} + x^2".replace("+ +", "+").replace("+ -", "-"), "terms reordered"),
        ],
        [(f"x^2 {sx} {signed(-p)}", "sign of the constant"), (f"x^2 {signed(p)}", "dropped the middle term")],
        lead="the expansion is",
    )


def inverse(rng: random.Random) -> Item:
    m = rng.choice([2, 3, 4, 5, 7])
    b = rng.choice([v for v in range(-9, 10) if v])
    ref = f"\\frac{{x {signed(-b)}}}{{{m}}}"
    return Item(
        "expression",
        "math",
        f"Find $f^{{-1}}(x)$ if $f(x) = {m}x {signed(b)}$.",
        ref,
        [
            f"Write $y = {m}x {signed(b)}$ and solve for $x$: $x = \\frac{{y {signed(-b)}}}{{{m}}}$.",
            "Swap the variables.",
        ],
        [
            (ref, "same"),
            (f"\\frac{{x}}{{{m}}} {'-' if b > 0 else '+'} \\frac{{{abs(b)}}}{{{m}}}", "split fraction"),
            (f"(x {signed(-b)})/{m}", "slash form"),
            (f"f^{{-1}}(x) = \\frac{{x {signed(-b)}}}{{{m}}}", "named function"),
        ],
        [
            (f"\\frac{{x {signed(b)}}}{{{m}}}", "sign of the constant"),
            (f"{m}x {signed(-b)}", "did not divide"),
            (f"\\frac{{1}}{{{m}x {signed(b)}}}", "reciprocal instead of inverse"),
        ],
        lead="the inverse is",
    )


def cancel(rng: random.Random) -> Item:
    a = rng.randint(2, 9)
    return Item(
        "expression",
        "math",
        f"Simplify $\\frac{{x^2 - {a * a}}}{{x - {a}}}$ for $x \\ne {a}$.",
        f"x + {a}",
        [f"Factor the numerator: $(x - {a})(x + {a})$.", f"Cancel $x - {a}$ to get $x + {a}$."],
        [(f"x + {a}", "same"), (f"{a} + x", "terms reordered"), (f"x+{a}", "no spaces")],
        [(f"x - {a}", "cancelled the wrong factor"), (f"x + {a * a}", "did not take the root")],
        lead="the expression simplifies to",
    )


TEMPLATES = [
    linear_inequality,
    sqrt_domain,
    quadratic_inequality,
    rational_domain,
    quadratic_roots,
    plus_minus,
    line_intersection,
    vertex,
    midpoint,
    matrix_product,
    vector_sum,
    line_equation,
    circle_equation,
    multiple_choice,
    weekday,
    parity,
    expand,
    inverse,
    cancel,
]
