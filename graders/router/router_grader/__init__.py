"""The router: one Lambda ARN for a dataset that mixes task types."""
