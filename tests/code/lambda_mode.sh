#!/bin/bash
# The code grader's tests in Lambda's mode: grader and candidate under one unprivileged uid.
#
#   sudo bash tests/code/lambda_mode.sh [pytest args]      (default: the attack suite)
#
# As root the sandbox drops candidates to uid 65534 (tests/code/* cover that). Lambda runs
# the function itself unprivileged, so there the candidate shares the grader's uid and the
# protections are different ones (non-dumpable grader, signal filter, /tmp snapshot sweep).
# This runs pytest as uid 65533 with LAMBDA_TASK_ROOT set, using a private copy of the
# interpreter (a pyenv Python under a 0700 /root is out of an unprivileged user's reach).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
[ "$(id -u)" = 0 ] || { echo "run as root (it switches to uid 65533 itself)"; exit 2; }
SRC=$("$ROOT/.venv/bin/python" -c 'import sys; print(sys.base_prefix)')
WORK=$(mktemp -d /tmp/code-lambda-mode.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$WORK/py/bin" "$WORK/py/lib" "$WORK/home"
cp -a "$SRC/bin/python3.13" "$WORK/py/bin/"
cp -a "$SRC"/lib/libpython3.13.so* "$WORK/py/lib/" 2>/dev/null || true
(cd "$SRC/lib" && tar cf - --exclude=python3.13/test --exclude=python3.13/site-packages --exclude=__pycache__ python3.13) \
  | (cd "$WORK/py/lib" && tar xf -)
printf '[pytest]\n' > "$WORK/pytest.ini"
chmod -R a+rX "$WORK"
chown 65533:65533 "$WORK/home"
SITE=$ROOT/.venv/lib/python3.13/site-packages
cd "$ROOT"
env -i PATH=/usr/bin:/bin HOME="$WORK/home" LD_LIBRARY_PATH="$WORK/py/lib" PYTHONDONTWRITEBYTECODE=1 \
  LAMBDA_TASK_ROOT=/nonexistent \
  PYTHONPATH="$ROOT/shared:$ROOT/graders/code:$ROOT/graders/format:$ROOT/cli:$ROOT/tests:$SITE" \
  setpriv --reuid 65533 --regid 65533 --clear-groups "$WORK/py/bin/python3.13" -m pytest \
  -p no:cacheprovider -p no:logging -c "$WORK/pytest.ini" --rootdir "$ROOT" -q \
  "${@:-tests/code/test_code_attacks.py}"
