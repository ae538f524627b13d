"""Code extraction: the last fenced block in the language, else the whole response if it parses."""

from __future__ import annotations

import pytest

from code_grader.extract import compile_error, extract_code, fenced_blocks

F = "```"


@pytest.mark.parametrize(
    ("response", "code", "source"),
    [
        # The last python block wins: models often show a draft, then the final answer.
        (f"draft\n{F}python\nx = 1\n{F}\nfinal\n{F}python\nx = 2\n{F}\n", "x = 2\n", "fence"),
        # An untagged fence counts as code in the default languages.
        (f"{F}\ny = 3\n{F}", "y = 3\n", "fence"),
        # py / python3 tags and trailing info after the tag are accepted; case does not matter.
        (f"{F}Python3 title='a'\nz = 1\n{F}", "z = 1\n", "fence"),
        # A later shell block does not displace the python one.
        (f"{F}python\nok = 1\n{F}\n{F}bash\nrm -rf /\n{F}", "ok = 1\n", "fence"),
        # Indented fences (inside a list item) still count.
        (f"1. code:\n   {F}python\n   a = 1\n   {F}", "   a = 1\n", "fence"),
        # Bare code without fences is taken whole when it parses.
        ("def f():\n    return 1\n", "def f():\n    return 1\n", "whole"),
    ],
    ids=["last_block", "untagged", "tag_variants", "other_language_later", "indented", "bare_code"],
)
def test_extracts(response: str, code: str, source: str) -> None:
    found = extract_code(response)
    assert found is not None and (found.code, found.source) == (code, source)


@pytest.mark.parametrize(
    "response",
    [
        "",  # nothing at all
        "The answer is to add the numbers.",  # prose does not parse
        f"{F}bash\necho hi\n{F}",  # only another language: not python, and not bare code either
        f"{F}python\nx = 1\n",  # an unclosed fence (truncated response) is not a block
    ],
    ids=["empty", "prose", "only_bash", "unclosed_fence"],
)
def test_finds_no_code(response: str) -> None:
    assert extract_code(response) is None


def test_language_list_is_configurable() -> None:
    # A spec may accept only explicitly tagged python, so untagged blocks are ignored.
    assert extract_code(f"{F}\nx = 1\n{F}", ("python",)) is None


def test_thousands_of_unmatched_fences_are_linear() -> None:
    # Pathological input that makes a lazy-matching regex quadratic; a line scan is not.
    # Only the first opens a block: an info string ("python") never closes one.
    assert fenced_blocks((F + "python\n") * 50_000) == []
    assert fenced_blocks((F + "python\n" + F + "\n") * 50_000) == [("python", "\n")] * 50_000


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("x = 1\n", None),
        ("def f(:\n", "SyntaxError"),
        ("return 1\n", "SyntaxError"),  # only the compiler (not the parser) rejects this
        ("x = '\\0'\n", None),  # an escaped NUL in a string literal is fine
        ("x = 1\0\n", "SyntaxError"),  # a NUL byte in the source itself is not
    ],
    ids=["ok", "parse_error", "compile_only_error", "escaped_nul", "nul_in_source"],
)
def test_compile_error(code: str, expected: str | None) -> None:
    problem = compile_error(code)
    assert (problem.split(":")[0] if problem else None) == expected
