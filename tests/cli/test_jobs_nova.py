"""``rft-graders job`` on the Nova path: CreateModelCustomizationJob and GetModelCustomizationJob
through botocore's Stubber, CloudFormation outputs for the grader ARN and the role."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import boto3
import botocore.session
import pytest
from botocore.stub import Stubber

from rft_graders import jobs
from rft_graders.cli import main
from rft_graders.jobs_nova import HYPERPARAMETERS

ARN = "arn:aws:lambda:us-east-1:123456789012:function:rft-graders-RouterGraderFunction-AbC"
ROLE = "arn:aws:iam::123456789012:role/rft-graders-RFTServiceRole-XyZ"
JOB_ARN = "arn:aws:bedrock:us-east-1:123456789012:model-customization-job/amazon.nova-2-lite-v1:0:256k/abc123def456"
BASE = ["job", "create", "--training-data", "s3://bucket/train.jsonl", "--output", "s3://bucket/out/"]


@pytest.fixture
def clients(monkeypatch: pytest.MonkeyPatch) -> dict[str, Stubber]:
    """Stubbed boto3 clients, one per service, handed to the CLI instead of real ones."""
    made: dict[str, Any] = {}
    stubbers: dict[str, Stubber] = {}
    for service in ("bedrock", "cloudformation"):
        made[service] = boto3.client(service, region_name="us-east-1")
        stubbers[service] = Stubber(made[service])
        stubbers[service].activate()
    monkeypatch.setattr(jobs, "aws_client", lambda service, region: made[service])
    return stubbers


def stack_answer(*outputs: tuple[str, str]) -> dict[str, Any]:
    return {
        "Stacks": [
            {
                "StackName": "rft-graders",
                "CreationTime": dt.datetime(2026, 11, 1),
                "StackStatus": "CREATE_COMPLETE",
                "Outputs": [{"OutputKey": k, "OutputValue": v} for k, v in outputs],
            }
        ]
    }


def test_hyperparameter_table_matches_the_service_model() -> None:
    shape = botocore.session.get_session().get_service_model("bedrock").shape_for("RFTHyperParameters")
    assert set(HYPERPARAMETERS) == set(shape.members)
    for name, member in shape.members.items():
        ours = HYPERPARAMETERS[name]
        assert ours.kind.__name__ == {"integer": "int", "float": "float", "string": "str"}[member.type_name], name
        if "min" in member.metadata:
            assert (ours.low, ours.high) == (member.metadata["min"], member.metadata["max"]), name
        if getattr(member, "enum", None):
            assert set(ours.choices) == set(member.enum), name


def test_dry_run_prints_the_contract_request(capsys: pytest.CaptureFixture[str]) -> None:
    hps = [
        "epochCount=2",
        "batchSize=64",
        "learningRate=1e-5",
        "maxPromptLength=4096",
        "trainingSamplePerPrompt=4",
        "inferenceMaxTokens=8192",
        "reasoningEffort=high",
        "evalInterval=10",
    ]
    code = main(
        [
            *BASE,
            "--validation-data",
            "s3://bucket/val.jsonl",
            "--lambda-arn",
            ARN,
            "--role-arn",
            ROLE,
            "--job-name",
            "my-rft-job",
            "--custom-model-name",
            "my-rft-model",
            "--dry-run",
            *[a for hp in hps for a in ("--hp", hp)],
        ]
    )
    printed = json.loads(capsys.readouterr().out)
    assert code == 0
    assert printed["operation"] == "CreateModelCustomizationJob" and printed["region"] == "us-east-1"
    # contract §5, with our ARNs: native JSON numbers and strings, exactly these members
    assert printed["request"] == {
        "jobName": "my-rft-job",
        "customModelName": "my-rft-model",
        "roleArn": ROLE,
        "baseModelIdentifier": "amazon.nova-2-lite-v1:0:256k",
        "customizationType": "REINFORCEMENT_FINE_TUNING",
        "trainingDataConfig": {"s3Uri": "s3://bucket/train.jsonl"},
        "validationDataConfig": {"validators": [{"s3Uri": "s3://bucket/val.jsonl"}]},
        "outputDataConfig": {"s3Uri": "s3://bucket/out/"},
        "customizationConfig": {
            "rftConfig": {
                "graderConfig": {"lambdaGrader": {"lambdaArn": ARN}},
                "hyperParameters": {
                    "epochCount": 2,
                    "batchSize": 64,
                    "learningRate": 1e-5,
                    "maxPromptLength": 4096,
                    "trainingSamplePerPrompt": 4,
                    "inferenceMaxTokens": 8192,
                    "reasoningEffort": "high",
                    "evalInterval": 10,
                },
            }
        },
    }


def test_dry_run_reads_arn_and_role_from_the_stack(
    clients: dict[str, Stubber], capsys: pytest.CaptureFixture[str]
) -> None:
    outputs = (("RouterGraderFunctionArn", ARN), ("FormatGraderFunctionArn", ARN + "2"), ("RFTServiceRoleArn", ROLE))
    clients["cloudformation"].add_response("describe_stacks", stack_answer(*outputs), {"StackName": "my-stack"})
    code = main([*BASE, "--stack", "my-stack", "--function", "format", "--dry-run"])
    request = json.loads(capsys.readouterr().out)["request"]
    assert code == 0
    assert request["customizationConfig"]["rftConfig"]["graderConfig"]["lambdaGrader"]["lambdaArn"] == ARN + "2"
    assert request["roleArn"] == ROLE
    assert request["jobName"].startswith("rft-") and request["customModelName"] == request["jobName"]
    assert "hyperParameters" not in request["customizationConfig"]["rftConfig"]  # service defaults


@pytest.mark.parametrize(
    ("outputs", "error"),
    [
        # deployed without CreateRFTServiceRole: say how to get a role
        ((("RouterGraderFunctionArn", ARN),), "has no RFTServiceRoleArn: pass --role-arn, or deploy with"),
        # a function the stack does not have: list the ones it has
        (
            (("FormatGraderFunctionArn", ARN),),
            "has no output RouterGraderFunctionArn (grader outputs: FormatGraderFunctionArn)",
        ),
    ],
)
def test_stack_without_what_is_needed(
    clients: dict[str, Stubber], outputs: tuple, error: str, capsys: pytest.CaptureFixture[str]
) -> None:
    clients["cloudformation"].add_response("describe_stacks", stack_answer(*outputs))
    code = main([*BASE, "--dry-run"])
    assert code == 2
    assert error in capsys.readouterr().err


def test_missing_stack(clients: dict[str, Stubber], capsys: pytest.CaptureFixture[str]) -> None:
    clients["cloudformation"].add_client_error(
        "describe_stacks", "ValidationError", "Stack with id rft-graders does not exist"
    )
    assert main([*BASE, "--role-arn", ROLE, "--dry-run"]) == 2
    assert "stack 'rft-graders': Stack with id rft-graders does not exist (deploy it with `sam deploy`" in (
        capsys.readouterr().err
    )


@pytest.mark.parametrize(
    ("args", "error"),
    [
        (["--hp", "epochCount=0"], "--hp epochCount: 0 is outside the service's range (1 to 50)"),
        (["--hp", "batchSize=1024"], "--hp batchSize: 1024 is outside the service's range (16 to 512)"),
        (["--hp", "learningRate=0.01"], "--hp learningRate: 0.01 is outside the service's range (1e-07 to 0.001)"),
        (["--hp", "trainingSamplePerPrompt=1"], "outside the service's range (2 to 16)"),  # GRPO needs a group
        (["--hp", "evalInterval=2.5"], "--hp evalInterval: '2.5' is not an integer"),
        (["--hp", "reasoningEffort=max"], "--hp reasoningEffort: 'max' is not one of low, medium, high"),
        (["--hp", "epochs=2"], "--hp epochs: not a Nova RFT hyperparameter (known: epochCount"),  # OpenAI's name
        (["--hp", "epochCount"], "--hp 'epochCount': expected NAME=VALUE"),
        (["--job-name", "my job"], "jobName 'my job': up to 63 letters"),
        (["--training-data", "train.jsonl"], "training data: 'train.jsonl' is not an s3:// URI (upload the file"),
        (["--lambda-arn", "my-function"], "lambdaArn 'my-function' is not a Lambda function ARN"),
    ],
)
def test_request_errors_before_sending(args: list[str], error: str, capsys: pytest.CaptureFixture[str]) -> None:
    merged = [*BASE, "--lambda-arn", ARN, "--role-arn", ROLE, *args, "--dry-run"]
    assert main(merged) == 2
    assert error in capsys.readouterr().err


def test_medium_reasoning_effort_is_a_warning(capsys: pytest.CaptureFixture[str]) -> None:
    code = main([*BASE, "--lambda-arn", ARN, "--role-arn", ROLE, "--hp", "reasoningEffort=medium", "--dry-run"])
    assert code == 0
    assert "warning: reasoningEffort=medium" in capsys.readouterr().err


def test_create_sends_the_request(clients: dict[str, Stubber], capsys: pytest.CaptureFixture[str]) -> None:
    expected = {
        "jobName": "j1",
        "customModelName": "j1",
        "roleArn": ROLE,
        "baseModelIdentifier": "amazon.nova-2-lite-v1:0:256k",
        "customizationType": "REINFORCEMENT_FINE_TUNING",
        "trainingDataConfig": {"s3Uri": "s3://bucket/train.jsonl"},
        "outputDataConfig": {"s3Uri": "s3://bucket/out/"},
        "customizationConfig": {
            "rftConfig": {"graderConfig": {"lambdaGrader": {"lambdaArn": ARN}}, "hyperParameters": {"epochCount": 3}}
        },
    }
    clients["bedrock"].add_response("create_model_customization_job", {"jobArn": JOB_ARN}, expected)
    code = main([*BASE, "--lambda-arn", ARN, "--role-arn", ROLE, "--job-name", "j1", "--hp", "epochCount=3"])
    out = capsys.readouterr().out
    clients["bedrock"].assert_no_pending_responses()
    assert code == 0
    assert (
        out == f"created Nova RFT job {JOB_ARN}\nfollow it with: rft-graders job watch {JOB_ARN} --region us-east-1\n"
    )


def test_create_reports_service_errors(clients: dict[str, Stubber], capsys: pytest.CaptureFixture[str]) -> None:
    clients["bedrock"].add_client_error(
        "create_model_customization_job", "AccessDeniedException", "not authorized to perform: iam:PassRole"
    )
    assert main([*BASE, "--lambda-arn", ARN, "--role-arn", ROLE]) == 2
    assert "AccessDeniedException: not authorized to perform: iam:PassRole" in capsys.readouterr().err


def job(status: str, **extra: Any) -> dict[str, Any]:
    return {
        "jobArn": JOB_ARN,
        "jobName": "j1",
        "outputModelName": "j1",
        "roleArn": ROLE,
        "status": status,
        "creationTime": dt.datetime(2026, 11, 22, 10, 0, tzinfo=dt.UTC),
        "baseModelArn": "arn:aws:bedrock:us-east-1::foundation-model/amazon.nova-2-lite-v1:0:256k",
        "trainingDataConfig": {"s3Uri": "s3://bucket/train.jsonl"},
        "validationDataConfig": {"validators": []},
        "outputDataConfig": {"s3Uri": "s3://bucket/out/"},
        **extra,
    }


def test_status(clients: dict[str, Stubber], capsys: pytest.CaptureFixture[str]) -> None:
    details = {
        "validationDetails": {"status": "Completed"},
        "dataProcessingDetails": {"status": "Completed"},
        "trainingDetails": {"status": "InProgress"},
    }
    clients["bedrock"].add_response(
        "get_model_customization_job", job("InProgress", statusDetails=details), {"jobIdentifier": JOB_ARN}
    )
    assert main(["job", "status", JOB_ARN]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[:4] == [
        f"job:        {JOB_ARN}",
        "name:       j1",
        "status:     InProgress",
        "stages:     validation Completed, data processing Completed, training InProgress",
    ]
    assert "created:    2026-11-22 10:00:00+00:00" in lines


def test_watch_until_failure(clients: dict[str, Stubber], capsys: pytest.CaptureFixture[str]) -> None:
    failure = "Lambda grader returned an invalid response for 3 samples"
    for answer in (job("InProgress"), job("InProgress"), job("Failed", failureMessage=failure)):
        clients["bedrock"].add_response("get_model_customization_job", answer)
    code = main(["job", "watch", "j1", "--interval", "0"])
    out = capsys.readouterr().out
    assert code == 1
    statuses = [line.split(" ", 1)[1] for line in out.splitlines() if " status " in f" {line}"]
    assert statuses == ["status InProgress", "status Failed"]  # one line per change, not per poll
    assert out.endswith(f"failure: {failure}\n")


def test_watch_stops_after_max_polls(clients: dict[str, Stubber], capsys: pytest.CaptureFixture[str]) -> None:
    clients["bedrock"].add_response("get_model_customization_job", job("InProgress"))
    assert main(["job", "watch", JOB_ARN, "--max-polls", "1", "--interval", "0"]) == 0
    assert capsys.readouterr().out.endswith("stopped watching after 1 poll(s); the job is still InProgress\n")
