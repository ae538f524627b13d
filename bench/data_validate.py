"""``data validate`` on a 20,000-record file (the service maximum) against plain ``json.loads``.

    make bench-data_validate
    .venv/bin/python bench/data_validate.py --records 20000 --runs 5

The file is generated here: chat prompts with a system turn, a reference answer, two extra
fields, and a per-record grader spec on a quarter of the records (four distinct specs, as
a mixed dataset routed by one Lambda would carry). Three numbers, best of ``--runs``:

- baseline: ``json.loads`` of every line, nothing else (the floor for any JSONL checker);
- validate: :func:`rft_graders.data_rules.validate_file` in this process;
- CLI: ``rft-graders data validate FILE`` as a subprocess (start-up and printing included).

Target: the CLI under 5 s on the reference machine.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TARGET_S = 5.0
SPECS = [
    {"type": "format", "checks": [{"check": "tags", "sequence": ["think", "answer"]}]},
    {"type": "format", "checks": [{"check": "reference", "mode": "equals", "in_tag": "answer"}]},
    {"type": "format", "checks": [{"check": "length", "unit": "words", "max": 300}]},
    {
        "type": "weighted",
        "parts": [
            {"name": "correct", "grader": {"type": "format", "checks": [{"check": "reference", "mode": "contains"}]}},
            {
                "name": "short",
                "grader": {"type": "format", "checks": [{"check": "length", "unit": "words", "max": 200}]},
            },
        ],
    },
]


def write_dataset(path: Path, records: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    words = [
        "the",
        "a",
        "of",
        "to",
        "solve",
        "find",
        "how",
        "many",
        "what",
        "is",
        "number",
        "total",
        "each",
        "more",
        "than",
        "less",
        "value",
    ]
    with open(path, "w") as handle:
        for i in range(records):
            question = " ".join(rng.choice(words) for _ in range(rng.randint(20, 120)))
            record = {
                "messages": [
                    {"role": "system", "content": "Think inside <think></think>, answer inside <answer></answer>."},
                    {"role": "user", "content": f"Problem {i}: {question}?"},
                ],
                "reference_answer": str(rng.randint(0, 10_000)),
                "task_id": f"task-{i:05d}",
                "domain": rng.choice(["algebra", "geometry", "counting"]),
            }
            if i % 4 == 0:
                record["grader"] = SPECS[(i // 4) % len(SPECS)]
            handle.write(json.dumps(record) + "\n")


def best_of(runs: int, fn) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--records", type=int, default=20_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    sys.path[:0] = [str(ROOT / "cli"), str(ROOT / "shared"), str(ROOT / "graders" / "format")]
    from rft_graders.data_rules import validate_file

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "train.jsonl"
        write_dataset(path, args.records)
        size_mb = path.stat().st_size / 1e6

        def baseline() -> None:
            with open(path, "rb") as handle:
                for line in handle:
                    json.loads(line)

        report = validate_file(path)
        assert report.ok, [str(i) for i in report.errors[:3]]
        loads_s = best_of(args.runs, baseline)
        validate_s = best_of(args.runs, lambda: validate_file(path))
        cli = [str(ROOT / ".venv" / "bin" / "rft-graders"), "data", "validate", str(path)]
        if not Path(cli[0]).exists():
            cli = [sys.executable, "-m", "rft_graders", "data", "validate", str(path)]
        cli_s = best_of(args.runs, lambda: subprocess.run(cli, check=True, capture_output=True))

    print(f"data validate: {args.records:,} records, {size_mb:.1f} MB, best of {args.runs}")
    print(f"{'':28}{'seconds':>9}{'records/s':>12}{'x json.loads':>14}")
    for name, seconds in (
        ("baseline json.loads", loads_s),
        ("validate_file (in-process)", validate_s),
        ("rft-graders data validate", cli_s),
    ):
        print(f"{name:28}{seconds:9.3f}{args.records / seconds:12,.0f}{seconds / loads_s:14.1f}")
    verdict = "meets" if cli_s <= TARGET_S else "MISSES"
    print(f"target: CLI <= {TARGET_S:g} s for 20,000 records: {verdict} ({cli_s:.2f} s)")


if __name__ == "__main__":
    main()
