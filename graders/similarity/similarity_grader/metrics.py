"""The text similarity metrics, each from a well-kept library; none is written here.

| metric | library | value |
|---|---|---|
| ``fuzzy_match`` | RapidFuzz ``fuzz.ratio`` (normalised Indel similarity) | 0..1 |
| ``bleu`` | NLTK ``sentence_bleu``, 4-gram, smoothing method 1 (short texts) | 0..1 |
| ``gleu`` | NLTK ``sentence_gleu`` (Google-BLEU) | 0..1 |
| ``meteor`` | NLTK ``meteor_score`` with the shipped WordNet | 0..1 |
| ``rouge_1`` .. ``rouge_5``, ``rouge_l`` | Google's ``rouge-score``, F-measure | 0..1 |

``fuzzy_match`` is ``ratio``, not ``WRatio`` or ``partial_ratio``: those score a response
that *contains* the reference (plus anything) as a perfect match, which a policy learns
to exploit at once. Words for BLEU, GLEU and METEOR come from NLTK's regex word tokenizer
(the one ``word_tokenize`` uses, without its Punkt sentence splitter, which needs data).
Libraries are imported when a spec using them is built, never with the module.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

TEXT_METRICS = (
    "fuzzy_match",
    "bleu",
    "gleu",
    "meteor",
    "rouge_1",
    "rouge_2",
    "rouge_3",
    "rouge_4",
    "rouge_5",
    "rouge_l",
)

# (response, references) -> 0..1
Scorer = Callable[[str, list[str]], float]


def make_scorer(metric: str, ignore_case: bool = True, stemmer: bool = False) -> Scorer:
    prepare = str.lower if ignore_case else str
    if metric == "fuzzy_match":
        from rapidfuzz import fuzz

        return lambda response, refs: max(fuzz.ratio(prepare(response), prepare(r)) for r in refs) / 100
    if metric.startswith("rouge_"):
        from rouge_score import rouge_scorer

        key = "rougeL" if metric == "rouge_l" else f"rouge{metric[-1]}"
        # rouge-score lower-cases and keeps [a-z0-9] itself; ignore_case cannot turn that off.
        scorer = rouge_scorer.RougeScorer([key], use_stemmer=stemmer)
        return lambda response, refs: max(scorer.score(r, response)[key].fmeasure for r in refs)
    words = _tokenizer(prepare)
    if metric == "bleu":
        from nltk.translate.bleu_score import SmoothingFunction, sentence_bleu

        smoothing = SmoothingFunction().method1
        return lambda response, refs: float(
            sentence_bleu([words(r) for r in refs], words(response), smoothing_function=smoothing)
        )
    if metric == "gleu":
        from nltk.translate.gleu_score import sentence_gleu

        return lambda response, refs: float(sentence_gleu([words(r) for r in refs], words(response)))
    if metric == "meteor":
        from nltk.translate.meteor_score import meteor_score

        from similarity_grader.wordnet import wordnet_reader

        reader = wordnet_reader()
        return lambda response, refs: float(meteor_score([words(r) for r in refs], words(response), wordnet=reader))
    raise ValueError(f"unknown metric {metric!r}")


def _tokenizer(prepare: Callable[[str], str]) -> Callable[[str], list[str]]:
    from nltk.tokenize.destructive import NLTKWordTokenizer

    tokenizer = NLTKWordTokenizer()

    def words(text: str) -> list[str]:
        return list(tokenizer.tokenize(prepare(text)))

    return words


def cosine(a: list[float], b: list[float]) -> float:
    """Cosine similarity clamped to 0..1 (opposite directions are as unlike as it gets)."""
    import math

    dot = sum(x * y for x, y in zip(a, b, strict=True))
    norms = math.sqrt(sum(x * x for x in a)) * math.sqrt(sum(y * y for y in b))
    return max(0.0, min(1.0, dot / norms)) if norms else 0.0


def as_texts(value: Any) -> list[str] | None:
    """A reference as a non-empty list of strings, or ``None`` if it is not one."""
    items = value if isinstance(value, list) else [value]
    if not items or not all(isinstance(item, str) for item in items):
        return None
    return items
