"""Find the code in a response: the last fenced block in the language, else the whole text.

A line scanner rather than one regular expression, so that a response made of thousands
of unmatched fences costs linear time.
"""

from __future__ import annotations

from dataclasses import dataclass

DEFAULT_LANGUAGES = ("python", "py", "python3", "")


@dataclass(frozen=True)
class Extracted:
    code: str
    source: str  # "fence" or "whole"


def fenced_blocks(text: str) -> list[tuple[str, str]]:
    """``(language, body)`` of every closed fenced block, in order; language lower-cased."""
    blocks: list[tuple[str, str]] = []
    language: str | None = None
    body: list[str] = []
    for line in text.splitlines():
        stripped = line.strip()
        if language is None:
            if stripped.startswith("```"):
                info = stripped[3:].strip().lower()
                language = info.split()[0] if info else ""
                body = []
        elif stripped.startswith("```") and not stripped.strip("`"):
            blocks.append((language, "\n".join(body) + "\n"))
            language = None
        else:
            body.append(line)
    return blocks


def parses(code: str) -> bool:
    return compile_error(code, "<response>") is None


def extract_code(text: str, languages: tuple[str, ...] = DEFAULT_LANGUAGES) -> Extracted | None:
    """The code to grade, or ``None`` when the response holds none.

    Blocks fenced in another language (```` ```bash ````) are never taken. Without any
    fence, the whole response counts when it parses as Python: models often answer with
    bare code.
    """
    blocks = fenced_blocks(text)
    wanted = [body for language, body in blocks if language in languages]
    if wanted:
        return Extracted(wanted[-1], "fence")
    if not blocks and text.strip() and parses(text):
        return Extracted(text, "whole")
    return None


def compile_error(code: str, filename: str = "solution.py") -> str | None:
    """``None`` if ``code`` compiles, else the error as one line (no code runs here)."""
    try:
        compile(code, filename, "exec", dont_inherit=True)
    except (SyntaxError, ValueError) as exc:
        return f"{type(exc).__name__}: {exc}"
    except (RecursionError, MemoryError):
        return "SyntaxError: too deeply nested to compile"
    return None
