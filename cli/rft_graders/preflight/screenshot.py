"""Screenshots of preflight reports in headless Chromium: layout regressions are seen, not
guessed (``make report-screenshots`` writes the ones in ``docs/``).

Chromium comes from the system (Debian's ``chromium`` package); nothing is downloaded. The
flags keep it off the network: this report loads nothing remote, and Chromium's own
background connections would only fail here.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",  # root in CI; the page is our own report, loaded from a file
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
)


def chromium() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    return None


def screenshot(html: Path, png: Path, width: int = 1100, height: int = 2400) -> Path:
    """Render ``html`` (a file) to ``png`` at ``width`` x ``height`` CSS pixels."""
    browser = chromium()
    if browser is None:
        raise RuntimeError("no Chromium on PATH: apt-get install chromium")
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            [
                browser,
                *CHROMIUM_FLAGS,
                f"--user-data-dir={profile}",
                f"--window-size={width},{height}",
                f"--screenshot={png.resolve()}",
                html.resolve().as_uri(),
            ],
            check=True,
            capture_output=True,
            timeout=120,
        )
    if not png.is_file() or png.stat().st_size == 0:
        raise RuntimeError(f"Chromium wrote no screenshot of {html}")
    return png


def main(argv: list[str]) -> int:
    """``python -m rft_graders.preflight.screenshot REPORT.html OUT.png [WIDTH HEIGHT]``"""
    size = [int(v) for v in argv[2:4]]
    print(screenshot(Path(argv[0]), Path(argv[1]), *size))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
