"""Everything a deployment's parameters must satisfy, checked before the stack changes.

CloudFormation checks parameter constraints and the template's ``Rules`` only when the
change set is created, and checks nothing about the spec files the functions will load.
:func:`check_deployment` checks, without AWS: every override is a template parameter; each
value meets its constraints (``AllowedValues``, ``AllowedPattern``, lengths, numbers); the
template's own ``Rules`` (evaluated here, so the two can never disagree); the score range;
ARNs in the deployment's region; and, per function, that its spec file exists, validates for
that function, and is the same file the build ships. Each problem names the parameter and
the fix.
"""

from __future__ import annotations

import contextlib
import math
import os
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rft_graders.project import Function, lambda_environment, load_project, load_template, resolve

# Parameters earlier versions of the template had, and what replaced them.
RENAMED = {
    "RouterDefaultSpec": "RouterDefaultSpecFile=specs/router-default.json (a file under specs/, then sam build)",
    "FormatDefaultSpec": "FormatDefaultSpecFile=specs/<file>.json",
    "MathDefaultSpec": "MathDefaultSpecFile=specs/<file>.json",
    "CodeDefaultSpec": "CodeDefaultSpecFile=specs/<file>.json",
    "JudgeDefaultSpec": "JudgeDefaultSpecFile=specs/<file>.json",
    "JudgeOpenAIApiKey": "JudgeApiKeySecretArn=<secret ARN> (keys live in Secrets Manager, never in parameters)",
}
# Lambda's limit on a version's description (the template puts parameters there).
MAX_VERSION_DESCRIPTION = 256
REGIONAL_ARNS = {"JudgeApiKeySecretArn": "secret", "DataBucketKmsKeyArn": "KMS key"}


@dataclass(frozen=True)
class Problem:
    parameter: str
    message: str

    def __str__(self) -> str:
        return f"{self.parameter}: {self.message}"


def check_deployment(
    template: Path, overrides: Mapping[str, str], region: str | None, root: Path | None = None
) -> list[Problem]:
    """All problems with deploying ``template`` with ``overrides`` in ``region`` (empty list: go)."""
    doc = load_template(template)
    declared: dict[str, dict[str, Any]] = doc.get("Parameters") or {}
    root = root or _source_root(template)
    problems = [_unknown(name, declared) for name in overrides if name not in declared]
    values = {name: str(spec.get("Default", "")) for name, spec in declared.items()}
    values.update({k: v for k, v in overrides.items() if k in declared})
    usable = dict(values)
    for name, spec in declared.items():
        errors = constraint_errors(spec, values[name])
        problems += [Problem(name, message) for message in errors]
        if errors:  # reported once; the checks below see the default instead
            usable[name] = str(spec.get("Default", ""))
    problems += rule_errors(doc, usable)
    problems += _score_range(usable)
    problems += _regions(usable, region)
    problems += _functions(template, doc, usable, root)
    return problems


def constraint_errors(spec: Mapping[str, Any], value: str) -> list[str]:
    """CloudFormation's parameter checks, as the service applies them."""
    hint = f" ({spec['ConstraintDescription']})" if spec.get("ConstraintDescription") else ""
    errors = []
    allowed = spec.get("AllowedValues")
    if allowed is not None and value not in [str(v) for v in allowed]:
        errors.append(f"{value!r} is not one of {', '.join(map(str, allowed))}")
    pattern = spec.get("AllowedPattern")
    if pattern is not None and re.fullmatch(pattern, value) is None:
        errors.append(f"{value!r} does not match the allowed pattern{hint}")
    if "MaxLength" in spec and len(value) > int(spec["MaxLength"]):
        errors.append(f"longer than {spec['MaxLength']} characters")
    if "MinLength" in spec and len(value) < int(spec["MinLength"]):
        errors.append(f"shorter than {spec['MinLength']} characters")
    if spec.get("Type") == "Number":
        try:
            number = float(value)
        except ValueError:
            return [*errors, f"{value!r} is not a number{hint}"]
        if not math.isfinite(number):
            errors.append(f"{value!r} is not a finite number")
        if "MinValue" in spec and number < float(spec["MinValue"]):
            errors.append(f"{value} is below the minimum {spec['MinValue']}")
        if "MaxValue" in spec and number > float(spec["MaxValue"]):
            errors.append(f"{value} is above the maximum {spec['MaxValue']}")
    return errors


def rule_errors(doc: Mapping[str, Any], values: Mapping[str, str]) -> list[Problem]:
    """The template's ``Rules``, evaluated as CloudFormation evaluates them."""
    problems = []
    for name, rule in (doc.get("Rules") or {}).items():
        if "RuleCondition" in rule and not evaluate_rule(rule["RuleCondition"], values):
            continue
        for assertion in rule.get("Assertions", []):
            if not evaluate_rule(assertion["Assert"], values):
                problems.append(Problem(name, " ".join(str(assertion.get("AssertDescription", "")).split())))
    return problems


def evaluate_rule(expr: Any, values: Mapping[str, str]) -> Any:
    """The rule functions this template uses (CloudFormation allows a few more)."""
    if not isinstance(expr, dict):
        return expr
    [(function, args)] = expr.items()
    if function == "Ref":
        return values[args]
    if function == "Fn::Equals":
        left, right = (evaluate_rule(a, values) for a in args)
        return str(left) == str(right)
    if function == "Fn::Not":
        return not evaluate_rule(args[0], values)
    if function == "Fn::And":
        return all(evaluate_rule(a, values) for a in args)
    if function == "Fn::Or":
        return any(evaluate_rule(a, values) for a in args)
    if function == "Fn::Contains":
        return str(evaluate_rule(args[1], values)) in [str(evaluate_rule(a, values)) for a in args[0]]
    raise ValueError(f"rule function {function} is not evaluated by rft-graders deploy-check")


def _unknown(name: str, declared: Mapping[str, Any]) -> Problem:
    if name in RENAMED:
        return Problem(name, f"no longer a parameter: use {RENAMED[name]}")
    return Problem(name, f"not a parameter of the template (parameters: {', '.join(sorted(declared))})")


def _score_range(values: Mapping[str, str]) -> list[Problem]:
    from grader_core.config import RunnerConfig

    try:
        names = {"SCORE_MIN": "ScoreMin", "SCORE_MAX": "ScoreMax", "ERROR_SCORE": "ErrorScore"}
        RunnerConfig.from_env({var: values.get(param, "") for var, param in names.items()})
    except ValueError as exc:
        return [Problem("ScoreMin/ScoreMax/ErrorScore", f"{exc}; fix the --parameter-overrides values")]
    return []


def _regions(values: Mapping[str, str], region: str | None) -> list[Problem]:
    problems = []
    for name, what in REGIONAL_ARNS.items():
        parts = values.get(name, "").split(":")
        if region and len(parts) > 3 and parts[3] != region:
            problems.append(
                Problem(
                    name,
                    f"the {what} is in {parts[3]}, the stack deploys to {region}: "
                    f"use a {what} in {region} (replicate the secret, or create the key there)",
                )
            )
    return problems


def _functions(template: Path, doc: Mapping[str, Any], values: dict[str, str], root: Path) -> list[Problem]:
    """Each function's default spec validates for it, and the build ships the same file."""
    from grader_core.errors import SpecError
    from grader_core.registry import FUNCTIONS
    from grader_core.spec import build_grader, load_spec
    from grader_core.spec_source import SPEC_FILE_ENV, SPECS_ROOT_ENV, read_default_spec

    project = load_project(template=template, overrides=values)
    build_dir = template.parent if template.parent.name == "build" else None
    problems = []
    for fn in project.functions.values():
        props = (doc["Resources"][fn.logical_id].get("Properties")) or {}
        parameter = _feeding_parameter(doc, props, SPEC_FILE_ENV) or f"{fn.logical_id} environment"
        problems += _version_description(fn, props, values)
        if fn.short_name not in FUNCTIONS:
            problems.append(Problem(fn.logical_id, "not a registered grader function (grader_core.registry)"))
            continue
        allowed = FUNCTIONS[fn.short_name]
        env = {**lambda_environment(fn), **fn.environment, SPECS_ROOT_ENV: str(root)}
        source = ""
        try:
            with _environment(env):
                found = read_default_spec(env)
                if found is not None:
                    source = f"{found[1]}: "
                    build_grader(load_spec(found[0]), allowed)
        except SpecError as exc:
            fix = f"check a file with: rft-graders validate-spec FILE --function {fn.short_name}"
            problems.append(Problem(parameter, f"{source}{exc} ({fix})"))
            continue
        name = fn.environment.get(SPEC_FILE_ENV, "")
        if name and build_dir is not None:
            problems += _built_copy(fn, name, root, build_dir, parameter)
    return problems


def _built_copy(fn: Function, name: str, root: Path, build_dir: Path, parameter: str) -> list[Problem]:
    source = (root / name).read_bytes()
    for layer in fn.layers:
        built = build_dir / layer / name
        if built.is_file():
            if built.read_bytes() == source:
                return []
            return [Problem(parameter, f"{name} changed since the last build: run `make build` (sam build) first")]
    return [Problem(parameter, f"{name} is not in the build ({build_dir}): run `make build` (sam build) first")]


def _version_description(fn: Function, props: Mapping[str, Any], values: Mapping[str, str]) -> list[Problem]:
    description = resolve(props.get("VersionDescription"), {**values, "AWS::Region": "", "AWS::AccountId": ""})
    if isinstance(description, str) and len(description) > MAX_VERSION_DESCRIPTION:
        return [
            Problem(
                fn.logical_id,
                f"its version description (the parameters it reads) is {len(description)} characters, "
                f"Lambda allows {MAX_VERSION_DESCRIPTION}: shorten the values it names (spec file, numbers)",
            )
        ]
    return []


def _feeding_parameter(doc: Mapping[str, Any], props: Mapping[str, Any], variable: str) -> str | None:
    value = ((props.get("Environment") or {}).get("Variables") or {}).get(variable)
    if isinstance(value, dict) and isinstance(value.get("Ref"), str) and value["Ref"] in (doc.get("Parameters") or {}):
        return value["Ref"]
    return None


def _source_root(template: Path) -> Path:
    """The checkout: the built template lives in .aws-sam/build/ below it."""
    template = template.resolve()
    if template.parent.name == "build" and template.parent.parent.name == ".aws-sam":
        return template.parent.parent.parent
    return template.parent


@contextlib.contextmanager
def _environment(env: Mapping[str, str]) -> Iterator[None]:
    # Graders read their runtime limits (memory size, model ids) from the environment when built.
    saved = dict(os.environ)
    os.environ.update(env)
    try:
        yield
    finally:
        os.environ.clear()
        os.environ.update(saved)
