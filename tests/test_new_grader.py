"""`rft-graders new-grader`: a two-word grader scaffolded in a throwaway clone, then built,
invoked and tested there, as a newcomer would (docs/adding-a-grader.md).

The clone is `git clone` of this repository with the working tree's changes copied over,
so the check runs the code under test, committed or not.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT

from rft_graders.naming import check_name, logical_id_of, short_name_of

NAME = "exact_match"
BIN = Path(sys.executable).parent


@pytest.mark.parametrize(
    ("name", "ok"),
    [
        pytest.param("exact_match", True, id="two-words"),
        pytest.param("bleu4", True, id="digits-inside-a-word"),
        pytest.param("ExactMatch", False, id="camel-case-is-the-logical-id-not-the-name"),
        pytest.param("exact-match", False, id="hyphen-is-no-identifier"),
        pytest.param("exact__match", False, id="empty-word-would-not-round-trip"),
        pytest.param("exact_2match", False, id="word-starting-with-digit-would-not-round-trip"),
        pytest.param("class", False, id="python-keyword"),
        pytest.param("weighted", False, id="taken-by-the-core"),
    ],
)
def test_grader_names(name: str, ok: bool) -> None:
    assert (check_name(name) is None) == ok
    if ok:  # one rule both ways: name -> logical id -> name
        assert short_name_of(logical_id_of(name)) == name


def _roots(clone: Path) -> str:
    from rft_graders.new_grader import package_roots

    return os.pathsep.join(str(p) for p in package_roots(clone))


def _run(argv: list[str], clone: Path, **env: str) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(
        argv, cwd=clone, capture_output=True, text=True, env={**os.environ, "PYTHONPATH": _roots(clone), **env}
    )
    assert done.returncode == 0, f"{' '.join(argv)}:\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}"
    return done


@pytest.fixture(scope="module")
def clone(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if shutil.which("git") is None or not (ROOT / ".git").exists():
        pytest.skip("needs git and a checkout")
    dest = tmp_path_factory.mktemp("scaffold") / "rft-graders"
    subprocess.run(["git", "clone", "--quiet", str(ROOT), str(dest)], check=True)
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT, capture_output=True, text=True, check=True,
    ).stdout.split("\0")  # fmt: skip
    for relative in filter(None, listed):
        source, target = ROOT / relative, dest / relative
        if source.is_symlink() or not source.exists():  # symlinks are as committed; deleted files go
            if not source.exists() and (target.exists() or target.is_symlink()):
                target.unlink()
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(source, target)
    # What `make setup` generates and git ignores: WordNet for the similarity grader's METEOR.
    wordnet = ROOT / "graders" / "similarity" / "nltk_data"
    if wordnet.is_dir():
        shutil.copytree(wordnet, dest / "graders" / "similarity" / "nltk_data", dirs_exist_ok=True)
    git = ["git", "-c", "user.name=scaffold-test", "-c", "user.email=scaffold-test@example.invalid"]
    subprocess.run([*git, "add", "-A"], cwd=dest, check=True)
    subprocess.run([*git, "commit", "--quiet", "--allow-empty", "-m", "working tree"], cwd=dest, check=True)
    _run([sys.executable, "-m", "rft_graders", "new-grader", NAME, "--root", str(dest)], dest)
    return dest


def test_new_grader_writes_and_registers_everything(clone: Path) -> None:
    # Its own files, plus the three shared files it registers itself in (graders/Makefile
    # derives everything): left by hand are grade() in grader.py, the events, the README.
    changed = subprocess.run(
        ["git", "status", "--porcelain", "--untracked-files=all"], cwd=clone, capture_output=True, text=True
    ).stdout
    touched = sorted(line[3:] for line in changed.splitlines())
    assert touched == sorted(
        [
            f"events/{NAME}/example.json",
            f"events/{NAME}/example.response.json",
            f"graders/{NAME}/README.md",
            f"graders/{NAME}/{NAME}_grader/__init__.py",
            f"graders/{NAME}/{NAME}_grader/grader.py",
            f"graders/{NAME}/{NAME}_grader/grader_schema_check.py",
            f"graders/{NAME}/{NAME}_grader/handler.py",
            "pyproject.toml",
            "shared/grader_core/registry.py",
            f"specs/{NAME.replace('_', '-')}-default.json",  # the function's default spec file
            "template.yaml",
            f"tests/{NAME}/test_{NAME}_grader.py",
        ]
    )


def test_scaffold_is_lint_clean(clone: Path) -> None:
    _run([str(BIN / "ruff"), "check", "."], clone)
    _run([str(BIN / "ruff"), "format", "--check", "."], clone)


def test_scaffold_builds_and_its_artifact_answers_its_event(clone: Path, tmp_path: Path) -> None:
    artifact = tmp_path / "artifact"
    artifact.mkdir()
    fid = logical_id_of(NAME)
    _run(
        ["make", "-s", "-C", "graders", f"build-{fid}", f"ARTIFACTS_DIR={artifact}", f"PYTHON={sys.executable}"], clone
    )
    assert (artifact / f"{NAME}_grader" / "__pycache__").is_dir(), "the build ships bytecode"
    event = clone / "events" / NAME / "example.json"
    invoke = (
        "import json, sys; import exact_match_grader.handler as h; "
        f"assert h.__file__.startswith({str(artifact)!r}), h.__file__; "
        f"print(json.dumps(h.lambda_handler(json.load(open({str(event)!r})), None)))"
    )
    spec = json.dumps({"type": NAME})
    done = subprocess.run(
        [sys.executable, "-c", invoke], capture_output=True, text=True,
        env={**os.environ, "PYTHONPATH": f"{artifact}{os.pathsep}{clone / 'shared'}", "GRADER_SPEC": spec},
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    response = json.loads(done.stdout.splitlines()[-1])
    assert response == json.loads(event.with_name("example.response.json").read_text())
    assert [r["aggregate_reward_score"] for r in response] == [1.0, 0.0, 0.0]  # match, mismatch, skipped


def test_scaffold_passes_its_own_and_the_project_checks(clone: Path) -> None:
    # Its unit test, and the contract tests that tie registry, template, Makefile, events,
    # README, compiled spec check and pins together, in the clone.
    _run(
        [
            sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", f"tests/{NAME}",
            "tests/test_contract.py", "tests/test_docs.py", "tests/test_events.py",
            "tests/core/test_core_schema_check.py", "tests/test_resolver_parity.py",
        ],
        clone,
    )  # fmt: skip


def test_template_stays_valid(clone: Path) -> None:
    if not (BIN / "sam").exists():
        pytest.skip("sam is not installed")
    _run([str(BIN / "sam"), "validate", "--lint", "-t", "template.yaml"], clone, SAM_CLI_TELEMETRY="0")
