"""The format grader: small pure checks on the response's shape, each one a metric."""
