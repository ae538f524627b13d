"""``rft-graders start-lambda``: the Lambda Invoke API on localhost, like ``sam local start-lambda``.

``POST /2015-03-31/functions/{name}/invocations`` runs the named function's built artifact
under the emulator (see :mod:`rft_graders.emulator`); ``{name}`` is the logical id, the
short name, the deployed name (``rft-graders-RouterGraderFunction-AbC123``), or a function
ARN (with or without a qualifier) ending in one of those. ``X-Amz-Log-Type: Tail`` returns
the last 4 KB of the invocation's log in ``X-Amz-Log-Result``, as Lambda does.
Point any boto3 client at it::

    boto3.client("lambda", endpoint_url="http://127.0.0.1:3001").invoke(FunctionName="router", Payload=...)

or set ``AWS_ENDPOINT_URL_LAMBDA`` for code that builds its own client. Execution
environments are started on first use and kept warm; up to ``--max-concurrency`` run per
function at once, as Lambda would scale out.
"""

from __future__ import annotations

import argparse
import base64
import json
import re
import signal
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlparse

from rft_graders.cli import CliError
from rft_graders.emulator import EmulatedFunction, InvokeResult
from rft_graders.project import Function, Project, load_project

LOG_TAIL_BYTES = 4096
_PATH = re.compile(r"^/2015-03-31/functions/(?P<name>[^/]+)/invocations/?$")


class FunctionPool:
    """Warm emulated environments per function, at most ``size`` busy at once."""

    def __init__(self, project: Project, build_dir: Path, size: int, echo_logs: bool) -> None:
        self.project, self.build_dir, self.size, self.echo_logs = project, build_dir, size, echo_logs
        self._idle: dict[str, list[EmulatedFunction]] = {}
        self._count: dict[str, int] = {}
        self._cond = threading.Condition()

    def invoke(self, fn: Function, payload: bytes) -> InvokeResult:
        env = self._acquire(fn)
        try:
            return env.invoke(payload)
        finally:
            with self._cond:
                self._idle[fn.logical_id].append(env)
                self._cond.notify_all()

    def close(self) -> None:
        with self._cond:
            for envs in self._idle.values():
                for env in envs:
                    env.stop()

    def _acquire(self, fn: Function) -> EmulatedFunction:
        with self._cond:
            idle = self._idle.setdefault(fn.logical_id, [])
            while not idle and self._count.get(fn.logical_id, 0) >= self.size:
                self._cond.wait()
            if idle:
                return idle.pop()
            self._count[fn.logical_id] = self._count.get(fn.logical_id, 0) + 1
        env = EmulatedFunction(self.project, fn, self.build_dir, echo_logs=self.echo_logs)
        try:
            env.start()
        except BaseException:
            with self._cond:
                self._count[fn.logical_id] -= 1
                self._cond.notify_all()
            raise
        return env


def make_server(project: Project, pool: FunctionPool, host: str, port: int) -> ThreadingHTTPServer:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_POST(self) -> None:
            match = _PATH.match(urlparse(self.path).path)
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else b""
            if not match:
                return self._error(404, "UnknownOperationException", f"no such route: POST {self.path}")
            name = unquote(match.group("name"))
            try:
                fn = project.function(name)
            except CliError:
                return self._error(404, "ResourceNotFoundException", f"Function not found: {name}")
            try:
                json.loads(body or b"null")
            except ValueError:
                return self._error(400, "InvalidRequestContentException", "Could not parse request body into json")
            invocation_type = self.headers.get("X-Amz-Invocation-Type", "RequestResponse")
            if invocation_type == "DryRun":
                return self._send(204, b"", {})
            if invocation_type == "Event":
                threading.Thread(target=pool.invoke, args=(fn, body or b"null"), daemon=True).start()
                return self._send(202, b"", {})
            try:
                result = pool.invoke(fn, body or b"null")
            except CliError as exc:
                return self._error(502, "ServiceException", str(exc))
            headers = {"Content-Type": "application/json", "X-Amz-Executed-Version": "$LATEST"}
            if result.function_error:
                headers["X-Amz-Function-Error"] = "Unhandled"
            if self.headers.get("X-Amz-Log-Type") == "Tail":
                # As Lambda does: the last 4 KB of the invocation's log, base64-encoded.
                tail = result.log.encode("utf-8")[-LOG_TAIL_BYTES:]
                headers["X-Amz-Log-Result"] = base64.b64encode(tail).decode()
            self._send(200, result.payload, headers)

        def _error(self, status: int, kind: str, message: str) -> None:
            body = json.dumps({"Type": "User", "message": message}).encode()
            self._send(status, body, {"Content-Type": "application/json", "x-amzn-ErrorType": kind})

        def _send(self, status: int, body: bytes, headers: dict[str, str]) -> None:
            self.send_response(status)
            for key, value in headers.items():
                self.send_header(key, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            print(f"start-lambda: {self.address_string()} {format % args}", file=sys.stderr)

    return ThreadingHTTPServer((host, port), Handler)


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("start-lambda", help="serve the Lambda Invoke API for every function on localhost")
    parser.add_argument(
        "--host", default="127.0.0.1", help="address to listen on (default %(default)s; the API has no authentication)"
    )
    parser.add_argument("-p", "--port", type=int, default=3001, help="port to listen on (default %(default)s)")
    parser.add_argument("--build-dir", default=None, metavar="DIR", help="sam build output (default .aws-sam/build)")
    parser.add_argument("--max-concurrency", type=int, default=2, metavar="N", help="environments per function")
    parser.add_argument("--quiet", action="store_true", help="do not echo the functions' logs")
    parser.set_defaults(func=_run)


def _run(args: argparse.Namespace) -> int:
    project = load_project()
    build_dir = (Path(args.build_dir) if args.build_dir else project.root / ".aws-sam" / "build").resolve()
    if not build_dir.is_dir():
        raise CliError(f"{build_dir} does not exist: run `make build` (sam build) first")
    pool = FunctionPool(project, build_dir, max(1, args.max_concurrency), echo_logs=not args.quiet)
    server = make_server(project, pool, args.host, args.port)
    url = f"http://{args.host}:{server.server_address[1]}"
    print(f"start-lambda: serving {', '.join(project.functions)} at {url}", file=sys.stderr)
    print(
        f"start-lambda: boto3.client('lambda', endpoint_url='{url}') or AWS_ENDPOINT_URL_LAMBDA={url}", file=sys.stderr
    )
    # `kill` (SIGTERM) stops the server like Ctrl-C does, so the emulators are shut down too.
    signal.signal(signal.SIGTERM, signal.default_int_handler)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
        pool.close()
    return 0
