"""Turn the numbers into advice, following AWS's RFT guidance (contract §8).

Each finding is ``stop`` (do not start the job as it stands), ``warn`` (it may work, look
first) or ``ok``. The verdict is the worst finding: ``STOP``, ``GO WITH CARE`` or ``GO``.
Thresholds are module constants so that the reasons can be read next to them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from rft_graders.preflight.explain import hint
from rft_graders.preflight.stats import Summary

Level = Literal["stop", "warn", "ok"]

# A grader error scores the minimum, so errors look like wrong answers to the policy.
ERROR_RATE_STOP = 0.10
ERROR_RATE_WARN = 0.01
SKIP_RATE_WARN = 0.10
# AWS: "rewards always 0 on the base model: do supervised fine-tuning first".
REWARD_RARE = 0.05
# AWS: "rewards above ~95%: RFT may be unnecessary".
REWARD_SATURATED = 0.95
# Share of prompts whose k rollouts all scored the same: no advantage, no learning.
FLAT_SHARE_WARN = 0.5
# One invocation (a batch) must finish well inside the Lambda timeout; the service retries
# a timed-out call and then fails the job.
TIMEOUT_SHARE_WARN = 0.5
# Lambda's synchronous payload limit (contract §1); the service's batch size is undocumented.
MAX_PAYLOAD_BYTES = 6 * 1024 * 1024
# A base model whose reward tracks length hints at a grader that pays for length.
LENGTH_CORRELATION_WARN = 0.5


@dataclass(frozen=True)
class Finding:
    level: Level
    message: str


@dataclass(frozen=True)
class Verdict:
    findings: tuple[Finding, ...]

    @property
    def level(self) -> Level:
        levels = {f.level for f in self.findings}
        return "stop" if "stop" in levels else "warn" if "warn" in levels else "ok"

    @property
    def label(self) -> str:
        return {"stop": "STOP", "warn": "GO WITH CARE", "ok": "GO"}[self.level]


# A segment (e.g. difficulty=olympiad) this large that scores the same everywhere is worth a word.
FLAT_SEGMENT_SHARE_WARN = 0.05


def judge(s: Summary, k: int, max_error_rate: float = ERROR_RATE_STOP) -> Verdict:
    """``max_error_rate``: the share of failed rollouts at which the verdict is STOP."""
    findings: list[Finding] = []
    add = findings.append
    if s.graded == 0:
        reasons = s.top_generation_errors or s.top_error_reasons
        if reasons:
            reason, count = reasons[0]
            fix = hint(reason)
            add(Finding("stop", f"no rollout was graded: {reason} (x{count})" + (f". Fix: {fix}" if fix else "")))
        else:
            add(Finding("stop", "no rollout was graded: no response could be generated or graded"))
        return Verdict(tuple(findings))
    if s.generation_errors:
        reason, count = s.top_generation_errors[0]
        fix = hint(reason)
        add(
            Finding(
                "warn",
                f"{s.generation_errors} responses could not be generated, e.g. {reason} (x{count})"
                + (f". Fix: {fix}" if fix else ""),
            )
        )

    if s.error_rate and s.error_rate >= max_error_rate:
        add(
            Finding(
                "stop",
                f"the grader failed on {s.error_rate:.0%} of rollouts; each scores the minimum "
                "and reads to the policy as a wrong answer: fix the top error reasons first",
            )
        )
    elif s.error_rate >= ERROR_RATE_WARN:
        add(Finding("warn", f"the grader failed on {s.error_rate:.1%} of rollouts (see the top error reasons)"))
    if s.invocation_failures:
        add(
            Finding(
                "stop",
                f"{s.invocation_failures} rollouts were in invocations that failed outright; in a job "
                "the service retries such a call and then fails the whole job",
            )
        )
    if s.error_rate and s.error_rate >= max_error_rate:
        # Errors score the minimum: reward level and group spread would describe the grader's
        # failures, not the base model, so they are not judged until the grader works.
        add(Finding("stop", "reward level and group spread are not judged while the grader fails this often"))
        return Verdict(tuple(findings))
    if s.skip_rate >= SKIP_RATE_WARN:
        add(Finding("warn", f"{s.skip_rate:.0%} of rollouts were skipped (no usable signal, e.g. no reference)"))

    mean = s.reward_mean_normalized
    assert mean is not None
    if s.reward_max is not None and s.reward_max - s.score_min <= 1e-9:
        said = (
            f"; the grader says, most often: {s.top_zero_reasons[0][0]} (x{s.top_zero_reasons[0][1]})"
            if s.top_zero_reasons
            else ""
        )
        add(
            Finding(
                "stop",
                "every rollout scored the minimum: the base model earns no reward. AWS's advice: "
                f"supervised fine-tuning first (or check the grader and the reference answers){said}",
            )
        )
    elif mean < REWARD_RARE:
        add(
            Finding(
                "warn",
                f"the base model rarely earns reward (mean {mean:.1%} of the range); "
                "consider supervised fine-tuning first or partial credit in the grader",
            )
        )
    elif mean > REWARD_SATURATED:
        add(
            Finding(
                "warn",
                f"the base model already scores {mean:.1%} of the range: RFT may be unnecessary "
                "(harder prompts or a stricter grader would leave room to learn)",
            )
        )
    else:
        add(Finding("ok", f"mean reward {mean:.1%} of the range: room to learn"))

    if k < 2:
        add(Finding("warn", "one response per prompt cannot show within-group spread; use --k 4 or more"))
    elif s.flat_share is not None:
        if s.flat_groups == s.groups_measured:
            add(Finding("stop", "every prompt's rollouts scored the same: GRPO would get no learning signal"))
        elif s.flat_share > FLAT_SHARE_WARN:
            add(
                Finding(
                    "warn",
                    f"{s.flat_share:.0%} of prompts' rollouts all scored the same (no learning "
                    "signal from them): partial credit, a higher temperature or more rollouts help",
                )
            )
        else:
            add(Finding("ok", f"{1 - s.flat_share:.0%} of prompts have rollouts that scored differently"))

    timeout = s.function_timeout_s
    if timeout and s.batch_seconds_max is not None:
        if s.batch_seconds_max > timeout:
            add(
                Finding(
                    "stop",
                    f"a batch of {s.batch_size} took {s.batch_seconds_max:.1f} s, over the function "
                    f"timeout of {timeout:g} s",
                )
            )
        elif s.batch_seconds_p99 is not None and s.batch_seconds_p99 > TIMEOUT_SHARE_WARN * timeout:
            add(
                Finding(
                    "warn",
                    f"batch p99 {s.batch_seconds_p99:.1f} s is over half the function timeout "
                    f"({timeout:g} s); raise the timeout or speed up the grader",
                )
            )

    if s.max_payload_bytes > MAX_PAYLOAD_BYTES:
        add(
            Finding(
                "warn",
                f"a batch of {s.batch_size} events is {s.max_payload_bytes / 2**20:.1f} MB, over Lambda's "
                "6 MB invocation limit; if the service batches as many, those calls fail",
            )
        )

    for segment in s.flat_segments:
        if segment["share"] >= FLAT_SEGMENT_SHARE_WARN:
            add(
                Finding(
                    "warn",
                    f"every rollout of {segment['field']}={segment['value']} ({segment['share']:.0%} of rollouts) "
                    f"scored {segment['reward']:g}: that segment teaches nothing (too hard, too easy, or a "
                    "grader that cannot read its answers)",
                )
            )

    corr = s.length_reward_correlation
    if corr is not None and corr > LENGTH_CORRELATION_WARN:
        add(
            Finding(
                "warn",
                f"reward correlates with response length (r = {corr:.2f}); make sure the grader does "
                "not pay for length, or the policy will learn to ramble",
            )
        )
    return Verdict(tuple(findings))
