"""rft-graders developer CLI: run graders locally, grade files, and drive RFT jobs.

Nothing here is deployed: the Lambda functions contain grader_core and the graders only.
"""
