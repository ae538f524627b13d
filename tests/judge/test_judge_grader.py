"""The judge grader as a whole: its spec, counterfactual check, usage accounting, and its
place in batches, routers and weighted combinations."""

from __future__ import annotations

import json
import logging
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from judge_fakes import ONE_CALL, LoopbackJudge, RecordingClient, answer_with, verdict

from grader_core.errors import SpecError
from grader_core.events import parse_sample
from grader_core.handler import make_handler
from grader_core.protocol import GradeContext
from grader_core.runner import grade_batch
from grader_core.spec import build_grader, validate_spec
from grader_core.types import Status
from judge_grader.backends.base import JudgeReply, JudgeRequest
from judge_grader.config import config_from_spec
from judge_grader.counterfactual import CANARY_REFERENCE, perturb_numbers
from judge_grader.grader import JudgeGrader
from judge_grader.usage import UsageMeter, log_batch_usage

INVALID = [
    # (spec beyond type, error fragment, why)
    ({}, "'preset' is a required property", "a preset must be chosen"),
    ({"preset": "vibes"}, "spec.preset", "unknown preset"),
    ({"preset": "reasoning", "preset_version": 9}, "has no version 9", "unknown version"),
    ({"preset": "reasoning", "criteria": [{"name": "a", "description": "d"}]}, "only the 'custom' preset", "rubric"),
    ({"preset": "custom"}, "needs criteria", "custom without a rubric"),
    (
        {"preset": "custom", "criteria": [{"name": "a", "description": "x"}, {"name": "a", "description": "y"}]},
        "unique",
        "duplicate criterion names would collide as metrics",
    ),
    ({"preset": "custom", "criteria": [{"name": "a", "description": "d"}], "scale": [5, 1]}, "below", "bad scale"),
    ({"preset": "reasoning", "context_field": "ctx"}, "reads no context", "context for a preset without one"),
    (
        {"preset": "instruction_following", "counterfactual": {"wrong_reference_field": "w"}},
        "reads no reference",
        "no reference to replace",
    ),
    ({"preset": "reasoning", "backend": {"type": "openai", "model": "m"}}, "base_url", "openai needs a URL"),
    ({"preset": "reasoning", "backend": {"type": "openai", "base_url": "u", "model": "m"}}, "base_url", "not a URL"),
    ({"preset": "reasoning", "backend": {"type": "bedrock", "api_key": "sk-1"}}, "api_key", "no inline secrets"),
    (
        {"preset": "reasoning", "backend": {"type": "openai", "base_url": "https://x", "model": "m", "api_key": "k"}},
        "api_key",
        "keys are never inline, only the name of a variable",
    ),
    ({"preset": "reasoning", "concurrency": 0}, "concurrency", "at least one"),
    ({"preset": "reasoning", "max_tokens": 100000}, "max_tokens", "bounded output"),
    ({"preset": "reasoning", "retry": {"base_delay_s": 5, "max_delay_s": 1}}, "max_delay_s", "cap below base"),
    ({"preset": "reasoning", "temperature": 0.7}, "temperature", "temperature is fixed at 0"),
]


@pytest.mark.parametrize(("extra", "reason", "why"), INVALID, ids=[row[2] for row in INVALID])
def test_invalid_specs_are_rejected_with_the_path(extra: dict, reason: str, why: str) -> None:
    with pytest.raises(SpecError, match=reason.replace("(", r"\(")):
        build_grader({"type": "judge", **extra})


def test_defaults() -> None:
    config = config_from_spec(validate_spec({"type": "judge", "preset": "reasoning"}))
    assert (config.backend, config.concurrency, config.max_tokens) == ({"type": "bedrock"}, 16, 1024)
    assert config.preset.id == "reasoning@v2" and config.retry.max_attempts == 6


def test_building_the_default_spec_creates_no_client() -> None:
    # make_handler builds the default spec at init: that must work without AWS, offline.
    grader = build_grader({"type": "judge", "preset": "instruction_following", "backend": {"type": "bedrock"}})
    assert grader.concurrency == 16 and grader._client is None


def qa(response: str, reference: object = "42", **extra: object):
    record = {
        "id": "q",
        "messages": [{"role": "user", "content": "6 x 7?"}, {"role": "assistant", "content": response}],
        **extra,
    }
    if reference is not None:
        record["reference_answer"] = reference
    return parse_sample(record)


def by_reference(scores: dict[str, int]):
    """A judge whose verdict depends only on the reference it was shown."""

    def reply(request: JudgeRequest) -> JudgeReply:
        return JudgeReply(verdict(scores.get(request.inputs["reference"], 1)), input_tokens=10, output_tokens=2)

    return reply


COUNTERFACTUAL = [
    # (judge's score per reference shown, min_gap, reward, rejected, why)
    ({"42": 5, "43": 1}, 0.5, 1.0, 0.0, "tells them apart: accepted"),
    ({"42": 5, "43": 5}, 0.5, 0.0, 1.0, "same credit against a wrong reference: withheld"),
    ({"42": 5, "43": 4}, 0.5, 0.0, 1.0, "a gap of 0.25 is below the required 0.5"),
    ({"42": 5, "43": 4}, 0.25, 1.0, 0.0, "a smaller min_gap accepts it"),
    ({"42": 2, "43": 1}, 0.5, 0.25, 0.0, "a low score needs only to fall to 0"),
    ({"42": 2, "43": 2}, 0.5, 0.0, 1.0, "a low score that does not fall is withheld too"),
]


@pytest.mark.parametrize(
    ("scores", "gap", "reward", "rejected", "why"), COUNTERFACTUAL, ids=[r[4] for r in COUNTERFACTUAL]
)
def test_counterfactual_check(scores: dict, gap: float, reward: float, rejected: float, why: str) -> None:
    client = RecordingClient(by_reference(scores))
    config = config_from_spec({"type": "judge", "preset": "reference_correctness", "counterfactual": {"min_gap": gap}})
    score = JudgeGrader(config, client).grade(qa("It is 42."), GradeContext.within(30))
    metrics = {m.name: m.value for m in score.metrics}
    assert (score.value, metrics["judge_counterfactual_rejected"]) == (reward, rejected)
    assert [r.inputs["reference"] for r in client.requests] == ["42", "43"]
    assert metrics["reference_correctness"] == reward, "the reward component follows the withheld score"
    assert metrics["judge_input_tokens"] == 20, "both calls are counted"


def test_counterfactual_uses_the_provided_distractor_first() -> None:
    client = RecordingClient(by_reference({"Paris": 5, "Lyon": 1}))
    spec = {"type": "judge", "preset": "reference_correctness", "counterfactual": {"wrong_reference_field": "wrong"}}
    score = JudgeGrader(config_from_spec(spec), client).grade(
        qa("Paris", reference="Paris", metadata={"wrong": "Lyon"}), GradeContext.within(30)
    )
    assert score.value == 1.0 and [r.inputs["reference"] for r in client.requests] == ["Paris", "Lyon"]


@pytest.mark.parametrize(
    ("reference", "first_score", "options", "calls", "checked", "unavailable", "why"),
    [
        ("Paris", 5, {"canary": False}, 1, 0.0, 1.0,
         "no numbers, no distractor and the canary turned off: not checked, and the metrics say so"),
        ("42", 1, {}, 1, 0.0, 0.0, "a zero has nothing to protect: no second call, nothing missing"),
    ],
)  # fmt: skip
def test_counterfactual_not_run(reference, first_score, options, calls, checked, unavailable, why) -> None:
    client = RecordingClient(lambda request: JudgeReply(verdict(first_score)))
    spec = {"type": "judge", "preset": "reference_correctness", "counterfactual": options}
    score = JudgeGrader(config_from_spec(spec), client).grade(qa("x", reference=reference), GradeContext.within(30))
    assert len(client.requests) == calls
    metrics = {m.name: m.value for m in score.metrics}
    assert (metrics["judge_counterfactual_checked"], metrics["judge_counterfactual_unavailable"]) == (
        checked,
        unavailable,
    )


@pytest.mark.parametrize(
    ("reference", "response", "second_reference", "why"),
    [
        ("Paris", "Paris", CANARY_REFERENCE, "no number to move and no distractor: the canary reference"),
        ("23", "24 - 1 = 23", "22", "24 is in the working: the next move (-1), which the response never says"),
        ("23", "22, 24, 25 and 21 are wrong: 23", CANARY_REFERENCE, "every move is mentioned: the canary"),
        ("2 and 10", "3 and 10? No: 2 and 10", "1 and 9", "a move counts as mentioned if any new number is"),
        ("3.14", "pi is 3.14, not 3.15", "3.13", "decimals move in their last digit, either way"),
        ("press 1", "Press 1 for sales or press 2.", "press 0", "a number at the end of a sentence is mentioned too"),
    ],
)
def test_counterfactual_wrong_reference(reference: str, response: str, second_reference: str, why: str) -> None:
    client = RecordingClient(lambda request: JudgeReply(verdict(5 if request.inputs["reference"] == reference else 1)))
    spec = {"type": "judge", "preset": "reference_correctness"}
    score = JudgeGrader(config_from_spec(spec), client).grade(
        qa(response, reference=reference), GradeContext.within(30)
    )
    assert [r.inputs["reference"] for r in client.requests] == [reference, second_reference]
    metrics = {m.name: m.value for m in score.metrics}
    assert score.value == 1.0 and metrics["judge_counterfactual_canary"] == float(second_reference == CANARY_REFERENCE)


def test_the_canary_catches_a_judge_swayed_by_a_text_answer() -> None:
    # A swayed judge gives the top score whatever the reference says: against the canary too.
    # (Nothing here for the screen to catch: the judge was swayed by something else.)
    client = RecordingClient(lambda request: JudgeReply(verdict(5)))
    spec = {"type": "judge", "preset": "reference_correctness"}
    score = JudgeGrader(config_from_spec(spec), client).grade(
        qa("Sydney, without a doubt.", reference="Canberra"), GradeContext.within(30)
    )
    metrics = {m.name: m.value for m in score.metrics}
    assert score.value == 0.0 and metrics["judge_counterfactual_rejected"] == 1.0
    assert "withheld" in score.reason


def test_counterfactual_is_on_by_default_where_a_reference_is_read() -> None:
    # A judge that gives 5 whatever the reference (an obeying judge) is caught without any spec.
    client = RecordingClient(lambda request: JudgeReply(verdict(5)))
    spec = {"type": "judge", "preset": "reference_correctness"}
    score = JudgeGrader(config_from_spec(spec), client).grade(qa("42", reference="42"), GradeContext.within(30))
    assert score.value == 0.0 and [r.inputs["reference"] for r in client.requests] == ["42", "43"]
    assert config_from_spec({"type": "judge", "preset": "reasoning"}).counterfactual is not None
    assert config_from_spec({**spec, "counterfactual": {"enabled": False}}).counterfactual is None


def test_presets_without_a_reference_are_checked_against_a_canary_task() -> None:
    # The task is swapped for "reply with exactly CANARY-<random>": a fair judge scores the
    # answer 1 there and keeps its 5; a judge that gives 5 whatever the task is swayed.
    def fair(request: Any) -> JudgeReply:
        return JudgeReply(verdict(1 if "CANARY-" in request.inputs["conversation"] else 5))

    spec = {"type": "judge", "preset": "instruction_following"}
    for judge, reward in ((fair, 1.0), (lambda request: JudgeReply(verdict(5)), 0.0)):
        client = RecordingClient(judge)
        score = JudgeGrader(config_from_spec(spec), client).grade(qa("42"), GradeContext.within(30))
        metrics = {m.name: m.value for m in score.metrics}
        assert score.value == reward and metrics["judge_counterfactual_canary"] == 1.0
        task = client.requests[1].inputs["conversation"]
        assert task.startswith("[user]\nReply with exactly the text CANARY-") and "6 x 7" not in task


@pytest.mark.parametrize(
    ("spec", "checked", "why"),
    [
        ({"preset": "custom", "criteria": [{"name": "tone", "description": "polite"}]}, 0.0,
         "a custom rubric may grade what no task changes: no task canary unless asked"),
        ({"preset": "custom", "criteria": [{"name": "tone", "description": "polite"}], "counterfactual": {}}, 1.0,
         "asked for: the task canary runs"),
        ({"preset": "instruction_following", "counterfactual": {"canary": False}}, 0.0, "canaries turned off"),
    ],
)  # fmt: skip
def test_when_the_task_canary_runs(spec: dict, checked: float, why: str) -> None:
    client = RecordingClient(lambda request: JudgeReply(verdict(1 if "CANARY-" in request.user else 5)))
    if spec["preset"] == "custom":
        client = RecordingClient(lambda request: JudgeReply('{"reasoning": "r", "scores": {"tone": 5}}'))
    sample = qa("42", reference=None)  # no reference: only a task canary can check it
    score = JudgeGrader(config_from_spec({"type": "judge", **spec}), client).grade(sample, GradeContext.within(30))
    metrics = {m.name: m.value for m in score.metrics}
    assert metrics["judge_counterfactual_checked"] == checked
    assert metrics["judge_counterfactual_unavailable"] == 1.0 - checked


@pytest.mark.parametrize(
    ("text", "expected", "why"),
    [
        ("42", "43", "integers move by one"),
        ("x = -3", "x = -2", "negative numbers"),
        ("3.14", "3.15", "decimals move in their last digit"),
        ("2 and 10", "3 and 11", "every number"),
        ("Paris", None, "nothing to perturb"),
        ("v2", None, "digits inside words are not numbers"),
        ("0.5", "0.3", "a step of -2 moves down by two units of the last digit"),
    ],
)
def test_perturb_numbers(text: str, expected: str | None, why: str) -> None:
    assert perturb_numbers(text, -2 if text == "0.5" else 1) == expected


def test_response_tag_judges_only_the_answer_and_scores_a_missing_tag_zero() -> None:
    client = RecordingClient(lambda request: JudgeReply(verdict(5)))
    spec = {"type": "judge", "preset": "reference_correctness", "response_tag": "answer", **ONE_CALL}
    grader = JudgeGrader(config_from_spec(spec), client)
    score = grader.grade(qa("<think>6*7 is 42</think><answer>42</answer>"), GradeContext.within(30))
    assert score.value == 1.0 and client.requests[0].inputs["response"] == "42"
    missing = grader.grade(qa("The answer is 42."), GradeContext.within(30))
    assert (missing.status, missing.value, len(client.requests)) == (Status.OK, 0.0, 1)
    assert ("judge_missing_tag", 1.0) in [(m.name, m.value) for m in missing.metrics]


def test_clamp_is_refused_with_the_reason() -> None:
    # An out-of-range score is always an error; an old spec asking to clamp is told why.
    with pytest.raises(SpecError, match="'clamp' was removed"):
        config_from_spec({"type": "judge", "preset": "reference_correctness", "out_of_range": "clamp"})
    client = RecordingClient(lambda request: JudgeReply(verdict(7)))
    spec = {"type": "judge", "preset": "reference_correctness", **ONE_CALL}
    score = JudgeGrader(config_from_spec(spec), client).grade(qa("42"), GradeContext.within(30))
    assert score.status is Status.ERROR and "outside the rubric's scale 1..5" in score.reason


@pytest.mark.parametrize(
    ("stop", "detail", "why"),
    [
        ("other", "tool_use", "Bedrock tool use"),
        ("other", "stop_sequence", "a stop sequence the judge was never given"),
        ("other", "", "a provider that gives no reason"),
    ],
)
def test_only_a_normal_stop_is_a_verdict(stop: str, detail: str, why: str) -> None:
    client = RecordingClient(lambda request: JudgeReply(verdict(5), stop=stop, detail=detail))
    spec = {"type": "judge", "preset": "reference_correctness", **ONE_CALL}
    score = JudgeGrader(config_from_spec(spec), client).grade(qa("42"), GradeContext.within(30))
    assert score.status is Status.ERROR and "not a verdict" in score.reason


def test_usage_is_metered_per_sample_and_logged_per_batch(caplog) -> None:
    meter = UsageMeter()
    client = RecordingClient(lambda request: JudgeReply(verdict(5), input_tokens=100, output_tokens=7))
    grader = JudgeGrader(
        config_from_spec({"type": "judge", "preset": "reference_correctness", **ONE_CALL}), client, meter=meter
    )
    samples = [qa("42"), qa("41"), qa(":")]

    def handler(event, context):
        return [grader.grade(s, GradeContext.within(30)).value for s in samples]

    logger = logging.getLogger("judge-usage-test")
    with caplog.at_level(logging.INFO, logger="judge-usage-test"):
        assert log_batch_usage(handler, meter, logger)([], None) == [1.0, 1.0, 0.0]
    record = next(r for r in caplog.records if r.getMessage() == "judge batch usage")
    assert record.judge_usage == {
        "samples": 3,
        "judge_calls": 2,
        "attempts": 2,
        "throttled": 0,
        "input_tokens": 200,
        "output_tokens": 14,
        "trivial": 1,
        "injections": 0,
        "cached": 0,
    }
    assert meter.take()["samples"] == 0, "the meter starts again for the next batch"


def test_a_batch_through_the_runner_stays_within_concurrency_and_loses_no_sample() -> None:
    # 40 samples, concurrency 8, a server that throttles beyond 8 in flight: none may be
    # throttled (the grader's own limit keeps below it) and every sample gets its verdict.
    with LoopbackJudge(answer_with(verdict(4)), delay_s=0.05, max_concurrent=8) as server:
        spec = {
            "type": "judge",
            "preset": "instruction_following",
            "counterfactual": {"enabled": False},
            "concurrency": 8,
            "backend": {"type": "openai", "base_url": server.url, "model": "m"},
        }
        grader = build_grader(spec)
        samples = [
            parse_sample(
                {
                    "id": i,
                    "messages": [{"role": "user", "content": "hi"}, {"role": "assistant", "content": f"hello {i}"}],
                },
                i,
            )
            for i in range(40)
        ]
        outcomes = grade_batch(samples, lambda s: grader, remaining_s=60)
    assert [o.sample.id for o in outcomes] == list(range(40))
    assert all(o.status is Status.OK and o.reward == 0.75 for o in outcomes)
    assert server.peak_in_flight <= 8 and server.rejected == 0 and len(server.requests) == 40


REPLAY = {"type": "replay", "default": {"reply": verdict(5)}}


def test_format_plus_judge_through_the_router() -> None:
    spec = {
        "type": "weighted",
        "parts": [
            {
                "name": "format",
                "weight": 0.2,
                "grader": {"type": "format", "checks": [{"check": "tags", "sequence": ["answer"]}]},
            },
            {
                "name": "judge",
                "weight": 0.8,
                "grader": {
                    "type": "judge",
                    "preset": "reference_correctness",
                    **ONE_CALL,
                    "response_tag": "answer",
                    "backend": REPLAY,
                },
            },
        ],
    }
    event = [
        {
            "id": "a",
            "messages": [{"role": "user", "content": "6x7?"}, {"role": "assistant", "content": "<answer>42</answer>"}],
            "reference_answer": "42",
            "grader": spec,
        },
        {
            "id": "b",
            "messages": [{"role": "user", "content": "6x7?"}, {"role": "assistant", "content": "42"}],
            "reference_answer": "42",
            "grader": spec,
        },
    ]
    response = make_handler("router", env={})(event, None)
    assert [r["aggregate_reward_score"] for r in response] == [1.0, 0.0]
    names = [m["name"] for m in response[0]["metrics_list"]]
    assert names[:2] == ["format", "judge"] and "judge.reference_correctness" in names


def test_the_judge_function_refuses_other_grader_types() -> None:
    event = [
        {
            "id": 1,
            "messages": [{"role": "assistant", "content": "x"}],
            "grader": {"type": "format", "checks": [{"check": "json"}]},
        }
    ]
    response = make_handler("judge", env={})(event, None)
    assert response[0]["metrics_list"] == [{"name": "error", "value": 1.0, "type": "Metric"}]


def test_golden_events_also_run_through_the_wrapped_lambda_handler() -> None:
    from judge_grader.handler import lambda_handler

    event = json.loads((Path(__file__).resolve().parents[2] / "events/judge/master_keys.json").read_text())
    assert [r["aggregate_reward_score"] for r in lambda_handler(event, None)] == [1.0, 0.0, 0.0, 0.0, 0.0]


def test_cold_start_path_imports_no_aws_sdk() -> None:
    # Lambda init imports the handler and builds the default (Bedrock) spec; boto3 must wait
    # for the first real judge call.
    code = (
        "import sys, json; import judge_grader.handler; from grader_core.spec import build_grader; "
        "build_grader({'type': 'judge', 'preset': 'reference_correctness'}); "
        "print(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] in ('boto3', 'botocore', 'ssl'))))"
    )
    loaded = json.loads(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout)
    assert [m for m in loaded if m.startswith("boto3") or m.startswith("botocore.client")] == []
