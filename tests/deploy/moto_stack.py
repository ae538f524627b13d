"""Deploy the built SAM template to moto's CloudFormation, the way `sam deploy` would to AWS.

`sam deploy` uploads the artifacts and hands CloudFormation the template, whose SAM
transform the service expands. moto has no SAM transform, so it is expanded here with
``samtranslator`` (the library the transform and SAM CLI run), then created as a stack.

What is stood in for, and why:
- Code: moto's Lambda stores a function without running it (no Docker here), so each
  function's zip holds its handler package and the list of its built files; the spec files'
  layer is uploaded whole. The emulator tests run the real artifacts.
- moto's CloudFormation has no ``AWS::Lambda::Alias``, its ``AWS::Lambda::Version``
  answers ``Ref`` with no ARN, and it keeps ``AWS::NoValue`` in lists as null (CloudFormation
  drops it): :func:`patch_moto_lambda` fills these three gaps, the first two on top of
  moto's own Lambda API (publish_version, create_alias).
"""

from __future__ import annotations

import copy
import io
import json
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from rft_graders.project import load_template

ARTIFACT_BUCKET = "rft-graders-artifacts"
_REGISTERED: list[type] = []


def patch_moto_lambda() -> Callable[[], None]:
    """Give moto's CloudFormation the Lambda alias and version ARNs it lacks; returns the undo."""
    from moto.awslambda import models
    from moto.cloudformation import parsing
    from moto.cloudformation.parsing import get_model_list, get_model_map, get_name_type_map

    original = models.LambdaVersion.__dict__["create_from_cloudformation_json"]

    def create_version(cls, resource_name, cloudformation_json, account_id, region_name, **kwargs):  # type: ignore[no-untyped-def]
        backend = models.lambda_backends[account_id][region_name]
        published = backend.publish_version(cloudformation_json["Properties"]["FunctionName"])
        version = cls({"Version": published.version})
        arn = published.function_arn
        version.physical_resource_id = arn if arn.endswith(f":{published.version}") else f"{arn}:{published.version}"
        return version

    class LambdaAliasModel(models.CloudFormationModel):
        """AWS::Lambda::Alias over moto's own create_alias; Ref is the alias ARN."""

        __module__ = "moto.awslambda.models"  # moto's model registry keys on the module

        def __init__(self, alias: Any):
            self.physical_resource_id = alias.arn

        @staticmethod
        def cloudformation_type() -> str:
            return "AWS::Lambda::Alias"

        @classmethod
        def create_from_cloudformation_json(cls, resource_name, cloudformation_json, account_id, region_name, **kw):  # type: ignore[no-untyped-def, override]
            props = cloudformation_json["Properties"]
            version = str(props["FunctionVersion"]).rsplit(":", 1)[-1]
            backend = models.lambda_backends[account_id][region_name]
            return cls(backend.create_alias(props["Name"], props["FunctionName"], version, "", None))

    original_clean = parsing.clean_json

    def clean_json(resource_json: Any, resources_map: Any) -> Any:
        # CloudFormation drops AWS::NoValue from lists (a conditional policy, say); moto keeps None.
        if isinstance(resource_json, list):
            return [v for v in (clean_json(x, resources_map) for x in resource_json) if v is not None]
        return original_clean(resource_json, resources_map)

    def version_attribute(self: Any, name: str) -> str:
        if name == "Version":  # what SAM's alias points at
            return str(self.version)
        raise parsing.UnformattedGetAttTemplateException()

    parsing.clean_json = clean_json
    models.LambdaVersion.create_from_cloudformation_json = classmethod(create_version)
    models.LambdaVersion.get_cfn_attribute = version_attribute
    _REGISTERED.append(LambdaAliasModel)  # subclasses are weakly referenced
    _clear = (get_model_list, get_model_map, get_name_type_map)
    for cached in _clear:
        cached.cache_clear()

    def undo() -> None:
        parsing.clean_json = original_clean
        models.LambdaVersion.create_from_cloudformation_json = original
        del models.LambdaVersion.get_cfn_attribute
        _REGISTERED.clear()
        for cached in _clear:
            cached.cache_clear()

    return undo


def package(build_dir: Path, s3: Any) -> dict[str, Any]:
    """The built template with every CodeUri / ContentUri uploaded to the artifact bucket."""
    s3.create_bucket(Bucket=ARTIFACT_BUCKET)
    doc = load_template(build_dir / "template.yaml")
    for logical_id, resource in doc["Resources"].items():
        props = resource.get("Properties") or {}
        for key in ("CodeUri", "ContentUri"):
            if key in props:
                body = _zip(build_dir / props[key], layer=key == "ContentUri", handler=props.get("Handler"))
                s3.put_object(Bucket=ARTIFACT_BUCKET, Key=f"{logical_id}.zip", Body=body)
                props[key] = f"s3://{ARTIFACT_BUCKET}/{logical_id}.zip"
    return doc


def translate(doc: dict[str, Any], parameters: dict[str, str]) -> dict[str, Any]:
    """Expand the SAM transform with every parameter as a string, as CloudFormation passes them."""
    from samtranslator.translator.transform import transform

    class NoManagedPolicies:
        def load(self) -> dict[str, str]:
            return {}

    values = {name: str(spec.get("Default", "")) for name, spec in doc["Parameters"].items()}
    values.update(parameters)
    return transform(copy.deepcopy(doc), values, NoManagedPolicies())


def create_stack(cfn: Any, name: str, template: dict[str, Any], parameters: dict[str, str]) -> dict[str, Any]:
    cfn.create_stack(
        StackName=name,
        TemplateBody=json.dumps(template),
        Parameters=[{"ParameterKey": k, "ParameterValue": v} for k, v in parameters.items()],
        Capabilities=["CAPABILITY_IAM"],
    )
    return cfn.describe_stacks(StackName=name)["Stacks"][0]


def _zip(path: Path, layer: bool, handler: str | None) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        if layer and not (path / "python").is_dir():
            for file in sorted(p for p in path.rglob("*") if p.is_file()):
                archive.write(file, file.relative_to(path).as_posix())
        else:
            package_dir = handler.split(".", 1)[0] if handler else None
            for file in sorted(p for p in path.rglob("*") if p.is_file()):
                relative = file.relative_to(path).as_posix()
                if package_dir and relative.startswith(f"{package_dir}/"):
                    archive.write(file, relative)
            listing = "\n".join(sorted(p.relative_to(path).as_posix() for p in path.rglob("*") if p.is_file()))
            archive.writestr("BUILD-MANIFEST.txt", listing)
    return buffer.getvalue()
