"""An outcome in the text's own words: the words before a value less its numbers, groups and
comparison words (clean_words), kept where they name something (outcome_words); what a share of
a group had, said after the value (predicate); a relative change named after its value
(change_outcome); a comparison's outcome from these, in its clause (outcome_of). The cue words
are in cues.yaml (outcome_*, change_*)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any, Protocol

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
    r"(?:\s+(?:of|the|a|an|and|or|in|for|was|were|is|are|to|with|by|from|had|has|have|been|as|after|two|both))+$",
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


_ARMS_BETWEEN = re.compile(
    r"\b(?:between|in|among)\s+(?:the\s+)?[\w-]+\s+(?:and|or|vs\.?|versus)\s+[\w-]+\s+"
    r"(?:groups|arms|cohorts)\b",
    re.I,
)


# A clause opening with its subject and a verb of being: "rashes were", "milk output was".
_SUBJECT_VERB = re.compile(r"^\s*(?:[A-Za-z][\w-]*\s+){1,3}(?:was|were|is|are)\s+(?!\d)", re.I)


def outcome_of(
    text: str, first: Item, arms: list[str] | None, rules: Rules, last: Item | None = None
) -> str | None:
    """The outcome, with what percentages are of and a time said after the values ("... 82%
    and 126% of the simultaneous serum level", "... 4.1 and 9.6 mcg/L, respectively, at 24
    hours after the dose")."""
    told = _outcome(text, first, arms, rules)
    if told and last is not None:
        after = re.sub(r"^\s*,?\s*respectively\s*", "", text[last.quantity.end :])
        whole = rules.cue.share_of_what_after.match(after) if first.quantity.ucum == "%" else None
        if whole:  # "milk levels were 82% and 126% of the simultaneous serum level"
            told = f"{told} of {whole.group('what').strip()}"
            after = after[whole.end() :]
        when = rules.cue.timepoint.match(after)
        if when and not re.search(r"\d", told):
            told = f"{told} {when.group(1).strip()}"
    return told


def _outcome(text: str, first: Item, arms: list[str] | None, rules: Rules) -> str | None:
    """The words before the first value, in its clause, up to a named arm; where the value opens
    its clause ("In a cohort, 19% of exposed babies were irritable"), what the group had or was,
    said after it."""
    stay = rules.cue.stay_after.match(text[first.quantity.end :])
    if stay:  # "a median of 8 days in hospital against 13 days"
        unit = re.sub(r"^[\d.,\s]+", "", text[first.value.start : first.quantity.end])
        return f"{unit} {stay.group(0).strip()}".strip()
    before = rules.cue.outcome_aside.sub(" ", text[: first.value.start])
    changed = change_outcome(text, first, before, rules)
    if changed:
        return changed
    if arms and arms[0] == "before" and set(arms[1:]) == {"after"}:
        kept = rules.cue.unchanged_values.search(before)  # "prolactin ... was unchanged ("
        before = before[: kept.start()] if kept else before
        changes = list(rules.cue.change_from.finditer(before))
        verbs = list(rules.cue.change_verb.finditer(before)) if kept and not changes else []
        if verbs:  # "prolactin rose from 62 to 214 ... but was unchanged with placebo (": the
            before = before[: verbs[0].start()]  # subject the changes share
        what = rules.cue.change_object.match(before[changes[-1].start() :]) if changes else None
        told = outcome_words(clean_words(what.group("what"), rules), subject=True) if what else None
        if told:  # "tramadol increased serum prolactin from"
            return told
        before = before[: changes[-1].start()] if changes else before  # "prolactin rose from"
    leads = [0, *(m.end() for m in rules.cue.outcome_lead_break.finditer(before))]
    lead = before[leads[-1] :]
    # "At 6 weeks, 84% of ... were": a time alone opens the clause
    time_lead = rules.cue.outcome_when.fullmatch(lead.strip(" ,")) is not None
    if (
        not re.sub(r"\W|\d|\bof\b|\bthe\b|\bn\b", "", lead, flags=re.I)
        or rules.cue.outcome_count_lead.fullmatch(lead)  # "Two of the 59 babies (3%) had ..."
        or time_lead
    ):
        told = predicate(text, first, rules)
        if told:
            when = lead if time_lead else before[leads[-2] : leads[-1]] if len(leads) > 1 else ""
            if rules.cue.outcome_when.match(when.rstrip(" ,")):  # "At 6 weeks, 2% ... were"
                told = f"{told} {clean_words(when, rules) or ''}".strip()
            return told
    lead = before[leads[-1] :]
    trail = rules.cue.outcome_of_after.match(text[first.quantity.end :])
    verb = rules.cue.outcome_group_verb.search(lead)
    if trail and verb and not outcome_words(clean_words(lead[verb.end() :], rules)):
        # "mothers who smoked produced an average of 514 mL of milk per day at 2 weeks"
        return outcome_words(clean_words(trail.group("what"), rules), subject=True)
    cuts = [0, *(m.end() for m in rules.cue.outcome_break.finditer(before))]
    end = len(before)
    for k in range(len(cuts) - 1, -1, -1):  # the nearest clause before the value naming something
        cut = cuts[k]
        # "At 4 weeks, intake was 655 mL/day ...": a time opens the clause, whose subject it is
        when = before[cuts[k - 1] : cut].rstrip(" ,") if k else ""
        timed = bool(when) and bool(rules.cue.outcome_when.fullmatch(when.strip()))
        named_in = rules.cue.outcome_difference_in.match(before[cut:end])
        clause = named_in["what"] if named_in else before[cut:end]  # "No difference ... in X"
        segment, reported = rules.cue.outcome_reported.subn("", clause)
        told = rules.cue.outcome_group_verb.sub("", segment)
        segment = told if outcome_words(clean_words(told, rules)) else segment
        segment = _ARMS_BETWEEN.sub(" ", segment)  # "between the high-dose and placebo arms"
        for arm in arms or []:
            segment = without_words(segment, arm.split(" (")[0])
        # "..., rashes were no more common than": the clause's subject, one word or more
        subject = cut == 0 or reported > 0 or timed or bool(_SUBJECT_VERB.match(clause))
        cleaned = outcome_words(clean_words(segment, rules), subject=subject)
        if cleaned and not rules.cue.outcome_not.match(segment):
            timed = timed and not re.search(r"\d", cleaned)
            return f"{cleaned} {when.strip()[0].lower()}{when.strip()[1:]}" if timed else cleaned
        end = cut
    return None


class _Built(Protocol):
    """What with_substance reads of a statement's items (statement_items.StatementItems)."""

    @property
    def results(self) -> Sequence[tuple[Any, Any, dict[str, object]]]: ...
    @property
    def drug(self) -> str | None: ...
    @property
    def rules(self) -> Rules: ...


def with_substance(outcome: str | None, first: Item, built: _Built) -> str | None:
    """An outcome that names only a level and a time ("concentrations at 2 weeks", "serum
    level"), with whose fluid and what substance the compared values (`first` the first of them)
    are: "infant plasma X concentrations at 2 weeks", what the comparison is of, which its words
    left out (cues bare_level_outcome, fluid_owner_words, level_noun)."""
    rules = built.rules
    if not outcome or not rules.cue.bare_level_outcome.match(outcome):
        return outcome
    found = next(((p, r) for p, _, r in built.results if p.item is first), None)
    if found is None or found[1]["kind"] != "concentration" or found[1]["matrix"] is None:
        return outcome
    placed, row = found
    analyte, matrix = row["analyte"] or built.drug, str(row["matrix"])
    if not analyte:
        return outcome
    if matrix == "milk":
        where = "milk"
    else:
        text = placed.facts.sentence.text
        fluids = ("plasma", "serum")
        fluid = next((w for w in fluids if re.search(rf"\b{w}\b", text, re.I)), "blood")
        owner: dict[str, str] = rules.cues["fluid_owner_words"]
        where = f"{owner.get(matrix, '')} {fluid}".strip()
    noun = rules.cue.level_noun.search(outcome)
    when = rules.cue.time_said.search(outcome)
    said = [where, str(analyte), noun.group(0) if noun else "level", when.group(0) if when else ""]
    return " ".join(" ".join(said).split())
