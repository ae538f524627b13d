"""rft-graders core: the scoring interface every grader implements.

Public names:

- :class:`Sample`, :class:`Score`, :class:`Metric`, :class:`Status` -- the data model.
- :class:`Grader`, :class:`GradeContext` -- the protocol a grader implements.
- :func:`parse_event`, :func:`encode_response` -- the Bedrock RFT wire contract.
- :func:`grade_batch` -- deadlines, error isolation, clamping, one log line per sample.
- :func:`build_grader`, :func:`validate_spec` -- JSON grader specs and the registry.

Importing this package is cheap: nothing here imports sympy, boto3 or jsonschema.
"""

from grader_core.errors import EventError, SampleError, SampleTimeout, SkipSample, SpecError
from grader_core.events import parse_event
from grader_core.protocol import GradeContext, Grader
from grader_core.response import encode_response
from grader_core.types import Metric, MetricType, Sample, Score, Status

__all__ = [
    "EventError",
    "GradeContext",
    "Grader",
    "Metric",
    "MetricType",
    "Sample",
    "SampleError",
    "SampleTimeout",
    "Score",
    "SkipSample",
    "SpecError",
    "Status",
    "encode_response",
    "parse_event",
]
