"""Turn LaTeX or plain-text math into a flat list of tokens.

One tokenizer serves both notations because answers mix them freely (``sqrt(2)/2``,
``\\frac{\\sqrt 3}{2}``, ``x^2 + 1``). Presentation-only LaTeX (``\\left``, spacing,
``\\displaystyle``) disappears here, aliases collapse (``\\dfrac`` -> ``frac``, ``\\leq`` ->
``<=``), and ``\\text{...}`` becomes one ``text`` token the parser can treat as a unit or
a separator. Anything unknown raises :class:`ParseError` rather than being guessed.

A token is a ``(kind, value)`` pair; kinds:

``num``     digits, a decimal or scientific literal: ``"12"``, ``"0.5"``, ``"1e-3"``
``letter``  one Latin letter (a variable, or ``e`` / ``i``)
``name``    a Greek letter used as a variable: ``"theta"``
``func``    ``sin``, ``log``, ... (from ``\\sin`` or plain ``sin``)
``cmd``     ``frac``, ``sqrt``, ``binom``, ``pi``, ``infty``, ``emptyset``, ``reals``, ``dots``
``op``      punctuation and operators: ``+ - * / ^ _ ( ) [ ] { } | , ; = != < <= > >=``,
            ``\\{ \\}`` (set braces), ``±`` ``∓`` ``∪`` ``∈`` ``°`` ``%`` ``!`` ``&`` and
            ``⌊ ⌋ ⌈ ⌉``
``rowsep``  ``\\\\`` inside a matrix
``begin`` / ``end``  an environment name
``text``    the content of ``\\text{...}`` and friends
``unit``    a plain-text unit word (``cm``, ``dollars``)
``word``    any other plain word of four letters or more
``sep``     ``or`` / ``and`` between answers
"""

from __future__ import annotations

import re

from math_grader.limits import AnswerTooLarge, Limits

Token = tuple[str, str]


class ParseError(ValueError):
    """The text is not math this grader can read; the message says what stopped it."""


class NotMath(ParseError):
    """The text is words, not math (``Monday``, ``\\text{no solution}``)."""


def _words(text: str) -> frozenset[str]:
    """A set of names written as one string: the tables below stay readable."""
    return frozenset(text.split())


FUNCTIONS = _words("sin cos tan cot sec csc arcsin arccos arctan sinh cosh tanh coth log ln exp lg")
PLAIN_FUNCTIONS = FUNCTIONS | {"asin", "acos", "atan", "sqrt", "abs"}
GREEK = _words(
    "alpha beta gamma delta epsilon varepsilon zeta eta theta vartheta iota kappa lambda mu nu xi "
    "rho varrho sigma tau upsilon phi varphi chi psi omega Gamma Delta Theta Lambda Xi Sigma "
    "Upsilon Phi Psi Omega"
)
# Units and similar trailing words: dropped with any exponent after them (``cm^2``).
UNITS = _words(
    """
    cm mm km m2 cm2 kg mg lb lbs oz ft feet foot inch inches yd yard yards mi mile miles mph kph kmh
    sec secs second seconds min mins minute minutes hr hrs hour hours day days week weeks month months
    year years dollar dollars cent cents unit units sq square cubic meter meters metre metres liter
    liters litre litres ml gallon gallons degree degrees deg radians radian rad
    """
)
# Upright unit symbols as in ``5\,\mathrm{m}``: only inside \mathrm{} / \text{} are they units.
SI_UNITS = _words("m s g kg mg km cm mm L mL ml K N J W V A Hz Pa mol h min")
SEPARATOR_WORDS = frozenset({"or", "and"})
MAGNITUDES = {"thousand": "1000", "million": "1000000", "billion": "1000000000", "trillion": "1000000000000"}
# Short answer words that would otherwise split into one-letter variables (y * e * s).
ANSWER_WORDS = _words("yes no odd all any nor not none")
CONSTANT_WORDS = {"pi": ("cmd", "pi"), "inf": ("cmd", "infty"), "infty": ("cmd", "infty"), "infinity": ("cmd", "infty")}

_NUMBER = re.compile(r"(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+(?![A-Za-z]))?")
_LETTERS = re.compile(r"[A-Za-z]+")
_COMMAND = re.compile(r"\\([A-Za-z]+)")

_OPS = {
    "le": "<=",
    "leq": "<=",
    "leqslant": "<=",
    "ge": ">=",
    "geq": ">=",
    "geqslant": ">=",
    "ne": "!=",
    "neq": "!=",
    "lt": "<",
    "gt": ">",
    "approx": "=",
    "cdot": "*",
    "times": "*",
    "ast": "*",
    "div": "/",
    "pm": "±",
    "mp": "∓",
    "cup": "∪",
    "in": "∈",
    "lbrace": "\\{",
    "rbrace": "\\}",
    "langle": "(",
    "rangle": ")",
    "lbrack": "[",
    "rbrack": "]",
    "lvert": "|",
    "rvert": "|",
    "vert": "|",
    "lfloor": "⌊",
    "rfloor": "⌋",
    "lceil": "⌈",
    "rceil": "⌉",
    "circ": "°",
    "degree": "°",
}
_CMDS = {
    "frac": "frac",
    "dfrac": "frac",
    "tfrac": "frac",
    "cfrac": "frac",
    "sqrt": "sqrt",
    "binom": "binom",
    "dbinom": "binom",
    "tbinom": "binom",
    "pi": "pi",
    "infty": "infty",
    "infin": "infty",
    "emptyset": "emptyset",
    "varnothing": "emptyset",
    "dots": "dots",
    "ldots": "dots",
    "cdots": "dots",
    "vdots": "dots",
    "ddots": "dots",
}
# Presentation only: gone without a trace (``\left(`` is just ``(``).
_SKIP = _words(
    """
    left right big Big bigg Bigg bigl bigr Bigl Bigr biggl biggr Biggl Biggr middle displaystyle
    textstyle scriptstyle limits nolimits quad qquad enspace thinspace negthinspace medspace
    thickspace mathstrut strut nonumber notag
    """
)
_SKIP_WITH_ARG = frozenset({"hspace", "vspace", "phantom", "hphantom", "vphantom", "label", "kern", "mkern"})
_TEXT = frozenset({"text", "textbf", "textit", "textrm", "textsf", "texttt", "textnormal", "textup", "mbox", "emph"})
# Font changes around math: tokenize what is inside as if they were not there.
_TRANSPARENT = frozenset(
    {"mathrm", "mathbf", "mathit", "mathsf", "mathtt", "mathnormal", "boldsymbol", "bm", "operatorname", "mathcal"}
)
# Escapes of one character; None: spacing or a literal that does not change the value.
_SINGLE: dict[str, Token | None] = {
    "{": ("op", "\\{"),
    "}": ("op", "\\}"),
    "\\": ("rowsep", "\\\\"),
    "%": ("op", "%"),
    "|": ("op", "|"),
    "&": ("sep", "and"),
    "$": None,
    ",": None,
    ";": None,
    ":": None,
    "!": None,
    " ": None,
}
_PUNCTUATION = frozenset("+-*/^_()[]{}|,;:=<>!%&'°±∓∪∈⌊⌋⌈⌉")
# Unicode superscripts and subscripts: a run is one exponent (10¹² is 10^{12}).
_SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺", "0123456789-+")
_SUBSCRIPTS = str.maketrans("₀₁₂₃₄₅₆₇₈₉", "0123456789")
_SUPERSCRIPT_RUN = re.compile("[⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺]+")
_SUBSCRIPT_RUN = re.compile("[₀₁₂₃₄₅₆₇₈₉]+")
_NUMBER_TEXT = re.compile(r"\s*[+-]?(?:\d+(?:\.\d*)?|\.\d+)\s*")
# Spacing commands glued to the next letter: \quadx_2 is \quad x_2.
_GLUED = ("qquad", "quad")
_UNICODE = str.maketrans(
    {
        "−": "-",
        "–": "-",
        "×": "*",
        "·": "*",
        "⋅": "*",
        "÷": "/",
        "≤": " \\le ",
        "≥": " \\ge ",
        "≠": " \\ne ",
        "π": " \\pi ",
        "∞": " \\infty ",
        "√": "\\sqrt",
        "∅": " \\emptyset ",
        "ℝ": " \\mathbb{R} ",
        "⟨": "(",
        "⟩": ")",
        "\u00a0": " ",
        "\u2009": " ",
        "\u202f": " ",
    }
)


def tokenize(text: str, limits: Limits) -> list[Token]:
    """Tokens of ``text``; raises :class:`ParseError` on anything it does not know."""
    tokens: list[Token] = []
    _tokenize_into(scripts_to_latex(text.translate(_UNICODE)), tokens, limits, 0)
    if len(tokens) > limits.max_tokens:
        raise AnswerTooLarge(f"answer has {len(tokens):,} tokens (limit {limits.max_tokens:,})")
    return tokens


def scripts_to_latex(text: str) -> str:
    """Unicode superscript and subscript runs as LaTeX: ``9²`` -> ``9^{2}``, ``x₁`` -> ``x_{1}``."""
    if text.isascii():
        return text
    text = _SUPERSCRIPT_RUN.sub(lambda m: "^{" + m.group().translate(_SUPERSCRIPTS) + "}", text)
    return _SUBSCRIPT_RUN.sub(lambda m: "_{" + m.group().translate(_SUBSCRIPTS) + "}", text)


def _tokenize_into(text: str, tokens: list[Token], limits: Limits, depth: int) -> None:
    if depth > limits.max_depth:
        raise AnswerTooLarge(f"the answer nests deeper than {limits.max_depth} levels")
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c.isspace() or c == "~":
            i += 1
        elif "0" <= c <= "9" or (c == "." and i + 1 < n and "0" <= text[i + 1] <= "9"):
            match = _NUMBER.match(text, i)
            assert match is not None
            literal = match.group()
            if literal.endswith(".") and not text.startswith(("\\overline", "\\dot"), match.end()):
                literal = literal[:-1]  # "5." ends a sentence
            if len(literal) > limits.max_digits:
                raise AnswerTooLarge(f"a number has {len(literal):,} digits (limit {limits.max_digits:,})")
            tokens.append(("num", literal))
            i = match.end()
        elif "A" <= c <= "Z" or "a" <= c <= "z":
            match = _LETTERS.match(text, i)
            assert match is not None
            tokens.extend(_word_tokens(match.group()))
            i = match.end()
        elif c == "\\":
            i = _command(text, i, tokens, limits, depth)
        elif c in "<>!=" and text.startswith("=", i + 1):
            tokens.append(("op", {"<": "<=", ">": ">=", "!": "!=", "=": "="}[c]))
            i += 2
        elif c == "*" and text.startswith("*", i + 1):
            tokens.append(("op", "^"))
            i += 2
        elif c == "$":
            i += 1  # math-mode delimiter, or a dollar sign: neither changes the value
        elif c in _PUNCTUATION:
            tokens.append(("op", c))
            i += 1
        elif c == ".":
            raise ParseError("a stray '.' in the answer")
        else:
            raise ParseError(f"unexpected character {c!r}")
        if len(tokens) > limits.max_tokens:
            raise AnswerTooLarge(f"answer has over {limits.max_tokens:,} tokens")


def _word_tokens(word: str) -> list[Token]:
    lower = word.lower()
    if word in PLAIN_FUNCTIONS:
        return [("func", word)] if word in FUNCTIONS or word in {"asin", "acos", "atan"} else [("cmd", word)]
    if lower in CONSTANT_WORDS:
        return [CONSTANT_WORDS[lower]]
    if lower in SEPARATOR_WORDS:
        return [("sep", lower)]
    if lower in UNITS and len(word) > 1:
        return [("unit", word)]
    if lower in MAGNITUDES:
        return [("op", "*"), ("num", MAGNITUDES[lower])]
    if lower in ("pct", "percent"):
        return [("op", "%")]
    if lower in ANSWER_WORDS:
        return [("word", word)]
    if len(word) >= 4:
        return [("word", word)]
    # Short runs are products of one-letter variables, as in LaTeX: ``2xy``.
    return [("letter", ch) for ch in word]


def _command(text: str, i: int, tokens: list[Token], limits: Limits, depth: int) -> int:
    match = _COMMAND.match(text, i)
    if match is None:
        if i + 1 >= len(text):
            raise ParseError("a lone backslash at the end")
        nxt = text[i + 1]
        if nxt in _SINGLE:
            token = _SINGLE[nxt]
            if token is not None:
                tokens.append(token)
            return i + 2
        if nxt in "()[]":
            return i + 2  # \( \) \[ \] are math-mode delimiters
        raise ParseError(f"unsupported LaTeX escape '\\{nxt}'")
    name = match.group(1)
    end = match.end()
    if name in _SKIP:
        if name in ("left", "right", "middle") or name.startswith(("big", "Big")):
            # \left. and \right. are invisible delimiters
            rest = end
            while rest < len(text) and text[rest] == " ":
                rest += 1
            if rest < len(text) and text[rest] == ".":
                return rest + 1
        return end
    if name in _OPS:
        tokens.append(("op", _OPS[name]))
        return end
    if name in _CMDS:
        tokens.append(("cmd", _CMDS[name]))
        return end
    if name in FUNCTIONS:
        tokens.append(("func", name))
        return end
    if name in GREEK:
        tokens.append(("name", name.replace("var", "")))
        return end
    if name in _TEXT:
        content, end = braced_argument(text, end)
        if _NUMBER_TEXT.fullmatch(content):
            _tokenize_into(content, tokens, limits, depth + 1)  # \text{8} is the number 8
        else:
            tokens.append(("text", content))
        return end
    if name in _TRANSPARENT:
        content, end = braced_argument(text, end)
        unit = content.strip()
        if name == "mathrm" and (unit in SI_UNITS or unit in UNITS) and tokens and tokens[-1][0] in ("num", "op"):
            tokens.append(("unit", unit))
        else:
            _tokenize_into(content, tokens, limits, depth + 1)
        return end
    if name in ("overline", "dot"):
        content, end = braced_argument(text, end) if text.startswith("{", end) else (text[end : end + 1], end + 1)
        digits = content.strip()
        if not (digits.isdigit() and tokens and tokens[-1][0] == "num" and "." in tokens[-1][1]):
            raise ParseError(f"\\{name} is supported only for repeating decimals such as 0.\\overline{{3}}")
        tokens[-1] = ("num", f"{tokens[-1][1]}({digits})")
        return end
    if name in _SKIP_WITH_ARG:
        _, end = braced_argument(text, end)
        return end
    if name == "mathbb":
        content, end = braced_argument(text, end)
        if content.strip() != "R":
            raise ParseError(f"unsupported set \\mathbb{{{content.strip()}}}")
        tokens.append(("cmd", "reals"))
        return end
    if name in ("begin", "end"):
        env, end = braced_argument(text, end)
        env = env.strip().rstrip("*")
        tokens.append((name, env))
        if name == "begin" and env == "array":
            _, end = braced_argument(text, end)  # the column spec, e.g. {cc}
        return end
    glued = next((g for g in _GLUED if name.startswith(g)), None)
    if glued is not None:
        return i + 1 + len(glued)
    raise ParseError(f"unsupported LaTeX command \\{name}")


def braced_argument(text: str, start: int) -> tuple[str, int]:
    """The content of the ``{...}`` group at ``start`` (after spaces) and the index after it."""
    i = start
    while i < len(text) and text[i] == " ":
        i += 1
    if i >= len(text) or text[i] != "{":
        raise ParseError("expected '{' after a LaTeX command")
    depth = 0
    j = i
    while j < len(text):
        ch = text[j]
        if ch == "\\":
            j += 2
            continue
        if ch == "{":
            depth += 1
        elif ch == "}":
            depth -= 1
            if depth == 0:
                return text[i + 1 : j], j + 1
        j += 1
    raise ParseError("unbalanced '{'")
