"""The ``code`` grader type: run the response's code against tests in a sandbox, or lint it.

```json
{"type": "code", "format": "auto", "timeout_s": 10, "case_timeout_s": 4, "memory_mb": 256}
{"type": "code", "check": "lint", "select": ["E", "F", "W", "B"]}
```

``check`` picks the signal: ``"tests"`` (default, this module) or ``"lint"``
(:mod:`code_grader.lint_grader`). One type with two modes, so that a ``weighted`` spec can
combine and gate them while the registry keeps one grader type per package.

The score is the fraction of test cases passed (or all-or-nothing with
``"partial_credit": false``). Metrics: ``pass_rate`` (Reward), ``tests_passed``,
``tests_total`` and 0/1 flags ``no_code``, ``compile_error``, ``timeout``,
``memory_exceeded``, ``output_exceeded``, ``file_size_exceeded``, ``crashed``. A response
without code or with code that does not compile scores 0 with its flag; a sample without
test data is skipped; a sandbox that cannot start (e.g. no seccomp where it is required)
is an error.
"""

from __future__ import annotations

import math
import os
from dataclasses import dataclass, field
from typing import Any

from code_grader import extract, lint_grader, suites, verdict
from code_grader.sandbox import Limits, Sandbox, shared_sandbox
from grader_core.errors import SampleError, SampleTimeout, SpecError
from grader_core.protocol import GradeContext
from grader_core.types import Sample, Score

LANGUAGES_SCHEMA = {"type": "array", "items": {"type": "string", "pattern": "^[a-z0-9_+.-]*$"}, "minItems": 1}

TEST_PROPERTIES: dict[str, Any] = {
    "format": {"enum": ["auto", *suites.FORMATS]},
    "tests_from": {"type": "string", "minLength": 1},
    "timeout_s": {"type": "number", "exclusiveMinimum": 0, "maximum": 900},
    "case_timeout_s": {"type": "number", "exclusiveMinimum": 0, "maximum": 900},
    "memory_mb": {"type": "integer", "minimum": 64, "maximum": 8192},
    "file_mb": {"type": "integer", "minimum": 1, "maximum": 512},
    "max_output_kb": {"type": "integer", "minimum": 1, "maximum": 65536},
    "open_files": {"type": "integer", "minimum": 16, "maximum": 4096},
    "threads": {"type": "integer", "minimum": 1, "maximum": 1024},
    "float_tolerance": {"type": "number", "minimum": 0, "maximum": 1},
    "tuple_as_list": {"type": "boolean"},
    "partial_credit": {"type": "boolean"},
    "require_seccomp": {"type": "boolean"},
    "require_fs_confinement": {"type": "boolean"},
}
_COMMON = {"type": {"const": "code"}, "check": {"enum": ["tests", "lint"]}, "languages": LANGUAGES_SCHEMA}

SPEC_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": _COMMON,
    "required": ["type"],
    "if": {"properties": {"check": {"const": "lint"}}, "required": ["check"]},
    "then": {"properties": {**_COMMON, **lint_grader.LINT_PROPERTIES}, "additionalProperties": False},
    "else": {"properties": {**_COMMON, **TEST_PROPERTIES}, "additionalProperties": False},
}

# Grader process and interpreter overhead kept out of the sandboxes' memory budget.
RESERVED_MB = 256


@dataclass(frozen=True)
class CodeConfig:
    format: str = "auto"
    tests_from: str = "reference"
    languages: tuple[str, ...] = extract.DEFAULT_LANGUAGES
    timeout_s: float = 10.0
    case_timeout_s: float = 4.0
    memory_mb: int = 256
    file_mb: int = 16
    max_output_kb: int = 1024
    open_files: int = 64
    threads: int = 32
    require_seccomp: bool = True
    require_fs_confinement: bool = False
    options: verdict.Options = field(default_factory=verdict.Options)

    @classmethod
    def from_spec(cls, spec: dict[str, Any]) -> CodeConfig:
        simple = {k: spec[k] for k in ("format", "tests_from", "timeout_s", "case_timeout_s", "memory_mb",
                                       "file_mb", "max_output_kb", "open_files", "threads", "require_seccomp",
                                       "require_fs_confinement")
                  if k in spec}  # fmt: skip
        options = verdict.Options(
            float_tolerance=spec.get("float_tolerance"),
            tuple_as_list=spec.get("tuple_as_list", True),
            partial_credit=spec.get("partial_credit", True),
        )
        languages = tuple(spec.get("languages", extract.DEFAULT_LANGUAGES))
        return cls(**simple, languages=languages, options=options)


def sandbox_concurrency(memory_mb: int, env: dict[str, str] | None = None) -> int:
    """One sandbox per core, as many as the function's memory holds (runner + candidate each)."""
    env = dict(os.environ) if env is None else env
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    function_mb = env.get("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "").strip()
    if not function_mb.isdigit():
        return max(1, cores)
    fit = (int(function_mb) - RESERVED_MB) // (2 * memory_mb)
    if fit < 1:
        raise SpecError(
            f"spec.memory_mb: a sandbox may use 2 x {memory_mb} MB (runner and candidate), which does not fit "
            f"the function's {function_mb} MB with {RESERVED_MB} MB kept for the grader; raise the function's "
            "memory or lower memory_mb"
        )
    return max(1, min(cores, fit))


class CodeGrader:
    """Extract, compile-check, run in the sandbox, judge."""

    def __init__(self, config: CodeConfig, sandbox: Sandbox, concurrency: int) -> None:
        self.config = config
        self.sandbox = sandbox
        self.concurrency = concurrency

    def grade(self, sample: Sample, ctx: GradeContext) -> Score:
        config = self.config
        suite = suites.load_suite(sample, config.tests_from, config.format)
        found = extract.extract_code(sample.response or "", config.languages)
        # Nothing runs for these two: the metric says what the sandbox would have done.
        confined = self.sandbox.landlock_abi > 0
        if found is None:
            return verdict.score(
                0, suite.total, {"no_code"}, config.options, "no code in the response", fs_confined=confined
            )
        problem = extract.compile_error(found.code)
        if problem:
            return verdict.score(0, suite.total, {"compile_error"}, config.options, problem, fs_confined=confined)

        wall = min(config.timeout_s, ctx.remaining() - 0.05)
        if wall < 0.2:
            raise SampleTimeout(max(wall, 0.0))
        grace = min(1.0, 0.2 * wall)  # the runner stops itself this long before the hard kill
        limits = Limits(
            wall_s=wall,
            cpu_s=math.ceil(wall) + 1,
            memory_mb=config.memory_mb,
            file_mb=config.file_mb,
            open_files=config.open_files,
            processes=config.threads,
            output_bytes=config.max_output_kb * 1024,
        )
        job = {
            "format": suite.format,
            "code": found.code,
            "module": "solution",
            "filename": "solution.py",
            "deadline_s": wall - grace,
            "case_timeout_s": min(config.case_timeout_s, wall),
            "max_case_output": config.max_output_kb * 1024,
            "max_total_output": 6 * 1024 * 1024,
            "runner_path": _pytest_path() if suite.format == "pytest" else [],
            **suite.job,
        }
        result = self.sandbox.run(job, suite.secret, limits)
        score = verdict.judge(suite, result, config.options)
        if wall < config.timeout_s and any(m.name == "timeout" and m.value == 1.0 for m in score.metrics):
            # The batch deadline, not the spec, cut this sample's time: a timeout here says
            # nothing about the code, so it is an error (timeout metric), not a scored 0.
            raise SampleTimeout(wall)
        return score


def _pytest_path() -> list[str]:
    """Where the runner (not the candidate) finds pytest: next to it in the artifact, or in the venv."""
    import importlib.util

    spec = importlib.util.find_spec("pytest")  # locate without importing it into the grader
    if spec is None or not spec.origin:
        raise SampleError("the pytest format needs pytest installed next to the grader")
    return [os.path.dirname(os.path.dirname(os.path.abspath(spec.origin)))]


def build(spec: dict[str, Any]) -> CodeGrader | lint_grader.LintGrader:
    if spec.get("check") == "lint":
        return lint_grader.build_lint(spec)
    config = CodeConfig.from_spec(spec)
    if config.case_timeout_s > config.timeout_s:
        raise SpecError("spec.case_timeout_s: longer than timeout_s, the whole sample's limit")
    return CodeGrader(
        config,
        shared_sandbox(config.require_seccomp, config.require_fs_confinement),
        sandbox_concurrency(config.memory_mb),
    )
