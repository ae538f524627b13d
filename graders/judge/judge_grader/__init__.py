"""The LLM-judge grader: a model scores the response against a versioned rubric.

Backends (Bedrock Converse, OpenAI-compatible, offline replay) sit behind one injected
client interface; prompts are data files in ``prompts/``. See ``graders/judge/README.md``.
"""
