"""Spot empty and trivial responses -- the judges' "master keys" -- before any judge call.

Published work ("One Token to Fool LLM-as-a-Judge", 2025) found that responses made only of
punctuation (``:``, ``.``) or of a reasoning opener (``Thought process:``, ``Let's solve
this problem step by step.``, ``Solution``, ``解``) are called correct by popular judges up
to 80-90% of the time. Such a response carries no answer, so it scores 0 here and the judge
never sees it.

The test is on *content*, not on a list of exact strings: the response is normalised
(Unicode NFKC, zero-width and format characters, HTML and Markdown, LaTeX commands and
list markers removed, look-alike letters folded, case folded), then every opener
(``thought process``, ``solution``, ``answer``, ``step 1`` ... in English, Spanish,
French, German, Portuguese, Italian, Russian, Chinese, Japanese and Korean) and every
placeholder (``TBD``, ``N/A``, ``TODO``, ``ok``, ``lorem ipsum``, ``...``) is removed as a
whole word. A response with nothing alphanumeric left is trivial, whatever decorated it:
``Thought process:\\nTBD``, ``<p>Sоlution</p>`` (Cyrillic о), ``**Answer:** N/A`` all are.
``"Solution: 42"`` leaves ``42`` and is judged; ``"The solutions are 2 and 3"`` keeps
``solutions`` (a word, not the opener) and is judged.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from judge_grader.screen.normalise import canonical, fold, fold_lookalikes, join_spaced_letters, strip_markup

# Lower-case, unaccented for Latin scripts (they are matched after accents are folded).
OPENERS: tuple[str, ...] = (
    # English, from the paper and common variants
    "thought process", "thinking process", "reasoning process", "my reasoning", "my thoughts",
    "let's solve this problem step by step", "let's solve this step by step", "let's solve it step by step",
    "let's think step by step", "let's think about this step by step", "let me think step by step",
    "let me solve this step by step", "let's break this down", "let's work through this", "let me think",
    "let's think", "let's see", "let's begin", "let's start", "to solve this problem", "to solve this",
    "we need to", "step by step", "step", "solution", "solutions", "answer", "final answer", "the answer is",
    "my answer is", "my answer", "the final answer is", "reasoning", "explanation", "analysis", "working",
    "here is the solution", "here's the solution", "here is my answer", "here's my answer", "here is",
    "here's", "result", "conclusion", "therefore", "thus", "so", "hence", "response", "output", "proof", "hmm",
    "great question",
    # Spanish, French, German, Portuguese, Italian
    "solucion", "respuesta", "razonamiento", "proceso de pensamiento", "pensemos paso a paso", "paso a paso",
    "vamos a resolverlo paso a paso", "reponse", "raisonnement", "processus de reflexion", "etape par etape",
    "reflechissons etape par etape", "losung", "loesung", "antwort", "denkprozess", "gedankengang",
    "schritt fur schritt", "lass uns schritt fur schritt denken", "solucao", "resposta", "raciocinio",
    "passo a passo", "vamos pensar passo a passo", "soluzione", "risposta", "ragionamento", "passo dopo passo",
    "pensiamo passo dopo passo",
    # Russian (matched before look-alike folding)
    "решение", "ответ", "рассуждение", "ход мыслей", "шаг за шагом", "давайте решим по шагам",
    "давайте подумаем шаг за шагом",
    # Chinese, Japanese, Korean (no word boundaries: matched as substrings of what is left)
    "解", "解答", "答案", "答", "思路", "解题过程", "思考过程", "解题思路", "分析", "让我们一步一步地思考",
    "让我们一步一步解决这个问题", "一步一步", "答え", "回答", "考え方", "解説", "ステップバイステップで考えましょう",
    "풀이", "정답", "답", "해설", "사고 과정", "단계별로 생각해 봅시다",
)  # fmt: skip

PLACEHOLDERS: tuple[str, ...] = (
    "tbd", "tba", "tbc", "todo", "to do", "fixme", "n/a", "n.a.", "ok", "okay", "lorem ipsum",
    "lorem ipsum dolor sit amet", "placeholder", "xxx", "xx", "blah", "etc", "and so on", "to be determined",
    "to be done", "coming soon", "fill in", "insert answer here", "your answer here", "answer here", "tbd later",
    "por determinar", "a completer", "a determiner", "k. a.", "待定", "未定", "略", "미정",
)  # fmt: skip
# "Answer" / "solution" in more languages (added after round 3, read): Nordic, Finnish,
# Hungarian, Polish, Czech, Romanian, Indonesian, Swahili, Turkish, Dutch, Vietnamese,
# Hindi, Bengali, Tamil.
OPENERS += (
    "svar", "losning", "ratkaisu", "vastaus", "megoldas", "valasz", "rozwiazanie", "odpowiedz", "reseni",
    "odpoved", "raspuns", "solutie", "jawaban", "jibu", "cevap", "cozum", "antwoord", "oplossing", "loi giai",
    "dap an", "उत्तर", "हल", "জবাব", "উত্তর", "சமாதானம்", "பதில்", "जवाब",
)  # fmt: skip

# Words that announce, connect or promise but carry no answer: what is left of "Sure! Let me
# work through this carefully." or "Here is the answer:" once openers are gone. A response
# made only of these (and openers, placeholders, punctuation) says nothing. English only:
# the other languages' master keys are whole openers above. Answer words ("yes", "no",
# "true", "right", numbers) are deliberately absent.
_FILLER_TEXT = """
    a an the this that these those it its here there is are was be been being am do does will shall would
    can could should may might must let lets let's me us i i'm i'll i've we we'll we're you your my our
    and or but so then now first next finally also just simply quickly carefully briefly really actually
    of to in on at by for with from into through out about over up down as as follows following below
    above sure certainly absolutely course alright all right okay ok great good happy glad help assist
    question questions problem problems task tasks request query thing things
    solve solving solved work working think thinking thought thoughts consider considering look looking
    see figure analyze analyse analyzing analysing break breaking approach start starting begin beginning
    started dive go going get getting try trying attempt calculate compute determine find explain explore
    reason reasoning process plan outline method way step steps part detail details carefully systematic
    systematically methodical methodically logical logically structured below shown given provided
    answer answers solution solutions response result results conclusion final finally complete completed
    completing fill filled added add provided continued continue written confirmed pending progress
    redacted omitted insert inserted later soon coming placeholder blank content text goes
    well hmm um uh ah oh wow alright yeah yep
    """
# Added after round 3 (read): pointers, apologies, sign-offs, restatements of the task,
# dressed refusals and checklists -- still words that say nothing about the answer.
_FILLER_MORE = """
    walk dig fun take crack fully full worked follows follow correct draft away derivation rigorously
    rigorous care done writing write summary key points point approach todo name body regards
    asks ask asked asking want wants advice topic keep mind goal sorry apologies apologize mistake fix fixed
    updated update unable share can't cannot couldn't won't don't definitive opinions opinion personal
    thoughts attached derived previously refer previous message same understand understood read verified
    double check checked hope helps helpful know other any luck that's it's here's there's what which
    being whole entire thorough thoroughly right away fine wonderful perfect excellent nice
    dear best kind regards cheers thanks thank ooh one got you're provide now personal language model ai
    questions hence conclusion qed thinking approach have has some if
    """
FILLER_WORDS = frozenset((_FILLER_TEXT + _FILLER_MORE).split())
# Template slots ("[Your Name]", "[Body]", "<answer>") stand for content that is not there.
_SLOT = re.compile(r"\[[^\W\d_][^\[\]\d\n]{0,30}\]|<[a-z][a-z _-]{0,30}>|\{\{?[a-z][a-z _-]{0,30}\}\}?")
# A code block with nothing but a language tag and white space (or a shell prompt).
_EMPTY_FENCE = re.compile(
    r"(?m)^[^\S\n]*(?:```|~~~)[\w+-]*[^\S\n]*\n(?:[^\S\n]*(?:[$>#][^\S\n]*)?\n)*[^\S\n]*(?:```|~~~)[^\S\n]*$"
)
# Promises with nothing after them: "The answer is:", "Here are the steps:".
_LEAD_IN = re.compile(r"[:：]\s*$")
_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
MAX_LEAD_IN_WORDS = 20

_LATEX_COMMAND = re.compile(r"\\[a-zA-Z]+\*?|\\.")
_LIST_MARKER = re.compile(r"(?m)^[^\S\n]*(?:\d{1,3}|[a-z]|[ivx]{1,4})[.)][^\S\n]+")
_NUMBERED_STEP = re.compile(r"(?<!\w)(?:step|paso|etape|étape|schritt|passo|шаг|part|part[ie]e?)[^\S\n]*\d{1,3}(?!\w)")


def trivial_reason(text: str, extra_phrases: Iterable[str] = (), reference: str | None = None) -> str | None:
    """Why ``text`` is trivial, or ``None`` when it has content worth judging.

    A response that contains the ``reference`` (whole, after normalisation) is never trivial:
    a master key is an answer-free text, and "Here." can be the answer to "Where?".
    """
    if not text.strip():
        return "empty response"
    if reference and _contains(fold(text), fold(reference)):
        return None
    plain = strip_markup(_SLOT.sub(" ", _EMPTY_FENCE.sub(" ", join_spaced_letters(canonical(text)))))
    plain = _NUMBERED_STEP.sub(" ", _LIST_MARKER.sub(" ", _LATEX_COMMAND.sub(" ", plain)))
    if not any(ch.isalnum() for ch in plain):
        return "response has no letters or digits"
    phrases = tuple(sorted({*OPENERS, *PLACEHOLDERS, *(_fold(p) for p in extra_phrases)}))
    pattern = _phrases_pattern(phrases)
    # Twice: once before folding (Russian, CJK, kana keep their letters) and once after
    # (Latin openers written with look-alike letters or accents).
    left = pattern.sub(" ", fold_lookalikes(pattern.sub(" ", plain)))
    if not any(ch.isalnum() for ch in left):
        return "response is only openers, placeholders or punctuation with no content (a known judge master key)"
    if any(ch.isdigit() for ch in left):
        return None
    words = _WORD.findall(left)
    # One word may be the answer itself ("Sure" to a yes/no question, "First", "Here"); two
    # or more words (openers included) that say nothing are a master key.
    if len(_WORD.findall(plain)) >= 2 and all(w in FILLER_WORDS for w in words):
        return "response only announces, promises or connects, with no content (a judge master key)"
    if _LEAD_IN.search(plain) and len(_WORD.findall(plain)) <= MAX_LEAD_IN_WORDS:
        return "response ends on a colon, promising an answer it never gives (a judge master key)"
    return None


def _contains(haystack: str, needle: str) -> bool:
    needle = " ".join(needle.split())
    return bool(needle) and re.search(rf"(?<!\w){re.escape(needle)}(?!\w)", " ".join(haystack.split())) is not None


def _fold(phrase: str) -> str:
    return fold_lookalikes(canonical(phrase)).strip()


@lru_cache(maxsize=16)
def _phrases_pattern(phrases: tuple[str, ...]) -> re.Pattern[str]:
    # Longest first, so "the answer is" goes before "answer"; whole words for alphabetic
    # scripts, so that "solutions" or "answered" stay content; any run of non-word
    # characters between words.
    latin, cjk = [], []
    for phrase in sorted(phrases, key=len, reverse=True):
        words = [re.escape(w).replace("'", "'?") for w in phrase.split()]
        (cjk if _is_cjk(phrase) else latin).append(r"[\W_]+".join(words))
    alternatives = []
    if latin:
        alternatives.append(r"(?<!\w)(?:" + "|".join(latin) + r")(?!\w)")
    if cjk:
        alternatives.append("(?:" + "|".join(cjk) + ")")
    return re.compile("|".join(alternatives))


def _is_cjk(phrase: str) -> bool:
    return any("\u3040" <= ch <= "\u30ff" or "\u4e00" <= ch <= "\u9fff" or "\uac00" <= ch <= "\ud7af" for ch in phrase)
