"""Where the preflight's responses come from.

- :class:`FileSource`: pre-generated responses (no model, no account): the bundled demo,
  or a file an earlier preflight saved with ``--save-responses``.
- :class:`ConverseSource`: a Bedrock model through the Converse API (boto3).
- :class:`OpenAIChatSource`: any OpenAI-compatible ``/chat/completions`` endpoint, such
  as Bedrock's for open-weight models, or a local vLLM.

A source turns prompts into rollouts. A failed generation is a rollout with
``generation_error`` set: it is counted, not graded, and does not stop the run.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any, Protocol

from rft_graders.preflight.rollouts import Prompt, Rollout

Progress = Callable[[int], None]


class Source(Protocol):
    description: str

    def rollouts(self, prompts: list[Prompt], k: int, progress: Progress) -> list[Rollout]: ...


@dataclass(frozen=True)
class FileSource:
    """Responses read from a file (:func:`rollouts.load_responses`), up to ``k`` per prompt."""

    responses: dict[int, list[str]]
    description: str

    def rollouts(self, prompts: list[Prompt], k: int, progress: Progress) -> list[Rollout]:
        result = []
        for prompt in prompts:
            found = self.responses.get(prompt.line, [])[:k]
            result.extend(Rollout(prompt, j, text) for j, text in enumerate(found))
            progress(len(found))
        return result


@dataclass(frozen=True)
class Sampling:
    """Generation settings; RFT samples at temperature 1 by default, so does the preflight."""

    temperature: float = 1.0
    max_tokens: int = 1024
    concurrency: int = 4


class ConverseSource:
    """k independent Converse calls per prompt (Converse returns one response per call)."""

    def __init__(self, client: Any, model_id: str, sampling: Sampling) -> None:
        self.client, self.model_id, self.sampling = client, model_id, sampling
        self.description = f"Bedrock Converse: {model_id}"

    def rollouts(self, prompts: list[Prompt], k: int, progress: Progress) -> list[Rollout]:
        jobs = [(prompt, j) for prompt in prompts for j in range(k)]
        return list(_in_parallel(jobs, lambda job: self._one(*job), self.sampling.concurrency, progress))

    def _one(self, prompt: Prompt, index: int) -> Rollout:
        try:
            system, messages = converse_messages(prompt.messages)
        except ValueError as exc:
            return Rollout(prompt, index, None, str(exc))
        request: dict[str, Any] = {
            "modelId": self.model_id,
            "messages": messages,
            "inferenceConfig": {"maxTokens": self.sampling.max_tokens, "temperature": self.sampling.temperature},
        }
        if system:
            request["system"] = system
        try:
            answer = self.client.converse(**request)
        except Exception as exc:  # botocore ClientError and connection errors: count, go on
            return Rollout(prompt, index, None, f"{type(exc).__name__}: {exc}")
        blocks = answer.get("output", {}).get("message", {}).get("content", [])
        return Rollout(prompt, index, "".join(b["text"] for b in blocks if isinstance(b.get("text"), str)))


def converse_messages(messages: list[dict[str, Any]]) -> tuple[list[dict[str, str]], list[dict[str, Any]]]:
    """OpenAI chat messages -> Converse ``(system, messages)``.

    Converse wants alternating user/assistant turns starting with a user turn, so
    consecutive turns of one role are merged. Tool turns need a ``toolConfig`` the
    training record does not carry, so such prompts are refused.
    """
    from grader_core.events import content_text

    system: list[dict[str, str]] = []
    turns: list[dict[str, Any]] = []
    for message in messages:
        role, text = message.get("role"), content_text(message.get("content")) or ""
        if role == "system":
            system.append({"text": text})
        elif role in ("user", "assistant"):
            if turns and turns[-1]["role"] == role:
                turns[-1]["content"].append({"text": text})
            else:
                turns.append({"role": role, "content": [{"text": text}]})
        else:
            raise ValueError(f"role {role!r} is not supported by the Converse preflight (tool turns need a toolConfig)")
    if not turns or turns[0]["role"] != "user":
        raise ValueError("Converse needs the conversation to start with a user turn")
    return system, turns


class OpenAIChatSource:
    """``POST /chat/completions`` with ``n = k``; tops up when a server returns fewer choices."""

    def __init__(self, client: Any, model: str, sampling: Sampling) -> None:
        self.client, self.model, self.sampling = client, model, sampling
        self.description = f"OpenAI-compatible chat completions: {model} at {client.base_url}"

    def rollouts(self, prompts: list[Prompt], k: int, progress: Progress) -> list[Rollout]:
        groups = _in_parallel(prompts, lambda p: self._group(p, k), self.sampling.concurrency, lambda n: None)
        result = []
        for group in groups:
            result.extend(group)
            progress(len(group))
        return result

    def _group(self, prompt: Prompt, k: int) -> list[Rollout]:
        from rft_graders.jobs_openai_api import ApiError

        texts: list[str] = []
        # Some servers ignore n; a bounded number of top-ups covers them.
        for _ in range(k):
            body: dict[str, Any] = {
                "model": self.model,
                "messages": prompt.messages,
                "n": k - len(texts),
                "temperature": self.sampling.temperature,
                "max_tokens": self.sampling.max_tokens,
            }
            if prompt.record.get("tools"):
                body["tools"] = prompt.record["tools"]
            try:
                answer = self.client.chat_completion(body)
            except ApiError as exc:
                failed = [Rollout(prompt, j, None, str(exc)) for j in range(len(texts), k)]
                return [Rollout(prompt, j, t) for j, t in enumerate(texts)] + failed
            choices = answer.get("choices") or []
            texts.extend(_choice_text(c) for c in choices[: k - len(texts)])
            if len(texts) >= k or not choices:
                break
        rollouts = [Rollout(prompt, j, t) for j, t in enumerate(texts)]
        rollouts += [Rollout(prompt, j, None, "the endpoint returned no choice") for j in range(len(texts), k)]
        return rollouts


def _choice_text(choice: dict[str, Any]) -> str:
    from grader_core.events import content_text

    return content_text((choice.get("message") or {}).get("content")) or ""


def _in_parallel(items: list[Any], fn: Callable[[Any], Any], workers: int, progress: Progress) -> Iterator[Any]:
    """``map`` over a bounded thread pool, in order, reporting each completed item."""
    with ThreadPoolExecutor(max_workers=max(1, workers), thread_name_prefix="generate") as pool:
        for result in pool.map(fn, items):
            progress(1)
            yield result
