"""A self-contained HTML report: plots as base64 PNGs, tables, sample rollouts.

matplotlib is a dev extra and costs ~0.5 s to import, so it is imported here only, when a
report is written; without it the report still has every table and says how to get plots.
"""

from __future__ import annotations

import base64
import html
import io
import json
from typing import Any

from rft_graders.preflight.rollouts import Graded
from rft_graders.preflight.stats import Summary
from rft_graders.preflight.verdict import Verdict

EXAMPLES_SHOWN = 3
CSS = """
body{font:14px/1.45 system-ui,sans-serif;margin:2em auto;max-width:1000px;color:#222;padding:0 1em}
h1{font-size:1.5em}h2{font-size:1.15em;margin-top:1.8em;border-bottom:1px solid #ddd}
table{border-collapse:collapse;margin:.5em 0}td,th{border:1px solid #ddd;padding:3px 8px;text-align:left}
th{background:#f4f4f4}td.n{text-align:right;font-variant-numeric:tabular-nums}
.verdict{font-size:1.3em;font-weight:bold;padding:.4em .8em;display:inline-block;border-radius:4px}
.stop{background:#fdd;color:#900}.warn{background:#ffefc2;color:#750}.ok{background:#dfd;color:#060}
li.stop::marker{color:#c00}li.warn::marker{color:#c80}
pre{background:#f7f7f7;padding:.5em;white-space:pre-wrap;max-height:12em;overflow:auto}
figure{margin:1em 0}img{max-width:100%}
"""


def render(summary: Summary, verdict: Verdict, graded: list[Graded], config: dict[str, Any]) -> str:
    """The report as one HTML string."""
    plots = _plots(summary)
    parts = [
        "<!doctype html><html><head><meta charset='utf-8'><title>RFT preflight</title>",
        f"<style>{CSS}</style></head><body>",
        "<h1>RFT preflight</h1>",
        f"<p><span class='verdict {verdict.level}'>{verdict.label}</span></p><ul>",
        *(f"<li class='{f.level}'>{_e(f.message)}</li>" for f in verdict.findings),
        "</ul><h2>Run</h2>",
        _table([(k, v if isinstance(v, str) else json.dumps(v)) for k, v in config.items()]),
        "<h2>Rewards</h2>",
        _table(_reward_rows(summary)),
        plots.get("histogram", ""),
        "<h2>Groups (the k rollouts of one prompt)</h2>",
        _table(_group_rows(summary)),
        plots.get("groups", ""),
    ]
    if summary.metric_means:
        parts += ["<h2>Metrics (mean over rollouts that report them)</h2>"]
        rows = [(name, m["type"], f"{m['mean']:.4f}", m["count"]) for name, m in summary.metric_means.items()]
        parts += [_table(rows, ("metric", "type", "mean", "rollouts")), plots.get("metrics", "")]
    for name, values in summary.by_field.items():
        rows = [(key, v["rollouts"], f"{v['reward_mean']:.4f}") for key, v in values.items()]
        parts += [f"<h2>Reward by {_e(name)}</h2>", _table(rows, (name, "rollouts", "reward mean"))]
    parts += ["<h2>Failures</h2>", _table(_failure_rows(summary))]
    for title, reasons in (
        ("Top error reasons", summary.top_error_reasons),
        ("Top skip reasons", summary.top_skip_reasons),
    ):
        if reasons:
            parts += [f"<h3>{title}</h3>", _table(reasons, ("reason", "rollouts"))]
    parts += ["<h2>Grader latency</h2>", _table(_latency_rows(summary)), plots.get("latency", "")]
    parts += ["<h2>Example rollouts</h2>", _examples(graded), "</body></html>"]
    if not plots:
        parts.insert(4, "<p><em>Plots need matplotlib: <code>pip install matplotlib</code>.</em></p>")
    return "\n".join(parts)


def _reward_rows(s: Summary) -> list[tuple[str, Any]]:
    return [
        ("range", f"[{s.score_min:g}, {s.score_max:g}]"),
        ("rollouts with a reward", s.graded),
        (
            "mean (share of range)",
            _f(s.reward_mean) + (f"  ({s.reward_mean_normalized:.1%})" if s.reward_mean_normalized is not None else ""),
        ),
        ("std", _f(s.reward_std)),
        ("min / median / max", f"{_f(s.reward_min)} / {_f(s.reward_p50)} / {_f(s.reward_max)}"),
        ("response length, mean characters", _f(s.response_chars_mean, 0)),
        ("correlation of length and reward", _f(s.length_reward_correlation, 2)),
    ]


def _group_rows(s: Summary) -> list[tuple[str, Any]]:
    share = f"{s.flat_share:.1%}" if s.flat_share is not None else "n/a"
    return [
        ("prompts with ≥ 2 rewards", s.groups_measured),
        ("all rollouts scored the same", f"{s.flat_groups} ({share})"),
        ("… all at the minimum", s.all_min_groups),
        ("… all at the maximum", s.all_max_groups),
        ("mean within-group std", _f(s.mean_group_spread)),
    ]


def _failure_rows(s: Summary) -> list[tuple[str, Any]]:
    return [
        ("rollouts", s.rollouts),
        ("generation errors (not graded)", s.generation_errors),
        ("grader errors", f"{s.errors} ({s.errors / s.rollouts:.1%})" if s.rollouts else 0),
        ("skipped", f"{s.skipped} ({s.skip_rate:.1%})"),
        ("failed invocations (rollouts)", s.invocation_failures),
    ]


def _latency_rows(s: Summary) -> list[tuple[str, Any]]:
    return [
        ("per sample p50 / p99 (ms)", f"{_f(s.sample_latency_p50_ms, 2)} / {_f(s.sample_latency_p99_ms, 2)}"),
        (
            f"per batch of {s.batch_size}: p50 / p99 / max (s)",
            f"{_f(s.batch_seconds_p50, 3)} / {_f(s.batch_seconds_p99, 3)} / {_f(s.batch_seconds_max, 3)}",
        ),
        ("function timeout (s)", _f(s.function_timeout_s, 0)),
        ("largest batch event (MB, limit 6)", f"{s.max_payload_bytes / 2**20:.2f}"),
    ]


def _examples(graded: list[Graded]) -> str:
    rewarded = sorted((g for g in graded if g.reward is not None), key=lambda g: g.reward or 0.0)
    picks = {"lowest reward": rewarded[:EXAMPLES_SHOWN], "highest reward": rewarded[-EXAMPLES_SHOWN:][::-1]}
    picks["errors"] = [g for g in graded if g.status == "error"][:EXAMPLES_SHOWN]
    out = []
    for title, items in picks.items():
        if not items:
            continue
        out.append(f"<h3>{title}</h3>")
        for g in items:
            messages = g.rollout.prompt.messages
            prompt = messages[-1].get("content", "") if messages else ""
            metrics = ", ".join(f"{k}={v:g}" for k, v in g.metrics.items())
            out.append(
                f"<p><b>{_e(g.rollout.prompt.key)}</b> #{g.rollout.index}: reward {_f(g.reward)} "
                f"({_e(g.status)}{': ' + _e(g.reason) if g.reason else ''}) {_e(metrics)}</p>"
                f"<pre>{_e(prompt)}</pre>"
                f"<pre>{_e(g.rollout.response or '')}</pre>"
            )
    return "\n".join(out)


def _plots(s: Summary) -> dict[str, str]:
    try:
        import matplotlib

        matplotlib.use("Agg")
        from matplotlib import pyplot as plt
    except ImportError:
        return {}
    plots: dict[str, str] = {}

    fig, ax = plt.subplots(figsize=(7, 3))
    widths = [b - a for a, b in zip(s.histogram_edges, s.histogram_edges[1:], strict=False)]
    ax.bar(s.histogram_edges[:-1], s.histogram_counts, width=widths, align="edge", edgecolor="white")
    ax.set(xlabel="reward", ylabel="rollouts", title="Reward distribution")
    plots["histogram"] = _figure(fig, plt, "Histogram of rewards")

    if s.groups:
        ordered = sorted(s.groups, key=lambda g: (g.mean, g.spread))
        fig, ax = plt.subplots(figsize=(7, 3))
        xs = range(len(ordered))
        means = [g.mean for g in ordered]
        lows = [g.mean - min(g.rewards) for g in ordered]
        highs = [max(g.rewards) - g.mean for g in ordered]
        colors = ["#c33" if g.flat else "#36c" for g in ordered]
        ax.errorbar(xs, means, yerr=[lows, highs], fmt="none", ecolor="#aaa", lw=1)
        ax.scatter(xs, means, c=colors, s=10, zorder=3)
        ax.set(xlabel="prompts, by mean reward", ylabel="reward", title="Per-prompt mean and min–max (red: all equal)")
        plots["groups"] = _figure(fig, plt, "Per-prompt reward mean and range")

    # Reward components share the 0..1 scale; diagnostics (counts, characters) would swamp them.
    rewards = [n for n, m in s.metric_means.items() if m["type"] == "Reward"]
    if rewards:
        fig, ax = plt.subplots(figsize=(7, 0.4 * len(rewards) + 1))
        ax.barh(rewards, [s.metric_means[n]["mean"] for n in rewards], color="#6a6")
        ax.invert_yaxis()
        ax.set(xlabel="mean", xlim=(0, max(1.0, *(s.metric_means[n]["mean"] for n in rewards))))
        ax.set_title("Reward components, mean over rollouts")
        plots["metrics"] = _figure(fig, plt, "Per-metric means of the reward components")

    if s.batch_seconds_max is not None:
        fig, ax = plt.subplots(figsize=(7, 2.2))
        labels = ["p50", "p99", "max"]
        values = [max(v or 0.0, 1e-4) for v in (s.batch_seconds_p50, s.batch_seconds_p99, s.batch_seconds_max)]
        ax.barh(labels, values, color="#c93")
        for y, value in enumerate(values):
            ax.annotate(f" {value:.3g} s", (value, y), va="center")
        # Log scale: a healthy batch takes milliseconds against a timeout of minutes.
        ax.set_xscale("log")
        if s.function_timeout_s:
            ax.axvline(s.function_timeout_s, color="#c00", ls="--", label=f"timeout {s.function_timeout_s:g} s")
            ax.legend(loc="upper center")
            ax.set_xlim(min(values) / 3, s.function_timeout_s * 3)
        ax.invert_yaxis()
        ax.set(xlabel="seconds per batch (log scale)", title=f"Batch grading time (batches of {s.batch_size})")
        plots["latency"] = _figure(fig, plt, "Batch latency against the function timeout")
    return plots


def _figure(fig: Any, plt: Any, alt: str) -> str:
    buffer = io.BytesIO()
    fig.tight_layout()
    fig.savefig(buffer, format="png", dpi=90)
    plt.close(fig)
    data = base64.b64encode(buffer.getvalue()).decode()
    return f"<figure><img alt='{_e(alt)}' src='data:image/png;base64,{data}'></figure>"


def _table(rows: Any, header: tuple[str, ...] | None = None) -> str:
    head = "<tr>" + "".join(f"<th>{_e(h)}</th>" for h in header) + "</tr>" if header else ""
    body = "".join(
        "<tr>"
        + "".join(f"<td class='n'>{_e(c)}</td>" if isinstance(c, (int, float)) else f"<td>{_e(c)}</td>" for c in row)
        + "</tr>"
        for row in rows
    )
    return f"<table>{head}{body}</table>"


def _f(value: float | None, digits: int = 4) -> str:
    return "n/a" if value is None else f"{value:.{digits}f}"


def _e(value: Any) -> str:
    return html.escape(str(value), quote=True)
