"""Lambda entry point of LabelGraderFunction."""

from grader_core.handler import make_handler

lambda_handler = make_handler("label")
