"""A self-contained HTML report: plots as base64 PNGs, tables, sample rollouts.

Rendered from ``templates/report.html.j2`` with jinja2, autoescaped: every response, prompt
and reference in it is text a model or a dataset wrote.

matplotlib is a dev extra and costs ~0.5 s to import, so it is imported here only, when a
report is written; without it the report still has every table and says how to get plots.
"""

from __future__ import annotations

import base64
import html
import io
import json
from typing import Any

from rft_graders.preflight.explain import failure_reasons
from rft_graders.preflight.rollouts import Graded
from rft_graders.preflight.stats import Summary
from rft_graders.preflight.verdict import Verdict

EXAMPLES_SHOWN = 3


def render(summary: Summary, verdict: Verdict, graded: list[Graded], config: dict[str, Any]) -> str:
    """The report as one HTML string (jinja2, autoescaped: responses are model text)."""
    import jinja2
    from markupsafe import Markup

    env = jinja2.Environment(
        loader=jinja2.PackageLoader("rft_graders.preflight", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
    )
    env.globals["table"] = lambda rows, header=None: Markup(_table(rows, header))
    return env.get_template("report.html.j2").render(
        verdict=verdict,
        plots=_plots(summary, graded),
        config_rows=[(k, v if isinstance(v, str) else json.dumps(v)) for k, v in config.items()],
        reward_rows=_reward_rows(summary),
        group_rows=_group_rows(summary),
        metric_rows=[(name, m["type"], f"{m['mean']:.4f}", m["count"]) for name, m in summary.metric_means.items()],
        legend=legend(summary.metric_means, config.get("default spec")),
        by_field_rows=[
            (name, [(key, v["rollouts"], f"{v['reward_mean']:.4f}") for key, v in values.items()])
            for name, values in summary.by_field.items()
        ],
        failure_rows=_failure_rows(summary),
        reasons=failure_reasons(summary),
        latency_rows=_latency_rows(summary),
        examples=_examples(graded),
    )


def legend(metric_means: dict[str, dict[str, Any]], spec: Any) -> list[str]:
    """One line per composite metric (``part`` beside ``part.metric``) and per gate."""
    lines = []
    for name, m in metric_means.items():
        part, _, inner = name.partition(".")
        # Only reward components confuse (format 0.30 beside format.tags 0.74); diagnostics don't.
        if inner and part in metric_means and m["type"] == "Reward":
            lines.append(
                f"{name} {m['mean']:.3f}: what the {part!r} part's grader reported as {inner!r}; "
                f"{part} {metric_means[part]['mean']:.3f} is what the part earned"
            )
    for part in spec.get("parts", []) if isinstance(spec, dict) and spec.get("type") == "weighted" else []:
        gate = part.get("gate")
        if isinstance(gate, dict):
            lines.append(
                f"gate: {part.get('name')!r} is paid only when {gate.get('part')!r} scores at least "
                f"{gate.get('min', 1)} (style rewards behind correctness, AWS's advice)"
            )
    return lines


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
            f"per batch of {s.batch_size}, steady state: p50 / p99; max of all (s)",
            f"{_f(s.batch_seconds_p50, 3)} / {_f(s.batch_seconds_p99, 3)} / {_f(s.batch_seconds_max, 3)}",
        ),
        ("first batch, cold start (s)", _f(s.first_batch_seconds, 3)),
        ("function timeout (s)", _f(s.function_timeout_s, 0)),
        ("largest batch event (MB, limit 6)", f"{s.max_payload_bytes / 2**20:.2f}"),
    ]


def _examples(graded: list[Graded]) -> list[tuple[str, list[dict[str, Any]]]]:
    rewarded = sorted((g for g in graded if g.reward is not None), key=lambda g: g.reward or 0.0)
    picks = {"lowest reward": rewarded[:EXAMPLES_SHOWN], "highest reward": rewarded[-EXAMPLES_SHOWN:][::-1]}
    picks["errors"] = [g for g in graded if g.status == "error"][:EXAMPLES_SHOWN]
    out = []
    for title, items in picks.items():
        if not items:
            continue
        shown = []
        for g in items:
            messages = g.rollout.prompt.messages
            reference = g.rollout.prompt.record.get("reference_answer")
            shown.append(
                {
                    "key": g.rollout.prompt.key,
                    "index": g.rollout.index,
                    "reward": _f(g.reward),
                    "status": g.status,
                    "reason": g.reason,
                    "prompt": messages[-1].get("content", "") if messages else "",
                    "reference": reference if isinstance(reference, str) else json.dumps(reference, indent=1),
                    "response": g.rollout.response or "",
                    "metrics": [(name, f"{value:g}") for name, value in g.metrics.items()],
                }
            )
        out.append((title, shown))
    return out


def _plots(s: Summary, graded: list[Graded]) -> dict[str, str]:
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

    rewarded = [g for g in graded if g.reward is not None and g.rollout.response is not None]
    if len(rewarded) >= 3:
        plots["length"] = _length_plot(rewarded, plt)

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


def _length_plot(rewarded: list[Graded], plt: Any) -> str:
    """Length against reward: over all rollouts, and within each prompt's group (what GRPO sees:
    a longer response beating its siblings is the signal that teaches a policy to ramble)."""
    groups: dict[int, list[Graded]] = {}
    for g in rewarded:
        groups.setdefault(g.rollout.prompt.line, []).append(g)
    xs = [len(g.rollout.response or "") for g in rewarded]
    ys = [float(g.reward or 0.0) for g in rewarded]
    dx, dy = [], []
    for items in groups.values():
        if len(items) < 2:
            continue
        mean_len = sum(len(g.rollout.response or "") for g in items) / len(items)
        mean_reward = sum(float(g.reward or 0.0) for g in items) / len(items)
        dx += [len(g.rollout.response or "") - mean_len for g in items]
        dy += [float(g.reward or 0.0) - mean_reward for g in items]
    fig, (left, right) = plt.subplots(1, 2, figsize=(9, 3))
    left.scatter(xs, ys, s=6, alpha=0.4, color="#36c")
    left.set(xlabel="response length (characters)", ylabel="reward", title="All rollouts")
    right.scatter(dx, dy, s=6, alpha=0.4, color="#c63")
    right.axhline(0, color="#aaa", lw=0.8)
    right.axvline(0, color="#aaa", lw=0.8)
    right.set(xlabel="length minus the group's mean", ylabel="reward minus the group's mean", title="Within groups")
    return _figure(fig, plt, "Response length against reward, overall and within each prompt's group")


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
