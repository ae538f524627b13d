"""What a function's init pays to get its default spec: a shipped file vs SSM Parameter Store.

    make bench-spec_source
    .venv/bin/python bench/spec_source.py --runs 15

Each run is a fresh interpreter (as a cold start is), timing only the spec lookup:

- file: ``grader_core.spec_source.read_default_spec`` on ``GRADER_SPEC_FILE`` (what the
  template deploys: the file from the specs layer), after importing the core, which every
  handler imports anyway;
- ssm (local part): importing Powertools Parameters (which imports boto3, which no function
  imports at init today) and building the SSM client, everything an SSM lookup costs
  before its network call. The call itself
  (an in-region HTTPS round trip, plus the TLS handshake of a cold client) cannot be
  measured without an AWS account and would come on top.

Both are reported as a median with min-max; the ratio is ssm / file in the same run.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

FILE = """
import time, os
os.environ.update(GRADER_SPEC_FILE="specs/code-default.json", GRADER_SPECS_ROOT={root!r})
from grader_core.spec_source import read_default_spec  # the handler imports the core anyway
start = time.perf_counter()
spec, _ = read_default_spec(os.environ)
print((time.perf_counter() - start) * 1000)
"""

SSM = """
import time, os
os.environ.update(AWS_DEFAULT_REGION="us-east-1", AWS_ACCESS_KEY_ID="x", AWS_SECRET_ACCESS_KEY="x",
                  AWS_EC2_METADATA_DISABLED="true")
start = time.perf_counter()
from aws_lambda_powertools.utilities.parameters import SSMProvider
provider = SSMProvider()
print((time.perf_counter() - start) * 1000)
"""


def measure(code: str, runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
        times.append(float(out.stdout.strip().splitlines()[-1]))
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    results = {}
    # Interleaved, so machine noise spreads over both.
    file_times, ssm_times = [], []
    for _ in range(args.runs):
        file_times += measure(FILE.format(root=str(ROOT)), 1)
        ssm_times += measure(SSM, 1)
    for name, times in (("file", file_times), ("ssm (local part)", ssm_times)):
        results[name] = statistics.median(times)
        print(f"{name:18} median {results[name]:7.2f} ms  (min {min(times):.2f}, max {max(times):.2f}, n={len(times)})")
    print(f"ratio ssm/file: {results['ssm (local part)'] / results['file']:.0f}x (before SSM's network call)")
    print(json.dumps({k: round(v, 2) for k, v in results.items()}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
