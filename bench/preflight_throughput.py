"""Preflight grading throughput: 200 prompts x 8 responses, in-process and through Lambda invoke.

    make bench-preflight_throughput
    .venv/bin/python bench/preflight_throughput.py --runs 3 --no-start-lambda

The dataset is generated with the demo's simulated base model (examples/generate_arithmetic.py),
each record carrying its grader spec in its ``grader`` field so that the router function
grades it the same way everywhere. Specs: ``format`` (exact answer in ``<answer>`` plus a
gated tag check) and, when the math grader is registered, ``math`` (the same with math
correctness). Rows, best of ``--runs``:

- in-process: ``InProcessGrader`` (grader_core ``grade_batch``), batches of 64;
- loopback, threads: ``LambdaGrader`` (boto3 ``invoke``) against a ThreadingHTTPServer in
  this process running the router handler (EMF off) -- the protocol's cost, one interpreter;
- start-lambda: the same against ``rft-graders start-lambda`` (built artifacts in separate
  emulated environments, ``--max-concurrency`` of them), if ``.aws-sam/build`` exists.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import random
import socket
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "cli"), str(ROOT / "shared"), str(ROOT / "graders" / "format")]
os.environ.setdefault("AWS_EC2_METADATA_DISABLED", "true")
# The loopback handler would log one line per sample to stderr: not what is measured.
os.environ.setdefault("LOG_LEVEL", "WARNING")

from grader_core.registry import GRADER_MODULES  # noqa: E402
from rft_graders.preflight import defaults  # noqa: E402
from rft_graders.preflight.grading import InProcessGrader, LambdaGrader  # noqa: E402
from rft_graders.preflight.rollouts import Prompt, Rollout  # noqa: E402

PROMPTS, K, BATCH = 200, 8, 64


def rollouts_for(spec: dict[str, Any]) -> list[Rollout]:
    loaded = importlib.util.spec_from_file_location("generate_arithmetic", ROOT / "examples" / "generate_arithmetic.py")
    assert loaded and loaded.loader
    gen = importlib.util.module_from_spec(loaded)
    loaded.loader.exec_module(gen)
    rng = random.Random(11)
    out = []
    for i in range(PROMPTS):
        question, answer, working, difficulty = gen.problem(rng, i)
        record = {
            "messages": [{"role": "system", "content": gen.SYSTEM}, {"role": "user", "content": question}],
            "reference_answer": str(answer),
            "task_id": f"b-{i}",
            "grader": spec,
        }
        prompt = Prompt(i + 1, record)
        out.extend(Rollout(prompt, j, gen.rollout(rng, answer, working, difficulty)) for j in range(K))
    return out


class LoopbackLambda:
    """The Invoke API in this process: the router handler, one event at a time per handler."""

    def __init__(self) -> None:
        import grader_core.handler
        from grader_core.handler import make_handler

        # EMF goes to this process's stdout, where the table is printed: switched off here
        # (the start-lambda rows keep it, in their own processes).
        grader_core.handler.emit_batch_metrics = lambda metrics, outcomes: None
        handler, lock = make_handler("router", env={}), threading.Lock()

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:
                pass

            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers["Content-Length"]))
                with lock:  # Powertools metrics are per process, as one Lambda environment
                    data = json.dumps(handler(json.loads(body), None)).encode()
                self.send_response(200)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def lambda_client(url: str, concurrency: int) -> Any:
    import boto3
    from botocore.config import Config

    config = Config(read_timeout=300, retries={"max_attempts": 1}, max_pool_connections=max(10, concurrency))
    return boto3.client(
        "lambda", endpoint_url=url, region_name="us-east-1", aws_access_key_id="x", aws_secret_access_key="x",
        config=config,
    )  # fmt: skip


def best(runs: int, grade: Any, rollouts: list[Rollout]) -> tuple[float, Any]:
    times, result = [], None
    for _ in range(runs):
        started = time.perf_counter()
        result = grade(rollouts, BATCH, lambda n: None)
        times.append(time.perf_counter() - started)
    return min(times), result


def failure(run: Any) -> str | None:
    """Why a run does not measure real grading: failed invocations or graded errors."""
    if run.invocation_errors:
        return run.invocation_errors[0]
    bad = [g for g in run.graded if g.status != "ok"]
    return f"{len(bad)} of {len(run.graded)} rollouts not graded ok" if bad else None


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_lambda(max_concurrency: int, build_dir: Path) -> tuple[subprocess.Popen, str] | None:
    if not (build_dir / "template.yaml").exists():
        return None
    port = free_port()
    cmd = [str(ROOT / ".venv" / "bin" / "rft-graders"), "start-lambda", "--port", str(port), "--quiet",
           "--max-concurrency", str(max_concurrency), "--build-dir", str(build_dir)]  # fmt: skip
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return proc, f"http://127.0.0.1:{port}"
        except OSError:
            time.sleep(0.2)
    proc.terminate()
    return None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--no-start-lambda", action="store_true")
    parser.add_argument("--build-dir", type=Path, default=ROOT / ".aws-sam" / "build", help="for start-lambda")
    args = parser.parse_args()

    specs = {"format": {**defaults.demo_spec()}}
    specs["format"]["parts"][0]["grader"] = defaults.EXACT_ANSWER
    if "math" in GRADER_MODULES:
        specs["math"] = defaults.demo_spec()
    total = PROMPTS * K
    print(f"preflight grading: {PROMPTS} prompts x {K} responses = {total} rollouts, batches of {BATCH}, "
          f"best of {args.runs}")  # fmt: skip
    print(f"{'spec':8}{'path':38}{'seconds':>9}{'rollouts/s':>12}{'x in-process':>14}")
    for name, spec in specs.items():
        rollouts = rollouts_for(spec)
        local_s, run = best(args.runs, InProcessGrader(None).grade, rollouts)
        assert all(g.status == "ok" for g in run.graded), {g.reason for g in run.graded if g.status != "ok"}
        rows = [("in-process", local_s)]
        server = LoopbackLambda()
        try:
            for concurrency in (1, 4, 8):
                grader = LambdaGrader(lambda_client(server.url, concurrency), "router", concurrency)
                seconds, run = best(args.runs, grader.grade, rollouts)
                assert not failure(run), failure(run)
                rows.append((f"loopback threads, concurrency {concurrency}", seconds))
        finally:
            server.close()
        started = None if args.no_start_lambda else start_lambda(2, args.build_dir)
        if started:
            proc, url = started
            try:
                for concurrency in (1, 2, 4):
                    grader = LambdaGrader(lambda_client(url, concurrency), "router", concurrency)
                    grader.grade(rollouts[: BATCH * concurrency], BATCH, lambda n: None)  # warm the environments
                    seconds, run = best(args.runs, grader.grade, rollouts)
                    if problem := failure(run):
                        # e.g. a build older than the registry: its rows would time error paths
                        print(f"{name:8}start-lambda skipped: {problem} (rebuild: make build)")
                        break
                    rows.append((f"start-lambda (2 envs), concurrency {concurrency}", seconds))
            finally:
                proc.terminate()
                proc.wait(timeout=10)
        for path, seconds in rows:
            print(f"{name:8}{path:38}{seconds:9.3f}{total / seconds:12,.0f}{seconds / local_s:14.2f}")


if __name__ == "__main__":
    main()
