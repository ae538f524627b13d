"""Every golden event, through its function's handler in-process, gives its golden response.

The same events run through the built artifact under the emulator in test_emulator.py.
"""

from __future__ import annotations

import pytest
from golden import GoldenEvent, error_matches, golden_events

from grader_core.errors import EventError

EVENTS = golden_events()


@pytest.mark.parametrize("golden", EVENTS, ids=[g.id for g in EVENTS])
def test_event_gives_golden_response(golden: GoldenEvent, handler_for) -> None:
    assert golden.response_path.is_file(), f"{golden.event_path} has no {golden.response_path.name}"
    handler = handler_for(golden.function)
    if golden.expects_error:
        # A malformed event must fail the invocation loudly, naming index and field.
        with pytest.raises(EventError) as info:
            handler(golden.event(), None)
        assert error_matches(golden.expected(), {"errorType": "EventError", "errorMessage": str(info.value)})
    else:
        assert handler(golden.event(), None) == golden.expected()


@pytest.mark.parametrize("golden", [g for g in EVENTS if not g.expects_error], ids=lambda g: g.id)
def test_response_echoes_ids_in_order_with_finite_rewards(golden: GoldenEvent, handler_for) -> None:
    # The wire contract: one result per input, same order, ids unchanged, numbers only.
    response = handler_for(golden.function)(golden.event(), None)
    assert [r["id"] for r in response] == [s["id"] for s in golden.event()]
    for result in response:
        assert isinstance(result["aggregate_reward_score"], float)
        for metric in result["metrics_list"]:
            assert metric["type"] in ("Reward", "Metric") and isinstance(metric["value"], float)


@pytest.mark.parametrize("golden", [g for g in EVENTS if not g.expects_error], ids=lambda g: g.id)
def test_grading_is_deterministic(golden: GoldenEvent, handler_for) -> None:
    # The service may deliver the same batch twice; it must get the same rewards.
    handler = handler_for(golden.function)
    assert handler(golden.event(), None) == handler(golden.event(), None)
