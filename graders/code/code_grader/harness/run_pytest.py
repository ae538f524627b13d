"""Format ``pytest``: pytest test modules, run by pytest in the runner.

pytest, the test modules and the counting of outcomes all live in the runner. The module
the tests import (``solution`` by default) is a stand-in whose attributes are the
candidate's names as :class:`~remote.Remote` proxies, so the candidate never shares an
interpreter with pytest and cannot patch it, its hooks or its report.

The test sources never touch the disk: pytest collects empty placeholder files, and a
plugin builds each test module from memory (with pytest's assertion rewriting). The
configuration is fixed: the harness's own read-only, empty ``pytest.ini`` (so no
``pytest.ini``/``pyproject.toml``/``tox.ini`` a candidate writes is read),
``--noconftest``, no plugin autoload, no cache, ``-p no:`` for plugins that could read or
write state. A test counts as passed only if its call phase passed and its
setup and teardown did not fail; skips, xfails and errors are failures; tests that were
expected but never ran are failures.
"""

from __future__ import annotations

import ast
import os
import secrets
import signal
import sys
import types

from code_grader.harness.boot import REAL_BUILTINS, Session, fresh_builtins
from code_grader.harness.text import excerpt

# The sandbox imports as little as it can: typing only for the type checker.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

_PLACEHOLDER = "# the test source is held in memory by the runner\n"


def run(session: Session) -> None:
    names = session.start_candidate()
    secret = session.secret()
    files: dict[str, str] = secret["files"]
    expected = secret.get("expected_tests")
    if names is None:
        total = expected or 1
        session.cases[:] = [{"name": f"test_{i}", "passed": False, "reason": session.load_error} for i in range(total)]
        return
    module = types.ModuleType(session.job["module"])
    module.__dict__.update(names)
    # ``from solution import *`` brings in the candidate's names, never one that would
    # shadow a builtin or a name the test module binds itself (``pytest``, a helper).
    own = set(REAL_BUILTINS).union(*(_bound_names(source) for source in files.values()))
    module.__all__ = sorted(name for name in names if name not in own and not name.startswith("_"))
    sys.modules[session.job["module"]] = module

    os.environ["PYTEST_DISABLE_PLUGIN_AUTOLOAD"] = "1"
    sys.path[1:1] = session.job["runner_path"]
    import pytest

    # A name the candidate cannot guess in advance (it shares the scratch directory).
    root = os.path.join(os.getcwd(), f"tests-{secrets.token_hex(8)}")
    os.mkdir(root, 0o700)
    paths = []
    for name in files:
        paths.append(os.path.join(root, name))
        with open(paths[-1], "x") as handle:
            handle.write(_PLACEHOLDER)

    plugin = _make_plugin(pytest, files)

    def on_alarm(signum: int, frame: object) -> None:
        session.flags["timeout"] = True
        pytest.exit("the runner's time is up")

    signal.signal(signal.SIGALRM, on_alarm)
    ini = os.path.join(os.path.dirname(__file__), "pytest.ini")
    args = [
        *paths, "-c", ini, "--rootdir", root, "--confcutdir", root, "--noconftest", "-o", "addopts=",
        "-p", "no:cacheprovider", "-p", "no:stepwise", "-p", "no:pastebin", "-p", "no:junitxml",
        "-p", "no:doctest", "-p", "no:logging", "--capture=sys", "-q", "--no-header", "--tb=line",
        "--basetemp", os.path.join(os.getcwd(), "pytest-tmp"),
    ]  # fmt: skip
    status = pytest.main(args, plugins=[plugin])
    if status in (pytest.ExitCode.INTERNAL_ERROR, pytest.ExitCode.USAGE_ERROR):
        raise RuntimeError(f"pytest could not run the tests (exit status {int(status)})")
    outcomes = plugin.outcomes
    session.cases[:] = [
        {"name": nodeid, "passed": outcome == "passed", "reason": "" if outcome == "passed" else outcome}
        for nodeid, outcome in outcomes.items()
    ]
    for error in plugin.collection_errors:
        session.cases.append({"name": "collection", "passed": False, "reason": error})
    if expected is not None and len(outcomes) != expected:
        missing = expected - len(outcomes)
        session.cases += [
            {"name": f"missing_{i}", "passed": False, "reason": f"{expected} tests expected, {len(outcomes)} ran"}
            for i in range(max(0, missing))
        ]
        if missing < 0:  # more tests than the dataset says exist: trust none of them
            for case in session.cases:
                case["passed"] = False
                case["reason"] = f"{expected} tests expected, {len(outcomes)} ran"


def _make_plugin(pytest: Any, files: dict[str, str]) -> Any:
    module_class = _memory_module_class(pytest, files)

    class Plugin:
        def __init__(self) -> None:
            self.outcomes: dict[str, str] = {}
            self.collection_errors: list[str] = []

        @pytest.hookimpl(tryfirst=True)
        def pytest_pycollect_makemodule(self, module_path: Any, parent: Any) -> Any:
            if module_path.name in files:
                return module_class.from_parent(parent, path=module_path)
            return None

        def pytest_collectreport(self, report: Any) -> None:
            if report.failed:
                self.collection_errors.append(f"collecting {report.nodeid or 'tests'} failed")

        def pytest_runtest_logreport(self, report: Any) -> None:
            # setup ok -> "set up"; only a passing call phase after that makes "passed".
            state = self.outcomes.get(report.nodeid)
            ok = report.passed and not hasattr(report, "wasxfail")
            if report.when == "setup":
                self.outcomes[report.nodeid] = "set up, never called" if ok else _describe(report, "setup")
            elif report.when == "call" and state == "set up, never called":
                self.outcomes[report.nodeid] = "passed" if ok else _describe(report, "call")
            elif report.when == "teardown" and state == "passed" and not ok:
                self.outcomes[report.nodeid] = _describe(report, "teardown")

    return Plugin()


def _describe(report: Any, when: str) -> str:
    if hasattr(report, "wasxfail"):
        return f"xfail/xpass in {when}"
    if report.skipped:
        return f"skipped in {when}"
    text = str(getattr(report, "longreprtext", ""))
    return f"failed in {when}: {excerpt(text[-300:])}"


def _bound_names(source: str) -> set[str]:
    """Names a test module binds at its top level (imports, definitions, assignments)."""
    try:
        tree = ast.parse(source)
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return set()  # pytest reports the collection error itself
    bound: set[str] = set()
    for node in tree.body:
        if isinstance(node, ast.Import | ast.ImportFrom):
            bound.update((alias.asname or alias.name).split(".")[0] for alias in node.names if alias.name != "*")
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            bound.add(node.name)
        elif isinstance(node, ast.Assign | ast.AnnAssign | ast.AugAssign):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            bound.update(n.id for t in targets for n in ast.walk(t) if isinstance(n, ast.Name))
    return bound


def _memory_module_class(pytest: Any, files: dict[str, str]) -> Any:
    from _pytest.assertion.rewrite import rewrite_asserts

    class MemoryModule(pytest.Module):
        def _getobj(self) -> types.ModuleType:
            source = files[self.path.name]
            name = "rft_tests_" + self.path.stem
            tree = ast.parse(source, filename=str(self.path))
            rewrite_asserts(tree, source.encode("utf-8"), str(self.path), self.config)
            module = types.ModuleType(name)
            module.__file__ = str(self.path)
            module.__builtins__ = fresh_builtins()  # type: ignore[attr-defined]
            sys.modules[name] = module
            exec(compile(tree, str(self.path), "exec", dont_inherit=True), module.__dict__)
            return module

    return MemoryModule
