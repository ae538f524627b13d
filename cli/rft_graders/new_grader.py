"""``rft-graders new-grader NAME`` and ``rft-graders golden NAME``.

``new-grader`` writes a working grader (package, handler, event, golden response, README,
test) and registers it everywhere a grader must be known: the registry, template.yaml
(function, log group, default-spec parameter, outputs, the service role's invoke list)
and pyproject.toml's package roots. graders/Makefile needs nothing: its generic target
builds any grader and the router's list is derived. What is left by hand is the grader's
``grade`` (and spec schema), its events, and its README.

``golden`` (re)writes ``events/NAME/*.response.json`` from the function's handler run
in-process as template.yaml configures it: deliberately, after changing behaviour.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import re
import subprocess
import sys
import tomllib
from pathlib import Path

from rft_graders import new_grader_files as files
from rft_graders.cli import CliError
from rft_graders.naming import check_name, logical_id_of


def register(subparsers: argparse._SubParsersAction) -> None:
    new = subparsers.add_parser("new-grader", help="scaffold and register a new grader (see docs/adding-a-grader.md)")
    new.add_argument("name", help="lowercase words joined by '_', e.g. exact_match")
    new.add_argument("--root", type=Path, help="the checkout to add it to (default: the one around this directory)")
    new.set_defaults(func=_new_grader)
    golden = subparsers.add_parser("golden", help="rewrite events/NAME/*.response.json from the handler, in-process")
    golden.add_argument("name", help="function short name, e.g. format")
    golden.add_argument("--root", type=Path, help="the checkout (default: the one around this directory)")
    golden.set_defaults(func=_golden)


def package_roots(root: Path) -> list[Path]:
    """pyproject.toml's package roots: what PYTHONPATH needs to import every package."""
    where = tomllib.loads((root / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"]["find"]["where"]
    return [root / path for path in where]


def scaffold(root: Path, name: str) -> list[Path]:
    """Write and register grader ``name`` in the checkout at ``root``; the paths written."""
    problem = check_name(name)
    if problem:
        raise CliError(problem)
    n = files.names(name)
    folder = root / "graders" / name
    if folder.exists() or (root / "events" / name).exists():
        raise CliError(f"{folder} or events/{name}/ already exists")
    package = folder / n["package"]
    written = {
        package / "__init__.py": files.INIT,
        package / "grader.py": files.GRADER,
        package / "handler.py": files.HANDLER,
        root / "tests" / name / f"test_{name}_grader.py": files.TEST,
    }
    for path, template in written.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(template.format(**n))
    event = root / "events" / name / "example.json"
    event.parent.mkdir(parents=True)
    event.write_text(files.dump(files.example_event()) + "\n")
    # The function's default spec, a file the build ships (template parameter <Name>DefaultSpecFile).
    spec = root / "specs" / f"{name.replace('_', '-')}-default.json"
    spec.write_text(files.dump({"type": name}) + "\n")
    _register(root, name)
    _write_generated(root, name)
    readme = folder / "README.md"
    response = event.with_name("example.response.json")
    readme.write_text(
        files.README.format(**n, event=files.dump(json.loads(event.read_text())), response=response.read_text().strip())
    )
    return [*written, event, spec, response, readme, package / "grader_schema_check.py"]


def _register(root: Path, name: str) -> None:
    _edit(root / "shared" / "grader_core" / "registry.py", _registry_edit, name)
    _edit(root / "template.yaml", _template_edit, name)
    _edit(root / "pyproject.toml", _pyproject_edit, name)


def _edit(path: Path, change: object, name: str) -> None:
    text = path.read_text()
    changed = change(text, name)  # type: ignore[operator]
    if changed == text:
        raise CliError(f"{path}: could not find where to register {name!r}")
    path.write_text(changed)


def _insert_before_closing(text: str, opening: str, line: str) -> str:
    """Insert ``line`` before the ``}`` that closes the dict starting at ``opening``."""
    start = text.index(opening)
    end = text.index("\n}\n", start)
    return text[: end + 1] + line + "\n" + text[end + 1 :]


def _registry_edit(text: str, name: str) -> str:
    text = _insert_before_closing(text, "GRADER_MODULES: dict[str, str] = {", f'    "{name}": "{name}_grader.grader",')
    return _insert_before_closing(
        text, "FUNCTIONS: dict[str, frozenset[str] | None] = {", f'    "{name}": frozenset({{"{name}", "weighted"}}),'
    )


def _template_edit(text: str, name: str) -> str:
    fid = logical_id_of(name)
    camel = fid.removesuffix("GraderFunction")
    spec_file = f"specs/{name.replace('_', '-')}-default.json"
    parameter = f"""  {camel}DefaultSpecFile:
    Type: String
    MaxLength: 48
    Default: {spec_file}
    AllowedPattern: "^$|^specs/([A-Za-z0-9_-][A-Za-z0-9._-]*/)*[A-Za-z0-9_-][A-Za-z0-9._-]*\\\\.json$"
    ConstraintDescription: >-
      empty, or a spec file under specs/ in the repository such as specs/router-default.json
      (sam build ships specs/ to /opt/specs)
    Description: Grader spec file for samples without their own `grader` field.
"""
    # The deploy path's conventions (README "Pinned versions"): a version published behind
    # `live` whenever code, a layer or a parameter it reads changes; replaced versions kept.
    described = (
        f"rft-graders ${{{camel}DefaultSpecFile}} ${{FunctionMemory}}MB ${{ScoreMin}}..${{ScoreMax}} "
        "error=${ErrorScore} sample=${SampleTimeoutSeconds}s ${Architecture} ${FunctionTimeout}s ${LogLevel} "
        "snapstart=${EnableSnapStart}"
    )
    function = f"""  # ---- {name} {"-" * max(4, 84 - len(name))}
  {fid}:
    Type: AWS::Serverless::Function
    UpdateReplacePolicy: Retain
    Properties:
      AutoPublishAliasAllProperties: true
      VersionDescription: !Sub "{described}"
      Description: "rft-graders {name}"
      CodeUri: graders/
      Handler: {name}_grader.handler.lambda_handler
      Environment:
        Variables:
          GRADER_SPEC_FILE: !Ref {camel}DefaultSpecFile
    Metadata:
      BuildMethod: makefile
      # Retain replaced versions only (UpdateReplacePolicy); stack deletion deletes the function.
      cfn-lint: {{ config: {{ ignore_checks: [W3011] }} }}
  {camel}GraderLogGroup:
    Type: AWS::Logs::LogGroup
    Properties:
      LogGroupName: !Sub /aws/lambda/${{{fid}}}
      RetentionInDays: !Ref LogRetentionDays

"""
    outputs = f"""  {fid}Arn:
    Description: Published version ARN ({name}) for rftConfig.graderConfig.lambdaGrader.lambdaArn (pinned)
    Value: !Ref {fid}.Version
  {fid}AliasArn:
    Description: The live alias ({name}); it moves to the new version on every deploy that changes the function
    Value: !Ref {fid}.Alias
  {camel}GraderCustomizationConfig:
    Description: customizationConfig for CreateModelCustomizationJob (add hyperParameters)
    Value: !Sub
      - '{{"rftConfig": {{"graderConfig": {{"lambdaGrader": {{"lambdaArn": "${{Arn}}"}}}}}}}}'
      - Arn: !Ref {fid}.Version
"""
    text = re.sub(r"(?m)^(  RouterDefaultSpecFile:\n)", lambda m: parameter + m.group(1), text, count=1)
    text = re.sub(r"(?m)^(  # ---- router\b)", lambda m: function + m.group(1), text, count=1)
    text = re.sub(r"(?m)^(  RouterGraderFunctionArn:\n)", lambda m: outputs + m.group(1), text, count=1)
    text = re.sub(
        r"(?m)^( +)- !Sub \$\{RouterGraderFunction\.Arn\}:\*\n",
        lambda m: m.group(0) + f"{m.group(1)}- !Sub ${{{fid}.Arn}}:*\n",
        text,
        count=1,
    )
    return re.sub(r"(?m)^(        Parameters: \[ScoreMin, [^\]]*)\]", rf"\1, {camel}DefaultSpecFile]", text, count=1)


def _pyproject_edit(text: str, name: str) -> str:
    def add(match: re.Match[str]) -> str:
        roots = json.loads(match.group(2))
        return match.group(1) + json.dumps(sorted({*roots, f"graders/{name}"}, key=_root_order)) + "\n"

    return re.sub(r"(?m)^(where = )(\[[^\]]*\])\n", add, text, count=1)


def _root_order(path: str) -> tuple[bool, str]:
    return path.startswith("graders/"), path if path.startswith("graders/") else ""


def _write_generated(root: Path, name: str) -> None:
    """The compiled spec check and the golden response, in a fresh interpreter that
    imports this checkout's packages (the new one is not installed yet)."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(str(p) for p in package_roots(root))}
    for argv in (["-m", "grader_core.schema_check"], ["-m", "rft_graders", "golden", name, "--root", str(root)]):
        done = subprocess.run([sys.executable, *argv], cwd=root, env=env, capture_output=True, text=True)
        if done.returncode:
            raise CliError(f"{' '.join(argv)} failed:\n{done.stdout}{done.stderr}")


def write_goldens(root: Path, name: str) -> list[Path]:
    """Every ``events/<name>/*.json``'s response from the handler, as template.yaml configures it."""
    from grader_core.errors import EventError
    from grader_core.handler import make_handler
    from grader_core.spec_source import SPECS_ROOT_ENV
    from rft_graders.project import lambda_environment, load_project

    fn = load_project(root).function(name)
    env = {**lambda_environment(fn), SPECS_ROOT_ENV: str(root), **fn.environment}
    handler = make_handler(fn.short_name, env=env)
    changed = []
    for event in sorted((root / "events" / fn.short_name).glob("*.json")):
        if event.name.endswith(".response.json"):
            continue
        try:
            with contextlib.redirect_stdout(io.StringIO()):  # the EMF lines
                response: object = handler(json.loads(event.read_text()), None)
        except EventError as exc:
            response = {"errorType": "EventError", "errorMessage": str(exc)}
        path = event.with_name(event.stem + ".response.json")
        text = files.dump(response) + "\n"
        if not path.is_file() or path.read_text() != text:
            path.write_text(text)
            changed.append(path)
    return changed


def _root(args: argparse.Namespace) -> Path:
    from rft_graders.project import find_root

    return find_root(args.root)


def _new_grader(args: argparse.Namespace) -> int:
    root = _root(args)
    written = scaffold(root, args.name)
    print(f"wrote {len(written)} files and registered {args.name!r} (registry, template.yaml, pyproject.toml):")
    for path in written:
        print(f"  {path.relative_to(root)}")
    print(
        "next: make setup (installs the new package), then write grade() in "
        f"graders/{args.name}/{args.name}_grader/grader.py, fill events/{args.name}/, "
        f"run `rft-graders golden {args.name}` and update graders/{args.name}/README.md"
    )
    return 0


def _golden(args: argparse.Namespace) -> int:
    root = _root(args)
    os.environ.setdefault("LOG_LEVEL", "WARNING")  # one line per sample is for Lambda, not here
    changed = write_goldens(root, args.name)
    for path in changed:
        print(f"wrote {path.relative_to(root)}")
    if not changed:
        print("every golden response is current")
    return 0
