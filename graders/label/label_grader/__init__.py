"""The label grader: classification (single, multi-label, ordinal) read from the response."""
