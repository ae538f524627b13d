"""RunnerConfig: keyword -> environment variable -> default, and the errors a typo deserves."""

from __future__ import annotations

import math

import pytest

from grader_core.config import ENV_NAMES, RunnerConfig


def test_defaults_when_environment_is_empty():
    config = RunnerConfig.from_env({})
    assert config == RunnerConfig()
    assert (config.score_min, config.score_max, config.error_reward, config.skip_reward) == (0.0, 1.0, 0.0, 0.0)


@pytest.mark.parametrize(
    ("env", "field", "expected"),
    [
        pytest.param({"SCORE_MIN": "-1"}, "score_min", -1.0, id="negative-min-for-minus-one-to-one"),
        pytest.param({"SCORE_MAX": "10"}, "score_max", 10.0, id="max"),
        pytest.param({"ERROR_SCORE": "0.25"}, "error_score", 0.25, id="error-score"),
        pytest.param({"SKIP_SCORE": "0.5"}, "skip_score", 0.5, id="skip-score"),
        pytest.param({"SAMPLE_TIMEOUT_SECONDS": "2.5"}, "sample_timeout_s", 2.5, id="timeout-float"),
        pytest.param({"DEADLINE_MARGIN_SECONDS": "0"}, "deadline_margin_s", 0.0, id="zero-margin-allowed"),
        pytest.param({"MAX_RESPONSE_CHARS": "5000"}, "max_response_chars", 5000, id="max-chars-is-int"),
        pytest.param({"SCORE_MAX": "  2  "}, "score_max", 2.0, id="whitespace-around-number-stripped"),
        pytest.param({"SCORE_MIN": ""}, "score_min", 0.0, id="empty-variable-means-unset"),
        pytest.param({"SCORE_MIN": "   "}, "score_min", 0.0, id="blank-variable-means-unset"),
        pytest.param({"UNRELATED": "x"}, "score_min", 0.0, id="other-variables-ignored"),
    ],
)
def test_from_env_parses_each_variable(env, field, expected):
    value = getattr(RunnerConfig.from_env(env), field)
    assert value == expected
    assert type(value) is type(expected)


def test_keyword_override_beats_environment():
    config = RunnerConfig.from_env({"SCORE_MAX": "not even a number", "SCORE_MIN": "-1"}, score_max=5.0)
    # The override is used, so the bad variable is never parsed.
    assert (config.score_min, config.score_max) == (-1.0, 5.0)


def test_from_env_reads_os_environ_by_default(monkeypatch):
    monkeypatch.setenv("SCORE_MIN", "-1")
    assert RunnerConfig.from_env().score_min == -1.0


def test_every_field_has_an_environment_variable():
    # A field without a variable could not be set from template.yaml.
    assert set(ENV_NAMES) == {f for f in RunnerConfig.__dataclass_fields__}


@pytest.mark.parametrize(
    ("env", "message"),
    [
        pytest.param({"SCORE_MIN": "zero"}, "SCORE_MIN='zero' is not a number", id="word-instead-of-number"),
        pytest.param({"SCORE_MAX": "1,0"}, "SCORE_MAX='1,0' is not a number", id="decimal-comma-typo"),
        pytest.param({"MAX_RESPONSE_CHARS": "1e6"}, "MAX_RESPONSE_CHARS='1e6' is not a number", id="chars-must-be-int"),
        pytest.param({"SAMPLE_TIMEOUT_SECONDS": "30s"}, "SAMPLE_TIMEOUT_SECONDS='30s'", id="unit-suffix-typo"),
    ],
)
def test_non_numeric_variable_is_named_in_the_error(env, message):
    with pytest.raises(ValueError, match=message):
        RunnerConfig.from_env(env)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        pytest.param({"score_min": 1.0, "score_max": 1.0}, "must be below score_max", id="empty-range"),
        pytest.param({"score_min": 1.0, "score_max": 0.0}, "must be below score_max", id="inverted-range"),
        pytest.param({"error_score": 1.5}, r"error_score \(1.5\) must lie in \[0.0, 1.0\]", id="error-above-range"),
        pytest.param({"error_score": -0.1}, "error_score", id="error-below-range"),
        pytest.param({"skip_score": 2.0}, "skip_score", id="skip-above-range"),
        pytest.param(
            {"score_min": -1.0, "score_max": 1.0, "error_score": -1.5}, "error_score", id="error-below-minus-one"
        ),
        pytest.param({"score_max": math.inf}, "score_max must be finite", id="infinite-max"),
        pytest.param({"error_score": math.nan}, "error_score must be finite", id="nan-error-score"),
        pytest.param({"sample_timeout_s": 0.0}, "sample_timeout_s", id="zero-timeout"),
        pytest.param({"deadline_margin_s": -1.0}, "deadline_margin_s", id="negative-margin"),
        pytest.param({"max_response_chars": 0}, "max_response_chars", id="zero-max-chars"),
    ],
)
def test_invalid_configuration_rejected(kwargs, message):
    with pytest.raises(ValueError, match=message):
        RunnerConfig(**kwargs)


@pytest.mark.parametrize(
    ("env", "message"),
    [
        pytest.param({"SCORE_MIN": "1", "SCORE_MAX": "1"}, "must be below", id="min-equals-max-from-env"),
        pytest.param({"SCORE_MIN": "2"}, "must be below", id="min-above-default-max"),
        pytest.param({"ERROR_SCORE": "-1"}, "error_score", id="error-score-outside-default-range"),
        pytest.param({"SCORE_MIN": "nan"}, "score_min must be finite", id="nan-parses-but-is-refused"),
        pytest.param({"SCORE_MAX": "inf"}, "score_max must be finite", id="inf-parses-but-is-refused"),
    ],
)
def test_invalid_environment_fails_at_init(env, message):
    with pytest.raises(ValueError, match=message):
        RunnerConfig.from_env(env)


@pytest.mark.parametrize(
    ("score_min", "score_max", "value", "reward"),
    [
        pytest.param(0.0, 1.0, 0.0, 0.0, id="zero-to-one-identity-low"),
        pytest.param(0.0, 1.0, 0.75, 0.75, id="zero-to-one-identity-mid"),
        pytest.param(-1.0, 1.0, 0.0, -1.0, id="minus-one-range-worst"),
        pytest.param(-1.0, 1.0, 0.5, 0.0, id="minus-one-range-half-is-zero"),
        pytest.param(-1.0, 1.0, 1.0, 1.0, id="minus-one-range-best"),
        pytest.param(0.0, 10.0, 0.3, 3.0, id="scaled-range"),
        pytest.param(0.0, 1.0, 1.5, 1.0, id="above-one-clamped"),
        pytest.param(-1.0, 1.0, -0.5, -1.0, id="below-zero-clamped-to-min"),
        pytest.param(-1.0, 1.0, 1e300, 1.0, id="huge-value-clamped-to-max"),
    ],
)
def test_to_reward_maps_and_clamps(score_min, score_max, value, reward):
    assert RunnerConfig(score_min=score_min, score_max=score_max).to_reward(value) == pytest.approx(reward)


@pytest.mark.parametrize(
    ("kwargs", "error_reward", "skip_reward"),
    [
        pytest.param({}, 0.0, 0.0, id="failures-default-to-the-worst-real-answer"),
        pytest.param({"score_min": -1.0}, -1.0, -1.0, id="defaults-follow-score-min"),
        pytest.param({"score_min": -1.0, "skip_score": 0.0}, -1.0, 0.0, id="neutral-skip-in-minus-one-range"),
        pytest.param({"error_score": 0.1, "skip_score": 0.2}, 0.1, 0.2, id="both-explicit"),
    ],
)
def test_failure_rewards(kwargs, error_reward, skip_reward):
    config = RunnerConfig(**kwargs)
    assert (config.error_reward, config.skip_reward) == (error_reward, skip_reward)
