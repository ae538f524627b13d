"""The built stack, deployed to moto's CloudFormation on loopback: resources, outputs, IAM, a job.

No AWS account: moto's server runs in this process on 127.0.0.1, the SAM transform is
expanded with samtranslator (see moto_stack.py for what is stood in for). The parameters
are the walkthrough's own deploy command, read by SAM CLI's parser, plus a judge secret.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import boto3
import pytest
from conftest import BUILD_DIR, ROOT
from deploy_docs import deploy_commands, sam_overrides
from moto_stack import ARTIFACT_BUCKET, create_stack, package, patch_moto_lambda, translate

from rft_graders.cli import main
from rft_graders.project import load_template

pytestmark = pytest.mark.built
STACK = "rft-graders-moto"
REGION = "us-east-1"


@pytest.fixture(scope="module")
def endpoint(monkeymodule: pytest.MonkeyPatch) -> Iterator[str]:
    from moto.server import ThreadedMotoServer

    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    undo = patch_moto_lambda()
    host, port = server.get_host_and_port()
    url = f"http://{host}:{port}"
    # Every boto3 client in this process (the CLI's too) talks to moto, never to AWS.
    monkeymodule.setenv("AWS_ENDPOINT_URL", url)
    yield url
    undo()
    server.stop()


@pytest.fixture(scope="module")
def monkeymodule() -> Iterator[pytest.MonkeyPatch]:
    with pytest.MonkeyPatch.context() as patch:
        yield patch


def client(service: str, url: str) -> Any:
    return boto3.client(service, endpoint_url=url, region_name=REGION)


def policy_document(iam: Any, role: str, name: str) -> dict[str, Any]:
    import ast

    document = iam.get_role_policy(RoleName=role, PolicyName=name)["PolicyDocument"]
    # moto's CloudFormation stores a role's inline policy as the Python text of the dict
    return ast.literal_eval(document) if isinstance(document, str) else document


@pytest.fixture(scope="module")
def deployed(endpoint: str) -> dict[str, Any]:
    [walkthrough_deploy] = deploy_commands(ROOT / "docs" / "walkthrough.md")
    secret = client("secretsmanager", endpoint).create_secret(Name="rft/judge-key", SecretString="sk-test")["ARN"]
    parameters = {**sam_overrides(walkthrough_deploy), "JudgeApiKeySecretArn": secret}
    template = translate(package(BUILD_DIR, client("s3", endpoint)), parameters)
    stack = create_stack(client("cloudformation", endpoint), STACK, template, parameters)
    resources = client("cloudformation", endpoint).list_stack_resources(StackName=STACK)["StackResourceSummaries"]
    return {
        "stack": stack,
        "parameters": parameters,
        "outputs": {o["OutputKey"]: o["OutputValue"] for o in stack["Outputs"]},
        "resources": {r["LogicalResourceId"]: r for r in resources},
        "secret": secret,
        "template": template,
    }


FUNCTIONS = [
    logical
    for logical, resource in load_template(ROOT / "template.yaml")["Resources"].items()
    if resource["Type"] == "AWS::Serverless::Function"
]


def test_stack_is_created(deployed: dict[str, Any]) -> None:
    assert deployed["stack"]["StackStatus"] == "CREATE_COMPLETE"
    # the walkthrough's parameters arrived whole (SAM's parser once turned a JSON spec into "{")
    assert deployed["parameters"]["RouterDefaultSpecFile"] == "specs/router-default.json"


@pytest.mark.parametrize("logical", FUNCTIONS)
def test_every_function_is_published_behind_live_with_the_version_in_outputs(
    deployed: dict[str, Any], logical: str, endpoint: str
) -> None:
    types = {k: r["ResourceType"] for k, r in deployed["resources"].items() if k.startswith(logical)}
    assert types[logical] == "AWS::Lambda::Function"
    assert types[f"{logical}Aliaslive"] == "AWS::Lambda::Alias"
    assert sorted(types.values()).count("AWS::Lambda::Version") == 1
    physical = deployed["resources"][logical]["PhysicalResourceId"]
    version_arn = deployed["outputs"][f"{logical}Arn"]
    assert version_arn.rsplit(":", 2)[-2:] == [physical, "1"]  # pinned: function:NAME:1
    assert deployed["outputs"][f"{logical}AliasArn"].endswith(f":{physical}:live")
    config = json.loads(deployed["outputs"][f"{logical.removesuffix('Function')}CustomizationConfig"])
    assert config["rftConfig"]["graderConfig"]["lambdaGrader"]["lambdaArn"] == version_arn
    alias = client("lambda", endpoint).get_alias(FunctionName=physical, Name="live")
    assert alias["FunctionVersion"] == "1"


@pytest.mark.parametrize("logical", FUNCTIONS)
def test_functions_get_their_spec_file_and_no_key(deployed: dict[str, Any], logical: str, endpoint: str) -> None:
    physical = deployed["resources"][logical]["PhysicalResourceId"]
    config = client("lambda", endpoint).get_function_configuration(FunctionName=physical)
    variables = config["Environment"]["Variables"]
    assert variables["GRADER_SPEC_FILE"].startswith("specs/") or logical == "RouterGraderFunction"
    assert "sk-test" not in json.dumps(variables)  # the key is read from Secrets Manager, never set here
    # The core and the spec files (moto drops layers from the configuration: read the template).
    layers = deployed["template"]["Resources"][logical]["Properties"]["Layers"]
    assert [ref["Ref"].removesuffix(ref["Ref"][-10:]) for ref in layers] == ["SharedLayer", "GraderSpecsLayer"]


def test_spec_files_ship_in_their_layer_at_opt_specs(endpoint: str, deployed: dict[str, Any]) -> None:
    import io
    import zipfile

    body = client("s3", endpoint).get_object(Bucket=ARTIFACT_BUCKET, Key="GraderSpecsLayer.zip")["Body"].read()
    names = set(zipfile.ZipFile(io.BytesIO(body)).namelist())
    shipped = {f"specs/{p.name}" for p in (ROOT / "specs").glob("*.json")}
    assert shipped and shipped <= names  # Lambda extracts layers under /opt: /opt/specs/*.json


def test_router_default_spec_is_the_walkthroughs_file(deployed: dict[str, Any], endpoint: str) -> None:
    physical = deployed["resources"]["RouterGraderFunction"]["PhysicalResourceId"]
    variables = client("lambda", endpoint).get_function_configuration(FunctionName=physical)["Environment"]
    assert variables["Variables"]["GRADER_SPEC_FILE"] == "specs/router-default.json"


def test_judge_role_may_read_exactly_the_secret(deployed: dict[str, Any], endpoint: str) -> None:
    iam = client("iam", endpoint)
    role = deployed["resources"]["JudgeGraderFunctionRole"]["PhysicalResourceId"]
    statements = [
        statement
        for name in iam.list_role_policies(RoleName=role)["PolicyNames"]
        for statement in policy_document(iam, role, name)["Statement"]
    ]
    reads = [s for s in statements if s["Action"] == "secretsmanager:GetSecretValue"]
    assert [s["Resource"] for s in reads] == [deployed["secret"]]
    # The router was not given RouterMayInvokeJudge=true: no secret, no model.
    router = deployed["resources"]["RouterGraderFunctionRole"]["PhysicalResourceId"]
    assert iam.list_role_policies(RoleName=router)["PolicyNames"] == []


def test_service_role_invokes_versions_and_aliases_only(deployed: dict[str, Any], endpoint: str) -> None:
    iam = client("iam", endpoint)
    role = deployed["resources"]["RFTServiceRole"]["PhysicalResourceId"]
    document = policy_document(iam, role, "invoke-graders")
    allow, deny = document["Statement"]
    functions = {deployed["resources"][f]["PhysicalResourceId"] for f in FUNCTIONS}
    assert {arn.rsplit(":", 2)[-2] for arn in allow["Resource"]} == functions
    assert all(arn.endswith(":*") for arn in allow["Resource"])  # function:NAME:VERSION-or-ALIAS
    assert deny["Effect"] == "Deny" and deny["Resource"].endswith(":$LATEST")
    assert deployed["outputs"]["RFTServiceRoleArn"].endswith(role)


def test_job_create_dry_run_uses_the_stacks_version_and_role(
    deployed: dict[str, Any], capsys: pytest.CaptureFixture[str]
) -> None:
    router = deployed["resources"]["RouterGraderFunction"]["PhysicalResourceId"]
    data = ["--training-data", "s3://my-rft-bucket/rft/data/train.jsonl", "--output", "s3://my-rft-bucket/rft/out/"]
    common = ["job", "create", "--dry-run", "--stack", STACK, "--region", REGION, *data]
    for function in (
        "router",
        "RouterGraderFunction",
        router,
        f"arn:aws:lambda:{REGION}:123456789012:function:{router}",
    ):
        assert main([*common, "--function", function]) == 0
        printed = capsys.readouterr()
        request = json.loads(printed.out)["request"]
        grader = request["customizationConfig"]["rftConfig"]["graderConfig"]["lambdaGrader"]["lambdaArn"]
        assert grader == deployed["outputs"]["RouterGraderFunctionArn"], function
        assert request["roleArn"] == deployed["outputs"]["RFTServiceRoleArn"]
        assert "runs $LATEST" not in printed.err  # a version ARN: nothing to warn about


def test_preflight_lambda_names_resolve_to_the_version(deployed: dict[str, Any], endpoint: str) -> None:
    from rft_graders.jobs_stack import invocable, stack_outputs

    outputs = lambda: stack_outputs(client("cloudformation", endpoint), STACK)  # noqa: E731
    router = deployed["resources"]["RouterGraderFunction"]["PhysicalResourceId"]
    assert invocable("router", outputs, STACK) == deployed["outputs"]["RouterGraderFunctionArn"]
    assert invocable(router, outputs, STACK) == router  # a deployed name is something Lambda knows


def test_a_missing_stack_is_a_clear_error(endpoint: str, capsys: pytest.CaptureFixture[str]) -> None:
    args = ["job", "create", "--dry-run", "--stack", "no-such-stack", "--region", REGION,
            "--training-data", "s3://b/train.jsonl", "--output", "s3://b/out/"]  # fmt: skip
    assert main(args) == 2
    assert "no-such-stack" in capsys.readouterr().err
