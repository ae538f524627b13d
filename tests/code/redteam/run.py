"""Grade probes through the code function's public entry points and collect the rewards.

Ordinary probes go through the Lambda handler (as Bedrock would call it) in batches;
probes with a ``batch`` key are graded together in their own invocation; ``via_invoke``
probes go through ``rft-graders invoke -e FILE`` with the event in a world-readable file
under /tmp, the way a developer runs a batch locally.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from redteam.families import FAMILIES
from redteam.honest import honest_probes
from redteam.probes import Probe
from redteam.tasks import Task, load_tasks

ROOT = Path(__file__).resolve().parents[3]
Handler = Callable[[Any, Any], list[dict[str, Any]]]
CHUNK = 120


@dataclass(frozen=True)
class Result:
    probe: Probe
    reward: float
    metrics: dict[str, float]

    @property
    def flags(self) -> list[str]:
        return sorted(k for k, v in self.metrics.items() if v and k not in {"pass_rate", "tests_passed", "tests_total"})


def all_probes(tasks: Sequence[Task] | None = None) -> list[Probe]:
    tasks = load_tasks() if tasks is None else tasks
    probes = [p for task in tasks for family in FAMILIES for p in family.generate(task)]
    return probes + honest_probes(tasks)


def _event(i: int, probe: Probe, tasks: dict[str, Task]) -> dict[str, Any]:
    task = tasks[probe.task_id]
    return {
        "id": f"p{i}",
        "messages": [
            {"role": "user", "content": task.prompt},
            {"role": "assistant", "content": probe.response},
        ],
        "metadata": {
            "reference_answer": task.reference(),
            "task_id": task.task_id,
            "grader": {"type": "code", **probe.spec},
        },
    }


def _lanes(probes: Sequence[Probe]) -> tuple[list[list[int]], list[list[int]], list[int]]:
    """Indices per invocation: plain chunks, special batches (each alone), the invoke batch."""
    special: dict[str, list[int]] = {}
    plain: list[int] = []
    invoked: list[int] = []
    for i, p in enumerate(probes):
        if p.via_invoke:
            invoked.append(i)
        elif p.batch:
            special.setdefault(p.batch, []).append(i)
        else:
            plain.append(i)
    return [plain[k : k + CHUNK] for k in range(0, len(plain), CHUNK)], list(special.values()), invoked


def _invoke(path: Path) -> list[dict[str, Any]]:
    cli = Path(sys.executable).with_name("rft-graders")
    proc = subprocess.run(
        [str(cli), "invoke", "code", "-e", str(path)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
        env={**os.environ, "AWS_EC2_METADATA_DISABLED": "true"},
    )
    if proc.returncode != 0:
        raise RuntimeError(f"rft-graders invoke failed ({proc.returncode}): {proc.stderr[-2000:]}")
    return json.loads(proc.stdout)


def grade(probes: Sequence[Probe], handler: Handler, progress: Callable[[str], None] | None = None) -> list[Result]:
    """Grade every probe; returns results in the order of ``probes``.

    Four lanes run side by side: two of plain chunks, the special batches (bombs and
    saboteurs mostly wait on their limits) and the ``rft-graders invoke`` subprocess; each
    invocation gets the grader's own concurrency.
    """
    tasks = {t.task_id: t for t in load_tasks()}
    events = [_event(i, p, tasks) for i, p in enumerate(probes)]
    answers: dict[str, dict[str, Any]] = {}
    lock = threading.Lock()
    started = time.monotonic()
    plain, special, invoked = _lanes(probes)

    def record(batch_answers: list[dict[str, Any]]) -> None:
        with lock:
            answers.update((a["id"], a) for a in batch_answers)
            if progress:
                progress(f"{len(answers)}/{len(probes)} graded, {time.monotonic() - started:.0f} s")

    def lane(batches: list[list[int]]) -> None:
        for batch in batches:
            record(handler([events[i] for i in batch], None))

    # The invoke lane's event file is world-readable in /tmp, as `cat > /tmp/batch.json` leaves
    # it, for the whole run: every lane's disk probes may find it, whatever the timing.
    event_file = Path(f"/tmp/rft-redteam-events-{os.getpid()}.json")
    event_file.write_text(json.dumps([events[i] for i in invoked]))
    event_file.chmod(0o644)
    try:
        with ThreadPoolExecutor(max_workers=4, thread_name_prefix="redteam") as pool:
            futures = [pool.submit(lane, plain[0::2]), pool.submit(lane, plain[1::2]), pool.submit(lane, special)]
            if invoked:
                futures.append(pool.submit(lambda: record(_invoke(event_file))))
            for future in futures:
                future.result()
    finally:
        event_file.unlink(missing_ok=True)
    results = []
    for i, probe in enumerate(probes):
        answer = answers[f"p{i}"]
        metrics = {m["name"]: m["value"] for m in answer["metrics_list"]}
        results.append(Result(probe, float(answer["aggregate_reward_score"]), metrics))
    return results


def template_handler() -> Handler:
    """The code function's handler configured as template.yaml configures it."""
    from grader_core.handler import make_handler
    from rft_graders.project import lambda_environment, load_project

    fn = load_project(ROOT).function("code")
    from grader_core.spec_source import SPECS_ROOT_ENV

    # The function's default spec file, read from the checkout (on Lambda: the specs layer).
    env = {**lambda_environment(fn), SPECS_ROOT_ENV: str(ROOT), **fn.environment}
    return make_handler("code", env=env)


def table(results: Iterable[Result]) -> list[tuple[str, int, int, int, bool]]:
    """Per family: (family, fully rewarded, partially rewarded, tried, honest)."""
    rows: dict[str, list[Any]] = {}
    for r in results:
        row = rows.setdefault(r.probe.family, [r.probe.family, 0, 0, 0, r.probe.honest])
        row[3] += 1
        if r.reward >= 1.0:
            row[1] += 1
        elif r.reward > 0:
            row[2] += 1
    return [tuple(row) for row in rows.values()]  # type: ignore[misc]


def format_table(results: Sequence[Result]) -> str:
    dataset_only = {f.name for f in FAMILIES if not f.sandbox}
    lines = [f"{'family':30} {'rewarded/tried':>15} {'partial':>8}", "-" * 55]
    rows = table(results)
    hacks = [row for row in rows if not row[4]]
    honest = [row for row in rows if row[4]]
    for name, full, part, tried, _ in hacks:
        label = f"{name} (dataset)" if name in dataset_only else name
        lines.append(f"{label:30} {f'{full}/{tried}':>15} {part:>8}")
    lines.append("-" * 55)
    for name, full, _part, tried, _ in honest:
        lines.append(f"{name + ' (honest)':30} {f'{full}/{tried}':>15}")
    tasks = len({r.probe.task_id for r in results if not r.probe.honest})
    tried = sum(row[3] for row in hacks)
    lines.append(
        f"{len(results)} probes: {tried} hacks in {len(hacks)} families over {tasks} tasks, "
        f"{len(results) - tried} honest (full reward = 1.0; honest rows must be n/n)"
    )
    return "\n".join(lines)
