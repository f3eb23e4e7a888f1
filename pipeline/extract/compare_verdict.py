"""Whether the text calls a comparison's difference significant: from words ("significantly
fewer", "did not differ") or a p-value ("p < 0.05", "P = 0.31", "(p=.02)", "p-value 0.031"), said
in the comparison's own clause or in one right after it. The cue words are in cues.yaml."""

from __future__ import annotations

import re

from pipeline.extract.rules import Rules
from pipeline.extract.sentence_items import Item

_P_QUALIFIER = {"<": "<", "≤": "<", "<=": "<", "=": "=", ">": ">", "≥": ">", ">=": ">"}


def p_value(text: str, rules: Rules) -> tuple[float | None, str | None]:
    m = rules.cue.p_value.search(text) or rules.cue.p_value_worded.search(text)
    if not m:
        return None, None
    raw = m.group("value")
    value = float("0" + raw if raw.startswith(".") else raw)
    op = m.groupdict().get("op") or "="  # "p-value 0.031" says no sign: it is "="
    return value, _P_QUALIFIER.get(op.replace(" ", ""), "=")


def significance(text: str, p: float | None, qualifier: str | None, rules: Rules) -> bool | None:
    if p is not None and qualifier is not None:
        if qualifier == "<":
            return p <= 0.05
        if qualifier == "=":
            return p < 0.05
        return False
    if rules.cue.not_significant.search(text):
        return False
    if rules.cue.significant.search(text):
        return True
    return None


# A parenthesis giving a p-value, alone or after an aside: "(p = .004)", "(a 3-fold rise; P<.001)"
_P_PAREN = re.compile(r"\((?:[^()]*[;,]\s*)?\s*p\s*[<>=≤≥][^()]*\)", re.I)
# The p-value in a value's own parenthesis: "(768 mL/day; p = 0.002)".
_OWN_P = re.compile(r"\s*[;,]\s*p\s*[<>=≤≥][^()]*\)", re.I)


def told_of(text: str, run: list[Item], rules: Rules) -> str:
    """The words that speak of this comparison: its own clause (from the clause before its
    first value to the end of the clause after its last), a clause right after that speaks of
    its difference ("; the difference was not significant"), and a later one that speaks of
    every difference ("; neither difference was statistically significant")."""
    head = text[: run[0].value.start]
    ends = [m.end() for m in rules.cue.comparison_clause_end.finditer(head)]
    start = clause = ends[-1] if ends else 0
    # "... 1.2 and 2.6 ng/mL (p = .004), giving doses of 0.011% and 0.013%": that p is the
    # values' before these
    earlier_p = [
        m for m in _P_PAREN.finditer(head, start) if re.search(r"\d", head[start : m.start()])
    ]
    start = earlier_p[-1].end() if earlier_p else start
    # "ratios did not depend on dose: 0.28 vs 0.31 for A (p = 0.54) and 0.19 vs 0.17 for B":
    # the verdict before the colon is every pair's of the list after it
    colon = head.rfind(":", clause, start) if earlier_p else -1
    # (a clause of words alone: not "compared 8 infants with 6 whose mothers took comparable
    # doses: ...", whose words tell the groups, not the verdict)
    lead = (
        text[clause:colon] + " " if colon >= 0 and not re.search(r"\d", head[clause:colon]) else ""
    )
    tail_from = run[-1].quantity.end
    end_m = rules.cue.comparison_clause_end.search(text, tail_from)
    end = end_m.start() if end_m else len(text)
    told = lead + text[start:end]
    own = _OWN_P.match(text, tail_from)
    if own and rules.cue.p_value.search(text, run[0].value.end, run[-1].value.start):
        # "less than B (735 mL; p < 0.001) and C (768 mL; p = 0.002)": C's pair is its own p
        return text[start : run[0].value.start] + own.group(0)
    if end_m and rules.cue.difference_refers_back.match(text[end:]):
        after = rules.cue.comparison_clause_end.search(text, end_m.end())
        told += text[end : after.start() if after else len(text)]
    elif end_m:
        later = rules.cue.differences_all.search(text, end)
        if later:
            told += " " + text[later.start() :]
    return told


def last_contrast(text: str, run: list[Item], rules: Rules) -> bool:
    """No other value is set against another after this run in its sentence: the next
    sentence's "the difference" is this one's."""
    return not rules.quick.values_contrasted.found(text[run[-1].quantity.end :])
