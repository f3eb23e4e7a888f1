"""The rows of one run of compared values: the run itself, or the pairs a text or a registry
tests one by one, the two treated arms' own pair where the text contrasts them; a registry's
row named by its outcome's title and its arms by their labels."""

from __future__ import annotations

import re

from pipeline.extract.arm_labels import subject_group
from pipeline.extract.compare import p_value, significance
from pipeline.extract.compare_tables import at_row_time
from pipeline.extract.meaning import arm_role
from pipeline.extract.outcome_words import outcome_of
from pipeline.extract.pair_verdicts import verdict_pairs
from pipeline.extract.registry_results import (
    Analysis,
    analysed,
    arm_index,
    row_arms,
    title_above,
    verdict,
)
from pipeline.extract.rules import Rules
from pipeline.extract.segment import SentenceFacts
from pipeline.extract.sentence_items import Item
from pipeline.extract.statement_items import StatementItems as _StatementItems

Row = dict[str, object]


def compared_rows(
    built: _StatementItems, f: SentenceFacts, run: list[Item], rules: Rules, later: str
) -> list[Row]:
    """The rows of a run of compared values: the run, or its pairs where p-values are given
    pair by pair, and the active arms' own pair where the text compares them. `later`: the
    document's text after the sentence (a registry's statistical analyses)."""
    compared = built.comparison(f, run)
    if compared is None:
        return []
    tested = analysed(run, later, rules)
    if tested:
        rows = _registry_rows(built, f, run, compared, tested, rules)
    else:
        pairs = _pairwise(f.sentence.text, run, compared, rules)
        rows = [
            _pair_verdict(_arms_of_run(r, two, run, compared), told, rules)
            for two, told in pairs
            if (r := built.comparison(f, two, links=False))  # the run's arms stay the last told
        ]
        rows = rows or _verdict_pair_rows(built, f, run, compared, later, rules) or [compared]
        # the words after the values, and the next sentence where it gives verdicts alone ("The
        # two doses also differed from each other (P = .03).")
        after = f"{f.sentence.text[run[-1].quantity.end :]} {_verdicts_next(later, compared)}"
        active = _active_pair(after, run, compared, rules)
        extra = built.comparison(f, active, links=False) if active else None
        told = [r["values"] for r in rows]  # (a pair the verdicts tested already is told)
        if extra and active and extra["values"] not in told:
            rows.append(_treated_pair(extra, run, active, compared, after, rules))
    # a registry's results row: the outcome is the title it is reported under
    title = title_above(built.rows.text[: f.sentence.char_start], rules) if row_arms(run) else None
    label = next((x.timepoint for x in run if x.timepoint), "")
    title = at_row_time(title, label, rules) if title else None  # "Serum Prolactin at Week 4"
    for row in rows:
        row["outcome"] = title or row["outcome"]
    return _labelled_by_row(built, run, rows)


def _registry_rows(
    built: _StatementItems,
    f: SentenceFacts,
    run: list[Item],
    compared: Row,
    tested: list[tuple[list[Item], Analysis]],
    rules: Rules,
) -> list[Row]:
    """A registry row's comparisons: the whole row where an analysis tests every arm (with its
    p-value), each pair an analysis tests."""
    rows: list[Row] = []
    for values, analysis in tested:
        row = compared if len(values) == len(run) else built.comparison(f, values, links=False)
        if row is not None and not any(r is row for r in rows):  # the first analysis of it
            row.update(verdict(analysis, rules))
            rows.append(row)
    return rows or [compared]  # pairs tested that are no comparison: the row itself


def _labelled_by_row(built: _StatementItems, run: list[Item], rows: list[Row]) -> list[Row]:
    """A registry row's arms are its labels ("Oxycodone: 11.1"), in each comparison's order."""
    labels = [x.timepoint for x in run if x.rule_id.startswith("registry.")]
    for row in rows:
        ids = row["measurement_item_ids"]
        if labels and len(labels) == len(run) and isinstance(ids, list):
            by_id = {built.item_ids[id(x)]: label for x, label in zip(run, labels, strict=True)}
            row["arms"] = [by_id[i] for i in ids]
    return rows


def _pairwise(
    text: str, run: list[Item], compared: Row, rules: Rules
) -> list[tuple[list[Item], str]]:
    """Values of three or more arms whose p-values are given pair by pair after them: one
    comparison per pair, in the order the pair is written ("A vs placebo"), with the words that
    test that pair (up to the next ";" or ")")."""
    arms = compared.get("arms")
    after, contrast = text[run[-1].quantity.end :], rules.cue.pairwise_contrast
    if run[0].p_cell and rules.cue.pairwise_contrast.search(f"({run[0].p_cell}"):
        after = f"{after} ({run[0].p_cell})"  # a table's P columns of pairs ("P, A vs B")
    if len(run) < 3:
        return []
    if not isinstance(arms, list) or len(arms) != len(run):
        return _versus_one(text, run, [], rules)  # the last set against the rest, unnamed
    pairs = []
    for m in contrast.finditer(after):
        a, b = arm_index(m.group("a"), arms), arm_index(m.group("b"), arms)
        if a is not None and b is not None and a != b:
            # the verdict after the pair's names, as its own parenthesis: "(NS)", "(P = .41)"
            told = re.match(r"[\s,:]*([^;)]*)", after[m.end("b") :])
            pairs.append(([run[a], run[b]], f"({told.group(1)})" if told else ""))
    return pairs or _versus_one(text, run, arms, rules)


def _last_set_against(text: str, run: list[Item], rules: Rules) -> bool:
    """The run's last value set against the others: "9.5 h and 6.1 h versus 3.2 h"."""
    return len(run) >= 3 and bool(
        rules.cue.values_contrasted.search(text[run[-2].quantity.end : run[-1].value.start])
    )


def _arms_of_run(row: Row, two: list[Item], run: list[Item], compared: Row) -> Row:
    """A pair's arms and outcome as the whole run named them (the pair alone may read
    others)."""
    arms = compared.get("arms")
    if isinstance(arms, list) and len(arms) == len(run):
        row["arms"] = [arms[next(k for k, x in enumerate(run) if x is v)] for v in two]
    row["outcome"] = compared.get("outcome") or row["outcome"]
    return row


def _versus_one(
    text: str, run: list[Item], arms: list[str], rules: Rules
) -> list[tuple[list[Item], str]]:
    """Each arm against one reference arm, a p-value each in the arms' order ("(25.8%; P = .04
    and P = .01 versus placebo, respectively)") or one for all ("(P < .001 for each active arm
    versus placebo)"), or each against the last, set against them ("9.5 h and 6.1 h versus 3.2
    h; P = 0.002 and P = 0.03, respectively")."""
    after = text[run[-1].quantity.end :]
    m = rules.cue.p_values_versus_one.search(after)
    each = None if m else rules.cue.p_each_versus_one.search(after)  # "for each active arm"
    found = m or each
    ref = arm_index(found["ref"], arms) if found and arms else None
    if found is None and _last_set_against(text, run, rules):
        # "9.5 h and 6.1 h versus 3.2 h; P = 0.002 and P = 0.03, respectively"
        m = found = rules.cue.p_values_respectively.search(after)
        ref = len(run) - 1
    if found is None and arms:
        return _p_for_each_arm(after, run, arms, rules)
    if found is None or ref is None:
        return []
    others = [k for k in range(len(run)) if k != ref]
    said = m["ps"] if m else found["p"]
    told = [p.group(0) for p in re.finditer(r"[<>=≤≥]*\s*0?\.\d+", said)]
    told = told * len(others) if each else told
    if len(told) != len(others):
        return []
    said = [p.strip() if p.strip()[0] in "<>=\u2264\u2265" else f"= {p.strip()}" for p in told]
    return [([run[k], run[ref]], f"(p {p})") for k, p in zip(others, said, strict=True)]


def _named_arm(name: str, arms: list[str], treated: list[int], rules: Rules) -> int | None:
    """The arm a name stands for: by its words, or by its rank among two treated arms given
    amounts ("for the lower dose" -> "250 mg arm" of "250 mg arm", "500 mg arm"; cue
    dose_level)."""
    found = arm_index(name, arms)
    ranked = rules.cue.dose_level.search(name)
    if found is not None or ranked is None or len(treated) != 2:
        return found
    amounts = [re.search(r"\d+(?:\.\d+)?", arms[k]) for k in treated]
    by_amount = sorted((float(a.group(0)), k) for a, k in zip(amounts, treated, strict=True) if a)
    if len(by_amount) != 2:
        return None
    return by_amount[0 if ranked.group("level").startswith("low") else 1][1]


def _p_for_each_arm(
    after: str, run: list[Item], arms: list[str], rules: Rules
) -> list[tuple[list[Item], str]]:
    """Each treated arm against the one control arm, with the p-value the words give it: "(p =
    0.006 for the lower dose; p < 0.001 for the higher dose)"."""
    control = [k for k, a in enumerate(arms) if arm_role(a, rules) == "control"]
    if len(control) != 1 or len(arms) != len(run):
        return []
    treated = [k for k in range(len(arms)) if k != control[0]]
    told = [
        (m["p"], _named_arm(m["arm"], arms, treated, rules))
        for m in rules.cue.p_for_each_arm.finditer(after)
    ]
    if len(told) != len(treated) or {k for _, k in told} != set(treated):
        return []
    return [([run[k], run[control[0]]], f"({p})") for p, k in told if k is not None]


def _verdict_pair_rows(
    built: _StatementItems,
    f: SentenceFacts,
    run: list[Item],
    compared: Row,
    later: str,
    rules: Rules,
) -> list[Row]:
    """A row per pair of arms the words after the values (to the end of the next sentence) give
    a verdict of, where they test the arms group by group (pair_verdicts.py)."""
    arms = compared.get("arms")
    if not isinstance(arms, list) or len(arms) != len(run):
        return []
    following = _verdicts_next(later, compared)
    rows = []
    for i, j, significant, p, qualifier in verdict_pairs(
        f"{f.sentence.text[run[-1].quantity.end :]} {following}", arms, rules
    ):
        row = built.comparison(f, [run[i], run[j]], links=False)
        if row is not None:
            row.update({"arms": [arms[i], arms[j]], "significant": significant})
            row["outcome"] = compared.get("outcome") or row["outcome"]  # the run's outcome
            row.update({"p_value": p, "p_qualifier": qualifier})
            row["rule_id"] = f"comparison.pair_verdict>{row['rule_id']}"
            rows.append(row)
    return rows


def _verdicts_next(later: str, compared: Row) -> str:
    """The sentence after the run's, where it gives verdicts alone (_verdict_alone), else ""."""
    arms = compared.get("arms")
    if not isinstance(arms, list):
        return ""
    following = re.split(r"(?<=[.!?])\s+(?=[A-Z])", later.strip(), maxsplit=1)[0]
    return following if _verdict_alone(following, arms) else ""


_P_OR_TIME = re.compile(
    r"\bp\s*(?:<=|>=|[<>=≤≥])\s*0?\.\d+|\b\d+\s*(?:months?|weeks?|days?|hours?|h)\b"
    r"|\b(?:day|week|month)[\s-]*\d+\b",  # "Day-5 transfer"
    re.I,
)


def _verdict_alone(sentence: str, arms: list[str]) -> bool:
    """A sentence of verdicts alone, with no values of its own (p-values, times, citations and
    the arms' amounts aside): "Both doses raised iodine significantly (p < 0.001), whereas the
    difference between 150 and 250 mcg was significant only at 3 months (P = 0.02)"."""
    left = _P_OR_TIME.sub(" ", re.sub(r"\[[\d,\s\u2013-]+\]", " ", sentence))  # ("[1]")
    for number in {n for a in arms for n in re.findall(r"\d+(?:\.\d+)?", a)}:
        left = re.sub(rf"(?<![\d.]){re.escape(number)}(?![\d.])", " ", left)
    return not re.search(r"\d", left)


def _pair_verdict(row: Row, told: str, rules: Rules) -> Row:
    """A pair's own verdict, where the words that test it give one ("20 mg vs 10 mg, P = .41"):
    not the first p-value of the sentence."""
    p, qualifier = p_value(told, rules)
    verdict = significance(told, p, qualifier, rules)
    if verdict is not None:
        row.update({"significant": verdict, "p_value": p, "p_qualifier": qualifier})
        row["rule_id"] = f"comparison.pairwise>{row['rule_id']}"
    return row


def _treated_pair(
    row: Row, run: list[Item], pair: list[Item], compared: Row, after: str, rules: Rules
) -> Row:
    """The treated arms' pair: their labels in the run's comparison, and the verdict of the
    clause that contrasts them ("the two active drugs did not differ (P = 0.41)"), in the
    words `after` the run."""
    arms = compared["arms"]
    if isinstance(arms, list):
        row["arms"] = [arms[run.index(x)] for x in pair]
    told = rules.cue.active_arms_contrasted.search(after)
    if told:
        end = rules.cue.comparison_clause_end.search(after, told.end())
        clause = after[told.start() : end.start() if end else None]
        p, qualifier = p_value(clause, rules)
        verdict = significance(clause, p, qualifier, rules)
        row.update({"significant": verdict, "p_value": p, "p_qualifier": qualifier})
    return row


def _active_pair(after: str, run: list[Item], compared: Row, rules: Rules) -> list[Item] | None:
    """The two treated arms of a run with one control arm, where the words `after` it say how
    they compare with each other ("the two active drugs did not differ from each other")."""
    arms = compared.get("arms")
    if len(run) != 3 or not isinstance(arms, list) or len(arms) != 3:
        return None
    if not rules.cue.active_arms_contrasted.search(after):
        return None
    treated = [x for x, arm in zip(run, arms, strict=True) if arm_role(arm, rules) != "control"]
    return treated if len(treated) == 2 else None


def across(
    built: _StatementItems, first: SentenceFacts, second: SentenceFacts, pair: list[Item]
) -> Row:
    """One outcome's values for two groups told in two sentences: "Mothers given the tea
    produced 35% and 60% more milk at days 7 and 14. In the control group the rise was 10%
    and 18%." (the n-th value of each list is one comparison); its verdict is the one each
    value's own clause gives ("... 7.2 mg/L (p = 0.02), with plasma at 8.3 mg/L": none for the
    plasma levels)."""
    a, b = pair
    rules = built.rules
    arms = [
        subject_group(first.sentence.text[: a.value.start], rules),
        subject_group(second.sentence.text[: b.value.start], rules),
    ]
    outcome = outcome_of(first.sentence.text, a, None, rules)
    return across_row(built, first, second, pair, arms, outcome, "comparison.across_sentences")


def across_row(
    built: _StatementItems,
    first: SentenceFacts,
    second: SentenceFacts,
    run: list[Item],
    arms: list[str | None],
    outcome: str | None,
    rule: str,
) -> Row:
    """The row of values compared across two sentences, the first value in `first`, the last
    in `second`; its verdict is the one the first and the last value's own clauses give."""
    a, last = run[0], run[-1]
    rules = built.rules
    row = built.rows.base(
        "comparisons",
        first.sentence.char_start + a.value.start,
        second.sentence.char_start + last.value.end,
        first.sentence.page,
        f"{rule}>{a.rule_id}",
    )
    told = f"{told_for(built, first, a)} {told_for(built, second, last)}"
    p, qualifier = p_value(told, rules)
    kinds = {r["kind"] for placed, _, r in built.results if placed.item in run}
    row.update(
        {
            "measure": a.measure or last.measure,
            "values": [x.value.value for x in run],
            "unit": a.quantity.ucum,
            "kind": kinds.pop() if len(kinds) == 1 else None,
            "outcome": outcome,
            "arms": arms if all(arms) else None,
            "significant": significance(told, p, qualifier, rules),
            "p_value": p,
            "p_qualifier": qualifier,
            "measurement_item_ids": [built.item_ids[id(x)] for x in run],
        }
    )
    return row


def told_for(built: _StatementItems, f: SentenceFacts, item: Item) -> str:
    """The words that give a verdict for one value of a sentence's list: the parenthesis right
    after it ("7.2 mg/L (p = 0.02)"), else the words after the list's last value (less that
    one's own parenthesis), where they give one p-value, or one per value of the list ("35% and
    60% ... (p = 0.003 and p < 0.001)": the k-th for the k-th)."""
    text = f.sentence.text
    own = re.match(r"\s*\([^()]*\)", text[item.quantity.end :])
    if own and built.rules.cue.p_value.search(own.group(0)):
        return own.group(0)
    listed = [
        p.item
        for p, _, _ in built.results
        if p.facts is f and p.item.quantity.ucum == item.quantity.ucum
    ]
    last = listed[-1].quantity.end
    after = re.sub(r"^\s*\([^()]*\)", "", text[last:]) if listed[-1] is not item else text[last:]
    found = [m.group(0) for m in built.rules.cue.p_value.finditer(after)]
    if len(found) == len(listed) and item in listed:
        return found[listed.index(item)]
    return found[0] if len(found) == 1 and not _other_values(after) else ""


def _other_values(text: str) -> bool:
    return bool(re.search(r"\d\s*(?:%|[a-zµ]+/[a-zA-Z]+)", text))
