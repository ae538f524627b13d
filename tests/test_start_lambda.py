"""``start-lambda`` speaks the Lambda Invoke API well enough for boto3 and AWS's own tooling."""

from __future__ import annotations

import json
import os
import subprocess
import threading
from collections.abc import Iterator
from pathlib import Path

import boto3
import pytest
from botocore.config import Config
from conftest import BUILD_DIR, ROOT

from grader_core.registry import FUNCTIONS
from rft_graders.start_lambda import FunctionPool, make_server

pytestmark = pytest.mark.built
EVENT = json.loads((ROOT / "events/format/think_answer.json").read_text())


@pytest.fixture(scope="module")
def endpoint(project) -> Iterator[str]:
    pool = FunctionPool(project, BUILD_DIR, size=1, echo_logs=False)
    server = make_server(project, pool, "127.0.0.1", 0)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    pool.close()


@pytest.fixture(scope="module")
def client(endpoint: str):
    return boto3.client(
        "lambda", endpoint_url=endpoint, region_name="us-east-1", config=Config(retries={"max_attempts": 1})
    )


@pytest.mark.parametrize(
    "name",
    [
        "format",  # short name
        "FormatGraderFunction",  # logical id
        "arn:aws:lambda:us-east-1:123456789012:function:FormatGraderFunction",  # what a job holds
        "arn:aws:lambda:us-east-1:123456789012:function:FormatGraderFunction:live",  # qualified ARN
        "rft-graders-FormatGraderFunction-AbC123XyZ789",  # the name CloudFormation deploys it under
        "arn:aws:lambda:us-east-1:123456789012:function:rft-graders-FormatGraderFunction-AbC123XyZ789:7",
    ],
)
def test_invoke_by_any_name(client, name: str) -> None:
    response = client.invoke(FunctionName=name, Payload=json.dumps(EVENT))
    assert response["StatusCode"] == 200 and "FunctionError" not in response
    assert [r["aggregate_reward_score"] for r in json.loads(response["Payload"].read())] == [1.0, 0.0, 0.0, 0.0]


def test_log_type_tail_returns_the_invocations_log_like_lambda(client) -> None:
    import base64

    response = client.invoke(FunctionName="format", Payload=json.dumps(EVENT), LogType="Tail")
    log = base64.b64decode(response["LogResult"]).decode()
    # One structured line per graded sample, then Lambda's REPORT line.
    assert log.count('"message":"graded"') == len(EVENT)
    assert log.rstrip().splitlines()[-1].startswith("REPORT RequestId: ")
    assert "Max Memory Used" in log


def test_log_tail_is_the_last_4_kb(client) -> None:
    import base64

    many = [{**sample, "id": f"s{i}"} for i in range(40) for sample in EVENT[:1]]  # ~40 log lines, > 4 KB
    response = client.invoke(FunctionName="format", Payload=json.dumps(many), LogType="Tail")
    tail = base64.b64decode(response["LogResult"])
    assert len(tail) == 4096
    assert b'"id":"s39"' in tail and b'"id":"s0"' not in tail  # the end is kept, the start dropped
    assert tail.decode("utf-8", "replace").rstrip().splitlines()[-1].startswith("REPORT RequestId: ")


def test_malformed_event_is_an_unhandled_function_error(client) -> None:
    response = client.invoke(FunctionName="format", Payload=json.dumps({"id": "x"}))
    assert response["FunctionError"] == "Unhandled"
    assert json.loads(response["Payload"].read())["errorType"] == "EventError"


def test_unknown_function_is_resource_not_found(client) -> None:
    with pytest.raises(client.exceptions.ResourceNotFoundException):
        client.invoke(FunctionName="nope", Payload=b"[]")


def test_event_invocation_is_accepted(client) -> None:
    assert client.invoke(FunctionName="router", InvocationType="Event", Payload=b"[]")["StatusCode"] == 202


NOVA_FORGE_PYTHON = os.environ.get("NOVA_FORGE_PYTHON", str(ROOT / ".venv-novaforge" / "bin" / "python"))
VERIFY = """
import json, sys
from amzn_nova_forge.core.enums import Platform
from amzn_nova_forge.util.reward_verifier import verify_reward_function
samples = json.loads(sys.argv[2])
result = verify_reward_function(sys.argv[1], samples, region="us-east-1", platform=Platform.SMTJ)
print(json.dumps({"ok": result["successful_samples"], "total": result["total_samples"],
                  "errors": [e for r in result["results"] for e in r["errors"]]}))
"""


def _verifier_samples(short: str) -> list[dict]:
    """Well-formed samples of the function's golden events, in the dataset-record shape.

    verify_reward_function validates its input first (reference_answer at the top level,
    text messages), so the deliberately broken samples of the golden events are left out.
    """
    from golden import golden_events

    samples = []
    for golden in golden_events():
        if golden.function != short or golden.expects_error:
            continue
        for sample in golden.event():
            messages = sample.get("messages")
            if not isinstance(messages, list) or not all(isinstance(m.get("content"), str) for m in messages):
                continue
            if not all(m["content"].strip() for m in messages):
                continue  # the validator refuses empty turns (a golden event's empty response)
            if not isinstance(sample["id"], str) or not any(m["role"] == "assistant" for m in messages):
                continue
            metadata = sample.pop("metadata", None) or {}
            reference = metadata.pop("reference_answer", sample.get("reference_answer"))
            if reference is not None and not isinstance(reference, (str, dict)):
                continue  # the validator takes a string or an object (a label list is neither)
            # The dataset record carries its extra fields at the top level (contract §4); the
            # validator checks `tools` as full OpenAI function specs, which events need not carry.
            metadata.pop("tools", None)
            sample.pop("tools", None)
            sample = {**metadata, **sample, "reference_answer": reference if reference is not None else "n/a"}
            samples.append(sample)
    assert samples, f"no well-formed golden samples for {short}"
    return samples


@pytest.mark.parametrize("short", sorted(FUNCTIONS))
def test_nova_forge_verify_reward_function_passes(endpoint: str, project, short: str) -> None:
    """AWS's own validator (amzn-nova-forge) invokes the grader through start-lambda."""
    if not Path(NOVA_FORGE_PYTHON).is_file():
        if os.environ.get("CI"):
            pytest.fail("CI must install amzn-nova-forge (make novaforge)")
        pytest.skip("amzn-nova-forge venv missing: make novaforge")
    fid = project.function(short).logical_id
    arn = f"arn:aws:lambda:us-east-1:123456789012:function:{fid}"
    env = {
        **os.environ,
        "AWS_ENDPOINT_URL_LAMBDA": endpoint,
        "TELEMETRY_OPT_OUT": "true",
        "AWS_ACCESS_KEY_ID": "x",
        "AWS_SECRET_ACCESS_KEY": "y",
    }
    env.pop("PYTHONPATH", None)
    samples = _verifier_samples(short)
    out = subprocess.run(
        [NOVA_FORGE_PYTHON, "-c", VERIFY, arn, json.dumps(samples)],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert out.returncode == 0, out.stderr[-3000:]
    report = json.loads(out.stdout.strip().splitlines()[-1])
    assert report == {"ok": len(samples), "total": len(samples), "errors": []}


def _children(pid: int) -> set[int]:
    found = set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.add(int(entry.name))
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def test_sigterm_stops_the_server_and_its_emulators() -> None:
    import signal
    import socket
    import sys
    import time

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = subprocess.Popen(
        [sys.executable, "-m", "rft_graders", "start-lambda", "--port", str(port), "--quiet"],
        cwd=ROOT,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        client = boto3.client("lambda", endpoint_url=f"http://127.0.0.1:{port}", region_name="us-east-1")
        deadline = time.monotonic() + 30
        while True:
            try:
                assert client.invoke(FunctionName="format", Payload=b"[]")["StatusCode"] == 200
                break
            except Exception:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.2)
        emulators = _children(server.pid)
        assert emulators and all(_alive(pid) for pid in emulators), "a warm emulator serves the function"
        server.send_signal(signal.SIGTERM)
        assert server.wait(timeout=30) == 0
        time.sleep(0.5)
        assert not any(_alive(pid) for pid in emulators), "SIGTERM must not leave emulators behind"
    finally:
        if server.poll() is None:
            server.kill()
