"""Lambda entry point of RouterGraderFunction: any registered grader type, per sample."""

from grader_core.handler import make_handler
from judge_grader import api_key

lambda_handler = make_handler("router")

# Lambda init: the OpenAI-compatible judge's key, if the stack names a secret (JudgeApiKeySecretArn).
api_key.prefetch()
