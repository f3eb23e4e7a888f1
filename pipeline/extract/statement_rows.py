"""Statements -> rows of the statements, populations, doses, measurements and comparisons
tables, with provenance (page, span, rule id) and stable ids."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from pipeline.extract.analytes import given_as_salt
from pipeline.extract.arms_across import third_arm, values_across
from pipeline.extract.compared_runs import comparisons_in
from pipeline.extract.comparison_rows import across, compared_rows
from pipeline.extract.dose_dedupe import dedupe_doses
from pipeline.extract.inherited_lists import lists_like_last
from pipeline.extract.later_verdicts import later_verdicts
from pipeline.extract.named_pairs import Told, pair_rows
from pipeline.extract.restated_values import drop_restated
from pipeline.extract.rules import Rules
from pipeline.extract.segment import SentenceFacts, Statement, keep_statement
from pipeline.extract.sentence_items import Item
from pipeline.extract.statement_items import StatementItems as _StatementItems
from pipeline.extract.table_columns import table_columns_compared
from pipeline.extract.units import canonical
from pipeline.extract.value_lists import listed_values
from pipeline.ids import item_id, span_id

Row = dict[str, object]


def _of_sentence(items: list[Item], f: SentenceFacts) -> list[Item]:
    """`[i for i in items if i in f.items]`, each looked up among the sentence's items that
    start where it does only (no other can equal it): a statement of a long table's rows
    would compare every item with every other."""
    by_start: dict[int, list[Item]] = {}
    for x in f.items:
        by_start.setdefault(x.value.start, []).append(x)
    return [i for i in items if i in by_start.get(i.value.start, ())]


def _first_drug_mention(
    text: str, lowered: str, word: str, salts_after: re.Pattern[str]
) -> tuple[int, str] | None:
    """Where `word` (lower case) first starts a word of the text, with any salt after it; a
    mention with its salt ("magnesium sulfate") wins over an earlier bare one. A plain find,
    then one anchored match: faster than a regex per drug word."""
    at = lowered.find(word)
    first = None
    while at >= 0:
        if at == 0 or not (lowered[at - 1].isalnum() or lowered[at - 1] == "_"):
            salts = salts_after.match(text, at + len(word))  # matches always, maybe empty
            end = salts.end() if salts else at + len(word)
            if end > at + len(word):
                return at, text[at:end]
            first = first or (at, text[at:end])
        at = lowered.find(word, at + 1)
    return first


def _statement_drug(
    text: str, drug_words: set[str], doses: list[Item], doc_drug: str | None, rules: Rules
) -> str | None:
    """The first drug word of the document named in the statement, with its salt; else the
    substance a dose of the statement names (a page of two abstracts, each of its own drug);
    else the document's drug."""
    lowered = text.lower()
    if len(lowered) != len(text):  # a character whose lower case is longer: keep offsets
        lowered = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    found = [
        m for w in drug_words if (m := _first_drug_mention(text, lowered, w, rules.cue.salts_after))
    ]
    if found:
        at, written = min(found)
        more = rules.cue.drug_name_continues.match(text, at + len(written))  # "vitamin D3"
        return (written + more.group(0) if more else written).lower()
    names = set(rules.cues["not_a_drug_name"]) | rules.not_drug
    drugs = [d.drug for d in doses if d.drug and d.drug.split()[0] not in names]
    return drugs[0] if drugs else doc_drug


def _word_positions(doc: Doc) -> list[int]:
    """Each token's place among the sentence's words, an aside in parentheses and punctuation
    not counted: in "labetalol 200 mg twice daily (n = 21) by mouth" the route is 4 words after
    the dose."""
    places, at, depth = [], 0, 0
    for t in doc:
        depth += t.text == "("
        places.append(at)
        if not (depth or t.is_punct or t.is_space):
            at += 1
        depth -= t.text == ")" and depth > 0
    return places


def _anchors_route(t: Token, in_dose: set[int], drug_words: set[str], rules: Rules) -> bool:
    """A word for giving the drug, a dose's or the drug's own word."""
    return bool(
        rules.cue.route_anchor.match(t.lower_)
        or t.idx in in_dose
        or any(w in t.lower_ for w in drug_words)
    )


def _route(
    st: Statement, drug_words: set[str], doses: list[Item], rules: Rules
) -> tuple[str | None, str]:
    """The first named route that qualifies the drug, a dose or a word for giving it (within
    a few words of it, asides in parentheses not counted)."""
    for f in st.facts:
        if not f.analysis.routes:
            continue
        # the characters of the sentence's doses (a table row can give dozens)
        in_dose = {
            at for i in _of_sentence(doses, f) for at in range(i.quantity.start, i.quantity.end)
        }
        doc = f.analysis.doc
        places = _word_positions(doc)
        for r in f.analysis.routes:
            # the tokens within 5 words of the route (places never decrease)
            at = places[r.token_index]
            near = range(bisect_left(places, at - 5), bisect_right(places, at + 5))
            if any(_anchors_route(doc[i], in_dose, drug_words, rules) for i in near):
                return r.route, r.rule_id
    return None, ""


def _design(text: str, rules: Rules) -> str | None:
    if not rules.quick.any_design.found(text):
        return None
    for name, rx in rules.designs:
        if rx.search(text):
            return name
    return None


@dataclass
class _Rows:
    """Builds the rows of one statement: shared provenance columns and stable item ids."""

    doc_id: str
    text: str
    statement_id: str
    ordinals: Counter[tuple[str, int]] = field(default_factory=Counter)

    def base(self, table: str, start: int, end: int, page: int | None, rule_id: str) -> Row:
        self.ordinals[(table, start)] += 1
        return {
            "item_id": item_id(self.statement_id, table, start, self.ordinals[(table, start)] - 1),
            "statement_id": self.statement_id,
            "doc_id": self.doc_id,
            "text": self.text[start:end],
            "page": page,
            "char_start": start,
            "char_end": end,
            "rule_id": rule_id,
            "corrected": False,
        }


def _item_row(rows: _Rows, f: SentenceFacts, i: Item, several_drugs: bool) -> Row:
    s = f.sentence
    start, end = s.char_start + i.value.start, s.char_start + i.value.end
    row = rows.base(i.table, start, end, s.page, i.rule_id)
    value, unit_c = canonical(i.value.value, i.quantity.ucum)
    high, _ = canonical(i.value.value_high, i.quantity.ucum)
    if i.table == "doses":
        row.update(
            {
                "amount": i.value.value,
                "amount_high": i.value.value_high,
                "unit": i.quantity.ucum,
                "amount_canonical": value,
                "amount_high_canonical": high,
                "unit_canonical": unit_c,
                "frequency": i.frequency,
                "per_day": i.per_day,
                "duration": i.duration,
                "stat": i.stat,
                "drug": i.drug if several_drugs else None,
            }
        )
    else:
        row.update(
            {
                "value": i.value.value,
                "value_high": i.value.value_high,
                "qualifier": i.qualifier,
                "unit": i.quantity.ucum,
                "value_canonical": value,
                "value_high_canonical": high,
                "unit_canonical": unit_c,
                "stat": i.stat,
                "group": i.group,
                "measure": i.measure,
                "timepoint": i.timepoint,
            }
        )
    return row


def _one_statement_tables(
    doc_id: str,
    text: str,
    st: Statement,
    kind: str,
    rules: Rules,
    drug_words: set[str],
    lactmed: bool,
    doc_drug: str | None,
    doc_named: set[int],
) -> dict[str, list[Row]]:
    tables: dict[str, list[Row]] = {t: [] for t in TABLE_NAMES}
    sid = span_id(doc_id, "c", st.start)
    st_text = text[st.start : st.end]
    items = dedupe_doses([i for f in st.facts for i in f.items], st.facts, rules, st.record)
    doses = [i for i in items if i.table == "doses"]
    several_drugs = len({d.drug for d in doses if d.drug}) > 1
    route, route_rule = _route(st, drug_words, doses, rules)
    drug = _statement_drug(st_text, drug_words, doses, doc_drug, rules)
    given_as = given_as_salt(st_text, drug, rules)  # the statement's drug; links keep `drug`
    citations: list[int] = []
    for f in st.facts:
        for _, _, nums, _ in f.citations:
            citations += [n for n in nums if n not in citations]
    tables["statements"].append(
        {
            "statement_id": sid,
            "doc_id": doc_id,
            "section": st.section,
            "kind": kind,
            "text": st_text,
            "page": st.facts[0].sentence.page,
            "char_start": st.start,
            "char_end": st.end,
            "drug": given_as or drug,
            "route": route,
            "design": _design(st_text, rules),
            "negated": rules.quick.negation.found(st_text),
            "citations": citations,
            "rule_id": f"statement.{kind}" + (f"+{route_rule}" if route_rule else ""),
            "corrected": False,
        }
    )
    rows = _Rows(doc_id, text, sid)
    built = _StatementItems(rows, st, rules, lactmed, drug, given_as, doc_named=set(doc_named))
    groups = 0  # counted groups of people so far: two make "respectively" a comparison
    lists: list[tuple[SentenceFacts, list[Item]]] = []  # each sentence's uncompared list
    last_compared = 0  # how many values the statement's last comparison set side by side
    told: list[Told] = []  # the runs compared so far, for pairs contrasted by name later
    for index, f in enumerate(st.facts):
        groups += built.add_populations(index, f, tables["populations"])
        mine = _of_sentence(items, f)
        for i in mine:
            row = _item_row(rows, f, i, several_drugs)
            built.describe(index, f, i, row)
            tables[i.table].append(row)
        # A structured abstract's results: the arms its methods section named count too
        context = text[st.facts[0].trial_start or st.start : f.sentence.char_start]
        # "... respectively" after a comparison of as many arms: those arms again
        arms_told = max(groups, last_compared)
        runs = comparisons_in(f.sentence.text, mine, rules, context, groups=arms_told)
        last_compared = len(runs[-1]) if runs else last_compared
        later = text[f.sentence.char_end : f.sentence.char_end + 800]
        _sentence_comparisons(built, f, mine, runs, told, tables, later)
        lists.append((f, _uncompared_list(f.sentence.text, mine, runs, rules)))
    for (fa, list_a), (fb, list_b) in zip(lists, lists[1:], strict=False):
        if _two_groups_told_apart(fb, list_a, list_b, rules):
            for pair in zip(list_a, list_b, strict=True):
                tables["comparisons"].append(across(built, fa, fb, list(pair)))
    _statement_comparisons(built, st, items, tables)
    built.link()
    # counts the prose named (a table's own rows, "Completed | 34 | 35", name none for its
    # headings: "Arm (n=35)" under them is the arm's count)
    doc_named |= {
        g.n for g in built.groups if g.n in built.named and " | " not in g.facts.sentence.text
    }
    drop_restated(tables, _sentence_of(st, tables["measurements"]))
    return tables


def _statement_comparisons(
    built: _StatementItems, st: Statement, items: list[Item], tables: dict[str, list[Row]]
) -> None:
    """The comparisons read across the statement's sentences, once each sentence's are in:
    before and after a change of treatment, one arm's value and the others' in the next
    sentence, a table's columns down rows of arms; the verdicts a later sentence gives them."""
    tables["comparisons"] += _after_treatment_changed(built, st, items, tables, built.rules)
    tables["comparisons"] += _arms_across(built, st, items, tables)
    compared = {str(i) for c in tables["comparisons"] for i in _ids(c["measurement_item_ids"])}
    tables["comparisons"] += table_columns_compared(built, st, items, compared)
    later_verdicts(st, tables["comparisons"], built.rules)


def _ids(ids: object) -> list[object]:
    return list(ids) if isinstance(ids, list) else []


def _sentence_of(st: Statement, rows: list[Row]) -> dict[int, int]:
    """Each row's char_start -> the index of the statement's sentence it stands in."""
    ends = [f.sentence.char_end for f in st.facts]
    starts = [int(str(r["char_start"])) for r in rows]
    return {c: next((i for i, e in enumerate(ends) if c < e), -1) for c in starts}


def _sentence_comparisons(
    built: _StatementItems,
    f: SentenceFacts,
    mine: list[Item],
    runs: list[list[Item]],
    told: list[Told],
    tables: dict[str, list[Row]],
    later: str,
) -> None:
    """The rows of a sentence's runs, of its later lists that report the arms of a comparison
    before them again (added to `runs`), and of the pairs it contrasts by name."""
    rules = built.rules
    arms_before = [arms for _, arms in built.compared]
    for run in runs:
        _note(told, f, run, compared_rows(built, f, run, rules, later), tables)
    for run, arms in lists_like_last(f.sentence.text, mine, list(runs), arms_before, rules):
        # the arms of this sentence's last comparison of as many values, told by now; not where
        # each value names its own ("0.06 for term and 0.15 for preterm infants")
        own = all(rules.cue.arm_after.match(f.sentence.text[x.value.end :]) for x in run)
        arms = arms or next((a for _, a in reversed(built.compared) if len(a) == len(run)), None)
        arms = None if own else arms
        again = compared_rows(built, f, run, rules, later)
        if arms:
            built.arms_again(run, arms)
        for row in again:  # the arms told before, again
            whole = row["values"] == [x.value.value for x in run]
            row["arms"] = arms if whole and arms else row["arms"]
            row["rule_id"] = f"comparison.list_like_last>{row['rule_id']}"
        _note(told, f, run, again, tables)
        runs.append(run)
    tables["comparisons"] += pair_rows(built, f, told, rules)


def _note(
    told: list[Told],
    f: SentenceFacts,
    run: list[Item],
    rows: list[Row],
    tables: dict[str, list[Row]],
) -> None:
    """Add a run's rows to the tables and the run, with its arms, to those told so far."""
    tables["comparisons"] += rows
    whole = [r for r in rows if r["values"] == [x.value.value for x in run]]
    arms = whole[0]["arms"] if whole else None
    if isinstance(arms, list) and len(arms) == len(run):
        told.append(Told(f, run, [str(a) for a in arms], whole[0]))


def _after_treatment_changed(
    built: _StatementItems,
    st: Statement,
    items: list[Item],
    tables: dict[str, list[Row]],
    rules: Rules,
) -> list[Row]:
    """A level before and after a change of treatment, in two sentences: "The infant's level
    was 5.1 mg/L. After the maternal dosage was lowered ..., the infant's level fell to 2.3
    mg/L" (arms before and after)."""
    compared: set[object] = set()
    for row in tables["comparisons"]:
        ids = row["measurement_item_ids"]
        compared.update(ids if isinstance(ids, list) else [])
    rows = []
    for fa, fb in zip(st.facts, st.facts[1:], strict=False):
        earlier = [i for i in _of_sentence(items, fa) if i.table == "measurements"]
        for b in (i for i in _of_sentence(items, fb) if i.table == "measurements"):
            before = fb.sentence.text[: b.value.start]
            if not (
                rules.quick.changed_to.found(before) and rules.quick.treatment_changed.found(before)
            ):
                continue
            same = [
                a
                for a in earlier
                if a.quantity.ucum == b.quantity.ucum and a.value.value_high is None
            ]
            if same and built.item_ids[id(b)] not in compared:
                changed = across(built, fa, fb, [same[-1], b])
                changed["arms"] = ["before", "after"]
                rows.append(changed)
    return rows


def _arms_across(
    built: _StatementItems, st: Statement, items: list[Item], tables: dict[str, list[Row]]
) -> list[Row]:
    """One arm's value in a sentence and the other arms' in the next (arms_across.py)."""
    compared: set[object] = set()
    for row in tables["comparisons"]:
        ids = row["measurement_item_ids"]
        compared.update(ids if isinstance(ids, list) else [])
    rows = []
    for k, (fa, fb) in enumerate(zip(st.facts, st.facts[1:], strict=False)):
        a, b = _of_sentence(items, fa), _of_sentence(items, fb)
        found = values_across(built, fa, fb, a, b, compared)
        if found is None:
            following = st.facts[k + 2].sentence.text if k + 2 < len(st.facts) else ""
            found = third_arm(built, fb, a, b, tables["comparisons"], compared, following)
            if found is not None:
                compared.update(found["measurement_item_ids"])  # type: ignore[arg-type]
            continue
        rows.append(found)
        compared.update(found["measurement_item_ids"])  # type: ignore[arg-type]
    return rows


def _uncompared_list(
    text: str, items: list[Item], runs: list[list[Item]], rules: Rules
) -> list[Item]:
    """A sentence's list of results ("35% and 60%") that no comparison took."""
    used = {id(x) for run in runs for x in run}
    free = [
        i
        for i in items
        if i.table == "measurements" and id(i) not in used and i.value.value_high is None
    ]
    lists = listed_values(text, free)
    if len(lists) == 1:
        return lists[0]
    # "Colostrum levels in the IV group averaged 9.6 mg/L, with a plasma level of 11.2 mg/L":
    # a group's values of one unit, set against the next sentence's group in the same order
    units = {i.quantity.ucum for i in free}
    named = rules.quick.group_named_before.found(text[: free[0].value.start]) if free else None
    if not lists and free and len(units) == 1 and named:
        return free
    return []


def _two_groups_told_apart(fb: SentenceFacts, a: list[Item], b: list[Item], rules: Rules) -> bool:
    """The next sentence gives as many values of the same unit for a group it names."""
    if not a or len(a) != len(b) or a[0].quantity.ucum != b[0].quantity.ucum:
        return False
    if any(">outcome.difference" in i.rule_id for i in (*a, *b)):
        return False  # "exceeded placebo by 126 mL": a difference is no arm's value
    return bool(rules.cue.arm_named.search(fb.sentence.text[: b[0].value.start]))


TABLE_NAMES = ("statements", "populations", "doses", "measurements", "comparisons")


def statement_tables(
    doc_id: str,
    text: str,
    statements: list[Statement],
    lactmed: bool,
    rules: Rules,
    drug_words: set[str],
    doc_drug: str | None = None,
) -> dict[str, list[Row]]:
    tables: dict[str, list[Row]] = {t: [] for t in TABLE_NAMES}
    named: set[int] = set()  # counts named so far: a table's "(n = 42)" may give one again
    for st in statements:
        keep, kind = keep_statement(st, lactmed, rules)
        if keep:
            for name, rows in _one_statement_tables(
                doc_id, text, st, kind, rules, drug_words, lactmed, doc_drug, named
            ).items():
                tables[name].extend(rows)
    return tables
