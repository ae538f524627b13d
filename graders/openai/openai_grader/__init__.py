"""OpenAI RFT grader specs (``string_check``, ``text_similarity``, ``python``, ``score_model``,
``label_model``, ``multi``) graded as a Bedrock Lambda grader."""
