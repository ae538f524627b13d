"""One source of truth for what deploys: the pinned requirements files.

The layer's (shared/requirements.txt) and each function's (graders/<name>/requirements.txt)
pins are what `sam build` installs; `make setup` installs the dev environment under them as
constraints, so tests exercise the versions that deploy. These tests fail when the two
drift apart, when a pin escapes pyproject.toml's range, or when a grader folder is missing
from package discovery.
"""

from __future__ import annotations

import importlib.metadata
import tomllib
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parents[1]
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text())
PIN_FILES = [ROOT / "shared" / "requirements.txt", *sorted((ROOT / "graders").glob("*/requirements.txt"))]


def pins() -> list[tuple[str, Requirement]]:
    found = []
    for path in PIN_FILES:
        for line in path.read_text().splitlines():
            line = line.split("#", 1)[0].strip()
            if line:
                found.append((str(path.relative_to(ROOT)), Requirement(line)))
    return found


PINS = pins()


@pytest.mark.parametrize(("source", "requirement"), PINS, ids=[f"{s}:{r.name}" for s, r in PINS])
def test_pin_is_exact_and_installed_in_the_dev_environment(source: str, requirement: Requirement) -> None:
    [spec] = list(requirement.specifier)
    assert spec.operator == "==", f"{source}: {requirement} is not pinned (==): what deploys must be reproducible"
    installed = importlib.metadata.version(requirement.name)
    assert installed == spec.version, (
        f"{source} deploys {requirement.name} {spec.version}, the dev environment has {installed}: "
        "re-run `make setup` (it installs under the pins), or move the pin deliberately"
    )


def test_the_same_package_is_pinned_alike_everywhere() -> None:
    # The router carries every function's requirements: two pins of one package would clash.
    versions: dict[str, set[str]] = {}
    for _, requirement in PINS:
        versions.setdefault(canonicalize_name(requirement.name), set()).add(str(requirement.specifier))
    assert {name: v for name, v in versions.items() if len(v) > 1} == {}


@pytest.mark.parametrize("dependency", PYPROJECT["project"]["dependencies"])
def test_pyproject_range_admits_the_pin(dependency: str) -> None:
    wanted = Requirement(dependency)
    pinned = [r for _, r in PINS if canonicalize_name(r.name) == canonicalize_name(wanted.name)]
    for requirement in pinned:
        [spec] = list(requirement.specifier)
        assert wanted.specifier.contains(spec.version), f"pyproject.toml's {wanted} refuses the deployed {requirement}"


def test_every_grader_folder_is_discovered() -> None:
    where = PYPROJECT["tool"]["setuptools"]["packages"]["find"]["where"]
    folders = {f"graders/{p.parent.parent.name}" for p in (ROOT / "graders").glob("*/*/__init__.py")}
    assert folders <= set(where), f"add to [tool.setuptools.packages.find] where: {sorted(folders - set(where))}"
