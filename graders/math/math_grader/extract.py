"""Find the final answer in a response: ``\\boxed{}``, ``<answer>``, "final answer is", ...

Every scan here is linear in the response, in time and in memory (responses may be a
megabyte): braces are matched in one pass with a depth counter and only outermost boxes
are copied (17,000 nested boxes are one answer, not 17,000 copies of the rest), tags with
``str.find``, and the phrase patterns are anchored on literal words. There is deliberately
no "last number in the text" fallback: a policy would learn to scatter numbers (threat
model, "correct number buried anywhere").

Formats, by name:

``boxed``         the outermost ``\\boxed{...}`` / ``\\fbox{...}`` (several are several answers;
                  empty and ``\\phantom`` boxes are placeholders, not answers; a declared
                  final answer after them wins unless an earlier box was declared too)
``answer_tag``    the last ``<answer>...</answer>`` (a ``\\boxed{}`` inside wins)
``final_answer``  the rest of the sentence after the last "final answer is" / "the answer is"
``answer_line``   the last line starting with ``Answer:`` (or ``Answer $17$``, or ``Answer``
                  above a display)
``gsm8k``         the rest of the line after the last ``####``
``bare``          the whole response, when it is short enough to be just an answer; in a
                  short sentence, its one math span ("Hence $x < -1$ is the solution set.")

When the response has a ``</think>``, what follows it is searched first: drafts in the
reasoning are not answers.
"""

from __future__ import annotations

import bisect
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

_THINK_END = "</think>"
_BRACE = re.compile(r"\\.|[{}]", re.DOTALL)
_BOX_START = re.compile(r"\\(?:boxed|fbox)\s*\{")
# Only what changes the brace depth: a box opening, an escaped brace or backslash, a brace.
_BOX = re.compile(r"\\(?:boxed|fbox)\s*\{|\\[\\{}]|[{}]")
# What a placeholder box copied from the problem holds: nothing visible.
_PLACEHOLDER = re.compile(r"\\(?:[hv]?phantom\s*\{[^{}]*\}|q?quad|[,;:! ]|square|Box|_|text\s*\{\s*\})|[\s~?_.]")
_FINAL = re.compile(r"(?i)(?:final\s+answer|the\s+answer)(?:\s+is)?[\s*:=]*")
# A declaration strong enough to override earlier boxes ("check the answer by ..." is not).
_DECLARED = re.compile(r"(?i)final\s+answer|the\s+answer\s+is|answer\s*[:：]")
_MATHLIKE = re.compile(r"[\d\\$]")
# "Answer: 7", "**Answer:** 7", and "Answer $7$" / "Answer" with a display on the next lines.
_ANSWER_LINE = re.compile(r"(?im)^[ \t>*#_]*answer(?:[ \t*_]*[:：]|[ \t*_]+(?=\$|\\\[|\\\()|[ \t*_]*$)[ \t*_]*(.*)$")
# What may stand between "the answer is" and the box it declares: "is\n$\boxed{".
_INTRODUCES_BOX = re.compile(r"[\s$*:(]*(?:\\\[)?[\s$]*\\(?:boxed|fbox)\s*\{")
_GSM8K = re.compile(r"####[ \t]*(.*)")
_SENTENCE_END = re.compile(r"\.(?=\s|$)|\n")
# A math span of a short sentence: "Hence $x < -1$ is the solution set."
_SPAN = re.compile(r"\$\$(.+?)\$\$|\$(.+?)\$|\\\((.+?)\\\)|\\\[(.+?)\\\]", re.DOTALL)
# Words that state a value: "The area is 40", "$x<-1$ is the solution set", "x equals 4".
# Not "are": "there are 15 marbles in the bag" is prose with a number in it.
_COPULA = re.compile(r"(?i)(?<![A-Za-z\\])(?:is|equals)(?![A-Za-z])|=")
# Bounded: unwrapping a box is linear in the answer, which is at most max_chars here.
_MAX_UNWRAP = 64
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
    if "\\\\boxed{" in text and _BOX_START.search(text.replace("\\\\boxed", "")) is None:
        text = text.replace("\\\\", "\\")  # text that went through JSON twice: \\boxed{\\frac..}
    end_of_thought = text.rfind(_THINK_END)
    if end_of_thought >= 0:
        # Drafts in the reasoning are not answers: what follows </think> is, when it holds one.
        found = _extract(text[end_of_thought + len(_THINK_END) :], formats, tag, max_chars)
        if found is not None:
            return found
    return _extract(text, formats, tag, max_chars)


def _extract(text: str, formats: Sequence[str], tag: str, max_chars: int) -> Extraction | None:
    for name in formats:
        if name == "boxed" and "final_answer" in formats:
            found = _boxed_unless_declared(text)
        else:
            found = _FINDERS[name](text, tag)
        if name not in _MULTI:
            found = found[-1:]
        # Exact duplicates first (cheap even for many boxes), then clean-up.
        recent = list(dict.fromkeys(reversed(found)))[:MAX_ANSWERS]
        answers = [a for a in (x if len(x) > max_chars else clean_answer(x) for x in reversed(recent)) if a]
        if answers:
            return Extraction(_distinct_last(answers), name)
    return None


def boxed_contents(text: str) -> list[str]:
    """Contents of every outermost ``\\boxed{...}`` / ``\\fbox{...}``, in order; placeholders left out.

    A box inside a box is part of the outer box's answer (``clean_answer`` unwraps
    ``\\boxed{\\boxed{5}}``). Only outermost boxes are copied, and they do not overlap, so
    memory stays linear in the text however deep boxes nest (17,000 levels is 136 KB).
    """
    return [text[start:end] for start, end in _box_spans(text)]


def _box_spans(text: str) -> list[tuple[int, int]]:
    if "box" not in text:
        return []
    spans: list[tuple[int, int]] = []
    depth = 0
    outer_start = -1  # content start of the open outermost box, -1 when none is open
    outer_depth = 0
    for match in _BOX.finditer(text):
        token = match.group()
        if token[-1] == "{" and token[0] == "\\" and len(token) > 2:
            if outer_start < 0:
                outer_start, outer_depth = match.end(), depth
            depth += 1
        elif token == "{":
            depth += 1
        elif token == "}" and depth > 0:
            depth -= 1
            if outer_start >= 0 and depth == outer_depth:
                if not _is_placeholder(text, outer_start, match.start()):
                    spans.append((outer_start, match.start()))
                outer_start = -1
    return spans


def _is_placeholder(text: str, start: int, end: int) -> bool:
    """An empty or ``\\phantom`` box copied from the problem statement is not an answer."""
    return end - start < 64 and not _PLACEHOLDER.sub("", text[start:end])


def clean_answer(answer: str) -> str:
    """Strip math delimiters, bold, a sentence's final period and boxes around the whole answer."""
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


def worded_value(answer: str) -> str | None:
    """The value a worded sentence states: what follows its last "is" / "=" (``None`` if nothing).

    "The perimeter of the garden is 48" -> "48"; "The smallest such $k$ is $6$" -> "$6$".
    The caller reads it as math and refuses it if it is still words or several values.
    """
    if len(answer) > MAX_BARE_CHARS or "\n" in answer.strip():
        return None
    last = None
    for last in _COPULA.finditer(answer):  # noqa: B007 -- the last match is the one we want
        pass
    if last is None or _SENTENCE_END.search(answer, 0, last.start()):
        return None  # no statement, or several sentences: not one stated value
    if any("0" <= ch <= "9" for ch in answer[: last.start()]):
        return None  # "either 5 or maybe x = 6": a value before the statement, so not one value
    value = clean_answer(answer[last.end() :])
    return value or None


def _boxed(text: str, tag: str) -> list[str]:
    return boxed_contents(text)


def _boxed_unless_declared(text: str) -> list[str]:
    """Boxes, unless a final-answer phrase after them declares the answer.

    "First $\\boxed{12}$ apples, then $\\boxed{18}$ pears. The final answer is $30$.": the
    boxes are intermediate results; the declared final answer wins (it is one answer, so a
    policy gains nothing by boxing more). A box inside the phrase's sentence is its answer.
    """
    spans = _box_spans(text)
    if not spans:
        return []
    boxes = [text[start:end] for start, end in spans]
    phrases = list(_DECLARED.finditer(text))
    phrase = phrases[-1] if phrases else None
    starts = [start for start, _ in spans]
    if phrase is None or phrase.start() < starts[0] or any(_declares_box(text, p, starts) for p in phrases[:-1]):
        # No declaration after the boxes, or an earlier box was declared final too ("so the
        # answer is \boxed{35} ... so the answer is \boxed{54}"): several final answers.
        return boxes
    stated = _final_answer(text[phrase.start() :], "")
    if not stated or not _MATHLIKE.search(stated[0]):
        return boxes  # "I hope the answer is correct": no value declared
    after = [(start, end) for start, end in spans if start > phrase.end()]
    if len(after) > 1:
        return [text[start:end] for start, end in spans]
    if after:
        return [text[after[0][0] : after[0][1]]]
    return []  # the phrase's own value: found by the final_answer format


def _declares_box(text: str, phrase: re.Match[str], starts: list[int]) -> bool:
    """Does ``phrase`` ("the answer is") introduce a box, with only delimiters in between?"""
    k = bisect.bisect_left(starts, phrase.end())  # the next box: a search, not a scan per phrase
    return k < len(starts) and _INTRODUCES_BOX.fullmatch(text, phrase.end(), starts[k]) is not None


def _last_final(text: str) -> re.Match[str] | None:
    match = None
    for match in _FINAL.finditer(text):  # noqa: B007 -- the last match is the one we want
        pass
    return match


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
    match = _last_final(text)
    if match is None:
        return []
    rest = text[match.end() :]
    boxed = boxed_contents(rest)
    if boxed:
        return [boxed[0]]
    rest = rest.lstrip(" \t")
    if rest.startswith("\n"):  # "The final answer is:\n\n$$x = 5$$"
        display = _display(rest)
        if display is not None:
            return [display]
    end = _SENTENCE_END.search(rest)
    return [rest[: end.start()] if end else rest]


def _display(rest: str) -> str | None:
    """A ``$$...$$`` / ``\\[...\\]`` display at the start of ``rest`` (after blank space)."""
    rest = rest.lstrip()
    for left, right in (("$$", "$$"), ("\\[", "\\]")):
        if rest.startswith(left) and right in rest[len(left) :]:
            return rest[: rest.index(right, len(left)) + len(right)]
    return None


def _answer_line(text: str, tag: str) -> list[str]:
    last = None
    for last in _ANSWER_LINE.finditer(text):  # noqa: B007 -- the last match is the one we want
        pass
    if last is None:
        return []
    content = last.group(1).strip()
    if content.startswith(("\\[", "$$")) and _display(content) is None:
        content = ""  # "Answer \\[" with the display's content on the next lines
    if content:
        return [content]
    display = _display(text[last.start(1) :])  # "Answer" alone on its line, the display below
    return [display] if display is not None else []


def _gsm8k(text: str, tag: str) -> list[str]:
    found = _GSM8K.findall(text)
    return found[-1:] if found else []


def _bare(text: str, tag: str) -> list[str]:
    """A short response is the answer; in a short sentence, its one math span is.

    "Hence $x < -1$ is the solution set." -> "x < -1": one span, stated with "is"/"=",
    and no number outside it. Two spans, or digits outside the span, stay the whole text
    (which then reads as prose: no answer).
    """
    stripped = text.strip()
    if not 0 < len(stripped) <= MAX_BARE_CHARS:
        return []
    spans = list(_SPAN.finditer(stripped))
    if len(spans) == 1:
        span = spans[0]
        outside = stripped[: span.start()] + " " + stripped[span.end() :]
        if outside.strip(" .,;:!") and not any(ch.isdigit() for ch in outside) and _COPULA.search(outside):
            return [next(g for g in span.groups() if g is not None)]
    return [stripped]


_FINDERS = {
    "boxed": _boxed,
    "answer_tag": _answer_tag,
    "final_answer": _final_answer,
    "answer_line": _answer_line,
    "gsm8k": _gsm8k,
    "bare": _bare,
}
