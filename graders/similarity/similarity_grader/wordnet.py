"""Where METEOR's WordNet comes from: shipped with the function, never downloaded.

NLTK's METEOR matches synonyms through WordNet, which NLTK fetches with
``nltk.download("wordnet")`` from GitHub: impossible in Lambda (read-only code, no such
egress) and in this project's CI. The build (``graders/similarity/ship_wordnet.py``) puts
Princeton WordNet 3.0 in ``nltk_data/corpora/wordnet`` beside the grader package:
``/var/task/nltk_data`` in the function, ``graders/similarity/nltk_data`` in a checkout
(``make setup``). The reader is opened once per execution environment (~1 s: it indexes
the lemma files) and only when a ``meteor`` spec is first built.
"""

from __future__ import annotations

import threading
import warnings
from pathlib import Path
from typing import Any

from grader_core.errors import SpecError

WORDNET_DIR = Path(__file__).resolve().parent.parent / "nltk_data" / "corpora" / "wordnet"
_reader: Any = None
_lock = threading.Lock()


def wordnet_reader(root: Path = WORDNET_DIR) -> Any:
    """NLTK's WordNet reader over the shipped data; ``SpecError`` if it is not there."""
    global _reader
    if _reader is not None and root == WORDNET_DIR:
        return _reader
    if not (root / "lexnames").is_file():
        raise SpecError(
            f"spec.metric: meteor needs WordNet 3.0 in {root} (the build ships it; in a checkout run "
            "`make setup` or `python graders/similarity/ship_wordnet.py graders/similarity/nltk_data`)"
        )
    import nltk.data
    from nltk.corpus.reader.wordnet import WordNetCorpusReader

    with _lock:
        # NLTK 3.10 reads corpora only under its data path (nltk.pathsec).
        base = str(root.parent.parent)
        if base not in nltk.data.path:
            nltk.data.path.append(base)
        with warnings.catch_warnings():
            # "multilingual functions are not available": no Open Multilingual Wordnet is
            # shipped, and METEOR uses English synsets only.
            warnings.simplefilter("ignore", UserWarning)
            reader = WordNetCorpusReader(str(root), None)
        if root == WORDNET_DIR:
            _reader = reader
    return reader
