"""The ``label`` grader type: classification against a reference label.

```json
{"type": "label", "mode": "ordinal", "labels": ["P1", "P2", "P3", "P4"],
 "synonyms": {"urgent": "P1", "critical": "P1"}, "from": "line", "prefix": "Priority"}
```

- ``single`` (default): 1 when the one label read equals the reference, else 0.
- ``multi``: the labels read against the reference list, scored by ``f1`` (default) or
  ``jaccard``; a label outside ``labels`` counts as a false positive.
- ``ordinal``: ``labels`` is an ordered scale; credit ``1 - distance / max_distance``
  (default ``max_distance``: the length of the scale minus one), never below 0.

A hedge (two labels where one is expected: ``P1 or P2``) is wrong with the metric
``hedged``; a label outside ``labels`` is wrong with ``unknown_label``; a response where
the label cannot be found scores 0 with ``no_label``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from grader_core.errors import SampleError, SkipSample, SpecError
from grader_core.protocol import GradeContext
from grader_core.types import Metric, Sample, Score
from label_grader.read import ReadConfig, label_text, normalise, pieces, separators

_NAME = {"type": "string", "minLength": 1}

SPEC_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {
        "type": {"const": "label"},
        "mode": {"enum": ["single", "multi", "ordinal"]},
        "labels": {"type": "array", "items": _NAME, "minItems": 1, "uniqueItems": True},
        "synonyms": {"type": "object", "additionalProperties": _NAME},
        "from": {"enum": ["response", "tag", "json", "line"]},
        "tag": {"type": "string", "pattern": "^[A-Za-z][A-Za-z0-9_\\-]*$"},
        "field": {"type": "string", "minLength": 1},
        "prefix": {"type": "string", "minLength": 1},
        "ignore_case": {"type": "boolean"},
        "multi_metric": {"enum": ["f1", "jaccard"]},
        "max_distance": {"type": "integer", "minimum": 1},
        "reference_field": {"type": "string", "minLength": 1},
    },
    "required": ["type"],
    "additionalProperties": False,
}


@dataclass(frozen=True)
class LabelConfig:
    mode: str = "single"
    labels: tuple[str, ...] = ()
    # normalised label or synonym -> canonical label
    canon: dict[str, str] = field(default_factory=dict)
    read: ReadConfig = field(default_factory=ReadConfig)
    multi_metric: str = "f1"
    max_distance: int = 1
    reference_field: str | None = None


class LabelGrader:
    concurrency = 0  # pure string work on one response

    def __init__(self, config: LabelConfig) -> None:
        self.config = config
        self.split = separators(list(config.canon))
        # The reward metric's name says what its value means.
        self.reward_name = {"single": "correct", "ordinal": "ordinal"}.get(config.mode, config.multi_metric)

    def grade(self, sample: Sample, ctx: GradeContext) -> Score:
        reference = self._reference(sample.reference)
        text = label_text(sample.response or "", self.config.read)
        read = self._labels(text) if text is not None else ([], [])
        if not read[0] and not read[1]:
            return Score.ok(
                0.0, [Metric.reward(self.reward_name, 0.0), Metric("no_label", 1.0)], reason="no label found"
            )
        if self.config.mode == "multi":
            return self._multi(read, reference)
        return self._single(read, reference[0])

    def check_reference(self, sample: Sample) -> None:
        """Raise what grading would raise about the record itself (``data validate``)."""
        self._reference(sample.reference)

    def _labels(self, text: str) -> tuple[list[str], list[str]]:
        """(known labels, unknown pieces) read from ``text``, in order."""
        whole = self.config.canon.get(normalise(text, self.config.read.ignore_case))
        if whole is not None:
            return [whole], []
        known: list[str] = []
        unknown: list[str] = []
        for piece in pieces(text, self.config.read.ignore_case, self.split):
            label = self.config.canon.get(piece)
            if label is None and not self.config.labels:
                label = piece  # no declared set: every piece is a label
            if label is None:
                unknown.append(piece)
            elif label not in known:
                known.append(label)
        return known, unknown

    def _single(self, read: tuple[list[str], list[str]], reference: str) -> Score:
        known, unknown = read
        base = {"no_label": 0.0, "hedged": 0.0, "unknown_label": 0.0}
        if len(known) + len(unknown) > 1:
            value, base["hedged"], reason = (
                0.0,
                1.0,
                f"hedged: {len(known) + len(unknown)} labels where one is expected",
            )
        elif unknown:
            value, base["unknown_label"], reason = 0.0, 1.0, "the label is not one of the declared labels"
        elif self.config.mode == "ordinal":
            distance = abs(self.config.labels.index(known[0]) - self.config.labels.index(reference))
            base["distance"] = distance
            value, reason = max(0.0, 1.0 - distance / self.config.max_distance), ""
        else:
            value, reason = (1.0 if known[0] == reference else 0.0), ""
        return Score.ok(
            value, [Metric.reward(self.reward_name, value), *(Metric(k, v) for k, v in base.items())], reason
        )

    def _multi(self, read: tuple[list[str], list[str]], reference: list[str]) -> Score:
        known, unknown = read
        predicted, truth = set(known) | set(unknown), set(reference)
        hits = len(predicted & truth)
        precision = hits / len(predicted) if predicted else 0.0
        recall = hits / len(truth) if truth else float(not predicted)
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        union = predicted | truth
        jaccard = len(predicted & truth) / len(union) if union else 1.0
        scores = {"f1": f1, "jaccard": jaccard}
        chosen = self.config.multi_metric
        other = "jaccard" if chosen == "f1" else "f1"
        return Score.ok(
            scores[chosen],
            [
                Metric.reward(chosen, scores[chosen]),
                Metric("precision", precision),
                Metric("recall", recall),
                Metric(other, scores[other]),
                Metric("labels_predicted", len(predicted)),
                Metric("unknown_label", len(unknown)),
                Metric("no_label", 0.0),
            ],
        )

    def _reference(self, reference: Any) -> list[str]:
        where = "reference"
        if reference is None:
            raise SkipSample("no reference label")
        if isinstance(reference, dict):
            key = self.config.reference_field or next((k for k in ("labels", "label") if k in reference), None)
            if key is None or key not in reference:
                raise SampleError(f"reference: an object without the label field {key or 'label'!r}")
            reference, where = reference[key], f"reference.{key}"
        if isinstance(reference, str) and self.config.mode == "multi":
            reference = pieces(reference, self.config.read.ignore_case, self.split)
        items = reference if isinstance(reference, list) else [reference]
        if self.config.mode != "multi" and (len(items) != 1 or not isinstance(items[0], str)):
            raise SampleError(f"{where}: expected one label string, got {_describe(reference)}")
        labels = []
        for i, item in enumerate(items):
            if not isinstance(item, str):
                raise SampleError(f"{where}[{i}]: expected a label string, got {_describe(item)}")
            label = self.config.canon.get(normalise(item, self.config.read.ignore_case))
            if label is None and self.config.labels:
                raise SampleError(f"{where}: {item!r} is not one of the declared labels")
            labels.append(label or normalise(item, self.config.read.ignore_case))
        return labels


def _describe(value: Any) -> str:
    if isinstance(value, list):
        return f"a list of {len(value)}"
    return "null" if value is None else type(value).__name__


def build(spec: dict[str, Any]) -> LabelGrader:
    ignore_case = spec.get("ignore_case", True)
    labels = tuple(spec.get("labels", ()))
    mode = spec.get("mode", "single")
    if mode == "ordinal" and len(labels) < 2:
        raise SpecError("spec.labels: an ordinal scale needs at least two labels, in order")
    if "max_distance" in spec and mode != "ordinal":
        raise SpecError("spec.max_distance: only for mode 'ordinal'")
    if "multi_metric" in spec and mode != "multi":
        raise SpecError("spec.multi_metric: only for mode 'multi'")
    canon: dict[str, str] = {}
    for label in labels:
        key = normalise(label, ignore_case)
        if key in canon:
            raise SpecError(f"spec.labels: {label!r} and {canon[key]!r} are the same label once normalised")
        canon[key] = label
    for synonym, target in spec.get("synonyms", {}).items():
        if labels and target not in labels:
            raise SpecError(f"spec.synonyms.{synonym}: {target!r} is not one of spec.labels")
        # Without a declared set, labels are compared normalised, so the target is too.
        target = target if labels else normalise(target, ignore_case)
        key = normalise(synonym, ignore_case)
        if key in canon and canon[key] != target:
            raise SpecError(f"spec.synonyms.{synonym}: already means {canon[key]!r}")
        canon[key] = target
    source = spec.get("from", "response")
    for option, needs in (("tag", "tag"), ("field", "json"), ("prefix", "line")):
        if option in spec and source != needs:
            raise SpecError(f"spec.{option}: only used with from: {needs!r}")
    return LabelGrader(
        LabelConfig(
            mode=mode,
            labels=labels,
            canon=canon,
            read=ReadConfig(
                source=source,
                tag=spec.get("tag", "label"),
                field=spec.get("field", "label"),
                prefix=spec.get("prefix", "Label"),
                ignore_case=ignore_case,
            ),
            multi_metric=spec.get("multi_metric", "f1"),
            max_distance=spec.get("max_distance", max(len(labels) - 1, 1)),
            reference_field=spec.get("reference_field"),
        )
    )
