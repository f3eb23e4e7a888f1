"""Sentences -> statements (one study, case or recommendation each) -> rows for every table.

- In LactMed's study sections a statement is a paragraph, or the part of it up to a citation
  marker; sentences after the marker that go on about the same study ("Using the data from
  this study, ...") stay with it.
- In summaries and on web pages a statement is a sentence that gives a dose or a result.
- Sections with no study content (alternatives, references, substance) are skipped, and so is
  a page's repeat of text it already showed, and a last sentence cut off mid-word."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from pipeline.extract.analyze import Analysis, analyze
from pipeline.extract.citations import ends_with_citation, find_citations
from pipeline.extract.items import NOT_DRUG, Item, comparisons_in, items_in
from pipeline.extract.rules import Rules, get_rules
from pipeline.extract.units import canonical
from pipeline.ids import item_id, span_id
from pipeline.sentences import Sentence

Row = dict[str, object]
_TERMINAL = re.compile(r"""[.!?]["'\u201d)\]]*$|\]$|\)$|:$""")
_SALTS = (
    r"(?:\s+(?:sulfate|sulphate|hydrochloride|hcl|sodium|potassium|citrate|maleate|"
    r"succinate|tartrate|aspartate|hydroxide|oxide|carbonate|chloride|gluconate|base))*"
)


@dataclass
class SentenceFacts:
    sentence: Sentence
    analysis: Analysis
    items: list[Item]
    citations: list[tuple[int, int, tuple[int, ...], bool]]  # doc offsets, numbers, bare
    closes: bool  # ends on a citation marker
    block_no: int = 0  # paragraph (block) the sentence sits in


@dataclass
class Statement:
    section: str
    facts: list[SentenceFacts] = field(default_factory=list)

    @property
    def start(self) -> int:
        return self.facts[0].sentence.char_start

    @property
    def end(self) -> int:
        return self.facts[-1].sentence.char_end


def _norm(text: str) -> str:
    return re.sub(r"\W+", " ", text.lower()).strip()


def _drop_repeats_and_cuts(sentences: Sequence[Sentence]) -> list[Sentence]:
    """Pages that repeat their study text (and cut the repeat off) must not count it twice."""
    kept: list[Sentence] = []
    seen: list[str] = []
    for s in sentences:
        n = _norm(s.text)
        if len(n) >= 20 and any(prev.startswith(n) for prev in seen):
            continue
        seen.append(n)
        kept.append(s)
    # A document cut off mid-sentence: its last sentence has no ending.
    if kept and kept[-1].block == "paragraph" and not _TERMINAL.search(kept[-1].text.strip()):
        kept.pop()
    return kept


def _drug_words(doc_drug: str | None, sentences: Sequence[Sentence]) -> set[str]:
    if doc_drug:
        return {w for w in re.findall(r"[a-z][a-z-]{2,}", doc_drug.lower())}
    return set()


def guess_drug(sentences: Sequence[Sentence]) -> str | None:
    """The drug a page is about when its metadata does not say: the word most often dosed."""
    counts: Counter[str] = Counter()
    rx = re.compile(
        r"\b([a-z][a-z-]{3,})\s+\d+(?:\.\d+)?\s*(?:mg|g|mcg|grams?)\b|"
        r"\b\d+(?:\.\d+)?\s*(?:mg|g|mcg|grams?)\s+of\s+([a-z][a-z-]{3,})",
        re.I,
    )
    for s in sentences:
        for m in rx.finditer(s.text):
            word = (m.group(1) or m.group(2)).lower()
            if word not in NOT_DRUG:
                counts[word] += 1
    return counts.most_common(1)[0][0] if counts else None


def _facts(
    s: Sentence, rules: Rules, drug_words: set[str], trailing_ok: bool, lactmed: bool
) -> SentenceFacts:
    analysis = analyze(s.text)
    items = items_in(analysis, rules, drug_words, lactmed)
    found = find_citations(s.text, allow_trailing=trailing_ok and s.block != "table_row")
    cites = [(s.char_start + c.start, s.char_start + c.end, c.numbers, c.bare) for c in found]
    return SentenceFacts(s, analysis, items, cites, ends_with_citation(s.text, found))


_CONTINUES = re.compile(
    r"^(?:using|however|these|this|those|such|the|her|his|their|its|it|they|she|he|"
    r"in addition|additionally|also|thus|therefore|based on|when|if|at \d)\b",
    re.IGNORECASE,
)


def _opens_new_study(f: SentenceFacts, rules: Rules) -> bool:
    """After a citation, does this sentence begin another study or go on about the last one?"""
    if f.analysis.populations:
        return True
    if _CONTINUES.match(f.sentence.text):
        return False
    head = " ".join(f.sentence.text.split()[:6])
    return bool(rules.rx["study_subjects"].search(head))


_LACTMED_HEADINGS = re.compile(
    r"^(?:summary of use during lactation|drug levels|maternal levels|infant levels|"
    r"effects in breastfed infants|effects on lactation)\b",
    re.IGNORECASE | re.MULTILINE,
)


def _is_lactmed(text: str, sentences: Sequence[Sentence], rules: Rules) -> bool:
    """A LactMed record (however a site reproduced it): its section headings give it away."""
    sections = {s.section for s in sentences}
    if sections & set(rules.cues["study_sections"]):
        return True
    return len(_LACTMED_HEADINGS.findall(text)) >= 2


def _keep(st: Statement, lactmed: bool, rules: Rules) -> tuple[bool, str]:
    """(keep?, kind) by what the statement says and where it stands."""
    items = [i for f in st.facts for i in f.items]
    has_dose = any(i.table == "doses" for i in items)
    has_measure = any(i.table == "measurements" for i in items)
    has_pop = any(f.analysis.populations for f in st.facts)
    has_cite = any(f.citations for f in st.facts)
    text = " ".join(f.sentence.text for f in st.facts)
    if rules.rx["no_information"].search(text) and not (has_dose or has_measure or has_pop):
        return False, ""
    if st.section in rules.cues["study_sections"]:
        design = any(rx.search(text) for _, rx in rules.designs)
        return (has_cite or has_dose or has_measure or has_pop or design), "study"
    if st.section == "summary" or (
        not lactmed and st.section in rules.cues["recommendation_sections"]
    ):
        if has_dose or has_measure:
            study = has_pop and not re.search(r"\b(?:should|recommend|advis)", text, re.I)
            return True, "study" if study else "recommendation"
        return False, ""
    if lactmed:
        # Background under "Drug Levels" and page furniture: a study needs people or a dose.
        if has_pop or has_dose:
            return True, "study" if has_pop or has_measure else "recommendation"
        return False, ""
    if has_cite and any(rx.search(text) for _, rx in rules.designs):
        return True, "study"  # a cited case or trial, even without numbers
    if has_dose or has_measure or has_pop:
        rec = re.search(
            r"\b(?:should|recommend\w*|advis\w*|typically need|need about|"
            r"requirements?|considered|can be|may be|target|intake)\b",
            text,
            re.I,
        )
        study = (has_pop or has_measure) and not rec
        return True, "study" if study else "recommendation"
    return False, ""


def _dedupe_doses(items: list[Item]) -> list[Item]:
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


@lru_cache(maxsize=4096)
def _drug_with_salt(word: str) -> re.Pattern[str]:
    return re.compile(r"\b" + re.escape(word) + _SALTS, re.IGNORECASE)


def _statement_drug(text: str, drug_words: set[str], doses: list[Item]) -> str | None:
    """The first drug word of the document named in the statement, with its salt."""
    found = [(m.start(), m.group(0)) for w in drug_words if (m := _drug_with_salt(w).search(text))]
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
    for name, rx in rules.designs:
        if rx.search(text):
            return name
    return None


def extract_statements(
    doc_id: str, text: str, sentences: Sequence[Sentence], drug: str | None = None
) -> dict[str, list[Row]]:
    rules = get_rules()
    skip = set(rules.cues["skip_sections"])
    usable = _drop_repeats_and_cuts([s for s in sentences if s.section not in skip])
    lactmed = _is_lactmed(text, sentences, rules)
    has_brackets = any("[" in s.text for s in usable)
    drug = drug or guess_drug(usable)
    drug_words = _drug_words(drug, usable)

    # Blocks: sentences of one paragraph share the block; recover it from the gaps in offsets.
    facts: list[SentenceFacts] = []
    prev_end = None
    block_no = 0
    last_in_block: dict[int, int] = {}
    for idx, s in enumerate(usable):
        if prev_end is None or "\n" in text[prev_end : s.char_start] or s.block != "paragraph":
            block_no += 1
        last_in_block[block_no] = idx
        prev_end = s.char_end
        facts.append(_facts(s, rules, drug_words, not has_brackets, lactmed))
        facts[-1].block_no = block_no
    # Bare trailing numbers cite at the end of a block, or after a sentence's final period
    # ("... into milk. 3 From these data ..."); elsewhere they are the sentence's own numbers.
    for idx, f in enumerate(facts):
        if f.citations and not has_brackets and last_in_block.get(f.block_no) != idx:
            f.citations = [
                c
                for c in f.citations
                if not c[3] or re.search(r"[.!?)\]]\s*$", text[f.sentence.char_start : c[0]])
            ]
            f.closes = bool(f.citations)

    statements: list[Statement] = []
    by_section: list[list[SentenceFacts]] = []
    for f in facts:
        if by_section and by_section[-1][0].sentence.section_id == f.sentence.section_id:
            by_section[-1].append(f)
        else:
            by_section.append([f])
    for group in by_section:
        section = group[0].sentence.section
        paragraphs = not lactmed or section not in rules.cues["recommendation_sections"]
        statements += _group_by_block(group, rules, paragraphs)

    return _rows(doc_id, text, statements, lactmed, rules, drug_words)


def _is_background(st: Statement) -> bool:
    """Cited sentences with no people, dose or result ("X is the preferred drug (1).") do not
    swallow the study or guidance that follows them."""
    return not any(f.items or f.analysis.populations for f in st.facts)


def _cites_another(f: SentenceFacts, current: Statement) -> bool:
    """A sentence that ends on citations of its own, none of them the study's, is the next
    study ("...[5] Total excretion was 0.06%.[6]"); "[6] ... [6,7]" goes on about study 6."""
    if not f.closes:
        return False
    cited = {n for g in current.facts for _, _, nums, _ in g.citations for n in nums}
    return not cited & {n for _, _, nums, _ in f.citations for n in nums}


def _group_by_block(
    facts: list[SentenceFacts], rules: Rules, by_paragraph: bool
) -> list[Statement]:
    statements: list[Statement] = []
    current: Statement | None = None
    last_block = None
    closed = False
    for f in facts:
        block = f.block_no
        new_block = block != last_block
        if (
            not by_paragraph
            or current is None
            or new_block
            or (
                closed
                and (
                    _opens_new_study(f, rules)
                    or _cites_another(f, current)
                    or _is_background(current)
                )
            )
        ):
            current = Statement(f.sentence.section, [f])
            statements.append(current)
            closed = False
        else:
            current.facts.append(f)
        closed = closed or f.closes
        last_block = block
    return statements


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


def _statement_rows(
    doc_id: str, text: str, st: Statement, kind: str, rules: Rules, drug_words: set[str]
) -> dict[str, list[Row]]:
    tables: dict[str, list[Row]] = {t: [] for t in TABLE_NAMES}
    sid = span_id(doc_id, "c", st.start)
    st_text = text[st.start : st.end]
    items = _dedupe_doses([i for f in st.facts for i in f.items])
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
    for f in st.facts:
        s = f.sentence
        pops = f.analysis.populations
        for k, p in enumerate(pops):
            prev = pops[k - 1] if k else None
            if p.rule_id == "pop.n_equals" and prev and prev.n == p.n and p.start - prev.end <= 2:
                continue  # "Eight women (n=8)": one group, said twice
            row = rows.base(
                "populations", s.char_start + p.start, s.char_start + p.end, s.page, p.rule_id
            )
            role = _population_role(s.text, p.start, p.end, rules)
            row.update({"n": p.n, "role": role})
            tables["populations"].append(row)
            counted.add(p.n)
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
        for a, b in comparisons_in(s.text, mine, rules, context, two_groups=groups >= 2):
            row = rows.base(
                "comparisons",
                s.char_start + a.value.start,
                s.char_start + b.value.end,
                s.page,
                f"comparison>{a.rule_id}",
            )
            row.update(
                {
                    "measure": a.measure or b.measure,
                    "values": [a.value.value, b.value.value],
                    "unit": a.quantity.ucum,
                }
            )
            tables["comparisons"].append(row)
    return tables


TABLE_NAMES = ("statements", "populations", "doses", "measurements", "comparisons")


def _rows(
    doc_id: str,
    text: str,
    statements: list[Statement],
    lactmed: bool,
    rules: Rules,
    drug_words: set[str],
) -> dict[str, list[Row]]:
    tables: dict[str, list[Row]] = {t: [] for t in TABLE_NAMES}
    for st in statements:
        keep, kind = _keep(st, lactmed, rules)
        if keep:
            for name, rows in _statement_rows(doc_id, text, st, kind, rules, drug_words).items():
                tables[name].extend(rows)
    return tables
