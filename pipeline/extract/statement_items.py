"""The rows of one statement's items, with what each means and how they link: populations get
`who`, doses `recipient`, results `kind`, `matrix`, `analyte`, comparisons their outcome, arms
and significance (compare.py), and each result its dose and group (value_links.py)."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import NamedTuple, Protocol

from pipeline.extract.arm_counts import runs_of, worded
from pipeline.extract.arm_groups import counted_arms, sentence_group_labels
from pipeline.extract.arm_labels import points_back, restated_as
from pipeline.extract.arm_links import (
    Arm,
    FoundArms,
    arm_named,
    in_control,
    label_after,
    label_before,
    listed_arm,
    note_list,
    repeated_list,
    statement_arms,
    than_pair_arm,
)
from pipeline.extract.arm_words import (
    EXPOSURE_KINDS,
    arm_by_route,
    arm_told_apart,
    arm_word_before,
    bare_arm,
    column_label,
    dose_arms,
    exposed_arm,
    other_drug_analyte,
    share_whole,
    the_other_arm,
)
from pipeline.extract.compare import Earlier, describe_comparison
from pipeline.extract.compare_tables import (
    describe_table_row,
    inherited_outcome,
    retimed,
    table_title,
)
from pipeline.extract.dose_mentions import dose_mentions
from pipeline.extract.link_arms import arms_for_doses, dose_list_arms
from pipeline.extract.links import (
    Group,
    Placed,
    hypothetical,
    primary_doses,
    restated_group,
    who_measured,
)
from pipeline.extract.meaning import (
    Meaning,
    arm_role,
    as_corresponding,
    as_last_level,
    dose_recipient,
    is_contrast,
    measurement_meaning,
    names_other_fluid,
    population_role,
    population_who,
    statement_before,
)
from pipeline.extract.mentions import Population
from pipeline.extract.outcome_words import with_substance
from pipeline.extract.registry_results import titled_measure
from pipeline.extract.rules import Rules
from pipeline.extract.sampled_parts import named_sampled_part, sample_goes_on
from pipeline.extract.segment import SentenceFacts, Statement
from pipeline.extract.sentence_items import Item
from pipeline.extract.table_counts import table_above
from pipeline.extract.value_links import LinkContext, dose_of, group_of

Row = dict[str, object]


class RowMaker(Protocol):
    """What builds a statement's rows: the document's text and each row's common columns."""

    text: str

    def base(self, table: str, start: int, end: int, page: int | None, rule_id: str) -> Row: ...


class Counted(NamedTuple):
    """A counted group's row values."""

    n: int
    role: str
    who: str
    subset: bool
    rule_id: str


@dataclass
class StatementItems:
    rows: RowMaker  # statement_rows._Rows: each row's provenance columns and id
    st: Statement
    rules: Rules
    lactmed: bool
    drug: str | None
    measured_drug: str | None = None  # the salt the drug is given as, for analytes
    groups: list[Group] = field(default_factory=list)
    doses: list[Placed] = field(default_factory=list)
    infant_doses: list[Placed] = field(default_factory=list)  # an arm may be an infant dose
    results: list[tuple[Placed, Meaning, Row]] = field(default_factory=list)
    drug_measured: bool = False  # a level of the drug itself among the results so far
    arms: dict[int, str] = field(default_factory=dict)  # id(item) -> its comparison arm
    item_ids: dict[int, str] = field(default_factory=dict)  # id(item) -> row item_id
    counted: set[int] = field(default_factory=set)  # counts already given in this statement
    named: set[int] = field(default_factory=set)  # ... by words or numerals, not "(n = 12)"
    restated: set[tuple[int, str | None]] = field(default_factory=set)  # (n, what names it)
    befores: dict[int, str] = field(default_factory=dict)  # id(sentence facts) -> text before
    compared: list[tuple[int, list[str]]] = field(default_factory=list)  # (id(facts), arms)
    outcomes: dict[str, str] = field(default_factory=dict)  # unit ("": any) -> last outcome
    doc_named: set[int] = field(default_factory=set)  # counts the document's text named before

    def add_populations(self, index: int, f: SentenceFacts, out: list[Row]) -> int:
        """Rows of the counted groups in one sentence; returns how many counts it gives."""
        s, pops = f.sentence, f.analysis.populations
        for k, p in enumerate(pops):
            prev = pops[k - 1] if k else None
            heads = self.doc_named if self.rules.cue.heading_row.fullmatch(s.text) else set()
            if p.rule_id == "pop.n_equals" and (
                (prev and prev.n == p.n and p.start - prev.end <= 2) or p.n in self.named | heads
            ):
                continue  # "Eight women (n=8)", "Women (n=8)" after "8 and 9 women, respectively"
            named_as = restated_as(s.text, p.start, p.rule_id)
            if " | " in s.text and named_as is not None and (p.n, named_as) in self.restated:
                # A table gives an arm's count again: its heading, "Completed | 28". No new
                # group, but the values under it are of that count ("Number analyzed | 28").
                self._count_again(f, p, index * 10_000 + p.start)
                continue
            self.restated.add((p.n, named_as))
            who, step = population_who(s.text, p.start, p.end, s.section, self.rules)
            if again := restated_group(self.groups, f, p, who, index * 10_000 + p.start):
                self.groups.append(again)  # "Six of the newborns ... In the 6 breastfed infants"
                continue
            # (of the same paragraph: an abstract's next part counts its arms afresh)
            named_before = [g for g in self.groups if worded(g) and g.facts.block_no == f.block_no]
            if step == "who.default" and named_before:
                # A count with no people word of its own is of the people counted before it:
                # "(400 IU group, n = 79)" after "334 mother-infant pairs", "Of 6 breastfed
                # infants ..., 5 had undetectable levels"
                who, step = named_before[-1].who, "who.inherited"
            role = population_role(s.text, p.start, p.end, self.rules)
            subset = p.of_total is not None or points_back(s.text[p.start : p.end])
            counted = Counted(p.n, role, who, subset, f"{p.rule_id}>{step}")
            out.append(self._population(index, f, p, counted))
            if p.rule_id != "pop.n_equals":
                self.named.add(p.n)
            if p.of_total is not None and p.of_total not in self.counted:
                # "1 of 13 infants": the 13 are a group of their own unless counted already.
                total = Counted(p.of_total, "total", who, False, f"{p.rule_id}.total>{step}")
                out.append(self._population(index, f, p, total))
        return len(pops)

    def _count_again(self, f: SentenceFacts, p: Population, order: int) -> None:
        """The arm's group, placed again where a table's column gives its count again."""
        same = [g for g in self.groups if g.n == p.n and g.column == p.column]
        if same:
            self.groups.append(replace(same[-1], facts=f, start=p.start, end=p.end, order=order))

    def _population(self, index: int, f: SentenceFacts, p: Population, c: Counted) -> Row:
        s = f.sentence
        row = self.rows.base(
            "populations", s.char_start + p.start, s.char_start + p.end, s.page, c.rule_id
        )
        row.update({"n": c.n, "role": c.role, "who": c.who})
        self.counted.add(c.n)
        order = index * 10_000 + p.start
        whole = p.of_total if c.subset else None
        group = Group(
            str(row["item_id"]), c.n, c.who, c.role, f, p.start, c.subset, order, p.end, whole
        )
        group.column = p.column
        self.groups.append(group)
        return row

    def describe(self, index: int, f: SentenceFacts, item: Item, row: Row) -> None:
        """Fill a dose's recipient or a result's kind, matrix and analyte."""
        before = self._before(f)
        placed = Placed(item, f, str(row["item_id"]), index * 10_000 + item.value.start)
        self.item_ids[id(item)] = placed.item_id
        if item.table == "doses":
            recipient, step = dose_recipient(f, item, before, self.rules, self.lactmed)
            row["recipient"] = recipient
            row["rule_id"] = f"{row['rule_id']}>{step}"
            (self.doses if recipient == "mother" else self.infant_doses).append(placed)
            return
        if item.measure and item.rule_id.startswith("table."):
            above = self.rows.text[: f.sentence.char_start + item.value.start]
            title = titled_measure(
                item.measure, above, self.rules, lambda: table_title(above, self.rules)
            )
            if title:
                item.measure = row["measure"] = title
        inherited = self._inherited_analyte(f)
        last = next((r for r in reversed(self.results) if r[1].kind != "change"), None)
        previous = last[1] if last and last[0].facts is f else None
        meaning = measurement_meaning(
            f,
            item,
            before,
            self.rules,
            self.lactmed,
            self.measured_drug or self.drug,
            inherited,
            previous,
            last[1] if last else None,
            self._other_drugs(),
            self.rows.text,
            self.drug_measured,
        )
        mine = [(p.item, m) for p, m, _ in self.results if p.facts is f]
        meaning = as_corresponding(f, item, meaning, mine, self.rules)
        earlier = ((p.facts, m) for p, m, _ in self.results if p.facts is not f)
        meaning = as_last_level(f, meaning, earlier, self.rules)
        row.update({"kind": meaning.kind, "matrix": meaning.matrix, "analyte": meaning.analyte})
        row["rule_id"] = ">".join((str(row["rule_id"]), *meaning.step_ids))
        self.results.append((placed, meaning, row))
        self.drug_measured |= meaning.kind == "concentration" and meaning.analyte is None

    def _before(self, f: SentenceFacts) -> str:
        """The statement's text before `f` (once per sentence)."""
        if id(f) not in self.befores:
            self.befores[id(f)] = statement_before(self.st, f)
        return self.befores[id(f)]

    def _other_drugs(self) -> frozenset[str]:
        """The first words of the other substances the statement doses: a value may be theirs."""
        own = (self.drug or "").split(" ")[0].lower()
        named = {d.item.drug.split(" ")[0].lower() for d in self.doses if d.item.drug}
        if self.rules.no_substance(own) and len(named) == 1:
            return frozenset()  # a page's title word for its drug: the one drug dosed is its own
        return frozenset(
            w for w in named if len(w) > 3 and w != own and not self.rules.no_substance(w)
        )

    def _inherited_analyte(self, f: SentenceFacts) -> str | None:
        """The substance of the last result, for a value whose own words name none: in the
        same sentence, or in a later one that does not name the drug itself."""
        levels = [r for r in self.results if r[1].kind != "change"]  # ("a 3.5-fold rise")
        if not levels:
            return None
        placed, meaning, _ = levels[-1]
        if placed.facts is f:
            return meaning.analyte
        if f.sentence.block == "table_row" and not any(
            g is placed.facts for g in table_above(f, self.st.facts)
        ):
            return None  # another table's substance: a registry's outcome before this one
        since = self.rows.text[placed.facts.sentence.char_start : f.sentence.char_start]
        if self.rules.cue.registry_outcome_opens.search(since):
            return None  # a registry's next outcome measures its own substance
        drug_word = (self.drug or "").split(" ")[0].lower()
        if drug_word and drug_word in f.sentence.text.lower():
            return None
        # A sentence that gave values of the drug and of another substance leaves the next
        # sentence's unnamed values to the drug ("... 2.1 mcg/L of risperidone and 11.2 mcg/L
        # of 9-hydroxyrisperidone. The estimated infant dose was ...").
        last_sentence = [m.analyte for p, m, _ in self.results if p.facts is placed.facts]
        if len(set(last_sentence)) > 1:
            return None
        if names_other_fluid(f.sentence.text, meaning, self.rules):
            return None  # serum prolactin, then "peak milk concentrations were ...": the drug
        return meaning.analyte

    def arms_again(self, run: list[Item], arms: list[str]) -> None:
        """A list that reports the arms told before again ("with matching plasma levels of 2.3,
        5.2 and 12.1 ng/mL"): each value's arm for its links, where it has none of its own."""
        for item, arm in zip(run, arms, strict=False):
            self.arms.setdefault(id(item), arm)

    def comparison(self, f: SentenceFacts, run: list[Item], links: bool = True) -> Row | None:
        """The row of a comparison; None for a milk or cord level against a blood one (no arms)."""
        matrices = {r["matrix"] for p, _, r in self.results if p.item in run} - {None}
        if len(matrices) > 1 and matrices & {"milk", "cord_blood"}:
            return None  # an infant's level against its mother's is still two arms
        return self._comparison(f, run, links)

    def _comparison(self, f: SentenceFacts, run: list[Item], links: bool = True) -> Row:
        """`links`: the arms found label the values for their links (not a second comparison)."""
        s = f.sentence
        first = run[0]
        row = self.rows.base(
            "comparisons",
            s.char_start + min(x.value.start for x in run),  # a pair may be named in reverse
            s.char_start + max(x.value.end for x in run),
            s.page,
            f"comparison>{first.rule_id}",
        )
        kinds = {r["kind"] for p, _, r in self.results if p.item in run}
        document = self.rows.text[: s.char_start]
        doses = dose_list_arms(self.doses, self.drug, f, len(run), self.rules)
        groups = sentence_group_labels(self.groups, f, run[0].value.start, self.rules)
        described = describe_comparison(
            f,
            run,
            self._before(f),
            self.rules,
            document,
            doses,
            groups,
            self._earlier(f),
            self._following(f),
        )
        after = self.rows.text[s.char_end : s.char_end + 400]
        described = describe_table_row(s.text, run, document, after, self.rules, described)
        fluids = described.arms and all(
            self.rules.quick.fluid_words.found(a) for a in described.arms
        )
        if links and described.arms and (described.link_arms or [""])[0] != "before" and not fluids:
            # (milk parts or fluids compared, "in foremilk and hindmilk", are no groups of people)
            self.compared.append((id(f), described.arms))
        link_arms = arms_for_doses(described, self.doses, self.drug, self.rules)
        for item, arm in zip(run, (link_arms or []) if links else [], strict=False):
            self.arms[id(item)] = arm
        outcome = inherited_outcome(s.text[: first.value.start], described.outcome, self.rules)
        last = self.outcomes.get(first.quantity.ucum) or self.outcomes.get("")
        outcome = retimed(last, described.outcome, self.rules) if outcome is None else outcome
        if not outcome:  # "The mean value rose ...": what an earlier sentence measured
            measured = list(self.rules.cue.outcome_measured_before.finditer(self._before(f)))
            outcome = measured[-1].group("outcome") if measured else None
        if outcome:
            self.outcomes[first.quantity.ucum] = self.outcomes[""] = outcome
        row.update(
            {
                "measure": next((x.measure for x in run if x.measure), None),
                "values": [x.value.value for x in run],
                "unit": first.quantity.ucum,
                "kind": kinds.pop() if len(kinds) == 1 else None,
                "outcome": with_substance(outcome, first, self) or None,
                "arms": described.arms,
                "significant": described.significant,
                "p_value": described.p_value,
                "p_qualifier": described.p_qualifier,
                "measurement_item_ids": [self.item_ids[id(x)] for x in run],
            }
        )
        return row

    def _following(self, f: SentenceFacts) -> str:
        """The statement's sentence after `f`, or nothing."""
        facts = self.st.facts
        at = next((k for k, g in enumerate(facts) if g is f), len(facts))
        return facts[at + 1].sentence.text if at + 1 < len(facts) else ""

    def _earlier(self, f: SentenceFacts) -> Earlier:
        """The arms of the last comparison, told in this sentence or an earlier one; the arms
        an earlier sentence last counted (two groups or more, labelled)."""
        counted = counted_arms(self.groups, f, self.rules)
        if not self.compared:
            return Earlier(counted=counted)
        where, arms = self.compared[-1]
        return Earlier(arms, None, counted) if where == id(f) else Earlier(None, arms, counted)

    def link(self) -> None:
        """Each result's dose and group, once the whole statement has been read."""
        maternal = primary_doses(self.doses, self.drug)
        every = primary_doses(self.doses, self.drug, own_only=False)
        found = FoundArms(
            statement_arms(self.groups, every + self.infant_doses, self.rules),
            dose_arms(maternal, self.rules),
            dose_mentions(maternal, list(self.st.facts)),
            [d for d in every if d not in maternal],
            runs_of([p for p, _, _ in self.results]),
            {},
            set(),
            {},
            [],
        )
        crossover = any(self.rules.quick.crossover.found(f.sentence.text) for f in self.st.facts)
        context = LinkContext(
            self.rules,
            self.drug,
            self.doses,
            self.infant_doses,
            self.groups,
            self.st.facts,
            self.lactmed,
            not crossover and self._controlled(),
            crossover,
        )
        previous, sampled = None, None
        waiting: list[tuple[Placed, Row]] = []
        for placed, meaning, row in self.results:
            arm = self.arms.get(id(placed.item))
            chosen = self._arm_of(placed, arm, found)
            note_list(placed, chosen, found)
            if (
                is_contrast(placed.facts, placed.item, meaning, self.rules)
                and id(placed) not in found.own
            ):
                continue  # odds ratios, differences describe no one dose or group
            if chosen is not None and not row.get("analyte") and meaning.kind in EXPOSURE_KINDS:
                row["analyte"] = other_drug_analyte(placed, chosen, found, self.drug, self.rules)
            dose = dose_of(context, placed, arm, chosen, found, previous)
            previous = dose
            row["dose_item_id"] = dose.item_id if dose else None
            if hypothetical(dose, self.rules):
                continue  # a value worked out for a dose no one took describes no group
            group = group_of(context, placed, meaning, arm, chosen, found, dose)
            sampled = self._sampled(placed, meaning, chosen, group, sampled)
            group = sampled or group
            exposed = None if chosen or group else exposed_arm(meaning, found.groups, self.rules)
            group = exposed.group if exposed else group
            row["population_item_id"] = group.item_id if group else None
            if group is None and arm == "before":
                waiting.append((placed, row))
        # "rose from 58 ng/mL at baseline to 176 ng/mL with X": the baseline is of X's group
        rows = {id(p): r for p, _, r in self.results}
        for placed, row in waiting:
            run = found.runs.get(id(placed), [placed])
            later = [rows[id(x)] for x in run if x.order > placed.order and id(x) in rows]
            row["population_item_id"] = next(
                (r["population_item_id"] for r in later if r.get("population_item_id")), None
            )

    def _sampled(
        self,
        m: Placed,
        meaning: Meaning,
        chosen: Arm | None,
        group: Group | None,
        last: Group | None,
    ) -> Group | None:
        """The sampled part a value describes: the one its words name, or the one the value
        before it described, where this value goes on telling of it (sampled_parts.py)."""
        if group is not None and group is named_sampled_part(m, [group], self.rules):
            return group
        if last is None or chosen is not None or (group is not None and group.facts is m.facts):
            return None
        who = who_measured(meaning, m)
        return last if sample_goes_on(m, meaning.kind or "", who, last, self.groups) else None

    def _controlled(self) -> bool:
        """Arms set against a control (a crossover's periods are not: all take every arm)."""
        return any(
            a not in ("before", "after") and arm_role(a, self.rules) == "control"
            for a in self.arms.values()
            if a
        ) or any(in_control(p, self.rules) for p, _, _ in self.results)

    def _arm_of(self, m: Placed, arm: str | None, found: FoundArms) -> Arm | None:
        """The arm a value's own words, its place in a list or its comparison arm name."""
        arms = found.groups or found.doses
        whole = share_whole(m, self.groups, self.rules)
        of_whole = [a for a in found.groups if whole is not None and a.group is whole]
        if of_whole:
            return of_whole[0]  # "21 of 32 (66%)": the share of the arm counted as 32
        run = found.runs.get(id(m), [m])
        after = label_after(m, self.rules)
        named = (
            (arm_named(after, arms, self.rules) or arm_by_route(after, m, arms)) if after else None
        )
        if named is not None:
            found.named.setdefault(id(m.facts), []).append(named)
            found.own.add(id(m))
            return named
        earlier = found.named.get(id(m.facts), [])
        if len(run) > 1 and self.rules.quick.arms_in_order.found(m.facts.sentence.text):
            # "in the A group ..., averaging 213 and 260 mL, respectively": the list's order
            listed = listed_arm(m, run, arms, earlier, self.rules)
            if listed is not None:
                return listed
        paired = than_pair_arm(m, run, arms, self.rules)
        if paired is not None:
            found.own.add(id(m))  # "more common after A than after B, 12% vs 3%"
            return paired
        before = label_before(m, self.rules) or column_label(m, list(self.st.facts))
        named = arm_named(before, arms, self.rules) if before else None
        if named is not None:
            return named
        first = label_before(run[0], self.rules) if run[0] is not m else None
        gap = m.facts.sentence.text[run[0].item.value.end : m.item.value.start]
        if first and self.rules.quick.values_contrasted.found(gap):
            # "less frequent with placebo (3% vs 17%)": the second is the other arm's
            other = the_other_arm(m, run, arms, arm_named(first, arms, self.rules))
            if other is not None:
                return other
        listed = listed_arm(m, run, arms, earlier, self.rules)
        if listed is not None:
            return listed
        again = repeated_list(m, run, found.lists, self.rules)
        if again is not None:
            return again
        named = arm_word_before(m, found.groups, self.rules)
        if named is not None:
            return named
        named = bare_arm(m, found.groups, self.drug, self.rules)
        if named is not None:
            return named
        return arm_told_apart(m, arm, found, self.rules)
