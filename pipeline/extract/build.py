"""Statements -> rows of the statements, populations, doses, measurements and comparisons
tables, with provenance (page, span, rule id) and stable ids."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from pipeline.extract.items import Item, comparisons_in
from pipeline.extract.rules import Rules
from pipeline.extract.segment import SentenceFacts, Statement, keep_statement
from pipeline.extract.units import canonical
from pipeline.ids import item_id, span_id

Row = dict[str, object]
_SALTS = (
    r"(?:\s+(?:sulfate|sulphate|hydrochloride|hcl|sodium|potassium|citrate|maleate|"
    r"succinate|tartrate|aspartate|hydroxide|oxide|carbonate|chloride|gluconate|base))*"
)


def dedupe_doses(items: list[Item]) -> list[Item]:
    """A dose restated later ("after the 40 mg dose") is the same dose; the same amount at
    another frequency ("40 mg once a day, increased to 40 mg three times a day"), for another
    time or of another drug is another dose."""
    kept: list[Item] = []
    out = []
    for i in items:
        if i.table == "doses" and any(_restates(i, k) for k in kept):
            continue
        if i.table == "doses":
            kept.append(i)
        out.append(i)
    return out


def _restates(later: Item, earlier: Item) -> bool:
    same_amount = (later.value.value, later.value.value_high, later.quantity.ucum) == (
        earlier.value.value,
        earlier.value.value_high,
        earlier.quantity.ucum,
    )
    if not same_amount:
        return False
    if later.duration is not None and later.duration != earlier.duration:
        return False
    if later.drug is not None and later.drug != earlier.drug:
        return False
    if later.qualifier != earlier.qualifier:  # "less than 80 mg" vs "80 mg or more"
        return False
    return later.frequency is None or later.frequency == earlier.frequency


_SALTS_AFTER = re.compile(_SALTS, re.IGNORECASE)


def _first_drug_mention(text: str, lowered: str, word: str) -> tuple[int, str] | None:
    """Where `word` (lower case) first starts a word of the text, with any salt after it.
    A plain find, then one anchored match: faster than a regex per drug word."""
    at = lowered.find(word)
    while at >= 0:
        if at == 0 or not (lowered[at - 1].isalnum() or lowered[at - 1] == "_"):
            end = _SALTS_AFTER.match(text, at + len(word)).end()
            return at, text[at:end]
        at = lowered.find(word, at + 1)
    return None


def _statement_drug(text: str, drug_words: set[str], doses: list[Item]) -> str | None:
    """The first drug word of the document named in the statement, with its salt."""
    lowered = text.lower()
    if len(lowered) != len(text):  # a character whose lower case is longer: keep offsets
        lowered = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    found = [m for w in drug_words if (m := _first_drug_mention(text, lowered, w))]
    if found:
        return min(found)[1].lower()
    drugs = [d.drug for d in doses if d.drug]
    return drugs[0] if drugs else None


_ADMINISTERED = frozenset({"given", "received", "administered", "taking", "took"})


def _route(st: Statement, drug_words: set[str], doses: list[Item]) -> tuple[str | None, str]:
    """The first named route that qualifies the drug or a dose (within a few words of it)."""
    for f in st.facts:
        if not f.analysis.routes:
            continue
        spans = [(i.quantity.start, i.quantity.end) for i in doses if i in f.items]
        anchors = [
            t.i
            for t in f.analysis.doc
            if t.lower_ in _ADMINISTERED
            or any(a <= t.idx < b for a, b in spans)
            or any(w in t.lower_ for w in drug_words)
        ]
        for r in f.analysis.routes:
            if any(abs(r.token_index - a) <= 5 for a in anchors):
                return r.route, r.rule_id
    return None, ""


def _design(text: str, rules: Rules) -> str | None:
    if not rules.rx["any_design"].search(text):
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


def _population_role(sentence: str, start: int, end: int, rules: Rules) -> str:
    window = sentence[max(0, start - 25) : end].lower()
    for name, rx in rules.roles:
        if rx.search(window):
            return name
    return "exposed"


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
    doc_id: str, text: str, st: Statement, kind: str, rules: Rules, drug_words: set[str]
) -> dict[str, list[Row]]:
    tables: dict[str, list[Row]] = {t: [] for t in TABLE_NAMES}
    sid = span_id(doc_id, "c", st.start)
    st_text = text[st.start : st.end]
    items = dedupe_doses([i for f in st.facts for i in f.items])
    doses = [i for i in items if i.table == "doses"]
    several_drugs = len({d.drug for d in doses if d.drug}) > 1
    route, route_rule = _route(st, drug_words, doses)
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
            "drug": _statement_drug(st_text, drug_words, doses),
            "route": route,
            "design": _design(st_text, rules),
            "negated": bool(rules.rx["negation"].search(st_text)),
            "citations": citations,
            "rule_id": f"statement.{kind}" + (f"+{route_rule}" if route_rule else ""),
            "corrected": False,
        }
    )
    rows = _Rows(doc_id, text, sid)
    groups = 0  # counted groups of people so far: two make "respectively" a comparison
    counted: set[int] = set()  # counts already given in this statement
    named: set[int] = set()  # ... by words or numerals ("Twelve women"), not "(n = 12)"
    for f in st.facts:
        s = f.sentence
        pops = f.analysis.populations
        for k, p in enumerate(pops):
            prev = pops[k - 1] if k else None
            if p.rule_id == "pop.n_equals" and (
                (prev and prev.n == p.n and p.start - prev.end <= 2) or p.n in named
            ):
                continue  # "Eight women (n=8)", "Twelve women ... (n = 12)": one group
            row = rows.base(
                "populations", s.char_start + p.start, s.char_start + p.end, s.page, p.rule_id
            )
            role = _population_role(s.text, p.start, p.end, rules)
            row.update({"n": p.n, "role": role})
            tables["populations"].append(row)
            counted.add(p.n)
            if p.rule_id != "pop.n_equals":
                named.add(p.n)
            if p.of_total is not None and p.of_total not in counted:
                # "1 of 13 infants": the 13 are a group of their own unless counted already.
                row = rows.base(
                    "populations",
                    s.char_start + p.start,
                    s.char_start + p.end,
                    s.page,
                    f"{p.rule_id}.total",
                )
                row.update({"n": p.of_total, "role": "total"})
                tables["populations"].append(row)
                counted.add(p.of_total)
        mine = [i for i in items if i in f.items]
        for i in mine:
            tables[i.table].append(_item_row(rows, f, i, several_drugs))
        context = text[st.start : s.char_start]
        groups += len(pops)
        for run in comparisons_in(s.text, mine, rules, context, groups=groups):
            first, last = run[0], run[-1]
            row = rows.base(
                "comparisons",
                s.char_start + first.value.start,
                s.char_start + last.value.end,
                s.page,
                f"comparison>{first.rule_id}",
            )
            row.update(
                {
                    "measure": next((x.measure for x in run if x.measure), None),
                    "values": [x.value.value for x in run],
                    "unit": first.quantity.ucum,
                }
            )
            tables["comparisons"].append(row)
    return tables


TABLE_NAMES = ("statements", "populations", "doses", "measurements", "comparisons")


def statement_tables(
    doc_id: str,
    text: str,
    statements: list[Statement],
    lactmed: bool,
    rules: Rules,
    drug_words: set[str],
) -> dict[str, list[Row]]:
    tables: dict[str, list[Row]] = {t: [] for t in TABLE_NAMES}
    for st in statements:
        keep, kind = keep_statement(st, lactmed, rules)
        if keep:
            for name, rows in _one_statement_tables(
                doc_id, text, st, kind, rules, drug_words
            ).items():
                tables[name].extend(rows)
    return tables
