"""Progress on stderr, so stdout keeps only the summary.

On a terminal one line is redrawn in place; in a log (CI, ``make``) a line is printed at
every quarter so that a long run shows signs of life without flooding the log.
"""

from __future__ import annotations

import sys
import time
from typing import TextIO

REDRAW_EVERY_S = 0.2


class Progress:
    def __init__(self, label: str, total: int, stream: TextIO | None = None) -> None:
        self.label, self.total = label, max(0, total)
        self.stream = stream if stream is not None else sys.stderr
        self.tty = bool(getattr(self.stream, "isatty", lambda: False)())
        self.done = 0
        self.started = time.monotonic()
        self.last_drawn = 0.0
        self.next_quarter = 1

    def __call__(self, count: int) -> None:
        self.done += count
        now = time.monotonic()
        if self.tty:
            if now - self.last_drawn >= REDRAW_EVERY_S or self.done >= self.total:
                self.last_drawn = now
                self.stream.write(f"\r{self._line(now)}")
                self.stream.flush()
        elif self.total and self.done * 4 >= self.next_quarter * self.total:
            while self.done * 4 >= self.next_quarter * self.total and self.next_quarter <= 4:
                self.next_quarter += 1
            self.stream.write(self._line(now) + "\n")

    def close(self) -> None:
        if self.tty and self.done:
            self.stream.write("\n")
            self.stream.flush()

    def _line(self, now: float) -> str:
        elapsed = max(now - self.started, 1e-9)
        share = f" ({self.done / self.total:.0%})" if self.total else ""
        return f"{self.label}: {self.done}/{self.total}{share}, {self.done / elapsed:,.0f}/s"
