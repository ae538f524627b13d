"""Registry, template, build Makefile, events and docs describe the same set of graders.

Adding a grader touches several files (docs/adding-a-grader.md); each test here names the
step that was forgotten.
"""

from __future__ import annotations

import json
import os
import re
import tomllib
from pathlib import Path

import pytest
from conftest import ROOT
from golden import golden_events

from grader_core.registry import FUNCTIONS, GRADER_MODULES, grader_module
from grader_core.spec import build_grader, load_spec
from grader_core.spec_source import SPECS_ROOT_ENV, read_default_spec
from rft_graders.project import lambda_environment, load_template

TEMPLATE = load_template(ROOT / "template.yaml")
RESOURCES = TEMPLATE["Resources"]
MAKEFILE = (ROOT / "graders" / "Makefile").read_text()
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text())


def logical_id(short: str) -> str:
    return "".join(part.capitalize() for part in short.split("_")) + "GraderFunction"


@pytest.mark.parametrize("short", sorted(FUNCTIONS))
def test_registered_function_is_in_template_with_its_handler(short: str) -> None:
    resource = RESOURCES.get(logical_id(short))
    assert resource and resource["Type"] == "AWS::Serverless::Function", f"template.yaml lacks {logical_id(short)}"
    props = resource["Properties"]
    assert props["Handler"] == f"{short}_grader.handler.lambda_handler"
    assert props["CodeUri"] == "graders/" and resource["Metadata"]["BuildMethod"] == "makefile"


def test_template_has_no_unregistered_functions() -> None:
    functions = {k for k, v in RESOURCES.items() if v["Type"] == "AWS::Serverless::Function"}
    assert functions == {logical_id(short) for short in FUNCTIONS}


@pytest.mark.parametrize("short", sorted(FUNCTIONS))
def test_function_has_build_target_outputs_and_service_role_permission(short: str) -> None:
    fid = logical_id(short)
    assert re.search(rf"^build-{fid}:", MAKEFILE, re.M), f"graders/Makefile lacks build-{fid}"
    outputs = TEMPLATE["Outputs"]
    # Jobs get the published version (pinned); the live alias is there for people.
    assert outputs[f"{fid}Arn"]["Value"] == {"Ref": f"{fid}.Version"}
    assert outputs[f"{fid}AliasArn"]["Value"] == {"Ref": f"{fid}.Alias"}
    template, variables = outputs[f"{fid.removesuffix('Function')}CustomizationConfig"]["Value"]["Fn::Sub"]
    assert variables == {"Arn": {"Ref": f"{fid}.Version"}}
    assert json.loads(template.replace("${Arn}", "arn:x")) == {
        "rftConfig": {"graderConfig": {"lambdaGrader": {"lambdaArn": "arn:x"}}}
    }
    invoke = RESOURCES["RFTServiceRole"]["Properties"]["Policies"][0]["PolicyDocument"]["Statement"][0]
    # Versions and aliases of this function; never the unqualified ARN ($LATEST).
    assert {"Fn::Sub": f"${{{fid}.Arn}}:*"} in invoke["Resource"]
    assert {"Fn::GetAtt": [fid, "Arn"]} not in invoke["Resource"]
    assert f"{fid}LogGroup".replace("Function", "") in RESOURCES, "each function gets a log group with retention"


@pytest.mark.parametrize("grader_type", sorted(GRADER_MODULES))
def test_grader_module_exposes_schema_and_factory(grader_type: str) -> None:
    from jsonschema import Draft202012Validator

    module = grader_module(grader_type)
    Draft202012Validator.check_schema(module.SPEC_SCHEMA)
    assert module.SPEC_SCHEMA["properties"]["type"] == {"const": grader_type}
    assert callable(module.build)


@pytest.mark.parametrize("grader_type", sorted(set(GRADER_MODULES) - {"weighted"}))
def test_grader_is_packaged_routed_and_documented(grader_type: str) -> None:
    package = f"{grader_type}_grader"
    assert PYPROJECT["tool"]["setuptools"]["package-dir"][package] == f"graders/{grader_type}/{package}"
    routed = re.search(r"^ROUTED\s*=\s*(.*)$", MAKEFILE, re.M)
    assert routed and grader_type in routed.group(1).split(), "the router must carry every grader"
    readme = ROOT / "graders" / grader_type / "README.md"
    assert readme.is_file(), f"{readme} is missing"
    text = readme.read_text()
    assert re.search(rf"<!-- events/{grader_type}/[\w-]+\.json -->", text), "README shows a real event"
    assert re.search(rf"<!-- events/{grader_type}/[\w-]+\.response\.json -->", text), "and its response"


@pytest.mark.parametrize("short", sorted(FUNCTIONS))
def test_function_has_golden_events(short: str) -> None:
    assert any(g.function == short for g in golden_events()), f"events/{short}/ has no event with a golden response"


@pytest.mark.parametrize("short", sorted(FUNCTIONS))
def test_default_spec_parameter_is_valid_for_its_function(short: str, project, monkeypatch) -> None:
    # Built under the function's own environment (memory size, model ids) from the template.
    fn = project.function(short)
    for key, value in {**lambda_environment(fn), **fn.environment}.items():
        monkeypatch.setenv(key, value)
    monkeypatch.setenv(SPECS_ROOT_ENV, str(ROOT))
    found = read_default_spec(os.environ)
    if found is not None:
        build_grader(load_spec(found[0]), FUNCTIONS[short])


def test_every_events_folder_belongs_to_a_function() -> None:
    folders = {p.name for p in (ROOT / "events").iterdir() if p.is_dir()}
    assert folders <= set(FUNCTIONS), f"events for unknown functions: {folders - set(FUNCTIONS)}"


def test_every_grader_folder_is_registered() -> None:
    folders = {p.parent.name for p in Path(ROOT / "graders").glob("*/*_grader")}
    assert folders - {"router"} <= set(GRADER_MODULES)
