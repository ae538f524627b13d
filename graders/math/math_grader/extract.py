"""Find the final answer in a response: ``\\boxed{}``, ``<answer>``, "final answer is", ...

Every scan here is linear in the response (responses may be a megabyte): braces are
matched in one pass with a stack, tags with ``str.find``, and the phrase patterns are
anchored on literal words. There is deliberately no "last number in the text" fallback:
a policy would learn to scatter numbers (threat model, "correct number buried anywhere").

Formats, by name:

``boxed``         the last ``\\boxed{...}`` / ``\\fbox{...}``
``answer_tag``    the last ``<answer>...</answer>`` (a ``\\boxed{}`` inside wins)
``final_answer``  the rest of the sentence after the last "final answer is" / "the answer is"
``answer_line``   the last line starting with ``Answer:``
``gsm8k``         the rest of the line after the last ``####``
``bare``          the whole response, when it is short enough to be just an answer
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

FORMATS = ("boxed", "answer_tag", "final_answer", "answer_line", "gsm8k", "bare")
# Formats where several occurrences are several answers ("\boxed{1} ... \boxed{2}"). In
# prose ("the answer is probably 3... so the answer is 5") the last one is the answer.
_MULTI = frozenset({"boxed", "answer_tag"})
# At most this many distinct answers are kept; more is "several answers" anyway.
MAX_ANSWERS = 20
MAX_BARE_CHARS = 200

_BRACE = re.compile(r"\\.|[{}]", re.DOTALL)
_BOX_START = re.compile(r"\\(?:boxed|fbox)\s*\{")
_BOX = re.compile(r"\\(?:boxed|fbox)\s*\{|\\.|[{}]", re.DOTALL)
_FINAL = re.compile(r"(?i)(?:final\s+answer|the\s+answer)(?:\s+is)?[\s*:=]*")
_ANSWER_LINE = re.compile(r"(?im)^[ \t>*#_]*answer[ \t*_]*[:：][ \t*_]*(.*)$")
_GSM8K = re.compile(r"####[ \t]*(.*)")
_SENTENCE_END = re.compile(r"\.(?=\s|$)|\n")
# "$\\boxed{5}$." needs three rounds (dollars, box, nothing); deeper nesting is not an answer.
_MAX_UNWRAP = 3
_DELIMITERS = (("$$", "$$"), ("$", "$"), ("\\[", "\\]"), ("\\(", "\\)"), ("**", "**"), ("`", "`"))


@dataclass(frozen=True)
class Extraction:
    """What was found: the distinct answers of the winning format (last one last) and its name."""

    answers: tuple[str, ...]
    source: str


def extract(text: str, formats: Sequence[str], tag: str = "answer", max_chars: int = 100_000) -> Extraction | None:
    """Try ``formats`` in order; the first that finds an answer wins.

    Answers longer than ``max_chars`` are returned as found (the caller refuses them)
    rather than cleaned: unwrapping thousands of nested boxes is work for nothing.
    """
    for name in formats:
        found = _FINDERS[name](text, tag)
        if name not in _MULTI:
            found = found[-1:]
        # Exact duplicates first (cheap even for thousands of nested boxes), then clean-up.
        recent = list(dict.fromkeys(reversed(found)))[:MAX_ANSWERS]
        answers = [a for a in (x if len(x) > max_chars else clean_answer(x) for x in reversed(recent)) if a]
        if answers:
            return Extraction(_distinct_last(answers), name)
    return None


def boxed_contents(text: str) -> list[str]:
    """Contents of every closed ``\\boxed{...}`` / ``\\fbox{...}``, in order of their end."""
    stack: list[int | None] = []  # start of a box's content, or None for a plain brace
    found: list[str] = []
    for match in _BOX.finditer(text):
        token = match.group()
        if token.startswith("\\") and token[1:2] in ("b", "f") and token.endswith("{"):
            stack.append(match.end())
        elif token == "{":
            stack.append(None)
        elif token == "}" and stack:
            start = stack.pop()
            if start is not None:
                found.append(text[start : match.start()])
    return found


def clean_answer(answer: str) -> str:
    """Strip math delimiters, bold, a sentence's final period and a box around the whole answer."""
    for _ in range(_MAX_UNWRAP):
        answer = _strip_delimiters(answer)
        inner = _unbox(answer)
        if inner is None:
            break
        answer = inner
    return answer


def _strip_delimiters(answer: str) -> str:
    answer = answer.strip().strip("*").strip()  # markdown bold around or after the answer
    changed = True
    while changed and answer:
        changed = False
        for left, right in _DELIMITERS:
            if len(answer) > len(left) + len(right) and answer.startswith(left) and answer.endswith(right):
                answer = answer[len(left) : -len(right)].strip()
                changed = True
        if answer.endswith((".", ",")) and not answer.endswith(".."):
            answer = answer[:-1].rstrip()
            changed = True
    return answer


def _unbox(answer: str) -> str | None:
    """The content of ``answer`` when all of it is one ``\\boxed{...}``, else ``None``."""
    match = _BOX_START.match(answer)
    if match is None:
        return None
    depth = 1
    for brace in _BRACE.finditer(answer, match.end()):
        token = brace.group()
        if token == "{":
            depth += 1
        elif token == "}":
            depth -= 1
            if depth == 0:
                return answer[match.end() : brace.start()] if brace.end() == len(answer) else None
    return None


def _distinct_last(answers: list[str]) -> tuple[str, ...]:
    """Distinct answers (white space ignored), each at its last position, at most MAX_ANSWERS."""
    last: dict[str, str] = {}
    for answer in answers:
        key = "".join(answer.split())
        last.pop(key, None)
        last[key] = answer
    return tuple(last.values())[-MAX_ANSWERS:]


def _boxed(text: str, tag: str) -> list[str]:
    return boxed_contents(text) if "box" in text else []


def _answer_tag(text: str, tag: str) -> list[str]:
    opening, closing = f"<{tag}>", f"</{tag}>"
    found: list[str] = []
    position = 0
    while True:
        start = text.find(opening, position)
        if start < 0:
            return found
        end = text.find(closing, start + len(opening))
        if end < 0:
            return found
        content = text[start + len(opening) : end]
        # A nested opening tag means the first one was never closed: keep the innermost.
        content = content[content.rfind(opening) + len(opening) :] if opening in content else content
        boxed = boxed_contents(content)
        found.append(boxed[-1] if boxed else content)
        position = end + len(closing)


def _final_answer(text: str, tag: str) -> list[str]:
    match = None
    for match in _FINAL.finditer(text):  # noqa: B007 -- the last match is the one we want
        pass
    if match is None:
        return []
    rest = text[match.end() :]
    boxed = boxed_contents(rest)
    if boxed:
        return [boxed[0]]
    rest = rest.lstrip(" \t")
    if rest.startswith("\n"):  # "The final answer is:\n\n$$x = 5$$"
        rest = rest.lstrip()
        for left, right in (("$$", "$$"), ("\\[", "\\]")):
            if rest.startswith(left) and right in rest[len(left) :]:
                return [rest[: rest.index(right, len(left)) + len(right)]]
    end = _SENTENCE_END.search(rest)
    return [rest[: end.start()] if end else rest]


def _answer_line(text: str, tag: str) -> list[str]:
    found = _ANSWER_LINE.findall(text)
    return found[-1:] if found else []


def _gsm8k(text: str, tag: str) -> list[str]:
    found = _GSM8K.findall(text)
    return found[-1:] if found else []


def _bare(text: str, tag: str) -> list[str]:
    stripped = text.strip()
    return [stripped] if 0 < len(stripped) <= MAX_BARE_CHARS else []


_FINDERS = {
    "boxed": _boxed,
    "answer_tag": _answer_tag,
    "final_answer": _final_answer,
    "answer_line": _answer_line,
    "gsm8k": _gsm8k,
    "bare": _bare,
}
