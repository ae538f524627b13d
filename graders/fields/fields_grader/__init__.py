"""The fields grader: extracted JSON objects compared field by field with a reference."""
