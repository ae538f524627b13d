"""Regenerate the example datasets of the structured graders: ``examples/<type>/``.

One dataset per grader type (``tool_calls``, ``label``, ``fields``, ``similarity``): a
``train.jsonl`` of 100 records in Bedrock RFT format, each with its grader spec in the
``grader`` field (``rft-graders data validate`` passes on each), and a ``responses.jsonl``
of 8 responses per prompt from a *simulated* base model, so that ``rft-graders preflight
--data examples/<type>/train.jsonl --responses examples/<type>/responses.jsonl`` runs
offline. The simulation mixes right answers with the partial and wrong ones each grader
gives partial credit for, and with the hacks it must not pay for (hedges, stuffing,
extra calls and fields). No real model produced them.

    .venv/bin/python examples/generate_structured.py
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent
RECORDS = 100
RESPONSES = 8
CITIES = ["Paris", "Lyon", "Berlin", "Madrid", "Rome", "Oslo", "Lima", "Quito", "Seoul", "Hanoi"]

# --- tool_calls -------------------------------------------------------------------------

TOOLS = [
    {
        "type": "function",
        "function": {
            "name": "get_weather",
            "description": "Current weather in a city",
            "parameters": {
                "type": "object",
                "properties": {
                    "city": {"type": "string"},
                    "unit": {"type": "string", "enum": ["celsius", "fahrenheit"]},
                },
                "required": ["city"],
            },
        },
    },
    {
        "type": "function",
        "function": {
            "name": "convert_currency",
            "description": "Convert an amount",
            "parameters": {
                "type": "object",
                "properties": {
                    "amount": {"type": "number"},
                    "source": {"type": "string"},
                    "target": {"type": "string"},
                },
                "required": ["amount", "source", "target"],
            },
        },
    },
    {
        "type": "function",
        "function": {
            "name": "get_forecast",
            "description": "Forecast for the next days",
            "parameters": {
                "type": "object",
                "properties": {"city": {"type": "string"}, "days": {"type": "integer"}},
                "required": ["city", "days"],
            },
        },
    },
]


def tool_calls_record(rng: random.Random, i: int) -> tuple[dict, Callable[[random.Random], str]]:
    city, other = rng.sample(CITIES, 2)
    kind = i % 3
    if kind == 0:
        prompt, call = f"What's the weather in {city} in celsius?", ("get_weather", {"city": city, "unit": "celsius"})
    elif kind == 1:
        amount = rng.randint(5, 500)
        prompt = f"How much is {amount} EUR in USD?"
        call = ("convert_currency", {"amount": amount, "source": "EUR", "target": "USD"})
    else:
        days = rng.randint(2, 7)
        prompt, call = f"Give me the {days}-day forecast for {city}.", ("get_forecast", {"city": city, "days": days})
    name, args = call
    record = {
        "messages": [
            {"role": "system", "content": "Answer with the tool call(s) only, as JSON."},
            {"role": "user", "content": prompt},
        ],
        "tools": TOOLS,
        "reference_answer": {"ground_truth": [{"name": name, "arguments": args}]},
        "grader": {"type": "tool_calls"},
        "task_id": f"tools-{i:03d}",
    }

    def respond(r: random.Random) -> str:
        roll = r.random()
        as_json = lambda n, a: json.dumps({"name": n, "arguments": a})  # noqa: E731
        if roll < 0.45:
            return as_json(name, args)
        if roll < 0.55:  # numbers as strings: right after coercion
            return as_json(name, {k: str(v) if isinstance(v, int) else v for k, v in args.items()})
        if roll < 0.65:  # python syntax
            return f"{name}(" + ", ".join(f"{k}={v!r}" for k, v in args.items()) + ")"
        if roll < 0.75:  # an invented argument
            return as_json(name, {**args, "verbose": True})
        if roll < 0.83:  # an extra call for good measure
            return json.dumps(
                [{"name": name, "arguments": args}, {"name": "get_weather", "arguments": {"city": other}}]
            )
        if roll < 0.9:  # a wrong value
            return as_json(name, {**args, next(iter(args)): other if isinstance(next(iter(args.values())), str) else 1})
        if roll < 0.95:  # a tool that does not exist
            return as_json("web_search", {"query": prompt})
        return "I can't access live data, but you could check a weather site."

    return record, respond


# --- label ------------------------------------------------------------------------------

LABEL_SPEC = {
    "type": "label",
    "mode": "ordinal",
    "labels": ["P1", "P2", "P3", "P4"],
    "synonyms": {"urgent": "P1", "critical": "P1", "high": "P2", "low": "P4"},
    "from": "line",
    "prefix": "Priority",
}
TICKETS = {
    "P1": ["Checkout is down for all customers in {c}.", "Data loss: orders from {c} vanished overnight."],
    "P2": ["Payments in {c} fail for some cards.", "The {c} warehouse cannot print labels."],
    "P3": ["Search results in {c} are slow.", "A report for {c} shows wrong totals."],
    "P4": ["Typo on the {c} landing page.", "Please add dark mode for {c} staff."],
}


def label_record(rng: random.Random, i: int) -> tuple[dict, Callable[[random.Random], str]]:
    truth = ["P1", "P2", "P3", "P4"][i % 4]
    ticket = rng.choice(TICKETS[truth]).format(c=rng.choice(CITIES))
    record = {
        "messages": [
            {"role": "system", "content": "Triage the ticket. End with a line 'Priority: P1|P2|P3|P4'."},
            {"role": "user", "content": ticket},
        ],
        "reference_answer": truth,
        "grader": LABEL_SPEC,
        "task_id": f"triage-{i:03d}",
    }
    index = int(truth[1])

    def respond(r: random.Random) -> str:
        roll = r.random()
        if roll < 0.5:
            return f"Impact assessed.\nPriority: {truth}"
        if roll < 0.72:  # off by one
            return f"Impact assessed.\nPriority: P{min(4, max(1, index + r.choice([-1, 1])))}"
        if roll < 0.8:  # hedge
            return f"Hard to say.\nPriority: P{index} or P{min(4, index + 1)}"
        if roll < 0.86 and truth == "P1":
            return "Customers are blocked.\n**Priority:** Urgent"
        if roll < 0.93:
            return "This needs attention from the team."
        return f"Priority: P{r.randint(1, 4)}"

    return record, respond


# --- fields -----------------------------------------------------------------------------

FIELDS_SPEC = {
    "type": "fields",
    "fields": {"amount": {"match": "number", "tolerance": 0.01}, "date": {"match": "date", "formats": ["%d/%m/%Y"]}},
    "schema": {"type": "object", "required": ["name", "amount"]},
}
NAMES = ["Ada Byron", "Alan Turing", "Grace Hopper", "Edsger Dijkstra", "Barbara Liskov", "Donald Knuth"]


def fields_record(rng: random.Random, i: int) -> tuple[dict, Callable[[random.Random], str]]:
    name, city = rng.choice(NAMES), rng.choice(CITIES)
    amount = round(rng.uniform(10, 900), 2)
    day, month = rng.randint(1, 28), rng.randint(1, 12)
    truth = {
        "name": name,
        "city": city,
        "amount": amount,
        "date": f"2026-{month:02d}-{day:02d}",
        "email": name.split()[0].lower() + "@example.com",
    }
    text = f"Receipt: {name} ({truth['email']}) paid {amount:.2f} EUR in {city} on {day:02d}/{month:02d}/2026."
    record = {
        "messages": [
            {"role": "system", "content": "Extract name, city, amount, date (ISO), email as JSON."},
            {"role": "user", "content": text},
        ],
        "reference_answer": truth,
        "grader": FIELDS_SPEC,
        "task_id": f"receipt-{i:03d}",
    }

    def respond(r: random.Random) -> str:
        roll = r.random()
        answer = dict(truth)
        if roll < 0.4:
            pass
        elif roll < 0.55:  # other formats, still right
            answer.update(amount=f"{amount:,.2f}", date=f"{day:02d}/{month:02d}/2026", city=city.upper())
        elif roll < 0.7:  # one wrong field
            answer["city"] = r.choice([c for c in CITIES if c != city])
        elif roll < 0.8:  # hallucinated extras
            answer.update(phone="+1 555 0100", currency="EUR", vat="20%")
        elif roll < 0.9:  # missing fields
            answer = {"name": name, "amount": amount}
        elif roll < 0.95:
            return "Name: " + name + ", amount: " + str(amount)
        else:
            answer.pop("name")  # fails the schema gate
        return "```json\n" + json.dumps(answer) + "\n```"

    return record, respond


# --- similarity -------------------------------------------------------------------------

REPLIES = [
    ("I forgot my password.", "Use 'Forgot password' on the login page and follow the link we email you."),
    ("Where is my parcel?", "Track it from Orders in your account; the carrier updates it every few hours."),
    ("Can I change my delivery address?", "Yes, until the order ships: open the order and choose Edit address."),
    ("How do I cancel my plan?", "Go to Settings, then Billing, and choose Cancel plan; it ends with the period."),
]


def similarity_record(rng: random.Random, i: int) -> tuple[dict, Callable[[random.Random], str]]:
    question, reference = REPLIES[i % len(REPLIES)]
    record = {
        "messages": [
            {"role": "system", "content": "Reply to the customer in one sentence."},
            {"role": "user", "content": f"{question} (ticket {i})"},
        ],
        "reference_answer": reference,
        "grader": {"type": "similarity", "metric": "rouge_l"},
        "task_id": f"reply-{i:03d}",
    }
    words = reference.split()

    def respond(r: random.Random) -> str:
        roll = r.random()
        if roll < 0.3:
            return reference
        if roll < 0.65:  # a paraphrase: some words dropped
            return " ".join(w for w in words if r.random() > 0.3)
        if roll < 0.75:
            return " ".join([reference] * 3)  # stuffing
        if roll < 0.9:
            return "Thanks for reaching out! Our team will get back to you soon."
        return "Please contact support."

    return record, respond


MAKERS = {
    "tool_calls": tool_calls_record,
    "label": label_record,
    "fields": fields_record,
    "similarity": similarity_record,
}


def main() -> None:
    for name, make in MAKERS.items():
        rng = random.Random(f"{name}-13")
        out = ROOT / name
        out.mkdir(exist_ok=True)
        records, responses = [], []
        for i in range(RECORDS):
            record, respond = make(rng, i)
            records.append(json.dumps(record))
            responses.append(json.dumps({"line": i + 1, "responses": [respond(rng) for _ in range(RESPONSES)]}))
        (out / "train.jsonl").write_text("\n".join(records) + "\n")
        (out / "responses.jsonl").write_text("\n".join(responses) + "\n")
        print(f"{out}: {len(records)} records, {RESPONSES} responses each")


if __name__ == "__main__":
    main()
