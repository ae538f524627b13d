"""The preflight report as a person sees it: rendered by headless Chromium, the verdict badge
sits at the top in its colour and the page is not blank. Runs where Chromium is installed
(.ci/run installs Debian's chromium); ``make report-screenshots`` refreshes docs/*.png."""

from __future__ import annotations

from pathlib import Path

import pytest

from rft_graders.cli import main
from rft_graders.preflight.screenshot import chromium, screenshot

pytestmark = pytest.mark.skipif(chromium() is None, reason="no Chromium on PATH (apt-get install chromium)")

# The verdict badge's background (report.html.j2): warn for the demo, stop for an all-zero grader.
BADGE = {"warn": (0xFF, 0xEF, 0xC2), "stop": (0xFF, 0xDD, 0xDD)}


def _pixels(png: Path) -> tuple[list[tuple[int, int, int]], int, int]:
    from matplotlib import image

    data = image.imread(str(png))  # floats 0..1, rows x columns x RGB(A)
    rows, cols = len(data), len(data[0])
    return [tuple(round(float(c) * 255) for c in px[:3]) for row in data[:200] for px in row], rows, cols


@pytest.mark.parametrize(
    ("grader", "badge"),
    [
        (None, "warn"),  # the demo: GO WITH CARE (its olympiad segment scores 0 everywhere)
        ('{"type": "format", "checks": [{"check": "tags", "sequence": ["answer"]}]}', "stop"),
    ],
    ids=["demo", "stop-case"],
)
def test_report_renders_with_the_verdict_on_top(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], grader: str | None, badge: str
) -> None:
    out = tmp_path / "report"
    main(["preflight", "--out", str(out), *(["--grader", grader] if grader else [])])
    capsys.readouterr()
    png = screenshot(out / "report.html", tmp_path / "shot.png", 1100, 1200)
    top, rows, cols = _pixels(png)
    assert (rows, cols) == (1200, 1100)
    assert BADGE[badge] in set(top), "the verdict badge is not in the first 200 pixel rows"
    assert len(set(top)) > 20, "the top of the page is (nearly) blank"
