"""``rft-graders preflight`` with no arguments: the bundled demo, offline, end to end."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from rft_graders.cli import main


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[int, str, str, Path]:
    import contextlib
    import io

    out_dir = tmp_path_factory.mktemp("preflight")
    stdout, stderr = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(stderr):
        code = main(["preflight", "--out", str(out_dir)])
    return code, stdout.getvalue(), stderr.getvalue(), out_dir


def test_demo_runs_and_flags_the_flat_segment(demo: tuple[int, str, str, Path]) -> None:
    code, out, _, _ = demo
    assert code == 0
    assert out.startswith("RFT preflight: 120 prompts x 8 responses = 960 rollouts graded\n")
    # The olympiad quarter of the demo scores 0 on every rollout: worth a warning, not a STOP.
    assert "\nverdict: GO WITH CARE\n" in out
    assert "  [ok] mean reward" in out
    assert "  [warn] every rollout of difficulty=olympiad (25% of rollouts) scored 0" in out


def test_demo_summary_lines(demo: tuple[int, str, str, Path]) -> None:
    _, out, _, _ = demo
    lines = {line.split()[0]: line for line in out.splitlines() if line and not line.startswith(" ")}
    assert re.match(r"reward +mean 0\.\d{3} \(\d+\.\d% of \[0, 1\]\), std ", lines["reward"])
    # The simulated base model never solves the olympiad prompts: those groups are flat at 0.
    assert re.match(
        r"groups +\d+/120 prompts \(\d+\.\d%\) had all rollouts score the same \(\d+ all at min", lines["groups"]
    )
    assert "grader errors 0 (0.0%), skipped 0 (0.0%), failed invocations 0, generation errors 0" in lines["failures"]
    assert lines["by"].startswith("by difficulty easy ")
    assert "olympiad 0.000" in lines["by"]
    assert "(function timeout 300 s)" in lines["latency"]


def test_demo_writes_report_summary_and_rollouts(demo: tuple[int, str, str, Path]) -> None:
    _, out, _, out_dir = demo
    assert out.rstrip().endswith(
        f"report: {out_dir / 'report.html'}, {out_dir / 'summary.json'}, {out_dir / 'rollouts.jsonl'}, "
        f"{out_dir / 'grader-spec.json'}"
    )
    # the preflighted spec, ready for RouterDefaultSpec: correctness plus a gated format reward
    spec = json.loads((out_dir / "grader-spec.json").read_text())
    assert [part["name"] for part in spec["parts"]] == ["correctness", "format"]
    assert spec["parts"][1]["gate"] == {"part": "correctness"}
    summary = json.loads((out_dir / "summary.json").read_text())
    assert summary["verdict"] == "GO WITH CARE"
    assert summary["summary"]["rollouts"] == 960
    assert summary["summary"]["flat_groups"] >= 30  # at least the 30 olympiad prompts
    assert len(summary["summary"]["groups"]) == 120
    rollouts = [json.loads(line) for line in (out_dir / "rollouts.jsonl").read_text().splitlines()]
    assert len(rollouts) == 960
    assert {r["status"] for r in rollouts} == {"ok"}


def test_demo_html_is_self_contained_with_plots(demo: tuple[int, str, str, Path]) -> None:
    _, _, _, out_dir = demo
    html = (out_dir / "report.html").read_text()
    # histogram, length vs reward, groups, metrics, latency
    assert html.count("src='data:image/png;base64,") == 5
    assert '<span class="verdict warn">GO WITH CARE</span>' in html
    assert "every rollout of difficulty=olympiad" in html
    # each example rollout shows its reference answer and per-metric breakdown next to it
    assert html.count("<h4>reference answer</h4>") == html.count('<div class="rollout">') == 6
    assert "<td>format.tags</td>" in html
    # the legend explains composite names and the gate that makes format < format.tags
    assert "what the &#39;format&#39; part&#39;s grader reported as &#39;tags&#39;" in html
    assert "gate: &#39;format&#39; is paid only when &#39;correctness&#39; scores at least 1" in html
    assert "first batch, cold start (s)" in html
    assert not re.search(r"(src|href)=['\"]https?://", html)  # nothing loaded from the network


def test_grading_progress_goes_to_stderr(demo: tuple[int, str, str, Path]) -> None:
    _, out, err, _ = demo
    assert "grading: 960/960 (100%)" in err
    assert "grading:" not in out


def test_report_without_matplotlib_keeps_the_tables(monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    from rft_graders.preflight.report_html import render
    from rft_graders.preflight.rollouts import Graded, Prompt, Rollout
    from rft_graders.preflight.stats import summarize
    from rft_graders.preflight.verdict import judge

    monkeypatch.setitem(sys.modules, "matplotlib", None)  # import matplotlib -> ImportError
    prompt = Prompt(1, {"messages": [{"role": "user", "content": "<q>"}], "reference_answer": "a"})
    rollouts = [Graded(Rollout(prompt, j, f"<b>{j}</b>"), float(j % 2), "ok") for j in range(4)]
    summary = summarize(rollouts, [0.1], 64)
    html = render(summary, judge(summary, 4), rollouts, {"data": "x.jsonl"})
    assert "Plots need matplotlib" in html
    assert "data:image/png" not in html
    # model and dataset text is escaped, never markup
    assert "<b>1</b>" not in html and "&lt;b&gt;1&lt;/b&gt;" in html
    assert "<q>" not in html and "&lt;q&gt;" in html
    assert "<td>x.jsonl</td>" in html
    assert "&lt;b&gt;1&lt;/b&gt;" in html and "<b>1</b>" not in html  # responses are escaped
