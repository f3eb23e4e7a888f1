"""Which decision steps can hold anywhere in a sentence, worked out once per sentence.

Most steps need a word the sentence lacks ("of the maternal dose", "serum"): a condition's
pattern needs one of a few literal strings (quick_search.py), and the part of the text it looks
at ("before", "clause", "after", a window of them) is cut from the sentence, or, for
"statement", from the statement's text before the sentence and the sentence. When none of the
strings is in the whole text the part is cut from, the condition cannot hold for any value of
the sentence: a step with such a `when` condition (or whose `any` conditions all are such)
cannot apply, and is left out of the steps tried for the sentence's values. Only that "cannot"
is taken from here; every step left in is tested as before, so the outcome never differs.

Case-insensitive strings are looked for in the lower-cased text, and only in ASCII text, as
quick_search.py does (Unicode case folding is left to the patterns themselves)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pipeline.extract.decisions import Condition, Step

# The looks whose text is a piece of the sentence (windows of them too), and the one cut from
# the statement's text before the sentence followed by the sentence.
SENTENCE_LOOKS = frozenset(
    {"before", "after", "clause_before", "clause_after", "clause", "since_previous", "value"}
    | {"sentence"}
)
STATEMENT_LOOK = "statement"
_SENTENCE, _STATEMENT = 0, 1


class Needs:
    """One condition's strings, one of which the text its look is cut from must contain."""

    __slots__ = ("where", "strings", "fold")

    def __init__(self, where: int, strings: frozenset[str], fold: bool) -> None:
        self.where = where
        self.strings = strings
        self.fold = fold


# One Needs per (where, strings, fold): steps that test the same cue share what a sentence's
# scope found for it.
_SHARED: dict[tuple[int, frozenset[str], bool], Needs] = {}


def needs_of(c: Condition) -> Needs | None:
    """What the condition needs of its whole text; None when nothing is known."""
    strings = c.quick.needs
    if strings is None:
        return None
    if c.look in SENTENCE_LOOKS:
        where = _SENTENCE
    elif c.look == STATEMENT_LOOK:
        where = _STATEMENT
    else:
        return None
    key = (where, strings, c.quick.fold)
    found = _SHARED.get(key)
    if found is None:
        found = _SHARED[key] = Needs(*key)
    return found


def step_needs(
    when: Iterable[Condition], any_of: Iterable[Condition]
) -> tuple[tuple[Needs, ...], tuple[Needs, ...] | None]:
    """(each `when` condition's needs that are known; the `any` conditions' needs, or None
    unless every one of them is known)."""
    all_needed = tuple(n for n in map(needs_of, when) if n is not None)
    alternatives = [needs_of(c) for c in any_of]
    known = bool(alternatives) and all(n is not None for n in alternatives)
    return all_needed, (tuple(n for n in alternatives if n is not None) if known else None)


# each sentence's answers for the needs of its own text, by sentence (see TextScope)
_OF_SENTENCE: dict[str, dict[Needs, bool]] = {}


class TextScope:
    """A sentence (and the statement's text before it) as its values' decisions see it, with
    what it holds of each step's needs, found once for all its values."""

    __slots__ = ("sentence", "statement_before", "_texts", "_held", "_of_sentence", "applies")

    def __init__(self, sentence: str, statement_before: str) -> None:
        self.sentence = sentence
        self.statement_before = statement_before
        # per text: (as written, lower-cased; None until asked, "" when not ASCII)
        self._texts: list[tuple[str, str | None]] = [
            (sentence, None),
            (statement_before + sentence, None),
        ]
        # what the sentence alone holds is the same in every statement it is read in: found
        # once for all of its scopes (classify's, then the statement's)
        of_sentence = _OF_SENTENCE.get(sentence)
        if of_sentence is None:
            if len(_OF_SENTENCE) >= 256:
                _OF_SENTENCE.clear()  # only bounds memory
            of_sentence = _OF_SENTENCE[sentence] = {}
        self._of_sentence = of_sentence
        self._held: dict[Needs, bool] = dict(of_sentence)
        # may_apply's answer per step, kept by DecisionTable.decide for the sentence's other
        # values (by id, with the step itself: a step that lives on keeps its id)
        self.applies: dict[int, tuple[Step, bool]] = {}

    def _holds(self, n: Needs) -> bool:
        found = self._text_holds(n)
        if n.where == _SENTENCE:
            self._of_sentence[n] = found
        return found

    def _text_holds(self, n: Needs) -> bool:
        text, lowered = self._texts[n.where]
        if n.fold:
            if lowered is None:
                lowered = text.lower() if text.isascii() else ""
                self._texts[n.where] = (text, lowered)
            if not lowered:
                return bool(text)  # not ASCII: left to the patterns
            text = lowered
        for s in n.strings:  # noqa: SIM110 - a plain loop, as in quick_search
            if s in text:
                return True
        return False

    def may_apply(self, step: Step) -> bool:
        """False only when the step cannot apply to any value of the sentence."""
        held = self._held
        for n in step.needs:
            found = held.get(n)
            if found is None:
                found = held[n] = self._holds(n)
            if not found:
                return False
        alternatives = step.any_needs
        if alternatives is None:
            return True
        for n in alternatives:
            found = held.get(n)
            if found is None:
                found = held[n] = self._holds(n)
            if found:
                return True
        return False


# The last scope made (one slot, replaced whole: threads extracting at once each get a scope of
# their own sentence, at worst made again).
_last: list[TextScope | None] = [None]


def scope_of(sentence: str, statement_before: str) -> TextScope:
    """The scope of a sentence; the values of one sentence come one after another, so the last
    scope is kept and given again while they do."""
    last = _last[0]
    if last is not None and last.sentence == sentence and last.statement_before == statement_before:
        return last
    made = _last[0] = TextScope(sentence, statement_before)
    return made
