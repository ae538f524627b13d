"""Canonical views of untrusted text, so that disguise does not change what a rule sees.

A policy under RL pressure finds every cheap disguise a filter does not undo: look-alike
letters (Cyrillic ``о`` for Latin ``o``), zero-width characters inside words, full-width or
mathematical letters, HTML entities and tags, Markdown emphasis, letter-spacing. Each
function here undoes one family; :func:`views` builds the texts the injection screen reads
and :func:`fold` is the one the master-key filter reads.

Look-alike folding maps a Cyrillic, Greek or Armenian letter to the Latin letter it
imitates. It is done in a separate view, never on the only copy: folding all Cyrillic would
turn Russian into Latin gibberish and blind the Russian rules. Unicode's full confusables
table (``confusable-homoglyphs`` ships it) maps thousands of characters, mostly to
multi-character sequences and symbols no rule reads; after NFKC (which already folds
full-width, mathematical and circled letters) the letters below are the ones that imitate
Latin letters one for one, so a small table does the job without a megabyte of data at
cold start.
"""

from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import dataclass

# Cyrillic, Greek, Armenian, Cherokee/Latin-extended letters that render like a Latin letter.
_LOOKALIKES = {
    # Cyrillic lower / upper
    "а": "a", "в": "b", "е": "e", "ё": "e", "һ": "h", "і": "i", "ї": "i", "ј": "j", "к": "k",
    "м": "m", "н": "h", "о": "o", "р": "p", "с": "c", "т": "t", "у": "y", "х": "x", "ѕ": "s",
    "ԁ": "d", "ԛ": "q", "ԝ": "w", "ү": "y", "ɡ": "g", "ӏ": "l", "ᴦ": "r", "г": "r", "ь": "b",
    "п": "n", "и": "u", "ш": "w", "л": "n",
    # Greek
    "α": "a", "β": "b", "ε": "e", "η": "n", "ι": "i", "κ": "k", "ν": "v", "ο": "o", "ρ": "p",
    "τ": "t", "υ": "u", "χ": "x", "γ": "y", "ω": "w", "ϲ": "c", "ϳ": "j", "μ": "u",
    # Armenian and others seen in homoglyph attacks
    "օ": "o", "ս": "u", "ց": "g", "ւ": "l", "հ": "h", "ո": "n", "ı": "i", "ȷ": "j", "ℓ": "l",
    # Small capitals (IPA and phonetic extensions), which NFKC leaves alone
    "ᴀ": "a", "ʙ": "b", "ᴄ": "c", "ᴅ": "d", "ᴇ": "e", "ғ": "f", "ɢ": "g", "ʜ": "h", "ɪ": "i", "ᴊ": "j",
    "ᴋ": "k", "ʟ": "l", "ᴍ": "m", "ɴ": "n", "ᴏ": "o", "ᴘ": "p", "ǫ": "q", "ʀ": "r", "ꜱ": "s", "ᴛ": "t",
    "ᴜ": "u", "ᴠ": "v", "ᴡ": "w", "ʏ": "y", "ᴢ": "z",
}  # fmt: skip
_FOLD_TABLE = str.maketrans(_LOOKALIKES)

_HTML_COMMENT_MARKS = re.compile(r"<!--|-->|/\*|\*/")
# A tag: `<name ...>` or `</name>`; the text between tags stays (that is where hidden text hides).
_TAG = re.compile(r"</?[a-zA-Z][^<>\n]{0,200}>")
_MD_LINK = re.compile(r"\[([^\]\n]{0,200})\]\([^)\s]{0,500}\)")
# Backticks stay: they are quotation marks for the screen's mention test, and no rule needs them gone.
_MD_MARKS = re.compile(r"[*_~]+|^[ \t]*(?:#{1,6}|>+)[ \t]*", re.M)
_SPACES = re.compile(r"[^\S\n]+")
# Letter-spacing: "i g n o r e" or "i.g.n.o.r.e" -- single characters, one separator each.
_SPACED_RUN = re.compile(r"(?<!\w)(?:\w[ .\-]){2,}\w(?!\w)")
_UNICODE_TAGS = re.compile("[\U000e0020-\U000e007e]+")
# Leetspeak: only in tokens mixing letters with digits or @/$ ("1gn0r3"), so numbers stay numbers.
_LEET_TOKEN = re.compile(r"(?<![\w@$])(?=[\w@$]*[a-z])(?=[\w@$]*[0-9@$])[\w@$]+")
_LEET = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s"})


# Letters that render as nothing: the combining grapheme joiner and the Hangul fillers
# (category Lo, so "has a letter" would count them).
_BLANK_LETTERS = frozenset("\u034f\u3164\u115f\u1160\uffa0")


def strip_invisible(text: str) -> str:
    """Drop format characters (zero-width, bidi controls, soft hyphen, tag characters) and
    variation selectors / combining grapheme joiners that render as nothing."""
    if text.isascii():  # the common case, and none of those is ASCII
        return text
    return "".join(
        ch
        for ch in text
        if unicodedata.category(ch) != "Cf"
        and not ("\ufe00" <= ch <= "\ufe0f" or "\U000e0100" <= ch <= "\U000e01ef" or ch in _BLANK_LETTERS)
    )


def canonical(text: str) -> str:
    """Entities decoded, NFKC, invisible characters dropped, case folded; line breaks kept."""
    text = strip_invisible(unicodedata.normalize("NFKC", html.unescape(text)))
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    return text.casefold()


def strip_markup(text: str) -> str:
    """HTML tags and comment marks, Markdown emphasis, headings and quote marks removed; the
    words inside stay."""
    text = _HTML_COMMENT_MARKS.sub(" ", text)
    text = _TAG.sub(" ", text)
    text = _MD_LINK.sub(r"\1", text)
    text = _MD_MARKS.sub(" ", text)
    return _SPACES.sub(" ", text)


def fold_lookalikes(text: str) -> str:
    """Accents dropped and look-alike letters mapped to Latin (for the Latin-script rules)."""
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return unicodedata.normalize("NFC", bare).translate(_FOLD_TABLE)


def unleet(text: str) -> str:
    """``1gn0r3 4ll`` -> ``ignore all``, leaving plain numbers (``10/10``) alone."""
    return _LEET_TOKEN.sub(lambda m: m.group().translate(_LEET), text)


def join_spaced_letters(text: str) -> str:
    """``i g n o r e  a l l`` -> ``ignore all``: letter-spaced runs joined, word gaps kept."""
    return _SPACED_RUN.sub(lambda m: re.sub(r"[ .\-]", "", m.group()), text)


# Words an order to the grader is made of; a policy splits them ("ig nore prev ious") so
# that no word-level rule sees them. Rejoining only these, never arbitrary fragments,
# keeps the view honest text cannot be rewritten into an attack by: the rules still need
# a whole order, which fragments of an honest sentence do not spell.
SPLIT_WORDS = frozenset(
    [
        "ignore", "disregard", "forget", "override", "bypass", "previous", "prior", "above", "earlier",
        "instructions", "instruction", "rubric", "reference", "grader", "evaluator", "judge", "grading",
        "evaluation", "system", "score", "scores", "scoring", "marks", "rating", "correct", "perfect", "maximum",
        "full", "give", "assign", "award", "rate", "mark", "grade", "answer", "response", "this", "your", "all",
    ]
)  # fmt: skip
_FRAGMENTS = re.compile(r"[a-z]{1,12}(?:[ .\-_·•|/][a-z]{1,12}){1,60}")


def rejoin_split_words(text: str) -> str:
    """``ig nore prev ious instruc tions`` -> ``ignore previous instructions``: runs of 2-5
    fragments joined where they spell one of :data:`SPLIT_WORDS` (longest first)."""

    def join(run: str) -> str:
        # Split keeping the separators, so that only a run that spells a word changes.
        pieces = re.split(r"([ .\-_·•|/])", run)
        parts, seps = pieces[0::2], pieces[1::2]
        out, i = [parts[0]], 0
        while i < len(parts):
            for n in range(min(5, len(parts) - i), 1, -1):
                if "".join(parts[i : i + n]) in SPLIT_WORDS:
                    out[-1] = "".join(parts[i : i + n])
                    i += n - 1
                    break
            i += 1
            if i < len(parts):
                out += [seps[i - 1], parts[i]]
        return "".join(out)

    return _FRAGMENTS.sub(lambda m: join(m.group()), text)


def hidden_tag_text(text: str) -> str:
    """Text smuggled in Unicode tag characters (U+E0020..U+E007E mirror ASCII), or ''."""
    return " ".join("".join(chr(ord(c) - 0xE0000) for c in run) for run in _UNICODE_TAGS.findall(text))


def fold(text: str) -> str:
    """The master-key filter's view: canonical, markup stripped, look-alikes folded."""
    return fold_lookalikes(strip_markup(canonical(text)))


@dataclass(frozen=True)
class Views:
    """``structural``: canonical with markup intact (turn markers, delimiters, verdicts);
    ``plain``: markup stripped (phrases in any script); ``latin``: plus look-alikes folded
    and letter-spacing joined (Latin-script phrases)."""

    structural: str
    plain: str
    latin: str


def views(text: str) -> Views:
    structural = canonical(text)
    # Letter-spacing is undone before markup stripping collapses the wider gaps between words.
    plain = strip_markup(join_spaced_letters(structural))
    return Views(structural, plain, unleet(fold_lookalikes(plain)))
