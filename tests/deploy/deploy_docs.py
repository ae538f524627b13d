"""The deploy commands the docs show, extracted from the markdown and read as SAM CLI reads them."""

from __future__ import annotations

import contextlib
import re
import shlex
from pathlib import Path

from rft_graders.deploy import sam_deploy_options

ROOT = Path(__file__).resolve().parents[2]
DOCS = [ROOT / "README.md", ROOT / "docs" / "walkthrough.md", ROOT / "specs" / "README.md"]
_COMMAND = re.compile(r"^(?:\S*/)?(?:rft-graders|sam) deploy(?![-\w])")
_FENCE = re.compile(r"```[a-z]*\n(.*?)```", re.S)


def deploy_commands(path: Path) -> list[str]:
    """Every `sam deploy` / `rft-graders deploy` command with options in ``path`` (prose names it bare)."""
    text = path.read_text(encoding="utf-8")
    commands = []
    for block in _FENCE.findall(text):
        for line in block.replace("\\\n", " ").splitlines():
            line = line.strip().removeprefix("$ ")
            if _COMMAND.match(line) and len(line.split()) > 2:
                commands.append(" ".join(line.split()))
    for span in re.findall(r"`([^`]+)`", _FENCE.sub("", text)):
        span = " ".join(span.split())  # inline code may wrap across lines
        if _COMMAND.match(span) and len(span.split()) > 2:
            commands.append(span)
    return commands


def sam_argv(command: str) -> list[str]:
    """The options after `deploy`, split as a POSIX shell splits them."""
    words = shlex.split(command, comments=True)
    return words[words.index("deploy") + 1 :]


def copy_steps(path: Path) -> list[tuple[str, str]]:
    """`cp SRC specs/DST` steps shown before a deploy: the spec files the docs create."""
    return re.findall(r"^cp (\S+) (specs/\S+)$", path.read_text(encoding="utf-8"), re.M)


def sam_overrides(command: str) -> dict[str, str]:
    """The parameter overrides `sam deploy` would send for ``command`` (SAM CLI's own parser)."""
    with contextlib.chdir(ROOT):  # samconfig.toml is read from here, as a user in the checkout
        return dict(sam_deploy_options(sam_argv(command)).get("parameter_overrides") or {})
