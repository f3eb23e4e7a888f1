"""What the words around a count say it counts: a list of counts that ends in samples or
studies counts no people, and "days 1 and 2" numbers times, not groups; and a value a
sentence opens with in words ("Forty-seven percent")."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from pipeline.extract.numwords import parse_number
from pipeline.extract.rules import Rules, get_rules, is_count

# Tokens a list of counts is made of: "5 (20%), 3 (12%) and 2 (8%)".
_LIST_TOKENS = {"(", ")", "%", ",", ";", "and", "or", "vs", "vs.", "versus"}
_POINTERS = {"of", "the", "these", "those", "all"}
# "days 1 and 2", "weeks 4 or 6": the words for times that number what follows them.
_TIME_PLURALS = {"days", "weeks", "months", "visits", "periods", "cycles"}


def list_counts_no_people(span: Span) -> bool:
    """A count without a word for people whose list ends in one of the words that are never
    people: "detectable in 4 (19%) vs 1 (5%) samples", "12 (40%) of the studies"."""
    # (the percentage first: cheaper than each token's person test, and the same answer)
    if len(span) < 2 or span[-2].text != "%" or any(t._.person for t in span):
        return False  # only a count ending in its percentage waits for its noun
    doc = span.doc
    j = span.end
    while j < len(doc) and (doc[j].lower_ in _LIST_TOKENS or doc[j].like_num):
        j += 1
    while j < len(doc) and doc[j].lower_ in _POINTERS:
        j += 1
    return j < len(doc) and doc[j].lower_ in get_rules().cues["not_people"]


def numbers_a_time(first: Token) -> bool:
    """The count is the second of two numbers after a word for times: "on days 1 and 2 were
    35 and 52 ng/mL" (a comma does not join them: "on day 3, 12 women")."""
    if first.i < 3:
        return False
    joiner, number, word = first.nbor(-1), first.nbor(-2), first.nbor(-3)
    times = set(get_rules().cues["not_a_count_after"]) | _TIME_PLURALS
    return (
        joiner.lower_ in {"and", "or", "to"}
        and is_count(number)
        and "." not in number.text
        and word.lower_ in times
    )


# Set in a Doc's user data (by mentions.analyze) to False when its sentence holds none of the
# words planned_group's cue needs: no clause of it can be a planned group (speed only).
MAY_PLAN = "lactpipe.may_plan"


def planned_group(span: Span) -> bool:
    """A count of the people a study plans to have, not one it had: "a larger trial of 300
    women is planned for 2025", "the next study will enrol 200 mothers"; or of people a model
    simulates ("simulated for 1000 virtual term infants")."""
    if any(t.lower_ in get_rules().cues["not_real_people"] for t in span[1:3]):
        return True
    doc = span.doc
    if not doc.user_data.get(MAY_PLAN, True):
        return False
    start = span.start
    while start > 0 and doc[start - 1].text not in {".", ";", ":"}:
        start -= 1
    end = span.end
    while end < len(doc) and doc[end].text not in {".", ";", ":"}:
        end += 1
    return bool(get_rules().cue.planned_group.search(doc[start:end].text))


def counted_before(span: Span, reach: int = 5) -> bool:
    """The parentheses follow a people word counted just before it: "150 infants (vitamin D
    76, placebo 74)", "40 mother-infant pairs (...)", also with what was done to them after it:
    "All 118 women randomised (60 A, 58 B)"."""
    doc, start = span.doc, span.start
    if start >= 2 and doc[start - 1].lower_.endswith("ed") and doc[start - 2]._.person:
        start -= 1
    if start == 0 or not doc[start - 1]._.person:
        return False
    return any(is_count(t) for t in doc[max(0, start - 1 - reach) : start - 1])


_SUBJECT_VERBS = re.compile(
    r"\b\d+\s+(?:was|were|had|developed|experienced|showed|reported|received|took|required|"
    r"needed|remained|who|whose|per\s+(?:arm|group)|(?:in|for)\s+each\s+(?:arm|group))\b"
    # "Twenty-four were randomized", "5 (20%), 3 (12%) and ...": counts without a people word
    r"|\b[\w-]+\s+(?:were|was)\s+(?:assigned|allocated|randomi[sz]ed|enrolled|included|recruited)\b"
    r"|\b\d+\s*\(\d+(?:\.\d+)?\s*%\)|\b(?:of|in|among|for)\s+the\s+\d+\s+(?:on|taking|receiving|given|using|who)\b"
    # "Eighty-two took examplol ...": number words opening the sentence as its subject
    r"|^\s*[A-Za-z]+-[A-Za-z]+\s+(?:was|were|had|received|took|used|completed|remained)\b"
    # "Three took 100 mg twice daily, ... and two took 200 mg", "Two of them (13%)": a number word
    r"|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty|thirty|"
    r"forty|fifty)\s+(?:took|received|used|were\s+given|were\s+taking|of\s+(?:them|these|those))\b",
    re.IGNORECASE,
)


_ENROLLMENT = re.compile(
    r"\benrol+ment\s*[:|]\s*\d", re.IGNORECASE
)  # "Enrollment: 118", "Enrollment | 55"


def may_count_people(text: str, rules: Rules) -> bool:
    """Cheap test before the population patterns: a word for people, "(n = ...)" or a numeral
    used as a subject."""
    return bool(
        rules.quick.people_words.found(text)
        or _SUBJECT_VERBS.search(text)
        or _ENROLLMENT.search(text)
    )


def number_words_value(span: Span, text: str) -> tuple[list[Token], list[float]]:
    """A value written in words, as a sentence must open with it: "Forty-seven percent"."""
    words = [t for t in span if t.is_alpha and is_count(t)]
    if not words:
        return [], []
    value = parse_number(text[words[0].idx : words[-1].idx + len(words[-1].text)])
    return ([words[0]], [float(value)]) if value is not None else ([], [])


def list_after_label(span: Span, rules: Rules) -> bool:
    """A list whose first number is a label's ("5.8 ng/mL in period 1 and 5.4 ng/mL in period
    2": not the values 1 and 5.4), its words in cues.yaml (list_label_before)."""
    first = span[0]
    prev = span.doc[first.i - 1] if first.i > 0 else None
    return prev is not None and prev.lower_ in rules.cues["list_label_before"]
