"""``rft-graders job create|status|watch`` (being written)."""

from __future__ import annotations

import argparse


def register(subparsers: argparse._SubParsersAction) -> None:
    subparsers.add_parser("job", help="create and monitor Bedrock RFT jobs")
