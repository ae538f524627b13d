"""Lambda entry point of MathGraderFunction."""

from grader_core.handler import make_handler

lambda_handler = make_handler("math")
