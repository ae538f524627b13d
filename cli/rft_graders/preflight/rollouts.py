"""The preflight's data model: a prompt, a rollout of it, a graded rollout; file loading.

A rollout is turned into the grader event exactly as Bedrock builds one (contract §1): the
prompt's messages plus the response as the last assistant turn, the reference answer and
every extra field of the training record under ``metadata``, and a per-rollout ``id``.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rft_graders.data_rules import SERVICE_FIELDS
from rft_graders.jsonl import read_jsonl


class PreflightError(Exception):
    """Bad input to the preflight (a file, an option); the CLI reports it as a user error."""


@dataclass(frozen=True)
class Prompt:
    """One training record and the 1-based line it came from."""

    line: int
    record: dict[str, Any]

    @property
    def key(self) -> str:
        """How reports name the prompt: its ``task_id``/``id`` if it has one, else its line."""
        for name in ("task_id", "id"):
            value = self.record.get(name)
            if isinstance(value, (str, int)) and not isinstance(value, bool):
                return str(value)
        return f"line {self.line}"

    @property
    def messages(self) -> list[dict[str, Any]]:
        return list(self.record.get("messages") or [])

    @property
    def extras(self) -> dict[str, Any]:
        return {k: v for k, v in self.record.items() if k not in SERVICE_FIELDS}


@dataclass(frozen=True)
class Rollout:
    """Response ``index`` of ``k`` to ``prompt``; ``response`` is ``None`` if generation failed."""

    prompt: Prompt
    index: int
    response: str | None
    generation_error: str | None = None

    @property
    def id(self) -> str:
        return f"{self.prompt.line}-{self.index}"

    def event(self) -> dict[str, Any]:
        """The grader event element for this rollout, shaped as Bedrock sends it."""
        metadata = {"reference_answer": self.prompt.record.get("reference_answer"), **self.prompt.extras}
        return {
            "id": self.id,
            "messages": [*self.prompt.messages, {"role": "assistant", "content": self.response}],
            "metadata": metadata,
        }


@dataclass(frozen=True)
class Graded:
    """A rollout with what the grader made of it (reward on the output scale).

    ``reward`` is ``None`` only when the grader could not be invoked at all.
    """

    rollout: Rollout
    reward: float | None
    status: str  # ok | skipped | error
    reason: str = ""
    metrics: dict[str, float] = field(default_factory=dict)
    metric_types: dict[str, str] = field(default_factory=dict)
    # Per-sample grading time; None when only the invocation's time is known (Lambda path).
    latency_ms: float | None = None


def load_prompts(path: str | Path) -> list[Prompt]:
    """Read a training JSONL file; lines that are not usable prompts raise with their number.

    Run ``rft-graders data validate`` for the full rules: this only needs messages.
    """
    prompts = []
    for line, record in read_jsonl(path, PreflightError):
        if not isinstance(record.get("messages"), list) or not record["messages"]:
            raise PreflightError(
                f"{path}: line {line}: no 'messages' (check the file with `rft-graders data validate`)"
            )
        prompts.append(Prompt(line, record))
    if not prompts:
        raise PreflightError(f"{path}: no records")
    return prompts


def sample_prompts(prompts: list[Prompt], count: int | None, seed: int) -> list[Prompt]:
    """A seeded random sample of ``count`` prompts, kept in file order; all if ``count`` is None."""
    if count is None or count >= len(prompts):
        return list(prompts)
    if count <= 0:
        raise PreflightError("--prompts must be positive")
    chosen = random.Random(seed).sample(range(len(prompts)), count)
    return [prompts[i] for i in sorted(chosen)]


def load_responses(path: str | Path, prompts: list[Prompt], match_field: str | None = None) -> dict[int, list[str]]:
    """Pre-generated responses, by the prompt's line number.

    Each line is ``{"line": N, "responses": ["...", ...]}`` (``N`` the 1-based line of the
    prompt in the training file) or, with ``match_field``, ``{"<field>": value, "responses":
    [...]}`` matched against that field of the training records.
    """
    by_value: dict[Any, int] = {}
    if match_field is not None:
        for prompt in prompts:
            if match_field in prompt.record:
                by_value[_hashable(prompt.record[match_field])] = prompt.line
    lines = {prompt.line for prompt in prompts}
    found: dict[int, list[str]] = {}
    for line, item in read_jsonl(path, PreflightError):
        responses = item.get("responses")
        if not isinstance(responses, list) or not all(isinstance(r, str) for r in responses):
            raise PreflightError(f"{path}: line {line}: 'responses' must be a list of strings")
        if match_field is not None:
            if match_field not in item:
                raise PreflightError(f"{path}: line {line}: no {match_field!r} to match a training record")
            target = by_value.get(_hashable(item[match_field]))
            if target is None:
                continue  # a prompt outside the sample, or not in this training file
        else:
            target = item.get("line")
            if not isinstance(target, int) or isinstance(target, bool):
                raise PreflightError(
                    f"{path}: line {line}: 'line' must be the prompt's line number (or use --match-field)"
                )
            if target not in lines:
                continue
        found.setdefault(target, []).extend(responses)
    return found


def write_responses(path: str | Path, rollouts: list[Rollout]) -> None:
    """Save generated responses in the format :func:`load_responses` reads."""
    groups: dict[int, list[str]] = {}
    for rollout in rollouts:
        if rollout.response is not None:
            groups.setdefault(rollout.prompt.line, []).append(rollout.response)
    with open(path, "w", encoding="utf-8") as handle:
        for line, responses in sorted(groups.items()):
            handle.write(json.dumps({"line": line, "responses": responses}, ensure_ascii=False) + "\n")


def _hashable(value: Any) -> Any:
    return json.dumps(value, sort_keys=True) if isinstance(value, (dict, list)) else value
