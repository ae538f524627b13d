"""Format ``calls``: call one function with given arguments, send back what it returned.

The runner does not judge here: it forwards each result, still encoded, to the grader,
which decodes it as plain data and compares it with the expected value (which never
leaves the grader). A result that is not plain data fails the case there.
"""

from __future__ import annotations

from code_grader.harness import remote
from code_grader.harness.boot import Session


def run(session: Session) -> None:
    names = session.start_candidate()
    session.secret()
    job = session.job
    calls = job["calls"]
    session.cases[:] = [{"error": "not run: time ran out"} for _ in calls]
    function = None if names is None else names.get(job["function"])
    for case, call in zip(session.cases, calls, strict=True):
        if names is None:
            case["error"] = f"not run: {session.load_error}"
            continue
        if not isinstance(function, remote.Remote):
            case["error"] = f"the code defines no function {job['function']!r}"
            continue
        assert session.conn is not None
        try:
            reply = session.conn.request(
                {"op": "call", "ref": function._number, "args": call["args"], "kwargs": call["kwargs"]}
            )
        except remote.CandidateGone as exc:
            case["error"] = str(exc)
            continue
        case.clear()
        if "raise" in reply:
            case["raise"] = reply["raise"]
        else:
            case["value"] = reply.get("value")
