"""Lambda entry point of FieldsGraderFunction."""

from grader_core.handler import make_handler

lambda_handler = make_handler("fields")
