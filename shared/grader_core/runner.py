"""Grade a batch: deadlines, per-sample isolation, clamping, one log line per sample.

This is the one place where grader failures become data. Whatever a grader does --
returns a score, raises ``SkipSample``/``SampleError``, crashes, or runs past its budget --
the sample gets an :class:`~grader_core.types.Outcome` with a finite reward in the configured range, and the
rest of the batch is graded.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import wait as wait_futures

from grader_core.config import RunnerConfig
from grader_core.errors import SampleError, SampleTimeout, SkipSample, SpecError
from grader_core.limits import time_limit
from grader_core.observability import log_outcome
from grader_core.protocol import GradeContext, Grader
from grader_core.types import Metric, Outcome, Sample, Score, Status

Resolver = Callable[[Sample], Grader]

# Without a Lambda context (CLI, tests) a batch gets this long.
DEFAULT_BATCH_SECONDS = 900.0
MAX_WORKERS = 64


def grade_batch(
    samples: Sequence[Sample],
    resolve: Resolver,
    config: RunnerConfig | None = None,
    remaining_s: float | None = None,
    logger: logging.Logger | logging.LoggerAdapter | None = None,
) -> list[Outcome]:
    """Grade every sample before ``remaining_s`` (less the configured margin) runs out.

    ``resolve`` picks the grader for a sample (it may raise ``SpecError``/``SampleError``
    for that sample alone). Main-thread graders run one after another, each with a time
    budget that is the smaller of ``sample_timeout_s`` and a fair share of the time left;
    thread-safe graders run concurrently alongside them.
    """
    config = config or RunnerConfig()
    started = time.monotonic()
    remaining_s = DEFAULT_BATCH_SECONDS if remaining_s is None else remaining_s
    margin = min(config.deadline_margin_s, 0.1 * remaining_s)
    deadline = started + max(0.0, remaining_s - margin)

    scores: list[Score | None] = [None] * len(samples)
    latencies = [0.0] * len(samples)
    sequential: list[tuple[int, Grader]] = []
    threaded: list[tuple[int, Grader]] = []
    for i, sample in enumerate(samples):
        planned = _plan(sample, resolve, config)
        if isinstance(planned, Score):
            scores[i] = planned
        elif isinstance(cap := _concurrency(planned), Score):
            scores[i] = cap
        elif cap > 1:
            threaded.append((i, planned))
        else:
            sequential.append((i, planned))

    futures: dict[Future[Score], int] = {}
    executor = None
    if threaded:
        # One semaphore per grader instance: each honours its own concurrency cap.
        caps = {id(grader): int(grader.concurrency) for _, grader in threaded}  # checked by _concurrency
        limits = {key: threading.BoundedSemaphore(cap) for key, cap in caps.items()}
        workers = min(MAX_WORKERS, len(threaded), sum(caps.values()))
        executor = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="grade")
        for i, grader in threaded:
            future = executor.submit(_threaded, grader, samples[i], limits[id(grader)], config, deadline, latencies, i)
            futures[future] = i

    for position, (i, grader) in enumerate(sequential):
        now = time.monotonic()
        budget = min(config.sample_timeout_s, (deadline - now) / (len(sequential) - position))
        if budget <= 0:
            scores[i] = _timeout_score("the batch deadline passed before this sample was graded")
            continue
        scores[i] = _run(grader, samples[i], GradeContext(now + budget), budget)
        latencies[i] = (time.monotonic() - now) * 1000

    if futures:
        done, _ = wait_futures(futures, timeout=max(0.0, deadline - time.monotonic()))
        for future, i in futures.items():
            if future in done:
                scores[i] = future.result()
            else:
                scores[i] = _timeout_score("still running at the batch deadline")
                latencies[i] = (time.monotonic() - started) * 1000
        assert executor is not None
        # Threads cannot be killed; abandoned ones finish in the background and are ignored.
        executor.shutdown(wait=False, cancel_futures=True)

    outcomes = []
    for i, sample in enumerate(samples):
        score = scores[i]
        assert score is not None
        outcome = Outcome(sample, score, _reward(score, config), round(latencies[i], 3))
        outcomes.append(outcome)
        if logger is not None:
            log_outcome(logger, outcome)
    return outcomes


def _plan(sample: Sample, resolve: Resolver, config: RunnerConfig) -> Grader | Score:
    if sample.problem:
        return Score.error(sample.problem)
    if sample.response is not None and len(sample.response) > config.max_response_chars:
        return Score.error(
            f"response is {len(sample.response):,} characters, over the limit of {config.max_response_chars:,}"
        )
    try:
        return resolve(sample)
    except SkipSample as exc:
        return Score.skipped(str(exc))
    except (SpecError, SampleError) as exc:
        return Score.error(str(exc))
    except Exception as exc:  # a resolver bug must not sink the batch either
        return Score.error(f"could not choose a grader: {type(exc).__name__}: {exc}")


def _concurrency(grader: Grader) -> int | Score:
    """The grader's concurrency as a whole number, or an error score for a malformed one."""
    value = getattr(grader, "concurrency", 1)
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        return Score.error(f"grader {type(grader).__name__} has an invalid concurrency {value!r}")
    return max(1, value)


def _threaded(
    grader: Grader,
    sample: Sample,
    limit: threading.BoundedSemaphore,
    config: RunnerConfig,
    deadline: float,
    latencies: list[float],
    i: int,
) -> Score:
    with limit:
        now = time.monotonic()
        budget = min(config.sample_timeout_s, deadline - now)
        if budget <= 0:
            return _timeout_score("the batch deadline passed before this sample was graded")
        score = _run(grader, sample, GradeContext(now + budget), budget, interrupt=False)
        latencies[i] = (time.monotonic() - now) * 1000
        return score


def _run(grader: Grader, sample: Sample, ctx: GradeContext, budget: float, interrupt: bool = True) -> Score:
    try:
        if interrupt:
            with time_limit(budget):
                score = grader.grade(sample, ctx)
        else:
            score = grader.grade(sample, ctx)
    except SampleTimeout as exc:
        return _timeout_score(str(exc))
    except SkipSample as exc:
        return Score.skipped(str(exc))
    except SampleError as exc:
        return Score.error(str(exc))
    except (Exception, SystemExit) as exc:  # a crashing grader is an error status, never a fake 0
        return Score.error(f"grader raised {type(exc).__name__}: {exc}")
    if not isinstance(score, Score):
        return Score.error(f"grader returned {type(score).__name__}, not a Score")
    return score


def _timeout_score(reason: str) -> Score:
    return Score.error(f"timeout: {reason}", (Metric("timeout", 1.0),))


def _reward(score: Score, config: RunnerConfig) -> float:
    if score.status is Status.OK:
        assert score.value is not None
        return config.to_reward(score.value)
    return config.skip_reward if score.status is Status.SKIPPED else config.error_reward
