"""The decision steps left out for a sentence (extract/decision_scope.py) could never have
applied there: every decision about every value of the evaluation corpora's sentences is the
same with the sentence's scope as without it; and the shortcuts of the same speed work (a
sentence with nothing to find is not tokenized, an analyte window's arm words, items told
apart by their value) give what the plain tests give."""

from __future__ import annotations

from dataclasses import replace

from corpora import corpus_lines

from pipeline.extract import analytes
from pipeline.extract.classify import value_text
from pipeline.extract.decision_scope import TextScope
from pipeline.extract.decisions import load_decisions
from pipeline.extract.mentions import analyze
from pipeline.extract.route_mentions import may_name_route, routes_in
from pipeline.extract.rules import get_rules
from pipeline.extract.sentence_items import items_in


def test_a_sentence_scope_never_changes_a_decision() -> None:
    rules = get_rules()
    table = rules.decisions
    before = ""  # the statement before: here the line before, as a statement's would be
    checked = 0
    for line in corpus_lines():
        analysis = analyze(line)
        for q in analysis.quantities:
            for v in q.values:
                vt = value_text(line, q, v, rules, True, statement_before=before)
                for question in ("table", "kind", "matrix", "recipient"):
                    plain = table.decide(question, vt.part, q.unit_kind)
                    scoped = table.decide(question, vt.part, q.unit_kind, vt.scope)
                    assert scoped == plain, (question, line[:80], v.start)
                    if question == "kind":
                        vt.kind = plain[0] or ""
                    checked += 1
        before = line + " "
    assert checked > 5000


def test_a_step_is_left_out_only_where_its_words_are_missing() -> None:
    cues = {"fluid": r"\bserum\b"}
    lines = [
        (1, {"id": "matrix.serum", "decide": "matrix", "then": "maternal_blood", "note": "",
             "when": [{"look": "clause_before", "cue": "fluid"}]}),
        (2, {"id": "matrix.earlier", "decide": "matrix", "then": "milk", "note": "",
             "when": [{"look": "statement", "pattern": "foremilk"}]}),
        (3, {"id": "matrix.section", "decide": "matrix", "then": "milk", "note": "",
             "when": [{"look": "section", "pattern": "milk"}]}),
    ]  # fmt: skip
    table = load_decisions(lines, "test.jsonl", cues, {"mass"})
    serum, earlier, section = table.steps["matrix"]
    plain = TextScope("Levels were 4 mg/L.", "")
    assert not plain.may_apply(serum) and not plain.may_apply(earlier)
    assert plain.may_apply(section)  # a look at the section is never judged from the text
    assert TextScope("SERUM levels were 4 mg/L.", "").may_apply(serum)  # case folded
    # the statement's earlier text counts for a "statement" look, not for a clause
    told = TextScope("Levels were 4 mg/L.", "The foremilk and serum were sampled. ")
    assert told.may_apply(earlier) and not told.may_apply(serum)
    # a text that is not ASCII is left to the patterns themselves (Unicode case folding)
    assert TextScope("\u017fERUM levels were 4 mg/L.", "").may_apply(serum)


def test_a_sentence_with_nothing_to_find_is_tokenized_only_when_asked() -> None:
    found = analyze("The drug is considered compatible with breastfeeding.")
    assert found.made_doc is None and not found.quantities and not found.routes
    assert [t.text for t in found.doc][:3] == ["The", "drug", "is"]  # made when asked
    oral = analyze("It was given by mouth to the mothers.")
    assert oral.made_doc is not None and [r.route for r in oral.routes] == ["oral"]


def test_no_route_is_missed_by_the_quick_look() -> None:
    rules = get_rules()
    lines = [*corpus_lines(), "Given IV.", "given i.v. and P.O.", "By Mouth", "ORAL"]
    said_no = 0
    for line in lines:
        if not may_name_route(line, rules.route_starts):
            said_no += 1
            assert routes_in(rules.nlp.make_doc(line), rules) == [], line
    assert said_no > 500


def _names_by_search(window: str) -> list[str]:
    """The names of an analyte window as the patterns alone find them: a name is an arm's
    when the arm words come right before it (searched in the window up to it) or after it, and
    no name where the words before it say what something is ("it is a tradition")."""
    arm_before, arm_after = analytes._ARM_BEFORE, analytes._ARM_AFTER
    says_what_it_is = analytes._SAYS_WHAT_IT_IS
    return [
        m.group(0)
        for m in analytes._WORD.finditer(window)
        if not (
            arm_before.search(window[: m.start()])
            or arm_after.match(window[m.end() :])
            or says_what_it_is.search(window[: m.start()])
        )
    ]


def test_an_analyte_window_reads_its_names_as_the_patterns_do() -> None:
    windows = [
        "levels in women taking sertraline and in those on the oral fluoxetine arm",
        "with  the domperidone and glyburide groups, plus IV ondansetron users",
        "vs. placebo, versus nortriptyline; given\nmetformin after valproate",
    ]
    windows += [line[i : i + 120] for line in corpus_lines()[::7] for i in (0, 60)]
    for window in windows:
        assert analytes._names(window) == _names_by_search(window), window


def test_items_equal_as_the_dataclass_says() -> None:
    rules = get_rules()
    line = "She took 20 mg daily; milk levels were 4.1 and 4.1 mg/L."
    items = items_in(analyze(line), rules, {"drug"})
    again = items_in(analyze(line), rules, {"drug"})
    assert len(items) == 3
    assert items == again  # found twice: equal, field by field
    assert items[1] != items[2]  # the same number at another place
    assert replace(items[1], rule_id="other") != items[1]
    assert items[1] != "4.1"  # not an item at all
