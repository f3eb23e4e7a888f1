"""Verdicts a later sentence of a statement gives the comparisons told before it without one,
naming each by what it compared: "Milk concentrations rose significantly with dose (5 vs 20 mg,
p = 0.002), ... and neither M/P ratios nor relative infant doses differed between dose levels
(all p > 0.4)". A clause's words name the kinds of the values it speaks of (cue
verdict_names_kind: one named group per measurement kind); its verdict goes to each comparison
of those kinds told earlier in the statement that has none. A clause on every difference
("Neither difference was statistically significant") speaks of those of the two sentences
before it."""

from __future__ import annotations

from pipeline.extract.compare_verdict import p_value, significance
from pipeline.extract.rules import Rules
from pipeline.extract.segment import SentenceFacts, Statement

Row = dict[str, object]


def later_verdicts(st: Statement, comparisons: list[Row], rules: Rules) -> None:
    """Give comparisons without a verdict the one a later sentence of verdicts alone gives
    their kind (in place)."""
    waiting = [c for c in comparisons if c.get("significant") is None and c.get("kind")]
    for k, f in enumerate(st.facts):
        if not waiting or not _verdicts_alone(f, rules):
            continue
        before = [c for c in waiting if int(str(c["char_start"])) < f.sentence.char_start]
        # "Neither difference was significant": of the comparisons of the two sentences before
        recent = st.facts[max(0, k - 2)].sentence.char_start
        # (clauses as a comparison's end: "; ", ", but ", ", and ", not a ";" in brackets)
        for clause in rules.cue.comparison_clause_end.split(f.sentence.text):
            kinds = {
                kind
                for m in rules.cue.verdict_names_kind.finditer(clause)
                for kind, said in m.groupdict().items()
                if said
            }
            every = not kinds and rules.cue.differences_all.search(clause) is not None
            for c in before:
                named = c.get("kind") in kinds or (every and int(str(c["char_start"])) >= recent)
                if named and c.get("significant") is None:
                    _give(c, clause, rules)
        waiting = [c for c in waiting if c.get("significant") is None]


def _give(c: Row, clause: str, rules: Rules) -> None:
    """The clause's verdict, for one comparison: its p-value, unless it is one pair's of a
    comparison of more ("(5 vs 20 mg, p = 0.002; 10 vs 20 mg, p = 0.03)": the verdict from the
    words alone)."""
    values = c.get("values")
    pairs = len(rules.cue.pairwise_contrast.findall(clause))
    if pairs and not (pairs == 1 and isinstance(values, list) and len(values) == 2):
        clause = rules.cue.p_value.sub(" ", clause)
    p, qualifier = p_value(clause, rules)
    verdict = significance(clause, p, qualifier, rules)
    if verdict is not None:
        c.update({"significant": verdict, "p_value": p, "p_qualifier": qualifier})
        c["rule_id"] = f"comparison.later_verdict>{c['rule_id']}"


def _verdicts_alone(f: SentenceFacts, rules: Rules) -> bool:
    """A sentence that reports no value of its own and gives a verdict."""
    if any(i.table == "measurements" for i in f.items):
        return False
    text = f.sentence.text
    return bool(
        rules.cue.p_value.search(text)
        or rules.cue.not_significant.search(text)
        or rules.cue.significant.search(text)
    )
