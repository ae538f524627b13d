"""``rft-graders preflight``: grade base-model rollouts before paying for an RFT job.

AWS's guidance (contract §8) is to check, before training, that the base model earns a
reward on some rollouts (never: fine-tune supervised first; nearly always: RFT may be
unnecessary) and that rollouts of one prompt score *differently* (GRPO learns only from
differences within a group). A preflight samples prompts, gets ``k`` responses per prompt,
grades them exactly as the job would, and reports those numbers with a verdict.

Modules, in the order data flows through them:

- :mod:`.rollouts` -- prompts, responses and graded rollouts (the data model), file loading;
- :mod:`.sources` -- where responses come from: a file, Bedrock Converse, or an
  OpenAI-compatible chat endpoint;
- :mod:`.grading` -- in-process (grader_core) or through the deployed Lambda (boto3);
- :mod:`.stats` and :mod:`.verdict` -- the numbers and what they mean;
- :mod:`.report_html` -- the self-contained HTML report;
- :mod:`.command` -- the CLI.
"""
