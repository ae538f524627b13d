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
        # A fence inside a list item is read relative to the item's content column.
        (f"1. code:\n   {F}python\n   a = 1\n   {F}", "a = 1\n", "fence"),
        (f"- code:\n\n    {F}python\n    def f():\n        return 1\n    {F}\n", "def f():\n    return 1\n", "fence"),
        # CommonMark: an indented fence (> 3 spaces) inside the block is content, so a
        # docstring example does not end the code (it used to: honest code scored 0).
        (
            f'{F}python\ndef f():\n    """Example:\n\n    {F}\n    f()\n    {F}\n    """\n    return 1\n{F}\n',
            f'def f():\n    """Example:\n\n    {F}\n    f()\n    {F}\n    """\n    return 1\n',
            "fence",
        ),
        # A closing fence is indented at most three spaces and carries nothing but spaces.
        (f"{F}python\nx = 1\n   {F}  \n", "x = 1\n", "fence"),
        (f"{F}python\ns = 1\n{F}python\nt = 2\n{F}\n", f"s = 1\n{F}python\nt = 2\n", "fence"),
        # The closing fence is at least as long as the opening one, of the same character.
        (f"````python\nu = '''\n{F}\n'''\n````\n", f"u = '''\n{F}\n'''\n", "fence"),
        (f"~~~python\nv = 1\n{F}\n~~~\n", f"v = 1\n{F}\n", "fence"),
        # The opening fence's indentation is removed from the content (up to that much).
        (f"  {F}python\n  w = 1\n   w += 1\n{F}\n", "w = 1\n w += 1\n", "fence"),
        # A fence never closed runs to the end of the response (a truncated answer).
        (f"{F}python\nx = 1\n", "x = 1\n", "fence"),
        # Bare code without fences is taken whole when it parses.
        ("def f():\n    return 1\n", "def f():\n    return 1\n", "whole"),
    ],
    ids=[
        "last_block",
        "untagged",
        "tag_variants",
        "other_language_later",
        "in_list_item",
        "in_list_item_indented_4",
        "indented_fence_in_docstring_is_content",
        "closing_fence_3_spaces_and_trailing_spaces",
        "fence_with_info_string_never_closes",
        "longer_opening_needs_longer_closing",
        "tilde_fence_not_closed_by_backticks",
        "opening_indent_stripped",
        "unclosed_runs_to_end",
        "bare_code",
    ],
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
        f"text\n\n    {F}python\n    x = 1\n    {F}\n",  # four spaces: an indented code block, not a fence
        f"> {F}python\n> x = 1\n> {F}\n",  # block quotes are not followed (documented)
    ],
    ids=["empty", "prose", "only_bash", "indented_4_is_not_a_fence", "block_quote"],
)
def test_finds_no_code(response: str) -> None:
    assert extract_code(response) is None


def test_language_list_is_configurable() -> None:
    # A spec may accept only explicitly tagged python, so untagged blocks are ignored.
    assert extract_code(f"{F}\nx = 1\n{F}", ("python",)) is None


def test_thousands_of_unmatched_fences_are_linear() -> None:
    # Pathological input that makes a lazy-matching regex quadratic; a line scan is not.
    # Only the first opens a block: an info string ("python") never closes one, so the
    # unclosed block holds the other 49,999 lines.
    assert fenced_blocks((F + "python\n") * 50_000) == [("python", (F + "python\n") * 49_999)]
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
