"""Every deploy command in README.md, docs/walkthrough.md and specs/README.md works as written.

Each is extracted from the markdown, split as a shell splits it, read by SAM CLI's own
`sam deploy` command (its parameter-override parser and samconfig.toml) and checked by
`rft-graders deploy-check`, with the spec files the docs tell the reader to create created
by replaying those steps. A doc that drifts from what deploys fails here.
"""

from __future__ import annotations

import contextlib
import shutil
from pathlib import Path

import pytest
from conftest import ROOT
from deploy_docs import DOCS, copy_steps, deploy_commands, sam_argv, sam_overrides

from rft_graders.cli import main
from rft_graders.deploy_check import check_deployment

COMMANDS = [(doc, command) for doc in DOCS for command in deploy_commands(doc)]


def test_the_docs_show_deploy_commands() -> None:
    shown = [len(deploy_commands(doc)) for doc in DOCS]
    # README: the steps list, the guided deploy and a CI deploy; the walkthrough's step 3; specs/README.
    assert shown == [3, 1, 1]


@pytest.fixture(scope="module")
def checkout(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """specs/ as a reader has it after following the docs: the repo's files plus the `cp` steps."""
    root = tmp_path_factory.mktemp("checkout")
    shutil.copytree(ROOT / "specs", root / "specs")
    with contextlib.chdir(root):
        assert main(["preflight", "--no-html"]) == 0  # step 2 writes reports/preflight/grader-spec.json
        for doc in DOCS:
            for source, target in copy_steps(doc):
                shutil.copy(source, target)
    return root


@pytest.mark.parametrize(("doc", "command"), COMMANDS, ids=[f"{d.name}:{c[:60]}" for d, c in COMMANDS])
def test_deploy_command_deploys_what_it_says(doc: Path, command: str, checkout: Path) -> None:
    assert "$(" not in command and "`" not in command, "SAM's parser splits a substituted value at spaces"
    overrides = sam_overrides(command)  # raises on an option sam deploy does not take
    argv = sam_argv(command)
    region = argv[argv.index("--region") + 1] if "--region" in argv else "us-east-1"
    problems = check_deployment(ROOT / "template.yaml", overrides, region, root=checkout)
    assert [str(p) for p in problems] == []
    # Each value arrives whole: what the doc wrote after `=` is what CloudFormation gets.
    for word in argv:
        if "=" in word and not word.startswith("-"):
            key, value = word.split("=", 1)
            assert overrides[key] == value


def test_walkthrough_deploys_the_spec_the_preflight_used(checkout: Path) -> None:
    [command] = deploy_commands(ROOT / "docs" / "walkthrough.md")
    target = sam_overrides(command)["RouterDefaultSpecFile"]
    assert (checkout / target).read_bytes() == (checkout / "reports/preflight/grader-spec.json").read_bytes()
