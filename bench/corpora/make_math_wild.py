"""Generate bench/corpora/math_wild.jsonl: math answers in the styles real models write, labelled by hand-written rules.

Usage: python bench/corpora/make_math_wild.py  (seeded: the same output every run)

Each problem template (math_wild_problems / math_wild_exact / math_wild_structures) draws
random parameters, works the problem and lists answer forms a careful grader accepts and
near-miss wrong answers.  This script renders each problem as several responses, in the
styles RL rollouts come in (R1/Qwen `<think>` blocks ending in `\\boxed{}`, GSM8K `####`,
`Answer:` lines, `**Final Answer**`, Minerva's "I hope it is correct", Llama's "The final
answer is: $\\boxed{}$", gpt-oss, prose, terse, `<answer>` tags), with correct forms and with
wrong ones: wrong values, hedges, two different boxed answers, a correct value only in the
working, a tentative answer revised in the thinking, placeholders, truncated output.
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import math_wild_exact
import math_wild_problems as P
import math_wild_structures

SEED = 20261206
OUT = Path(__file__).parent / "math_wild.jsonl"

GSM_TEMPLATES = [P.gsm_cookies, P.gsm_wages, P.gsm_sale, P.gsm_trip, P.gsm_factory, P.gsm_percent]
MATH_TEMPLATES = [
    P.math_remainder,
    P.math_divisors,
    P.math_binomial,
    P.math_linear,
    P.math_series,
    *math_wild_exact.TEMPLATES,
    *math_wild_structures.TEMPLATES,
]

STYLES = [
    "r1_think",
    "qwen_boxed",
    "final_header",
    "answer_line",
    "minerva",
    "llama",
    "gpt_oss",
    "prose",
    "terse",
    "answer_tag",
]


def is_plain(ans: str) -> bool:
    return not any(ch in ans for ch in "\\^{}_")


def plain(ans: str) -> str:
    """How the answer reads outside math mode: plain text as is, LaTeX in $...$."""
    if ans.startswith("\\$") and is_plain(ans[2:]):
        return "$" + ans[2:]
    return ans if is_plain(ans) else f"${ans}$"


def latexify(ans: str) -> str:
    """A plain-text form as a model writes it in math mode: words in \\text{}, % and $ escaped."""
    if not is_plain(ans):
        return ans
    if ans.startswith("$"):
        ans = "\\$" + ans[1:]
    ans = ans.replace("%", "\\%")
    num, _, words = ans.partition(" ")
    if words.replace(" ", "").isalpha() and not any(ch.isalpha() for ch in num):
        return f"{num} \\text{{ {words}}}"
    return ans


def inline(ans: str) -> str:
    return f"${latexify(ans)}$"


def boxed(ans: str) -> str:
    return f"\\boxed{{{latexify(ans)}}}"


def link(word: str, sentence: str) -> str:
    if word and sentence[:1].isupper() and not sentence.startswith(("I ", "Maria")):
        sentence = sentence[0].lower() + sentence[1:]
    return word + sentence


def steps_text(item: P.Item, rng: random.Random, numbered: bool = False) -> str:
    if numbered:
        return "\n".join(f"{i}. {s}" for i, s in enumerate(item.steps, 1))
    links = ["", "Then ", "Next, ", "Now ", "So "]
    return "\n\n".join(link(rng.choice(links) if i else "", s) for i, s in enumerate(item.steps))


def think_block(item: P.Item, rng: random.Random, tail: str = "") -> str:
    opener = rng.choice(
        [
            "Okay, so I need to solve this problem. Let me read it again carefully.",
            "Alright, let's see. I need to figure out what the question is asking first.",
            "Hmm, let me think about how to approach this.",
            "Okay, let me try to work this out step by step.",
        ]
    )
    fillers = ["So ", "Hmm, ", "Okay, ", "Right, ", "Let me see. ", "Then "]
    body = " ".join(link(rng.choice(fillers), s) for s in item.steps)
    check = rng.choice(
        [
            "Let me double-check that. Yes, that looks right.",
            "Wait, let me verify the arithmetic again... yes, it's consistent.",
            "I think that's correct.",
            "Does that make sense? Yes, I think so.",
        ]
    )
    return f"<think>\n{opener}\n\n{body}\n\n{check}{tail}\n</think>"


def finish(style: str, item: P.Item, ans: str, rng: random.Random) -> str:
    """The closing statement of a response in `style` giving `ans` as the final answer."""
    lead = item.lead
    if style in ("r1_think", "final_header"):
        return rng.choice(
            [
                f"**Final Answer**\n\\[\n{boxed(ans)}\n\\]",
                f"**Final Answer**\n{boxed(ans)}",
                f"Therefore, {lead} ${boxed(ans)}$.",
            ]
        )
    if style == "qwen_boxed":
        return rng.choice(
            [f"Thus, the final answer is \\({boxed(ans)}\\).", f"\\[\n{boxed(ans)}\n\\]", f"So {lead} ${boxed(ans)}$."]
        )
    if style == "gsm8k":
        return f"#### {plain(ans)}"
    if style == "answer_line":
        return rng.choice([f"Answer: {plain(ans)}", f"Answer: {inline(ans)}", f"**Answer:** {plain(ans)}"])
    if style == "minerva":
        return f"Final Answer: The final answer is {inline(ans)}. I hope it is correct."
    if style == "llama":
        return f"The final answer is: ${boxed(ans)}$"
    if style == "gpt_oss":
        return rng.choice([f"**Answer:** {inline(ans)}", f"\\[\n{boxed(ans)}\n\\]", f"**Answer:** \\({boxed(ans)}\\)"])
    if style == "prose":
        return rng.choice(
            [
                f"Therefore, {lead} {plain(ans)}.",
                f"So {lead} {plain(ans)}.",
                f"Hence, {lead} {plain(ans)}.",
                f"The answer is {plain(ans)}.",
                f"So the final answer is **{plain(ans)}**.",
            ]
        )
    if style == "answer_tag":
        return rng.choice(
            [f"<answer>{ans}</answer>", f"<answer>{boxed(ans)}</answer>", f"<answer>{inline(ans)}</answer>"]
        )
    raise ValueError(style)


REMARKS = [
    "I hope this helps!",
    "This satisfies all the conditions in the problem.",
    "Let me know if you would like a more detailed explanation of any step.",
]


def render(style: str, item: P.Item, ans: str, rng: random.Random, working: str | None = None) -> str:
    """A whole response in `style`, sometimes with a closing remark after the answer."""
    text = render_body(style, item, ans, rng, working)
    if style not in ("terse", "gsm8k", "minerva", "answer_tag") and rng.random() < 0.1:
        text += "\n\n" + rng.choice(REMARKS)
    return text


def render_body(style: str, item: P.Item, ans: str, rng: random.Random, working: str | None = None) -> str:
    """A whole response in `style`; `working` replaces the worked steps when a pattern needs its own."""
    work = working if working is not None else steps_text(item, rng)
    if style == "terse":
        return (
            rng.choice([ans, inline(ans), boxed(ans), plain(ans)])
            if working is None
            else f"{work}\n\n{boxed(ans)}".strip()
        )
    end = finish(style, item, ans, rng)
    if style == "r1_think":
        return f"{think_block(item, rng)}\n\n{work}\n\n{end}"
    if style == "answer_tag":
        return f"<think>\n{work}\n</think>\n{end}"
    if style == "qwen_boxed":
        intro = rng.choice(
            [
                "To solve this problem, we proceed step by step.",
                "Let's solve this step by step.",
                "We start by analyzing the problem.",
            ]
        )
        return f"{intro}\n\n{steps_text(item, rng, numbered=True) if working is None else work}\n\n{end}"
    if style == "final_header":
        return f"{work}\n\n{end}"
    if style == "llama":
        titles = [
            "Understand the problem",
            "Set up the computation",
            "Carry out the calculation",
            "Simplify the result",
        ]
        if working is None:
            work = "\n\n".join(f"## Step {i}: {titles[min(i - 1, 3)]}\n{s}" for i, s in enumerate(item.steps, 1))
        return f"{work}\n\n{end}"
    if style == "gpt_oss":
        if rng.random() < 0.3:
            return f"analysisWe need to compute. {' '.join(item.steps)}assistantfinal{work}\n\n{end}"
        return f"**Solution**\n\n{work}\n\n{end}"
    if style == "minerva":
        return f"Solution: {work}\n\n{end}"
    return f"{work}\n\n{end}"


# ---------------------------------------------------------------- patterns: one response each


def partial(item: P.Item) -> P.Item:
    """The item with its worked steps up to, not including, the last one (which states the answer)."""
    steps = item.steps[:-1] or ["Let me work through the computation directly."]
    return P.Item(**{**item.__dict__, "steps": steps})


def partial_work(item: P.Item, rng: random.Random) -> str:
    return steps_text(partial(item), rng)


def two_forms(item: P.Item, rng: random.Random) -> tuple[str, str]:
    right = rng.choice(item.right)[0]
    wrong = rng.choice(item.wrong)[0]
    return right, wrong


def pattern_correct(item: P.Item, style: str, rng: random.Random) -> tuple[str, bool, str]:
    forms = [f for f in item.right if is_plain(f[0]) or f[0].startswith("\\$")] if style == "gsm8k" else item.right
    form, note = rng.choice(forms or item.right)
    return render(style, item, form, rng), True, f"final answer {form!r}: {note}"


def pattern_wrong_value(item: P.Item, style: str, rng: random.Random) -> tuple[str, bool, str]:
    form, note = rng.choice(item.wrong)
    if style == "gsm8k" and not is_plain(form):
        style = "answer_line"
    return render(style, partial(item), form, rng), False, f"final answer {form!r}: {note}"


def pattern_hedge(item: P.Item, style: str, rng: random.Random) -> tuple[str, bool, str]:
    right, wrong = two_forms(item, rng)
    a, b = (right, wrong) if rng.random() < 0.5 else (wrong, right)
    if item.klass == "choice" and rng.random() < 0.7:
        letter, other = item.right[0][0], item.extra["other"]
        a, b = (letter, other) if rng.random() < 0.5 else (other, letter)
        text = rng.choice([f"{a} or {b}", f"\\text{{({a}) or ({b})}}", f"({a}) or ({b})"])
        return render(style, item, text, rng), False, f"hedges between choices {a} and {b}"
    if item.klass == "text" and "hedge" in item.extra and rng.random() < 0.5:
        text = item.extra["hedge"]
        return render(style, item, text, rng), False, f"hedges between two words: {text!r}"
    work = partial_work(item, rng)
    variant = rng.randrange(3)
    if variant == 0:
        return (
            render(
                style,
                partial(item),
                f"{a} or {b}" if style == "gsm8k" else f"{a} \\text{{ or }} {b}",
                rng,
                working=work,
            ),
            False,
            f"one answer hedging {a!r} or {b!r}",
        )
    if variant == 1:
        text = f"{work}\n\nI am not completely sure: the answer is either {inline(a)} or {inline(b)} (two readings)."
        return text + f"\n\n{boxed(a)} or {boxed(b)}", False, f"two boxed alternatives {a!r} and {b!r}"
    text = f"{work}\n\nSo the answer is probably {inline(a)}, but it could also be {inline(b)}."
    return text, False, f"prose hedge between {a!r} and {b!r}"


def pattern_two_boxes(item: P.Item, style: str, rng: random.Random) -> tuple[str, bool, str]:
    right, wrong = two_forms(item, rng)
    a, b = (right, wrong) if rng.random() < 0.5 else (wrong, right)
    work = partial_work(item, rng)
    mid = rng.choice(
        ["If we read the question the first way, we get", "One interpretation gives", "Taking the first approach,"]
    )
    alt = rng.choice(["The other interpretation gives", "Alternatively, we get", "With the second approach,"])
    return (
        f"{work}\n\n{mid} ${boxed(a)}$.\n\n{alt} ${boxed(b)}$.",
        False,
        f"two different boxed answers {a!r} and {b!r}, neither marked final",
    )


def pattern_recant(item: P.Item, style: str, rng: random.Random) -> tuple[str, bool, str]:
    """The correct value appears in the working; the final answer is a different, wrong one."""
    right, wrong = two_forms(item, rng)
    turn = rng.choice(
        [
            f"This gives {inline(right)}. Wait, I think I misread the question. Let me redo the last step.",
            f"So far we have {inline(right)}. But we still need to account for the remaining condition.",
            f"At first glance the result is {inline(right)}, but that is not what is being asked.",
        ]
    )
    work = partial_work(item, rng) + "\n\n" + turn
    if style in ("terse", "gsm8k"):
        style = "final_header"
    return (
        render(style, partial(item), wrong, rng, working=work),
        False,
        f"correct {right!r} only in the working; final answer {wrong!r}",
    )


def pattern_think_revision(item: P.Item, style: str, rng: random.Random) -> tuple[str, bool, str]:
    """A tentative wrong box inside <think>, corrected before the final (boxed) answer."""
    right, wrong = two_forms(item, rng)
    tail = (
        f"\n\nSo is the answer {boxed(wrong)}? Wait, no. That's not right, I made a mistake there. "
        f"Going back over the steps, the correct value is {inline(right)}."
    )
    text = f"{think_block(item, rng, tail)}\n\n{steps_text(item, rng)}\n\n{finish('r1_think', item, right, rng)}"
    return text, True, f"tentative {wrong!r} boxed inside <think> and retracted there; final answer {right!r}"


def pattern_think_mismatch(item: P.Item, style: str, rng: random.Random) -> tuple[str, bool, str]:
    """The thinking reaches the right value; the answer after </think> states a wrong one."""
    right, wrong = two_forms(item, rng)
    tail = f" So the answer should be {inline(right)}."
    text = f"{think_block(item, rng, tail)}\n\n{partial_work(item, rng)}\n\n{finish('r1_think', item, wrong, rng)}"
    return text, False, f"thinking ends at {right!r}, but the final answer given is {wrong!r}"


def pattern_truncated(item: P.Item, style: str, rng: random.Random) -> tuple[str, bool, str]:
    first = item.steps[0]
    cut = first[: max(8, len(first) // 2)]
    if any(f in cut for f, _ in item.right):
        cut = "Let me start by writing down what we know"
    text = f"<think>\nOkay, let me work through this carefully.\n\n{cut}"
    return text, False, "response cut off before any final answer"


def pattern_placeholder(item: P.Item, style: str, rng: random.Random) -> tuple[str, bool, str]:
    lead = (
        "Let me set up the problem."
        if len(item.steps) < 2 or any(f in item.steps[0] for f, _ in item.right)
        else item.steps[0]
    )
    box = rng.choice(["\\boxed{}", "\\boxed{\\text{answer}}", "\\boxed{?}", "\\boxed{\\text{final answer}}"])
    text = f"{lead}\n\nPlease put the final answer within {box}.\n\nThe final answer is ${box}$."
    return text, False, f"only a placeholder {box}, no answer"


def pattern_repeat_box(item: P.Item, style: str, rng: random.Random) -> tuple[str, bool, str]:
    (a, _), (b, _) = rng.sample(item.right, 2) if len(item.right) > 1 else (item.right[0], item.right[0])
    text = f"{steps_text(item, rng)}\n\nSo the result is ${boxed(a)}$.\n\n**Final Answer**\n\\[\n{boxed(b)}\n\\]"
    return text, True, f"the same answer boxed twice, as {a!r} and {b!r}"


CORRECT_PATTERNS = [(pattern_correct, 0.86), (pattern_repeat_box, 0.08), (pattern_think_revision, 0.06)]
WRONG_PATTERNS = [
    (pattern_wrong_value, 0.46),
    (pattern_hedge, 0.16),
    (pattern_two_boxes, 0.08),
    (pattern_recant, 0.12),
    (pattern_think_mismatch, 0.08),
    (pattern_truncated, 0.05),
    (pattern_placeholder, 0.05),
]


def weighted(rng: random.Random, table: list) -> object:
    return rng.choices([f for f, _ in table], weights=[w for _, w in table])[0]


def pick_style(item: P.Item, rng: random.Random) -> str:
    if item.source == "gsm8k":
        return rng.choices(["gsm8k", *STYLES], weights=[12, 3, 2, 2, 3, 1, 2, 2, 3, 1, 2])[0]
    return rng.choices(STYLES, weights=[4, 4, 3, 2, 3, 2, 2, 2, 1, 2])[0]


def main() -> None:
    rng = random.Random(SEED)
    repeats = {math_wild_structures.multiple_choice: 10, P.math_linear: 6}
    items = [t(rng) for t in GSM_TEMPLATES for _ in range(7)] + [
        t(rng) for t in MATH_TEMPLATES for _ in range(repeats.get(t, 4))
    ]
    rows, seen = [], set()
    for item in items:
        item.wrong = [(f, n) for f, n in item.wrong if f not in {r for r, _ in item.right}]
        n_right = rng.choice([3, 3, 4])
        n_wrong = rng.choice([1, 1, 2])
        plan = [weighted(rng, CORRECT_PATTERNS) for _ in range(n_right)] + [
            weighted(rng, WRONG_PATTERNS) for _ in range(n_wrong)
        ]
        for fn in plan:
            style = pick_style(item, rng)
            response, correct, why = fn(item, style, rng)
            if fn in (pattern_think_revision, pattern_think_mismatch, pattern_truncated):
                style = "r1_think"
            elif fn in (pattern_two_boxes, pattern_repeat_box, pattern_placeholder) or (
                fn is pattern_hedge and "\\boxed{" in response and "} or \\boxed{" in response
            ):
                style = "qwen_boxed"
            elif fn is pattern_recant and style in ("terse", "gsm8k"):
                style = "final_header"  # the pattern renders these two styles as final_header
            elif fn is pattern_wrong_value and style == "gsm8k" and "####" not in response:
                style = "answer_line"
            elif fn is pattern_hedge and "could also be" in response:
                style = "prose"
            if (item.reference, response) in seen:
                continue
            seen.add((item.reference, response))
            rows.append(
                {
                    "id": f"mw-{len(rows):04d}",
                    "style": style,
                    "klass": item.klass,
                    "source": item.source,
                    "pattern": fn.__name__.removeprefix("pattern_"),
                    "prompt": item.prompt,
                    "reference": item.reference,
                    "response": response,
                    "correct": correct,
                    "why": why,
                }
            )
    with OUT.open("w") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    wrong = sum(not r["correct"] for r in rows)
    print(f"wrote {len(rows)} rows ({wrong} incorrect, {wrong / len(rows):.0%}) to {OUT}")


if __name__ == "__main__":
    main()
