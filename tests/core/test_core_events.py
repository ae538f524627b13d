"""parse_event: every request variant of the contract (rft-contract.md §1) -> Sample fields.

Two kinds of failure are kept apart: a malformed *event* raises EventError naming index and
field; a problem with one *sample* lands in Sample.problem and that sample alone errors.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from grader_core.errors import EventError
from grader_core.events import parse_event

USER = {"role": "user", "content": "Solve: 2x + 5 = 13"}
ANSWER = {"role": "assistant", "content": "x = 4"}


def rollout(**overrides: Any) -> dict[str, Any]:
    """A well-formed rollout; keyword arguments replace or add top-level keys."""
    item: dict[str, Any] = {"id": "r-1", "messages": [USER, ANSWER]}
    item.update(overrides)
    return item


def parse_one(item: dict[str, Any]):
    [sample] = parse_event([item])
    return sample


# --- reference answer and extra fields -------------------------------------------------

REFERENCE_CASES = [
    pytest.param(rollout(), None, {}, id="no-reference-anywhere-is-none-not-an-error"),
    pytest.param(
        rollout(metadata={"reference_answer": {"solution": "x = 4"}}),
        {"solution": "x = 4"},
        {},
        id="bedrock-pages-reference-under-metadata",
    ),
    pytest.param(rollout(reference_answer="4"), "4", {}, id="sagemaker-pages-reference-at-top-level"),
    pytest.param(
        rollout(reference_answer="top", metadata={"reference_answer": "meta"}),
        "meta",
        {},
        id="metadata-wins-on-conflict",
    ),
    pytest.param(
        rollout(metadata={"reference_answer": {"text": "42"}}),
        "42",
        {},
        id="open-weight-string-reference-unwrapped-from-text",
    ),
    pytest.param(rollout(reference_answer={"text": "42"}), "42", {}, id="text-wrapper-unwrapped-at-top-level-too"),
    pytest.param(
        rollout(reference_answer={"text": "42", "unit": "m"}),
        {"text": "42", "unit": "m"},
        {},
        id="object-with-text-and-more-keys-is-a-real-object-kept-whole",
    ),
    pytest.param(
        rollout(reference_answer={"text": 42}),
        {"text": 42},
        {},
        id="text-key-holding-a-non-string-is-not-the-wrapper",
    ),
    pytest.param(rollout(reference_answer=[1, 2]), [1, 2], {}, id="any-json-value-accepted-as-reference"),
    pytest.param(
        rollout(task_id="t1", domain="algebra"),
        None,
        {"task_id": "t1", "domain": "algebra"},
        id="top-level-extras-become-fields",
    ),
    pytest.param(
        rollout(metadata={"task_id": "algebra_001", "domain": "algebra"}),
        None,
        {"task_id": "algebra_001", "domain": "algebra"},
        id="metadata-extras-become-fields",
    ),
    pytest.param(
        rollout(task_id="top", level=1, metadata={"task_id": "meta", "domain": "d"}),
        None,
        {"task_id": "meta", "level": 1, "domain": "d"},
        id="extras-merged-metadata-wins-on-conflict",
    ),
    pytest.param(
        rollout(metadata=json.dumps({"reference_answer": {"text": "7"}, "task_id": "t9"})),
        "7",
        {"task_id": "t9"},
        id="metadata-as-json-string-decoded-then-unwrapped",
    ),
    pytest.param(
        rollout(reference_answer="4", metadata={"reference_answer": "4"}),
        "4",
        {},
        id="reference-answer-never-leaks-into-fields",
    ),
    pytest.param(
        rollout(grader={"type": "format"}),
        None,
        {"grader": {"type": "format"}},
        id="per-sample-grader-spec-is-an-ordinary-field",
    ),
]


@pytest.mark.parametrize(("item", "reference", "fields"), REFERENCE_CASES)
def test_reference_and_fields(item, reference, fields):
    sample = parse_one(item)
    assert sample.problem is None
    assert sample.reference == reference
    assert sample.fields == fields


# --- the response: which turn, which content shape --------------------------------------

RESPONSE_CASES = [
    pytest.param([USER, {"role": "assistant", "content": "x = 4"}], "x = 4", id="plain-string-content"),
    pytest.param(
        [USER, {"role": "assistant", "content": [{"type": "text", "text": "x = "}, {"type": "text", "text": "4"}]}],
        "x = 4",
        id="list-of-text-parts-joined-without-separator",
    ),
    pytest.param(
        [USER, {"role": "assistant", "content": [{"text": "untyped part counts as text"}]}],
        "untyped part counts as text",
        id="part-without-type-is-text",
    ),
    pytest.param(
        [USER, {"role": "assistant", "content": ["bare ", "strings"]}],
        "bare strings",
        id="bare-string-parts-joined",
    ),
    pytest.param(
        [USER, {"role": "assistant", "content": [{"type": "image", "url": "x"}, {"type": "text", "text": "seen"}]}],
        "seen",
        id="non-text-parts-ignored-when-text-present",
    ),
    pytest.param(
        [USER, {"role": "assistant", "content": {"text": "object content"}}],
        "object content",
        id="object-content-with-text-key",
    ),
    pytest.param(
        [USER, {"role": "nova_assistant", "content": "nova says 4"}],
        "nova says 4",
        id="nova-assistant-role-is-a-response",
    ),
    pytest.param(
        [USER, {"role": "assistant", "content": "first"}, USER, {"role": "assistant", "content": "last"}],
        "last",
        id="last-assistant-turn-chosen",
    ),
    pytest.param(
        [USER, {"role": "assistant", "content": "draft"}, {"role": "nova_assistant", "content": "final"}],
        "final",
        id="last-turn-wins-across-both-assistant-roles",
    ),
    pytest.param(
        [USER, {"role": "assistant", "content": "answer"}, {"role": "tool", "content": "tool output"}],
        "answer",
        id="tool-turn-after-assistant-is-not-the-response",
    ),
    pytest.param(
        [USER, {"role": "assistant", "content": None, "tool_calls": [{"id": "c1", "type": "function"}]}],
        "",
        id="tool-calls-with-null-content-is-empty-text-not-an-error",
    ),
    pytest.param(
        [USER, {"role": "assistant", "tool_calls": [{"id": "c1"}]}],
        "",
        id="tool-calls-with-content-absent-is-empty-text",
    ),
    pytest.param(
        [USER, {"role": "assistant", "content": [{"type": "image"}]}, {"role": "assistant", "content": "recovered"}],
        "recovered",
        id="later-text-turn-supersedes-an-earlier-non-text-turn",
    ),
    pytest.param([USER, {"role": "assistant", "content": []}], "", id="empty-part-list-is-empty-text"),
]


@pytest.mark.parametrize(("messages", "response"), RESPONSE_CASES)
def test_response_is_text_of_last_assistant_turn(messages, response):
    sample = parse_one(rollout(messages=messages))
    assert sample.problem is None
    assert sample.response == response
    assert sample.prompt == "Solve: 2x + 5 = 13"


# --- per-sample problems: the sample errors, the call does not fail ---------------------

PROBLEM_CASES = [
    pytest.param(rollout(messages=[USER]), "no assistant turn", id="no-assistant-turn"),
    pytest.param(rollout(messages=[]), "no assistant turn", id="empty-message-list"),
    pytest.param({"id": "r-1"}, "messages: missing", id="messages-missing"),
    pytest.param(rollout(messages="x = 4"), "messages: expected a list, got a string", id="messages-not-a-list"),
    pytest.param(
        rollout(messages=[USER, {"role": "assistant", "content": [{"type": "image", "url": "x"}]}]),
        "messages[1].content: assistant turn has no text content",
        id="only-non-text-parts-names-the-position",
    ),
    pytest.param(
        rollout(messages=[USER, {"role": "assistant", "content": {"type": "image"}}]),
        "messages[1].content",
        id="object-content-without-text",
    ),
    pytest.param(
        rollout(messages=[USER, {"role": "assistant", "content": 42}]), "messages[1].content", id="numeric-content"
    ),
    pytest.param(
        rollout(messages=[USER, {"role": "assistant", "content": "ok"}, {"role": "assistant", "content": [{"x": 1}]}]),
        "messages[2].content",
        id="last-assistant-turn-unusable-does-not-fall-back-to-earlier-one",
    ),
    pytest.param(
        rollout(messages=["hello", USER, ANSWER]),
        "messages[0]: expected an object with a string 'role'",
        id="message-not-an-object",
    ),
    pytest.param(
        rollout(messages=[{"content": "no role"}, USER, ANSWER]),
        "messages[0]: expected an object with a string 'role'",
        id="message-without-role",
    ),
    pytest.param(rollout(metadata="not json"), "metadata: a string that is not JSON", id="metadata-undecodable-string"),
    pytest.param(rollout(metadata=[1, 2]), "metadata: expected an object, got a list", id="metadata-a-list"),
    pytest.param(rollout(metadata="[1, 2]"), "metadata: expected an object, got a list", id="metadata-json-of-a-list"),
]


@pytest.mark.parametrize(("item", "problem"), PROBLEM_CASES)
def test_sample_problems_are_recorded_not_raised(item, problem):
    sample = parse_one(item)
    assert problem in sample.problem
    assert sample.id == "r-1"  # the id is still known, so the sample can be answered


def test_problem_sample_has_no_response_but_others_parse():
    samples = parse_event([rollout(id="bad", messages=[USER]), rollout(id="good")])
    assert [(s.id, s.response, s.problem is None) for s in samples] == [("bad", None, False), ("good", "x = 4", True)]


def test_several_problems_are_all_reported():
    sample = parse_one(rollout(metadata="{oops", messages=[USER]))
    assert "metadata" in sample.problem
    assert "no assistant turn" in sample.problem


# --- ids and indexes --------------------------------------------------------------------


@pytest.mark.parametrize(
    "sample_id",
    [
        pytest.param("123", id="string-id-echoed"),
        pytest.param(123, id="integer-id-echoed-as-integer"),
        pytest.param(0, id="zero-is-a-valid-id-not-missing"),
        pytest.param(" spaced ", id="string-id-not-stripped"),
    ],
)
def test_id_is_kept_exactly(sample_id):
    sample = parse_one(rollout(id=sample_id))
    assert sample.id == sample_id
    assert type(sample.id) is type(sample_id)


def test_index_is_position_in_batch_and_order_kept():
    samples = parse_event([rollout(id=f"s{i}") for i in range(5)])
    assert [(s.index, s.id) for s in samples] == [(i, f"s{i}") for i in range(5)]


def test_empty_batch_is_an_empty_list():
    # Batch size is undocumented; zero elements is not a malformed event.
    assert parse_event([]) == []


# --- malformed events: the call fails loudly, naming index and field ------------------

MALFORMED_CASES = [
    pytest.param(rollout(), "event: expected a JSON list of samples, got an object", id="bare-object-not-wrapped"),
    pytest.param("[]", "event: expected a JSON list of samples, got a string", id="json-string-not-decoded"),
    pytest.param(None, "event: expected a JSON list of samples, got null", id="null-event"),
    pytest.param([rollout(), "x"], "event[1]: expected an object, got a string", id="element-a-string-names-index"),
    pytest.param([rollout(), rollout(), [1]], "event[2]: expected an object, got a list", id="element-a-list"),
    pytest.param([None], "event[0]: expected an object, got null", id="element-null"),
    pytest.param([rollout(), {"messages": []}], "event[1].id: missing", id="missing-id-names-index-and-field"),
    pytest.param([rollout(id=True)], "event[0].id: expected a non-empty string or integer", id="bool-id-is-not-int"),
    pytest.param([rollout(id="")], "event[0].id: expected a non-empty string or integer", id="empty-string-id"),
    pytest.param([rollout(id=None)], "event[0].id: expected", id="null-id-cannot-be-echoed-usefully"),
    pytest.param([rollout(id=1.5)], "event[0].id: expected", id="float-id-rejected"),
    pytest.param([rollout(id={"x": 1})], "event[0].id: expected", id="object-id-rejected"),
]


@pytest.mark.parametrize(("event", "message"), MALFORMED_CASES)
def test_malformed_event_raises_naming_index_and_field(event, message):
    with pytest.raises(EventError) as excinfo:
        parse_event(event)
    assert str(excinfo.value).startswith(message)


def test_bare_object_error_hints_at_the_missing_list():
    with pytest.raises(EventError, match="without wrapping it in a list"):
        parse_event(rollout())


def test_message_raw_is_kept_and_text_normalised():
    tool_turn = {"role": "assistant", "content": None, "tool_calls": [{"id": "c1"}]}
    sample = parse_one(rollout(messages=[USER, tool_turn]))
    assert sample.messages[1].raw is tool_turn  # graders that need tool_calls can reach them
    assert sample.messages[1].text == ""
