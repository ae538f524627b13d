"""Bad deployments are refused before the stack changes, naming the parameter and the fix."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from conftest import ROOT

from rft_graders.deploy_check import MAX_VERSION_DESCRIPTION, check_deployment, evaluate_rule
from rft_graders.project import load_template

TEMPLATE = ROOT / "template.yaml"
DOC = load_template(TEMPLATE)
OTHER_REGION_SECRET = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:rft/judge-AbCdEf"
SECRET = "arn:aws:secretsmanager:us-east-1:123456789012:secret:rft/judge-AbCdEf"
KMS = "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"


@pytest.fixture(scope="module")
def checkout(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("checkout")
    shutil.copytree(ROOT / "specs", root / "specs")
    (root / "specs" / "router-default.json").write_text('{"type": "math"}')
    (root / "specs" / "bad-math.json").write_text('{"type": "math", "strict": "yes"}')
    (root / "specs" / "not-json.json").write_text('{"type": "math",')
    return root


def problems(overrides: dict[str, str], checkout: Path, region: str = "us-east-1") -> list[str]:
    return [str(p) for p in check_deployment(TEMPLATE, overrides, region, root=checkout)]


@pytest.mark.parametrize(
    "overrides",
    [
        pytest.param({}, id="template-defaults"),
        pytest.param({"RouterDefaultSpecFile": "specs/router-default.json"}, id="router-spec-file"),
        pytest.param({"CreateRFTServiceRole": "true", "DataBucketName": "my-rft-bucket"}, id="role-with-bucket"),
        pytest.param({"CreateRFTServiceRole": "true", "DataBucketName": "b-1", "DataBucketKmsKeyArn": KMS}, id="kms"),
        pytest.param({"JudgeApiKeySecretArn": SECRET}, id="secret-in-the-stacks-region"),
        pytest.param({"ScoreMin": "-1", "ScoreMax": "1", "ErrorScore": "-1"}, id="signed-range"),
        pytest.param({"EnableSnapStart": "true", "SampleTimeoutSeconds": "900"}, id="snapstart-and-max-timeout"),
    ],
)  # fmt: skip
def test_good_deployments_pass(overrides: dict[str, str], checkout: Path) -> None:
    assert problems(overrides, checkout) == []


@pytest.mark.parametrize(
    ("overrides", "parameter", "fix"),
    [
        # The walkthrough's old step: SAM's parser cut the JSON to "{"; the parameter is gone.
        ({"RouterDefaultSpec": "{"}, "RouterDefaultSpec", "use RouterDefaultSpecFile=specs/router-default.json"),
        ({"JudgeOpenAIApiKey": "sk-x"}, "JudgeOpenAIApiKey", "JudgeApiKeySecretArn"),
        ({"Nonsense": "1"}, "Nonsense", "not a parameter of the template"),
        ({"RouterDefaultSpecFile": "specs/missing.json"}, "RouterDefaultSpecFile", "add the file there, run sam build"),
        ({"MathDefaultSpecFile": "specs/bad-math.json"}, "MathDefaultSpecFile", "spec.strict: 'yes' is not of type"),
        ({"MathDefaultSpecFile": "specs/not-json.json"}, "MathDefaultSpecFile", "not valid JSON"),
        # a valid spec of the wrong type for the function
        ({"FormatDefaultSpecFile": "specs/math-default.json"}, "FormatDefaultSpecFile", "grades format"),
        ({"RouterDefaultSpecFile": "/etc/passwd"}, "RouterDefaultSpecFile", "a spec file under specs/"),
        ({"RouterDefaultSpecFile": "specs/../template.json"}, "RouterDefaultSpecFile", "a spec file under specs/"),
        ({"CreateRFTServiceRole": "true"}, "ServiceRoleNeedsDataBucket", "add DataBucketName=<your bucket>"),
        ({"DataBucketKmsKeyArn": KMS}, "DataKmsKeyNeedsServiceRole", "also set CreateRFTServiceRole=true"),
        ({"DataBucketName": "s3://my-bucket"}, "DataBucketName", "not an s3:// URI"),
        ({"JudgeApiKeySecretArn": OTHER_REGION_SECRET}, "JudgeApiKeySecretArn", "use a secret in us-east-1"),
        ({"JudgeApiKeySecretArn": "arn:aws:secretsmanager:us-east-1:123456789012:secret:rft/judge"},
         "JudgeApiKeySecretArn", "6-character suffix"),
        ({"DataBucketKmsKeyArn": KMS.replace("us-east-1", "us-west-2"), "CreateRFTServiceRole": "true",
          "DataBucketName": "b-1"}, "DataBucketKmsKeyArn", "create the key there"),
        ({"ScoreMin": "1", "ScoreMax": "0"}, "ScoreMin/ScoreMax/ErrorScore", "must be below score_max"),
        ({"ErrorScore": "5"}, "ScoreMin/ScoreMax/ErrorScore", "must lie in [0.0, 1.0]"),
        ({"ScoreMin": "zero"}, "ScoreMin", "not a number"),
        ({"SampleTimeoutSeconds": "0"}, "SampleTimeoutSeconds", "below the minimum 1"),
        ({"FunctionTimeout": "901"}, "FunctionTimeout", "above the maximum 900"),
        ({"ErrorScore": "low"}, "ErrorScore", "empty (= ScoreMin) or a number"),
        ({"EnableSnapStart": "yes"}, "EnableSnapStart", "is not one of true, false"),
        ({"ScoreMin": "-1" + "0" * 200}, "RouterGraderFunction", "Lambda allows 256"),
    ],
    ids=lambda value: value if isinstance(value, str) and " " not in value else None,
)  # fmt: skip
def test_bad_deployments_are_refused_naming_parameter_and_fix(
    overrides: dict[str, str], parameter: str, fix: str, checkout: Path
) -> None:
    found = problems(overrides, checkout)
    assert any(p.startswith(f"{parameter}: ") and fix in p for p in found), found


def test_a_stale_build_is_refused(checkout: Path, tmp_path: Path) -> None:
    # A built template next to a layer whose copy of the spec differs from specs/.
    build = tmp_path / ".aws-sam" / "build"
    (build / "GraderSpecsLayer" / "specs").mkdir(parents=True)
    shutil.copy(TEMPLATE, build / "template.yaml")
    root = tmp_path
    shutil.copytree(checkout / "specs", root / "specs")
    for spec in (root / "specs").glob("*-default.json"):
        shutil.copy(spec, build / "GraderSpecsLayer" / "specs" / spec.name)
    (build / "GraderSpecsLayer" / "specs" / "math-default.json").write_text('{"type": "math", "strict": true}')
    found = [str(p) for p in check_deployment(build / "template.yaml", {}, "us-east-1")]
    assert found == ["MathDefaultSpecFile: specs/math-default.json changed since the last build: run `make build` "
                     "(sam build) first"]  # fmt: skip
    (root / "specs" / "extra.json").write_text('{"type": "math"}')
    found = [
        str(p) for p in check_deployment(build / "template.yaml", {"MathDefaultSpecFile": "specs/extra.json"}, "x")
    ]
    assert found == ["MathDefaultSpecFile: specs/extra.json is not in the build "
                     f"({build}): run `make build` (sam build) first"]  # fmt: skip


# ---- the template's own Rules, as CloudFormation evaluates them ---------------------------


@pytest.mark.parametrize(
    ("values", "refused"),
    [
        (("true", "", ""), {"ServiceRoleNeedsDataBucket"}),
        (("true", "b", ""), set()),
        (("false", "", ""), set()),
        (("false", "", KMS), {"DataKmsKeyNeedsServiceRole"}),
    ],
    ids=["role-without-bucket", "role-with-bucket", "no-role", "kms-key-without-role"],
)  # fmt: skip
def test_template_rules(values: tuple[str, str, str], refused: set[str]) -> None:
    names = ("CreateRFTServiceRole", "DataBucketName", "DataBucketKmsKeyArn")
    values = dict(zip(names, values, strict=True))
    failing = set()
    for name, rule in DOC["Rules"].items():
        if evaluate_rule(rule["RuleCondition"], values):
            failing |= {name for a in rule["Assertions"] if not evaluate_rule(a["Assert"], values)}
    assert failing == refused


# ---- sam deploy --guided ------------------------------------------------------------------


def test_guided_deploy_accepts_an_empty_answer_for_every_parameter() -> None:
    # SAM CLI's own prompt loop, answered with Enter only: a NoEcho parameter without a
    # default would be asked again forever (click re-prompts an empty answer).
    from click.testing import CliRunner
    from samcli.commands.deploy.guided_context import GuidedContext

    parameters = DOC["Parameters"]
    assert not [name for name, spec in parameters.items() if spec.get("NoEcho")]
    context = GuidedContext.__new__(GuidedContext)
    with CliRunner().isolation(input="\n" * len(parameters)):
        answers = context.prompt_parameters(parameters, {"RouterDefaultSpecFile": "specs/router-default.json"}, "", "")
    expected = {name: str(spec.get("Default", "")) for name, spec in parameters.items()}
    expected["RouterDefaultSpecFile"] = "specs/router-default.json"  # the command line's value is the default
    assert {name: str(a["Value"]) for name, a in answers.items()} == expected


# ---- what makes versions pin ---------------------------------------------------------------


FUNCTIONS = {k: v for k, v in DOC["Resources"].items() if v["Type"] == "AWS::Serverless::Function"}


def parameters_read_by(value: object) -> set[str]:
    text = json.dumps(value)
    refs = set(re.findall(r'"Ref": "(\w+)"', text)) | set(re.findall(r"\$\{(\w+)\}", text))
    return refs & set(DOC["Parameters"])


@pytest.mark.parametrize("logical", sorted(FUNCTIONS))
def test_every_parameter_a_function_reads_publishes_a_new_version(logical: str) -> None:
    # SAM publishes a version when code changes; the version description carries the rest.
    resource = FUNCTIONS[logical]
    props = {k: v for k, v in resource["Properties"].items() if k not in ("VersionDescription", "Policies")}
    glob = {k: v for k, v in DOC["Globals"]["Function"].items() if k not in ("Layers",)}
    if "MemorySize" in props:
        glob.pop("MemorySize")
    # The secret ARN and inference profile are too long for the 256-character description (see README).
    read = parameters_read_by([props, glob]) - {"JudgeApiKeySecretArn", "JudgeInferenceProfileArn"}
    described = parameters_read_by(resource["Properties"]["VersionDescription"])
    assert read <= described, f"add {sorted(read - described)} to {logical}'s VersionDescription"
    assert resource["UpdateReplacePolicy"] == "Retain" and resource["Properties"]["AutoPublishAliasAllProperties"]


@pytest.mark.parametrize("logical", sorted(FUNCTIONS))
def test_version_description_always_fits_lambdas_limit(logical: str) -> None:
    text = FUNCTIONS[logical]["Properties"]["VersionDescription"]["Fn::Sub"]
    worst = 0
    for name in re.findall(r"\$\{(\w+)\}", text):
        spec = DOC["Parameters"][name]
        if "MaxLength" in spec:
            worst += int(spec["MaxLength"])
        elif "AllowedValues" in spec:
            worst += max(len(str(v)) for v in spec["AllowedValues"])
        else:
            # Numbers: a sign and two decimals past the largest allowed, or 12 characters
            # (longer ones are refused by deploy-check, which measures the real description).
            assert spec["Type"] == "Number", f"{name} needs a MaxLength to bound the description"
            worst += len(str(spec["MaxValue"])) + 4 if "MaxValue" in spec else 12
    fixed = len(re.sub(r"\$\{\w+\}", "", text))
    assert fixed + worst <= MAX_VERSION_DESCRIPTION


# ---- rft-graders deploy: nothing runs unless the check passes ------------------------------


@pytest.mark.built
@pytest.mark.parametrize(
    ("options", "runs"),
    [
        (["--parameter-overrides", "CreateRFTServiceRole=true"], None),  # refused: no bucket
        (["--parameter-overrides", "ScoreMin=-1"], ["--parameter-overrides", "ScoreMin=-1", "--resolve-s3"]),
        (["--s3-bucket", "my-artifacts"], ["--s3-bucket", "my-artifacts"]),  # a bucket given: no --resolve-s3
        (["--s3-bucket", "my-artifacts", "--resolve-s3"], None),  # SAM refuses both; so do we, first
        # --region as SAM reads it (the last one wins) decides which secrets are local
        (["--region", "eu-west-1", "--parameter-overrides", f"JudgeApiKeySecretArn={SECRET}"], None),
    ],
    ids=["bad-parameters", "resolve-s3-added", "own-bucket", "bucket-and-resolve-s3", "secret-in-another-region"],
)
def test_deploy_runs_sam_deploy_only_after_the_check(
    options: list[str], runs: list[str] | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    import subprocess

    from rft_graders import deploy
    from rft_graders.cli import main

    calls: list[list[str]] = []
    monkeypatch.chdir(ROOT)
    monkeypatch.setattr(subprocess, "call", lambda command: calls.append(command) or 0)
    status = main(["deploy", "--region", "us-east-1", *options])
    if runs is None:
        assert (status, calls) == (1, [])
    else:
        assert status == 0 and calls == [[deploy._sam(), "deploy", "--region", "us-east-1", *runs]]
