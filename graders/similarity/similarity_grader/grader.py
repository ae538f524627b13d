"""The ``similarity`` grader type: one text similarity metric against the reference.

```json
{"type": "similarity", "metric": "rouge_l"}
{"type": "similarity", "metric": "cosine",
 "embedding": {"backend": "bedrock", "model_id": "amazon.titan-embed-text-v2:0", "dimensions": 512}}
```

The value of the metric (0..1) is the score. The reference is a string or a list of
strings (the best match counts). Covers every ``evaluation_metric`` of OpenAI's
``text_similarity`` grader; ``pass_threshold`` adds a ``passed`` metric (1 at or above it)
without changing the score.
"""

from __future__ import annotations

import os
import threading
from collections import OrderedDict
from typing import Any

from grader_core.errors import SampleError, SkipSample, SpecError
from grader_core.protocol import GradeContext
from grader_core.text import last_tag_content
from grader_core.types import Metric, Sample, Score
from similarity_grader.embeddings import DEFAULT_TITAN_MODEL, BedrockEmbeddings, Embedder, OpenAIEmbeddings
from similarity_grader.metrics import TEXT_METRICS, Scorer, as_texts, cosine, make_scorer

SPEC_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {
        "type": {"const": "similarity"},
        "metric": {"enum": [*TEXT_METRICS, "cosine"]},
        "in_tag": {"type": "string", "pattern": "^[A-Za-z][A-Za-z0-9_\\-]*$"},
        "reference_field": {"type": "string", "minLength": 1},
        "ignore_case": {"type": "boolean"},
        "stemmer": {"type": "boolean"},
        "pass_threshold": {"type": "number", "minimum": 0, "maximum": 1},
        "embedding": {
            "type": "object",
            "properties": {
                "backend": {"enum": ["bedrock", "openai"]},
                "model_id": {"type": "string", "minLength": 1},
                "dimensions": {"enum": [256, 512, 1024]},
                "region": {"type": "string", "minLength": 1},
                "base_url": {"type": "string", "pattern": "^https?://"},
                "model": {"type": "string", "minLength": 1},
                "api_key_env": {"type": "string", "pattern": "^[A-Z_][A-Z0-9_]*$"},
            },
            "required": ["backend"],
            "additionalProperties": False,
        },
    },
    "required": ["type", "metric"],
    "additionalProperties": False,
}

_REFERENCE_CACHE = 1024


class SimilarityGrader:
    def __init__(
        self,
        metric: str,
        scorer: Scorer | None = None,
        embedder: Embedder | None = None,
        in_tag: str | None = None,
        reference_field: str | None = None,
        pass_threshold: float | None = None,
    ) -> None:
        self.metric = metric
        self.scorer = scorer
        self.embedder = embedder
        self.in_tag = in_tag
        self.reference_field = reference_field
        self.pass_threshold = pass_threshold
        # Embedding calls wait on the network: up to 8 samples at once. Text metrics are
        # CPU-bound and bounded: neutral.
        self.concurrency = 8 if embedder is not None else 0
        self._vectors: OrderedDict[str, list[float]] = OrderedDict()
        self._lock = threading.Lock()

    def grade(self, sample: Sample, ctx: GradeContext) -> Score:
        references = self._references(sample.reference)
        text = sample.response or ""
        if self.in_tag is not None:
            text = last_tag_content(text, self.in_tag) or ""
        if not text.strip():
            return Score.ok(0.0, [Metric.reward(self.metric, 0.0), Metric("empty_response", 1.0)], "nothing to compare")
        value = self._cosine(text, references, ctx) if self.embedder is not None else self.scorer(text, references)
        value = max(0.0, min(1.0, value))
        metrics = [Metric.reward(self.metric, value), Metric("empty_response", 0.0)]
        if self.pass_threshold is not None:
            metrics.append(Metric("passed", float(value >= self.pass_threshold)))
        return Score.ok(value, metrics)

    def _cosine(self, text: str, references: list[str], ctx: GradeContext) -> float:
        assert self.embedder is not None
        with self._lock:  # reference vectors are reused: one reference serves k rollouts
            cached = {r: self._vectors[r] for r in references if r in self._vectors}
        missing = list(dict.fromkeys(r for r in references if r not in cached))
        vectors = self.embedder.embed([text, *missing], ctx.remaining())
        fresh = dict(zip(missing, vectors[1:], strict=True))
        with self._lock:
            self._vectors.update(fresh)
            while len(self._vectors) > _REFERENCE_CACHE:
                self._vectors.popitem(last=False)
        known = {**cached, **fresh}
        return max(cosine(vectors[0], known[r]) for r in references)

    def check_reference(self, sample: Sample) -> None:
        """Raise what grading would raise about the record itself (``data validate``)."""
        self._references(sample.reference)

    def _references(self, reference: Any) -> list[str]:
        if reference is None:
            raise SkipSample("no reference text")
        where = "reference"
        if self.reference_field is not None:
            if not isinstance(reference, dict) or self.reference_field not in reference:
                raise SampleError(f"reference.{self.reference_field}: missing")
            reference, where = reference[self.reference_field], f"reference.{self.reference_field}"
        texts = as_texts(reference)
        if texts is None:
            raise SampleError(f"{where}: expected a string or a list of strings, got {type(reference).__name__}")
        if not any(t.strip() for t in texts):
            raise SampleError(f"{where}: empty (every response would be compared with nothing)")
        return [t for t in texts if t.strip()]


def embedder_for(options: dict[str, Any]) -> Embedder:
    if options["backend"] == "bedrock":
        for key in ("base_url", "model", "api_key_env"):
            if key in options:
                raise SpecError(f"spec.embedding.{key}: only for backend 'openai'")
        # The function's role may invoke EMBEDDING_MODEL_ID only (template.yaml).
        model = options.get("model_id") or os.environ.get("EMBEDDING_MODEL_ID") or DEFAULT_TITAN_MODEL
        return BedrockEmbeddings(model, options.get("dimensions"), options.get("region"))
    for key in ("model_id", "dimensions", "region"):
        if key in options:
            raise SpecError(f"spec.embedding.{key}: only for backend 'bedrock'")
    if "base_url" not in options or "model" not in options:
        raise SpecError("spec.embedding: backend 'openai' needs base_url and model")
    return OpenAIEmbeddings(options["base_url"], options["model"], options.get("api_key_env"))


def build(spec: dict[str, Any]) -> SimilarityGrader:
    metric = spec["metric"]
    common = {
        "in_tag": spec.get("in_tag"),
        "reference_field": spec.get("reference_field"),
        "pass_threshold": spec.get("pass_threshold"),
    }
    if metric == "cosine":
        for key in ("ignore_case", "stemmer"):
            if key in spec:
                raise SpecError(f"spec.{key}: not used by cosine")
        options = spec.get("embedding", {"backend": "bedrock"})
        return SimilarityGrader(metric, embedder=embedder_for(options), **common)
    if "embedding" in spec:
        raise SpecError("spec.embedding: only for metric 'cosine'")
    if "stemmer" in spec and not metric.startswith("rouge_"):
        raise SpecError("spec.stemmer: only for the rouge metrics")
    scorer = make_scorer(metric, spec.get("ignore_case", True), spec.get("stemmer", False))
    return SimilarityGrader(metric, scorer=scorer, **common)
