"""Lambda entry point of ToolCallsGraderFunction."""

from grader_core.handler import make_handler

lambda_handler = make_handler("tool_calls")
