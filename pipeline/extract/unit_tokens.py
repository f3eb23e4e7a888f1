"""A sentence's units made single tokens before the token rules read it: each unit written
after a number ("mcg/L", "mg/kg/day"), and "+/-", which the tokenizer splits."""

from __future__ import annotations

from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from pipeline.extract.rules import Rules, is_qnum, set_unit


def merge_plus_minus(doc: Doc) -> None:
    """ "312 +/- 96": the tokenizer splits "+/-" after "+"; one token, as "±" is."""
    spans = [
        doc[t.i : t.i + 2]
        for t in doc[:-1]
        if t.text == "+" and not t.whitespace_ and doc[t.i + 1].text == "/-"
    ]
    with doc.retokenize() as retok:
        for span in spans:
            retok.merge(span)


def merge_units(doc: Doc, rules: Rules, always_retokenize: bool = False) -> int:
    """Merge each unit written after a number into one token; returns how many.
    `always_retokenize`: merge one-token units with the retokenizer too (the plain way)."""
    spans: list[Span] = []
    for matcher in rules.unit_matchers:
        for key, start, end in matcher(doc):
            # A unit is only a unit right after a number, a range or a parenthesis.
            prev = doc[start - 1] if start > 0 else None
            if prev is None or not (is_qnum(prev) or prev.text in {")", "-"}):
                continue
            spans.append(Span(doc, start, end, label=key))
    spans = filter_spans(spans)
    for span in spans:
        set_unit(doc, span.start_char, rules.units[doc.vocab.strings[span.label]])
    if not always_retokenize and all(len(span) == 1 for span in spans):
        # Speed only: merging one token sets only its entity type in a blank pipeline (no
        # retokenizer: tests/test_extract_speed_paths.py compares every token attribute).
        for span in spans:
            doc[span.start].ent_type_ = "UNIT"
        return len(spans)
    with doc.retokenize() as retok:
        for span in spans:
            retok.merge(span, attrs={"ENT_TYPE": "UNIT"})
    return len(spans)
