"""An outcome in the text's own words: the words before a value less its numbers, groups and
comparison words (clean_words), kept where they name something (outcome_words); what a share of
a group had, said after the value (predicate); a relative change named after its value
(change_outcome). The cue words are in cues.yaml (outcome_*, change_*)."""

from __future__ import annotations

import re

from pipeline.extract.rules import Rules
from pipeline.extract.sentence_items import Item

# Words that alone name no outcome ("in the two", "at of").
_FILLER_WORDS = {"in", "the", "of", "at", "on", "by", "a", "an", "and", "or", "to", "for", "with"}
_FILLER_WORDS |= {"two", "three", "both", "all", "was", "were", "is", "are", "from", "as", "it"}
# A number that tells a time: "48 hours", "day 10", "6 weeks".
_TIME = re.compile(
    r"^(?:\S+\s+)?\d+(?:\.\d+)?\s+(?:hours?|days?|weeks?|months?|years?|minutes?)\b"
    r"|^(?:day|days|week|weeks|month|year)\s+\d",
    re.I,
)
# A value and its unit; not a time ("within 48 hours", "on day 10", "at 6 weeks"), which belongs
# to the outcome.
_NUMBER = re.compile(
    r"[<>≤≥~]?\s*(?<!\bday\s)(?<!\bdays\s)(?<!\bweek\s)(?<!\bmonth\s)(?<!\byear\s)"
    r"(?<![\d.,])\d+(?:[.,]\d+)*"
    r"(?!(?:[.,]?\d)*\s*-?\s*(?:hours?|days?|weeks?|months?|years?|minutes?)\b)"
    r"\s*(?:%|[a-zA-Zµμ/]+(?:/[a-zA-Z]+)?)?"
)


# clean_words's patterns, compiled once (speed only: it cleans every comparison's words)
_BRACKETS_AND_STOPS = re.compile(r"[()\[\],;:]")
_SPACES = re.compile(r"\s+")
_LEADING_FILLERS = re.compile(r"^(?:(?:of|the|a|an|and|or|in|for|was|were|at|to|with)\s+)+", re.I)
_TRAILING_FILLERS = re.compile(
    r"(?:\s+(?:of|the|a|an|and|or|in|for|was|were|is|are|to|with|by|from))+$", re.I
)


def clean_words(words: str, rules: Rules) -> str | None:
    """The outcome in the text's words: numbers, groups and comparison words dropped."""
    words = _NUMBER.sub(" ", words).replace("±", " ")
    words = rules.cue.outcome_drop.sub(" ", words)
    words = _BRACKETS_AND_STOPS.sub(" ", words)
    words = _SPACES.sub(" ", words).strip(" -.")
    words = _LEADING_FILLERS.sub("", words)
    words = _TRAILING_FILLERS.sub("", words)
    return words or None


_TWO_LETTERS = re.compile(r"[A-Za-z]{2}")  # compiled once (speed only)
_DECIMAL = re.compile(r"\d+(?:\.\d+)?")


def outcome_words(cleaned: str | None, subject: bool = False) -> str | None:
    """An outcome of two words or more (not "n =", "± ± or at"), or one word that is the
    sentence's subject ("Drowsiness was reported in ...")."""
    split = (cleaned or "").split()
    words = [
        w
        for k, w in enumerate(split)
        if _TWO_LETTERS.search(w)
        or (_DECIMAL.fullmatch(w) and _TIME.match(" ".join(split[k - 1 : k + 2])))
    ]
    content = [w for w in words if w.lower() not in _FILLER_WORDS and not w[0].isdigit()]
    if len(content) >= 2 or (subject and content and len(content[0]) >= 4):
        return " ".join(words)
    return None


def predicate(text: str, first: Item, rules: Rules) -> str | None:
    """What a share of a group had or was, said after the value: "19% of exposed babies were
    described as unusually irritable, compared with ..." -> "described as unusually irritable"."""
    after = text[first.quantity.end :]
    m = rules.cue.outcome_predicate.search(after)
    while m:
        if not re.search(r"\b(?:who|that|which)\s+$", after[: m.start()]):
            verb = m.group(0).split()[0].lower()
            if verb in ("preferred", "chose"):  # "preferred the A period": the choice, not A
                chosen = re.split(r"\s+(?:and|or|but)\s+", m.group("what"))[0].split()
                return f"{verb} {chosen[-1]}"
            return outcome_words(clean_words(m.group("what"), rules), subject=True)
        # "women who had taken A ... were still breastfeeding": a group's description, not its
        # outcome; the verb after it may be
        m = rules.cue.outcome_predicate.search(after, m.start() + 1)
    return None


def change_outcome(text: str, first: Item, before: str, rules: Rules) -> str | None:
    """A relative change named after its value: "a 41% increase in milk volume" -> "increase
    in milk volume"; "milk volume rose from 214 to 301 mL, a 41% increase" -> the same, what
    the verb before it changed."""
    m = rules.cue.change_noun_after.match(text[first.quantity.end :])
    if not m:
        return None
    if m["what"]:
        return f"{m['noun']} in {m['what'].strip()}"
    verbs = list(rules.cue.change_verb.finditer(before))
    if not verbs:
        return None
    lead = before[: verbs[-1].start()]
    cuts = [0, *(c.end() for c in rules.cue.outcome_break.finditer(lead))]
    what = outcome_words(clean_words(lead[cuts[-1] :], rules), subject=True)
    return f"{m['noun']} in {what}" if what else None
