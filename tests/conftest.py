"""Shared fixtures: the project as template.yaml describes it, and per-function handlers."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from grader_core.handler import make_handler
from grader_core.spec_source import SPECS_ROOT_ENV
from rft_graders.project import Project, lambda_environment, load_project

ROOT = Path(__file__).resolve().parents[1]
BUILD_DIR = ROOT / ".aws-sam" / "build"

# Tests never reach AWS: no metadata service, fake credentials, a fixed region.
os.environ.setdefault("AWS_EC2_METADATA_DISABLED", "true")
os.environ.setdefault("AWS_ACCESS_KEY_ID", "testing")
os.environ.setdefault("AWS_SECRET_ACCESS_KEY", "testing")
os.environ.setdefault("AWS_DEFAULT_REGION", "us-east-1")


@pytest.fixture(scope="session")
def project() -> Project:
    return load_project(ROOT)


@pytest.fixture(scope="session")
def handler_for(project: Project) -> Callable[[str], Callable[[Any, Any], Any]]:
    """The handler of a function, configured exactly as template.yaml configures it."""
    cache: dict[str, Callable[[Any, Any], Any]] = {}

    def get(short_name: str) -> Callable[[Any, Any], Any]:
        if short_name not in cache:
            fn = project.function(short_name)
            # Spec files (GRADER_SPEC_FILE) from the checkout's specs/, which Lambda has at /opt/specs.
            env = {**lambda_environment(fn), SPECS_ROOT_ENV: str(ROOT), **fn.environment}
            cache[short_name] = make_handler(short_name, env=env)
        return cache[short_name]

    return get


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if BUILD_DIR.is_dir():
        return
    skip = pytest.mark.skip(reason="no .aws-sam/build: run `make build` (make test does)")
    for item in items:
        if "built" in item.keywords:
            item.add_marker(skip)
