"""OpenAI's templating and the multi grader's formula: tables with a reason per row."""

from __future__ import annotations

import pytest

from openai_grader.formula import FormulaError, parse
from openai_grader.templates import Context, TemplateError, check, render

CONTEXT = Context(
    {"reference_answer": "42", "ground_truth": {"date": "2024-05-01", "tags": ["a", "b"]}, "n": 3},
    '{"answer": "42", "steps": [1, 2]}',
)

RENDER = [
    ("{{ sample.output_text }}", '{"answer": "42", "steps": [1, 2]}', "the output verbatim"),
    ("{{sample.output_text}}", '{"answer": "42", "steps": [1, 2]}', "spaces inside braces are optional"),
    ("{{ item.reference_answer }}", "42", "a string field as it is"),
    ("{{ item.ground_truth.date }}", "2024-05-01", "nested by dots"),
    ("{{ item.ground_truth.tags.1 }}", "b", "list index by a number"),
    ("{{ item.n }}", "3", "a number as JSON"),
    ("{{ item.ground_truth }}", '{"date": "2024-05-01", "tags": ["a", "b"]}', "an object as JSON"),
    ("{{ sample.output_json.answer }}", "42", "a field of the parsed output"),
    ("Q: {{ item.n }} A: {{ sample.output_json.steps }}", "Q: 3 A: [1, 2]", "several variables in text"),
    ("no variables", "no variables", "plain text passes through"),
]


@pytest.mark.parametrize(("template", "expected"), [r[:2] for r in RENDER], ids=[r[2] for r in RENDER])
def test_render(template: str, expected: str) -> None:
    check(template, "t")
    assert render(template, CONTEXT) == expected


CHECK_ERRORS = [
    ("{{ sample.output }}", "unknown variable", "sample has only output_text and output_json"),
    ("{{ sample.output_text.x }}", "unknown variable", "output_text is a string, it has no fields"),
    ("{{ reference_answer }}", "the namespaces are item and sample", "a bare name is not a variable"),
    ("{{ item }}", "names no field", "the whole item is not a field"),
    ("{{ item.a b }}", "is not a variable", "spaces inside a path"),
    ("{{ os.environ }}", "the namespaces are item and sample", "no other namespace"),
]


@pytest.mark.parametrize(("template", "message"), [r[:2] for r in CHECK_ERRORS], ids=[r[2] for r in CHECK_ERRORS])
def test_unknown_variables_are_refused_at_validation(template: str, message: str) -> None:
    with pytest.raises(TemplateError, match=message) as caught:
        check(template, "grader.input")
    assert caught.value.flag == "invalid_variable_error"


RUNTIME_ERRORS = [
    ("{{ item.missing }}", Context({}, "x"), "invalid_variable_error", "the record lacks the field"),
    ("{{ sample.output_json.a }}", Context({}, "not json"), "sample_parse_error", "the output is not JSON"),
    ("{{ sample.output_json.b }}", Context({}, '{"a": 1}'), "sample_parse_error", "the output JSON lacks the field"),
]


@pytest.mark.parametrize(
    ("template", "context", "flag"), [r[:3] for r in RUNTIME_ERRORS], ids=[r[3] for r in RUNTIME_ERRORS]
)
def test_missing_values_are_errors_not_empty_strings(template: str, context: Context, flag: str) -> None:
    with pytest.raises(TemplateError) as caught:
        render(template, context)
    assert caught.value.flag == flag


FORMULAS = [
    ("0.5 * a + 0.5 * b", {"a": 1.0, "b": 0.0}, 0.5, "the documented weighted average"),
    ("(a + b) / 2", {"a": 1.0, "b": 0.5}, 0.75, "parentheses"),
    ("a ^ 2", {"a": 3.0}, 9.0, "^ is a power, as OpenAI documents it"),
    ("a ** 2", {"a": 3.0}, 9.0, "** too"),
    ("min(a, b) + max(a, b)", {"a": 0.2, "b": 0.7}, 0.9, "min and max with several arguments"),
    ("abs(a - b)", {"a": 0.2, "b": 0.7}, 0.5, "abs"),
    ("floor(a) + ceil(b)", {"a": 1.7, "b": 1.2}, 3.0, "floor and ceil"),
    ("sqrt(a) + log(exp(b))", {"a": 4.0, "b": 2.0}, 4.0, "sqrt, log, exp"),
    ("-a + 1", {"a": 0.25}, 0.75, "unary minus"),
]


@pytest.mark.parametrize(("source", "values", "expected"), [r[:3] for r in FORMULAS], ids=[r[3] for r in FORMULAS])
def test_formula(source: str, values: dict[str, float], expected: float) -> None:
    assert parse(source, set(values)).evaluate(values) == pytest.approx(expected)


BAD_FORMULAS = [
    ("a +", "not a formula", "syntax"),
    ("a + c", "unknown grader 'c'", "a name that is no sub-grader"),
    ("pow(a, 2)", "unknown function 'pow'", "only the documented functions"),
    ('__import__("os").system("id")', "unknown function", "no escape through calls"),
    ('__import__("os")', "unknown function '__import__'", "no builtins"),
    ("a.__class__", "Attribute is not allowed", "no attribute access"),
    ("[a][0]", "is not allowed", "no containers or subscripts"),
    ("a if a else 1", "IfExp is not allowed", "no conditionals"),
    ("lambda: 1", "Lambda is not allowed", "no lambdas"),
    ("max", "unknown grader 'max'", "a function name alone is not a value"),
    ("'1'", "is not a number", "strings are not numbers"),
    ("a" * 3000, "longer than", "bounded length"),
]


@pytest.mark.parametrize(("source", "message"), [r[:2] for r in BAD_FORMULAS], ids=[r[2] for r in BAD_FORMULAS])
def test_bad_formulas_are_refused_when_parsed(source: str, message: str) -> None:
    with pytest.raises(FormulaError, match=message):
        parse(source, {"a", "b"})


EVAL_ERRORS = [
    ("a / b", {"a": 1.0, "b": 0.0}, "division by zero", "division by zero"),
    ("log(a)", {"a": 0.0}, "math domain error", "log of zero"),
    ("sqrt(a)", {"a": -1.0}, "math domain error", "sqrt of a negative"),
    ("exp(a)", {"a": 1e6}, "range error", "overflow"),
    ("a ^ b", {"a": 2.0, "b": 1e6}, "too large", "a huge exponent is refused, not computed"),
]


@pytest.mark.parametrize(("source", "values", "message"), [r[:3] for r in EVAL_ERRORS], ids=[r[3] for r in EVAL_ERRORS])
def test_evaluation_failures_are_formula_errors_never_nan(source: str, values: dict[str, float], message: str) -> None:
    with pytest.raises(FormulaError, match=message):
        parse(source, set(values)).evaluate(values)
