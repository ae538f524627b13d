"""Lambda entry point of RouterGraderFunction: any registered grader type, per sample."""

from grader_core.handler import make_handler

lambda_handler = make_handler("router")
