"""The code grader: ruff lint and sandboxed test execution (see graders/code/README.md)."""
