"""Docs are examples: every JSON block marked with a file path equals that file.

A fenced ``json`` block directly preceded by ``<!-- events/format/think_answer.json -->``
must hold the same JSON as the file; golden responses are in turn checked against the
handlers (test_events.py), so the examples in the READMEs stay true.
"""

from __future__ import annotations

import json
import re

import pytest
from conftest import ROOT

MARKED_BLOCK = re.compile(r"<!-- ([\w./-]+\.json) -->\s*\n```json\n(.*?)\n```", re.S)
DOCS = sorted([ROOT / "README.md", *ROOT.glob("graders/*/README.md"), *ROOT.glob("docs/*.md")])
BLOCKS = [(doc, path, body) for doc in DOCS for path, body in MARKED_BLOCK.findall(doc.read_text())]


@pytest.mark.parametrize(("doc", "path", "body"), BLOCKS, ids=[f"{d.relative_to(ROOT)}:{p}" for d, p, _ in BLOCKS])
def test_marked_json_block_equals_file(doc, path, body) -> None:
    target = ROOT / path
    assert target.is_file(), f"{doc.name} shows {path}, which does not exist"
    assert json.loads(body) == json.loads(target.read_text()), f"{doc.name}: the block for {path} is out of date"


def test_every_marker_is_followed_by_a_json_block() -> None:
    for doc in DOCS:
        text = doc.read_text()
        markers = re.findall(r"<!-- ([\w./-]+\.json) -->", text)
        assert len(markers) == len(MARKED_BLOCK.findall(text)), f"{doc.name}: a marker without a json block after it"
