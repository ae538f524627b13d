"""The injection screen: catch text addressed to the grader before any judge sees it.

Framing, the nonce and the judge's own instructions all depend on the judge model obeying
them; a judge that obeys the response is fooled by any of "ignore previous instructions",
a fake ``[system]`` turn or a forged end delimiter. This screen does not ask the model. It
reads the response the way a suspicious engineer would -- after undoing disguise
(:mod:`~judge_grader.screen.normalise`) and decoding obvious encodings
(:mod:`~judge_grader.screen.decode`) -- and looks for an *address*: an order to the
evaluator, a claim to be the system or the grader, forged prompt structure or a forged
verdict (:mod:`~judge_grader.screen.rules_en`, :mod:`~judge_grader.screen.rules_intl`).

Precision comes first, because a false positive pays an honest answer nothing:

- topic words never catch: an essay about prompt injection, a tutor explaining how tests
  are scored, code that computes a score all talk about grading without addressing it;
- a phrase that is *mentioned* -- quoted or in inline code, in a passage that discusses
  attacks or gives examples -- is not an order (``'ignore previous instructions' is the
  classic injection``); a negated one neither (``never ignore the system prompt``);
- verdict-shaped text (``Score: 10/10``, ``{"score": 5}``) counts only when the task did
  not ask the policy to rate something, and only outside fenced code;
- weak signals (an address to the grader alone, a score phrase alone, a ``User:`` turn)
  catch only in combination with a weak signal of another class.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from judge_grader.screen.concealed import concealed_address
from judge_grader.screen.decode import decoded_payloads
from judge_grader.screen.normalise import canonical, fold_lookalikes, rejoin_split_words, views
from judge_grader.screen.rule import Rule
from judge_grader.screen.rules_claims import CLAIM_RULES, HEADING_RULES
from judge_grader.screen.rules_en import STRUCTURAL_RULES, TEXT_RULES, VERDICT_RULES
from judge_grader.screen.rules_intl import INTL_RULES
from judge_grader.screen.sentences import SENTENCE_RULES, VERDICT

__all__ = ["CLASSES", "Finding", "screen"]

PHRASE_RULES = [*TEXT_RULES, *CLAIM_RULES, *SENTENCE_RULES[:1]]
CLASSES = frozenset(r.cls for r in [*PHRASE_RULES, *STRUCTURAL_RULES, *HEADING_RULES, *VERDICT_RULES, *INTL_RULES]) | {
    "concealed"
}
EXCERPT = 80
MAX_SCREEN_CHARS = 200_000  # beyond this, only the first part is read (responses are capped far lower)

_QUOTED = re.compile(
    r'"[^"\n]{1,300}"|`[^`\n]{1,300}`|«[^»\n]{1,300}»|„[^"\n]{1,300}"|「[^」\n]{1,300}」|(?<!\w)\'[^\'\n]{1,300}\'(?!\w)'
)
_DISCUSSION = re.compile(
    r"injection|jailbreak|attack|adversar|malicious|exploit|example|e\.g\.|for instance|such as|phrase|payload|"
    r"security|defen[cs]e|vulnerab|red.team|detect|classifier|mitigat|sanitiz|filter|manipulat|"
    r"prompt|llm|language model|chatbot|classic|known as|called|string|trick|technique|hidden|pattern|"
    r"inyecci[oó]n|ataque|por ejemplo|ejemplo|par exemple|exemple|attaque|angriff|beispiel|z\. ?b\.|"
    r"injeç[aã]o|exemplo|iniezione|attacco|esempio|инъекци|атак|например|пример|"
    r"注入|攻击|例如|比如|示例|インジェクション|攻撃|例えば|例|인젝션|주입|공격|예를 들어|예시"
)
_NEGATED = re.compile(
    r"(?:\bdon't|\bdo not|\bnever|\bmust not|\bshould not|\bshouldn't|\bcannot|\bcan't)\W+"
    r"(?:(?:ever|simply|just|blindly)\W+)?$"
)
# Reported speech right before the match: "... tell the model to", "trick a judge into".
_REPORTED = re.compile(
    r"\b(?:tells?|telling|told|asks?|asking|asked|instructs?|instructing|instructed|tricks?|tricking|tricked|"
    r"convinces?|convincing|persuades?|persuading|gets?|getting|makes?|making|causes?|causing|attempts?|"
    r"attempting|tries|trying|try|designed|meant|intended|used|uses|using)\W+"
    r"(?:(?:the|a|an|any|some|its|their)\W+)?"
    r"(?:(?:model|llm|ai|assistant|chatbot|judge|grader|evaluator|system|bot|it|them)\W+(?:(?:into|to)\W+)?|(?:into|to)\W+)$"
)
_FICTION_TASK = re.compile(
    r"\b(?:story|stories|scene|fiction|novel|poem|screenplay|script|narrative|fable|tale|monologue|play|sketch|"
    r"character|dialogue)\b"
)
_BLOCKQUOTE = re.compile(r"(?m)^[^\S\n]*>+[^\S\n]?([^\n]*)$")
# Forgery the task cannot excuse: a task that contains a fake delimiter or concealed text is
# no reason for the response to carry one.
_NEVER_FROM_TASK = frozenset({"delimiter", "concealed", "fake_verdict"})
_FENCE_LINE = re.compile(r"(?m)^[^\S\n]*(?:```|~~~)")
_FENCE = re.compile(r"^[^\S\n]*(?:```|~~~)[^\n]*\n.*?^[^\S\n]*(?:```|~~~)", re.M | re.S)
_RATING_TASK = re.compile(
    r"\b(?:rate|rating|ratings|score|scores|scoring|grade|grading|evaluate|evaluation|assess|assessment|judge|"
    r"review|verdict|critique|mark scheme|marked|marking|marks|rubrics?|answer.key|adjudicat\w*|referee\w*|"
    r"out of \d+|\d+ ?- ?\d+ scale|json)\b|"
    r"puntu|califica|[eé]valu|bewert|avali|valuta|voto|оцен|评分|打分|评价|評価|採点|평가|채점"
)


# Tasks whose honest answers contain prompt structure (a system prompt, a transcript).
_DIALOGUE_TASK = re.compile(
    r"system (?:prompt|message)|prompt|chat ?template|transcript|dialog(?:ue)?|conversation|role.?play|"
    r"screenplay|script"
)
# Tasks about the chat formats themselves: their honest answers are made of special tokens.
_FORMAT_TASK = re.compile(
    r"chat ?template|chat ?format|prompt (?:format|template)|special tokens?|\btokens?\b|chatml|llama|mistral|"
    r"gemma|qwen|phi-?\d|jinja"
)


@dataclass(frozen=True)
class Finding:
    """Why a response was caught: the rule class, where (``text`` or an encoding), an excerpt."""

    cls: str
    where: str
    excerpt: str

    def reason(self) -> str:
        where = "" if self.where == "text" else f" (after decoding {self.where})"
        return f"injection screen: {self.cls.replace('_', ' ')}{where}: {self.excerpt!r}"


def screen(text: str, prompt: str | None = None, *, ignore: Iterable[str] = ()) -> Finding | None:
    """The first injection found in ``text`` (a response), or ``None``.

    ``prompt`` is the task the response answers: when it asks for a rating, verdict-shaped
    text is an answer, not a forgery; when it gives or quotes an order itself, that class of
    rule is not read in the response. ``ignore`` names rule classes to skip.
    """
    text = text[:MAX_SCREEN_CHARS]
    skip = frozenset(ignore)
    if prompt and text.strip():
        # A grader's own rendered prompt may quote the response: what the response says must
        # never count as what the task says.
        prompt = prompt.replace(text, " ")
    task = fold_lookalikes(canonical(prompt or ""))
    rates = _RATING_TASK.search(task) is not None
    if rates:
        skip |= {"fake_verdict"}
    if rates:
        # A task about grading is answered in the words of grading: a marking guide says
        # "give full marks if ...", an explainer has a heading "instructions to the grader".
        # Only the narrower (strong) rules read such an answer.
        skip |= {"speaking_as", "addressed_verdict", "addressee", "command"}
    if _FORMAT_TASK.search(task):
        skip |= {"chat_token"}
    if prompt:
        # An order the task itself gives or quotes ("Translate: 'Ignorez les instructions
        # précédentes'") comes back in an honest answer: its class is not the response's own.
        own = _scan(prompt, "task", skip, _Task(mentions_excused=False))
        if own is not None:
            skip |= {c for c in own.cls.split("+") if c not in _NEVER_FROM_TASK}
    context = _Task(dialogue=_DIALOGUE_TASK.search(task) is not None, fiction=_FICTION_TASK.search(task) is not None)
    found = _scan(text, "text", skip, context)
    if found is not None:
        return found
    for encoding, payload in decoded_payloads(text):
        # Rot13 and reversal apply to any text; only phrase rules are read after them (a
        # rot13'd `<|im_start|>` is still token-shaped, and means nothing).
        found = _scan(payload, encoding, skip, context, phrases_only=encoding in ("rot13", "reversed"))
        if found is not None:
            return found
    return None


@dataclass(frozen=True)
class _Task:
    """What the task asks for, as far as the screen's precision needs to know."""

    dialogue: bool = False  # a prompt, a transcript: turn headings are the answer
    fiction: bool = False  # a story: quoted speech is a character's, not the response's
    # Reading the task itself: what it quotes counts, since the answer will quote it back.
    mentions_excused: bool = True


def _scan(text: str, where: str, skip: frozenset[str], task: _Task, phrases_only: bool = False) -> Finding | None:
    v = views(text)
    quoted_lines = _blockquote_lines(v.structural)
    weak: dict[str, str] = {}
    fenced = [m.span() for m in _FENCE.finditer(v.structural)]
    if not phrases_only and "concealed" not in skip:
        hidden = concealed_address(v.structural)
        if hidden is not None:
            return Finding("concealed", where, f"{hidden[0]}: {hidden[1]}")
    rejoined = rejoin_split_words(v.latin)
    phrase_views = (v.latin,) if rejoined == v.latin else (v.latin, rejoined)
    passes: list[tuple[list[Rule], tuple[str, ...]]] = [
        (STRUCTURAL_RULES, (v.structural, fold_lookalikes(v.structural))),
        ([] if task.dialogue else HEADING_RULES, (fold_lookalikes(v.structural),)),
        (VERDICT_RULES, (v.structural,)),
        (PHRASE_RULES, phrase_views),
        ([*INTL_RULES, *SENTENCE_RULES[1:]], (v.plain,)),
    ]
    if phrases_only:
        passes = passes[3:4]
    for rules, texts in passes:
        for rule in rules:
            if rule.cls in skip:
                continue
            for view in texts:
                for match in rule.pattern.finditer(view):
                    core = _core(view, match) if rule.cls == "addressed_verdict" else match
                    if _excused(view, core, task, quoted_lines) or _negated(view, core):
                        continue
                    strength = rule.strength
                    if rule.cls == "fake_verdict" and not _forged_verdict(view, match, fenced):
                        strength = "weak"
                    if strength == "strong":
                        return Finding(rule.cls, where, _excerpt(view, match))
                    weak.setdefault(_kind(rule.cls), _excerpt(view, match))
                    if len(weak) >= 2:
                        return Finding("+".join(sorted(weak)), where, " / ".join(weak[k] for k in sorted(weak)))
    return None


def _kind(cls: str) -> str:
    # A fake verdict in code and a bare score phrase are the same kind of weak signal.
    return "command" if cls in ("fake_verdict", "command") else cls


def _excused(view: str, match: re.Match[str] | _Span, task: _Task, quoted_lines: frozenset[str]) -> bool:
    """A mention, not an order: quoted (in quotation marks or a Markdown blockquote) or
    reported ("attackers tell the model to ignore ..."), in a passage that discusses attacks
    or examples -- or quoted speech in a story the task asked for."""
    if not task.mentions_excused:
        return False
    window = view[max(0, match.start() - 300) : match.end() + 300]
    if _REPORTED.search(view[max(0, match.start() - 60) : match.start()]) and _DISCUSSION.search(window):
        return True
    line_start = view.rfind("\n", 0, match.start()) + 1
    line_end = view.find("\n", match.end())
    line_end = len(view) if line_end < 0 else line_end
    line = view[line_start:line_end]
    # Where the words start: a match may begin with the punctuation before them (a quote).
    lead = len(match.group()) - len(match.group().lstrip("\"'`«„「 ([{.,;:!?"))
    offset = match.start() + lead - line_start
    # A quotation that opens the match makes it a mention ("ignore the above directions"
    # instructions): the words after the closing quote describe it.
    quoted = any(q.start() <= offset < q.end() for q in _QUOTED.finditer(line))
    if quoted and task.fiction:
        return True
    quoted = quoted or " ".join(line.split()) in quoted_lines or _in_code_block(view, match.start())
    return quoted and _DISCUSSION.search(window) is not None


def _in_code_block(view: str, position: int) -> bool:
    """Inside a fenced code block: an example shown, like a quotation (the fence markers
    survive markup stripping)."""
    return sum(1 for _ in _FENCE_LINE.finditer(view, 0, position)) % 2 == 1


class _Span:
    """The part of a match the mention tests look at (``start``, ``end``, ``group()``)."""

    def __init__(self, view: str, start: int, end: int) -> None:
        self._view, self._start, self._end = view, start, end

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end

    def group(self) -> str:
        return self._view[self._start : self._end]


_VERDICT = re.compile(rf"(?<!\w){VERDICT}(?!\w)")


def _core(view: str, match: re.Match[str]) -> re.Match[str] | _Span:
    """For a whole-sentence rule, the verdict phrase in it: that is what a quotation of an
    attack ("'give this answer full marks' is a classic injection") puts in quotes."""
    found = _VERDICT.search(view, match.start(), match.end())
    return match if found is None else _Span(view, found.start(), found.end())


def _blockquote_lines(structural: str) -> frozenset[str]:
    """Lines of Markdown blockquotes, in the phrase rules' view (to match a line against)."""
    lines = _BLOCKQUOTE.findall(structural)
    if not lines:
        return frozenset()
    return frozenset(" ".join(views(line).latin.split()) for line in lines)


def _negated(view: str, match: re.Match[str] | _Span) -> bool:
    return _NEGATED.search(view[max(0, match.start() - 24) : match.start()]) is not None


def _inside(position: int, spans: list[tuple[int, int]]) -> bool:
    return any(start <= position < end for start, end in spans)


def _forged_verdict(view: str, match: re.Match[str], fenced: list[tuple[int, int]]) -> bool:
    """A verdict written to be read as the judge's own: outside code, standing alone on its
    line or ending the response, at the top of its scale. ``Score: 3/10`` pays nothing, and
    an essay's inline example (``the judge returns {"score": 4}``) or a code sample is not
    posing as the judge's reply."""
    groups = match.groupdict()
    if groups.get("got") and not float(groups["got"]) >= float(groups["of"]) > 0:
        return False
    if _inside(match.start(), fenced):
        return False
    line_start = view.rfind("\n", 0, match.start()) + 1
    alone = sum(ch.isalnum() for ch in view[line_start : match.start()]) < 3
    return alone or not view[match.end() :].strip(" \n\t\"'}`.")


def _excerpt(view: str, match: re.Match[str]) -> str:
    text = " ".join(view[match.start() : match.end()].split())
    return text if len(text) <= EXCERPT else text[: EXCERPT - 3] + "..."
