"""Regenerate the bundled demo dataset (``examples/arithmetic`` = ``rft_graders/preflight/demo``).

``train.jsonl`` holds 120 arithmetic word problems in Bedrock RFT format (it passes
``rft-graders data validate``); ``responses.jsonl`` holds 8 pre-generated responses per
prompt from a *simulated* base model, so that a preflight runs with no model and no AWS
account. The simulation is deliberately mixed, like a real base model on a task worth
RFT: easy prompts it always solves (flat groups: no GRPO signal), hard ones it never
solves, most in between, and a format habit that varies within a group.

    .venv/bin/python examples/generate_arithmetic.py
"""

from __future__ import annotations

import json
import random
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "cli" / "rft_graders" / "preflight" / "demo"
PROMPTS = 120
RESPONSES = 8
SYSTEM = "Think step by step inside <think></think>, then give only the final number inside <answer></answer>."
# difficulty -> probability that a rollout gets the right number
P_CORRECT = {"easy": 0.97, "medium": 0.6, "hard": 0.3, "olympiad": 0.0}
NAMES = ["Ana", "Ben", "Chen", "Dara", "Eli", "Fay", "Gus", "Hana", "Ivo", "Jun"]
ITEMS = ["apples", "marbles", "stickers", "books", "coins", "shells"]


def problem(rng: random.Random, i: int) -> tuple[str, int, str, str]:
    """(question, answer, working, difficulty)"""
    name, other, item = rng.choice(NAMES), rng.choice(NAMES), rng.choice(ITEMS)
    kind = i % 4
    if kind == 0:
        a, b = rng.randint(2, 20), rng.randint(2, 20)
        return (
            f"{name} has {a} {item} and finds {b} more. How many {item} does {name} have now?",
            a + b,
            f"{a} + {b} = {a + b}",
            "easy",
        )
    if kind == 1:
        a, b, c = rng.randint(3, 12), rng.randint(3, 12), rng.randint(2, 9)
        return (
            f"{name} buys {a} boxes of {b} {item} and gives {c} {item} to {other}. How many are left?",
            a * b - c,
            f"{a} * {b} = {a * b}; {a * b} - {c} = {a * b - c}",
            "medium",
        )
    if kind == 2:
        a, b, c = rng.randint(12, 40), rng.randint(2, 6), rng.randint(3, 9)
        total = a * b + c * b
        return (
            f"{name} fills {b} bags with {a} {item} each, and {other} fills {b} bags with {c} {item} each. "
            f"How many {item} are there in total?",
            total,
            f"{a} * {b} = {a * b}; {c} * {b} = {c * b}; {a * b} + {c * b} = {total}",
            "hard",
        )
    limit, p, q = rng.randint(500, 5000), rng.randint(2, 9), rng.randint(11, 19)
    return (
        f"How many positive integers below {limit} are divisible by neither {p} nor {q}?",
        sum(1 for k in range(1, limit) if k % p and k % q),
        "inclusion-exclusion",
        "olympiad",
    )


def rollout(rng: random.Random, answer: int, working: str, difficulty: str) -> str:
    value = answer if rng.random() < P_CORRECT[difficulty] else answer + rng.choice([-10, -2, -1, 1, 2, 5, 10])
    style = rng.random()
    if style < 0.65:
        return f"<think>{working}</think>\n<answer>{value}</answer>"
    if style < 0.80:
        return f"Sure! <think>{working}</think><answer>{value}</answer>"
    if style < 0.92:
        return f"{working}. The answer is {value}."
    # A rambling rollout: long, and the number lands outside the answer tag.
    return (
        f"<think>{working}. Let me double-check. "
        + "Re-reading the question carefully. " * rng.randint(3, 12)
        + (f"</think>\n<answer>The final answer is {value}</answer>")
    )


def main() -> None:
    rng = random.Random(20261122)
    OUT.mkdir(parents=True, exist_ok=True)
    with open(OUT / "train.jsonl", "w") as train, open(OUT / "responses.jsonl", "w") as responses:
        for i in range(PROMPTS):
            question, answer, working, difficulty = problem(rng, i)
            record = {
                "messages": [{"role": "system", "content": SYSTEM}, {"role": "user", "content": question}],
                "reference_answer": str(answer),
                "task_id": f"arith-{i:03d}",
                "difficulty": difficulty,
            }
            train.write(json.dumps(record) + "\n")
            rollouts = [rollout(rng, answer, working, difficulty) for _ in range(RESPONSES)]
            responses.write(json.dumps({"line": i + 1, "responses": rollouts}) + "\n")


if __name__ == "__main__":
    main()
