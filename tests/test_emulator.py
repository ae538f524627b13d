"""The built artifacts, run the way Lambda runs them: every golden event under the emulator.

Needs ``make build``; ``make test`` builds first.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import BUILD_DIR
from golden import GoldenEvent, error_matches, golden_events

from grader_core.registry import FUNCTIONS
from rft_graders.emulator import EmulatedFunction

pytestmark = pytest.mark.built
EVENTS = golden_events()


@pytest.fixture(scope="module")
def emulated(project) -> Iterator[dict[str, EmulatedFunction]]:
    started: dict[str, EmulatedFunction] = {}

    def get(short: str) -> EmulatedFunction:
        if short not in started:
            started[short] = EmulatedFunction(project, project.function(short), BUILD_DIR, echo_logs=False)
            started[short].start()
        return started[short]

    yield get  # type: ignore[misc]
    for env in started.values():
        env.stop()


@pytest.mark.parametrize("golden", EVENTS, ids=[g.id for g in EVENTS])
def test_built_function_gives_golden_response(golden: GoldenEvent, emulated) -> None:
    result = emulated(golden.function).invoke(golden.event_path.read_bytes())
    if golden.expects_error:
        assert result.function_error and error_matches(golden.expected(), result.json())
    else:
        assert not result.function_error, result.payload
        assert result.json() == golden.expected()


def test_cold_start_is_measured_and_code_is_read_only(project) -> None:
    # Root can always make mount namespaces here; elsewhere the fallback runs in place.
    with EmulatedFunction(project, project.function("format"), BUILD_DIR, echo_logs=False) as env:
        first = env.invoke(b"[]")
        second = env.invoke(b"[]")
        if os.geteuid() == 0:
            assert env.isolated, "code and layers should be mounted read-only at /var/task and /opt"
    assert first.json() == [] and first.init_ms and first.init_ms > 0
    assert second.init_ms is None, "init is reported once per execution environment"


def test_timeout_from_template_applies(project) -> None:
    # A batch that outlives the function's timeout is killed by the emulator, as on Lambda.
    fn = project.function("format")
    with EmulatedFunction(project, fn, BUILD_DIR, {"AWS_LAMBDA_FUNCTION_TIMEOUT": "1"}, echo_logs=False) as env:
        assert env.invoke(b"[]").json() == []


def _python_files(root: Path) -> list[Path]:
    return [p for p in root.rglob("*.py") if "__pycache__" not in p.parts]


ARTIFACTS = [
    "SharedLayer",
    *("".join(part.capitalize() for part in short.split("_")) + "GraderFunction" for short in sorted(FUNCTIONS)),
]


@pytest.mark.parametrize("artifact", ARTIFACTS)
def test_artifacts_ship_unchecked_hash_bytecode(artifact: str) -> None:
    # Lambda's file system is read-only: without .pyc every cold start recompiles everything.
    root = BUILD_DIR / artifact
    sources = _python_files(root)
    assert sources, f"{artifact} is empty"
    missing = [p for p in sources if not (p.parent / "__pycache__" / f"{p.stem}.cpython-313.pyc").is_file()]
    assert not missing[:5], f"{len(missing)} modules without bytecode, e.g. {missing[:5]}"
    flags = [
        int.from_bytes((p.parent / "__pycache__" / f"{p.stem}.cpython-313.pyc").read_bytes()[4:8], "little")
        for p in sources[:50]
    ]
    assert set(flags) == {0b01}, "hash-based, unchecked: Python never stats the source nor rewrites the .pyc"


def test_demo_command_checks_every_event_against_its_golden_response() -> None:
    import subprocess
    import sys

    from conftest import ROOT

    result = subprocess.run(
        [sys.executable, "-m", "rft_graders", "demo", "--function", "format", "--function", "router"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert "All events matched their golden responses." in result.stderr
    # Samples that were not graded say so instead of showing a bare 0.
    assert "needs-reference-but-has-none reward 0        skipped" in result.stdout
