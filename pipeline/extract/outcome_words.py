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
# A number that tells a time: "48 hours", "day 10", "6 weeks", "24 h".
_TIME_UNITS = r"(?:hours?|h|hrs?|days?|weeks?|months?|years?|minutes?|min)\b"
_TIME = re.compile(
    rf"^(?:\S+\s+)?\d+(?:\.\d+)?\s+{_TIME_UNITS}|^(?:day|days|week|weeks|month|year)\s+\d",
    re.I,
)
# A unit written after a value: "mg/L", "ng/mL", "mcg/kg/day", "mIU/L", "%", "kg", "points".
_UNIT = (
    r"(?:%|(?:[mµμunpkd]?(?:g|mol|L|Eq)|mL|ml|m?IU|iu|units?|mcg|ug|mmHg|cm|mm|kg|points?)"
    r"(?:/(?:[mµμnpd]?L|l|ml|kg|day|d|h|hr|min|g|mg|24\s?h))*)(?![A-Za-z])"
)
# A value and its unit; not a time ("within 48 hours", "on day 10", "at 24 h"), which belongs
# to the outcome, nor a number inside a name ("25-hydroxyvitamin D", "vitamin B12", "5-HT3").
_NUMBER = re.compile(
    r"[<>≤≥~]?\s*(?<!\bday\s)(?<!\bdays\s)(?<!\bweek\s)(?<!\bmonth\s)(?<!\byear\s)"
    r"(?<![\d.,A-Za-z-])\d+(?:[.,]\d+)*(?![.,]?\d)"
    r"(?!-(?!(?:mg|mcg|g|kg|mL|IU)\b)[A-Za-z])"
    rf"(?!(?:[.,]?\d)*\s*-?\s*{_TIME_UNITS})"
    rf"(?:\s*-?\s*{_UNIT})?"
)


# clean_words's patterns, compiled once (speed only: it cleans every comparison's words)
_BRACKETS_AND_STOPS = re.compile(r"[()\[\],;:]")
_SPACES = re.compile(r"\s+")
_LEADING_FILLERS = re.compile(r"^(?:(?:of|the|a|an|and|or|in|for|was|were|at|to|with)\s+)+", re.I)
_TRAILING_FILLERS = re.compile(
    r"(?:\s+(?:of|the|a|an|and|or|in|for|was|were|is|are|to|with|by|from|had|has|have|been))+$",
    re.I,
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
_NAME_WITH_NUMBER = re.compile(r"[A-Za-z]+\d[A-Za-z\d]*")
_CAPITAL = re.compile(r"[A-Z]")
_ENDS_LOWER = re.compile(r"[a-z]{2}$")
_TIME_UNIT_WORD = re.compile(_TIME_UNITS, re.I)


def outcome_words(cleaned: str | None, subject: bool = False) -> str | None:
    """An outcome of two words or more (not "n =", "± ± or at"), or one word that is the
    sentence's subject ("Drowsiness was reported in ...")."""
    split = (cleaned or "").split()
    timed = {
        k
        for k, w in enumerate(split)
        if _DECIMAL.fullmatch(w) and _TIME.match(" ".join(split[max(k - 1, 0) : k + 2]))
    }
    words = [
        w
        for k, w in enumerate(split)
        if _TWO_LETTERS.search(w)
        or _NAME_WITH_NUMBER.fullmatch(w)  # "B12", "D3"
        or k in timed
        or (k - 1 in timed and w.lower() == "h")  # "at 24 h"
        or (k and _CAPITAL.fullmatch(w) and _ENDS_LOWER.search(split[k - 1]))  # vitamin D
    ]
    content = [w for w in words if w.lower() not in _FILLER_WORDS and not w[0].isdigit()]
    if all(_TIME_UNIT_WORD.fullmatch(w) for w in content):
        return None  # a time alone names nothing: "At 2 weeks, values were"
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
            what = outcome_words(clean_words(m.group("what"), rules), subject=True)
            # "stopped breastfeeding", "doubled their output": the verb is half the outcome
            return f"{verb} {what}" if what and verb in rules.cues["outcome_verbs"] else what
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


_LEADING_TO = re.compile(r"\b(?:in|among|for|with|on|of)\s+(?:(?:the|those|these)\s+)?$", re.I)


def without_words(text: str, words: str) -> str:
    """`text` less the first place it writes `words` whole, in any case ("group S" names no "S"
    inside "Serum"); found with str.find: a pattern per arm cost more to compile than to run."""
    low, name = text.lower(), words.lower()
    at = low.find(name) if name else -1
    while at >= 0:
        end = at + len(name)
        whole = (at == 0 or not _word_char(low[at - 1])) and (
            end >= len(low) or not _word_char(low[end])
        )
        if whole:  # with the words that led to it: "volume in the high-dose arm had risen"
            return _LEADING_TO.sub("", text[:at]) + text[end:]
        at = low.find(name, at + 1)
    return text


def _word_char(c: str) -> bool:  # what \w matches
    return c.isalnum() or c == "_"
