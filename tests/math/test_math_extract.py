"""Finding the final answer in a response: every format, several answers, hostile input."""

from __future__ import annotations

import pytest

from math_grader.extract import FORMATS, MAX_ANSWERS, boxed_contents, clean_answer, extract

ALL = FORMATS  # boxed first, bare last: the default order of a non-strict grader


@pytest.mark.parametrize(
    ("response", "formats", "answers", "source"),
    [
        pytest.param(r"so $\boxed{\frac{1}{2}}$.", ALL, (r"\frac{1}{2}",), "boxed", id="boxed-braces-inside"),
        pytest.param(r"\boxed{\{1, 2\}}", ALL, (r"\{1, 2\}",), "boxed", id="escaped-braces-do-not-close-the-box"),
        pytest.param(r"\fbox{7}", ALL, ("7",), "boxed", id="fbox-is-a-box"),
        pytest.param(r"\boxed {7}", ALL, ("7",), "boxed", id="space-before-brace"),
        pytest.param(r"\boxed{\boxed{5}}", ALL, ("5",), "boxed", id="box-in-box-unwrapped"),
        pytest.param(r"\boxed{5}. Check: \boxed{5}", ALL, ("5",), "boxed", id="same-box-twice-is-one-answer"),
        pytest.param(r"\boxed{1} and \boxed{ 2 }", ALL, ("1", "2"), "boxed", id="distinct-boxes-are-kept-in-order"),
        pytest.param(r"\boxed{1} \boxed{2} \boxed{1}", ALL, ("2", "1"), "boxed", id="each-answer-at-its-last-position"),
        pytest.param(r"Therefore \boxed{1", ALL, (r"Therefore \boxed{1",), "bare", id="unclosed-box-is-no-box"),
        pytest.param("<answer>42</answer>", ALL, ("42",), "answer_tag", id="answer-tag"),
        pytest.param(
            r"<answer>so \boxed{42}</answer>", ["answer_tag"], ("42",), "answer_tag", id="box-inside-tag-wins"
        ),
        pytest.param("<answer><answer>3</answer>", ["answer_tag"], ("3",), "answer_tag", id="unclosed-outer-tag"),
        pytest.param("The final answer is $7$. I hope it is correct.", ALL, ("7",), "final_answer", id="minerva"),
        pytest.param("The answer is 3.5.", ALL, ("3.5",), "final_answer", id="decimal-point-is-not-a-sentence-end"),
        pytest.param("the answer is 2. No: the answer is 3.", ALL, ("3",), "final_answer", id="last-phrase-wins"),
        pytest.param("**Final Answer**: 12", ALL, ("12",), "final_answer", id="markdown-label"),
        pytest.param("Therefore, the answer is **17**.", ALL, ("17",), "final_answer", id="bold-value"),
        pytest.param("The final answer is:\n\n$$x = 5$$", ALL, ("x = 5",), "final_answer", id="display-on-next-line"),
        pytest.param("work\nAnswer: 7", ["answer_line"], ("7",), "answer_line", id="answer-line"),
        pytest.param("**Answer:** (B)", ["answer_line"], ("(B)",), "answer_line", id="bold-answer-line"),
        pytest.param("9 * 2 = 18\n#### 18", ALL, ("18",), "gsm8k", id="gsm8k"),
        pytest.param("  3/4\n", ALL, ("3/4",), "bare", id="bare-answer"),
        pytest.param("$x \\in [0,1)$", ALL, (r"x \in [0,1)",), "bare", id="bare-in-math-mode"),
        pytest.param("", ALL, None, None, id="empty-response"),
        pytest.param(r"\boxed{}", ALL, None, None, id="empty-box-is-no-answer"),
        pytest.param("x" * 300, ALL, None, None, id="long-prose-is-not-bare"),
        pytest.param(r"\boxed{4}", ["answer_tag"], None, None, id="strict-format-misses-other-formats"),
    ],
)
def test_extract(response: str, formats: list[str], answers: tuple[str, ...] | None, source: str | None) -> None:
    found = extract(response, formats)
    if answers is None:
        assert found is None
    else:
        assert found is not None and (found.answers, found.source) == (answers, source)


@pytest.mark.parametrize(
    ("answer", "cleaned"),
    [
        pytest.param("$7$", "7", id="dollars"),
        pytest.param("$$7$$", "7", id="display-dollars"),
        pytest.param(r"\(7\)", "7", id="inline-parens"),
        pytest.param(r"\[7\]", "7", id="display-brackets"),
        pytest.param("**7**", "7", id="bold"),
        pytest.param("7.", "7", id="sentence-period"),
        pytest.param(r"$\boxed{7}$.", "7", id="box-in-dollars-with-period"),
        pytest.param("3.5", "3.5", id="decimal-kept"),
        pytest.param(r"\boxed{1} + \boxed{2}", r"\boxed{1} + \boxed{2}", id="two-boxes-are-not-one-box"),
    ],
)
def test_clean_answer(answer: str, cleaned: str) -> None:
    assert clean_answer(answer) == cleaned


def test_only_the_last_answers_are_kept() -> None:
    # A policy that boxes every integer still gets "several answers", at bounded cost.
    response = " ".join(rf"\boxed{{{n}}}" for n in range(500))
    found = extract(response, ALL)
    assert found is not None and len(found.answers) == MAX_ANSWERS and found.answers[-1] == "499"


def test_a_box_inside_a_box_is_part_of_the_outer_answer() -> None:
    # 5000 nested boxes are one answer (the outermost), returned uncleaned when it is over
    # max_chars, so the caller refuses it without unwrapping each level.
    response = r"\boxed{" * 5000 + "1" + "}" * 5000
    assert len(boxed_contents(response)) == 1
    found = extract(response, ALL, max_chars=2000)
    assert found is not None and len(found.answers) == 1 and len(found.answers[-1]) > 2000


def test_nested_boxes_take_memory_linear_in_the_response() -> None:
    # 17,000 levels (136 KB) once took over 1 GB: a copy of the rest of the text per level.
    import tracemalloc

    response = r"\boxed{" * 17_000 + "1" + "}" * 17_000
    tracemalloc.start()
    try:
        found = extract(response, ALL, max_chars=2000)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert found is not None and len(found.answers) == 1
    assert peak < 4 * len(response), f"peak {peak:,} bytes for a {len(response):,}-byte response"


@pytest.mark.parametrize(
    "response",
    [
        pytest.param(r"Fill in $3 + \boxed{\phantom{0}} = 10$: $\boxed{7}$", id="phantom"),
        pytest.param(r"$\boxed{\ }$ then $\boxed{7}$", id="spacing-only"),
        pytest.param(r"$\boxed{\quad}$ then $\boxed{7}$", id="quad-only"),
        pytest.param(r"$\boxed{?}$ then $\boxed{7}$", id="question-mark"),
    ],
)
def test_placeholder_boxes_are_not_answers(response: str) -> None:
    found = extract(response, ALL)
    assert found is not None and found.answers == ("7",)


def test_megabyte_response_with_answer_at_the_end() -> None:
    found = extract("lorem ipsum " * 90_000 + r"\boxed{12}", ALL)
    assert found is not None and found.answers == ("12",)
