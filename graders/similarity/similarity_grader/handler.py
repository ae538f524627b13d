"""Lambda entry point of SimilarityGraderFunction."""

from grader_core.handler import make_handler

lambda_handler = make_handler("similarity")
