"""The exception tree, in one place.

    GraderError                 base of everything this package raises on purpose
    ├── EventError              the invocation event is malformed: the whole call fails
    ├── SpecError               a grader spec is invalid (per sample: that sample errors)
    └── SampleError             this sample cannot be graded (becomes status "error")
        └── SkipSample          no usable signal, e.g. no reference (status "skipped")
    SampleTimeout(BaseException)  the sample's time budget ran out
    SchemaViolation(ValueError)   a compiled spec check said no (internal: jsonschema says why)

``SampleTimeout`` derives from ``BaseException`` so that a grader's own
``except Exception`` cannot swallow the runner's time limit.
"""

from __future__ import annotations


class GraderError(Exception):
    """Base class for errors raised deliberately by rft-graders."""


class EventError(GraderError):
    """The invocation event does not follow the wire contract.

    The message names the offending index and field, e.g. ``event[3].id: missing``.
    """


class SpecError(GraderError):
    """A grader spec failed validation; the message says where and why."""


class SampleError(GraderError):
    """The sample cannot be graded; the message is the reason logged and counted."""


class SkipSample(SampleError):
    """The sample carries no usable signal (e.g. no reference answer)."""


class SampleTimeout(BaseException):
    """Raised inside a grader when the sample's time budget is spent."""

    def __init__(self, seconds: float) -> None:
        super().__init__(f"sample exceeded its time budget of {seconds:.3f}s")
        self.seconds = seconds


class SchemaViolation(ValueError):
    """Raised by a generated spec check (:mod:`grader_core.schema_check`); never escapes
    :func:`grader_core.spec.validate_spec`, which asks jsonschema for the reason."""

    def __init__(self, message: str, value: object = None, name: str | None = None, definition: object = None,
                 rule: str | None = None) -> None:  # fmt: skip
        super().__init__(message)
        self.value, self.name, self.definition, self.rule = value, name, definition, rule
