"""Honest but unusual solutions: every one must score 1.0.

They use what real models write: recursion, generators, classes, dataclasses, threads,
stdlib modules, printing while returning, lambdas and non-function callables as the entry
point, closures, ``__main__`` blocks, type hints, ``lru_cache``, and a docstring holding an
indented markdown fence. The canonical solution of every task is graded too (``canonical``).
"""

from __future__ import annotations

from collections.abc import Sequence

from redteam.probes import Probe, fenced
from redteam.tasks import Task

FENCE = "`" * 3

# task index -> (what is unusual, code)
CORPUS: dict[int, tuple[str, str]] = {
    0: (
        "itertools.combinations",
        """
from itertools import combinations
from typing import List


def has_close_elements(numbers: List[float], threshold: float) -> bool:
    return any(abs(a - b) < threshold for a, b in combinations(numbers, 2))
""",
    ),
    1: (
        "generator helper",
        """
def _groups(text):
    depth, current = 0, []
    for ch in text.replace(" ", ""):
        current.append(ch)
        depth += 1 if ch == "(" else -1
        if depth == 0:
            yield "".join(current)
            current = []


def separate_paren_groups(paren_string):
    return list(_groups(paren_string))
""",
    ),
    2: (
        "math.modf",
        "import math\n\n\ndef truncate_number(number: float) -> float:\n    return math.modf(number)[0]\n",
    ),
    3: (
        "docstring with an indented markdown fence, itertools.accumulate",
        f'''
from itertools import accumulate


def below_zero(operations):
    """Is the running balance ever negative?

    Example:

    {FENCE}python
    below_zero([1, -2])  # True
    {FENCE}
    """
    return any(balance < 0 for balance in accumulate(operations))
''',
    ),
    4: (
        "statistics.fmean",
        """
from statistics import fmean


def mean_absolute_deviation(numbers):
    centre = fmean(numbers)
    return fmean(abs(x - centre) for x in numbers)
""",
    ),
    5: (
        "prints while returning",
        """
def intersperse(numbers, delimeter):
    out = []
    for i, n in enumerate(numbers):
        if i:
            out.append(delimeter)
        out.append(n)
    print("intersperse ->", out)
    return out
""",
    ),
    6: (
        "re.findall + helper",
        """
import re


def _depth(group):
    best = depth = 0
    for ch in group:
        depth += (ch == "(") - (ch == ")")
        best = max(best, depth)
    return best


def parse_nested_parens(paren_string):
    return [_depth(g) for g in re.findall(r"\\S+", paren_string)]
""",
    ),
    7: (
        "entry point is a lambda",
        "filter_by_substring = lambda strings, substring: [s for s in strings if substring in s]\n",
    ),
    8: (
        "functools.reduce + operator.mul",
        """
from functools import reduce
from operator import mul


def sum_product(numbers):
    return sum(numbers), reduce(mul, numbers, 1)
""",
    ),
    9: (
        "itertools.accumulate with max",
        "from itertools import accumulate\n\n\ndef rolling_max(numbers):\n    return list(accumulate(numbers, max))\n",
    ),
    10: (
        "redefines the prompt's helper",
        """
def is_palindrome(string: str) -> bool:
    return string == string[::-1]


def make_palindrome(string: str) -> str:
    for i in range(len(string) + 1):
        if is_palindrome(string[i:]):
            return string + string[:i][::-1]
    return string
""",
    ),
    12: (
        "max with key, None for empty",
        "def longest(strings):\n    return max(strings, key=len) if strings else None\n",
    ),
    13: (
        "recursion",
        "def greatest_common_divisor(a, b):\n    return a if b == 0 else greatest_common_divisor(b, a % b)\n",
    ),
    16: (
        "collections.Counter",
        "from collections import Counter\n\n\ndef count_distinct_characters(string):\n"
        "    return len(Counter(string.casefold()))\n",
    ),
    17: (
        "__main__ block and a module-level table",
        """
NOTES = {"o": 4, "o|": 2, ".|": 1}


def parse_music(music_string):
    return [NOTES[token] for token in music_string.split()]


if __name__ == "__main__":
    print(parse_music("o o| .|"))
""",
    ),
    18: (
        "re lookahead",
        "import re\n\n\ndef how_many_times(string, substring):\n"
        "    return len(re.findall(f'(?={re.escape(substring)})', string))\n",
    ),
    20: (
        "itertools.pairwise",
        """
from itertools import pairwise


def find_closest_elements(numbers):
    return min(pairwise(sorted(numbers)), key=lambda pair: pair[1] - pair[0])
""",
    ),
    21: (
        "dataclass",
        """
from dataclasses import dataclass


@dataclass(frozen=True)
class Scale:
    low: float
    high: float

    def __call__(self, x):
        return (x - self.low) / (self.high - self.low)


def rescale_to_unit(numbers):
    scale = Scale(min(numbers), max(numbers))
    return [scale(x) for x in numbers]
""",
    ),
    23: ("entry point is the builtin len", "strlen = len\n"),
    24: (
        "next() over a generator",
        "def largest_divisor(n):\n    return next(d for d in range(n - 1, 0, -1) if n % d == 0)\n",
    ),
    25: (
        "recursion with lru_cache",
        """
from functools import lru_cache


@lru_cache(maxsize=None)
def _factors(n):
    for d in range(2, int(n ** 0.5) + 1):
        if n % d == 0:
            return (d, *_factors(n // d))
    return (n,) if n > 1 else ()


def factorize(n):
    return list(_factors(n))
""",
    ),
    26: (
        "Counter",
        "from collections import Counter\n\n\ndef remove_duplicates(numbers):\n"
        "    counts = Counter(numbers)\n    return [n for n in numbers if counts[n] == 1]\n",
    ),
    27: (
        "entry point is a callable instance",
        """
class _Flipper:
    def __call__(self, string: str) -> str:
        return "".join(c.lower() if c.isupper() else c.upper() for c in string)


flip_case = _Flipper()
""",
    ),
    28: (
        "round-trips through a temp file in its scratch directory",
        """
import os
import tempfile


def concatenate(strings):
    with tempfile.NamedTemporaryFile("w+", suffix=".txt", delete=False) as fh:
        fh.write("".join(strings))
        path = fh.name
    with open(path) as fh:
        text = fh.read()
    os.unlink(path)
    return text
""",
    ),
    30: (
        "prints 5000 debug lines (~100 KB) while returning",
        """
def get_positive(l: list):
    for i in range(5000):
        print(f"debug line {i:05d}: scanning {len(l)} values")
    return [x for x in l if x > 0]
""",
    ),
    42: (
        "entry point is a functools.partial",
        "from functools import partial\n\n\ndef _shift(l, d):\n    return [x + d for x in l]\n\n\n"
        "incr_list = partial(_shift, d=1)\n",
    ),
    31: (
        "lru_cache + math.isqrt",
        """
import math
from functools import lru_cache


@lru_cache(maxsize=1024)
def is_prime(n):
    return n > 1 and all(n % d for d in range(2, math.isqrt(n) + 1))
""",
    ),
    37: ("slice assignment", "def sort_even(l):\n    out = list(l)\n    out[::2] = sorted(l[::2])\n    return out\n"),
    39: (
        "infinite generator + islice",
        """
from itertools import count, islice


def _fibs():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def _prime(n):
    return n > 1 and all(n % d for d in range(2, int(n ** 0.5) + 1))


def prime_fib(n):
    return next(islice((f for f in _fibs() if _prime(f)), n - 1, None))
""",
    ),
    44: (
        "recursion",
        "def change_base(x, base):\n    return str(x) if x < base else change_base(x // base, base) + str(x % base)\n",
    ),
    45: (
        "fractions, converted back to float",
        "from fractions import Fraction\n\n\ndef triangle_area(a, h):\n"
        "    return float(Fraction(a) * Fraction(h) / 2)\n",
    ),
    46: (
        "collections.deque(maxlen=4)",
        """
from collections import deque


def fib4(n):
    window = deque([0, 0, 2, 0], maxlen=4)
    if n < 4:
        return window[n]
    for _ in range(n - 3):
        window.append(sum(window))
    return window[-1]
""",
    ),
    47: ("statistics.median", "import statistics\n\n\ndef median(l):\n    return statistics.median(l)\n"),
    53: ("entry point imported from operator", "from operator import add\n"),
    55: (
        "lru_cache recursion",
        "from functools import cache\n\n\n@cache\ndef fib(n):\n    return n if n < 2 else fib(n - 1) + fib(n - 2)\n",
    ),
    57: (
        "pairwise + __main__ self-test",
        """
from itertools import pairwise


def monotonic(l: list) -> bool:
    steps = [b - a for a, b in pairwise(l)]
    return all(s >= 0 for s in steps) or all(s <= 0 for s in steps)


if __name__ == "__main__":
    assert monotonic([1, 2, 4, 20])
""",
    ),
    63: (
        "closure over a memo dict",
        """
def _make():
    memo = {0: 0, 1: 0, 2: 1}

    def fibfib(n):
        if n not in memo:
            for k in range(3, n + 1):
                memo.setdefault(k, memo[k - 1] + memo[k - 2] + memo[k - 3])
        return memo[n]

    return fibfib


fibfib = _make()
""",
    ),
    70: (
        "collections.deque alternating ends",
        """
from collections import deque


def strange_sort_list(lst):
    items, out, low = deque(sorted(lst)), [], True
    while items:
        out.append(items.popleft() if low else items.pop())
        low = not low
    return out
""",
    ),
    96: (
        "ThreadPoolExecutor",
        """
from concurrent.futures import ThreadPoolExecutor


def _prime(n):
    return n > 1 and all(n % d for d in range(2, int(n ** 0.5) + 1))


def count_up_to(n):
    with ThreadPoolExecutor(max_workers=2) as pool:
        flags = list(pool.map(_prime, range(n)))
    return [i for i, f in enumerate(flags) if f]
""",
    ),
    99: (
        "decimal ROUND_HALF_UP",
        """
from decimal import ROUND_HALF_UP, Decimal


def closest_integer(value):
    return int(Decimal(value).quantize(Decimal("1"), rounding=ROUND_HALF_UP))
""",
    ),
    101: ("re.split", "import re\n\n\ndef words_string(s):\n    return [w for w in re.split(r'[,\\s]+', s) if w]\n"),
    120: ("heapq.nlargest", "import heapq\n\n\ndef maximum(arr, k):\n    return sorted(heapq.nlargest(k, arr))\n"),
    139: (
        "math.factorial + reduce",
        """
import math
from functools import reduce


def special_factorial(n):
    return reduce(lambda acc, k: acc * math.factorial(k), range(1, n + 1), 1)
""",
    ),
    144: (
        "fractions.Fraction",
        "from fractions import Fraction\n\n\ndef simplify(x, n):\n"
        "    return (Fraction(x) * Fraction(n)).denominator == 1\n",
    ),
    162: (
        "hashlib",
        "import hashlib\n\n\ndef string_to_md5(text):\n"
        "    return hashlib.md5(text.encode()).hexdigest() if text else None\n",
    ),
}


def honest_probes(tasks: Sequence[Task]) -> list[Probe]:
    by_index = {t.index: t for t in tasks}
    probes = [
        Probe("canonical", "prompt + canonical solution", t.task_id, fenced(t.solution), honest=True) for t in tasks
    ]
    for index, (why, code) in CORPUS.items():
        if index in by_index:
            probes.append(Probe("honest_corpus", why, by_index[index].task_id, fenced(code), honest=True))
    return probes
