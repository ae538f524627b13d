"""Runs inside the emulated Lambda: awslambdaric, plus honest init and duration reports.

The Runtime Interface Emulator starts the runtime lazily and reports a meaningless init
duration, so this wrapper measures its own: from the moment the bootstrap shell script
started (``RFT_SPAWN_NS``, taken before the interpreter launched) to the end of the
handler module's import -- interpreter start-up, runtime client import and function init,
which is what Lambda bills as Init Duration. It prints one ``RFT_INIT`` line and one
``RFT_REPORT`` line per invocation on stderr; ``local-invoke`` reads and removes them.

This file is copied into the emulated ``/var/runtime``; it is never imported by the CLI.
"""

import os
import resource
import sys
import time

spawn_ns = int(os.environ.pop("RFT_SPAWN_NS", "0") or 0)

from awslambdaric import __main__ as ric_main  # noqa: E402 - timed as part of init
from awslambdaric import bootstrap  # noqa: E402

_get_handler = bootstrap._get_handler


def timed_get_handler(handler_name):
    # Wrapping awslambdaric's own loader keeps Lambda's order (logging set up, then the
    # function imported) and its init-error reporting; failures propagate unchanged.
    function = _get_handler(handler_name)
    init_ms = (time.time_ns() - spawn_ns) / 1e6 if spawn_ns else -1.0
    sys.stderr.write(f"RFT_INIT {init_ms:.2f}\n")
    sys.stderr.flush()

    def timed(event, context):
        started = time.perf_counter()
        try:
            return function(event, context)
        finally:
            elapsed = (time.perf_counter() - started) * 1000
            peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
            sys.stderr.write(f"RFT_REPORT {context.aws_request_id} {elapsed:.2f} {peak_mb:.1f}\n")
            sys.stderr.flush()

    return timed


bootstrap._get_handler = timed_get_handler
ric_main.main(["awslambdaric", sys.argv[1]])
