"""Lambda entry point of JudgeGraderFunction; logs the batch's judge token usage."""

from grader_core.handler import make_handler
from judge_grader import api_key
from judge_grader.usage import log_batch_usage

lambda_handler = log_batch_usage(make_handler("judge"))

# Lambda init: the OpenAI-compatible judge's key, if the stack names a secret (JudgeApiKeySecretArn).
api_key.prefetch()
