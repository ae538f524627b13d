"""What the compiled nodes call outside themselves, in the deployed function.

- text similarity: the ``similarity`` grader's metrics (well-kept libraries, not ours);
- model graders: the judge grader's backends (Bedrock Converse, OpenAI-compatible,
  replay), its retry policy inside the sample's remaining time, and its injection screen;
- the python grader: the code grader's sandbox.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from openai_grader.compiled import Run
from openai_grader.errors import GraderFailure

# A model grader's call gets at most this long; the sample's remaining time cuts it further.
READ_TIMEOUT_S = 60.0
DEFAULT_MAX_TOKENS = 1024


class LambdaRuntime:
    def __init__(
        self,
        models: Mapping[str, str],
        backend: Mapping[str, Any],
        embedding: Mapping[str, Any] | None = None,
        counterfactual: bool = True,
    ) -> None:
        self.models, self.backend = dict(models), dict(backend)
        self.counterfactual = counterfactual
        # text_similarity's cosine: the similarity grader's embedding options (default Titan on Bedrock)
        self.embedding = dict(embedding or {"backend": "bedrock"})
        self._embedder: Any = None
        self._scorers: dict[str, Any] = {}

    def similarity(self, metric: str, text: str, reference: str, remaining_s: float = 30.0) -> float:
        from similarity_grader.metrics import cosine, make_scorer

        if metric == "cosine":
            from similarity_grader.grader import embedder_for

            embedder = self._embedder
            if embedder is None:
                embedder = self._embedder = embedder_for(dict(self.embedding))
            try:
                first, second = embedder.embed([text, reference], remaining_s)
            except Exception as exc:  # the embedding call failed: OpenAI's server error, not a score
                raise GraderFailure("model_grader_server_error", f"embeddings: {exc}") from None
            return max(0.0, cosine(first, second))
        scorer = self._scorers.get(metric)
        if scorer is None:
            scorer = self._scorers[metric] = make_scorer(metric)
        return float(scorer(text, [reference]))

    def model_reply(self, model: str, messages: list[dict[str, str]], sampling: Mapping[str, Any], run: Run) -> str:
        from judge_grader.backends import JudgeCallError, JudgeRequest, client_for
        from judge_grader.retry import CallStats, RetriesExhausted, RetryPolicy, call_with_retries

        backend = dict(self.backend)
        target = self.models[model]  # build() refused unmapped models
        backend["model_id" if backend.get("type", "bedrock") == "bedrock" else "model"] = target
        try:
            client = client_for(backend, pool_size=8, read_timeout_s=READ_TIMEOUT_S)
        except JudgeCallError as exc:
            raise GraderFailure("model_grader_server_error", f"{model} -> {target}: {exc}") from None
        system = "\n\n".join(m["content"] for m in messages if m["role"] in ("system", "developer"))
        turns = [m for m in messages if m["role"] not in ("system", "developer")]
        user = turns[0]["content"] if len(turns) == 1 else "\n\n".join(f"[{m['role']}]\n{m['content']}" for m in turns)
        temperature = sampling.get("temperature")
        request = JudgeRequest(
            system=system,
            user=user,
            max_tokens=int(sampling.get("max_completions_tokens") or DEFAULT_MAX_TOKENS),
            timeout_s=READ_TIMEOUT_S,
            temperature=0.0 if temperature is None else float(temperature),
            # What replay rules can match on: the response, and the rendered task.
            inputs={"response": run.context.output_text, "prompt": user},
        )
        stats = CallStats()
        try:
            reply = call_with_retries(
                lambda left: client.complete(_with_timeout(request, left)), run.remaining, RetryPolicy(), stats
            )
        except (RetriesExhausted, JudgeCallError) as exc:
            raise GraderFailure("model_grader_server_error", f"{model} -> {target}: {exc}") from None
        run.token_usage["prompt_tokens"] += reply.input_tokens or 0
        run.token_usage["completion_tokens"] += reply.output_tokens or 0
        if reply.stop == "refusal":
            raise GraderFailure("model_grader_refusal_error", f"{model} -> {target} refused: {reply.detail}")
        if reply.stop == "max_tokens":
            # Only a normal stop is a verdict: a reply cut at its token limit is no judgement.
            raise GraderFailure(
                "truncated_observation_error", f"{model} -> {target} hit its token limit before answering"
            )
        if reply.stop != "end":
            raise GraderFailure("model_grader_parse_error", f"{model} -> {target} stopped early ({reply.stop})")
        return reply.text

    def screen(self, text: str, prompt: str, reference: str | None = None) -> tuple[str, str] | None:
        from judge_grader.screen import screen
        from judge_grader.trivial import trivial_reason

        trivial = trivial_reason(text, (), reference)
        if trivial is not None:
            return "trivial", f"trivial response: {trivial}"
        found = screen(text, prompt)
        return None if found is None else ("injection", found.reason())

    def python(self, source: str, sample: dict[str, Any], item: dict[str, Any], run: Run) -> float:
        from openai_grader.python_sandbox import run_python

        return run_python(source, sample, item, run.remaining())


def _with_timeout(request: Any, left: float) -> Any:
    from dataclasses import replace

    return replace(request, timeout_s=max(0.1, min(request.timeout_s, left)))
