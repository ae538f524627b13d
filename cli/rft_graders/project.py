"""The project as SAM sees it: functions, their handlers, timeouts and environment.

Read from ``template.yaml`` (or a built ``.aws-sam/build/template.yaml``) so that local runs
use exactly the configuration that deploys. Parameters resolve to their defaults unless
overridden; intrinsic functions that only make sense in an account resolve to nothing.
"""

from __future__ import annotations

import argparse
import json
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rft_graders.cli import CliError

FUNCTION_SUFFIX = "GraderFunction"
PSEUDO_PARAMETERS = {
    "AWS::Region": "us-east-1",
    "AWS::AccountId": "123456789012",
    "AWS::Partition": "aws",
    "AWS::StackName": "rft-graders",
}


@dataclass(frozen=True)
class Function:
    """One ``AWS::Serverless::Function`` of the template."""

    logical_id: str
    short_name: str
    handler: str
    code_uri: str
    timeout: int
    memory: int
    environment: dict[str, str] = field(default_factory=dict)
    layers: tuple[str, ...] = ()

    @property
    def handler_module(self) -> str:
        return self.handler.rsplit(".", 1)[0]

    @property
    def handler_attr(self) -> str:
        return self.handler.rsplit(".", 1)[1]


@dataclass(frozen=True)
class Project:
    root: Path
    template_path: Path
    functions: dict[str, Function]
    layers: dict[str, str]  # logical id -> ContentUri

    def function(self, name: str) -> Function:
        """Find a function by any name a user may paste.

        The logical id (``RouterGraderFunction``), the short name (``router``), the name
        CloudFormation gave the deployed function (``rft-graders-RouterGraderFunction-AbC123``),
        or an ARN, qualified or not, ending in any of these.
        """
        key = function_name_from(name)
        for fn in self.functions.values():
            if key in (fn.logical_id, fn.short_name) or key.lower().replace("-", "_") == fn.short_name:
                return fn
        logical = logical_id_in_physical_name(key, list(self.functions))
        if logical is not None:
            return self.functions[logical]
        known = ", ".join(f"{f.short_name} ({f.logical_id})" for f in self.functions.values())
        raise CliError(f"no function {name!r} in {self.template_path} (known: {known})")

    @property
    def events_dir(self) -> Path:
        return self.root / "events"


_ARN = re.compile(r"^arn:[^:]+:lambda:[^:]*:[^:]*:function:(?P<name>[^:]+)(?::(?P<qualifier>[^:]+))?$")
# CloudFormation names a function `<stack>-<LogicalId>-<12 random characters>`, cutting the
# stack name and then the logical id short when the whole would pass 64 characters.
_PHYSICAL = re.compile(r"^(?:.+-)?(?P<logical>[A-Za-z0-9]+)-(?P<suffix>[A-Za-z0-9]+)$")


def function_name_from(name: str) -> str:
    """``arn:aws:lambda:us-east-1:123:function:NAME[:QUALIFIER]`` -> ``NAME``; names pass through."""
    match = _ARN.match(name)
    return match.group("name") if match else name


def arn_qualifier(name: str) -> str | None:
    """The version or alias of a qualified function ARN (``None`` for names and bare ARNs)."""
    match = _ARN.match(name)
    return match.group("qualifier") if match else None


def logical_id_in_physical_name(name: str, logical_ids: list[str]) -> str | None:
    """``rft-graders-RouterGraderFunction-AbC123`` -> ``RouterGraderFunction`` if it is one of ``logical_ids``.

    A cut-short logical id matches the one logical id it begins, if only one does.
    """
    match = _PHYSICAL.match(function_name_from(name))
    if match is None:
        return None
    logical = match.group("logical")
    if logical in logical_ids:
        return logical
    candidates = [lid for lid in logical_ids if len(logical) >= 4 and lid.startswith(logical)]
    return candidates[0] if len(candidates) == 1 else None


def short_name_of(logical_id: str) -> str:
    base = logical_id.removesuffix(FUNCTION_SUFFIX).removesuffix("Function")
    # Underscores, so that the short name is also the grader type and package prefix
    # (ToolCallsGraderFunction -> tool_calls -> tool_calls_grader).
    return re.sub(r"(?<!^)(?=[A-Z])", "_", base).lower()


def find_root(start: Path | None = None) -> Path:
    here = (start or Path.cwd()).resolve()
    for candidate in (here, *here.parents):
        if (candidate / "template.yaml").is_file():
            return candidate
    raise CliError("no template.yaml here or in any parent directory: run from the rft-graders checkout")


def load_project(
    root: Path | None = None, template: Path | None = None, overrides: dict[str, str] | None = None
) -> Project:
    root = find_root(root) if template is None else template.resolve().parent
    template_path = template.resolve() if template else root / "template.yaml"
    doc = load_template(template_path)
    params = {name: str(spec.get("Default", "")) for name, spec in (doc.get("Parameters") or {}).items()}
    params.update(PSEUDO_PARAMETERS)
    params.update(overrides or {})
    glob = (doc.get("Globals") or {}).get("Function") or {}
    functions: dict[str, Function] = {}
    layers: dict[str, str] = {}
    for logical_id, resource in (doc.get("Resources") or {}).items():
        props = resource.get("Properties") or {}
        if resource.get("Type") == "AWS::Serverless::LayerVersion":
            layers[logical_id] = str(props.get("ContentUri", ""))
        if resource.get("Type") != "AWS::Serverless::Function":
            continue
        env = {}
        for source in (glob, props):
            for key, value in ((source.get("Environment") or {}).get("Variables") or {}).items():
                resolved = resolve(value, params)
                if resolved is not None:
                    env[key] = str(resolved)
        layer_refs = props.get("Layers", glob.get("Layers", [])) or []
        functions[logical_id] = Function(
            logical_id=logical_id,
            short_name=short_name_of(logical_id),
            handler=str(props.get("Handler", glob.get("Handler", ""))),
            code_uri=str(props.get("CodeUri", glob.get("CodeUri", ""))),
            timeout=int(resolve(props.get("Timeout", glob.get("Timeout", 3)), params) or 3),
            memory=int(resolve(props.get("MemorySize", glob.get("MemorySize", 128)), params) or 128),
            environment=env,
            layers=tuple(ref["Ref"] for ref in layer_refs if isinstance(ref, dict) and "Ref" in ref),
        )
    return Project(root, template_path, functions, layers)


def load_template(path: Path) -> dict[str, Any]:
    import yaml

    class Loader(yaml.SafeLoader):
        pass

    def intrinsic(loader: yaml.SafeLoader, suffix: str, node: yaml.Node) -> dict[str, Any]:
        name = "Ref" if suffix == "Ref" else f"Fn::{suffix}"
        if isinstance(node, yaml.ScalarNode):
            value: Any = loader.construct_scalar(node)
            if suffix == "GetAtt":
                value = value.split(".", 1)
        elif isinstance(node, yaml.SequenceNode):
            value = loader.construct_sequence(node, deep=True)
        else:
            value = loader.construct_mapping(node, deep=True)
        return {name: value}

    Loader.add_multi_constructor("!", intrinsic)
    try:
        with path.open(encoding="utf-8") as stream:
            return yaml.load(stream, Loader=Loader) or {}
    except FileNotFoundError:
        raise CliError(f"{path} not found") from None


def resolve(value: Any, params: dict[str, str]) -> Any:
    """Resolve ``Ref`` to parameters and ``Fn::Sub`` over them; other intrinsics -> None."""
    if isinstance(value, dict):
        if "Ref" in value:
            return params.get(value["Ref"])
        if "Fn::Sub" in value and isinstance(value["Fn::Sub"], str):
            text = value["Fn::Sub"]
            if any(name not in params for name in re.findall(r"\$\{([^}!]+)\}", text)):
                return None
            return re.sub(r"\$\{([^}!]+)\}", lambda m: params[m.group(1)], text)
        return None
    return value


def lambda_environment(fn: Function, region: str | None = None) -> dict[str, str]:
    """The variables Lambda itself sets for a function, as ``sam local`` sets them."""
    region = region or os.environ.get("AWS_REGION") or os.environ.get("AWS_DEFAULT_REGION") or "us-east-1"
    return {
        "AWS_LAMBDA_FUNCTION_NAME": fn.logical_id,
        "AWS_LAMBDA_FUNCTION_MEMORY_SIZE": str(fn.memory),
        "AWS_LAMBDA_FUNCTION_TIMEOUT": str(fn.timeout),
        "AWS_LAMBDA_FUNCTION_VERSION": "$LATEST",
        "AWS_LAMBDA_LOG_GROUP_NAME": f"/aws/lambda/{fn.logical_id}",
        "AWS_LAMBDA_LOG_STREAM_NAME": "local",
        "AWS_EXECUTION_ENV": "AWS_Lambda_python3.13",
        "AWS_REGION": region,
        "AWS_DEFAULT_REGION": region,
        "_HANDLER": fn.handler,
        "TZ": ":UTC",
        "LANG": "en_US.UTF-8",
    }


def read_env_overrides(path: str | None, fn: Function) -> dict[str, str]:
    """``--env-vars FILE`` in SAM's format: ``{"FunctionLogicalId": {...}, "Parameters": {...}}``."""
    if not path:
        return {}
    try:
        data = json.loads(Path(path).read_text())
    except (OSError, ValueError) as exc:
        raise CliError(f"--env-vars {path}: {exc}") from None
    merged = {**data.get("Parameters", {}), **data.get(fn.logical_id, {}), **data.get(fn.short_name, {})}
    return {key: str(value) for key, value in merged.items()}


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("functions", help="list the grader functions in template.yaml")
    parser.set_defaults(func=_list)


def _list(args: argparse.Namespace) -> int:
    project = load_project()
    for fn in project.functions.values():
        print(f"{fn.short_name:10} {fn.logical_id:26} {fn.handler}  timeout={fn.timeout}s memory={fn.memory}MB")
    return 0
