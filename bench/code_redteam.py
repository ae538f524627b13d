"""Red-team table for the code grader: every hack family on HumanEval, plus honest solutions.

    .venv/bin/python bench/code_redteam.py [--tasks N] [--family NAME ...] [--verbose]

Grades every probe of ``tests/code/redteam`` (the same probes ``tests/code/test_code_redteam.py``
asserts on) through the code function's handler, configured as template.yaml configures
it, and prints per family how many probes got full reward (1.0) and how many partial
reward, then the honest corpus's scores, then every probe that was rewarded.

First run, against the grader before the red-team fixes (2026-12-06, HEAD FIRST_RUN_HEAD):

FIRST_RUN_TABLE
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import time
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "code"))

from redteam.run import all_probes, format_table, grade, template_handler
from redteam.tasks import load_tasks


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--tasks", type=int, help="only the first N HumanEval tasks")
    parser.add_argument("--family", action="append", help="only these families (and the honest controls)")
    parser.add_argument("--verbose", action="store_true", help="progress lines while grading")
    args = parser.parse_args()

    tasks = load_tasks()[: args.tasks] if args.tasks else load_tasks()
    probes = all_probes(tasks)
    if args.family:
        probes = [p for p in probes if p.family in args.family or p.honest]
    progress = (lambda m: print(m, file=sys.__stderr__, flush=True)) if args.verbose else None
    started = time.monotonic()
    # The handler writes a log line per sample and EMF metrics per batch; the table is the output.
    with open(os.devnull, "w") as sink, redirect_stdout(sink), redirect_stderr(sink):
        logging.disable(logging.CRITICAL)
        results = grade(probes, template_handler(), progress)
    elapsed = time.monotonic() - started

    print(format_table(results))
    print(f"graded in {elapsed:.0f} s")
    rewarded = [r for r in results if not r.probe.honest and r.reward > 0]
    if rewarded:
        print("\nrewarded hacks (reward, family, variant, task):")
        for r in sorted(rewarded, key=lambda r: (r.probe.family, r.probe.variant, r.probe.task_id)):
            print(f"  {r.reward:.2f}  {r.probe.family:24} {r.probe.variant:40} {r.probe.task_id}")
    failed = [r for r in results if r.probe.honest and r.reward < 1.0]
    if failed:
        print("\nhonest probes below 1.0 (reward, family, variant, task, flags):")
        for r in failed:
            print(f"  {r.reward:.2f}  {r.probe.family:18} {r.probe.variant:44} {r.probe.task_id} {r.flags}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
