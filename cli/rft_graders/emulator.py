"""Run a *built* function the way Lambda runs it, without Docker.

The Lambda Runtime Interface Emulator (the ``aws-lambda-rie`` binary inside the installed
``aws-sam-cli`` package, the same one ``sam local`` puts in its containers) serves the
Runtime API; ``awslambdaric`` is the runtime client. In a private mount namespace the
build artifact is bind-mounted read-only at ``/var/task``, the layer at ``/opt`` and a
runtime directory (awslambdaric + boto3, like Lambda's own) at ``/var/runtime``, ``/tmp``
is a private tmpfs, and the interpreter runs with ``-S`` and only those paths, so a
dependency missing from the artifact fails here as it would on Lambda, and nothing can
write bytecode: init times are honest. Where mount namespaces are unavailable it falls
back to the build directories in place (still with bytecode writes disabled) and says so.
"""

from __future__ import annotations

import importlib.util
import json
import os
import platform
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

from rft_graders.cli import CliError
from rft_graders.project import Function, Project, lambda_environment

# What /var/runtime holds on Lambda's python3.13 (its runtime client and boto3).
RUNTIME_REQUIREMENTS = ("awslambdaric==4.2.2", "boto3==1.43.108")
RUNTIME_STAMP = "rft-runtime-3"
PYTHONPATH = "/var/task:/opt/python/lib/python3.13/site-packages:/opt/python:/var/runtime"
FAKE_CREDENTIALS = {
    "AWS_ACCESS_KEY_ID": "ASIALOCALINVOKEFAKE0",
    "AWS_SECRET_ACCESS_KEY": "local-invoke-fake-secret-access-key-000000",
    "AWS_SESSION_TOKEN": "local-invoke-fake-session-token",
}

_MOUNT_SCRIPT = r"""
set -e
mount -t tmpfs -o size=64m tmpfs /var
mkdir -p /var/task /var/runtime
mount --bind "$1" /var/task && mount -o remount,bind,ro /var/task
mount --bind "$2" /opt && mount -o remount,bind,ro /opt
mount --bind "$3" /var/runtime && mount -o remount,bind,ro /var/runtime
if [ "$4" = private-tmp ]; then mount -t tmpfs -o size=512m tmpfs /tmp; fi
shift 4
exec "$@"
"""


# Lines on the emulator's output that are not the function's own log: our timing markers and
# the emulator's REPORT line (its init time is meaningless; ours replaces it).
_NOT_FUNCTION_LOG = ("RFT_INIT", "RFT_REPORT", "REPORT RequestId")


@dataclass
class InvokeResult:
    payload: bytes
    function_error: bool
    init_ms: float | None
    duration_ms: float | None
    max_memory_mb: float | None
    # The function's log lines for this invocation, as Lambda's `LogType=Tail` shows them.
    log: str = ""

    def json(self) -> object:
        return json.loads(self.payload)


@dataclass
class EmulatedFunction:
    """One warm emulated execution environment; :meth:`invoke` is serialised like Lambda's."""

    project: Project
    function: Function
    build_dir: Path
    env_overrides: dict[str, str] = field(default_factory=dict)
    echo_logs: bool = True
    isolated: bool = True
    _process: subprocess.Popen[bytes] | None = None
    _port: int = 0
    _lines: list[str] = field(default_factory=list)
    _cond: threading.Condition = field(default_factory=threading.Condition)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def start(self) -> None:
        task_dir = self.build_dir / self.function.logical_id
        if not task_dir.is_dir():
            raise CliError(f"{task_dir} does not exist: run `make build` (sam build) first")
        layer_dir = self._layer_dir()
        runtime = ensure_runtime(self.project.root)
        self._port = _free_port()
        bootstrap = [
            str(rie_binary()),
            "--log-level",
            "error",
            "--runtime-interface-emulator-address",
            f"127.0.0.1:{self._port}",
            # The Runtime API defaults to 127.0.0.1:9001: give every environment its own.
            "--runtime-api-address",
            f"127.0.0.1:{_free_port()}",
        ]
        env = self._environment()
        if self.isolated and mount_namespaces_available():
            env.update(LAMBDA_TASK_ROOT="/var/task", LAMBDA_RUNTIME_DIR="/var/runtime", PYTHONPATH=PYTHONPATH)
            # Lambda's /tmp is the function's own; a private tmpfs gives the same, unless
            # something the emulator itself runs from (a checkout under /tmp) would vanish.
            needed = (bootstrap[0], python313(), task_dir, layer_dir, runtime)
            tmp = "shared-tmp" if any(Path(p).resolve().is_relative_to("/tmp") for p in needed) else "private-tmp"
            mounts = [str(task_dir), str(layer_dir), str(runtime), tmp]
            command = [*_unshare(), "/bin/sh", "-c", _MOUNT_SCRIPT, "sh", *mounts]
            command += [*bootstrap, "/var/runtime/bootstrap"]
            cwd = "/"
        else:
            self.isolated = False
            paths = [task_dir, layer_dir / "python/lib/python3.13/site-packages", layer_dir / "python", runtime]
            env.update(
                LAMBDA_TASK_ROOT=str(task_dir),
                LAMBDA_RUNTIME_DIR=str(runtime),
                PYTHONPATH=":".join(map(str, paths)),
                # Spec files (GRADER_SPEC_FILE) are in the layers, which are not at /opt here.
                GRADER_SPECS_ROOT=str(layer_dir),
            )
            command = [*bootstrap, str(runtime / "bootstrap")]
            cwd = str(task_dir)
            print("local-invoke: mount namespaces unavailable; running the build in place", file=sys.stderr)
        self._process = subprocess.Popen(
            command, env=env, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, start_new_session=True
        )
        threading.Thread(target=self._pump, daemon=True).start()
        self._wait_listening()

    def invoke(self, payload: bytes, timeout: float | None = None) -> InvokeResult:
        with self._lock:
            if self._process is None or self._process.poll() is not None:
                self.start()
            with self._cond:
                reports_before = sum(line.startswith("RFT_REPORT") for line in self._lines)
                first_line = len(self._lines)
            url = f"http://127.0.0.1:{self._port}/2015-03-31/functions/function/invocations"
            request = urllib.request.Request(url, data=payload, method="POST")
            try:
                with urllib.request.urlopen(request, timeout=timeout or self.function.timeout + 10) as response:
                    body = response.read()
            except urllib.error.HTTPError as exc:
                body = exc.read()
            except OSError as exc:
                raise CliError(f"emulator did not answer: {exc}\n{self.logs()}") from None
            self._wait_for(lambda: sum(line.startswith("RFT_REPORT") for line in self._lines) > reports_before)
            return self._result(body, first_line)

    def stop(self) -> None:
        if self._process is not None and self._process.poll() is None:
            try:
                os.killpg(self._process.pid, 15)
                self._process.wait(timeout=5)
            except (ProcessLookupError, subprocess.TimeoutExpired):
                os.killpg(self._process.pid, 9)
        self._process = None

    def logs(self) -> str:
        with self._cond:
            return "\n".join(self._lines)

    def __enter__(self) -> EmulatedFunction:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def _result(self, body: bytes, first_line: int = 0) -> InvokeResult:
        init = report = None
        with self._cond:
            log = [line for line in self._lines[first_line:] if not line.startswith(_NOT_FUNCTION_LOG)]
            for line in self._lines:
                if line.startswith("RFT_INIT "):
                    init = float(line.split()[1])
                elif line.startswith("RFT_REPORT "):
                    report = line.split()
            # Init is reported once per environment: keep it for the first invoke only.
            self._lines = [line for line in self._lines if not line.startswith(("RFT_INIT", "RFT_REPORT"))]
        try:
            parsed = json.loads(body)
        except ValueError:
            parsed = None
        error = isinstance(parsed, dict) and "errorMessage" in parsed and "errorType" in parsed
        result = InvokeResult(
            payload=body,
            function_error=error,
            init_ms=init,
            duration_ms=float(report[2]) if report else None,
            max_memory_mb=float(report[3]) if report else None,
        )
        request_id = report[1] if report else "local"
        log.append(
            f"REPORT RequestId: {request_id}\tDuration: {result.duration_ms or 0:.2f} ms\t"
            f"Memory Size: {self.function.memory} MB\tMax Memory Used: {result.max_memory_mb or 0:.0f} MB"
            + (f"\tInit Duration: {init:.2f} ms" if init is not None else "")
        )
        result.log = "\n".join(log) + "\n"
        return result

    def _environment(self) -> dict[str, str]:
        fn = self.function
        env = {
            "PATH": "/usr/local/bin:/usr/bin:/bin",
            "PYTHONDONTWRITEBYTECODE": "1",
            "PYTHONUNBUFFERED": "1",
            "RFT_PYTHON": python313(),
            **lambda_environment(fn),
            **{k: os.environ.get(k, v) for k, v in FAKE_CREDENTIALS.items()},
            **fn.environment,
            **self.env_overrides,
        }
        return env

    def _layer_dir(self) -> Path:
        layers = [self.build_dir / layer for layer in self.function.layers]
        missing = [str(p) for p in layers if not p.is_dir()]
        if missing:
            raise CliError(f"layer build missing: {', '.join(missing)} (run `make build`)")
        if len(layers) == 1:
            return layers[0]
        # Lambda extracts every layer into /opt in order; later layers win. Merged once per
        # build (keyed by the layer directories' mtimes, which `sam build` renews), not per start.
        key = "-".join(f"{p.name}.{p.stat().st_mtime_ns}" for p in layers)
        merged = self.build_dir.parent / "opt-merged" / key
        if not merged.is_dir():
            staging = Path(tempfile.mkdtemp(prefix="opt-", dir=self.build_dir.parent))
            for layer in layers:
                shutil.copytree(layer, staging, dirs_exist_ok=True, symlinks=True)
            shutil.rmtree(merged.parent, ignore_errors=True)
            merged.parent.mkdir(parents=True, exist_ok=True)
            staging.rename(merged)
        return merged

    def _pump(self) -> None:
        assert self._process is not None and self._process.stdout is not None
        for raw in self._process.stdout:
            line = raw.decode("utf-8", "replace").rstrip("\n")
            # RIE's own REPORT line carries a meaningless init time; ours replaces it.
            if self.echo_logs and not line.startswith(("RFT_INIT", "RFT_REPORT", "REPORT RequestId")):
                print(line, file=sys.stderr, flush=True)
            with self._cond:
                self._lines.append(line)
                self._cond.notify_all()

    def _wait_for(self, predicate: object, timeout: float = 2.0) -> None:
        with self._cond:
            self._cond.wait_for(predicate, timeout=timeout)  # type: ignore[arg-type]

    def _wait_listening(self, timeout: float = 10.0) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            assert self._process is not None
            if self._process.poll() is not None:
                raise CliError(f"emulator exited with status {self._process.returncode}:\n{self.logs()}")
            try:
                with socket.create_connection(("127.0.0.1", self._port), timeout=0.2):
                    return
            except OSError:
                time.sleep(0.02)
        raise CliError("emulator did not start listening within 10 s")


def rie_binary() -> Path:
    spec = importlib.util.find_spec("samcli")
    if spec is None or spec.origin is None:
        raise CliError("aws-sam-cli is not installed: it ships the Runtime Interface Emulator (make setup)")
    arch = "arm64" if platform.machine() in ("aarch64", "arm64") else "x86_64"
    binary = Path(spec.origin).parent / "local" / "rapid" / f"aws-lambda-rie-{arch}"
    if not binary.is_file():
        raise CliError(f"Runtime Interface Emulator not found at {binary}")
    return binary


def python313() -> str:
    """The interpreter Lambda's python3.13 runtime corresponds to (not a venv wrapper)."""
    if sys.version_info[:2] == (3, 13):
        return getattr(sys, "_base_executable", sys.executable)
    found = shutil.which("python3.13")
    if not found:
        raise CliError("python3.13 is needed to emulate the Lambda runtime (pyenv install 3.13.0)")
    return found


def ensure_runtime(root: Path) -> Path:
    """Build (once) the emulated ``/var/runtime``: awslambdaric, boto3 and the bootstrap."""
    runtime = root / ".aws-sam" / "runtime-python3.13"
    stamp = runtime / ".stamp"
    if stamp.is_file() and stamp.read_text() == RUNTIME_STAMP:
        return runtime
    staging = Path(
        tempfile.mkdtemp(prefix="rft-runtime-", dir=root / ".aws-sam" if (root / ".aws-sam").is_dir() else None)
    )
    print("local-invoke: preparing the emulated Lambda runtime (once)...", file=sys.stderr)
    pip = subprocess.run(
        [python313(), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", "--no-compile",
         "--root-user-action=ignore", "--target", str(staging), *RUNTIME_REQUIREMENTS],
        capture_output=True, text=True,
    )  # fmt: skip
    if pip.returncode != 0:
        raise CliError(f"could not install the emulated runtime ({', '.join(RUNTIME_REQUIREMENTS)}):\n{pip.stderr}")
    shutil.copy(Path(__file__).with_name("bootstrap_wrapper.py"), staging / "rft_bootstrap.py")
    bootstrap = staging / "bootstrap"
    bootstrap.write_text(
        "#!/bin/sh\n"
        "# Timestamp before the interpreter starts, so init covers interpreter start-up too.\n"
        'RFT_SPAWN_NS=$(date +%s%N) exec "$RFT_PYTHON" -S "$LAMBDA_RUNTIME_DIR/rft_bootstrap.py" "$_HANDLER"\n'
    )
    bootstrap.chmod(0o755)
    subprocess.run(
        [python313(), "-m", "compileall", "-q", "-j", "0", "--invalidation-mode", "unchecked-hash", str(staging)],
        check=True, stdout=subprocess.DEVNULL,
    )  # fmt: skip
    (staging / ".stamp").write_text(RUNTIME_STAMP)
    shutil.rmtree(runtime, ignore_errors=True)
    runtime.parent.mkdir(parents=True, exist_ok=True)
    staging.rename(runtime)
    return runtime


_NAMESPACES: bool | None = None


def mount_namespaces_available() -> bool:
    global _NAMESPACES
    if _NAMESPACES is None:
        try:
            probe = [*_unshare(), "/bin/sh", "-c", "mount -t tmpfs tmpfs /mnt"]
            _NAMESPACES = subprocess.run(probe, capture_output=True, timeout=10).returncode == 0
        except (OSError, subprocess.TimeoutExpired):
            _NAMESPACES = False
    return _NAMESPACES


def _unshare() -> list[str]:
    # Root needs only a mount namespace; others map themselves to root in a user namespace.
    return ["unshare", "--mount", "--propagation", "private"] + ([] if os.geteuid() == 0 else ["--map-root-user"])


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]
