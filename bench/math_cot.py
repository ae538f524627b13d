"""Long chain-of-thought responses with labelled final answers (bench/math_accuracy.py and
bench/math_throughput.py). Written in the style of reasoning models: intermediate numbers
everywhere, LaTeX in the prose, one boxed answer at the end -- except where a row says
otherwise (a self-correction with two different boxes, a wrong final answer after correct
work, an answer only in prose).
"""

from __future__ import annotations

from math_pairs import Pair

_QUADRATIC = r"""We need to solve $x^2 - 5x + 6 = 0$.

First, let's look for two numbers whose product is $6$ and whose sum is $-5$. The pairs of
factors of $6$ are $(1, 6)$, $(2, 3)$, $(-1, -6)$ and $(-2, -3)$. Among them, $-2$ and $-3$
add up to $-5$, so the quadratic factors as
$$x^2 - 5x + 6 = (x - 2)(x - 3).$$

Setting each factor to zero gives $x = 2$ or $x = 3$.

Let me double-check with the quadratic formula: the discriminant is
$\Delta = (-5)^2 - 4 \cdot 1 \cdot 6 = 25 - 24 = 1$, so
$$x = \frac{5 \pm \sqrt{1}}{2} = \frac{5 \pm 1}{2},$$
which gives $x = 3$ and $x = 2$. Both methods agree.

Verification: $2^2 - 5 \cdot 2 + 6 = 4 - 10 + 6 = 0$ and $3^2 - 15 + 6 = 0$.

Therefore the solutions are $\boxed{2, 3}$."""

_PROBABILITY = r"""We roll two fair six-sided dice and want the probability that the sum is $7$.

There are $6 \times 6 = 36$ equally likely ordered outcomes. The pairs that sum to $7$ are
$(1,6), (2,5), (3,4), (4,3), (5,2), (6,1)$ — that's $6$ outcomes.

So the probability is $\frac{6}{36}$. Simplifying by dividing numerator and denominator by
$6$, we get $\frac{1}{6}$.

As a sanity check, $7$ is the most likely sum: sums of $6$ and $8$ each have $5$ outcomes,
$5$ and $9$ have $4$, and so on, and $1+2+3+4+5+6+5+4+3+2+1 = 36$. Good.

The probability is $\boxed{\dfrac{1}{6}}$."""

_GEOMETRY = r"""Let the right triangle have legs $a = 6$ and $b = 8$. By the Pythagorean theorem the
hypotenuse is $c = \sqrt{6^2 + 8^2} = \sqrt{36 + 64} = \sqrt{100} = 10$.

The area is $\frac{1}{2} a b = \frac{1}{2} \cdot 6 \cdot 8 = 24$, and the semiperimeter is
$s = \frac{6 + 8 + 10}{2} = 12$.

For any triangle the inradius is $r = \frac{\text{Area}}{s}$, so $r = \frac{24}{12} = 2$.
For a right triangle there is also the shortcut $r = \frac{a + b - c}{2} = \frac{6+8-10}{2} = 2$,
which agrees.

The circumradius of a right triangle is half the hypotenuse, $R = 5$, so the distance
between the centers, by Euler's formula $d^2 = R(R - 2r) = 5 \cdot 1 = 5$, is $\sqrt{5}$.

The question asks for the inradius, so the answer is $\boxed{2}$."""

_SERIES = r"""We want $\displaystyle S = \sum_{k=1}^{\infty} \frac{1}{k(k+1)}$.

Partial fractions: $\frac{1}{k(k+1)} = \frac{1}{k} - \frac{1}{k+1}$. Check: combining over
$k(k+1)$ gives $\frac{(k+1) - k}{k(k+1)} = \frac{1}{k(k+1)}$. ✓

So the partial sums telescope:
$$S_n = \left(1 - \tfrac12\right) + \left(\tfrac12 - \tfrac13\right) + \cdots
+ \left(\tfrac1n - \tfrac{1}{n+1}\right) = 1 - \frac{1}{n+1}.$$

As $n \to \infty$, $\frac{1}{n+1} \to 0$, so $S = 1$.

Numerically, $S_{10} = 1 - \frac{1}{11} \approx 0.909$ and $S_{100} \approx 0.990$, consistent
with a limit of $1$.

$$\boxed{1}$$"""

_SYSTEM = r"""Solve the system
\begin{align*}
2x + 3y &= 12, \\
x - y &= 1.
\end{align*}

From the second equation, $x = y + 1$. Substituting into the first:
$2(y + 1) + 3y = 12 \Rightarrow 5y + 2 = 12 \Rightarrow y = 2$. Then $x = 3$.

Check: $2 \cdot 3 + 3 \cdot 2 = 6 + 6 = 12$ ✓ and $3 - 2 = 1$ ✓.

The solution is the ordered pair $\boxed{(3, 2)}$."""

_INEQUALITY = r"""We solve $x^2 - x - 2 > 0$.

Factor: $x^2 - x - 2 = (x - 2)(x + 1)$. The roots are $x = -1$ and $x = 2$, and since the
parabola opens upward, the expression is positive outside the roots.

Test points: at $x = -2$: $(−4)(−1) = 4 > 0$ ✓; at $x = 0$: $(−2)(1) = −2 < 0$ ✗; at $x = 3$:
$(1)(4) = 4 > 0$ ✓.

Since the inequality is strict, the endpoints are excluded. In interval notation the
solution set is
$$\boxed{(-\infty, -1) \cup (2, \infty)}$$"""

_MATRIX = r"""Let $A = \begin{pmatrix} 2 & 1 \\ 1 & 1 \end{pmatrix}$. We want $A^{-1}$.

The determinant is $\det A = 2 \cdot 1 - 1 \cdot 1 = 1$, which is nonzero, so $A$ is
invertible. For a $2 \times 2$ matrix $\begin{pmatrix} a & b \\ c & d \end{pmatrix}$ the
inverse is $\frac{1}{ad - bc}\begin{pmatrix} d & -b \\ -c & a \end{pmatrix}$.

Therefore
$$A^{-1} = \begin{pmatrix} 1 & -1 \\ -1 & 2 \end{pmatrix}.$$

Check: $A A^{-1} = \begin{pmatrix} 2 - 1 & -2 + 2 \\ 1 - 1 & -1 + 2 \end{pmatrix} = I$. ✓

$$\boxed{\begin{pmatrix} 1 & -1 \\ -1 & 2 \end{pmatrix}}$$"""

_GSM = r"""Janet's ducks lay 16 eggs per day. She eats three for breakfast every morning and bakes
muffins for her friends every day with four. She sells the remainder at the farmers' market
daily for $2 per fresh duck egg.

Eggs used: 3 + 4 = 7 eggs.
Eggs left to sell: 16 - 7 = 9 eggs.
Money earned: 9 * $2 = $18.

So Janet makes 18 dollars every day at the farmers' market.
#### 18"""

_SELF_CORRECTION = r"""The number of diagonals of a convex polygon with $n$ sides is $\frac{n(n-3)}{2}$.

For a decagon, $n = 10$, so the count is $\frac{10 \cdot 7}{2} = 35$. So the answer is
$\boxed{35}$.

Hmm, wait. Let me re-read the problem: it asks for the number of diagonals of a
*dodecagon*, which has $12$ sides, not $10$. Then the count is
$\frac{12 \cdot 9}{2} = 54$.

So the answer is $\boxed{54}$."""

_WRONG_FINAL = r"""We need $\binom{8}{3}$, the number of ways to choose 3 of 8 people.

$$\binom{8}{3} = \frac{8!}{3!\,5!} = \frac{8 \cdot 7 \cdot 6}{3 \cdot 2 \cdot 1} = \frac{336}{6} = 56.$$

Since the order in which the committee members are chosen does not matter, we should not
multiply by $3!$... although, the problem says the three roles (president, secretary,
treasurer) are distinct, so actually order does matter here and we get $8 \cdot 7 \cdot 6 = 336$.

Hmm, but I think the roles are not distinct after all, so the number of committees is
$56$. Wait — let me reconsider one more time. With distinct roles, it is $336$.

Final answer: $\boxed{336}$."""

_PROSE_ONLY = r"""To find the least common multiple of 12 and 18, factor both numbers:
12 = 2^2 · 3 and 18 = 2 · 3^2. The LCM takes the highest power of each prime:
2^2 · 3^2 = 4 · 9 = 36.

Check: 36 / 12 = 3 and 36 / 18 = 2, both integers, and no smaller positive number
is divisible by both (the multiples of 18 are 18, 36, ... and 18 is not divisible by 12).

The final answer is 36."""

_TRIG = r"""We want the exact value of $\sin 75^\circ$.

Write $75^\circ = 45^\circ + 30^\circ$ and use the angle-addition formula:
$$\sin(45^\circ + 30^\circ) = \sin 45^\circ \cos 30^\circ + \cos 45^\circ \sin 30^\circ
= \frac{\sqrt2}{2}\cdot\frac{\sqrt3}{2} + \frac{\sqrt2}{2}\cdot\frac12.$$

This simplifies to $\frac{\sqrt6}{4} + \frac{\sqrt2}{4} = \frac{\sqrt6 + \sqrt2}{4}$.

Numerically, $\frac{2.449 + 1.414}{4} \approx 0.9659$, and $\sin 75^\circ \approx 0.9659$ on a
calculator. ✓

$$\boxed{\frac{\sqrt{6}+\sqrt{2}}{4}}$$"""

_LINE = r"""The line passes through $(1, 5)$ and $(3, 9)$.

Slope: $m = \frac{9 - 5}{3 - 1} = \frac{4}{2} = 2$.

Point-slope form through $(1, 5)$: $y - 5 = 2(x - 1)$, i.e. $y = 2x + 3$.

Check with the other point: $2 \cdot 3 + 3 = 9$ ✓.

In standard form, $\boxed{2x - y + 3 = 0}$."""

_PERCENT = r"""The price went from \$80 to \$92. The increase is $92 - 80 = 12$ dollars.

Percent increase $= \frac{12}{80} \times 100\% = 0.15 \times 100\% = 15\%$.

Double-check: $80 \times 1.15 = 92$. ✓

The price increased by $\boxed{15\%}$."""

_ANSWER_TAGS = r"""<think>
The sum of the interior angles of a polygon with $n$ sides is $(n - 2) \cdot 180^\circ$.
For a hexagon, $n = 6$: $(6 - 2) \cdot 180^\circ = 4 \cdot 180^\circ = 720^\circ$.
A regular hexagon splits this equally among its 6 angles: $720^\circ / 6 = 120^\circ$.
Alternatively, each exterior angle is $360^\circ / 6 = 60^\circ$, and $180^\circ - 60^\circ = 120^\circ$. ✓
</think>
<answer>120</answer>"""

_COMPLEX = r"""We compute $(1 + i)^8$.

First, $(1 + i)^2 = 1 + 2i + i^2 = 1 + 2i - 1 = 2i$.
Then $(1 + i)^4 = (2i)^2 = 4i^2 = -4$, and $(1 + i)^8 = (-4)^2 = 16$.

Check via polar form: $1 + i = \sqrt2\, e^{i\pi/4}$, so $(1+i)^8 = (\sqrt2)^8 e^{2\pi i} = 16$. ✓

$\boxed{16}$"""

_SETS = r"""Find all integers $n$ with $n^2 < 10$ and $n > -2$.

$n^2 < 10$ means $-\sqrt{10} < n < \sqrt{10}$, i.e. $-3.16 < n < 3.16$, so
$n \in \{-3, -2, -1, 0, 1, 2, 3\}$. Combined with $n > -2$ this leaves
$n \in \{-1, 0, 1, 2, 3\}$.

Quick check of the boundary: $n = 3$ gives $9 < 10$ ✓; $n = 4$ gives $16$ ✗; $n = -2$ fails
$n > -2$.

The answer is $\boxed{\{-1, 0, 1, 2, 3\}}$."""

_SUBSET = r"""Find all real $x$ with $x^3 = x$.

$x^3 - x = x(x^2 - 1) = x(x-1)(x+1) = 0$, so $x = 0$, $x = 1$ or $x = -1$.

Hmm, but the problem says positive solutions... no, it says real solutions. Anyway, the
nonzero ones are the interesting ones: $\boxed{\{-1, 1\}}$."""

_EQUATION_COLLAPSE = r"""The tangent line to $y = x^2$ at $(3, 9)$ has slope $2 \cdot 3 = 6$, so it is
$y - 9 = 6(x - 3)$, i.e. $y = 6x - 9$.

Writing everything on one side: $\boxed{6x - y - 9 = 0}$."""

_WRONG_LINE = r"""The tangent line to $y = x^2$ at $(3, 9)$: the derivative is $2x$, which at $x = 3$ is $6$.

Then $y - 9 = 6(x - 3)$ gives $y = 6x - 18 + 9$... let me recompute: $6 \cdot 3 = 18$, so
$y = 6x - 18 + 9 = 6x - 9$. Writing it with everything on the left and a small slip in the
constant: $6x - y + 9 = 0$.

$\boxed{6x - y + 9 = 0}$"""

_MINERVA = r"""Let $f(x) = 3x^2 - 2x + 1$. Then $f(2) = 3 \cdot 4 - 4 + 1 = 12 - 4 + 1 = 9$, and
$f(f(2)) = f(9) = 3 \cdot 81 - 18 + 1 = 243 - 18 + 1 = 226$.

Final Answer: The final answer is $226$. I hope it is correct."""

_DECIMAL = r"""The area of a circle of radius $r = 2.5$ is $\pi r^2 = 6.25\pi$.

Using $\pi \approx 3.14159265$, this is $6.25 \times 3.14159265 \approx 19.63495$.

Rounded to two decimal places, the area is $\boxed{19.63}$."""

_EXACT_PI = r"""The area of a circle of radius $r = 2.5$ is $\pi r^2 = 6.25\pi$.

Keeping it exact: $6.25 = \frac{25}{4}$, so the area is $\frac{25\pi}{4}$.

$\boxed{\frac{25\pi}{4}}$"""

_MULTI_CHOICE = r"""Let's evaluate each option for $\lim_{x \to 0} \frac{\sin 3x}{x}$.

Using $\sin u \approx u$ for small $u$: $\frac{\sin 3x}{x} \approx \frac{3x}{x} = 3$.
More carefully, $\frac{\sin 3x}{x} = 3 \cdot \frac{\sin 3x}{3x} \to 3 \cdot 1 = 3$.

The options were (A) 0, (B) 1, (C) 3, (D) $\infty$. The answer is (C).

$\boxed{C}$"""

COT: list[Pair] = [
    Pair("cot", "2, 3", _QUADRATIC, True, "roots listed as a bare set"),
    Pair("cot", r"$\frac{1}{6}$", _PROBABILITY, True, "dfrac in box after simplification"),
    Pair("cot", "2", _GEOMETRY, True, "intermediate sqrt(5) and 24 appear, box says 2"),
    Pair("cot", "1", _SERIES, True, "display-math box"),
    Pair("cot", r"$(3, 2)$", _SYSTEM, True, "ordered pair"),
    Pair("cot", r"$(-\infty, -1) \cup (2, \infty)$", _INEQUALITY, True, "union of rays"),
    Pair("cot", r"$\begin{pmatrix} 1 & -1 \\ -1 & 2 \end{pmatrix}$", _MATRIX, True, "matrix inverse"),
    Pair("cot", "18", _GSM, True, "GSM8K #### answer with dollars in the prose"),
    Pair("cot", "54", _SELF_CORRECTION, False, "two different boxed answers (35, then 54)"),
    Pair("cot", "56", _WRONG_FINAL, False, "correct number in the work, wrong boxed answer"),
    Pair("cot", "336", _WRONG_FINAL, True, "the boxed answer"),
    Pair("cot", "36", _PROSE_ONLY, True, "final answer in prose, no box"),
    Pair("cot", r"$\frac{\sqrt{6}+\sqrt{2}}{4}$", _TRIG, True, "exact trig value"),
    Pair("cot", r"$y = 2x + 3$", _LINE, True, "line in standard form"),
    Pair("cot", r"$15\%$", _PERCENT, True, "percent"),
    Pair("cot", "15", _PERCENT, True, "percent for a number reference"),
    Pair("cot", r"$120^\circ$", _ANSWER_TAGS, True, "answer tags after a think block"),
    Pair("cot", "16", _COMPLEX, True, "complex arithmetic"),
    Pair("cot", r"$\{-1, 0, 1, 2, 3\}$", _SETS, True, "set of integers"),
    Pair("cot", r"$\{-1, 0, 1\}$", _SUBSET, False, "boxed set misses 0"),
    Pair("cot", r"$y = 6x - 9$", _EQUATION_COLLAPSE, True, "tangent line rearranged"),
    Pair("cot", r"$y = 6x - 9$", _WRONG_LINE, False, "constant sign slip"),
    Pair("cot", "226", _MINERVA, True, "Minerva final-answer sentence"),
    Pair("cot", "19.63", _DECIMAL, True, "rounded decimal as asked"),
    Pair("cot", r"$\frac{25\pi}{4}$", _DECIMAL, False, "rounded value for an exact reference"),
    Pair("cot", r"$\frac{25\pi}{4}$", _EXACT_PI, True, "exact area"),
    Pair("cot", "C", _MULTI_CHOICE, True, "choice letter after reasoning"),
    Pair("cot", "B", _MULTI_CHOICE, False, "other letter"),
]
