"""The tool_calls grader: expected function calls against the calls a response makes."""
