"""OpenAI's error flags (``metadata.errors`` of ``/graders/run``), raised as one exception."""

from __future__ import annotations

# Every flag OpenAI's run endpoint reports, in its order.
FLAGS = (
    "formula_parse_error",
    "invalid_variable_error",
    "model_grader_parse_error",
    "model_grader_refusal_error",
    "model_grader_server_error",
    "python_grader_runtime_error",
    "python_grader_server_error",
    "sample_parse_error",
    "truncated_observation_error",
    "unresponsive_reward_error",
    "other_error",
)


class GraderFailure(Exception):
    """A grader could not produce a reward; ``flag`` is one of :data:`FLAGS`."""

    def __init__(self, flag: str, message: str) -> None:
        assert flag in FLAGS, flag
        super().__init__(message)
        self.flag = flag
